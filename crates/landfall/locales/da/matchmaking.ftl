# matchmaking: events, profiles, agendas and the meeting plan.

## Shared words
mm-none-yet = Ingen endnu.
mm-event = Arrangement
mm-when = Hvornår
mm-when-local = Hvornår (lokal tid)
mm-format = Format
mm-organiser = Arrangør
mm-agenda = Mødeplan
mm-edit = Redigér
mm-cancel = Annullér
mm-save = Gem
mm-choose = Vælg
mm-accept = Acceptér
mm-decline = Afslå
mm-withdraw = Træk tilbage
mm-from = Fra
mm-to = Til
mm-message = Besked
mm-status = Status
mm-statistics = Statistik
mm-marketplace = Markedsplads
mm-profile = Profil
mm-type = Type
mm-title = Titel
mm-description = Beskrivelse
mm-correct-fields = Ret venligst de felter, der er markeret nedenfor.
mm-nobody-registered = Ingen har tilmeldt sig endnu.
mm-table = Bord
mm-slot = Tidsrum

## Dates

## Events list
mm-events-title = Matchmaking-arrangementer
mm-new-event = Nyt arrangement
mm-events-intro = Matchmaking-arrangementer med forudaftalte 1:1-møder: tilmeld dig, spørg de deltagere, du gerne vil mødes med, og få din personlige mødeplan.
mm-coming-up = Kommende
mm-no-event-ahead = Intet kommende arrangement.
mm-past = Tidligere
mm-no-sessions-yet = Ingen sessioner endnu

## Event page
mm-my-agenda = Min mødeplan
mm-meeting-plan = Mødeoversigt
mm-over = afsluttet
mm-venue = Sted
mm-video-meetings = Videomøder
mm-meetings = Møder
mm-fact-tables = { $count ->
    [one] { $count } bord
   *[other] { $count } borde
}
mm-fact-at-most = højst { $count } møder pr. deltager
mm-fact-expiry = { $count ->
    [one] anmodninger udløber efter { $count } time
   *[other] anmodninger udløber efter { $count } timer
}
mm-sessions = Sessioner
mm-no-session = Ingen session endnu.
mm-no-session-organiser = Ingen session endnu: tilføj en nedenfor for at åbne mødetiderne.
mm-remove-session = Fjern { $title }
mm-session-timing = møder på { $meeting } minutter, { $pause } minutter imellem
mm-add-a-session = Tilføj en session
mm-session-title = Sessionens titel
mm-session-title-hint = f.eks. Dag 1 formiddag
mm-date = Dato
mm-start-time = Starttid
mm-start-time-hint = Lokal tid ved arrangementet
mm-end-time = Sluttid
mm-minutes-per-meeting = Minutter pr. møde
mm-minutes-between = Minutter mellem møderne
mm-add-session = Tilføj session
mm-your-registration = Din tilmelding
mm-registered = { $name } er tilmeldt
mm-registered-for-at-most = til højst { $count } møder
mm-available-in-some = ledig i { $count } af { $total } tidsrum
mm-available-always = ledig i alle tidsrum
mm-looking-for-text = Søger: { $text }
mm-change-registration = Ændr din tilmelding
mm-save-registration = Gem tilmelding
mm-cancel-registration = Afmeld
mm-register-intro = Tilmeld dig for at bede andre deltagere om møder og selv blive spurgt.
mm-register = Tilmeld
mm-event-over = Arrangementet er afsluttet.
mm-who-registers = Deltagerne er SMV'er og organisationer i netværket; tilmeldingen foretages af deres egne folk.
mm-attendees = Deltagere
mm-attendee = Deltager
mm-country = Land
mm-kind = Slags
mm-looking-for = Søger
mm-meeting = Møde
mm-you = dig
mm-why-meet = Hvorfor mødes? (valgfrit)
mm-message-to = Besked til { $name }
mm-request-meeting = Anmod om møde
mm-your-requests = Dine anmodninger
mm-asked-of-you = Til dig
mm-no-request = Ingen anmodning endnu.
mm-message-optional = Besked (valgfri)
mm-answer-to = Svar til { $name }
mm-answer-by = Svar senest { $time }
mm-sent-by-you = Sendt af dig
mm-none-sent = Ingen endnu. Brug „Anmod om møde“ ud for en deltager.
mm-until = indtil { $time }
mm-meeting-requests = Mødeanmodninger
mm-attendee-number = deltager #{ $id }
mm-request-pending = Anmodning afventer
mm-request-accepted = Møde accepteret
mm-request-declined = Anmodning afslået
mm-request-expired = Anmodning udløbet
mm-request-withdrawn = Anmodning trukket tilbage
mm-party-sme = SMV

