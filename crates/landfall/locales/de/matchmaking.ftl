# matchmaking: events, profiles, agendas and the meeting plan.

## Shared words
mm-none-yet = Noch keine.
mm-event = Veranstaltung
mm-when = Wann
mm-when-local = Wann (Ortszeit)
mm-format = Format
mm-organiser = Veranstalter
mm-agenda = Terminplan
mm-edit = Bearbeiten
mm-cancel = Abbrechen
mm-save = Speichern
mm-choose = Auswählen
mm-accept = Annehmen
mm-decline = Ablehnen
mm-withdraw = Zurückziehen
mm-from = Von
mm-to = An
mm-message = Nachricht
mm-status = Status
mm-statistics = Statistik
mm-marketplace = Marktplatz
mm-profile = Profil
mm-type = Art
mm-title = Titel
mm-description = Beschreibung
mm-correct-fields = Bitte korrigieren Sie die unten markierten Felder.
mm-nobody-registered = Es hat sich noch niemand angemeldet.
mm-table = Tisch
mm-slot = Zeitfenster

## Dates

## Events list
mm-events-title = Matchmaking-Veranstaltungen
mm-new-event = Neue Veranstaltung
mm-events-intro = Kooperationsbörsen mit vorab vereinbarten 1:1-Gesprächen: Melden Sie sich an, fragen Sie die Teilnehmenden an, die Sie treffen möchten, und erhalten Sie Ihren persönlichen Terminplan.
mm-coming-up = Demnächst
mm-no-event-ahead = Keine Veranstaltung geplant.
mm-past = Vergangen
mm-no-sessions-yet = Noch keine Sitzungen

## Event page
mm-my-agenda = Mein Terminplan
mm-meeting-plan = Gesprächsplan
mm-over = vorbei
mm-venue = Ort
mm-video-meetings = Videogespräche
mm-meetings = Gespräche
mm-fact-tables = { $count ->
    [one] { $count } Tisch
   *[other] { $count } Tische
}
mm-fact-at-most = höchstens { $count } Gespräche pro Teilnehmer
mm-fact-expiry = { $count ->
    [one] Anfragen verfallen nach { $count } Stunde
   *[other] Anfragen verfallen nach { $count } Stunden
}
mm-sessions = Sitzungen
mm-no-session = Noch keine Sitzung.
mm-no-session-organiser = Noch keine Sitzung: Fügen Sie unten eine hinzu, um die Gesprächszeitfenster zu öffnen.
mm-remove-session = { $title } entfernen
mm-session-timing = Gespräche von { $meeting } Minuten, { $pause } Minuten dazwischen
mm-add-a-session = Sitzung hinzufügen
mm-session-title = Titel der Sitzung
mm-session-title-hint = z. B. Tag 1 vormittags
mm-date = Datum
mm-start-time = Beginn
mm-start-time-hint = Ortszeit der Veranstaltung
mm-end-time = Ende
mm-minutes-per-meeting = Minuten pro Gespräch
mm-minutes-between = Minuten zwischen den Gesprächen
mm-add-session = Sitzung hinzufügen
mm-your-registration = Ihre Anmeldung
mm-registered = { $name } ist angemeldet
mm-registered-for-at-most = für höchstens { $count } Gespräche
mm-available-in-some = verfügbar in { $count } von { $total } Zeitfenstern
mm-available-always = in jedem Zeitfenster verfügbar
mm-looking-for-text = Gesucht: { $text }
mm-change-registration = Anmeldung ändern
mm-save-registration = Anmeldung speichern
mm-cancel-registration = Anmeldung stornieren
mm-register-intro = Melden Sie sich an, um andere Teilnehmende um Gespräche zu bitten und selbst angefragt zu werden.
mm-register = Anmelden
mm-event-over = Die Veranstaltung ist vorbei.
mm-who-registers = Teilnehmende sind KMU und Organisationen des Netzwerks; die Anmeldung nehmen ihre eigenen Leute vor.
mm-attendees = Teilnehmende
mm-attendee = Teilnehmer
mm-country = Land
mm-kind = Art
mm-looking-for = Sucht
mm-meeting = Gespräch
mm-you = Sie
mm-why-meet = Warum ein Treffen? (optional)
mm-message-to = Nachricht an { $name }
mm-request-meeting = Gespräch anfragen
mm-your-requests = Ihre Anfragen
mm-asked-of-you = An Sie gerichtet
mm-no-request = Noch keine Anfrage.
mm-message-optional = Nachricht (optional)
mm-answer-to = Antwort an { $name }
mm-answer-by = Antwort bis { $time }
mm-sent-by-you = Von Ihnen gesendet
mm-none-sent = Noch keine. Nutzen Sie „Gespräch anfragen“ neben einem Teilnehmer.
mm-until = bis { $time }
mm-meeting-requests = Gesprächsanfragen
mm-attendee-number = Teilnehmer #{ $id }
mm-request-pending = Anfrage offen
mm-request-accepted = Gespräch angenommen
mm-request-declined = Anfrage abgelehnt
mm-request-expired = Anfrage verfallen
mm-request-withdrawn = Anfrage zurückgezogen
mm-party-sme = KMU

