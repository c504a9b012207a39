//! Joint calls' rules, without I/O: a call's settings (funding partners,
//! dates in a time zone, eligibility rules, application form, evaluation
//! rubric), who may do what, and the calculations behind eligibility,
//! scoring, decisions and statistics (in the submodules).

pub mod decisions;
pub mod eligibility;
pub mod scoring;
pub mod statistics;

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::auth::{Actor, Role};
use crate::calendar::{local_to_utc, parse_time_zone};
use crate::registry::model::{CountryCode, OrganisationKind, format_eur, vocabulary};
use crate::validation::{FieldErrors, text};

vocabulary! {
    /// Where an application is. Decisions do not change it: an application's
    /// outcome is computed from its funders' decisions (see [`decisions`]).
    ApplicationStatus, "an application status" {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Submitted";
        Withdrawn => "withdrawn", "Withdrawn";
    }
}

vocabulary! {
    /// Where an evaluator's review is.
    ReviewStatus, "a review status" {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Submitted";
    }
}

/// Where a call is in its life, from its settings and the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CallPhase {
    /// Not published yet: only its managers see it.
    Draft,
    /// Published, not open for applications yet.
    Upcoming,
    Open,
    /// Past its deadline: evaluation and decisions.
    Closed,
}

impl CallPhase {
    pub fn of(
        published: bool,
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Self {
        if !published {
            CallPhase::Draft
        } else if now < opens_at {
            CallPhase::Upcoming
        } else if now < closes_at {
            CallPhase::Open
        } else {
            CallPhase::Closed
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CallPhase::Draft => "Draft (not published)",
            CallPhase::Upcoming => "Opens soon",
            CallPhase::Open => "Open for applications",
            CallPhase::Closed => "Closed",
        }
    }
}

impl CallPhase {
    /// The phase in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            CallPhase::Draft => "calls-phase-draft",
            CallPhase::Upcoming => "calls-phase-upcoming",
            CallPhase::Open => "calls-phase-open",
            CallPhase::Closed => "calls-phase-closed",
        })
    }
}

impl ApplicationStatus {
    /// The status in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            ApplicationStatus::Draft => "calls-status-draft",
            ApplicationStatus::Submitted => "calls-status-submitted",
            ApplicationStatus::Withdrawn => "calls-status-withdrawn",
        })
    }
}

impl ReviewStatus {
    /// The status in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            ReviewStatus::Draft => "calls-review-status-draft",
            ReviewStatus::Submitted => "calls-review-status-submitted",
        })
    }
}

/// Organisation kinds that may fund a call.
pub fn can_fund(kind: OrganisationKind) -> bool {
    matches!(
        kind,
        OrganisationKind::FundingAgency | OrganisationKind::PublicAuthority
    )
}

/// Who may open a new call: admins, and managers of funding agencies and
/// public authorities (checked against the organisation's kind by the caller).
pub fn can_create_call(actor: &Actor, organisation_kind: Option<OrganisationKind>) -> bool {
    actor.is_admin() || (actor.role == Role::Manager && organisation_kind.is_some_and(can_fund))
}

/// The people behind a call: its coordinating organisation and its funders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallTeam {
    pub coordinator_organisation_id: i64,
    pub funder_organisation_ids: Vec<i64>,
}

impl CallTeam {
    /// Coordinator and funders' managers (and admins) run the call: they see
    /// every submitted application, assign evaluators and see the ranking.
    pub fn can_manage(&self, actor: &Actor) -> bool {
        actor.is_admin()
            || actor.organisation_id.is_some_and(|org| {
                actor.role == Role::Manager
                    && (org == self.coordinator_organisation_id
                        || self.funder_organisation_ids.contains(&org))
            })
    }

    /// Only the coordinator (and admins) change the call's settings.
    pub fn can_edit(&self, actor: &Actor) -> bool {
        actor.is_admin() || actor.manages(self.coordinator_organisation_id)
    }
}

