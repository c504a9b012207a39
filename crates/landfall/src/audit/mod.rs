//! The audit log: sensitive actions (accounts created and roles changed,
//! passwords changed or set with a link, funding decisions, exports of
//! personal or private data, deletions and erasures) with who did them and
//! when, for the network coordinator.
//!
//! An action is recorded in the same transaction as the change it records
//! (exports, which change nothing, are recorded on their own), so the log
//! never claims a change that was rolled back.

pub mod api;
mod entities;
pub mod pages;
pub mod store;

use sea_orm::ConnectionTrait;

use crate::auth::Actor;
use crate::registry::model::vocabulary;
use crate::web::AppError;

vocabulary! {
    /// What was done.
    Action, "an audited action" {
        AccountCreated => "account_created", "Account created";
        RoleChanged => "role_changed", "Role changed";
        AccountErased => "account_erased", "Account erased";
        FundingDecision => "funding_decision", "Funding decision";
        Export => "export", "Data exported";
        PersonalDataExport => "personal_data_export", "Personal data exported";
        OrganisationDeleted => "organisation_deleted", "Organisation deleted";
        SmeDeleted => "sme_deleted", "SME deleted";
        SmeErased => "sme_erased", "SME's personal data erased";
        OutcomeRetracted => "outcome_retracted", "Outcome record retracted";
        IndicatorChanged => "indicator_changed", "Indicator changed";
        IndicatorRemoved => "indicator_removed", "Indicator removed";
        ParticipantRemoved => "participant_removed", "Participant removed from a programme";
        PlanDeleted => "plan_deleted", "Internationalisation plan deleted";
        InstrumentDeleted => "instrument_deleted", "Instrument deleted";
        MeetingRemoved => "meeting_removed", "Meeting removed from an event";
        PasswordChanged => "password_changed", "Password changed";
        PasswordSet => "password_set", "Password set with a one-time link";
    }
}

/// Records an action by a signed-in person (`None`: the system or the
/// command line). `subject` names what it was done to (`sme:12`,
/// `application:7`…); `summary` says it in words.
pub async fn record(
    conn: &impl ConnectionTrait,
    actor: Option<&Actor>,
    action: Action,
    subject: &str,
    summary: &str,
) -> Result<(), AppError> {
    store::insert(conn, actor, action, subject, summary).await
}

/// The form private data left in: a table download, or the JSON of an API
/// call that hands out the same rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportedAs {
    Csv,
    Xlsx,
    Json,
}

impl From<crate::web::export::ExportFormat> for ExportedAs {
    fn from(format: crate::web::export::ExportFormat) -> Self {
        match format {
            crate::web::export::ExportFormat::Csv => Self::Csv,
            crate::web::export::ExportFormat::Xlsx => Self::Xlsx,
        }
    }
}

/// Records a download of private or personal data (rows, what, format).
pub async fn export(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    subject: &str,
    what: &str,
    rows: usize,
    format: impl Into<ExportedAs>,
) -> Result<(), AppError> {
    let format = match format.into() {
        ExportedAs::Csv => "CSV",
        ExportedAs::Xlsx => "XLSX",
        ExportedAs::Json => "JSON",
    };
    record(
        conn,
        Some(actor),
        Action::Export,
        subject,
        &format!("{what}: {rows} rows as {format}"),
    )
    .await
}
