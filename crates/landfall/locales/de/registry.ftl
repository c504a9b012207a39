# The registry: organisations and SMEs.
reg-cannot-remove-yet = Sie kann noch nicht entfernt werden: { $reason }.
reg-back = Zurück
reg-remove = Entfernen
reg-cancel = Abbrechen
reg-save = Speichern
reg-edit = Bearbeiten
reg-search = Suche
reg-search-hint-organisations = Name, Ort, Tätigkeit
reg-search-hint-smes = Name, Ort, Produkte
reg-kind = Art
reg-any-kind = Alle Arten
reg-country = Land
reg-any-country = Alle Länder
reg-sector-nace = Branche (NACE)
reg-sector-hint = z. B. C10 oder J62.01
reg-filter = Filtern
reg-filter-field = Filter „{ $field }“
reg-strategy-checklist = Strategie-Checkliste
reg-where = Wo
reg-website = Website
reg-sectors = Branchen
reg-none-given = Keine Angabe
reg-services = Leistungen
reg-contact-people = Kontaktpersonen
reg-no-contact-people = Noch keine Kontaktpersonen.
reg-name = Name
reg-role = Funktion
reg-email = E-Mail
reg-phone = Telefon
reg-smes-at-organisation = KMU dieser Organisation
reg-add-sme = KMU hinzufügen
reg-no-smes-visible = Keine KMU, die Sie sehen können.
reg-all-smes = Alle { $count } KMU
reg-sign-in = Melden Sie sich an,
reg-to-see-contacts = um Kontaktpersonen und KMU zu sehen.
reg-correct-fields = Bitte korrigieren Sie die unten markierten Felder.
reg-choose-kind = Art wählen
reg-choose-country = Land wählen
reg-city = Ort
reg-region = Region
reg-sectors-hint-organisation = NACE-Rev.-2-Codes, durch Kommas getrennt, z. B. C10.20, J62
reg-services-offered = Angebotene Leistungen
reg-website-hint = z. B. https://example.org
reg-description = Beschreibung
reg-directory-of-organisations = Verzeichnis der Organisationen
reg-organisations = Organisationen
reg-new-organisation = Neue Organisation
reg-directory-intro = Inkubatoren, Cluster, Wirtschaftsförderzentren und Förderinstitutionen im Netzwerk. Melden Sie sich an, um ihre Kontaktpersonen und KMU zu sehen.
reg-handbook-before = Was sie darüber gelernt haben, kleine Unternehmen ins Ausland zu bringen, steht im
reg-handbook-link = Handbuch des Netzwerks
reg-no-organisation-matches = Keine Organisation entspricht diesen Filtern.
reg-results = Ergebnisse
reg-home-organisation = Heimatorganisation
reg-founded = Gegründet
reg-target-markets = Zielmärkte
reg-directory = Verzeichnis
reg-listed = Im Matchmaking-Verzeichnis aufgeführt
reg-not-listed-long = Nicht aufgeführt: nur die eigene Organisation sieht es
reg-products-services = Produkte und Leistungen
reg-private-figures = Vertrauliche Kennzahlen
reg-private-hint = Nur für das KMU, seine Heimatorganisation und die Netzwerkkoordination sichtbar.
reg-employees = Beschäftigte
reg-not-given = Keine Angabe
reg-annual-turnover = Jahresumsatz
reg-notes = Notizen
reg-none = Keine
reg-none-yet = Noch keine.
reg-erase-heading = Personenbezogene Daten löschen
reg-erase-text = Auf Wunsch des Unternehmens werden Name, Adresse, Texte und Kontaktpersonen, die Konten seiner Mitglieder, seine Kooperationsprofile und die Freitexte seiner Einträge gelöscht. Land, Heimatorganisation, Branchen, Größe sowie Art, Datum, Länder und Werte seiner Einträge bleiben erhalten, damit sich die Ergebnisse des Netzwerks nicht ändern. Dies kann nicht rückgängig gemacht werden.
reg-erase-button = Personenbezogene Daten dieses KMU löschen
reg-company-name-hint = Der eingetragene Firmenname mit Rechtsform
reg-home-locked-hint = Nur die Netzwerkkoordination kann ein KMU einer anderen Organisation zuordnen.
reg-choose-home = Inkubator oder Cluster wählen
reg-sectors-hint-sme = NACE-Rev.-2-Codes, durch Kommas getrennt, z. B. C10.20, J62.01
reg-founded-year = Gegründet (Jahr)
reg-products-hint = Was das Unternehmen herstellt oder verkauft
reg-markets-hint = Ländercodes, durch Kommas getrennt, z. B. DE, NL
reg-directory-consent = Dieses KMU im Matchmaking-Verzeichnis aufführen
reg-directory-consent-hint = Ohne Einwilligung sehen es nur das KMU selbst, seine Heimatorganisation und die Koordination.
reg-annual-turnover-eur = Jahresumsatz (EUR)
reg-turnover-hint = z. B. 1250000
reg-smes = KMU
reg-smes-at = KMU bei { $name }
reg-new-sme = Neues KMU
reg-smes-intro-admin = Sie sehen KMU, die der Aufnahme ins Verzeichnis zugestimmt haben, und als Koordination auch alle anderen.
reg-smes-intro-member = Sie sehen KMU, die der Aufnahme ins Verzeichnis zugestimmt haben, und die Ihrer eigenen Organisation.
reg-smes-intro-kind = Art filtert nach der Art der Heimatorganisation des KMU.
reg-home-kind = Art der Heimatorganisation
reg-target-market = Zielmarkt
reg-target-market-hint = z. B. DE
reg-no-sme-matches = Kein KMU entspricht diesen Filtern.
reg-turnover = Umsatz
reg-not-listed = nicht aufgeführt
reg-edit-title = Bearbeiten: { $name }
reg-remove-organisation = Organisation entfernen
reg-remove-sme = KMU entfernen
reg-remove-title = „{ $name }“ entfernen?
reg-remove-organisation-consequence = Ihre Branchen, Leistungen und Kontaktpersonen werden mit entfernt.
reg-cannot-be-undone = Dies kann nicht rückgängig gemacht werden.
reg-remove-sme-consequence = Sein Profil, seine vertraulichen Kennzahlen und Kontaktpersonen werden entfernt.
reg-remove-sme-accounts = Die Konten seiner Mitglieder werden geschlossen.

