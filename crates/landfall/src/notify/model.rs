//! Notifications' rules, without I/O: what a notification is about, how an
//! e-mail is retried, and what it says.

use chrono::Duration;

use crate::i18n::{Locale, Text};
use crate::registry::model::vocabulary;

vocabulary! {
    /// What a notification is about; users choose per kind whether it also
    /// comes by e-mail.
    Kind, "a notification kind" {
        SessionInvitation => "session_invitation", "Invitations to programme sessions";
        MeetingRequest => "meeting_request", "Meeting requests at matchmaking events";
        MeetingAnswer => "meeting_answer", "Answers to your meeting requests";
        RequestExpired => "request_expired", "Meeting requests that expired unanswered";
        AgendaPublished => "agenda_published", "Published agendas of matchmaking events";
        MeetingChanged => "meeting_changed", "Meetings of your published agenda that moved or were cancelled";
        ProfileSubmitted => "profile_submitted", "Cooperation profiles waiting for your review";
        ProfileReviewed => "profile_reviewed", "Reviews of your cooperation profiles";
        IntroductionRequest => "introduction_request", "Requests to be introduced through your profiles";
        IntroductionAnswer => "introduction_answer", "Answers to your requests for introductions";
        AssignmentReviewed => "assignment_reviewed", "Reviews of home assignments";
        ChapterReviewed => "chapter_reviewed", "Reviews of your organisation's handbook chapters";
        SurveyInvitation => "survey_invitation", "Survey invitations";
        SurveyReminder => "survey_reminder", "Survey reminders";
        CallDeadline => "call_deadline", "Joint call deadlines for your drafts";
        FundingDecision => "funding_decision", "Funding decisions on your applications";
        Account => "account", "Your account: invitations and password links";
    }
}

impl Kind {
    /// Whether the person chooses if this kind comes by e-mail. Messages
    /// about the account itself (an invitation, a link to set a password)
    /// always do: they are useless anywhere else.
    pub fn optional(self) -> bool {
        self != Kind::Account
    }
}

vocabulary! {
    /// Where a notification's e-mail is.
    EmailStatus, "an e-mail status" {
        Off => "off", "Not sent by e-mail (turned off)";
        Pending => "pending", "Waiting to be sent";
        Sending => "sending", "Being sent";
        Sent => "sent", "Sent";
        Logged => "logged", "Written to the log (no mail server configured)";
        Failed => "failed", "Could not be sent";
    }
}

/// What happened, for whom to read: a subject line, a few sentences, and
/// the page it is about. Subject and body are messages of the catalogue,
/// written in each recipient's language when the notification is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: Kind,
    pub subject: Text,
    pub body: Text,
    /// A path on this site (`/applications/12`), or a whole address, or empty.
    pub link: String,
    /// The account whose person the text names, if it names one.
    pub mentions: Option<i64>,
}

impl Notice {
    pub fn new(kind: Kind, subject: Text, body: Text, link: impl Into<String>) -> Self {
        Self {
            kind,
            subject,
            body,
            link: link.into(),
            mentions: None,
        }
    }

    /// Says that the text names the person of account `user_id` (who sent
    /// an invitation, who reviewed), so that closing that account takes the
    /// name out of the notice as stored.
    pub fn naming(mut self, user_id: i64) -> Self {
        self.mentions = Some(user_id);
        self
    }
}

/// A notice as written for one recipient, as stored and shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub kind: Kind,
    pub subject: String,
    pub body: String,
    pub link: String,
}

impl Notice {
    /// The notice in `locale`.
    pub fn written(&self, locale: Locale) -> Written {
        Written {
            kind: self.kind,
            subject: self.subject.render(locale),
            body: self.body.render(locale),
            link: self.link.clone(),
        }
    }
}

