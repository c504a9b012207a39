# Gemensamma utlysningar: utlysningar, ansökningar, bedömningar, beslut, beslutsbrev, statistik.

## Benämningar
calls-phase-draft = Utkast (inte publicerad)
calls-phase-upcoming = Öppnar snart
calls-phase-open = Öppen för ansökningar
calls-phase-closed = Stängd
calls-status-draft = Utkast
calls-status-submitted = Inskickad
calls-status-withdrawn = Återkallad
calls-review-status-draft = Utkast
calls-review-status-submitted = Inskickad
calls-decision-approved = Beviljad
calls-decision-approved-with-conditions = Beviljad med villkor
calls-decision-rejected = Avslagen
calls-outcome-pending = Inväntar beslut
calls-outcome-approved = Beviljad
calls-outcome-partly-approved = Delvis beviljad
calls-outcome-rejected = Avslagen
calls-mixed = Blandat

## Listan över utlysningar
calls-joint-calls = Gemensamma utlysningar
calls-statistics = Statistik
calls-new-call = Ny utlysning
calls-intro = Utlysningar som flera nationella myndigheter finansierar tillsammans: konsortier av kluster från flera länder ansöker, bedömare sätter poäng och varje myndighet beslutar om de partner den finansierar.
calls-no-call = Ingen utlysning ännu.
calls-call = Utlysning
calls-year = År
calls-phase = Fas
calls-deadline = Sista dag
calls-funding-partners = Finansieringspartner
calls-budget = Budget
calls-applications-and-decisions = Ansökningar och beslut
calls-mine = Din organisations ansökningar
calls-reference = Diarienummer
calls-application = Ansökan
calls-status = Status
calls-lead = Huvudsökande
calls-to-review = Ansökningar för dig att bedöma
calls-your-review = Din bedömning
calls-review-done = Inskickad
calls-draft-continue = Utkast: fortsätt
calls-start-review = Påbörja bedömningen

## En utlysning
calls-settings = Inställningar
calls-rubric = Bedömningsmall
calls-call-year = utlysningsår { $year }
calls-coordinated-by = samordnad av { $name }
calls-opens = Öppnar
calls-total-budget = Total budget
calls-start-application = Påbörja en ansökan
calls-start-application-hint = Din organisation är huvudsökande; ni lägger till partnerna, arbetsplanen och budgeten och skickar in före sista dagen.
calls-agency = Myndighet
calls-funds-organisations-in = Finansierar organisationer i
calls-funders-note = Varje myndighet finansierar partnerna från sitt land och beslutar själv om dem; ett projekt genomförs med de partner som myndigheterna beviljar.
calls-rules = Regler
calls-application-form = Ansökningsformulär
calls-questions-intro = Utöver konsortiet, arbetsplanen och budgeten svarar de sökande på:
calls-required-mark = (obligatorisk)
calls-rubric-heading = Bedömningsmall (version { $version })
calls-rubric-scale = Poäng från { $min } till { $max }; det viktade resultatet anges i procent av det bästa möjliga.
calls-criterion = Kriterium
calls-what-evaluators-look-at = Vad bedömarna tittar på
calls-weight = Vikt
calls-rule-countries = Partner från minst { $count } länder, varav minst en finansieras av en av utlysningens finansieringspartner
calls-rule-grant = Ett bidrag per projekt mellan { $min } och { $max }
calls-rule-months = { $min } till { $max } månader
calls-rule-smes = Minst { $count } involverade små och medelstora företag
calls-rule-kinds = Partner kan vara: { $kinds }

## En ansökan
calls-edit = Redigera
calls-review = Bedöm
calls-led-by = huvudsökande { $name }
calls-deadline-at = sista dag { $deadline }
calls-duration = Löptid
calls-n-months =
    { $count ->
        [one] { $count } månad
       *[other] { $count } månader
    }
