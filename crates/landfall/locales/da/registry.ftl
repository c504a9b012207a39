# The registry: organisations and SMEs.
reg-cannot-remove-yet = Den kan ikke fjernes endnu: { $reason }.
reg-back = Tilbage
reg-remove = Fjern
reg-cancel = Annullér
reg-save = Gem
reg-edit = Redigér
reg-search = Søg
reg-search-hint-organisations = Navn, by, hvad de laver
reg-search-hint-smes = Navn, by, produkter
reg-kind = Type
reg-any-kind = Alle typer
reg-country = Land
reg-any-country = Alle lande
reg-sector-nace = Branche (NACE)
reg-sector-hint = f.eks. C10 eller J62.01
reg-filter = Filtrér
reg-filter-field = Filter “{ $field }”
reg-strategy-checklist = Strategitjekliste
reg-where = Hvor
reg-website = Websted
reg-sectors = Brancher
reg-none-given = Ikke angivet
reg-services = Ydelser
reg-contact-people = Kontaktpersoner
reg-no-contact-people = Ingen kontaktpersoner endnu.
reg-name = Navn
reg-role = Rolle
reg-email = E-mail
reg-phone = Telefon
reg-smes-at-organisation = SMV'er i denne organisation
reg-add-sme = Tilføj SMV
reg-no-smes-visible = Ingen SMV'er, du kan se.
reg-all-smes = Alle { $count } SMV'er
reg-sign-in = Log ind
reg-to-see-contacts = for at se kontaktpersoner og SMV'er.
reg-correct-fields = Ret venligst de markerede felter nedenfor.
reg-choose-kind = Vælg en type
reg-choose-country = Vælg et land
reg-city = By
reg-region = Region
reg-sectors-hint-organisation = NACE Rev. 2-koder adskilt af kommaer, f.eks. C10.20, J62
reg-services-offered = Tilbudte ydelser
reg-website-hint = f.eks. https://example.org
reg-description = Beskrivelse
reg-directory-of-organisations = Oversigt over organisationer
reg-organisations = Organisationer
reg-new-organisation = Ny organisation
reg-directory-intro = Inkubatorer, klynger, erhvervsfremmecentre og finansieringsorganer i netværket. Log ind for at se deres kontaktpersoner og SMV'er.
reg-handbook-before = Hvad de har lært om at føre små virksomheder ud i verden, står i
reg-handbook-link = netværkets håndbog
reg-no-organisation-matches = Ingen organisation matcher disse filtre.
reg-results = Resultater
reg-home-organisation = Hjemorganisation
reg-founded = Grundlagt
reg-target-markets = Målmarkeder
reg-directory = Katalog
reg-listed = Optaget i matchmaking-kataloget
reg-not-listed-long = Ikke optaget: kun dens egen organisation kan se den
reg-products-services = Produkter og ydelser
reg-private-figures = Fortrolige tal
reg-private-hint = Ses kun af SMV'en, dens hjemorganisation og netværkskoordinatoren.
reg-employees = Ansatte
reg-not-given = Ikke angivet
reg-annual-turnover = Årlig omsætning
reg-notes = Noter
reg-none = Ingen
reg-none-yet = Ingen endnu.
reg-erase-heading = Slet personoplysninger
reg-erase-text = På virksomhedens anmodning: dens navn, adresse, tekster og kontaktpersoner, dens medlemmers konti, dens samarbejdsprofiler og fritekster i dens registreringer slettes. Land, hjemorganisation, brancher, størrelse samt registreringernes typer, datoer, lande og værdier bevares, så netværkets resultater ikke ændres. Det kan ikke fortrydes.
reg-erase-button = Slet denne SMV's personoplysninger
reg-company-name-hint = Det registrerede firmanavn med selskabsform
reg-home-locked-hint = Kun netværkskoordinatoren kan flytte en SMV til en anden organisation.
reg-choose-home = Vælg inkubatoren eller klyngen
reg-sectors-hint-sme = NACE Rev. 2-koder adskilt af kommaer, f.eks. C10.20, J62.01
reg-founded-year = Grundlagt (år)
reg-products-hint = Hvad virksomheden fremstiller eller sælger
reg-markets-hint = Landekoder adskilt af kommaer, f.eks. DE, NL
reg-directory-consent = Optag denne SMV i matchmaking-kataloget
reg-directory-consent-hint = Uden samtykke kan kun SMV'en selv, dens hjemorganisation og koordinatoren se den.
reg-annual-turnover-eur = Årlig omsætning (EUR)
reg-turnover-hint = f.eks. 1250000
reg-smes = SMV'er
reg-smes-at = SMV'er hos { $name }
reg-new-sme = Ny SMV
reg-smes-intro-admin = Du ser SMV'er, der har accepteret at blive optaget i kataloget, og som koordinator også alle andre.
reg-smes-intro-member = Du ser SMV'er, der har accepteret at blive optaget i kataloget, og din egen organisations.
reg-smes-intro-kind = Type filtrerer efter typen af SMV'ens hjemorganisation.
reg-home-kind = Hjemtype
reg-target-market = Målmarked
reg-target-market-hint = f.eks. DE
reg-no-sme-matches = Ingen SMV matcher disse filtre.
reg-turnover = Omsætning
reg-not-listed = ikke optaget
reg-edit-title = Redigér { $name }
reg-remove-organisation = Fjern organisation
reg-remove-sme = Fjern SMV
reg-remove-title = Fjern { $name }?
reg-remove-organisation-consequence = Dens brancher, ydelser og kontaktpersoner fjernes sammen med den.
reg-cannot-be-undone = Det kan ikke fortrydes.
reg-remove-sme-consequence = Dens profil, fortrolige tal og kontaktpersoner fjernes.
reg-remove-sme-accounts = Medlemmernes konti lukkes.

