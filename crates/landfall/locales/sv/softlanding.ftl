# Soft landing: programmes, cohorts, participants, sessions, desks.
sl-correct-fields = Rätta de markerade fälten nedan.
sl-save = Spara
sl-cancel = Avbryt
sl-edit = Redigera
sl-name = Namn
sl-kind = Typ
sl-choose = Välj
sl-description = Beskrivning
sl-seats = Platser
sl-host = Värd
sl-session = Session
sl-sessions = Sessioner
sl-participants = Deltagare
sl-sme = Småföretag
sl-desk = Arbetsplats
sl-cancelled = inställd
sl-none-yet = Inga ännu.
sl-to = till
sl-yes = ja
sl-no = nej
sl-accept = Acceptera
sl-decline = Avböj
sl-attended = Deltog
sl-answer = Svar
sl-cohort = Grupp
sl-target-market = Målmarknad
sl-starts-on = Börjar
sl-starts = börjar { $date }
sl-due = senast { $date }
sl-barriers-potentials = Hinder och möjligheter
sl-assessment-intro = Workshop 1: bedöm varje hinder från 1 (inget hinder) till 5 (blockerande) och varje möjlighet från 1 (svag) till 5 (stark). Beredskapspoängen följer av bedömningarna.
sl-current-readiness = Nuvarande beredskap:
sl-markets-considered = Marknader som övervägs
sl-markets-hint = Landskoder åtskilda med kommatecken, t.ex. NO, DE
sl-barriers-legend = Hinder (1 inget – 5 blockerande)
sl-about-barriers = Om hindren
sl-potentials-legend = Möjligheter (1 svag – 5 stark)
sl-about-potentials = Om möjligheterna
sl-save-assessment = Spara bedömningen
sl-set-by = given av { $name }
sl-answers = Svar
sl-nothing-handed-in = Inget inlämnat ännu.
sl-handed-in-by = Inlämnat av { $name }
sl-review-prefix = Granskning:
sl-hand-in = Lämna in
sl-hand-in-again = Lämna in igen
sl-your-answer = Ditt svar
sl-file-optional = Fil (valfri)
sl-file-hint = Högst 10 MB: { $types }
sl-review = Granskning
sl-comment = Kommentar
sl-comment-hint = Krävs när du begär ändringar
sl-ask-changes = Begär ändringar
sl-plan-from-template = Planera sessioner från mallen
sl-participants-count = { $count ->
    [one] { $count } deltagare
   *[other] { $count } deltagare
}
sl-funnel = Tratt
sl-funnel-hint = Hur många deltagare som har slutfört varje steg (ljusare: överhoppat).
sl-step = Steg
sl-done = Klart
sl-skipped = Överhoppat
sl-next-for = Nästa för
sl-no-session-planned = Ingen session planerad ännu.
sl-when-utc = När (UTC)
sl-seats-hint = Antal personer
sl-price-per-month = Pris per månad (EUR)
sl-offered-to-participants = Erbjuds deltagarna
sl-desks-abroad = Arbetsplatser utomlands
sl-occupancy = Beläggning
sl-new-desk = Ny arbetsplats
sl-requests-waiting = Förfrågningar som väntar på ditt beslut
sl-dates = Datum
sl-status = Status
sl-decision = Beslut
sl-approve = Godkänn
sl-offered-desks = Erbjudna arbetsplatser
sl-no-desk-offered = Ingen arbetsplats erbjuden ännu.
sl-per-month = Per månad
sl-not-offered = erbjuds inte
sl-desks-hint = Deltagarna begär arbetsplatser från sin egen resesida.
sl-desk-occupancy = Beläggning av arbetsplatser
sl-months = Månader
sl-previous-month = ← Föregående månad
sl-next-month = Nästa månad →
sl-no-desks-yet = Inga arbetsplatser ännu.
sl-offer-one = Erbjud en.
sl-taken = Upptagen
sl-taken-day = upptagen
sl-free-day = ledig
sl-bookings-this-month = Bokningar den här månaden
sl-from = från
sl-target-market-of = målmarknad { $market }
sl-sme-profile = Företagsprofil
sl-journey = Resa
sl-notes-label = Anteckningar:
sl-outputs-label = Resultat:
sl-on = den
sl-mark-done = Markera som klart
sl-date-for = Datum för { $step }
sl-set-date = Ange datum
sl-why-skip = Varför hoppa över det?
sl-reason-skip = Skäl att hoppa över { $step }
sl-skip = Hoppa över
sl-why-reopen = Varför öppna det igen?
sl-reason-reopen = Skäl att öppna { $step } igen
sl-reopen = Öppna igen
sl-notes-outputs = Anteckningar och resultat
sl-notes = Anteckningar
sl-outputs = Resultat
sl-save-notes = Spara anteckningar
sl-readiness = beredskap
sl-main-barriers = Största hinder:
sl-none-rated-high = inga bedömda som 4 eller 5
sl-markets-considered-label = Marknader som övervägs:
sl-saved-by = sparad av { $name }
sl-assessment-missing = Inte ifylld ännu: det görs i workshop 1, företaget tillsammans med sin heminkubator.
sl-update-assessment = Uppdatera bedömningen
sl-fill-assessment = Fyll i bedömningen
sl-no-session-yet = Ingen session ännu.
sl-when-local = När (lokal tid)
sl-home-assignments = Hemuppgifter
sl-no-assignment = Ingen uppgift given.
sl-set-an-assignment = Ge en uppgift
sl-title = Titel
sl-what-to-do = Vad som ska göras
sl-due-on = Senast
sl-set-assignment = Ge uppgift
sl-desk-abroad = Arbetsplats utomlands
sl-no-desk-booked = Ingen arbetsplats bokad.
sl-request-desk-at = Begär en arbetsplats hos { $host }
sl-from-date = Från
sl-to-included = Till (inklusive)
sl-note = Anmärkning
sl-waitlist = Sätt mig på väntelistan om arbetsplatsen är upptagen
sl-request-the-desk = Begär arbetsplatsen
sl-calendar = Kalender
sl-calendar-participant = Prenumerera på deltagarens sessioner i Outlook, Google Kalender eller Apple Kalender med den här adressen:
sl-new-address = Skapa en ny adress
sl-old-stops = (den gamla slutar fungera)
sl-history = Historik
sl-nothing-happened = Inget har hänt ännu.
sl-who = Vem
sl-change = Ändring
sl-reason = Skäl
sl-add-participant-to = Lägg till en deltagare i { $programme }
sl-add-participant-intro = Ett småföretag från din organisation går med i en grupp och tas emot av en partner utomlands.
sl-choose-cohort = Välj en grupp
sl-choose-sme = Välj ett småföretag
sl-host-abroad = Värd utomlands
sl-choose-partner-abroad = Välj partnern utomlands
sl-target-market-hint = Landskod; tom: värdens land
sl-add-participant = Lägg till deltagare
sl-no-participant-visible = Inga deltagare som du kan se.
sl-home = Hem
sl-next-step = Nästa steg
sl-finished = avslutad
sl-marks-legend = ✓ klart · ◷ schemalagt · · planerat · – överhoppat
sl-plan-sessions-of = Planera sessionerna för { $cohort }
sl-plan-intro = Ett steg skapar hela kalendern månader framåt: workshop 1 hos varje heminkubator, sedan studieresan och workshop 2 och 3 hos varje värd utomlands, i värdens lokala tid. Alla deltagare bjuds in och ser datumen direkt.
sl-workshop-1-on = Workshop 1 den
sl-weekend-hint = En helgdag flyttas till måndagen efter
sl-sessions-start-at = Sessionerna börjar kl.
sl-local-time-hint = Lokal tid på varje plats
sl-and-end-at = och slutar kl.
sl-trip-after-weeks = Studieresa, veckor efter workshop 1
sl-trip-days = Studieresa, dagar
sl-ws2-after-weeks = Workshop 2, veckor efter workshop 1
sl-ws3-after-weeks = Workshop 3, veckor efter workshop 1
sl-ws3-hint = Hemuppgifter ligger mellan workshop 2 och 3
sl-spare-seats = Extra platser per session
sl-create-sessions = Skapa sessionerna
sl-new-session = Ny session
sl-targets = Mål
sl-formal-partnerships = Formella partnerskap
sl-physical-presences = Fysisk närvaro utomlands
sl-export-starts = Exportstarter
sl-partners = Partner
sl-cohorts = Grupper
sl-no-cohort = Ingen grupp ännu.
sl-n-participants = { $count ->
    [one] { $count } deltagare
   *[other] { $count } deltagare
}
sl-new-cohort = Ny grupp
sl-cohort-hint = t.ex. Våren 2027
sl-add-cohort = Lägg till grupp
sl-participants-you-follow = Deltagare som du följer
sl-ends-on = Slutar
sl-targets-legend = Mål (antal småföretag)
sl-partners-legend = Partnerorganisationer (i minst två länder)
sl-programmes-heading = Soft landing-program
sl-new-programme = Nytt program
sl-programmes-intro = Inkubatorer i flera länder utbyter småföretag och lotsar vart och ett in på en utländsk marknad: workshop 1 på hemmaplan, en studieresa, workshop 2 utomlands, hemuppgifter, workshop 3 utomlands och en arbetsplats utomlands för dem som stannar.
sl-no-programme = Inget program ännu.
sl-of-target-participants = av { $target } deltagare
sl-n-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partner
}
sl-add-to-calendar = Lägg till i kalender (.ics)
sl-when = När
sl-where = Var
sl-programme = Program
sl-cohort-link = grupp
sl-of-taken = av { $capacity } upptagna
sl-agenda = Agenda
sl-invited = Inbjudna
sl-nobody-invited = Ingen inbjuden ännu.
sl-record-attendance = Registrera närvaro
sl-absent = Frånvarande
sl-invite-participants = Bjud in deltagare
sl-invite = Bjud in
sl-cancel-session = Ställ in sessionen
sl-session-form-intro = Datum och tider är lokala på platsen; kalendrar visar dem i varje läsares egen tidszon.
sl-choose-host = Välj värden
sl-any-cohort = Alla grupper
sl-title-hint = Standard: typen av session
sl-venue = Plats
sl-start-date = Startdatum
sl-start-time = Starttid
sl-end-date = Slutdatum
sl-end-date-hint = För studieresor över flera dagar
sl-end-time = Sluttid
sl-time-zone = Tidszon
sl-time-zone-hint = IANA-namn, t.ex. Europe/Oslo; tom: värdens land
sl-coming-up = Kommande
sl-no-session-ahead = Inga kommande sessioner.
sl-when-local-venue = När (lokal tid på platsen)
sl-past = Tidigare
sl-org-calendar = Din organisations kalender
sl-org-calendar-text = Alla sessioner som din organisation är värd för eller som dess deltagare deltar i, för Outlook, Google Kalender eller Apple Kalender:
sl-edit-title = Redigera { $name }
sl-assessment-title = Bedömning · { $name }
sl-add-a-participant = Lägg till en deltagare
sl-funnel-chart-title = Hur många av de { $count } deltagarna som har slutfört varje steg
sl-plan-title = Planera { $cohort }

