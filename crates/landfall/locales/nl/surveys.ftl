# Surveys: the list, the questionnaire, sending, answering and results.
srv-surveys = Enquêtes
srv-new-survey = Nieuwe enquête
srv-list-intro = Vragenlijsten die uw organisatie met persoonlijke links naar mkb-bedrijven en partnerorganisaties stuurt: voor het antwoorden is geen account nodig.
srv-no-survey = Nog geen enquête. Begin met een van de twee sjablonen of vanaf nul.
srv-survey = Enquête
srv-organisation = Organisatie
srv-status = Status
srv-anonymous = Anoniem
srv-created = Aangemaakt
srv-yes = ja
srv-no = nee
srv-please-correct = Corrigeer de hieronder gemarkeerde velden.
srv-running-organisation = Organisatie die de enquête uitvoert
srv-choose = Kies
srv-start-from = Beginnen met
srv-empty-questionnaire = Een lege vragenlijst
srv-title = Titel
srv-title-hint = Laat leeg om de titel van het sjabloon te gebruiken
srv-introduction = Inleiding
srv-introduction-hint = Getoond boven de vragen; laat leeg om die van het sjabloon te gebruiken
srv-anonymous-option = Anoniem: antwoorden worden opgeslagen zonder enige koppeling aan de ontvanger
srv-create = Enquête aanmaken
srv-cancel = Annuleren
srv-links-heading = Ronde { $wave }: persoonlijke links
srv-links-alert = Kopieer deze links nu: Landfall bewaart van elke link alleen een vingerafdruk, dus ze kunnen niet opnieuw worden getoond. Elke link neemt één antwoord aan.
srv-recipient = Ontvanger
srv-link = Link
srv-links-csv-hint = Om ze als CSV-bestand voor een mailmerge te krijgen, gebruikt u bij het versturen “Versturen en de links downloaden (CSV)”.
srv-section = Sectie
srv-section-hint = Vragen met dezelfde sectietitel worden samen getoond
srv-question = Vraag
srv-help-text = Helptekst
srv-kind = Soort
srv-answer-required = Een antwoord is verplicht
srv-options = Opties (keuze- en rangschikvragen)
srv-options-hint = Eén optie per regel
srv-max-choices = Hoogstens zoveel (meerkeuze, rangschikking)
srv-max-choices-hint = bijv. 3 voor “kies er maximaal drie”
srv-min-value = Kleinste toegestane getal
srv-max-value = Grootste toegestane getal
srv-save-question = Vraag opslaan

## Labels of statuses, question kinds, breakdowns, templates and the agreement scale
srv-status-draft = Concept
srv-status-open = Open
srv-status-closed = Gesloten
srv-kind-single-choice = Eén keuze
srv-kind-multiple-choice = Meerkeuze
srv-kind-ranking = Rangschikking
srv-kind-likert = Instemmingsschaal (1-5)
srv-kind-number = Getal
srv-kind-free-text = Vrije tekst
srv-by-country = Land
srv-by-home-organisation = Thuisorganisatie
srv-by-sector = Sector (NACE-sectie)
srv-by-size-class = Grootteklasse
srv-template-sme-feedback = Feedback van mkb-bedrijven op de ondersteuning bij internationalisering
srv-template-cluster-readiness = Clustergereedheid en validatie
srv-likert-1 = Helemaal oneens
srv-likert-2 = Oneens
srv-likert-3 = Niet eens, niet oneens
srv-likert-4 = Eens
srv-likert-5 = Helemaal eens

