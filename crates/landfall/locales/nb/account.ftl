# The account pages: sign-in, accounts, your data, audit log, notifications.
# Sign in
acc-sign-in = Logg inn
acc-login-heading = Logg inn på Landfall
acc-email-address = E-postadresse
acc-password = Passord
acc-login-no-account = Ingen konto? Spør inkubatoren din eller nettverkskoordinatoren.
acc-login-directory-before = Vår
acc-login-directory-link = katalog over organisasjoner
acc-login-directory-after = er åpen for alle.
acc-login-expired = Innloggingsskjemaet er utløpt. Prøv igjen.
acc-login-wrong = E-postadressen eller passordet er feil.
acc-login-too-many = For mange mislykkede innlogginger. Vent { $minutes } minutter og prøv igjen.
# Accounts
acc-accounts = Kontoer
acc-accounts-count = { $count ->
    [one] { $count } konto
   *[other] { $count } kontoer
}
acc-accounts-hint-before = Kontoer legges til med
acc-accounts-hint-after = ; personer kan også inviteres med skjemaet nedenfor.
acc-search = Finn en konto
acc-search-hint = E-postadresse eller navn
acc-col-email = E-post
acc-col-name = Navn
acc-col-role = Rolle
acc-col-belongs-to = Hører til
acc-col-created = Opprettet
# Your account and data
acc-account-title = Kontoen din og dataene dine
acc-signed-in-as = Logget inn som
acc-download-heading = Last ned dataene dine
acc-download-text = En JSON-fil med alt Landfall har om deg: kontoen din, varslene dine og innstillingene dine.
acc-download-text-sme = En JSON-fil med alt Landfall har om deg: kontoen din, varslene og innstillingene dine, og bedriftens oppføring (med interne tall og kontaktpersoner), resultatregistreringer og årstall, samarbeidsprofiler og programdeltakelser.
acc-download-button = Last ned dataene mine
acc-close-heading = Avslutt kontoen din
acc-close-text = Kontoen, øktene og varslene dine slettes, og navnet ditt fjernes fra revisjonsloggen. Det du har registrert for organisasjonen din, blir værende hos den. Dette kan ikke angres.
acc-close-text-sme = Hvis bedriftens personopplysninger også skal slettes, spør nettverkskoordinatoren.
acc-close-confirm-label = Skriv e-postadressen din for å bekrefte
acc-close-confirm-error = Skriv e-postadressen din for å bekrefte.
acc-close-button = Avslutt kontoen min
# Audit log
acc-audit-title = Revisjonslogg
acc-audit-intro = Sensitive handlinger: kontoer og roller, finansieringsvedtak, eksport av interne data eller personopplysninger, slettinger. Oppføringene skrives sammen med endringen de registrerer, og redigeres aldri; navnet til en slettet person erstattes.
acc-audit-action = Handling
acc-all = Alle
acc-show = Vis
acc-audit-empty = Ingenting registrert.
acc-audit-when = Når (UTC)
acc-audit-who = Hvem
acc-audit-subject = Gjelder
acc-audit-what = Hva
acc-audit-account-created = Konto opprettet
acc-audit-role-changed = Rolle endret
acc-audit-account-erased = Konto slettet
acc-audit-funding-decision = Finansieringsvedtak
acc-audit-export = Data eksportert
acc-audit-personal-data-export = Personopplysninger eksportert
acc-audit-organisation-deleted = Organisasjon slettet
acc-audit-sme-deleted = SMB slettet
acc-audit-sme-erased = SMB-ens personopplysninger slettet
acc-audit-outcome-retracted = Resultatregistrering trukket tilbake
acc-audit-indicator-changed = Indikator endret
acc-audit-indicator-removed = Indikator fjernet
acc-audit-participant-removed = Deltaker fjernet fra et program
acc-audit-plan-deleted = Internasjonaliseringsplan slettet
acc-audit-instrument-deleted = Instrument slettet
acc-audit-meeting-removed = Møte fjernet fra et arrangement
# Notifications
acc-notifications = Varsler
acc-email-settings = E-postinnstillinger
acc-notifications-empty = Ingenting ennå. Invitasjoner, møteforespørsler, vurderinger, vedtak og frister som gjelder deg, vises her.
acc-unread = { $count ->
    [one] { $count } ulest.
   *[other] { $count } uleste.
}
acc-mark-all-read = Merk alle som lest
acc-open = Åpne
acc-mark-read = Merk som lest
acc-emailed-sent = sendt på e-post
acc-emailed-pending = e-post på vei
acc-emailed-logged = e-post skrevet til serverloggen
acc-emailed-failed = e-post kunne ikke sendes
acc-kind-session-invitation = Invitasjoner til programsamlinger
acc-kind-meeting-request = Møteforespørsler på matchmaking-arrangementer
acc-kind-meeting-answer = Svar på møteforespørslene dine
acc-kind-request-expired = Møteforespørsler som utløp ubesvart
acc-kind-agenda-published = Publiserte agendaer for matchmaking-arrangementer
acc-kind-assignment-reviewed = Vurderinger av hjemmeoppgaver
acc-kind-survey-invitation = Invitasjoner til spørreundersøkelser
acc-kind-survey-reminder = Påminnelser om spørreundersøkelser
acc-kind-call-deadline = Frister i felles utlysninger for utkastene dine
acc-kind-funding-decision = Finansieringsvedtak om søknadene dine
acc-back-notifications = ← Varsler
acc-settings-title = Varslingsinnstillinger
acc-saved = Lagret.
acc-settings-intro = Alle varsler vises i Landfall. Velg hvilke som også skal komme på e-post.
acc-send-by-email = Send på e-post
acc-save = Lagre

