# The registry: organisations and SMEs.
reg-cannot-remove-yet = It cannot be removed yet: { $reason }.
reg-back = Back
reg-remove = Remove
reg-cancel = Cancel
reg-save = Save
reg-edit = Edit
reg-search = Search
reg-search-hint-organisations = Name, city, what they do
reg-search-hint-smes = Name, city, products
reg-kind = Kind
reg-any-kind = Any kind
reg-country = Country
reg-any-country = Any country
reg-sector-nace = Sector (NACE)
reg-sector-hint = e.g. C10 or J62.01
reg-filter = Filter
reg-filter-field = Filter “{ $field }”
reg-strategy-checklist = Strategy checklist
reg-where = Where
reg-website = Website
reg-sectors = Sectors
reg-none-given = None given
reg-services = Services
reg-contact-people = Contact people
reg-no-contact-people = No contact people yet.
reg-name = Name
reg-role = Role
reg-email = E-mail
reg-phone = Phone
reg-smes-at-organisation = SMEs at this organisation
reg-add-sme = Add SME
reg-no-smes-visible = No SMEs you can see.
reg-all-smes = All { $count } SMEs
reg-sign-in = Sign in
reg-to-see-contacts = to see contact people and SMEs.
reg-correct-fields = Please correct the fields marked below.
reg-choose-kind = Choose a kind
reg-choose-country = Choose a country
reg-city = City
reg-region = Region
reg-sectors-hint-organisation = NACE Rev. 2 codes separated by commas, e.g. C10.20, J62
reg-services-offered = Services offered
reg-website-hint = e.g. https://example.org
reg-description = Description
reg-directory-of-organisations = Directory of organisations
reg-organisations = Organisations
reg-new-organisation = New organisation
reg-directory-intro = Incubators, clusters, business development centres and funding agencies in the network. Sign in to see their contact people and SMEs.
reg-handbook-before = What they have learnt about taking small companies abroad is in
reg-handbook-link = the network's handbook
reg-no-organisation-matches = No organisation matches these filters.
reg-results = Results
reg-home-organisation = Home organisation
reg-founded = Founded
reg-target-markets = Target markets
reg-directory = Directory
reg-listed = Listed in the matchmaking directory
reg-not-listed-long = Not listed: only its own organisation sees it
reg-products-services = Products and services
reg-private-figures = Private figures
reg-private-hint = Seen only by the SME, its home organisation and the network coordinator.
reg-employees = Employees
reg-not-given = Not given
reg-annual-turnover = Annual turnover
reg-notes = Notes
reg-none = None
reg-none-yet = None yet.
reg-erase-heading = Erase personal data
reg-erase-text = On the company's request: its name, address, texts and contact people, its members' accounts, its cooperation profiles and the free texts of its records are erased. Its country, home organisation, sectors, size and its records' kinds, dates, countries and values stay, so the network's results do not change. This cannot be undone.
reg-erase-button = Erase this SME's personal data
reg-company-name-hint = The registered company name, with its legal form
reg-home-locked-hint = Only the network coordinator can move an SME to another organisation.
reg-choose-home = Choose the incubator or cluster
reg-sectors-hint-sme = NACE Rev. 2 codes separated by commas, e.g. C10.20, J62.01
reg-founded-year = Founded (year)
reg-products-hint = What the company makes or sells
reg-markets-hint = Country codes separated by commas, e.g. DE, NL
reg-directory-consent = List this SME in the matchmaking directory
reg-directory-consent-hint = Without consent, only the SME itself, its home organisation and the coordinator see it.
reg-annual-turnover-eur = Annual turnover (EUR)
reg-turnover-hint = e.g. 1250000
reg-smes = SMEs
reg-smes-at = SMEs at { $name }
reg-new-sme = New SME
reg-smes-intro-admin = You see SMEs that agreed to be listed in the directory, and as coordinator all others too.
reg-smes-intro-member = You see SMEs that agreed to be listed in the directory, and those of your own organisation.
reg-smes-intro-kind = Kind filters by the kind of the SME's home organisation.
reg-home-kind = Home kind
reg-target-market = Target market
reg-target-market-hint = e.g. DE
reg-no-sme-matches = No SME matches these filters.
reg-turnover = Turnover
reg-not-listed = not listed
reg-edit-title = Edit { $name }
reg-remove-organisation = Remove organisation
reg-remove-sme = Remove SME
reg-remove-title = Remove { $name }?
reg-remove-organisation-consequence = Its sectors, services and contact people are removed with it.
reg-cannot-be-undone = This cannot be undone.
reg-remove-sme-consequence = Its profile, private figures and contact people are removed.
reg-remove-sme-accounts = The accounts of its members are closed.