/// An agency decides only for the partners it funds, through its managers.
pub fn can_decide_for(actor: &Actor, funder_organisation_id: i64) -> bool {
    actor.manages(funder_organisation_id)
}

/// Who is behind an application, for deciding who may see and change it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationAccess {
    pub lead_organisation_id: i64,
    pub partner_organisation_ids: Vec<i64>,
    pub status: ApplicationStatus,
    /// Whether the actor is an evaluator assigned to it.
    pub assigned: bool,
}

impl ApplicationAccess {
    /// Its consortium's managers see it in every status; the call's team and
    /// its assigned evaluators see it once submitted (never a draft, and
    /// evaluators nothing withdrawn). Everyone else is told it does not exist.
    pub fn can_view(&self, actor: &Actor, team: &CallTeam) -> bool {
        if actor.is_admin() || self.in_consortium(actor) {
            return true;
        }
        match self.status {
            ApplicationStatus::Draft => false,
            ApplicationStatus::Submitted => {
                team.can_manage(actor) || (actor.role == Role::Evaluator && self.assigned)
            }
            ApplicationStatus::Withdrawn => team.can_manage(actor),
        }
    }

    pub fn in_consortium(&self, actor: &Actor) -> bool {
        actor.role == Role::Manager
            && actor
                .organisation_id
                .is_some_and(|o| self.partner_organisation_ids.contains(&o))
    }

    /// The lead applicant's managers write, submit and withdraw it.
    pub fn can_edit(&self, actor: &Actor) -> bool {
        actor.manages(self.lead_organisation_id)
    }
}

/// Whether an evaluator may review an application: assigned to it, and not
/// working for an organisation of its consortium (a conflict of interest).
pub fn conflict_of_interest(
    evaluator_organisation_id: Option<i64>,
    partner_organisation_ids: &[i64],
) -> bool {
    evaluator_organisation_id.is_some_and(|o| partner_organisation_ids.contains(&o))
}

/// What the call checks an organisation against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationFacts {
    pub name: String,
    pub kind: OrganisationKind,
    pub country: CountryCode,
}

/// A funding partner of a call as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunderInput {
    pub organisation_id: Option<i64>,
    /// Defaults to the organisation's country (a regional agency may fund
    /// organisations of its country only, as national agencies do).
    pub country: String,
    pub budget_cents: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunderDraft {
    pub organisation_id: i64,
    pub country: CountryCode,
    pub budget_cents: i64,
}

/// A question of the call's application form beyond the standard parts.
#[derive(
    Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
pub struct FormQuestion {
    /// Stable key of the answer (`q1`, `q2`…), kept when questions are reworded.
    pub key: String,
    pub prompt: String,
    pub required: bool,
}

/// The rules every application is checked against before it may be submitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallRules {
    pub min_countries: i32,
    pub min_grant_cents: i64,
    pub max_grant_cents: i64,
    pub min_months: i32,
    pub max_months: i32,
    pub min_smes: i32,
    pub eligible_kinds: Vec<OrganisationKind>,
}

impl CallRules {
    /// The Innovation Express rules: consortia from two countries or more,
    /// EUR 10,000–60,000 per project, 12–18 months, clusters and the
    /// organisations that work like them.
    pub fn typical() -> Self {
        CallRules {
            min_countries: 2,
            min_grant_cents: 1_000_000,
            max_grant_cents: 6_000_000,
            min_months: 12,
            max_months: 18,
            min_smes: 5,
            eligible_kinds: vec![
                OrganisationKind::Cluster,
                OrganisationKind::Incubator,
                OrganisationKind::BusinessDevelopmentCentre,
                OrganisationKind::KnowledgeInstitution,
            ],
        }
    }

