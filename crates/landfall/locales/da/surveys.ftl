# Surveys: the list, the questionnaire, sending, answering and results.
srv-surveys = Spørgeskemaer
srv-new-survey = Nyt spørgeskema
srv-list-intro = Spørgeskemaer, som din organisation sender til SMV'er og partnerorganisationer med personlige links: der kræves ingen konto for at svare.
srv-no-survey = Intet spørgeskema endnu. Start fra en af de to skabeloner eller fra bunden.
srv-survey = Spørgeskema
srv-organisation = Organisation
srv-status = Status
srv-anonymous = Anonymt
srv-created = Oprettet
srv-yes = ja
srv-no = nej
srv-please-correct = Ret venligst felterne markeret nedenfor.
srv-running-organisation = Organisation, der står for spørgeskemaet
srv-choose = Vælg
srv-start-from = Start fra
srv-empty-questionnaire = Et tomt spørgeskema
srv-title = Titel
srv-title-hint = Lad stå tomt for at bruge skabelonens titel
srv-introduction = Indledning
srv-introduction-hint = Vises over spørgsmålene; lad stå tomt for at bruge skabelonens
srv-anonymous-option = Anonymt: svar gemmes uden nogen forbindelse til modtageren
srv-create = Opret spørgeskema
srv-cancel = Annuller
srv-links-heading = Runde { $wave }: personlige links
srv-links-alert = Kopiér disse links nu: Landfall gemmer kun et fingeraftryk af hvert, så de kan ikke vises igen. Hvert link tager imod ét svar.
srv-recipient = Modtager
srv-link = Link
srv-links-csv-hint = Brug “Send og hent linkene (CSV)”, når du sender, for at få dem som en CSV-fil til brevfletning.
srv-section = Afsnit
srv-section-hint = Spørgsmål med samme afsnitstitel vises samlet
srv-question = Spørgsmål
srv-help-text = Hjælpetekst
srv-kind = Type
srv-answer-required = Et svar er påkrævet
srv-options = Svarmuligheder (valg- og rangordningsspørgsmål)
srv-options-hint = Én svarmulighed pr. linje
srv-max-choices = Højst så mange (flere valg, rangordning)
srv-max-choices-hint = f.eks. 3 for “vælg op til tre”
srv-min-value = Mindste tilladte tal
srv-max-value = Største tilladte tal
srv-save-question = Gem spørgsmålet

## Labels of statuses, question kinds, breakdowns, templates and the agreement scale
srv-status-draft = Kladde
srv-status-open = Åben
srv-status-closed = Lukket
srv-kind-single-choice = Ét valg
srv-kind-multiple-choice = Flere valg
srv-kind-ranking = Rangordning
srv-kind-likert = Enighedsskala (1-5)
srv-kind-number = Tal
srv-kind-free-text = Fritekst
srv-by-country = Land
srv-by-home-organisation = Hjemorganisation
srv-by-sector = Branche (NACE-sektion)
srv-by-size-class = Størrelsesklasse
srv-template-sme-feedback = SMV-feedback på støtte til internationalisering
srv-template-cluster-readiness = Klyngeparathed og validering
srv-likert-1 = Helt uenig
srv-likert-2 = Uenig
srv-likert-3 = Hverken enig eller uenig
srv-likert-4 = Enig
srv-likert-5 = Helt enig

## The survey page: questionnaire, sending, waves, reminders
srv-edit-question = Rediger spørgsmål
srv-new-question = Nyt spørgsmål
srv-personal-links = Personlige links
srv-results = Resultater
srv-anonymous-word = anonymt
srv-anonymous-stored = svar gemmes uden nogen forbindelse til modtageren
srv-questionnaire-heading = { $count ->
    [one] Spørgeskema (1 spørgsmål)
   *[other] Spørgeskema ({ $count } spørgsmål)
}
srv-add-question = Tilføj et spørgsmål
srv-questions-fixed = Spørgsmålene ligger fast, nu hvor spørgeskemaet er sendt: svarene skal beholde deres spørgsmål.
srv-required = (skal besvares)
srv-at-most = højst { $count }
srv-edit = Rediger
srv-remove = Fjern
srv-sending = Udsendelse
srv-sending-intro = Hver modtager får et personligt link. Alt, hvad du krydser af, lægges sammen; ingen inviteres to gange.
srv-programme-participants = Deltagere i et program
srv-none = Ingen
srv-own-smes = Alle SMV'er med { $organisation } som hjem
srv-organisations-of-kind = Alle organisationer af en type
srv-particular-smes = Bestemte SMV'er
srv-particular-organisations = Bestemte organisationer
srv-pick-several = Hold Ctrl (⌘ på en Mac) nede for at vælge flere.
srv-send-first-wave = Send runde 1 og vis linkene
srv-send-download = Send og hent linkene (CSV)
srv-wave = Runde
srv-started = Startet
srv-invited = Inviteret
srv-responded = Svaret
srv-response-rate = Svarprocent
srv-reminded = Påmindet
srv-wave-number = Runde { $number }
srv-started-by = af { $name }
srv-send-reminders = Send påmindelser
srv-reminders-note = Påmindelser går til hver ubesvaret invitation i runden — i Landfall og, for dem der har valgt det, via e-mail — hver med sit eget personlige link (det første link virker stadig). Tidspunktet registreres, så du nedenfor kan se, hvem der blev påmindet hvornår.
srv-start-follow-up = Start en opfølgningsrunde
srv-start-follow-up-csv = Start den og hent linkene (CSV)
srv-follow-up-note = En opfølgningsrunde inviterer præcis modtagerne fra runde 1 igen (panelet).
srv-follow-up-anonymous = Da spørgeskemaet er anonymt, ser respondenterne ikke deres tidligere svar.
srv-follow-up-earlier = Hver respondent ser sine svar fra den forrige runde.
srv-close = Luk spørgeskemaet
srv-invitations-heading = Invitationer i den seneste runde
srv-country = Land
srv-answered = Besvaret
srv-answered-at = ja, { $when }
srv-answered-yes = ja
srv-not-yet = endnu ikke
srv-anonymous-invitations = Anonymt spørgeskema: listen viser, hvem der har brugt sit link, aldrig hvilke svar der er deres.

