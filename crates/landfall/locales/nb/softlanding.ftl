# Soft landing: programmes, cohorts, participants, sessions, desks.
sl-correct-fields = Rett opp feltene som er markert nedenfor.
sl-save = Lagre
sl-cancel = Avbryt
sl-edit = Rediger
sl-name = Navn
sl-kind = Type
sl-choose = Velg
sl-description = Beskrivelse
sl-seats = Plasser
sl-host = Vert
sl-session = Økt
sl-sessions = Økter
sl-participants = Deltakere
sl-sme = SMB
sl-desk = Arbeidsplass
sl-cancelled = avlyst
sl-none-yet = Ingen ennå.
sl-to = til
sl-yes = ja
sl-no = nei
sl-accept = Godta
sl-decline = Avslå
sl-attended = Deltok
sl-answer = Svar
sl-cohort = Kull
sl-target-market = Målmarked
sl-starts-on = Starter
sl-starts = starter { $date }
sl-due = frist { $date }
sl-barriers-potentials = Barrierer og potensial
sl-assessment-intro = Workshop 1: vurder hver barriere fra 1 (ingen barriere) til 5 (blokkerende) og hvert potensial fra 1 (svakt) til 5 (sterkt). Beredskapspoengene følger av vurderingene.
sl-current-readiness = Nåværende beredskap:
sl-markets-considered = Markeder som vurderes
sl-markets-hint = Landkoder skilt med komma, f.eks. NO, DE
sl-barriers-legend = Barrierer (1 ingen – 5 blokkerende)
sl-about-barriers = Om barrierene
sl-potentials-legend = Potensial (1 svakt – 5 sterkt)
sl-about-potentials = Om potensialet
sl-save-assessment = Lagre vurderingen
sl-set-by = gitt av { $name }
sl-answers = Besvarelser
sl-nothing-handed-in = Ingenting levert ennå.
sl-handed-in-by = Levert av { $name }
sl-review-prefix = Vurdering:
sl-hand-in = Lever
sl-hand-in-again = Lever på nytt
sl-your-answer = Ditt svar
sl-file-optional = Fil (valgfritt)
sl-file-hint = Maks. 10 MB: { $types }
sl-review = Vurdering
sl-comment = Kommentar
sl-comment-hint = Påkrevd når du ber om endringer
sl-ask-changes = Be om endringer
sl-plan-from-template = Planlegg økter fra malen
sl-participants-count = { $count ->
    [one] { $count } deltaker
   *[other] { $count } deltakere
}
sl-funnel = Trakt
sl-funnel-hint = Hvor mange deltakere som har fullført hvert steg (lysere: hoppet over).
sl-step = Steg
sl-done = Fullført
sl-skipped = Hoppet over
sl-next-for = Neste for
sl-no-session-planned = Ingen økt planlagt ennå.
sl-when-utc = Når (UTC)
sl-seats-hint = Antall personer
sl-price-per-month = Pris per måned (EUR)
sl-offered-to-participants = Tilbys deltakerne
sl-desks-abroad = Arbeidsplasser i utlandet
sl-occupancy = Belegg
sl-new-desk = Ny arbeidsplass
sl-requests-waiting = Forespørsler som venter på din avgjørelse
sl-dates = Datoer
sl-status = Status
sl-decision = Avgjørelse
sl-approve = Godkjenn
sl-offered-desks = Tilbudte arbeidsplasser
sl-no-desk-offered = Ingen arbeidsplass tilbudt ennå.
sl-per-month = Per måned
sl-not-offered = tilbys ikke
sl-desks-hint = Deltakerne ber om arbeidsplasser fra sin egen forløpsside.
sl-desk-occupancy = Belegg på arbeidsplasser
sl-months = Måneder
sl-previous-month = ← Forrige måned
sl-next-month = Neste måned →
sl-no-desks-yet = Ingen arbeidsplasser ennå.
sl-offer-one = Tilby en.
sl-taken = Opptatt
sl-taken-day = opptatt
sl-free-day = ledig
sl-bookings-this-month = Bookinger denne måneden
sl-from = fra
sl-target-market-of = målmarked { $market }
sl-sme-profile = SMB-profil
sl-journey = Forløp
sl-notes-label = Notater:
sl-outputs-label = Resultater:
sl-on = den
sl-mark-done = Marker som fullført
sl-date-for = Dato for { $step }
sl-set-date = Angi dato
sl-why-skip = Hvorfor hoppe over det?
sl-reason-skip = Grunn til å hoppe over { $step }
sl-skip = Hopp over
sl-why-reopen = Hvorfor åpne det igjen?
sl-reason-reopen = Grunn til å åpne { $step } igjen
sl-reopen = Åpne igjen
sl-notes-outputs = Notater og resultater
sl-notes = Notater
sl-outputs = Resultater
sl-save-notes = Lagre notater
sl-readiness = beredskap
sl-main-barriers = Største barrierer:
sl-none-rated-high = ingen vurdert til 4 eller 5
sl-markets-considered-label = Markeder som vurderes:
sl-saved-by = lagret av { $name }
sl-assessment-missing = Ikke fylt ut ennå: det gjøres i workshop 1, SMB-en sammen med hjemmeinkubatoren.
sl-update-assessment = Oppdater vurderingen
sl-fill-assessment = Fyll ut vurderingen
sl-no-session-yet = Ingen økt ennå.
sl-when-local = Når (lokal tid)
sl-home-assignments = Hjemmeoppgaver
sl-no-assignment = Ingen oppgave gitt.
sl-set-an-assignment = Gi en oppgave
sl-title = Tittel
sl-what-to-do = Hva som skal gjøres
sl-due-on = Frist
sl-set-assignment = Gi oppgave
sl-desk-abroad = Arbeidsplass i utlandet
sl-no-desk-booked = Ingen arbeidsplass booket.
sl-request-desk-at = Be om en arbeidsplass hos { $host }
sl-from-date = Fra
sl-to-included = Til (inklusive)
sl-note = Merknad
sl-waitlist = Sett meg på venteliste hvis arbeidsplassen er opptatt
sl-request-the-desk = Be om arbeidsplassen
sl-calendar = Kalender
sl-calendar-participant = Abonner på denne deltakerens økter i Outlook, Google Kalender eller Apple Kalender med denne adressen:
sl-new-address = Lag en ny adresse
sl-old-stops = (den gamle slutter å virke)
sl-history = Historikk
sl-nothing-happened = Ingenting har skjedd ennå.
sl-who = Hvem
sl-change = Endring
sl-reason = Begrunnelse
sl-add-participant-to = Legg til en deltaker i { $programme }
sl-add-participant-intro = En SMB fra din organisasjon blir med i et kull og tas imot av en partner i utlandet.
sl-choose-cohort = Velg et kull
sl-choose-sme = Velg en SMB
sl-host-abroad = Vert i utlandet
sl-choose-partner-abroad = Velg partneren i utlandet
sl-target-market-hint = Landkode; tomt: vertens land
sl-add-participant = Legg til deltaker
sl-no-participant-visible = Ingen deltakere du kan se.
sl-home = Hjemme
sl-next-step = Neste steg
sl-finished = fullført
sl-marks-legend = ✓ fullført · ◷ tidfestet · · planlagt · – hoppet over
sl-plan-sessions-of = Planlegg øktene for { $cohort }
sl-plan-intro = Ett steg lager hele kalenderen måneder fram: workshop 1 hos hver hjemmeinkubator, deretter studieturen og workshop 2 og 3 hos hver vert i utlandet, i vertens lokale tid. Alle deltakere blir invitert og ser datoene med en gang.
sl-workshop-1-on = Workshop 1 den
sl-weekend-hint = En helgedag flyttes til mandagen etter
sl-sessions-start-at = Øktene starter kl.
sl-local-time-hint = Lokal tid på hvert sted
sl-and-end-at = og slutter kl.
sl-trip-after-weeks = Studietur, uker etter workshop 1
sl-trip-days = Studietur, dager
sl-ws2-after-weeks = Workshop 2, uker etter workshop 1
sl-ws3-after-weeks = Workshop 3, uker etter workshop 1
sl-ws3-hint = Hjemmeoppgaver kommer mellom workshop 2 og 3
sl-spare-seats = Ekstra plasser per økt
sl-create-sessions = Opprett øktene
sl-new-session = Ny økt
sl-targets = Mål
sl-formal-partnerships = Formelle partnerskap
sl-physical-presences = Fysisk tilstedeværelse i utlandet
sl-export-starts = Eksportstarter
sl-partners = Partnere
sl-cohorts = Kull
sl-no-cohort = Ingen kull ennå.
sl-n-participants = { $count ->
    [one] { $count } deltaker
   *[other] { $count } deltakere
}
sl-new-cohort = Nytt kull
sl-cohort-hint = f.eks. Vår 2027
sl-add-cohort = Legg til kull
sl-participants-you-follow = Deltakere du følger
sl-ends-on = Slutter
sl-targets-legend = Mål (antall SMB-er)
sl-partners-legend = Partnerorganisasjoner (i minst to land)
sl-programmes-heading = Soft landing-programmer
sl-new-programme = Nytt program
sl-programmes-intro = Inkubatorer i flere land utveksler SMB-er og følger hver av dem inn i et utenlandsk marked: workshop 1 hjemme, en studietur, workshop 2 i utlandet, hjemmeoppgaver, workshop 3 i utlandet og en arbeidsplass i utlandet for dem som blir.
sl-no-programme = Ingen program ennå.
sl-of-target-participants = av { $target } deltakere
sl-n-partners = { $count ->
    [one] { $count } partner
   *[other] { $count } partnere
}
sl-add-to-calendar = Legg til i kalender (.ics)
sl-when = Når
sl-where = Hvor
sl-programme = Program
sl-cohort-link = kull
sl-of-taken = av { $capacity } opptatt
sl-agenda = Agenda
sl-invited = Inviterte
sl-nobody-invited = Ingen invitert ennå.
sl-record-attendance = Registrer oppmøte
sl-absent = Fraværende
sl-invite-participants = Inviter deltakere
sl-invite = Inviter
sl-cancel-session = Avlys økten
sl-session-form-intro = Datoer og klokkeslett er lokale på stedet; kalendere viser dem i hver lesers egen tidssone.
sl-choose-host = Velg verten
sl-any-cohort = Alle kull
sl-title-hint = Standard: økttypen
sl-venue = Sted
sl-start-date = Startdato
sl-start-time = Starttid
sl-end-date = Sluttdato
sl-end-date-hint = For studieturer over flere dager
sl-end-time = Sluttid
sl-time-zone = Tidssone
sl-time-zone-hint = IANA-navn, f.eks. Europe/Oslo; tomt: vertens land
sl-coming-up = Kommende
sl-no-session-ahead = Ingen kommende økter.
sl-when-local-venue = Når (lokal tid på stedet)
sl-past = Tidligere
sl-org-calendar = Organisasjonens kalender
sl-org-calendar-text = Alle økter organisasjonen din er vert for eller deltakerne deres deltar i, for Outlook, Google Kalender eller Apple Kalender:
sl-edit-title = Rediger { $name }
sl-assessment-title = Vurdering · { $name }
sl-add-a-participant = Legg til en deltaker
sl-funnel-chart-title = Hvor mange av de { $count } deltakerne som har fullført hvert steg
sl-plan-title = Planlegg { $cohort }

