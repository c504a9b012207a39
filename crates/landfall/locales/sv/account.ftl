# The account pages: sign-in, accounts, your data, audit log, notifications.
# Sign in
acc-sign-in = Logga in
acc-login-heading = Logga in på Landfall
acc-email-address = E-postadress
acc-password = Lösenord
acc-login-no-account = Inget konto? Fråga din inkubator eller nätverkskoordinatorn.
acc-login-directory-before = Vår
acc-login-directory-link = katalog över organisationer
acc-login-directory-after = är öppen för alla.
acc-login-expired = Inloggningsformuläret har gått ut. Försök igen.
acc-login-wrong = E-postadressen eller lösenordet är fel.
acc-login-too-many = För många misslyckade inloggningar. Vänta { $minutes } minuter och försök igen.
# Accounts
acc-accounts = Konton
acc-accounts-count = { $count ->
    [one] { $count } konto
   *[other] { $count } konton
}
acc-accounts-hint-before = Konton läggs till med
acc-accounts-hint-after = ; personer kan också bjudas in med formuläret nedan.
acc-search = Hitta ett konto
acc-search-hint = E-postadress eller namn
acc-col-email = E-post
acc-col-name = Namn
acc-col-role = Roll
acc-col-belongs-to = Tillhör
acc-col-created = Skapad
# Your account and data
acc-account-title = Ditt konto och dina uppgifter
acc-signed-in-as = Inloggad som
acc-download-heading = Ladda ner dina uppgifter
acc-download-text = En JSON-fil med allt Landfall har om dig: ditt konto, dina aviseringar och inställningar.
acc-download-text-sme = En JSON-fil med allt Landfall har om dig: ditt konto, dina aviseringar och inställningar samt ditt företags uppgifter (med interna siffror och kontaktpersoner), dess resultatposter och årssiffror, dess samarbetsprofiler och dess programdeltaganden.
acc-download-button = Ladda ner mina uppgifter
acc-close-heading = Avsluta ditt konto
acc-close-text = Ditt konto, dina sessioner och aviseringar raderas och ditt namn tas bort ur granskningsloggen. Det du har registrerat för din organisation stannar kvar hos den. Det går inte att ångra.
acc-close-text-sme = Om även ditt företags personuppgifter ska raderas, fråga nätverkskoordinatorn.
acc-close-confirm-label = Skriv din e-postadress för att bekräfta
acc-close-confirm-error = Skriv din e-postadress för att bekräfta.
acc-close-button = Avsluta mitt konto
# Audit log
acc-audit-title = Granskningslogg
acc-audit-intro = Känsliga åtgärder: konton och roller, finansieringsbeslut, export av interna uppgifter eller personuppgifter, raderingar. Posterna skrivs tillsammans med ändringen de registrerar och redigeras aldrig; namnet på en raderad person ersätts.
acc-audit-action = Åtgärd
acc-all = Alla
acc-show = Visa
acc-audit-empty = Inget registrerat.
acc-audit-when = När (UTC)
acc-audit-who = Vem
acc-audit-subject = Gäller
acc-audit-what = Vad
acc-audit-account-created = Konto skapat
acc-audit-role-changed = Roll ändrad
acc-audit-account-erased = Konto raderat
acc-audit-funding-decision = Finansieringsbeslut
acc-audit-export = Data exporterade
acc-audit-personal-data-export = Personuppgifter exporterade
acc-audit-organisation-deleted = Organisation raderad
acc-audit-sme-deleted = Småföretag raderat
acc-audit-sme-erased = Småföretagets personuppgifter raderade
acc-audit-outcome-retracted = Resultatpost återkallad
acc-audit-indicator-changed = Indikator ändrad
acc-audit-indicator-removed = Indikator borttagen
acc-audit-participant-removed = Deltagare borttagen från ett program
acc-audit-plan-deleted = Internationaliseringsplan borttagen
acc-audit-instrument-deleted = Instrument borttaget
acc-audit-meeting-removed = Möte borttaget från ett evenemang
# Notifications
acc-notifications = Aviseringar
acc-email-settings = E-postinställningar
acc-notifications-empty = Inget än. Inbjudningar, mötesförfrågningar, granskningar, beslut och tidsfrister som gäller dig visas här.
acc-unread = { $count ->
    [one] { $count } oläst.
   *[other] { $count } olästa.
}
acc-mark-all-read = Markera alla som lästa
acc-open = Öppna
acc-mark-read = Markera som läst
acc-emailed-sent = skickad med e-post
acc-emailed-pending = e-post på väg
acc-emailed-logged = e-post skrivet till serverloggen
acc-emailed-failed = e-post kunde inte skickas
acc-kind-session-invitation = Inbjudningar till programträffar
acc-kind-meeting-request = Mötesförfrågningar vid matchmaking-evenemang
acc-kind-meeting-answer = Svar på dina mötesförfrågningar
acc-kind-request-expired = Mötesförfrågningar som gick ut obesvarade
acc-kind-agenda-published = Publicerade agendor för matchmaking-evenemang
acc-kind-assignment-reviewed = Granskningar av hemuppgifter
acc-kind-survey-invitation = Inbjudningar till enkäter
acc-kind-survey-reminder = Påminnelser om enkäter
acc-kind-call-deadline = Tidsfrister i gemensamma utlysningar för dina utkast
acc-kind-funding-decision = Finansieringsbeslut om dina ansökningar
acc-back-notifications = ← Aviseringar
acc-settings-title = Inställningar för aviseringar
acc-saved = Sparat.
acc-settings-intro = Alla aviseringar visas i Landfall. Välj vilka som också ska komma med e-post.
acc-send-by-email = Skicka med e-post
acc-save = Spara

