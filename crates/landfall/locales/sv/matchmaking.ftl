# matchmaking: events, profiles, agendas and the meeting plan.

## Shared words
mm-none-yet = Inga ännu.
mm-event = Evenemang
mm-when = När
mm-when-local = När (lokal tid)
mm-format = Format
mm-organiser = Arrangör
mm-agenda = Mötesschema
mm-edit = Redigera
mm-cancel = Avbryt
mm-save = Spara
mm-choose = Välj
mm-accept = Acceptera
mm-decline = Avböj
mm-withdraw = Dra tillbaka
mm-from = Från
mm-to = Till
mm-message = Meddelande
mm-status = Status
mm-statistics = Statistik
mm-marketplace = Marknadsplats
mm-profile = Profil
mm-type = Typ
mm-title = Titel
mm-description = Beskrivning
mm-correct-fields = Rätta fälten som är markerade nedan.
mm-nobody-registered = Ingen har anmält sig ännu.
mm-table = Bord
mm-slot = Tidslucka

## Dates

## Events list
mm-events-title = Matchmakingevenemang
mm-new-event = Nytt evenemang
mm-events-intro = Matchmakingevenemang med förbokade 1:1-möten: anmäl dig, fråga de deltagare du vill träffa och få ditt personliga mötesschema.
mm-coming-up = Kommande
mm-no-event-ahead = Inget kommande evenemang.
mm-past = Tidigare
mm-no-sessions-yet = Inga pass ännu

## Event page
mm-my-agenda = Mitt mötesschema
mm-meeting-plan = Mötesplan
mm-over = avslutat
mm-venue = Plats
mm-video-meetings = Videomöten
mm-meetings = Möten
mm-fact-tables = { $count ->
    [one] { $count } bord
   *[other] { $count } bord
}
mm-fact-at-most = högst { $count } möten per deltagare
mm-fact-expiry = { $count ->
    [one] förfrågningar går ut efter { $count } timme
   *[other] förfrågningar går ut efter { $count } timmar
}
mm-sessions = Pass
mm-no-session = Inget pass ännu.
mm-no-session-organiser = Inget pass ännu: lägg till ett nedan för att öppna mötestiderna.
mm-remove-session = Ta bort { $title }
mm-session-timing = möten på { $meeting } minuter, { $pause } minuter emellan
mm-add-a-session = Lägg till ett pass
mm-session-title = Passets titel
mm-session-title-hint = t.ex. Dag 1 förmiddag
mm-date = Datum
mm-start-time = Starttid
mm-start-time-hint = Lokal tid på evenemanget
mm-end-time = Sluttid
mm-minutes-per-meeting = Minuter per möte
mm-minutes-between = Minuter mellan mötena
mm-add-session = Lägg till pass
mm-your-registration = Din anmälan
mm-registered = { $name } är anmäld
mm-registered-for-at-most = till högst { $count } möten
mm-available-in-some = tillgänglig i { $count } av { $total } tidsluckor
mm-available-always = tillgänglig i alla tidsluckor
mm-looking-for-text = Söker: { $text }
mm-change-registration = Ändra din anmälan
mm-save-registration = Spara anmälan
mm-cancel-registration = Avanmäl
mm-register-intro = Anmäl dig för att be andra deltagare om möten och själv bli tillfrågad.
mm-register = Anmäl
mm-event-over = Evenemanget är avslutat.
mm-who-registers = Deltagarna är små och medelstora företag och organisationer i nätverket; anmälan görs av deras egna medarbetare.
mm-attendees = Deltagare
mm-attendee = Deltagare
mm-country = Land
mm-kind = Slag
mm-looking-for = Söker
mm-meeting = Möte
mm-you = du
mm-why-meet = Varför träffas? (valfritt)
mm-message-to = Meddelande till { $name }
mm-request-meeting = Begär möte
mm-your-requests = Dina förfrågningar
mm-asked-of-you = Till dig
mm-no-request = Ingen förfrågan ännu.
mm-message-optional = Meddelande (valfritt)
mm-answer-to = Svar till { $name }
mm-answer-by = Svara senast { $time }
mm-sent-by-you = Skickade av dig
mm-none-sent = Inga ännu. Använd ”Begär möte” bredvid en deltagare.
mm-until = till { $time }
mm-meeting-requests = Mötesförfrågningar
mm-attendee-number = deltagare #{ $id }
mm-request-pending = Förfrågan väntar
mm-request-accepted = Möte accepterat
mm-request-declined = Förfrågan avböjd
mm-request-expired = Förfrågan utgången
mm-request-withdrawn = Förfrågan tillbakadragen
mm-party-sme = SMF

