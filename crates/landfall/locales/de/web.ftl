# Startseite, Fehlerseite und gemeinsame Formularbausteine.
web-welcome-title = Willkommen
web-dashboard-title = Übersicht
web-welcome = Willkommen, { $name }
web-stat-organisations = Organisationen im Netzwerk
web-stat-smes = KMU, die Sie sehen können
web-stat-countries = Länder mit KMU
web-coming-sessions = Kommende Termine
web-to-hand-in = Abzugebende Aufgaben
web-due = fällig { $date }
web-waiting = Wartet auf Sie
web-review = Prüfen:
web-desk-requests = { $count ->
    [one] { $count } Arbeitsplatzanfrage zu entscheiden
   *[other] { $count } Arbeitsplatzanfragen zu entscheiden
}
web-soft-landing = Soft Landing
web-all-participants = Alle { $count } Teilnehmenden, die Sie begleiten
web-organisations-by-kind = Organisationen nach Art
web-smes-by-country = KMU nach Land
web-your-place = Ihr Platz im Netzwerk
web-your-organisation = Ihre Organisation
web-and = und
web-its-smes = ihre KMU
web-your-company = Profil Ihres Unternehmens
web-browse-smes = KMU durchsuchen
web-browse-organisations = Organisationen durchsuchen
web-the-handbook = Das Handbuch
web-write-chapter = ein Kapitel schreiben oder prüfen
web-intro = Die gemeinsame Plattform eines grenzüberschreitenden Netzwerks aus Inkubatoren, Clustern, Wirtschaftsförderungen und Förderstellen, die kleinen Unternehmen bei ihren ersten Schritten auf ausländischen Märkten helfen: Soft-Landing-Programme, Matchmaking, gemeinsame Ausschreibungen und der Nachweis, was wirkt.
web-sign-in = Anmelden
web-browse-directory = Verzeichnis durchsuchen
web-handbook-intro = Was das Netzwerk bisher gelernt hat — Anleitungen, Fallgeschichten, Erfahrungen, Erfolgsfaktoren und Hindernisse — steht allen offen, im
web-handbook-link = Handbuch
web-back-start = Zurück zur Startseite
web-required = (Pflichtfeld)
web-contact-people = Ansprechpersonen
web-name = Name
web-role = Funktion
web-email = E-Mail
web-phone = Telefon
web-contacts-hint = Lassen Sie eine Zeile leer, um sie zu entfernen. Speichern Sie, um weitere leere Zeilen zu erhalten.
web-pages = Seiten
web-previous = ← Zurück
web-next = Weiter →
web-page-of = Seite { $page } von { $pages } · { $total } insgesamt
web-handbook-after = .
