# Gezamenlijke oproepen: oproepen, aanvragen, beoordelingen, besluiten, besluitbrieven, statistieken.

## Benamingen
calls-phase-draft = Concept (niet gepubliceerd)
calls-phase-upcoming = Opent binnenkort
calls-phase-open = Open voor aanvragen
calls-phase-closed = Gesloten
calls-status-draft = Concept
calls-status-submitted = Ingediend
calls-status-withdrawn = Ingetrokken
calls-review-status-draft = Concept
calls-review-status-submitted = Ingediend
calls-decision-approved = Toegekend
calls-decision-approved-with-conditions = Toegekend onder voorwaarden
calls-decision-rejected = Afgewezen
calls-outcome-pending = Wacht op besluiten
calls-outcome-approved = Toegekend
calls-outcome-partly-approved = Gedeeltelijk toegekend
calls-outcome-rejected = Afgewezen
calls-mixed = Gemengd

## De lijst met oproepen
calls-joint-calls = Gezamenlijke oproepen
calls-statistics = Statistieken
calls-new-call = Nieuwe oproep
calls-intro = Oproepen die meerdere nationale agentschappen samen financieren: consortia van clusters uit meerdere landen dienen een aanvraag in, beoordelaars geven scores en elk agentschap besluit over de partners die het financiert.
calls-no-call = Nog geen oproep.
calls-call = Oproep
calls-year = Jaar
calls-phase = Fase
calls-deadline = Deadline
calls-funding-partners = Financieringspartners
calls-budget = Budget
calls-applications-and-decisions = Aanvragen en besluiten
calls-mine = Aanvragen van uw organisatie
calls-reference = Kenmerk
calls-application = Aanvraag
calls-status = Status
calls-lead = Penvoerder
calls-to-review = Aanvragen die u beoordeelt
calls-your-review = Uw beoordeling
calls-review-done = Ingediend
calls-draft-continue = Concept: verder
calls-start-review = Beoordeling beginnen

## Eén oproep
calls-settings = Instellingen
calls-rubric = Beoordelingskader
calls-call-year = oproepjaar { $year }
calls-coordinated-by = gecoördineerd door { $name }
calls-opens = Opent
calls-total-budget = Totaal budget
calls-start-application = Een aanvraag beginnen
calls-start-application-hint = Uw organisatie is penvoerder; u voegt de partners, het werkplan en de begroting toe en dient in vóór de deadline.
calls-agency = Agentschap
calls-funds-organisations-in = Financiert organisaties in
calls-funders-note = Elk agentschap financiert de partners uit zijn land en besluit zelf over hen; een project gaat door met de partners die de agentschappen toekennen.
calls-rules = Regels
calls-application-form = Aanvraagformulier
calls-questions-intro = Naast het consortium, het werkplan en de begroting beantwoorden aanvragers:
calls-required-mark = (verplicht)
calls-rubric-heading = Beoordelingskader (versie { $version })
calls-rubric-scale = Scores van { $min } tot { $max }; de gewogen score wordt gegeven in procenten van de best mogelijke.
calls-criterion = Criterium
calls-what-evaluators-look-at = Waar beoordelaars op letten
calls-weight = Gewicht
calls-rule-countries = Partners uit ten minste { $count } landen, van wie ten minste één gefinancierd door een financieringspartner van de oproep
calls-rule-grant = Een subsidie per project tussen { $min } en { $max }
calls-rule-months = { $min } tot { $max } maanden
calls-rule-smes = Ten minste { $count } betrokken mkb-bedrijven
calls-rule-kinds = Partners mogen zijn: { $kinds }

## Een aanvraag
calls-edit = Bewerken
calls-review = Beoordelen
calls-led-by = penvoerder { $name }
calls-deadline-at = deadline { $deadline }
calls-duration = Looptijd
calls-n-months =
    { $count ->
        [one] { $count } maand
       *[other] { $count } maanden
    }
