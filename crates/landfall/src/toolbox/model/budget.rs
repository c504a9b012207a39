//! Money in plans and estimates: cost items, and the budget roll-up of a plan
//! (work at the plan's day rate plus the items' costs, per instrument group
//! and in all).

use serde::{Deserialize, Serialize};

use super::instruments::InstrumentGroup;
use crate::validation::{FieldErrors, text};

/// One cost besides the work: travel, a stand, a study…
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CostItem {
    pub label: String,
    /// Euro cents.
    pub amount_cents: i64,
}

/// A cost item as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CostInput {
    pub label: String,
    pub amount_cents: Option<i64>,
}

pub const MAX_COST_ITEMS: usize = 20;
/// EUR 100 million: far above any single cost of an instrument.
pub const MAX_AMOUNT_CENTS: i64 = 10_000_000_000;
/// At most this many days of work on one plan item or estimate.
pub const MAX_DAYS: i64 = 2_000;

/// Checks cost items; rows left wholly empty (as forms send them) are dropped.
/// Messages go under `field`, naming the row.
pub fn cost_items(field: &str, rows: &[CostInput], errors: &mut FieldErrors) -> Vec<CostItem> {
    let mut items = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        if row.label.trim().is_empty() && row.amount_cents.is_none() {
            continue;
        }
        let label = match text(&row.label, true, 120) {
            Ok(label) => label,
            Err(message) => {
                errors.add(
                    field,
                    crate::t2("tb-err-cost-label", "n", n, "message", message),
                );
                continue;
            }
        };
        match row.amount_cents {
            None => errors.add(
                field,
                crate::t2("tb-err-cost-amount-required", "n", n, "label", &label),
            ),
            Some(a) if !(0..=MAX_AMOUNT_CENTS).contains(&a) => errors.add(
                field,
                crate::t2("tb-err-cost-amount-range", "n", n, "label", &label),
            ),
            Some(amount_cents) => items.push(CostItem {
                label,
                amount_cents,
            }),
        }
    }
    if items.len() > MAX_COST_ITEMS {
        errors.add(field, crate::t1("tb-err-costs-max", "max", MAX_COST_ITEMS));
    }
    items
}

/// Checks days of work (a whole number from 0).
pub fn days(field: &str, value: Option<i64>, errors: &mut FieldErrors) -> Option<i32> {
    match value {
        None => {
            errors.add(field, crate::t("val-required"));
            None
        }
        Some(d) if !(0..=MAX_DAYS).contains(&d) => {
            errors.add(field, crate::t1("tb-err-days", "max", MAX_DAYS));
            None
        }
        Some(d) => i32::try_from(d).ok(),
    }
}

pub fn costs_total(costs: &[CostItem]) -> i64 {
    costs
        .iter()
        .fold(0_i64, |sum, c| sum.saturating_add(c.amount_cents))
}

/// What one plan item contributes to the budget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetLine {
    pub group: InstrumentGroup,
    pub days: i64,
    pub costs_cents: i64,
}

/// Work, costs and total of a line, a group or a plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Amounts {
    pub days: i64,
    /// Days × the plan's day rate.
    pub work_cents: i64,
    pub costs_cents: i64,
    pub total_cents: i64,
}

