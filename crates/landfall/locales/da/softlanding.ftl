# Soft landing: programmes, cohorts, participants, sessions, desks.
sl-correct-fields = Ret venligst de markerede felter nedenfor.
sl-save = Gem
sl-cancel = Annullér
sl-edit = Redigér
sl-name = Navn
sl-kind = Type
sl-choose = Vælg
sl-description = Beskrivelse
sl-seats = Pladser
sl-host = Vært
sl-session = Session
sl-sessions = Sessioner
sl-participants = Deltagere
sl-sme = SMV
sl-desk = Arbejdsplads
sl-cancelled = aflyst
sl-none-yet = Ingen endnu.
sl-to = til
sl-yes = ja
sl-no = nej
sl-accept = Acceptér
sl-decline = Afslå
sl-attended = Deltog
sl-answer = Svar
sl-cohort = Hold
sl-target-market = Målmarked
sl-starts-on = Starter den
sl-starts = starter { $date }
sl-due = frist { $date }
sl-barriers-potentials = Barrierer og potentialer
sl-assessment-intro = Workshop 1: vurdér hver barriere fra 1 (ingen barriere) til 5 (blokerende) og hvert potentiale fra 1 (svagt) til 5 (stærkt). Parathedsscoren følger af vurderingerne.
sl-current-readiness = Nuværende parathed:
sl-markets-considered = Markeder i betragtning
sl-markets-hint = Landekoder adskilt af kommaer, f.eks. NO, DE
sl-barriers-legend = Barrierer (1 ingen – 5 blokerende)
sl-about-barriers = Om barriererne
sl-potentials-legend = Potentialer (1 svagt – 5 stærkt)
sl-about-potentials = Om potentialerne
sl-save-assessment = Gem vurderingen
sl-set-by = stillet af { $name }
sl-answers = Besvarelser
sl-nothing-handed-in = Intet afleveret endnu.
sl-handed-in-by = Afleveret af { $name }
sl-review-prefix = Vurdering:
sl-hand-in = Aflevér
sl-hand-in-again = Aflevér igen
sl-your-answer = Dit svar
sl-file-optional = Fil (valgfri)
sl-file-hint = Højst 10 MB: { $types }
sl-review = Vurdering
sl-comment = Kommentar
sl-comment-hint = Påkrævet ved anmodning om ændringer
sl-ask-changes = Bed om ændringer
sl-plan-from-template = Planlæg sessioner ud fra skabelonen
sl-participants-count = { $count ->
    [one] { $count } deltager
   *[other] { $count } deltagere
}
sl-funnel = Tragt
sl-funnel-hint = Hvor mange deltagere der har gennemført hvert trin (lysere: sprunget over).
sl-step = Trin
sl-done = Gennemført
sl-skipped = Sprunget over
sl-next-for = Næste for
sl-no-session-planned = Ingen session planlagt endnu.
sl-when-utc = Hvornår (UTC)
sl-seats-hint = Antal personer
sl-price-per-month = Pris pr. måned (EUR)
sl-offered-to-participants = Tilbydes deltagerne
sl-desks-abroad = Arbejdspladser i udlandet
sl-occupancy = Belægning
sl-new-desk = Ny arbejdsplads
sl-requests-waiting = Anmodninger, der venter på din afgørelse
sl-dates = Datoer
sl-status = Status
sl-decision = Afgørelse
sl-approve = Godkend
sl-offered-desks = Tilbudte arbejdspladser
sl-no-desk-offered = Ingen arbejdsplads tilbudt endnu.
sl-per-month = Pr. måned
sl-not-offered = tilbydes ikke
sl-desks-hint = Deltagerne anmoder om arbejdspladser fra deres egen forløbsside.
sl-desk-occupancy = Belægning af arbejdspladser
sl-months = Måneder
sl-previous-month = ← Forrige måned
sl-next-month = Næste måned →
sl-no-desks-yet = Ingen arbejdspladser endnu.
sl-offer-one = Tilbyd en.
sl-taken = Optaget
sl-taken-day = optaget
sl-free-day = ledig
sl-bookings-this-month = Bookinger denne måned
sl-from = fra
sl-target-market-of = målmarked { $market }
sl-sme-profile = SMV-profil
sl-journey = Forløb
sl-notes-label = Noter:
sl-outputs-label = Resultater:
sl-on = den
sl-mark-done = Markér som gennemført
sl-date-for = Dato for { $step }
sl-set-date = Angiv dato
sl-why-skip = Hvorfor springe det over?
sl-reason-skip = Grund til at springe { $step } over
sl-skip = Spring over
sl-why-reopen = Hvorfor genåbne det?
sl-reason-reopen = Grund til at genåbne { $step }
sl-reopen = Genåbn
sl-notes-outputs = Noter og resultater
sl-notes = Noter
sl-outputs = Resultater
sl-save-notes = Gem noter
sl-readiness = parathed
sl-main-barriers = Største barrierer:
sl-none-rated-high = ingen vurderet til 4 eller 5
sl-markets-considered-label = Markeder i betragtning:
sl-saved-by = gemt af { $name }
sl-assessment-missing = Ikke udfyldt endnu: det sker i workshop 1, SMV'en sammen med sin hjeminkubator.
sl-update-assessment = Opdatér vurderingen
sl-fill-assessment = Udfyld vurderingen
sl-no-session-yet = Ingen session endnu.
sl-when-local = Hvornår (lokal tid)
sl-home-assignments = Hjemmeopgaver
sl-no-assignment = Ingen opgave stillet.
sl-set-an-assignment = Stil en opgave
sl-title = Titel
sl-what-to-do = Hvad der skal gøres
sl-due-on = Frist
sl-set-assignment = Stil opgave
sl-desk-abroad = Arbejdsplads i udlandet
sl-no-desk-booked = Ingen arbejdsplads booket.
sl-request-desk-at = Anmod om en arbejdsplads hos { $host }
sl-from-date = Fra
sl-to-included = Til (inklusive)
sl-note = Bemærkning
sl-waitlist = Sæt mig på venteliste, hvis arbejdspladsen er optaget
sl-request-the-desk = Anmod om arbejdspladsen
sl-calendar = Kalender
sl-calendar-participant = Abonnér på denne deltagers sessioner i Outlook, Google Kalender eller Apple Kalender med denne adresse:
sl-new-address = Lav en ny adresse
sl-old-stops = (den gamle holder op med at virke)
sl-history = Historik
sl-nothing-happened = Der er ikke sket noget endnu.
sl-who = Hvem
sl-change = Ændring
sl-reason = Begrundelse
sl-add-participant-to = Tilføj en deltager til { $programme }
sl-add-participant-intro = En SMV fra din organisation kommer med på et hold og har en partner i udlandet som vært.
sl-choose-cohort = Vælg et hold
sl-choose-sme = Vælg en SMV
sl-host-abroad = Vært i udlandet
sl-choose-partner-abroad = Vælg partneren i udlandet
sl-target-market-hint = Landekode; tom: værtens land
sl-add-participant = Tilføj deltager
sl-no-participant-visible = Ingen deltagere, du kan se.
sl-home = Hjem
sl-next-step = Næste trin
sl-finished = afsluttet
sl-marks-legend = ✓ gennemført · ◷ fastlagt · · planlagt · – sprunget over
sl-plan-sessions-of = Planlæg sessionerne for { $cohort }
sl-plan-intro = Ét trin opretter hele kalenderen måneder frem: workshop 1 hos hver hjeminkubator, derefter studieturen og workshop 2 og 3 hos hver vært i udlandet, i værtens lokale tid. Alle deltagere inviteres og ser datoerne med det samme.
sl-workshop-1-on = Workshop 1 den
sl-weekend-hint = En weekenddag flyttes til mandagen efter
sl-sessions-start-at = Sessionerne starter kl.
sl-local-time-hint = Lokal tid på hvert mødested
sl-and-end-at = og slutter kl.
sl-trip-after-weeks = Studietur, uger efter workshop 1
sl-trip-days = Studietur, dage
sl-ws2-after-weeks = Workshop 2, uger efter workshop 1
sl-ws3-after-weeks = Workshop 3, uger efter workshop 1
sl-ws3-hint = Hjemmeopgaver ligger mellem workshop 2 og 3
sl-spare-seats = Ekstra pladser pr. session
sl-create-sessions = Opret sessionerne
sl-new-session = Ny session
sl-targets = Mål
sl-formal-partnerships = Formelle partnerskaber
sl-physical-presences = Fysisk tilstedeværelse i udlandet
sl-export-starts = Eksportstarter
sl-partners = Partnere
sl-cohorts = Hold
sl-no-cohort = Intet hold endnu.
sl-n-participants = { $count ->
    [one] { $count } deltager
   *[other] { $count } deltagere
}
sl-new-cohort = Nyt hold
sl-cohort-hint = f.eks. Forår 2027
sl-add-cohort = Tilføj hold
sl-participants-you-follow = Deltagere, du følger
sl-ends-on = Slutter den
sl-targets-legend = Mål (antal SMV'er)
sl-partners-legend = Partnerorganisationer (i mindst to lande)
sl-programmes-heading = Soft landing-programmer
sl-new-programme = Nyt program
sl-programmes-intro = Inkubatorer i flere lande udveksler SMV'er og fører hver enkelt ind på et udenlandsk marked: workshop 1 hjemme, en studietur, workshop 2 i udlandet, hjemmeopgaver, workshop 3 i udlandet og en arbejdsplads i udlandet til dem, der bliver.
sl-no-programme = Intet program endnu.
sl-of-target-participants = af { $target } deltagere
sl-n-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partnere
}
sl-add-to-calendar = Føj til kalender (.ics)
sl-when = Hvornår
sl-where = Hvor
sl-programme = Program
sl-cohort-link = hold
sl-of-taken = af { $capacity } optaget
sl-agenda = Dagsorden
sl-invited = Inviterede
sl-nobody-invited = Ingen inviteret endnu.
sl-record-attendance = Registrér fremmøde
sl-absent = Fraværende
sl-invite-participants = Invitér deltagere
sl-invite = Invitér
sl-cancel-session = Aflys sessionen
sl-session-form-intro = Datoer og tidspunkter er lokale på mødestedet; kalendere viser dem i hver læsers egen tidszone.
sl-choose-host = Vælg værten
sl-any-cohort = Alle hold
sl-title-hint = Standard: sessionstypen
sl-venue = Mødested
sl-start-date = Startdato
sl-start-time = Starttidspunkt
sl-end-date = Slutdato
sl-end-date-hint = Til studieture over flere dage
sl-end-time = Sluttidspunkt
sl-time-zone = Tidszone
sl-time-zone-hint = IANA-navn, f.eks. Europe/Oslo; tom: værtens land
sl-coming-up = Kommende
sl-no-session-ahead = Ingen kommende sessioner.
sl-when-local-venue = Hvornår (lokal tid på mødestedet)
sl-past = Tidligere
sl-org-calendar = Din organisations kalender
sl-org-calendar-text = Alle sessioner, som din organisation er vært for, eller som dens deltagere deltager i, til Outlook, Google Kalender eller Apple Kalender:
sl-edit-title = Redigér { $name }
sl-assessment-title = Vurdering · { $name }
sl-add-a-participant = Tilføj en deltager
sl-funnel-chart-title = Hvor mange af de { $count } deltagere der har gennemført hvert trin
sl-plan-title = Planlæg { $cohort }

