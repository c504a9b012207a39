//! Home assignments: tasks set after workshop 2, submitted by the SME and
//! reviewed by its manager.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::validation::{FieldErrors, text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssignmentStatus {
    /// Set, nothing handed in yet.
    Open,
    /// Handed in, waiting for the review.
    Submitted,
    Accepted,
    /// Reviewed: to be handed in again.
    NeedsChanges,
}

impl AssignmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AssignmentStatus::Open => "open",
            AssignmentStatus::Submitted => "submitted",
            AssignmentStatus::Accepted => "accepted",
            AssignmentStatus::NeedsChanges => "needs_changes",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AssignmentStatus::Open => "Open",
            AssignmentStatus::Submitted => "Submitted, waiting for review",
            AssignmentStatus::Accepted => "Accepted",
            AssignmentStatus::NeedsChanges => "Needs changes",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "open" => Ok(AssignmentStatus::Open),
            "submitted" => Ok(AssignmentStatus::Submitted),
            "accepted" => Ok(AssignmentStatus::Accepted),
            "needs_changes" => Ok(AssignmentStatus::NeedsChanges),
            other => Err(format!("`{other}` is not an assignment status")),
        }
    }

    /// Whether the SME may hand in (again).
    pub fn accepts_submission(self) -> Result<(), String> {
        match self {
            AssignmentStatus::Open
            | AssignmentStatus::NeedsChanges
            | AssignmentStatus::Submitted => Ok(()),
            AssignmentStatus::Accepted => Err(crate::t("sl-err-already-accepted")),
        }
    }
}

/// A review's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Accepted,
    NeedsChanges,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Accepted => "accepted",
            Decision::NeedsChanges => "needs_changes",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "accepted" => Ok(Decision::Accepted),
            "needs_changes" => Ok(Decision::NeedsChanges),
            other => Err(format!(
                "`{other}` is not a decision (accepted, needs_changes)"
            )),
        }
    }

    pub fn status(self) -> AssignmentStatus {
        match self {
            Decision::Accepted => AssignmentStatus::Accepted,
            Decision::NeedsChanges => AssignmentStatus::NeedsChanges,
        }
    }
}

/// Checks a review: only a submitted assignment is reviewed, and asking for
/// changes says which.
pub fn check_review(
    status: AssignmentStatus,
    decision: Decision,
    comment: &str,
) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    if status != AssignmentStatus::Submitted {
        errors.add(
            "decision",
            crate::t1("sl-err-review-only-submitted", "status", status.as_str()),
        );
    }
    let comment = errors.check("comment", text(comment, false, 5000));
    if decision == Decision::NeedsChanges && comment.as_deref().is_some_and(str::is_empty) {
        errors.add("comment", crate::t("sl-err-say-what-changes"));
    }
    match comment {
        Some(comment) if errors.is_empty() => Ok(comment),
        _ => Err(errors),
    }
}

/// An assignment as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssignmentInput {
    pub title: String,
    pub description: String,
    pub due_on: Option<NaiveDate>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssignmentDraft {
    pub title: String,
    pub description: String,
    pub due_on: NaiveDate,
}

impl AssignmentInput {
    pub fn validate(&self, today: NaiveDate) -> Result<AssignmentDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, true, 200));
        let description = errors.check("description", text(&self.description, false, 10_000));
        match self.due_on {
            None if !errors.contains("due_on") => errors.add("due_on", crate::t("val-required")),
            Some(due) if due < today => errors.add("due_on", crate::t("sl-err-not-in-past")),
            _ => {}
        }
        match (title, description, self.due_on) {
            (Some(title), Some(description), Some(due_on)) if errors.is_empty() => {
                Ok(AssignmentDraft {
                    title,
                    description,
                    due_on,
                })
            }
            _ => Err(errors),
        }
    }
}

/// Checks a submission: some text or a file.
pub fn check_submission(text_value: &str, has_file: bool) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let value = errors.check("text", text(text_value, false, 20_000));
    if value.as_deref().is_some_and(str::is_empty) && !has_file {
        errors.add("text", crate::t("sl-err-answer-or-file"));
    }
    match value {
        Some(value) if errors.is_empty() => Ok(value),
        _ => Err(errors),
    }
}

/// The home-assignments step is done once every assignment is accepted.
pub fn all_accepted(statuses: &[AssignmentStatus]) -> bool {
    !statuses.is_empty() && statuses.iter().all(|s| *s == AssignmentStatus::Accepted)
}

impl AssignmentStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            AssignmentStatus::Open => "sl-assignment-open",
            AssignmentStatus::Submitted => "sl-assignment-submitted",
            AssignmentStatus::Accepted => "sl-assignment-accepted",
            AssignmentStatus::NeedsChanges => "sl-assignment-needs-changes",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_need_a_submission_and_a_reason_for_changes() {
        assert_eq!(
            check_review(AssignmentStatus::Submitted, Decision::Accepted, " "),
            Ok(String::new())
        );
        let errors =
            check_review(AssignmentStatus::Submitted, Decision::NeedsChanges, "").unwrap_err();
        assert_eq!(errors.get("comment"), Some("say what needs to change"));
        assert!(
            check_review(AssignmentStatus::Open, Decision::Accepted, "")
                .unwrap_err()
                .contains("decision")
        );
        assert!(check_review(AssignmentStatus::Accepted, Decision::NeedsChanges, "more").is_err());
    }

    #[test]
    fn submissions_need_text_or_a_file() {
        assert!(check_submission("  ", false).is_err());
        assert_eq!(check_submission("  ", true), Ok(String::new()));
        assert_eq!(
            check_submission(" Our pricing ", false),
            Ok("Our pricing".into())
        );
        assert!(AssignmentStatus::Accepted.accepts_submission().is_err());
        assert!(AssignmentStatus::NeedsChanges.accepts_submission().is_ok());
    }

    #[test]
    fn assignments_are_due_in_the_future() {
        let today = NaiveDate::from_ymd_opt(2027, 5, 1).unwrap();
        let input = AssignmentInput {
            title: "Price list for Norway".into(),
            due_on: NaiveDate::from_ymd_opt(2027, 4, 1),
            ..Default::default()
        };
        assert!(input.validate(today).unwrap_err().contains("due_on"));
        let ok = AssignmentInput {
            due_on: NaiveDate::from_ymd_opt(2027, 6, 1),
            ..input
        };
        assert!(ok.validate(today).is_ok());
    }

    #[test]
    fn the_step_is_done_when_everything_is_accepted() {
        use AssignmentStatus::*;
        assert!(all_accepted(&[Accepted, Accepted]));
        assert!(!all_accepted(&[Accepted, Submitted]));
        assert!(!all_accepted(&[]));
    }
}