## Registration fields
mm-you-take-part = Sie nehmen teil
mm-most-meetings-you-want = Höchstzahl gewünschter Gespräche
mm-most-meetings-you-want-hint = Leer: so viele, wie die Veranstaltung zulässt
mm-when-you-can-meet = Wann Sie Zeit haben
mm-what-you-look-for = Was Sie suchen
mm-what-you-look-for-hint = Wird den anderen Teilnehmenden angezeigt

## Event form
mm-new-matchmaking-event = Neue Matchmaking-Veranstaltung
mm-edit-title = { $title } bearbeiten
mm-event-form-intro = Die Gesprächszeiten werden pro Sitzung auf der Seite der Veranstaltung festgelegt, in deren Zeitzone.
mm-choose-organiser = Veranstalter auswählen
mm-organiser-error = Veranstalter: { $message }
mm-description-hint = Für wen sie gedacht ist, was zu erwarten ist
mm-choose-format = Format auswählen
mm-venue-hint = Erforderlich für Gespräche vor Ort
mm-video-address = Adresse für Videogespräche
mm-video-address-hint = https://…; erforderlich für Online-Gespräche (jeder Tisch erhält einen eigenen Raum)
mm-time-zone = Zeitzone
mm-time-zone-hint = IANA-Name, z. B. Europe/Oslo
mm-tables = Tische
mm-tables-hint = Gespräche, die gleichzeitig stattfinden können
mm-most-meetings = Höchstzahl Gespräche pro Teilnehmer
mm-most-meetings-hint = Leer: keine Begrenzung
mm-hours-to-answer = Stunden zur Beantwortung einer Anfrage
mm-hours-to-answer-hint = Unbeantwortete Anfragen verfallen nach dieser Zeit

## Labels
mm-format-onsite = Vor Ort
mm-format-online = Online
mm-format-hybrid = Hybrid
mm-agenda-unpublished = Nicht veröffentlicht
mm-agenda-preliminary = Vorläufig
mm-agenda-final = Endgültig
mm-attendance-onsite = Vor Ort
mm-attendance-online = Online
mm-request-status-pending = Wartet auf Antwort
mm-request-status-accepted = Angenommen
mm-request-status-declined = Abgelehnt
mm-request-status-expired = Verfallen
mm-request-status-cancelled = Zurückgezogen
mm-type-business-offer = Geschäftsangebot
mm-type-business-request = Geschäftsgesuch
mm-type-technology-offer = Technologieangebot
mm-type-technology-request = Technologiegesuch
mm-type-research-cooperation = F&E- / Projektkooperation
mm-type-investment-offer = Investition angeboten (B2I)
mm-type-investment-request = Investition gesucht (B2I)
mm-type-cluster-cooperation = Clusterkooperation (C2C)
mm-stage-idea = Idee
mm-stage-prototype = Prototyp
mm-stage-pilot = Pilot / Feldtest
mm-stage-market-ready = Marktreif
mm-stage-established = Am Markt etabliert
mm-profile-status-draft = Entwurf
mm-profile-status-submitted = Wartet auf Prüfung
mm-profile-status-published = Veröffentlicht
mm-profile-status-rejected = Änderungen nötig
mm-profile-status-withdrawn = Zurückgezogen
mm-intro-status-pending = Wartet auf Antwort
mm-intro-status-accepted = Angenommen
mm-intro-status-declined = Abgelehnt

