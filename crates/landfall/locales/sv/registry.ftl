# The registry: organisations and SMEs.
reg-cannot-remove-yet = Den kan inte tas bort ännu: { $reason }.
reg-back = Tillbaka
reg-remove = Ta bort
reg-cancel = Avbryt
reg-save = Spara
reg-edit = Redigera
reg-search = Sök
reg-search-hint-organisations = Namn, ort, vad de gör
reg-search-hint-smes = Namn, ort, produkter
reg-kind = Typ
reg-any-kind = Alla typer
reg-country = Land
reg-any-country = Alla länder
reg-sector-nace = Bransch (NACE)
reg-sector-hint = t.ex. C10 eller J62.01
reg-filter = Filtrera
reg-filter-field = Filter ”{ $field }”
reg-strategy-checklist = Checklista för strategin
reg-where = Var
reg-website = Webbplats
reg-sectors = Branscher
reg-none-given = Inte angivet
reg-services = Tjänster
reg-contact-people = Kontaktpersoner
reg-no-contact-people = Inga kontaktpersoner ännu.
reg-name = Namn
reg-role = Roll
reg-email = E-post
reg-phone = Telefon
reg-smes-at-organisation = Småföretag i den här organisationen
reg-add-sme = Lägg till småföretag
reg-no-smes-visible = Inga småföretag som du kan se.
reg-all-smes = Alla { $count } småföretag
reg-sign-in = Logga in
reg-to-see-contacts = för att se kontaktpersoner och småföretag.
reg-correct-fields = Rätta de markerade fälten nedan.
reg-choose-kind = Välj en typ
reg-choose-country = Välj ett land
reg-city = Ort
reg-region = Region
reg-sectors-hint-organisation = NACE Rev. 2-koder åtskilda med kommatecken, t.ex. C10.20, J62
reg-services-offered = Tjänster som erbjuds
reg-website-hint = t.ex. https://example.org
reg-description = Beskrivning
reg-directory-of-organisations = Förteckning över organisationer
reg-organisations = Organisationer
reg-new-organisation = Ny organisation
reg-directory-intro = Inkubatorer, kluster, näringslivscentrum och finansiärer i nätverket. Logga in för att se deras kontaktpersoner och småföretag.
reg-handbook-before = Vad de har lärt sig om att ta små företag utomlands finns i
reg-handbook-link = nätverkets handbok
reg-no-organisation-matches = Ingen organisation matchar filtren.
reg-results = Resultat
reg-home-organisation = Hemorganisation
reg-founded = Grundat
reg-target-markets = Målmarknader
reg-directory = Katalog
reg-listed = Listat i matchmakingkatalogen
reg-not-listed-long = Inte listat: bara den egna organisationen ser det
reg-products-services = Produkter och tjänster
reg-private-figures = Konfidentiella uppgifter
reg-private-hint = Syns bara för företaget, dess hemorganisation och nätverkssamordnaren.
reg-employees = Anställda
reg-not-given = Inte angivet
reg-annual-turnover = Årsomsättning
reg-notes = Anteckningar
reg-none = Inga
reg-none-yet = Inga ännu.
reg-erase-heading = Radera personuppgifter
reg-erase-text = På företagets begäran raderas dess namn, adress, texter och kontaktpersoner, medlemmarnas konton, samarbetsprofilerna och fritexterna i dess poster. Land, hemorganisation, branscher, storlek samt posternas typer, datum, länder och värden finns kvar, så att nätverkets resultat inte ändras. Det kan inte ångras.
reg-erase-button = Radera företagets personuppgifter
reg-company-name-hint = Det registrerade företagsnamnet, med bolagsform
reg-home-locked-hint = Bara nätverkssamordnaren kan flytta ett småföretag till en annan organisation.
reg-choose-home = Välj inkubatorn eller klustret
reg-sectors-hint-sme = NACE Rev. 2-koder åtskilda med kommatecken, t.ex. C10.20, J62.01
reg-founded-year = Grundat (år)
reg-products-hint = Vad företaget tillverkar eller säljer
reg-markets-hint = Landskoder åtskilda med kommatecken, t.ex. DE, NL
reg-directory-consent = Lista det här småföretaget i matchmakingkatalogen
reg-directory-consent-hint = Utan samtycke ser bara företaget självt, dess hemorganisation och samordnaren det.
reg-annual-turnover-eur = Årsomsättning (EUR)
reg-turnover-hint = t.ex. 1250000
reg-smes = Småföretag
reg-smes-at = Småföretag hos { $name }
reg-new-sme = Nytt småföretag
reg-smes-intro-admin = Du ser småföretag som har godkänt att listas i katalogen, och som samordnare även alla andra.
reg-smes-intro-member = Du ser småföretag som har godkänt att listas i katalogen, och de i din egen organisation.
reg-smes-intro-kind = Typ filtrerar på typen av företagets hemorganisation.
reg-home-kind = Hemmatyp
reg-target-market = Målmarknad
reg-target-market-hint = t.ex. DE
reg-no-sme-matches = Inget småföretag matchar filtren.
reg-turnover = Omsättning
reg-not-listed = inte listat
reg-edit-title = Redigera { $name }
reg-remove-organisation = Ta bort organisation
reg-remove-sme = Ta bort småföretag
reg-remove-title = Ta bort { $name }?
reg-remove-organisation-consequence = Dess branscher, tjänster och kontaktpersoner tas bort tillsammans med den.
reg-cannot-be-undone = Det kan inte ångras.
reg-remove-sme-consequence = Dess profil, konfidentiella uppgifter och kontaktpersoner tas bort.
reg-remove-sme-accounts = Medlemmarnas konton stängs.

