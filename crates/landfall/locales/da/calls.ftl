# Fælles opslag: opslag, ansøgninger, bedømmelser, afgørelser, afgørelsesbreve, statistik.

## Betegnelser
calls-phase-draft = Kladde (ikke offentliggjort)
calls-phase-upcoming = Åbner snart
calls-phase-open = Åben for ansøgninger
calls-phase-closed = Lukket
calls-status-draft = Kladde
calls-status-submitted = Indsendt
calls-status-withdrawn = Trukket tilbage
calls-review-status-draft = Kladde
calls-review-status-submitted = Indsendt
calls-decision-approved = Bevilget
calls-decision-approved-with-conditions = Bevilget med vilkår
calls-decision-rejected = Afslået
calls-outcome-pending = Afventer afgørelser
calls-outcome-approved = Bevilget
calls-outcome-partly-approved = Delvist bevilget
calls-outcome-rejected = Afslået
calls-mixed = Blandet

## Listen over opslag
calls-joint-calls = Fælles opslag
calls-statistics = Statistik
calls-new-call = Nyt opslag
calls-intro = Opslag, som flere nationale styrelser finansierer i fællesskab: konsortier af klynger fra flere lande søger, bedømmere giver point, og hver styrelse træffer afgørelse om de partnere, den finansierer.
calls-no-call = Endnu intet opslag.
calls-call = Opslag
calls-year = År
calls-phase = Fase
calls-deadline = Frist
calls-funding-partners = Finansieringspartnere
calls-budget = Budget
calls-applications-and-decisions = Ansøgninger og afgørelser
calls-mine = Din organisations ansøgninger
calls-reference = Referencenummer
calls-application = Ansøgning
calls-status = Status
calls-lead = Hovedansøger
calls-to-review = Ansøgninger, du skal bedømme
calls-your-review = Din bedømmelse
calls-review-done = Indsendt
calls-draft-continue = Kladde: fortsæt
calls-start-review = Begynd bedømmelsen

## Et opslag
calls-settings = Indstillinger
calls-rubric = Bedømmelsesskema
calls-call-year = opslagsår { $year }
calls-coordinated-by = koordineret af { $name }
calls-opens = Åbner
calls-total-budget = Samlet budget
calls-start-application = Begynd en ansøgning
calls-start-application-hint = Din organisation er hovedansøger; I tilføjer partnerne, arbejdsplanen og budgettet og indsender før fristen.
calls-agency = Styrelse
calls-funds-organisations-in = Finansierer organisationer i
calls-funders-note = Hver styrelse finansierer partnerne fra sit land og træffer selv afgørelse om dem; et projekt gennemføres med de partnere, som styrelserne bevilger.
calls-rules = Regler
calls-application-form = Ansøgningsskema
calls-questions-intro = Ud over konsortiet, arbejdsplanen og budgettet besvarer ansøgerne:
calls-required-mark = (påkrævet)
calls-rubric-heading = Bedømmelsesskema (version { $version })
calls-rubric-scale = Point fra { $min } til { $max }; den vægtede score angives i procent af den bedst mulige.
calls-criterion = Kriterium
calls-what-evaluators-look-at = Hvad bedømmerne ser på
calls-weight = Vægt
calls-rule-countries = Partnere fra mindst { $count } lande, hvoraf mindst én er finansieret af en af opslagets finansieringspartnere
calls-rule-grant = Et tilskud pr. projekt mellem { $min } og { $max }
calls-rule-months = { $min } til { $max } måneder
calls-rule-smes = Mindst { $count } SMV'er involveret
calls-rule-kinds = Partnere kan være: { $kinds }

## En ansøgning
calls-edit = Rediger
calls-review = Bedøm
calls-led-by = hovedansøger { $name }
calls-deadline-at = frist { $deadline }
calls-duration = Varighed
calls-n-months =
    { $count ->
        [one] { $count } måned
       *[other] { $count } måneder
    }
