# matchmaking: events, profiles, agendas and the meeting plan.

## Shared words
mm-none-yet = Ingen ennå.
mm-event = Arrangement
mm-when = Når
mm-when-local = Når (lokal tid)
mm-format = Format
mm-organiser = Arrangør
mm-agenda = Møteplan
mm-edit = Rediger
mm-cancel = Avbryt
mm-save = Lagre
mm-choose = Velg
mm-accept = Godta
mm-decline = Avslå
mm-withdraw = Trekk tilbake
mm-from = Fra
mm-to = Til
mm-message = Melding
mm-status = Status
mm-statistics = Statistikk
mm-marketplace = Markedsplass
mm-profile = Profil
mm-type = Type
mm-title = Tittel
mm-description = Beskrivelse
mm-correct-fields = Rett opp feltene som er merket nedenfor.
mm-nobody-registered = Ingen har meldt seg på ennå.
mm-table = Bord
mm-slot = Tidsluke

## Dates

## Events list
mm-events-title = Matchmaking-arrangementer
mm-new-event = Nytt arrangement
mm-events-intro = Matchmaking-arrangementer med forhåndsavtalte 1:1-møter: meld deg på, spør deltakerne du vil møte, og få din personlige møteplan.
mm-coming-up = Kommende
mm-no-event-ahead = Ingen kommende arrangementer.
mm-past = Tidligere
mm-no-sessions-yet = Ingen økter ennå

## Event page
mm-my-agenda = Min møteplan
mm-meeting-plan = Møteoversikt
mm-over = avsluttet
mm-venue = Sted
mm-video-meetings = Videomøter
mm-meetings = Møter
mm-fact-tables = { $count ->
    [one] { $count } bord
   *[other] { $count } bord
}
mm-fact-at-most = høyst { $count } møter per deltaker
mm-fact-expiry = { $count ->
    [one] forespørsler utløper etter { $count } time
   *[other] forespørsler utløper etter { $count } timer
}
mm-sessions = Økter
mm-no-session = Ingen økt ennå.
mm-no-session-organiser = Ingen økt ennå: legg til en nedenfor for å åpne møtetidene.
mm-remove-session = Fjern { $title }
mm-session-timing = møter på { $meeting } minutter, { $pause } minutter mellom
mm-add-a-session = Legg til en økt
mm-session-title = Øktens tittel
mm-session-title-hint = f.eks. Dag 1 formiddag
mm-date = Dato
mm-start-time = Starttid
mm-start-time-hint = Lokal tid på arrangementet
mm-end-time = Sluttid
mm-minutes-per-meeting = Minutter per møte
mm-minutes-between = Minutter mellom møtene
mm-add-session = Legg til økt
mm-your-registration = Din påmelding
mm-registered = { $name } er påmeldt
mm-registered-for-at-most = til høyst { $count } møter
mm-available-in-some = ledig i { $count } av { $total } tidsluker
mm-available-always = ledig i alle tidsluker
mm-looking-for-text = Søker: { $text }
mm-change-registration = Endre påmeldingen
mm-save-registration = Lagre påmelding
mm-cancel-registration = Meld av
mm-register-intro = Meld deg på for å be andre deltakere om møter, og bli spurt selv.
mm-register = Meld på
mm-event-over = Arrangementet er avsluttet.
mm-who-registers = Deltakerne er SMB-er og organisasjoner i nettverket; påmeldingen gjøres av deres egne folk.
mm-attendees = Deltakere
mm-attendee = Deltaker
mm-country = Land
mm-kind = Type
mm-looking-for = Søker
mm-meeting = Møte
mm-you = deg
mm-why-meet = Hvorfor møtes? (valgfritt)
mm-message-to = Melding til { $name }
mm-request-meeting = Be om møte
mm-your-requests = Dine forespørsler
mm-asked-of-you = Til deg
mm-no-request = Ingen forespørsel ennå.
mm-message-optional = Melding (valgfritt)
mm-answer-to = Svar til { $name }
mm-answer-by = Svar innen { $time }
mm-sent-by-you = Sendt av deg
mm-none-sent = Ingen ennå. Bruk «Be om møte» ved siden av en deltaker.
mm-until = til { $time }
mm-meeting-requests = Møteforespørsler
mm-attendee-number = deltaker #{ $id }
mm-request-pending = Forespørsel venter
mm-request-accepted = Møte godtatt
mm-request-declined = Forespørsel avslått
mm-request-expired = Forespørsel utløpt
mm-request-withdrawn = Forespørsel trukket tilbake
mm-party-sme = SMB