# Labels of the journey, assignments, desks, sessions and the assessment
sl-step-workshop-1 = Workshop 1 hjemme
sl-step-study-trip = Studietur
sl-step-workshop-2 = Workshop 2 i utlandet
sl-step-home-assignments = Hjemmeoppgaver
sl-step-workshop-3 = Workshop 3 i utlandet
sl-step-long-term-presence = Tilstedeværelse i utlandet
sl-purpose-workshop-1 = Barrierer og potensial for å gå utenlands, vurdert sammen med inkubatoren hjemme
sl-purpose-study-trip = Et første besøk i partnerlandet og hos inkubatoren: nettverk og markedsinformasjon
sl-purpose-workshop-2 = Kultur, kunder og lokalt lovverk, hos partnerinkubatoren
sl-purpose-home-assignments = Oppgaver gitt etter workshop 2, levert og gjennomgått
sl-purpose-workshop-3 = Ekte kunder og partnere, og internasjonaliseringsstrategien
sl-purpose-long-term-presence = En arbeidsplass eller et kontor hos den utenlandske inkubatoren i flere måneder (valgfritt)
sl-state-planned = planlagt
sl-state-scheduled = tidfestet
sl-state-done = gjennomført
sl-state-skipped = hoppet over
sl-assignment-open = Åpen
sl-assignment-submitted = Levert, venter på gjennomgang
sl-assignment-accepted = Godkjent
sl-assignment-needs-changes = Må endres
sl-booking-requested = Forespurt
sl-booking-approved = Godkjent
sl-booking-declined = Avslått
sl-booking-waitlisted = På ventelisten
sl-booking-cancelled = Avlyst
sl-desk-kind-hot-desk = Flekseplass
sl-desk-kind-fixed-desk = Fast arbeidsplass
sl-desk-kind-private-office = Eget kontor
sl-session-workshop-1 = Workshop 1
sl-session-study-trip = Studietur
sl-session-workshop-2 = Workshop 2
sl-session-workshop-3 = Workshop 3
sl-barrier-language = Språk
sl-barrier-culture = Forretningskultur
sl-barrier-regulation = Regelverk, sertifisering og lovverk
sl-barrier-funding = Finansiering av satsingen i utlandet
sl-barrier-contacts = Mangel på kontakter og partnere
sl-barrier-capacity = Tid og ansatte til oppgaven
sl-potential-market-demand = Etterspørsel i målmarkedet
sl-potential-product-fit = Produktet passer markedet slik det er
sl-potential-competitive-advantage = Klar fordel fremfor lokale konkurrenter
sl-potential-existing-network = Kontakter allerede på plass
sl-potential-management-commitment = Ledelsens engasjement
sl-readiness-not-ready = ikke klar ennå
sl-readiness-getting-ready = på vei
sl-readiness-ready = klar
sl-readiness-well-prepared = godt forberedt

