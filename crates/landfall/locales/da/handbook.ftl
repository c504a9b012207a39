# handbook: pages of this group.
hb-handbook = Håndbog
hb-desk = Håndbogsskrivebord
hb-kind-how-to = Vejledninger
hb-kind-case-story = Cases
hb-kind-lessons-learned = Erfaringer
hb-kind-boosters-blockers = Drivkræfter og barrierer
hb-status-draft = Kladde
hb-status-submitted = Afventer gennemgang
hb-status-returned = Sendt retur med en note
hb-status-published = Offentliggjort
hb-by = Af { $name }
hb-published-on = offentliggjort { $date }
hb-version-lower = version { $number }
hb-version-upper = Version { $number }
hb-history-count = { $count ->
    [one] historik ({ $count } version)
   *[other] historik ({ $count } versioner)
}
hb-work-on = arbejd på dette kapitel
hb-in-this-chapter = I dette kapitel
hb-correct-fields = Ret venligst de markerede felter nedenfor.
hb-preview = Forhåndsvisning
hb-preview-hint = Sådan kommer teksten til at se ud, når den er offentliggjort. Intet er gemt endnu.
hb-author-organisation = Forfatterorganisation
hb-choose = Vælg
hb-title = Titel
hb-address = Adresse
hb-address-hint = Kapitlets adresse: /handbook/<address>. Lad feltet stå tomt for at danne den ud fra titlen.
hb-kind = Type
hb-summary = Resumé
hb-summary-hint = En eller to sætninger til indholdsfortegnelsen.
hb-body = Brødtekst (Markdown)
hb-body-hint-before = Overskrifter (##), lister, tabeller og links. Et afsnit med kun
hb-body-hint-after = viser programmets resultater.
hb-tags = Emneord
hb-tags-hint = Adskilt med kommaer
hb-countries = Lande
hb-countries-hint = ISO-koder adskilt med kommaer, f.eks. DK, NO
hb-position = Placering i indholdsfortegnelsen
hb-position-hint = Lavere tal kommer først inden for typen
hb-change-note = Hvad er ændret
hb-change-note-hint = Vises i den offentlige historik, når den er offentliggjort
hb-save-draft = Gem kladde
hb-cancel = Annuller
hb-intro = Hvad netværket har lært om at tage små virksomheder til udlandet: vejledninger, cases, erfaringer samt drivkræfter og barrierer for internationalisering. Skrevet af netværkets organisationer og gennemgået af en anden, før det offentliggøres.
hb-search-label = Søg i håndbogen
hb-search = Søg
hb-show-all = Vis alle
hb-search-count = { $count ->
    [one] { $count } kapitel nævner “{ $query }”.
   *[other] { $count } kapitler nævner “{ $query }”.
}
hb-none-published = Der er endnu ikke offentliggjort noget kapitel.
hb-no-match = Intet kapitel matcher din søgning.
hb-new-chapter = Nyt kapitel
hb-waiting-review = Afventer din gennemgang
hb-nothing-to-review = Intet afventer din gennemgang.
hb-chapter = Kapitel
hb-organisation = Organisation
hb-submitted = Indsendt
hb-change-note-col = Ændringsnote
hb-all-chapters = Alle kapitler
hb-own-chapters = Din organisations kapitler
hb-no-chapters = Ingen kapitler endnu.
hb-write-first = Skriv det første.
hb-newest-version = Nyeste version
hb-public = Offentlig
hb-state-published = offentliggjort
hb-state-withdrawn = trukket tilbage
hb-state-not-yet = endnu ikke
hb-published-version = Offentliggjort version
hb-history = Historik
hb-edit-draft = Rediger kladden
hb-start-draft = Start en ny kladde
hb-version-public = version { $number } er offentlig
hb-withdrawn-from = trukket tilbage fra håndbogen
hb-not-published-yet = endnu ikke offentliggjort
hb-last-changed-by = senest ændret af { $name }
hb-submit-review = Send til gennemgang
hb-note-optional = Note (valgfri)
hb-note-approval = Note til godkendelsen
hb-approve = Godkend og offentliggør
hb-what-change-q = Hvad skal ændres?
hb-what-change = Hvad skal ændres
hb-return = Send retur
hb-no-draft = Der er ingen åben kladde
hb-no-draft-start = ; start en for at ændre kapitlet (den offentliggjorte version forbliver offentlig, indtil den nye er godkendt)
hb-withdraw-text = Tilbagetrækning fjerner kapitlet fra den offentlige håndbog. Forfatterne kan offentliggøre det igen via gennemgang.
hb-withdraw = Træk tilbage fra håndbogen
hb-current-version = Aktuel version
hb-history-intro = Alle offentliggjorte versioner af dette kapitel, den nyeste først.
hb-written-by-name = Skrevet af { $name }.
hb-version-col = Version
hb-published-col = Offentliggjort
hb-written-by = Skrevet af
hb-current-badge = aktuel
hb-not-current = Dette er version { $number }, ikke den aktuelle.
hb-changes-since = Hvad er ændret siden version { $number }
hb-same-text = Teksten er den samme; kun titel, resumé eller emneord er ændret.
hb-paragraphs-added = { $count ->
    [one] { $count } afsnit tilføjet eller omskrevet,
   *[other] { $count } afsnit tilføjet eller omskrevet,
}
hb-paragraphs-removed = { $count ->
    [one] { $count } fjernet eller erstattet.
   *[other] { $count } fjernet eller erstattet.
}
hb-added = tilføjet
hb-removed = fjernet
hb-first-version = Dette er den første offentliggjorte version.
hb-history-of = Historik for { $title }
hb-edit-draft-of = Rediger kladden til { $title }
hb-draft-title = Kladde: { $title }

# Refusals of forms and actions (validation messages and conflicts).
hb-err-already-submitted = denne kladde venter allerede på gennemsyn
hb-err-only-submitted = kun en kladde, der er sendt til gennemsyn, kan godkendes eller sendes tilbage
hb-err-no-open-draft = der er ingen åben kladde
hb-err-withdraw-published = tilbagetrækning gælder det offentliggjorte kapitel
hb-err-slug-too-long = er for lang (højst 60 tegn)
hb-err-slug-format = brug små bogstaver, cifre og bindestreger (f.eks. `soft-landing-steps`)
hb-err-slug-reserved = `{ $slug }` er forbeholdt håndbogens egne sider
hb-err-results-slug = { $directive } kræver et programs kortnavn (små bogstaver, cifre og bindestreger)
hb-err-tag-comma = et emneord må ikke indeholde et komma
hb-err-tags-max = højst 12 emneord
hb-err-position = fra 0 til 9999
hb-err-which-organisation = angiv, hvilken organisation der skriver kapitlet
hb-err-no-organisation = organisationen findes ikke
hb-err-changed-meanwhile = kapitlet er blevet ændret imens; genindlæs det og prøv igen
hb-err-not-published = kapitlet er ikke offentliggjort
hb-err-no-open-draft-chapter = der er ingen åben kladde af dette kapitel
hb-err-say-what-change = skriv, hvad forfatteren skal ændre
hb-err-slug-taken = der findes allerede et kapitel på /handbook/{ $slug }; vælg et andet kortnavn eller en anden titel

# The caption of a programme's live results box in a chapter.
hb-results-box = Resultater: { $programme }

hb-err-draft-race = en anden har startet et nyt udkast til dette kapitel samtidig; genindlæs det