# Labels of the journey, assignments, desks, sessions and the assessment
sl-step-workshop-1 = Workshop 1 på hemmaplan
sl-step-study-trip = Studieresa
sl-step-workshop-2 = Workshop 2 utomlands
sl-step-home-assignments = Hemuppgifter
sl-step-workshop-3 = Workshop 3 utomlands
sl-step-long-term-presence = Närvaro utomlands
sl-purpose-workshop-1 = Hinder och potential för att gå utomlands, bedömda tillsammans med inkubatorn på hemmaplan
sl-purpose-study-trip = Ett första besök i partnerlandet och hos inkubatorn: nätverk och marknadsinformation
sl-purpose-workshop-2 = Kultur, kunder och lokal lagstiftning, hos partnerinkubatorn
sl-purpose-home-assignments = Uppgifter efter workshop 2, inlämnade och granskade
sl-purpose-workshop-3 = Riktiga kunder och partner, och internationaliseringsstrategin
sl-purpose-long-term-presence = En arbetsplats eller ett kontor hos den utländska inkubatorn i flera månader (valfritt)
sl-state-planned = planerad
sl-state-scheduled = schemalagd
sl-state-done = genomförd
sl-state-skipped = överhoppad
sl-assignment-open = Öppen
sl-assignment-submitted = Inlämnad, väntar på granskning
sl-assignment-accepted = Godkänd
sl-assignment-needs-changes = Behöver ändras
sl-booking-requested = Begärd
sl-booking-approved = Godkänd
sl-booking-declined = Avböjd
sl-booking-waitlisted = På väntelistan
sl-booking-cancelled = Avbokad
sl-desk-kind-hot-desk = Flexplats
sl-desk-kind-fixed-desk = Fast arbetsplats
sl-desk-kind-private-office = Eget kontor
sl-session-workshop-1 = Workshop 1
sl-session-study-trip = Studieresa
sl-session-workshop-2 = Workshop 2
sl-session-workshop-3 = Workshop 3
sl-barrier-language = Språk
sl-barrier-culture = Affärskultur
sl-barrier-regulation = Regelverk, certifiering och lagstiftning
sl-barrier-funding = Finansiering av satsningen utomlands
sl-barrier-contacts = Brist på kontakter och partner
sl-barrier-capacity = Tid och personal för att göra det
sl-potential-market-demand = Efterfrågan på målmarknaden
sl-potential-product-fit = Produkten passar marknaden som den är
sl-potential-competitive-advantage = Tydlig fördel gentemot lokala konkurrenter
sl-potential-existing-network = Kontakter redan på plats
sl-potential-management-commitment = Ledningens engagemang
sl-readiness-not-ready = inte redo än
sl-readiness-getting-ready = på god väg
sl-readiness-ready = redo
sl-readiness-well-prepared = väl förberedd

