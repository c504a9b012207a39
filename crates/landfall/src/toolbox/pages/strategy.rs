//! The strategy checklist page of an organisation: progress per phase as
//! bars, the checklist form, and the boosters/blockers self-check with the
//! risks it flags.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::SECTION;
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::toolbox::model::strategy::{
    Answer, CheckInput, ItemInput, ItemStatus, PHASES, SELF_CHECK,
};
use crate::toolbox::operations::strategy::{self as ops, Strategy};
use crate::validation::FieldErrors;
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::forms::{form_status, refused_fields};
use crate::web::{AppError, Id, Layout};

/// A checklist item as the form shows it: typed values when the form comes
/// back with errors, else the stored ones.
pub struct ItemRow {
    pub key: &'static str,
    pub text: String,
    pub status: String,
    pub evidence_text: String,
    pub evidence_url: String,
    /// The first message about the item.
    pub error: Option<String>,
    /// "Updated by X on 2027-03-01".
    pub updated: Option<String>,
    pub link: Option<String>,
}

pub struct PhaseRow {
    pub number: u8,
    pub title: String,
    pub aim: String,
    pub done: usize,
    pub relevant: usize,
    pub percent: u32,
    pub items: Vec<ItemRow>,
}

pub struct CheckRow {
    pub key: &'static str,
    pub kind: String,
    pub text: String,
    pub answer: String,
    pub risk: bool,
    pub advice: String,
    pub error: Option<String>,
}

