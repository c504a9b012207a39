# Gemeinsame Ausschreibungen: Ausschreibungen, Anträge, Begutachtungen, Entscheidungen, Bescheide, Statistik.

## Bezeichnungen
calls-phase-draft = Entwurf (nicht veröffentlicht)
calls-phase-upcoming = Öffnet bald
calls-phase-open = Offen für Anträge
calls-phase-closed = Geschlossen
calls-status-draft = Entwurf
calls-status-submitted = Eingereicht
calls-status-withdrawn = Zurückgezogen
calls-review-status-draft = Entwurf
calls-review-status-submitted = Eingereicht
calls-decision-approved = Bewilligt
calls-decision-approved-with-conditions = Mit Auflagen bewilligt
calls-decision-rejected = Abgelehnt
calls-outcome-pending = Entscheidungen ausstehend
calls-outcome-approved = Bewilligt
calls-outcome-partly-approved = Teilweise bewilligt
calls-outcome-rejected = Abgelehnt
calls-mixed = Gemischt

## Liste der Ausschreibungen
calls-joint-calls = Gemeinsame Ausschreibungen
calls-statistics = Statistik
calls-new-call = Neue Ausschreibung
calls-intro = Ausschreibungen, die mehrere nationale Förderagenturen gemeinsam finanzieren: Konsortien von Clustern aus mehreren Ländern stellen Anträge, Gutachter bewerten sie, und jede Agentur entscheidet über die Partner, die sie fördert.
calls-no-call = Noch keine Ausschreibung.
calls-call = Ausschreibung
calls-year = Jahr
calls-phase = Phase
calls-deadline = Frist
calls-funding-partners = Förderpartner
calls-budget = Budget
calls-applications-and-decisions = Anträge und Entscheidungen
calls-mine = Anträge Ihrer Organisation
calls-reference = Aktenzeichen
calls-application = Antrag
calls-status = Status
calls-lead = Federführung
calls-to-review = Anträge, die Sie begutachten
calls-your-review = Ihr Gutachten
calls-review-done = Eingereicht
calls-draft-continue = Entwurf: fortsetzen
calls-start-review = Gutachten beginnen

## Eine Ausschreibung
calls-settings = Einstellungen
calls-rubric = Bewertungsschema
calls-call-year = Ausschreibungsjahr { $year }
calls-coordinated-by = koordiniert von { $name }
calls-opens = Öffnet
calls-total-budget = Gesamtbudget
calls-start-application = Antrag beginnen
calls-start-application-hint = Ihre Organisation übernimmt die Federführung; Sie fügen die Partner, den Arbeitsplan und das Budget hinzu und reichen vor der Frist ein.
calls-agency = Agentur
calls-funds-organisations-in = Fördert Organisationen in
calls-funders-note = Jede Agentur fördert die Partner aus ihrem Land und entscheidet selbst über sie; ein Projekt wird mit den Partnern durchgeführt, die ihre Agenturen bewilligen.
calls-rules = Regeln
calls-application-form = Antragsformular
calls-questions-intro = Neben dem Konsortium, dem Arbeitsplan und dem Budget beantworten die Antragsteller:
calls-required-mark = (Pflicht)
calls-rubric-heading = Bewertungsschema (Version { $version })
calls-rubric-scale = Punkte von { $min } bis { $max }; die gewichtete Punktzahl wird in Prozent der bestmöglichen angegeben.
calls-criterion = Kriterium
calls-what-evaluators-look-at = Worauf die Gutachter achten
calls-weight = Gewicht
calls-rule-countries = Partner aus mindestens { $count } Ländern, davon mindestens einer von einem Förderpartner der Ausschreibung gefördert
calls-rule-grant = Ein Zuschuss pro Projekt zwischen { $min } und { $max }
calls-rule-months = { $min } bis { $max } Monate
calls-rule-smes = Mindestens { $count } beteiligte KMU
calls-rule-kinds = Partner können sein: { $kinds }

