# Soft landing: programmes, cohorts, participants, sessions, desks.
sl-correct-fields = Corrigeer de hieronder gemarkeerde velden.
sl-save = Opslaan
sl-cancel = Annuleren
sl-edit = Bewerken
sl-name = Naam
sl-kind = Soort
sl-choose = Kiezen
sl-description = Beschrijving
sl-seats = Plaatsen
sl-host = Gastheer
sl-session = Sessie
sl-sessions = Sessies
sl-participants = Deelnemers
sl-sme = Mkb-bedrijf
sl-desk = Werkplek
sl-cancelled = geannuleerd
sl-none-yet = Nog geen.
sl-to = tot
sl-yes = ja
sl-no = nee
sl-accept = Accepteren
sl-decline = Afwijzen
sl-attended = Aanwezig
sl-answer = Antwoord
sl-cohort = Cohort
sl-target-market = Doelmarkt
sl-starts-on = Begint op
sl-starts = begint op { $date }
sl-due = uiterlijk { $date }
sl-barriers-potentials = Drempels en kansen
sl-assessment-intro = Workshop 1: beoordeel elke drempel van 1 (geen drempel) tot 5 (blokkerend) en elke kans van 1 (zwak) tot 5 (sterk). De gereedheidsscore volgt uit de beoordelingen.
sl-current-readiness = Huidige gereedheid:
sl-markets-considered = Overwogen markten
sl-markets-hint = Landcodes gescheiden door komma's, bijv. NO, DE
sl-barriers-legend = Drempels (1 geen – 5 blokkerend)
sl-about-barriers = Over de drempels
sl-potentials-legend = Kansen (1 zwak – 5 sterk)
sl-about-potentials = Over de kansen
sl-save-assessment = Beoordeling opslaan
sl-set-by = gegeven door { $name }
sl-answers = Antwoorden
sl-nothing-handed-in = Nog niets ingeleverd.
sl-handed-in-by = Ingeleverd door { $name }
sl-review-prefix = Beoordeling:
sl-hand-in = Inleveren
sl-hand-in-again = Opnieuw inleveren
sl-your-answer = Uw antwoord
sl-file-optional = Bestand (optioneel)
sl-file-hint = Maximaal 10 MB: { $types }
sl-review = Beoordeling
sl-comment = Opmerking
sl-comment-hint = Verplicht als u om wijzigingen vraagt
sl-ask-changes = Om wijzigingen vragen
sl-plan-from-template = Sessies plannen volgens het sjabloon
sl-participants-count = { $count ->
    [one] { $count } deelnemer
   *[other] { $count } deelnemers
}
sl-funnel = Trechter
sl-funnel-hint = Hoeveel deelnemers elke stap hebben afgerond (lichter: overgeslagen).
sl-step = Stap
sl-done = Afgerond
sl-skipped = Overgeslagen
sl-next-for = Volgende voor
sl-no-session-planned = Nog geen sessie gepland.
sl-when-utc = Wanneer (UTC)
sl-seats-hint = Aantal personen
sl-price-per-month = Prijs per maand (EUR)
sl-offered-to-participants = Aangeboden aan deelnemers
sl-desks-abroad = Werkplekken in het buitenland
sl-occupancy = Bezetting
sl-new-desk = Nieuwe werkplek
sl-requests-waiting = Aanvragen die op uw besluit wachten
sl-dates = Data
sl-status = Status
sl-decision = Besluit
sl-approve = Goedkeuren
sl-offered-desks = Aangeboden werkplekken
sl-no-desk-offered = Nog geen werkplek aangeboden.
sl-per-month = Per maand
sl-not-offered = niet aangeboden
sl-desks-hint = Deelnemers vragen werkplekken aan op hun eigen trajectpagina.
sl-desk-occupancy = Bezetting van werkplekken
sl-months = Maanden
sl-previous-month = ← Vorige maand
sl-next-month = Volgende maand →
sl-no-desks-yet = Nog geen werkplekken.
sl-offer-one = Bied er een aan.
sl-taken = Bezet
sl-taken-day = bezet
sl-free-day = vrij
sl-bookings-this-month = Boekingen deze maand
sl-from = van
sl-target-market-of = doelmarkt { $market }
sl-sme-profile = Profiel van het mkb-bedrijf
sl-journey = Traject
sl-notes-label = Notities:
sl-outputs-label = Resultaten:
sl-on = op
sl-mark-done = Markeren als afgerond
sl-date-for = Datum voor { $step }
sl-set-date = Datum instellen
sl-why-skip = Waarom overslaan?
sl-reason-skip = Reden om { $step } over te slaan
sl-skip = Overslaan
sl-why-reopen = Waarom heropenen?
sl-reason-reopen = Reden om { $step } te heropenen
sl-reopen = Heropenen
sl-notes-outputs = Notities en resultaten
sl-notes = Notities
sl-outputs = Resultaten
sl-save-notes = Notities opslaan
sl-readiness = gereedheid
sl-main-barriers = Belangrijkste drempels:
sl-none-rated-high = geen beoordeeld met 4 of 5
sl-markets-considered-label = Overwogen markten:
sl-saved-by = opgeslagen door { $name }
sl-assessment-missing = Nog niet ingevuld: dat gebeurt in workshop 1, door het mkb-bedrijf met de eigen incubator.
sl-update-assessment = Beoordeling bijwerken
sl-fill-assessment = Beoordeling invullen
sl-no-session-yet = Nog geen sessie.
sl-when-local = Wanneer (lokale tijd)
sl-home-assignments = Thuisopdrachten
sl-no-assignment = Geen opdracht gegeven.
sl-set-an-assignment = Een opdracht geven
sl-title = Titel
sl-what-to-do = Wat er moet gebeuren
sl-due-on = Uiterlijk op
sl-set-assignment = Opdracht geven
sl-desk-abroad = Werkplek in het buitenland
sl-no-desk-booked = Geen werkplek geboekt.
sl-request-desk-at = Een werkplek aanvragen bij { $host }
sl-from-date = Van
sl-to-included = Tot en met
sl-note = Opmerking
sl-waitlist = Zet me op de wachtlijst als de werkplek bezet is
sl-request-the-desk = Werkplek aanvragen
sl-calendar = Agenda
sl-calendar-participant = Abonneer u met dit adres op de sessies van deze deelnemer in Outlook, Google Agenda of Apple Agenda:
sl-new-address = Nieuw adres maken
sl-old-stops = (het oude werkt dan niet meer)
sl-history = Geschiedenis
sl-nothing-happened = Er is nog niets gebeurd.
sl-who = Wie
sl-change = Wijziging
sl-reason = Reden
sl-add-participant-to = Een deelnemer toevoegen aan { $programme }
sl-add-participant-intro = Een mkb-bedrijf van uw organisatie neemt deel aan een cohort en wordt ontvangen door een partner in het buitenland.
sl-choose-cohort = Kies een cohort
sl-choose-sme = Kies een mkb-bedrijf
sl-host-abroad = Gastheer in het buitenland
sl-choose-partner-abroad = Kies de partner in het buitenland
sl-target-market-hint = Landcode; leeg: het land van de gastheer
sl-add-participant = Deelnemer toevoegen
sl-no-participant-visible = Geen deelnemers die u kunt zien.
sl-home = Thuis
sl-next-step = Volgende stap
sl-finished = afgerond
sl-marks-legend = ✓ afgerond · ◷ ingepland · · gepland · – overgeslagen
sl-plan-sessions-of = De sessies van { $cohort } plannen
sl-plan-intro = Eén stap maakt de hele agenda maanden vooruit: workshop 1 bij elke thuisincubator, daarna de studiereis en workshops 2 en 3 bij elke gastheer in het buitenland, in de lokale tijd van de gastheer. Elke deelnemer wordt uitgenodigd en ziet de data meteen.
sl-workshop-1-on = Workshop 1 op
sl-weekend-hint = Een weekenddag schuift door naar de maandag erna
sl-sessions-start-at = Sessies beginnen om
sl-local-time-hint = Lokale tijd op elke locatie
sl-and-end-at = en eindigen om
sl-trip-after-weeks = Studiereis, weken na workshop 1
sl-trip-days = Studiereis, dagen
sl-ws2-after-weeks = Workshop 2, weken na workshop 1
sl-ws3-after-weeks = Workshop 3, weken na workshop 1
sl-ws3-hint = Thuisopdrachten vallen tussen workshop 2 en 3
sl-spare-seats = Extra plaatsen per sessie
sl-create-sessions = De sessies aanmaken
sl-new-session = Nieuwe sessie
sl-targets = Doelen
sl-formal-partnerships = Formele partnerschappen
sl-physical-presences = Fysieke aanwezigheid in het buitenland
sl-export-starts = Exportstarts
sl-partners = Partners
sl-cohorts = Cohorten
sl-no-cohort = Nog geen cohort.
sl-n-participants = { $count ->
    [one] { $count } deelnemer
   *[other] { $count } deelnemers
}
sl-new-cohort = Nieuw cohort
sl-cohort-hint = bijv. Voorjaar 2027
sl-add-cohort = Cohort toevoegen
sl-participants-you-follow = Deelnemers die u volgt
sl-ends-on = Eindigt op
sl-targets-legend = Doelen (aantallen mkb-bedrijven)
sl-partners-legend = Partnerorganisaties (in ten minste twee landen)
sl-programmes-heading = Softlandingprogramma's
sl-new-programme = Nieuw programma
sl-programmes-intro = Incubators in meerdere landen wisselen mkb-bedrijven uit en begeleiden elk ervan naar een buitenlandse markt: workshop 1 thuis, een studiereis, workshop 2 in het buitenland, thuisopdrachten, workshop 3 in het buitenland en een werkplek in het buitenland voor wie blijft.
sl-no-programme = Nog geen programma.
sl-of-target-participants = van { $target } deelnemers
sl-n-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partners
}
sl-add-to-calendar = Aan agenda toevoegen (.ics)
sl-when = Wanneer
sl-where = Waar
sl-programme = Programma
sl-cohort-link = cohort
sl-of-taken = van { $capacity } bezet
sl-agenda = Agenda
sl-invited = Uitgenodigd
sl-nobody-invited = Nog niemand uitgenodigd.
sl-record-attendance = Aanwezigheid registreren
sl-absent = Afwezig
sl-invite-participants = Deelnemers uitnodigen
sl-invite = Uitnodigen
sl-cancel-session = De sessie annuleren
sl-session-form-intro = Data en tijden zijn lokaal op de locatie; agenda's tonen ze in de eigen tijdzone van elke lezer.
sl-choose-host = Kies de gastheer
sl-any-cohort = Alle cohorten
sl-title-hint = Standaard: de soort sessie
sl-venue = Locatie
sl-start-date = Begindatum
sl-start-time = Begintijd
sl-end-date = Einddatum
sl-end-date-hint = Voor studiereizen van meerdere dagen
sl-end-time = Eindtijd
sl-time-zone = Tijdzone
sl-time-zone-hint = IANA-naam, bijv. Europe/Oslo; leeg: het land van de gastheer
sl-coming-up = Binnenkort
sl-no-session-ahead = Geen komende sessies.
sl-when-local-venue = Wanneer (lokale tijd op de locatie)
sl-past = Afgelopen
sl-org-calendar = Agenda van uw organisatie
sl-org-calendar-text = Elke sessie die uw organisatie organiseert of die haar deelnemers bijwonen, voor Outlook, Google Agenda of Apple Agenda:
sl-edit-title = Bewerken: { $name }
sl-assessment-title = Beoordeling · { $name }
sl-add-a-participant = Een deelnemer toevoegen
sl-funnel-chart-title = Hoeveel van de { $count } deelnemers elke stap hebben afgerond
sl-plan-title = Planning: { $cohort }