# Refusals of account forms (roles, e-mail addresses, password rules).
acc-err-admin-affiliation = en administratör hör till hela nätverket, inte till en organisation
acc-err-manager-affiliation = en chef måste höra till en organisation (inte ett småföretag)
acc-err-sme-affiliation = ett företagskonto måste höra till ett småföretag
acc-err-evaluator-affiliation = en bedömare kan inte höra till ett småföretag
acc-err-email-too-long = är för lång för en e-postadress
acc-err-password-email = får inte innehålla din e-postadress
acc-err-password-short = måste ha minst { $min } tecken
acc-err-password-long = får ha högst { $max } tecken
acc-err-password-spaces = får inte bara bestå av mellanslag
acc-err-password-common = är ett av de vanligaste lösenorden; välj ett annat
acc-err-password-distinct = måste innehålla minst fyra olika tecken
acc-err-no-organisation = organisationen finns inte
acc-err-no-sme = företaget finns inte
acc-err-last-admin = nätverket behöver minst en administratör
acc-err-email-taken = det finns redan ett konto med den här e-postadressen

# Lösenord: byta, glömt, engångslänkar; inbjudningar från administratörer.
acc-change-password = Byt lösenord
acc-change-password-intro = Skriv ditt nuvarande lösenord och sedan det nya två gånger. Alla andra sessioner och API-nycklar för ditt konto avslutas; den här webbläsaren förblir inloggad.
acc-password-changed = Ditt lösenord har bytts. Alla andra sessioner och API-nycklar för ditt konto har avslutats.
acc-correct-fields = Rätta de markerade fälten.
acc-current-password = Nuvarande lösenord
acc-new-password = Nytt lösenord
acc-new-password-hint = Minst { $min } tecken; inte ett vanligt lösenord och inte din e-postadress.
acc-new-password-repeat = Nytt lösenord igen
acc-back-account = Tillbaka till ditt konto
acc-form-expired = Formuläret har gått ut. Försök igen.
acc-forgot-link = Glömt ditt lösenord?
acc-forgot-title = Glömt lösenord
acc-forgot-intro = Skriv e-postadressen för ditt konto. Vi skickar en länk dit för att välja ett nytt lösenord; länken fungerar en gång, inom en timme.
acc-forgot-send = Skicka länken
acc-forgot-sent = Om det finns ett konto för den här adressen har en länk för att välja ett nytt lösenord skickats dit. Länken fungerar en gång, inom en timme. Har inget kommit? Titta i skräppostmappen, eller be om en ny om några minuter.
acc-forgot-too-many = För många länkar har begärts. Vänta { $minutes } minuter och försök igen.
acc-back-sign-in = Tillbaka till inloggningen
acc-link-gone-title = Den här länken fungerar inte längre
acc-link-gone = Länken är okänd, har gått ut eller har redan använts. Varje länk fungerar en gång: en länk för att återställa lösenordet i en timme, en inbjudan i sju dagar.
acc-link-ask-again = Be om en ny länk
acc-link-done = Ditt lösenord är sparat. Logga in med det nu; alla tidigare sessioner för ditt konto har avslutats.
acc-link-invitation-title = Välkommen till Landfall: välj ditt lösenord
acc-link-reset-title = Välj ett nytt lösenord
acc-link-invitation-intro = Välj lösenordet för ditt konto { $email }.
acc-link-reset-intro = Välj ett nytt lösenord för ditt konto { $email }.
acc-link-save = Spara lösenordet
acc-invite-heading = Bjud in en person
acc-invite-intro = Kontot skapas utan lösenord; personen får ett e-postmeddelande med en länk för att välja ett, giltig i sju dagar. Organisationsansvariga hör till en organisation (bedömare kan), företagsmedlemmar till ett företag, nätverkssamordnare till ingetdera.
acc-invite-name = Namn
acc-invite-choose-role = Välj en roll
acc-invite-organisation = Organisation
acc-invite-sme = Företag
acc-invite-none = Ingen
acc-invite-send = Skicka inbjudan
acc-invite-sent = En inbjudan har skickats till { $email }.
acc-kind-account = Ditt konto: inbjudningar och lösenordslänkar
acc-audit-password-changed = Lösenord bytt
acc-audit-password-set = Lösenord valt med en engångslänk
acc-err-password-repeat = de två lösenorden skiljer sig åt
acc-err-password-same = måste skilja sig från ditt nuvarande lösenord
acc-err-current-password = är inte ditt nuvarande lösenord
acc-invite-sme-more = Bara de första { $count } småföretagen står i listan. Vill du bjuda in någon från ett annat, välj ”Bjud in en medlem” på företagets sida.