## Registration fields
mm-you-take-part = Du deltar
mm-most-meetings-you-want = Høyst antall møter du ønsker
mm-most-meetings-you-want-hint = Tomt: så mange som arrangementet tillater
mm-when-you-can-meet = Når du kan møtes
mm-what-you-look-for = Hva du ser etter
mm-what-you-look-for-hint = Vises for de andre deltakerne

## Event form
mm-new-matchmaking-event = Nytt matchmaking-arrangement
mm-edit-title = Rediger { $title }
mm-event-form-intro = Møtetidene settes per økt på arrangementets side, i arrangementets tidssone.
mm-choose-organiser = Velg arrangøren
mm-organiser-error = Arrangør: { $message }
mm-description-hint = Hvem det er for, hva man kan vente seg
mm-choose-format = Velg formatet
mm-venue-hint = Påkrevd for møter på stedet
mm-video-address = Adresse for videomøter
mm-video-address-hint = https://…; påkrevd for nettmøter (hvert bord får sitt eget rom)
mm-time-zone = Tidssone
mm-time-zone-hint = IANA-navn, f.eks. Europe/Oslo
mm-tables = Bord
mm-tables-hint = Møter som kan foregå samtidig
mm-most-meetings = Høyst antall møter per deltaker
mm-most-meetings-hint = Tomt: ingen grense
mm-hours-to-answer = Timer til å svare på en forespørsel
mm-hours-to-answer-hint = Ubesvarte forespørsler utløper etter denne tiden

## Labels
mm-format-onsite = På stedet
mm-format-online = Nett
mm-format-hybrid = Hybrid
mm-agenda-unpublished = Ikke publisert
mm-agenda-preliminary = Foreløpig
mm-agenda-final = Endelig
mm-attendance-onsite = På stedet
mm-attendance-online = På nett
mm-request-status-pending = Venter på svar
mm-request-status-accepted = Godtatt
mm-request-status-declined = Avslått
mm-request-status-expired = Utløpt
mm-request-status-cancelled = Trukket tilbake
mm-type-business-offer = Forretningstilbud
mm-type-business-request = Forretningsforespørsel
mm-type-technology-offer = Teknologitilbud
mm-type-technology-request = Teknologiforespørsel
mm-type-research-cooperation = FoU- / prosjektsamarbeid
mm-type-investment-offer = Investering tilbys (B2I)
mm-type-investment-request = Investering søkes (B2I)
mm-type-cluster-cooperation = Klyngesamarbeid (C2C)
mm-stage-idea = Idé
mm-stage-prototype = Prototyp
mm-stage-pilot = Pilot / felttest
mm-stage-market-ready = Klar for markedet
mm-stage-established = Etablert i markedet
mm-profile-status-draft = Utkast
mm-profile-status-submitted = Venter på gjennomgang
mm-profile-status-published = Publisert
mm-profile-status-rejected = Må endres
mm-profile-status-withdrawn = Trukket tilbake
mm-intro-status-pending = Venter på svar
mm-intro-status-accepted = Godtatt
mm-intro-status-declined = Avslått