## Registration fields
mm-you-take-part = Du deltager
mm-most-meetings-you-want = Højst antal møder, du ønsker
mm-most-meetings-you-want-hint = Tom: så mange, som arrangementet tillader
mm-when-you-can-meet = Hvornår du kan mødes
mm-what-you-look-for = Hvad du søger
mm-what-you-look-for-hint = Vises for de andre deltagere

## Event form
mm-new-matchmaking-event = Nyt matchmaking-arrangement
mm-edit-title = Redigér { $title }
mm-event-form-intro = Mødetiderne fastsættes pr. session på arrangementets side, i arrangementets tidszone.
mm-choose-organiser = Vælg arrangøren
mm-organiser-error = Arrangør: { $message }
mm-description-hint = Hvem det er for, hvad man kan forvente
mm-choose-format = Vælg formatet
mm-venue-hint = Påkrævet for møder på stedet
mm-video-address = Adresse til videomøder
mm-video-address-hint = https://…; påkrævet for onlinemøder (hvert bord får sit eget rum)
mm-time-zone = Tidszone
mm-time-zone-hint = IANA-navn, f.eks. Europe/Oslo
mm-tables = Borde
mm-tables-hint = Møder, der kan foregå samtidig
mm-most-meetings = Højst antal møder pr. deltager
mm-most-meetings-hint = Tom: ingen grænse
mm-hours-to-answer = Timer til at svare på en anmodning
mm-hours-to-answer-hint = Ubesvarede anmodninger udløber efter denne tid

## Labels
mm-format-onsite = På stedet
mm-format-online = Online
mm-format-hybrid = Hybrid
mm-agenda-unpublished = Ikke offentliggjort
mm-agenda-preliminary = Foreløbig
mm-agenda-final = Endelig
mm-attendance-onsite = På stedet
mm-attendance-online = Online
mm-request-status-pending = Afventer svar
mm-request-status-accepted = Accepteret
mm-request-status-declined = Afslået
mm-request-status-expired = Udløbet
mm-request-status-cancelled = Trukket tilbage
mm-type-business-offer = Forretningstilbud
mm-type-business-request = Forretningsefterspørgsel
mm-type-technology-offer = Teknologitilbud
mm-type-technology-request = Teknologiefterspørgsel
mm-type-research-cooperation = F&U- / projektsamarbejde
mm-type-investment-offer = Investering tilbydes (B2I)
mm-type-investment-request = Investering søges (B2I)
mm-type-cluster-cooperation = Klyngesamarbejde (C2C)
mm-stage-idea = Idé
mm-stage-prototype = Prototype
mm-stage-pilot = Pilot / felttest
mm-stage-market-ready = Klar til markedet
mm-stage-established = Etableret på markedet
mm-profile-status-draft = Kladde
mm-profile-status-submitted = Afventer gennemgang
mm-profile-status-published = Offentliggjort
mm-profile-status-rejected = Skal ændres
mm-profile-status-withdrawn = Trukket tilbage
mm-intro-status-pending = Afventer svar
mm-intro-status-accepted = Accepteret
mm-intro-status-declined = Afslået

