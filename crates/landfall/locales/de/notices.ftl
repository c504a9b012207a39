# Notifications and their e-mails, written in each recipient's language.
ntf-email-footer = Landfall. Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen: { $settings }
ntf-at-zone = { $at } ({ $zone })
ntf-decision-subject = { $funder } hat über { $reference } entschieden
ntf-decision-body = { $funder } hat über seine Partner in { $application } ({ $call }) entschieden: { $decisions }.
ntf-decision-line = { $outcome ->
    [approved] { $partner }: bewilligt, { $amount }
    [approved_with_conditions] { $partner }: unter Auflagen bewilligt, { $amount }
   *[rejected] { $partner }: abgelehnt
}
ntf-deadline-subject = { $call } schließt am { $closes }
ntf-deadline-body = Ihr Antrag { $application } zu { $call } ist noch ein Entwurf. Reichen Sie ihn vor der Frist ein, { $closes }; verspätete Anträge können nicht eingereicht werden.
ntf-assignment-subject = Ihre Aufgabe „{ $title }“ wurde geprüft
ntf-assignment-body = { $verdict ->
    [accepted] { $reviewer } hat Ihre Heimaufgabe „{ $title }“ angenommen.
   *[changes] { $reviewer } bittet um Änderungen an Ihrer Heimaufgabe „{ $title }“.
}{ $has_comment ->
    [yes] {" "}Kommentar: „{ $comment }“
   *[no] {""}
}
ntf-session-subject = Einladung: { $session } am { $when }
ntf-session-body = { $sme } ist zu { $session } am { $when } ({ $zone }) in { $venue } eingeladen, Gastgeber ist { $host }. Bitte nehmen Sie die Einladung an oder lehnen Sie sie ab.
ntf-meeting-request-subject = { $from } möchte Sie bei { $event } treffen
ntf-meeting-request-body = { $from } möchte ein Treffen mit { $to } bei { $event }. Bitte antworten Sie vor { $expires } UTC; dann verfällt die Anfrage.{ $has_message ->
    [yes] {" "}Die Nachricht: „{ $message }“
   *[no] {""}
}
ntf-meeting-answer-subject = { $status ->
    [accepted] { $name } hat Ihre Terminanfrage angenommen
   *[declined] { $name } hat Ihre Terminanfrage abgelehnt
}
ntf-meeting-answer-body = { $status ->
    [accepted] { $name } hat Ihre Anfrage für ein Treffen bei { $event } angenommen; die Veranstalter legen das Treffen in ein Zeitfenster und an einen Tisch.
   *[declined] { $name } hat Ihre Anfrage für ein Treffen bei { $event } abgelehnt.
}{ $has_message ->
    [yes] {" "}Die Antwort: „{ $message }“
   *[no] {""}
}
ntf-request-expired-subject = Ihre Terminanfrage an { $name } ist verfallen
ntf-request-expired-body = { $name } hat Ihre Anfrage für ein Treffen bei { $event } nicht rechtzeitig beantwortet. Solange die Veranstaltung offen ist, können Sie eine neue Anfrage senden.
ntf-profile-submitted-subject = { $owner } bittet Sie, ein Kooperationsprofil zu prüfen
ntf-profile-submitted-body = { $owner } hat ein Kooperationsprofil zur Prüfung eingereicht. Es erscheint auf dem Marktplatz, sobald Sie es freigeben; braucht es Änderungen, schicken Sie es mit einer Anmerkung zurück. Das Profil: „{ $title }“
ntf-profile-reviewed-subject = { $state ->
    [published] Ihr Kooperationsprofil ist veröffentlicht
   *[rejected] Ihr Kooperationsprofil braucht Änderungen
}
ntf-profile-reviewed-body = { $state ->
    [published] { $reviewer } hat Ihr Kooperationsprofil „{ $title }“ freigegeben: Es steht jetzt auf dem Marktplatz, wo das Netzwerk es finden und um eine Vorstellung bitten kann.
   *[rejected] { $reviewer } hat Ihr Kooperationsprofil „{ $title }“ zur Überarbeitung zurückgeschickt. Ändern Sie es und reichen Sie es erneut ein.
}{ $has_note ->
    [yes] {" "}Die Anmerkung: „{ $note }“
   *[no] {""}
}
ntf-intro-request-subject = { $from } bittet darum, Ihnen vorgestellt zu werden
ntf-intro-request-body = { $from } hat Ihr Kooperationsprofil „{ $title }“ auf dem Marktplatz gefunden und möchte Ihnen vorgestellt werden. Nehmen Sie an, sieht die Gegenseite die Kontaktdaten des Profils; Sie können auch ablehnen. Die Nachricht: „{ $message }“
ntf-intro-answer-subject = { $status ->
    [accepted] { $owner } hat Ihre Anfrage nach einer Vorstellung angenommen
   *[declined] { $owner } hat Ihre Anfrage nach einer Vorstellung abgelehnt
}
ntf-intro-answer-body = { $status ->
    [accepted] { $owner } hat Ihre Anfrage nach einer Vorstellung angenommen: Die Kontaktdaten stehen jetzt auf der Seite des Profils „{ $title }“
   *[declined] { $owner } hat Ihre Anfrage nach einer Vorstellung abgelehnt. Das Profil: „{ $title }“
}
ntf-agenda-subject = { $state ->
    [preliminary] Die vorläufige Agenda von { $event } ist erschienen
   *[final] Die endgültige Agenda von { $event } ist erschienen
}
ntf-agenda-body = { $state ->
    [preliminary] Die Veranstalter von { $event } haben die vorläufige Agenda veröffentlicht: Ihre Treffen, ihre Zeiten und Tische. Es gibt sie auch als Kalenderdatei zum Abonnieren.
   *[final] Die Veranstalter von { $event } haben die endgültige Agenda veröffentlicht: Ihre Treffen, ihre Zeiten und Tische. Es gibt sie auch als Kalenderdatei zum Abonnieren.
}
ntf-survey-subject = { $organisation } bittet um Ihre Antworten: { $survey }
ntf-survey-body = { $follow_up ->
    [no] { $organisation } lädt { $recipient } ein, „{ $survey }“ zu beantworten. Der Link unten ist persönlich: Er gilt für eine Antwort und braucht kein Konto.
   *[other] { $organisation } lädt { $recipient } ein, „{ $survey }“ zu beantworten (Folgerunde { $wave }). Der Link unten ist persönlich: Er gilt für eine Antwort und braucht kein Konto.
}
ntf-reminder-subject = Erinnerung: { $survey }
ntf-reminder-body = { $organisation } möchte weiterhin die Antworten von { $recipient } zu „{ $survey }“, wozu Sie am { $sent } eingeladen wurden. Der Link unten ist Ihr persönlicher Link; der Link aus der Einladung funktioniert ebenfalls, und jeder kann einmal verwendet werden.