calls-grant-asked-for = Ansøgt tilskud
calls-work-plan-costs = Arbejdsplanens omkostninger
calls-smes-engaged = Involverede SMV'er
calls-pre-submission-check = Kontrol før indsendelse
calls-meets-every-rule = Ansøgningen opfylder alle opslagets regler.
calls-before-submitted = Før den kan indsendes:
calls-submit-application = Indsend ansøgningen
calls-submit-final = Indsendelsen er endelig: ansøgningen kan derefter ikke ændres, kun trækkes tilbage.
calls-consortium = Konsortium
calls-partner = Partner
calls-country = Land
calls-kind = Type
calls-funded-by = Finansieret af
calls-smes = SMV'er
calls-lead-mark = (hovedansøger)
calls-budget-by-funder = Budget pr. finansieringspartner
calls-objectives = Mål
calls-not-written = Endnu ikke skrevet.
calls-work-plan = Arbejdsplan
calls-no-activity = Endnu ingen aktivitet.
calls-activity = Aktivitet
calls-instrument = Instrument
calls-months = Måneder
calls-cost = Omkostning
calls-answers = Svar
calls-no-answer = Endnu intet svar.
calls-evaluation = Bedømmelse
calls-no-evaluator = Endnu ingen bedømmer tildelt.
calls-review-not-started = bedømmelse ikke påbegyndt
calls-review-in-draft = bedømmelse i kladde
calls-review-in-submitted = bedømmelse indsendt
calls-weighted-score = vægtet score
calls-remove-evaluator = Fjern denne bedømmer
calls-assign-evaluator = Tildel en bedømmer
calls-choose = Vælg
calls-assign = Tildel
calls-choose-evaluator = vælg en bedømmer
calls-funding-decisions = Bevillingsafgørelser
calls-decision = Afgørelse
calls-grant = Tilskud
calls-conditions = Vilkår
calls-decided = Afgjort
calls-by = af { $name }
calls-decision-letters = Afgørelsesbreve:
calls-decide-for = Træf afgørelse for { $name }
calls-budget-free = { $amount } af budgettet er stadig frit. Et tilskud må være lavere end ansøgt, aldrig højere.
calls-asks-for = { $name } søger om { $amount }
calls-keep = Behold som det er
calls-not-yet = Endnu ikke
calls-grant-eur = Tilskud (EUR)
calls-as-asked = som ansøgt
calls-record-decision = Registrer afgørelsen
calls-withdraw = Træk ansøgningen tilbage
calls-not-changed = Ansøgningen blev ikke ændret: se meddelelserne nedenfor.

## Ansøgningsskemaet
calls-edit-title = Rediger { $title }
calls-edit-application = Rediger ansøgning { $reference }
calls-edit-intro = Til { $call } · frist { $deadline }. Når du gemmer, bevares en kladde: kontrollen på ansøgningens side viser, hvad der stadig mangler, før du indsender.
calls-correct-fields = Ret venligst de felter, der er markeret nedenfor.
calls-title = Titel
calls-acronym = Akronym
calls-summary = Resumé
calls-summary-hint = Nogle få sætninger, som bedømmerne læser først
calls-objectives-hint = Hvad SMV'erne har opnået, når projektet slutter
calls-duration-months = Varighed (måneder)
calls-consortium-hint = Hovedansøgeren og dens partnere. Hver partner finansieres af styrelsen i sit land; en partner fra et land uden finansieringspartner deltager for egen regning. Lad en række stå tom for at fjerne den; gem for at få flere rækker.
calls-partner-n = Partner { $n }
calls-agency-of-country = Styrelsen i dens land
calls-grant-asked-eur = Ansøgt tilskud (EUR)
calls-work-plan-hint = Aktiviteterne, hver bygget på et instrument fra værktøjskassen, med den ansvarlige partner, projektmånederne og omkostningen. Nye partnere vises i partnerlisterne, når du har gemt.
calls-activity-n = Aktivitet { $n }
calls-responsible-partner = Ansvarlig partner
calls-from-month = Fra måned
calls-to-month = Til måned
calls-cost-eur = Omkostning (EUR)
calls-notes = Noter
calls-questions-of-call = Opslagets spørgsmål
calls-save-draft = Gem kladden
calls-cancel = Annuller