# Refusals of account forms (roles, e-mail addresses, password rules).
acc-err-admin-affiliation = en administrator hører til hele nettverket, ikke til én organisasjon
acc-err-manager-affiliation = en leder må høre til én organisasjon (ikke en SMB)
acc-err-sme-affiliation = en SMB-konto må høre til én SMB
acc-err-evaluator-affiliation = en evaluator kan ikke høre til en SMB
acc-err-email-too-long = er for lang for en e-postadresse
acc-err-password-email = kan ikke inneholde e-postadressen din
acc-err-password-short = må ha minst { $min } tegn
acc-err-password-long = kan ha høyst { $max } tegn
acc-err-password-spaces = kan ikke bare bestå av mellomrom
acc-err-password-common = er et av de vanligste passordene; velg et annet
acc-err-password-distinct = må bruke minst fire forskjellige tegn
acc-err-no-organisation = organisasjonen finnes ikke
acc-err-no-sme = SMB-en finnes ikke
acc-err-last-admin = nettverket trenger minst én administrator
acc-err-email-taken = det finnes allerede en konto med denne e-postadressen

# Passord: endre, glemt, engangslenker; invitasjoner fra administratorer.
acc-change-password = Endre passord
acc-change-password-intro = Skriv ditt nåværende passord, og deretter det nye to ganger. Alle andre økter og API-nøkler for kontoen din avsluttes; denne nettleseren forblir innlogget.
acc-password-changed = Passordet ditt er endret. Alle andre økter og API-nøkler for kontoen din er avsluttet.
acc-correct-fields = Rett opp de merkede feltene.
acc-current-password = Nåværende passord
acc-new-password = Nytt passord
acc-new-password-hint = Minst { $min } tegn; ikke et vanlig passord og ikke e-postadressen din.
acc-new-password-repeat = Nytt passord igjen
acc-back-account = Tilbake til kontoen din
acc-form-expired = Skjemaet er utløpt. Prøv igjen.
acc-forgot-link = Glemt passordet?
acc-forgot-title = Glemt passord
acc-forgot-intro = Skriv e-postadressen til kontoen din. Vi sender en lenke dit for å velge et nytt passord; lenken virker én gang, innen én time.
acc-forgot-send = Send lenken
acc-forgot-sent = Hvis det finnes en konto for denne adressen, er det sendt en lenke for å velge et nytt passord. Lenken virker én gang, innen én time. Har ingenting kommet? Se i søppelpostmappen, eller be om en ny om noen minutter.
acc-forgot-too-many = Det er bedt om for mange lenker. Vent { $minutes } minutter og prøv igjen.
acc-back-sign-in = Tilbake til innlogging
acc-link-gone-title = Denne lenken virker ikke lenger
acc-link-gone = Lenken er ukjent, utløpt eller allerede brukt. Hver lenke virker én gang: en lenke for å tilbakestille passordet i én time, en invitasjon i sju dager.
acc-link-ask-again = Be om en ny lenke
acc-link-done = Passordet ditt er lagret. Logg inn med det nå; alle tidligere økter for kontoen din er avsluttet.
acc-link-invitation-title = Velkommen til Landfall: velg passordet ditt
acc-link-reset-title = Velg et nytt passord
acc-link-invitation-intro = Velg passordet for kontoen din { $email }.
acc-link-reset-intro = Velg et nytt passord for kontoen din { $email }.
acc-link-save = Lagre passordet
acc-invite-heading = Inviter en person
acc-invite-intro = Kontoen opprettes uten passord; personen får en e-post med en lenke for å velge et, gyldig i sju dager. Organisasjonsansvarlige hører til en organisasjon (evaluatorer kan), SMB-medlemmer til en SMB, nettverkskoordinatorer til ingen av delene.
acc-invite-name = Navn
acc-invite-choose-role = Velg en rolle
acc-invite-organisation = Organisasjon
acc-invite-sme = SMB
acc-invite-none = Ingen
acc-invite-send = Send invitasjonen
acc-invite-sent = En invitasjon er sendt til { $email }.
acc-kind-account = Kontoen din: invitasjoner og passordlenker
acc-audit-password-changed = Passord endret
acc-audit-password-set = Passord valgt med en engangslenke
acc-err-password-repeat = de to passordene er ulike
acc-err-password-same = må være ulikt ditt nåværende passord
acc-err-current-password = er ikke ditt nåværende passord
acc-invite-sme-more = Bare de første { $count } SMB-ene står på listen. Vil du invitere noen fra en annen, velg «Inviter et medlem» på SMB-ens side.