## The survey page: questionnaire, sending, waves, reminders
srv-edit-question = Vraag bewerken
srv-new-question = Nieuwe vraag
srv-personal-links = Persoonlijke links
srv-results = Resultaten
srv-anonymous-word = anoniem
srv-anonymous-stored = antwoorden worden opgeslagen zonder enige koppeling aan de ontvanger
srv-questionnaire-heading = { $count ->
    [one] Vragenlijst (1 vraag)
   *[other] Vragenlijst ({ $count } vragen)
}
srv-add-question = Een vraag toevoegen
srv-questions-fixed = De vragen liggen vast nu de enquête is verstuurd: antwoorden moeten hun vragen houden.
srv-required = (verplicht)
srv-at-most = hoogstens { $count }
srv-edit = Bewerken
srv-remove = Verwijderen
srv-sending = Versturen
srv-sending-intro = Elke ontvanger krijgt een persoonlijke link. Alles wat u aanvinkt, wordt opgeteld; niemand wordt twee keer uitgenodigd.
srv-programme-participants = Deelnemers aan een programma
srv-none = Geen
srv-own-smes = Alle mkb-bedrijven met { $organisation } als thuisbasis
srv-organisations-of-kind = Alle organisaties van een soort
srv-particular-smes = Bepaalde mkb-bedrijven
srv-particular-organisations = Bepaalde organisaties
srv-pick-several = Houd Ctrl (⌘ op een Mac) ingedrukt om er meerdere te kiezen.
srv-send-first-wave = Ronde 1 versturen en de links tonen
srv-send-download = Versturen en de links downloaden (CSV)
srv-wave = Ronde
srv-started = Gestart
srv-invited = Uitgenodigd
srv-responded = Geantwoord
srv-response-rate = Respons
srv-reminded = Herinnerd
srv-wave-number = Ronde { $number }
srv-started-by = door { $name }
srv-send-reminders = Herinneringen versturen
srv-reminders-note = Herinneringen gaan naar elke onbeantwoorde uitnodiging van de ronde — in Landfall en, voor wie dat heeft gekozen, per e-mail — elk met een eigen persoonlijke link (de eerste link blijft werken). De tijd wordt vastgelegd, zodat u hieronder ziet wie wanneer is herinnerd.
srv-start-follow-up = Een vervolgronde starten
srv-start-follow-up-csv = Starten en de links downloaden (CSV)
srv-follow-up-note = Een vervolgronde nodigt precies de ontvangers van ronde 1 opnieuw uit (het panel).
srv-follow-up-anonymous = Omdat de enquête anoniem is, zien respondenten hun eerdere antwoorden niet.
srv-follow-up-earlier = Elke respondent ziet zijn antwoorden uit de vorige ronde.
srv-close = De enquête sluiten
srv-invitations-heading = Uitnodigingen van de laatste ronde
srv-country = Land
srv-answered = Beantwoord
srv-answered-at = ja, { $when }
srv-answered-yes = ja
srv-not-yet = nog niet
srv-anonymous-invitations = Anonieme enquête: deze lijst laat zien wie zijn link heeft gebruikt, nooit welke antwoorden van wie zijn.