## Marketplace
mm-my-profiles = Mine profiler
mm-partners-for-you = Partnere til dig
mm-review-queue = Gennemgangskø
mm-new-profile = Ny profil
mm-marketplace-intro = Offentliggjorte tilbud og efterspørgsler fra netværkets SMV'er og organisationer. Kontaktoplysninger vises, når ejeren accepterer en introduktion eller et møde.
mm-search = Søg
mm-search-hint = Hvad du tilbyder eller søger
mm-any-type = Alle typer
mm-sector-nace = Branche (NACE)
mm-sector-hint = f.eks. C10 eller J62.01
mm-owners-country = Ejerens land
mm-any-country = Alle lande
mm-target-market = Målmarked
mm-any-market = Alle markeder
mm-owner = Ejer
mm-anyone = Alle
mm-filter-left-out = Filter „{ $field }“: { $message } (udeladt)
mm-no-profile-matches = Ingen offentliggjort profil matcher disse filtre.
mm-owner-smes = SMV'er
mm-owner-any-organisation = Alle organisationer
mm-visibility-public = på markedspladsen
mm-visibility-expired = udløbet
mm-visibility-private = ikke offentlig

## Partners
mm-partners-for = Partnere til { $name }
mm-partners-intro = Offentliggjorte profiler, der svarer til denne SMV's egne profiler – eller, hvis den ingen har, til det, dens registrering siger om, hvad den laver, og hvor den vil sælge. Hver kommer med begrundelserne for, at den passer.
mm-no-partner = Ingen offentliggjort profil svarer godt nok til denne endnu.
mm-score-hint = Score fra 0 til 100
mm-answers = svarer til
mm-your-profile = din profil
mm-reason-need = Behov
mm-reason-sector = Branche
mm-reason-value-chain = Værdikæde
mm-reason-market = Marked

## A profile
mm-stage = Stadie
mm-sectors = Brancher
mm-keywords = Nøgleord
mm-none = Ingen
mm-target-countries = Mållande
mm-any = Alle
mm-expires-on = Udløber den
mm-published = Offentliggjort
mm-reviewers-note = Bemærkning fra gennemgangen
mm-contact = Kontakt
mm-contact-hidden = Kontaktoplysningerne vises, når en introduktion eller et møde er accepteret.
mm-what-you-can-do = Hvad du kan gøre
mm-submit-for-review = Send til gennemgang
mm-approve-and-publish = Godkend og offentliggør
mm-what-needs-to-change = Hvad skal ændres?
mm-what-needs-to-change-label = Hvad der skal ændres
mm-what-needs-to-change-in = Hvad der skal ændres i { $title }
mm-send-back = Send tilbage
mm-renew = Forny for tolv måneder
mm-your-introduction = Din introduktion
mm-asked-on-by = anmodet { $date } af { $name }
mm-ask-introduction = Bed om en introduktion
mm-introduction-message = Hvem du er, og hvorfor du gerne vil tale sammen
mm-recommended-partners = Anbefalede partnere

## My profiles
mm-no-party-before = Du handler ikke for en SMV eller en organisation af din egen. Som koordinator kan du bruge
mm-no-party-review-queue = gennemgangskøen
mm-no-party-between = eller skrive en profil for en part med
mm-no-profile-yet = Ingen profil endnu.
mm-write-first = Skriv den første
mm-write-first-after = : hvad du tilbyder, eller hvad du søger.
mm-expires = Udløber
mm-intros-asked-of-you = Introduktioner, du er blevet bedt om
mm-nobody-asked = Ingen har spurgt endnu.
mm-about = Om
mm-answer = Svar
mm-accepting-shows = Accepterer du, ser begge parter hinandens kontaktoplysninger.
mm-intros-you-asked = Introduktioner, du har bedt om
mm-none-asked-before = Ingen endnu. Åbn en profil på
mm-none-asked-marketplace = markedspladsen
mm-none-asked-after = for at bede ejeren om en introduktion.
mm-asked = Anmodet

