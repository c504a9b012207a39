# Forsiden, feilsiden og de felles skjemaelementene.
web-welcome-title = Velkommen
web-dashboard-title = Oversikt
web-welcome = Velkommen, { $name }
web-stat-organisations = organisasjoner i nettverket
web-stat-smes = SMB-er du kan se
web-stat-countries = land med SMB-er
web-coming-sessions = Kommende økter
web-to-hand-in = Oppgaver som skal leveres
web-due = frist { $date }
web-waiting = Venter på deg
web-review = Gå gjennom
web-desk-requests = { $count ->
    [one] { $count } forespørsel om arbeidsplass å avgjøre
   *[other] { $count } forespørsler om arbeidsplass å avgjøre
}
web-soft-landing = Soft landing
web-all-participants = Alle { $count } deltakere du følger
web-organisations-by-kind = Organisasjoner etter type
web-smes-by-country = SMB-er etter land
web-your-place = Din plass i nettverket
web-your-organisation = Din organisasjon
web-and = og
web-its-smes = SMB-ene dens
web-your-company = Bedriftens profil
web-browse-smes = Bla gjennom SMB-er
web-browse-organisations = Bla gjennom organisasjoner
web-the-handbook = Håndboken
web-write-chapter = skriv eller gå gjennom et kapittel
web-intro = Den felles plattformen for et grenseoverskridende nettverk av inkubatorer, klynger, næringsutviklingsaktører og finansieringsorganer som hjelper små bedrifter med de første stegene inn i utenlandske markeder: soft landing-programmer, matchmaking, felles utlysninger og dokumentasjon på hva som virker.
web-sign-in = Logg inn
web-browse-directory = Bla gjennom katalogen
web-handbook-intro = Det nettverket har lært så langt — veiledninger, casehistorier, erfaringer, drivere og hindringer — er åpent for alle i
web-handbook-link = håndboken
web-back-start = Tilbake til forsiden
web-required = (påkrevd)
web-contact-people = Kontaktpersoner
web-name = Navn
web-role = Rolle
web-email = E-post
web-phone = Telefon
web-contacts-hint = La en rad stå tom for å fjerne den. Lagre for å få flere tomme rader.
web-pages = Sider
web-previous = ← Forrige
web-next = Neste →
web-page-of = Side { $page } av { $pages } · { $total } totalt
web-handbook-after = .
