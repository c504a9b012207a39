# Notifications and their e-mails, written in each recipient's language.
ntf-email-footer = Landfall. Du får det här e-postmeddelandet på grund av dina aviseringsinställningar: { $settings }
ntf-at-zone = { $at } ({ $zone })
ntf-decision-subject = { $funder } har fattat beslut om { $reference }
ntf-decision-body = { $funder } har fattat beslut om sina partner i { $application } ({ $call }): { $decisions }.
ntf-decision-line = { $outcome ->
    [approved] { $partner }: beviljad, { $amount }
    [approved_with_conditions] { $partner }: beviljad med villkor, { $amount }
   *[rejected] { $partner }: avslagen
}
ntf-deadline-subject = { $call } stänger { $closes }
ntf-deadline-body = Er ansökan { $application } till { $call } är fortfarande ett utkast. Skicka in den före sista dagen, { $closes }; för sena ansökningar kan inte skickas in.
ntf-assignment-subject = Er uppgift ”{ $title }” har granskats
ntf-assignment-body = { $verdict ->
    [accepted] { $reviewer } har godkänt er hemuppgift ”{ $title }”.
   *[changes] { $reviewer } ber om ändringar i er hemuppgift ”{ $title }”.
}{ $has_comment ->
    [yes] {" "}Kommentar: ”{ $comment }”
   *[no] {""}
}
ntf-session-subject = Inbjudan: { $session } den { $when }
ntf-session-body = { $sme } är inbjudet till { $session } den { $when } ({ $zone }) på { $venue }, med { $host } som värd. Tacka ja eller nej till inbjudan.
ntf-meeting-request-subject = { $from } vill träffa er på { $event }
ntf-meeting-request-body = { $from } vill ha ett möte med { $to } på { $event }. Svara före { $expires } UTC, då förfrågan går ut.{ $has_message ->
    [yes] {" "}Deras meddelande: ”{ $message }”
   *[no] {""}
}
ntf-meeting-answer-subject = { $status ->
    [accepted] { $name } har tackat ja till er mötesförfrågan
   *[declined] { $name } har tackat nej till er mötesförfrågan
}
ntf-meeting-answer-body = { $status ->
    [accepted] { $name } har tackat ja till er förfrågan om ett möte på { $event }; arrangörerna placerar mötet i en tidslucka och vid ett bord.
   *[declined] { $name } har tackat nej till er förfrågan om ett möte på { $event }.
}{ $has_message ->
    [yes] {" "}Deras svar: ”{ $message }”
   *[no] {""}
}
ntf-request-expired-subject = Er mötesförfrågan till { $name } har gått ut
ntf-request-expired-body = { $name } svarade inte i tid på er förfrågan om ett möte på { $event }. Ni kan skicka en ny förfrågan medan evenemanget är öppet.
ntf-profile-submitted-subject = { $owner } ber er granska en samarbetsprofil
ntf-profile-submitted-body = { $owner } har skickat in en samarbetsprofil för er granskning. Den visas på marknadsplatsen när ni godkänner den; behöver den ändras, skicka tillbaka den med en kommentar. Profilen: “{ $title }”
ntf-profile-reviewed-subject = { $state ->
    [published] Er samarbetsprofil är publicerad
   *[rejected] Er samarbetsprofil behöver ändras
}
ntf-profile-reviewed-body = { $state ->
    [published] { $reviewer } har godkänt er samarbetsprofil “{ $title }”: den finns nu på marknadsplatsen, där nätverket kan hitta den och be om en introduktion.
   *[rejected] { $reviewer } har skickat tillbaka er samarbetsprofil “{ $title }” för ändringar. Ändra den och skicka in den igen.
}{ $has_note ->
    [yes] {" "}Kommentaren: “{ $note }”
   *[no] {""}
}
ntf-intro-request-subject = { $from } ber att bli introducerade för er
ntf-intro-request-body = { $from } har hittat er samarbetsprofil “{ $title }” på marknadsplatsen och vill bli introducerade. Om ni accepterar ser de profilens kontaktuppgifter; ni kan också tacka nej. Deras meddelande: “{ $message }”
ntf-intro-answer-subject = { $status ->
    [accepted] { $owner } har accepterat er förfrågan om introduktion
   *[declined] { $owner } har tackat nej till er förfrågan om introduktion
}
ntf-intro-answer-body = { $status ->
    [accepted] { $owner } har accepterat er förfrågan om introduktion: deras kontaktuppgifter visas nu på sidan för deras profil “{ $title }”
   *[declined] { $owner } har tackat nej till er förfrågan om introduktion via deras profil “{ $title }”
}
ntf-agenda-subject = { $state ->
    [preliminary] Den preliminära agendan för { $event } är publicerad
   *[final] Den slutliga agendan för { $event } är publicerad
}
ntf-agenda-body = { $state ->
    [preliminary] Arrangörerna av { $event } har publicerat den preliminära agendan: era möten, tider och bord. Den finns också som en kalenderfil som ni kan prenumerera på.
   *[final] Arrangörerna av { $event } har publicerat den slutliga agendan: era möten, tider och bord. Den finns också som en kalenderfil som ni kan prenumerera på.
}
ntf-survey-subject = { $organisation } ber om era svar: { $survey }
ntf-survey-body = { $follow_up ->
    [no] { $organisation } bjuder in { $recipient } att besvara ”{ $survey }”. Länken nedan är personlig: den ger ett svar och kräver inget konto.
   *[other] { $organisation } bjuder in { $recipient } att besvara ”{ $survey }” (uppföljningsomgång { $wave }). Länken nedan är personlig: den ger ett svar och kräver inget konto.
}
ntf-reminder-subject = Påminnelse: { $survey }
ntf-reminder-body = { $organisation } vill fortfarande ha svar från { $recipient } på ”{ $survey }”, som ni bjöds in till { $sent }. Länken nedan är er personliga länk; länken i inbjudan fungerar också, och var och en kan användas en gång.

