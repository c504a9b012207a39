# Soft landing: programmes, cohorts, participants, sessions, desks.
sl-correct-fields = Bitte korrigieren Sie die unten markierten Felder.
sl-save = Speichern
sl-cancel = Abbrechen
sl-edit = Bearbeiten
sl-name = Name
sl-kind = Art
sl-choose = Auswählen
sl-description = Beschreibung
sl-seats = Plätze
sl-host = Gastgeber
sl-session = Termin
sl-sessions = Termine
sl-participants = Teilnehmende
sl-sme = KMU
sl-desk = Arbeitsplatz
sl-cancelled = abgesagt
sl-none-yet = Noch keine.
sl-to = bis
sl-yes = ja
sl-no = nein
sl-accept = Annehmen
sl-decline = Ablehnen
sl-attended = Teilgenommen
sl-answer = Antwort
sl-cohort = Kohorte
sl-target-market = Zielmarkt
sl-starts-on = Beginnt am
sl-starts = beginnt am { $date }
sl-due = fällig am { $date }
sl-barriers-potentials = Hürden und Potenziale
sl-assessment-intro = Workshop 1: Bewerten Sie jede Hürde von 1 (keine Hürde) bis 5 (blockierend) und jedes Potenzial von 1 (schwach) bis 5 (stark). Der Reifegrad ergibt sich aus den Bewertungen.
sl-current-readiness = Aktueller Reifegrad:
sl-markets-considered = Betrachtete Märkte
sl-markets-hint = Ländercodes, durch Kommas getrennt, z. B. NO, DE
sl-barriers-legend = Hürden (1 keine – 5 blockierend)
sl-about-barriers = Zu den Hürden
sl-potentials-legend = Potenziale (1 schwach – 5 stark)
sl-about-potentials = Zu den Potenzialen
sl-save-assessment = Bewertung speichern
sl-set-by = gestellt von { $name }
sl-answers = Antworten
sl-nothing-handed-in = Noch nichts abgegeben.
sl-handed-in-by = Abgegeben von { $name }
sl-review-prefix = Prüfung:
sl-hand-in = Abgeben
sl-hand-in-again = Erneut abgeben
sl-your-answer = Ihre Antwort
sl-file-optional = Datei (optional)
sl-file-hint = Höchstens 10 MB: { $types }
sl-review = Prüfung
sl-comment = Kommentar
sl-comment-hint = Erforderlich, wenn Sie Änderungen verlangen
sl-ask-changes = Änderungen verlangen
sl-plan-from-template = Termine nach der Vorlage planen
sl-participants-count = { $count ->
    [one] { $count } Teilnehmende(r)
   *[other] { $count } Teilnehmende
}
sl-funnel = Trichter
sl-funnel-hint = Wie viele Teilnehmende jeden Schritt abgeschlossen haben (heller: übersprungen).
sl-step = Schritt
sl-done = Erledigt
sl-skipped = Übersprungen
sl-next-for = Als Nächstes für
sl-no-session-planned = Noch kein Termin geplant.
sl-when-utc = Wann (UTC)
sl-seats-hint = Personen, die Platz finden
sl-price-per-month = Preis pro Monat (EUR)
sl-offered-to-participants = Den Teilnehmenden angeboten
sl-desks-abroad = Arbeitsplätze im Ausland
sl-occupancy = Belegung
sl-new-desk = Neuer Arbeitsplatz
sl-requests-waiting = Anfragen, die auf Ihre Entscheidung warten
sl-dates = Zeitraum
sl-status = Status
sl-decision = Entscheidung
sl-approve = Genehmigen
sl-offered-desks = Angebotene Arbeitsplätze
sl-no-desk-offered = Noch kein Arbeitsplatz angeboten.
sl-per-month = Pro Monat
sl-not-offered = nicht angeboten
sl-desks-hint = Teilnehmende fragen Arbeitsplätze auf ihrer eigenen Seite zum Ablauf an.
sl-desk-occupancy = Belegung der Arbeitsplätze
sl-months = Monate
sl-previous-month = ← Vorheriger Monat
sl-next-month = Nächster Monat →
sl-no-desks-yet = Noch keine Arbeitsplätze.
sl-offer-one = Einen anbieten.
sl-taken = Belegt
sl-taken-day = belegt
sl-free-day = frei
sl-bookings-this-month = Buchungen in diesem Monat
sl-from = von
sl-target-market-of = Zielmarkt { $market }
sl-sme-profile = KMU-Profil
sl-journey = Ablauf
sl-notes-label = Notizen:
sl-outputs-label = Ergebnisse:
sl-on = am
sl-mark-done = Als erledigt markieren
sl-date-for = Datum für { $step }
sl-set-date = Datum festlegen
sl-why-skip = Warum überspringen?
sl-reason-skip = Grund, { $step } zu überspringen
sl-skip = Überspringen
sl-why-reopen = Warum wieder öffnen?
sl-reason-reopen = Grund, { $step } wieder zu öffnen
sl-reopen = Wieder öffnen
sl-notes-outputs = Notizen und Ergebnisse
sl-notes = Notizen
sl-outputs = Ergebnisse
sl-save-notes = Notizen speichern
sl-readiness = Reifegrad
sl-main-barriers = Größte Hürden:
sl-none-rated-high = keine mit 4 oder 5 bewertet
sl-markets-considered-label = Betrachtete Märkte:
sl-saved-by = gespeichert von { $name }
sl-assessment-missing = Noch nicht ausgefüllt: Das geschieht in Workshop 1, das KMU mit seinem Heimat-Inkubator.
sl-update-assessment = Bewertung aktualisieren
sl-fill-assessment = Bewertung ausfüllen
sl-no-session-yet = Noch kein Termin.
sl-when-local = Wann (Ortszeit)
sl-home-assignments = Hausaufgaben
sl-no-assignment = Keine Aufgabe gestellt.
sl-set-an-assignment = Eine Aufgabe stellen
sl-title = Titel
sl-what-to-do = Was zu tun ist
sl-due-on = Fällig am
sl-set-assignment = Aufgabe stellen
sl-desk-abroad = Arbeitsplatz im Ausland
sl-no-desk-booked = Kein Arbeitsplatz gebucht.
sl-request-desk-at = Arbeitsplatz bei { $host } anfragen
sl-from-date = Von
sl-to-included = Bis (einschließlich)
sl-note = Anmerkung
sl-waitlist = Auf die Warteliste setzen, wenn der Arbeitsplatz belegt ist
sl-request-the-desk = Arbeitsplatz anfragen
sl-calendar = Kalender
sl-calendar-participant = Abonnieren Sie die Termine dieser Teilnehmenden in Outlook, Google Kalender oder Apple Kalender mit dieser Adresse:
sl-new-address = Neue Adresse erzeugen
sl-old-stops = (die alte funktioniert dann nicht mehr)
sl-history = Verlauf
sl-nothing-happened = Bisher ist nichts geschehen.
sl-who = Wer
sl-change = Änderung
sl-reason = Grund
sl-add-participant-to = Teilnehmende zu { $programme } hinzufügen
sl-add-participant-intro = Ein KMU Ihrer Organisation tritt einer Kohorte bei und wird von einem Partner im Ausland aufgenommen.
sl-choose-cohort = Kohorte wählen
sl-choose-sme = KMU wählen
sl-host-abroad = Gastgeber im Ausland
sl-choose-partner-abroad = Partner im Ausland wählen
sl-target-market-hint = Ländercode; leer: das Land des Gastgebers
sl-add-participant = Teilnehmende hinzufügen
sl-no-participant-visible = Keine Teilnehmenden, die Sie sehen können.
sl-home = Heimat
sl-next-step = Nächster Schritt
sl-finished = abgeschlossen
sl-marks-legend = ✓ erledigt · ◷ terminiert · · geplant · – übersprungen
sl-plan-sessions-of = Termine von { $cohort } planen
sl-plan-intro = Ein Schritt erstellt den ganzen Kalender Monate im Voraus: Workshop 1 bei jedem Heimat-Inkubator, dann die Studienreise und die Workshops 2 und 3 bei jedem Gastgeber im Ausland, zur Ortszeit des Gastgebers. Alle Teilnehmenden werden eingeladen und sehen die Termine sofort.
sl-workshop-1-on = Workshop 1 am
sl-weekend-hint = Ein Wochenendtag wird auf den folgenden Montag verschoben
sl-sessions-start-at = Termine beginnen um
sl-local-time-hint = Ortszeit am jeweiligen Veranstaltungsort
sl-and-end-at = und enden um
sl-trip-after-weeks = Studienreise, Wochen nach Workshop 1
sl-trip-days = Studienreise, Tage
sl-ws2-after-weeks = Workshop 2, Wochen nach Workshop 1
sl-ws3-after-weeks = Workshop 3, Wochen nach Workshop 1
sl-ws3-hint = Hausaufgaben liegen zwischen Workshop 2 und 3
sl-spare-seats = Reserveplätze pro Termin
sl-create-sessions = Termine anlegen
sl-new-session = Neuer Termin
sl-targets = Ziele
sl-formal-partnerships = Formelle Partnerschaften
sl-physical-presences = Physische Präsenz im Ausland
sl-export-starts = Exportstarts
sl-partners = Partner
sl-cohorts = Kohorten
sl-no-cohort = Noch keine Kohorte.
sl-n-participants = { $count ->
    [one] { $count } Teilnehmende(r)
   *[other] { $count } Teilnehmende
}
sl-new-cohort = Neue Kohorte
sl-cohort-hint = z. B. Frühjahr 2027
sl-add-cohort = Kohorte hinzufügen
sl-participants-you-follow = Teilnehmende, die Sie betreuen
sl-ends-on = Endet am
sl-targets-legend = Ziele (Anzahl KMU)
sl-partners-legend = Partnerorganisationen (in mindestens zwei Ländern)
sl-programmes-heading = Soft-Landing-Programme
sl-new-programme = Neues Programm
sl-programmes-intro = Inkubatoren in mehreren Ländern tauschen KMU aus und begleiten jedes in einen ausländischen Markt: Workshop 1 zu Hause, eine Studienreise, Workshop 2 im Ausland, Hausaufgaben, Workshop 3 im Ausland und ein Arbeitsplatz im Ausland für die, die bleiben.
sl-no-programme = Noch kein Programm.
sl-of-target-participants = von { $target } Teilnehmenden
sl-n-partners = { $count ->
    [one] { $count } Partner
   *[other] { $count } Partner
}
sl-add-to-calendar = Zum Kalender hinzufügen (.ics)
sl-when = Wann
sl-where = Wo
sl-programme = Programm
sl-cohort-link = Kohorte
sl-of-taken = von { $capacity } belegt
sl-agenda = Tagesordnung
sl-invited = Eingeladen
sl-nobody-invited = Noch niemand eingeladen.
sl-record-attendance = Anwesenheit erfassen
sl-absent = Abwesend
sl-invite-participants = Teilnehmende einladen
sl-invite = Einladen
sl-cancel-session = Termin absagen
sl-session-form-intro = Datum und Uhrzeit gelten am Veranstaltungsort; Kalender zeigen sie in der Zeitzone der jeweiligen Lesenden.
sl-choose-host = Gastgeber wählen
sl-any-cohort = Alle Kohorten
sl-title-hint = Standard: die Art des Termins
sl-venue = Veranstaltungsort
sl-start-date = Startdatum
sl-start-time = Beginn
sl-end-date = Enddatum
sl-end-date-hint = Für mehrtägige Studienreisen
sl-end-time = Ende
sl-time-zone = Zeitzone
sl-time-zone-hint = IANA-Name, z. B. Europe/Oslo; leer: das Land des Gastgebers
sl-coming-up = Demnächst
sl-no-session-ahead = Kein anstehender Termin.
sl-when-local-venue = Wann (Ortszeit am Veranstaltungsort)
sl-past = Vergangen
sl-org-calendar = Kalender Ihrer Organisation
sl-org-calendar-text = Alle Termine, die Ihre Organisation ausrichtet oder an denen ihre Teilnehmenden teilnehmen, für Outlook, Google Kalender oder Apple Kalender:
sl-edit-title = Bearbeiten: { $name }
sl-assessment-title = Bewertung · { $name }
sl-add-a-participant = Teilnehmende hinzufügen
sl-funnel-chart-title = Wie viele der { $count } Teilnehmenden jeden Schritt abgeschlossen haben
sl-plan-title = Planung: { $cohort }