## Marketplace
mm-my-profiles = Meine Profile
mm-partners-for-you = Partner für Sie
mm-review-queue = Prüfliste
mm-new-profile = Neues Profil
mm-marketplace-intro = Veröffentlichte Angebote und Gesuche der KMU und Organisationen des Netzwerks. Kontaktdaten erscheinen, sobald der Inhaber eine Vorstellung oder ein Gespräch annimmt.
mm-search = Suchen
mm-search-hint = Was Sie anbieten oder suchen
mm-any-type = Jede Art
mm-sector-nace = Branche (NACE)
mm-sector-hint = z. B. C10 oder J62.01
mm-owners-country = Land des Inhabers
mm-any-country = Jedes Land
mm-target-market = Zielmarkt
mm-any-market = Jeder Markt
mm-owner = Inhaber
mm-anyone = Alle
mm-filter-left-out = Filter „{ $field }“: { $message } (nicht berücksichtigt)
mm-no-profile-matches = Kein veröffentlichtes Profil passt zu diesen Filtern.
mm-owner-smes = KMU
mm-owner-any-organisation = Jede Organisation
mm-visibility-public = auf dem Marktplatz
mm-visibility-expired = abgelaufen
mm-visibility-private = nicht öffentlich

## Partners
mm-partners-for = Partner für { $name }
mm-partners-intro = Veröffentlichte Profile, die zu den eigenen Profilen dieses KMU passen – oder, wenn es keine hat, zu dem, was sein Registereintrag über seine Tätigkeit und seine Zielmärkte sagt. Zu jedem gibt es die Gründe, warum es passt.
mm-no-partner = Noch passt kein veröffentlichtes Profil gut genug zu diesem.
mm-score-hint = Punktzahl von 0 bis 100
mm-answers = passt zu
mm-your-profile = Ihrem Profil
mm-reason-need = Bedarf
mm-reason-sector = Branche
mm-reason-value-chain = Wertschöpfungskette
mm-reason-market = Markt

## A profile
mm-stage = Reifegrad
mm-sectors = Branchen
mm-keywords = Schlagwörter
mm-none = Keine
mm-target-countries = Zielländer
mm-any = Alle
mm-expires-on = Läuft ab am
mm-published = Veröffentlicht
mm-reviewers-note = Anmerkung der Prüfung
mm-contact = Kontakt
mm-contact-hidden = Kontaktdaten werden angezeigt, sobald eine Vorstellung oder ein Gespräch angenommen ist.
mm-what-you-can-do = Was Sie tun können
mm-submit-for-review = Zur Prüfung einreichen
mm-approve-and-publish = Freigeben und veröffentlichen
mm-what-needs-to-change = Was muss sich ändern?
mm-what-needs-to-change-label = Was sich ändern muss
mm-what-needs-to-change-in = Was sich an { $title } ändern muss
mm-send-back = Zurückgeben
mm-renew = Um zwölf Monate verlängern
mm-your-introduction = Ihre Vorstellung
mm-asked-on-by = angefragt am { $date } von { $name }
mm-ask-introduction = Um eine Vorstellung bitten
mm-introduction-message = Wer Sie sind und warum Sie gern sprechen möchten
mm-recommended-partners = Empfohlene Partner

