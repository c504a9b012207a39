# matchmaking: events, profiles, agendas and the meeting plan.

## Shared words
mm-none-yet = None yet.
mm-event = Event
mm-when = When
mm-when-local = When (local time)
mm-format = Format
mm-organiser = Organiser
mm-agenda = Agenda
mm-edit = Edit
mm-cancel = Cancel
mm-save = Save
mm-choose = Choose
mm-accept = Accept
mm-decline = Decline
mm-withdraw = Withdraw
mm-from = From
mm-to = To
mm-message = Message
mm-status = Status
mm-statistics = Statistics
mm-marketplace = Marketplace
mm-profile = Profile
mm-type = Type
mm-title = Title
mm-description = Description
mm-correct-fields = Please correct the fields marked below.
mm-nobody-registered = Nobody has registered yet.
mm-table = Table
mm-slot = Slot

## Dates

## Events list
mm-events-title = Matchmaking events
mm-new-event = New event
mm-events-intro = Brokerage events with pre-arranged 1:1 meetings: register, ask the attendees you want to meet, and get your personal agenda.
mm-coming-up = Coming up
mm-no-event-ahead = No event ahead.
mm-past = Past
mm-no-sessions-yet = No sessions yet

## Event page
mm-my-agenda = My agenda
mm-meeting-plan = Meeting plan
mm-over = over
mm-venue = Venue
mm-video-meetings = Video meetings
mm-meetings = Meetings
mm-fact-tables = { $count } tables
mm-fact-at-most = at most { $count } meetings per attendee
mm-fact-expiry = requests expire after { $count } hours
mm-sessions = Sessions
mm-no-session = No session yet.
mm-no-session-organiser = No session yet: add one below to open the meeting slots.
mm-remove-session = Remove { $title }
mm-session-timing = { $meeting }-minute meetings, { $pause } minutes between
mm-add-a-session = Add a session
mm-session-title = Session title
mm-session-title-hint = e.g. Day 1 morning
mm-date = Date
mm-start-time = Start time
mm-start-time-hint = Local time at the event
mm-end-time = End time
mm-minutes-per-meeting = Minutes per meeting
mm-minutes-between = Minutes between meetings
mm-add-session = Add session
mm-your-registration = Your registration
mm-registered = { $name } is registered
mm-registered-for-at-most = for at most { $count } meetings
mm-available-in-some = available in { $count } of { $total } slots
mm-available-always = available in every slot
mm-looking-for-text = Looking for: { $text }
mm-change-registration = Change your registration
mm-save-registration = Save registration
mm-cancel-registration = Cancel registration
mm-register-intro = Register to ask other attendees for meetings, and to be asked.
mm-register = Register
mm-event-over = The event is over.
mm-who-registers = Attendees are SMEs and organisations of the network; registration is done by their own people.
mm-attendees = Attendees
mm-attendee = Attendee
mm-country = Country
mm-kind = Kind
mm-looking-for = Looking for
mm-meeting = Meeting
mm-you = you
mm-why-meet = Why meet? (optional)
mm-message-to = Message to { $name }
mm-request-meeting = Request meeting
mm-your-requests = Your requests
mm-asked-of-you = Asked of you
mm-no-request = No request yet.
mm-message-optional = Message (optional)
mm-answer-to = Answer to { $name }
mm-answer-by = Answer by { $time }
mm-sent-by-you = Sent by you
mm-none-sent = None yet. Use “Request meeting” next to an attendee.
mm-until = until { $time }
mm-meeting-requests = Meeting requests
mm-attendee-number = attendee #{ $id }
mm-request-pending = Request pending
mm-request-accepted = Meeting accepted
mm-request-declined = Request declined
mm-request-expired = Request expired
mm-request-withdrawn = Request withdrawn
mm-party-sme = SME

## Registration fields
mm-you-take-part = You take part
mm-most-meetings-you-want = Most meetings you want
mm-most-meetings-you-want-hint = Empty: as many as the event allows
mm-when-you-can-meet = When you can meet
mm-what-you-look-for = What you are looking for
mm-what-you-look-for-hint = Shown to the other attendees