# A month of a year, as the occupancy view heads it
sl-month-1 = januar { $year }
sl-month-2 = februar { $year }
sl-month-3 = mars { $year }
sl-month-4 = april { $year }
sl-month-5 = mai { $year }
sl-month-6 = juni { $year }
sl-month-7 = juli { $year }
sl-month-8 = august { $year }
sl-month-9 = september { $year }
sl-month-10 = oktober { $year }
sl-month-11 = november { $year }
sl-month-12 = desember { $year }

# Refusals of forms and actions (validation messages and conflicts).
sl-err-already-accepted = oppgaven er allerede godkjent
sl-err-review-only-submitted = bare en levert oppgave kan vurderes (denne er { $status ->
    [open] åpen
    [accepted] godkjent
    [needs_changes] sendt tilbake for endringer
   *[other] levert og venter på vurdering
})
sl-err-say-what-changes = skriv hva som må endres
sl-err-not-in-past = kan ikke ligge i fortiden
sl-err-answer-or-file = skriv et svar eller legg ved en fil
sl-err-no-organisation = organisasjonen finnes ikke
sl-err-session-two-weeks = en økt varer høyst to uker
sl-err-capacity-seats = må være fra 1 til { $max } plasser
sl-err-capacity-below-invited = { $count } deltakere er allerede invitert; kapasiteten kan ikke være lavere
sl-err-trip-days = fra 1 til 10 dager
sl-err-trip-week = minst én uke etter workshop 1
sl-err-ws2-after-trip = må komme etter studieturen
sl-err-ws3-after-ws2 = må komme etter workshop 2 (hjemmeoppgavene ligger imellom)
sl-err-ws3-two-years = innen to år etter workshop 1
sl-err-spare-seats = høyst 50
sl-err-unknown-organisation = organisasjon #{ $id } er ukjent
sl-err-target = må være et antall SMB-er fra 0 til 100 000
sl-err-not-before-start = kan ikke ligge før starten
sl-err-no-such-organisations = organisasjonen finnes ikke: { $ids }
sl-err-partner-kind = partnerne gjennomfører løpet: { $kind ->
    [public_authority] en offentlig myndighet
    [funding_agency] et finansieringsorgan
    [knowledge_institution] en kunnskapsinstitusjon
    [incubator] en inkubator
    [cluster] en klynge
   *[other] et næringsutviklingssenter
} (#{ $id }) kan ikke være partner
sl-err-two-countries = et soft landing-program trenger partnere i minst to land
sl-err-within-programme = må ligge innenfor programmet ({ $start } til { $end })
sl-err-no-cohort = kullet finnes ikke i dette programmet
sl-err-no-sme = SMB-en finnes ikke
sl-err-home-not-partner = SMB-ens hjemmeorganisasjon er ikke partner i dette programmet
sl-err-already-participating = denne SMB-en deltar allerede i programmet
sl-err-host-partner = verten må være partner i dette programmet
sl-err-host-other = verten må være en annen inkubator enn hjemmet
sl-err-host-abroad = soft landing går til utlandet: velg en vert i et annet land
sl-err-market-abroad = målmarkedet må ligge i utlandet
sl-err-desk-capacity = fra 1 til 50 personer
sl-err-desk-price = fra 0 EUR til 100 000 EUR i måneden
sl-err-booking-is = bookingen er { $status ->
    [requested] forespurt
    [approved] godkjent
    [declined] avslått
    [waitlisted] på ventelisten
   *[other] avlyst
}
sl-err-booking-two-years = en booking varer høyst to år; book på nytt for å forlenge
sl-err-step-settled-reopen = { $step } er allerede { $state ->
    [done] fullført
   *[other] hoppet over
}; gjenåpne trinnet før du gir det en ny dato
sl-err-step-settled = { $step } er allerede { $state ->
    [done] fullført
   *[other] hoppet over
}
sl-err-step-nothing-to-reopen = { $step } er verken fullført eller hoppet over, så det er ingenting å gjenåpne
sl-err-step-later-settled = { $step } er allerede { $state ->
    [done] fullført
   *[other] hoppet over
}; gjenåpne det trinnet først
sl-err-step-order = { $step } kan ikke { $verb ->
    [completed] fullføres
   *[other] hoppes over
} før { $earlier } er fullført eller hoppet over: trinnene kommer i rekkefølge
sl-err-reason = skriv en begrunnelse (minst { $min } tegn)
sl-err-rate = vurder fra { $min } til { $max }
sl-err-one-market = oppgi minst ett marked
sl-err-unknown-barrier = ukjent barriere
sl-err-unknown-potential = ukjent potensial
sl-err-own-host = du kan opprette økter som din egen organisasjon er vert for, og den må være partner
sl-err-keeps-host = en økt beholder verten sin; avlys den og opprett en ny
sl-err-keeps-cohort = en økt beholder kullet sitt
sl-err-keeps-programme = en økt beholder programmet sitt
sl-err-session-full = økten er full: { $taken } av { $capacity } plasser er tatt
sl-err-no-seat = ingen ledige plasser
sl-err-session-cancelled = økten er avlyst
sl-err-not-participant = #{ $id } er ikke deltaker i dette programmet
sl-err-participant-declined = deltakeren har takket nei til denne økten
sl-err-cohort-has-sessions = dette kullet har allerede { $count } økter; endre eller avlys dem én og én
sl-err-cohort-empty = legg til deltakere i kullet før du planlegger øktene
sl-err-desk-keeps-org = en arbeidsplass blir hos organisasjonen sin
sl-err-desk-booked = arbeidsplassen er booket fra { $start } til { $end } (booking #{ $id })
sl-err-desk-booked-dates = arbeidsplassen er booket fra { $start } til { $end }
sl-err-desk-just-booked = arbeidsplassen ble nettopp booket av noen andre; prøv igjen
sl-err-no-desk = arbeidsplassen finnes ikke
sl-err-desk-not-offered = denne arbeidsplassen tilbys ikke for øyeblikket
sl-err-desk-other-host = deltakerens vert er { $host }; book en av dens arbeidsplasser
sl-err-programme-name-taken = det finnes allerede et program med dette navnet
sl-err-partner-stays = organisasjon #{ $id } har deltakere i dette programmet og forblir partner
sl-err-cohort-name-taken = dette programmet har allerede et kull med dette navnet
sl-err-desk-name-taken = denne organisasjonen har allerede en arbeidsplass med dette navnet
sl-err-choose-from-list = velg fra listen
sl-err-time-format = skriv klokkeslettet som TT:MM
sl-err-choose-date = velg en dato
sl-err-choose-action = velg en handling
sl-err-date-to-schedule = må fylles ut for å planlegge et trinn
sl-err-answer = svar accepted eller declined
sl-err-month-format = skriv måneden som ÅÅÅÅ-MM
sl-err-booking-changed = bookingen ble avgjort i mellomtiden; last den inn på nytt og prøv igjen
sl-err-answered-meanwhile = denne invitasjonen ble besvart i mellomtiden; last inn siden på nytt
sl-err-answer-meanwhile = et nytt svar ble levert i mellomtiden; last inn siden på nytt for å vurdere det
sl-change-assignment = Endre oppgaven
sl-save-assignment = Lagre oppgaven
sl-remove-assignment = Fjern oppgaven
sl-remove-assignment-hint = Gitt ved en feil? Ingenting er levert ennå, så den kan fortsatt fjernes.
sl-err-assignment-accepted = oppgaven er godkjent; den blir som den er
sl-err-assignment-answered = det er levert et svar på oppgaven, så den blir værende
sl-correct = Rett
sl-correct-title = Rett { $name }
sl-correct-participant-intro = Flytt den til et annet kull, gi den en annen vert i utlandet eller et annet målmarked, eller rett dagen den ble med. En ny vert ser heretter bedriftens private del, og den gamle gjør det ikke lenger; verten kan ikke byttes mens en pult der er booket eller forespurt.
sl-joined-on = Ble med
sl-remove-participant = Ta ut av programmet
sl-remove-participant-hint = Lagt til ved en feil, eller forlater den programmet? Løpet, vurderingen, hjemmeoppgavene, invitasjonene og pultbookingene slettes med den; bedriftens resultatregistreringer blir stående.
sl-remove-participant-confirm = Ta { $name } ut av programmet, med løpet
sl-err-confirm-removal = kryss av for å bekrefte
sl-err-host-has-desks = en pult hos { $host } er booket eller forespurt: avbestill den før verten byttes