/// A notice's text with an erased party taken out of it: `name` becomes
/// `replacement` wherever it stands as a whole (not inside a longer name),
/// and each of `quoted` (what the party wrote) is cut where a notice quotes
/// it, as its last words between quotation marks, leaving an ellipsis (the
/// same in every language) between the marks. The notices are stored
/// as written, in each recipient's language, so the text is all there is to
/// change.
pub fn without_party(text: &str, name: &str, replacement: &str, quoted: &[String]) -> String {
    const MARKS: [char; 9] = ['“', '”', '„', '‘', '’', '«', '»', '"', '\''];
    let mut text = text.to_string();
    for quote in quoted.iter().filter(|q| !q.is_empty()) {
        let Some((close, mark)) = text.char_indices().next_back() else {
            break;
        };
        if let Some(before) = text[..close].strip_suffix(quote.as_str())
            && MARKS.contains(&mark)
            && before.ends_with(MARKS)
        {
            text = format!("{before}…{mark}");
        }
    }
    if name.trim().is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (at, _) in text.match_indices(name) {
        let end = at + name.len();
        let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if glued(text[..at].chars().next_back()) || glued(text[end..].chars().next()) {
            continue;
        }
        out.push_str(&text[rest..at]);
        out.push_str(replacement);
        rest = end;
    }
    out.push_str(&text[rest..]);
    out
}

/// A notice's text with all it quotes cut: from its first opening quotation
/// mark to the closing one that ends it, an ellipsis stays between the marks.
/// For notices about something an erased party wrote that may have changed
/// since (a profile's title as it was then), where the words themselves
/// cannot be looked for.
pub fn without_quotes(text: &str) -> String {
    const OPENING: [char; 3] = ['“', '„', '«'];
    const CLOSING: [char; 3] = ['”', '“', '»'];
    let Some((close, mark)) = text.char_indices().next_back() else {
        return text.to_string();
    };
    if !CLOSING.contains(&mark) {
        return text.to_string();
    }
    match text[..close].find(OPENING) {
        Some(open) => {
            let after_open = open + text[open..].chars().next().map_or(0, char::len_utf8);
            format!("{}…{mark}", &text[..after_open])
        }
        None => text.to_string(),
    }
}

/// Sending is tried this many times before the e-mail counts as failed.
pub const MAX_ATTEMPTS: i32 = 6;

/// How long to wait before the next try after `attempts` failed ones, or
/// `None` to give up: 1 minute, then 5, 30, 2 hours, 12 hours.
pub fn retry_after(attempts: i32) -> Option<Duration> {
    match attempts {
        1 => Some(Duration::minutes(1)),
        2 => Some(Duration::minutes(5)),
        3 => Some(Duration::minutes(30)),
        4 => Some(Duration::hours(2)),
        5 => Some(Duration::hours(12)),
        _ => None,
    }
}

/// How long a claimed e-mail is held by the instance sending it; after that
/// another instance may try (the first one crashed).
pub const SENDING_LEASE: Duration = Duration::minutes(5);

