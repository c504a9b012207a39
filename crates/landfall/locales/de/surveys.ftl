# Surveys: the list, the questionnaire, sending, answering and results.
srv-surveys = Umfragen
srv-new-survey = Neue Umfrage
srv-list-intro = Fragebögen, die Ihre Organisation mit persönlichen Links an KMU und Partnerorganisationen schickt: Zum Antworten ist kein Konto nötig.
srv-no-survey = Noch keine Umfrage. Beginnen Sie mit einer der beiden Vorlagen oder von vorn.
srv-survey = Umfrage
srv-organisation = Organisation
srv-status = Status
srv-anonymous = Anonym
srv-created = Erstellt
srv-yes = ja
srv-no = nein
srv-please-correct = Bitte korrigieren Sie die unten markierten Felder.
srv-running-organisation = Organisation, die die Umfrage durchführt
srv-choose = Auswählen
srv-start-from = Ausgehend von
srv-empty-questionnaire = Ein leerer Fragebogen
srv-title = Titel
srv-title-hint = Leer lassen, um den Titel der Vorlage zu verwenden
srv-introduction = Einleitung
srv-introduction-hint = Wird über den Fragen angezeigt; leer lassen, um die der Vorlage zu verwenden
srv-anonymous-option = Anonym: Antworten werden ohne jede Verbindung zum Empfänger gespeichert
srv-create = Umfrage erstellen
srv-cancel = Abbrechen
srv-links-heading = Welle { $wave }: persönliche Links
srv-links-alert = Kopieren Sie diese Links jetzt: Landfall speichert von jedem nur einen Fingerabdruck, daher können sie nicht erneut angezeigt werden. Jeder Link nimmt eine Antwort an.
srv-recipient = Empfänger
srv-link = Link
srv-links-csv-hint = Um sie als CSV-Datei für einen Serienbrief zu erhalten, verwenden Sie beim Versenden „Senden und die Links herunterladen (CSV)“.
srv-section = Abschnitt
srv-section-hint = Fragen mit demselben Abschnittstitel werden zusammen angezeigt
srv-question = Frage
srv-help-text = Hilfetext
srv-kind = Art
srv-answer-required = Eine Antwort ist erforderlich
srv-options = Optionen (Auswahl- und Ranking-Fragen)
srv-options-hint = Eine Option pro Zeile
srv-max-choices = Höchstens so viele (Mehrfachauswahl, Ranking)
srv-max-choices-hint = z. B. 3 für „bis zu drei auswählen“
srv-min-value = Kleinste zulässige Zahl
srv-max-value = Größte zulässige Zahl
srv-save-question = Frage speichern

## Labels of statuses, question kinds, breakdowns, templates and the agreement scale
srv-status-draft = Entwurf
srv-status-open = Offen
srv-status-closed = Geschlossen
srv-kind-single-choice = Einfachauswahl
srv-kind-multiple-choice = Mehrfachauswahl
srv-kind-ranking = Ranking
srv-kind-likert = Zustimmungsskala (1–5)
srv-kind-number = Zahl
srv-kind-free-text = Freitext
srv-by-country = Land
srv-by-home-organisation = Heimatorganisation
srv-by-sector = Branche (NACE-Abschnitt)
srv-by-size-class = Größenklasse
srv-template-sme-feedback = KMU-Feedback zur Internationalisierungsunterstützung
srv-template-cluster-readiness = Cluster-Reife und Validierung
srv-likert-1 = Stimme überhaupt nicht zu
srv-likert-2 = Stimme nicht zu
srv-likert-3 = Weder noch
srv-likert-4 = Stimme zu
srv-likert-5 = Stimme voll und ganz zu