## The answer page behind a personal link
srv-for = Voor { $recipient }
srv-follow-up-wave = vervolgronde { $wave }
srv-answer-anonymous = anoniem: uw antwoorden worden opgeslagen zonder uw naam
srv-thanks = Dank u: uw antwoorden zijn vastgelegd. Deze link neemt één antwoord aan en kan dus niet opnieuw worden gebruikt.
srv-closed = Deze enquête neemt geen antwoorden meer aan.
srv-unsent-heading = Wat u schreef (niet opgeslagen)
srv-unsent-text = Uw antwoorden konden niet worden opgeslagen. Hier zijn ze, zodat u een kopie kunt bewaren.
srv-earlier-wave = Onder elke vraag ziet u wat u in ronde { $wave } antwoordde.
srv-earlier-withheld = Deze enquête is anoniem, dus uw antwoorden uit de eerdere ronde kunnen niet worden getoond: ze zijn nooit aan u gekoppeld.
srv-answer-errors = Beantwoord de hieronder gemarkeerde vragen.
srv-ranking-hint = Geef de opties die u rangschikt een plaats: 1 voor de eerste, dan 2, 3…; laat de andere leeg.
srv-place-of = Plaats van { $option }
srv-last-time = Vorige keer antwoordde u: { $answer }
srv-send-answers = Mijn antwoorden versturen
srv-choose-up-to = Kies er maximaal { $count }.
srv-err-needs-answer = deze vraag moet worden beantwoord
srv-err-one-answer = geef één antwoord
srv-err-scale-point = kies een punt van 1 tot 5
srv-err-text-too-long = hoogstens 5000 tekens
srv-err-places = geef elke plaats één keer, vanaf 1 en zonder gaten
srv-err-closed = deze enquête neemt geen antwoorden meer aan
srv-err-answered = deze uitnodiging is al beantwoord: elke link neemt één antwoord aan
srv-err-choose-at-most = kies er hoogstens { $number }
srv-err-rank-at-most = rangschik er hoogstens { $number }
srv-err-at-least = moet minstens { $number } zijn
srv-err-at-most = mag hoogstens { $number } zijn
srv-err-not-an-option = ‘{ $value }’ is geen van de opties
srv-err-given-twice = ‘{ $value }’ is twee keer opgegeven
srv-err-not-a-number = ‘{ $value }’ is geen geheel getal
srv-err-not-a-place = ‘{ $value }’ is geen plaats (1, 2, 3…)

## Results
srv-results-title = Resultaten: { $title }
srv-split-by = Uitsplitsen naar
srv-split-nothing = Niets (alle respondenten)
srv-show = Tonen
srv-results-anonymous = Deze enquête is anoniem: er worden geen namen getoond en de resultaten kunnen alleen naar land worden uitgesplitst, omdat een fijnere indeling (één thuisorganisatie, één sector) naar één enkel bedrijf zou kunnen wijzen.
srv-results-too-few = De antwoorden van een anonieme enquête worden getoond zodra minstens { $min } mensen hebben geantwoord: bij minder zou de lijst van wie heeft geantwoord verraden van wie ze zijn.
srv-results-groups = De groepen zijn het land, de thuisorganisatie, de NACE-sectie en de grootteklasse van de respondenten zoals die waren bij de uitnodiging.
# $responded, $invited and $percent come with their bold markup.
srv-rate = { $responded } van { $invited } uitgenodigden hebben geantwoord: { $percent }.
srv-all-respondents = Alle respondenten
srv-group-unknown = Onbekend
srv-group-other-countries = Andere landen (per land te weinig antwoorden om te noemen)
srv-group-respondents = { $count ->
    [one] (1 respondent)
   *[other] ({ $count } respondenten)
}
srv-answered-by = beantwoord door { $count }
srv-ranking-table = rangschikkingstabel:
srv-col-rank = Rang
srv-col-option = Optie
srv-col-respondents = Respondenten
srv-col-percent-respondents = % van de respondenten
srv-col-ranked-by = Gerangschikt door
srv-col-mean-place = Gemiddelde plaats
srv-col-first-percent = % dat het op 1 zet
srv-col-point = Punt
srv-col-mean = Gemiddelde
srv-col-median = Mediaan
srv-col-minimum = Minimum
srv-col-maximum = Maximum
srv-ranking-note = Geordend op gemiddelde plaats (1 is het best); de balken tellen de respondenten die de optie hebben gerangschikt.
srv-mean-note = Gemiddelde: { $mean }
srv-answers = Antwoorden
srv-download = Downloaden:
srv-no-response = Nog geen antwoorden.
srv-col-response = Antwoord
srv-col-respondent = Respondent
srv-col-home-organisation = Thuisorganisatie
srv-col-sector = Sector
srv-col-size-class = Grootteklasse
srv-col-submitted-on = Ingediend op

