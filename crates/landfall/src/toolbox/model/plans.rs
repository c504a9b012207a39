//! Internationalisation plans: an organisation's plan for one target market
//! over a period, its items (instruments from the catalogue with dates, days
//! of work and costs), and the outcome KPIs that become monitoring indicators.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::budget::{self, CostInput, CostItem};
use crate::auth::{Actor, Role};
use crate::monitoring::model::indicators::{IndicatorDraft, Metric, check_target};
use crate::registry::model::CountryCode;
use crate::validation::{FieldErrors, text};

/// EUR 600 a day, unless the plan says otherwise.
pub const DEFAULT_DAY_RATE_CENTS: i64 = 60_000;
/// EUR 10,000 a day is far above any real day rate.
const MAX_DAY_RATE_CENTS: i64 = 1_000_000;
const MAX_KPI_TARGET: i64 = 1_000_000;

/// Where a plan takes its companies: a country, a region such as
/// "South-East Asia", or a region within a country ("East Coast" of the US).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetMarket {
    pub country: Option<CountryCode>,
    pub region: String,
}

impl TargetMarket {
    /// "Japan", "South-East Asia", "United States · East Coast".
    pub fn label(&self) -> String {
        self.label_with(self.country.as_ref().map(CountryCode::name))
    }

    /// The label with the country named in the language of the request.
    pub fn label_t(&self) -> String {
        self.label_with(self.country.as_ref().map(CountryCode::name_t))
    }

    fn label_with(&self, country: Option<&str>) -> String {
        match (country, self.region.is_empty()) {
            (Some(country), true) => country.to_string(),
            (Some(country), false) => format!("{country} · {}", self.region),
            (None, _) => self.region.clone(),
        }
    }
}

/// A plan as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanInput {
    pub programme_id: Option<i64>,
    pub title: String,
    pub market_country: String,
    pub market_region: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub day_rate_cents: Option<i64>,
    pub notes: String,
    pub unreadable: FieldErrors,
}

/// A valid plan, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDraft {
    pub programme_id: Option<i64>,
    pub title: String,
    pub market: TargetMarket,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub day_rate_cents: i64,
    pub notes: String,
}

/// Checks that a period has both ends, in order.
fn period(
    starts_on: Option<NaiveDate>,
    ends_on: Option<NaiveDate>,
    (from, to): (&str, &str),
    errors: &mut FieldErrors,
) -> Option<(NaiveDate, NaiveDate)> {
    if starts_on.is_none() && !errors.contains(from) {
        errors.add(from, crate::t("val-required"));
    }
    if ends_on.is_none() && !errors.contains(to) {
        errors.add(to, crate::t("val-required"));
    }
    let (starts_on, ends_on) = (starts_on?, ends_on?);
    if ends_on < starts_on {
        errors.add(to, crate::t("tb-err-not-before-start"));
        return None;
    }
    Some((starts_on, ends_on))
}

impl PlanInput {
    pub fn validate(&self) -> Result<PlanDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, true, 140));
        let country = match self.market_country.trim() {
            "" => Some(None),
            code => errors.check("market_country", CountryCode::parse(code).map(Some)),
        };
        let region = errors.check("market_region", text(&self.market_region, false, 80));
        if matches!((&country, &region), (Some(None), Some(r)) if r.is_empty()) {
            errors.add("market_country", crate::t("tb-err-target-market"));
        }
        let dates = period(
            self.starts_on,
            self.ends_on,
            ("starts_on", "ends_on"),
            &mut errors,
        );
        let day_rate_cents = match self.day_rate_cents {
            None => Some(DEFAULT_DAY_RATE_CENTS),
            Some(rate) if (0..=MAX_DAY_RATE_CENTS).contains(&rate) => Some(rate),
            Some(_) => {
                errors.add("day_rate_cents", crate::t("tb-err-day-rate"));
                None
            }
        };
        let notes = errors.check("notes", text(&self.notes, false, 4000));
        match (title, country, region, dates, day_rate_cents, notes) {
            (
                Some(title),
                Some(country),
                Some(region),
                Some((starts_on, ends_on)),
                Some(day_rate_cents),
                Some(notes),
            ) if errors.is_empty() => Ok(PlanDraft {
                programme_id: self.programme_id,
                title,
                market: TargetMarket { country, region },
                starts_on,
                ends_on,
                day_rate_cents,
                notes,
            }),
            _ => Err(errors),
        }
    }
}

/// The titles of items that would fall outside a plan's new period.
pub fn items_outside<'a>(
    (from, to): (NaiveDate, NaiveDate),
    items: impl IntoIterator<Item = (&'a str, NaiveDate, NaiveDate)>,
) -> Vec<&'a str> {
    items
        .into_iter()
        .filter(|(_, starts, ends)| *starts < from || *ends > to)
        .map(|(title, _, _)| title)
        .collect()
}