## The survey page: questionnaire, sending, waves, reminders
srv-edit-question = Frage bearbeiten
srv-new-question = Neue Frage
srv-personal-links = Persönliche Links
srv-results = Ergebnisse
srv-anonymous-word = anonym
srv-anonymous-stored = Antworten werden ohne jede Verbindung zum Empfänger gespeichert
srv-questionnaire-heading = { $count ->
    [one] Fragebogen (1 Frage)
   *[other] Fragebogen ({ $count } Fragen)
}
srv-add-question = Frage hinzufügen
srv-questions-fixed = Die Fragen stehen fest, seit die Umfrage versendet wurde: Antworten müssen ihre Fragen behalten.
srv-required = (Pflichtfeld)
srv-at-most = höchstens { $count }
srv-edit = Bearbeiten
srv-remove = Entfernen
srv-sending = Versand
srv-sending-intro = Jeder Empfänger erhält einen persönlichen Link. Alles, was Sie ankreuzen, wird zusammengezählt; niemand wird zweimal eingeladen.
srv-programme-participants = Teilnehmende eines Programms
srv-none = Keine
srv-own-smes = Alle KMU mit Heimat bei { $organisation }
srv-organisations-of-kind = Alle Organisationen einer Art
srv-particular-smes = Bestimmte KMU
srv-particular-organisations = Bestimmte Organisationen
srv-pick-several = Halten Sie Strg (⌘ auf dem Mac) gedrückt, um mehrere zu wählen.
srv-send-first-wave = Welle 1 senden und die Links anzeigen
srv-send-download = Senden und die Links herunterladen (CSV)
srv-wave = Welle
srv-started = Gestartet
srv-invited = Eingeladen
srv-responded = Geantwortet
srv-response-rate = Rücklaufquote
srv-reminded = Erinnert
srv-wave-number = Welle { $number }
srv-started-by = von { $name }
srv-send-reminders = Erinnerungen senden
srv-reminders-note = Erinnerungen gehen an jede unbeantwortete Einladung der Welle — in Landfall und, für alle, die es gewählt haben, per E-Mail — jeweils mit einem eigenen persönlichen Link (der erste Link funktioniert weiterhin). Die Zeit wird festgehalten, sodass Sie unten sehen, wer wann erinnert wurde.
srv-start-follow-up = Eine Folgewelle starten
srv-start-follow-up-csv = Starten und die Links herunterladen (CSV)
srv-follow-up-note = Eine Folgewelle lädt genau die Empfänger von Welle 1 erneut ein (das Panel).
srv-follow-up-anonymous = Da die Umfrage anonym ist, sehen die Befragten ihre früheren Antworten nicht.
srv-follow-up-earlier = Alle Befragten sehen ihre Antworten aus der vorigen Welle.
srv-close = Umfrage schließen
srv-invitations-heading = Einladungen der letzten Welle
srv-country = Land
srv-answered = Beantwortet
srv-answered-at = ja, { $when }
srv-answered-yes = ja
srv-not-yet = noch nicht
srv-anonymous-invitations = Anonyme Umfrage: Diese Liste zeigt, wer seinen Link benutzt hat, nie aber, welche Antworten von wem stammen.

## The answer page behind a personal link
srv-for = Für { $recipient }
srv-follow-up-wave = Folgewelle { $wave }
srv-answer-anonymous = anonym: Ihre Antworten werden ohne Ihren Namen gespeichert
srv-thanks = Vielen Dank: Ihre Antworten wurden gespeichert. Dieser Link nimmt nur eine Antwort an und kann daher nicht erneut verwendet werden.
srv-closed = Diese Umfrage nimmt keine Antworten mehr an.
srv-unsent-heading = Was Sie geschrieben haben (nicht gespeichert)
srv-unsent-text = Ihre Antworten konnten nicht gespeichert werden. Hier sind sie, damit Sie eine Kopie behalten können.
srv-earlier-wave = Unter jeder Frage sehen Sie, was Sie in Welle { $wave } geantwortet haben.
srv-earlier-withheld = Diese Umfrage ist anonym, daher können Ihre Antworten aus der früheren Welle nicht angezeigt werden: Sie wurden nie mit Ihnen verknüpft.
srv-answer-errors = Bitte beantworten Sie die unten markierten Fragen.
srv-ranking-hint = Geben Sie den Optionen, die Sie einordnen, einen Platz: 1 für die erste, dann 2, 3 …; lassen Sie die übrigen leer.
srv-place-of = Platz von { $option }
srv-last-time = Letztes Mal haben Sie geantwortet: { $answer }
srv-send-answers = Meine Antworten senden
srv-choose-up-to = Wählen Sie bis zu { $count }.
srv-err-needs-answer = diese Frage muss beantwortet werden
srv-err-one-answer = geben Sie eine Antwort
srv-err-scale-point = wählen Sie einen Punkt von 1 bis 5
srv-err-text-too-long = höchstens 5000 Zeichen
srv-err-places = vergeben Sie jeden Platz einmal, beginnend bei 1 und ohne Lücken
srv-err-closed = diese Umfrage nimmt keine Antworten mehr an
srv-err-answered = diese Einladung wurde bereits beantwortet: Jeder Link nimmt eine Antwort an
srv-err-choose-at-most = wählen Sie höchstens { $number }
srv-err-rank-at-most = ordnen Sie höchstens { $number } ein
srv-err-at-least = muss mindestens { $number } sein
srv-err-at-most = darf höchstens { $number } sein
srv-err-not-an-option = „{ $value }“ ist keine der Optionen
srv-err-given-twice = „{ $value }“ ist doppelt angegeben
srv-err-not-a-number = „{ $value }“ ist keine ganze Zahl
srv-err-not-a-place = „{ $value }“ ist kein Platz (1, 2, 3 …)

