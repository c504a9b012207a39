# Felles utlysninger: utlysninger, søknader, vurderinger, vedtak, vedtaksbrev, statistikk.

## Betegnelser
calls-phase-draft = Utkast (ikke publisert)
calls-phase-upcoming = Åpner snart
calls-phase-open = Åpen for søknader
calls-phase-closed = Stengt
calls-status-draft = Utkast
calls-status-submitted = Sendt inn
calls-status-withdrawn = Trukket tilbake
calls-review-status-draft = Utkast
calls-review-status-submitted = Sendt inn
calls-decision-approved = Innvilget
calls-decision-approved-with-conditions = Innvilget med vilkår
calls-decision-rejected = Avslått
calls-outcome-pending = Venter på vedtak
calls-outcome-approved = Innvilget
calls-outcome-partly-approved = Delvis innvilget
calls-outcome-rejected = Avslått
calls-mixed = Blandet

## Listen over utlysninger
calls-joint-calls = Felles utlysninger
calls-statistics = Statistikk
calls-new-call = Ny utlysning
calls-intro = Utlysninger som flere nasjonale etater finansierer sammen: konsortier av klynger fra flere land søker, bedømmere gir poeng, og hver etat fatter vedtak om partnerne den finansierer.
calls-no-call = Ingen utlysning ennå.
calls-call = Utlysning
calls-year = År
calls-phase = Fase
calls-deadline = Frist
calls-funding-partners = Finansieringspartnere
calls-budget = Budsjett
calls-applications-and-decisions = Søknader og vedtak
calls-mine = Organisasjonens søknader
calls-reference = Referanse
calls-application = Søknad
calls-status = Status
calls-lead = Hovedsøker
calls-to-review = Søknader du skal vurdere
calls-your-review = Din vurdering
calls-review-done = Sendt inn
calls-draft-continue = Utkast: fortsett
calls-start-review = Start vurderingen

## En utlysning
calls-settings = Innstillinger
calls-rubric = Vurderingsskjema
calls-call-year = utlysningsår { $year }
calls-coordinated-by = koordinert av { $name }
calls-opens = Åpner
calls-total-budget = Samlet budsjett
calls-start-application = Start en søknad
calls-start-application-hint = Organisasjonen din er hovedsøker; dere legger til partnerne, arbeidsplanen og budsjettet og sender inn før fristen.
calls-agency = Etat
calls-funds-organisations-in = Finansierer organisasjoner i
calls-funders-note = Hver etat finansierer partnerne fra sitt land og fatter selv vedtak om dem; et prosjekt gjennomføres med partnerne som etatene innvilger.
calls-rules = Regler
calls-application-form = Søknadsskjema
calls-questions-intro = I tillegg til konsortiet, arbeidsplanen og budsjettet svarer søkerne på:
calls-required-mark = (påkrevd)
calls-rubric-heading = Vurderingsskjema (versjon { $version })
calls-rubric-scale = Poeng fra { $min } til { $max }; den vektede poengsummen oppgis i prosent av den best mulige.
calls-criterion = Kriterium
calls-what-evaluators-look-at = Hva bedømmerne ser etter
calls-weight = Vekt
calls-rule-countries = Partnere fra minst { $count } land, hvorav minst én finansieres av en av utlysningens finansieringspartnere
calls-rule-grant = Et tilskudd per prosjekt mellom { $min } og { $max }
calls-rule-months = { $min } til { $max } måneder
calls-rule-smes = Minst { $count } SMB-er involvert
calls-rule-kinds = Partnere kan være: { $kinds }

## En søknad
calls-edit = Rediger
calls-review = Vurder
calls-led-by = hovedsøker { $name }
calls-deadline-at = frist { $deadline }
calls-duration = Varighet
calls-n-months =
    { $count ->
        [one] { $count } måned
       *[other] { $count } måneder
    }