/// A target for one of the instrument's own KPIs within a plan item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct KpiTarget {
    /// One of the instrument's KPI names.
    pub name: String,
    pub target: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KpiTargetInput {
    pub name: String,
    pub target: Option<i64>,
}

/// What an item takes from its instrument: its name and estimates as
/// defaults, and the KPI names targets may be set for.
#[derive(Clone, Copy, Debug)]
pub struct InstrumentDefaults<'a> {
    pub name: &'a str,
    pub days: i32,
    pub costs: &'a [CostItem],
    pub kpis: &'a [String],
}

/// A plan item as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanItemInput {
    pub instrument_id: Option<i64>,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// Empty: the instrument's estimate.
    pub days: Option<i64>,
    /// `None`: the instrument's estimated costs.
    pub costs: Option<Vec<CostInput>>,
    pub notes: String,
    pub kpi_targets: Vec<KpiTargetInput>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItemDraft {
    pub instrument_id: i64,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub days: i32,
    pub costs: Vec<CostItem>,
    pub notes: String,
    pub kpi_targets: Vec<KpiTarget>,
}

impl PlanItemInput {
    /// `plan_period` bounds the item's dates; `instrument` is the chosen
    /// instrument (`None` when it does not exist).
    pub fn validate(
        &self,
        plan_period: (NaiveDate, NaiveDate),
        instrument: Option<InstrumentDefaults<'_>>,
    ) -> Result<PlanItemDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        match (self.instrument_id, instrument) {
            (None, _) if !errors.contains("instrument_id") => {
                errors.add("instrument_id", crate::t("tb-err-choose-instrument"))
            }
            (Some(_), None) => errors.add("instrument_id", crate::t("tb-err-no-instrument")),
            _ => {}
        }
        let title = match (self.title.trim(), instrument) {
            ("", Some(i)) => Some(i.name.to_string()),
            (typed, _) => errors.check("title", text(typed, true, 140)),
        };
        let dates = period(
            self.starts_on,
            self.ends_on,
            ("starts_on", "ends_on"),
            &mut errors,
        );
        if let Some((starts_on, ends_on)) = dates {
            let (from, to) = plan_period;
            let outside = crate::t2("tb-err-within-plan", "from", from, "to", to);
            if starts_on < from || starts_on > to {
                errors.add("starts_on", outside.clone());
            }
            if ends_on > to || ends_on < from {
                errors.add("ends_on", outside);
            }
        }
        let days = match (self.days, instrument) {
            (None, Some(i)) => Some(i.days),
            (days, _) => budget::days("days", days, &mut errors),
        };
        let costs = match (&self.costs, instrument) {
            (None, Some(i)) => i.costs.to_vec(),
            (None, None) => Vec::new(),
            (Some(rows), _) => budget::cost_items("costs", rows, &mut errors),
        };
        let notes = errors.check("notes", text(&self.notes, false, 2000));
        let kpis = instrument.map(|i| i.kpis).unwrap_or_default();
        let mut kpi_targets: Vec<KpiTarget> = Vec::new();
        for input in &self.kpi_targets {
            let Some(target) = input.target else {
                continue;
            };
            let Some(name) = kpis
                .iter()
                .find(|k| k.trim().eq_ignore_ascii_case(input.name.trim()))
            else {
                if instrument.is_some() {
                    errors.add(
                        "kpi_targets",
                        crate::t2(
                            "tb-err-not-a-kpi",
                            "name",
                            input.name.trim(),
                            "kpis",
                            kpis.join(", "),
                        ),
                    );
                }
                continue;
            };
            if !(0..=MAX_KPI_TARGET).contains(&target) {
                errors.add(
                    "kpi_targets",
                    crate::t2("tb-err-kpi-target", "name", name, "max", MAX_KPI_TARGET),
                );
            } else if kpi_targets.iter().any(|k| &k.name == name) {
                errors.add("kpi_targets", crate::t1("tb-err-two-targets", "name", name));
            } else {
                kpi_targets.push(KpiTarget {
                    name: name.clone(),
                    target,
                });
            }
        }
        match (self.instrument_id, title, dates, days, notes) {
            (
                Some(instrument_id),
                Some(title),
                Some((starts_on, ends_on)),
                Some(days),
                Some(notes),
            ) if errors.is_empty() => Ok(PlanItemDraft {
                instrument_id,
                title,
                starts_on,
                ends_on,
                days,
                costs,
                notes,
                kpi_targets,
            }),
            _ => Err(errors),
        }
    }
}

/// An outcome KPI of a plan as typed or sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanKpiInput {
    pub metric: String,
    /// Empty: the definition in words.
    pub name: String,
    pub target: Option<i64>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanKpiDraft {
    pub metric: Metric,
    pub name: String,
    pub target: i64,
}

