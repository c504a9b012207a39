# The start page, the error page and the shared form building blocks.
web-welcome-title = Welcome
web-dashboard-title = Dashboard
web-welcome = Welcome, { $name }
web-stat-organisations = organisations in the network
web-stat-smes = SMEs you can see
web-stat-countries = countries with SMEs
web-coming-sessions = Coming sessions
web-to-hand-in = Assignments to hand in
web-due = due { $date }
web-waiting = Waiting for you
web-review = Review
web-desk-requests = { $count ->
    [one] { $count } desk request to decide
   *[other] { $count } desk requests to decide
}
web-soft-landing = Soft landing
web-all-participants = All { $count } participants you follow
web-organisations-by-kind = Organisations by kind
web-smes-by-country = SMEs by country
web-your-place = Your place in the network
web-your-organisation = Your organisation
web-and = and
web-its-smes = its SMEs
web-your-company = Your company's profile
web-browse-smes = Browse SMEs
web-browse-organisations = Browse organisations
web-the-handbook = The handbook
web-write-chapter = write or review a chapter
web-intro = The shared platform of a cross-border network of incubators, clusters, business development centres and funding agencies that help small companies take their first steps into foreign markets: soft-landing programmes, matchmaking, joint calls and the evidence of what works.
web-sign-in = Sign in
web-browse-directory = Browse the directory
web-handbook-intro = What the network has learnt so far — how-to chapters, case stories, lessons learned, boosters and blockers — is open to everyone in
web-handbook-link = the handbook
web-back-start = Back to the start page
web-required = (required)
web-contact-people = Contact people
web-name = Name
web-role = Role
web-email = E-mail
web-phone = Phone
web-contacts-hint = Leave a row empty to remove it. Save to get more empty rows.
web-pages = Pages
web-previous = ← Previous
web-next = Next →
web-page-of = Page { $page } of { $pages } · { $total } in all
web-handbook-after = .