# Labels of the journey, assignments, desks, sessions and the assessment
sl-step-workshop-1 = Workshop 1 hjemme
sl-step-study-trip = Studietur
sl-step-workshop-2 = Workshop 2 i udlandet
sl-step-home-assignments = Hjemmeopgaver
sl-step-workshop-3 = Workshop 3 i udlandet
sl-step-long-term-presence = Tilstedeværelse i udlandet
sl-purpose-workshop-1 = Barrierer og potentialer for at gå til udlandet, vurderet sammen med den hjemlige inkubator
sl-purpose-study-trip = Et første besøg i partnerlandet og hos inkubatoren: netværk og markedsviden
sl-purpose-workshop-2 = Kultur, kunder og lokal lovgivning, hos partnerinkubatoren
sl-purpose-home-assignments = Opgaver stillet efter workshop 2, afleveret og gennemgået
sl-purpose-workshop-3 = Rigtige kunder og partnere, og internationaliseringsstrategien
sl-purpose-long-term-presence = En arbejdsplads eller et kontor hos den udenlandske inkubator i flere måneder (valgfrit)
sl-state-planned = planlagt
sl-state-scheduled = fastlagt
sl-state-done = gennemført
sl-state-skipped = sprunget over
sl-assignment-open = Åben
sl-assignment-submitted = Afleveret, venter på gennemgang
sl-assignment-accepted = Godkendt
sl-assignment-needs-changes = Skal rettes
sl-booking-requested = Anmodet
sl-booking-approved = Godkendt
sl-booking-declined = Afvist
sl-booking-waitlisted = På ventelisten
sl-booking-cancelled = Annulleret
sl-desk-kind-hot-desk = Flexplads
sl-desk-kind-fixed-desk = Fast arbejdsplads
sl-desk-kind-private-office = Eget kontor
sl-session-workshop-1 = Workshop 1
sl-session-study-trip = Studietur
sl-session-workshop-2 = Workshop 2
sl-session-workshop-3 = Workshop 3
sl-barrier-language = Sprog
sl-barrier-culture = Forretningskultur
sl-barrier-regulation = Regulering, certificering og lovgivning
sl-barrier-funding = Finansiering af udlandssatsningen
sl-barrier-contacts = Mangel på kontakter og partnere
sl-barrier-capacity = Tid og medarbejdere til opgaven
sl-potential-market-demand = Efterspørgsel på målmarkedet
sl-potential-product-fit = Produktet passer til markedet, som det er
sl-potential-competitive-advantage = Klar fordel frem for lokale konkurrenter
sl-potential-existing-network = Kontakter allerede på stedet
sl-potential-management-commitment = Ledelsens engagement
sl-readiness-not-ready = endnu ikke klar
sl-readiness-getting-ready = på vej
sl-readiness-ready = klar
sl-readiness-well-prepared = godt forberedt