    /// The rules in one line each, as the call page lists them.
    pub fn describe(&self) -> Vec<String> {
        let kinds: Vec<&str> = self.eligible_kinds.iter().map(|k| k.label()).collect();
        vec![
            format!(
                "Partners from at least {} countries, at least one of them funded by a funding partner of the call",
                self.min_countries
            ),
            format!(
                "A grant per project between {} and {}",
                format_eur(self.min_grant_cents),
                format_eur(self.max_grant_cents)
            ),
            format!("{} to {} months", self.min_months, self.max_months),
            format!("At least {} SMEs engaged", self.min_smes),
            format!("Partners may be: {}", kinds.join(", ")),
        ]
    }
}

/// A call's settings as typed (page or API).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallInput {
    pub title: String,
    pub year: Option<i64>,
    pub summary: String,
    pub coordinator_organisation_id: Option<i64>,
    pub time_zone: String,
    pub opens_at: Option<NaiveDateTime>,
    pub closes_at: Option<NaiveDateTime>,
    pub min_countries: Option<i64>,
    pub min_grant_cents: Option<i64>,
    pub max_grant_cents: Option<i64>,
    pub min_months: Option<i64>,
    pub max_months: Option<i64>,
    pub min_smes: Option<i64>,
    pub eligible_kinds: Vec<String>,
    pub funders: Vec<FunderInput>,
    pub questions: Vec<QuestionInput>,
    pub published: bool,
    pub unreadable: FieldErrors,
}

/// A question of the application form as written: `key` names the question
/// of the call it is (when it is one already).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionInput {
    pub key: Option<String>,
    pub prompt: String,
    pub required: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallDraft {
    pub title: String,
    pub year: i32,
    pub summary: String,
    pub coordinator_organisation_id: i64,
    pub time_zone: Tz,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub rules: CallRules,
    pub funders: Vec<FunderDraft>,
    pub questions: Vec<FormQuestion>,
    pub published: bool,
}

fn number(
    field: &str,
    value: Option<i64>,
    default: Option<i64>,
    range: std::ops::RangeInclusive<i64>,
    errors: &mut FieldErrors,
) -> Option<i64> {
    match value.or(default) {
        None => {
            if !errors.contains(field) {
                errors.add(field, crate::t("val-required"));
            }
            None
        }
        Some(v) if range.contains(&v) => Some(v),
        Some(_) => {
            errors.add(
                field,
                crate::t2(
                    "calls-err-between",
                    "min",
                    range.start(),
                    "max",
                    range.end(),
                ),
            );
            None
        }
    }
}

/// The most funding partners and form questions one call may have.
pub const MAX_FUNDERS: usize = 30;
pub const MAX_QUESTIONS: usize = 20;
/// The largest grant and budget Landfall accepts (EUR 1 billion), to keep sums far from overflow.
pub const MAX_AMOUNT_CENTS: i64 = 100_000_000_000;