## Event form
mm-new-matchmaking-event = New matchmaking event
mm-edit-title = Edit { $title }
mm-event-form-intro = Meeting times are set per session on the event's page, in the event's time zone.
mm-choose-organiser = Choose the organiser
mm-organiser-error = Organiser: { $message }
mm-description-hint = Who it is for, what to expect
mm-choose-format = Choose the format
mm-venue-hint = Required for meetings on site
mm-video-address = Video meeting address
mm-video-address-hint = https://…; required for online meetings (each table gets its own room)
mm-time-zone = Time zone
mm-time-zone-hint = IANA name, e.g. Europe/Oslo
mm-tables = Tables
mm-tables-hint = Meetings that can run at the same time
mm-most-meetings = Most meetings per attendee
mm-most-meetings-hint = Empty: no limit
mm-hours-to-answer = Hours to answer a request
mm-hours-to-answer-hint = Unanswered requests expire after this time

## Labels
mm-format-onsite = On site
mm-format-online = Online
mm-format-hybrid = Hybrid
mm-agenda-unpublished = Not published
mm-agenda-preliminary = Preliminary
mm-agenda-final = Final
mm-attendance-onsite = On site
mm-attendance-online = Online
mm-request-status-pending = Waiting for an answer
mm-request-status-accepted = Accepted
mm-request-status-declined = Declined
mm-request-status-expired = Expired
mm-request-status-cancelled = Withdrawn
mm-type-business-offer = Business offer
mm-type-business-request = Business request
mm-type-technology-offer = Technology offer
mm-type-technology-request = Technology request
mm-type-research-cooperation = R&D / project cooperation
mm-type-investment-offer = Investment offered (B2I)
mm-type-investment-request = Investment sought (B2I)
mm-type-cluster-cooperation = Cluster cooperation (C2C)
mm-stage-idea = Idea
mm-stage-prototype = Prototype
mm-stage-pilot = Pilot / field test
mm-stage-market-ready = Ready for the market
mm-stage-established = Established on the market
mm-profile-status-draft = Draft
mm-profile-status-submitted = Waiting for review
mm-profile-status-published = Published
mm-profile-status-rejected = Needs changes
mm-profile-status-withdrawn = Withdrawn
mm-intro-status-pending = Waiting for an answer
mm-intro-status-accepted = Accepted
mm-intro-status-declined = Declined

## Marketplace
mm-my-profiles = My profiles
mm-partners-for-you = Partners for you
mm-review-queue = Review queue
mm-new-profile = New profile
mm-marketplace-intro = Published offers and requests of the network's SMEs and organisations. Contact details show once the owner accepts an introduction or a meeting.
mm-search = Search
mm-search-hint = What you offer or look for
mm-any-type = Any type
mm-sector-nace = Sector (NACE)
mm-sector-hint = e.g. C10 or J62.01
mm-owners-country = Owner's country
mm-any-country = Any country
mm-target-market = Target market
mm-any-market = Any market
mm-owner = Owner
mm-anyone = Anyone
mm-filter-left-out = Filter “{ $field }”: { $message } (left out)
mm-no-profile-matches = No published profile matches these filters.
mm-owner-smes = SMEs
mm-owner-any-organisation = Any organisation
mm-visibility-public = in the marketplace
mm-visibility-expired = expired
mm-visibility-private = not public

## Partners
mm-partners-for = Partners for { $name }
mm-partners-intro = Published profiles that answer this SME's own profiles — or, when it has none, what its registry entry says it does and where it wants to sell. Each comes with the reasons it fits.
mm-no-partner = No published profile answers this one well enough yet.
mm-score-hint = Score from 0 to 100
mm-answers = answers
mm-your-profile = your profile
mm-reason-need = Need
mm-reason-sector = Sector
mm-reason-value-chain = Value chain
mm-reason-market = Market

## A profile
mm-stage = Stage
mm-sectors = Sectors
mm-keywords = Keywords
mm-none = None
mm-target-countries = Target countries
mm-any = Any
mm-expires-on = Expires on
mm-published = Published
mm-reviewers-note = Reviewer's note
mm-contact = Contact
mm-contact-hidden = Contact details are shown once an introduction or a meeting is accepted.
mm-what-you-can-do = What you can do
mm-submit-for-review = Submit for review
mm-approve-and-publish = Approve and publish
mm-what-needs-to-change = What needs to change?
mm-what-needs-to-change-label = What needs to change
mm-what-needs-to-change-in = What needs to change in { $title }
mm-send-back = Send back
mm-renew = Renew for twelve months
mm-your-introduction = Your introduction
mm-asked-on-by = asked { $date } by { $name }
mm-ask-introduction = Ask for an introduction
mm-introduction-message = Who you are and why you would like to talk
mm-recommended-partners = Recommended partners

