# Surveys: the list, the questionnaire, sending, answering and results.
srv-surveys = Enkäter
srv-new-survey = Ny enkät
srv-list-intro = Frågeformulär som din organisation skickar till småföretag och partnerorganisationer med personliga länkar: inget konto behövs för att svara.
srv-no-survey = Ingen enkät ännu. Börja från någon av de två mallarna eller från början.
srv-survey = Enkät
srv-organisation = Organisation
srv-status = Status
srv-anonymous = Anonym
srv-created = Skapad
srv-yes = ja
srv-no = nej
srv-please-correct = Rätta fälten som är markerade nedan.
srv-running-organisation = Organisation som genomför enkäten
srv-choose = Välj
srv-start-from = Utgå från
srv-empty-questionnaire = Ett tomt frågeformulär
srv-title = Titel
srv-title-hint = Lämna tomt för att använda mallens titel
srv-introduction = Inledning
srv-introduction-hint = Visas ovanför frågorna; lämna tomt för att använda mallens
srv-anonymous-option = Anonym: svaren sparas utan någon koppling till mottagaren
srv-create = Skapa enkät
srv-cancel = Avbryt
srv-links-heading = Omgång { $wave }: personliga länkar
srv-links-alert = Kopiera länkarna nu: Landfall sparar bara ett fingeravtryck av varje, så de kan inte visas igen. Varje länk tar emot ett svar.
srv-recipient = Mottagare
srv-link = Länk
srv-links-csv-hint = För att få dem som en CSV-fil för dokumentkoppling, använd ”Skicka och ladda ner länkarna (CSV)” när du skickar.
srv-section = Avsnitt
srv-section-hint = Frågor med samma avsnittsrubrik visas tillsammans
srv-question = Fråga
srv-help-text = Hjälptext
srv-kind = Typ
srv-answer-required = Ett svar krävs
srv-options = Alternativ (flervals- och rangordningsfrågor)
srv-options-hint = Ett alternativ per rad
srv-max-choices = Högst så många (flerval, rangordning)
srv-max-choices-hint = t.ex. 3 för ”välj upp till tre”
srv-min-value = Minsta tillåtna tal
srv-max-value = Största tillåtna tal
srv-save-question = Spara frågan

## Labels of statuses, question kinds, breakdowns, templates and the agreement scale
srv-status-draft = Utkast
srv-status-open = Öppen
srv-status-closed = Stängd
srv-kind-single-choice = Ett val
srv-kind-multiple-choice = Flera val
srv-kind-ranking = Rangordning
srv-kind-likert = Instämmandeskala (1–5)
srv-kind-number = Tal
srv-kind-free-text = Fritext
srv-by-country = Land
srv-by-home-organisation = Hemorganisation
srv-by-sector = Bransch (NACE-avdelning)
srv-by-size-class = Storleksklass
srv-template-sme-feedback = Småföretagens återkoppling på stödet för internationalisering
srv-template-cluster-readiness = Klustermognad och validering
srv-likert-1 = Instämmer inte alls
srv-likert-2 = Instämmer inte
srv-likert-3 = Varken eller
srv-likert-4 = Instämmer
srv-likert-5 = Instämmer helt

## The survey page: questionnaire, sending, waves, reminders
srv-edit-question = Redigera fråga
srv-new-question = Ny fråga
srv-personal-links = Personliga länkar
srv-results = Resultat
srv-anonymous-word = anonym
srv-anonymous-stored = svaren sparas utan någon koppling till mottagaren
srv-questionnaire-heading = { $count ->
    [one] Frågeformulär (1 fråga)
   *[other] Frågeformulär ({ $count } frågor)
}
srv-add-question = Lägg till en fråga
srv-questions-fixed = Frågorna är låsta nu när enkäten har skickats: svaren måste behålla sina frågor.
srv-required = (obligatorisk)
srv-at-most = högst { $count }
srv-edit = Redigera
srv-remove = Ta bort
srv-sending = Utskick
srv-sending-intro = Varje mottagare får en personlig länk. Allt du kryssar i läggs ihop; ingen bjuds in två gånger.
srv-programme-participants = Deltagare i ett program
srv-none = Inga
srv-own-smes = Alla småföretag med { $organisation } som hem
srv-organisations-of-kind = Alla organisationer av ett slag
srv-particular-smes = Vissa småföretag
srv-particular-organisations = Vissa organisationer
srv-pick-several = Håll ned Ctrl (⌘ på Mac) för att välja flera.
srv-send-first-wave = Skicka omgång 1 och visa länkarna
srv-send-download = Skicka och ladda ner länkarna (CSV)
srv-wave = Omgång
srv-started = Startad
srv-invited = Inbjudna
srv-responded = Svarat
srv-response-rate = Svarsfrekvens
srv-reminded = Påminda
srv-wave-number = Omgång { $number }
srv-started-by = av { $name }
srv-send-reminders = Skicka påminnelser
srv-reminders-note = Påminnelser går till varje obesvarad inbjudan i omgången — i Landfall och, för dem som valt det, via e-post — var och en med en egen personlig länk (den första länken fungerar fortfarande). Tiden registreras, så att du nedan ser vem som påmindes när.
srv-start-follow-up = Starta en uppföljningsomgång
srv-start-follow-up-csv = Starta den och ladda ner länkarna (CSV)
srv-follow-up-note = En uppföljningsomgång bjuder in exakt mottagarna från omgång 1 igen (panelen).
srv-follow-up-anonymous = Eftersom enkäten är anonym ser de svarande inte sina tidigare svar.
srv-follow-up-earlier = Varje svarande ser sina svar från föregående omgång.
srv-close = Stäng enkäten
srv-invitations-heading = Inbjudningar i den senaste omgången
srv-country = Land
srv-answered = Besvarad
srv-answered-at = ja, { $when }
srv-answered-yes = ja
srv-not-yet = inte än
srv-anonymous-invitations = Anonym enkät: listan visar vem som har använt sin länk, aldrig vilka svar som är deras.