## Registration fields
mm-you-take-part = Du deltar
mm-most-meetings-you-want = Högsta antal möten du vill ha
mm-most-meetings-you-want-hint = Tomt: så många som evenemanget tillåter
mm-when-you-can-meet = När du kan träffas
mm-what-you-look-for = Vad du söker
mm-what-you-look-for-hint = Visas för de andra deltagarna

## Event form
mm-new-matchmaking-event = Nytt matchmakingevenemang
mm-edit-title = Redigera { $title }
mm-event-form-intro = Mötestiderna sätts per pass på evenemangets sida, i evenemangets tidszon.
mm-choose-organiser = Välj arrangör
mm-organiser-error = Arrangör: { $message }
mm-description-hint = Vem det är för, vad man kan förvänta sig
mm-choose-format = Välj format
mm-venue-hint = Krävs för möten på plats
mm-video-address = Adress för videomöten
mm-video-address-hint = https://…; krävs för onlinemöten (varje bord får ett eget rum)
mm-time-zone = Tidszon
mm-time-zone-hint = IANA-namn, t.ex. Europe/Oslo
mm-tables = Bord
mm-tables-hint = Möten som kan pågå samtidigt
mm-most-meetings = Högsta antal möten per deltagare
mm-most-meetings-hint = Tomt: ingen gräns
mm-hours-to-answer = Timmar att svara på en förfrågan
mm-hours-to-answer-hint = Obesvarade förfrågningar går ut efter denna tid

## Labels
mm-format-onsite = På plats
mm-format-online = Online
mm-format-hybrid = Hybrid
mm-agenda-unpublished = Inte publicerat
mm-agenda-preliminary = Preliminärt
mm-agenda-final = Slutgiltigt
mm-attendance-onsite = På plats
mm-attendance-online = Online
mm-request-status-pending = Väntar på svar
mm-request-status-accepted = Accepterad
mm-request-status-declined = Avböjd
mm-request-status-expired = Utgången
mm-request-status-cancelled = Tillbakadragen
mm-type-business-offer = Affärserbjudande
mm-type-business-request = Affärsförfrågan
mm-type-technology-offer = Teknikerbjudande
mm-type-technology-request = Teknikförfrågan
mm-type-research-cooperation = FoU- / projektsamarbete
mm-type-investment-offer = Investering erbjuds (B2I)
mm-type-investment-request = Investering söks (B2I)
mm-type-cluster-cooperation = Klustersamarbete (C2C)
mm-stage-idea = Idé
mm-stage-prototype = Prototyp
mm-stage-pilot = Pilot / fälttest
mm-stage-market-ready = Redo för marknaden
mm-stage-established = Etablerad på marknaden
mm-profile-status-draft = Utkast
mm-profile-status-submitted = Väntar på granskning
mm-profile-status-published = Publicerad
mm-profile-status-rejected = Behöver ändras
mm-profile-status-withdrawn = Tillbakadragen
mm-intro-status-pending = Väntar på svar
mm-intro-status-accepted = Accepterad
mm-intro-status-declined = Avböjd