## My profiles
mm-no-party-before = You do not act for an SME or an organisation of your own. As coordinator, use the
mm-no-party-review-queue = review queue
mm-no-party-between = or write a profile for a party with
mm-no-profile-yet = No profile yet.
mm-write-first = Write the first one
mm-write-first-after = : what you offer, or what you look for.
mm-expires = Expires
mm-intros-asked-of-you = Introductions asked of you
mm-nobody-asked = Nobody has asked yet.
mm-about = About
mm-answer = Answer
mm-accepting-shows = Accepting shows both sides each other's contact details.
mm-intros-you-asked = Introductions you asked for
mm-none-asked-before = None yet. Open a profile in the
mm-none-asked-marketplace = marketplace
mm-none-asked-after = to ask its owner for an introduction.
mm-asked = Asked

## The profile form
mm-new-cooperation-profile = New cooperation profile
mm-profile-form-intro = A profile says what your company offers or looks for. Reviewers of your home organisation publish it in the marketplace; it stays there twelve months unless you renew it.
mm-owner-hint-admin = sme:12 for an SME, organisation:3 for an organisation (see their addresses in Landfall)
mm-owner-hint = Leave empty for your organisation, or sme:12 for one of your SMEs
mm-choose-type = Choose the type
mm-profile-title-hint = One line: what is offered or sought, and where
mm-profile-description-hint = At least 40 characters: what it is, for whom, what kind of partner you want
mm-sectors-hint = NACE Rev. 2 codes separated by commas or spaces, e.g. C10.20, J62
mm-keywords-hint = Up to 10, one per line or separated by commas
mm-target-countries-hint = Country codes, e.g. DE, NO
mm-choose-stage = Choose the stage
mm-expires-on-hint = Empty: twelve months from today
mm-contact-person = Contact person
mm-contact-person-hint = Shown only to those your side has accepted an introduction or a meeting with.
mm-name = Name
mm-email = E-mail
mm-phone = Phone
mm-changes-go-back = A published profile whose content changes goes back to review.
mm-save-changes = Save changes
mm-save-draft = Save draft
mm-save-and-submit = Save and submit for review
mm-reviewer-publishes = As a reviewer, what you submit is published at once.

## Review queue
mm-profiles-to-review = Profiles to review
mm-review-intro = Profiles of your organisation and its SMEs, waiting to be published. Approving publishes a profile in the marketplace; sending it back tells the owner what to change.
mm-nothing-to-review = Nothing is waiting for your review.
mm-submitted-by-changed = submitted by { $name }, changed { $date }
mm-approve = Approve
mm-reject = Reject

## Agenda
mm-agenda-of = Agenda · { $name }
mm-download-ics = Download .ics
mm-back-to-agenda = Back to the agenda
mm-print = Print
mm-times-local = Times are local at the event ({ $zone }).
mm-agenda-not-published = The agenda is not published yet.
mm-agenda-not-published-organiser = You see the current plan; attendees see it once you publish it.
mm-agenda-not-published-attendee = You will see your meetings here once the organiser publishes it.
mm-agenda-preliminary-notice = This is the preliminary agenda: times and tables may still change.
mm-agenda-waiting = { $count ->
    [one] { $count } accepted meeting is not in the agenda yet.
   *[other] { $count } accepted meetings are not in the agenda yet.
}
mm-agenda-empty = No meeting in the agenda.
mm-agenda-empty-yet = No meeting in the agenda yet.
mm-time = Time
mm-where = Where
mm-with = With
mm-afterwards = Afterwards
mm-held = Held
mm-follow-up-agreed-lower = follow-up agreed
mm-not-held = Did not take place
mm-took-place = Took place
mm-follow-up-agreed = Follow-up agreed
mm-note-optional = Note (optional)
mm-note-on-meeting = Note on the meeting at { $time }
mm-record = Record

