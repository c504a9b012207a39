# Surveys: the list, the questionnaire, sending, answering and results.
srv-surveys = Spørreundersøkelser
srv-new-survey = Ny spørreundersøkelse
srv-list-intro = Spørreskjemaer organisasjonen sender til SMB-er og partnerorganisasjoner med personlige lenker: det trengs ingen konto for å svare.
srv-no-survey = Ingen spørreundersøkelse ennå. Start fra en av de to malene eller fra bunnen av.
srv-survey = Spørreundersøkelse
srv-organisation = Organisasjon
srv-status = Status
srv-anonymous = Anonym
srv-created = Opprettet
srv-yes = ja
srv-no = nei
srv-please-correct = Rett feltene som er merket nedenfor.
srv-running-organisation = Organisasjon som gjennomfører undersøkelsen
srv-choose = Velg
srv-start-from = Start fra
srv-empty-questionnaire = Et tomt spørreskjema
srv-title = Tittel
srv-title-hint = La stå tomt for å bruke malens tittel
srv-introduction = Innledning
srv-introduction-hint = Vises over spørsmålene; la stå tomt for å bruke malens
srv-anonymous-option = Anonym: svar lagres uten noen kobling til mottakeren
srv-create = Opprett spørreundersøkelse
srv-cancel = Avbryt
srv-links-heading = Runde { $wave }: personlige lenker
srv-links-alert = Kopier disse lenkene nå: Landfall lagrer bare et fingeravtrykk av hver, så de kan ikke vises igjen. Hver lenke tar imot ett svar.
srv-recipient = Mottaker
srv-link = Lenke
srv-links-csv-hint = For å få dem som en CSV-fil til fletting, bruk «Send og last ned lenkene (CSV)» når du sender.
srv-section = Del
srv-section-hint = Spørsmål med samme deltittel vises sammen
srv-question = Spørsmål
srv-help-text = Hjelpetekst
srv-kind = Type
srv-answer-required = Svar er påkrevd
srv-options = Alternativer (valg- og rangeringsspørsmål)
srv-options-hint = Ett alternativ per linje
srv-max-choices = Høyst så mange (flervalg, rangering)
srv-max-choices-hint = f.eks. 3 for «velg opptil tre»
srv-min-value = Minste tillatte tall
srv-max-value = Største tillatte tall
srv-save-question = Lagre spørsmålet

## Labels of statuses, question kinds, breakdowns, templates and the agreement scale
srv-status-draft = Utkast
srv-status-open = Åpen
srv-status-closed = Lukket
srv-kind-single-choice = Ett valg
srv-kind-multiple-choice = Flere valg
srv-kind-ranking = Rangering
srv-kind-likert = Enighetsskala (1–5)
srv-kind-number = Tall
srv-kind-free-text = Fritekst
srv-by-country = Land
srv-by-home-organisation = Hjemorganisasjon
srv-by-sector = Bransje (NACE-næring)
srv-by-size-class = Størrelsesklasse
srv-template-sme-feedback = SMB-tilbakemelding på støtte til internasjonalisering
srv-template-cluster-readiness = Klyngemodenhet og validering
srv-likert-1 = Helt uenig
srv-likert-2 = Uenig
srv-likert-3 = Verken enig eller uenig
srv-likert-4 = Enig
srv-likert-5 = Helt enig

## The survey page: questionnaire, sending, waves, reminders
srv-edit-question = Rediger spørsmål
srv-new-question = Nytt spørsmål
srv-personal-links = Personlige lenker
srv-results = Resultater
srv-anonymous-word = anonym
srv-anonymous-stored = svar lagres uten noen kobling til mottakeren
srv-questionnaire-heading = { $count ->
    [one] Spørreskjema (1 spørsmål)
   *[other] Spørreskjema ({ $count } spørsmål)
}
srv-add-question = Legg til et spørsmål
srv-questions-fixed = Spørsmålene ligger fast nå som undersøkelsen er sendt: svarene må beholde spørsmålene sine.
srv-required = (må besvares)
srv-at-most = høyst { $count }
srv-edit = Rediger
srv-remove = Fjern
srv-sending = Utsending
srv-sending-intro = Hver mottaker får en personlig lenke. Alt du krysser av, legges sammen; ingen blir invitert to ganger.
srv-programme-participants = Deltakere i et program
srv-none = Ingen
srv-own-smes = Alle SMB-er med { $organisation } som hjem
srv-organisations-of-kind = Alle organisasjoner av en type
srv-particular-smes = Bestemte SMB-er
srv-particular-organisations = Bestemte organisasjoner
srv-pick-several = Hold Ctrl (⌘ på Mac) nede for å velge flere.
srv-send-first-wave = Send runde 1 og vis lenkene
srv-send-download = Send og last ned lenkene (CSV)
srv-wave = Runde
srv-started = Startet
srv-invited = Invitert
srv-responded = Svart
srv-response-rate = Svarprosent
srv-reminded = Påminnet
srv-wave-number = Runde { $number }
srv-started-by = av { $name }
srv-send-reminders = Send påminnelser
srv-reminders-note = Påminnelser går til hver ubesvarte invitasjon i runden — i Landfall og, for dem som har valgt det, på e-post — hver med sin egen personlige lenke (den første lenken virker fortsatt). Tidspunktet registreres, slik at du ser nedenfor hvem som ble påminnet når.
srv-start-follow-up = Start en oppfølgingsrunde
srv-start-follow-up-csv = Start den og last ned lenkene (CSV)
srv-follow-up-note = En oppfølgingsrunde inviterer nøyaktig mottakerne fra runde 1 på nytt (panelet).
srv-follow-up-anonymous = Fordi undersøkelsen er anonym, ser ikke respondentene sine tidligere svar.
srv-follow-up-earlier = Hver respondent ser svarene sine fra forrige runde.
srv-close = Lukk undersøkelsen
srv-invitations-heading = Invitasjoner i siste runde
srv-country = Land
srv-answered = Besvart
srv-answered-at = ja, { $when }
srv-answered-yes = ja
srv-not-yet = ikke ennå
srv-anonymous-invitations = Anonym undersøkelse: listen viser hvem som har brukt lenken sin, aldri hvilke svar som er deres.

