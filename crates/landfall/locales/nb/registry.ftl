# The registry: organisations and SMEs.
reg-cannot-remove-yet = Den kan ikke fjernes ennå: { $reason }.
reg-back = Tilbake
reg-remove = Fjern
reg-cancel = Avbryt
reg-save = Lagre
reg-edit = Rediger
reg-search = Søk
reg-search-hint-organisations = Navn, by, hva de gjør
reg-search-hint-smes = Navn, by, produkter
reg-kind = Type
reg-any-kind = Alle typer
reg-country = Land
reg-any-country = Alle land
reg-sector-nace = Bransje (NACE)
reg-sector-hint = f.eks. C10 eller J62.01
reg-filter = Filtrer
reg-filter-field = Filter «{ $field }»
reg-strategy-checklist = Strategisjekkliste
reg-where = Hvor
reg-website = Nettsted
reg-sectors = Bransjer
reg-none-given = Ikke oppgitt
reg-services = Tjenester
reg-contact-people = Kontaktpersoner
reg-no-contact-people = Ingen kontaktpersoner ennå.
reg-name = Navn
reg-role = Rolle
reg-email = E-post
reg-phone = Telefon
reg-smes-at-organisation = SMB-er i denne organisasjonen
reg-add-sme = Legg til SMB
reg-no-smes-visible = Ingen SMB-er du kan se.
reg-all-smes = Alle { $count } SMB-er
reg-sign-in = Logg inn
reg-to-see-contacts = for å se kontaktpersoner og SMB-er.
reg-correct-fields = Rett opp feltene som er markert nedenfor.
reg-choose-kind = Velg en type
reg-choose-country = Velg et land
reg-city = By
reg-region = Region
reg-sectors-hint-organisation = NACE Rev. 2-koder skilt med komma, f.eks. C10.20, J62
reg-services-offered = Tjenester som tilbys
reg-website-hint = f.eks. https://example.org
reg-description = Beskrivelse
reg-directory-of-organisations = Katalog over organisasjoner
reg-organisations = Organisasjoner
reg-new-organisation = Ny organisasjon
reg-directory-intro = Inkubatorer, klynger, næringsutviklingssentre og finansieringsaktører i nettverket. Logg inn for å se kontaktpersonene og SMB-ene deres.
reg-handbook-before = Det de har lært om å ta små bedrifter ut i verden, står i
reg-handbook-link = nettverkets håndbok
reg-no-organisation-matches = Ingen organisasjon passer til disse filtrene.
reg-results = Resultater
reg-home-organisation = Hjemmeorganisasjon
reg-founded = Grunnlagt
reg-target-markets = Målmarkeder
reg-directory = Katalog
reg-listed = Oppført i matchmaking-katalogen
reg-not-listed-long = Ikke oppført: bare dens egen organisasjon ser den
reg-products-services = Produkter og tjenester
reg-private-figures = Fortrolige tall
reg-private-hint = Sees bare av SMB-en, hjemmeorganisasjonen og nettverkskoordinatoren.
reg-employees = Ansatte
reg-not-given = Ikke oppgitt
reg-annual-turnover = Årlig omsetning
reg-notes = Notater
reg-none = Ingen
reg-none-yet = Ingen ennå.
reg-erase-heading = Slett personopplysninger
reg-erase-text = Etter bedriftens ønske: navn, adresse, tekster og kontaktpersoner, medlemmenes kontoer, samarbeidsprofilene og fritekstene i registreringene slettes. Land, hjemmeorganisasjon, bransjer, størrelse og registreringenes typer, datoer, land og verdier beholdes, slik at nettverkets resultater ikke endres. Dette kan ikke angres.
reg-erase-button = Slett personopplysningene til denne SMB-en
reg-company-name-hint = Det registrerte foretaksnavnet, med selskapsform
reg-home-locked-hint = Bare nettverkskoordinatoren kan flytte en SMB til en annen organisasjon.
reg-choose-home = Velg inkubatoren eller klyngen
reg-sectors-hint-sme = NACE Rev. 2-koder skilt med komma, f.eks. C10.20, J62.01
reg-founded-year = Grunnlagt (år)
reg-products-hint = Hva bedriften lager eller selger
reg-markets-hint = Landkoder skilt med komma, f.eks. DE, NL
reg-directory-consent = Før opp denne SMB-en i matchmaking-katalogen
reg-directory-consent-hint = Uten samtykke ser bare SMB-en selv, hjemmeorganisasjonen og koordinatoren den.
reg-annual-turnover-eur = Årlig omsetning (EUR)
reg-turnover-hint = f.eks. 1250000
reg-smes = SMB-er
reg-smes-at = SMB-er hos { $name }
reg-new-sme = Ny SMB
reg-smes-intro-admin = Du ser SMB-er som har samtykket til å bli oppført i katalogen, og som koordinator også alle andre.
reg-smes-intro-member = Du ser SMB-er som har samtykket til å bli oppført i katalogen, og dem i din egen organisasjon.
reg-smes-intro-kind = Type filtrerer etter typen hjemmeorganisasjon SMB-en har.
reg-home-kind = Hjemmetype
reg-target-market = Målmarked
reg-target-market-hint = f.eks. DE
reg-no-sme-matches = Ingen SMB passer til disse filtrene.
reg-turnover = Omsetning
reg-not-listed = ikke oppført
reg-edit-title = Rediger { $name }
reg-remove-organisation = Fjern organisasjon
reg-remove-sme = Fjern SMB
reg-remove-title = Fjerne { $name }?
reg-remove-organisation-consequence = Bransjer, tjenester og kontaktpersoner fjernes sammen med den.
reg-cannot-be-undone = Dette kan ikke angres.
reg-remove-sme-consequence = Profilen, de fortrolige tallene og kontaktpersonene fjernes.
reg-remove-sme-accounts = Kontoene til medlemmene stenges.