## Meeting plan
mm-meeting-plan-of = Meeting plan · { $title }
mm-plan-placed = { $count ->
    [one] { $count } meeting placed
   *[other] { $count } meetings placed
}
mm-plan-waiting = { $count } waiting for a place
mm-plan-slots = { $count } slots
mm-plan-agenda = agenda:
mm-published-at = published { $time }
mm-run-scheduler = Run the scheduler
mm-publish-preliminary = Publish preliminary agenda
mm-publish-final = Publish final agenda
mm-scheduler-explained = The scheduler places every accepted meeting it can; published and hand-placed meetings stay where they are. Attendees see their meetings once an agenda is published.
mm-table-plan = Table plan
mm-no-slots-before = No slots yet: add a session on the
mm-no-slots-link = event page
mm-no-slots-after = .
mm-slot-local = Slot (local time)
mm-tables-in-use = Tables in use
mm-table-number = Table { $number }
mm-not-published = not published
mm-no-accepted-meeting = No accepted meeting yet.
mm-who = Who
mm-place = Place
mm-move = Move
mm-priority = priority { $number }
mm-placed-by-hand = placed by hand
mm-published-badge = published
mm-not-placed = Not placed
mm-slot-for = Slot for { $names }
mm-table-for = Table for { $names }
mm-take-off = Take off the plan
mm-remove = Remove
mm-add-a-meeting = Add a meeting
mm-add-meeting-intro = For meetings agreed outside the requests. Leave slot and table empty to let the scheduler place it.
mm-first-attendee = First attendee
mm-second-attendee = Second attendee
mm-let-scheduler-choose = Let the scheduler choose
mm-add-meeting = Add meeting
mm-place-at-table = { $slot } · table { $table }
mm-agenda-table = Table { $table }
mm-agenda-video-room = Video room { $table }: { $url }
mm-scheduler-placed = { $scheduled ->
    [one] The scheduler placed { $scheduled } meeting and could not place { $unscheduled }.
   *[other] The scheduler placed { $scheduled } meetings and could not place { $unscheduled }.
}
mm-scheduler-kept = { $count ->
    [one] { $count } published or hand-placed meeting stayed where it was.
   *[other] { $count } published or hand-placed meetings stayed where they were.
}
mm-scheduler-expired = { $count ->
    [one] { $count } unanswered request expired.
   *[other] { $count } unanswered requests expired.
}
mm-published-preliminary = The preliminary agenda is published: attendees see their meetings.
mm-published-final = The final agenda is published: attendees see their meetings.
mm-published-unpublished = The not published agenda is published: attendees see their meetings.
mm-error-choose-slot = choose a slot
mm-error-give-table = give a table number
mm-error-slot-and-table = choose a slot and a table, or take it off the plan
mm-error-two-attendees = choose the two attendees who meet

## Statistics
mm-statistics-of = Statistics · { $title }
mm-stat-requests-sent = meeting requests sent
mm-stat-accepted = accepted
mm-stat-scheduled = meetings scheduled
mm-stat-held = held
mm-stat-follow-up = with a follow-up
mm-requests = Requests
mm-sent = Sent
mm-by-country = By country
mm-by-kind = By kind of attendee
mm-stats-explained = A request counts for the sender's group (sent and its outcome) and the receiver's (received); a meeting counts once for each group taking part.
mm-chart-title = Meeting requests sent by attendees of each country: accepted (dark) and not accepted (light)
mm-group = Group
mm-requests-sent = Requests sent
mm-received = Received
mm-pending = Pending
mm-meetings-scheduled = Meetings scheduled
mm-follow-ups = Follow-ups

## Checks and refusals
mm-err-between = must be between { $min } and { $max }
mm-err-venue-required = is required for meetings on site
mm-err-url-required = is required for online meetings
mm-err-https = must start with https://
mm-err-session-overlaps = overlaps another session of the event
mm-err-session-too-short = the session is shorter than one { $minutes }-minute meeting
mm-err-too-many-slots = at most { $max } slots per session; split it in two
mm-err-choose-attendance = choose on site or online
mm-err-attendance-impossible = `{ $value }` is not possible at an event held { $format ->
    [onsite] on site
    [online] online
   *[hybrid] hybrid
  }
mm-err-not-a-slot-of-event = slot { $id } is not a slot of this event
mm-err-choose-available = choose at least one slot you can attend
mm-err-meetings-in-slots = you have meetings in slot(s) { $slots }; ask the organiser to move them first
mm-err-ask-yourself = you cannot ask yourself for a meeting
mm-err-not-an-answer = `{ $value }` is not an answer (accept or decline)
mm-err-request-expired = the request has expired; send a new one
mm-err-request-already = the request is already { $status ->
    [pending] waiting for an answer
    [accepted] accepted
    [declined] declined
    [expired] expired
   *[cancelled] withdrawn
  }
mm-err-request-is = the request is { $status ->
    [pending] waiting for an answer
    [accepted] accepted
    [declined] declined
    [expired] expired
   *[cancelled] withdrawn
  }