## Marketplace
mm-my-profiles = Mine profiler
mm-partners-for-you = Partnere for deg
mm-review-queue = Gjennomgangskø
mm-new-profile = Ny profil
mm-marketplace-intro = Publiserte tilbud og forespørsler fra nettverkets SMB-er og organisasjoner. Kontaktopplysninger vises når eieren godtar en introduksjon eller et møte.
mm-search = Søk
mm-search-hint = Hva du tilbyr eller ser etter
mm-any-type = Alle typer
mm-sector-nace = Bransje (NACE)
mm-sector-hint = f.eks. C10 eller J62.01
mm-owners-country = Eierens land
mm-any-country = Alle land
mm-target-market = Målmarked
mm-any-market = Alle markeder
mm-owner = Eier
mm-anyone = Alle
mm-filter-left-out = Filter «{ $field }»: { $message } (utelatt)
mm-no-profile-matches = Ingen publisert profil passer til disse filtrene.
mm-owner-smes = SMB-er
mm-owner-any-organisation = Alle organisasjoner
mm-visibility-public = på markedsplassen
mm-visibility-expired = utløpt
mm-visibility-private = ikke offentlig

## Partners
mm-partners-for = Partnere for { $name }
mm-partners-intro = Publiserte profiler som svarer på denne SMB-ens egne profiler – eller, når den ikke har noen, på det registeroppføringen sier om hva den gjør og hvor den vil selge. Hver kommer med grunnene til at den passer.
mm-no-partner = Ingen publisert profil svarer godt nok på denne ennå.
mm-score-hint = Poengsum fra 0 til 100
mm-answers = svarer på
mm-your-profile = profilen din
mm-reason-need = Behov
mm-reason-sector = Bransje
mm-reason-value-chain = Verdikjede
mm-reason-market = Marked

## A profile
mm-stage = Fase
mm-sectors = Bransjer
mm-keywords = Nøkkelord
mm-none = Ingen
mm-target-countries = Målland
mm-any = Alle
mm-expires-on = Utløper
mm-published = Publisert
mm-reviewers-note = Merknad fra gjennomgangen
mm-contact = Kontakt
mm-contact-hidden = Kontaktopplysningene vises når en introduksjon eller et møte er godtatt.
mm-what-you-can-do = Hva du kan gjøre
mm-submit-for-review = Send til gjennomgang
mm-approve-and-publish = Godkjenn og publiser
mm-what-needs-to-change = Hva må endres?
mm-what-needs-to-change-label = Hva som må endres
mm-what-needs-to-change-in = Hva som må endres i { $title }
mm-send-back = Send tilbake
mm-renew = Forny for tolv måneder
mm-your-introduction = Din introduksjon
mm-asked-on-by = forespurt { $date } av { $name }
mm-ask-introduction = Be om en introduksjon
mm-introduction-message = Hvem du er, og hvorfor du vil snakke sammen
mm-recommended-partners = Anbefalte partnere

## My profiles
mm-no-party-before = Du handler ikke for en egen SMB eller organisasjon. Som koordinator kan du bruke
mm-no-party-review-queue = gjennomgangskøen
mm-no-party-between = eller skrive en profil for en part med
mm-no-profile-yet = Ingen profil ennå.
mm-write-first = Skriv den første
mm-write-first-after = : hva du tilbyr, eller hva du ser etter.
mm-expires = Utløper
mm-intros-asked-of-you = Introduksjoner du er bedt om
mm-nobody-asked = Ingen har spurt ennå.
mm-about = Gjelder
mm-answer = Svar
mm-accepting-shows = Godtar du, ser begge sider hverandres kontaktopplysninger.
mm-intros-you-asked = Introduksjoner du har bedt om
mm-none-asked-before = Ingen ennå. Åpne en profil på
mm-none-asked-marketplace = markedsplassen
mm-none-asked-after = for å be eieren om en introduksjon.
mm-asked = Forespurt