calls-grant-asked-for = Aangevraagde subsidie
calls-work-plan-costs = Kosten van het werkplan
calls-smes-engaged = Betrokken mkb-bedrijven
calls-pre-submission-check = Controle vóór indienen
calls-meets-every-rule = De aanvraag voldoet aan alle regels van de oproep.
calls-before-submitted = Voordat hij kan worden ingediend:
calls-submit-application = De aanvraag indienen
calls-submit-final = Indienen is definitief: de aanvraag kan daarna niet meer worden gewijzigd, alleen worden ingetrokken.
calls-consortium = Consortium
calls-partner = Partner
calls-country = Land
calls-kind = Soort
calls-funded-by = Gefinancierd door
calls-smes = Mkb-bedrijven
calls-lead-mark = (penvoerder)
calls-budget-by-funder = Begroting per financieringspartner
calls-objectives = Doelstellingen
calls-not-written = Nog niet geschreven.
calls-work-plan = Werkplan
calls-no-activity = Nog geen activiteit.
calls-activity = Activiteit
calls-instrument = Instrument
calls-months = Maanden
calls-cost = Kosten
calls-answers = Antwoorden
calls-no-answer = Nog geen antwoord.
calls-evaluation = Beoordeling
calls-no-evaluator = Nog geen beoordelaar toegewezen.
calls-review-not-started = beoordeling niet begonnen
calls-review-in-draft = beoordeling in concept
calls-review-in-submitted = beoordeling ingediend
calls-weighted-score = gewogen score
calls-remove-evaluator = Deze beoordelaar verwijderen
calls-assign-evaluator = Een beoordelaar toewijzen
calls-choose = Kies
calls-assign = Toewijzen
calls-choose-evaluator = kies een beoordelaar
calls-funding-decisions = Financieringsbesluiten
calls-decision = Besluit
calls-grant = Subsidie
calls-conditions = Voorwaarden
calls-decided = Besloten
calls-by = door { $name }
calls-decision-letters = Besluitbrieven:
calls-decide-for = Besluiten voor { $name }
calls-budget-free = { $amount } van het budget is nog vrij. Een subsidie mag lager zijn dan aangevraagd, nooit hoger.
calls-asks-for = { $name } vraagt { $amount } aan
calls-keep = Laten zoals het is
calls-not-yet = Nog niet
calls-grant-eur = Subsidie (EUR)
calls-as-asked = zoals aangevraagd
calls-record-decision = Het besluit vastleggen
calls-withdraw = De aanvraag intrekken
calls-not-changed = De aanvraag is niet gewijzigd: zie de meldingen hieronder.

## Het aanvraagformulier
calls-edit-title = { $title } bewerken
calls-edit-application = Aanvraag { $reference } bewerken
calls-edit-intro = Voor { $call } · deadline { $deadline }. Opslaan bewaart een concept: de controle op de pagina van de aanvraag laat zien wat er nog ontbreekt voordat u indient.
calls-correct-fields = Verbeter de hieronder gemarkeerde velden.
calls-title = Titel
calls-acronym = Acroniem
calls-summary = Samenvatting
calls-summary-hint = Een paar zinnen die de beoordelaars als eerste lezen
calls-objectives-hint = Wat de mkb-bedrijven hebben gewonnen als het project eindigt
calls-duration-months = Looptijd (maanden)
calls-consortium-hint = De penvoerder en zijn partners. Elke partner wordt gefinancierd door het agentschap van zijn land; een partner uit een land zonder financieringspartner neemt op eigen kosten deel. Laat een rij leeg om hem te verwijderen; sla op om meer rijen te krijgen.
calls-partner-n = Partner { $n }
calls-agency-of-country = Het agentschap van zijn land
calls-grant-asked-eur = Aangevraagde subsidie (EUR)
calls-work-plan-hint = De activiteiten, elk gebouwd op een instrument uit de gereedschapskist, met de verantwoordelijke partner, de projectmaanden en de kosten. Nieuwe partners verschijnen na het opslaan in de partnerlijsten.
calls-activity-n = Activiteit { $n }
calls-responsible-partner = Verantwoordelijke partner
calls-from-month = Vanaf maand
calls-to-month = Tot maand
calls-cost-eur = Kosten (EUR)
calls-notes = Opmerkingen
calls-questions-of-call = Vragen van de oproep
calls-save-draft = Concept opslaan
calls-cancel = Annuleren