## The answer page behind a personal link
srv-for = Til { $recipient }
srv-follow-up-wave = opfølgningsrunde { $wave }
srv-answer-anonymous = anonymt: dine svar gemmes uden dit navn
srv-thanks = Tak: dine svar er registreret. Linket tager imod ét svar, så det kan ikke bruges igen.
srv-closed = Dette spørgeskema tager ikke længere imod svar.
srv-unsent-heading = Det, du skrev (ikke gemt)
srv-unsent-text = Dine svar kunne ikke gemmes. Her er de, så du kan beholde en kopi.
srv-earlier-wave = Under hvert spørgsmål ser du, hvad du svarede i runde { $wave }.
srv-earlier-withheld = Spørgeskemaet er anonymt, så dine svar fra den tidligere runde kan ikke vises: de blev aldrig knyttet til dig.
srv-answer-errors = Besvar venligst de spørgsmål, der er markeret nedenfor.
srv-ranking-hint = Giv de muligheder, du rangordner, en plads: 1 for den første, derefter 2, 3 …; lad de øvrige stå tomme.
srv-place-of = Plads for { $option }
srv-last-time = Sidste gang svarede du: { $answer }
srv-send-answers = Send mine svar
srv-choose-up-to = Vælg op til { $count }.
srv-err-needs-answer = dette spørgsmål skal besvares
srv-err-one-answer = giv ét svar
srv-err-scale-point = vælg et punkt fra 1 til 5
srv-err-text-too-long = højst 5000 tegn
srv-err-places = giv hver plads én gang, startende ved 1 og uden huller
srv-err-closed = dette spørgeskema tager ikke længere imod svar
srv-err-answered = denne invitation er allerede besvaret: hvert link tager imod ét svar
srv-err-choose-at-most = vælg højst { $number }
srv-err-rank-at-most = rangordn højst { $number }
srv-err-at-least = skal være mindst { $number }
srv-err-at-most = må højst være { $number }
srv-err-not-an-option = “{ $value }” er ikke en af mulighederne
srv-err-given-twice = “{ $value }” er angivet to gange
srv-err-not-a-number = “{ $value }” er ikke et helt tal
srv-err-not-a-place = “{ $value }” er ikke en plads (1, 2, 3 …)

## Results
srv-results-title = Resultater: { $title }
srv-split-by = Opdel efter
srv-split-nothing = Intet (alle respondenter)
srv-show = Vis
srv-results-anonymous = Spørgeskemaet er anonymt: der vises ingen navne, og resultaterne kan kun opdeles efter land, fordi en finere opdeling (én hjemorganisation, én branche) kunne pege på en enkelt virksomhed.
srv-results-too-few = Svarene i en anonym undersøgelse vises, når mindst { $min } personer har svaret: med færre ville listen over, hvem der har svaret, afsløre, hvis svar det er.
srv-results-groups = Grupperne er respondenternes land, hjemorganisation, NACE-sektion og størrelsesklasse, som de var ved invitationen.
# $responded, $invited and $percent come with their bold markup.
srv-rate = { $responded } af { $invited } inviterede har svaret: { $percent }.
srv-all-respondents = Alle respondenter
srv-group-unknown = Ukendt
srv-group-other-countries = Andre lande (for få svar fra hvert til at nævne dem)
srv-group-respondents = { $count ->
    [one] (1 respondent)
   *[other] ({ $count } respondenter)
}
srv-answered-by = besvaret af { $count }
srv-ranking-table = rangtabel:
srv-col-rank = Placering
srv-col-option = Mulighed
srv-col-respondents = Respondenter
srv-col-percent-respondents = % af respondenterne
srv-col-ranked-by = Rangordnet af
srv-col-mean-place = Gennemsnitlig plads
srv-col-first-percent = % med den som nr. 1
srv-col-point = Punkt
srv-col-mean = Gennemsnit
srv-col-median = Median
srv-col-minimum = Minimum
srv-col-maximum = Maksimum
srv-ranking-note = Sorteret efter gennemsnitlig plads (1 er bedst); søjlerne tæller de respondenter, der har rangordnet muligheden.
srv-mean-note = Gennemsnit: { $mean }
srv-answers = Svar
srv-download = Hent:
srv-no-response = Ingen svar endnu.
srv-col-response = Svar
srv-col-respondent = Respondent
srv-col-home-organisation = Hjemorganisation
srv-col-sector = Branche
srv-col-size-class = Størrelsesklasse
srv-col-submitted-on = Indsendt

