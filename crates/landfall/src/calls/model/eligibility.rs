//! An application as its consortium writes it, the checks a draft must pass
//! to be saved, and the pre-submission check: every rule of the call that
//! the application breaks, each named, so the consortium can fix them all at
//! once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Serialize;

use super::{CallRules, FormQuestion, MAX_AMOUNT_CENTS, OrganisationFacts};
use crate::registry::model::CountryCode;
use crate::validation::{FieldErrors, text};

/// One partner of a consortium as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartnerInput {
    pub organisation_id: Option<i64>,
    /// The call's funding partner (call funder id) that funds this partner;
    /// left out, the only funder of the partner's country is taken.
    pub funder_id: Option<i64>,
    pub requested_cents: Option<i64>,
    pub smes_engaged: Option<i64>,
}

/// One activity of the work plan as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkItemInput {
    pub instrument_id: Option<i64>,
    pub title: String,
    /// The partner responsible (an organisation of the consortium).
    pub partner_organisation_id: Option<i64>,
    pub start_month: Option<i64>,
    pub end_month: Option<i64>,
    pub cost_cents: Option<i64>,
    pub description: String,
}

/// An application as typed (page or API).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApplicationInput {
    pub title: String,
    pub acronym: String,
    pub summary: String,
    pub objectives: String,
    pub duration_months: Option<i64>,
    pub partners: Vec<PartnerInput>,
    pub work_items: Vec<WorkItemInput>,
    pub answers: BTreeMap<String, String>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerDraft {
    pub organisation_id: i64,
    pub funder_id: Option<i64>,
    pub requested_cents: i64,
    pub smes_engaged: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkItemDraft {
    pub instrument_id: Option<i64>,
    pub title: String,
    pub partner_organisation_id: i64,
    pub start_month: i32,
    pub end_month: i32,
    pub cost_cents: i64,
    pub description: String,
}

/// A draft that may be saved: every value readable and consistent with
/// itself. Whether it meets the call's rules is [`check`]'s business.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationDraft {
    pub title: String,
    pub acronym: String,
    pub summary: String,
    pub objectives: String,
    pub duration_months: Option<i32>,
    pub partners: Vec<PartnerDraft>,
    pub work_items: Vec<WorkItemDraft>,
    pub answers: BTreeMap<String, String>,
}

/// A funding partner of the call, as an application is checked against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunderFacts {
    pub id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub country: CountryCode,
}

impl FunderFacts {
    /// Why the funder does not fund an organisation of `country`.
    fn not_of(&self, country: &CountryCode) -> String {
        crate::t3(
            "calls-err-funder-country",
            "funder",
            &self.name,
            "country",
            self.country.as_str(),
            "other",
            country.as_str(),
        )
    }
}

/// The most partners and work plan items an application may have.
pub const MAX_PARTNERS: usize = 30;
pub const MAX_WORK_ITEMS: usize = 60;

fn amount(field: &str, value: Option<i64>, errors: &mut FieldErrors) -> i64 {
    match value {
        None => 0,
        Some(v) if v < 0 => {
            errors.add(field, crate::t("calls-err-not-negative"));
            0
        }
        Some(v) if v > MAX_AMOUNT_CENTS => {
            errors.add(field, crate::t("val-too-large"));
            0
        }
        Some(v) => v,
    }
}