## Marketplace
mm-my-profiles = Mina profiler
mm-partners-for-you = Partner för dig
mm-review-queue = Granskningskö
mm-new-profile = Ny profil
mm-marketplace-intro = Publicerade erbjudanden och förfrågningar från nätverkets företag och organisationer. Kontaktuppgifterna visas när ägaren accepterar en introduktion eller ett möte.
mm-search = Sök
mm-search-hint = Vad du erbjuder eller söker
mm-any-type = Alla typer
mm-sector-nace = Bransch (NACE)
mm-sector-hint = t.ex. C10 eller J62.01
mm-owners-country = Ägarens land
mm-any-country = Alla länder
mm-target-market = Målmarknad
mm-any-market = Alla marknader
mm-owner = Ägare
mm-anyone = Alla
mm-filter-left-out = Filter ”{ $field }”: { $message } (utelämnat)
mm-no-profile-matches = Ingen publicerad profil matchar dessa filter.
mm-owner-smes = Små och medelstora företag
mm-owner-any-organisation = Alla organisationer
mm-visibility-public = på marknadsplatsen
mm-visibility-expired = utgången
mm-visibility-private = inte offentlig

## Partners
mm-partners-for = Partner för { $name }
mm-partners-intro = Publicerade profiler som svarar mot företagets egna profiler – eller, när det inte har några, mot vad dess registerpost säger att det gör och var det vill sälja. Varje profil kommer med skälen till att den passar.
mm-no-partner = Ingen publicerad profil svarar tillräckligt väl mot denna ännu.
mm-score-hint = Poäng från 0 till 100
mm-answers = svarar mot
mm-your-profile = din profil
mm-reason-need = Behov
mm-reason-sector = Bransch
mm-reason-value-chain = Värdekedja
mm-reason-market = Marknad

## A profile
mm-stage = Skede
mm-sectors = Branscher
mm-keywords = Nyckelord
mm-none = Inga
mm-target-countries = Målländer
mm-any = Alla
mm-expires-on = Går ut
mm-published = Publicerad
mm-reviewers-note = Granskarens kommentar
mm-contact = Kontakt
mm-contact-hidden = Kontaktuppgifterna visas när en introduktion eller ett möte har accepterats.
mm-what-you-can-do = Vad du kan göra
mm-submit-for-review = Skicka till granskning
mm-approve-and-publish = Godkänn och publicera
mm-what-needs-to-change = Vad behöver ändras?
mm-what-needs-to-change-label = Vad som behöver ändras
mm-what-needs-to-change-in = Vad som behöver ändras i { $title }
mm-send-back = Skicka tillbaka
mm-renew = Förnya i tolv månader
mm-your-introduction = Din introduktion
mm-asked-on-by = begärd { $date } av { $name }
mm-ask-introduction = Be om en introduktion
mm-introduction-message = Vem du är och varför du vill prata
mm-recommended-partners = Rekommenderade partner

## My profiles
mm-no-party-before = Du agerar inte för ett eget företag eller en egen organisation. Som samordnare kan du använda
mm-no-party-review-queue = granskningskön
mm-no-party-between = eller skriva en profil för en part med
mm-no-profile-yet = Ingen profil ännu.
mm-write-first = Skriv den första
mm-write-first-after = : vad du erbjuder eller vad du söker.
mm-expires = Går ut
mm-intros-asked-of-you = Introduktioner som begärts av dig
mm-nobody-asked = Ingen har frågat ännu.
mm-about = Gäller
mm-answer = Svar
mm-accepting-shows = Om du accepterar ser båda parter varandras kontaktuppgifter.
mm-intros-you-asked = Introduktioner du har begärt
mm-none-asked-before = Inga ännu. Öppna en profil på
mm-none-asked-marketplace = marknadsplatsen
mm-none-asked-after = för att be ägaren om en introduktion.
mm-asked = Begärd