calls-grant-asked-for = Sökt bidrag
calls-work-plan-costs = Arbetsplanens kostnader
calls-smes-engaged = Involverade SMF
calls-pre-submission-check = Kontroll före inskickning
calls-meets-every-rule = Ansökan uppfyller alla utlysningens regler.
calls-before-submitted = Innan den kan skickas in:
calls-submit-application = Skicka in ansökan
calls-submit-final = Inskickningen är slutgiltig: ansökan kan sedan inte längre ändras, bara återkallas.
calls-consortium = Konsortium
calls-partner = Partner
calls-country = Land
calls-kind = Typ
calls-funded-by = Finansieras av
calls-smes = SMF
calls-lead-mark = (huvudsökande)
calls-budget-by-funder = Budget per finansieringspartner
calls-objectives = Mål
calls-not-written = Inte skrivet ännu.
calls-work-plan = Arbetsplan
calls-no-activity = Ingen aktivitet ännu.
calls-activity = Aktivitet
calls-instrument = Instrument
calls-months = Månader
calls-cost = Kostnad
calls-answers = Svar
calls-no-answer = Inget svar ännu.
calls-evaluation = Bedömning
calls-no-evaluator = Ingen bedömare tilldelad ännu.
calls-review-not-started = bedömning inte påbörjad
calls-review-in-draft = bedömning som utkast
calls-review-in-submitted = bedömning inskickad
calls-weighted-score = viktat resultat
calls-remove-evaluator = Ta bort den här bedömaren
calls-assign-evaluator = Tilldela en bedömare
calls-choose = Välj
calls-assign = Tilldela
calls-choose-evaluator = välj en bedömare
calls-funding-decisions = Finansieringsbeslut
calls-decision = Beslut
calls-grant = Bidrag
calls-conditions = Villkor
calls-decided = Beslutat
calls-by = av { $name }
calls-decision-letters = Beslutsbrev:
calls-decide-for = Besluta för { $name }
calls-budget-free = { $amount } av budgeten är fortfarande ledigt. Ett bidrag får vara lägre än det sökta, aldrig högre.
calls-asks-for = { $name } söker { $amount }
calls-keep = Behåll som det är
calls-not-yet = Inte ännu
calls-grant-eur = Bidrag (EUR)
calls-as-asked = som sökt
calls-record-decision = Registrera beslutet
calls-withdraw = Återkalla ansökan
calls-not-changed = Ansökan ändrades inte: se meddelandena nedan.

## Ansökningsformuläret
calls-edit-title = Redigera { $title }
calls-edit-application = Redigera ansökan { $reference }
calls-edit-intro = Till { $call } · sista dag { $deadline }. När du sparar behålls ett utkast: kontrollen på ansökans sida visar vad som fortfarande saknas innan du skickar in.
calls-correct-fields = Rätta de fält som är markerade nedan.
calls-title = Titel
calls-acronym = Akronym
calls-summary = Sammanfattning
calls-summary-hint = Några meningar som bedömarna läser först
calls-objectives-hint = Vad de små och medelstora företagen har vunnit när projektet slutar
calls-duration-months = Löptid (månader)
calls-consortium-hint = Den huvudsökande och dess partner. Varje partner finansieras av myndigheten i sitt land; en partner från ett land utan finansieringspartner deltar på egen bekostnad. Lämna en rad tom för att ta bort den; spara för att få fler rader.
calls-partner-n = Partner { $n }
calls-agency-of-country = Myndigheten i dess land
calls-grant-asked-eur = Sökt bidrag (EUR)
calls-work-plan-hint = Aktiviteterna, var och en byggd på ett instrument ur verktygslådan, med ansvarig partner, projektmånaderna och kostnaden. Nya partner visas i partnerlistorna när du har sparat.
calls-activity-n = Aktivitet { $n }
calls-responsible-partner = Ansvarig partner
calls-from-month = Från månad
calls-to-month = Till månad
calls-cost-eur = Kostnad (EUR)
calls-notes = Anteckningar
calls-questions-of-call = Utlysningens frågor
calls-save-draft = Spara utkastet
calls-cancel = Avbryt