calls-grant-asked-for = Omsøkt tilskudd
calls-work-plan-costs = Arbeidsplanens kostnader
calls-smes-engaged = Involverte SMB-er
calls-pre-submission-check = Kontroll før innsending
calls-meets-every-rule = Søknaden oppfyller alle utlysningens regler.
calls-before-submitted = Før den kan sendes inn:
calls-submit-application = Send inn søknaden
calls-submit-final = Innsendingen er endelig: søknaden kan da ikke lenger endres, bare trekkes tilbake.
calls-consortium = Konsortium
calls-partner = Partner
calls-country = Land
calls-kind = Type
calls-funded-by = Finansiert av
calls-smes = SMB-er
calls-lead-mark = (hovedsøker)
calls-budget-by-funder = Budsjett per finansieringspartner
calls-objectives = Mål
calls-not-written = Ikke skrevet ennå.
calls-work-plan = Arbeidsplan
calls-no-activity = Ingen aktivitet ennå.
calls-activity = Aktivitet
calls-instrument = Virkemiddel
calls-months = Måneder
calls-cost = Kostnad
calls-answers = Svar
calls-no-answer = Ikke besvart ennå.
calls-evaluation = Vurdering
calls-no-evaluator = Ingen bedømmer tildelt ennå.
calls-review-not-started = vurdering ikke påbegynt
calls-review-in-draft = vurdering i utkast
calls-review-in-submitted = vurdering sendt inn
calls-weighted-score = vektet poengsum
calls-remove-evaluator = Fjern denne bedømmeren
calls-assign-evaluator = Tildel en bedømmer
calls-choose = Velg
calls-assign = Tildel
calls-choose-evaluator = velg en bedømmer
calls-funding-decisions = Finansieringsvedtak
calls-decision = Vedtak
calls-grant = Tilskudd
calls-conditions = Vilkår
calls-decided = Vedtatt
calls-by = av { $name }
calls-decision-letters = Vedtaksbrev:
calls-decide-for = Fatt vedtak for { $name }
calls-budget-free = { $amount } av budsjettet er fortsatt ledig. Et tilskudd kan være lavere enn omsøkt, aldri høyere.
calls-asks-for = { $name } søker om { $amount }
calls-keep = Behold som det er
calls-not-yet = Ikke ennå
calls-grant-eur = Tilskudd (EUR)
calls-as-asked = som omsøkt
calls-record-decision = Registrer vedtaket
calls-withdraw = Trekk søknaden tilbake
calls-not-changed = Søknaden ble ikke endret: se meldingene nedenfor.

## Søknadsskjemaet
calls-edit-title = Rediger { $title }
calls-edit-application = Rediger søknad { $reference }
calls-edit-intro = Til { $call } · frist { $deadline }. Når du lagrer, beholdes et utkast: kontrollen på søknadens side viser hva som fortsatt mangler før du sender inn.
calls-correct-fields = Rett opp feltene som er merket nedenfor.
calls-title = Tittel
calls-acronym = Akronym
calls-summary = Sammendrag
calls-summary-hint = Noen få setninger som bedømmerne leser først
calls-objectives-hint = Hva SMB-ene har oppnådd når prosjektet avsluttes
calls-duration-months = Varighet (måneder)
calls-consortium-hint = Hovedsøkeren og partnerne. Hver partner finansieres av etaten i sitt land; en partner fra et land uten finansieringspartner deltar for egen regning. La en rad stå tom for å fjerne den; lagre for å få flere rader.
calls-partner-n = Partner { $n }
calls-agency-of-country = Etaten i partnerens land
calls-grant-asked-eur = Omsøkt tilskudd (EUR)
calls-work-plan-hint = Aktivitetene, hver bygget på et virkemiddel fra verktøykassen, med ansvarlig partner, prosjektmånedene og kostnaden. Nye partnere vises i partnerlistene etter lagring.
calls-activity-n = Aktivitet { $n }
calls-responsible-partner = Ansvarlig partner
calls-from-month = Fra måned
calls-to-month = Til måned
calls-cost-eur = Kostnad (EUR)
calls-notes = Merknader
calls-questions-of-call = Utlysningens spørsmål
calls-save-draft = Lagre utkastet
calls-cancel = Avbryt