## Beoordelingen
calls-review-of = Beoordeling van { $title }
calls-your-reviews = Uw beoordelingen
calls-review-heading = Beoordeling: { $title }
calls-reference-lower = kenmerk { $reference }
calls-read-application = de aanvraag lezen
calls-rubric-version-scale = beoordelingskader versie { $version }, scores van { $min } (zwakst) tot { $max } (sterkst)
calls-weighted-so-far = gewogen score tot nu toe
calls-review-locked = U hebt deze beoordeling ingediend; ze kan niet meer worden gewijzigd.
calls-rubric-changed-kept = Het beoordelingskader is gewijzigd naar versie { $version } sinds u dit concept voor het laatst opsloeg. De scores van criteria met dezelfde naam die nog binnen de schaal vallen, zijn behouden: { $criteria }. Controleer de overige.
calls-rubric-changed-none = Het beoordelingskader is gewijzigd naar versie { $version } sinds u dit concept voor het laatst opsloeg, en geen van uw scores kon worden behouden: beoordeel de criteria opnieuw.
calls-score = Score
calls-comment = Opmerking
calls-weight-of = (gewicht { $weight })
calls-score-for = Score voor { $name }
calls-comment-on = Opmerking over { $name }
calls-overall-comment = Algemene opmerking
calls-save-as-draft = Opslaan als concept
calls-submit-review = De beoordeling indienen
calls-review-final = Een ingediende beoordeling is definitief en telt mee in de rangschikking.

## Het besluitoverzicht
calls-decisions-title = Besluiten: { $title }
calls-board-intro = Ingediende aanvragen gerangschikt op de gemiddelde gewogen score van hun ingediende beoordelingen, met de besluiten van alle financieringspartners naast elkaar. Elk agentschap besluit op de pagina van de aanvraag over de partners die het financiert.
calls-budgets = Budgetten
calls-chart-thousand = (grafiek in duizend EUR)
calls-asked-for = Aangevraagd
calls-committed = Vastgelegd
calls-free = Vrij
calls-ranking = Rangschikking
calls-no-submitted = Er is nog geen aanvraag ingediend.
calls-rank = Plaats
calls-score-percent = Score (%)
calls-reviews = Beoordelingen
calls-outcome = Uitkomst
calls-asks = vraagt { $amount }
calls-board-chart = Vastgelegd budget (donker) en nog vrij (licht), duizend EUR

## Besluitbrieven
calls-letter-title = Besluitbrief { $reference }
calls-print-hint = gebruik de afdrukopdracht van uw browser voor een nette kopie
calls-letter-to-lead = Aan { $name }, penvoerder,
calls-letter-to-partners = en de partners van het consortium
calls-letter-heading = Besluit over aanvraag { $reference }
calls-letter-submitted-to = , ingediend bij { $call }.
calls-letter-decided = { $funder } heeft besloten over de partners van het consortium die het financiert:
calls-letter-conditions-for = Voorwaarden voor { $name }:
calls-letter-approved = De subsidie van { $amount } wordt uitbetaald volgens de eigen regels van { $funder } voor de looptijd van het project van { $months } maanden. De andere financieringspartners van de oproep besluiten over hun eigen partners en schrijven u afzonderlijk.
calls-letter-rejected = { $funder } kan dit deel van het project niet financieren. De andere financieringspartners van de oproep besluiten over hun eigen partners en schrijven u afzonderlijk.
calls-letter-regards = Met vriendelijke groet,

## Statistieken
calls-statistics-heading = Statistieken van de gezamenlijke oproepen
calls-statistics-intro = Berekend uit de gegevens van de oproepen: hun financieringspartners en budgetten, de ingediende aanvragen, de besluiten van de financiers en de partners en mkb-bedrijven van de toegekende projecten. Concepten en ingetrokken aanvragen tellen niet mee; een aanvraag telt als toegekend wanneer ten minste één van haar financiers heeft toegekend (allemaal, of enkele).
calls-no-published = Nog geen gepubliceerde oproep.
calls-stat-partners-countries = Financieringspartners / landen
calls-stat-total-budget = Totaal budget (EUR)
calls-stat-received-approved = Aanvragen ontvangen / toegekend
calls-stat-clusters = Clusters
calls-stat-smes = Mkb-bedrijven
calls-download = Downloaden:
calls-stat-partners-text =
    { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partners
    }, { $countries ->
        [one] { $countries } land
       *[other] { $countries } landen
    } ({ $list })
calls-stat-chart = Toegekende (donker) en niet toegekende aanvragen (licht) per oproepjaar