impl Amounts {
    fn add(&mut self, other: Amounts) {
        self.days = self.days.saturating_add(other.days);
        self.work_cents = self.work_cents.saturating_add(other.work_cents);
        self.costs_cents = self.costs_cents.saturating_add(other.costs_cents);
        self.total_cents = self.total_cents.saturating_add(other.total_cents);
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupBudget {
    pub group: InstrumentGroup,
    pub items: usize,
    pub amounts: Amounts,
}

/// A plan's budget: each line in the order given, each group (all three, in
/// catalogue order, even when empty) and the whole plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Budget {
    pub day_rate_cents: i64,
    pub lines: Vec<Amounts>,
    pub groups: Vec<GroupBudget>,
    pub total: Amounts,
}

/// Per line: days × day rate + costs; then sums per group and for the plan.
pub fn roll_up(day_rate_cents: i64, lines: &[BudgetLine]) -> Budget {
    let amounts: Vec<Amounts> = lines
        .iter()
        .map(|line| {
            let work_cents = line.days.saturating_mul(day_rate_cents);
            Amounts {
                days: line.days,
                work_cents,
                costs_cents: line.costs_cents,
                total_cents: work_cents.saturating_add(line.costs_cents),
            }
        })
        .collect();
    let mut total = Amounts::default();
    let groups = InstrumentGroup::ALL
        .iter()
        .map(|group| {
            let mut sum = Amounts::default();
            let mut items = 0;
            for (line, a) in lines.iter().zip(&amounts) {
                if line.group == *group {
                    sum.add(*a);
                    items += 1;
                }
            }
            total.add(sum);
            GroupBudget {
                group: *group,
                items,
                amounts: sum,
            }
        })
        .collect();
    Budget {
        day_rate_cents,
        lines: amounts,
        groups,
        total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_roll_up_matches_a_hand_count() {
        use InstrumentGroup::*;
        // Day rate EUR 600.
        let lines = [
            BudgetLine {
                group: Preparatory,
                days: 8,
                costs_cents: 430_000,
            },
            BudgetLine {
                group: Leads,
                days: 10,
                costs_cents: 1_280_000,
            },
            BudgetLine {
                group: Preparatory,
                days: 4,
                costs_cents: 60_000,
            },
        ];
        let budget = roll_up(60_000, &lines);
        // 8 × 600 + 4 300 = 9 100; 10 × 600 + 12 800 = 18 800; 4 × 600 + 600 = 3 000.
        let totals: Vec<i64> = budget.lines.iter().map(|a| a.total_cents).collect();
        assert_eq!(totals, vec![910_000, 1_880_000, 300_000]);
        assert_eq!(budget.groups[0].group, Preparatory);
        assert_eq!(budget.groups[0].items, 2);
        assert_eq!(
            budget.groups[0].amounts,
            Amounts {
                days: 12,
                work_cents: 720_000,
                costs_cents: 490_000,
                total_cents: 1_210_000
            }
        );
        assert_eq!(budget.groups[1].amounts.total_cents, 1_880_000);
        assert_eq!(budget.groups[2].items, 0);
        assert_eq!(budget.groups[2].amounts, Amounts::default());
        assert_eq!(budget.total.days, 22);
        assert_eq!(budget.total.total_cents, 3_090_000);
        assert_eq!(
            budget.total.work_cents + budget.total.costs_cents,
            budget.total.total_cents
        );
    }

    #[test]
    fn an_empty_plan_costs_nothing_and_huge_numbers_do_not_overflow() {
        let empty = roll_up(60_000, &[]);
        assert_eq!(empty.total, Amounts::default());
        assert_eq!(empty.groups.len(), 3);
        let huge = roll_up(
            i64::MAX,
            &[BudgetLine {
                group: InstrumentGroup::Sustain,
                days: 3,
                costs_cents: 1,
            }],
        );
        assert_eq!(huge.total.total_cents, i64::MAX);
    }

    #[test]
    fn cost_items_name_the_bad_row() {
        let mut errors = FieldErrors::new();
        let rows = [
            CostInput {
                label: "Travel".into(),
                amount_cents: Some(120_000),
            },
            CostInput::default(),
            CostInput {
                label: "Stand".into(),
                amount_cents: None,
            },
        ];
        let items = cost_items("costs", &rows, &mut errors);
        assert_eq!(items.len(), 1);
        assert_eq!(
            errors.get("costs"),
            Some("cost 3 (Stand): the amount is required")
        );
        let mut errors = FieldErrors::new();
        cost_items(
            "costs",
            &[CostInput {
                label: String::new(),
                amount_cents: Some(-5),
            }],
            &mut errors,
        );
        assert!(errors.get("costs").unwrap().contains("label is required"));
        assert_eq!(costs_total(&items), 120_000);
        let mut errors = FieldErrors::new();
        assert_eq!(days("days", Some(12), &mut errors), Some(12));
        assert_eq!(days("days", Some(-1), &mut errors), None);
        assert!(errors.contains("days"));
    }
}
