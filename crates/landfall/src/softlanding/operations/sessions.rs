//! Sessions: creating and changing them, invitations and answers, attendance,
//! and planning a cohort's whole calendar from the template.

use chrono::Utc;

use super::programmes::{cohort, participant, programme};
use crate::auth::{Actor, Role};
use crate::calendar::default_time_zone;
use crate::db::{self, Db};
use crate::registry;
use crate::softlanding::model::sessions::{
    PlanHost, PlanParticipant, PlanTemplate, Response, SessionInput, plan,
};
use crate::softlanding::model::{Action, access};
use crate::softlanding::store::journeys;
use crate::softlanding::store::programmes::{self as programmes, ParticipantFilter};
use crate::softlanding::store::sessions::{
    self as store, Invitation, Invited, Session, SessionFilter,
};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// A session the actor may see: admins, managers of the programme's partners,
/// and the SMEs invited to it.
pub async fn session(db: &Db, actor: &Actor, id: i64) -> Result<Session, AppError> {
    let session = store::session(db, id).await?.ok_or(AppError::NotFound)?;
    if may_see(db, actor, &session).await? {
        Ok(session)
    } else {
        Err(AppError::NotFound)
    }
}

async fn may_see(db: &Db, actor: &Actor, session: &Session) -> Result<bool, AppError> {
    match actor.role {
        Role::Admin => Ok(true),
        Role::Manager => {
            let programme = programme(db, session.programme_id).await?;
            Ok(access::runs_programme(actor, &programme.partner_ids()))
        }
        Role::Sme => {
            let own = own_participant_ids(db, actor).await?;
            let invitations = store::invitations(db, &[session.id]).await?;
            Ok(invitations.iter().any(|i| own.contains(&i.participant_id)))
        }
        Role::Evaluator => Ok(false),
    }
}

async fn own_participant_ids(db: &Db, actor: &Actor) -> Result<Vec<i64>, AppError> {
    let Some(sme_id) = actor.sme_id.filter(|_| actor.role == Role::Sme) else {
        return Ok(Vec::new());
    };
    Ok(programmes::participants(
        db,
        ParticipantFilter {
            sme_id: Some(sme_id),
            ..Default::default()
        },
    )
    .await?
    .iter()
    .map(|p| p.id)
    .collect())
}

/// The sessions the actor may see among those the filter selects.
pub async fn visible_sessions(
    db: &Db,
    actor: &Actor,
    mut filter: SessionFilter,
) -> Result<Vec<Session>, AppError> {
    match actor.role {
        Role::Admin => store::sessions(db, &filter).await,
        Role::Manager => {
            let Some(organisation) = actor.organisation_id else {
                return Ok(Vec::new());
            };
            let programme_ids = programmes::programme_ids_of_partner(db, organisation).await?;
            let sessions = store::sessions(db, &filter).await?;
            Ok(sessions
                .into_iter()
                .filter(|s| programme_ids.contains(&s.programme_id))
                .collect())
        }
        Role::Sme => {
            let own = own_participant_ids(db, actor).await?;
            if own.is_empty() {
                return Ok(Vec::new());
            }
            filter.participant_ids = Some(own);
            store::sessions(db, &filter).await
        }
        Role::Evaluator => Ok(Vec::new()),
    }
}

async fn host_country(
    db: &Db,
    host: Option<i64>,
) -> Result<Option<crate::registry::model::CountryCode>, AppError> {
    Ok(match host {
        Some(id) => registry::store::organisation_refs(db, &[id])
            .await?
            .remove(&id)
            .map(|o| o.country),
        None => None,
    })
}