# Labels of the journey, assignments, desks, sessions and the assessment
sl-step-workshop-1 = Workshop 1 zu Hause
sl-step-study-trip = Studienreise
sl-step-workshop-2 = Workshop 2 im Ausland
sl-step-home-assignments = Aufgaben für zu Hause
sl-step-workshop-3 = Workshop 3 im Ausland
sl-step-long-term-presence = Präsenz im Ausland
sl-purpose-workshop-1 = Hürden und Potenziale für den Schritt ins Ausland, bewertet mit dem heimischen Inkubator
sl-purpose-study-trip = Ein erster Besuch im Partnerland und beim Inkubator: Netzwerk und Marktinformationen
sl-purpose-workshop-2 = Kultur, Kunden und lokales Recht, beim Partnerinkubator
sl-purpose-home-assignments = Aufgaben nach Workshop 2, eingereicht und geprüft
sl-purpose-workshop-3 = Echte Kunden und Partner und die Internationalisierungsstrategie
sl-purpose-long-term-presence = Ein Arbeitsplatz oder Büro beim ausländischen Inkubator für einige Monate (optional)
sl-state-planned = geplant
sl-state-scheduled = terminiert
sl-state-done = erledigt
sl-state-skipped = übersprungen
sl-assignment-open = Offen
sl-assignment-submitted = Eingereicht, wartet auf Prüfung
sl-assignment-accepted = Angenommen
sl-assignment-needs-changes = Änderungen nötig
sl-booking-requested = Angefragt
sl-booking-approved = Genehmigt
sl-booking-declined = Abgelehnt
sl-booking-waitlisted = Auf der Warteliste
sl-booking-cancelled = Storniert
sl-desk-kind-hot-desk = Flexibler Arbeitsplatz
sl-desk-kind-fixed-desk = Fester Arbeitsplatz
sl-desk-kind-private-office = Eigenes Büro
sl-session-workshop-1 = Workshop 1
sl-session-study-trip = Studienreise
sl-session-workshop-2 = Workshop 2
sl-session-workshop-3 = Workshop 3
sl-barrier-language = Sprache
sl-barrier-culture = Geschäftskultur
sl-barrier-regulation = Vorschriften, Zertifizierung und Recht
sl-barrier-funding = Finanzierung des Schritts ins Ausland
sl-barrier-contacts = Fehlende Kontakte und Partner
sl-barrier-capacity = Zeit und Personal dafür
sl-potential-market-demand = Nachfrage im Zielmarkt
sl-potential-product-fit = Das Produkt passt unverändert zum Markt
sl-potential-competitive-advantage = Klarer Vorteil gegenüber lokalen Wettbewerbern
sl-potential-existing-network = Bereits Kontakte vor Ort
sl-potential-management-commitment = Engagement der Geschäftsleitung
sl-readiness-not-ready = noch nicht bereit
sl-readiness-getting-ready = auf dem Weg
sl-readiness-ready = bereit
sl-readiness-well-prepared = gut vorbereitet

