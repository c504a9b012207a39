# Startsidan, felsidan och de gemensamma formulärdelarna.
web-welcome-title = Välkommen
web-dashboard-title = Översikt
web-welcome = Välkommen, { $name }
web-stat-organisations = organisationer i nätverket
web-stat-smes = småföretag som du kan se
web-stat-countries = länder med småföretag
web-coming-sessions = Kommande sessioner
web-to-hand-in = Uppgifter att lämna in
web-due = senast { $date }
web-waiting = Väntar på dig
web-review = Granska
web-desk-requests = { $count ->
    [one] { $count } förfrågan om arbetsplats att besluta om
   *[other] { $count } förfrågningar om arbetsplats att besluta om
}
web-soft-landing = Soft landing
web-all-participants = Alla { $count } deltagare som du följer
web-organisations-by-kind = Organisationer efter typ
web-smes-by-country = Småföretag efter land
web-your-place = Din plats i nätverket
web-your-organisation = Din organisation
web-and = och
web-its-smes = dess småföretag
web-your-company = Ditt företags profil
web-browse-smes = Bläddra bland småföretag
web-browse-organisations = Bläddra bland organisationer
web-the-handbook = Handboken
web-write-chapter = skriv eller granska ett kapitel
web-intro = Den gemensamma plattformen för ett gränsöverskridande nätverk av inkubatorer, kluster, näringslivsfrämjare och finansiärer som hjälper små företag att ta sina första steg in på utländska marknader: soft landing-program, matchmaking, gemensamma utlysningar och belägg för vad som fungerar.
web-sign-in = Logga in
web-browse-directory = Bläddra i katalogen
web-handbook-intro = Det nätverket har lärt sig hittills — guider, fallberättelser, lärdomar, drivkrafter och hinder — är öppet för alla i
web-handbook-link = handboken
web-back-start = Tillbaka till startsidan
web-required = (obligatoriskt)
web-contact-people = Kontaktpersoner
web-name = Namn
web-role = Roll
web-email = E-post
web-phone = Telefon
web-contacts-hint = Lämna en rad tom för att ta bort den. Spara för att få fler tomma rader.
web-pages = Sidor
web-previous = ← Föregående
web-next = Nästa →
web-page-of = Sida { $page } av { $pages } · { $total } totalt
web-handbook-after = .