## The profile form
mm-new-cooperation-profile = Ny samarbeidsprofil
mm-profile-form-intro = En profil sier hva bedriften din tilbyr eller ser etter. Kontrollører i hjemmeorganisasjonen din publiserer den på markedsplassen; der blir den i tolv måneder med mindre du fornyer den.
mm-owner-hint-admin = sme:12 for en SMB, organisation:3 for en organisasjon (se adressene deres i Landfall)
mm-owner-hint = La stå tomt for organisasjonen din, eller sme:12 for en av dine SMB-er
mm-choose-type = Velg typen
mm-profile-title-hint = Én linje: hva som tilbys eller søkes, og hvor
mm-profile-description-hint = Minst 40 tegn: hva det er, for hvem, hva slags partner du ønsker
mm-sectors-hint = NACE rev. 2-koder atskilt med komma eller mellomrom, f.eks. C10.20, J62
mm-keywords-hint = Opptil 10, ett per linje eller atskilt med komma
mm-target-countries-hint = Landkoder, f.eks. DE, NO
mm-choose-stage = Velg fasen
mm-expires-on-hint = Tomt: tolv måneder fra i dag
mm-contact-person = Kontaktperson
mm-contact-person-hint = Vises bare for dem din side har godtatt en introduksjon eller et møte med.
mm-name = Navn
mm-email = E-post
mm-phone = Telefon
mm-changes-go-back = En publisert profil der innholdet endres, går tilbake til gjennomgang.
mm-save-changes = Lagre endringer
mm-save-draft = Lagre utkast
mm-save-and-submit = Lagre og send til gjennomgang
mm-reviewer-publishes = Som kontrollør publiseres det du sender inn, med en gang.

## Review queue
mm-profiles-to-review = Profiler til gjennomgang
mm-review-intro = Profiler fra organisasjonen din og dens SMB-er som venter på å bli publisert. Godkjenning publiserer en profil på markedsplassen; sender du den tilbake, får eieren vite hva som må endres.
mm-nothing-to-review = Ingenting venter på din gjennomgang.
mm-submitted-by-changed = sendt inn av { $name }, endret { $date }
mm-approve = Godkjenn
mm-reject = Avvis

## Agenda
mm-agenda-of = Møteplan · { $name }
mm-download-ics = Last ned .ics
mm-back-to-agenda = Tilbake til møteplanen
mm-print = Skriv ut
mm-times-local = Tidene er lokal tid på arrangementet ({ $zone }).
mm-agenda-not-published = Møteplanen er ikke publisert ennå.
mm-agenda-not-published-organiser = Du ser gjeldende plan; deltakerne ser den når du publiserer den.
mm-agenda-not-published-attendee = Du ser møtene dine her når arrangøren publiserer den.
mm-agenda-preliminary-notice = Dette er den foreløpige møteplanen: tider og bord kan fortsatt endres.
mm-agenda-waiting = { $count ->
    [one] { $count } godtatt møte er ikke i møteplanen ennå.
   *[other] { $count } godtatte møter er ikke i møteplanen ennå.
}
mm-agenda-empty = Ingen møter i møteplanen.
mm-agenda-empty-yet = Ingen møter i møteplanen ennå.
mm-time = Tid
mm-where = Hvor
mm-with = Med
mm-afterwards = Etterpå
mm-held = Holdt
mm-follow-up-agreed-lower = oppfølging avtalt
mm-not-held = Ble ikke holdt
mm-took-place = Ble holdt
mm-follow-up-agreed = Oppfølging avtalt
mm-note-optional = Notat (valgfritt)
mm-note-on-meeting = Notat om møtet kl. { $time }
mm-record = Registrer

