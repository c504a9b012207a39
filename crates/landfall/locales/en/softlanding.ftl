# Soft landing: programmes, cohorts, participants, sessions, desks.
sl-correct-fields = Please correct the fields marked below.
sl-save = Save
sl-cancel = Cancel
sl-edit = Edit
sl-name = Name
sl-kind = Kind
sl-choose = Choose
sl-description = Description
sl-seats = Seats
sl-host = Host
sl-session = Session
sl-sessions = Sessions
sl-participants = Participants
sl-sme = SME
sl-desk = Desk
sl-cancelled = cancelled
sl-none-yet = None yet.
sl-to = to
sl-yes = yes
sl-no = no
sl-accept = Accept
sl-decline = Decline
sl-attended = Attended
sl-answer = Answer
sl-cohort = Cohort
sl-target-market = Target market
sl-starts-on = Starts on
sl-starts = starts { $date }
sl-due = due { $date }
sl-barriers-potentials = Barriers and potentials
sl-assessment-intro = Workshop 1: rate each barrier from 1 (no barrier) to 5 (blocking) and each potential from 1 (weak) to 5 (strong). The readiness score follows from the ratings.
sl-current-readiness = Current readiness:
sl-markets-considered = Markets considered
sl-markets-hint = Country codes separated by commas, e.g. NO, DE
sl-barriers-legend = Barriers (1 none – 5 blocking)
sl-about-barriers = About the barriers
sl-potentials-legend = Potentials (1 weak – 5 strong)
sl-about-potentials = About the potentials
sl-save-assessment = Save the assessment
sl-set-by = set by { $name }
sl-answers = Answers
sl-nothing-handed-in = Nothing handed in yet.
sl-handed-in-by = Handed in by { $name }
sl-review-prefix = Review:
sl-hand-in = Hand in
sl-hand-in-again = Hand in again
sl-your-answer = Your answer
sl-file-optional = File (optional)
sl-file-hint = At most 10 MB: { $types }
sl-review = Review
sl-comment = Comment
sl-comment-hint = Required when asking for changes
sl-ask-changes = Ask for changes
sl-plan-from-template = Plan sessions from the template
sl-participants-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
sl-funnel = Funnel
sl-funnel-hint = How many participants completed each step (lighter: skipped).
sl-step = Step
sl-done = Done
sl-skipped = Skipped
sl-next-for = Next for
sl-no-session-planned = No session planned yet.
sl-when-utc = When (UTC)
sl-seats-hint = People it fits
sl-price-per-month = Price per month (EUR)
sl-offered-to-participants = Offered to participants
sl-desks-abroad = Desks abroad
sl-occupancy = Occupancy
sl-new-desk = New desk
sl-requests-waiting = Requests waiting for your decision
sl-dates = Dates
sl-status = Status
sl-decision = Decision
sl-approve = Approve
sl-offered-desks = Offered desks
sl-no-desk-offered = No desk offered yet.
sl-per-month = Per month
sl-not-offered = not offered
sl-desks-hint = Participants request desks from their own journey page.
sl-desk-occupancy = Desk occupancy
sl-months = Months
sl-previous-month = ← Previous month
sl-next-month = Next month →
sl-no-desks-yet = No desks yet.
sl-offer-one = Offer one.
sl-taken = Taken
sl-taken-day = taken
sl-free-day = free
sl-bookings-this-month = Bookings this month
sl-from = from
sl-target-market-of = target market { $market }
sl-sme-profile = SME profile
sl-journey = Journey
sl-notes-label = Notes:
sl-outputs-label = Outputs:
sl-on = on
sl-mark-done = Mark done
sl-date-for = Date for { $step }
sl-set-date = Set date
sl-why-skip = Why skip it?
sl-reason-skip = Reason to skip { $step }
sl-skip = Skip
sl-why-reopen = Why reopen it?
sl-reason-reopen = Reason to reopen { $step }
sl-reopen = Reopen
sl-notes-outputs = Notes and outputs
sl-notes = Notes
sl-outputs = Outputs
sl-save-notes = Save notes
sl-readiness = readiness
sl-main-barriers = Main barriers:
sl-none-rated-high = none rated 4 or 5
sl-markets-considered-label = Markets considered:
sl-saved-by = saved by { $name }
sl-assessment-missing = Not filled in yet: it is done in workshop 1, the SME with its home incubator.
sl-update-assessment = Update the assessment
sl-fill-assessment = Fill in the assessment
sl-no-session-yet = No session yet.
sl-when-local = When (local time)
sl-home-assignments = Home assignments
sl-no-assignment = No assignment set.
sl-set-an-assignment = Set an assignment
sl-title = Title
sl-what-to-do = What to do
sl-due-on = Due on
sl-set-assignment = Set assignment
sl-desk-abroad = Desk abroad
sl-no-desk-booked = No desk booked.
sl-request-desk-at = Request a desk at { $host }
sl-from-date = From
sl-to-included = To (included)
sl-note = Note
sl-waitlist = Put me on the waiting list if the desk is taken
sl-request-the-desk = Request the desk
sl-calendar = Calendar
sl-calendar-participant = Subscribe to this participant's sessions in Outlook, Google Calendar or Apple Calendar with this address:
sl-new-address = Make a new address
sl-old-stops = (the old one stops working)
sl-history = History
sl-nothing-happened = Nothing has happened yet.
sl-who = Who
sl-change = Change
sl-reason = Reason
sl-add-participant-to = Add a participant to { $programme }
sl-add-participant-intro = An SME of your organisation joins a cohort and is hosted by a partner abroad.
sl-choose-cohort = Choose a cohort
sl-choose-sme = Choose an SME
sl-host-abroad = Host abroad
sl-choose-partner-abroad = Choose the partner abroad
sl-target-market-hint = Country code; empty: the host's country
sl-add-participant = Add participant
sl-no-participant-visible = No participant you can see.
sl-home = Home
sl-next-step = Next step
sl-finished = finished
sl-marks-legend = ✓ done · ◷ scheduled · · planned · – skipped
sl-plan-sessions-of = Plan the sessions of { $cohort }
sl-plan-intro = One step creates the whole calendar months ahead: workshop 1 at each home incubator, then the study trip and workshops 2 and 3 at each host abroad, at the host's local time. Every participant is invited and sees the dates at once.
sl-workshop-1-on = Workshop 1 on
sl-weekend-hint = A weekend day moves to the Monday after
sl-sessions-start-at = Sessions start at
sl-local-time-hint = Local time at each venue
sl-and-end-at = and end at
sl-trip-after-weeks = Study trip, weeks after workshop 1
sl-trip-days = Study trip, days
sl-ws2-after-weeks = Workshop 2, weeks after workshop 1
sl-ws3-after-weeks = Workshop 3, weeks after workshop 1
sl-ws3-hint = Home assignments fall between workshops 2 and 3
sl-spare-seats = Spare seats per session
sl-create-sessions = Create the sessions
sl-new-session = New session
sl-targets = Targets
sl-formal-partnerships = Formal partnerships
sl-physical-presences = Physical presences abroad
sl-export-starts = Export starts
sl-partners = Partners
sl-cohorts = Cohorts
sl-no-cohort = No cohort yet.
sl-n-participants = { $count ->
    [one] { $count } participants
   *[other] { $count } participants
}
sl-new-cohort = New cohort
sl-cohort-hint = e.g. Spring 2027
sl-add-cohort = Add cohort
sl-participants-you-follow = Participants you follow
sl-ends-on = Ends on
sl-targets-legend = Targets (numbers of SMEs)
sl-partners-legend = Partner organisations (in at least two countries)
sl-programmes-heading = Soft-landing programmes
sl-new-programme = New programme
sl-programmes-intro = Incubators in several countries exchange SMEs and walk each one into a foreign market: workshop 1 at home, a study trip, workshop 2 abroad, home assignments, workshop 3 abroad, and a desk abroad for those who stay.
sl-no-programme = No programme yet.
sl-of-target-participants = of { $target } participants
sl-n-partners = { $count ->
    [one] { $count } partners
   *[other] { $count } partners
}
sl-add-to-calendar = Add to calendar (.ics)
sl-when = When
sl-where = Where
sl-programme = Programme
sl-cohort-link = cohort
sl-of-taken = of { $capacity } taken
sl-agenda = Agenda
sl-invited = Invited
sl-nobody-invited = Nobody invited yet.
sl-record-attendance = Record attendance
sl-absent = Absent
sl-invite-participants = Invite participants
sl-invite = Invite
sl-cancel-session = Cancel the session
sl-session-form-intro = Dates and times are local at the venue; calendars show them in each reader's own zone.
sl-choose-host = Choose the host
sl-any-cohort = Any cohort
sl-title-hint = Default: the kind of session
sl-venue = Venue
sl-start-date = Start date
sl-start-time = Start time
sl-end-date = End date
sl-end-date-hint = For study trips over several days
sl-end-time = End time
sl-time-zone = Time zone
sl-time-zone-hint = IANA name, e.g. Europe/Oslo; empty: the host's country
sl-coming-up = Coming up
sl-no-session-ahead = No session ahead.
sl-when-local-venue = When (local time at the venue)
sl-past = Past
sl-org-calendar = Your organisation's calendar
sl-org-calendar-text = Every session your organisation hosts or its participants attend, for Outlook, Google Calendar or Apple Calendar:
sl-edit-title = Edit { $name }
sl-assessment-title = Assessment · { $name }
sl-add-a-participant = Add a participant
sl-funnel-chart-title = How many of the { $count } participants completed each step
sl-plan-title = Plan { $cohort }