pub async fn create_session(
    db: &Db,
    actor: &Actor,
    programme_id: i64,
    input: &SessionInput,
) -> Result<i64, AppError> {
    let programme = programme(db, programme_id).await?;
    let partners = programme.partner_ids();
    if !access::runs_programme(actor, &partners) {
        return Err(AppError::Forbidden);
    }
    if let Some(host) = input.host_organisation_id
        && !access::can_manage_session(actor, host, &partners)
    {
        return Err(AppError::Validation(FieldErrors::single(
            "host_organisation_id",
            crate::t("sl-err-own-host"),
        )));
    }
    if let Some(cohort_id) = input.cohort_id {
        let (owner, _) = cohort(db, cohort_id).await?;
        if owner.id != programme_id {
            return Err(AppError::Validation(FieldErrors::single(
                "cohort_id",
                crate::t("sl-err-no-cohort"),
            )));
        }
    }
    let country = host_country(db, input.host_organisation_id).await?;
    let draft = input
        .validate(country.as_ref(), 0)
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = store::insert_session(&txn, programme_id, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

fn session_input(session: &Session) -> SessionInput {
    let start = session.starts_at.with_timezone(&session.time_zone);
    let end = session.ends_at.with_timezone(&session.time_zone);
    SessionInput {
        cohort_id: session.cohort_id,
        kind: session.kind.as_str().to_string(),
        title: session.title.clone(),
        host_organisation_id: Some(session.host.id),
        venue: session.venue.clone(),
        start_date: Some(start.date_naive()),
        start_time: Some(start.time()),
        end_date: Some(end.date_naive()),
        end_time: Some(end.time()),
        time_zone: session.time_zone.name().to_string(),
        capacity: Some(i64::from(session.capacity)),
        agenda: session.agenda.clone(),
        unreadable: Default::default(),
    }
}

/// Changes a session (its host's managers); calendars receive a new version.
/// Moved to another time or place, the SMEs invited (and not declined) are
/// told, and their journey step follows the new day where this session had
/// dated it.
pub async fn update_session(
    db: &Db,
    actor: &Actor,
    id: i64,
    change: impl FnOnce(SessionInput) -> SessionInput,
) -> Result<(), AppError> {
    let current = session(db, actor, id).await?;
    let partners = programme(db, current.programme_id).await?.partner_ids();
    if !access::can_manage_session(actor, current.host.id, &partners) {
        return Err(AppError::Forbidden);
    }
    let mut input = change(session_input(&current));
    if input.host_organisation_id != Some(current.host.id) {
        input
            .unreadable
            .add("host_organisation_id", crate::t("sl-err-keeps-host"));
    }
    if input.cohort_id != current.cohort_id {
        input
            .unreadable
            .add("cohort_id", crate::t("sl-err-keeps-cohort"));
    }
    let country = host_country(db, Some(current.host.id)).await?;
    let draft = input
        .validate(country.as_ref(), current.seats_taken)
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_session(&txn, id, &draft).await?;
    let moved = (
        draft.starts_at,
        draft.ends_at,
        draft.time_zone,
        &draft.venue,
    ) != (
        current.starts_at,
        current.ends_at,
        current.time_zone,
        &current.venue,
    );
    if moved && !current.cancelled {
        let was = local_day(current.starts_at, current.time_zone);
        let now = local_day(draft.starts_at, draft.time_zone);
        let when = draft
            .starts_at
            .with_timezone(&draft.time_zone)
            .naive_local();
        for invitation in still_invited(&txn, id).await? {
            let journey = journeys::journey(&txn, invitation.participant_id).await?;
            if was != now && journey.status(current.kind.step()).date == Some(was) {
                journeys::apply_if_allowed(
                    &txn,
                    invitation.participant_id,
                    current.kind.step(),
                    Action::Schedule(now),
                    Some(actor),
                    Utc::now().date_naive(),
                )
                .await?;
            }
            tell_invited(
                &txn,
                &invitation,
                crate::notify::Text::new("ntf-session-moved-subject").arg("session", &draft.title),
                crate::notify::Text::new("ntf-session-moved-body")
                    .arg("sme", &invitation.sme_name)
                    .arg("session", &draft.title)
                    .date_time("when", when)
                    .arg("zone", draft.time_zone)
                    .arg("venue", &draft.venue),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// The day a moment falls on in a time zone.
fn local_day(at: chrono::DateTime<Utc>, zone: chrono_tz::Tz) -> chrono::NaiveDate {
    at.with_timezone(&zone).date_naive()
}

/// The invitations to a session that were not declined.
async fn still_invited(
    txn: &impl sea_orm::ConnectionTrait,
    session_id: i64,
) -> Result<Vec<Invitation>, AppError> {
    Ok(store::invitations(txn, &[session_id])
        .await?
        .into_iter()
        .filter(|i| i.response != Response::Declined)
        .collect())
}

/// Tells an invited SME's members about a change to the session.
async fn tell_invited(
    txn: &impl sea_orm::ConnectionTrait,
    invitation: &Invitation,
    subject: crate::notify::Text,
    body: crate::notify::Text,
) -> Result<(), AppError> {
    let link = format!("/participants/{}#sessions", invitation.participant_id);
    let notice =
        crate::notify::Notice::new(crate::notify::Kind::SessionInvitation, subject, body, link);
    crate::notify::to_parties(txn, &[], &[invitation.sme_id], &notice).await?;
    Ok(())
}

/// Cancels a session (its host's managers): it stays in calendars as
/// cancelled, and the SMEs invited (and not declined) are told.
pub async fn cancel_session(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let current = session(db, actor, id).await?;
    let partners = programme(db, current.programme_id).await?.partner_ids();
    if !access::can_manage_session(actor, current.host.id, &partners) {
        return Err(AppError::Forbidden);
    }
    if current.cancelled {
        return Ok(());
    }
    let txn = db::write(db).await?;
    store::cancel_session(&txn, id).await?;
    let when = current
        .starts_at
        .with_timezone(&current.time_zone)
        .naive_local();
    for invitation in still_invited(&txn, id).await? {
        tell_invited(
            &txn,
            &invitation,
            crate::notify::Text::new("ntf-session-cancelled-subject")
                .arg("session", &current.title),
            crate::notify::Text::new("ntf-session-cancelled-body")
                .arg("sme", &invitation.sme_name)
                .arg("session", &current.title)
                .date_time("when", when)
                .arg("zone", current.time_zone)
                .arg("host", &current.host.name),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

fn full(session: &Session) -> AppError {
    AppError::Conflict {
        message: crate::t2(
            "sl-err-session-full",
            "taken",
            session.seats_taken,
            "capacity",
            session.capacity,
        ),
        fields: FieldErrors::single("participant_ids", crate::t("sl-err-no-seat")),
    }
}

/// Invites participants of the session's programme (all or none: if the seats
/// do not suffice, nobody is invited). Each invitation dates the participant's
/// step, so the SME sees its blocked days at once.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    session_id: i64,
    participant_ids: &[i64],
) -> Result<Vec<i64>, AppError> {
    let session = session(db, actor, session_id).await?;
    let partners = programme(db, session.programme_id).await?.partner_ids();
    if !access::can_manage_session(actor, session.host.id, &partners) {
        return Err(AppError::Forbidden);
    }
    if session.cancelled {
        return Err(AppError::conflict(crate::t("sl-err-session-cancelled")));
    }
    let mut participants = Vec::new();
    for id in participant_ids {
        match programmes::participant(db, *id).await? {
            Some(p) if p.programme_id == session.programme_id => participants.push(p),
            _ => {
                return Err(AppError::Validation(FieldErrors::single(
                    "participant_ids",
                    crate::t1("sl-err-not-participant", "id", id),
                )));
            }
        }
    }
    let txn = db::write(db).await?;
    let mut invited = Vec::new();
    let when = session
        .starts_at
        .with_timezone(&session.time_zone)
        .naive_local();
    for participant in &participants {
        match store::invite(&txn, session_id, participant.id).await? {
            Invited::New => {
                invited.push(participant.id);
                crate::notify::to_parties(
                    &txn,
                    &[],
                    &[participant.sme_id],
                    &crate::notify::Notice::new(
                        crate::notify::Kind::SessionInvitation,
                        crate::notify::Text::new("ntf-session-subject")
                            .arg("session", &session.title)
                            .date_time("when", when),
                        crate::notify::Text::new("ntf-session-body")
                            .arg("sme", &participant.sme_name)
                            .arg("session", &session.title)
                            .date_time("when", when)
                            .arg("zone", session.time_zone)
                            .arg("venue", &session.venue)
                            .arg("host", &session.host.name),
                        // Where the SME accepts or declines.
                        format!("/participants/{}#sessions", participant.id),
                    ),
                )
                .await?;
            }
            Invited::AlreadyInvited => {}
            Invited::Full => return Err(full(&session)),
        }
        journeys::apply_if_allowed(
            &txn,
            participant.id,
            session.kind.step(),
            Action::Schedule(local_day(session.starts_at, session.time_zone)),
            Some(actor),
            Utc::now().date_naive(),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(invited)
}

/// Accepts or declines an invitation (the SME, or its managers for it).
pub async fn respond(
    db: &Db,
    actor: &Actor,
    session_id: i64,
    participant_id: i64,
    response: Response,
) -> Result<(), AppError> {
    let participant = participant(db, actor, participant_id).await?;
    if !access::acts_for_sme(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let session = store::session(db, session_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (current, _) = store::invitation_of(db, session_id, participant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if session.cancelled {
        return Err(AppError::conflict(crate::t("sl-err-session-cancelled")));
    }
    let txn = db::write(db).await?;
    if !store::respond(&txn, session_id, participant_id, current, response).await? {
        return Err(full(&session));
    }
    txn.commit().await?;
    Ok(())
}

/// Records whether a participant attended; attending completes the journey
/// step of the session when the steps before it are behind the participant.
/// Returns whether the step was completed.
pub async fn record_attendance(
    db: &Db,
    actor: &Actor,
    session_id: i64,
    participant_id: i64,
    attended: bool,
) -> Result<bool, AppError> {
    let session = session(db, actor, session_id).await?;
    let participant = participant(db, actor, participant_id).await?;
    let partners = programme(db, session.programme_id).await?.partner_ids();
    if !(access::can_manage_session(actor, session.host.id, &partners)
        || access::can_run_journey(actor, participant.access()))
    {
        return Err(AppError::Forbidden);
    }
    let invitation = store::invitation_of(db, session_id, participant_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if invitation.0 == Response::Declined && attended {
        return Err(AppError::conflict(crate::t("sl-err-participant-declined")));
    }
    let txn = db::write(db).await?;
    store::record_attendance(&txn, session_id, participant_id, attended).await?;
    let completed = if attended {
        let day = session
            .starts_at
            .with_timezone(&session.time_zone)
            .date_naive();
        journeys::apply_if_allowed(
            &txn,
            participant_id,
            session.kind.step(),
            Action::Complete(Some(day)),
            Some(actor),
            Utc::now().date_naive(),
        )
        .await?
        .is_some()
    } else {
        false
    };
    txn.commit().await?;
    Ok(completed)
}

pub async fn invitations(
    db: &Db,
    actor: &Actor,
    session_id: i64,
) -> Result<Vec<Invitation>, AppError> {
    let session = session(db, actor, session_id).await?;
    let all = store::invitations(db, &[session.id]).await?;
    if actor.role == Role::Sme {
        let own = own_participant_ids(db, actor).await?;
        return Ok(all
            .into_iter()
            .filter(|i| own.contains(&i.participant_id))
            .collect());
    }
    Ok(all)
}

/// Plans a cohort's whole calendar in one go from the template: sessions at
/// each home and host, everyone invited, every step dated. One transaction.
pub async fn plan_cohort(
    db: &Db,
    actor: &Actor,
    cohort_id: i64,
    template: &PlanTemplate,
) -> Result<Vec<i64>, AppError> {
    let (programme, cohort) = cohort(db, cohort_id).await?;
    if !access::runs_programme(actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    template.check().map_err(AppError::Validation)?;
    let planned_before = store::sessions(
        db,
        &SessionFilter {
            cohort_id: Some(cohort.id),
            ..Default::default()
        },
    )
    .await?;
    if !planned_before.is_empty() {
        return Err(AppError::conflict(crate::t1(
            "sl-err-cohort-has-sessions",
            "count",
            planned_before.len(),
        )));
    }
    let participants = programmes::participants(
        db,
        ParticipantFilter {
            cohort_id: Some(cohort.id),
            ..Default::default()
        },
    )
    .await?;
    if participants.is_empty() {
        return Err(AppError::Validation(FieldErrors::single(
            "cohort",
            crate::t("sl-err-cohort-empty"),
        )));
    }
    let organisation_ids: Vec<i64> = participants
        .iter()
        .flat_map(|p| [p.home.id, p.host.id])
        .collect();
    let cities = registry::store::organisation_cities(db).await?;
    let hosts: Vec<PlanHost> = registry::store::organisation_refs(db, &organisation_ids)
        .await?
        .into_values()
        .map(|o| PlanHost {
            organisation_id: o.id,
            city: cities.get(&o.id).cloned().unwrap_or_default(),
            time_zone: default_time_zone(&o.country),
            name: o.name,
        })
        .collect();
    let plan_participants: Vec<PlanParticipant> = participants
        .iter()
        .map(|p| PlanParticipant {
            participant_id: p.id,
            home_organisation_id: p.home.id,
            host_organisation_id: p.host.id,
        })
        .collect();
    let planned = plan(template, cohort.id, &plan_participants, &hosts)
        .map_err(|e| AppError::Validation(FieldErrors::single("first_date", e)))?;
    let today = Utc::now().date_naive();
    let txn = db::write(db).await?;
    let planned_meanwhile = store::lock_cohort_sessions(&txn, cohort.id).await?;
    if planned_meanwhile > 0 {
        return Err(AppError::conflict(crate::t1(
            "sl-err-cohort-has-sessions",
            "count",
            planned_meanwhile,
        )));
    }
    let mut ids = Vec::new();
    for session in planned {
        let id = store::insert_session(&txn, programme.id, &session.draft).await?;
        let local_day = session
            .draft
            .starts_at
            .with_timezone(&session.draft.time_zone)
            .date_naive();
        for participant_id in session.invitees {
            if store::invite(&txn, id, participant_id).await? == Invited::Full {
                return Err(AppError::Internal(anyhow::anyhow!(
                    "a planned session was planned too small"
                )));
            }
            journeys::apply_if_allowed(
                &txn,
                participant_id,
                session.draft.kind.step(),
                Action::Schedule(local_day),
                Some(actor),
                today,
            )
            .await?;
        }
        ids.push(id);
    }
    txn.commit().await?;
    Ok(ids)
}