## The profile form
mm-new-cooperation-profile = Ny samarbetsprofil
mm-profile-form-intro = En profil beskriver vad ditt företag erbjuder eller söker. Granskare i din hemorganisation publicerar den på marknadsplatsen; där ligger den i tolv månader om du inte förnyar den.
mm-owner-hint-admin = sme:12 för ett företag, organisation:3 för en organisation (se deras adresser i Landfall)
mm-owner-hint = Lämna tomt för din organisation, eller sme:12 för ett av dina företag
mm-choose-type = Välj typ
mm-profile-title-hint = En rad: vad som erbjuds eller söks, och var
mm-profile-description-hint = Minst 40 tecken: vad det är, för vem, vilken sorts partner du söker
mm-sectors-hint = NACE rev. 2-koder åtskilda med kommatecken eller mellanslag, t.ex. C10.20, J62
mm-keywords-hint = Upp till 10, ett per rad eller åtskilda med kommatecken
mm-target-countries-hint = Landskoder, t.ex. DE, NO
mm-choose-stage = Välj skede
mm-expires-on-hint = Tomt: tolv månader från i dag
mm-contact-person = Kontaktperson
mm-contact-person-hint = Visas bara för dem som din sida har accepterat en introduktion eller ett möte med.
mm-name = Namn
mm-email = E-post
mm-phone = Telefon
mm-changes-go-back = En publicerad profil vars innehåll ändras går tillbaka till granskning.
mm-save-changes = Spara ändringar
mm-save-draft = Spara utkast
mm-save-and-submit = Spara och skicka till granskning
mm-reviewer-publishes = Som granskare publiceras det du skickar in direkt.

## Review queue
mm-profiles-to-review = Profiler att granska
mm-review-intro = Profiler från din organisation och dess företag som väntar på att publiceras. Godkännande publicerar en profil på marknadsplatsen; skickar du tillbaka den får ägaren veta vad som ska ändras.
mm-nothing-to-review = Inget väntar på din granskning.
mm-submitted-by-changed = inskickad av { $name }, ändrad { $date }
mm-approve = Godkänn
mm-reject = Avvisa

## Agenda
mm-agenda-of = Mötesschema · { $name }
mm-download-ics = Ladda ner .ics
mm-back-to-agenda = Tillbaka till mötesschemat
mm-print = Skriv ut
mm-times-local = Tiderna är lokal tid på evenemanget ({ $zone }).
mm-agenda-not-published = Mötesschemat är inte publicerat ännu.
mm-agenda-not-published-organiser = Du ser den aktuella planen; deltagarna ser den när du publicerar den.
mm-agenda-not-published-attendee = Du ser dina möten här när arrangören publicerar det.
mm-agenda-preliminary-notice = Detta är det preliminära mötesschemat: tider och bord kan fortfarande ändras.
mm-agenda-waiting = { $count ->
    [one] { $count } accepterat möte finns inte i mötesschemat ännu.
   *[other] { $count } accepterade möten finns inte i mötesschemat ännu.
}
mm-agenda-empty = Inga möten i mötesschemat.
mm-agenda-empty-yet = Inga möten i mötesschemat ännu.
mm-time = Tid
mm-where = Var
mm-with = Med
mm-afterwards = Efteråt
mm-held = Genomfört
mm-follow-up-agreed-lower = uppföljning överenskommen
mm-not-held = Blev inte av
mm-took-place = Blev av
mm-follow-up-agreed = Uppföljning överenskommen
mm-note-optional = Anteckning (valfritt)
mm-note-on-meeting = Anteckning om mötet kl. { $time }
mm-record = Registrera

