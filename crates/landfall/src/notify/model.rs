//! Notifications' rules, without I/O: what a notification is about, how an
//! e-mail is retried, and what it says.

use chrono::Duration;

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
        AssignmentReviewed => "assignment_reviewed", "Reviews of home assignments";
        SurveyInvitation => "survey_invitation", "Survey invitations";
        SurveyReminder => "survey_reminder", "Survey reminders";
        CallDeadline => "call_deadline", "Joint call deadlines for your drafts";
        FundingDecision => "funding_decision", "Funding decisions on your applications";
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
/// the page it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: Kind,
    pub subject: String,
    pub body: String,
    /// A path on this site (`/applications/12`), or empty.
    pub link: String,
}

impl Notice {
    pub fn new(
        kind: Kind,
        subject: impl Into<String>,
        body: impl Into<String>,
        link: impl Into<String>,
    ) -> Self {
        Self {
            kind,
            subject: subject.into(),
            body: body.into(),
            link: link.into(),
        }
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
pub fn email_text(notice: &Notice, public_url: &str) -> String {
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
    text.push_str(&format!(
        "\n\n-- \nLandfall. You receive this because of your notification settings: {}/notifications/settings",
        public_url.trim_end_matches('/')
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
        let notice = Notice::new(
            Kind::FundingDecision,
            "Decision on 2027-0012",
            "The Danish agency approved your part.",
            "/applications/12",
        );
        let text = email_text(&notice, "https://landfall.example/");
        assert!(text.starts_with(
            "The Danish agency approved your part.\n\nhttps://landfall.example/applications/12\n"
        ));
        assert!(text.contains("https://landfall.example/notifications/settings"));
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Ok(*kind));
        }
    }
}
