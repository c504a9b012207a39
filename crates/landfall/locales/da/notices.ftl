# Notifications and their e-mails, written in each recipient's language.
ntf-email-footer = Landfall. Du modtager denne e-mail på grund af dine indstillinger for notifikationer: { $settings }
ntf-at-zone = { $at } ({ $zone })
ntf-decision-subject = { $funder } har truffet afgørelse om { $reference }
ntf-decision-body = { $funder } har truffet afgørelse om sine partnere i { $application } ({ $call }): { $decisions }.
ntf-decision-line = { $outcome ->
    [approved] { $partner }: godkendt, { $amount }
    [approved_with_conditions] { $partner }: godkendt med betingelser, { $amount }
   *[rejected] { $partner }: afvist
}
ntf-deadline-subject = { $call } lukker { $closes }
ntf-deadline-body = Jeres ansøgning { $application } til { $call } er stadig en kladde. Indsend den før fristen, { $closes }; for sene ansøgninger kan ikke indsendes.
ntf-assignment-subject = Jeres opgave “{ $title }” er blevet gennemgået
ntf-assignment-body = { $verdict ->
    [accepted] { $reviewer } har godkendt jeres hjemmeopgave “{ $title }”.
   *[changes] { $reviewer } beder om ændringer i jeres hjemmeopgave “{ $title }”.
}{ $has_comment ->
    [yes] {" "}Kommentar: “{ $comment }”
   *[no] {""}
}
ntf-session-subject = Invitation: { $session } den { $when }
ntf-session-body = { $sme } er inviteret til { $session } den { $when } ({ $zone }) på { $venue }, med { $host } som vært. Tag venligst imod eller afslå invitationen.
ntf-meeting-request-subject = { $from } vil gerne mødes med jer på { $event }
ntf-meeting-request-body = { $from } vil gerne have et møde med { $to } på { $event }. Svar venligst før { $expires } UTC, hvor anmodningen udløber.{ $has_message ->
    [yes] {" "}Deres besked: “{ $message }”
   *[no] {""}
}
ntf-meeting-answer-subject = { $status ->
    [accepted] { $name } har accepteret jeres mødeanmodning
   *[declined] { $name } har afslået jeres mødeanmodning
}
ntf-meeting-answer-body = { $status ->
    [accepted] { $name } har accepteret jeres anmodning om et møde på { $event }; arrangørerne placerer mødet i et tidsrum og ved et bord.
   *[declined] { $name } har afslået jeres anmodning om et møde på { $event }.
}{ $has_message ->
    [yes] {" "}Deres svar: “{ $message }”
   *[no] {""}
}
ntf-request-expired-subject = Jeres mødeanmodning til { $name } er udløbet
ntf-request-expired-body = { $name } svarede ikke i tide på jeres anmodning om et møde på { $event }. I kan sende en ny anmodning, så længe arrangementet er åbent.
ntf-profile-submitted-subject = { $owner } beder jer gennemgå en samarbejdsprofil
ntf-profile-submitted-body = { $owner } har indsendt en samarbejdsprofil til jeres gennemgang. Den vises på markedspladsen, når I godkender den; skal den ændres, så send den tilbage med en bemærkning. Profilen: “{ $title }”
ntf-profile-reviewed-subject = { $state ->
    [published] Jeres samarbejdsprofil er offentliggjort
   *[rejected] Jeres samarbejdsprofil skal ændres
}
ntf-profile-reviewed-body = { $state ->
    [published] { $reviewer } har godkendt jeres samarbejdsprofil “{ $title }”: den er nu på markedspladsen, hvor netværket kan finde den og bede om en introduktion.
   *[rejected] { $reviewer } har sendt jeres samarbejdsprofil “{ $title }” tilbage til ændring. Ret den, og indsend den igen.
}{ $has_note ->
    [yes] {" "}Bemærkningen: “{ $note }”
   *[no] {""}
}
ntf-intro-request-subject = { $from } beder om at blive introduceret til jer
ntf-intro-request-body = { $from } har fundet jeres samarbejdsprofil “{ $title }” på markedspladsen og vil gerne introduceres. Accepterer I, ser de profilens kontaktoplysninger; I kan også afslå. Deres besked: “{ $message }”
ntf-intro-answer-subject = { $status ->
    [accepted] { $owner } har accepteret jeres anmodning om introduktion
   *[declined] { $owner } har afslået jeres anmodning om introduktion
}
ntf-intro-answer-body = { $status ->
    [accepted] { $owner } har accepteret jeres anmodning om introduktion: deres kontaktoplysninger vises nu på siden for deres profil “{ $title }”
   *[declined] { $owner } har afslået jeres anmodning om introduktion via deres profil “{ $title }”
}
ntf-agenda-subject = { $state ->
    [preliminary] Den foreløbige dagsorden for { $event } er udkommet
   *[final] Den endelige dagsorden for { $event } er udkommet
}
ntf-agenda-body = { $state ->
    [preliminary] Arrangørerne af { $event } har offentliggjort den foreløbige dagsorden: jeres møder, tidspunkter og borde. Den findes også som en kalenderfil, I kan abonnere på.
   *[final] Arrangørerne af { $event } har offentliggjort den endelige dagsorden: jeres møder, tidspunkter og borde. Den findes også som en kalenderfil, I kan abonnere på.
}
ntf-survey-subject = { $organisation } beder om jeres svar: { $survey }
ntf-survey-body = { $follow_up ->
    [no] { $organisation } inviterer { $recipient } til at besvare “{ $survey }”. Linket nedenfor er personligt: det giver ét svar og kræver ingen konto.
   *[other] { $organisation } inviterer { $recipient } til at besvare “{ $survey }” (opfølgningsrunde { $wave }). Linket nedenfor er personligt: det giver ét svar og kræver ingen konto.
}
ntf-reminder-subject = Påmindelse: { $survey }
ntf-reminder-body = { $organisation } vil stadig gerne have svar fra { $recipient } på “{ $survey }”, som I blev inviteret til { $sent }. Linket nedenfor er jeres personlige link; linket i invitationen virker også, og hvert af dem kan bruges én gang.