## Ein Antrag
calls-edit = Bearbeiten
calls-review = Begutachten
calls-led-by = federführend: { $name }
calls-deadline-at = Frist { $deadline }
calls-duration = Laufzeit
calls-n-months =
    { $count ->
        [one] { $count } Monat
       *[other] { $count } Monate
    }
calls-grant-asked-for = Beantragter Zuschuss
calls-work-plan-costs = Kosten des Arbeitsplans
calls-smes-engaged = Beteiligte KMU
calls-pre-submission-check = Prüfung vor dem Einreichen
calls-meets-every-rule = Der Antrag erfüllt alle Regeln der Ausschreibung.
calls-before-submitted = Bevor er eingereicht werden kann:
calls-submit-application = Antrag einreichen
calls-submit-final = Das Einreichen ist endgültig: Der Antrag kann danach nicht mehr geändert, nur noch zurückgezogen werden.
calls-consortium = Konsortium
calls-partner = Partner
calls-country = Land
calls-kind = Art
calls-funded-by = Gefördert von
calls-smes = KMU
calls-lead-mark = (federführend)
calls-budget-by-funder = Budget nach Förderpartner
calls-objectives = Ziele
calls-not-written = Noch nicht geschrieben.
calls-work-plan = Arbeitsplan
calls-no-activity = Noch keine Aktivität.
calls-activity = Aktivität
calls-instrument = Instrument
calls-months = Monate
calls-cost = Kosten
calls-answers = Antworten
calls-no-answer = Noch keine Antwort.
calls-evaluation = Begutachtung
calls-no-evaluator = Noch kein Gutachter zugewiesen.
calls-review-not-started = Gutachten nicht begonnen
calls-review-in-draft = Gutachten im Entwurf
calls-review-in-submitted = Gutachten eingereicht
calls-weighted-score = gewichtete Punktzahl
calls-remove-evaluator = Diesen Gutachter entfernen
calls-assign-evaluator = Einen Gutachter zuweisen
calls-choose = Auswählen
calls-assign = Zuweisen
calls-choose-evaluator = einen Gutachter auswählen
calls-funding-decisions = Förderentscheidungen
calls-decision = Entscheidung
calls-grant = Zuschuss
calls-conditions = Auflagen
calls-decided = Entschieden
calls-by = von { $name }
calls-decision-letters = Bescheide:
calls-decide-for = Entscheiden für { $name }
calls-budget-free = { $amount } des Budgets sind noch frei. Ein Zuschuss darf niedriger sein als beantragt, nie höher.
calls-asks-for = { $name } beantragt { $amount }
calls-keep = Unverändert lassen
calls-not-yet = Noch nicht
calls-grant-eur = Zuschuss (EUR)
calls-as-asked = wie beantragt
calls-record-decision = Entscheidung festhalten
calls-withdraw = Antrag zurückziehen
calls-not-changed = Der Antrag wurde nicht geändert: Siehe die Meldungen unten.

## Antragsformular
calls-edit-title = { $title } bearbeiten
calls-edit-application = Antrag { $reference } bearbeiten
calls-edit-intro = An { $call } · Frist { $deadline }. Speichern bewahrt einen Entwurf: Die Prüfung auf der Seite des Antrags zeigt, was vor dem Einreichen noch fehlt.
calls-correct-fields = Bitte korrigieren Sie die unten markierten Felder.
calls-title = Titel
calls-acronym = Akronym
calls-summary = Zusammenfassung
calls-summary-hint = Ein paar Sätze, die die Gutachter zuerst lesen
calls-objectives-hint = Was die KMU am Ende des Projekts gewonnen haben werden
calls-duration-months = Laufzeit (Monate)
calls-consortium-hint = Der federführende Antragsteller und seine Partner. Jeder Partner wird von der Agentur seines Landes gefördert; ein Partner aus einem Land ohne Förderpartner nimmt auf eigene Kosten teil. Lassen Sie eine Zeile leer, um sie zu entfernen; speichern Sie, um weitere Zeilen zu erhalten.
calls-partner-n = Partner { $n }
calls-agency-of-country = Die Agentur seines Landes
calls-grant-asked-eur = Beantragter Zuschuss (EUR)
calls-work-plan-hint = Die Aktivitäten, jede auf einem Instrument des Werkzeugkastens aufgebaut, mit dem verantwortlichen Partner, den Projektmonaten und den Kosten. Neue Partner erscheinen nach dem Speichern in den Partnerlisten.
calls-activity-n = Aktivität { $n }
calls-responsible-partner = Verantwortlicher Partner
calls-from-month = Ab Monat
calls-to-month = Bis Monat
calls-cost-eur = Kosten (EUR)
calls-notes = Anmerkungen
calls-questions-of-call = Fragen der Ausschreibung
calls-save-draft = Entwurf speichern
calls-cancel = Abbrechen