## Meeting plan
mm-meeting-plan-of = Mötesplan · { $title }
mm-plan-placed = { $count ->
    [one] { $count } möte placerat
   *[other] { $count } möten placerade
}
mm-plan-waiting = { $count } väntar på en plats
mm-plan-slots = { $count ->
    [one] { $count } tidslucka
   *[other] { $count } tidsluckor
}
mm-plan-agenda = mötesschema:
mm-published-at = publicerat { $time }
mm-run-scheduler = Kör schemaläggaren
mm-publish-preliminary = Publicera preliminärt mötesschema
mm-publish-final = Publicera slutgiltigt mötesschema
mm-scheduler-explained = Schemaläggaren placerar alla accepterade möten den kan; publicerade och handplacerade möten stannar där de är. Deltagarna ser sina möten när ett mötesschema har publicerats.
mm-table-plan = Bordsplan
mm-no-slots-before = Inga tidsluckor ännu: lägg till ett pass på
mm-no-slots-link = evenemangets sida
mm-no-slots-after = .
mm-slot-local = Tidslucka (lokal tid)
mm-tables-in-use = Bord som används
mm-table-number = Bord { $number }
mm-not-published = inte publicerat
mm-no-accepted-meeting = Inget accepterat möte ännu.
mm-who = Vem
mm-place = Plats
mm-move = Flytta
mm-priority = prioritet { $number }
mm-placed-by-hand = placerat för hand
mm-published-badge = publicerat
mm-not-placed = Inte placerat
mm-slot-for = Tidslucka för { $names }
mm-table-for = Bord för { $names }
mm-take-off = Ta bort från planen
mm-remove = Ta bort
mm-add-a-meeting = Lägg till ett möte
mm-add-meeting-intro = För möten som avtalats utanför förfrågningarna. Lämna tidslucka och bord tomma så placerar schemaläggaren mötet.
mm-first-attendee = Första deltagare
mm-second-attendee = Andra deltagare
mm-let-scheduler-choose = Låt schemaläggaren välja
mm-add-meeting = Lägg till möte
mm-place-at-table = { $slot } · bord { $table }
mm-agenda-table = Bord { $table }
mm-agenda-video-room = Videorum { $table }: { $url }
mm-scheduler-placed = { $scheduled ->
    [one] Schemaläggaren placerade { $scheduled } möte och kunde inte placera { $unscheduled }.
   *[other] Schemaläggaren placerade { $scheduled } möten och kunde inte placera { $unscheduled }.
}
mm-scheduler-kept = { $count ->
    [one] { $count } publicerat eller handplacerat möte stannade där det var.
   *[other] { $count } publicerade eller handplacerade möten stannade där de var.
}
mm-scheduler-expired = { $count ->
    [one] { $count } obesvarad förfrågan gick ut.
   *[other] { $count } obesvarade förfrågningar gick ut.
}
mm-published-preliminary = Det preliminära mötesschemat är publicerat: deltagarna ser sina möten.
mm-published-final = Det slutgiltiga mötesschemat är publicerat: deltagarna ser sina möten.
mm-published-unpublished = Mötesschemat är inte publicerat.
mm-error-choose-slot = välj en tidslucka
mm-error-give-table = ange ett bordsnummer
mm-error-slot-and-table = välj en tidslucka och ett bord, eller ta bort mötet från planen
mm-error-two-attendees = välj de två deltagare som ska träffas

## Statistics
mm-statistics-of = Statistik · { $title }
mm-stat-requests-sent = mötesförfrågningar skickade
mm-stat-accepted = accepterade
mm-stat-scheduled = möten schemalagda
mm-stat-held = genomförda
mm-stat-follow-up = med uppföljning
mm-requests = Förfrågningar
mm-sent = Skickade
mm-by-country = Per land
mm-by-kind = Per slags deltagare
mm-stats-explained = En förfrågan räknas för avsändarens grupp (skickad och dess utfall) och mottagarens (mottagen); ett möte räknas en gång för varje grupp som deltar.
mm-chart-title = Mötesförfrågningar skickade av deltagare från varje land: accepterade (mörkt) och inte accepterade (ljust)
mm-group = Grupp
mm-requests-sent = Skickade förfrågningar
mm-received = Mottagna
mm-pending = Väntande
mm-meetings-scheduled = Schemalagda möten
mm-follow-ups = Uppföljningar