## Results
srv-results-title = Ergebnisse: { $title }
srv-split-by = Aufteilen nach
srv-split-nothing = Nichts (alle Befragten)
srv-show = Anzeigen
srv-results-anonymous = Diese Umfrage ist anonym: Es werden keine Namen angezeigt, und die Ergebnisse lassen sich nur nach Land aufteilen, da eine feinere Aufteilung (eine Heimatorganisation, eine Branche) auf ein einzelnes Unternehmen hindeuten könnte.
srv-results-too-few = Die Antworten einer anonymen Umfrage werden gezeigt, sobald mindestens { $min } Personen geantwortet haben: bei weniger würde die Liste derer, die geantwortet haben, verraten, von wem sie stammen.
srv-results-groups = Gruppen sind Land, Heimatorganisation, NACE-Abschnitt und Größenklasse der Befragten zum Zeitpunkt der Einladung.
# $responded, $invited and $percent come with their bold markup.
srv-rate = { $responded } von { $invited } Eingeladenen haben geantwortet: { $percent }.
srv-all-respondents = Alle Befragten
srv-group-unknown = Unbekannt
srv-group-other-countries = Andere Länder (je zu wenige Antworten, um sie zu nennen)
srv-group-respondents = { $count ->
    [one] (1 Befragte/r)
   *[other] ({ $count } Befragte)
}
srv-answered-by = beantwortet von { $count }
srv-ranking-table = Rangtabelle:
srv-col-rank = Rang
srv-col-option = Option
srv-col-respondents = Befragte
srv-col-percent-respondents = % der Befragten
srv-col-ranked-by = Eingeordnet von
srv-col-mean-place = Mittlerer Platz
srv-col-first-percent = % auf Platz 1
srv-col-point = Punkt
srv-col-mean = Mittelwert
srv-col-median = Median
srv-col-minimum = Minimum
srv-col-maximum = Maximum
srv-ranking-note = Sortiert nach mittlerem Platz (1 ist am besten); die Balken zählen die Befragten, die die Option eingeordnet haben.
srv-mean-note = Mittelwert: { $mean }
srv-answers = Antworten
srv-download = Herunterladen:
srv-no-response = Noch keine Antwort.
srv-col-response = Antwort
srv-col-respondent = Befragte/r
srv-col-home-organisation = Heimatorganisation
srv-col-sector = Branche
srv-col-size-class = Größenklasse
srv-col-submitted-on = Eingereicht am

