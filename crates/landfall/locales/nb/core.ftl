skip-to-content = Hopp til innhold
nav-main = Hovedmeny
nav-dashboard = Oversikt
nav-organisations = Organisasjoner
nav-smes = SMB-er
nav-programmes = Programmer
nav-sessions = Økter
nav-desks = Arbeidsplasser
nav-marketplace = Markedsplass
nav-events = Arrangementer
nav-monitoring = Oppfølging
nav-toolbox = Verktøykasse
nav-calls = Utlysninger
nav-surveys = Undersøkelser
nav-accounts = Kontoer
nav-audit = Revisjonslogg
nav-directory = Katalog
nav-handbook = Håndbok
nav-notifications = Varsler
nav-account = Konto
nav-sign-out = Logg ut
nav-sign-in = Logg inn
footer-tagline = Landfall · åpen kildekode-plattform for grenseoverskridende internasjonalisering av SMB-er
footer-language = Språk
footer-language-change = Bytt
role-admin = Nettverkskoordinator
role-manager = Organisasjonsansvarlig
role-sme = SMB-medlem
role-evaluator = Evaluator
notifications-unread = { $count -> 
    [one] { $count } ulest
   *[other] { $count } uleste
}
error-not-found = Ikke funnet
error-not-allowed = Ikke tillatt
error-too-many = For mange forsøk
error-bad-request = Forespørselen kunne ikke leses
error-server = Noe gikk galt
error-other = Det gikk ikke
error-not-found-text = Det er ingenting her, eller du har ikke tilgang til å se det.
error-server-text = Feilen er logget. Prøv igjen om et øyeblikk.
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