pub struct RiskRow {
    pub kind: String,
    pub text: String,
    pub answer: String,
    pub advice: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/strategy.html")]
struct StrategyPage {
    layout: Layout,
    organisation_id: i64,
    organisation: String,
    phases: Vec<PhaseRow>,
    done: usize,
    relevant: usize,
    percent: u32,
    risks: Vec<RiskRow>,
    answered: bool,
    checks: Vec<CheckRow>,
    chart: String,
    statuses: Vec<(&'static str, String)>,
    answers: Vec<(&'static str, String)>,
    errors: FieldErrors,
}

fn rows(
    strategy: &Strategy,
    typed: &HashMap<String, String>,
    errors: &FieldErrors,
) -> (Vec<PhaseRow>, Vec<CheckRow>) {
    let value = |field: String, stored: &str| {
        typed
            .get(&field)
            .cloned()
            .unwrap_or_else(|| stored.to_string())
    };
    let phases = strategy
        .phases
        .iter()
        .map(|p| PhaseRow {
            number: p.phase.number,
            title: p.phase.title_t(),
            aim: p.phase.aim_t(),
            done: p.progress.done,
            relevant: p.progress.relevant,
            percent: p.progress.percent(),
            items: p
                .items
                .iter()
                .map(|row| {
                    let key = row.item.key;
                    let record = row.record.as_ref();
                    ItemRow {
                        key,
                        text: row.item.text_t(),
                        status: value(format!("status_{key}"), row.status().as_str()),
                        evidence_text: value(
                            format!("evidence_text_{key}"),
                            record.map_or("", |r| r.evidence_text.as_str()),
                        ),
                        evidence_url: value(
                            format!("evidence_url_{key}"),
                            record.map_or("", |r| r.evidence_url.as_str()),
                        ),
                        error: ["status", "evidence_text", "evidence_url"]
                            .iter()
                            .find_map(|f| errors.get(&format!("items.{key}.{f}")))
                            .map(str::to_string),
                        updated: record.map(|r| {
                            crate::t2(
                                "tb-updated-by",
                                "name",
                                &r.updated_by_name,
                                "date",
                                crate::i18n::date(r.updated_at.date_naive()),
                            )
                        }),
                        link: record
                            .map(|r| r.evidence_url.clone())
                            .filter(|u| !u.is_empty()),
                    }
                })
                .collect(),
        })
        .collect();
    let checks = strategy
        .checks
        .iter()
        .map(|c| {
            let key = c.statement.key;
            CheckRow {
                key,
                kind: c.statement.kind.label_t(),
                text: c.statement.text_t(),
                answer: value(
                    format!("answer_{key}"),
                    c.answer.as_ref().map_or("", |a| a.answer.as_str()),
                ),
                risk: c.risk,
                advice: c.statement.advice_t(),
                error: errors.get(&format!("self_check.{key}")).map(str::to_string),
            }
        })
        .collect();
    (phases, checks)
}

async fn strategy_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    typed: HashMap<String, String>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let strategy = ops::strategy(&state.db, actor, id).await?;
    let mut bars: Vec<Bar> = strategy
        .phases
        .iter()
        .map(|p| Bar {
            label: format!(
                "{}: {}",
                crate::t1("tb-phase-number", "number", p.phase.number),
                p.phase.title_t()
            ),
            value: u64::from(p.progress.percent()),
            extra: 0,
        })
        .collect();
    bars.push(Bar {
        label: crate::t("tb-all-phases"),
        value: u64::from(strategy.overall.percent()),
        extra: 0,
    });
    let (phases, checks) = rows(&strategy, &typed, &errors);
    let risks = strategy
        .risks()
        .iter()
        .map(|c| RiskRow {
            kind: c.statement.kind.label_t(),
            text: c.statement.text_t(),
            answer: c
                .answer
                .as_ref()
                .map_or(String::new(), |a| a.answer.label_t()),
            advice: c.statement.advice_t(),
        })
        .collect();
    let status = form_status(&errors);
    let page = StrategyPage {
        layout: Layout::new(
            format!(
                "{} · {}",
                crate::t("tb-strategy-heading"),
                strategy.organisation.name
            ),
            Some(actor),
            SECTION,
        ),
        organisation_id: strategy.organisation.id,
        organisation: strategy.organisation.name.clone(),
        done: strategy.overall.done,
        relevant: strategy.overall.relevant,
        percent: strategy.overall.percent(),
        answered: strategy.checks.iter().any(|c| c.answer.is_some()),
        chart: horizontal_bars(&crate::t("tb-chart-strategy"), &bars, 100),
        statuses: ItemStatus::ALL
            .iter()
            .map(|s| (s.as_str(), s.label_t()))
            .collect(),
        answers: Answer::ALL
            .iter()
            .map(|a| (a.as_str(), a.label_t()))
            .collect(),
        phases,
        risks,
        checks,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn strategy(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    strategy_page(&state, &actor, id, HashMap::new(), FieldErrors::new()).await
}

/// The checklist form: `status_<key>`, `evidence_text_<key>` and
/// `evidence_url_<key>` for each item; errors come back keyed the API's way
/// (`items.<key>.status`).
#[tracing::instrument(skip_all)]
pub async fn save_checklist(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let field = |name: &str, key: &str| form.get(&format!("{name}_{key}")).cloned();
    let items: Vec<ItemInput> = PHASES
        .iter()
        .flat_map(|p| p.items)
        .filter_map(|item| {
            Some(ItemInput {
                key: item.key.to_string(),
                status: field("status", item.key)?,
                evidence_text: field("evidence_text", item.key).unwrap_or_default(),
                evidence_url: field("evidence_url", item.key).unwrap_or_default(),
            })
        })
        .collect();
    match ops::save(&state.db, &actor, id, &items, &[]).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/organisations/{id}/strategy#checklist")).into_response())
        }
        Err(error) => strategy_page(&state, &actor, id, form, refused_fields(error)?).await,
    }
}

/// The self-check form: `answer_<key>` for each statement.
#[tracing::instrument(skip_all)]
pub async fn save_self_check(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let checks: Vec<CheckInput> = SELF_CHECK
        .iter()
        .filter_map(|s| {
            form.get(&format!("answer_{}", s.key))
                .map(|answer| CheckInput {
                    key: s.key.to_string(),
                    answer: answer.clone(),
                })
        })
        .collect();
    match ops::save(&state.db, &actor, id, &[], &checks).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/organisations/{id}/strategy#self-check")).into_response())
        }
        Err(error) => strategy_page(&state, &actor, id, form, refused_fields(error)?).await,
    }
}
