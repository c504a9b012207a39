//! Recording, correcting and listing outcome records and yearly figures,
//! each scoped to what the actor may see.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::ConnectionTrait;

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::files;
use crate::monitoring::model::access;
use crate::monitoring::model::outcomes::{
    Causes, Figures, FiguresInput, OutcomeDraft, OutcomeFacts, OutcomeInput, OutcomeStatus,
    Participation, SessionFacts, retraction_reason,
};
use crate::monitoring::store::outcomes::{
    self as store, Author, FigureVersion, Outcome, OutcomeFilter, Revision,
};
use crate::registry::{self, model::SmeAccess};
use crate::softlanding;
use crate::softlanding::store::sessions::SessionFilter;
use crate::validation::FieldErrors;
use crate::web::AppError;

/// An uploaded evidence file, not yet checked.
pub struct EvidenceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl EvidenceFile {
    /// The form's field that carries an evidence file.
    pub const FIELD: &str = "evidence_file";

    /// The evidence file among a form's uploads, if one was sent.
    pub fn among(files: Vec<crate::auth::UploadedFile>) -> Option<Self> {
        files
            .into_iter()
            .find(|f| f.field == Self::FIELD)
            .map(|f| Self {
                name: f.name,
                bytes: f.bytes,
            })
    }
}

fn author(actor: &Actor) -> Author {
    Author {
        user_id: Some(actor.user_id),
        name: actor.display_name.clone(),
    }
}

async fn sme_access(db: &Db, sme_id: i64) -> Result<Option<(SmeAccess, String)>, AppError> {
    Ok(registry::store::sme(db, sme_id)
        .await?
        .map(|sme| (sme.access(), sme.country.as_str().to_string())))
}

/// The SMEs whose records the actor sees (`None`: all of them).
pub async fn visible_smes(db: &Db, actor: &Actor) -> Result<Option<Vec<i64>>, AppError> {
    Ok(match access::sees(actor) {
        access::Sees::Everyone => None,
        access::Sees::Only(ids) => Some(ids),
        access::Sees::LookedAfterBy(id) => Some(registry::store::private_sme_ids(db, id).await?),
    })
}

/// Whether the counterparty SME named is one the actor may not see: to
/// them it does not exist, so that neither its name nor its existence leaks
/// through a record. One a record already names stays (a correction keeps it).
async fn counterparty_hidden(
    db: &Db,
    actor: &Actor,
    named: Option<i64>,
    kept: Option<i64>,
) -> Result<bool, AppError> {
    match named {
        Some(id) if Some(id) != kept => match registry::visible_sme(db, actor, id).await {
            Ok(_) => Ok(false),
            Err(AppError::NotFound) => Ok(true),
            Err(other) => Err(other),
        },
        _ => Ok(false),
    }
}

/// What the checks need to know, read in the transaction that writes.
async fn facts_for(
    txn: &impl ConnectionTrait,
    input: &OutcomeInput,
    kept: Causes,
    counterparty_hidden: bool,
) -> Result<OutcomeFacts, AppError> {
    let sme_country = match input.sme_id {
        Some(id) => registry::store::sme_refs(txn, &[id])
            .await?
            .remove(&id)
            .map(|s| s.country.as_str().to_string()),
        None => None,
    };
    let counterparty_found = match (
        input.counterparty_organisation_id,
        input.counterparty_sme_id,
    ) {
        (Some(id), None) => registry::store::organisation_refs(txn, &[id])
            .await?
            .remove(&id)
            .map(|o| o.name),
        (None, Some(_)) if counterparty_hidden => None,
        (None, Some(id)) => registry::store::sme_refs(txn, &[id])
            .await?
            .remove(&id)
            .map(|s| s.name),
        _ => None,
    };
    let participations = match input.sme_id {
        Some(id) => softlanding::store::programmes::participations_of(txn, &[id]).await?,
        None => Vec::new(),
    };
    let programme_found = match input.programme_id {
        Some(id) => softlanding::store::programmes::programme(txn, id)
            .await?
            .is_some(),
        None => false,
    };
    let session = match input.session_id {
        Some(id) => match softlanding::store::sessions::session(txn, id).await? {
            Some(session) => {
                let own: Vec<i64> = participations.iter().map(|p| p.participant_id).collect();
                Some(SessionFacts {
                    programme_id: session.programme_id,
                    cohort_id: session.cohort_id,
                    sme_invited: !softlanding::store::sessions::invited_among(txn, id, &own)
                        .await?
                        .is_empty(),
                    cancelled: session.cancelled,
                })
            }
            None => None,
        },
        None => None,
    };
    let meeting_smes = match input.meeting_id {
        Some(id) => crate::matchmaking::store::events::meeting_smes(txn, id).await?,
        None => None,
    };
    Ok(OutcomeFacts {
        sme_country,
        counterparty_found,
        participations: participations
            .iter()
            .map(|p| Participation {
                programme_id: p.programme_id,
                cohort_id: p.cohort_id,
            })
            .collect(),
        programme_found,
        session,
        meeting_smes,
        kept,
        today: Utc::now().date_naive(),
    })
}