## My profiles
mm-no-party-before = Sie handeln nicht für ein eigenes KMU oder eine eigene Organisation. Nutzen Sie als Koordination die
mm-no-party-review-queue = Prüfliste
mm-no-party-between = oder schreiben Sie ein Profil für eine Partei mit
mm-no-profile-yet = Noch kein Profil.
mm-write-first = Schreiben Sie das erste
mm-write-first-after = : was Sie anbieten oder was Sie suchen.
mm-expires = Läuft ab
mm-intros-asked-of-you = An Sie gerichtete Vorstellungsanfragen
mm-nobody-asked = Noch hat niemand angefragt.
mm-about = Betrifft
mm-answer = Antwort
mm-accepting-shows = Mit der Annahme sehen beide Seiten die Kontaktdaten der jeweils anderen.
mm-intros-you-asked = Ihre Vorstellungsanfragen
mm-none-asked-before = Noch keine. Öffnen Sie ein Profil auf dem
mm-none-asked-marketplace = Marktplatz
mm-none-asked-after = und bitten Sie seinen Inhaber um eine Vorstellung.
mm-asked = Angefragt

## The profile form
mm-new-cooperation-profile = Neues Kooperationsprofil
mm-profile-form-intro = Ein Profil sagt, was Ihr Unternehmen anbietet oder sucht. Prüfende Ihrer Heimatorganisation veröffentlichen es auf dem Marktplatz; dort bleibt es zwölf Monate, sofern Sie es nicht verlängern.
mm-owner-hint-admin = sme:12 für ein KMU, organisation:3 für eine Organisation (siehe deren Adressen in Landfall)
mm-owner-hint = Leer lassen für Ihre Organisation, oder sme:12 für eines Ihrer KMU
mm-choose-type = Art auswählen
mm-profile-title-hint = Eine Zeile: was angeboten oder gesucht wird, und wo
mm-profile-description-hint = Mindestens 40 Zeichen: was es ist, für wen, welche Art von Partner Sie suchen
mm-sectors-hint = NACE-Rev.-2-Codes, durch Kommas oder Leerzeichen getrennt, z. B. C10.20, J62
mm-keywords-hint = Bis zu 10, eines pro Zeile oder durch Kommas getrennt
mm-target-countries-hint = Ländercodes, z. B. DE, NO
mm-choose-stage = Reifegrad auswählen
mm-expires-on-hint = Leer: zwölf Monate ab heute
mm-contact-person = Kontaktperson
mm-contact-person-hint = Nur für diejenigen sichtbar, mit denen Ihre Seite eine Vorstellung oder ein Gespräch angenommen hat.
mm-name = Name
mm-email = E-Mail
mm-phone = Telefon
mm-changes-go-back = Ein veröffentlichtes Profil, dessen Inhalt sich ändert, geht erneut in die Prüfung.
mm-save-changes = Änderungen speichern
mm-save-draft = Entwurf speichern
mm-save-and-submit = Speichern und zur Prüfung einreichen
mm-reviewer-publishes = Als Prüfer wird, was Sie einreichen, sofort veröffentlicht.

## Review queue
mm-profiles-to-review = Zu prüfende Profile
mm-review-intro = Profile Ihrer Organisation und ihrer KMU, die auf Veröffentlichung warten. Die Freigabe veröffentlicht ein Profil auf dem Marktplatz; die Rückgabe sagt dem Inhaber, was zu ändern ist.
mm-nothing-to-review = Nichts wartet auf Ihre Prüfung.
mm-submitted-by-changed = eingereicht von { $name }, geändert am { $date }
mm-approve = Freigeben
mm-reject = Zurückweisen

