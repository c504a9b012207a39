# The account pages: sign-in, accounts, your data, audit log, notifications.
# Sign in
acc-sign-in = Anmelden
acc-login-heading = Bei Landfall anmelden
acc-email-address = E-Mail-Adresse
acc-password = Passwort
acc-login-no-account = Kein Konto? Fragen Sie Ihren Inkubator oder die Netzwerkkoordination.
acc-login-directory-before = Das
acc-login-directory-link = Verzeichnis der Organisationen
acc-login-directory-after = ist für alle offen.
acc-login-expired = Das Anmeldeformular ist abgelaufen. Bitte versuchen Sie es erneut.
acc-login-wrong = Die E-Mail-Adresse oder das Passwort ist falsch.
acc-login-too-many = Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie { $minutes } Minuten und versuchen Sie es erneut.
# Accounts
acc-accounts = Konten
acc-accounts-count = { $count ->
    [one] { $count } Konto
   *[other] { $count } Konten
}
acc-accounts-hint-before = Konten werden angelegt mit
acc-accounts-hint-after = ; Personen können auch mit dem Formular unten eingeladen werden.
acc-search = Konto suchen
acc-search-hint = E-Mail-Adresse oder Name
acc-col-email = E-Mail
acc-col-name = Name
acc-col-role = Rolle
acc-col-belongs-to = Gehört zu
acc-col-created = Angelegt
# Your account and data
acc-account-title = Ihr Konto und Ihre Daten
acc-signed-in-as = Angemeldet als
acc-download-heading = Ihre Daten herunterladen
acc-download-text = Eine JSON-Datei mit allem, was Landfall über Sie speichert: Ihr Konto, Ihre Benachrichtigungen und Einstellungen.
acc-download-text-sme = Eine JSON-Datei mit allem, was Landfall über Sie speichert: Ihr Konto, Ihre Benachrichtigungen und Einstellungen sowie den Eintrag Ihres Unternehmens (mit seinen internen Zahlen und Ansprechpersonen), seine Ergebnisdatensätze und Jahreszahlen, seine Kooperationsprofile und seine Programmteilnahmen.
acc-download-button = Meine Daten herunterladen
acc-close-heading = Ihr Konto schließen
acc-close-text = Ihr Konto, Ihre Sitzungen und Benachrichtigungen werden gelöscht, und Ihr Name verschwindet aus dem Prüfprotokoll. Was Sie für Ihre Organisation erfasst haben, bleibt bei ihr. Dies kann nicht rückgängig gemacht werden.
acc-close-text-sme = Wenn auch die personenbezogenen Daten Ihres Unternehmens gelöscht werden sollen, wenden Sie sich an die Netzwerkkoordination.
acc-close-confirm-label = Geben Sie zur Bestätigung Ihre E-Mail-Adresse ein
acc-close-confirm-error = Geben Sie zur Bestätigung Ihre E-Mail-Adresse ein.
acc-close-button = Mein Konto schließen
# Audit log
acc-audit-title = Prüfprotokoll
acc-audit-intro = Sensible Vorgänge: Konten und Rollen, Förderentscheidungen, Exporte interner oder personenbezogener Daten, Löschungen. Einträge werden zusammen mit der Änderung geschrieben, die sie festhalten, und nie bearbeitet; der Name einer gelöschten Person wird ersetzt.
acc-audit-action = Vorgang
acc-all = Alle
acc-show = Anzeigen
acc-audit-empty = Nichts erfasst.
acc-audit-when = Wann (UTC)
acc-audit-who = Wer
acc-audit-subject = Betrifft
acc-audit-what = Was
acc-audit-account-created = Konto angelegt
acc-audit-role-changed = Rolle geändert
acc-audit-account-erased = Konto gelöscht
acc-audit-funding-decision = Förderentscheidung
acc-audit-export = Daten exportiert
acc-audit-personal-data-export = Personenbezogene Daten exportiert
acc-audit-organisation-deleted = Organisation gelöscht
acc-audit-sme-deleted = KMU gelöscht
acc-audit-sme-erased = Personenbezogene Daten des KMU gelöscht
acc-audit-outcome-retracted = Ergebnisdatensatz zurückgezogen
acc-audit-indicator-changed = Indikator geändert
acc-audit-indicator-removed = Indikator entfernt
acc-audit-participant-removed = Teilnehmer aus einem Programm entfernt
acc-audit-plan-deleted = Internationalisierungsplan gelöscht
acc-audit-instrument-deleted = Instrument gelöscht
acc-audit-meeting-removed = Treffen aus einer Veranstaltung entfernt
# Notifications
acc-notifications = Benachrichtigungen
acc-email-settings = E-Mail-Einstellungen
acc-notifications-empty = Noch nichts. Einladungen, Terminanfragen, Begutachtungen, Entscheidungen und Fristen, die Sie betreffen, erscheinen hier.
acc-unread = { $count ->
    [one] { $count } ungelesen.
   *[other] { $count } ungelesen.
}
acc-mark-all-read = Alle als gelesen markieren
acc-open = Öffnen
acc-mark-read = Als gelesen markieren
acc-emailed-sent = per E-Mail gesendet
acc-emailed-pending = E-Mail unterwegs
acc-emailed-logged = E-Mail ins Serverprotokoll geschrieben
acc-emailed-failed = E-Mail konnte nicht gesendet werden
acc-kind-session-invitation = Einladungen zu Programmterminen
acc-kind-meeting-request = Terminanfragen bei Matchmaking-Veranstaltungen
acc-kind-meeting-answer = Antworten auf Ihre Terminanfragen
acc-kind-request-expired = Unbeantwortet abgelaufene Terminanfragen
acc-kind-agenda-published = Veröffentlichte Agenden von Matchmaking-Veranstaltungen
acc-kind-assignment-reviewed = Begutachtungen von Hausaufgaben
acc-kind-survey-invitation = Einladungen zu Umfragen
acc-kind-survey-reminder = Erinnerungen an Umfragen
acc-kind-call-deadline = Fristen gemeinsamer Ausschreibungen für Ihre Entwürfe
acc-kind-funding-decision = Förderentscheidungen zu Ihren Anträgen
acc-back-notifications = ← Benachrichtigungen
acc-settings-title = Benachrichtigungseinstellungen
acc-saved = Gespeichert.
acc-settings-intro = Jede Benachrichtigung wird in Landfall angezeigt. Wählen Sie, welche zusätzlich per E-Mail kommen.
acc-send-by-email = Per E-Mail senden
acc-save = Speichern