mm-err-cannot-unpublish = an agenda cannot be unpublished
mm-err-final-agenda-out = the final agenda is out; publish changes as final
mm-err-priority = must be 1, 2 or 3
mm-err-cooperation-owner = cluster cooperation profiles belong to organisations, not SMEs
mm-err-say-more = say a little more (at least 40 characters)
mm-err-sector-required = at least one NACE Rev. 2 code is required
mm-err-expiry-too-far = can be at most { $months } months ahead; renew it later
mm-err-keyword-too-long = `{ $keyword }` is longer than 60 characters
mm-err-too-many-keywords = at most 10 keywords
mm-err-cannot-submit = a profile that is { $status ->
    [draft] draft
    [submitted] waiting for review
    [published] published
    [rejected] needs changes
   *[withdrawn] withdrawn
  } cannot be submitted
mm-err-say-what-to-change = say what needs to change
mm-err-only-waiting-reviewed = only profiles waiting for review can be approved or sent back
mm-err-already-withdrawn = the profile is already withdrawn
mm-err-renew-window = a profile can be renewed in the last { $days } days before it expires (it runs until { $until })
mm-err-only-published-renewed = only published profiles are renewed
mm-err-table-has-meetings = table { $table } has meetings; move them before removing tables
mm-err-say-registrant = say which SME or organisation registers
mm-err-no-such-party = no such SME or organisation
mm-err-event-over = the event is over
mm-err-register-first = register for the event before asking for meetings
mm-err-no-such-attendee = no such attendee at this event
mm-err-answered-meanwhile = the request was answered or expired meanwhile
mm-err-not-held-yet = the meeting has not taken place yet
mm-err-not-scheduled = the meeting was not scheduled
mm-err-no-follow-up = a meeting that did not take place has no follow-up
mm-err-no-such-owner = no such SME or organisation in the registry
mm-err-say-owner = say which SME or organisation the profile belongs to
mm-err-own-profile = this is your own profile
mm-err-not-published = the profile is not published
mm-err-not-a-slot = not a slot of this event
mm-err-table-range = must be a table from 1 to { $max }
mm-err-unavailable = { $name } is not available in that slot
mm-err-max-meetings = { $name } already has the maximum of { $max } meetings
mm-err-table-taken-by = table { $table } is taken by meeting #{ $meeting } in that slot
mm-an-attendee = an attendee
mm-err-attendee-busy = { $name } has meeting #{ $meeting } in that slot
mm-err-place-taken = the place is taken
mm-err-two-attendees = a meeting needs at least two attendees
mm-err-not-an-attendee = registration { $id } is not an attendee of this event
mm-err-event-exists = an event with this title exists already
mm-err-session-has-meetings = meetings are placed in this session; move or remove them first
mm-err-already-registered = already registered for this event
mm-err-request-exists = there is already a meeting request between you; answer or wait for that one
mm-err-table-taken = that table is taken in that slot
mm-err-attendee-has-meeting = an attendee already has a meeting in that slot

## Why a partner profile is recommended
mm-reason-related-work = related work
mm-reason-both-in = both in NACE { $code }
mm-reason-you-supply = value chain: your { $yours } supplies their { $theirs }
mm-reason-they-supply = value chain: their { $theirs } supplies your { $yours }
mm-reason-you-target = you target { $country }, where they are
mm-reason-they-target = they target { $country }, where you are
mm-reason-both-target = you both target { $country }
mm-reason-they-request-you-offer = they request { $theirs }, you offer { $mine }
mm-reason-you-request-they-offer = you request { $mine }, they offer { $theirs }
mm-reason-you-look-they-offer = you look for { $mine }, they offer { $theirs }
mm-reason-they-request-you-work = they request { $theirs }, you work on { $mine }
mm-reason-both-work-on = you both work on { $mine } / { $theirs }

mm-err-already-asked = you have already asked to be introduced to this profile's owner
mm-err-introduction-answered = the introduction has already been answered
mm-err-profile-changed = the profile was changed meanwhile; reload and try again
mm-err-profile-edited-meanwhile = someone else saved this profile meanwhile (or a reviewer decided on it); check it as it is now and save your changes again
mm-err-no-slots = add a session with meeting slots first
mm-err-unschedulable = the event's meeting data cannot be scheduled ({ $reason })
mm-err-no-organisation = no such organisation
mm-err-reject-note = say what needs to change
mm-your-smes = Your SMEs at this event
mm-none-of-your-smes = None of the SMEs your organisation is home to is registered yet.
mm-register-your-sme-intro = Register an SME your organisation is home to. It is available in every slot; its own people then change its registration and send and answer meeting requests.
mm-sme = SME
mm-choose-sme = Choose an SME
mm-it-takes-part = It takes part
mm-register-sme = Register the SME
mm-err-choose-sme = choose one of your SMEs
mm-cancel-registration-of = Cancel the registration of { $name }
