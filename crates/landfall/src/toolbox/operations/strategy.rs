//! The strategy checklist and self-check of one organisation: internal to
//! its managers and the admins (anyone else: not found).

use std::collections::HashMap;

use chrono::Utc;

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::registry::OrganisationRef;
use crate::toolbox::model::strategy::{
    self as rules, Answer, CheckInput, ChecklistItem, ItemInput, ItemStatus, PHASES, Phase,
    Progress, SELF_CHECK, Statement, is_risk, overall_progress, phase_progress, validate_changes,
};
use crate::toolbox::store::strategy::{self as store, AnswerRecord, ItemRecord};
use crate::web::AppError;

#[derive(Clone, Debug)]
pub struct ItemView {
    pub item: &'static ChecklistItem,
    /// What the organisation recorded; `None`: not started, never touched.
    pub record: Option<ItemRecord>,
}

impl ItemView {
    pub fn status(&self) -> ItemStatus {
        self.record
            .as_ref()
            .map_or(ItemStatus::NotStarted, |r| r.status)
    }
}

#[derive(Clone, Debug)]
pub struct PhaseView {
    pub phase: &'static Phase,
    pub progress: Progress,
    pub items: Vec<ItemView>,
}

#[derive(Clone, Debug)]
pub struct CheckView {
    pub statement: &'static Statement,
    pub answer: Option<AnswerRecord>,
    pub risk: bool,
}

/// An organisation's strategy checklist and self-check, with progress and risks.
#[derive(Clone, Debug)]
pub struct Strategy {
    pub organisation: OrganisationRef,
    pub phases: Vec<PhaseView>,
    pub overall: Progress,
    pub checks: Vec<CheckView>,
}

impl Strategy {
    /// The statements flagged as risks, in the self-check's order.
    pub fn risks(&self) -> Vec<&CheckView> {
        self.checks.iter().filter(|c| c.risk).collect()
    }
}

async fn organisation_for(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
) -> Result<OrganisationRef, AppError> {
    if !rules::can_use(actor, organisation_id) {
        return Err(AppError::NotFound);
    }
    crate::registry::store::organisation_refs(db, &[organisation_id])
        .await?
        .remove(&organisation_id)
        .ok_or(AppError::NotFound)
}

pub async fn strategy(db: &Db, actor: &Actor, organisation_id: i64) -> Result<Strategy, AppError> {
    let organisation = organisation_for(db, actor, organisation_id).await?;
    let mut records: HashMap<String, ItemRecord> = store::items(db, organisation_id)
        .await?
        .into_iter()
        .map(|r| (r.key.clone(), r))
        .collect();
    let statuses: HashMap<String, ItemStatus> =
        records.iter().map(|(k, r)| (k.clone(), r.status)).collect();
    let phases = PHASES
        .iter()
        .map(|phase| PhaseView {
            phase,
            progress: phase_progress(phase, &statuses),
            items: phase
                .items
                .iter()
                .map(|item| ItemView {
                    item,
                    record: records.remove(item.key),
                })
                .collect(),
        })
        .collect();
    let mut answers: HashMap<String, AnswerRecord> = store::answers(db, organisation_id)
        .await?
        .into_iter()
        .map(|a| (a.key.clone(), a))
        .collect();
    let checks = SELF_CHECK
        .iter()
        .map(|statement| {
            let answer = answers.remove(statement.key);
            CheckView {
                risk: answer
                    .as_ref()
                    .is_some_and(|a| is_risk(statement.kind, a.answer)),
                statement,
                answer,
            }
        })
        .collect();
    Ok(Strategy {
        organisation,
        phases,
        overall: overall_progress(&statuses),
        checks,
    })
}

/// Records changes to the checklist and answers to the self-check; what did
/// not change keeps who last changed it and when.
pub async fn save(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    items: &[ItemInput],
    checks: &[CheckInput],
) -> Result<(), AppError> {
    organisation_for(db, actor, organisation_id).await?;
    let changes = validate_changes(items, checks).map_err(AppError::Validation)?;
    let now = Utc::now();
    let txn = db::write(db).await?;
    let current: HashMap<String, ItemRecord> = store::items(&txn, organisation_id)
        .await?
        .into_iter()
        .map(|r| (r.key.clone(), r))
        .collect();
    for item in &changes.items {
        let unchanged = current.get(item.key).is_some_and(|r| {
            r.status == item.status
                && r.evidence_text == item.evidence_text
                && r.evidence_url == item.evidence_url
        });
        // An untouched item left as "not started" with no evidence stays untouched.
        let still_blank = !current.contains_key(item.key)
            && item.status == ItemStatus::NotStarted
            && item.evidence_text.is_empty()
            && item.evidence_url.is_empty();
        if !unchanged && !still_blank {
            store::put_item(&txn, organisation_id, item, &actor.display_name, now).await?;
        }
    }
    let answered: HashMap<String, Answer> = store::answers(&txn, organisation_id)
        .await?
        .into_iter()
        .map(|a| (a.key, a.answer))
        .collect();
    for (key, answer) in &changes.answers {
        if answered.get(*key) != Some(answer) {
            store::put_answer(
                &txn,
                organisation_id,
                key,
                *answer,
                &actor.display_name,
                now,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