## Bedömningar
calls-review-of = Bedömning av { $title }
calls-your-reviews = Dina bedömningar
calls-review-heading = Bedömning: { $title }
calls-reference-lower = diarienummer { $reference }
calls-read-application = läs ansökan
calls-rubric-version-scale = bedömningsmall version { $version }, poäng från { $min } (svagast) till { $max } (starkast)
calls-weighted-so-far = viktat resultat hittills
calls-review-locked = Du har skickat in den här bedömningen; den kan inte längre ändras.
calls-rubric-changed-kept = Bedömningsmallen har ändrats till version { $version } sedan du senast sparade det här utkastet. Poängen för kriterier med samma namn som fortfarande passar skalan har behållits: { $criteria }. Gå igenom de övriga.
calls-rubric-changed-none = Bedömningsmallen har ändrats till version { $version } sedan du senast sparade det här utkastet, och inga av dina poäng kunde behållas: poängsätt kriterierna igen.
calls-score = Poäng
calls-comment = Kommentar
calls-weight-of = (vikt { $weight })
calls-score-for = Poäng för { $name }
calls-comment-on = Kommentar om { $name }
calls-overall-comment = Övergripande kommentar
calls-save-as-draft = Spara som utkast
calls-submit-review = Skicka in bedömningen
calls-review-final = En inskickad bedömning är slutgiltig och räknas i rangordningen.

## Beslutsöversikten
calls-decisions-title = Beslut: { $title }
calls-board-intro = Inskickade ansökningar rangordnade efter det genomsnittliga viktade resultatet av deras inskickade bedömningar, med alla finansieringspartners beslut sida vid sida. Varje myndighet beslutar om de partner den finansierar, på ansökans sida.
calls-budgets = Budgetar
calls-chart-thousand = (diagram i tusen EUR)
calls-asked-for = Sökt
calls-committed = Intecknat
calls-free = Ledigt
calls-ranking = Rangordning
calls-no-submitted = Ingen ansökan har skickats in ännu.
calls-rank = Plats
calls-score-percent = Resultat (%)
calls-reviews = Bedömningar
calls-outcome = Utfall
calls-asks = söker { $amount }
calls-board-chart = Intecknad budget (mörk) och fortfarande ledig (ljus), tusen EUR

## Beslutsbrev
calls-letter-title = Beslutsbrev { $reference }
calls-print-hint = använd webbläsarens utskriftskommando för en ren kopia
calls-letter-to-lead = Till { $name }, huvudsökande,
calls-letter-to-partners = och konsortiets partner
calls-letter-heading = Beslut om ansökan { $reference }
calls-letter-submitted-to = , inskickad till { $call }.
calls-letter-decided = { $funder } har beslutat om de partner i konsortiet som den finansierar:
calls-letter-conditions-for = Villkor för { $name }:
calls-letter-approved = Bidraget på { $amount } betalas ut enligt { $funder }s egna regler för projektets löptid på { $months } månader. Utlysningens övriga finansieringspartner beslutar om sina egna partner och skriver till er separat.
calls-letter-rejected = { $funder } kan inte finansiera den här delen av projektet. Utlysningens övriga finansieringspartner beslutar om sina egna partner och skriver till er separat.
calls-letter-regards = Med vänliga hälsningar

## Statistik
calls-statistics-heading = Statistik för gemensamma utlysningar
calls-statistics-intro = Beräknad ur utlysningarnas uppgifter: deras finansieringspartner och budgetar, de inskickade ansökningarna, finansiärernas beslut samt partnerna och de små och medelstora företagen i de beviljade projekten. Utkast och återkallade ansökningar räknas inte; en ansökan räknas som beviljad när minst en av dess finansiärer har beviljat (alla eller några).
calls-no-published = Ingen publicerad utlysning ännu.
calls-stat-partners-countries = Finansieringspartner / länder
calls-stat-total-budget = Total budget (EUR)
calls-stat-received-approved = Ansökningar mottagna / beviljade
calls-stat-clusters = Kluster
calls-stat-smes = SMF
calls-download = Ladda ned:
calls-stat-partners-text =
    { $partners } partner, { $countries ->
        [one] { $countries } land
       *[other] { $countries } länder
    } ({ $list })
calls-stat-chart = Beviljade (mörk) och inte beviljade ansökningar (ljus) per utlysningsår