## Vurderinger
calls-review-of = Vurdering av { $title }
calls-your-reviews = Dine vurderinger
calls-review-heading = Vurdering: { $title }
calls-reference-lower = referanse { $reference }
calls-read-application = les søknaden
calls-rubric-version-scale = vurderingsskjema versjon { $version }, poeng fra { $min } (svakest) til { $max } (sterkest)
calls-weighted-so-far = vektet poengsum så langt
calls-review-locked = Du har sendt inn denne vurderingen; den kan ikke lenger endres.
calls-rubric-changed-kept = Vurderingsskjemaet er endret til versjon { $version } siden du sist lagret dette utkastet. Poengene for kriterier med samme navn som fortsatt passer i skalaen, er beholdt: { $criteria }. Gå gjennom de øvrige.
calls-rubric-changed-none = Vurderingsskjemaet er endret til versjon { $version } siden du sist lagret dette utkastet, og ingen av poengene dine kunne beholdes: gi kriteriene poeng på nytt.
calls-score = Poeng
calls-comment = Kommentar
calls-weight-of = (vekt { $weight })
calls-score-for = Poeng for { $name }
calls-comment-on = Kommentar til { $name }
calls-overall-comment = Samlet kommentar
calls-save-as-draft = Lagre som utkast
calls-submit-review = Send inn vurderingen
calls-review-final = En innsendt vurdering er endelig og teller i rangeringen.

## Vedtaksoversikten
calls-decisions-title = Vedtak: { $title }
calls-board-intro = Innsendte søknader rangert etter den gjennomsnittlige vektede poengsummen fra deres innsendte vurderinger, med alle finansieringspartneres vedtak side om side. Hver etat fatter vedtak om partnerne den finansierer, på søknadens side.
calls-budgets = Budsjetter
calls-chart-thousand = (diagram i tusen EUR)
calls-asked-for = Omsøkt
calls-committed = Disponert
calls-free = Ledig
calls-ranking = Rangering
calls-no-submitted = Ingen søknad er sendt inn ennå.
calls-rank = Plass
calls-score-percent = Poengsum (%)
calls-reviews = Vurderinger
calls-outcome = Resultat
calls-asks = søker { $amount }
calls-board-chart = Disponert budsjett (mørk) og fortsatt ledig (lys), tusen EUR

## Vedtaksbrev
calls-letter-title = Vedtaksbrev { $reference }
calls-print-hint = bruk nettleserens utskriftsfunksjon for en ren kopi
calls-letter-to-lead = Til { $name }, hovedsøker,
calls-letter-to-partners = og partnerne i konsortiet
calls-letter-heading = Vedtak om søknad { $reference }
calls-letter-submitted-to = , sendt inn til { $call }.
calls-letter-decided = { $funder } har fattet vedtak om de partnerne i konsortiet som den finansierer:
calls-letter-conditions-for = Vilkår for { $name }:
calls-letter-approved = Tilskuddet på { $amount } utbetales etter { $funder }s egne regler for prosjektets varighet på { $months } måneder. Utlysningens andre finansieringspartnere fatter vedtak om sine egne partnere og skriver til dere separat.
calls-letter-rejected = { $funder } kan ikke finansiere denne delen av prosjektet. Utlysningens andre finansieringspartnere fatter vedtak om sine egne partnere og skriver til dere separat.
calls-letter-regards = Med vennlig hilsen

## Statistikk
calls-statistics-heading = Statistikk for felles utlysninger
calls-statistics-intro = Beregnet fra utlysningenes registreringer: finansieringspartnerne og budsjettene deres, de innsendte søknadene, finansieringspartnernes vedtak og partnerne og SMB-ene i de innvilgede prosjektene. Utkast og tilbaketrukne søknader telles ikke; en søknad regnes som innvilget når minst én av finansieringspartnerne har innvilget (alle eller noen).
calls-no-published = Ingen publisert utlysning ennå.
calls-stat-partners-countries = Finansieringspartnere / land
calls-stat-total-budget = Samlet budsjett (EUR)
calls-stat-received-approved = Søknader mottatt / innvilget
calls-stat-clusters = Klynger
calls-stat-smes = SMB-er
calls-download = Last ned:
calls-stat-partners-text =
    { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partnere
    }, { $countries } land ({ $list })
calls-stat-chart = Innvilgede (mørk) og ikke innvilgede søknader (lys) per utlysningsår