# A month of a year, as the occupancy view heads it
sl-month-1 = Januar { $year }
sl-month-2 = Februar { $year }
sl-month-3 = März { $year }
sl-month-4 = April { $year }
sl-month-5 = Mai { $year }
sl-month-6 = Juni { $year }
sl-month-7 = Juli { $year }
sl-month-8 = August { $year }
sl-month-9 = September { $year }
sl-month-10 = Oktober { $year }
sl-month-11 = November { $year }
sl-month-12 = Dezember { $year }

# Refusals of forms and actions (validation messages and conflicts).
sl-err-already-accepted = die Aufgabe ist bereits angenommen
sl-err-review-only-submitted = nur eine eingereichte Aufgabe kann geprüft werden (diese ist { $status ->
    [open] offen
    [accepted] angenommen
    [needs_changes] zur Überarbeitung zurückgegeben
   *[other] eingereicht und wartet auf Prüfung
})
sl-err-say-what-changes = sagen Sie, was geändert werden muss
sl-err-not-in-past = darf nicht in der Vergangenheit liegen
sl-err-answer-or-file = schreiben Sie eine Antwort oder hängen Sie eine Datei an
sl-err-no-organisation = diese Organisation gibt es nicht
sl-err-session-two-weeks = ein Termin dauert höchstens zwei Wochen
sl-err-capacity-seats = muss zwischen 1 und { $max } Plätzen liegen
sl-err-capacity-below-invited = { $count } Teilnehmende sind bereits eingeladen; die Kapazität kann nicht kleiner sein
sl-err-trip-days = 1 bis 10 Tage
sl-err-trip-week = mindestens eine Woche nach Workshop 1
sl-err-ws2-after-trip = muss nach der Studienreise liegen
sl-err-ws3-after-ws2 = muss nach Workshop 2 liegen (dazwischen liegen die Aufgaben für zu Hause)
sl-err-ws3-two-years = innerhalb von zwei Jahren nach Workshop 1
sl-err-spare-seats = höchstens 50
sl-err-unknown-organisation = Organisation #{ $id } ist unbekannt
sl-err-target = muss eine Zahl von KMU zwischen 0 und 100.000 sein
sl-err-not-before-start = darf nicht vor dem Beginn liegen
sl-err-no-such-organisations = diese Organisation gibt es nicht: { $ids }
sl-err-partner-kind = Partner führen die Reise durch: { $kind ->
    [public_authority] eine Behörde
    [funding_agency] eine Förderagentur
    [knowledge_institution] eine Wissenseinrichtung
    [incubator] ein Inkubator
    [cluster] ein Cluster
   *[other] ein Zentrum für Unternehmensentwicklung
} (#{ $id }) kann keiner sein
sl-err-two-countries = ein Soft-Landing-Programm braucht Partner in mindestens zwei Ländern
sl-err-within-programme = muss innerhalb des Programms liegen ({ $start } bis { $end })
sl-err-no-cohort = diese Kohorte gibt es in diesem Programm nicht
sl-err-no-sme = dieses KMU gibt es nicht
sl-err-home-not-partner = die Heimatorganisation des KMU ist kein Partner dieses Programms
sl-err-already-participating = dieses KMU nimmt bereits am Programm teil
sl-err-host-partner = der Gastgeber muss ein Partner dieses Programms sein
sl-err-host-other = der Gastgeber muss ein anderer Inkubator als die Heimat sein
sl-err-host-abroad = Soft Landing führt ins Ausland: wählen Sie einen Gastgeber in einem anderen Land
sl-err-market-abroad = der Zielmarkt muss im Ausland liegen
sl-err-desk-capacity = 1 bis 50 Personen
sl-err-desk-price = von 0 EUR bis 100.000 EUR im Monat
sl-err-booking-is = die Buchung ist { $status ->
    [requested] angefragt
    [approved] genehmigt
    [declined] abgelehnt
    [waitlisted] auf der Warteliste
   *[other] storniert
}
sl-err-booking-two-years = eine Buchung läuft höchstens zwei Jahre; buchen Sie erneut, um zu verlängern
sl-err-step-settled-reopen = { $step } ist bereits { $state ->
    [done] erledigt
   *[other] übersprungen
}; öffnen Sie den Schritt wieder, bevor Sie ihm ein neues Datum geben
sl-err-step-settled = { $step } ist bereits { $state ->
    [done] erledigt
   *[other] übersprungen
}
sl-err-step-nothing-to-reopen = { $step } ist weder erledigt noch übersprungen, es gibt also nichts wieder zu öffnen
sl-err-step-later-settled = { $step } ist bereits { $state ->
    [done] erledigt
   *[other] übersprungen
}; öffnen Sie diesen Schritt zuerst wieder
sl-err-step-order = { $step } kann nicht { $verb ->
    [completed] abgeschlossen
   *[other] übersprungen
} werden, bevor { $earlier } erledigt oder übersprungen ist: die Schritte folgen aufeinander
sl-err-reason = geben Sie eine schriftliche Begründung (mindestens { $min } Zeichen)
sl-err-rate = bewerten Sie von { $min } bis { $max }
sl-err-one-market = nennen Sie mindestens einen Markt
sl-err-unknown-barrier = unbekannte Hürde
sl-err-unknown-potential = unbekanntes Potenzial
sl-err-own-host = Sie können Termine anlegen, die Ihre eigene Organisation ausrichtet, und sie muss Partner sein
sl-err-keeps-host = ein Termin behält seinen Gastgeber; sagen Sie ihn ab und legen Sie einen neuen an
sl-err-keeps-cohort = ein Termin behält seine Kohorte
sl-err-keeps-programme = ein Termin behält sein Programm
sl-err-session-full = der Termin ist voll: { $taken } von { $capacity } Plätzen sind vergeben
sl-err-no-seat = kein Platz mehr frei
sl-err-session-cancelled = der Termin ist abgesagt
sl-err-not-participant = #{ $id } nimmt nicht an diesem Programm teil
sl-err-participant-declined = die teilnehmende Person hat diesen Termin abgelehnt
sl-err-cohort-has-sessions = diese Kohorte hat bereits { $count } Termine; ändern oder streichen Sie sie einzeln
sl-err-cohort-empty = fügen Sie der Kohorte Teilnehmende hinzu, bevor Sie ihre Termine planen
sl-err-desk-keeps-org = ein Arbeitsplatz bleibt bei seiner Organisation
sl-err-desk-booked = der Arbeitsplatz ist vom { $start } bis zum { $end } gebucht (Buchung #{ $id })
sl-err-desk-booked-dates = der Arbeitsplatz ist vom { $start } bis zum { $end } gebucht
sl-err-desk-just-booked = der Arbeitsplatz wurde gerade von jemand anderem gebucht; versuchen Sie es noch einmal
sl-err-no-desk = diesen Arbeitsplatz gibt es nicht
sl-err-desk-not-offered = dieser Arbeitsplatz wird derzeit nicht angeboten
sl-err-desk-other-host = der Gastgeber der teilnehmenden Person ist { $host }; buchen Sie einen seiner Arbeitsplätze
sl-err-programme-name-taken = ein Programm mit diesem Namen gibt es bereits
sl-err-partner-stays = Organisation #{ $id } hat Teilnehmende in diesem Programm und bleibt Partner
sl-err-cohort-name-taken = dieses Programm hat bereits eine Kohorte mit diesem Namen
sl-err-desk-name-taken = diese Organisation hat bereits einen Arbeitsplatz mit diesem Namen
sl-err-choose-from-list = wählen Sie aus der Liste
sl-err-time-format = schreiben Sie die Uhrzeit als HH:MM
sl-err-choose-date = wählen Sie ein Datum
sl-err-choose-action = wählen Sie eine Aktion
sl-err-date-to-schedule = ist erforderlich, um einen Schritt zu terminieren
sl-err-answer = antworten Sie mit accepted oder declined
sl-err-month-format = schreiben Sie den Monat als JJJJ-MM
sl-err-booking-changed = über die Buchung wurde inzwischen entschieden; laden Sie sie neu und versuchen Sie es erneut
sl-err-answered-meanwhile = diese Einladung wurde inzwischen beantwortet; laden Sie die Seite neu
sl-err-answer-meanwhile = inzwischen wurde eine neue Antwort abgegeben; laden Sie die Seite neu, um sie zu prüfen
sl-change-assignment = Aufgabe ändern
sl-save-assignment = Aufgabe speichern
sl-remove-assignment = Aufgabe entfernen
sl-remove-assignment-hint = Versehentlich gestellt? Es wurde noch nichts abgegeben, daher kann sie noch entfernt werden.
sl-err-assignment-accepted = die Aufgabe wurde angenommen; sie bleibt, wie sie ist
sl-err-assignment-answered = zu dieser Aufgabe wurde eine Antwort abgegeben, daher bleibt sie bestehen
sl-correct = Korrigieren
sl-correct-title = { $name } korrigieren
sl-correct-participant-intro = Verschieben Sie es in eine andere Kohorte, geben Sie ihm einen anderen Gastgeber im Ausland oder einen anderen Zielmarkt, oder korrigieren Sie den Tag des Eintritts. Ein neuer Gastgeber sieht ab jetzt den privaten Teil des Unternehmens, der alte nicht mehr; der Gastgeber kann nicht wechseln, solange dort ein Arbeitsplatz gebucht oder angefragt ist.
sl-joined-on = Eingetreten am
sl-remove-participant = Aus dem Programm nehmen
sl-remove-participant-hint = Versehentlich hinzugefügt, oder verlässt es das Programm? Verlauf, Einschätzung, Hausaufgaben, Einladungen und Arbeitsplatzbuchungen werden mit gelöscht; die Ergebnisdatensätze des Unternehmens bleiben.
sl-remove-participant-confirm = { $name } mit seinem Verlauf aus dem Programm nehmen
sl-err-confirm-removal = zur Bestätigung das Kästchen ankreuzen
sl-err-host-has-desks = ein Arbeitsplatz bei { $host } ist gebucht oder angefragt: stornieren Sie die Buchung, bevor der Gastgeber wechselt
