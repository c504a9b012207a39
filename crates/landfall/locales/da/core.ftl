skip-to-content = Spring til indhold
nav-main = Hovedmenu
nav-dashboard = Oversigt
nav-organisations = Organisationer
nav-smes = SMV'er
nav-programmes = Programmer
nav-sessions = Sessioner
nav-desks = Arbejdspladser
nav-marketplace = Markedsplads
nav-events = Arrangementer
nav-monitoring = Opfølgning
nav-toolbox = Værktøjskasse
nav-calls = Udbud
nav-surveys = Undersøgelser
nav-accounts = Konti
nav-audit = Revisionslog
nav-directory = Katalog
nav-handbook = Håndbog
nav-notifications = Meddelelser
nav-account = Konto
nav-sign-out = Log ud
nav-sign-in = Log ind
footer-tagline = Landfall · open source-platform for grænseoverskridende internationalisering af SMV'er
footer-language = Sprog
footer-language-change = Skift
role-admin = Netværkskoordinator
role-manager = Organisationsansvarlig
role-sme = SMV-medlem
role-evaluator = Bedømmer
notifications-unread = { $count -> 
    [one] { $count } ulæst
   *[other] { $count } ulæste
}
error-not-found = Ikke fundet
error-not-allowed = Ikke tilladt
error-too-many = For mange forsøg
error-bad-request = Forespørgslen kunne ikke læses
error-server = Noget gik galt
error-other = Det lykkedes ikke
error-not-found-text = Der er intet her, eller du har ikke adgang til at se det.
error-server-text = Fejlen er logget. Prøv igen om et øjeblik.
# Weekdays, short, as dates on pages show them.
day-mon = man.
day-tue = tir.
day-wed = ons.
day-thu = tor.
day-fri = fre.
day-sat = lør.
day-sun = søn.
# A span of days, from the first to the last.
date-range = { $from } til { $to }

# The target line of a chart, with its number.
chart-target = mål { $target }