## Bedømmelser
calls-review-of = Bedømmelse af { $title }
calls-your-reviews = Dine bedømmelser
calls-review-heading = Bedømmelse: { $title }
calls-reference-lower = referencenummer { $reference }
calls-read-application = læs ansøgningen
calls-rubric-version-scale = bedømmelsesskema version { $version }, point fra { $min } (svagest) til { $max } (stærkest)
calls-weighted-so-far = vægtet score indtil nu
calls-review-locked = Du har indsendt denne bedømmelse; den kan ikke længere ændres.
calls-rubric-changed-kept = Bedømmelsesskemaet er ændret til version { $version }, siden du sidst gemte denne kladde. Pointene for kriterier med samme navn, som stadig passer til skalaen, er bevaret: { $criteria }. Gennemgå de øvrige.
calls-rubric-changed-none = Bedømmelsesskemaet er ændret til version { $version }, siden du sidst gemte denne kladde, og ingen af dine point kunne bevares: giv kriterierne point igen.
calls-score = Point
calls-comment = Kommentar
calls-weight-of = (vægt { $weight })
calls-score-for = Point for { $name }
calls-comment-on = Kommentar til { $name }
calls-overall-comment = Samlet kommentar
calls-save-as-draft = Gem som kladde
calls-submit-review = Indsend bedømmelsen
calls-review-final = En indsendt bedømmelse er endelig og tæller med i rangordningen.

## Afgørelsesoversigten
calls-decisions-title = Afgørelser: { $title }
calls-board-intro = Indsendte ansøgninger rangordnet efter den gennemsnitlige vægtede score af deres indsendte bedømmelser, med alle finansieringspartneres afgørelser side om side. Hver styrelse træffer afgørelse om de partnere, den finansierer, på ansøgningens side.
calls-budgets = Budgetter
calls-chart-thousand = (diagram i tusind EUR)
calls-asked-for = Ansøgt
calls-committed = Disponeret
calls-free = Frit
calls-ranking = Rangordning
calls-no-submitted = Der er endnu ikke indsendt nogen ansøgning.
calls-rank = Placering
calls-score-percent = Score (%)
calls-reviews = Bedømmelser
calls-outcome = Resultat
calls-asks = søger { $amount }
calls-board-chart = Disponeret budget (mørk) og stadig frit (lys), tusind EUR

## Afgørelsesbreve
calls-letter-title = Afgørelsesbrev { $reference }
calls-print-hint = brug din browsers udskriftsfunktion for at få en ren kopi
calls-letter-to-lead = Til { $name }, hovedansøger,
calls-letter-to-partners = og konsortiets partnere
calls-letter-heading = Afgørelse om ansøgning { $reference }
calls-letter-submitted-to = , indsendt til { $call }.
calls-letter-decided = { $funder } har truffet afgørelse om de partnere i konsortiet, som den finansierer:
calls-letter-conditions-for = Vilkår for { $name }:
calls-letter-approved = Tilskuddet på { $amount } udbetales efter { $funder }s egne regler for projektets varighed på { $months } måneder. Opslagets øvrige finansieringspartnere træffer afgørelse om deres egne partnere og skriver til jer særskilt.
calls-letter-rejected = { $funder } kan ikke finansiere denne del af projektet. Opslagets øvrige finansieringspartnere træffer afgørelse om deres egne partnere og skriver til jer særskilt.
calls-letter-regards = Med venlig hilsen

## Statistik
calls-statistics-heading = Statistik for fælles opslag
calls-statistics-intro = Beregnet ud fra opslagenes registreringer: deres finansieringspartnere og budgetter, de indsendte ansøgninger, finansieringspartnernes afgørelser samt partnerne og SMV'erne i de bevilgede projekter. Kladder og tilbagetrukne ansøgninger tælles ikke med; en ansøgning tæller som bevilget, når mindst én af dens finansieringspartnere har bevilget (alle eller nogle).
calls-no-published = Endnu intet offentliggjort opslag.
calls-stat-partners-countries = Finansieringspartnere / lande
calls-stat-total-budget = Samlet budget (EUR)
calls-stat-received-approved = Ansøgninger modtaget / bevilget
calls-stat-clusters = Klynger
calls-stat-smes = SMV'er
calls-download = Download:
calls-stat-partners-text =
    { $partners ->
        [one] { $partners } partner
       *[other] { $partners } partnere
    }, { $countries ->
        [one] { $countries } land
       *[other] { $countries } lande
    } ({ $list })
calls-stat-chart = Bevilgede (mørk) og ikke bevilgede ansøgninger (lys) pr. opslagsår