## The profile form
mm-new-cooperation-profile = Ny samarbejdsprofil
mm-profile-form-intro = En profil siger, hvad din virksomhed tilbyder eller søger. Gennemlæsere i din hjemmeorganisation offentliggør den på markedspladsen; den bliver der i tolv måneder, medmindre du fornyer den.
mm-owner-hint-admin = sme:12 for en SMV, organisation:3 for en organisation (se deres adresser i Landfall)
mm-owner-hint = Lad stå tomt for din organisation, eller sme:12 for en af dine SMV'er
mm-choose-type = Vælg typen
mm-profile-title-hint = Én linje: hvad der tilbydes eller søges, og hvor
mm-profile-description-hint = Mindst 40 tegn: hvad det er, for hvem, hvilken slags partner du søger
mm-sectors-hint = NACE rev. 2-koder adskilt af kommaer eller mellemrum, f.eks. C10.20, J62
mm-keywords-hint = Op til 10, én pr. linje eller adskilt af kommaer
mm-target-countries-hint = Landekoder, f.eks. DE, NO
mm-choose-stage = Vælg stadiet
mm-expires-on-hint = Tom: tolv måneder fra i dag
mm-contact-person = Kontaktperson
mm-contact-person-hint = Vises kun for dem, som din side har accepteret en introduktion eller et møde med.
mm-name = Navn
mm-email = E-mail
mm-phone = Telefon
mm-changes-go-back = En offentliggjort profil, hvis indhold ændres, går tilbage til gennemgang.
mm-save-changes = Gem ændringer
mm-save-draft = Gem kladde
mm-save-and-submit = Gem og send til gennemgang
mm-reviewer-publishes = Som gennemlæser offentliggøres det, du indsender, med det samme.

## Review queue
mm-profiles-to-review = Profiler til gennemgang
mm-review-intro = Profiler fra din organisation og dens SMV'er, der venter på at blive offentliggjort. Godkendelse offentliggør en profil på markedspladsen; sender du den tilbage, får ejeren at vide, hvad der skal ændres.
mm-nothing-to-review = Intet venter på din gennemgang.
mm-submitted-by-changed = indsendt af { $name }, ændret { $date }
mm-approve = Godkend
mm-reject = Afvis

## Agenda
mm-agenda-of = Mødeplan · { $name }
mm-download-ics = Hent .ics
mm-back-to-agenda = Tilbage til mødeplanen
mm-print = Udskriv
mm-times-local = Tiderne er lokal tid ved arrangementet ({ $zone }).
mm-agenda-not-published = Mødeplanen er ikke offentliggjort endnu.
mm-agenda-not-published-organiser = Du ser den aktuelle plan; deltagerne ser den, når du offentliggør den.
mm-agenda-not-published-attendee = Du ser dine møder her, når arrangøren offentliggør den.
mm-agenda-preliminary-notice = Dette er den foreløbige mødeplan: tider og borde kan stadig ændre sig.
mm-agenda-waiting = { $count ->
    [one] { $count } accepteret møde er ikke i mødeplanen endnu.
   *[other] { $count } accepterede møder er ikke i mødeplanen endnu.
}
mm-agenda-empty = Intet møde i mødeplanen.
mm-agenda-empty-yet = Intet møde i mødeplanen endnu.
mm-time = Tid
mm-where = Hvor
mm-with = Med
mm-afterwards = Bagefter
mm-held = Afholdt
mm-follow-up-agreed-lower = opfølgning aftalt
mm-not-held = Blev ikke afholdt
mm-took-place = Blev afholdt
mm-follow-up-agreed = Opfølgning aftalt
mm-note-optional = Note (valgfri)
mm-note-on-meeting = Note om mødet kl. { $time }
mm-record = Registrér

