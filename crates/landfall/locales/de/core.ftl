skip-to-content = Zum Inhalt springen
nav-main = Hauptmenü
nav-dashboard = Übersicht
nav-organisations = Organisationen
nav-smes = KMU
nav-programmes = Programme
nav-sessions = Termine
nav-desks = Arbeitsplätze
nav-marketplace = Marktplatz
nav-events = Veranstaltungen
nav-monitoring = Monitoring
nav-toolbox = Werkzeugkasten
nav-calls = Ausschreibungen
nav-surveys = Umfragen
nav-accounts = Konten
nav-audit = Protokoll
nav-directory = Verzeichnis
nav-handbook = Handbuch
nav-notifications = Benachrichtigungen
nav-account = Konto
nav-sign-out = Abmelden
nav-sign-in = Anmelden
footer-tagline = Landfall · Open-Source-Plattform für die grenzüberschreitende Internationalisierung von KMU
footer-language = Sprache
footer-language-change = Wechseln
role-admin = Netzwerkkoordination
role-manager = Organisationsverantwortliche(r)
role-sme = KMU-Mitglied
role-evaluator = Gutachter(in)
notifications-unread = { $count -> 
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
error-not-found = Nicht gefunden
error-not-allowed = Nicht erlaubt
error-too-many = Zu viele Versuche
error-bad-request = Die Anfrage konnte nicht gelesen werden
error-server = Etwas ist schiefgelaufen
error-other = Das hat nicht geklappt
error-not-found-text = Hier gibt es nichts, oder Sie dürfen es nicht sehen.
error-server-text = Der Fehler wurde protokolliert. Bitte versuchen Sie es gleich noch einmal.
# Weekdays, short, as dates on pages show them.
day-mon = Mo.
day-tue = Di.
day-wed = Mi.
day-thu = Do.
day-fri = Fr.
day-sat = Sa.
day-sun = So.
# A span of days, from the first to the last.
date-range = { $from } bis { $to }

# The target line of a chart, with its number.
chart-target = Ziel { $target }
