# The account pages: sign-in, accounts, your data, audit log, notifications.
# Sign in
acc-sign-in = Log ind
acc-login-heading = Log ind på Landfall
acc-email-address = E-mailadresse
acc-password = Adgangskode
acc-login-no-account = Ingen konto? Spørg din inkubator eller netværkskoordinatoren.
acc-login-directory-before = Vores
acc-login-directory-link = katalog over organisationer
acc-login-directory-after = er åbent for alle.
acc-login-expired = Loginformularen er udløbet. Prøv igen.
acc-login-wrong = E-mailadressen eller adgangskoden er forkert.
acc-login-too-many = For mange mislykkede login. Vent { $minutes } minutter, og prøv igen.
# Accounts
acc-accounts = Konti
acc-accounts-count = { $count ->
    [one] { $count } konto
   *[other] { $count } konti
}
acc-accounts-hint-before = Konti oprettes med
acc-accounts-hint-after = ; personer kan også inviteres med formularen nedenfor.
acc-search = Find en konto
acc-search-hint = E-mailadresse eller navn
acc-col-email = E-mail
acc-col-name = Navn
acc-col-role = Rolle
acc-col-belongs-to = Hører til
acc-col-created = Oprettet
# Your account and data
acc-account-title = Din konto og dine data
acc-signed-in-as = Logget ind som
acc-download-heading = Download dine data
acc-download-text = En JSON-fil med alt, hvad Landfall har om dig: din konto, dine meddelelser og indstillinger.
acc-download-text-sme = En JSON-fil med alt, hvad Landfall har om dig: din konto, dine meddelelser og indstillinger samt din virksomheds oplysninger (med fortrolige tal og kontaktpersoner), dens resultatregistreringer og årstal, dens samarbejdsprofiler og dens deltagelse i programmer.
acc-download-button = Download mine data
acc-close-heading = Luk din konto
acc-close-text = Din konto, dine sessioner og meddelelser slettes, og dit navn fjernes fra revisionsloggen. Det, du har registreret for din organisation, bliver hos den. Det kan ikke fortrydes.
acc-close-text-sme = Hvis din virksomheds personoplysninger også skal slettes, så spørg netværkskoordinatoren.
acc-close-confirm-label = Skriv din e-mailadresse for at bekræfte
acc-close-confirm-error = Skriv din e-mailadresse for at bekræfte.
acc-close-button = Luk min konto
# Audit log
acc-audit-title = Revisionslog
acc-audit-intro = Følsomme handlinger: konti og roller, bevillingsafgørelser, eksport af fortrolige data eller personoplysninger, sletninger. Posterne skrives sammen med den ændring, de registrerer, og redigeres aldrig; navnet på en slettet person erstattes.
acc-audit-action = Handling
acc-all = Alle
acc-show = Vis
acc-audit-empty = Intet registreret.
acc-audit-when = Hvornår (UTC)
acc-audit-who = Hvem
acc-audit-subject = Emne
acc-audit-what = Hvad
acc-audit-account-created = Konto oprettet
acc-audit-role-changed = Rolle ændret
acc-audit-account-erased = Konto slettet
acc-audit-funding-decision = Bevillingsafgørelse
acc-audit-export = Data eksporteret
acc-audit-personal-data-export = Personoplysninger eksporteret
acc-audit-organisation-deleted = Organisation slettet
acc-audit-sme-deleted = SMV slettet
acc-audit-sme-erased = SMV'ens personoplysninger slettet
acc-audit-outcome-retracted = Resultatregistrering trukket tilbage
acc-audit-indicator-changed = Indikator ændret
acc-audit-indicator-removed = Indikator fjernet
acc-audit-participant-removed = Deltager fjernet fra et program
acc-audit-plan-deleted = Internationaliseringsplan slettet
acc-audit-instrument-deleted = Instrument slettet
acc-audit-meeting-removed = Møde fjernet fra et arrangement
# Notifications
acc-notifications = Meddelelser
acc-email-settings = E-mailindstillinger
acc-notifications-empty = Intet endnu. Invitationer, mødeanmodninger, vurderinger, afgørelser og frister, der vedrører dig, vises her.
acc-unread = { $count ->
    [one] { $count } ulæst.
   *[other] { $count } ulæste.
}
acc-mark-all-read = Markér alle som læst
acc-open = Åbn
acc-mark-read = Markér som læst
acc-emailed-sent = sendt som e-mail
acc-emailed-pending = e-mail på vej
acc-emailed-logged = e-mail skrevet i serverloggen
acc-emailed-failed = e-mail kunne ikke sendes
acc-kind-session-invitation = Invitationer til programsessioner
acc-kind-meeting-request = Mødeanmodninger ved matchmaking-arrangementer
acc-kind-meeting-answer = Svar på dine mødeanmodninger
acc-kind-request-expired = Mødeanmodninger, der udløb ubesvaret
acc-kind-agenda-published = Offentliggjorte dagsordener for matchmaking-arrangementer
acc-kind-assignment-reviewed = Vurderinger af hjemmeopgaver
acc-kind-survey-invitation = Invitationer til spørgeskemaer
acc-kind-survey-reminder = Påmindelser om spørgeskemaer
acc-kind-call-deadline = Frister i fælles udbud for dine udkast
acc-kind-funding-decision = Bevillingsafgørelser på dine ansøgninger
acc-back-notifications = ← Meddelelser
acc-settings-title = Indstillinger for meddelelser
acc-saved = Gemt.
acc-settings-intro = Alle meddelelser vises i Landfall. Vælg, hvilke der også skal komme som e-mail.
acc-send-by-email = Send som e-mail
acc-save = Gem