## Gutachten
calls-review-of = Gutachten zu { $title }
calls-your-reviews = Ihre Gutachten
calls-review-heading = Gutachten: { $title }
calls-reference-lower = Aktenzeichen { $reference }
calls-read-application = Antrag lesen
calls-rubric-version-scale = Bewertungsschema Version { $version }, Punkte von { $min } (schwächste) bis { $max } (stärkste)
calls-weighted-so-far = bisherige gewichtete Punktzahl
calls-review-locked = Sie haben dieses Gutachten eingereicht; es kann nicht mehr geändert werden.
calls-rubric-changed-kept = Das Bewertungsschema wurde auf Version { $version } geändert, seit Sie diesen Entwurf zuletzt gespeichert haben. Die Punkte der Kriterien mit unverändertem Namen, die noch in die Skala passen, wurden übernommen: { $criteria }. Prüfen Sie die übrigen.
calls-rubric-changed-none = Das Bewertungsschema wurde auf Version { $version } geändert, seit Sie diesen Entwurf zuletzt gespeichert haben, und keine Ihrer Punkte konnten übernommen werden: Bewerten Sie die Kriterien erneut.
calls-score = Punkte
calls-comment = Kommentar
calls-weight-of = (Gewicht { $weight })
calls-score-for = Punkte für { $name }
calls-comment-on = Kommentar zu { $name }
calls-overall-comment = Gesamtkommentar
calls-save-as-draft = Als Entwurf speichern
calls-submit-review = Gutachten einreichen
calls-review-final = Ein eingereichtes Gutachten ist endgültig und zählt für die Rangfolge.

## Entscheidungsübersicht
calls-decisions-title = Entscheidungen: { $title }
calls-board-intro = Eingereichte Anträge, gereiht nach der mittleren gewichteten Punktzahl ihrer eingereichten Gutachten, mit den Entscheidungen aller Förderpartner nebeneinander. Jede Agentur entscheidet auf der Seite des Antrags über die Partner, die sie fördert.
calls-budgets = Budgets
calls-chart-thousand = (Diagramm in tausend EUR)
calls-asked-for = Beantragt
calls-committed = Gebunden
calls-free = Frei
calls-ranking = Rangfolge
calls-no-submitted = Es wurde noch kein Antrag eingereicht.
calls-rank = Rang
calls-score-percent = Punktzahl (%)
calls-reviews = Gutachten
calls-outcome = Ergebnis
calls-asks = beantragt { $amount }
calls-board-chart = Gebundenes (dunkel) und noch freies Budget (hell), tausend EUR

## Bescheide
calls-letter-title = Bescheid { $reference }
calls-print-hint = Mit dem Druckbefehl Ihres Browsers erhalten Sie eine saubere Kopie
calls-letter-to-lead = An { $name }, federführender Antragsteller,
calls-letter-to-partners = und die Partner des Konsortiums
calls-letter-heading = Entscheidung über den Antrag { $reference }
calls-letter-submitted-to = , eingereicht zu { $call }.
calls-letter-decided = { $funder } hat über die von ihm geförderten Partner des Konsortiums entschieden:
calls-letter-conditions-for = Auflagen für { $name }:
calls-letter-approved = Der Zuschuss von { $amount } wird nach den eigenen Regeln von { $funder } für die Projektlaufzeit von { $months } Monaten gezahlt. Die anderen Förderpartner der Ausschreibung entscheiden über ihre eigenen Partner und schreiben Ihnen gesondert.
calls-letter-rejected = { $funder } kann diesen Teil des Projekts nicht fördern. Die anderen Förderpartner der Ausschreibung entscheiden über ihre eigenen Partner und schreiben Ihnen gesondert.
calls-letter-regards = Mit freundlichen Grüßen

