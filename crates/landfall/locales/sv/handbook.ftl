# handbook: pages of this group.
hb-handbook = Handbok
hb-desk = Handboksskrivbord
hb-kind-how-to = Instruktioner
hb-kind-case-story = Fallberättelser
hb-kind-lessons-learned = Lärdomar
hb-kind-boosters-blockers = Drivkrafter och hinder
hb-status-draft = Utkast
hb-status-submitted = Väntar på granskning
hb-status-returned = Återsänd med en kommentar
hb-status-published = Publicerad
hb-by = Av { $name }
hb-published-on = publicerad { $date }
hb-version-lower = version { $number }
hb-version-upper = Version { $number }
hb-history-count = { $count ->
    [one] historik ({ $count } version)
   *[other] historik ({ $count } versioner)
}
hb-work-on = arbeta med det här kapitlet
hb-in-this-chapter = I det här kapitlet
hb-correct-fields = Rätta fälten som är markerade nedan.
hb-preview = Förhandsgranskning
hb-preview-hint = Så här kommer texten att se ut när den är publicerad. Inget har sparats än.
hb-author-organisation = Författarorganisation
hb-choose = Välj
hb-title = Titel
hb-address = Adress
hb-address-hint = Kapitlets adress: /handbook/<address>. Lämna tomt för att skapa den från titeln.
hb-kind = Typ
hb-summary = Sammanfattning
hb-summary-hint = En eller två meningar till innehållsförteckningen.
hb-body = Brödtext (Markdown)
hb-body-hint-before = Rubriker (##), listor, tabeller och länkar. Ett stycke med bara
hb-body-hint-after = visar programmets resultat.
hb-tags = Taggar
hb-tags-hint = Åtskilda med kommatecken
hb-countries = Länder
hb-countries-hint = ISO-koder åtskilda med kommatecken, t.ex. DK, NO
hb-position = Plats i innehållsförteckningen
hb-position-hint = Lägre tal kommer först inom typen
hb-change-note = Vad som ändrats
hb-change-note-hint = Visas i den offentliga historiken när den är publicerad
hb-save-draft = Spara utkast
hb-cancel = Avbryt
hb-intro = Vad nätverket har lärt sig om att ta små företag utomlands: instruktioner, fallberättelser, lärdomar samt drivkrafter och hinder för internationalisering. Skrivet av nätverkets organisationer och granskat av en annan innan det publiceras.
hb-search-label = Sök i handboken
hb-search = Sök
hb-show-all = Visa alla
hb-search-count = { $count ->
    [one] { $count } kapitel nämner ”{ $query }”.
   *[other] { $count } kapitel nämner ”{ $query }”.
}
hb-none-published = Inget kapitel har publicerats än.
hb-no-match = Inget kapitel matchar din sökning.
hb-new-chapter = Nytt kapitel
hb-waiting-review = Väntar på din granskning
hb-nothing-to-review = Inget väntar på din granskning.
hb-chapter = Kapitel
hb-organisation = Organisation
hb-submitted = Inskickad
hb-change-note-col = Ändringsanteckning
hb-all-chapters = Alla kapitel
hb-own-chapters = Din organisations kapitel
hb-no-chapters = Inga kapitel än.
hb-write-first = Skriv det första.
hb-newest-version = Senaste version
hb-public = Offentlig
hb-state-published = publicerad
hb-state-withdrawn = tillbakadragen
hb-state-not-yet = inte än
hb-published-version = Publicerad version
hb-history = Historik
hb-edit-draft = Redigera utkastet
hb-start-draft = Påbörja ett nytt utkast
hb-version-public = version { $number } är offentlig
hb-withdrawn-from = tillbakadragen från handboken
hb-not-published-yet = inte publicerad än
hb-last-changed-by = senast ändrad av { $name }
hb-submit-review = Skicka för granskning
hb-note-optional = Kommentar (valfri)
hb-note-approval = Kommentar till godkännandet
hb-approve = Godkänn och publicera
hb-what-change-q = Vad bör ändras?
hb-what-change = Vad bör ändras
hb-return = Skicka tillbaka
hb-no-draft = Det finns inget öppet utkast
hb-no-draft-start = ; påbörja ett för att ändra kapitlet (den publicerade versionen förblir offentlig tills den nya har godkänts)
hb-withdraw-text = Att dra tillbaka tar bort kapitlet från den offentliga handboken. Författarna kan publicera det igen via granskning.
hb-withdraw = Dra tillbaka från handboken
hb-current-version = Aktuell version
hb-history-intro = Alla publicerade versioner av det här kapitlet, den senaste först.
hb-written-by-name = Skrivet av { $name }.
hb-version-col = Version
hb-published-col = Publicerad
hb-written-by = Skrivet av
hb-current-badge = aktuell
hb-not-current = Det här är version { $number }, inte den aktuella.
hb-changes-since = Vad som ändrats sedan version { $number }
hb-same-text = Texten är densamma; bara titel, sammanfattning eller taggar har ändrats.
hb-paragraphs-added = { $count ->
    [one] { $count } stycke tillagt eller omskrivet,
   *[other] { $count } stycken tillagda eller omskrivna,
}
hb-paragraphs-removed = { $count ->
    [one] { $count } borttaget eller ersatt.
   *[other] { $count } borttagna eller ersatta.
}
hb-added = tillagt
hb-removed = borttaget
hb-first-version = Det här är den första publicerade versionen.
hb-history-of = Historik för { $title }
hb-edit-draft-of = Redigera utkastet till { $title }
hb-draft-title = Utkast: { $title }

# Refusals of forms and actions (validation messages and conflicts).
hb-err-already-submitted = det här utkastet väntar redan på granskning
hb-err-only-submitted = bara ett utkast som skickats för granskning kan godkännas eller skickas tillbaka
hb-err-no-open-draft = det finns inget öppet utkast
hb-err-withdraw-published = tillbakadragning gäller det publicerade kapitlet
hb-err-slug-too-long = är för lång (högst 60 tecken)
hb-err-slug-format = använd små bokstäver, siffror och bindestreck (t.ex. `soft-landing-steps`)
hb-err-slug-reserved = `{ $slug }` är reserverat för handbokens egna sidor
hb-err-results-slug = { $directive } behöver ett programs kortnamn (små bokstäver, siffror och bindestreck)
hb-err-tag-comma = en tagg får inte innehålla kommatecken
hb-err-tags-max = högst 12 taggar
hb-err-position = från 0 till 9999
hb-err-which-organisation = ange vilken organisation som skriver kapitlet
hb-err-no-organisation = organisationen finns inte
hb-err-changed-meanwhile = kapitlet har ändrats under tiden; ladda om det och försök igen
hb-err-not-published = kapitlet är inte publicerat
hb-err-no-open-draft-chapter = det finns inget öppet utkast av det här kapitlet
hb-err-say-what-change = skriv vad författaren ska ändra
hb-err-slug-taken = det finns redan ett kapitel på /handbook/{ $slug }; välj ett annat kortnamn eller en annan titel

# The caption of a programme's live results box in a chapter.
hb-results-box = Resultat: { $programme }

hb-err-draft-race = någon annan började ett nytt utkast till kapitlet samtidigt; ladda om det
