# matchmaking: events, profiles, agendas and the meeting plan.

## Shared words
mm-none-yet = Nog geen.
mm-event = Evenement
mm-when = Wanneer
mm-when-local = Wanneer (lokale tijd)
mm-format = Vorm
mm-organiser = Organisator
mm-agenda = Agenda
mm-edit = Bewerken
mm-cancel = Annuleren
mm-save = Opslaan
mm-choose = Kiezen
mm-accept = Accepteren
mm-decline = Afwijzen
mm-withdraw = Intrekken
mm-from = Van
mm-to = Aan
mm-message = Bericht
mm-status = Status
mm-statistics = Statistieken
mm-marketplace = Marktplaats
mm-profile = Profiel
mm-type = Soort
mm-title = Titel
mm-description = Beschrijving
mm-correct-fields = Corrigeer de hieronder gemarkeerde velden.
mm-nobody-registered = Er heeft zich nog niemand aangemeld.
mm-table = Tafel
mm-slot = Tijdslot

## Dates

## Events list
mm-events-title = Matchmakingevenementen
mm-new-event = Nieuw evenement
mm-events-intro = Matchmakingevenementen met vooraf geplande 1-op-1-gesprekken: meld u aan, vraag de deelnemers die u wilt ontmoeten en krijg uw persoonlijke agenda.
mm-coming-up = Binnenkort
mm-no-event-ahead = Geen evenement gepland.
mm-past = Voorbij
mm-no-sessions-yet = Nog geen sessies

## Event page
mm-my-agenda = Mijn agenda
mm-meeting-plan = Gespreksplanning
mm-over = afgelopen
mm-venue = Locatie
mm-video-meetings = Videogesprekken
mm-meetings = Gesprekken
mm-fact-tables = { $count ->
    [one] { $count } tafel
   *[other] { $count } tafels
}
mm-fact-at-most = hoogstens { $count } gesprekken per deelnemer
mm-fact-expiry = { $count ->
    [one] verzoeken verlopen na { $count } uur
   *[other] verzoeken verlopen na { $count } uur
}
mm-sessions = Sessies
mm-no-session = Nog geen sessie.
mm-no-session-organiser = Nog geen sessie: voeg er hieronder een toe om de gesprekstijden te openen.
mm-remove-session = { $title } verwijderen
mm-session-timing = gesprekken van { $meeting } minuten, { $pause } minuten ertussen
mm-add-a-session = Een sessie toevoegen
mm-session-title = Titel van de sessie
mm-session-title-hint = bijv. Dag 1 ochtend
mm-date = Datum
mm-start-time = Begintijd
mm-start-time-hint = Lokale tijd op het evenement
mm-end-time = Eindtijd
mm-minutes-per-meeting = Minuten per gesprek
mm-minutes-between = Minuten tussen de gesprekken
mm-add-session = Sessie toevoegen
mm-your-registration = Uw aanmelding
mm-registered = { $name } is aangemeld
mm-registered-for-at-most = voor hoogstens { $count } gesprekken
mm-available-in-some = beschikbaar in { $count } van { $total } tijdslots
mm-available-always = beschikbaar in elk tijdslot
mm-looking-for-text = Zoekt: { $text }
mm-change-registration = Uw aanmelding wijzigen
mm-save-registration = Aanmelding opslaan
mm-cancel-registration = Aanmelding annuleren
mm-register-intro = Meld u aan om andere deelnemers om een gesprek te vragen en zelf gevraagd te worden.
mm-register = Aanmelden
mm-event-over = Het evenement is afgelopen.
mm-who-registers = Deelnemers zijn mkb-bedrijven en organisaties van het netwerk; de aanmelding doen hun eigen mensen.
mm-attendees = Deelnemers
mm-attendee = Deelnemer
mm-country = Land
mm-kind = Soort
mm-looking-for = Zoekt
mm-meeting = Gesprek
mm-you = u
mm-why-meet = Waarom een gesprek? (optioneel)
mm-message-to = Bericht aan { $name }
mm-request-meeting = Gesprek aanvragen
mm-your-requests = Uw verzoeken
mm-asked-of-you = Aan u gevraagd
mm-no-request = Nog geen verzoek.
mm-message-optional = Bericht (optioneel)
mm-answer-to = Antwoord aan { $name }
mm-answer-by = Antwoord vóór { $time }
mm-sent-by-you = Door u verstuurd
mm-none-sent = Nog geen. Gebruik „Gesprek aanvragen” naast een deelnemer.
mm-until = tot { $time }
mm-meeting-requests = Gespreksverzoeken
mm-attendee-number = deelnemer #{ $id }
mm-request-pending = Verzoek in behandeling
mm-request-accepted = Gesprek geaccepteerd
mm-request-declined = Verzoek afgewezen
mm-request-expired = Verzoek verlopen
mm-request-withdrawn = Verzoek ingetrokken
mm-party-sme = Mkb-bedrijf