## Statistik
calls-statistics-heading = Statistik der gemeinsamen Ausschreibungen
calls-statistics-intro = Berechnet aus den Unterlagen der Ausschreibungen: ihre Förderpartner und Budgets, die eingereichten Anträge, die Entscheidungen der Förderer sowie die Partner und KMU der bewilligten Projekte. Entwürfe und zurückgezogene Anträge werden nicht gezählt; ein Antrag gilt als bewilligt, wenn mindestens einer seiner Förderer bewilligt hat (alle oder einige).
calls-no-published = Noch keine veröffentlichte Ausschreibung.
calls-stat-partners-countries = Förderpartner / Länder
calls-stat-total-budget = Gesamtbudget (EUR)
calls-stat-received-approved = Anträge eingegangen / bewilligt
calls-stat-clusters = Cluster
calls-stat-smes = KMU
calls-download = Herunterladen:
calls-stat-partners-text =
    { $partners } Partner, { $countries ->
        [one] { $countries } Land
       *[other] { $countries } Länder
    } ({ $list })
calls-stat-chart = Bewilligte (dunkel) und nicht bewilligte Anträge (hell) nach Ausschreibungsjahr

## Einstellungen der Ausschreibung
calls-settings-of = Einstellungen von { $title }
calls-new-joint-call = Neue gemeinsame Ausschreibung
calls-coordinating-agency = Koordinierende Agentur
calls-call-year-label = Ausschreibungsjahr
calls-call-year-hint = Das Jahr, in dem die Statistik die Ausschreibung zählt
calls-call-summary-hint = Was die Ausschreibung fördert, für wen
calls-time-zone = Zeitzone der Fristen
calls-time-zone-hint = Eine IANA-Zone, z. B. Europe/Berlin
calls-opening-deadline = Öffnung und Frist
calls-opens-on = Öffnet am
calls-opening-time = Uhrzeit der Öffnung
calls-deadline-time = Uhrzeit der Frist
calls-min-countries = Länder in einem Konsortium, mindestens
calls-min-grant = Kleinster Zuschuss pro Projekt (EUR)
calls-max-grant = Größter Zuschuss pro Projekt (EUR)
calls-min-months = Kürzeste Laufzeit (Monate)
calls-max-months = Längste Laufzeit (Monate)
calls-min-smes = Beteiligte KMU, mindestens
calls-partners-may-be = Partner können sein
calls-funders-hint = Jede Agentur fördert Organisationen eines Landes mit ihrem eigenen Budget. Lassen Sie eine Zeile leer, um sie zu entfernen; speichern Sie, um weitere Zeilen zu erhalten.
calls-its-own = ihr eigenes
calls-budget-eur = Budget (EUR)
calls-questions-legend = Antragsformular: Fragen
calls-questions-hint = Gestellt neben Konsortium, Arbeitsplan und Budget. Eine umformulierte Frage behält ihre Antworten.
calls-question-n = Frage { $n }
calls-answer = Antwort
calls-required = Pflicht
calls-optional = Freiwillig
calls-published-check = Veröffentlicht: Alle Angemeldeten sehen die Ausschreibung
calls-save-call = Ausschreibung speichern