impl PlanKpiInput {
    pub fn validate(&self) -> Result<PlanKpiDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let metric = if self.metric.trim().is_empty() {
            errors.add("metric", crate::t("tb-err-choose-metric"));
            None
        } else {
            errors.check("metric", Metric::parse(&self.metric))
        };
        let name = match (self.name.trim(), metric) {
            ("", Some(metric)) => Some(metric.definition()),
            ("", None) => None,
            (typed, _) => errors.check("name", text(typed, true, 120)),
        };
        let target = check_target(metric, self.target, &mut errors);
        match (metric, name, target) {
            (Some(metric), Some(name), Some(target)) if errors.is_empty() => Ok(PlanKpiDraft {
                metric,
                name,
                target,
            }),
            _ => Err(errors),
        }
    }
}

/// The monitoring indicator that carries a plan's KPI: in the plan's
/// programme (or the whole network), named after the plan, over its period,
/// counting only results in the plan's target country when it names one (and
/// the KPI counts records, which carry a country; a region alone cannot be
/// told from the records). It is internal to the plan's organisation, as the
/// plan is.
pub fn indicator_for(
    organisation_id: i64,
    plan_title: &str,
    programme_id: Option<i64>,
    market: &TargetMarket,
    (from, to): (NaiveDate, NaiveDate),
    kpi: &PlanKpiDraft,
) -> IndicatorDraft {
    let name: String = format!("{plan_title}: {}", kpi.name)
        .chars()
        .take(200)
        .collect();
    let countries = match (&market.country, kpi.metric.kind()) {
        (Some(country), Some(_)) => vec![country.as_str().to_string()],
        _ => Vec::new(),
    };
    IndicatorDraft {
        programme_id,
        name,
        metric: kpi.metric,
        countries,
        target: kpi.target,
        period_from: from,
        period_to: to,
        internal_to: Some(organisation_id),
    }
}

/// Starts plans: managers (for their organisation) and admins.
pub fn can_create(actor: &Actor) -> bool {
    actor.is_admin() || (actor.role == Role::Manager && actor.organisation_id.is_some())
}