impl CallInput {
    /// `organisations` holds the facts of every organisation the input names.
    /// `existing` are the questions the call asks now (none for a new call).
    pub fn validate(
        &self,
        organisations: &HashMap<i64, OrganisationFacts>,
        existing: &[FormQuestion],
    ) -> Result<CallDraft, FieldErrors> {
        let typical = CallRules::typical();
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, true, 160));
        let summary = errors.check("summary", text(&self.summary, false, 5000));
        let year = number("year", self.year, None, 2000..=2100, &mut errors);
        let coordinator = match self.coordinator_organisation_id {
            None => {
                errors.add("coordinator_organisation_id", crate::t("val-required"));
                None
            }
            Some(id) => match organisations.get(&id) {
                None => {
                    errors.add(
                        "coordinator_organisation_id",
                        crate::t("calls-err-no-such-organisation"),
                    );
                    None
                }
                Some(o) if !can_fund(o.kind) => {
                    errors.add(
                        "coordinator_organisation_id",
                        crate::t("calls-err-must-fund"),
                    );
                    None
                }
                Some(_) => Some(id),
            },
        };
        let time_zone = errors.check("time_zone", parse_time_zone(&self.time_zone));
        let mut instant = |field: &str, local: Option<NaiveDateTime>| match (local, time_zone) {
            (None, _) => {
                if !errors.contains(field) {
                    errors.add(field, crate::t("val-required"));
                }
                None
            }
            (Some(local), Some(zone)) => errors.check(field, local_to_utc(zone, local)),
            (Some(_), None) => None,
        };
        let opens_at = instant("opens_at", self.opens_at);
        let closes_at = instant("closes_at", self.closes_at);
        if let (Some(o), Some(c)) = (opens_at, closes_at)
            && c <= o
        {
            errors.add("closes_at", crate::t("calls-err-after-opening"));
        }

        let min_countries = number(
            "min_countries",
            self.min_countries,
            Some(typical.min_countries.into()),
            1..=30,
            &mut errors,
        );
        let min_grant = number(
            "min_grant_cents",
            self.min_grant_cents,
            Some(typical.min_grant_cents),
            0..=MAX_AMOUNT_CENTS,
            &mut errors,
        );
        let max_grant = number(
            "max_grant_cents",
            self.max_grant_cents,
            Some(typical.max_grant_cents),
            1..=MAX_AMOUNT_CENTS,
            &mut errors,
        );
        if let (Some(min), Some(max)) = (min_grant, max_grant)
            && max < min
        {
            errors.add(
                "max_grant_cents",
                crate::t("calls-err-below-smallest-grant"),
            );
        }
        let min_months = number(
            "min_months",
            self.min_months,
            Some(typical.min_months.into()),
            1..=120,
            &mut errors,
        );
        let max_months = number(
            "max_months",
            self.max_months,
            Some(typical.max_months.into()),
            1..=120,
            &mut errors,
        );
        if let (Some(min), Some(max)) = (min_months, max_months)
            && max < min
        {
            errors.add("max_months", crate::t("calls-err-below-shortest-duration"));
        }
        let min_smes = number(
            "min_smes",
            self.min_smes,
            Some(typical.min_smes.into()),
            0..=10_000,
            &mut errors,
        );
        let eligible_kinds = if self.eligible_kinds.is_empty() {
            Some(typical.eligible_kinds.clone())
        } else {
            let mut kinds = Vec::new();
            for word in &self.eligible_kinds {
                if let Some(kind) = errors.check("eligible_kinds", OrganisationKind::parse(word))
                    && !kinds.contains(&kind)
                {
                    kinds.push(kind);
                }
            }
            Some(kinds)
        };

        let funders = self.validate_funders(organisations, &mut errors);
        let questions = self.validate_questions(existing, &mut errors);

        let rules = match (
            min_countries,
            min_grant,
            max_grant,
            min_months,
            max_months,
            min_smes,
            eligible_kinds,
        ) {
            (Some(mc), Some(ming), Some(maxg), Some(minm), Some(maxm), Some(ms), Some(kinds)) => {
                Some(CallRules {
                    min_countries: i32::try_from(mc).unwrap_or(2),
                    min_grant_cents: ming,
                    max_grant_cents: maxg,
                    min_months: i32::try_from(minm).unwrap_or(12),
                    max_months: i32::try_from(maxm).unwrap_or(18),
                    min_smes: i32::try_from(ms).unwrap_or(0),
                    eligible_kinds: kinds,
                })
            }
            _ => None,
        };
        match (
            title,
            summary,
            year,
            coordinator,
            time_zone,
            opens_at,
            closes_at,
            rules,
        ) {
            (
                Some(title),
                Some(summary),
                Some(year),
                Some(coordinator_organisation_id),
                Some(time_zone),
                Some(opens_at),
                Some(closes_at),
                Some(rules),
            ) if errors.is_empty() => Ok(CallDraft {
                title,
                year: i32::try_from(year).unwrap_or(2000),
                summary,
                coordinator_organisation_id,
                time_zone,
                opens_at,
                closes_at,
                rules,
                funders,
                questions,
                published: self.published,
            }),
            _ => Err(errors),
        }
    }

    fn validate_funders(
        &self,
        organisations: &HashMap<i64, OrganisationFacts>,
        errors: &mut FieldErrors,
    ) -> Vec<FunderDraft> {
        let mut funders = Vec::new();
        if self.funders.is_empty() {
            errors.add("funders", crate::t("calls-err-no-funder"));
        }
        if self.funders.len() > MAX_FUNDERS {
            errors.add(
                "funders",
                crate::t1("calls-err-at-most-funders", "max", MAX_FUNDERS),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, funder) in self.funders.iter().enumerate() {
            let field = |name: &str| format!("funders[{i}].{name}");
            let Some(id) = funder.organisation_id else {
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
            if !can_fund(organisation.kind) {
                errors.add(
                    field("organisation_id"),
                    crate::t1("calls-err-cannot-fund", "name", &organisation.name),
                );
                continue;
            }
            if !seen.insert(id) {
                errors.add(
                    field("organisation_id"),
                    crate::t1("calls-err-funder-twice", "name", &organisation.name),
                );
                continue;
            }
            let country = if funder.country.trim().is_empty() {
                Some(organisation.country.clone())
            } else {
                errors.check(&field("country"), CountryCode::parse(&funder.country))
            };
            let budget = match funder.budget_cents {
                None => {
                    if !errors.contains(&field("budget_cents")) {
                        errors.add(field("budget_cents"), crate::t("val-required"));
                    }
                    None
                }
                Some(b) if b <= 0 => {
                    errors.add(field("budget_cents"), crate::t("val-more-than-zero"));
                    None
                }
                Some(b) if b > MAX_AMOUNT_CENTS => {
                    errors.add(field("budget_cents"), crate::t("val-too-large"));
                    None
                }
                Some(b) => Some(b),
            };
            if let (Some(country), Some(budget_cents)) = (country, budget) {
                funders.push(FunderDraft {
                    organisation_id: id,
                    country,
                    budget_cents,
                });
            }
        }
        funders
    }

    /// The questions with their keys. A question keeps the key it names (or,
    /// naming none, the key of the question with the same prompt), so its
    /// answers stay with it when others are removed or moved; anything else
    /// gets a key never used before.
    fn validate_questions(
        &self,
        existing: &[FormQuestion],
        errors: &mut FieldErrors,
    ) -> Vec<FormQuestion> {
        if self.questions.len() > MAX_QUESTIONS {
            errors.add(
                "questions",
                crate::t1("calls-err-at-most-questions", "max", MAX_QUESTIONS),
            );
            return Vec::new();
        }
        let mut keys: Vec<Option<String>> = vec![None; self.questions.len()];
        let mut taken = HashSet::new();
        for (i, question) in self.questions.iter().enumerate() {
            let Some(key) = question
                .key
                .as_deref()
                .map(str::trim)
                .filter(|k| !k.is_empty())
            else {
                continue;
            };
            if !existing.iter().any(|q| q.key == key) {
                errors.add(
                    format!("questions[{i}].key"),
                    crate::t("calls-err-not-a-question"),
                );
            } else if !taken.insert(key.to_string()) {
                errors.add(
                    format!("questions[{i}].key"),
                    crate::t("calls-err-question-twice"),
                );
            } else {
                keys[i] = Some(key.to_string());
            }
        }
        for (i, question) in self.questions.iter().enumerate() {
            if keys[i].is_some()
                || question
                    .key
                    .as_deref()
                    .is_some_and(|k| !k.trim().is_empty())
            {
                continue;
            }
            keys[i] = existing
                .iter()
                .find(|q| q.prompt == question.prompt.trim() && !taken.contains(&q.key))
                .map(|q| q.key.clone());
            if let Some(key) = &keys[i] {
                taken.insert(key.clone());
            }
        }
        let mut next_number = existing
            .iter()
            .filter_map(|q| {
                q.key
                    .strip_prefix('q')
                    .and_then(|n| n.parse::<usize>().ok())
            })
            .max()
            .unwrap_or(0);
        let mut questions = Vec::new();
        for (i, (question, key)) in self.questions.iter().zip(keys).enumerate() {
            let Some(prompt) = errors.check(
                &format!("questions[{i}].prompt"),
                text(&question.prompt, true, 500),
            ) else {
                continue;
            };
            let key = key.unwrap_or_else(|| {
                next_number += 1;
                format!("q{next_number}")
            });
            questions.push(FormQuestion {
                key,
                prompt,
                required: question.required,
            });
        }
        questions
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn facts(kind: OrganisationKind, country: &str) -> OrganisationFacts {
        OrganisationFacts {
            name: format!("{} in {country}", kind.label()),
            kind,
            country: CountryCode::parse(country).unwrap(),
        }
    }

    fn local(d: u32, h: u32) -> Option<NaiveDateTime> {
        NaiveDate::from_ymd_opt(2027, 1, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
    }

    fn input() -> CallInput {
        CallInput {
            title: "Innovation Express 2027".into(),
            year: Some(2027),
            coordinator_organisation_id: Some(1),
            time_zone: "Europe/Copenhagen".into(),
            opens_at: local(4, 9),
            closes_at: local(29, 15),
            funders: vec![
                FunderInput {
                    organisation_id: Some(1),
                    country: String::new(),
                    budget_cents: Some(30_000_000),
                },
                FunderInput {
                    organisation_id: Some(2),
                    country: "NO".into(),
                    budget_cents: Some(25_000_000),
                },
            ],
            questions: vec![question(None, "How will the SMEs be engaged?")],
            ..Default::default()
        }
    }

    fn organisations() -> HashMap<i64, OrganisationFacts> {
        HashMap::from([
            (1, facts(OrganisationKind::PublicAuthority, "DK")),
            (2, facts(OrganisationKind::FundingAgency, "NO")),
            (3, facts(OrganisationKind::Cluster, "SE")),
        ])
    }

    #[test]
    fn a_call_takes_the_typical_rules_and_its_funders_countries() {
        let draft = input().validate(&organisations(), &[]).unwrap();
        assert_eq!(draft.rules, CallRules::typical());
        assert_eq!(draft.funders[0].country.as_str(), "DK");
        assert_eq!(draft.funders[1].budget_cents, 25_000_000);
        // 15:00 in Copenhagen in January is 14:00 UTC.
        assert_eq!(draft.closes_at.to_rfc3339(), "2027-01-29T14:00:00+00:00");
        assert_eq!(draft.questions[0].key, "q1");
    }

    #[test]
    fn bad_settings_are_named_field_by_field() {
        let mut bad = input();
        bad.closes_at = local(1, 9);
        bad.min_grant_cents = Some(7_000_000);
        bad.max_months = Some(6);
        bad.funders.push(FunderInput {
            organisation_id: Some(3),
            country: String::new(),
            budget_cents: Some(1),
        });
        bad.funders.push(FunderInput {
            organisation_id: Some(2),
            country: String::new(),
            budget_cents: Some(0),
        });
        bad.time_zone = "Copenhagen".into();
        let errors = bad.validate(&organisations(), &[]).unwrap_err();
        for field in [
            "time_zone",
            "max_grant_cents",
            "max_months",
            "funders[2].organisation_id",
            "funders[3].organisation_id",
        ] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        let mut bad = input();
        bad.closes_at = local(1, 9);
        let errors = bad.validate(&organisations(), &[]).unwrap_err();
        assert_eq!(errors.get("closes_at"), Some("must be after the opening"));
    }

    fn question(key: Option<&str>, prompt: &str) -> QuestionInput {
        QuestionInput {
            key: key.map(str::to_string),
            prompt: prompt.into(),
            required: false,
        }
    }

    fn asked(questions: &[(&str, &str)]) -> Vec<FormQuestion> {
        questions
            .iter()
            .map(|(key, prompt)| FormQuestion {
                key: key.to_string(),
                prompt: prompt.to_string(),
                required: true,
            })
            .collect()
    }

    fn keys(input: &CallInput, existing: &[FormQuestion]) -> Vec<String> {
        let draft = input.validate(&organisations(), existing).unwrap();
        draft.questions.into_iter().map(|q| q.key).collect()
    }

    #[test]
    fn questions_keep_their_keys_when_reworded_removed_or_moved() {
        let existing = asked(&[("q1", "Reach?"), ("q4", "Markets?"), ("q5", "Risks?")]);
        let mut changed = input();
        // Reworded in place, by key.
        changed.questions = vec![
            question(Some("q1"), "How will you reach the SMEs?"),
            question(Some("q4"), "Markets?"),
            question(Some("q5"), "Risks?"),
        ];
        assert_eq!(keys(&changed, &existing), ["q1", "q4", "q5"]);
        // The first removed and the others swapped: each keeps its own key.
        changed.questions = vec![
            question(Some("q5"), "Risks?"),
            question(Some("q4"), "Which markets?"),
        ];
        assert_eq!(keys(&changed, &existing), ["q5", "q4"]);
        // Without keys, an unchanged prompt is the same question and a new
        // one gets a key never used, even where a removed one stood.
        changed.questions = vec![
            question(None, "Anything else?"),
            question(None, "Risks?"),
            question(None, "Markets?"),
        ];
        assert_eq!(keys(&changed, &existing), ["q6", "q5", "q4"]);
    }

    #[test]
    fn a_question_key_must_be_one_of_the_call_and_used_once() {
        let existing = asked(&[("q1", "Reach?"), ("q2", "Markets?")]);
        let mut changed = input();
        changed.questions = vec![
            question(Some("q2"), "Markets?"),
            question(Some("q2"), "Markets again?"),
            question(Some("q9"), "Risks?"),
        ];
        let errors = changed.validate(&organisations(), &existing).unwrap_err();
        assert_eq!(
            errors.get("questions[1].key"),
            Some("names the same question as another row")
        );
        assert_eq!(
            errors.get("questions[2].key"),
            Some("is not a question of this call")
        );
        assert!(!errors.contains("questions[0].key"));
    }

    #[test]
    fn the_phase_follows_the_clock() {
        let opens = DateTime::parse_from_rfc3339("2027-01-04T08:00:00Z")
            .unwrap()
            .to_utc();
        let closes = DateTime::parse_from_rfc3339("2027-01-29T14:00:00Z")
            .unwrap()
            .to_utc();
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        assert_eq!(
            CallPhase::of(false, opens, closes, at("2027-01-10T00:00:00Z")),
            CallPhase::Draft
        );
        assert_eq!(
            CallPhase::of(true, opens, closes, at("2027-01-01T00:00:00Z")),
            CallPhase::Upcoming
        );
        assert_eq!(
            CallPhase::of(true, opens, closes, at("2027-01-29T13:59:59Z")),
            CallPhase::Open
        );
        assert_eq!(
            CallPhase::of(true, opens, closes, at("2027-01-29T14:00:00Z")),
            CallPhase::Closed
        );
    }

    #[test]
    fn managers_of_the_coordinator_and_funders_run_the_call() {
        let team = CallTeam {
            coordinator_organisation_id: 1,
            funder_organisation_ids: vec![1, 2],
        };
        let manager = |org: i64| Actor {
            user_id: 9,
            email: "m@example.org".into(),
            display_name: "M".into(),
            role: Role::Manager,
            organisation_id: Some(org),
            sme_id: None,
            session: None,
            locale: None,
        };
        assert!(team.can_manage(&manager(2)) && !team.can_edit(&manager(2)));
        assert!(team.can_edit(&manager(1)));
        assert!(!team.can_manage(&manager(3)));
        let evaluator = Actor {
            role: Role::Evaluator,
            ..manager(1)
        };
        assert!(
            !team.can_manage(&evaluator),
            "an evaluator of the agency does not run the call"
        );
        assert!(can_decide_for(&manager(2), 2) && !can_decide_for(&manager(2), 1));
    }
}
