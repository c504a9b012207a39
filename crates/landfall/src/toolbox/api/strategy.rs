//! The strategy checklist and self-check through the API.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::api::OrganisationRefView;
use crate::toolbox::model::strategy::{
    Answer, CheckInput, ItemInput, ItemStatus, Progress, StatementKind,
};
use crate::toolbox::operations::strategy::{self as ops, Strategy};
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, Field, Id};

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgressView {
    done: usize,
    /// Items not marked "not relevant".
    relevant: usize,
    /// Whole percent of the relevant items done.
    percent: u32,
}

impl From<Progress> for ProgressView {
    fn from(p: Progress) -> Self {
        Self {
            done: p.done,
            relevant: p.relevant,
            percent: p.percent(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ChecklistItemView {
    key: String,
    text: String,
    status: ItemStatus,
    evidence_text: String,
    evidence_url: String,
    /// Who last changed it, and when (`null` if never).
    updated_by: Option<String>,
    updated_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PhaseView {
    number: u8,
    title: String,
    aim: String,
    progress: ProgressView,
    items: Vec<ChecklistItemView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatementView {
    key: String,
    kind: StatementKind,
    statement: String,
    /// `null` while unanswered.
    answer: Option<Answer>,
    /// A booster answered no or partly, or a blocker answered yes.
    risk: bool,
    advice: String,
    updated_by: Option<String>,
    updated_at: Option<DateTime<Utc>>,
}

/// An organisation's strategy checklist in five phases with progress, and
/// its boosters/blockers self-check with the risks it flags.
#[derive(Debug, Serialize, ToSchema)]
pub struct StrategyView {
    organisation: OrganisationRefView,
    overall: ProgressView,
    phases: Vec<PhaseView>,
    self_check: Vec<StatementView>,
    /// The keys of the statements flagged as risks.
    risks: Vec<String>,
}

impl From<Strategy> for StrategyView {
    fn from(s: Strategy) -> Self {
        let risks = s
            .risks()
            .iter()
            .map(|c| c.statement.key.to_string())
            .collect();
        Self {
            organisation: s.organisation.into(),
            overall: s.overall.into(),
            phases: s
                .phases
                .into_iter()
                .map(|p| PhaseView {
                    number: p.phase.number,
                    title: p.phase.title.to_string(),
                    aim: p.phase.aim.to_string(),
                    progress: p.progress.into(),
                    items: p
                        .items
                        .into_iter()
                        .map(|i| ChecklistItemView {
                            status: i.status(),
                            key: i.item.key.to_string(),
                            text: i.item.text.to_string(),
                            evidence_text: i
                                .record
                                .as_ref()
                                .map(|r| r.evidence_text.clone())
                                .unwrap_or_default(),
                            evidence_url: i
                                .record
                                .as_ref()
                                .map(|r| r.evidence_url.clone())
                                .unwrap_or_default(),
                            updated_by: i.record.as_ref().map(|r| r.updated_by_name.clone()),
                            updated_at: i.record.as_ref().map(|r| r.updated_at),
                        })
                        .collect(),
                })
                .collect(),
            self_check: s
                .checks
                .into_iter()
                .map(|c| StatementView {
                    key: c.statement.key.to_string(),
                    kind: c.statement.kind,
                    statement: c.statement.text.to_string(),
                    answer: c.answer.as_ref().map(|a| a.answer),
                    risk: c.risk,
                    advice: c.statement.advice.to_string(),
                    updated_by: c.answer.as_ref().map(|a| a.updated_by_name.clone()),
                    updated_at: c.answer.as_ref().map(|a| a.updated_at),
                })
                .collect(),
            risks,
        }
    }
}

/// An organisation's checklist and self-check (its managers and admins; for
/// anyone else it does not exist).
#[utoipa::path(
    get, path = "/api/v1/organisations/{id}/strategy", tag = "toolbox",
    params(("id" = i64, Path)),
    responses((status = 200, body = StrategyView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_strategy(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<StrategyView>, AppError> {
    Ok(Json(ops::strategy(&state.db, &actor, id).await?.into()))
}

/// A change to one checklist item; fields left out keep their value.
#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct ChecklistItemWrite {
    key: String,
    #[schema(value_type = Option<ItemStatus>)]
    status: Option<String>,
    evidence_text: Option<String>,
    /// An http:// or https:// address.
    evidence_url: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct StatementWrite {
    key: String,
    #[schema(value_type = Option<Answer>)]
    answer: Option<String>,
}

/// Changes to the checklist and the self-check; items and statements not
/// listed keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct StrategyWrite {
    #[schema(value_type = Option<Vec<ChecklistItemWrite>>)]
    items: Field<Vec<ChecklistItemWrite>>,
    #[schema(value_type = Option<Vec<StatementWrite>>)]
    self_check: Field<Vec<StatementWrite>>,
}

/// Record where the organisation stands (its managers and admins).
#[utoipa::path(
    put, path = "/api/v1/organisations/{id}/strategy", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = StrategyWrite,
    responses(
        (status = 200, body = StrategyView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn put_strategy(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<StrategyWrite>,
) -> Result<Json<StrategyView>, AppError> {
    let current = ops::strategy(&state.db, &actor, id).await?;
    let mut errors = FieldErrors::new();
    let items = body
        .items
        .optional("items", &mut errors)
        .flatten()
        .unwrap_or_default();
    let checks = body
        .self_check
        .optional("self_check", &mut errors)
        .flatten()
        .unwrap_or_default();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let items: Vec<ItemInput> = items
        .into_iter()
        .map(|write| {
            let now = current
                .phases
                .iter()
                .flat_map(|p| &p.items)
                .find(|i| i.item.key == write.key);
            let record = now.and_then(|i| i.record.as_ref());
            ItemInput {
                status: write
                    .status
                    .or_else(|| now.map(|i| i.status().as_str().to_string()))
                    .unwrap_or_default(),
                evidence_text: write
                    .evidence_text
                    .or_else(|| record.map(|r| r.evidence_text.clone()))
                    .unwrap_or_default(),
                evidence_url: write
                    .evidence_url
                    .or_else(|| record.map(|r| r.evidence_url.clone()))
                    .unwrap_or_default(),
                key: write.key,
            }
        })
        .collect();
    let checks: Vec<CheckInput> = checks
        .into_iter()
        .map(|write| CheckInput {
            key: write.key,
            answer: write.answer.unwrap_or_default(),
        })
        .collect();
    ops::save(&state.db, &actor, id, &items, &checks).await?;
    Ok(Json(ops::strategy(&state.db, &actor, id).await?.into()))
}
