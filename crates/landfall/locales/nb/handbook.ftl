# handbook: pages of this group.
hb-handbook = Håndbok
hb-desk = Håndbokpult
hb-kind-how-to = Veiledninger
hb-kind-case-story = Eksempelhistorier
hb-kind-lessons-learned = Erfaringer
hb-kind-boosters-blockers = Drivkrefter og barrierer
hb-status-draft = Utkast
hb-status-submitted = Venter på gjennomgang
hb-status-returned = Sendt tilbake med en merknad
hb-status-published = Publisert
hb-by = Av { $name }
hb-published-on = publisert { $date }
hb-version-lower = versjon { $number }
hb-version-upper = Versjon { $number }
hb-history-count = { $count ->
    [one] historikk ({ $count } versjon)
   *[other] historikk ({ $count } versjoner)
}
hb-work-on = arbeid med dette kapitlet
hb-in-this-chapter = I dette kapitlet
hb-correct-fields = Rett feltene som er merket nedenfor.
hb-preview = Forhåndsvisning
hb-preview-hint = Slik vil teksten se ut når den er publisert. Ingenting er lagret ennå.
hb-author-organisation = Forfatterorganisasjon
hb-choose = Velg
hb-title = Tittel
hb-address = Adresse
hb-address-hint = Kapitlets adresse: /handbook/<address>. La feltet stå tomt for å lage den fra tittelen.
hb-kind = Type
hb-summary = Sammendrag
hb-summary-hint = En eller to setninger til innholdsfortegnelsen.
hb-body = Brødtekst (Markdown)
hb-body-hint-before = Overskrifter (##), lister, tabeller og lenker. Et avsnitt med bare
hb-body-hint-after = viser programmets resultater.
hb-tags = Stikkord
hb-tags-hint = Skilt med komma
hb-countries = Land
hb-countries-hint = ISO-koder skilt med komma, f.eks. DK, NO
hb-position = Plassering i innholdsfortegnelsen
hb-position-hint = Lavere tall kommer først innenfor typen
hb-change-note = Hva som er endret
hb-change-note-hint = Vises i den offentlige historikken når den er publisert
hb-save-draft = Lagre utkast
hb-cancel = Avbryt
hb-intro = Det nettverket har lært om å ta små bedrifter ut i verden: veiledninger, eksempelhistorier, erfaringer og drivkrefter og barrierer for internasjonalisering. Skrevet av nettverkets organisasjoner og gjennomgått av en annen før publisering.
hb-search-label = Søk i håndboken
hb-search = Søk
hb-show-all = Vis alle
hb-search-count = { $count ->
    [one] { $count } kapittel nevner “{ $query }”.
   *[other] { $count } kapitler nevner “{ $query }”.
}
hb-none-published = Ingen kapitler er publisert ennå.
hb-no-match = Ingen kapitler passer til søket ditt.
hb-new-chapter = Nytt kapittel
hb-waiting-review = Venter på din gjennomgang
hb-nothing-to-review = Ingenting venter på din gjennomgang.
hb-chapter = Kapittel
hb-organisation = Organisasjon
hb-submitted = Sendt inn
hb-change-note-col = Endringsnotat
hb-all-chapters = Alle kapitler
hb-own-chapters = Organisasjonens kapitler
hb-no-chapters = Ingen kapitler ennå.
hb-write-first = Skriv det første.
hb-newest-version = Nyeste versjon
hb-public = Offentlig
hb-state-published = publisert
hb-state-withdrawn = trukket tilbake
hb-state-not-yet = ikke ennå
hb-published-version = Publisert versjon
hb-history = Historikk
hb-edit-draft = Rediger utkastet
hb-start-draft = Start et nytt utkast
hb-version-public = versjon { $number } er offentlig
hb-withdrawn-from = trukket tilbake fra håndboken
hb-not-published-yet = ikke publisert ennå
hb-last-changed-by = sist endret av { $name }
hb-submit-review = Send til gjennomgang
hb-note-optional = Merknad (valgfri)
hb-note-approval = Merknad til godkjenningen
hb-approve = Godkjenn og publiser
hb-what-change-q = Hva bør endres?
hb-what-change = Hva bør endres
hb-return = Send tilbake
hb-no-draft = Det finnes ikke noe åpent utkast
hb-no-draft-start = ; start et for å endre kapitlet (den publiserte versjonen forblir offentlig til den nye er godkjent)
hb-withdraw-text = Å trekke tilbake fjerner kapitlet fra den offentlige håndboken. Forfatterne kan publisere det igjen gjennom gjennomgang.
hb-withdraw = Trekk tilbake fra håndboken
hb-current-version = Gjeldende versjon
hb-history-intro = Alle publiserte versjoner av dette kapitlet, den nyeste først.
hb-written-by-name = Skrevet av { $name }.
hb-version-col = Versjon
hb-published-col = Publisert
hb-written-by = Skrevet av
hb-current-badge = gjeldende
hb-not-current = Dette er versjon { $number }, ikke den gjeldende.
hb-changes-since = Hva som er endret siden versjon { $number }
hb-same-text = Teksten er den samme; bare tittel, sammendrag eller stikkord er endret.
hb-paragraphs-added = { $count ->
    [one] { $count } avsnitt lagt til eller omskrevet,
   *[other] { $count } avsnitt lagt til eller omskrevet,
}
hb-paragraphs-removed = { $count ->
    [one] { $count } fjernet eller erstattet.
   *[other] { $count } fjernet eller erstattet.
}
hb-added = lagt til
hb-removed = fjernet
hb-first-version = Dette er den første publiserte versjonen.
hb-history-of = Historikk for { $title }
hb-edit-draft-of = Rediger utkastet til { $title }
hb-draft-title = Utkast: { $title }

# Refusals of forms and actions (validation messages and conflicts).
hb-err-already-submitted = dette utkastet venter allerede på gjennomgang
hb-err-only-submitted = bare et utkast som er sendt til gjennomgang, kan godkjennes eller sendes tilbake
hb-err-no-open-draft = det finnes ikke noe åpent utkast
hb-err-withdraw-published = tilbaketrekking gjelder det publiserte kapittelet
hb-err-slug-too-long = er for lang (høyst 60 tegn)
hb-err-slug-format = bruk små bokstaver, sifre og bindestreker (f.eks. `soft-landing-steps`)
hb-err-slug-reserved = `{ $slug }` er forbeholdt håndbokens egne sider
hb-err-results-slug = { $directive } trenger et programs kortnavn (små bokstaver, sifre og bindestreker)
hb-err-tag-comma = et stikkord kan ikke inneholde komma
hb-err-tags-max = høyst 12 stikkord
hb-err-position = fra 0 til 9999
hb-err-which-organisation = oppgi hvilken organisasjon som skriver kapittelet
hb-err-no-organisation = organisasjonen finnes ikke
hb-err-changed-meanwhile = kapittelet ble endret i mellomtiden; last det inn på nytt og prøv igjen
hb-err-not-published = kapittelet er ikke publisert
hb-err-no-open-draft-chapter = det finnes ikke noe åpent utkast av dette kapittelet
hb-err-say-what-change = skriv hva forfatteren bør endre
hb-err-slug-taken = det finnes allerede et kapittel på /handbook/{ $slug }; velg et annet kortnavn eller en annen tittel

# The caption of a programme's live results box in a chapter.
hb-results-box = Resultater: { $programme }

hb-err-draft-race = noen andre startet et nytt utkast til dette kapitlet samtidig; last det inn på nytt