# Organisation kinds, services and size classes
reg-kind-incubator = Inkubator
reg-kind-cluster = Klynge
reg-kind-business-development-centre = Næringsutviklingssenter
reg-kind-public-authority = Offentlig myndighet
reg-kind-funding-agency = Finansieringsorgan
reg-kind-knowledge-institution = Kunnskapsinstitusjon
reg-service-incubation = Inkubasjon
reg-service-acceleration = Akselerasjon
reg-service-soft-landing = Soft landing
reg-service-desk-space = Kontorplasser
reg-service-mentoring = Mentorordning
reg-service-coaching = Coaching
reg-service-matchmaking = Matchmaking
reg-service-market-intelligence = Markedsinnsikt
reg-service-export-training = Eksportopplæring
reg-service-trade-missions = Næringslivsdelegasjoner
reg-service-trade-fairs = Messer
reg-service-legal-advice = Juridisk rådgivning
reg-service-funding-advice = Finansieringsrådgivning
reg-service-investor-access = Tilgang til investorer
reg-service-grant-funding = Tilskudd
reg-service-cluster-management = Klyngeledelse
reg-service-r-and-d-collaboration = FoU-samarbeid
reg-service-test-facilities = Testfasiliteter
reg-service-networking-events = Nettverksarrangementer
reg-size-micro = mikro (under 10)
reg-size-small = liten (10-49)
reg-size-medium = mellomstor (50-249)
reg-size-large = stor (250 eller flere)

# Refusals of forms and actions (validation messages and conflicts).
reg-err-not-country = `{ $value }` er ikke en landkode etter ISO 3166-1 alpha-2
reg-err-not-nace = `{ $value }` er ikke en NACE Rev. 2-kode
reg-err-nace-section = `{ $value }`: næringshovedgruppe { $division } hører til næringshovedområde { $section }
reg-err-web-address = er ikke en nettadresse (f.eks. https://example.org)
reg-err-web-address-too-long = er for lang for en nettadresse
reg-err-amount = må være et beløp i euro, f.eks. 1250000 eller 1,250,000.50
reg-err-contacts-max = høyst { $max } kontaktpersoner
reg-err-phone = er ikke et telefonnummer (bare sifre, mellomrom og + - ( ))
reg-err-entries-max = høyst { $max } oppføringer
reg-err-no-organisation = organisasjonen finnes ikke
reg-err-home-kind = { $kind ->
    [public_authority] en offentlig myndighet
    [funding_agency] et finansieringsorgan
    [knowledge_institution] en kunnskapsinstitusjon
    [incubator] en inkubator
    [cluster] en klynge
   *[other] et næringsutviklingssenter
} kan ikke være hjemmet til en SMB; velg en inkubator, en klynge eller et næringsutviklingssenter
reg-err-sector-required = minst én NACE Rev. 2-kode må fylles ut
reg-err-founded = må være et år mellom 1800 og { $year }
reg-err-head-count = må være et antall ansatte mellom 0 og 1 000 000
reg-err-turnover = må være mellom 0 og 100 000 000 000 EUR
reg-err-own-country = { $country } er SMB-ens eget land, ikke et utenlandsk marked
reg-err-move-home = bare nettverkskoordinatoren kan flytte en SMB til en annen organisasjon
reg-err-removal-smes = organisasjonen kan ikke fjernes så lenge { $smes ->
    [one] én SMB hører
   *[other] { $smes } SMB-er hører
} til den; flytt eller fjern dem først
reg-err-removal-accounts = organisasjonen kan ikke fjernes så lenge { $accounts ->
    [one] én konto hører
   *[other] { $accounts } kontoer hører
} til den; flytt eller fjern dem først
reg-err-removal-both = organisasjonen kan ikke fjernes så lenge { $smes ->
    [one] én SMB
   *[other] { $smes } SMB-er
} og { $accounts ->
    [one] én konto
   *[other] { $accounts } kontoer
} hører til den; flytt eller fjern dem først
reg-err-organisation-id = må være en organisasjons-ID
reg-err-name-taken = { $what ->
    [sme] en SMB
   *[other] en organisasjon
} med dette navnet er allerede registrert i { $country }
reg-err-choose-organisation = velg en organisasjon fra listen

reg-err-organisation-in-use = organisasjonen deltar fortsatt i programmer, arrangementer, utlysninger eller andre av nettverkets registreringer; fjern dem først
reg-invite-member = Inviter et medlem
reg-invite-manager = Inviter en leder
reg-err-sme-moved = denne SMB-en ble flyttet til en annen hjemorganisasjon i mellomtiden; last den inn på nytt og prøv igjen
