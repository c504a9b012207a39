# Joint calls: calls, applications, reviews, decisions, letters, statistics.

## Labels of the calls' vocabularies
calls-phase-draft = Draft (not published)
calls-phase-upcoming = Opens soon
calls-phase-open = Open for applications
calls-phase-closed = Closed
calls-status-draft = Draft
calls-status-submitted = Submitted
calls-status-withdrawn = Withdrawn
calls-review-status-draft = Draft
calls-review-status-submitted = Submitted
calls-decision-approved = Approved
calls-decision-approved-with-conditions = Approved with conditions
calls-decision-rejected = Rejected
calls-outcome-pending = Waiting for decisions
calls-outcome-approved = Approved
calls-outcome-partly-approved = Partly approved
calls-outcome-rejected = Rejected
calls-mixed = Mixed

## The calls list
calls-joint-calls = Joint calls
calls-statistics = Statistics
calls-new-call = New call
calls-intro = Calls funded together by several national agencies: consortia of clusters from several countries apply, evaluators score, and each agency decides for the partners it funds.
calls-no-call = No call yet.
calls-call = Call
calls-year = Year
calls-phase = Phase
calls-deadline = Deadline
calls-funding-partners = Funding partners
calls-budget = Budget
calls-applications-and-decisions = Applications and decisions
calls-mine = Applications of your organisation
calls-reference = Reference
calls-application = Application
calls-status = Status
calls-lead = Lead
calls-to-review = Applications for you to review
calls-your-review = Your review
calls-review-done = Submitted
calls-draft-continue = Draft: continue
calls-start-review = Start the review

## One call
calls-settings = Settings
calls-rubric = Rubric
calls-call-year = call year { $year }
calls-coordinated-by = coordinated by { $name }
calls-opens = Opens
calls-total-budget = Total budget
calls-start-application = Start an application
calls-start-application-hint = Your organisation leads it; you add the partners, the work plan and the budget, and submit before the deadline.
calls-agency = Agency
calls-funds-organisations-in = Funds organisations in
calls-funders-note = Each agency funds the partners from its country and decides on them itself; a project goes ahead with the partners its agencies approve.
calls-rules = Rules
calls-application-form = Application form
calls-questions-intro = Besides the consortium, the work plan and the budget, applicants answer:
calls-required-mark = (required)
calls-rubric-heading = Evaluation rubric (version { $version })
calls-rubric-scale = Scores from { $min } to { $max }; the weighted score is given in percent of the best possible.
calls-criterion = Criterion
calls-what-evaluators-look-at = What evaluators look at
calls-weight = Weight
calls-rule-countries = Partners from at least { $count } countries, at least one of them funded by a funding partner of the call
calls-rule-grant = A grant per project between { $min } and { $max }
calls-rule-months = { $min } to { $max } months
calls-rule-smes = At least { $count } SMEs engaged
calls-rule-kinds = Partners may be: { $kinds }

## An application
calls-edit = Edit
calls-review = Review
calls-led-by = led by { $name }
calls-deadline-at = deadline { $deadline }
calls-duration = Duration
calls-n-months = { $count } months
calls-grant-asked-for = Grant asked for
calls-work-plan-costs = Work plan costs
calls-smes-engaged = SMEs engaged
calls-pre-submission-check = Pre-submission check
calls-meets-every-rule = The application meets every rule of the call.
calls-before-submitted = Before it can be submitted:
calls-submit-application = Submit the application
calls-submit-final = Submitting is final: the application can no longer be changed, only withdrawn.
calls-consortium = Consortium
calls-partner = Partner
calls-country = Country
calls-kind = Kind
calls-funded-by = Funded by
calls-smes = SMEs
calls-lead-mark = (lead)
calls-budget-by-funder = Budget by funding partner
calls-objectives = Objectives
calls-not-written = Not written yet.
calls-work-plan = Work plan
calls-no-activity = No activity yet.
calls-activity = Activity
calls-instrument = Instrument
calls-months = Months
calls-cost = Cost
calls-answers = Answers
calls-no-answer = No answer yet.
calls-evaluation = Evaluation
calls-no-evaluator = No evaluator assigned yet.
calls-review-not-started = review not started
calls-review-in-draft = review draft
calls-review-in-submitted = review submitted
calls-weighted-score = weighted score
calls-remove-evaluator = Remove this evaluator
calls-assign-evaluator = Assign an evaluator
calls-choose = Choose
calls-assign = Assign
calls-choose-evaluator = choose an evaluator
calls-funding-decisions = Funding decisions
calls-decision = Decision
calls-grant = Grant
calls-conditions = Conditions
calls-decided = Decided
calls-by = by { $name }
calls-decision-letters = Decision letters:
calls-decide-for = Decide for { $name }
calls-budget-free = { $amount } of the budget is still free. A grant may be lower than asked, never higher.
calls-asks-for = { $name } asks for { $amount }
calls-keep = Keep as it is
calls-not-yet = Not yet
calls-grant-eur = Grant (EUR)
calls-as-asked = as asked
calls-record-decision = Record the decision
calls-withdraw = Withdraw the application
calls-not-changed = The application was not changed: see the messages below.