# Kontomeddelanden: inbjudningar och länkar för att välja lösenord.
ntf-account-invitation-subject = Du är inbjuden till Landfall
ntf-account-invitation-body = Hej { $name }, { $inviter } har skapat ett konto åt dig på Landfall för { $email }. Välj ditt lösenord med länken nedan; den fungerar en gång, inom sju dagar.
ntf-account-reset-subject = Välj ett nytt lösenord till Landfall
ntf-account-reset-body = Hej { $name }, någon (förhoppningsvis du) har bett om att få välja ett nytt lösenord för ditt Landfall-konto. Länken nedan fungerar en gång, inom { $minutes } minuter. Var det inte du kan du bortse från det här meddelandet: ditt lösenord förblir oförändrat.
ntf-err-always-emailed = kontomeddelanden kommer alltid via e-post
ntf-email-footer-account = Landfall. Du får det här meddelandet eftersom det gäller ditt konto; sådana meddelanden kan inte stängas av.
ntf-session-moved-subject = Ändrat: { $session }
ntf-session-moved-body = { $session }, som { $sme } är inbjudet till, äger nu rum { $when } ({ $zone }) på { $venue }.
ntf-session-cancelled-subject = Inställt: { $session }
ntf-session-cancelled-body = { $session } { $when } ({ $zone }), som { $sme } var inbjudet till, har ställts in av { $host }.
ntf-chapter-reviewed-subject = { $state ->
    [published] Ert kapitel i handboken är publicerat
   *[returned] Ert kapitel i handboken behöver ändras
}
ntf-chapter-reviewed-body = { $state ->
    [published] { $reviewer } har godkänt kapitlet “{ $title }”: det finns nu i den öppna handboken.
   *[returned] { $reviewer } har skickat tillbaka kapitlet “{ $title }” för ändringar. Ändra utkastet och skicka in det igen.
}{ $has_note ->
    [yes] {" "}Kommentaren: “{ $note }”
   *[no] {""}
}
ntf-meeting-changed-subject = { $change ->
    [moved] Ert möte med { $with } har flyttats
   *[other] Ert möte med { $with } är inställt
}
ntf-meeting-changed-body = { $change ->
    [moved] Ert möte med { $with } på { $event } börjar nu { $when } (evenemangets lokala tid). Er agenda och dess kalenderfil visar den nya tiden och platsen.
    [withdrawn] { $leaving } har avregistrerat sig från { $event }, så ert möte { $when } (evenemangets lokala tid) är borttaget från er agenda.
   *[removed] Arrangörerna av { $event } har tagit bort ert möte med { $with } { $when } (evenemangets lokala tid) från er agenda.
}
