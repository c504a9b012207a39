# Notifications and their e-mails, written in each recipient's language.
ntf-email-footer = Landfall. U ontvangt dit bericht vanwege uw meldingsinstellingen: { $settings }
ntf-at-zone = { $at } ({ $zone })
ntf-decision-subject = { $funder } heeft besloten over { $reference }
ntf-decision-body = { $funder } heeft besloten over zijn partners in { $application } ({ $call }): { $decisions }.
ntf-decision-line = { $outcome ->
    [approved] { $partner }: toegekend, { $amount }
    [approved_with_conditions] { $partner }: onder voorwaarden toegekend, { $amount }
   *[rejected] { $partner }: afgewezen
}
ntf-deadline-subject = { $call } sluit op { $closes }
ntf-deadline-body = Uw aanvraag { $application } voor { $call } is nog een concept. Dien haar in vóór de deadline, { $closes }; te late aanvragen kunnen niet worden ingediend.
ntf-assignment-subject = Uw opdracht ‘{ $title }’ is beoordeeld
ntf-assignment-body = { $verdict ->
    [accepted] { $reviewer } heeft uw thuisopdracht ‘{ $title }’ goedgekeurd.
   *[changes] { $reviewer } vraagt om wijzigingen in uw thuisopdracht ‘{ $title }’.
}{ $has_comment ->
    [yes] {" "}Opmerking: ‘{ $comment }’
   *[no] {""}
}
ntf-session-subject = Uitnodiging: { $session } op { $when }
ntf-session-body = { $sme } is uitgenodigd voor { $session } op { $when } ({ $zone }) in { $venue }, met { $host } als gastheer. Neem de uitnodiging aan of wijs haar af.
ntf-meeting-request-subject = { $from } wil u ontmoeten op { $event }
ntf-meeting-request-body = { $from } wil graag een gesprek met { $to } op { $event }. Antwoord vóór { $expires } UTC; dan vervalt het verzoek.{ $has_message ->
    [yes] {" "}Hun bericht: ‘{ $message }’
   *[no] {""}
}
ntf-meeting-answer-subject = { $status ->
    [accepted] { $name } heeft uw gespreksverzoek aanvaard
   *[declined] { $name } heeft uw gespreksverzoek afgewezen
}
ntf-meeting-answer-body = { $status ->
    [accepted] { $name } heeft uw verzoek om een gesprek op { $event } aanvaard; de organisatoren plaatsen het gesprek in een tijdslot en aan een tafel.
   *[declined] { $name } heeft uw verzoek om een gesprek op { $event } afgewezen.
}{ $has_message ->
    [yes] {" "}Hun antwoord: ‘{ $message }’
   *[no] {""}
}
ntf-request-expired-subject = Uw gespreksverzoek aan { $name } is verlopen
ntf-request-expired-body = { $name } heeft uw verzoek om een gesprek op { $event } niet op tijd beantwoord. U kunt een nieuw verzoek sturen zolang het evenement open is.
ntf-profile-submitted-subject = { $owner } vraagt u een samenwerkingsprofiel te beoordelen
ntf-profile-submitted-body = { $owner } heeft een samenwerkingsprofiel ter beoordeling ingediend. Het verschijnt op de marktplaats zodra u het goedkeurt; moet het worden aangepast, stuur het dan terug met een opmerking. Het profiel: “{ $title }”
ntf-profile-reviewed-subject = { $state ->
    [published] Uw samenwerkingsprofiel is gepubliceerd
   *[rejected] Uw samenwerkingsprofiel moet worden aangepast
}
ntf-profile-reviewed-body = { $state ->
    [published] { $reviewer } heeft uw samenwerkingsprofiel “{ $title }” goedgekeurd: het staat nu op de marktplaats, waar het netwerk het kan vinden en om kennismaking kan vragen.
   *[rejected] { $reviewer } heeft uw samenwerkingsprofiel “{ $title }” teruggestuurd voor aanpassingen. Pas het aan en dien het opnieuw in.
}{ $has_note ->
    [yes] {" "}De opmerking: “{ $note }”
   *[no] {""}
}
ntf-intro-request-subject = { $from } vraagt om met u kennis te maken
ntf-intro-request-body = { $from } heeft uw samenwerkingsprofiel “{ $title }” op de marktplaats gevonden en wil graag kennismaken. Als u accepteert, zien zij de contactgegevens van het profiel; u kunt ook weigeren. Hun bericht: “{ $message }”
ntf-intro-answer-subject = { $status ->
    [accepted] { $owner } heeft uw verzoek om kennismaking geaccepteerd
   *[declined] { $owner } heeft uw verzoek om kennismaking geweigerd
}
ntf-intro-answer-body = { $status ->
    [accepted] { $owner } heeft uw verzoek om kennismaking geaccepteerd: hun contactgegevens staan nu op de pagina van hun profiel “{ $title }”
   *[declined] { $owner } heeft uw verzoek om kennismaking geweigerd. Het profiel: “{ $title }”
}
ntf-agenda-subject = { $state ->
    [preliminary] De voorlopige agenda van { $event } is uit
   *[final] De definitieve agenda van { $event } is uit
}
ntf-agenda-body = { $state ->
    [preliminary] De organisatoren van { $event } hebben de voorlopige agenda gepubliceerd: uw gesprekken, tijden en tafels. Hij is ook een agendabestand waarop u zich kunt abonneren.
   *[final] De organisatoren van { $event } hebben de definitieve agenda gepubliceerd: uw gesprekken, tijden en tafels. Hij is ook een agendabestand waarop u zich kunt abonneren.
}
ntf-survey-subject = { $organisation } vraagt om uw antwoorden: { $survey }
ntf-survey-body = { $follow_up ->
    [no] { $organisation } nodigt { $recipient } uit om ‘{ $survey }’ te beantwoorden. De link hieronder is persoonlijk: hij geldt voor één antwoord en vraagt geen account.
   *[other] { $organisation } nodigt { $recipient } uit om ‘{ $survey }’ te beantwoorden (vervolgronde { $wave }). De link hieronder is persoonlijk: hij geldt voor één antwoord en vraagt geen account.
}
ntf-reminder-subject = Herinnering: { $survey }
ntf-reminder-body = { $organisation } wil nog steeds graag de antwoorden van { $recipient } op ‘{ $survey }’, waarvoor u op { $sent } bent uitgenodigd. De link hieronder is uw persoonlijke link; de link uit de uitnodiging werkt ook, en elk van beide kan één keer worden gebruikt.