## The application form
calls-edit-title = Edit { $title }
calls-edit-application = Edit application { $reference }
calls-edit-intro = To { $call } · deadline { $deadline }. Saving keeps a draft: the check on the application's page tells what is still missing before you submit.
calls-correct-fields = Please correct the fields marked below.
calls-title = Title
calls-acronym = Acronym
calls-summary = Summary
calls-summary-hint = A few sentences the evaluators read first
calls-objectives-hint = What the SMEs will have gained when the project ends
calls-duration-months = Duration (months)
calls-consortium-hint = The lead applicant and its partners. Each partner is funded by the agency of its country; a partner from a country without a funding partner takes part at its own cost. Leave a row empty to remove it; save to get more rows.
calls-partner-n = Partner { $n }
calls-agency-of-country = The agency of its country
calls-grant-asked-eur = Grant asked for (EUR)
calls-work-plan-hint = The activities, each built on an instrument of the toolbox, with the partner responsible, the project months and the cost. New partners appear in the partner lists after saving.
calls-activity-n = Activity { $n }
calls-responsible-partner = Responsible partner
calls-from-month = From month
calls-to-month = To month
calls-cost-eur = Cost (EUR)
calls-notes = Notes
calls-questions-of-call = Questions of the call
calls-save-draft = Save the draft
calls-cancel = Cancel

## Reviews
calls-review-of = Review of { $title }
calls-your-reviews = Your reviews
calls-review-heading = Review: { $title }
calls-reference-lower = reference { $reference }
calls-read-application = read the application
calls-rubric-version-scale = rubric version { $version }, scores { $min } (weakest) to { $max } (strongest)
calls-weighted-so-far = weighted score so far
calls-review-locked = You have submitted this review; it can no longer be changed.
calls-score = Score
calls-comment = Comment
calls-weight-of = (weight { $weight })
calls-score-for = Score for { $name }
calls-comment-on = Comment on { $name }
calls-overall-comment = Overall comment
calls-save-as-draft = Save as draft
calls-submit-review = Submit the review
calls-review-final = A submitted review is final and counts in the ranking.

## The decision board
calls-decisions-title = Decisions: { $title }
calls-board-intro = Submitted applications ranked by the mean weighted score of their submitted reviews, with every funding partner's decisions side by side. Each agency decides for the partners it funds, on the application's page.
calls-budgets = Budgets
calls-chart-thousand = (chart in thousand EUR)
calls-asked-for = Asked for
calls-committed = Committed
calls-free = Free
calls-ranking = Ranking
calls-no-submitted = No application has been submitted yet.
calls-rank = Rank
calls-score-percent = Score (%)
calls-reviews = Reviews
calls-outcome = Outcome
calls-asks = asks { $amount }
calls-board-chart = Budget committed (dark) and still free (light), thousand EUR