## Agenda
mm-agenda-of = Terminplan · { $name }
mm-download-ics = .ics herunterladen
mm-back-to-agenda = Zurück zum Terminplan
mm-print = Drucken
mm-times-local = Die Zeiten sind Ortszeit der Veranstaltung ({ $zone }).
mm-agenda-not-published = Der Terminplan ist noch nicht veröffentlicht.
mm-agenda-not-published-organiser = Sie sehen den aktuellen Plan; die Teilnehmenden sehen ihn, sobald Sie ihn veröffentlichen.
mm-agenda-not-published-attendee = Sie sehen Ihre Gespräche hier, sobald der Veranstalter ihn veröffentlicht.
mm-agenda-preliminary-notice = Dies ist der vorläufige Terminplan: Zeiten und Tische können sich noch ändern.
mm-agenda-waiting = { $count ->
    [one] { $count } angenommenes Gespräch steht noch nicht im Terminplan.
   *[other] { $count } angenommene Gespräche stehen noch nicht im Terminplan.
}
mm-agenda-empty = Kein Gespräch im Terminplan.
mm-agenda-empty-yet = Noch kein Gespräch im Terminplan.
mm-time = Zeit
mm-where = Wo
mm-with = Mit
mm-afterwards = Danach
mm-held = Stattgefunden
mm-follow-up-agreed-lower = Folgeschritt vereinbart
mm-not-held = Hat nicht stattgefunden
mm-took-place = Hat stattgefunden
mm-follow-up-agreed = Folgeschritt vereinbart
mm-note-optional = Notiz (optional)
mm-note-on-meeting = Notiz zum Gespräch um { $time }
mm-record = Festhalten

## Meeting plan
mm-meeting-plan-of = Gesprächsplan · { $title }
mm-plan-placed = { $count ->
    [one] { $count } Gespräch eingeplant
   *[other] { $count } Gespräche eingeplant
}
mm-plan-waiting = { $count ->
    [one] { $count } wartet auf einen Platz
   *[other] { $count } warten auf einen Platz
}
mm-plan-slots = { $count ->
    [one] { $count } Zeitfenster
   *[other] { $count } Zeitfenster
}
mm-plan-agenda = Terminplan:
mm-published-at = veröffentlicht { $time }
mm-run-scheduler = Planung starten
mm-publish-preliminary = Vorläufigen Terminplan veröffentlichen
mm-publish-final = Endgültigen Terminplan veröffentlichen
mm-scheduler-explained = Die Planung setzt jedes angenommene Gespräch ein, für das sie Platz findet; veröffentlichte und von Hand gesetzte Gespräche bleiben, wo sie sind. Die Teilnehmenden sehen ihre Gespräche, sobald ein Terminplan veröffentlicht ist.
mm-table-plan = Tischplan
mm-no-slots-before = Noch keine Zeitfenster: Fügen Sie eine Sitzung auf der
mm-no-slots-link = Veranstaltungsseite
mm-no-slots-after = { " " }hinzu.
mm-slot-local = Zeitfenster (Ortszeit)
mm-tables-in-use = Belegte Tische
mm-table-number = Tisch { $number }
mm-not-published = nicht veröffentlicht
mm-no-accepted-meeting = Noch kein angenommenes Gespräch.
mm-who = Wer
mm-place = Platz
mm-move = Verschieben
mm-priority = Priorität { $number }
mm-placed-by-hand = von Hand gesetzt
mm-published-badge = veröffentlicht
mm-not-placed = Nicht eingeplant
mm-slot-for = Zeitfenster für { $names }
mm-table-for = Tisch für { $names }
mm-take-off = Aus dem Plan nehmen
mm-remove = Entfernen
mm-add-a-meeting = Gespräch hinzufügen
mm-add-meeting-intro = Für Gespräche, die außerhalb der Anfragen vereinbart wurden. Lassen Sie Zeitfenster und Tisch leer, damit die Planung es einsetzt.
mm-first-attendee = Erster Teilnehmer
mm-second-attendee = Zweiter Teilnehmer
mm-let-scheduler-choose = Die Planung wählen lassen
mm-add-meeting = Gespräch hinzufügen
mm-place-at-table = { $slot } · Tisch { $table }
mm-agenda-table = Tisch { $table }
mm-agenda-video-room = Videoraum { $table }: { $url }
mm-scheduler-placed = { $scheduled ->
    [one] Die Planung hat { $scheduled } Gespräch eingesetzt und { $unscheduled } nicht unterbringen können.
   *[other] Die Planung hat { $scheduled } Gespräche eingesetzt und { $unscheduled } nicht unterbringen können.
}
mm-scheduler-kept = { $count ->
    [one] { $count } veröffentlichtes oder von Hand gesetztes Gespräch blieb, wo es war.
   *[other] { $count } veröffentlichte oder von Hand gesetzte Gespräche blieben, wo sie waren.
}
mm-scheduler-expired = { $count ->
    [one] { $count } unbeantwortete Anfrage ist verfallen.
   *[other] { $count } unbeantwortete Anfragen sind verfallen.
}
mm-published-preliminary = Der vorläufige Terminplan ist veröffentlicht: Die Teilnehmenden sehen ihre Gespräche.
mm-published-final = Der endgültige Terminplan ist veröffentlicht: Die Teilnehmenden sehen ihre Gespräche.
mm-published-unpublished = Der Terminplan ist nicht veröffentlicht.
mm-error-choose-slot = Wählen Sie ein Zeitfenster
mm-error-give-table = Geben Sie eine Tischnummer an
mm-error-slot-and-table = Wählen Sie ein Zeitfenster und einen Tisch, oder nehmen Sie es aus dem Plan
mm-error-two-attendees = Wählen Sie die beiden Teilnehmenden, die sich treffen