# Refusals of account forms (roles, e-mail addresses, password rules).
acc-err-admin-affiliation = ein Admin gehört zum ganzen Netzwerk, nicht zu einer Organisation
acc-err-manager-affiliation = ein Manager muss zu genau einer Organisation gehören (nicht zu einem KMU)
acc-err-sme-affiliation = ein KMU-Konto muss zu genau einem KMU gehören
acc-err-evaluator-affiliation = ein Gutachter kann nicht zu einem KMU gehören
acc-err-email-too-long = ist zu lang für eine E-Mail-Adresse
acc-err-password-email = darf Ihre E-Mail-Adresse nicht enthalten
acc-err-password-short = muss mindestens { $min } Zeichen haben
acc-err-password-long = darf höchstens { $max } Zeichen haben
acc-err-password-spaces = darf nicht nur aus Leerzeichen bestehen
acc-err-password-common = ist eines der häufigsten Passwörter; wählen Sie ein anderes
acc-err-password-distinct = muss mindestens vier verschiedene Zeichen enthalten
acc-err-no-organisation = diese Organisation gibt es nicht
acc-err-no-sme = dieses KMU gibt es nicht
acc-err-last-admin = das Netzwerk braucht mindestens einen Admin
acc-err-email-taken = ein Konto mit dieser E-Mail-Adresse gibt es bereits