# A month of a year, as the occupancy view heads it
sl-month-1 = januar { $year }
sl-month-2 = februar { $year }
sl-month-3 = marts { $year }
sl-month-4 = april { $year }
sl-month-5 = maj { $year }
sl-month-6 = juni { $year }
sl-month-7 = juli { $year }
sl-month-8 = august { $year }
sl-month-9 = september { $year }
sl-month-10 = oktober { $year }
sl-month-11 = november { $year }
sl-month-12 = december { $year }

# Refusals of forms and actions (validation messages and conflicts).
sl-err-already-accepted = opgaven er allerede godkendt
sl-err-review-only-submitted = kun en afleveret opgave kan vurderes (denne er { $status ->
    [open] åben
    [accepted] godkendt
    [needs_changes] sendt tilbage til rettelse
   *[other] afleveret og venter på vurdering
})
sl-err-say-what-changes = skriv, hvad der skal ændres
sl-err-not-in-past = må ikke ligge i fortiden
sl-err-answer-or-file = skriv et svar eller vedhæft en fil
sl-err-no-organisation = organisationen findes ikke
sl-err-session-two-weeks = en session varer højst to uger
sl-err-capacity-seats = skal være fra 1 til { $max } pladser
sl-err-capacity-below-invited = { $count } deltagere er allerede inviteret; kapaciteten kan ikke være lavere
sl-err-trip-days = fra 1 til 10 dage
sl-err-trip-week = mindst en uge efter workshop 1
sl-err-ws2-after-trip = skal ligge efter studieturen
sl-err-ws3-after-ws2 = skal ligge efter workshop 2 (hjemmeopgaverne ligger imellem)
sl-err-ws3-two-years = inden for to år efter workshop 1
sl-err-spare-seats = højst 50
sl-err-unknown-organisation = organisation #{ $id } er ukendt
sl-err-target = skal være et antal SMV'er fra 0 til 100.000
sl-err-not-before-start = må ikke ligge før starten
sl-err-no-such-organisations = organisationen findes ikke: { $ids }
sl-err-partner-kind = partnerne gennemfører forløbet: { $kind ->
    [public_authority] en offentlig myndighed
    [funding_agency] et finansieringsorgan
    [knowledge_institution] en videninstitution
    [incubator] en inkubator
    [cluster] en klynge
   *[other] et erhvervsudviklingscenter
} (#{ $id }) kan ikke være partner
sl-err-two-countries = et soft landing-program kræver partnere i mindst to lande
sl-err-within-programme = skal ligge inden for programmet ({ $start } til { $end })
sl-err-no-cohort = holdet findes ikke i dette program
sl-err-no-sme = SMV'en findes ikke
sl-err-home-not-partner = SMV'ens hjemorganisation er ikke partner i dette program
sl-err-already-participating = denne SMV deltager allerede i programmet
sl-err-host-partner = værten skal være partner i dette program
sl-err-host-other = værten skal være en anden inkubator end hjemmet
sl-err-host-abroad = soft landing går til udlandet: vælg en vært i et andet land
sl-err-market-abroad = målmarkedet skal ligge i udlandet
sl-err-desk-capacity = fra 1 til 50 personer
sl-err-desk-price = fra 0 EUR til 100.000 EUR om måneden
sl-err-booking-is = bookingen er { $status ->
    [requested] anmodet
    [approved] godkendt
    [declined] afvist
    [waitlisted] på ventelisten
   *[other] annulleret
}
sl-err-booking-two-years = en booking løber højst to år; book igen for at forlænge
sl-err-step-settled-reopen = { $step } er allerede { $state ->
    [done] gennemført
   *[other] sprunget over
}; genåbn trinnet, før du giver det en ny dato
sl-err-step-settled = { $step } er allerede { $state ->
    [done] gennemført
   *[other] sprunget over
}
sl-err-step-nothing-to-reopen = { $step } er hverken gennemført eller sprunget over, så der er intet at genåbne
sl-err-step-later-settled = { $step } er allerede { $state ->
    [done] gennemført
   *[other] sprunget over
}; genåbn det trin først
sl-err-step-order = { $step } kan ikke { $verb ->
    [completed] gennemføres
   *[other] springes over
}, før { $earlier } er gennemført eller sprunget over: trinnene følger efter hinanden
sl-err-reason = skriv en begrundelse (mindst { $min } tegn)
sl-err-rate = vurdér fra { $min } til { $max }
sl-err-one-market = angiv mindst ét marked
sl-err-unknown-barrier = ukendt barriere
sl-err-unknown-potential = ukendt potentiale
sl-err-own-host = du kan oprette sessioner, som din egen organisation er vært for, og den skal være partner
sl-err-keeps-host = en session beholder sin vært; aflys den og opret en ny
sl-err-keeps-cohort = en session beholder sit hold
sl-err-keeps-programme = en session beholder sit program
sl-err-session-full = sessionen er fuld: { $taken } af { $capacity } pladser er optaget
sl-err-no-seat = ingen ledige pladser
sl-err-session-cancelled = sessionen er aflyst
sl-err-not-participant = #{ $id } er ikke deltager i dette program
sl-err-participant-declined = deltageren har takket nej til denne session
sl-err-cohort-has-sessions = dette hold har allerede { $count } sessioner; ret eller aflys dem én ad gangen
sl-err-cohort-empty = tilføj deltagere til holdet, før du planlægger dets sessioner
sl-err-desk-keeps-org = en arbejdsplads bliver hos sin organisation
sl-err-desk-booked = arbejdspladsen er booket fra { $start } til { $end } (booking #{ $id })
sl-err-desk-booked-dates = arbejdspladsen er booket fra { $start } til { $end }
sl-err-desk-just-booked = arbejdspladsen blev netop booket af en anden; prøv igen
sl-err-no-desk = arbejdspladsen findes ikke
sl-err-desk-not-offered = denne arbejdsplads udbydes ikke i øjeblikket
sl-err-desk-other-host = deltagerens vært er { $host }; book en af dens arbejdspladser
sl-err-programme-name-taken = der findes allerede et program med dette navn
sl-err-partner-stays = organisation #{ $id } har deltagere i dette program og forbliver partner
sl-err-cohort-name-taken = dette program har allerede et hold med dette navn
sl-err-desk-name-taken = denne organisation har allerede en arbejdsplads med dette navn
sl-err-choose-from-list = vælg fra listen
sl-err-time-format = skriv klokkeslættet som TT:MM
sl-err-choose-date = vælg en dato
sl-err-choose-action = vælg en handling
sl-err-date-to-schedule = skal udfyldes for at planlægge et trin
sl-err-answer = svar accepted eller declined
sl-err-month-format = skriv måneden som ÅÅÅÅ-MM
sl-err-booking-changed = der blev truffet afgørelse om bookingen imens; genindlæs den og prøv igen
sl-err-answered-meanwhile = denne invitation blev besvaret imens; genindlæs siden
sl-err-answer-meanwhile = der blev afleveret et nyt svar imens; genindlæs siden for at bedømme det
sl-change-assignment = Ændr opgaven
sl-save-assignment = Gem opgaven
sl-remove-assignment = Fjern opgaven
sl-remove-assignment-hint = Givet ved en fejl? Der er ikke afleveret noget endnu, så den kan stadig fjernes.
sl-err-assignment-accepted = opgaven er godkendt; den forbliver, som den er
sl-err-assignment-answered = der er afleveret et svar på opgaven, så den bliver
sl-correct = Ret
sl-correct-title = Ret { $name }
sl-correct-participant-intro = Flyt den til et andet hold, giv den en anden vært i udlandet eller et andet målmarked, eller ret den dag, den kom med. En ny vært ser fra nu af virksomhedens private del, og den gamle gør ikke længere; værten kan ikke skiftes, mens et skrivebord dér er booket eller anmodet om.
sl-joined-on = Kom med den
sl-remove-participant = Tag ud af programmet
sl-remove-participant-hint = Tilføjet ved en fejl, eller forlader den programmet? Forløbet, vurderingen, hjemmeopgaverne, invitationerne og skrivebordsbookingerne slettes med den; virksomhedens resultatregistreringer bliver.
sl-remove-participant-confirm = Tag { $name } ud af programmet, med forløbet
sl-err-confirm-removal = sæt kryds for at bekræfte
sl-err-host-has-desks = et skrivebord hos { $host } er booket eller anmodet om: annuller bookingen, før værten skiftes