## Utlysningens inställningar
calls-settings-of = Inställningar för { $title }
calls-new-joint-call = Ny gemensam utlysning
calls-coordinating-agency = Samordnande myndighet
calls-call-year-label = Utlysningsår
calls-call-year-hint = Det år statistiken räknar utlysningen till
calls-call-summary-hint = Vad utlysningen finansierar, och för vem
calls-time-zone = Tidszon för sista dagarna
calls-time-zone-hint = En IANA-zon, t.ex. Europe/Stockholm
calls-opening-deadline = Öppning och sista dag
calls-opens-on = Öppnar
calls-opening-time = Tid för öppning
calls-deadline-time = Tid för sista dag
calls-min-countries = Länder i ett konsortium, minst
calls-min-grant = Minsta bidrag per projekt (EUR)
calls-max-grant = Största bidrag per projekt (EUR)
calls-min-months = Kortaste löptid (månader)
calls-max-months = Längsta löptid (månader)
calls-min-smes = Involverade SMF, minst
calls-partners-may-be = Partner kan vara
calls-funders-hint = Varje myndighet finansierar organisationer i ett land med sin egen budget. Lämna en rad tom för att ta bort den; spara för att få fler rader.
calls-its-own = dess eget
calls-budget-eur = Budget (EUR)
calls-questions-legend = Ansökningsformulär: frågor
calls-questions-hint = Ställs utöver konsortiet, arbetsplanen och budgeten. En omformulerad fråga behåller sina svar.
calls-question-n = Fråga { $n }
calls-answer = Svar
calls-required = Obligatorisk
calls-optional = Frivillig
calls-published-check = Publicerad: alla inloggade ser utlysningen
calls-save-call = Spara utlysningen

## Bedömningsmall
calls-rubric-of = Bedömningsmall för { $title }
calls-evaluation-rubric = Bedömningsmall
calls-rubric-intro = Nu i version { $version }. När du sparar skapas version { $next }: redan inskickade bedömningar behåller den version de skrevs efter, utkast flyttas till den nya.
calls-lowest-score = Lägsta poäng
calls-highest-score = Högsta poäng
calls-criterion-n = Kriterium { $n }
calls-name = Namn
calls-rubric-rows-hint = Lämna ett kriterium tomt för att ta bort det; spara för att få fler rader.
calls-save-version = Spara som version { $version }

## Checks and refusals: the application and the pre-submission check
calls-err-not-negative = får inte vara negativt
calls-err-between = måste vara mellan { $min } och { $max }
calls-err-at-most-partners = högst { $max } partner
calls-err-no-such-organisation = organisationen finns inte
calls-err-no-such-instrument = instrumentet finns inte i verktygslådan
calls-err-in-consortium-twice = { $name } finns två gånger i konsortiet
calls-err-not-a-funder = är inte finansieringspartner i den här utlysningen
calls-err-funder-country = { $funder } finansierar organisationer i { $country }, inte i { $other }
calls-err-lead-stays = huvudsökande måste vara kvar i konsortiet
calls-err-at-most-activities = högst { $max } aktiviteter
calls-err-say-partner = ange vilken partner som är ansvarig
calls-err-not-in-consortium = är inte partner i konsortiet
calls-err-project-month = måste vara en projektmånad från 1 till 120
calls-err-before-start-month = får inte ligga före startmånaden
calls-err-not-a-question = är inte en fråga i den här utlysningen
calls-err-not-open-yet = Utlysningen öppnar { $opens }; ansökningar kan skickas in från och med då.
calls-err-closed = Utlysningen stängde { $closes }; sena ansökningar kan inte skickas in.
calls-missing-title = en titel
calls-missing-summary = en sammanfattning
calls-missing-objectives = målen
calls-missing-duration = längden
calls-missing-answer = ett svar på ”{ $prompt }”
calls-err-still-missing = Saknas fortfarande: { $missing }.
calls-err-min-countries = Konsortiet har partner från { $count } { $count ->
    [one] land
   *[other] länder
  }; utlysningen kräver minst { $min }.
calls-err-no-funded-partner = Ingen partner finansieras av någon av utlysningens finansieringspartner; minst en måste komma från { $countries }.
calls-err-request-without-funder = { $name } söker { $amount }, men ingen av utlysningens finansieringspartner finansierar organisationer i { $country }; den kan delta på egen bekostnad.
calls-err-request-choose-funder = { $name } söker { $amount }: välj vilken finansieringspartner i { $country } som finansierar den.
calls-err-not-eligible = Kan inte vara partner: { $partners }. Utlysningen är öppen för: { $kinds }.
calls-err-grant-range = Konsortiet söker { $grant } totalt; ett projekt kan få { $min } till { $max }.
calls-err-duration = Projektet pågår i { $months } månader; utlysningen finansierar projekt på { $min } till { $max } månader.
calls-err-min-smes = Konsortiet involverar { $smes } små och medelstora företag; utlysningen kräver minst { $min }.
calls-err-work-plan-empty = Arbetsplanen är tom: lägg till de aktiviteter (instrument) som projektet ska genomföra.
calls-err-activities-late = Aktiviteter slutar efter projektets { $months } månader: { $activities }.
calls-err-grant-above-cost = Det sökta bidraget ({ $grant }) är större än arbetsplanens kostnader ({ $cost }).