# Passwörter: ändern, vergessen, Einmal-Links; Einladungen durch Administratoren.
acc-change-password = Passwort ändern
acc-change-password-intro = Geben Sie Ihr aktuelles Passwort ein und danach zweimal das neue. Alle anderen Sitzungen und API-Tokens Ihres Kontos enden; dieser Browser bleibt angemeldet.
acc-password-changed = Ihr Passwort wurde geändert. Alle anderen Sitzungen und API-Tokens Ihres Kontos wurden beendet.
acc-correct-fields = Bitte korrigieren Sie die markierten Felder.
acc-current-password = Aktuelles Passwort
acc-new-password = Neues Passwort
acc-new-password-hint = Mindestens { $min } Zeichen; kein gängiges Passwort und nicht Ihre E-Mail-Adresse.
acc-new-password-repeat = Neues Passwort wiederholen
acc-back-account = Zurück zu Ihrem Konto
acc-form-expired = Das Formular ist abgelaufen. Bitte versuchen Sie es erneut.
acc-forgot-link = Passwort vergessen?
acc-forgot-title = Passwort vergessen
acc-forgot-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden einen Link dorthin, mit dem Sie ein neues Passwort wählen; der Link funktioniert einmal, innerhalb einer Stunde.
acc-forgot-send = Link senden
acc-forgot-sent = Falls es für diese Adresse ein Konto gibt, wurde ein Link zum Wählen eines neuen Passworts dorthin gesendet. Der Link funktioniert einmal, innerhalb einer Stunde. Nichts angekommen? Sehen Sie im Spam-Ordner nach oder fordern Sie in einigen Minuten einen neuen an.
acc-forgot-too-many = Es wurden zu viele Links angefordert. Bitte warten Sie { $minutes } Minuten und versuchen Sie es erneut.
acc-back-sign-in = Zurück zur Anmeldung
acc-link-gone-title = Dieser Link funktioniert nicht mehr
acc-link-gone = Der Link ist unbekannt, abgelaufen oder wurde bereits verwendet. Jeder Link funktioniert einmal: ein Link zum Zurücksetzen des Passworts eine Stunde lang, eine Einladung sieben Tage lang.
acc-link-ask-again = Neuen Link anfordern
acc-link-done = Ihr Passwort ist gespeichert. Melden Sie sich jetzt damit an; alle früheren Sitzungen Ihres Kontos wurden beendet.
acc-link-invitation-title = Willkommen bei Landfall: Wählen Sie Ihr Passwort
acc-link-reset-title = Neues Passwort wählen
acc-link-invitation-intro = Wählen Sie das Passwort für Ihr Konto { $email }.
acc-link-reset-intro = Wählen Sie ein neues Passwort für Ihr Konto { $email }.
acc-link-save = Passwort speichern
acc-invite-heading = Eine Person einladen
acc-invite-intro = Das Konto wird ohne Passwort angelegt; die Person erhält eine E-Mail mit einem Link, um eines zu wählen, sieben Tage gültig. Organisationsverantwortliche gehören zu einer Organisation (Gutachter können es), KMU-Mitglieder zu einem KMU, die Netzwerkkoordination zu keinem von beiden.
acc-invite-name = Name
acc-invite-choose-role = Rolle wählen
acc-invite-organisation = Organisation
acc-invite-sme = KMU
acc-invite-none = Keine
acc-invite-send = Einladung senden
acc-invite-sent = Eine Einladung wurde an { $email } gesendet.
acc-kind-account = Ihr Konto: Einladungen und Passwort-Links
acc-audit-password-changed = Passwort geändert
acc-audit-password-set = Passwort mit einem Einmal-Link gesetzt
acc-err-password-repeat = die beiden Passwörter stimmen nicht überein
acc-err-password-same = muss sich von Ihrem aktuellen Passwort unterscheiden
acc-err-current-password = ist nicht Ihr aktuelles Passwort
acc-invite-sme-more = Nur die ersten { $count } KMU stehen in der Liste. Um jemanden für ein anderes einzuladen, wählen Sie „Mitglied einladen“ auf der Seite dieses KMU.
