skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
nav-dashboard = Översikt
nav-organisations = Organisationer
nav-smes = Småföretag
nav-programmes = Program
nav-sessions = Sessioner
nav-desks = Arbetsplatser
nav-marketplace = Marknadsplats
nav-events = Evenemang
nav-monitoring = Uppföljning
nav-toolbox = Verktygslåda
nav-calls = Utlysningar
nav-surveys = Enkäter
nav-accounts = Konton
nav-audit = Granskningslogg
nav-directory = Katalog
nav-handbook = Handbok
nav-notifications = Aviseringar
nav-account = Konto
nav-sign-out = Logga ut
nav-sign-in = Logga in
footer-tagline = Landfall · plattform med öppen källkod för gränsöverskridande internationalisering av småföretag
footer-language = Språk
footer-language-change = Byt
role-admin = Nätverkssamordnare
role-manager = Organisationsansvarig
role-sme = Företagsmedlem
role-evaluator = Bedömare
notifications-unread = { $count -> 
    [one] { $count } oläst
   *[other] { $count } olästa
}
error-not-found = Hittades inte
error-not-allowed = Inte tillåtet
error-too-many = För många försök
error-bad-request = Begäran kunde inte läsas
error-server = Något gick fel
error-other = Det fungerade inte
error-not-found-text = Det finns inget här, eller så har du inte behörighet att se det.
error-server-text = Felet har loggats. Försök igen om en stund.
# Weekdays, short, as dates on pages show them.
day-mon = mån
day-tue = tis
day-wed = ons
day-thu = tors
day-fri = fre
day-sat = lör
day-sun = sön
# A span of days, from the first to the last.
date-range = { $from } till { $to }

# The target line of a chart, with its number.
chart-target = mål { $target }