## Opslagets indstillinger
calls-settings-of = Indstillinger for { $title }
calls-new-joint-call = Nyt fælles opslag
calls-coordinating-agency = Koordinerende styrelse
calls-call-year-label = Opslagsår
calls-call-year-hint = Det år, statistikken tæller opslaget med i
calls-call-summary-hint = Hvad opslaget finansierer, og for hvem
calls-time-zone = Fristernes tidszone
calls-time-zone-hint = En IANA-zone, f.eks. Europe/Copenhagen
calls-opening-deadline = Åbning og frist
calls-opens-on = Åbner den
calls-opening-time = Åbningstidspunkt
calls-deadline-time = Fristens tidspunkt
calls-min-countries = Lande i et konsortium, mindst
calls-min-grant = Mindste tilskud pr. projekt (EUR)
calls-max-grant = Største tilskud pr. projekt (EUR)
calls-min-months = Korteste varighed (måneder)
calls-max-months = Længste varighed (måneder)
calls-min-smes = Involverede SMV'er, mindst
calls-partners-may-be = Partnere kan være
calls-funders-hint = Hver styrelse finansierer organisationer i ét land med sit eget budget. Lad en række stå tom for at fjerne den; gem for at få flere rækker.
calls-its-own = dens eget
calls-budget-eur = Budget (EUR)
calls-questions-legend = Ansøgningsskema: spørgsmål
calls-questions-hint = Stilles ud over konsortiet, arbejdsplanen og budgettet. Et omformuleret spørgsmål beholder sine svar.
calls-question-n = Spørgsmål { $n }
calls-answer = Svar
calls-required = Påkrævet
calls-optional = Valgfrit
calls-published-check = Offentliggjort: alle, der er logget ind, ser opslaget
calls-save-call = Gem opslaget

## Bedømmelsesskema
calls-rubric-of = Bedømmelsesskema for { $title }
calls-evaluation-rubric = Bedømmelsesskema
calls-rubric-intro = Nu i version { $version }. Når du gemmer, oprettes version { $next }: allerede indsendte bedømmelser beholder den version, de blev skrevet efter, kladder flyttes til den nye.
calls-lowest-score = Laveste point
calls-highest-score = Højeste point
calls-criterion-n = Kriterium { $n }
calls-name = Navn
calls-rubric-rows-hint = Lad et kriterium stå tomt for at fjerne det; gem for at få flere rækker.
calls-save-version = Gem som version { $version }

## Checks and refusals: the application and the pre-submission check
calls-err-not-negative = må ikke være negativ
calls-err-between = skal være mellem { $min } og { $max }
calls-err-at-most-partners = højst { $max } partnere
calls-err-no-such-organisation = organisationen findes ikke
calls-err-no-such-instrument = instrumentet findes ikke i værktøjskassen
calls-err-in-consortium-twice = { $name } er med i konsortiet to gange
calls-err-not-a-funder = er ikke finansieringspartner i dette opslag
calls-err-funder-country = { $funder } finansierer organisationer i { $country }, ikke i { $other }
calls-err-lead-stays = hovedansøgeren skal blive i konsortiet
calls-err-at-most-activities = højst { $max } aktiviteter
calls-err-say-partner = angiv, hvilken partner der er ansvarlig
calls-err-not-in-consortium = er ikke partner i konsortiet
calls-err-project-month = skal være en projektmåned fra 1 til 120
calls-err-before-start-month = må ikke ligge før startmåneden
calls-err-not-a-question = er ikke et spørgsmål i dette opslag
calls-err-not-open-yet = Opslaget åbner { $opens }; ansøgninger kan indsendes fra da.
calls-err-closed = Opslaget lukkede { $closes }; for sene ansøgninger kan ikke indsendes.
calls-missing-title = en titel
calls-missing-summary = et resumé
calls-missing-objectives = målene
calls-missing-duration = varigheden
calls-missing-answer = et svar på “{ $prompt }”
calls-err-still-missing = Mangler stadig: { $missing }.
calls-err-min-countries = Konsortiet har partnere fra { $count } { $count ->
    [one] land
   *[other] lande
  }; opslaget kræver mindst { $min }.