## Refusals shown on the survey page and the question form
srv-err-survey-closed = die Umfrage ist geschlossen
srv-err-no-question = fügen Sie vor dem Versand mindestens eine Frage hinzu
srv-err-not-open = die Umfrage ist nicht offen
srv-err-frozen = Fragen können nur geändert werden, solange die Umfrage ein Entwurf ist (Antworten müssen ihre Fragen behalten)
srv-err-changed-meanwhile = die Umfrage wurde inzwischen versandt oder geschlossen; laden Sie sie neu und versuchen Sie es erneut
srv-err-no-recipients = wählen Sie, an wen die Umfrage gehen soll
srv-err-panel = eine Folgewelle geht an dieselben Empfänger wie Welle 1 (das Panel); lassen Sie die Auswahl leer
srv-err-reminders-closed = Erinnerungen gehen nur hinaus, solange die Umfrage offen ist
srv-err-no-organisation-of-kind = keine Organisation dieser Art
srv-err-two-options = geben Sie mindestens zwei Optionen an, eine pro Zeile
srv-err-no-options = nur Auswahl- und Ranking-Fragen haben Optionen
srv-err-no-limit = nur Mehrfachauswahl- und Ranking-Fragen haben eine Obergrenze
srv-err-below-minimum = darf nicht unter dem Minimum liegen
srv-err-choose-kind = wählen Sie eine Fragenart
# $status is the status word: draft, open or closed.
srv-err-close-not-open = nur eine offene Umfrage kann geschlossen werden (diese ist { $status ->
    [draft] ein Entwurf
    [closed] geschlossen
   *[other] offen
})
srv-err-max-choices = muss zwischen 1 und der Anzahl der Optionen ({ $number }) liegen
srv-err-option-too-long = „{ $value }“ ist länger als 200 Zeichen
srv-err-listed-twice = „{ $value }“ ist doppelt aufgeführt

## Refusals of surveys, recipients and waves
srv-err-at-most-options = höchstens { $max } Antwortmöglichkeiten
srv-err-no-range = nur Zahlenfragen haben ein Minimum und ein Maximum
srv-err-at-most-questions = höchstens { $max } Fragen
srv-err-no-such-organisation = diese Organisation gibt es nicht
srv-err-choose-organisation = wählen Sie die Organisation, die die Umfrage durchführt
srv-err-template-or-questions = geben Sie entweder eine Vorlage oder Fragen an, nicht beides
srv-err-anonymity-fixed = über die Anonymität wird entschieden, bevor die Umfrage versandt wird
srv-err-no-participants = dieses Programm hat keine Teilnehmenden, die Ihre Organisation betreut
srv-err-no-own-smes = Ihre Organisation betreut noch kein KMU
srv-err-sme-not-yours = KMU #{ $id } gehört weder zu Ihrer Organisation noch zu den Teilnehmenden, die sie betreut
srv-err-no-organisation-id = keine Organisation #{ $id }
srv-err-no-sme-id = kein KMU #{ $id }
srv-err-anonymous-split = die Ergebnisse einer anonymen Umfrage werden nur nach Land aufgeschlüsselt
srv-err-wave-started = diese Welle wurde gerade eben von jemand anderem gestartet
srv-err-already-invited = { $name } ist in dieser Welle bereits eingeladen
srv-edit-title = „{ $title }“ bearbeiten
srv-edit-survey = Titel und Einleitung bearbeiten
srv-save-survey = Umfrage speichern
srv-anonymous-fixed-yes = Anonym: Die Antworten werden ohne jede Verbindung zum Empfänger gespeichert. Das wurde beim Versand der ersten Welle festgelegt.
srv-anonymous-fixed-no = Nicht anonym: Die Antworten sind ihren Empfängern zugeordnet. Das wurde beim Versand der ersten Welle festgelegt.
srv-err-wave-over = eine spätere Welle dieser Umfrage wurde versandt: nur ihre Links nehmen Antworten an
srv-wave-over = Eine spätere Welle dieser Umfrage wurde an Sie versandt; bitte antworten Sie über den Link in dieser Einladung.
srv-closed-follow-up = Geschlossen: kein Link nimmt Antworten an. Eine Folgewelle öffnet die Umfrage wieder für ihre eigenen Links.
srv-move-up = Nach oben
srv-move-down = Nach unten
srv-move-up-label = Frage { $number } nach oben verschieben
srv-move-down-label = Frage { $number } nach unten verschieben
