//! The catalogue of internationalisation instruments: what an instrument is,
//! how one is checked, and who may add and change them.

use super::budget::{self, CostInput, CostItem};
use super::{slug_from, text_list};
use crate::auth::{Actor, Role};
use crate::registry::model::vocabulary;
use crate::validation::{FieldErrors, text};

vocabulary! {
    /// The three stages of going international an instrument serves; the
    /// catalogue is grouped by them, in this order.
    InstrumentGroup, "an instrument group" {
        Preparatory => "preparatory", "Preparing to go international";
        Leads => "leads", "Winning international leads";
        Sustain => "sustain", "Improving and sustaining international business";
    }
}

/// Addresses the catalogue's own pages use.
pub const RESERVED_SLUGS: [&str; 2] = ["new", "compare"];

/// An instrument as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InstrumentInput {
    pub group: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub benefits: Vec<String>,
    pub business_model: String,
    pub budget_days: Option<i64>,
    pub costs: Vec<CostInput>,
    pub budget_note: String,
    pub kpis: Vec<String>,
    pub unreadable: FieldErrors,
}

/// A valid instrument, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstrumentDraft {
    pub group: InstrumentGroup,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub benefits: Vec<String>,
    pub business_model: String,
    pub budget_days: i32,
    pub costs: Vec<CostItem>,
    pub budget_note: String,
    pub kpis: Vec<String>,
}

impl InstrumentInput {
    pub fn validate(&self) -> Result<InstrumentDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let group = errors.check("group", InstrumentGroup::parse(&self.group));
        let name = errors.check("name", text(&self.name, true, 120));
        let summary = errors.check("summary", text(&self.summary, true, 400));
        let description = errors.check("description", text(&self.description, false, 6000));
        let benefits = text_list("benefits", &self.benefits, 12, 200, &mut errors);
        let business_model =
            errors.check("business_model", text(&self.business_model, false, 2000));
        let budget_days = budget::days("budget_days", self.budget_days, &mut errors);
        let costs = budget::cost_items("costs", &self.costs, &mut errors);
        let budget_note = errors.check("budget_note", text(&self.budget_note, false, 1000));
        let kpis = text_list("kpis", &self.kpis, 12, 120, &mut errors);
        if kpis.is_empty() && !errors.contains("kpis") {
            errors.add("kpis", crate::t("tb-err-kpi-required"));
        }
        match (
            group,
            name,
            summary,
            description,
            business_model,
            budget_days,
            budget_note,
        ) {
            (
                Some(group),
                Some(name),
                Some(summary),
                Some(description),
                Some(business_model),
                Some(budget_days),
                Some(budget_note),
            ) if errors.is_empty() => Ok(InstrumentDraft {
                group,
                name,
                summary,
                description,
                benefits,
                business_model,
                budget_days,
                costs,
                budget_note,
                kpis,
            }),
            _ => Err(errors),
        }
    }
}

/// The address of a new instrument, made from its name.
pub fn instrument_slug(name: &str) -> String {
    slug_from(name, &RESERVED_SLUGS, "instrument")
}

/// Adds instruments: managers (for their organisation) and admins.
pub fn can_add(actor: &Actor) -> bool {
    actor.is_admin() || (actor.role == Role::Manager && actor.organisation_id.is_some())
}

/// Changes or removes an instrument: the network's catalogue (`None`) is the
/// admins'; an organisation's own instruments are its managers' and the admins'.
pub fn can_edit(actor: &Actor, owner: Option<i64>) -> bool {
    match owner {
        None => actor.is_admin(),
        Some(organisation) => actor.is_admin() || actor.manages(organisation),
    }
}

impl InstrumentGroup {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Preparatory => "tb-group-preparatory",
            Self::Leads => "tb-group-leads",
            Self::Sustain => "tb-group-sustain",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, organisation_id: Option<i64>) -> Actor {
        Actor {
            user_id: 1,
            email: "x@example.org".into(),
            display_name: "X".into(),
            role,
            organisation_id,
            sme_id: None,
            session: None,
            locale: None,
        }
    }

    fn input() -> InstrumentInput {
        InstrumentInput {
            group: "leads".into(),
            name: " Fjord tour ".into(),
            summary: "A boat trip with buyers".into(),
            description: String::new(),
            benefits: vec!["Buyers meet makers".into(), " ".into()],
            business_model: String::new(),
            budget_days: Some(5),
            costs: vec![CostInput {
                label: "Boat".into(),
                amount_cents: Some(250_000),
            }],
            budget_note: String::new(),
            kpis: vec!["Buyers on board".into()],
            unreadable: FieldErrors::new(),
        }
    }

    #[test]
    fn groups_round_trip_in_catalogue_order() {
        for group in InstrumentGroup::ALL {
            assert_eq!(InstrumentGroup::parse(group.as_str()), Ok(*group));
        }
        assert!(InstrumentGroup::Preparatory < InstrumentGroup::Leads);
        assert!(InstrumentGroup::Leads < InstrumentGroup::Sustain);
        assert_eq!(
            InstrumentGroup::Leads.label(),
            "Winning international leads"
        );
        assert!(InstrumentGroup::parse("later").is_err());
    }

    #[test]
    fn an_instrument_needs_a_group_a_name_a_summary_and_kpis() {
        let draft = input().validate().unwrap();
        assert_eq!(draft.name, "Fjord tour");
        assert_eq!(draft.benefits, vec!["Buyers meet makers"]);
        assert_eq!(draft.budget_days, 5);
        assert_eq!(draft.costs[0].amount_cents, 250_000);

        let errors = InstrumentInput {
            group: "later".into(),
            budget_days: Some(-2),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        for field in ["group", "name", "summary", "budget_days", "kpis"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        assert_eq!(instrument_slug("New"), "new-instrument");
        assert_eq!(instrument_slug("Fjord tour"), "fjord-tour");
    }

    #[test]
    fn the_network_catalogue_is_the_admins_and_own_instruments_their_managers() {
        let admin = actor(Role::Admin, None);
        let manager = actor(Role::Manager, Some(10));
        let other = actor(Role::Manager, Some(20));
        let member = actor(Role::Sme, None);
        assert!(can_edit(&admin, None) && can_edit(&admin, Some(10)));
        assert!(!can_edit(&manager, None));
        assert!(can_edit(&manager, Some(10)) && !can_edit(&other, Some(10)));
        assert!(can_add(&manager) && can_add(&admin) && !can_add(&member));
        assert!(!can_add(&actor(Role::Evaluator, Some(10))));
    }
}