calls-err-no-funded-partner = Ingen partner er finansieret af en af opslagets finansieringspartnere; mindst én skal komme fra { $countries }.
calls-err-request-without-funder = { $name } søger { $amount }, men ingen af opslagets finansieringspartnere finansierer organisationer i { $country }; den kan deltage for egen regning.
calls-err-request-choose-funder = { $name } søger { $amount }: vælg, hvilken finansieringspartner i { $country } der finansierer den.
calls-err-not-eligible = Kan ikke være partnere: { $partners }. Opslaget er åbent for: { $kinds }.
calls-err-grant-range = Konsortiet søger { $grant } i alt; et projekt kan få { $min } til { $max }.
calls-err-duration = Projektet varer { $months } måneder; opslaget finansierer projekter på { $min } til { $max } måneder.
calls-err-min-smes = Konsortiet involverer { $smes } SMV'er; opslaget kræver mindst { $min }.
calls-err-work-plan-empty = Arbejdsplanen er tom: tilføj de aktiviteter (instrumenter), projektet vil gennemføre.
calls-err-activities-late = Aktiviteter slutter efter projektets { $months } måneder: { $activities }.
calls-err-grant-above-cost = Det ansøgte tilskud ({ $grant }) er større end arbejdsplanens omkostninger ({ $cost }).

## Checks and refusals: calls, rubrics, reviews, decisions
calls-err-approval-above-zero = en bevilling skal være større end nul
calls-err-above-request = er mere, end partneren har søgt ({ $amount })
calls-err-say-conditions = angiv, hvilke betingelserne er
calls-err-over-budget = Dette ville binde { $after } af et budget på { $budget }: { $over } for meget. { $free } er stadig fri.
calls-err-budget-below-committed = bevilgede tilskud binder allerede { $committed } af denne finansieringspartners budget: det kan ikke sættes ned til { $budget }
calls-err-funder-decided = { $name } har truffet afgørelse om ansøgninger og kan ikke fjernes fra opslaget
calls-err-funder-asked = indsendte ansøgninger søger { $name } om midler ({ $references }): den kan ikke fjernes fra opslaget
calls-err-funder-budget = { $name }s budget for dette opslag: { $message }
calls-err-must-fund = skal være en finansierende styrelse eller en offentlig myndighed
calls-err-after-opening = skal ligge efter åbningen
calls-err-below-smallest-grant = må ikke være mindre end det mindste tilskud
calls-err-below-shortest-duration = må ikke være kortere end den korteste varighed
calls-err-no-funder = angiv mindst én finansieringspartner
calls-err-at-most-funders = højst { $max } finansieringspartnere
calls-err-cannot-fund = { $name } er hverken en finansierende styrelse eller en offentlig myndighed
calls-err-funder-twice = { $name } er nævnt to gange
calls-err-at-most-questions = højst { $max } spørgsmål
calls-err-question-twice = er det samme spørgsmål som en anden række
calls-err-review-submitted-stays = denne bedømmer har indsendt en bedømmelse, som tæller i rangordningen: den kan ikke trækkes tilbage
calls-err-above-lowest-score = skal være højere end den laveste score
calls-err-no-criterion = angiv mindst ét kriterium
calls-err-at-most-criteria = højst { $max } kriterier
calls-err-named-twice = er nævnt to gange
calls-err-not-a-criterion = er ikke et kriterium i denne bedømmelsesskala
calls-err-score-before-submitting = giv point for “{ $name }”, før du indsender
calls-err-score-range = skal være fra { $min } til { $max }
calls-err-explain-score = begrund pointene for “{ $name }”
calls-err-only-draft-changes = kun en kladde kan ændres; denne ansøgning er indsendt eller trukket tilbage
calls-err-changed-meanwhile = ansøgningen er i mellemtiden blevet indsendt eller trukket tilbage
calls-err-edited-meanwhile = en anden har gemt denne ansøgning i mellemtiden; se den, som den er nu, og gem dine ændringer igen
calls-err-already = denne ansøgning er allerede { $status ->
    [withdrawn] trukket tilbage
    [draft] en kladde
   *[submitted] indsendt
  }
calls-err-withdrawn-already = ansøgningen er allerede trukket tilbage
calls-err-decided-no-withdrawal = finansieringspartnere har truffet afgørelse om denne ansøgning: den kan ikke længere trækkes tilbage
calls-err-only-submitted-evaluated = kun indsendte ansøgninger bedømmes
calls-err-not-an-evaluator = er ikke en bedømmers konto
calls-err-evaluator-conflict = interessekonflikt: { $name } arbejder for { $organisation }, en partner i denne ansøgning
calls-err-own-conflict = interessekonflikt: din organisation er partner i denne ansøgning
calls-err-review-final = denne bedømmelse er indsendt og kan ikke længere ændres
calls-err-only-submitted-decided = der træffes kun afgørelse om indsendte ansøgninger
calls-err-no-decision = træf afgørelse om mindst én partner
calls-err-not-a-partner = er ikke partner i denne ansøgning
