# handbook: pages of this group.
hb-handbook = Handboek
hb-desk = Handboekbureau
hb-kind-how-to = Handleidingen
hb-kind-case-story = Praktijkverhalen
hb-kind-lessons-learned = Geleerde lessen
hb-kind-boosters-blockers = Aanjagers en blokkades
hb-status-draft = Concept
hb-status-submitted = Wacht op beoordeling
hb-status-returned = Teruggestuurd met een opmerking
hb-status-published = Gepubliceerd
hb-by = Door { $name }
hb-published-on = gepubliceerd op { $date }
hb-version-lower = versie { $number }
hb-version-upper = Versie { $number }
hb-history-count = { $count ->
    [one] geschiedenis ({ $count } versie)
   *[other] geschiedenis ({ $count } versies)
}
hb-work-on = aan dit hoofdstuk werken
hb-in-this-chapter = In dit hoofdstuk
hb-correct-fields = Corrigeer de hieronder gemarkeerde velden.
hb-preview = Voorbeeld
hb-preview-hint = Zo ziet de tekst eruit zodra hij gepubliceerd is. Er is nog niets opgeslagen.
hb-author-organisation = Auteursorganisatie
hb-choose = Kies
hb-title = Titel
hb-address = Adres
hb-address-hint = Het adres van het hoofdstuk: /handbook/<address>. Laat leeg om het uit de titel te maken.
hb-kind = Soort
hb-summary = Samenvatting
hb-summary-hint = Een of twee zinnen voor de inhoudsopgave.
hb-body = Tekst (Markdown)
hb-body-hint-before = Koppen (##), lijsten, tabellen en links. Een alinea met alleen
hb-body-hint-after = toont de resultaten van dat programma.
hb-tags = Tags
hb-tags-hint = Gescheiden door komma's
hb-countries = Landen
hb-countries-hint = ISO-codes gescheiden door komma's, bijv. DK, NO
hb-position = Positie in de inhoudsopgave
hb-position-hint = Lagere nummers komen binnen de soort eerst
hb-change-note = Wat er veranderd is
hb-change-note-hint = Wordt na publicatie getoond in de openbare geschiedenis
hb-save-draft = Concept opslaan
hb-cancel = Annuleren
hb-intro = Wat het netwerk heeft geleerd over het naar het buitenland brengen van kleine bedrijven: handleidingen, praktijkverhalen, geleerde lessen en de aanjagers en blokkades van internationalisering. Geschreven door de organisaties van het netwerk en vóór publicatie beoordeeld door een andere.
hb-search-label = Zoeken in het handboek
hb-search = Zoeken
hb-show-all = Alles tonen
hb-search-count = { $count ->
    [one] { $count } hoofdstuk noemt ‘{ $query }’.
   *[other] { $count } hoofdstukken noemen ‘{ $query }’.
}
hb-none-published = Er is nog geen hoofdstuk gepubliceerd.
hb-no-match = Geen hoofdstuk komt overeen met je zoekopdracht.
hb-new-chapter = Nieuw hoofdstuk
hb-waiting-review = Wacht op jouw beoordeling
hb-nothing-to-review = Er wacht niets op jouw beoordeling.
hb-chapter = Hoofdstuk
hb-organisation = Organisatie
hb-submitted = Ingediend
hb-change-note-col = Wijzigingsnotitie
hb-all-chapters = Alle hoofdstukken
hb-own-chapters = Hoofdstukken van je organisatie
hb-no-chapters = Nog geen hoofdstukken.
hb-write-first = Schrijf het eerste.
hb-newest-version = Nieuwste versie
hb-public = Openbaar
hb-state-published = gepubliceerd
hb-state-withdrawn = ingetrokken
hb-state-not-yet = nog niet
hb-published-version = Gepubliceerde versie
hb-history = Geschiedenis
hb-edit-draft = Concept bewerken
hb-start-draft = Nieuw concept beginnen
hb-version-public = versie { $number } is openbaar
hb-withdrawn-from = uit het handboek teruggetrokken
hb-not-published-yet = nog niet gepubliceerd
hb-last-changed-by = laatst gewijzigd door { $name }
hb-submit-review = Ter beoordeling indienen
hb-note-optional = Opmerking (optioneel)
hb-note-approval = Opmerking bij de goedkeuring
hb-approve = Goedkeuren en publiceren
hb-what-change-q = Wat moet er veranderen?
hb-what-change = Wat er moet veranderen
hb-return = Terugsturen
hb-no-draft = Er is geen open concept
hb-no-draft-start = ; begin er een om het hoofdstuk te wijzigen (de gepubliceerde versie blijft openbaar tot de nieuwe is goedgekeurd)
hb-withdraw-text = Intrekken haalt het hoofdstuk uit het openbare handboek. De auteurs kunnen het via beoordeling opnieuw publiceren.
hb-withdraw = Uit het handboek intrekken
hb-current-version = Huidige versie
hb-history-intro = Elke gepubliceerde versie van dit hoofdstuk, de nieuwste eerst.
hb-written-by-name = Geschreven door { $name }.
hb-version-col = Versie
hb-published-col = Gepubliceerd
hb-written-by = Geschreven door
hb-current-badge = huidig
hb-not-current = Dit is versie { $number }, niet de huidige.
hb-changes-since = Wat er veranderd is sinds versie { $number }
hb-same-text = De tekst is hetzelfde; alleen de titel, samenvatting of tags zijn veranderd.
hb-paragraphs-added = { $count ->
    [one] { $count } alinea toegevoegd of herschreven,
   *[other] { $count } alinea's toegevoegd of herschreven,
}
hb-paragraphs-removed = { $count ->
    [one] { $count } verwijderd of vervangen.
   *[other] { $count } verwijderd of vervangen.
}
hb-added = toegevoegd
hb-removed = verwijderd
hb-first-version = Dit is de eerste gepubliceerde versie.
hb-history-of = Geschiedenis van { $title }
hb-edit-draft-of = Concept van { $title } bewerken
hb-draft-title = Concept: { $title }

# Refusals of forms and actions (validation messages and conflicts).
hb-err-already-submitted = dit concept wacht al op beoordeling
hb-err-only-submitted = alleen een concept dat ter beoordeling is ingediend, kan worden goedgekeurd of teruggestuurd
hb-err-no-open-draft = er is geen open concept
hb-err-withdraw-published = intrekken geldt voor het gepubliceerde hoofdstuk
hb-err-slug-too-long = is te lang (hoogstens 60 tekens)
hb-err-slug-format = gebruik kleine letters, cijfers en streepjes (bijv. `soft-landing-steps`)
hb-err-slug-reserved = `{ $slug }` is gereserveerd voor de eigen pagina's van het handboek
hb-err-results-slug = { $directive } heeft de korte naam van een programma nodig (kleine letters, cijfers en streepjes)
hb-err-tag-comma = een tag mag geen komma bevatten
hb-err-tags-max = hoogstens 12 tags
hb-err-position = van 0 tot 9999
hb-err-which-organisation = zeg welke organisatie het hoofdstuk schrijft
hb-err-no-organisation = deze organisatie bestaat niet
hb-err-changed-meanwhile = het hoofdstuk is intussen gewijzigd; laad het opnieuw en probeer het nog eens
hb-err-not-published = het hoofdstuk is niet gepubliceerd
hb-err-no-open-draft-chapter = er is geen open concept van dit hoofdstuk
hb-err-say-what-change = zeg wat de auteur moet veranderen
hb-err-slug-taken = er bestaat al een hoofdstuk op /handbook/{ $slug }; kies een andere korte naam of titel

# The caption of a programme's live results box in a chapter.
hb-results-box = Resultaten: { $programme }

hb-err-draft-race = iemand anders is tegelijk een nieuw concept van dit hoofdstuk begonnen; laad het opnieuw