## Utlysningens innstillinger
calls-settings-of = Innstillinger for { $title }
calls-new-joint-call = Ny felles utlysning
calls-coordinating-agency = Koordinerende etat
calls-call-year-label = Utlysningsår
calls-call-year-hint = Året statistikken teller utlysningen i
calls-call-summary-hint = Hva utlysningen finansierer, og for hvem
calls-time-zone = Fristenes tidssone
calls-time-zone-hint = En IANA-sone, f.eks. Europe/Oslo
calls-opening-deadline = Åpning og frist
calls-opens-on = Åpner
calls-opening-time = Åpningstidspunkt
calls-deadline-time = Fristens klokkeslett
calls-min-countries = Land i et konsortium, minst
calls-min-grant = Minste tilskudd per prosjekt (EUR)
calls-max-grant = Største tilskudd per prosjekt (EUR)
calls-min-months = Korteste varighet (måneder)
calls-max-months = Lengste varighet (måneder)
calls-min-smes = Involverte SMB-er, minst
calls-partners-may-be = Partnere kan være
calls-funders-hint = Hver etat finansierer organisasjoner i ett land med sitt eget budsjett. La en rad stå tom for å fjerne den; lagre for å få flere rader.
calls-its-own = etatens eget
calls-budget-eur = Budsjett (EUR)
calls-questions-legend = Søknadsskjema: spørsmål
calls-questions-hint = Stilles i tillegg til konsortiet, arbeidsplanen og budsjettet. Et omformulert spørsmål beholder svarene sine.
calls-question-n = Spørsmål { $n }
calls-answer = Svar
calls-required = Påkrevd
calls-optional = Valgfritt
calls-published-check = Publisert: alle som er logget inn, ser utlysningen
calls-save-call = Lagre utlysningen

## Vurderingsskjema
calls-rubric-of = Vurderingsskjema for { $title }
calls-evaluation-rubric = Vurderingsskjema
calls-rubric-intro = Nå i versjon { $version }. Lagring lager versjon { $next }: allerede innsendte vurderinger beholder versjonen de ble skrevet etter, utkast flyttes til den nye.
calls-lowest-score = Laveste poeng
calls-highest-score = Høyeste poeng
calls-criterion-n = Kriterium { $n }
calls-name = Navn
calls-rubric-rows-hint = La et kriterium stå tomt for å fjerne det; lagre for å få flere rader.
calls-save-version = Lagre som versjon { $version }

## Checks and refusals: the application and the pre-submission check
calls-err-not-negative = kan ikke være negativ
calls-err-between = må være mellom { $min } og { $max }
calls-err-at-most-partners = høyst { $max } partnere
calls-err-no-such-organisation = organisasjonen finnes ikke
calls-err-no-such-instrument = virkemiddelet finnes ikke i verktøykassen
calls-err-in-consortium-twice = { $name } er med i konsortiet to ganger
calls-err-not-a-funder = er ikke finansieringspartner i denne utlysningen
calls-err-funder-country = { $funder } finansierer organisasjoner i { $country }, ikke i { $other }
calls-err-lead-stays = hovedsøkeren må bli i konsortiet
calls-err-at-most-activities = høyst { $max } aktiviteter
calls-err-say-partner = oppgi hvilken partner som er ansvarlig
calls-err-not-in-consortium = er ikke partner i konsortiet
calls-err-project-month = må være en prosjektmåned fra 1 til 120
calls-err-before-start-month = kan ikke være før startmåneden
calls-err-not-a-question = er ikke et spørsmål i denne utlysningen
calls-err-not-open-yet = Utlysningen åpner { $opens }; søknader kan sendes inn fra da.
calls-err-closed = Utlysningen stengte { $closes }; for sene søknader kan ikke sendes inn.
calls-missing-title = en tittel
calls-missing-summary = et sammendrag
calls-missing-objectives = målene
calls-missing-duration = varigheten
calls-missing-answer = et svar på «{ $prompt }»
calls-err-still-missing = Mangler fortsatt: { $missing }.
calls-err-min-countries = Konsortiet har partnere fra { $count } land; utlysningen krever minst { $min }.
calls-err-no-funded-partner = Ingen partner finansieres av en av utlysningens finansieringspartnere; minst én må komme fra { $countries }.
calls-err-request-without-funder = { $name } søker om { $amount }, men ingen av utlysningens finansieringspartnere finansierer organisasjoner i { $country }; den kan delta for egen regning.
calls-err-request-choose-funder = { $name } søker om { $amount }: velg hvilken finansieringspartner i { $country } som finansierer den.
calls-err-not-eligible = Kan ikke være partnere: { $partners }. Utlysningen er åpen for: { $kinds }.
calls-err-grant-range = Konsortiet søker om { $grant } totalt; et prosjekt kan få { $min } til { $max }.
calls-err-duration = Prosjektet varer i { $months } måneder; utlysningen finansierer prosjekter på { $min } til { $max } måneder.
calls-err-min-smes = Konsortiet involverer { $smes } SMB-er; utlysningen krever minst { $min }.
calls-err-work-plan-empty = Arbeidsplanen er tom: legg til aktivitetene (instrumentene) prosjektet skal gjennomføre.
calls-err-activities-late = Aktiviteter slutter etter prosjektets { $months } måneder: { $activities }.
calls-err-grant-above-cost = Tilskuddet det søkes om ({ $grant }), er større enn kostnadene i arbeidsplanen ({ $cost }).