## The answer page behind a personal link
srv-for = Til { $recipient }
srv-follow-up-wave = oppfølgingsrunde { $wave }
srv-answer-anonymous = anonym: svarene dine lagres uten navnet ditt
srv-thanks = Takk: svarene dine er registrert. Lenken tar imot ett svar, så den kan ikke brukes igjen.
srv-closed = Denne undersøkelsen tar ikke lenger imot svar.
srv-unsent-heading = Det du skrev (ikke lagret)
srv-unsent-text = Svarene dine kunne ikke lagres. Her er de, så du kan ta vare på en kopi.
srv-earlier-wave = Under hvert spørsmål ser du hva du svarte i runde { $wave }.
srv-earlier-withheld = Undersøkelsen er anonym, så svarene dine fra den tidligere runden kan ikke vises: de ble aldri knyttet til deg.
srv-answer-errors = Svar på spørsmålene som er merket nedenfor.
srv-ranking-hint = Gi alternativene du rangerer en plass: 1 for det første, deretter 2, 3 …; la de andre stå tomme.
srv-place-of = Plass for { $option }
srv-last-time = Forrige gang svarte du: { $answer }
srv-send-answers = Send svarene mine
srv-choose-up-to = Velg opptil { $count }.
srv-err-needs-answer = dette spørsmålet må besvares
srv-err-one-answer = gi ett svar
srv-err-scale-point = velg et punkt fra 1 til 5
srv-err-text-too-long = høyst 5000 tegn
srv-err-places = gi hver plass én gang, fra 1 og uten hull
srv-err-closed = denne undersøkelsen tar ikke lenger imot svar
srv-err-answered = denne invitasjonen er allerede besvart: hver lenke tar imot ett svar
srv-err-choose-at-most = velg høyst { $number }
srv-err-rank-at-most = ranger høyst { $number }
srv-err-at-least = må være minst { $number }
srv-err-at-most = kan være høyst { $number }
srv-err-not-an-option = «{ $value }» er ikke et av alternativene
srv-err-given-twice = «{ $value }» er oppgitt to ganger
srv-err-not-a-number = «{ $value }» er ikke et heltall
srv-err-not-a-place = «{ $value }» er ikke en plass (1, 2, 3 …)

## Results
srv-results-title = Resultater: { $title }
srv-split-by = Del opp etter
srv-split-nothing = Ingenting (alle respondenter)
srv-show = Vis
srv-results-anonymous = Undersøkelsen er anonym: ingen navn vises, og resultatene kan bare deles opp etter land, fordi en finere oppdeling (én hjemorganisasjon, én bransje) kunne peke ut en enkelt bedrift.
srv-results-too-few = Svarene i en anonym undersøkelse vises når minst { $min } personer har svart: med færre ville listen over hvem som har svart, avsløre hvem svarene er fra.
srv-results-groups = Gruppene er respondentenes land, hjemorganisasjon, NACE-næring og størrelsesklasse slik de var da de ble invitert.
# $responded, $invited and $percent come with their bold markup.
srv-rate = { $responded } av { $invited } inviterte har svart: { $percent }.
srv-all-respondents = Alle respondenter
srv-group-unknown = Ukjent
srv-group-other-countries = Andre land (for få svar fra hvert til å nevne dem)
srv-group-respondents = { $count ->
    [one] (1 respondent)
   *[other] ({ $count } respondenter)
}
srv-answered-by = besvart av { $count }
srv-ranking-table = rangeringstabell:
srv-col-rank = Plassering
srv-col-option = Alternativ
srv-col-respondents = Respondenter
srv-col-percent-respondents = % av respondentene
srv-col-ranked-by = Rangert av
srv-col-mean-place = Gjennomsnittlig plass
srv-col-first-percent = % som rangerer det først
srv-col-point = Punkt
srv-col-mean = Gjennomsnitt
srv-col-median = Median
srv-col-minimum = Minimum
srv-col-maximum = Maksimum
srv-ranking-note = Sortert etter gjennomsnittlig plass (1 er best); stolpene teller respondentene som rangerte alternativet.
srv-mean-note = Gjennomsnitt: { $mean }
srv-answers = Svar
srv-download = Last ned:
srv-no-response = Ingen svar ennå.
srv-col-response = Svar
srv-col-respondent = Respondent
srv-col-home-organisation = Hjemorganisasjon
srv-col-sector = Bransje
srv-col-size-class = Størrelsesklasse
srv-col-submitted-on = Sendt inn