## Registration fields
mm-you-take-part = U neemt deel
mm-most-meetings-you-want = Maximaal aantal gewenste gesprekken
mm-most-meetings-you-want-hint = Leeg: zoveel als het evenement toestaat
mm-when-you-can-meet = Wanneer u kunt
mm-what-you-look-for = Wat u zoekt
mm-what-you-look-for-hint = Zichtbaar voor de andere deelnemers

## Event form
mm-new-matchmaking-event = Nieuw matchmakingevenement
mm-edit-title = { $title } bewerken
mm-event-form-intro = De gesprekstijden worden per sessie ingesteld op de pagina van het evenement, in de tijdzone van het evenement.
mm-choose-organiser = Kies de organisator
mm-organiser-error = Organisator: { $message }
mm-description-hint = Voor wie het is, wat u kunt verwachten
mm-choose-format = Kies de vorm
mm-venue-hint = Verplicht voor gesprekken op locatie
mm-video-address = Adres voor videogesprekken
mm-video-address-hint = https://…; verplicht voor onlinegesprekken (elke tafel krijgt een eigen ruimte)
mm-time-zone = Tijdzone
mm-time-zone-hint = IANA-naam, bijv. Europe/Oslo
mm-tables = Tafels
mm-tables-hint = Gesprekken die tegelijk kunnen plaatsvinden
mm-most-meetings = Maximaal aantal gesprekken per deelnemer
mm-most-meetings-hint = Leeg: geen limiet
mm-hours-to-answer = Uren om op een verzoek te antwoorden
mm-hours-to-answer-hint = Onbeantwoorde verzoeken verlopen na deze tijd

## Labels
mm-format-onsite = Op locatie
mm-format-online = Online
mm-format-hybrid = Hybride
mm-agenda-unpublished = Niet gepubliceerd
mm-agenda-preliminary = Voorlopig
mm-agenda-final = Definitief
mm-attendance-onsite = Op locatie
mm-attendance-online = Online
mm-request-status-pending = Wacht op antwoord
mm-request-status-accepted = Geaccepteerd
mm-request-status-declined = Afgewezen
mm-request-status-expired = Verlopen
mm-request-status-cancelled = Ingetrokken
mm-type-business-offer = Zakelijk aanbod
mm-type-business-request = Zakelijke vraag
mm-type-technology-offer = Technologieaanbod
mm-type-technology-request = Technologievraag
mm-type-research-cooperation = O&O- / projectsamenwerking
mm-type-investment-offer = Investering aangeboden (B2I)
mm-type-investment-request = Investering gezocht (B2I)
mm-type-cluster-cooperation = Clustersamenwerking (C2C)
mm-stage-idea = Idee
mm-stage-prototype = Prototype
mm-stage-pilot = Pilot / veldtest
mm-stage-market-ready = Klaar voor de markt
mm-stage-established = Gevestigd op de markt
mm-profile-status-draft = Concept
mm-profile-status-submitted = Wacht op beoordeling
mm-profile-status-published = Gepubliceerd
mm-profile-status-rejected = Aanpassing nodig
mm-profile-status-withdrawn = Ingetrokken
mm-intro-status-pending = Wacht op antwoord
mm-intro-status-accepted = Geaccepteerd
mm-intro-status-declined = Afgewezen