## Bewertungsschema
calls-rubric-of = Bewertungsschema von { $title }
calls-evaluation-rubric = Bewertungsschema
calls-rubric-intro = Derzeit Version { $version }. Speichern erzeugt Version { $next }: Bereits eingereichte Gutachten behalten die Version, auf der sie geschrieben wurden; Entwürfe wechseln zur neuen.
calls-lowest-score = Niedrigste Punktzahl
calls-highest-score = Höchste Punktzahl
calls-criterion-n = Kriterium { $n }
calls-name = Name
calls-rubric-rows-hint = Lassen Sie ein Kriterium leer, um es zu entfernen; speichern Sie, um weitere Zeilen zu erhalten.
calls-save-version = Als Version { $version } speichern

## Checks and refusals: the application and the pre-submission check
calls-err-not-negative = darf nicht negativ sein
calls-err-between = muss zwischen { $min } und { $max } liegen
calls-err-at-most-partners = höchstens { $max } Partner
calls-err-no-such-organisation = diese Organisation gibt es nicht
calls-err-no-such-instrument = dieses Instrument gibt es nicht im Werkzeugkasten
calls-err-in-consortium-twice = { $name } ist zweimal im Konsortium
calls-err-not-a-funder = ist kein Förderpartner dieser Ausschreibung
calls-err-funder-country = { $funder } fördert Organisationen in { $country }, nicht in { $other }
calls-err-lead-stays = der federführende Antragsteller muss im Konsortium bleiben
calls-err-at-most-activities = höchstens { $max } Aktivitäten
calls-err-say-partner = geben Sie an, welcher Partner verantwortlich ist
calls-err-not-in-consortium = ist kein Partner des Konsortiums
calls-err-project-month = muss ein Projektmonat von 1 bis 120 sein
calls-err-before-start-month = darf nicht vor dem Startmonat liegen
calls-err-not-a-question = ist keine Frage dieser Ausschreibung
calls-err-not-open-yet = Die Ausschreibung öffnet am { $opens }; Anträge können ab dann eingereicht werden.
calls-err-closed = Die Ausschreibung schloss am { $closes }; verspätete Anträge können nicht eingereicht werden.
calls-missing-title = ein Titel
calls-missing-summary = eine Zusammenfassung
calls-missing-objectives = die Ziele
calls-missing-duration = die Laufzeit
calls-missing-answer = eine Antwort auf „{ $prompt }“
calls-err-still-missing = Es fehlt noch: { $missing }.
calls-err-min-countries = Das Konsortium hat Partner aus { $count } { $count ->
    [one] Land
   *[other] Ländern
  }; die Ausschreibung verlangt mindestens { $min }.
calls-err-no-funded-partner = Kein Partner wird von einem Förderpartner der Ausschreibung gefördert; mindestens einer muss aus { $countries } kommen.
calls-err-request-without-funder = { $name } beantragt { $amount }, aber kein Förderpartner der Ausschreibung fördert Organisationen in { $country }; sie kann auf eigene Kosten teilnehmen.
calls-err-request-choose-funder = { $name } beantragt { $amount }: wählen Sie, welcher Förderpartner aus { $country } sie fördert.
calls-err-not-eligible = Nicht als Partner zulässig: { $partners }. Die Ausschreibung steht offen für: { $kinds }.
calls-err-grant-range = Das Konsortium beantragt insgesamt { $grant }; ein Projekt kann { $min } bis { $max } erhalten.
calls-err-duration = Das Projekt dauert { $months } Monate; die Ausschreibung fördert Projekte von { $min } bis { $max } Monaten.
calls-err-min-smes = Das Konsortium bezieht { $smes } KMU ein; die Ausschreibung verlangt mindestens { $min }.
calls-err-work-plan-empty = Der Arbeitsplan ist leer: Fügen Sie die Aktivitäten (Instrumente) hinzu, die das Projekt durchführen wird.
calls-err-activities-late = Aktivitäten enden nach den { $months } Monaten des Projekts: { $activities }.
calls-err-grant-above-cost = Der beantragte Zuschuss ({ $grant }) ist höher als die Kosten des Arbeitsplans ({ $cost }).