# Labels of the journey, assignments, desks, sessions and the assessment
sl-step-workshop-1 = Workshop 1 at home
sl-step-study-trip = Study trip
sl-step-workshop-2 = Workshop 2 abroad
sl-step-home-assignments = Home assignments
sl-step-workshop-3 = Workshop 3 abroad
sl-step-long-term-presence = Presence abroad
sl-purpose-workshop-1 = Barriers and potentials for going abroad, assessed with the home incubator
sl-purpose-study-trip = A first visit to the partner country and incubator: network and market information
sl-purpose-workshop-2 = Culture, customers and local law, at the partner incubator
sl-purpose-home-assignments = Tasks set after workshop 2, submitted and reviewed
sl-purpose-workshop-3 = Real customers and partners, and the internationalisation strategy
sl-purpose-long-term-presence = A desk or office at the foreign incubator for months (optional)
sl-state-planned = planned
sl-state-scheduled = scheduled
sl-state-done = done
sl-state-skipped = skipped
sl-assignment-open = Open
sl-assignment-submitted = Submitted, waiting for review
sl-assignment-accepted = Accepted
sl-assignment-needs-changes = Needs changes
sl-booking-requested = Requested
sl-booking-approved = Approved
sl-booking-declined = Declined
sl-booking-waitlisted = On the waiting list
sl-booking-cancelled = Cancelled
sl-desk-kind-hot-desk = Hot desk
sl-desk-kind-fixed-desk = Fixed desk
sl-desk-kind-private-office = Private office
sl-session-workshop-1 = Workshop 1
sl-session-study-trip = Study trip
sl-session-workshop-2 = Workshop 2
sl-session-workshop-3 = Workshop 3
sl-barrier-language = Language
sl-barrier-culture = Business culture
sl-barrier-regulation = Regulation, certification and law
sl-barrier-funding = Funding for going abroad
sl-barrier-contacts = Lack of contacts and partners
sl-barrier-capacity = Time and staff to do it
sl-potential-market-demand = Demand in the target market
sl-potential-product-fit = Product fits the market as it is
sl-potential-competitive-advantage = Clear advantage over local competitors
sl-potential-existing-network = Contacts already there
sl-potential-management-commitment = Management commitment
sl-readiness-not-ready = not ready yet
sl-readiness-getting-ready = getting ready
sl-readiness-ready = ready
sl-readiness-well-prepared = well prepared