## Marketplace
mm-my-profiles = Mijn profielen
mm-partners-for-you = Partners voor u
mm-review-queue = Beoordelingslijst
mm-new-profile = Nieuw profiel
mm-marketplace-intro = Gepubliceerde aanbiedingen en vragen van de mkb-bedrijven en organisaties van het netwerk. Contactgegevens worden zichtbaar zodra de eigenaar een introductie of een gesprek accepteert.
mm-search = Zoeken
mm-search-hint = Wat u aanbiedt of zoekt
mm-any-type = Elke soort
mm-sector-nace = Sector (NACE)
mm-sector-hint = bijv. C10 of J62.01
mm-owners-country = Land van de eigenaar
mm-any-country = Elk land
mm-target-market = Doelmarkt
mm-any-market = Elke markt
mm-owner = Eigenaar
mm-anyone = Iedereen
mm-filter-left-out = Filter „{ $field }”: { $message } (weggelaten)
mm-no-profile-matches = Geen gepubliceerd profiel past bij deze filters.
mm-owner-smes = Mkb-bedrijven
mm-owner-any-organisation = Elke organisatie
mm-visibility-public = op de marktplaats
mm-visibility-expired = verlopen
mm-visibility-private = niet openbaar

## Partners
mm-partners-for = Partners voor { $name }
mm-partners-intro = Gepubliceerde profielen die aansluiten bij de eigen profielen van dit mkb-bedrijf – of, als het er geen heeft, bij wat de registratie zegt over wat het doet en waar het wil verkopen. Bij elk staan de redenen waarom het past.
mm-no-partner = Nog geen gepubliceerd profiel sluit hier goed genoeg bij aan.
mm-score-hint = Score van 0 tot 100
mm-answers = sluit aan bij
mm-your-profile = uw profiel
mm-reason-need = Behoefte
mm-reason-sector = Sector
mm-reason-value-chain = Waardeketen
mm-reason-market = Markt

## A profile
mm-stage = Fase
mm-sectors = Sectoren
mm-keywords = Trefwoorden
mm-none = Geen
mm-target-countries = Doellanden
mm-any = Alle
mm-expires-on = Verloopt op
mm-published = Gepubliceerd
mm-reviewers-note = Opmerking van de beoordelaar
mm-contact = Contact
mm-contact-hidden = Contactgegevens worden getoond zodra een introductie of een gesprek is geaccepteerd.
mm-what-you-can-do = Wat u kunt doen
mm-submit-for-review = Ter beoordeling indienen
mm-approve-and-publish = Goedkeuren en publiceren
mm-what-needs-to-change = Wat moet er veranderen?
mm-what-needs-to-change-label = Wat er moet veranderen
mm-what-needs-to-change-in = Wat er moet veranderen aan { $title }
mm-send-back = Terugsturen
mm-renew = Twaalf maanden verlengen
mm-your-introduction = Uw introductie
mm-asked-on-by = gevraagd op { $date } door { $name }
mm-ask-introduction = Om een introductie vragen
mm-introduction-message = Wie u bent en waarom u graag wilt praten
mm-recommended-partners = Aanbevolen partners

## My profiles
mm-no-party-before = U handelt niet voor een eigen mkb-bedrijf of organisatie. Gebruik als coördinator de
mm-no-party-review-queue = beoordelingslijst
mm-no-party-between = of schrijf een profiel voor een partij met
mm-no-profile-yet = Nog geen profiel.
mm-write-first = Schrijf het eerste
mm-write-first-after = : wat u aanbiedt, of wat u zoekt.
mm-expires = Verloopt
mm-intros-asked-of-you = Introducties die u gevraagd zijn
mm-nobody-asked = Nog niemand heeft het gevraagd.
mm-about = Over
mm-answer = Antwoord
mm-accepting-shows = Wie accepteert, laat beide kanten elkaars contactgegevens zien.
mm-intros-you-asked = Introducties waar u om vroeg
mm-none-asked-before = Nog geen. Open een profiel op de
mm-none-asked-marketplace = marktplaats
mm-none-asked-after = om de eigenaar om een introductie te vragen.
mm-asked = Gevraagd

