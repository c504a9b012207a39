# The registry: organisations and SMEs.
reg-cannot-remove-yet = Deze kan nog niet worden verwijderd: { $reason }.
reg-back = Terug
reg-remove = Verwijderen
reg-cancel = Annuleren
reg-save = Opslaan
reg-edit = Bewerken
reg-search = Zoeken
reg-search-hint-organisations = Naam, plaats, wat ze doen
reg-search-hint-smes = Naam, plaats, producten
reg-kind = Soort
reg-any-kind = Alle soorten
reg-country = Land
reg-any-country = Alle landen
reg-sector-nace = Sector (NACE)
reg-sector-hint = bijv. C10 of J62.01
reg-filter = Filteren
reg-filter-field = Filter ‘{ $field }’
reg-strategy-checklist = Strategiechecklist
reg-where = Waar
reg-website = Website
reg-sectors = Sectoren
reg-none-given = Niet opgegeven
reg-services = Diensten
reg-contact-people = Contactpersonen
reg-no-contact-people = Nog geen contactpersonen.
reg-name = Naam
reg-role = Rol
reg-email = E-mail
reg-phone = Telefoon
reg-smes-at-organisation = Mkb-bedrijven bij deze organisatie
reg-add-sme = Mkb-bedrijf toevoegen
reg-no-smes-visible = Geen mkb-bedrijven die u kunt zien.
reg-all-smes = Alle { $count } mkb-bedrijven
reg-sign-in = Log in
reg-to-see-contacts = om contactpersonen en mkb-bedrijven te zien.
reg-correct-fields = Corrigeer de hieronder gemarkeerde velden.
reg-choose-kind = Kies een soort
reg-choose-country = Kies een land
reg-city = Plaats
reg-region = Regio
reg-sectors-hint-organisation = NACE Rev. 2-codes gescheiden door komma's, bijv. C10.20, J62
reg-services-offered = Aangeboden diensten
reg-website-hint = bijv. https://example.org
reg-description = Beschrijving
reg-directory-of-organisations = Overzicht van organisaties
reg-organisations = Organisaties
reg-new-organisation = Nieuwe organisatie
reg-directory-intro = Incubators, clusters, ondernemerscentra en financiers in het netwerk. Log in om hun contactpersonen en mkb-bedrijven te zien.
reg-handbook-before = Wat ze hebben geleerd over kleine bedrijven over de grens brengen, staat in
reg-handbook-link = het handboek van het netwerk
reg-no-organisation-matches = Geen organisatie voldoet aan deze filters.
reg-results = Resultaten
reg-home-organisation = Thuisorganisatie
reg-founded = Opgericht
reg-target-markets = Doelmarkten
reg-directory = Gids
reg-listed = Opgenomen in de matchmakinggids
reg-not-listed-long = Niet opgenomen: alleen de eigen organisatie ziet het
reg-products-services = Producten en diensten
reg-private-figures = Vertrouwelijke cijfers
reg-private-hint = Alleen zichtbaar voor het mkb-bedrijf, de thuisorganisatie en de netwerkcoördinator.
reg-employees = Werknemers
reg-not-given = Niet opgegeven
reg-annual-turnover = Jaaromzet
reg-notes = Notities
reg-none = Geen
reg-none-yet = Nog geen.
reg-erase-heading = Persoonsgegevens wissen
reg-erase-text = Op verzoek van het bedrijf worden de naam, het adres, teksten en contactpersonen, de accounts van de leden, de samenwerkingsprofielen en de vrije teksten van de registraties gewist. Land, thuisorganisatie, sectoren, omvang en de soorten, datums, landen en waarden van de registraties blijven bewaard, zodat de resultaten van het netwerk niet veranderen. Dit kan niet ongedaan worden gemaakt.
reg-erase-button = Persoonsgegevens van dit mkb-bedrijf wissen
reg-company-name-hint = De geregistreerde bedrijfsnaam, met rechtsvorm
reg-home-locked-hint = Alleen de netwerkcoördinator kan een mkb-bedrijf naar een andere organisatie verplaatsen.
reg-choose-home = Kies de incubator of het cluster
reg-sectors-hint-sme = NACE Rev. 2-codes gescheiden door komma's, bijv. C10.20, J62.01
reg-founded-year = Opgericht (jaar)
reg-products-hint = Wat het bedrijf maakt of verkoopt
reg-markets-hint = Landcodes gescheiden door komma's, bijv. DE, NL
reg-directory-consent = Dit mkb-bedrijf opnemen in de matchmakinggids
reg-directory-consent-hint = Zonder toestemming zien alleen het mkb-bedrijf zelf, de thuisorganisatie en de coördinator het.
reg-annual-turnover-eur = Jaaromzet (EUR)
reg-turnover-hint = bijv. 1250000
reg-smes = Mkb-bedrijven
reg-smes-at = Mkb-bedrijven bij { $name }
reg-new-sme = Nieuw mkb-bedrijf
reg-smes-intro-admin = U ziet mkb-bedrijven die hebben ingestemd met opname in de gids, en als coördinator ook alle andere.
reg-smes-intro-member = U ziet mkb-bedrijven die hebben ingestemd met opname in de gids, en die van uw eigen organisatie.
reg-smes-intro-kind = Soort filtert op de soort thuisorganisatie van het mkb-bedrijf.
reg-home-kind = Soort thuisorganisatie
reg-target-market = Doelmarkt
reg-target-market-hint = bijv. DE
reg-no-sme-matches = Geen mkb-bedrijf voldoet aan deze filters.
reg-turnover = Omzet
reg-not-listed = niet opgenomen
reg-edit-title = Bewerken: { $name }
reg-remove-organisation = Organisatie verwijderen
reg-remove-sme = Mkb-bedrijf verwijderen
reg-remove-title = „{ $name }“ verwijderen?
reg-remove-organisation-consequence = De sectoren, diensten en contactpersonen worden mee verwijderd.
reg-cannot-be-undone = Dit kan niet ongedaan worden gemaakt.
reg-remove-sme-consequence = Het profiel, de vertrouwelijke cijfers en de contactpersonen worden verwijderd.
reg-remove-sme-accounts = De accounts van de leden worden gesloten.