# Kontonachrichten: Einladungen und Links zum Wählen eines Passworts.
ntf-account-invitation-subject = Sie sind zu Landfall eingeladen
ntf-account-invitation-body = Hallo { $name }, { $inviter } hat für Sie ein Konto bei Landfall für { $email } angelegt. Wählen Sie Ihr Passwort mit dem Link unten; er funktioniert einmal, innerhalb von sieben Tagen.
ntf-account-reset-subject = Ein neues Passwort für Landfall wählen
ntf-account-reset-body = Hallo { $name }, jemand (hoffentlich Sie) hat darum gebeten, ein neues Passwort für Ihr Landfall-Konto zu wählen. Der Link unten funktioniert einmal, innerhalb von { $minutes } Minuten. Waren Sie es nicht, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
ntf-err-always-emailed = Kontonachrichten kommen immer per E-Mail
ntf-email-footer-account = Landfall. Sie erhalten diese E-Mail, weil sie Ihr Konto betrifft; solche E-Mails lassen sich nicht abbestellen.
ntf-session-moved-subject = Geändert: { $session }
ntf-session-moved-body = { $session }, zu dem { $sme } eingeladen ist, findet jetzt am { $when } ({ $zone }) in { $venue } statt.
ntf-session-cancelled-subject = Abgesagt: { $session }
ntf-session-cancelled-body = { $session } am { $when } ({ $zone }), zu dem { $sme } eingeladen war, wurde von { $host } abgesagt.
ntf-chapter-reviewed-subject = { $state ->
    [published] Ihr Handbuchkapitel ist veröffentlicht
   *[returned] Ihr Handbuchkapitel braucht Änderungen
}
ntf-chapter-reviewed-body = { $state ->
    [published] { $reviewer } hat das Kapitel „{ $title }“ freigegeben: Es steht jetzt im öffentlichen Handbuch.
   *[returned] { $reviewer } hat das Kapitel „{ $title }“ zur Überarbeitung zurückgegeben. Ändern Sie den Entwurf und reichen Sie ihn erneut ein.
}{ $has_note ->
    [yes] {" "}Die Anmerkung: „{ $note }“
   *[no] {""}
}
ntf-meeting-changed-subject = { $change ->
    [moved] Ihr Treffen mit { $with } wurde verschoben
   *[other] Ihr Treffen mit { $with } ist abgesagt
}
ntf-meeting-changed-body = { $change ->
    [moved] Ihr Treffen mit { $with } bei { $event } beginnt jetzt am { $when } (Ortszeit der Veranstaltung). Ihre Agenda und ihre Kalenderdatei zeigen die neue Zeit und den neuen Ort.
    [withdrawn] { $leaving } hat die Anmeldung für { $event } zurückgezogen; Ihr Treffen am { $when } (Ortszeit der Veranstaltung) ist daher von Ihrer Agenda gestrichen.
   *[removed] Die Veranstalter von { $event } haben Ihr Treffen mit { $with } am { $when } (Ortszeit der Veranstaltung) von Ihrer Agenda gestrichen.
}