## The profile form
mm-new-cooperation-profile = Nieuw samenwerkingsprofiel
mm-profile-form-intro = Een profiel zegt wat uw bedrijf aanbiedt of zoekt. Beoordelaars van uw thuisorganisatie publiceren het op de marktplaats; daar blijft het twaalf maanden, tenzij u het verlengt.
mm-owner-hint-admin = sme:12 voor een mkb-bedrijf, organisation:3 voor een organisatie (zie hun adressen in Landfall)
mm-owner-hint = Leeg laten voor uw organisatie, of sme:12 voor een van uw mkb-bedrijven
mm-choose-type = Kies de soort
mm-profile-title-hint = Eén regel: wat er wordt aangeboden of gezocht, en waar
mm-profile-description-hint = Minstens 40 tekens: wat het is, voor wie, wat voor partner u zoekt
mm-sectors-hint = NACE Rev. 2-codes gescheiden door komma's of spaties, bijv. C10.20, J62
mm-keywords-hint = Maximaal 10, één per regel of gescheiden door komma's
mm-target-countries-hint = Landcodes, bijv. DE, NO
mm-choose-stage = Kies de fase
mm-expires-on-hint = Leeg: twaalf maanden vanaf vandaag
mm-contact-person = Contactpersoon
mm-contact-person-hint = Alleen zichtbaar voor wie uw kant een introductie of gesprek heeft geaccepteerd.
mm-name = Naam
mm-email = E-mail
mm-phone = Telefoon
mm-changes-go-back = Een gepubliceerd profiel waarvan de inhoud verandert, gaat terug naar beoordeling.
mm-save-changes = Wijzigingen opslaan
mm-save-draft = Concept opslaan
mm-save-and-submit = Opslaan en ter beoordeling indienen
mm-reviewer-publishes = Als beoordelaar wordt wat u indient direct gepubliceerd.

## Review queue
mm-profiles-to-review = Te beoordelen profielen
mm-review-intro = Profielen van uw organisatie en haar mkb-bedrijven die wachten op publicatie. Goedkeuren publiceert een profiel op de marktplaats; terugsturen vertelt de eigenaar wat er moet veranderen.
mm-nothing-to-review = Er wacht niets op uw beoordeling.
mm-submitted-by-changed = ingediend door { $name }, gewijzigd op { $date }
mm-approve = Goedkeuren
mm-reject = Afwijzen

## Agenda
mm-agenda-of = Agenda · { $name }
mm-download-ics = .ics downloaden
mm-back-to-agenda = Terug naar de agenda
mm-print = Afdrukken
mm-times-local = Tijden zijn lokale tijd op het evenement ({ $zone }).
mm-agenda-not-published = De agenda is nog niet gepubliceerd.
mm-agenda-not-published-organiser = U ziet de huidige planning; deelnemers zien die zodra u haar publiceert.
mm-agenda-not-published-attendee = U ziet uw gesprekken hier zodra de organisator de agenda publiceert.
mm-agenda-preliminary-notice = Dit is de voorlopige agenda: tijden en tafels kunnen nog veranderen.
mm-agenda-waiting = { $count ->
    [one] { $count } geaccepteerd gesprek staat nog niet in de agenda.
   *[other] { $count } geaccepteerde gesprekken staan nog niet in de agenda.
}
mm-agenda-empty = Geen gesprek in de agenda.
mm-agenda-empty-yet = Nog geen gesprek in de agenda.
mm-time = Tijd
mm-where = Waar
mm-with = Met
mm-afterwards = Achteraf
mm-held = Gehouden
mm-follow-up-agreed-lower = vervolg afgesproken
mm-not-held = Heeft niet plaatsgevonden
mm-took-place = Heeft plaatsgevonden
mm-follow-up-agreed = Vervolg afgesproken
mm-note-optional = Notitie (optioneel)
mm-note-on-meeting = Notitie bij het gesprek om { $time }
mm-record = Vastleggen