## Meeting plan
mm-meeting-plan-of = Møteoversikt · { $title }
mm-plan-placed = { $count ->
    [one] { $count } møte plassert
   *[other] { $count } møter plassert
}
mm-plan-waiting = { $count } venter på plass
mm-plan-slots = { $count } tidsluker
mm-plan-agenda = møteplan:
mm-published-at = publisert { $time }
mm-run-scheduler = Kjør planleggeren
mm-publish-preliminary = Publiser foreløpig møteplan
mm-publish-final = Publiser endelig møteplan
mm-scheduler-explained = Planleggeren plasserer alle godtatte møter den kan; publiserte og håndplasserte møter blir der de er. Deltakerne ser møtene sine når en møteplan er publisert.
mm-table-plan = Bordplan
mm-no-slots-before = Ingen tidsluker ennå: legg til en økt på
mm-no-slots-link = arrangementets side
mm-no-slots-after = .
mm-slot-local = Tidsluke (lokal tid)
mm-tables-in-use = Bord i bruk
mm-table-number = Bord { $number }
mm-not-published = ikke publisert
mm-no-accepted-meeting = Ingen godtatte møter ennå.
mm-who = Hvem
mm-place = Plass
mm-move = Flytt
mm-priority = prioritet { $number }
mm-placed-by-hand = plassert for hånd
mm-published-badge = publisert
mm-not-placed = Ikke plassert
mm-slot-for = Tidsluke for { $names }
mm-table-for = Bord for { $names }
mm-take-off = Ta ut av planen
mm-remove = Fjern
mm-add-a-meeting = Legg til et møte
mm-add-meeting-intro = For møter avtalt utenom forespørslene. La tidsluke og bord stå tomme for å la planleggeren plassere møtet.
mm-first-attendee = Første deltaker
mm-second-attendee = Andre deltaker
mm-let-scheduler-choose = La planleggeren velge
mm-add-meeting = Legg til møte
mm-place-at-table = { $slot } · bord { $table }
mm-agenda-table = Bord { $table }
mm-agenda-video-room = Videorom { $table }: { $url }
mm-scheduler-placed = { $scheduled ->
    [one] Planleggeren plasserte { $scheduled } møte og kunne ikke plassere { $unscheduled }.
   *[other] Planleggeren plasserte { $scheduled } møter og kunne ikke plassere { $unscheduled }.
}
mm-scheduler-kept = { $count ->
    [one] { $count } publisert eller håndplassert møte ble der det var.
   *[other] { $count } publiserte eller håndplasserte møter ble der de var.
}
mm-scheduler-expired = { $count ->
    [one] { $count } ubesvart forespørsel utløp.
   *[other] { $count } ubesvarte forespørsler utløp.
}
mm-published-preliminary = Den foreløpige møteplanen er publisert: deltakerne ser møtene sine.
mm-published-final = Den endelige møteplanen er publisert: deltakerne ser møtene sine.
mm-published-unpublished = Møteplanen er ikke publisert.
mm-error-choose-slot = velg en tidsluke
mm-error-give-table = oppgi et bordnummer
mm-error-slot-and-table = velg en tidsluke og et bord, eller ta møtet ut av planen
mm-error-two-attendees = velg de to deltakerne som skal møtes

## Statistics
mm-statistics-of = Statistikk · { $title }
mm-stat-requests-sent = møteforespørsler sendt
mm-stat-accepted = godtatt
mm-stat-scheduled = møter planlagt
mm-stat-held = holdt
mm-stat-follow-up = med oppfølging
mm-requests = Forespørsler
mm-sent = Sendt
mm-by-country = Etter land
mm-by-kind = Etter type deltaker
mm-stats-explained = En forespørsel teller for avsenderens gruppe (sendt og utfallet) og mottakerens (mottatt); et møte teller én gang for hver gruppe som deltar.
mm-chart-title = Møteforespørsler sendt av deltakere fra hvert land: godtatt (mørk) og ikke godtatt (lys)
mm-group = Gruppe
mm-requests-sent = Forespørsler sendt
mm-received = Mottatt
mm-pending = Venter
mm-meetings-scheduled = Møter planlagt
mm-follow-ups = Oppfølginger