# Refusals of account forms (roles, e-mail addresses, password rules).
acc-err-admin-affiliation = en administrator hører til hele netværket, ikke til én organisation
acc-err-manager-affiliation = en leder skal høre til én organisation (ikke en SMV)
acc-err-sme-affiliation = en SMV-konto skal høre til én SMV
acc-err-evaluator-affiliation = en bedømmer kan ikke høre til en SMV
acc-err-email-too-long = er for lang til en e-mailadresse
acc-err-password-email = må ikke indeholde din e-mailadresse
acc-err-password-short = skal have mindst { $min } tegn
acc-err-password-long = må højst have { $max } tegn
acc-err-password-spaces = må ikke kun bestå af mellemrum
acc-err-password-common = er en af de mest almindelige adgangskoder; vælg en anden
acc-err-password-distinct = skal bruge mindst fire forskellige tegn
acc-err-no-organisation = organisationen findes ikke
acc-err-no-sme = SMV'en findes ikke
acc-err-last-admin = netværket skal have mindst én administrator
acc-err-email-taken = der findes allerede en konto med denne e-mailadresse

# Adgangskoder: skift, glemt, engangslinks; invitationer fra administratorer.
acc-change-password = Skift adgangskode
acc-change-password-intro = Skriv din nuværende adgangskode og derefter den nye to gange. Alle andre sessioner og API-nøgler for din konto ophører; denne browser forbliver logget ind.
acc-password-changed = Din adgangskode er skiftet. Alle andre sessioner og API-nøgler for din konto er ophørt.
acc-correct-fields = Ret venligst de markerede felter.
acc-current-password = Nuværende adgangskode
acc-new-password = Ny adgangskode
acc-new-password-hint = Mindst { $min } tegn; ikke en almindelig adgangskode og ikke din e-mailadresse.
acc-new-password-repeat = Ny adgangskode igen
acc-back-account = Tilbage til din konto
acc-form-expired = Formularen er udløbet. Prøv igen.
acc-forgot-link = Glemt din adgangskode?
acc-forgot-title = Glemt adgangskode
acc-forgot-intro = Skriv e-mailadressen for din konto. Vi sender et link til den, så du kan vælge en ny adgangskode; linket virker én gang inden for en time.
acc-forgot-send = Send linket
acc-forgot-sent = Hvis der findes en konto for denne adresse, er der sendt et link til at vælge en ny adgangskode. Linket virker én gang inden for en time. Er der ikke kommet noget? Se i din spam-mappe, eller spørg igen om nogle minutter.
acc-forgot-too-many = Der er bedt om for mange links. Vent { $minutes } minutter, og prøv igen.
acc-back-sign-in = Tilbage til login
acc-link-gone-title = Dette link virker ikke længere
acc-link-gone = Linket er ukendt, udløbet eller allerede brugt. Hvert link virker én gang: et link til at nulstille en adgangskode i en time, en invitation i syv dage.
acc-link-ask-again = Bed om et nyt link
acc-link-done = Din adgangskode er gemt. Log ind med den nu; alle tidligere sessioner for din konto er ophørt.
acc-link-invitation-title = Velkommen til Landfall: vælg din adgangskode
acc-link-reset-title = Vælg en ny adgangskode
acc-link-invitation-intro = Vælg adgangskoden til din konto { $email }.
acc-link-reset-intro = Vælg en ny adgangskode til din konto { $email }.
acc-link-save = Gem adgangskoden
acc-invite-heading = Invitér en person
acc-invite-intro = Kontoen oprettes uden adgangskode; personen får en e-mail med et link til at vælge en, gyldigt i syv dage. Organisationsansvarlige hører til en organisation (bedømmere kan), SMV-medlemmer til en SMV, netværkskoordinatorer til ingen af delene.
acc-invite-name = Navn
acc-invite-choose-role = Vælg en rolle
acc-invite-organisation = Organisation
acc-invite-sme = SMV
acc-invite-none = Ingen
acc-invite-send = Send invitationen
acc-invite-sent = Der er sendt en invitation til { $email }.
acc-kind-account = Din konto: invitationer og adgangskodelinks
acc-audit-password-changed = Adgangskode skiftet
acc-audit-password-set = Adgangskode valgt med et engangslink
acc-err-password-repeat = de to adgangskoder er forskellige
acc-err-password-same = skal være forskellig fra din nuværende adgangskode
acc-err-current-password = er ikke din nuværende adgangskode
acc-invite-sme-more = Kun de første { $count } SMV'er står på listen. Vil du invitere nogen fra en anden, så vælg "Invitér et medlem" på SMV'ens side.