# Organisation kinds, services and size classes
reg-kind-incubator = Incubator
reg-kind-cluster = Cluster
reg-kind-business-development-centre = Ondernemerscentrum
reg-kind-public-authority = Overheidsinstantie
reg-kind-funding-agency = Financieringsinstantie
reg-kind-knowledge-institution = Kennisinstelling
reg-service-incubation = Incubatie
reg-service-acceleration = Acceleratie
reg-service-soft-landing = Soft landing
reg-service-desk-space = Werkplekken
reg-service-mentoring = Mentoring
reg-service-coaching = Coaching
reg-service-matchmaking = Matchmaking
reg-service-market-intelligence = Marktinformatie
reg-service-export-training = Exporttraining
reg-service-trade-missions = Handelsmissies
reg-service-trade-fairs = Beurzen
reg-service-legal-advice = Juridisch advies
reg-service-funding-advice = Financieringsadvies
reg-service-investor-access = Toegang tot investeerders
reg-service-grant-funding = Subsidies
reg-service-cluster-management = Clustermanagement
reg-service-r-and-d-collaboration = R&D-samenwerking
reg-service-test-facilities = Testfaciliteiten
reg-service-networking-events = Netwerkevenementen
reg-size-micro = micro (minder dan 10)
reg-size-small = klein (10-49)
reg-size-medium = middelgroot (50-249)
reg-size-large = groot (250 of meer)

# Refusals of forms and actions (validation messages and conflicts).
reg-err-not-country = `{ $value }` is geen landcode volgens ISO 3166-1 alpha-2
reg-err-not-nace = `{ $value }` is geen NACE Rev. 2-code
reg-err-nace-section = `{ $value }`: afdeling { $division } hoort bij sectie { $section }
reg-err-web-address = is geen webadres (bijv. https://example.org)
reg-err-web-address-too-long = is te lang voor een webadres
reg-err-amount = moet een bedrag in euro zijn, bijv. 1250000 of 1,250,000.50
reg-err-contacts-max = hoogstens { $max } contactpersonen
reg-err-phone = is geen telefoonnummer (alleen cijfers, spaties en + - ( ))
reg-err-entries-max = hoogstens { $max } items
reg-err-no-organisation = deze organisatie bestaat niet
reg-err-home-kind = { $kind ->
    [public_authority] een overheidsinstantie
    [funding_agency] een financieringsinstantie
    [knowledge_institution] een kennisinstelling
    [incubator] een incubator
    [cluster] een cluster
   *[other] een centrum voor bedrijfsontwikkeling
} kan niet de thuisorganisatie van een mkb-bedrijf zijn; kies een incubator, een cluster of een centrum voor bedrijfsontwikkeling
reg-err-sector-required = minstens één NACE Rev. 2-code is verplicht
reg-err-founded = moet een jaar tussen 1800 en { $year } zijn
reg-err-head-count = moet een aantal werknemers tussen 0 en 1.000.000 zijn
reg-err-turnover = moet tussen 0 en EUR 100.000.000.000 liggen
reg-err-own-country = { $country } is het eigen land van het mkb-bedrijf, geen buitenlandse markt
reg-err-move-home = alleen de netwerkcoördinator kan een mkb-bedrijf naar een andere organisatie verplaatsen
reg-err-removal-smes = de organisatie kan niet worden verwijderd zolang { $smes ->
    [one] er één mkb-bedrijf bij hoort
   *[other] er { $smes } mkb-bedrijven bij horen
}; verplaats of verwijder ze eerst
reg-err-removal-accounts = de organisatie kan niet worden verwijderd zolang { $accounts ->
    [one] er één account bij hoort
   *[other] er { $accounts } accounts bij horen
}; verplaats of verwijder ze eerst
reg-err-removal-both = de organisatie kan niet worden verwijderd zolang er { $smes ->
    [one] één mkb-bedrijf
   *[other] { $smes } mkb-bedrijven
} en { $accounts ->
    [one] één account
   *[other] { $accounts } accounts
} bij horen; verplaats of verwijder ze eerst
reg-err-organisation-id = moet het id van een organisatie zijn
reg-err-name-taken = { $what ->
    [sme] een mkb-bedrijf
   *[other] een organisatie
} met deze naam is al geregistreerd in { $country }
reg-err-choose-organisation = kies een organisatie uit de lijst

reg-err-organisation-in-use = de organisatie neemt nog deel aan programma's, evenementen, oproepen of andere gegevens van het netwerk; verwijder die eerst
reg-invite-member = Lid uitnodigen
reg-invite-manager = Manager uitnodigen
reg-err-sme-moved = dit mkb-bedrijf is intussen naar een andere thuisorganisatie verplaatst; laad het opnieuw en probeer het nog eens
