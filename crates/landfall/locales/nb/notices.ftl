# Notifications and their e-mails, written in each recipient's language.
ntf-email-footer = Landfall. Du får denne e-posten på grunn av varslingsinnstillingene dine: { $settings }
ntf-at-zone = { $at } ({ $zone })
ntf-decision-subject = { $funder } har fattet vedtak om { $reference }
ntf-decision-body = { $funder } har fattet vedtak om sine partnere i { $application } ({ $call }): { $decisions }.
ntf-decision-line = { $outcome ->
    [approved] { $partner }: innvilget, { $amount }
    [approved_with_conditions] { $partner }: innvilget med vilkår, { $amount }
   *[rejected] { $partner }: avslått
}
ntf-deadline-subject = { $call } stenger { $closes }
ntf-deadline-body = Søknaden { $application } til { $call } er fortsatt et utkast. Send den inn før fristen, { $closes }; søknader som kommer for sent, kan ikke sendes inn.
ntf-assignment-subject = Oppgaven “{ $title }” er gjennomgått
ntf-assignment-body = { $verdict ->
    [accepted] { $reviewer } har godkjent hjemmeoppgaven “{ $title }”.
   *[changes] { $reviewer } ber om endringer i hjemmeoppgaven “{ $title }”.
}{ $has_comment ->
    [yes] {" "}Kommentar: “{ $comment }”
   *[no] {""}
}
ntf-session-subject = Invitasjon: { $session } { $when }
ntf-session-body = { $sme } er invitert til { $session } { $when } ({ $zone }) på { $venue }, med { $host } som vert. Vennligst godta eller avslå invitasjonen.
ntf-meeting-request-subject = { $from } ønsker et møte med dere på { $event }
ntf-meeting-request-body = { $from } ønsker et møte med { $to } på { $event }. Svar før { $expires } UTC, da forespørselen utløper.{ $has_message ->
    [yes] {" "}Meldingen deres: “{ $message }”
   *[no] {""}
}
ntf-meeting-answer-subject = { $status ->
    [accepted] { $name } har takket ja til møteforespørselen deres
   *[declined] { $name } har takket nei til møteforespørselen deres
}
ntf-meeting-answer-body = { $status ->
    [accepted] { $name } har takket ja til forespørselen deres om et møte på { $event }; arrangørene plasserer møtet i et tidsrom og ved et bord.
   *[declined] { $name } har takket nei til forespørselen deres om et møte på { $event }.
}{ $has_message ->
    [yes] {" "}Svaret deres: “{ $message }”
   *[no] {""}
}
ntf-request-expired-subject = Møteforespørselen deres til { $name } har utløpt
ntf-request-expired-body = { $name } svarte ikke i tide på forespørselen deres om et møte på { $event }. Dere kan sende en ny forespørsel mens arrangementet er åpent.
ntf-profile-submitted-subject = { $owner } ber dere gå gjennom en samarbeidsprofil
ntf-profile-submitted-body = { $owner } har sendt inn en samarbeidsprofil til gjennomgang hos dere. Den vises på markedsplassen når dere godkjenner den; trenger den endringer, send den tilbake med en merknad. Profilen: “{ $title }”
ntf-profile-reviewed-subject = { $state ->
    [published] Samarbeidsprofilen deres er publisert
   *[rejected] Samarbeidsprofilen deres må endres
}
ntf-profile-reviewed-body = { $state ->
    [published] { $reviewer } har godkjent samarbeidsprofilen deres “{ $title }”: den er nå på markedsplassen, der nettverket kan finne den og be om en introduksjon.
   *[rejected] { $reviewer } har sendt samarbeidsprofilen deres “{ $title }” tilbake for endringer. Rett den og send den inn på nytt.
}{ $has_note ->
    [yes] {" "}Merknaden: “{ $note }”
   *[no] {""}
}
ntf-intro-request-subject = { $from } ber om å bli introdusert for dere
ntf-intro-request-body = { $from } har funnet samarbeidsprofilen deres “{ $title }” på markedsplassen og vil gjerne bli introdusert. Godtar dere, ser de profilens kontaktopplysninger; dere kan også avslå. Meldingen deres: “{ $message }”
ntf-intro-answer-subject = { $status ->
    [accepted] { $owner } har godtatt forespørselen deres om introduksjon
   *[declined] { $owner } har avslått forespørselen deres om introduksjon
}
ntf-intro-answer-body = { $status ->
    [accepted] { $owner } har godtatt forespørselen deres om introduksjon: kontaktopplysningene deres vises nå på siden til profilen “{ $title }”
   *[declined] { $owner } har avslått forespørselen deres om introduksjon gjennom profilen “{ $title }”
}
ntf-agenda-subject = { $state ->
    [preliminary] Den foreløpige agendaen for { $event } er publisert
   *[final] Den endelige agendaen for { $event } er publisert
}
ntf-agenda-body = { $state ->
    [preliminary] Arrangørene av { $event } har publisert den foreløpige agendaen: møtene deres, tidspunktene og bordene. Den finnes også som en kalenderfil dere kan abonnere på.
   *[final] Arrangørene av { $event } har publisert den endelige agendaen: møtene deres, tidspunktene og bordene. Den finnes også som en kalenderfil dere kan abonnere på.
}
ntf-survey-subject = { $organisation } ber om svarene deres: { $survey }
ntf-survey-body = { $follow_up ->
    [no] { $organisation } inviterer { $recipient } til å svare på “{ $survey }”. Lenken nedenfor er personlig: den gir ett svar og krever ingen konto.
   *[other] { $organisation } inviterer { $recipient } til å svare på “{ $survey }” (oppfølgingsrunde { $wave }). Lenken nedenfor er personlig: den gir ett svar og krever ingen konto.
}
ntf-reminder-subject = Påminnelse: { $survey }
ntf-reminder-body = { $organisation } ønsker fortsatt svarene fra { $recipient } på “{ $survey }”, som dere ble invitert til { $sent }. Lenken nedenfor er deres personlige lenke; lenken i invitasjonen virker også, og hver av dem kan brukes én gang.