## Statistics
mm-statistics-of = Statistik · { $title }
mm-stat-requests-sent = gesendete Gesprächsanfragen
mm-stat-accepted = angenommen
mm-stat-scheduled = eingeplante Gespräche
mm-stat-held = stattgefunden
mm-stat-follow-up = mit Folgeschritt
mm-requests = Anfragen
mm-sent = Gesendet
mm-by-country = Nach Land
mm-by-kind = Nach Art der Teilnehmenden
mm-stats-explained = Eine Anfrage zählt für die Gruppe des Absenders (gesendet und ihr Ergebnis) und die des Empfängers (erhalten); ein Gespräch zählt einmal für jede beteiligte Gruppe.
mm-chart-title = Gesprächsanfragen der Teilnehmenden je Land: angenommen (dunkel) und nicht angenommen (hell)
mm-group = Gruppe
mm-requests-sent = Gesendete Anfragen
mm-received = Erhalten
mm-pending = Offen
mm-meetings-scheduled = Eingeplante Gespräche
mm-follow-ups = Folgeschritte

## Checks and refusals
mm-err-between = muss zwischen { $min } und { $max } liegen
mm-err-venue-required = ist für Gespräche vor Ort erforderlich
mm-err-url-required = ist für Online-Gespräche erforderlich
mm-err-https = muss mit https:// beginnen
mm-err-session-overlaps = überschneidet sich mit einer anderen Sitzung der Veranstaltung
mm-err-session-too-short = die Sitzung ist kürzer als ein Gespräch von { $minutes } Minuten
mm-err-too-many-slots = höchstens { $max } Zeitfenster pro Sitzung; teilen Sie sie in zwei
mm-err-choose-attendance = wählen Sie vor Ort oder online
mm-err-attendance-impossible = `{ $value }` ist bei einer Veranstaltung { $format ->
    [onsite] vor Ort
    [online] online
   *[hybrid] im Hybridformat
  } nicht möglich
mm-err-not-a-slot-of-event = Zeitfenster { $id } ist kein Zeitfenster dieser Veranstaltung
mm-err-choose-available = wählen Sie mindestens ein Zeitfenster, an dem Sie teilnehmen können
mm-err-meetings-in-slots = Sie haben Gespräche in Zeitfenster(n) { $slots }; bitten Sie den Veranstalter, sie zuerst zu verschieben
mm-err-ask-yourself = Sie können sich nicht selbst um ein Gespräch bitten
mm-err-not-an-answer = `{ $value }` ist keine Antwort (accept oder decline)
mm-err-request-expired = die Anfrage ist abgelaufen; senden Sie eine neue
mm-err-request-already = die Anfrage ist bereits { $status ->
    [pending] offen
    [accepted] angenommen
    [declined] abgelehnt
    [expired] abgelaufen
   *[cancelled] zurückgezogen
  }