# Organisation kinds, services and size classes
reg-kind-incubator = Inkubator
reg-kind-cluster = Cluster
reg-kind-business-development-centre = Wirtschaftsförderungszentrum
reg-kind-public-authority = Öffentliche Behörde
reg-kind-funding-agency = Förderagentur
reg-kind-knowledge-institution = Wissenseinrichtung
reg-service-incubation = Inkubation
reg-service-acceleration = Akzeleration
reg-service-soft-landing = Soft Landing
reg-service-desk-space = Arbeitsplätze
reg-service-mentoring = Mentoring
reg-service-coaching = Coaching
reg-service-matchmaking = Matchmaking
reg-service-market-intelligence = Marktinformationen
reg-service-export-training = Exportschulung
reg-service-trade-missions = Wirtschaftsdelegationen
reg-service-trade-fairs = Messen
reg-service-legal-advice = Rechtsberatung
reg-service-funding-advice = Finanzierungsberatung
reg-service-investor-access = Zugang zu Investoren
reg-service-grant-funding = Fördermittel
reg-service-cluster-management = Clustermanagement
reg-service-r-and-d-collaboration = F&E-Kooperation
reg-service-test-facilities = Testeinrichtungen
reg-service-networking-events = Netzwerkveranstaltungen
reg-size-micro = kleinst (weniger als 10)
reg-size-small = klein (10-49)
reg-size-medium = mittel (50-249)
reg-size-large = groß (250 oder mehr)

# Refusals of forms and actions (validation messages and conflicts).
reg-err-not-country = `{ $value }` ist kein Ländercode nach ISO 3166-1 alpha-2
reg-err-not-nace = `{ $value }` ist kein NACE-Rev.-2-Code
reg-err-nace-section = `{ $value }`: Abteilung { $division } gehört zu Abschnitt { $section }
reg-err-web-address = ist keine Webadresse (z. B. https://example.org)
reg-err-web-address-too-long = ist zu lang für eine Webadresse
reg-err-amount = muss ein Betrag in Euro sein, z. B. 1250000 oder 1,250,000.50
reg-err-contacts-max = höchstens { $max } Kontaktpersonen
reg-err-phone = ist keine Telefonnummer (nur Ziffern, Leerzeichen und + - ( ))
reg-err-entries-max = höchstens { $max } Einträge
reg-err-no-organisation = diese Organisation gibt es nicht
reg-err-home-kind = { $kind ->
    [public_authority] eine Behörde
    [funding_agency] eine Förderagentur
    [knowledge_institution] eine Wissenseinrichtung
    [incubator] ein Inkubator
    [cluster] ein Cluster
   *[other] ein Zentrum für Unternehmensentwicklung
} kann nicht die Heimat eines KMU sein; wählen Sie einen Inkubator, ein Cluster oder ein Zentrum für Unternehmensentwicklung
reg-err-sector-required = mindestens ein NACE-Rev.-2-Code ist erforderlich
reg-err-founded = muss ein Jahr zwischen 1800 und { $year } sein
reg-err-head-count = muss eine Beschäftigtenzahl zwischen 0 und 1.000.000 sein
reg-err-turnover = muss zwischen 0 und 100.000.000.000 EUR liegen
reg-err-own-country = { $country } ist das eigene Land des KMU, kein Auslandsmarkt
reg-err-move-home = nur die Netzwerkkoordination kann ein KMU einer anderen Organisation zuordnen
reg-err-removal-smes = die Organisation kann nicht entfernt werden, solange ihr { $smes ->
    [one] ein KMU angehört
   *[other] { $smes } KMU angehören
}; ordnen Sie sie zuerst neu zu oder entfernen Sie sie
reg-err-removal-accounts = die Organisation kann nicht entfernt werden, solange ihr { $accounts ->
    [one] ein Konto angehört
   *[other] { $accounts } Konten angehören
}; ordnen Sie sie zuerst neu zu oder entfernen Sie sie
reg-err-removal-both = die Organisation kann nicht entfernt werden, solange ihr { $smes ->
    [one] ein KMU
   *[other] { $smes } KMU
} und { $accounts ->
    [one] ein Konto
   *[other] { $accounts } Konten
} angehören; ordnen Sie sie zuerst neu zu oder entfernen Sie sie
reg-err-organisation-id = muss die ID einer Organisation sein
reg-err-name-taken = { $what ->
    [sme] ein KMU
   *[other] eine Organisation
} mit diesem Namen ist in { $country } bereits registriert
reg-err-choose-organisation = wählen Sie eine Organisation aus der Liste

reg-err-organisation-in-use = die Organisation ist noch an Programmen, Veranstaltungen, Ausschreibungen oder anderen Einträgen des Netzwerks beteiligt; entfernen Sie diese zuerst
reg-invite-member = Mitglied einladen
reg-invite-manager = Leitung einladen
reg-err-sme-moved = dieses KMU wurde inzwischen einer anderen Heimatorganisation zugeordnet; laden Sie es neu und versuchen Sie es erneut