## Refusals shown on the survey page and the question form
srv-err-survey-closed = spørgeskemaet er lukket
srv-err-no-question = tilføj mindst ét spørgsmål, før du sender
srv-err-not-open = spørgeskemaet er ikke åbent
srv-err-frozen = spørgsmålene kan kun ændres, mens spørgeskemaet er en kladde (svarene skal beholde deres spørgsmål)
srv-err-changed-meanwhile = undersøgelsen blev sendt eller lukket imens; genindlæs den og prøv igen
srv-err-no-recipients = vælg, hvem spørgeskemaet skal sendes til
srv-err-panel = en opfølgningsrunde går til de samme modtagere som runde 1 (panelet); lad valget stå tomt
srv-err-reminders-closed = påmindelser sendes kun, mens spørgeskemaet er åbent
srv-err-no-organisation-of-kind = ingen organisation af denne type
srv-err-two-options = angiv mindst to muligheder, én pr. linje
srv-err-no-options = kun valg- og rangordningsspørgsmål har muligheder
srv-err-no-limit = kun spørgsmål med flere valg og rangordning har en grænse
srv-err-below-minimum = må ikke være under minimum
srv-err-choose-kind = vælg en spørgsmålstype
# $status is the status word: draft, open or closed.
srv-err-close-not-open = kun et åbent spørgeskema kan lukkes (dette er { $status ->
    [draft] en kladde
    [closed] lukket
   *[other] åbent
})
srv-err-max-choices = skal være mellem 1 og antallet af muligheder ({ $number })
srv-err-option-too-long = “{ $value }” er længere end 200 tegn
srv-err-listed-twice = “{ $value }” står der to gange

## Refusals of surveys, recipients and waves
srv-err-at-most-options = højst { $max } svarmuligheder
srv-err-no-range = kun talspørgsmål har et minimum og et maksimum
srv-err-at-most-questions = højst { $max } spørgsmål
srv-err-no-such-organisation = organisationen findes ikke
srv-err-choose-organisation = vælg den organisation, der står for undersøgelsen
srv-err-template-or-questions = angiv enten en skabelon eller spørgsmål, ikke begge dele
srv-err-anonymity-fixed = anonymitet afgøres, før undersøgelsen sendes ud
srv-err-no-participants = dette program har ingen deltagere, som din organisation følger
srv-err-no-own-smes = din organisation har endnu ingen SMV'er
srv-err-sme-not-yours = SMV #{ $id } hører hverken til din organisation eller er en deltager, den følger
srv-err-no-organisation-id = ingen organisation #{ $id }
srv-err-no-sme-id = ingen SMV #{ $id }
srv-err-anonymous-split = resultaterne af en anonym undersøgelse opdeles kun efter land
srv-err-wave-started = denne runde blev startet af en anden for et øjeblik siden
srv-err-already-invited = { $name } er allerede inviteret i denne runde
srv-edit-title = Redigér “{ $title }”
srv-edit-survey = Redigér titel og introduktion
srv-save-survey = Gem undersøgelsen
srv-anonymous-fixed-yes = Anonym: svarene gemmes uden nogen forbindelse til modtageren. Det blev afgjort, da den første runde blev sendt.
srv-anonymous-fixed-no = Ikke anonym: svarene er knyttet til deres modtagere. Det blev afgjort, da den første runde blev sendt.
srv-err-wave-over = en senere runde af denne undersøgelse er sendt: kun dens links tager imod svar
srv-wave-over = En senere runde af denne undersøgelse er sendt til dig; svar venligst via linket i den invitation.
srv-closed-follow-up = Lukket: ingen links tager imod svar. En opfølgende runde åbner undersøgelsen igen for sine egne links.
srv-move-up = Flyt op
srv-move-down = Flyt ned
srv-move-up-label = Flyt spørgsmål { $number } op
srv-move-down-label = Flyt spørgsmål { $number } ned