# Labels of the journey, assignments, desks, sessions and the assessment
sl-step-workshop-1 = Workshop 1 thuis
sl-step-study-trip = Studiereis
sl-step-workshop-2 = Workshop 2 in het buitenland
sl-step-home-assignments = Thuisopdrachten
sl-step-workshop-3 = Workshop 3 in het buitenland
sl-step-long-term-presence = Aanwezigheid in het buitenland
sl-purpose-workshop-1 = Belemmeringen en kansen om naar het buitenland te gaan, beoordeeld met de eigen incubator
sl-purpose-study-trip = Een eerste bezoek aan het partnerland en de incubator: netwerk en marktinformatie
sl-purpose-workshop-2 = Cultuur, klanten en lokaal recht, bij de partnerincubator
sl-purpose-home-assignments = Opdrachten na workshop 2, ingeleverd en beoordeeld
sl-purpose-workshop-3 = Echte klanten en partners, en de internationaliseringsstrategie
sl-purpose-long-term-presence = Een werkplek of kantoor bij de buitenlandse incubator voor enkele maanden (optioneel)
sl-state-planned = gepland
sl-state-scheduled = ingepland
sl-state-done = afgerond
sl-state-skipped = overgeslagen
sl-assignment-open = Open
sl-assignment-submitted = Ingeleverd, wacht op beoordeling
sl-assignment-accepted = Geaccepteerd
sl-assignment-needs-changes = Moet worden aangepast
sl-booking-requested = Aangevraagd
sl-booking-approved = Goedgekeurd
sl-booking-declined = Afgewezen
sl-booking-waitlisted = Op de wachtlijst
sl-booking-cancelled = Geannuleerd
sl-desk-kind-hot-desk = Flexplek
sl-desk-kind-fixed-desk = Vaste werkplek
sl-desk-kind-private-office = Eigen kantoor
sl-session-workshop-1 = Workshop 1
sl-session-study-trip = Studiereis
sl-session-workshop-2 = Workshop 2
sl-session-workshop-3 = Workshop 3
sl-barrier-language = Taal
sl-barrier-culture = Bedrijfscultuur
sl-barrier-regulation = Regelgeving, certificering en recht
sl-barrier-funding = Financiering om naar het buitenland te gaan
sl-barrier-contacts = Gebrek aan contacten en partners
sl-barrier-capacity = Tijd en personeel om het te doen
sl-potential-market-demand = Vraag op de doelmarkt
sl-potential-product-fit = Het product past zoals het is bij de markt
sl-potential-competitive-advantage = Duidelijk voordeel ten opzichte van lokale concurrenten
sl-potential-existing-network = Al contacten ter plaatse
sl-potential-management-commitment = Betrokkenheid van het management
sl-readiness-not-ready = nog niet klaar
sl-readiness-getting-ready = op weg
sl-readiness-ready = klaar
sl-readiness-well-prepared = goed voorbereid