## Meeting plan
mm-meeting-plan-of = Gespreksplanning · { $title }
mm-plan-placed = { $count ->
    [one] { $count } gesprek ingepland
   *[other] { $count } gesprekken ingepland
}
mm-plan-waiting = { $count ->
    [one] { $count } wacht op een plaats
   *[other] { $count } wachten op een plaats
}
mm-plan-slots = { $count } tijdslots
mm-plan-agenda = agenda:
mm-published-at = gepubliceerd { $time }
mm-run-scheduler = Planner uitvoeren
mm-publish-preliminary = Voorlopige agenda publiceren
mm-publish-final = Definitieve agenda publiceren
mm-scheduler-explained = De planner plant elk geaccepteerd gesprek in waarvoor plaats is; gepubliceerde en met de hand geplaatste gesprekken blijven waar ze zijn. Deelnemers zien hun gesprekken zodra een agenda is gepubliceerd.
mm-table-plan = Tafelindeling
mm-no-slots-before = Nog geen tijdslots: voeg een sessie toe op de
mm-no-slots-link = evenementpagina
mm-no-slots-after = .
mm-slot-local = Tijdslot (lokale tijd)
mm-tables-in-use = Tafels in gebruik
mm-table-number = Tafel { $number }
mm-not-published = niet gepubliceerd
mm-no-accepted-meeting = Nog geen geaccepteerd gesprek.
mm-who = Wie
mm-place = Plaats
mm-move = Verplaatsen
mm-priority = prioriteit { $number }
mm-placed-by-hand = met de hand geplaatst
mm-published-badge = gepubliceerd
mm-not-placed = Niet ingepland
mm-slot-for = Tijdslot voor { $names }
mm-table-for = Tafel voor { $names }
mm-take-off = Uit de planning halen
mm-remove = Verwijderen
mm-add-a-meeting = Een gesprek toevoegen
mm-add-meeting-intro = Voor gesprekken die buiten de verzoeken om zijn afgesproken. Laat tijdslot en tafel leeg om de planner het te laten inplannen.
mm-first-attendee = Eerste deelnemer
mm-second-attendee = Tweede deelnemer
mm-let-scheduler-choose = Laat de planner kiezen
mm-add-meeting = Gesprek toevoegen
mm-place-at-table = { $slot } · tafel { $table }
mm-agenda-table = Tafel { $table }
mm-agenda-video-room = Videoruimte { $table }: { $url }
mm-scheduler-placed = { $scheduled ->
    [one] De planner heeft { $scheduled } gesprek ingepland en kon er { $unscheduled } niet inplannen.
   *[other] De planner heeft { $scheduled } gesprekken ingepland en kon er { $unscheduled } niet inplannen.
}
mm-scheduler-kept = { $count ->
    [one] { $count } gepubliceerd of met de hand geplaatst gesprek bleef waar het was.
   *[other] { $count } gepubliceerde of met de hand geplaatste gesprekken bleven waar ze waren.
}
mm-scheduler-expired = { $count ->
    [one] { $count } onbeantwoord verzoek is verlopen.
   *[other] { $count } onbeantwoorde verzoeken zijn verlopen.
}
mm-published-preliminary = De voorlopige agenda is gepubliceerd: deelnemers zien hun gesprekken.
mm-published-final = De definitieve agenda is gepubliceerd: deelnemers zien hun gesprekken.
mm-published-unpublished = De agenda is niet gepubliceerd.
mm-error-choose-slot = kies een tijdslot
mm-error-give-table = geef een tafelnummer op
mm-error-slot-and-table = kies een tijdslot en een tafel, of haal het gesprek uit de planning
mm-error-two-attendees = kies de twee deelnemers die elkaar ontmoeten

## Statistics
mm-statistics-of = Statistieken · { $title }
mm-stat-requests-sent = gespreksverzoeken verstuurd
mm-stat-accepted = geaccepteerd
mm-stat-scheduled = gesprekken ingepland
mm-stat-held = gehouden
mm-stat-follow-up = met een vervolg
mm-requests = Verzoeken
mm-sent = Verstuurd
mm-by-country = Per land
mm-by-kind = Per soort deelnemer
mm-stats-explained = Een verzoek telt mee voor de groep van de afzender (verstuurd en de uitkomst) en die van de ontvanger (ontvangen); een gesprek telt eenmaal voor elke deelnemende groep.
mm-chart-title = Gespreksverzoeken van deelnemers per land: geaccepteerd (donker) en niet geaccepteerd (licht)
mm-group = Groep
mm-requests-sent = Verstuurde verzoeken
mm-received = Ontvangen
mm-pending = In behandeling
mm-meetings-scheduled = Ingeplande gesprekken
mm-follow-ups = Vervolgafspraken