# Organisation kinds, services and size classes
reg-kind-incubator = Incubator
reg-kind-cluster = Cluster
reg-kind-business-development-centre = Business development centre
reg-kind-public-authority = Public authority
reg-kind-funding-agency = Funding agency
reg-kind-knowledge-institution = Knowledge institution
reg-service-incubation = Incubation
reg-service-acceleration = Acceleration
reg-service-soft-landing = Soft landing
reg-service-desk-space = Desk space
reg-service-mentoring = Mentoring
reg-service-coaching = Coaching
reg-service-matchmaking = Matchmaking
reg-service-market-intelligence = Market intelligence
reg-service-export-training = Export training
reg-service-trade-missions = Trade missions
reg-service-trade-fairs = Trade fairs
reg-service-legal-advice = Legal advice
reg-service-funding-advice = Funding advice
reg-service-investor-access = Investor access
reg-service-grant-funding = Grant funding
reg-service-cluster-management = Cluster management
reg-service-r-and-d-collaboration = R&D collaboration
reg-service-test-facilities = Test facilities
reg-service-networking-events = Networking events
reg-size-micro = micro (fewer than 10)
reg-size-small = small (10-49)
reg-size-medium = medium (50-249)
reg-size-large = large (250 or more)

# Refusals of forms and actions (validation messages and conflicts).
reg-err-not-country = `{ $value }` is not an ISO 3166-1 alpha-2 country code
reg-err-not-nace = `{ $value }` is not a NACE Rev. 2 code
reg-err-nace-section = `{ $value }`: division { $division } belongs to section { $section }
reg-err-web-address = is not a web address (e.g. https://example.org)
reg-err-web-address-too-long = is too long for a web address
reg-err-amount = must be an amount in euros, e.g. 1250000 or 1,250,000.50
reg-err-contacts-max = at most { $max } contact people
reg-err-phone = is not a phone number (digits, spaces and + - ( ) only)
reg-err-entries-max = at most { $max } entries
reg-err-no-organisation = no such organisation
reg-err-home-kind = a { $kind ->
    [public_authority] public authority
    [funding_agency] funding agency
    [knowledge_institution] knowledge institution
    [incubator] incubator
    [cluster] cluster
   *[other] business development centre
} cannot be an SME's home; choose an incubator, cluster or business development centre
reg-err-sector-required = at least one NACE Rev. 2 code is required
reg-err-founded = must be a year between 1800 and { $year }
reg-err-head-count = must be a head count between 0 and 1,000,000
reg-err-turnover = must be between 0 and EUR 100,000,000,000
reg-err-own-country = { $country } is the SME's own country, not a foreign market
reg-err-move-home = only the network coordinator can move an SME to another organisation
reg-err-removal-smes = the organisation cannot be removed while { $smes } { $smes ->
    [one] SME
   *[other] SMEs
} belong to it; move or remove them first
reg-err-removal-accounts = the organisation cannot be removed while { $accounts } { $accounts ->
    [one] account
   *[other] accounts
} belong to it; move or remove them first
reg-err-removal-both = the organisation cannot be removed while { $smes } { $smes ->
    [one] SME
   *[other] SMEs
} belong to it and { $accounts } { $accounts ->
    [one] account
   *[other] accounts
} belong to it; move or remove them first
reg-err-organisation-id = must be an organisation id
reg-err-name-taken = { $what ->
    [sme] an SME
   *[other] an organisation
} with this name is already registered in { $country }
reg-err-choose-organisation = choose an organisation from the list

reg-err-organisation-in-use = the organisation still takes part in programmes, events, calls or other records of the network; remove those first
reg-invite-member = Invite a member
reg-invite-manager = Invite a manager
reg-err-sme-moved = this SME was moved to another home organisation meanwhile; reload it and try again
