//! Funding decisions: each agency decides for the partners it funds, within
//! its budget for the call; an application's outcome follows from all its
//! funders' decisions.

use crate::registry::model::vocabulary;
use crate::validation::{FieldErrors, text};

vocabulary! {
    /// An agency's decision on one partner it funds.
    DecisionOutcome, "a decision" {
        Approved => "approved", "Approved";
        ApprovedWithConditions => "approved_with_conditions", "Approved with conditions";
        Rejected => "rejected", "Rejected";
    }
}

impl DecisionOutcome {
    pub fn is_approval(self) -> bool {
        self != DecisionOutcome::Rejected
    }
}

/// What its funders' decisions make of an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = ApplicationOutcome)]
pub enum Outcome {
    /// Not every funder has decided yet.
    Pending,
    /// Every funder approved its partners.
    Approved,
    /// Some funders approved, others rejected: the project goes ahead with
    /// the approved partners.
    PartlyApproved,
    Rejected,
}

impl Outcome {
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Pending => "Waiting for decisions",
            Outcome::Approved => "Approved",
            Outcome::PartlyApproved => "Partly approved",
            Outcome::Rejected => "Rejected",
        }
    }

    /// Counted as an approved (funded) project in the call statistics.
    pub fn is_funded(self) -> bool {
        matches!(self, Outcome::Approved | Outcome::PartlyApproved)
    }
}

impl DecisionOutcome {
    /// The decision in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            DecisionOutcome::Approved => "calls-decision-approved",
            DecisionOutcome::ApprovedWithConditions => "calls-decision-approved-with-conditions",
            DecisionOutcome::Rejected => "calls-decision-rejected",
        })
    }
}

impl Outcome {
    /// The outcome in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            Outcome::Pending => "calls-outcome-pending",
            Outcome::Approved => "calls-outcome-approved",
            Outcome::PartlyApproved => "calls-outcome-partly-approved",
            Outcome::Rejected => "calls-outcome-rejected",
        })
    }
}

/// One partner as decisions see it: does it ask a funder for money, and
/// what did that funder decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartnerDecision {
    pub funded: bool,
    pub decision: Option<DecisionOutcome>,
}

/// The application's outcome from its partners' decisions. Partners that do
/// not ask a funder for money need no decision.
pub fn outcome(partners: &[PartnerDecision]) -> Outcome {
    let funded: Vec<&PartnerDecision> = partners.iter().filter(|p| p.funded).collect();
    if funded.is_empty() || funded.iter().any(|p| p.decision.is_none()) {
        return Outcome::Pending;
    }
    let approved = funded
        .iter()
        .filter(|p| p.decision.is_some_and(DecisionOutcome::is_approval))
        .count();
    if approved == funded.len() {
        Outcome::Approved
    } else if approved == 0 {
        Outcome::Rejected
    } else {
        Outcome::PartlyApproved
    }
}

/// A decision as typed by an agency.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DecisionInput {
    pub outcome: String,
    pub amount_cents: Option<i64>,
    pub conditions: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionDraft {
    pub outcome: DecisionOutcome,
    /// What the agency grants (0 when rejected).
    pub amount_cents: i64,
    pub conditions: String,
}

impl DecisionInput {
    /// `requested_cents` is what the partner asked for: an agency may grant
    /// less, never more. Errors are named under `prefix`.
    pub fn validate(
        &self,
        requested_cents: i64,
        prefix: &str,
    ) -> Result<DecisionDraft, FieldErrors> {
        let mut errors = FieldErrors::new();
        let field = |name: &str| format!("{prefix}{name}");
        let outcome = errors.check(&field("outcome"), DecisionOutcome::parse(&self.outcome));
        let conditions = errors
            .check(&field("conditions"), text(&self.conditions, false, 3000))
            .unwrap_or_default();
        let amount_cents = match (outcome, self.amount_cents) {
            (Some(DecisionOutcome::Rejected), _) => Some(0),
            (Some(_), None) => Some(requested_cents),
            (Some(_), Some(a)) if a <= 0 => {
                errors.add(
                    field("amount_cents"),
                    crate::t("calls-err-approval-above-zero"),
                );
                None
            }
            (Some(_), Some(a)) if a > requested_cents => {
                errors.add(
                    field("amount_cents"),
                    crate::t1(
                        "calls-err-above-request",
                        "amount",
                        crate::i18n::money(requested_cents),
                    ),
                );
                None
            }
            (_, a) => a,
        };
        if outcome == Some(DecisionOutcome::ApprovedWithConditions) && conditions.is_empty() {
            errors.add(field("conditions"), crate::t("calls-err-say-conditions"));
        }
        match (outcome, amount_cents) {
            (Some(outcome), Some(amount_cents)) if errors.is_empty() => Ok(DecisionDraft {
                outcome,
                amount_cents,
                conditions,
            }),
            _ => Err(errors),
        }
    }
}