## Checks and refusals
mm-err-between = moet tussen { $min } en { $max } liggen
mm-err-venue-required = is verplicht voor gesprekken ter plaatse
mm-err-url-required = is verplicht voor onlinegesprekken
mm-err-https = moet beginnen met https://
mm-err-session-overlaps = overlapt met een andere sessie van het evenement
mm-err-session-too-short = de sessie is korter dan één gesprek van { $minutes } minuten
mm-err-too-many-slots = hoogstens { $max } tijdslots per sessie; splits haar in tweeën
mm-err-choose-attendance = kies ter plaatse of online
mm-err-attendance-impossible = `{ $value }` is niet mogelijk bij een evenement dat { $format ->
    [onsite] ter plaatse
    [online] online
   *[hybrid] hybride
  } plaatsvindt
mm-err-not-a-slot-of-event = tijdslot { $id } is geen tijdslot van dit evenement
mm-err-choose-available = kies ten minste één tijdslot waarop u kunt
mm-err-meetings-in-slots = u hebt gesprekken in tijdslot(s) { $slots }; vraag de organisator ze eerst te verplaatsen
mm-err-ask-yourself = u kunt uzelf niet om een gesprek vragen
mm-err-not-an-answer = `{ $value }` is geen antwoord (accept of decline)
mm-err-request-expired = het verzoek is verlopen; stuur een nieuw verzoek
mm-err-request-already = het verzoek is al { $status ->
    [pending] in afwachting
    [accepted] aanvaard
    [declined] afgewezen
    [expired] verlopen
   *[cancelled] ingetrokken
  }
mm-err-request-is = het verzoek is { $status ->
    [pending] in afwachting
    [accepted] aanvaard
    [declined] afgewezen
    [expired] verlopen
   *[cancelled] ingetrokken
  }
mm-err-cannot-unpublish = een agenda kan niet worden teruggetrokken
mm-err-final-agenda-out = de definitieve agenda is gepubliceerd; publiceer wijzigingen als definitief
mm-err-priority = moet 1, 2 of 3 zijn
mm-err-cooperation-owner = clustersamenwerkingsprofielen horen bij organisaties, niet bij mkb-bedrijven
mm-err-say-more = schrijf iets meer (ten minste 40 tekens)
mm-err-sector-required = ten minste één NACE Rev. 2-code is verplicht
mm-err-expiry-too-far = mag hoogstens { $months } maanden vooruit liggen; verleng het later
mm-err-keyword-too-long = `{ $keyword }` is langer dan 60 tekens
mm-err-too-many-keywords = hoogstens 10 trefwoorden
mm-err-cannot-submit = een profiel dat { $status ->
    [draft] een concept is
    [submitted] op beoordeling wacht
    [published] gepubliceerd is
    [rejected] aangepast moet worden
   *[withdrawn] ingetrokken is
  }, kan niet worden ingediend