## The answer page behind a personal link
srv-for = Till { $recipient }
srv-follow-up-wave = uppföljningsomgång { $wave }
srv-answer-anonymous = anonym: dina svar sparas utan ditt namn
srv-thanks = Tack: dina svar har registrerats. Länken tar emot ett svar, så den kan inte användas igen.
srv-closed = Den här enkäten tar inte längre emot svar.
srv-unsent-heading = Det du skrev (inte sparat)
srv-unsent-text = Dina svar kunde inte sparas. Här är de, så att du kan spara en kopia.
srv-earlier-wave = Under varje fråga ser du vad du svarade i omgång { $wave }.
srv-earlier-withheld = Enkäten är anonym, så dina svar från den tidigare omgången kan inte visas: de kopplades aldrig till dig.
srv-answer-errors = Besvara frågorna som är markerade nedan.
srv-ranking-hint = Ge de alternativ du rangordnar en plats: 1 för det första, sedan 2, 3 …; lämna de övriga tomma.
srv-place-of = Plats för { $option }
srv-last-time = Förra gången svarade du: { $answer }
srv-send-answers = Skicka mina svar
srv-choose-up-to = Välj upp till { $count }.
srv-err-needs-answer = den här frågan måste besvaras
srv-err-one-answer = ge ett svar
srv-err-scale-point = välj en punkt från 1 till 5
srv-err-text-too-long = högst 5000 tecken
srv-err-places = ge varje plats en gång, med början på 1 och utan luckor
srv-err-closed = den här enkäten tar inte längre emot svar
srv-err-answered = den här inbjudan har redan besvarats: varje länk tar emot ett svar
srv-err-choose-at-most = välj högst { $number }
srv-err-rank-at-most = rangordna högst { $number }
srv-err-at-least = måste vara minst { $number }
srv-err-at-most = får vara högst { $number }
srv-err-not-an-option = ”{ $value }” är inte ett av alternativen
srv-err-given-twice = ”{ $value }” har angetts två gånger
srv-err-not-a-number = ”{ $value }” är inte ett heltal
srv-err-not-a-place = ”{ $value }” är inte en plats (1, 2, 3 …)

## Results
srv-results-title = Resultat: { $title }
srv-split-by = Dela upp efter
srv-split-nothing = Ingenting (alla svarande)
srv-show = Visa
srv-results-anonymous = Enkäten är anonym: inga namn visas, och resultaten kan bara delas upp efter land, eftersom en finare uppdelning (en hemorganisation, en bransch) skulle kunna peka ut ett enskilt företag.
srv-results-too-few = Svaren i en anonym enkät visas när minst { $min } personer har svarat: med färre skulle listan över vilka som svarat avslöja vems svaren är.
srv-results-groups = Grupperna är de svarandes land, hemorganisation, NACE-avdelning och storleksklass som de var vid inbjudan.
# $responded, $invited and $percent come with their bold markup.
srv-rate = { $responded } av { $invited } inbjudna har svarat: { $percent }.
srv-all-respondents = Alla svarande
srv-group-unknown = Okänt
srv-group-other-countries = Andra länder (för få svar från vart och ett för att nämna dem)
srv-group-respondents = { $count ->
    [one] (1 svarande)
   *[other] ({ $count } svarande)
}
srv-answered-by = besvarad av { $count }
srv-ranking-table = rangordningstabell:
srv-col-rank = Placering
srv-col-option = Alternativ
srv-col-respondents = Svarande
srv-col-percent-respondents = % av de svarande
srv-col-ranked-by = Rangordnat av
srv-col-mean-place = Genomsnittlig plats
srv-col-first-percent = % som satte det först
srv-col-point = Punkt
srv-col-mean = Medelvärde
srv-col-median = Median
srv-col-minimum = Minimum
srv-col-maximum = Maximum
srv-ranking-note = Ordnat efter genomsnittlig plats (1 är bäst); staplarna räknar de svarande som rangordnade alternativet.
srv-mean-note = Medelvärde: { $mean }
srv-answers = Svar
srv-download = Ladda ner:
srv-no-response = Inga svar än.
srv-col-response = Svar
srv-col-respondent = Svarande
srv-col-home-organisation = Hemorganisation
srv-col-sector = Bransch
srv-col-size-class = Storleksklass
srv-col-submitted-on = Inskickat

