# The account pages: sign-in, accounts, your data, audit log, notifications.
# Sign in
acc-sign-in = Inloggen
acc-login-heading = Inloggen bij Landfall
acc-email-address = E-mailadres
acc-password = Wachtwoord
acc-login-no-account = Geen account? Vraag het aan je incubator of de netwerkcoördinator.
acc-login-directory-before = De
acc-login-directory-link = gids van organisaties
acc-login-directory-after = is voor iedereen toegankelijk.
acc-login-expired = Het inlogformulier is verlopen. Probeer het opnieuw.
acc-login-wrong = Het e-mailadres of het wachtwoord is onjuist.
acc-login-too-many = Te veel mislukte inlogpogingen. Wacht { $minutes } minuten en probeer het opnieuw.
# Accounts
acc-accounts = Accounts
acc-accounts-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
acc-accounts-hint-before = Accounts worden toegevoegd met
acc-accounts-hint-after = ; mensen kunnen ook worden uitgenodigd met het formulier hieronder.
acc-search = Account zoeken
acc-search-hint = E-mailadres of naam
acc-col-email = E-mail
acc-col-name = Naam
acc-col-role = Rol
acc-col-belongs-to = Hoort bij
acc-col-created = Aangemaakt
# Your account and data
acc-account-title = Je account en gegevens
acc-signed-in-as = Aangemeld als
acc-download-heading = Je gegevens downloaden
acc-download-text = Een JSON-bestand met alles wat Landfall over je bewaart: je account, je meldingen en instellingen.
acc-download-text-sme = Een JSON-bestand met alles wat Landfall over je bewaart: je account, je meldingen en instellingen, en de gegevens van je bedrijf (met de interne cijfers en contactpersonen), de resultaatregistraties en jaarcijfers, de samenwerkingsprofielen en de programmadeelnames.
acc-download-button = Mijn gegevens downloaden
acc-close-heading = Je account opheffen
acc-close-text = Je account, sessies en meldingen worden verwijderd en je naam verdwijnt uit het auditlogboek. Wat je voor je organisatie hebt vastgelegd, blijft bij haar. Dit kan niet ongedaan worden gemaakt.
acc-close-text-sme = Wil je ook de persoonsgegevens van je bedrijf laten wissen, vraag het dan aan de netwerkcoördinator.
acc-close-confirm-label = Typ je e-mailadres ter bevestiging
acc-close-confirm-error = Typ je e-mailadres ter bevestiging.
acc-close-button = Mijn account opheffen
# Audit log
acc-audit-title = Auditlogboek
acc-audit-intro = Gevoelige handelingen: accounts en rollen, financieringsbesluiten, exports van vertrouwelijke of persoonsgegevens, verwijderingen en wissingen. Regels worden samen met de wijziging die ze vastleggen geschreven en nooit bewerkt; de naam van een gewiste persoon wordt vervangen.
acc-audit-action = Handeling
acc-all = Alle
acc-show = Tonen
acc-audit-empty = Niets vastgelegd.
acc-audit-when = Wanneer (UTC)
acc-audit-who = Wie
acc-audit-subject = Betreft
acc-audit-what = Wat
acc-audit-account-created = Account aangemaakt
acc-audit-role-changed = Rol gewijzigd
acc-audit-account-erased = Account gewist
acc-audit-funding-decision = Financieringsbesluit
acc-audit-export = Gegevens geëxporteerd
acc-audit-personal-data-export = Persoonsgegevens geëxporteerd
acc-audit-organisation-deleted = Organisatie verwijderd
acc-audit-sme-deleted = Mkb-bedrijf verwijderd
acc-audit-sme-erased = Persoonsgegevens van het mkb-bedrijf gewist
acc-audit-outcome-retracted = Resultaatregistratie ingetrokken
acc-audit-indicator-changed = Indicator gewijzigd
acc-audit-indicator-removed = Indicator verwijderd
acc-audit-participant-removed = Deelnemer uit een programma verwijderd
acc-audit-plan-deleted = Internationaliseringsplan verwijderd
acc-audit-instrument-deleted = Instrument verwijderd
acc-audit-meeting-removed = Gesprek uit een evenement verwijderd
# Notifications
acc-notifications = Meldingen
acc-email-settings = E-mailinstellingen
acc-notifications-empty = Nog niets. Uitnodigingen, afspraakverzoeken, beoordelingen, besluiten en deadlines die jou aangaan, verschijnen hier.
acc-unread = { $count ->
    [one] { $count } ongelezen.
   *[other] { $count } ongelezen.
}
acc-mark-all-read = Alles als gelezen markeren
acc-open = Openen
acc-mark-read = Als gelezen markeren
acc-emailed-sent = per e-mail verzonden
acc-emailed-pending = e-mail onderweg
acc-emailed-logged = e-mail naar het serverlogboek geschreven
acc-emailed-failed = e-mail kon niet worden verzonden
acc-kind-session-invitation = Uitnodigingen voor programmasessies
acc-kind-meeting-request = Afspraakverzoeken op matchmakingevenementen
acc-kind-meeting-answer = Antwoorden op je afspraakverzoeken
acc-kind-request-expired = Afspraakverzoeken die onbeantwoord zijn verlopen
acc-kind-agenda-published = Gepubliceerde agenda's van matchmakingevenementen
acc-kind-assignment-reviewed = Beoordelingen van thuisopdrachten
acc-kind-survey-invitation = Uitnodigingen voor enquêtes
acc-kind-survey-reminder = Herinneringen voor enquêtes
acc-kind-call-deadline = Deadlines van gezamenlijke oproepen voor je concepten
acc-kind-funding-decision = Financieringsbesluiten over je aanvragen
acc-back-notifications = ← Meldingen
acc-settings-title = Meldingsinstellingen
acc-saved = Opgeslagen.
acc-settings-intro = Elke melding wordt in Landfall getoond. Kies welke ook per e-mail komen.
acc-send-by-email = Per e-mail verzenden
acc-save = Opslaan