## Checks and refusals: calls, rubrics, reviews, decisions
calls-err-approval-above-zero = en innvilgelse må være større enn null
calls-err-above-request = er mer enn partneren har søkt om ({ $amount })
calls-err-say-conditions = oppgi hvilke vilkårene er
calls-err-over-budget = Dette ville binde { $after } av et budsjett på { $budget }: { $over } for mye. { $free } er fortsatt ledig.
calls-err-budget-below-committed = innvilgede tilskudd binder allerede { $committed } av denne finansieringspartnerens budsjett: det kan ikke settes ned til { $budget }
calls-err-funder-decided = { $name } har fattet vedtak om søknader og kan ikke fjernes fra utlysningen
calls-err-funder-asked = innsendte søknader søker { $name } om midler ({ $references }): den kan ikke fjernes fra utlysningen
calls-err-funder-budget = Budsjettet til { $name } for denne utlysningen: { $message }
calls-err-must-fund = må være en finansierende etat eller en offentlig myndighet
calls-err-after-opening = må være etter åpningen
calls-err-below-smallest-grant = kan ikke være lavere enn det minste tilskuddet
calls-err-below-shortest-duration = kan ikke være kortere enn den korteste varigheten
calls-err-no-funder = oppgi minst én finansieringspartner
calls-err-at-most-funders = høyst { $max } finansieringspartnere
calls-err-cannot-fund = { $name } er verken en finansierende etat eller en offentlig myndighet
calls-err-funder-twice = { $name } er oppgitt to ganger
calls-err-at-most-questions = høyst { $max } spørsmål
calls-err-question-twice = er det samme spørsmålet som en annen rad
calls-err-review-submitted-stays = denne evaluatoren har levert en vurdering som teller i rangeringen: den kan ikke trekkes tilbake
calls-err-above-lowest-score = må være høyere enn laveste poengsum
calls-err-no-criterion = oppgi minst ett kriterium
calls-err-at-most-criteria = høyst { $max } kriterier
calls-err-named-twice = er oppgitt to ganger
calls-err-not-a-criterion = er ikke et kriterium i denne vurderingsskalaen
calls-err-score-before-submitting = gi poeng for «{ $name }» før du sender inn
calls-err-score-range = må være fra { $min } til { $max }
calls-err-explain-score = begrunn poengene for «{ $name }»
calls-err-only-draft-changes = bare et utkast kan endres; denne søknaden er sendt inn eller trukket tilbake
calls-err-changed-meanwhile = søknaden er i mellomtiden sendt inn eller trukket tilbake
calls-err-edited-meanwhile = noen andre har lagret denne søknaden i mellomtiden; se den slik den er nå, og lagre endringene dine på nytt
calls-err-already = denne søknaden er allerede { $status ->
    [withdrawn] trukket tilbake
    [draft] et utkast
   *[submitted] sendt inn
  }
calls-err-withdrawn-already = søknaden er allerede trukket tilbake
calls-err-decided-no-withdrawal = finansieringspartnere har fattet vedtak om denne søknaden: den kan ikke lenger trekkes tilbake
calls-err-only-submitted-evaluated = bare innsendte søknader blir vurdert
calls-err-not-an-evaluator = er ikke en bedømmers konto
calls-err-evaluator-conflict = interessekonflikt: { $name } jobber for { $organisation }, en partner i denne søknaden
calls-err-own-conflict = interessekonflikt: organisasjonen din er partner i denne søknaden
calls-err-review-final = denne vurderingen er sendt inn og kan ikke lenger endres
calls-err-only-submitted-decided = det fattes bare vedtak om innsendte søknader
calls-err-no-decision = fatt vedtak om minst én partner
calls-err-not-a-partner = er ikke partner i denne søknaden