mm-err-say-what-to-change = geef aan wat er moet veranderen
mm-err-only-waiting-reviewed = alleen profielen die op beoordeling wachten, kunnen worden goedgekeurd of teruggestuurd
mm-err-already-withdrawn = het profiel is al ingetrokken
mm-err-renew-window = een profiel kan worden verlengd in de laatste { $days } dagen voordat het verloopt (het loopt tot { $until })
mm-err-only-published-renewed = alleen gepubliceerde profielen worden verlengd
mm-err-table-has-meetings = aan tafel { $table } zijn gesprekken gepland; verplaats ze voordat u tafels verwijdert
mm-err-say-registrant = geef aan welk mkb-bedrijf of welke organisatie zich aanmeldt
mm-err-no-such-party = dit mkb-bedrijf of deze organisatie bestaat niet
mm-err-event-over = het evenement is voorbij
mm-err-register-first = meld u aan voor het evenement voordat u om gesprekken vraagt
mm-err-no-such-attendee = deze deelnemer bestaat niet bij dit evenement
mm-err-answered-meanwhile = het verzoek is intussen beantwoord of verlopen
mm-err-not-held-yet = het gesprek heeft nog niet plaatsgevonden
mm-err-not-scheduled = het gesprek werd niet ingepland
mm-err-no-follow-up = een gesprek dat niet heeft plaatsgevonden, heeft geen vervolg
mm-err-no-such-owner = dit mkb-bedrijf of deze organisatie staat niet in het register
mm-err-say-owner = geef aan van welk mkb-bedrijf of welke organisatie het profiel is
mm-err-own-profile = dit is uw eigen profiel
mm-err-not-published = het profiel is niet gepubliceerd
mm-err-not-a-slot = geen tijdslot van dit evenement
mm-err-table-range = moet een tafel van 1 tot en met { $max } zijn
mm-err-unavailable = { $name } is niet beschikbaar in dat tijdslot
mm-err-max-meetings = { $name } heeft al het maximum van { $max } gesprekken
mm-err-table-taken-by = tafel { $table } is in dat tijdslot bezet door gesprek #{ $meeting }
mm-an-attendee = een deelnemer
mm-err-attendee-busy = { $name } heeft gesprek #{ $meeting } in dat tijdslot
mm-err-place-taken = de plaats is bezet
mm-err-two-attendees = een gesprek heeft ten minste twee deelnemers nodig
mm-err-not-an-attendee = aanmelding { $id } is geen deelnemer van dit evenement
mm-err-event-exists = er bestaat al een evenement met deze titel
mm-err-session-has-meetings = in deze sessie zijn gesprekken ingepland; verplaats of verwijder ze eerst
mm-err-already-registered = al aangemeld voor dit evenement
mm-err-request-exists = er is al een gespreksverzoek tussen u; beantwoord het of wacht op het antwoord
mm-err-table-taken = die tafel is bezet in dat tijdslot
mm-err-attendee-has-meeting = een deelnemer heeft al een gesprek in dat tijdslot

## Why a partner profile is recommended
mm-reason-related-work = verwant werk
mm-reason-both-in = beide in NACE { $code }
mm-reason-you-supply = waardeketen: uw { $yours } levert aan hun { $theirs }
mm-reason-they-supply = waardeketen: hun { $theirs } levert aan uw { $yours }
mm-reason-you-target = u richt zich op { $country }, waar zij zitten
mm-reason-they-target = zij richten zich op { $country }, waar u zit
mm-reason-both-target = u richt zich allebei op { $country }
mm-reason-they-request-you-offer = zij vragen { $theirs }, u biedt { $mine }
mm-reason-you-request-they-offer = u vraagt { $mine }, zij bieden { $theirs }
mm-reason-you-look-they-offer = u zoekt { $mine }, zij bieden { $theirs }
mm-reason-they-request-you-work = zij vragen { $theirs }, u werkt aan { $mine }
mm-reason-both-work-on = u werkt allebei aan { $mine } / { $theirs }

mm-err-already-asked = u hebt al gevraagd om aan de eigenaar van dit profiel te worden voorgesteld
mm-err-introduction-answered = de introductie is al beantwoord
mm-err-profile-changed = het profiel is intussen gewijzigd; laad opnieuw en probeer het nog eens
mm-err-profile-edited-meanwhile = iemand anders heeft dit profiel intussen opgeslagen (of een beoordelaar heeft erover beslist); bekijk het zoals het nu is en sla uw wijzigingen opnieuw op
mm-err-no-slots = voeg eerst een sessie met gesprekstijden toe
mm-err-unschedulable = de gespreksgegevens van het evenement kunnen niet worden ingepland ({ $reason })
mm-err-no-organisation = deze organisatie bestaat niet
mm-err-reject-note = schrijf wat er moet veranderen
mm-your-smes = Uw bedrijven op dit evenement
mm-none-of-your-smes = Nog geen van de bedrijven waarvoor uw organisatie de thuisorganisatie is, is ingeschreven.
mm-register-your-sme-intro = Schrijf een bedrijf in waarvoor uw organisatie de thuisorganisatie is. Het is in elk tijdslot beschikbaar; de eigen mensen van het bedrijf passen daarna de inschrijving aan en versturen en beantwoorden afspraakverzoeken.
mm-sme = Bedrijf
mm-choose-sme = Kies een bedrijf
mm-it-takes-part = Het neemt deel
mm-register-sme = Bedrijf inschrijven
mm-err-choose-sme = kies een van uw bedrijven
mm-cancel-registration-of = Inschrijving van { $name } intrekken