## Checks and refusals: calls, rubrics, reviews, decisions
calls-err-approval-above-zero = ett beviljande måste vara större än noll
calls-err-above-request = är mer än partnern har sökt ({ $amount })
calls-err-say-conditions = ange vilka villkoren är
calls-err-over-budget = Detta skulle binda { $after } av en budget på { $budget }: { $over } för mycket. { $free } är fortfarande ledigt.
calls-err-budget-below-committed = beviljade bidrag binder redan { $committed } av den här finansieringspartnerns budget: den kan inte sänkas till { $budget }
calls-err-funder-decided = { $name } har fattat beslut om ansökningar och kan inte tas bort från utlysningen
calls-err-funder-asked = inlämnade ansökningar söker medel från { $name } ({ $references }): den kan inte tas bort från utlysningen
calls-err-funder-budget = { $name }s budget för den här utlysningen: { $message }
calls-err-must-fund = måste vara en finansierande myndighet eller en offentlig myndighet
calls-err-after-opening = måste ligga efter öppningen
calls-err-below-smallest-grant = får inte vara lägre än det minsta bidraget
calls-err-below-shortest-duration = får inte vara kortare än den kortaste längden
calls-err-no-funder = ange minst en finansieringspartner
calls-err-at-most-funders = högst { $max } finansieringspartner
calls-err-cannot-fund = { $name } är varken en finansierande myndighet eller en offentlig myndighet
calls-err-funder-twice = { $name } anges två gånger
calls-err-at-most-questions = högst { $max } frågor
calls-err-question-twice = är samma fråga som en annan rad
calls-err-review-submitted-stays = denna bedömare har lämnat in en bedömning som räknas i rangordningen: den kan inte dras tillbaka
calls-err-above-lowest-score = måste vara högre än det lägsta poängtalet
calls-err-no-criterion = ange minst ett kriterium
calls-err-at-most-criteria = högst { $max } kriterier
calls-err-named-twice = anges två gånger
calls-err-not-a-criterion = är inte ett kriterium i den här bedömningsmallen
calls-err-score-before-submitting = sätt poäng på ”{ $name }” innan du skickar in
calls-err-score-range = måste vara från { $min } till { $max }
calls-err-explain-score = motivera poängen för ”{ $name }”
calls-err-only-draft-changes = bara ett utkast kan ändras; den här ansökan har skickats in eller dragits tillbaka
calls-err-changed-meanwhile = ansökan har under tiden skickats in eller dragits tillbaka
calls-err-edited-meanwhile = någon annan har sparat den här ansökan under tiden; se den som den är nu och spara dina ändringar igen
calls-err-already = den här ansökan har redan { $status ->
    [withdrawn] dragits tillbaka
    [draft] sparats som utkast
   *[submitted] skickats in
  }
calls-err-withdrawn-already = ansökan har redan dragits tillbaka
calls-err-decided-no-withdrawal = finansieringspartner har fattat beslut om den här ansökan: den kan inte längre dras tillbaka
calls-err-only-submitted-evaluated = bara inskickade ansökningar bedöms
calls-err-not-an-evaluator = är inte en bedömares konto
calls-err-evaluator-conflict = intressekonflikt: { $name } arbetar för { $organisation }, en partner i den här ansökan
calls-err-own-conflict = intressekonflikt: din organisation är partner i den här ansökan
calls-err-review-final = den här bedömningen har skickats in och kan inte längre ändras
calls-err-only-submitted-decided = beslut fattas bara om inskickade ansökningar
calls-err-no-decision = fatta beslut om minst en partner
calls-err-not-a-partner = är inte partner i den här ansökan
