//! Sending e-mail: over SMTP with `lettre` when a mail server is configured,
//! otherwise into the log.

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::model::EmailStatus;

/// Where e-mails go.
#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Mailbox,
    },
    /// No mail server: e-mails are written to the log (and the UI shows them).
    Log,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Mailer::Log => f.write_str("Mailer::Log"),
        }
    }
}

impl Mailer {
    /// `smtp://host:port` (plain, e.g. a local relay), `smtp://…?tls=required`
    /// (STARTTLS) or `smtps://user:password@host` (TLS); none: the log.
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Self> {
        let Some(url) = smtp_url.map(str::trim).filter(|u| !u.is_empty()) else {
            return Ok(Mailer::Log);
        };
        let from: Mailbox = from
            .parse()
            .map_err(|e| anyhow::anyhow!("--mail-from `{from}` is not a mailbox: {e}"))?;
        let transport = Box::new(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|e| anyhow::anyhow!("--smtp-url is not usable: {e}"))?
                .build(),
        );
        Ok(Mailer::Smtp { transport, from })
    }

    /// Sends one e-mail; the error says why not (for the record and a retry).
    pub async fn send(&self, to: &str, subject: &str, text: &str) -> Result<EmailStatus, String> {
        match self {
            Mailer::Log => {
                tracing::info!(
                    to,
                    subject,
                    body = text,
                    "e-mail (no mail server configured)"
                );
                Ok(EmailStatus::Logged)
            }
            Mailer::Smtp { transport, from } => {
                let to: Mailbox = to.parse().map_err(|e| format!("bad address {to}: {e}"))?;
                let message = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(subject)
                    .header(ContentType::TEXT_PLAIN)
                    .body(text.to_string())
                    .map_err(|e| format!("cannot build the e-mail: {e}"))?;
                transport
                    .send(message)
                    .await
                    .map(|_| EmailStatus::Sent)
                    .map_err(|e| format!("SMTP: {e}"))
            }
        }
    }
}