# Organisation kinds, services and size classes
reg-kind-incubator = Inkubator
reg-kind-cluster = Kluster
reg-kind-business-development-centre = Näringslivsutvecklingscenter
reg-kind-public-authority = Offentlig myndighet
reg-kind-funding-agency = Finansieringsorgan
reg-kind-knowledge-institution = Kunskapsinstitution
reg-service-incubation = Inkubation
reg-service-acceleration = Acceleration
reg-service-soft-landing = Soft landing
reg-service-desk-space = Kontorsplatser
reg-service-mentoring = Mentorskap
reg-service-coaching = Coachning
reg-service-matchmaking = Matchmaking
reg-service-market-intelligence = Marknadsinformation
reg-service-export-training = Exportutbildning
reg-service-trade-missions = Handelsdelegationer
reg-service-trade-fairs = Mässor
reg-service-legal-advice = Juridisk rådgivning
reg-service-funding-advice = Finansieringsrådgivning
reg-service-investor-access = Tillgång till investerare
reg-service-grant-funding = Bidrag
reg-service-cluster-management = Klusterledning
reg-service-r-and-d-collaboration = FoU-samarbete
reg-service-test-facilities = Testanläggningar
reg-service-networking-events = Nätverksträffar
reg-size-micro = mikro (färre än 10)
reg-size-small = liten (10-49)
reg-size-medium = medelstor (50-249)
reg-size-large = stor (250 eller fler)

# Refusals of forms and actions (validation messages and conflicts).
reg-err-not-country = `{ $value }` är inte en landskod enligt ISO 3166-1 alpha-2
reg-err-not-nace = `{ $value }` är inte en NACE Rev. 2-kod
reg-err-nace-section = `{ $value }`: huvudgrupp { $division } hör till avdelning { $section }
reg-err-web-address = är inte en webbadress (t.ex. https://example.org)
reg-err-web-address-too-long = är för lång för en webbadress
reg-err-amount = måste vara ett belopp i euro, t.ex. 1250000 eller 1,250,000.50
reg-err-contacts-max = högst { $max } kontaktpersoner
reg-err-phone = är inte ett telefonnummer (bara siffror, mellanslag och + - ( ))
reg-err-entries-max = högst { $max } poster
reg-err-no-organisation = organisationen finns inte
reg-err-home-kind = { $kind ->
    [public_authority] en offentlig myndighet
    [funding_agency] en finansieringsorganisation
    [knowledge_institution] ett kunskapsinstitut
    [incubator] en inkubator
    [cluster] ett kluster
   *[other] ett företagsutvecklingscenter
} kan inte vara ett småföretags hemorganisation; välj en inkubator, ett kluster eller ett företagsutvecklingscenter
reg-err-sector-required = minst en NACE Rev. 2-kod måste anges
reg-err-founded = måste vara ett år mellan 1800 och { $year }
reg-err-head-count = måste vara ett antal anställda mellan 0 och 1 000 000
reg-err-turnover = måste vara mellan 0 och 100 000 000 000 EUR
reg-err-own-country = { $country } är företagets eget land, inte en utländsk marknad
reg-err-move-home = bara nätverkskoordinatorn kan flytta ett småföretag till en annan organisation
reg-err-removal-smes = organisationen kan inte tas bort så länge { $smes ->
    [one] ett småföretag hör
   *[other] { $smes } småföretag hör
} till den; flytta eller ta bort dem först
reg-err-removal-accounts = organisationen kan inte tas bort så länge { $accounts ->
    [one] ett konto hör
   *[other] { $accounts } konton hör
} till den; flytta eller ta bort dem först
reg-err-removal-both = organisationen kan inte tas bort så länge { $smes ->
    [one] ett småföretag
   *[other] { $smes } småföretag
} och { $accounts ->
    [one] ett konto
   *[other] { $accounts } konton
} hör till den; flytta eller ta bort dem först
reg-err-organisation-id = måste vara en organisations id
reg-err-name-taken = { $what ->
    [sme] ett småföretag
   *[other] en organisation
} med det här namnet är redan registrerat i { $country }
reg-err-choose-organisation = välj en organisation i listan

reg-err-organisation-in-use = organisationen deltar fortfarande i program, evenemang, utlysningar eller andra av nätverkets poster; ta bort dem först
reg-invite-member = Bjud in en medlem
reg-invite-manager = Bjud in en ansvarig
reg-err-sme-moved = detta småföretag flyttades till en annan hemorganisation under tiden; ladda om det och försök igen