# Organisation kinds, services and size classes
reg-kind-incubator = Inkubator
reg-kind-cluster = Klynge
reg-kind-business-development-centre = Erhvervsudviklingscenter
reg-kind-public-authority = Offentlig myndighed
reg-kind-funding-agency = Finansieringsorgan
reg-kind-knowledge-institution = Videninstitution
reg-service-incubation = Inkubation
reg-service-acceleration = Acceleration
reg-service-soft-landing = Soft landing
reg-service-desk-space = Kontorpladser
reg-service-mentoring = Mentorordning
reg-service-coaching = Coaching
reg-service-matchmaking = Matchmaking
reg-service-market-intelligence = Markedsindsigt
reg-service-export-training = Eksporttræning
reg-service-trade-missions = Erhvervsfremstød
reg-service-trade-fairs = Messer
reg-service-legal-advice = Juridisk rådgivning
reg-service-funding-advice = Finansieringsrådgivning
reg-service-investor-access = Adgang til investorer
reg-service-grant-funding = Tilskud
reg-service-cluster-management = Klyngeledelse
reg-service-r-and-d-collaboration = Forsknings- og udviklingssamarbejde
reg-service-test-facilities = Testfaciliteter
reg-service-networking-events = Netværksarrangementer
reg-size-micro = mikro (under 10)
reg-size-small = lille (10-49)
reg-size-medium = mellemstor (50-249)
reg-size-large = stor (250 eller flere)

# Refusals of forms and actions (validation messages and conflicts).
reg-err-not-country = `{ $value }` er ikke en landekode efter ISO 3166-1 alpha-2
reg-err-not-nace = `{ $value }` er ikke en NACE Rev. 2-kode
reg-err-nace-section = `{ $value }`: hovedgruppe { $division } hører til sektion { $section }
reg-err-web-address = er ikke en webadresse (f.eks. https://example.org)
reg-err-web-address-too-long = er for lang til en webadresse
reg-err-amount = skal være et beløb i euro, f.eks. 1250000 eller 1,250,000.50
reg-err-contacts-max = højst { $max } kontaktpersoner
reg-err-phone = er ikke et telefonnummer (kun cifre, mellemrum og + - ( ))
reg-err-entries-max = højst { $max } elementer
reg-err-no-organisation = organisationen findes ikke
reg-err-home-kind = { $kind ->
    [public_authority] en offentlig myndighed
    [funding_agency] et finansieringsorgan
    [knowledge_institution] en videninstitution
    [incubator] en inkubator
    [cluster] en klynge
   *[other] et erhvervsudviklingscenter
} kan ikke være en SMV's hjem; vælg en inkubator, en klynge eller et erhvervsudviklingscenter
reg-err-sector-required = mindst én NACE Rev. 2-kode skal udfyldes
reg-err-founded = skal være et år mellem 1800 og { $year }
reg-err-head-count = skal være et antal ansatte mellem 0 og 1.000.000
reg-err-turnover = skal være mellem 0 og 100.000.000.000 EUR
reg-err-own-country = { $country } er SMV'ens eget land, ikke et udenlandsk marked
reg-err-move-home = kun netværkskoordinatoren kan flytte en SMV til en anden organisation
reg-err-removal-smes = organisationen kan ikke fjernes, så længe { $smes ->
    [one] én SMV hører
   *[other] { $smes } SMV'er hører
} til den; flyt eller fjern dem først
reg-err-removal-accounts = organisationen kan ikke fjernes, så længe { $accounts ->
    [one] én konto hører
   *[other] { $accounts } konti hører
} til den; flyt eller fjern dem først
reg-err-removal-both = organisationen kan ikke fjernes, så længe { $smes ->
    [one] én SMV
   *[other] { $smes } SMV'er
} og { $accounts ->
    [one] én konto
   *[other] { $accounts } konti
} hører til den; flyt eller fjern dem først
reg-err-organisation-id = skal være en organisations id
reg-err-name-taken = { $what ->
    [sme] en SMV
   *[other] en organisation
} med dette navn er allerede registreret i { $country }
reg-err-choose-organisation = vælg en organisation fra listen

reg-err-organisation-in-use = organisationen deltager stadig i programmer, arrangementer, udbud eller andre af netværkets registreringer; fjern dem først
reg-invite-member = Invitér et medlem
reg-invite-manager = Invitér en leder
reg-err-sme-moved = denne SMV blev flyttet til en anden hjemorganisation imens; genindlæs den og prøv igen