mm-err-request-is = die Anfrage ist { $status ->
    [pending] offen
    [accepted] angenommen
    [declined] abgelehnt
    [expired] abgelaufen
   *[cancelled] zurückgezogen
  }
mm-err-cannot-unpublish = ein Terminplan kann nicht zurückgezogen werden
mm-err-final-agenda-out = der endgültige Terminplan ist veröffentlicht; veröffentlichen Sie Änderungen als endgültig
mm-err-priority = muss 1, 2 oder 3 sein
mm-err-cooperation-owner = Cluster-Kooperationsprofile gehören Organisationen, nicht KMU
mm-err-say-more = schreiben Sie etwas mehr (mindestens 40 Zeichen)
mm-err-sector-required = mindestens ein NACE-Rev.-2-Code ist erforderlich
mm-err-expiry-too-far = darf höchstens { $months } Monate in der Zukunft liegen; verlängern Sie später
mm-err-keyword-too-long = `{ $keyword }` ist länger als 60 Zeichen
mm-err-too-many-keywords = höchstens 10 Schlagwörter
mm-err-cannot-submit = ein Profil, das { $status ->
    [draft] ein Entwurf ist
    [submitted] auf Prüfung wartet
    [published] veröffentlicht ist
    [rejected] überarbeitet werden muss
   *[withdrawn] zurückgezogen ist
  }, kann nicht eingereicht werden
mm-err-say-what-to-change = geben Sie an, was geändert werden muss
mm-err-only-waiting-reviewed = nur Profile, die auf Prüfung warten, können freigegeben oder zurückgeschickt werden
mm-err-already-withdrawn = das Profil ist bereits zurückgezogen
mm-err-renew-window = ein Profil kann in den letzten { $days } Tagen vor seinem Ablauf verlängert werden (es läuft bis { $until })
mm-err-only-published-renewed = nur veröffentlichte Profile werden verlängert
mm-err-table-has-meetings = an Tisch { $table } finden Gespräche statt; verschieben Sie sie, bevor Sie Tische entfernen
mm-err-say-registrant = geben Sie an, welches KMU oder welche Organisation sich anmeldet
mm-err-no-such-party = dieses KMU oder diese Organisation gibt es nicht
mm-err-event-over = die Veranstaltung ist vorbei
mm-err-register-first = melden Sie sich zur Veranstaltung an, bevor Sie um Gespräche bitten
mm-err-no-such-attendee = diese Person nimmt nicht an dieser Veranstaltung teil
mm-err-answered-meanwhile = die Anfrage wurde inzwischen beantwortet oder ist abgelaufen
mm-err-not-held-yet = das Gespräch hat noch nicht stattgefunden
mm-err-not-scheduled = das Gespräch wurde nicht eingeplant
mm-err-no-follow-up = ein Gespräch, das nicht stattfand, hat keine Nachverfolgung
mm-err-no-such-owner = dieses KMU oder diese Organisation steht nicht im Verzeichnis
mm-err-say-owner = geben Sie an, welchem KMU oder welcher Organisation das Profil gehört
mm-err-own-profile = das ist Ihr eigenes Profil
mm-err-not-published = das Profil ist nicht veröffentlicht
mm-err-not-a-slot = kein Zeitfenster dieser Veranstaltung
mm-err-table-range = muss ein Tisch von 1 bis { $max } sein
mm-err-unavailable = { $name } ist in diesem Zeitfenster nicht verfügbar
mm-err-max-meetings = { $name } hat bereits die Höchstzahl von { $max } Gesprächen
mm-err-table-taken-by = Tisch { $table } ist in diesem Zeitfenster durch Gespräch #{ $meeting } belegt
mm-an-attendee = eine teilnehmende Person
mm-err-attendee-busy = { $name } hat in diesem Zeitfenster Gespräch #{ $meeting }
mm-err-place-taken = der Platz ist belegt
mm-err-two-attendees = ein Gespräch braucht mindestens zwei Teilnehmende
mm-err-not-an-attendee = Anmeldung { $id } ist keine Teilnahme an dieser Veranstaltung
mm-err-event-exists = eine Veranstaltung mit diesem Titel gibt es bereits
mm-err-session-has-meetings = in dieser Sitzung sind Gespräche eingeplant; verschieben oder entfernen Sie sie zuerst
mm-err-already-registered = bereits zu dieser Veranstaltung angemeldet
mm-err-request-exists = zwischen Ihnen gibt es bereits eine Gesprächsanfrage; beantworten Sie sie oder warten Sie auf die Antwort
mm-err-table-taken = dieser Tisch ist in diesem Zeitfenster belegt
mm-err-attendee-has-meeting = eine teilnehmende Person hat in diesem Zeitfenster bereits ein Gespräch