# A month of a year, as the occupancy view heads it
sl-month-1 = januari { $year }
sl-month-2 = februari { $year }
sl-month-3 = mars { $year }
sl-month-4 = april { $year }
sl-month-5 = maj { $year }
sl-month-6 = juni { $year }
sl-month-7 = juli { $year }
sl-month-8 = augusti { $year }
sl-month-9 = september { $year }
sl-month-10 = oktober { $year }
sl-month-11 = november { $year }
sl-month-12 = december { $year }

# Refusals of forms and actions (validation messages and conflicts).
sl-err-already-accepted = uppgiften är redan godkänd
sl-err-review-only-submitted = bara en inlämnad uppgift kan granskas (den här är { $status ->
    [open] öppen
    [accepted] godkänd
    [needs_changes] skickad tillbaka för ändringar
   *[other] inlämnad och väntar på granskning
})
sl-err-say-what-changes = skriv vad som behöver ändras
sl-err-not-in-past = får inte ligga i det förflutna
sl-err-answer-or-file = skriv ett svar eller bifoga en fil
sl-err-no-organisation = organisationen finns inte
sl-err-session-two-weeks = en session varar högst två veckor
sl-err-capacity-seats = måste vara från 1 till { $max } platser
sl-err-capacity-below-invited = { $count } deltagare är redan inbjudna; kapaciteten kan inte vara lägre
sl-err-trip-days = från 1 till 10 dagar
sl-err-trip-week = minst en vecka efter workshop 1
sl-err-ws2-after-trip = måste komma efter studieresan
sl-err-ws3-after-ws2 = måste komma efter workshop 2 (hemuppgifterna ligger emellan)
sl-err-ws3-two-years = inom två år efter workshop 1
sl-err-spare-seats = högst 50
sl-err-unknown-organisation = organisation #{ $id } är okänd
sl-err-target = måste vara ett antal småföretag från 0 till 100 000
sl-err-not-before-start = får inte ligga före starten
sl-err-no-such-organisations = organisationen finns inte: { $ids }
sl-err-partner-kind = partnerna genomför resan: { $kind ->
    [public_authority] en offentlig myndighet
    [funding_agency] en finansieringsorganisation
    [knowledge_institution] ett kunskapsinstitut
    [incubator] en inkubator
    [cluster] ett kluster
   *[other] ett företagsutvecklingscenter
} (#{ $id }) kan inte vara partner
sl-err-two-countries = ett soft landing-program behöver partner i minst två länder
sl-err-within-programme = måste ligga inom programmet ({ $start } till { $end })
sl-err-no-cohort = gruppen finns inte i det här programmet
sl-err-no-sme = företaget finns inte
sl-err-home-not-partner = företagets hemorganisation är inte partner i det här programmet
sl-err-already-participating = det här företaget deltar redan i programmet
sl-err-host-partner = värden måste vara partner i det här programmet
sl-err-host-other = värden måste vara en annan inkubator än hemmet
sl-err-host-abroad = soft landing går utomlands: välj en värd i ett annat land
sl-err-market-abroad = målmarknaden måste ligga utomlands
sl-err-desk-capacity = från 1 till 50 personer
sl-err-desk-price = från 0 EUR till 100 000 EUR i månaden
sl-err-booking-is = bokningen är { $status ->
    [requested] begärd
    [approved] godkänd
    [declined] avslagen
    [waitlisted] på väntelistan
   *[other] avbokad
}
sl-err-booking-two-years = en bokning gäller högst två år; boka igen för att förlänga
sl-err-step-settled-reopen = { $step } är redan { $state ->
    [done] klart
   *[other] överhoppat
}; öppna steget igen innan du ger det ett nytt datum
sl-err-step-settled = { $step } är redan { $state ->
    [done] klart
   *[other] överhoppat
}
sl-err-step-nothing-to-reopen = { $step } är varken klart eller överhoppat, så det finns inget att öppna igen
sl-err-step-later-settled = { $step } är redan { $state ->
    [done] klart
   *[other] överhoppat
}; öppna det steget igen först
sl-err-step-order = { $step } kan inte { $verb ->
    [completed] slutföras
   *[other] hoppas över
} innan { $earlier } är klart eller överhoppat: stegen kommer i ordning
sl-err-reason = skriv en motivering (minst { $min } tecken)
sl-err-rate = bedöm från { $min } till { $max }
sl-err-one-market = ange minst en marknad
sl-err-unknown-barrier = okänt hinder
sl-err-unknown-potential = okänd möjlighet
sl-err-own-host = du kan skapa sessioner som din egen organisation är värd för, och den måste vara partner
sl-err-keeps-host = en session behåller sin värd; ställ in den och skapa en ny
sl-err-keeps-cohort = en session behåller sin grupp
sl-err-keeps-programme = en session behåller sitt program
sl-err-session-full = sessionen är full: { $taken } av { $capacity } platser är tagna
sl-err-no-seat = inga lediga platser
sl-err-session-cancelled = sessionen är inställd
sl-err-not-participant = #{ $id } är inte deltagare i det här programmet
sl-err-participant-declined = deltagaren har tackat nej till den här sessionen
sl-err-cohort-has-sessions = den här gruppen har redan { $count } sessioner; ändra eller ställ in dem en i taget
sl-err-cohort-empty = lägg till deltagare i gruppen innan du planerar dess sessioner
sl-err-desk-keeps-org = en arbetsplats stannar hos sin organisation
sl-err-desk-booked = arbetsplatsen är bokad från { $start } till { $end } (bokning #{ $id })
sl-err-desk-booked-dates = arbetsplatsen är bokad från { $start } till { $end }
sl-err-desk-just-booked = arbetsplatsen bokades nyss av någon annan; försök igen
sl-err-no-desk = arbetsplatsen finns inte
sl-err-desk-not-offered = den här arbetsplatsen erbjuds inte just nu
sl-err-desk-other-host = deltagarens värd är { $host }; boka en av dess arbetsplatser
sl-err-programme-name-taken = det finns redan ett program med det här namnet
sl-err-partner-stays = organisation #{ $id } har deltagare i det här programmet och förblir partner
sl-err-cohort-name-taken = det här programmet har redan en grupp med det här namnet
sl-err-desk-name-taken = den här organisationen har redan en arbetsplats med det här namnet
sl-err-choose-from-list = välj i listan
sl-err-time-format = skriv tiden som TT:MM
sl-err-choose-date = välj ett datum
sl-err-choose-action = välj en åtgärd
sl-err-date-to-schedule = måste fyllas i för att planera ett steg
sl-err-answer = svara accepted eller declined
sl-err-month-format = skriv månaden som ÅÅÅÅ-MM
sl-err-booking-changed = bokningen avgjordes under tiden; ladda om den och försök igen
sl-err-answered-meanwhile = denna inbjudan besvarades under tiden; ladda om sidan
sl-err-answer-meanwhile = ett nytt svar lämnades in under tiden; ladda om sidan för att granska det
sl-change-assignment = Ändra uppgiften
sl-save-assignment = Spara uppgiften
sl-remove-assignment = Ta bort uppgiften
sl-remove-assignment-hint = Given av misstag? Inget har lämnats in än, så den kan fortfarande tas bort.
sl-err-assignment-accepted = uppgiften är godkänd; den förblir som den är
sl-err-assignment-answered = ett svar har lämnats in för uppgiften, så den finns kvar
sl-correct = Rätta
sl-correct-title = Rätta { $name }
sl-correct-participant-intro = Flytta den till en annan grupp, ge den en annan värd utomlands eller en annan målmarknad, eller rätta dagen den gick med. En ny värd ser från och med nu företagets privata del och den gamla gör det inte längre; värden kan inte bytas medan ett skrivbord där är bokat eller efterfrågat.
sl-joined-on = Gick med
sl-remove-participant = Ta bort ur programmet
sl-remove-participant-hint = Tillagd av misstag, eller lämnar den programmet? Resan, bedömningen, hemuppgifterna, inbjudningarna och skrivbordsbokningarna raderas med den; företagets resultatposter finns kvar.
sl-remove-participant-confirm = Ta bort { $name } ur programmet, med resan
sl-err-confirm-removal = kryssa i rutan för att bekräfta
sl-err-host-has-desks = ett skrivbord hos { $host } är bokat eller efterfrågat: avboka det innan värden byts