## Instellingen van de oproep
calls-settings-of = Instellingen van { $title }
calls-new-joint-call = Nieuwe gezamenlijke oproep
calls-coordinating-agency = Coördinerend agentschap
calls-call-year-label = Oproepjaar
calls-call-year-hint = Het jaar waarin de statistieken de oproep meetellen
calls-call-summary-hint = Wat de oproep financiert, en voor wie
calls-time-zone = Tijdzone van de deadlines
calls-time-zone-hint = Een IANA-zone, bijv. Europe/Amsterdam
calls-opening-deadline = Opening en deadline
calls-opens-on = Opent op
calls-opening-time = Tijd van opening
calls-deadline-time = Tijd van de deadline
calls-min-countries = Landen in een consortium, ten minste
calls-min-grant = Kleinste subsidie per project (EUR)
calls-max-grant = Grootste subsidie per project (EUR)
calls-min-months = Kortste looptijd (maanden)
calls-max-months = Langste looptijd (maanden)
calls-min-smes = Betrokken mkb-bedrijven, ten minste
calls-partners-may-be = Partners mogen zijn
calls-funders-hint = Elk agentschap financiert organisaties uit één land met een eigen budget. Laat een rij leeg om hem te verwijderen; sla op om meer rijen te krijgen.
calls-its-own = het eigen land
calls-budget-eur = Budget (EUR)
calls-questions-legend = Aanvraagformulier: vragen
calls-questions-hint = Gesteld naast het consortium, het werkplan en de begroting. Een anders geformuleerde vraag behoudt haar antwoorden.
calls-question-n = Vraag { $n }
calls-answer = Antwoord
calls-required = Verplicht
calls-optional = Optioneel
calls-published-check = Gepubliceerd: iedereen die is aangemeld, ziet de oproep
calls-save-call = De oproep opslaan

## Beoordelingskader
calls-rubric-of = Beoordelingskader van { $title }
calls-evaluation-rubric = Beoordelingskader
calls-rubric-intro = Nu op versie { $version }. Opslaan maakt versie { $next }: reeds ingediende beoordelingen houden de versie waarop ze zijn geschreven, concepten gaan over naar de nieuwe.
calls-lowest-score = Laagste score
calls-highest-score = Hoogste score
calls-criterion-n = Criterium { $n }
calls-name = Naam
calls-rubric-rows-hint = Laat een criterium leeg om het te verwijderen; sla op om meer rijen te krijgen.
calls-save-version = Opslaan als versie { $version }

## Checks and refusals: the application and the pre-submission check
calls-err-not-negative = mag niet negatief zijn
calls-err-between = moet tussen { $min } en { $max } liggen
calls-err-at-most-partners = hoogstens { $max } partners
calls-err-no-such-organisation = deze organisatie bestaat niet
calls-err-no-such-instrument = dit instrument bestaat niet in de gereedschapskist
calls-err-in-consortium-twice = { $name } zit twee keer in het consortium
calls-err-not-a-funder = is geen financieringspartner van deze oproep
calls-err-funder-country = { $funder } financiert organisaties in { $country }, niet in { $other }
calls-err-lead-stays = de penvoerder moet in het consortium blijven
calls-err-at-most-activities = hoogstens { $max } activiteiten
calls-err-say-partner = geef aan welke partner verantwoordelijk is
calls-err-not-in-consortium = is geen partner van het consortium
calls-err-project-month = moet een projectmaand van 1 tot en met 120 zijn
calls-err-before-start-month = mag niet vóór de startmaand liggen
calls-err-not-a-question = is geen vraag van deze oproep
calls-err-not-open-yet = De oproep opent op { $opens }; aanvragen kunnen vanaf dan worden ingediend.
calls-err-closed = De oproep sloot op { $closes }; te late aanvragen kunnen niet worden ingediend.
calls-missing-title = een titel
calls-missing-summary = een samenvatting
calls-missing-objectives = de doelstellingen
calls-missing-duration = de looptijd
calls-missing-answer = een antwoord op ‘{ $prompt }’
calls-err-still-missing = Ontbreekt nog: { $missing }.
calls-err-min-countries = Het consortium heeft partners uit { $count } { $count ->
    [one] land
   *[other] landen
  }; de oproep vraagt er ten minste { $min }.
calls-err-no-funded-partner = Geen enkele partner wordt gefinancierd door een financieringspartner van de oproep; ten minste één moet uit { $countries } komen.
calls-err-request-without-funder = { $name } vraagt { $amount } aan, maar geen financieringspartner van de oproep financiert organisaties in { $country }; ze kan op eigen kosten deelnemen.
calls-err-request-choose-funder = { $name } vraagt { $amount } aan: kies welke financieringspartner uit { $country } haar financiert.
calls-err-not-eligible = Niet toegelaten als partner: { $partners }. De oproep staat open voor: { $kinds }.
calls-err-grant-range = Het consortium vraagt in totaal { $grant } aan; een project kan { $min } tot { $max } ontvangen.
calls-err-duration = Het project duurt { $months } maanden; de oproep financiert projecten van { $min } tot { $max } maanden.
calls-err-min-smes = Het consortium betrekt { $smes } mkb-bedrijven; de oproep vraagt er ten minste { $min }.
calls-err-work-plan-empty = Het werkplan is leeg: voeg de activiteiten (instrumenten) toe die het project zal uitvoeren.
calls-err-activities-late = Activiteiten eindigen na de { $months } maanden van het project: { $activities }.
calls-err-grant-above-cost = De aangevraagde subsidie ({ $grant }) is hoger dan de kosten van het werkplan ({ $cost }).