## Refusals shown on the survey page and the question form
srv-err-survey-closed = de enquête is gesloten
srv-err-no-question = voeg ten minste één vraag toe voordat u verstuurt
srv-err-not-open = de enquête is niet open
srv-err-frozen = vragen kunnen alleen worden gewijzigd zolang de enquête een concept is (antwoorden moeten hun vragen houden)
srv-err-changed-meanwhile = de enquête is intussen verstuurd of gesloten; laad haar opnieuw en probeer het nog eens
srv-err-no-recipients = kies naar wie de enquête gaat
srv-err-panel = een vervolgronde gaat naar dezelfde ontvangers als ronde 1 (het panel); laat de keuze leeg
srv-err-reminders-closed = herinneringen gaan alleen uit zolang de enquête open is
srv-err-no-organisation-of-kind = geen organisatie van deze soort
srv-err-two-options = geef ten minste twee opties, één per regel
srv-err-no-options = alleen keuze- en rangschikkingsvragen hebben opties
srv-err-no-limit = alleen meerkeuze- en rangschikkingsvragen hebben een maximum
srv-err-below-minimum = mag niet onder het minimum liggen
srv-err-choose-kind = kies een soort vraag
# $status is the status word: draft, open or closed.
srv-err-close-not-open = alleen een open enquête kan worden gesloten (deze is { $status ->
    [draft] een concept
    [closed] gesloten
   *[other] open
})
srv-err-max-choices = moet tussen 1 en het aantal opties ({ $number }) liggen
srv-err-option-too-long = ‘{ $value }’ is langer dan 200 tekens
srv-err-listed-twice = ‘{ $value }’ staat er twee keer in

## Refusals of surveys, recipients and waves
srv-err-at-most-options = hoogstens { $max } antwoordopties
srv-err-no-range = alleen getalvragen hebben een minimum en een maximum
srv-err-at-most-questions = hoogstens { $max } vragen
srv-err-no-such-organisation = deze organisatie bestaat niet
srv-err-choose-organisation = kies de organisatie die de enquête uitvoert
srv-err-template-or-questions = geef een sjabloon of vragen, niet allebei
srv-err-anonymity-fixed = anonimiteit wordt bepaald voordat de enquête wordt verstuurd
srv-err-no-participants = dit programma heeft geen deelnemers die uw organisatie volgt
srv-err-no-own-smes = uw organisatie heeft nog geen mkb-bedrijven
srv-err-sme-not-yours = mkb-bedrijf #{ $id } hoort niet bij uw organisatie en is ook geen deelnemer die zij volgt
srv-err-no-organisation-id = geen organisatie #{ $id }
srv-err-no-sme-id = geen mkb-bedrijf #{ $id }
srv-err-anonymous-split = de resultaten van een anonieme enquête worden alleen per land uitgesplitst
srv-err-wave-started = deze ronde is zojuist door iemand anders gestart
srv-err-already-invited = { $name } is in deze ronde al uitgenodigd
srv-edit-title = “{ $title }” bewerken
srv-edit-survey = Titel en inleiding bewerken
srv-save-survey = Enquête opslaan
srv-anonymous-fixed-yes = Anoniem: de antwoorden worden opgeslagen zonder enige koppeling met de ontvanger. Dit werd vastgelegd toen de eerste ronde werd verstuurd.
srv-anonymous-fixed-no = Niet anoniem: de antwoorden zijn gekoppeld aan hun ontvangers. Dit werd vastgelegd toen de eerste ronde werd verstuurd.
srv-err-wave-over = er is een latere ronde van deze enquête verstuurd: alleen de links daarvan nemen antwoorden aan
srv-wave-over = Er is een latere ronde van deze enquête naar u verstuurd; antwoord via de link in die uitnodiging.
srv-closed-follow-up = Gesloten: geen enkele link neemt antwoorden aan. Een vervolgronde opent de enquête weer voor de eigen links.
srv-move-up = Omhoog
srv-move-down = Omlaag
srv-move-up-label = Vraag { $number } omhoog verplaatsen
srv-move-down-label = Vraag { $number } omlaag verplaatsen
