# Forsiden, fejlsiden og de fælles formularelementer.
web-welcome-title = Velkommen
web-dashboard-title = Oversigt
web-welcome = Velkommen, { $name }
web-stat-organisations = organisationer i netværket
web-stat-smes = SMV'er, du kan se
web-stat-countries = lande med SMV'er
web-coming-sessions = Kommende sessioner
web-to-hand-in = Opgaver, der skal afleveres
web-due = frist { $date }
web-waiting = Venter på dig
web-review = Gennemgå
web-desk-requests = { $count ->
    [one] { $count } anmodning om arbejdsplads skal afgøres
   *[other] { $count } anmodninger om arbejdsplads skal afgøres
}
web-soft-landing = Soft landing
web-all-participants = Alle { $count } deltagere, du følger
web-organisations-by-kind = Organisationer efter type
web-smes-by-country = SMV'er efter land
web-your-place = Din plads i netværket
web-your-organisation = Din organisation
web-and = og
web-its-smes = dens SMV'er
web-your-company = Din virksomheds profil
web-browse-smes = Gennemse SMV'er
web-browse-organisations = Gennemse organisationer
web-the-handbook = Håndbogen
web-write-chapter = skriv eller gennemgå et kapitel
web-intro = Den fælles platform for et grænseoverskridende netværk af inkubatorer, klynger, erhvervsfremmeaktører og finansieringsorganer, der hjælper små virksomheder med at tage de første skridt ind på udenlandske markeder: soft landing-programmer, matchmaking, fælles udbud og dokumentation for, hvad der virker.
web-sign-in = Log ind
web-browse-directory = Gennemse kataloget
web-handbook-intro = Det, netværket har lært indtil nu — vejledninger, cases, erfaringer, drivkræfter og barrierer — er åbent for alle i
web-handbook-link = håndbogen
web-back-start = Tilbage til forsiden
web-required = (påkrævet)
web-contact-people = Kontaktpersoner
web-name = Navn
web-role = Rolle
web-email = E-mail
web-phone = Telefon
web-contacts-hint = Lad en række stå tom for at fjerne den. Gem for at få flere tomme rækker.
web-pages = Sider
web-previous = ← Forrige
web-next = Næste →
web-page-of = Side { $page } af { $pages } · { $total } i alt
web-handbook-after = .