# Kontobeskeder: invitationer og links til at vælge en adgangskode.
ntf-account-invitation-subject = Du er inviteret til Landfall
ntf-account-invitation-body = Hej { $name }, { $inviter } har oprettet en konto til dig på Landfall for { $email }. Vælg din adgangskode med linket nedenfor; det virker én gang inden for syv dage.
ntf-account-reset-subject = Vælg en ny adgangskode til Landfall
ntf-account-reset-body = Hej { $name }, nogen (forhåbentlig dig) har bedt om at vælge en ny adgangskode til din Landfall-konto. Linket nedenfor virker én gang inden for { $minutes } minutter. Var det ikke dig, så se bort fra denne e-mail: din adgangskode forbliver uændret.
ntf-err-always-emailed = kontobeskeder kommer altid med e-mail
ntf-email-footer-account = Landfall. Du modtager denne e-mail, fordi den vedrører din konto; sådanne e-mails kan ikke slås fra.
ntf-session-moved-subject = Ændret: { $session }
ntf-session-moved-body = { $session }, som { $sme } er inviteret til, finder nu sted { $when } ({ $zone }) på { $venue }.
ntf-session-cancelled-subject = Aflyst: { $session }
ntf-session-cancelled-body = { $session } { $when } ({ $zone }), som { $sme } var inviteret til, er aflyst af { $host }.
ntf-chapter-reviewed-subject = { $state ->
    [published] Jeres kapitel i håndbogen er offentliggjort
   *[returned] Jeres kapitel i håndbogen skal ændres
}
ntf-chapter-reviewed-body = { $state ->
    [published] { $reviewer } har godkendt kapitlet “{ $title }”: det står nu i den offentlige håndbog.
   *[returned] { $reviewer } har sendt kapitlet “{ $title }” tilbage til ændring. Ret udkastet, og indsend det igen.
}{ $has_note ->
    [yes] {" "}Bemærkningen: “{ $note }”
   *[no] {""}
}
ntf-meeting-changed-subject = { $change ->
    [moved] Jeres møde med { $with } er flyttet
   *[other] Jeres møde med { $with } er aflyst
}
ntf-meeting-changed-body = { $change ->
    [moved] Jeres møde med { $with } på { $event } begynder nu { $when } (arrangementets lokale tid). Jeres dagsorden og dens kalenderfil viser det nye tidspunkt og sted.
    [withdrawn] { $leaving } har afmeldt sig { $event }, så jeres møde { $when } (arrangementets lokale tid) er taget af jeres dagsorden.
   *[removed] Arrangørerne af { $event } har taget jeres møde med { $with } { $when } (arrangementets lokale tid) af jeres dagsorden.
}