impl ApplicationInput {
    /// `lead` is the lead applicant, which must stay in the consortium;
    /// `organisations` holds the facts of every organisation named and
    /// `instruments` the ids of the toolbox instruments among those named.
    pub fn validate(
        &self,
        lead: i64,
        funders: &[FunderFacts],
        questions: &[FormQuestion],
        organisations: &HashMap<i64, OrganisationFacts>,
        instruments: &BTreeSet<i64>,
    ) -> Result<ApplicationDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, false, 200));
        let acronym = errors.check("acronym", text(&self.acronym, false, 30));
        let summary = errors.check("summary", text(&self.summary, false, 3000));
        let objectives = errors.check("objectives", text(&self.objectives, false, 6000));
        let duration_months = match self.duration_months {
            None => None,
            Some(m) if (1..=120).contains(&m) => i32::try_from(m).ok(),
            Some(_) => {
                errors.add(
                    "duration_months",
                    crate::t2("calls-err-between", "min", 1, "max", 120),
                );
                None
            }
        };
        if self.partners.len() > MAX_PARTNERS {
            errors.add(
                "partners",
                crate::t1("calls-err-at-most-partners", "max", MAX_PARTNERS),
            );
        }
        let mut partners = Vec::new();
        let mut seen = BTreeSet::new();
        for (i, p) in self.partners.iter().enumerate() {
            let field = |name: &str| format!("partners[{i}].{name}");
            let Some(id) = p.organisation_id else {
                errors.add(field("organisation_id"), crate::t("val-required"));
                continue;
            };
            let Some(organisation) = organisations.get(&id) else {
                errors.add(
                    field("organisation_id"),
                    crate::t("calls-err-no-such-organisation"),
                );
                continue;
            };
            if !seen.insert(id) {
                errors.add(
                    field("organisation_id"),
                    crate::t1("calls-err-in-consortium-twice", "name", &organisation.name),
                );
                continue;
            }
            let of_country: Vec<&FunderFacts> = funders
                .iter()
                .filter(|f| f.country == organisation.country)
                .collect();
            let funder_id = match p.funder_id {
                Some(funder_id) => match funders.iter().find(|f| f.id == funder_id) {
                    None => {
                        errors.add(field("funder_id"), crate::t("calls-err-not-a-funder"));
                        None
                    }
                    Some(f) if f.country != organisation.country => {
                        errors.add(field("funder_id"), f.not_of(&organisation.country));
                        None
                    }
                    Some(f) => Some(f.id),
                },
                None if of_country.len() == 1 => Some(of_country[0].id),
                None => None,
            };
            let requested_cents = amount(&field("requested_cents"), p.requested_cents, &mut errors);
            let smes_engaged = match p.smes_engaged {
                None => 0,
                Some(n) if (0..=100_000).contains(&n) => i32::try_from(n).unwrap_or(0),
                Some(_) => {
                    errors.add(
                        field("smes_engaged"),
                        crate::t2("calls-err-between", "min", 0, "max", 100000),
                    );
                    0
                }
            };
            partners.push(PartnerDraft {
                organisation_id: id,
                funder_id,
                requested_cents,
                smes_engaged,
            });
        }
        if !seen.contains(&lead) {
            errors.add("partners", crate::t("calls-err-lead-stays"));
        }

        if self.work_items.len() > MAX_WORK_ITEMS {
            errors.add(
                "work_items",
                crate::t1("calls-err-at-most-activities", "max", MAX_WORK_ITEMS),
            );
        }
        let mut work_items = Vec::new();
        for (i, w) in self.work_items.iter().enumerate() {
            let field = |name: &str| format!("work_items[{i}].{name}");
            let title = errors.check(&field("title"), text(&w.title, true, 200));
            let description =
                errors.check(&field("description"), text(&w.description, false, 2000));
            if let Some(id) = w.instrument_id
                && !instruments.contains(&id)
            {
                errors.add(
                    field("instrument_id"),
                    crate::t("calls-err-no-such-instrument"),
                );
            }
            let partner = match w.partner_organisation_id {
                None => {
                    errors.add(
                        field("partner_organisation_id"),
                        crate::t("calls-err-say-partner"),
                    );
                    None
                }
                Some(id) if !seen.contains(&id) => {
                    errors.add(
                        field("partner_organisation_id"),
                        crate::t("calls-err-not-in-consortium"),
                    );
                    None
                }
                Some(id) => Some(id),
            };
            let month = |name: &str, value: Option<i64>, errors: &mut FieldErrors| match value {
                None => {
                    errors.add(field(name), crate::t("val-required"));
                    None
                }
                Some(m) if (1..=120).contains(&m) => i32::try_from(m).ok(),
                Some(_) => {
                    errors.add(field(name), crate::t("calls-err-project-month"));
                    None
                }
            };
            let start = month("start_month", w.start_month, &mut errors);
            let end = month("end_month", w.end_month, &mut errors);
            if let (Some(s), Some(e)) = (start, end)
                && e < s
            {
                errors.add(field("end_month"), crate::t("calls-err-before-start-month"));
            }
            let cost_cents = amount(&field("cost_cents"), w.cost_cents, &mut errors);
            if let (Some(title), Some(description), Some(partner), Some(start), Some(end)) =
                (title, description, partner, start, end)
            {
                work_items.push(WorkItemDraft {
                    instrument_id: w.instrument_id,
                    title,
                    partner_organisation_id: partner,
                    start_month: start,
                    end_month: end,
                    cost_cents,
                    description,
                });
            }
        }

        let mut answers = BTreeMap::new();
        for (key, value) in &self.answers {
            if !questions.iter().any(|q| &q.key == key) {
                errors.add(
                    format!("answers.{key}"),
                    crate::t("calls-err-not-a-question"),
                );
                continue;
            }
            if let Some(value) = errors.check(&format!("answers.{key}"), text(value, false, 6000))
                && !value.is_empty()
            {
                answers.insert(key.clone(), value);
            }
        }

        match (title, acronym, summary, objectives) {
            (Some(title), Some(acronym), Some(summary), Some(objectives)) if errors.is_empty() => {
                Ok(ApplicationDraft {
                    title,
                    acronym,
                    summary,
                    objectives,
                    duration_months,
                    partners,
                    work_items,
                    answers,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A call rule an application breaks, with what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Breach {
    /// Stable name of the rule: `open`, `required`, `min_countries`,
    /// `funded_partner`, `unfunded_request`, `eligible_kinds`, `grant_range`,
    /// `duration`, `min_smes`, `work_plan`, `budget_covered`.
    pub rule: &'static str,
    pub message: String,
}

/// What the pre-submission check looks at.
pub struct CheckContext<'a> {
    pub rules: &'a CallRules,
    pub questions: &'a [FormQuestion],
    pub funders: &'a [FunderFacts],
    pub organisations: &'a HashMap<i64, OrganisationFacts>,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub now: DateTime<Utc>,
}

/// A deadline as people of the call read it: local time and zone.
pub fn local_time(at: DateTime<Utc>, zone: Tz) -> String {
    format!(
        "{} ({zone})",
        at.with_timezone(&zone).format("%Y-%m-%d %H:%M")
    )
}

/// Whether applications may be submitted now, with the reason if not.
pub fn submission_window(ctx: &CheckContext<'_>) -> Result<(), String> {
    if ctx.now < ctx.opens_at {
        Err(crate::t1(
            "calls-err-not-open-yet",
            "opens",
            local_time(ctx.opens_at, ctx.time_zone),
        ))
    } else if ctx.now >= ctx.closes_at {
        Err(crate::t1(
            "calls-err-closed",
            "closes",
            local_time(ctx.closes_at, ctx.time_zone),
        ))
    } else {
        Ok(())
    }
}

/// Every rule of the call the application breaks (empty: it may be submitted).
pub fn check(application: &ApplicationDraft, ctx: &CheckContext<'_>) -> Vec<Breach> {
    let mut breaches = Vec::new();
    let mut breach = |rule: &'static str, message: String| breaches.push(Breach { rule, message });
    let rules = ctx.rules;

    if let Err(message) = submission_window(ctx) {
        breach("open", message);
    }

    let mut missing = Vec::new();
    for (value, name) in [
        (&application.title, "calls-missing-title"),
        (&application.summary, "calls-missing-summary"),
        (&application.objectives, "calls-missing-objectives"),
    ] {
        if value.is_empty() {
            missing.push(crate::t(name));
        }
    }
    if application.duration_months.is_none() {
        missing.push(crate::t("calls-missing-duration"));
    }
    for q in ctx.questions.iter().filter(|q| q.required) {
        if !application.answers.contains_key(&q.key) {
            missing.push(crate::t1("calls-missing-answer", "prompt", &q.prompt));
        }
    }
    if !missing.is_empty() {
        breach(
            "required",
            crate::t1("calls-err-still-missing", "missing", missing.join(", ")),
        );
    }

    let facts = |id: i64| ctx.organisations.get(&id);
    let countries: BTreeSet<&str> = application
        .partners
        .iter()
        .filter_map(|p| facts(p.organisation_id).map(|o| o.country.as_str()))
        .collect();
    if countries.len() < usize::try_from(rules.min_countries).unwrap_or(0) {
        breach(
            "min_countries",
            crate::ta(
                "calls-err-min-countries",
                &[
                    (
                        "count",
                        FluentValue::from(i64::try_from(countries.len()).unwrap_or(i64::MAX)),
                    ),
                    ("min", FluentValue::from(rules.min_countries.to_string())),
                ],
            ),
        );
    }
    if !application
        .partners
        .iter()
        .any(|p| p.funder_id.is_some() && p.requested_cents > 0)
    {
        let funded: Vec<&str> = ctx.funders.iter().map(|f| f.country.as_str()).collect();
        breach(
            "funded_partner",
            crate::t1(
                "calls-err-no-funded-partner",
                "countries",
                funded.join(", "),
            ),
        );
    }
    for p in &application.partners {
        // A funder whose country the call's team changed after the partner
        // chose it no longer funds the partner.
        if p.requested_cents > 0
            && let Some(o) = facts(p.organisation_id)
            && let Some(f) = p
                .funder_id
                .and_then(|id| ctx.funders.iter().find(|f| f.id == id))
            && f.country != o.country
        {
            breach("unfunded_request", f.not_of(&o.country));
        }
        if p.requested_cents > 0
            && p.funder_id.is_none()
            && let Some(o) = facts(p.organisation_id)
        {
            let of_country = ctx
                .funders
                .iter()
                .filter(|f| f.country == o.country)
                .count();
            breach(
                "unfunded_request",
                if of_country == 0 {
                    crate::t3(
                        "calls-err-request-without-funder",
                        "name",
                        &o.name,
                        "amount",
                        crate::i18n::money(p.requested_cents),
                        "country",
                        o.country.name_t(),
                    )
                } else {
                    crate::t3(
                        "calls-err-request-choose-funder",
                        "name",
                        &o.name,
                        "amount",
                        crate::i18n::money(p.requested_cents),
                        "country",
                        o.country.name_t(),
                    )
                },
            );
        }
    }
    let ineligible: Vec<String> = application
        .partners
        .iter()
        .filter_map(|p| facts(p.organisation_id))
        .filter(|o| !rules.eligible_kinds.contains(&o.kind))
        .map(|o| format!("{} ({})", o.name, o.kind.label_t().to_lowercase()))
        .collect();
    if !ineligible.is_empty() {
        let kinds: Vec<String> = rules
            .eligible_kinds
            .iter()
            .map(|k| k.label_t().to_lowercase())
            .collect();
        breach(
            "eligible_kinds",
            crate::t2(
                "calls-err-not-eligible",
                "partners",
                ineligible.join(", "),
                "kinds",
                kinds.join(", "),
            ),
        );
    }
    let grant: i64 = application.partners.iter().map(|p| p.requested_cents).sum();
    if grant < rules.min_grant_cents || grant > rules.max_grant_cents {
        breach(
            "grant_range",
            crate::t3(
                "calls-err-grant-range",
                "grant",
                crate::i18n::money(grant),
                "min",
                crate::i18n::money(rules.min_grant_cents),
                "max",
                crate::i18n::money(rules.max_grant_cents),
            ),
        );
    }
    if let Some(months) = application.duration_months
        && (months < rules.min_months || months > rules.max_months)
    {
        breach(
            "duration",
            crate::t3(
                "calls-err-duration",
                "months",
                months,
                "min",
                rules.min_months,
                "max",
                rules.max_months,
            ),
        );
    }
    let smes: i64 = application
        .partners
        .iter()
        .map(|p| i64::from(p.smes_engaged))
        .sum();
    if smes < i64::from(rules.min_smes) {
        breach(
            "min_smes",
            crate::t2("calls-err-min-smes", "smes", smes, "min", rules.min_smes),
        );
    }
    if application.work_items.is_empty() {
        breach("work_plan", crate::t("calls-err-work-plan-empty"));
    } else if let Some(months) = application.duration_months {
        let late: Vec<&str> = application
            .work_items
            .iter()
            .filter(|w| w.end_month > months)
            .map(|w| w.title.as_str())
            .collect();
        if !late.is_empty() {
            breach(
                "work_plan",
                crate::t2(
                    "calls-err-activities-late",
                    "months",
                    months,
                    "activities",
                    late.join(", "),
                ),
            );
        }
    }
    let cost: i64 = application.work_items.iter().map(|w| w.cost_cents).sum();
    if grant > cost {
        breach(
            "budget_covered",
            crate::t2(
                "calls-err-grant-above-cost",
                "grant",
                crate::i18n::money(grant),
                "cost",
                crate::i18n::money(cost),
            ),
        );
    }
    breaches
}

/// The budget per funding partner: what each is asked to fund.
pub fn requested_by_funder(application: &ApplicationDraft) -> BTreeMap<i64, i64> {
    let mut by_funder = BTreeMap::new();
    for p in &application.partners {
        if let Some(f) = p.funder_id {
            *by_funder.entry(f).or_insert(0) += p.requested_cents;
        }
    }
    by_funder
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::model::OrganisationKind;

    fn organisation(name: &str, kind: OrganisationKind, country: &str) -> OrganisationFacts {
        OrganisationFacts {
            name: name.into(),
            kind,
            country: CountryCode::parse(country).unwrap(),
        }
    }

    fn organisations() -> HashMap<i64, OrganisationFacts> {
        HashMap::from([
            (
                1,
                organisation("Skagerrak Seafood Cluster", OrganisationKind::Cluster, "DK"),
            ),
            (
                2,
                organisation("Sunnmøre Maritime Cluster", OrganisationKind::Cluster, "NO"),
            ),
            (
                3,
                organisation("Riga Food Cluster", OrganisationKind::Cluster, "LV"),
            ),
            (
                4,
                organisation(
                    "Norwegian Coastal Growth Fund",
                    OrganisationKind::FundingAgency,
                    "NO",
                ),
            ),
            (
                5,
                organisation("Oslo Cluster", OrganisationKind::Cluster, "NO"),
            ),
        ])
    }

    fn funders() -> Vec<FunderFacts> {
        vec![
            FunderFacts {
                id: 10,
                organisation_id: 20,
                name: "Danish agency".into(),
                country: CountryCode::parse("DK").unwrap(),
            },
            FunderFacts {
                id: 11,
                organisation_id: 4,
                name: "Norwegian fund".into(),
                country: CountryCode::parse("NO").unwrap(),
            },
        ]
    }

    fn questions() -> Vec<FormQuestion> {
        vec![FormQuestion {
            key: "q1".into(),
            prompt: "How will the SMEs be engaged?".into(),
            required: true,
        }]
    }

    fn partner(id: i64, requested: i64, smes: i64) -> PartnerInput {
        PartnerInput {
            organisation_id: Some(id),
            funder_id: None,
            requested_cents: Some(requested),
            smes_engaged: Some(smes),
        }
    }

    fn instruments() -> BTreeSet<i64> {
        BTreeSet::from([3])
    }

    fn item(partner: i64, end: i64, cost: i64) -> WorkItemInput {
        WorkItemInput {
            instrument_id: Some(3),
            title: format!("Study visit {end}"),
            partner_organisation_id: Some(partner),
            start_month: Some(1),
            end_month: Some(end),
            cost_cents: Some(cost),
            description: String::new(),
        }
    }

    fn good() -> ApplicationInput {
        ApplicationInput {
            title: "Blue food value chains".into(),
            acronym: "BLUEFOOD".into(),
            summary: "Seafood SMEs meet buyers across the Skagerrak.".into(),
            objectives: "Ten new contracts.".into(),
            duration_months: Some(15),
            partners: vec![
                partner(1, 2_000_000, 6),
                partner(2, 1_500_000, 4),
                partner(3, 0, 2),
            ],
            work_items: vec![item(1, 6, 2_500_000), item(2, 15, 1_500_000)],
            answers: BTreeMap::from([(
                "q1".to_string(),
                "Through the cluster's members.".to_string(),
            )]),
            ..Default::default()
        }
    }

    fn time(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    fn breaches_of(input: &ApplicationInput, now: &str) -> Vec<&'static str> {
        let organisations = organisations();
        let rules = CallRules::typical();
        let questions = questions();
        let funders = funders();
        let draft = input
            .validate(1, &funders, &questions, &organisations, &instruments())
            .unwrap();
        let ctx = CheckContext {
            rules: &rules,
            questions: &questions,
            funders: &funders,
            organisations: &organisations,
            opens_at: time("2027-01-04T08:00:00Z"),
            closes_at: time("2027-01-29T14:00:00Z"),
            time_zone: chrono_tz::Europe::Copenhagen,
            now: time(now),
        };
        check(&draft, &ctx).into_iter().map(|b| b.rule).collect()
    }

    const OPEN: &str = "2027-01-10T12:00:00Z";

    #[test]
    fn a_funder_moved_to_another_country_no_longer_funds_the_partner() {
        let organisations = organisations();
        let rules = CallRules::typical();
        let questions = questions();
        let draft = good()
            .validate(1, &funders(), &questions, &organisations, &instruments())
            .unwrap();
        // The call's team changes the first funder's country afterwards.
        let mut moved = funders();
        moved[0].country = CountryCode::parse("SE").unwrap();
        let ctx = CheckContext {
            rules: &rules,
            questions: &questions,
            funders: &moved,
            organisations: &organisations,
            opens_at: time("2027-01-04T08:00:00Z"),
            closes_at: time("2027-01-29T14:00:00Z"),
            time_zone: chrono_tz::Europe::Copenhagen,
            now: time(OPEN),
        };
        let breaches = check(&draft, &ctx);
        let rules: Vec<&str> = breaches.iter().map(|b| b.rule).collect();
        assert_eq!(rules, ["unfunded_request"]);
        assert!(breaches[0].message.contains("not in DK"), "{breaches:?}");
    }

    #[test]
    fn a_good_application_breaks_no_rule_and_gets_its_funders() {
        assert_eq!(breaches_of(&good(), OPEN), Vec::<&str>::new());
        let draft = good()
            .validate(
                1,
                &funders(),
                &questions(),
                &organisations(),
                &instruments(),
            )
            .unwrap();
        assert_eq!(draft.partners[0].funder_id, Some(10));
        assert_eq!(draft.partners[2].funder_id, None, "no funder in Latvia");
        assert_eq!(
            requested_by_funder(&draft),
            BTreeMap::from([(10, 2_000_000), (11, 1_500_000)])
        );
    }

    #[test]
    fn each_rule_is_reported_when_broken() {
        type Change = Box<dyn Fn(&mut ApplicationInput)>;
        let cases: Vec<(&str, Change, &str)> = vec![
            ("open", Box::new(|_| {}), "2027-01-29T14:00:00Z"),
            ("open", Box::new(|_| {}), "2027-01-01T00:00:00Z"),
            (
                "required",
                Box::new(|a| {
                    a.answers.clear();
                }),
                OPEN,
            ),
            ("required", Box::new(|a| a.objectives.clear()), OPEN),
            (
                "min_countries",
                Box::new(|a| {
                    a.partners.truncate(1);
                    a.work_items[1].partner_organisation_id = Some(1);
                }),
                OPEN,
            ),
            (
                "funded_partner",
                Box::new(|a| {
                    for p in &mut a.partners {
                        p.requested_cents = Some(0);
                    }
                }),
                OPEN,
            ),
            (
                "unfunded_request",
                Box::new(|a| a.partners[2].requested_cents = Some(500_000)),
                OPEN,
            ),
            (
                "eligible_kinds",
                Box::new(|a| a.partners.push(partner(4, 0, 0))),
                OPEN,
            ),
            (
                "grant_range",
                Box::new(|a| {
                    a.partners[0].requested_cents = Some(500_000);
                    a.partners[1].requested_cents = Some(400_000);
                }),
                OPEN,
            ),
            ("duration", Box::new(|a| a.duration_months = Some(24)), OPEN),
            (
                "min_smes",
                Box::new(|a| {
                    for p in &mut a.partners {
                        p.smes_engaged = Some(1);
                    }
                }),
                OPEN,
            ),
            ("work_plan", Box::new(|a| a.work_items.clear()), OPEN),
            (
                "work_plan",
                Box::new(|a| a.work_items[1].end_month = Some(16)),
                OPEN,
            ),
            (
                "budget_covered",
                Box::new(|a| a.work_items[0].cost_cents = Some(100_000)),
                OPEN,
            ),
        ];
        for (rule, change, now) in cases {
            let mut input = good();
            change(&mut input);
            let broken = breaches_of(&input, now);
            assert!(broken.contains(&rule), "{rule}: {broken:?}");
            let others: Vec<&&str> = broken.iter().filter(|r| **r != rule).collect();
            // Without any grant or any activity, the budget rules break too.
            if rule != "funded_partner" && rule != "work_plan" {
                assert!(others.is_empty(), "{rule} also broke {others:?}");
            }
        }
    }

    #[test]
    fn drafts_must_be_readable_and_consistent() {
        let mut bad = good();
        bad.partners.push(partner(2, 100, 0));
        bad.partners[1].funder_id = Some(10);
        bad.work_items[0].partner_organisation_id = Some(5);
        bad.work_items[1].end_month = Some(0);
        bad.work_items[1].instrument_id = Some(99);
        bad.answers.insert("q9".into(), "?".into());
        bad.partners[0].requested_cents = Some(-5);
        let errors = bad
            .validate(
                1,
                &funders(),
                &questions(),
                &organisations(),
                &instruments(),
            )
            .unwrap_err();
        for field in [
            "partners[3].organisation_id",
            "partners[1].funder_id",
            "partners[0].requested_cents",
            "work_items[0].partner_organisation_id",
            "work_items[1].end_month",
            "work_items[1].instrument_id",
            "answers.q9",
        ] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        let mut without_lead = good();
        without_lead.partners.remove(0);
        without_lead.work_items.clear();
        let errors = without_lead
            .validate(
                1,
                &funders(),
                &questions(),
                &organisations(),
                &instruments(),
            )
            .unwrap_err();
        assert!(errors.contains("partners"));
    }

    #[test]
    fn the_deadline_is_told_in_the_calls_time_zone() {
        assert_eq!(
            local_time(time("2027-01-29T14:00:00Z"), chrono_tz::Europe::Copenhagen),
            "2027-01-29 15:00 (Europe/Copenhagen)"
        );
    }
}
