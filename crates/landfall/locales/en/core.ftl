# The page chrome: menu, footer, roles, error pages.
skip-to-content = Skip to content
nav-main = Main
nav-dashboard = Dashboard
nav-organisations = Organisations
nav-smes = SMEs
nav-programmes = Programmes
nav-sessions = Sessions
nav-desks = Desks
nav-marketplace = Marketplace
nav-events = Events
nav-monitoring = Monitoring
nav-toolbox = Toolbox
nav-calls = Calls
nav-surveys = Surveys
nav-accounts = Accounts
nav-audit = Audit
nav-directory = Directory
nav-handbook = Handbook
nav-notifications = Notifications
nav-account = Account
nav-sign-out = Sign out
nav-sign-in = Sign in
footer-tagline = Landfall · open-source platform for cross-border SME internationalisation
footer-language = Language
footer-language-change = Change
role-admin = Network coordinator
role-manager = Organisation manager
role-sme = SME member
role-evaluator = Evaluator
notifications-unread = { $count -> 
    [one] { $count } unread
   *[other] { $count } unread
}
error-not-found = Not found
error-not-allowed = Not allowed
error-too-many = Too many attempts
error-bad-request = That request could not be read
error-server = Something went wrong
error-other = That did not work
error-not-found-text = There is nothing here, or you are not allowed to see it.
error-server-text = The error has been logged. Please try again in a moment.
# Weekdays, short, as dates on pages show them.
day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun = Sun
# A span of days, from the first to the last.
date-range = { $from } to { $to }

# The target line of a chart, with its number.
chart-target = target { $target }