## Decision letters
calls-letter-title = Decision letter { $reference }
calls-print-hint = use your browser's Print command for a clean copy
calls-letter-to-lead = To { $name }, lead applicant,
calls-letter-to-partners = and the partners of the consortium
calls-letter-heading = Decision on application { $reference }
calls-letter-submitted-to = , submitted to { $call }.
calls-letter-decided = { $funder } has decided on the partners of the consortium that it funds:
calls-letter-conditions-for = Conditions for { $name }:
calls-letter-approved = The grant of { $amount } is paid under { $funder }'s own rules for the project's duration of { $months } months. The other funding partners of the call decide on their own partners and write to you separately.
calls-letter-rejected = { $funder } cannot fund this part of the project. The other funding partners of the call decide on their own partners and write to you separately.
calls-letter-regards = Yours sincerely,

## Statistics
calls-statistics-heading = Joint call statistics
calls-statistics-intro = Computed from the calls' records: their funding partners and budgets, the applications submitted, the funders' decisions, and the partners and SMEs of the approved projects. Drafts and withdrawn applications are not counted; an application counts as approved when at least one of its funders approved (all of them, or some).
calls-no-published = No published call yet.
calls-stat-partners-countries = Funding partners / countries
calls-stat-total-budget = Total budget (EUR)
calls-stat-received-approved = Applications received / approved
calls-stat-clusters = Clusters
calls-stat-smes = SMEs
calls-download = Download:
calls-stat-partners-text = { $partners } partners, { $countries } countries ({ $list })
calls-stat-chart = Applications approved (dark) and not approved (light) by call year

## Call settings
calls-settings-of = Settings of { $title }
calls-new-joint-call = New joint call
calls-coordinating-agency = Coordinating agency
calls-call-year-label = Call year
calls-call-year-hint = The year the statistics count the call in
calls-call-summary-hint = What the call funds, for whom
calls-time-zone = Time zone of the deadlines
calls-time-zone-hint = An IANA zone, e.g. Europe/Copenhagen
calls-opening-deadline = Opening and deadline
calls-opens-on = Opens on
calls-opening-time = Opening time
calls-deadline-time = Deadline time
calls-min-countries = Countries in a consortium, at least
calls-min-grant = Smallest grant per project (EUR)
calls-max-grant = Largest grant per project (EUR)
calls-min-months = Shortest duration (months)
calls-max-months = Longest duration (months)
calls-min-smes = SMEs engaged, at least
calls-partners-may-be = Partners may be
calls-funders-hint = Each agency funds organisations of one country with its own budget. Leave a row empty to remove it; save to get more rows.
calls-its-own = its own
calls-budget-eur = Budget (EUR)
calls-questions-legend = Application form: questions
calls-questions-hint = Asked besides the consortium, work plan and budget. A reworded question keeps its answers.
calls-question-n = Question { $n }
calls-answer = Answer
calls-required = Required
calls-optional = Optional
calls-published-check = Published: everyone signed in sees the call
calls-save-call = Save the call

## Rubric
calls-rubric-of = Rubric of { $title }
calls-evaluation-rubric = Evaluation rubric
calls-rubric-intro = Now at version { $version }. Saving makes version { $next }: reviews already submitted keep the version they were written on, drafts move to the new one.
calls-lowest-score = Lowest score
calls-highest-score = Highest score
calls-criterion-n = Criterion { $n }
calls-name = Name
calls-rubric-rows-hint = Leave a criterion empty to remove it; save to get more rows.
calls-save-version = Save as version { $version }

## Checks and refusals: the application and the pre-submission check
calls-err-not-negative = must not be negative
calls-err-between = must be between { $min } and { $max }
calls-err-at-most-partners = at most { $max } partners
calls-err-no-such-organisation = no such organisation
calls-err-no-such-instrument = no such instrument in the toolbox
calls-err-in-consortium-twice = { $name } is in the consortium twice
calls-err-not-a-funder = is not a funding partner of this call
calls-err-funder-country = { $funder } funds organisations in { $country }, not in { $other }
calls-err-lead-stays = the lead applicant must stay in the consortium
calls-err-at-most-activities = at most { $max } activities
calls-err-say-partner = say which partner is responsible
calls-err-not-in-consortium = is not a partner of the consortium
calls-err-project-month = must be a project month from 1 to 120
calls-err-before-start-month = must not be before the start month
calls-err-not-a-question = is not a question of this call
calls-err-not-open-yet = The call opens on { $opens }; applications can be submitted from then.
calls-err-closed = The call closed on { $closes }; late applications cannot be submitted.
calls-missing-title = a title
calls-missing-summary = a summary
calls-missing-objectives = the objectives
calls-missing-duration = the duration
calls-missing-answer = an answer to “{ $prompt }”
calls-err-still-missing = Still missing: { $missing }.
calls-err-min-countries = The consortium has partners from { $count } { $count ->
    [one] country
   *[other] countries
  }; the call asks for at least { $min }.