fn check_file(
    file: Option<&EvidenceFile>,
    errors: &mut FieldErrors,
) -> Option<files::model::CheckedFile> {
    let file = file?;
    errors.check(
        "evidence_file",
        files::model::check(&file.name, &file.bytes),
    )
}

/// Records a result for an SME the actor may record for.
pub async fn record(
    db: &Db,
    actor: &Actor,
    mut input: OutcomeInput,
    file: Option<EvidenceFile>,
) -> Result<i64, AppError> {
    if let Some(sme_id) = input.sme_id
        && let Some((sme, _)) = sme_access(db, sme_id).await?
        && !access::can_record(actor, &sme)
    {
        return Err(AppError::Forbidden);
    }
    input.has_evidence_file = file.is_some();
    let mut file_errors = FieldErrors::new();
    let checked = check_file(file.as_ref(), &mut file_errors);
    // The causes are checked in the transaction that writes: a participant
    // removed meanwhile cannot slip through.
    let hidden = counterparty_hidden(db, actor, input.counterparty_sme_id, None).await?;
    let txn = db::write(db).await?;
    let facts = facts_for(&txn, &input, Causes::default(), hidden).await?;
    let draft = match input.validate(&facts, false) {
        Ok(draft) if file_errors.is_empty() => draft,
        Ok(_) => return Err(AppError::Validation(file_errors)),
        Err(mut errors) => {
            errors.merge(file_errors);
            return Err(AppError::Validation(errors));
        }
    };
    let file_id = match (checked, file) {
        (Some(checked), Some(file)) => Some(files::store::save(&txn, &checked, file.bytes).await?),
        _ => None,
    };
    let id = store::insert_outcome(&txn, &draft, file_id, &author(actor)).await?;
    txn.commit().await?;
    Ok(id)
}

/// A record the actor may see (others are "not found").
pub async fn outcome(db: &Db, actor: &Actor, id: i64) -> Result<Outcome, AppError> {
    let outcome = store::outcome(db, id).await?.ok_or(AppError::NotFound)?;
    match sme_access(db, outcome.sme_id).await? {
        Some((sme, _)) if access::can_view_records(actor, &sme) => Ok(outcome),
        _ => Err(AppError::NotFound),
    }
}

/// A record turned back into input, as the start of a correction.
pub fn input_of(outcome: &Outcome) -> OutcomeInput {
    OutcomeInput {
        sme_id: Some(outcome.sme_id),
        kind: outcome.kind.as_str().to_string(),
        occurred_on: Some(outcome.occurred_on),
        country: outcome.country.clone().unwrap_or_default(),
        counterparty_name: outcome.counterparty_name.clone(),
        counterparty_organisation_id: outcome.counterparty_organisation_id,
        counterparty_sme_id: outcome.counterparty_sme_id,
        value_cents: outcome.value_cents,
        presence_form: outcome
            .presence_form
            .map(|p| p.as_str().to_string())
            .unwrap_or_default(),
        description: outcome.description.clone(),
        evidence_text: outcome.evidence_text.clone(),
        evidence_url: outcome.evidence_url.clone(),
        has_evidence_file: outcome.evidence_file_id.is_some(),
        programme_id: outcome.programme_id,
        session_id: outcome.session_id,
        meeting_id: outcome.meeting_id,
        instrument: outcome.instrument.clone(),
        reason: String::new(),
        unreadable: FieldErrors::new(),
    }
}