## Checks and refusals: calls, rubrics, reviews, decisions
calls-err-approval-above-zero = eine Bewilligung muss mehr als null betragen
calls-err-above-request = ist mehr, als der Partner beantragt hat ({ $amount })
calls-err-say-conditions = geben Sie die Auflagen an
calls-err-over-budget = Damit wären { $after } eines Budgets von { $budget } gebunden: { $over } zu viel. { $free } sind noch frei.
calls-err-budget-below-committed = bewilligte Zuschüsse binden bereits { $committed } des Budgets dieses Förderpartners: Es kann nicht auf { $budget } gesenkt werden
calls-err-funder-decided = { $name } hat über Anträge entschieden und kann nicht aus der Ausschreibung entfernt werden
calls-err-funder-asked = eingereichte Anträge beantragen Mittel bei { $name } ({ $references }): Der Förderpartner kann nicht aus der Ausschreibung entfernt werden
calls-err-funder-budget = Budget von { $name } für diese Ausschreibung: { $message }
calls-err-must-fund = muss eine Förderagentur oder eine Behörde sein
calls-err-after-opening = muss nach der Öffnung liegen
calls-err-below-smallest-grant = darf nicht unter dem kleinsten Zuschuss liegen
calls-err-below-shortest-duration = darf nicht unter der kürzesten Laufzeit liegen
calls-err-no-funder = nennen Sie mindestens einen Förderpartner
calls-err-at-most-funders = höchstens { $max } Förderpartner
calls-err-cannot-fund = { $name } ist weder eine Förderagentur noch eine Behörde
calls-err-funder-twice = { $name } ist zweimal genannt
calls-err-at-most-questions = höchstens { $max } Fragen
calls-err-question-twice = ist dieselbe Frage wie eine andere Zeile
calls-err-review-submitted-stays = diese Gutachterin oder dieser Gutachter hat eine Bewertung eingereicht, die in der Rangfolge zählt: sie kann nicht zurückgenommen werden
calls-err-above-lowest-score = muss über der niedrigsten Punktzahl liegen
calls-err-no-criterion = nennen Sie mindestens ein Kriterium
calls-err-at-most-criteria = höchstens { $max } Kriterien
calls-err-named-twice = ist zweimal genannt
calls-err-not-a-criterion = ist kein Kriterium dieses Bewertungsschemas
calls-err-score-before-submitting = bewerten Sie „{ $name }“ vor dem Einreichen
calls-err-score-range = muss von { $min } bis { $max } reichen
calls-err-explain-score = begründen Sie die Bewertung für „{ $name }“
calls-err-only-draft-changes = nur ein Entwurf kann geändert werden; dieser Antrag wurde eingereicht oder zurückgezogen
calls-err-changed-meanwhile = der Antrag wurde inzwischen eingereicht oder zurückgezogen
calls-err-edited-meanwhile = jemand anderes hat diesen Antrag inzwischen gespeichert; prüfen Sie ihn, wie er jetzt ist, und speichern Sie Ihre Änderungen erneut
calls-err-already = dieser Antrag ist bereits { $status ->
    [withdrawn] zurückgezogen
    [draft] ein Entwurf
   *[submitted] eingereicht
  }
calls-err-withdrawn-already = der Antrag ist bereits zurückgezogen
calls-err-decided-no-withdrawal = Förderpartner haben über diesen Antrag entschieden: Er kann nicht mehr zurückgezogen werden
calls-err-only-submitted-evaluated = nur eingereichte Anträge werden begutachtet
calls-err-not-an-evaluator = ist kein Gutachterkonto
calls-err-evaluator-conflict = Interessenkonflikt: { $name } arbeitet für { $organisation }, einen Partner dieses Antrags
calls-err-own-conflict = Interessenkonflikt: Ihre Organisation ist Partner dieses Antrags
calls-err-review-final = dieses Gutachten wurde eingereicht und kann nicht mehr geändert werden
calls-err-only-submitted-decided = nur über eingereichte Anträge wird entschieden
calls-err-no-decision = entscheiden Sie über mindestens einen Partner
calls-err-not-a-partner = ist kein Partner dieses Antrags