calls-err-no-funded-partner = No partner is funded by a funding partner of the call; at least one must come from { $countries }.
calls-err-request-without-funder = { $name } asks for { $amount }, but no funding partner of the call funds organisations in { $country }; it can take part at its own cost.
calls-err-request-choose-funder = { $name } asks for { $amount }: choose which funding partner of { $country } funds it.
calls-err-not-eligible = Not eligible as partners: { $partners }. The call is open to: { $kinds }.
calls-err-grant-range = The consortium asks for { $grant } in all; a project may receive { $min } to { $max }.
calls-err-duration = The project lasts { $months } months; the call funds projects of { $min } to { $max } months.
calls-err-min-smes = The consortium engages { $smes } SMEs; the call asks for at least { $min }.
calls-err-work-plan-empty = The work plan is empty: add the activities (instruments) the project will carry out.
calls-err-activities-late = Activities end after the project's { $months } months: { $activities }.
calls-err-grant-above-cost = The grant asked for ({ $grant }) is more than the work plan costs ({ $cost }).

## Checks and refusals: calls, rubrics, reviews, decisions
calls-err-approval-above-zero = an approval grants more than zero
calls-err-above-request = is more than the partner asked for ({ $amount })
calls-err-say-conditions = say what the conditions are
calls-err-over-budget = This would commit { $after } of a budget of { $budget }: { $over } over. { $free } is still free.
calls-err-budget-below-committed = approved grants already commit { $committed } of this funder's budget: it cannot go down to { $budget }
calls-err-funder-decided = { $name } has decided on applications and cannot be removed from the call
calls-err-funder-asked = submitted applications ask { $name } for money ({ $references }): it cannot be removed from the call
calls-err-funder-budget = { $name }'s budget for this call: { $message }
calls-err-must-fund = must be a funding agency or a public authority
calls-err-after-opening = must be after the opening
calls-err-below-smallest-grant = must not be below the smallest grant
calls-err-below-shortest-duration = must not be below the shortest duration
calls-err-no-funder = name at least one funding partner
calls-err-at-most-funders = at most { $max } funding partners
calls-err-cannot-fund = { $name } is not a funding agency or public authority
calls-err-funder-twice = { $name } is named twice
calls-err-at-most-questions = at most { $max } questions
calls-err-above-lowest-score = must be above the lowest score
calls-err-no-criterion = name at least one criterion
calls-err-at-most-criteria = at most { $max } criteria
calls-err-named-twice = is named twice
calls-err-not-a-criterion = is not a criterion of this rubric
calls-err-score-before-submitting = score “{ $name }” before submitting
calls-err-score-range = must be from { $min } to { $max }
calls-err-explain-score = explain the score for “{ $name }”
calls-err-only-draft-changes = only a draft can be changed; this application has been submitted or withdrawn
calls-err-changed-meanwhile = the application was submitted or withdrawn meanwhile
calls-err-already = this application is { $status ->
    [withdrawn] withdrawn
    [draft] draft
   *[submitted] submitted
  } already
calls-err-withdrawn-already = the application is withdrawn already
calls-err-decided-no-withdrawal = funders have decided on this application: it can no longer be withdrawn
calls-err-only-submitted-evaluated = only submitted applications are evaluated
calls-err-not-an-evaluator = is not an evaluator's account
calls-err-evaluator-conflict = conflict of interest: { $name } works for { $organisation }, a partner of this application
calls-err-own-conflict = conflict of interest: your organisation is a partner of this application
calls-err-review-final = this review has been submitted and can no longer be changed
calls-err-only-submitted-decided = only submitted applications are decided on
calls-err-no-decision = decide on at least one partner
calls-err-not-a-partner = is not a partner of this application