## Checks and refusals
mm-err-between = må være mellom { $min } og { $max }
mm-err-venue-required = må fylles ut for møter på stedet
mm-err-url-required = må fylles ut for nettmøter
mm-err-https = må begynne med https://
mm-err-session-overlaps = overlapper en annen økt i arrangementet
mm-err-session-too-short = økten er kortere enn ett møte på { $minutes } minutter
mm-err-too-many-slots = høyst { $max } tidsluker per økt; del den i to
mm-err-choose-attendance = velg på stedet eller på nett
mm-err-attendance-impossible = `{ $value }` er ikke mulig på et arrangement som holdes { $format ->
    [onsite] på stedet
    [online] på nett
   *[hybrid] hybrid
  }
mm-err-not-a-slot-of-event = tidsluke { $id } er ikke en tidsluke i dette arrangementet
mm-err-choose-available = velg minst én tidsluke du kan delta i
mm-err-meetings-in-slots = du har møter i tidsluke(r) { $slots }; be arrangøren flytte dem først
mm-err-ask-yourself = du kan ikke be deg selv om et møte
mm-err-not-an-answer = `{ $value }` er ikke et svar (accept eller decline)
mm-err-request-expired = forespørselen har utløpt; send en ny
mm-err-request-already = forespørselen er allerede { $status ->
    [pending] ventende
    [accepted] godtatt
    [declined] avslått
    [expired] utløpt
   *[cancelled] trukket tilbake
  }
mm-err-request-is = forespørselen er { $status ->
    [pending] ventende
    [accepted] godtatt
    [declined] avslått
    [expired] utløpt
   *[cancelled] trukket tilbake
  }
mm-err-cannot-unpublish = en møteplan kan ikke avpubliseres
mm-err-final-agenda-out = den endelige møteplanen er publisert; publiser endringer som endelige
mm-err-priority = må være 1, 2 eller 3
mm-err-cooperation-owner = klyngesamarbeidsprofiler tilhører organisasjoner, ikke SMB-er
mm-err-say-more = skriv litt mer (minst 40 tegn)
mm-err-sector-required = minst én NACE Rev. 2-kode må oppgis
mm-err-expiry-too-far = kan være høyst { $months } måneder fram i tid; forny den senere
mm-err-keyword-too-long = `{ $keyword }` er lengre enn 60 tegn
mm-err-too-many-keywords = høyst 10 nøkkelord
mm-err-cannot-submit = en profil som { $status ->
    [draft] er et utkast
    [submitted] venter på gjennomgang
    [published] er publisert
    [rejected] må endres
   *[withdrawn] er trukket tilbake
  }, kan ikke sendes inn