/// The e-mail's text: the notification, its link in full, and how to stop
/// such e-mails.
pub fn email_text(notice: &Written, public_url: &str, locale: Locale) -> String {
    let mut text = notice.body.trim().to_string();
    if !notice.link.is_empty() {
        text.push_str("\n\n");
        if notice.link.starts_with("http://") || notice.link.starts_with("https://") {
            text.push_str(&notice.link);
        } else {
            text.push_str(public_url.trim_end_matches('/'));
            text.push_str(&notice.link);
        }
    }
    text.push_str("\n\n-- \n");
    // Account messages are not a choice, so they do not point at the settings.
    if !notice.kind.optional() {
        text.push_str(&crate::i18n::translate(
            locale,
            "ntf-email-footer-account",
            &[],
        ));
        return text;
    }
    text.push_str(&crate::i18n::translate(
        locale,
        "ntf-email-footer",
        &[(
            "settings",
            format!(
                "{}/notifications/settings",
                public_url.trim_end_matches('/')
            )
            .into(),
        )],
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_then_give_up() {
        assert_eq!(retry_after(1), Some(Duration::minutes(1)));
        assert_eq!(retry_after(5), Some(Duration::hours(12)));
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
        let mut total = Duration::zero();
        for attempt in 1..MAX_ATTEMPTS {
            total += retry_after(attempt).unwrap();
        }
        assert!(total < Duration::days(1), "an e-mail gives up within a day");
    }

    #[test]
    fn emails_link_back_in_full() {
        let notice = Written {
            kind: Kind::FundingDecision,
            subject: "Decision on 2027-0012".into(),
            body: "The Danish agency approved your part.".into(),
            link: "/applications/12".into(),
        };
        let text = email_text(&notice, "https://landfall.example/", Locale::En);
        assert!(text.starts_with(
            "The Danish agency approved your part.\n\nhttps://landfall.example/applications/12\n"
        ));
        assert!(text.contains(
            "because of your notification settings: https://landfall.example/notifications/settings"
        ));
        let german = email_text(&notice, "https://landfall.example/", Locale::De);
        assert!(
            german.contains(
                "Benachrichtigungseinstellungen: https://landfall.example/notifications/settings"
            ),
            "{german}"
        );
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Ok(*kind));
        }
    }

    #[test]
    fn account_emails_come_whatever_the_settings_and_say_so() {
        assert!(!Kind::Account.optional());
        assert_eq!(Kind::ALL.iter().filter(|k| !k.optional()).count(), 1);
        let notice = Written {
            kind: Kind::Account,
            subject: "Choose a new Landfall password".into(),
            body: "Hello Mette.".into(),
            link: "https://landfall.example/password/abc".into(),
        };
        let text = email_text(&notice, "https://landfall.example", Locale::En);
        assert!(
            text.contains("\nhttps://landfall.example/password/abc\n"),
            "{text}"
        );
        assert!(!text.contains("/notifications/settings"), "{text}");
        assert!(text.contains("concerns your account"), "{text}");
    }

    #[test]
    fn a_notice_is_written_in_each_recipients_language() {
        let notice = Notice::new(
            Kind::RequestExpired,
            Text::new("ntf-request-expired-subject").arg("name", "Nordic Robotics"),
            Text::new("ntf-request-expired-body")
                .arg("name", "Nordic Robotics")
                .arg("event", "Baltic Match 2027"),
            "/events/3/requests",
        );
        let english = notice.written(Locale::En);
        assert_eq!(
            english.subject,
            "Your meeting request to Nordic Robotics expired"
        );
        let danish = notice.written(Locale::Da);
        assert_ne!(danish.subject, english.subject);
        assert!(
            danish.subject.contains("Nordic Robotics"),
            "{}",
            danish.subject
        );
        assert!(danish.body.contains("Baltic Match 2027"), "{}", danish.body);
        assert_eq!(danish.link, "/events/3/requests");
    }

    #[test]
    fn an_erased_party_leaves_the_notices_it_is_in() {
        let request = |to: &str, message: &str, locale: Locale| {
            let expires = chrono::NaiveDate::from_ymd_opt(2027, 3, 9)
                .unwrap()
                .and_hms_opt(9, 30, 0)
                .unwrap();
            Text::new("ntf-meeting-request-body")
                .arg("from", "Nord")
                .arg("to", to)
                .arg("event", "Baltic Match")
                .date_time("expires", expires)
                .arg("has_message", if message.is_empty() { "no" } else { "yes" })
                .arg("message", message)
                .render(locale)
        };
        let quoted = ["Bring Jens".to_string(), "expires".to_string()];
        for locale in Locale::ALL {
            let body = request("Nordic Robotics", "Bring Jens", locale);
            let erased = without_party(&body, "Nord", "Erased SME #4", &quoted);
            assert!(
                erased.starts_with("Erased SME #4 ") && erased.contains("Nordic Robotics"),
                "{locale:?}: {erased}"
            );
            assert!(!erased.contains("Jens"), "{locale:?}: {erased}");
            let mut last = erased.chars().rev();
            assert_eq!(last.nth(1), Some('…'), "{locale:?}: {erased}");
            assert!(erased.contains("Baltic Match"), "{locale:?}: {erased}");
        }
        // Without a message, nothing that merely ends like one is cut.
        let body = request("Sud", "", Locale::En);
        assert!(body.ends_with("expires."), "{body}");
        assert_eq!(
            without_party(&body, "Nobody", "Erased SME #4", &quoted),
            body
        );
        assert_eq!(
            without_party("Nord, Nord's and Nordic", "Nord", "X", &[]),
            "X, X's and Nordic"
        );
    }

    #[test]
    fn what_a_notice_quotes_is_cut_whatever_it_says() {
        for locale in Locale::ALL {
            let body = Text::new("ntf-profile-submitted-body")
                .arg("owner", "Nord")
                .arg("title", "Nord’s “best” nets, as titled in May")
                .render(locale);
            let cut = without_quotes(&body);
            assert!(!cut.contains("nets"), "{locale:?}: {cut}");
            assert!(
                cut.contains("Nord") && cut.chars().rev().nth(1) == Some('…'),
                "{locale:?}: {cut}"
            );
        }
        assert_eq!(without_quotes("No quotes here."), "No quotes here.");
        assert_eq!(without_quotes(""), "");
    }

    #[test]
    fn optional_parts_and_lists_are_written_whole() {
        let review = |comment: &str| {
            Text::new("ntf-assignment-body")
                .arg("verdict", "accepted")
                .arg("reviewer", "Ada")
                .arg("title", "Market study")
                .arg("has_comment", if comment.is_empty() { "no" } else { "yes" })
                .arg("comment", comment)
                .render(Locale::En)
        };
        assert_eq!(
            review(""),
            "Ada accepted your home assignment “Market study”."
        );
        assert_eq!(
            review("Well argued"),
            "Ada accepted your home assignment “Market study”. Comment: “Well argued”"
        );
        let body = Text::new("ntf-decision-body")
            .arg("funder", "Innovation Fund Denmark")
            .arg("application", "2027-0012 Baltic robotics")
            .arg("call", "Innovation Express 2027")
            .list(
                "decisions",
                vec![
                    Text::new("ntf-decision-line")
                        .arg("partner", "Aarhus Robot Cluster")
                        .arg("outcome", "approved")
                        .money("amount", 4_000_000),
                    Text::new("ntf-decision-line")
                        .arg("partner", "Odense Drone Hub")
                        .arg("outcome", "rejected")
                        .money("amount", 0),
                ],
            );
        assert_eq!(
            body.render(Locale::En),
            "Innovation Fund Denmark has decided on its partners in 2027-0012 Baltic robotics \
             (Innovation Express 2027): Aarhus Robot Cluster: approved, EUR 40,000; \
             Odense Drone Hub: rejected."
        );
        let german = body.render(Locale::De);
        assert!(
            german.contains(
                "Aarhus Robot Cluster: bewilligt, 40.000\u{a0}€; Odense Drone Hub: abgelehnt"
            ),
            "{german}"
        );
        let invited = Text::new("ntf-session-subject")
            .arg("session", "Workshop 2")
            .date_time(
                "when",
                chrono::NaiveDate::from_ymd_opt(2027, 3, 9)
                    .unwrap()
                    .and_hms_opt(9, 30, 0)
                    .unwrap(),
            );
        assert_eq!(
            invited.render(Locale::En),
            "Invitation: Workshop 2 on 9 Mar 2027 09:30"
        );
        assert_eq!(
            invited.render(Locale::Sv),
            "Inbjudan: Workshop 2 den 9 mars 2027 09:30"
        );
    }
}