# Kontomeldinger: invitasjoner og lenker for å velge passord.
ntf-account-invitation-subject = Du er invitert til Landfall
ntf-account-invitation-body = Hei { $name }, { $inviter } har opprettet en konto til deg på Landfall for { $email }. Velg passordet ditt med lenken nedenfor; den virker én gang, innen sju dager.
ntf-account-reset-subject = Velg et nytt passord til Landfall
ntf-account-reset-body = Hei { $name }, noen (forhåpentligvis du) har bedt om å velge et nytt passord for Landfall-kontoen din. Lenken nedenfor virker én gang, innen { $minutes } minutter. Var det ikke deg, kan du se bort fra denne e-posten: passordet ditt forblir uendret.
ntf-err-always-emailed = kontomeldinger kommer alltid på e-post
ntf-email-footer-account = Landfall. Du mottar denne e-posten fordi den gjelder kontoen din; slike e-poster kan ikke slås av.
ntf-session-moved-subject = Endret: { $session }
ntf-session-moved-body = { $session }, som { $sme } er invitert til, holdes nå { $when } ({ $zone }) på { $venue }.
ntf-session-cancelled-subject = Avlyst: { $session }
ntf-session-cancelled-body = { $session } { $when } ({ $zone }), som { $sme } var invitert til, er avlyst av { $host }.
ntf-chapter-reviewed-subject = { $state ->
    [published] Kapittelet deres i håndboken er publisert
   *[returned] Kapittelet deres i håndboken må endres
}
ntf-chapter-reviewed-body = { $state ->
    [published] { $reviewer } har godkjent kapittelet “{ $title }”: det står nå i den offentlige håndboken.
   *[returned] { $reviewer } har sendt kapittelet “{ $title }” tilbake for endringer. Rett utkastet og send det inn på nytt.
}{ $has_note ->
    [yes] {" "}Merknaden: “{ $note }”
   *[no] {""}
}
ntf-meeting-changed-subject = { $change ->
    [moved] Møtet deres med { $with } er flyttet
   *[other] Møtet deres med { $with } er avlyst
}
ntf-meeting-changed-body = { $change ->
    [moved] Møtet deres med { $with } på { $event } begynner nå { $when } (arrangementets lokale tid). Agendaen deres og kalenderfilen viser ny tid og nytt sted.
    [withdrawn] { $leaving } har meldt seg av { $event }, så møtet deres { $when } (arrangementets lokale tid) er tatt av agendaen.
   *[removed] Arrangørene av { $event } har tatt møtet deres med { $with } { $when } (arrangementets lokale tid) av agendaen.
}