mm-err-say-what-to-change = oppgi hva som må endres
mm-err-only-waiting-reviewed = bare profiler som venter på gjennomgang, kan godkjennes eller sendes tilbake
mm-err-already-withdrawn = profilen er allerede trukket tilbake
mm-err-renew-window = en profil kan fornyes de siste { $days } dagene før den utløper (den gjelder til { $until })
mm-err-only-published-renewed = bare publiserte profiler fornyes
mm-err-table-has-meetings = bord { $table } har møter; flytt dem før du fjerner bord
mm-err-say-registrant = oppgi hvilken SMB eller organisasjon som melder seg på
mm-err-no-such-party = SMB-en eller organisasjonen finnes ikke
mm-err-event-over = arrangementet er over
mm-err-register-first = meld deg på arrangementet før du ber om møter
mm-err-no-such-attendee = deltakeren finnes ikke i dette arrangementet
mm-err-answered-meanwhile = forespørselen er i mellomtiden besvart eller utløpt
mm-err-not-held-yet = møtet har ikke funnet sted ennå
mm-err-not-scheduled = møtet ble ikke planlagt
mm-err-no-follow-up = et møte som ikke fant sted, har ingen oppfølging
mm-err-no-such-owner = SMB-en eller organisasjonen finnes ikke i registeret
mm-err-say-owner = oppgi hvilken SMB eller organisasjon profilen tilhører
mm-err-own-profile = dette er din egen profil
mm-err-not-published = profilen er ikke publisert
mm-err-not-a-slot = ikke en tidsluke i dette arrangementet
mm-err-table-range = må være et bord fra 1 til { $max }
mm-err-unavailable = { $name } er ikke ledig i den tidsluken
mm-err-max-meetings = { $name } har allerede maksimalt { $max } møter
mm-err-table-taken-by = bord { $table } er opptatt av møte #{ $meeting } i den tidsluken
mm-an-attendee = en deltaker
mm-err-attendee-busy = { $name } har møte #{ $meeting } i den tidsluken
mm-err-place-taken = plassen er opptatt
mm-err-two-attendees = et møte trenger minst to deltakere
mm-err-not-an-attendee = påmelding { $id } er ikke en deltaker i dette arrangementet
mm-err-event-exists = det finnes allerede et arrangement med denne tittelen
mm-err-session-has-meetings = det er plassert møter i denne økten; flytt eller fjern dem først
mm-err-already-registered = allerede påmeldt dette arrangementet
mm-err-request-exists = det finnes allerede en møteforespørsel mellom dere; svar på den eller vent på svar
mm-err-table-taken = det bordet er opptatt i den tidsluken
mm-err-attendee-has-meeting = en deltaker har allerede et møte i den tidsluken

## Why a partner profile is recommended
mm-reason-related-work = beslektet arbeid
mm-reason-both-in = begge i NACE { $code }
mm-reason-you-supply = verdikjede: { $yours } hos dere leverer til { $theirs } hos dem
mm-reason-they-supply = verdikjede: { $theirs } hos dem leverer til { $yours } hos dere
mm-reason-you-target = dere retter dere mot { $country }, der de er
mm-reason-they-target = de retter seg mot { $country }, der dere er
mm-reason-both-target = dere retter dere begge mot { $country }
mm-reason-they-request-you-offer = de etterspør { $theirs }, dere tilbyr { $mine }
mm-reason-you-request-they-offer = dere etterspør { $mine }, de tilbyr { $theirs }
mm-reason-you-look-they-offer = dere ser etter { $mine }, de tilbyr { $theirs }
mm-reason-they-request-you-work = de etterspør { $theirs }, dere jobber med { $mine }
mm-reason-both-work-on = dere jobber begge med { $mine } / { $theirs }

mm-err-already-asked = du har allerede bedt om å bli introdusert for eieren av profilen
mm-err-introduction-answered = introduksjonen er allerede besvart
mm-err-profile-changed = profilen ble endret i mellomtiden; last inn på nytt og prøv igjen
mm-err-profile-edited-meanwhile = noen andre har lagret denne profilen i mellomtiden (eller en vurderer har tatt stilling til den); se den slik den er nå, og lagre endringene dine på nytt
mm-err-no-slots = legg først til en økt med møtetider
mm-err-unschedulable = arrangementets møtedata kan ikke planlegges ({ $reason })
mm-err-no-organisation = organisasjonen finnes ikke
mm-err-reject-note = skriv hva som må endres
mm-your-smes = Bedriftene deres på dette arrangementet
mm-none-of-your-smes = Ingen av bedriftene organisasjonen deres er hjem for, er påmeldt ennå.
mm-register-your-sme-intro = Meld på en bedrift som organisasjonen deres er hjem for. Den er ledig i alle tidsrom; dens egne folk endrer så påmeldingen og sender og svarer på møteforespørsler.
mm-sme = Bedrift
mm-choose-sme = Velg en bedrift
mm-it-takes-part = Den deltar
mm-register-sme = Meld på bedriften
mm-err-choose-sme = velg en av bedriftene deres
mm-cancel-registration-of = Meld av { $name }