# Accountberichten: uitnodigingen en links om een wachtwoord te kiezen.
ntf-account-invitation-subject = U bent uitgenodigd voor Landfall
ntf-account-invitation-body = Hallo { $name }, { $inviter } heeft een account voor u aangemaakt op Landfall voor { $email }. Kies uw wachtwoord met de link hieronder; die werkt één keer, binnen zeven dagen.
ntf-account-reset-subject = Kies een nieuw wachtwoord voor Landfall
ntf-account-reset-body = Hallo { $name }, iemand (hopelijk u) heeft gevraagd om een nieuw wachtwoord te kiezen voor uw Landfall-account. De link hieronder werkt één keer, binnen { $minutes } minuten. Was u het niet, negeer dan deze e-mail: uw wachtwoord blijft ongewijzigd.
ntf-err-always-emailed = accountberichten komen altijd per e-mail
ntf-email-footer-account = Landfall. U ontvangt dit bericht omdat het uw account betreft; zulke e-mails kunnen niet worden uitgezet.
ntf-session-moved-subject = Gewijzigd: { $session }
ntf-session-moved-body = { $session }, waarvoor { $sme } is uitgenodigd, vindt nu plaats op { $when } ({ $zone }) in { $venue }.
ntf-session-cancelled-subject = Geannuleerd: { $session }
ntf-session-cancelled-body = { $session } op { $when } ({ $zone }), waarvoor { $sme } was uitgenodigd, is geannuleerd door { $host }.
ntf-chapter-reviewed-subject = { $state ->
    [published] Uw handboekhoofdstuk is gepubliceerd
   *[returned] Uw handboekhoofdstuk moet worden aangepast
}
ntf-chapter-reviewed-body = { $state ->
    [published] { $reviewer } heeft het hoofdstuk “{ $title }” goedgekeurd: het staat nu in het openbare handboek.
   *[returned] { $reviewer } heeft het hoofdstuk “{ $title }” teruggestuurd voor aanpassingen. Pas het concept aan en dien het opnieuw in.
}{ $has_note ->
    [yes] {" "}De opmerking: “{ $note }”
   *[no] {""}
}
ntf-meeting-changed-subject = { $change ->
    [moved] Uw afspraak met { $with } is verplaatst
   *[other] Uw afspraak met { $with } is geannuleerd
}
ntf-meeting-changed-body = { $change ->
    [moved] Uw afspraak met { $with } op { $event } begint nu op { $when } (lokale tijd van het evenement). Uw agenda en het agendabestand tonen de nieuwe tijd en plaats.
    [withdrawn] { $leaving } heeft de inschrijving voor { $event } ingetrokken, dus uw afspraak op { $when } (lokale tijd van het evenement) staat niet meer op uw agenda.
   *[removed] De organisatoren van { $event } hebben uw afspraak met { $with } op { $when } (lokale tijd van het evenement) van uw agenda gehaald.
}