/// Plans are internal: their organisation's managers and the admins read and
/// change them; anyone else is told there is no such plan.
pub fn can_manage(actor: &Actor, organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(organisation_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::monitoring::model::outcomes::OutcomeKind;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn plan() -> PlanInput {
        PlanInput {
            title: "Japan 2027".into(),
            market_country: "jp".into(),
            starts_on: Some(day(2027, 1, 1)),
            ends_on: Some(day(2027, 12, 31)),
            ..Default::default()
        }
    }

    #[test]
    fn a_plan_names_a_market_and_a_period() {
        let draft = plan().validate().unwrap();
        assert_eq!(draft.day_rate_cents, DEFAULT_DAY_RATE_CENTS);
        assert_eq!(draft.market.label(), "Japan");
        let east = TargetMarket {
            country: Some(CountryCode::parse("US").unwrap()),
            region: "East Coast".into(),
        };
        assert_eq!(east.label(), "United States · East Coast");
        let region = PlanInput {
            market_country: String::new(),
            market_region: "South-East Asia".into(),
            ..plan()
        };
        assert_eq!(region.validate().unwrap().market.label(), "South-East Asia");

        let errors = PlanInput {
            market_country: String::new(),
            starts_on: Some(day(2027, 6, 1)),
            ends_on: Some(day(2027, 5, 1)),
            day_rate_cents: Some(-1),
            title: " ".into(),
            ..plan()
        }
        .validate()
        .unwrap_err();
        for field in ["title", "market_country", "ends_on", "day_rate_cents"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        let errors = PlanInput {
            market_country: "XX".into(),
            starts_on: None,
            ..plan()
        }
        .validate()
        .unwrap_err();
        assert!(errors.contains("market_country") && errors.contains("starts_on"));
    }

    fn defaults<'a>(costs: &'a [CostItem], kpis: &'a [String]) -> InstrumentDefaults<'a> {
        InstrumentDefaults {
            name: "Trade fairs",
            days: 10,
            costs,
            kpis,
        }
    }

    #[test]
    fn an_item_takes_its_defaults_from_the_instrument() {
        let costs = [CostItem {
            label: "Stand".into(),
            amount_cents: 800_000,
        }];
        let kpis = ["New contacts".to_string(), "New partners".to_string()];
        let input = PlanItemInput {
            instrument_id: Some(9),
            starts_on: Some(day(2027, 3, 1)),
            ends_on: Some(day(2027, 3, 4)),
            kpi_targets: vec![
                KpiTargetInput {
                    name: "new contacts".into(),
                    target: Some(40),
                },
                KpiTargetInput {
                    name: "New partners".into(),
                    target: None,
                },
            ],
            ..Default::default()
        };
        let period = (day(2027, 1, 1), day(2027, 12, 31));
        let draft = input
            .validate(period, Some(defaults(&costs, &kpis)))
            .unwrap();
        assert_eq!(draft.title, "Trade fairs");
        assert_eq!(draft.days, 10);
        assert_eq!(draft.costs, costs.to_vec());
        assert_eq!(
            draft.kpi_targets,
            vec![KpiTarget {
                name: "New contacts".into(),
                target: 40
            }]
        );

        // Typed values win; an empty list of costs means no costs.
        let typed = PlanItemInput {
            title: "Japan Marine fair".into(),
            days: Some(6),
            costs: Some(Vec::new()),
            ..input.clone()
        };
        let draft = typed
            .validate(period, Some(defaults(&costs, &kpis)))
            .unwrap();
        assert_eq!((draft.title.as_str(), draft.days), ("Japan Marine fair", 6));
        assert!(draft.costs.is_empty());

        let wrong = PlanItemInput {
            starts_on: Some(day(2026, 12, 1)),
            ends_on: Some(day(2028, 1, 2)),
            days: Some(-3),
            kpi_targets: vec![KpiTargetInput {
                name: "Happiness".into(),
                target: Some(3),
            }],
            ..input.clone()
        };
        let errors = wrong
            .validate(period, Some(defaults(&costs, &kpis)))
            .unwrap_err();
        for field in ["starts_on", "ends_on", "days", "kpi_targets"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        let errors = input.validate(period, None).unwrap_err();
        assert_eq!(errors.get("instrument_id"), Some("no such instrument"));
    }

    #[test]
    fn a_new_period_must_keep_the_items() {
        let items = [
            ("Study visit", day(2027, 2, 1), day(2027, 2, 5)),
            ("Trade fair", day(2027, 11, 1), day(2027, 11, 4)),
        ];
        assert!(items_outside((day(2027, 1, 1), day(2027, 12, 31)), items).is_empty());
        assert_eq!(
            items_outside((day(2027, 1, 1), day(2027, 10, 31)), items),
            vec!["Trade fair"]
        );
    }

    #[test]
    fn a_kpi_becomes_an_indicator_named_after_the_plan() {
        let kpi = PlanKpiInput {
            metric: "smes_with:partnership".into(),
            target: Some(6),
            ..Default::default()
        }
        .validate()
        .unwrap();
        assert_eq!(kpi.metric, Metric::SmesWith(OutcomeKind::Partnership));
        assert_eq!(kpi.name, kpi.metric.definition());
        let japan = TargetMarket {
            country: Some(CountryCode::from_stored("JP".into())),
            region: String::new(),
        };
        let indicator = indicator_for(
            9,
            "Japan 2027",
            Some(4),
            &japan,
            (day(2027, 1, 1), day(2027, 12, 31)),
            &kpi,
        );
        assert_eq!(indicator.countries, vec!["JP"]);
        assert!(
            indicator
                .name
                .starts_with("Japan 2027: Number of distinct SMEs")
        );
        assert_eq!(indicator.programme_id, Some(4));
        assert_eq!(indicator.target, 6);
        assert_eq!(indicator.period_to, day(2027, 12, 31));
        assert_eq!(indicator.internal_to, Some(9), "as internal as its plan");
        let asia = TargetMarket {
            country: None,
            region: "South-East Asia".into(),
        };
        let long = indicator_for(
            9,
            "x".repeat(300).as_str(),
            None,
            &asia,
            (day(2027, 1, 1), day(2027, 1, 2)),
            &kpi,
        );
        assert_eq!(long.name.chars().count(), 200);
        assert!(long.countries.is_empty(), "a region alone limits nothing");

        let errors = PlanKpiInput {
            metric: "share_with:partnership".into(),
            target: Some(140),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert!(errors.contains("target"));
        let errors = PlanKpiInput::default().validate().unwrap_err();
        assert!(errors.contains("metric") && errors.contains("target"));
    }

    #[test]
    fn plans_are_their_organisations_and_the_admins() {
        let actor = |role, organisation_id| Actor {
            user_id: 1,
            email: "x@example.org".into(),
            display_name: "X".into(),
            role,
            organisation_id,
            sme_id: None,
            session: None,
            locale: None,
        };
        assert!(can_manage(&actor(Role::Manager, Some(3)), 3));
        assert!(!can_manage(&actor(Role::Manager, Some(4)), 3));
        assert!(can_manage(&actor(Role::Admin, None), 3));
        assert!(!can_manage(&actor(Role::Sme, None), 3));
        assert!(!can_manage(&actor(Role::Evaluator, Some(3)), 3));
        assert!(can_create(&actor(Role::Manager, Some(4))) && !can_create(&actor(Role::Sme, None)));
    }
}