## Why a partner profile is recommended
mm-reason-related-work = verwandte Arbeit
mm-reason-both-in = beide in NACE { $code }
mm-reason-you-supply = Wertschöpfungskette: Ihr Bereich { $yours } beliefert deren Bereich { $theirs }
mm-reason-they-supply = Wertschöpfungskette: deren Bereich { $theirs } beliefert Ihren Bereich { $yours }
mm-reason-you-target = Sie zielen auf { $country }, wo die anderen sind
mm-reason-they-target = die anderen zielen auf { $country }, wo Sie sind
mm-reason-both-target = Sie zielen beide auf { $country }
mm-reason-they-request-you-offer = die anderen suchen { $theirs }, Sie bieten { $mine }
mm-reason-you-request-they-offer = Sie suchen { $mine }, die anderen bieten { $theirs }
mm-reason-you-look-they-offer = Sie suchen nach { $mine }, die anderen bieten { $theirs }
mm-reason-they-request-you-work = die anderen suchen { $theirs }, Sie arbeiten an { $mine }
mm-reason-both-work-on = Sie arbeiten beide an { $mine } / { $theirs }

mm-err-already-asked = Sie haben bereits um eine Vorstellung bei der Inhaberin oder dem Inhaber dieses Profils gebeten
mm-err-introduction-answered = die Vorstellung wurde bereits beantwortet
mm-err-profile-changed = das Profil wurde inzwischen geändert; laden Sie neu und versuchen Sie es noch einmal
mm-err-profile-edited-meanwhile = jemand anderes hat dieses Profil inzwischen gespeichert (oder eine Prüferin hat darüber entschieden); prüfen Sie es, wie es jetzt ist, und speichern Sie Ihre Änderungen erneut
mm-err-no-slots = legen Sie zuerst eine Sitzung mit Gesprächszeitfenstern an
mm-err-unschedulable = die Gesprächsdaten der Veranstaltung lassen sich nicht einplanen ({ $reason })
mm-err-no-organisation = diese Organisation gibt es nicht
mm-err-reject-note = schreiben Sie, was sich ändern muss
mm-your-smes = Ihre Unternehmen bei dieser Veranstaltung
mm-none-of-your-smes = Noch keines der Unternehmen, deren Heimatorganisation Sie sind, ist angemeldet.
mm-register-your-sme-intro = Melden Sie ein Unternehmen an, dessen Heimatorganisation Sie sind. Es ist in jedem Zeitfenster verfügbar; seine eigenen Leute ändern danach die Anmeldung und senden und beantworten Terminanfragen.
mm-sme = Unternehmen
mm-choose-sme = Unternehmen wählen
mm-it-takes-part = Es nimmt teil
mm-register-sme = Unternehmen anmelden
mm-err-choose-sme = wählen Sie eines Ihrer Unternehmen
mm-cancel-registration-of = Anmeldung von { $name } zurückziehen