# Refusals of account forms (roles, e-mail addresses, password rules).
acc-err-admin-affiliation = een beheerder hoort bij het hele netwerk, niet bij één organisatie
acc-err-manager-affiliation = een manager moet bij één organisatie horen (geen mkb-bedrijf)
acc-err-sme-affiliation = een mkb-account moet bij één mkb-bedrijf horen
acc-err-evaluator-affiliation = een beoordelaar kan niet bij een mkb-bedrijf horen
acc-err-email-too-long = is te lang voor een e-mailadres
acc-err-password-email = mag uw e-mailadres niet bevatten
acc-err-password-short = moet minstens { $min } tekens hebben
acc-err-password-long = mag hoogstens { $max } tekens hebben
acc-err-password-spaces = mag niet alleen uit spaties bestaan
acc-err-password-common = is een van de meest gebruikte wachtwoorden; kies een ander
acc-err-password-distinct = moet minstens vier verschillende tekens gebruiken
acc-err-no-organisation = deze organisatie bestaat niet
acc-err-no-sme = dit mkb-bedrijf bestaat niet
acc-err-last-admin = het netwerk heeft minstens één beheerder nodig
acc-err-email-taken = er bestaat al een account met dit e-mailadres

# Wachtwoorden: wijzigen, vergeten, eenmalige links; uitnodigingen door beheerders.
acc-change-password = Wachtwoord wijzigen
acc-change-password-intro = Typ uw huidige wachtwoord en daarna tweemaal het nieuwe. Alle andere sessies en API-tokens van uw account worden beëindigd; deze browser blijft ingelogd.
acc-password-changed = Uw wachtwoord is gewijzigd. Alle andere sessies en API-tokens van uw account zijn beëindigd.
acc-correct-fields = Verbeter de gemarkeerde velden.
acc-current-password = Huidig wachtwoord
acc-new-password = Nieuw wachtwoord
acc-new-password-hint = Minstens { $min } tekens; geen veelgebruikt wachtwoord en niet uw e-mailadres.
acc-new-password-repeat = Nieuw wachtwoord nogmaals
acc-back-account = Terug naar uw account
acc-form-expired = Het formulier is verlopen. Probeer het opnieuw.
acc-forgot-link = Wachtwoord vergeten?
acc-forgot-title = Wachtwoord vergeten
acc-forgot-intro = Typ het e-mailadres van uw account. We sturen daar een link naartoe om een nieuw wachtwoord te kiezen; de link werkt één keer, binnen een uur.
acc-forgot-send = Link versturen
acc-forgot-sent = Als er een account bestaat voor dit adres, is er een link verstuurd om een nieuw wachtwoord te kiezen. De link werkt één keer, binnen een uur. Niets ontvangen? Kijk in uw spammap, of vraag over een paar minuten opnieuw.
acc-forgot-too-many = Er zijn te veel links aangevraagd. Wacht { $minutes } minuten en probeer het opnieuw.
acc-back-sign-in = Terug naar inloggen
acc-link-gone-title = Deze link werkt niet meer
acc-link-gone = De link is onbekend, verlopen of al gebruikt. Elke link werkt één keer: een link om een wachtwoord te herstellen een uur lang, een uitnodiging zeven dagen lang.
acc-link-ask-again = Vraag een nieuwe link aan
acc-link-done = Uw wachtwoord is opgeslagen. Log er nu mee in; alle eerdere sessies van uw account zijn beëindigd.
acc-link-invitation-title = Welkom bij Landfall: kies uw wachtwoord
acc-link-reset-title = Kies een nieuw wachtwoord
acc-link-invitation-intro = Kies het wachtwoord voor uw account { $email }.
acc-link-reset-intro = Kies een nieuw wachtwoord voor uw account { $email }.
acc-link-save = Wachtwoord opslaan
acc-invite-heading = Iemand uitnodigen
acc-invite-intro = Het account wordt aangemaakt zonder wachtwoord; de persoon krijgt een e-mail met een link om er een te kiezen, zeven dagen geldig. Organisatiebeheerders horen bij een organisatie (beoordelaars kunnen dat), mkb-leden bij een mkb-bedrijf, netwerkcoördinatoren bij geen van beide.
acc-invite-name = Naam
acc-invite-choose-role = Kies een rol
acc-invite-organisation = Organisatie
acc-invite-sme = Mkb-bedrijf
acc-invite-none = Geen
acc-invite-send = Uitnodiging versturen
acc-invite-sent = Er is een uitnodiging verstuurd naar { $email }.
acc-kind-account = Uw account: uitnodigingen en wachtwoordlinks
acc-audit-password-changed = Wachtwoord gewijzigd
acc-audit-password-set = Wachtwoord gekozen met een eenmalige link
acc-err-password-repeat = de twee wachtwoorden verschillen
acc-err-password-same = moet verschillen van uw huidige wachtwoord
acc-err-current-password = is niet uw huidige wachtwoord
acc-invite-sme-more = Alleen de eerste { $count } mkb-bedrijven staan in de lijst. Wilt u iemand van een ander uitnodigen, kies dan "Lid uitnodigen" op de pagina van dat bedrijf.
