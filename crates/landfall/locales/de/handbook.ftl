# handbook: pages of this group.
hb-handbook = Handbuch
hb-desk = Handbuch-Schreibtisch
hb-kind-how-to = Anleitungen
hb-kind-case-story = Fallgeschichten
hb-kind-lessons-learned = Erkenntnisse
hb-kind-boosters-blockers = Treiber und Hemmnisse
hb-status-draft = Entwurf
hb-status-submitted = Wartet auf Prüfung
hb-status-returned = Mit einer Anmerkung zurückgegeben
hb-status-published = Veröffentlicht
hb-by = Von { $name }
hb-published-on = veröffentlicht am { $date }
hb-version-lower = Version { $number }
hb-version-upper = Version { $number }
hb-history-count = { $count ->
    [one] Verlauf ({ $count } Version)
   *[other] Verlauf ({ $count } Versionen)
}
hb-work-on = an diesem Kapitel arbeiten
hb-in-this-chapter = In diesem Kapitel
hb-correct-fields = Bitte korrigieren Sie die unten markierten Felder.
hb-preview = Vorschau
hb-preview-hint = So wird der Text nach der Veröffentlichung aussehen. Noch ist nichts gespeichert.
hb-author-organisation = Verfassende Organisation
hb-choose = Auswählen
hb-title = Titel
hb-address = Adresse
hb-address-hint = Die Adresse des Kapitels: /handbook/<address>. Leer lassen, um sie aus dem Titel zu bilden.
hb-kind = Art
hb-summary = Zusammenfassung
hb-summary-hint = Ein oder zwei Sätze für das Inhaltsverzeichnis.
hb-body = Text (Markdown)
hb-body-hint-before = Überschriften (##), Listen, Tabellen und Links. Ein Absatz, der nur
hb-body-hint-after = enthält, zeigt die Ergebnisse dieses Programms.
hb-tags = Schlagwörter
hb-tags-hint = Durch Kommas getrennt
hb-countries = Länder
hb-countries-hint = ISO-Codes, durch Kommas getrennt, z. B. DK, NO
hb-position = Position im Inhaltsverzeichnis
hb-position-hint = Kleinere Zahlen stehen innerhalb der Art zuerst
hb-change-note = Was sich geändert hat
hb-change-note-hint = Erscheint nach der Veröffentlichung im öffentlichen Verlauf
hb-save-draft = Entwurf speichern
hb-cancel = Abbrechen
hb-intro = Was das Netzwerk darüber gelernt hat, kleine Unternehmen ins Ausland zu bringen: Anleitungen, Fallgeschichten, Erkenntnisse sowie Treiber und Hemmnisse der Internationalisierung. Geschrieben von den Organisationen des Netzwerks und vor der Veröffentlichung von einer anderen geprüft.
hb-search-label = Im Handbuch suchen
hb-search = Suchen
hb-show-all = Alle anzeigen
hb-search-count = { $count ->
    [one] { $count } Kapitel erwähnt „{ $query }“.
   *[other] { $count } Kapitel erwähnen „{ $query }“.
}
hb-none-published = Es wurde noch kein Kapitel veröffentlicht.
hb-no-match = Kein Kapitel passt zu Ihrer Suche.
hb-new-chapter = Neues Kapitel
hb-waiting-review = Wartet auf Ihre Prüfung
hb-nothing-to-review = Nichts wartet auf Ihre Prüfung.
hb-chapter = Kapitel
hb-organisation = Organisation
hb-submitted = Eingereicht
hb-change-note-col = Änderungsnotiz
hb-all-chapters = Alle Kapitel
hb-own-chapters = Die Kapitel Ihrer Organisation
hb-no-chapters = Noch keine Kapitel.
hb-write-first = Schreiben Sie das erste.
hb-newest-version = Neueste Version
hb-public = Öffentlich
hb-state-published = veröffentlicht
hb-state-withdrawn = zurückgezogen
hb-state-not-yet = noch nicht
hb-published-version = Veröffentlichte Version
hb-history = Verlauf
hb-edit-draft = Entwurf bearbeiten
hb-start-draft = Neuen Entwurf beginnen
hb-version-public = Version { $number } ist öffentlich
hb-withdrawn-from = aus dem Handbuch zurückgezogen
hb-not-published-yet = noch nicht veröffentlicht
hb-last-changed-by = zuletzt geändert von { $name }
hb-submit-review = Zur Prüfung einreichen
hb-note-optional = Anmerkung (optional)
hb-note-approval = Anmerkung zur Freigabe
hb-approve = Freigeben und veröffentlichen
hb-what-change-q = Was sollte sich ändern?
hb-what-change = Was sich ändern sollte
hb-return = Zurückgeben
hb-no-draft = Es gibt keinen offenen Entwurf
hb-no-draft-start = ; beginnen Sie einen, um das Kapitel zu ändern (die veröffentlichte Version bleibt öffentlich, bis die neue freigegeben ist)
hb-withdraw-text = Das Zurückziehen nimmt das Kapitel aus dem öffentlichen Handbuch. Die Verfasser können es über eine Prüfung erneut veröffentlichen.
hb-withdraw = Aus dem Handbuch zurückziehen
hb-current-version = Aktuelle Version
hb-history-intro = Alle veröffentlichten Versionen dieses Kapitels, die neueste zuerst.
hb-written-by-name = Geschrieben von { $name }.
hb-version-col = Version
hb-published-col = Veröffentlicht
hb-written-by = Geschrieben von
hb-current-badge = aktuell
hb-not-current = Dies ist Version { $number }, nicht die aktuelle.
hb-changes-since = Was sich seit Version { $number } geändert hat
hb-same-text = Der Text ist gleich; nur Titel, Zusammenfassung oder Schlagwörter haben sich geändert.
hb-paragraphs-added = { $count ->
    [one] { $count } Absatz hinzugefügt oder neu geschrieben,
   *[other] { $count } Absätze hinzugefügt oder neu geschrieben,
}
hb-paragraphs-removed = { $count ->
    [one] { $count } entfernt oder ersetzt.
   *[other] { $count } entfernt oder ersetzt.
}
hb-added = hinzugefügt
hb-removed = entfernt
hb-first-version = Dies ist die erste veröffentlichte Version.
hb-history-of = Verlauf von { $title }
hb-edit-draft-of = Entwurf von { $title } bearbeiten
hb-draft-title = Entwurf: { $title }

# Refusals of forms and actions (validation messages and conflicts).
hb-err-already-submitted = dieser Entwurf wartet bereits auf Prüfung
hb-err-only-submitted = nur ein zur Prüfung eingereichter Entwurf kann freigegeben oder zurückgegeben werden
hb-err-no-open-draft = es gibt keinen offenen Entwurf
hb-err-withdraw-published = Zurückziehen betrifft das veröffentlichte Kapitel
hb-err-slug-too-long = ist zu lang (höchstens 60 Zeichen)
hb-err-slug-format = verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche (z. B. `soft-landing-steps`)
hb-err-slug-reserved = `{ $slug }` ist den eigenen Seiten des Handbuchs vorbehalten
hb-err-results-slug = { $directive } braucht das Kürzel eines Programms (Kleinbuchstaben, Ziffern und Bindestriche)
hb-err-tag-comma = ein Schlagwort darf kein Komma enthalten
hb-err-tags-max = höchstens 12 Schlagwörter
hb-err-position = von 0 bis 9999
hb-err-which-organisation = sagen Sie, welche Organisation das Kapitel schreibt
hb-err-no-organisation = diese Organisation gibt es nicht
hb-err-changed-meanwhile = das Kapitel wurde zwischenzeitlich geändert; laden Sie es neu und versuchen Sie es noch einmal
hb-err-not-published = das Kapitel ist nicht veröffentlicht
hb-err-no-open-draft-chapter = es gibt keinen offenen Entwurf dieses Kapitels
hb-err-say-what-change = sagen Sie, was der Autor ändern soll
hb-err-slug-taken = unter /handbook/{ $slug } gibt es bereits ein Kapitel; wählen Sie ein anderes Kürzel oder einen anderen Titel

# The caption of a programme's live results box in a chapter.
hb-results-box = Ergebnisse: { $programme }

hb-err-draft-race = jemand anderes hat gleichzeitig einen neuen Entwurf dieses Kapitels begonnen; laden Sie es neu