## Checks and refusals: calls, rubrics, reviews, decisions
calls-err-approval-above-zero = een toekenning moet meer dan nul zijn
calls-err-above-request = is meer dan de partner heeft aangevraagd ({ $amount })
calls-err-say-conditions = geef aan wat de voorwaarden zijn
calls-err-over-budget = Dit zou { $after } van een budget van { $budget } vastleggen: { $over } te veel. { $free } is nog vrij.
calls-err-budget-below-committed = toegekende subsidies leggen al { $committed } van het budget van deze financieringspartner vast: het kan niet omlaag naar { $budget }
calls-err-funder-decided = { $name } heeft over aanvragen besloten en kan niet uit de oproep worden verwijderd
calls-err-funder-asked = ingediende aanvragen vragen { $name } om geld ({ $references }): deze partner kan niet uit de oproep worden verwijderd
calls-err-funder-budget = Budget van { $name } voor deze oproep: { $message }
calls-err-must-fund = moet een financieringsagentschap of een overheidsinstantie zijn
calls-err-after-opening = moet na de opening liggen
calls-err-below-smallest-grant = mag niet lager zijn dan de kleinste subsidie
calls-err-below-shortest-duration = mag niet korter zijn dan de kortste looptijd
calls-err-no-funder = noem ten minste één financieringspartner
calls-err-at-most-funders = hoogstens { $max } financieringspartners
calls-err-cannot-fund = { $name } is geen financieringsagentschap of overheidsinstantie
calls-err-funder-twice = { $name } staat er twee keer in
calls-err-at-most-questions = hoogstens { $max } vragen
calls-err-question-twice = is dezelfde vraag als een andere rij
calls-err-review-submitted-stays = deze beoordelaar heeft een beoordeling ingediend die in de rangorde meetelt: die kan niet worden teruggenomen
calls-err-above-lowest-score = moet hoger zijn dan de laagste score
calls-err-no-criterion = noem ten minste één criterium
calls-err-at-most-criteria = hoogstens { $max } criteria
calls-err-named-twice = staat er twee keer in
calls-err-not-a-criterion = is geen criterium van dit beoordelingskader
calls-err-score-before-submitting = geef een score voor ‘{ $name }’ voordat u indient
calls-err-score-range = moet van { $min } tot en met { $max } zijn
calls-err-explain-score = licht de score voor ‘{ $name }’ toe
calls-err-only-draft-changes = alleen een concept kan worden gewijzigd; deze aanvraag is ingediend of ingetrokken
calls-err-changed-meanwhile = de aanvraag is intussen ingediend of ingetrokken
calls-err-edited-meanwhile = iemand anders heeft deze aanvraag intussen opgeslagen; bekijk haar zoals ze nu is en sla uw wijzigingen opnieuw op
calls-err-already = deze aanvraag is al { $status ->
    [withdrawn] ingetrokken
    [draft] een concept
   *[submitted] ingediend
  }
calls-err-withdrawn-already = de aanvraag is al ingetrokken
calls-err-decided-no-withdrawal = financieringspartners hebben over deze aanvraag besloten: ze kan niet meer worden ingetrokken
calls-err-only-submitted-evaluated = alleen ingediende aanvragen worden beoordeeld
calls-err-not-an-evaluator = is geen account van een beoordelaar
calls-err-evaluator-conflict = belangenconflict: { $name } werkt voor { $organisation }, een partner van deze aanvraag
calls-err-own-conflict = belangenconflict: uw organisatie is partner van deze aanvraag
calls-err-review-final = deze beoordeling is ingediend en kan niet meer worden gewijzigd
calls-err-only-submitted-decided = alleen over ingediende aanvragen wordt besloten
calls-err-no-decision = besluit over ten minste één partner
calls-err-not-a-partner = is geen partner van deze aanvraag