## Checks and refusals
mm-err-between = måste vara mellan { $min } och { $max }
mm-err-venue-required = måste anges för möten på plats
mm-err-url-required = måste anges för onlinemöten
mm-err-https = måste börja med https://
mm-err-session-overlaps = överlappar ett annat pass i evenemanget
mm-err-session-too-short = passet är kortare än ett möte på { $minutes } minuter
mm-err-too-many-slots = högst { $max } tidsluckor per pass; dela det i två
mm-err-choose-attendance = välj på plats eller online
mm-err-attendance-impossible = `{ $value }` är inte möjligt vid ett evenemang som hålls { $format ->
    [onsite] på plats
    [online] online
   *[hybrid] hybrid
  }
mm-err-not-a-slot-of-event = tidslucka { $id } är inte en tidslucka i det här evenemanget
mm-err-choose-available = välj minst en tidslucka du kan delta i
mm-err-meetings-in-slots = du har möten i tidslucka/-luckor { $slots }; be arrangören flytta dem först
mm-err-ask-yourself = du kan inte be dig själv om ett möte
mm-err-not-an-answer = `{ $value }` är inte ett svar (accept eller decline)
mm-err-request-expired = förfrågan har gått ut; skicka en ny
mm-err-request-already = förfrågan är redan { $status ->
    [pending] väntande
    [accepted] accepterad
    [declined] avböjd
    [expired] utgången
   *[cancelled] återkallad
  }
mm-err-request-is = förfrågan är { $status ->
    [pending] väntande
    [accepted] accepterad
    [declined] avböjd
    [expired] utgången
   *[cancelled] återkallad
  }
mm-err-cannot-unpublish = ett mötesschema kan inte avpubliceras
mm-err-final-agenda-out = det slutliga mötesschemat är publicerat; publicera ändringar som slutliga
mm-err-priority = måste vara 1, 2 eller 3
mm-err-cooperation-owner = klustersamarbetsprofiler tillhör organisationer, inte små och medelstora företag
mm-err-say-more = skriv lite mer (minst 40 tecken)
mm-err-sector-required = minst en NACE Rev. 2-kod måste anges
mm-err-expiry-too-far = kan ligga högst { $months } månader fram; förnya den senare
mm-err-keyword-too-long = `{ $keyword }` är längre än 60 tecken
mm-err-too-many-keywords = högst 10 nyckelord
mm-err-cannot-submit = en profil som { $status ->
    [draft] är ett utkast
    [submitted] väntar på granskning
    [published] är publicerad
    [rejected] behöver ändras
   *[withdrawn] har dragits tillbaka
  } kan inte skickas in
