skip-to-content = Naar de inhoud
nav-main = Hoofdmenu
nav-dashboard = Overzicht
nav-organisations = Organisaties
nav-smes = Mkb-bedrijven
nav-programmes = Programma's
nav-sessions = Sessies
nav-desks = Werkplekken
nav-marketplace = Marktplaats
nav-events = Evenementen
nav-monitoring = Monitoring
nav-toolbox = Gereedschapskist
nav-calls = Oproepen
nav-surveys = Enquêtes
nav-accounts = Accounts
nav-audit = Auditlog
nav-directory = Gids
nav-handbook = Handboek
nav-notifications = Meldingen
nav-account = Account
nav-sign-out = Afmelden
nav-sign-in = Aanmelden
footer-tagline = Landfall · opensourceplatform voor grensoverschrijdende internationalisering van het mkb
footer-language = Taal
footer-language-change = Wijzigen
role-admin = Netwerkcoördinator
role-manager = Organisatiebeheerder
role-sme = Mkb-lid
role-evaluator = Beoordelaar
notifications-unread = { $count -> 
    [one] { $count } ongelezen
   *[other] { $count } ongelezen
}
error-not-found = Niet gevonden
error-not-allowed = Niet toegestaan
error-too-many = Te veel pogingen
error-bad-request = Het verzoek kon niet worden gelezen
error-server = Er ging iets mis
error-other = Dat lukte niet
error-not-found-text = Er is hier niets, of u mag het niet zien.
error-server-text = De fout is gelogd. Probeer het zo meteen opnieuw.
# Weekdays, short, as dates on pages show them.
day-mon = ma
day-tue = di
day-wed = wo
day-thu = do
day-fri = vr
day-sat = za
day-sun = zo
# A span of days, from the first to the last.
date-range = { $from } tot { $to }

# The target line of a chart, with its number.
chart-target = doel { $target }