## Meeting plan
mm-meeting-plan-of = Mødeoversigt · { $title }
mm-plan-placed = { $count ->
    [one] { $count } møde placeret
   *[other] { $count } møder placeret
}
mm-plan-waiting = { $count } venter på en plads
mm-plan-slots = { $count } tidsrum
mm-plan-agenda = mødeplan:
mm-published-at = offentliggjort { $time }
mm-run-scheduler = Kør planlæggeren
mm-publish-preliminary = Offentliggør foreløbig mødeplan
mm-publish-final = Offentliggør endelig mødeplan
mm-scheduler-explained = Planlæggeren placerer alle de accepterede møder, den kan; offentliggjorte og håndplacerede møder bliver, hvor de er. Deltagerne ser deres møder, når en mødeplan er offentliggjort.
mm-table-plan = Bordplan
mm-no-slots-before = Ingen tidsrum endnu: tilføj en session på
mm-no-slots-link = arrangementets side
mm-no-slots-after = .
mm-slot-local = Tidsrum (lokal tid)
mm-tables-in-use = Borde i brug
mm-table-number = Bord { $number }
mm-not-published = ikke offentliggjort
mm-no-accepted-meeting = Intet accepteret møde endnu.
mm-who = Hvem
mm-place = Plads
mm-move = Flyt
mm-priority = prioritet { $number }
mm-placed-by-hand = placeret i hånden
mm-published-badge = offentliggjort
mm-not-placed = Ikke placeret
mm-slot-for = Tidsrum for { $names }
mm-table-for = Bord for { $names }
mm-take-off = Tag ud af planen
mm-remove = Fjern
mm-add-a-meeting = Tilføj et møde
mm-add-meeting-intro = Til møder aftalt uden for anmodningerne. Lad tidsrum og bord stå tomme, så placerer planlæggeren mødet.
mm-first-attendee = Første deltager
mm-second-attendee = Anden deltager
mm-let-scheduler-choose = Lad planlæggeren vælge
mm-add-meeting = Tilføj møde
mm-place-at-table = { $slot } · bord { $table }
mm-agenda-table = Bord { $table }
mm-agenda-video-room = Videorum { $table }: { $url }
mm-scheduler-placed = { $scheduled ->
    [one] Planlæggeren placerede { $scheduled } møde og kunne ikke placere { $unscheduled }.
   *[other] Planlæggeren placerede { $scheduled } møder og kunne ikke placere { $unscheduled }.
}
mm-scheduler-kept = { $count ->
    [one] { $count } offentliggjort eller håndplaceret møde blev, hvor det var.
   *[other] { $count } offentliggjorte eller håndplacerede møder blev, hvor de var.
}
mm-scheduler-expired = { $count ->
    [one] { $count } ubesvaret anmodning udløb.
   *[other] { $count } ubesvarede anmodninger udløb.
}
mm-published-preliminary = Den foreløbige mødeplan er offentliggjort: deltagerne ser deres møder.
mm-published-final = Den endelige mødeplan er offentliggjort: deltagerne ser deres møder.
mm-published-unpublished = Mødeplanen er ikke offentliggjort.
mm-error-choose-slot = vælg et tidsrum
mm-error-give-table = angiv et bordnummer
mm-error-slot-and-table = vælg et tidsrum og et bord, eller tag mødet ud af planen
mm-error-two-attendees = vælg de to deltagere, der skal mødes

## Statistics
mm-statistics-of = Statistik · { $title }
mm-stat-requests-sent = mødeanmodninger sendt
mm-stat-accepted = accepteret
mm-stat-scheduled = møder planlagt
mm-stat-held = afholdt
mm-stat-follow-up = med opfølgning
mm-requests = Anmodninger
mm-sent = Sendt
mm-by-country = Efter land
mm-by-kind = Efter slags deltager
mm-stats-explained = En anmodning tæller for afsenderens gruppe (sendt og udfaldet) og modtagerens (modtaget); et møde tæller én gang for hver deltagende gruppe.
mm-chart-title = Mødeanmodninger sendt af deltagere fra hvert land: accepteret (mørk) og ikke accepteret (lys)
mm-group = Gruppe
mm-requests-sent = Anmodninger sendt
mm-received = Modtaget
mm-pending = Afventer
mm-meetings-scheduled = Møder planlagt
mm-follow-ups = Opfølgninger