## Refusals shown on the survey page and the question form
srv-err-survey-closed = enkäten är stängd
srv-err-no-question = lägg till minst en fråga innan du skickar
srv-err-not-open = enkäten är inte öppen
srv-err-frozen = frågorna kan bara ändras medan enkäten är ett utkast (svaren måste behålla sina frågor)
srv-err-changed-meanwhile = enkäten skickades eller stängdes under tiden; ladda om den och försök igen
srv-err-no-recipients = välj vilka enkäten ska skickas till
srv-err-panel = en uppföljningsomgång går till samma mottagare som omgång 1 (panelen); lämna valet tomt
srv-err-reminders-closed = påminnelser skickas bara medan enkäten är öppen
srv-err-no-organisation-of-kind = ingen organisation av det här slaget
srv-err-two-options = ange minst två alternativ, ett per rad
srv-err-no-options = bara val- och rangordningsfrågor har alternativ
srv-err-no-limit = bara frågor med flera val och rangordning har en gräns
srv-err-below-minimum = får inte vara under minimum
srv-err-choose-kind = välj en frågetyp
# $status is the status word: draft, open or closed.
srv-err-close-not-open = bara en öppen enkät kan stängas (den här är { $status ->
    [draft] ett utkast
    [closed] stängd
   *[other] öppen
})
srv-err-max-choices = måste vara mellan 1 och antalet alternativ ({ $number })
srv-err-option-too-long = ”{ $value }” är längre än 200 tecken
srv-err-listed-twice = ”{ $value }” står två gånger

## Refusals of surveys, recipients and waves
srv-err-at-most-options = högst { $max } svarsalternativ
srv-err-no-range = bara sifferfrågor har ett minimum och ett maximum
srv-err-at-most-questions = högst { $max } frågor
srv-err-no-such-organisation = organisationen finns inte
srv-err-choose-organisation = välj den organisation som genomför undersökningen
srv-err-template-or-questions = ange antingen en mall eller frågor, inte båda
srv-err-anonymity-fixed = anonymitet bestäms innan undersökningen skickas ut
srv-err-no-participants = det här programmet har inga deltagare som din organisation följer
srv-err-no-own-smes = din organisation har ännu inga små och medelstora företag
srv-err-sme-not-yours = företag #{ $id } hör varken till din organisation eller är en deltagare den följer
srv-err-no-organisation-id = ingen organisation #{ $id }
srv-err-no-sme-id = inget företag #{ $id }
srv-err-anonymous-split = resultaten av en anonym undersökning delas bara upp efter land
srv-err-wave-started = den här omgången startades av någon annan för ett ögonblick sedan
srv-err-already-invited = { $name } är redan inbjuden i den här omgången
srv-edit-title = Redigera ”{ $title }”
srv-edit-survey = Redigera titel och inledning
srv-save-survey = Spara enkäten
srv-anonymous-fixed-yes = Anonym: svaren sparas utan någon koppling till mottagaren. Det avgjordes när den första omgången skickades.
srv-anonymous-fixed-no = Inte anonym: svaren är kopplade till sina mottagare. Det avgjordes när den första omgången skickades.
srv-err-wave-over = en senare omgång av enkäten har skickats: bara dess länkar tar emot svar
srv-wave-over = En senare omgång av enkäten har skickats till dig; svara med länken i den inbjudan.
srv-closed-follow-up = Stängd: inga länkar tar emot svar. En uppföljande omgång öppnar enkäten igen för sina egna länkar.
srv-move-up = Flytta upp
srv-move-down = Flytta ned
srv-move-up-label = Flytta fråga { $number } uppåt
srv-move-down-label = Flytta fråga { $number } nedåt