# A month of a year, as the occupancy view heads it
sl-month-1 = January { $year }
sl-month-2 = February { $year }
sl-month-3 = March { $year }
sl-month-4 = April { $year }
sl-month-5 = May { $year }
sl-month-6 = June { $year }
sl-month-7 = July { $year }
sl-month-8 = August { $year }
sl-month-9 = September { $year }
sl-month-10 = October { $year }
sl-month-11 = November { $year }
sl-month-12 = December { $year }

# Refusals of forms and actions (validation messages and conflicts).
sl-err-already-accepted = the assignment is already accepted
sl-err-review-only-submitted = only a submitted assignment can be reviewed (this one is { $status ->
    [open] open
    [accepted] accepted
    [needs_changes] needs changes
   *[other] submitted, waiting for review
})
sl-err-say-what-changes = say what needs to change
sl-err-not-in-past = must not be in the past
sl-err-answer-or-file = write an answer or attach a file
sl-err-no-organisation = no such organisation
sl-err-session-two-weeks = a session lasts at most two weeks
sl-err-capacity-seats = must be from 1 to { $max } seats
sl-err-capacity-below-invited = { $count } participants are already invited; the capacity cannot be lower
sl-err-trip-days = from 1 to 10 days
sl-err-trip-week = at least one week after workshop 1
sl-err-ws2-after-trip = must come after the study trip
sl-err-ws3-after-ws2 = must come after workshop 2 (home assignments lie between)
sl-err-ws3-two-years = within two years of workshop 1
sl-err-spare-seats = at most 50
sl-err-unknown-organisation = organisation #{ $id } is unknown
sl-err-target = must be a number of SMEs from 0 to 100,000
sl-err-not-before-start = must not be before the start
sl-err-no-such-organisations = no such organisation: { $ids }
sl-err-partner-kind = partners run the journey: a { $kind ->
    [public_authority] public authority
    [funding_agency] funding agency
    [knowledge_institution] knowledge institution
    [incubator] incubator
    [cluster] cluster
   *[other] business development centre
} (#{ $id }) cannot be one
sl-err-two-countries = a soft-landing programme needs partners in at least two countries
sl-err-within-programme = must fall within the programme ({ $start } to { $end })
sl-err-no-cohort = no such cohort in this programme
sl-err-no-sme = no such SME
sl-err-home-not-partner = the SME's home organisation is not a partner of this programme
sl-err-already-participating = this SME already takes part in the programme
sl-err-host-partner = the host must be a partner of this programme
sl-err-host-other = the host must be another incubator than the home
sl-err-host-abroad = soft landing goes abroad: choose a host in another country
sl-err-market-abroad = the target market must be abroad
sl-err-desk-capacity = from 1 to 50 people
sl-err-desk-price = from EUR 0 to EUR 100,000 a month
sl-err-booking-is = the booking is { $status ->
    [requested] requested
    [approved] approved
    [declined] declined
    [waitlisted] on the waiting list
   *[other] cancelled
}
sl-err-booking-two-years = a booking runs at most two years; book again to extend
sl-err-step-settled-reopen = { $step } is already { $state ->
    [done] done
   *[other] skipped
}; reopen it before giving it a new date
sl-err-step-settled = { $step } is already { $state ->
    [done] done
   *[other] skipped
}
sl-err-step-nothing-to-reopen = { $step } is not done or skipped, so there is nothing to reopen
sl-err-step-later-settled = { $step } is already { $state ->
    [done] done
   *[other] skipped
}; reopen it first
sl-err-step-order = { $step } cannot be { $verb ->
    [completed] completed
   *[other] skipped
} before { $earlier } is done or skipped: steps complete in order
sl-err-reason = give a written reason (at least { $min } characters)
sl-err-rate = rate from { $min } to { $max }
sl-err-one-market = name at least one market
sl-err-unknown-barrier = unknown barrier
sl-err-unknown-potential = unknown potential
sl-err-own-host = you can create sessions hosted by your own organisation, and it must be a partner
sl-err-keeps-host = a session keeps its host; cancel it and create another
sl-err-keeps-cohort = a session keeps its cohort
sl-err-keeps-programme = a session keeps its programme
sl-err-session-full = the session is full: { $taken } of { $capacity } seats are taken
sl-err-no-seat = no seat left
sl-err-session-cancelled = the session is cancelled
sl-err-not-participant = #{ $id } is not a participant of this programme
sl-err-participant-declined = the participant declined this session
sl-err-cohort-has-sessions = this cohort already has { $count } sessions; change or cancel them one by one
sl-err-cohort-empty = add participants to the cohort before planning its sessions
sl-err-desk-keeps-org = a desk stays with its organisation
sl-err-desk-booked = the desk is booked from { $start } to { $end } (booking #{ $id })
sl-err-desk-booked-dates = the desk is booked from { $start } to { $end }
sl-err-desk-just-booked = the desk was just booked by someone else; try again
sl-err-no-desk = no such desk
sl-err-desk-not-offered = this desk is not offered at the moment
sl-err-desk-other-host = the participant's host is { $host }; book one of its desks
sl-err-programme-name-taken = a programme with this name already exists
sl-err-partner-stays = organisation #{ $id } has participants in this programme and stays a partner
sl-err-cohort-name-taken = this programme already has a cohort with this name
sl-err-desk-name-taken = this organisation already has a desk with this name
sl-err-choose-from-list = choose from the list
sl-err-time-format = write the time as HH:MM
sl-err-choose-date = choose a date
sl-err-choose-action = choose an action
sl-err-date-to-schedule = is required to schedule a step
sl-err-answer = answer accepted or declined
sl-err-month-format = write the month as YYYY-MM
sl-err-booking-changed = the booking was decided on meanwhile; reload it and try again
sl-err-answered-meanwhile = this invitation was answered meanwhile; reload the page
sl-err-answer-meanwhile = a new answer was handed in meanwhile; reload the page to review it
sl-change-assignment = Change the assignment
sl-save-assignment = Save the assignment
sl-remove-assignment = Remove the assignment
sl-remove-assignment-hint = Set by mistake? Nothing has been handed in yet, so it can still be removed.
sl-err-assignment-accepted = the assignment was accepted; it stays as it is
sl-err-assignment-answered = an answer has been handed in for this assignment, so it stays
sl-correct = Correct
sl-correct-title = Correct { $name }
sl-correct-participant-intro = Move it to another cohort, give it another host abroad or target market, or correct the day it joined. A new host sees the SME's private part from now on and the old one no longer does; the host cannot change while a desk there is booked or asked for.
sl-joined-on = Joined on
sl-remove-participant = Take out of the programme
sl-remove-participant-hint = Added by mistake, or leaving the programme? Its journey, assessment, home assignments, session invitations and desk bookings are deleted with it; the SME's outcome records stay.
sl-remove-participant-confirm = Take { $name } out of the programme, with its journey
sl-err-confirm-removal = tick the box to confirm
sl-err-host-has-desks = a desk at { $host } is booked or asked for: cancel that booking before changing the host