mm-err-say-what-to-change = ange vad som behöver ändras
mm-err-only-waiting-reviewed = bara profiler som väntar på granskning kan godkännas eller skickas tillbaka
mm-err-already-withdrawn = profilen har redan dragits tillbaka
mm-err-renew-window = en profil kan förnyas under de sista { $days } dagarna innan den går ut (den gäller till { $until })
mm-err-only-published-renewed = bara publicerade profiler förnyas
mm-err-table-has-meetings = bord { $table } har möten; flytta dem innan du tar bort bord
mm-err-say-registrant = ange vilket företag eller vilken organisation som anmäler sig
mm-err-no-such-party = företaget eller organisationen finns inte
mm-err-event-over = evenemanget är över
mm-err-register-first = anmäl dig till evenemanget innan du ber om möten
mm-err-no-such-attendee = deltagaren finns inte i det här evenemanget
mm-err-answered-meanwhile = förfrågan har under tiden besvarats eller gått ut
mm-err-not-held-yet = mötet har inte ägt rum än
mm-err-not-scheduled = mötet planerades inte
mm-err-no-follow-up = ett möte som inte ägde rum har ingen uppföljning
mm-err-no-such-owner = företaget eller organisationen finns inte i registret
mm-err-say-owner = ange vilket företag eller vilken organisation profilen tillhör
mm-err-own-profile = det här är din egen profil
mm-err-not-published = profilen är inte publicerad
mm-err-not-a-slot = inte en tidslucka i det här evenemanget
mm-err-table-range = måste vara ett bord från 1 till { $max }
mm-err-unavailable = { $name } är inte tillgänglig i den tidsluckan
mm-err-max-meetings = { $name } har redan maximalt { $max } möten
mm-err-table-taken-by = bord { $table } är upptaget av möte #{ $meeting } i den tidsluckan
mm-an-attendee = en deltagare
mm-err-attendee-busy = { $name } har möte #{ $meeting } i den tidsluckan
mm-err-place-taken = platsen är upptagen
mm-err-two-attendees = ett möte behöver minst två deltagare
mm-err-not-an-attendee = anmälan { $id } är inte en deltagare i det här evenemanget
mm-err-event-exists = det finns redan ett evenemang med den här titeln
mm-err-session-has-meetings = det finns möten placerade i det här passet; flytta eller ta bort dem först
mm-err-already-registered = redan anmäld till det här evenemanget
mm-err-request-exists = det finns redan en mötesförfrågan mellan er; svara på den eller vänta på svar
mm-err-table-taken = det bordet är upptaget i den tidsluckan
mm-err-attendee-has-meeting = en deltagare har redan ett möte i den tidsluckan

## Why a partner profile is recommended
mm-reason-related-work = närliggande arbete
mm-reason-both-in = båda i NACE { $code }
mm-reason-you-supply = värdekedja: er { $yours } levererar till deras { $theirs }
mm-reason-they-supply = värdekedja: deras { $theirs } levererar till er { $yours }
mm-reason-you-target = ni riktar er mot { $country }, där de finns
mm-reason-they-target = de riktar sig mot { $country }, där ni finns
mm-reason-both-target = ni riktar er båda mot { $country }
mm-reason-they-request-you-offer = de efterfrågar { $theirs }, ni erbjuder { $mine }
mm-reason-you-request-they-offer = ni efterfrågar { $mine }, de erbjuder { $theirs }
mm-reason-you-look-they-offer = ni letar efter { $mine }, de erbjuder { $theirs }
mm-reason-they-request-you-work = de efterfrågar { $theirs }, ni arbetar med { $mine }
mm-reason-both-work-on = ni arbetar båda med { $mine } / { $theirs }

mm-err-already-asked = du har redan bett om att bli presenterad för profilens ägare
mm-err-introduction-answered = presentationen har redan besvarats
mm-err-profile-changed = profilen har ändrats under tiden; ladda om och försök igen
mm-err-profile-edited-meanwhile = någon annan har sparat den här profilen under tiden (eller en granskare har beslutat om den); se den som den är nu och spara dina ändringar igen
mm-err-no-slots = lägg först till ett pass med mötestider
mm-err-unschedulable = evenemangets mötesdata kan inte schemaläggas ({ $reason })
mm-err-no-organisation = organisationen finns inte
mm-err-reject-note = skriv vad som behöver ändras
mm-your-smes = Era företag på detta evenemang
mm-none-of-your-smes = Inget av de företag er organisation är hem för är anmält ännu.
mm-register-your-sme-intro = Anmäl ett företag som er organisation är hem för. Det är tillgängligt i alla tidsluckor; dess egna personer ändrar sedan anmälan och skickar och besvarar mötesförfrågningar.
mm-sme = Företag
mm-choose-sme = Välj ett företag
mm-it-takes-part = Det deltar
mm-register-sme = Anmäl företaget
mm-err-choose-sme = välj ett av era företag
mm-cancel-registration-of = Avanmäl { $name }