## Checks and refusals
mm-err-between = skal være mellem { $min } og { $max }
mm-err-venue-required = skal udfyldes ved møder på stedet
mm-err-url-required = skal udfyldes ved onlinemøder
mm-err-https = skal begynde med https://
mm-err-session-overlaps = overlapper en anden session i arrangementet
mm-err-session-too-short = sessionen er kortere end ét møde på { $minutes } minutter
mm-err-too-many-slots = højst { $max } tidsrum pr. session; del den i to
mm-err-choose-attendance = vælg på stedet eller online
mm-err-attendance-impossible = `{ $value }` er ikke muligt ved et arrangement, der holdes { $format ->
    [onsite] på stedet
    [online] online
   *[hybrid] hybridt
  }
mm-err-not-a-slot-of-event = tidsrum { $id } er ikke et tidsrum i dette arrangement
mm-err-choose-available = vælg mindst ét tidsrum, du kan deltage i
mm-err-meetings-in-slots = du har møder i tidsrum { $slots }; bed arrangøren om at flytte dem først
mm-err-ask-yourself = du kan ikke bede dig selv om et møde
mm-err-not-an-answer = `{ $value }` er ikke et svar (accept eller decline)
mm-err-request-expired = anmodningen er udløbet; send en ny
mm-err-request-already = anmodningen er allerede { $status ->
    [pending] afventende
    [accepted] accepteret
    [declined] afslået
    [expired] udløbet
   *[cancelled] trukket tilbage
  }
mm-err-request-is = anmodningen er { $status ->
    [pending] afventende
    [accepted] accepteret
    [declined] afslået
    [expired] udløbet
   *[cancelled] trukket tilbage
  }
mm-err-cannot-unpublish = en mødeplan kan ikke trækkes tilbage fra offentliggørelse
mm-err-final-agenda-out = den endelige mødeplan er ude; offentliggør ændringer som endelige
mm-err-priority = skal være 1, 2 eller 3
mm-err-cooperation-owner = klyngesamarbejdsprofiler tilhører organisationer, ikke SMV'er
mm-err-say-more = skriv lidt mere (mindst 40 tegn)
mm-err-sector-required = mindst én NACE rev. 2-kode skal angives
mm-err-expiry-too-far = kan højst ligge { $months } måneder frem; forny den senere
mm-err-keyword-too-long = `{ $keyword }` er længere end 60 tegn
mm-err-too-many-keywords = højst 10 nøgleord
mm-err-cannot-submit = en profil, der { $status ->
    [draft] er en kladde
    [submitted] venter på gennemgang
    [published] er offentliggjort
    [rejected] skal ændres
   *[withdrawn] er trukket tilbage
  }, kan ikke indsendes