/// Whether a funder can commit `amount` more on top of what its other
/// decisions in the call already commit; the message says by how much not.
pub fn check_budget(
    budget_cents: i64,
    committed_elsewhere: i64,
    amount_cents: i64,
) -> Result<(), String> {
    let after = committed_elsewhere.saturating_add(amount_cents);
    if after > budget_cents {
        Err(crate::ta(
            "calls-err-over-budget",
            &[
                ("after", crate::i18n::money(after).into()),
                ("budget", crate::i18n::money(budget_cents).into()),
                ("over", crate::i18n::money(after - budget_cents).into()),
                (
                    "free",
                    crate::i18n::money((budget_cents - committed_elsewhere).max(0)).into(),
                ),
            ],
        ))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(funded: bool, decision: Option<DecisionOutcome>) -> PartnerDecision {
        PartnerDecision { funded, decision }
    }

    #[test]
    fn an_application_is_approved_when_all_its_funders_approve() {
        use DecisionOutcome::*;
        assert_eq!(
            outcome(&[p(true, Some(Approved)), p(true, None)]),
            Outcome::Pending
        );
        assert_eq!(
            outcome(&[
                p(true, Some(Approved)),
                p(true, Some(ApprovedWithConditions)),
                p(false, None)
            ]),
            Outcome::Approved
        );
        assert_eq!(
            outcome(&[p(true, Some(Approved)), p(true, Some(Rejected))]),
            Outcome::PartlyApproved
        );
        assert_eq!(
            outcome(&[p(true, Some(Rejected)), p(true, Some(Rejected))]),
            Outcome::Rejected
        );
        assert_eq!(
            outcome(&[p(false, None)]),
            Outcome::Pending,
            "nothing to decide on"
        );
        assert!(Outcome::PartlyApproved.is_funded() && !Outcome::Rejected.is_funded());
    }

    #[test]
    fn decisions_grant_at_most_what_was_asked() {
        let approve = |amount: Option<i64>| DecisionInput {
            outcome: "approved".into(),
            amount_cents: amount,
            conditions: String::new(),
        };
        assert_eq!(
            approve(None).validate(2_000_000, "").unwrap().amount_cents,
            2_000_000
        );
        assert_eq!(
            approve(Some(1_500_000))
                .validate(2_000_000, "")
                .unwrap()
                .amount_cents,
            1_500_000
        );
        assert!(
            approve(Some(2_500_000))
                .validate(2_000_000, "")
                .unwrap_err()
                .contains("amount_cents")
        );
        let reject = DecisionInput {
            outcome: "rejected".into(),
            amount_cents: Some(5),
            conditions: String::new(),
        };
        assert_eq!(reject.validate(2_000_000, "").unwrap().amount_cents, 0);
        let conditional = DecisionInput {
            outcome: "approved_with_conditions".into(),
            ..Default::default()
        };
        let errors = conditional.validate(100, "decisions[0].").unwrap_err();
        assert!(errors.contains("decisions[0].conditions"));
        assert!(
            DecisionInput::default()
                .validate(1, "")
                .unwrap_err()
                .contains("outcome")
        );
    }

    #[test]
    fn budgets_cannot_be_overcommitted() {
        assert!(check_budget(10_000_000, 6_000_000, 4_000_000).is_ok());
        let refused = check_budget(10_000_000, 6_000_000, 4_500_000).unwrap_err();
        assert!(refused.contains("EUR 5,000 over"), "{refused}");
        assert!(refused.contains("EUR 40,000 is still free"), "{refused}");
    }
}
