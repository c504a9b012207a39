# Notifications and their e-mails, written in each recipient's language.
ntf-email-footer = Landfall. You receive this because of your notification settings: { $settings }
ntf-at-zone = { $at } ({ $zone })
ntf-decision-subject = { $funder } decided on { $reference }
ntf-decision-body = { $funder } has decided on its partners in { $application } ({ $call }): { $decisions }.
ntf-decision-line = { $outcome ->
    [approved] { $partner }: approved, { $amount }
    [approved_with_conditions] { $partner }: approved with conditions, { $amount }
   *[rejected] { $partner }: rejected
}
ntf-deadline-subject = { $call } closes on { $closes }
ntf-deadline-body = Your application { $application } to { $call } is still a draft. Submit it before the deadline, { $closes }; late applications cannot be submitted.
ntf-assignment-subject = Your assignment “{ $title }” was reviewed
ntf-assignment-body = { $verdict ->
    [accepted] { $reviewer } accepted your home assignment “{ $title }”.
   *[changes] { $reviewer } asks for changes to your home assignment “{ $title }”.
}{ $has_comment ->
    [yes] {" "}Comment: “{ $comment }”
   *[no] {""}
}
ntf-session-subject = Invitation: { $session } on { $when }
ntf-session-body = { $sme } is invited to { $session } on { $when } ({ $zone }) at { $venue }, hosted by { $host }. Please accept or decline the invitation.
ntf-meeting-request-subject = { $from } asks to meet you at { $event }
ntf-meeting-request-body = { $from } would like a meeting with { $to } at { $event }. Please answer before { $expires } UTC, when the request expires.{ $has_message ->
    [yes] {" "}Their message: “{ $message }”
   *[no] {""}
}
ntf-meeting-answer-subject = { $status ->
    [accepted] { $name } accepted your meeting request
   *[declined] { $name } declined your meeting request
}
ntf-meeting-answer-body = { $status ->
    [accepted] { $name } accepted your request for a meeting at { $event }; the organisers will place the meeting in a time slot and at a table.
   *[declined] { $name } declined your request for a meeting at { $event }.
}{ $has_message ->
    [yes] {" "}Their answer: “{ $message }”
   *[no] {""}
}
ntf-request-expired-subject = Your meeting request to { $name } expired
ntf-request-expired-body = { $name } did not answer your request for a meeting at { $event } in time. You can send another request while the event is open.
ntf-profile-submitted-subject = { $owner } asks you to review a cooperation profile
ntf-profile-submitted-body = { $owner } has submitted a cooperation profile for your review. It appears in the marketplace once you approve it; if it needs changes, send it back with a note. The profile: “{ $title }”
ntf-profile-reviewed-subject = { $state ->
    [published] Your cooperation profile is published
   *[rejected] Your cooperation profile needs changes
}
ntf-profile-reviewed-body = { $state ->
    [published] { $reviewer } approved your cooperation profile “{ $title }”: it is now in the marketplace, where the network can find it and ask to be introduced.
   *[rejected] { $reviewer } sent your cooperation profile “{ $title }” back for changes. Edit it and submit it again.
}{ $has_note ->
    [yes] {" "}Their note: “{ $note }”
   *[no] {""}
}
ntf-intro-request-subject = { $from } asks to be introduced to you
ntf-intro-request-body = { $from } found your cooperation profile “{ $title }” in the marketplace and would like to be introduced. If you accept, they see the profile's contact details; you may also decline. Their message: “{ $message }”
ntf-intro-answer-subject = { $status ->
    [accepted] { $owner } accepted your request to be introduced
   *[declined] { $owner } declined your request to be introduced
}
ntf-intro-answer-body = { $status ->
    [accepted] { $owner } accepted your request to be introduced: their contact details now show on the page of their profile “{ $title }”
   *[declined] { $owner } declined your request to be introduced through their profile “{ $title }”
}
ntf-agenda-subject = { $state ->
    [preliminary] The preliminary agenda of { $event } is out
   *[final] The final agenda of { $event } is out
}
ntf-agenda-body = { $state ->
    [preliminary] The organisers of { $event } have published the preliminary agenda: your meetings, their times and tables. It is also a calendar file you can subscribe to.
   *[final] The organisers of { $event } have published the final agenda: your meetings, their times and tables. It is also a calendar file you can subscribe to.
}
ntf-survey-subject = { $organisation } asks for your answers: { $survey }
ntf-survey-body = { $follow_up ->
    [no] { $organisation } invites { $recipient } to answer “{ $survey }”. The link below is personal: it takes one response, and needs no account.
   *[other] { $organisation } invites { $recipient } to answer “{ $survey }” (follow-up wave { $wave }). The link below is personal: it takes one response, and needs no account.
}
ntf-reminder-subject = Reminder: { $survey }
ntf-reminder-body = { $organisation } would still like the answers of { $recipient } to “{ $survey }”, to which you were invited on { $sent }. The link below is your personal link; the one in the invitation works as well, and either can be used once.

# Account messages: invitations and links to choose a password.
ntf-account-invitation-subject = You are invited to Landfall
ntf-account-invitation-body = Hello { $name }, { $inviter } has made you an account on Landfall for { $email }. Choose your password with the link below; it works once, within seven days.
ntf-account-reset-subject = Choose a new Landfall password
ntf-account-reset-body = Hello { $name }, someone (hopefully you) asked to choose a new password for your Landfall account. The link below works once, within { $minutes } minutes. If it was not you, ignore this e-mail: your password stays as it is.
ntf-err-always-emailed = account messages always come by e-mail
ntf-email-footer-account = Landfall. You receive this because it concerns your account; such e-mails cannot be turned off.
ntf-session-moved-subject = Changed: { $session }
ntf-session-moved-body = { $session }, to which { $sme } is invited, now takes place on { $when } ({ $zone }) at { $venue }.
ntf-session-cancelled-subject = Cancelled: { $session }
ntf-session-cancelled-body = { $session } on { $when } ({ $zone }), to which { $sme } was invited, has been cancelled by { $host }.
ntf-chapter-reviewed-subject = { $state ->
    [published] Your handbook chapter is published
   *[returned] Your handbook chapter needs changes
}
ntf-chapter-reviewed-body = { $state ->
    [published] { $reviewer } approved the chapter “{ $title }”: it is now in the public handbook.
   *[returned] { $reviewer } returned the chapter “{ $title }” for changes. Edit the draft and submit it again.
}{ $has_note ->
    [yes] {" "}Their note: “{ $note }”
   *[no] {""}
}
ntf-meeting-changed-subject = { $change ->
    [moved] Your meeting with { $with } has moved
   *[other] Your meeting with { $with } is cancelled
}
ntf-meeting-changed-body = { $change ->
    [moved] Your meeting with { $with } at { $event } now starts at { $when } (the event's local time). Your agenda and its calendar file show the new time and place.
    [withdrawn] { $leaving } cancelled their registration for { $event }, so your meeting on { $when } (the event's local time) is off your agenda.
   *[removed] The organisers of { $event } took your meeting with { $with } on { $when } (the event's local time) off your agenda.
}