mm-err-say-what-to-change = angiv, hvad der skal ændres
mm-err-only-waiting-reviewed = kun profiler, der venter på gennemgang, kan godkendes eller sendes tilbage
mm-err-already-withdrawn = profilen er allerede trukket tilbage
mm-err-renew-window = en profil kan fornyes i de sidste { $days } dage, før den udløber (den gælder til { $until })
mm-err-only-published-renewed = kun offentliggjorte profiler fornyes
mm-err-table-has-meetings = bord { $table } har møder; flyt dem, før du fjerner borde
mm-err-say-registrant = angiv, hvilken SMV eller organisation der tilmelder sig
mm-err-no-such-party = SMV'en eller organisationen findes ikke
mm-err-event-over = arrangementet er slut
mm-err-register-first = tilmeld dig arrangementet, før du beder om møder
mm-err-no-such-attendee = deltageren findes ikke i dette arrangement
mm-err-answered-meanwhile = anmodningen er i mellemtiden besvaret eller udløbet
mm-err-not-held-yet = mødet har ikke fundet sted endnu
mm-err-not-scheduled = mødet blev ikke planlagt
mm-err-no-follow-up = et møde, der ikke fandt sted, har ingen opfølgning
mm-err-no-such-owner = SMV'en eller organisationen findes ikke i registret
mm-err-say-owner = angiv, hvilken SMV eller organisation profilen tilhører
mm-err-own-profile = dette er din egen profil
mm-err-not-published = profilen er ikke offentliggjort
mm-err-not-a-slot = ikke et tidsrum i dette arrangement
mm-err-table-range = skal være et bord fra 1 til { $max }
mm-err-unavailable = { $name } er ikke ledig i det tidsrum
mm-err-max-meetings = { $name } har allerede det maksimale antal på { $max } møder
mm-err-table-taken-by = bord { $table } er optaget af møde #{ $meeting } i det tidsrum
mm-an-attendee = en deltager
mm-err-attendee-busy = { $name } har møde #{ $meeting } i det tidsrum
mm-err-place-taken = pladsen er optaget
mm-err-two-attendees = et møde kræver mindst to deltagere
mm-err-not-an-attendee = tilmelding { $id } er ikke en deltager i dette arrangement
mm-err-event-exists = der findes allerede et arrangement med denne titel
mm-err-session-has-meetings = der er placeret møder i denne session; flyt eller fjern dem først
mm-err-already-registered = allerede tilmeldt dette arrangement
mm-err-request-exists = der er allerede en mødeanmodning mellem jer; besvar den eller vent på svar
mm-err-table-taken = det bord er optaget i det tidsrum
mm-err-attendee-has-meeting = en deltager har allerede et møde i det tidsrum

## Why a partner profile is recommended
mm-reason-related-work = beslægtet arbejde
mm-reason-both-in = begge i NACE { $code }
mm-reason-you-supply = værdikæde: jeres { $yours } leverer til deres { $theirs }
mm-reason-they-supply = værdikæde: deres { $theirs } leverer til jeres { $yours }
mm-reason-you-target = I retter jer mod { $country }, hvor de er
mm-reason-they-target = de retter sig mod { $country }, hvor I er
mm-reason-both-target = I retter jer begge mod { $country }
mm-reason-they-request-you-offer = de efterspørger { $theirs }, I tilbyder { $mine }
mm-reason-you-request-they-offer = I efterspørger { $mine }, de tilbyder { $theirs }
mm-reason-you-look-they-offer = I leder efter { $mine }, de tilbyder { $theirs }
mm-reason-they-request-you-work = de efterspørger { $theirs }, I arbejder med { $mine }
mm-reason-both-work-on = I arbejder begge med { $mine } / { $theirs }

mm-err-already-asked = du har allerede bedt om at blive præsenteret for profilens ejer
mm-err-introduction-answered = introduktionen er allerede besvaret
mm-err-profile-changed = profilen er blevet ændret i mellemtiden; genindlæs og prøv igen
mm-err-profile-edited-meanwhile = en anden har gemt denne profil i mellemtiden (eller en bedømmer har taget stilling til den); se den, som den er nu, og gem dine ændringer igen
mm-err-no-slots = tilføj først en session med mødetider
mm-err-unschedulable = arrangementets mødedata kan ikke planlægges ({ $reason })
mm-err-no-organisation = organisationen findes ikke
mm-err-reject-note = skriv, hvad der skal ændres
mm-your-smes = Jeres virksomheder ved dette arrangement
mm-none-of-your-smes = Ingen af de virksomheder, jeres organisation er hjem for, er tilmeldt endnu.
mm-register-your-sme-intro = Tilmeld en virksomhed, som jeres organisation er hjem for. Den er ledig i alle tidsrum; dens egne folk ændrer derefter tilmeldingen og sender og besvarer mødeanmodninger.
mm-sme = Virksomhed
mm-choose-sme = Vælg en virksomhed
mm-it-takes-part = Den deltager
mm-register-sme = Tilmeld virksomheden
mm-err-choose-sme = vælg en af jeres virksomheder
mm-cancel-registration-of = Afmeld { $name }