# A month of a year, as the occupancy view heads it
sl-month-1 = januari { $year }
sl-month-2 = februari { $year }
sl-month-3 = maart { $year }
sl-month-4 = april { $year }
sl-month-5 = mei { $year }
sl-month-6 = juni { $year }
sl-month-7 = juli { $year }
sl-month-8 = augustus { $year }
sl-month-9 = september { $year }
sl-month-10 = oktober { $year }
sl-month-11 = november { $year }
sl-month-12 = december { $year }

# Refusals of forms and actions (validation messages and conflicts).
sl-err-already-accepted = de opdracht is al goedgekeurd
sl-err-review-only-submitted = alleen een ingeleverde opdracht kan worden beoordeeld (deze is { $status ->
    [open] open
    [accepted] goedgekeurd
    [needs_changes] teruggestuurd voor aanpassingen
   *[other] ingeleverd en wacht op beoordeling
})
sl-err-say-what-changes = zeg wat er moet veranderen
sl-err-not-in-past = mag niet in het verleden liggen
sl-err-answer-or-file = schrijf een antwoord of voeg een bestand toe
sl-err-no-organisation = deze organisatie bestaat niet
sl-err-session-two-weeks = een sessie duurt hoogstens twee weken
sl-err-capacity-seats = moet van 1 tot { $max } plaatsen zijn
sl-err-capacity-below-invited = { $count } deelnemers zijn al uitgenodigd; de capaciteit kan niet lager zijn
sl-err-trip-days = van 1 tot 10 dagen
sl-err-trip-week = minstens één week na workshop 1
sl-err-ws2-after-trip = moet na de studiereis komen
sl-err-ws3-after-ws2 = moet na workshop 2 komen (de thuisopdrachten liggen ertussen)
sl-err-ws3-two-years = binnen twee jaar na workshop 1
sl-err-spare-seats = hoogstens 50
sl-err-unknown-organisation = organisatie #{ $id } is onbekend
sl-err-target = moet een aantal mkb-bedrijven van 0 tot 100.000 zijn
sl-err-not-before-start = mag niet vóór het begin liggen
sl-err-no-such-organisations = deze organisatie bestaat niet: { $ids }
sl-err-partner-kind = partners voeren het traject uit: { $kind ->
    [public_authority] een overheidsinstantie
    [funding_agency] een financieringsinstantie
    [knowledge_institution] een kennisinstelling
    [incubator] een incubator
    [cluster] een cluster
   *[other] een centrum voor bedrijfsontwikkeling
} (#{ $id }) kan geen partner zijn
sl-err-two-countries = een soft-landingprogramma heeft partners in minstens twee landen nodig
sl-err-within-programme = moet binnen het programma vallen ({ $start } tot { $end })
sl-err-no-cohort = dit cohort bestaat niet in dit programma
sl-err-no-sme = dit mkb-bedrijf bestaat niet
sl-err-home-not-partner = de thuisorganisatie van het mkb-bedrijf is geen partner van dit programma
sl-err-already-participating = dit mkb-bedrijf neemt al deel aan het programma
sl-err-host-partner = de gastheer moet een partner van dit programma zijn
sl-err-host-other = de gastheer moet een andere incubator zijn dan de thuisorganisatie
sl-err-host-abroad = soft landing gaat naar het buitenland: kies een gastheer in een ander land
sl-err-market-abroad = de doelmarkt moet in het buitenland liggen
sl-err-desk-capacity = van 1 tot 50 personen
sl-err-desk-price = van EUR 0 tot EUR 100.000 per maand
sl-err-booking-is = de boeking is { $status ->
    [requested] aangevraagd
    [approved] goedgekeurd
    [declined] afgewezen
    [waitlisted] op de wachtlijst
   *[other] geannuleerd
}
sl-err-booking-two-years = een boeking loopt hoogstens twee jaar; boek opnieuw om te verlengen
sl-err-step-settled-reopen = { $step } is al { $state ->
    [done] afgerond
   *[other] overgeslagen
}; heropen de stap voordat u er een nieuwe datum aan geeft
sl-err-step-settled = { $step } is al { $state ->
    [done] afgerond
   *[other] overgeslagen
}
sl-err-step-nothing-to-reopen = { $step } is niet afgerond of overgeslagen, dus er valt niets te heropenen
sl-err-step-later-settled = { $step } is al { $state ->
    [done] afgerond
   *[other] overgeslagen
}; heropen die stap eerst
sl-err-step-order = { $step } kan niet worden { $verb ->
    [completed] afgerond
   *[other] overgeslagen
} voordat { $earlier } is afgerond of overgeslagen: de stappen volgen op elkaar
sl-err-reason = geef een schriftelijke reden (minstens { $min } tekens)
sl-err-rate = beoordeel van { $min } tot { $max }
sl-err-one-market = noem minstens één markt
sl-err-unknown-barrier = onbekende drempel
sl-err-unknown-potential = onbekende kans
sl-err-own-host = u kunt sessies aanmaken die uw eigen organisatie organiseert, en die moet partner zijn
sl-err-keeps-host = een sessie houdt haar gastheer; annuleer haar en maak een nieuwe aan
sl-err-keeps-cohort = een sessie houdt haar cohort
sl-err-keeps-programme = een sessie houdt haar programma
sl-err-session-full = de sessie is vol: { $taken } van { $capacity } plaatsen zijn bezet
sl-err-no-seat = geen plaats meer vrij
sl-err-session-cancelled = de sessie is geannuleerd
sl-err-not-participant = #{ $id } is geen deelnemer van dit programma
sl-err-participant-declined = de deelnemer heeft deze sessie afgeslagen
sl-err-cohort-has-sessions = dit cohort heeft al { $count } sessies; wijzig of annuleer ze een voor een
sl-err-cohort-empty = voeg deelnemers aan het cohort toe voordat u de sessies plant
sl-err-desk-keeps-org = een werkplek blijft bij haar organisatie
sl-err-desk-booked = de werkplek is geboekt van { $start } tot { $end } (boeking #{ $id })
sl-err-desk-booked-dates = de werkplek is geboekt van { $start } tot { $end }
sl-err-desk-just-booked = de werkplek is net door iemand anders geboekt; probeer het opnieuw
sl-err-no-desk = deze werkplek bestaat niet
sl-err-desk-not-offered = deze werkplek wordt op dit moment niet aangeboden
sl-err-desk-other-host = de gastheer van de deelnemer is { $host }; boek een van diens werkplekken
sl-err-programme-name-taken = er bestaat al een programma met deze naam
sl-err-partner-stays = organisatie #{ $id } heeft deelnemers in dit programma en blijft partner
sl-err-cohort-name-taken = dit programma heeft al een cohort met deze naam
sl-err-desk-name-taken = deze organisatie heeft al een werkplek met deze naam
sl-err-choose-from-list = kies uit de lijst
sl-err-time-format = schrijf de tijd als UU:MM
sl-err-choose-date = kies een datum
sl-err-choose-action = kies een actie
sl-err-date-to-schedule = is verplicht om een stap in te plannen
sl-err-answer = antwoord accepted of declined
sl-err-month-format = schrijf de maand als JJJJ-MM
sl-err-booking-changed = er is intussen over de boeking beslist; laad haar opnieuw en probeer het nog eens
sl-err-answered-meanwhile = deze uitnodiging is intussen beantwoord; laad de pagina opnieuw
sl-err-answer-meanwhile = er is intussen een nieuw antwoord ingeleverd; laad de pagina opnieuw om het te beoordelen
sl-change-assignment = Opdracht wijzigen
sl-save-assignment = Opdracht opslaan
sl-remove-assignment = Opdracht verwijderen
sl-remove-assignment-hint = Per vergissing gegeven? Er is nog niets ingeleverd, dus ze kan nog worden verwijderd.
sl-err-assignment-accepted = de opdracht is aanvaard; ze blijft zoals ze is
sl-err-assignment-answered = er is een antwoord op deze opdracht ingeleverd, dus ze blijft bestaan
sl-correct = Corrigeren
sl-correct-title = { $name } corrigeren
sl-correct-participant-intro = Verplaats het naar een ander cohort, geef het een andere gastorganisatie in het buitenland of een andere doelmarkt, of corrigeer de dag waarop het instapte. Een nieuwe gastorganisatie ziet voortaan het privédeel van het bedrijf en de oude niet meer; de gastorganisatie kan niet wisselen zolang daar een werkplek geboekt of aangevraagd is.
sl-joined-on = Ingestapt op
sl-remove-participant = Uit het programma halen
sl-remove-participant-hint = Per vergissing toegevoegd, of verlaat het het programma? Traject, beoordeling, huiswerkopdrachten, uitnodigingen en werkplekboekingen worden mee verwijderd; de resultaatregistraties van het bedrijf blijven.
sl-remove-participant-confirm = { $name } met zijn traject uit het programma halen
sl-err-confirm-removal = vink het vakje aan om te bevestigen
sl-err-host-has-desks = een werkplek bij { $host } is geboekt of aangevraagd: annuleer die boeking voordat de gastorganisatie wisselt