/// Whether a record the actor can see is theirs to correct or retract.
async fn theirs_to_correct(db: &Db, actor: &Actor, record: &Outcome) -> Result<bool, AppError> {
    let (sme, _) = sme_access(db, record.sme_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(access::can_correct(actor, &sme, record.recorded_by_user_id))
}

/// Whether the actor may correct or retract a record they can see now: it
/// is theirs to correct and not retracted.
pub async fn may_correct(db: &Db, actor: &Actor, record: &Outcome) -> Result<bool, AppError> {
    Ok(record.status == OutcomeStatus::Active && theirs_to_correct(db, actor, record).await?)
}

/// A record the actor may correct now: visible to them, theirs to correct
/// (else forbidden), and not retracted (else a conflict).
pub async fn correctable(db: &Db, actor: &Actor, id: i64) -> Result<Outcome, AppError> {
    let current = outcome(db, actor, id).await?;
    if !theirs_to_correct(db, actor, &current).await? {
        return Err(AppError::Forbidden);
    }
    if current.status == OutcomeStatus::Retracted {
        return Err(AppError::conflict_on(
            "status",
            crate::t("mon-err-retracted"),
        ));
    }
    Ok(current)
}

/// Corrects a record: `change` gets its current fields and returns the new
/// ones (with the reason). The SME cannot be changed by a correction.
pub async fn correct(
    db: &Db,
    actor: &Actor,
    id: i64,
    change: impl FnOnce(OutcomeInput) -> OutcomeInput,
    file: Option<EvidenceFile>,
) -> Result<(), AppError> {
    let current = correctable(db, actor, id).await?;
    let mut input = change(input_of(&current));
    input.sme_id = Some(current.sme_id);
    input.has_evidence_file = current.evidence_file_id.is_some() || file.is_some();
    let mut file_errors = FieldErrors::new();
    let checked = check_file(file.as_ref(), &mut file_errors);
    let kept = Causes {
        programme_id: current.programme_id,
        session_id: current.session_id,
        meeting_id: current.meeting_id,
    };
    let hidden = counterparty_hidden(
        db,
        actor,
        input.counterparty_sme_id,
        current.counterparty_sme_id,
    )
    .await?;
    let txn = db::write(db).await?;
    let facts = facts_for(&txn, &input, kept, hidden).await?;
    let draft = match input.validate(&facts, true) {
        Ok(draft) if file_errors.is_empty() => draft,
        Ok(_) => return Err(AppError::Validation(file_errors)),
        Err(mut errors) => {
            errors.merge(file_errors);
            return Err(AppError::Validation(errors));
        }
    };
    let file_id = match (checked, file) {
        (Some(checked), Some(file)) => {
            Some(Some(files::store::save(&txn, &checked, file.bytes).await?))
        }
        _ => None,
    };
    store::correct_outcome(
        &txn,
        id,
        current.version,
        &draft,
        file_id,
        input.reason.trim(),
        &author(actor),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a record out of every count (it stays, with its history).
pub async fn retract(db: &Db, actor: &Actor, id: i64, reason: &str) -> Result<(), AppError> {
    let current = correctable(db, actor, id).await?;
    let reason = retraction_reason(reason)
        .map_err(|message| AppError::Validation(FieldErrors::single("reason", message)))?;
    let draft = draft_of(&current);
    let txn = db::write(db).await?;
    store::retract_outcome(&txn, &current, &draft, &reason, &author(actor)).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::OutcomeRetracted,
        &format!("outcome:{id}"),
        &format!(
            "{} of SME #{} retracted: {reason}",
            current.kind.label(),
            current.sme_id
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn draft_of(outcome: &Outcome) -> OutcomeDraft {
    OutcomeDraft {
        sme_id: outcome.sme_id,
        kind: outcome.kind,
        occurred_on: outcome.occurred_on,
        country: outcome.country.clone(),
        counterparty_name: outcome.counterparty_name.clone(),
        counterparty_organisation_id: outcome.counterparty_organisation_id,
        counterparty_sme_id: outcome.counterparty_sme_id,
        value_cents: outcome.value_cents,
        presence_form: outcome.presence_form,
        description: outcome.description.clone(),
        evidence_text: outcome.evidence_text.clone(),
        evidence_url: outcome.evidence_url.clone(),
        programme_id: outcome.programme_id,
        session_id: outcome.session_id,
        meeting_id: outcome.meeting_id,
        instrument: outcome.instrument.clone(),
    }
}

pub async fn history(db: &Db, actor: &Actor, id: i64) -> Result<Vec<Revision>, AppError> {
    outcome(db, actor, id).await?;
    store::revisions(db, id).await
}

/// The evidence file of a record the actor may see.
pub async fn evidence_file(db: &Db, actor: &Actor, id: i64) -> Result<files::StoredFile, AppError> {
    let outcome = outcome(db, actor, id).await?;
    let file_id = outcome.evidence_file_id.ok_or(AppError::NotFound)?;
    files::store::load(db, file_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Records the actor may see among those the filter selects.
pub async fn visible_outcomes(
    db: &Db,
    actor: &Actor,
    mut filter: OutcomeFilter,
    window: Option<(u64, u64)>,
) -> Result<(Vec<Outcome>, u64), AppError> {
    match access::sees(actor) {
        access::Sees::Everyone => {}
        access::Sees::Only(visible) => {
            filter.sme_ids = Some(match filter.sme_ids {
                Some(wanted) => wanted
                    .into_iter()
                    .filter(|id| visible.contains(id))
                    .collect(),
                None => visible,
            });
        }
        // Checked record by record in the query: an incubator may look
        // after thousands of SMEs.
        access::Sees::LookedAfterBy(id) => filter.looked_after_by = Some(id),
    }
    store::outcomes(db, &filter, window).await
}

/// An SME's yearly figures, for those who may see its records.
pub async fn figures(db: &Db, actor: &Actor, sme_id: i64) -> Result<Vec<Figures>, AppError> {
    match sme_access(db, sme_id).await? {
        Some((sme, _)) if access::can_view_records(actor, &sme) => {
            Ok(store::figures(db, &[sme_id])
                .await?
                .remove(&sme_id)
                .unwrap_or_default())
        }
        _ => Err(AppError::NotFound),
    }
}

/// Every version of an SME's yearly figures (by year, oldest first), for
/// those who may see its figures.
pub async fn figure_versions(
    db: &Db,
    actor: &Actor,
    sme_id: i64,
) -> Result<Vec<FigureVersion>, AppError> {
    figures(db, actor, sme_id).await?;
    store::figure_versions(db, sme_id).await
}

/// Whether the actor may set the SME's yearly figures (they may see them).
pub async fn may_write_figures(db: &Db, actor: &Actor, sme_id: i64) -> Result<bool, AppError> {
    Ok(sme_access(db, sme_id)
        .await?
        .is_some_and(|(sme, _)| access::can_write_figures(actor, &sme)))
}

/// Sets a year of figures; returns whether the year is new. Changing a year
/// that exists needs a reason, like any correction.
pub async fn put_figures(
    db: &Db,
    actor: &Actor,
    sme_id: i64,
    input: &FiguresInput,
) -> Result<bool, AppError> {
    figures(db, actor, sme_id).await?;
    if !may_write_figures(db, actor, sme_id).await? {
        return Err(AppError::Forbidden);
    }
    let figures = input
        .validate(Utc::now().year())
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    // Looked at in the transaction, so that of two first entries of a year
    // made at once the second is a correction that needs its reason too.
    let exists = store::figures(&txn, &[sme_id])
        .await?
        .remove(&sme_id)
        .is_some_and(|years| years.iter().any(|f| f.year == figures.year));
    if exists && input.reason.trim().is_empty() {
        return Err(AppError::Validation(FieldErrors::single(
            "reason",
            crate::t1("mon-err-year-has-figures", "year", figures.year),
        )));
    }
    let created =
        store::put_figures(&txn, sme_id, &figures, input.reason.trim(), &author(actor)).await?;
    txn.commit().await?;
    Ok(created)
}

/// A session or meeting an SME may name as a cause, for a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CauseChoice {
    pub id: i64,
    pub sme_id: i64,
    pub title: String,
    pub starts_at: Option<DateTime<Utc>>,
}

/// At most this many sessions and meetings are offered on a form.
pub const MAX_CAUSE_CHOICES: usize = 300;

/// The sessions and meetings some SMEs may name as causes: sessions of
/// their programmes they could attend (not cancelled ones), meetings they
/// sat in.
pub async fn cause_choices(
    db: &Db,
    sme_ids: &[i64],
) -> Result<(Vec<CauseChoice>, Vec<CauseChoice>), AppError> {
    if sme_ids.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let participations = softlanding::store::programmes::participations_of(db, sme_ids).await?;
    let mut programme_ids: Vec<i64> = participations.iter().map(|p| p.programme_id).collect();
    programme_ids.sort_unstable();
    programme_ids.dedup();
    let own: Vec<i64> = participations.iter().map(|p| p.participant_id).collect();
    let invitations = softlanding::store::sessions::invitations_of(db, &own).await?;
    // Sessions of their programmes, and those of other programmes they were
    // invited to; cancelled ones are left out.
    let mut candidates = softlanding::store::sessions::sessions(
        db,
        &SessionFilter {
            programme_ids: Some(programme_ids.clone()),
            ..Default::default()
        },
    )
    .await?;
    let elsewhere = softlanding::store::sessions::sessions(
        db,
        &SessionFilter {
            participant_ids: Some(own.clone()),
            ..Default::default()
        },
    )
    .await?;
    candidates.extend(
        elsewhere
            .into_iter()
            .filter(|s| !programme_ids.contains(&s.programme_id)),
    );
    // The latest first: when there are more than a form carries, the old ones go.
    candidates.sort_by(|a, b| b.starts_at.cmp(&a.starts_at).then(b.id.cmp(&a.id)));
    let mut by_sme: std::collections::BTreeMap<i64, Vec<Participation>> = Default::default();
    let mut sme_of_participant = std::collections::HashMap::new();
    for p in &participations {
        by_sme.entry(p.sme_id).or_default().push(Participation {
            programme_id: p.programme_id,
            cohort_id: p.cohort_id,
        });
        sme_of_participant.insert(p.participant_id, p.sme_id);
    }
    let invited: std::collections::HashSet<(i64, i64)> = invitations
        .iter()
        .filter_map(|(session, participant)| {
            Some((*session, *sme_of_participant.get(participant)?))
        })
        .collect();
    let mut sessions: Vec<CauseChoice> = Vec::new();
    'sessions: for session in candidates {
        for (&sme_id, of_sme) in &by_sme {
            let facts = SessionFacts {
                programme_id: session.programme_id,
                cohort_id: session.cohort_id,
                sme_invited: invited.contains(&(session.id, sme_id)),
                cancelled: session.cancelled,
            };
            if facts.may_be_named(of_sme) {
                if sessions.len() == MAX_CAUSE_CHOICES {
                    break 'sessions;
                }
                sessions.push(CauseChoice {
                    id: session.id,
                    sme_id,
                    title: session.title.clone(),
                    starts_at: Some(session.starts_at),
                });
            }
        }
    }
    let meetings =
        crate::matchmaking::store::events::meetings_of_smes(db, sme_ids, MAX_CAUSE_CHOICES)
            .await?
            .into_iter()
            .map(|m| CauseChoice {
                id: m.id,
                sme_id: m.sme_id,
                title: if m.with.is_empty() {
                    m.event_title
                } else {
                    format!("{} · {}", m.event_title, m.with)
                },
                starts_at: m.starts_at,
            })
            .collect();
    Ok((sessions, meetings))
}