## Refusals shown on the survey page and the question form
srv-err-survey-closed = undersøkelsen er lukket
srv-err-no-question = legg til minst ett spørsmål før du sender
srv-err-not-open = undersøkelsen er ikke åpen
srv-err-frozen = spørsmålene kan bare endres mens undersøkelsen er et utkast (svarene må beholde spørsmålene sine)
srv-err-changed-meanwhile = undersøkelsen ble sendt eller lukket i mellomtiden; last den inn på nytt og prøv igjen
srv-err-no-recipients = velg hvem undersøkelsen skal sendes til
srv-err-panel = en oppfølgingsrunde går til de samme mottakerne som runde 1 (panelet); la valget stå tomt
srv-err-reminders-closed = påminnelser sendes bare mens undersøkelsen er åpen
srv-err-no-organisation-of-kind = ingen organisasjon av denne typen
srv-err-two-options = oppgi minst to alternativer, ett per linje
srv-err-no-options = bare valg- og rangeringsspørsmål har alternativer
srv-err-no-limit = bare spørsmål med flere valg og rangering har en grense
srv-err-below-minimum = kan ikke være under minimum
srv-err-choose-kind = velg en spørsmålstype
# $status is the status word: draft, open or closed.
srv-err-close-not-open = bare en åpen undersøkelse kan lukkes (denne er { $status ->
    [draft] et utkast
    [closed] lukket
   *[other] åpen
})
srv-err-max-choices = må være mellom 1 og antallet alternativer ({ $number })
srv-err-option-too-long = «{ $value }» er lengre enn 200 tegn
srv-err-listed-twice = «{ $value }» står to ganger

## Refusals of surveys, recipients and waves
srv-err-at-most-options = høyst { $max } svaralternativer
srv-err-no-range = bare tallspørsmål har et minimum og et maksimum
srv-err-at-most-questions = høyst { $max } spørsmål
srv-err-no-such-organisation = organisasjonen finnes ikke
srv-err-choose-organisation = velg organisasjonen som står for undersøkelsen
srv-err-template-or-questions = oppgi enten en mal eller spørsmål, ikke begge deler
srv-err-anonymity-fixed = anonymitet avgjøres før undersøkelsen sendes ut
srv-err-no-participants = dette programmet har ingen deltakere som organisasjonen din følger
srv-err-no-own-smes = organisasjonen din har ennå ingen SMB-er
srv-err-sme-not-yours = SMB #{ $id } hører verken til organisasjonen din eller er en deltaker den følger
srv-err-no-organisation-id = ingen organisasjon #{ $id }
srv-err-no-sme-id = ingen SMB #{ $id }
srv-err-anonymous-split = resultatene av en anonym undersøkelse deles bare opp etter land
srv-err-wave-started = denne runden ble startet av noen andre for et øyeblikk siden
srv-err-already-invited = { $name } er allerede invitert i denne runden
srv-edit-title = Rediger «{ $title }»
srv-edit-survey = Rediger tittel og innledning
srv-save-survey = Lagre undersøkelsen
srv-anonymous-fixed-yes = Anonym: svarene lagres uten noen kobling til mottakeren. Dette ble avgjort da den første runden ble sendt.
srv-anonymous-fixed-no = Ikke anonym: svarene er knyttet til mottakerne sine. Dette ble avgjort da den første runden ble sendt.
srv-err-wave-over = en senere runde av denne undersøkelsen er sendt: bare lenkene i den tar imot svar
srv-wave-over = En senere runde av denne undersøkelsen er sendt til deg; svar med lenken i den invitasjonen.
srv-closed-follow-up = Lukket: ingen lenker tar imot svar. En oppfølgingsrunde åpner undersøkelsen igjen for sine egne lenker.
srv-move-up = Flytt opp
srv-move-down = Flytt ned
srv-move-up-label = Flytt spørsmål { $number } opp
srv-move-down-label = Flytt spørsmål { $number } ned
