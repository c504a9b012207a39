//! Programmes, cohorts and participants: who may create and see them.

use chrono::Utc;

use crate::auth::{Actor, Role};
use crate::db::{self, Db};
use crate::registry;
use crate::softlanding::model::access;
use crate::softlanding::model::programmes::{
    CohortInput, ParticipantFacts, ParticipantInput, PartnerFacts, ProgrammeInput,
};
use crate::softlanding::store::programmes::{
    self as store, Cohort, Participant, ParticipantFilter, Programme,
};
use crate::web::AppError;

async fn partner_facts(db: &Db, ids: &[i64]) -> Result<Vec<PartnerFacts>, AppError> {
    Ok(registry::store::organisation_refs(db, ids)
        .await?
        .into_values()
        .map(|o| PartnerFacts {
            id: o.id,
            kind: o.kind,
            country: o.country,
        })
        .collect())
}

/// An existing programme; every signed-in user sees programmes and their partners.
pub async fn programme(db: &Db, id: i64) -> Result<Programme, AppError> {
    store::programme(db, id).await?.ok_or(AppError::NotFound)
}

pub async fn create_programme(
    db: &Db,
    actor: &Actor,
    input: &ProgrammeInput,
) -> Result<i64, AppError> {
    if !access::can_create_programme(actor) {
        return Err(AppError::Forbidden);
    }
    let partners = partner_facts(db, &input.partner_ids).await?;
    let draft = input.validate(&partners).map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = store::insert_programme(&txn, None, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// Changes a programme: `change` receives its current fields and returns the
/// new ones. `seen` is the version a form was filled from: changed since, the
/// form is refused rather than overwriting what someone else saved.
pub async fn update_programme(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(ProgrammeInput) -> ProgrammeInput,
) -> Result<(), AppError> {
    let current = programme(db, id).await?;
    if !access::can_create_programme(actor) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let input = change(programme_input(&current));
    let partners = partner_facts(db, &input.partner_ids).await?;
    let draft = input.validate(&partners).map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_programme(&txn, id, current.updated_at, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// A programme turned back into input, as the starting point of an edit.
pub fn programme_input(programme: &Programme) -> ProgrammeInput {
    ProgrammeInput {
        name: programme.name.clone(),
        description: programme.description.clone(),
        starts_on: Some(programme.starts_on),
        ends_on: Some(programme.ends_on),
        target_participants: Some(i64::from(programme.targets.participants)),
        target_partnerships: Some(i64::from(programme.targets.partnerships)),
        target_presences: Some(i64::from(programme.targets.presences)),
        target_export_starts: Some(i64::from(programme.targets.export_starts)),
        partner_ids: programme.partner_ids(),
        unreadable: Default::default(),
    }
}

pub async fn create_cohort(
    db: &Db,
    actor: &Actor,
    programme_id: i64,
    input: &CohortInput,
) -> Result<i64, AppError> {
    let programme = programme(db, programme_id).await?;
    if !access::runs_programme(actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    let draft = input
        .validate((programme.starts_on, programme.ends_on))
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = store::insert_cohort(&txn, programme_id, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// Corrects a cohort (those who run its programme): `change` receives its
/// current fields and returns the new ones; `seen` is the version a form was
/// filled from.
pub async fn update_cohort(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(CohortInput) -> CohortInput,
) -> Result<(), AppError> {
    let (programme, current) = cohort(db, id).await?;
    if !access::runs_programme(actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let draft = change(cohort_input(&current))
        .validate((programme.starts_on, programme.ends_on))
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_cohort(&txn, id, current.updated_at, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// A cohort turned back into input, as the starting point of an edit.
pub fn cohort_input(cohort: &Cohort) -> CohortInput {
    CohortInput {
        name: cohort.name.clone(),
        starts_on: Some(cohort.starts_on),
        description: cohort.description.clone(),
        unreadable: Default::default(),
    }
}

/// A cohort with its programme; its overview (names, numbers) is for everyone
/// who may see the programme.
pub async fn cohort(db: &Db, id: i64) -> Result<(Programme, Cohort), AppError> {
    let cohort = store::cohort(db, id).await?.ok_or(AppError::NotFound)?;
    let programme = programme(db, cohort.programme_id).await?;
    Ok((programme, cohort))
}

pub async fn add_participant(
    db: &Db,
    actor: &Actor,
    programme_id: i64,
    input: &ParticipantInput,
) -> Result<i64, AppError> {
    let programme = programme(db, programme_id).await?;
    let partner_ids = programme.partner_ids();
    // An SME the actor may not see is, here too, one that does not exist.
    let sme = match input.sme_id {
        Some(id) => match registry::visible_sme(db, actor, id).await {
            Ok(sme) => Some(sme),
            Err(AppError::NotFound) => None,
            Err(other) => return Err(other),
        },
        None => None,
    };
    let allowed = match &sme {
        Some(sme) => access::can_add_participant(actor, sme.home.id, &partner_ids),
        None => access::runs_programme(actor, &partner_ids),
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let cohort_in_programme = match input.cohort_id {
        Some(id) => store::cohort(db, id)
            .await?
            .is_some_and(|c| c.programme_id == programme_id),
        None => false,
    };
    let host_country = match input.host_organisation_id {
        Some(id) => registry::store::organisation_refs(db, &[id])
            .await?
            .remove(&id)
            .map(|o| o.country),
        None => None,
    };
    let already_participating = match &sme {
        Some(sme) => store::is_participating(db, programme_id, sme.id).await?,
        None => false,
    };
    let facts = ParticipantFacts {
        cohort_in_programme,
        sme_home: sme.as_ref().map(|s| (s.home.id, s.country.clone())),
        host_country,
        partner_ids,
        already_participating,
    };
    let draft = input
        .validate(&facts, Utc::now().date_naive())
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = store::insert_participant(&txn, programme_id, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// Corrects a participant (its home's managers and admins): its cohort, its
/// host abroad, its target market, the day it joined. The same rules hold as
/// when it was added; a new host takes over the access to the SME's private
/// part, and is refused while a desk at the old host is booked or asked for.
pub async fn update_participant(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(ParticipantInput) -> ParticipantInput,
) -> Result<(), AppError> {
    let current = participant(db, actor, id).await?;
    if !access::corrects_participant(actor, current.access()) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let mut input = ParticipantInput {
        sme_id: Some(current.sme_id),
        ..change(participant_input(&current))
    };
    // A new participant joins today; a correction says when it joined.
    if input.joined_on.is_none() && !input.unreadable.contains("joined_on") {
        input.unreadable.add("joined_on", crate::t("val-required"));
    }
    let programme = programme(db, current.programme_id).await?;
    let cohort_in_programme = match input.cohort_id {
        Some(cohort) => store::cohort(db, cohort)
            .await?
            .is_some_and(|c| c.programme_id == programme.id),
        None => false,
    };
    let host_country = match input.host_organisation_id {
        Some(host) => registry::store::organisation_refs(db, &[host])
            .await?
            .remove(&host)
            .map(|o| o.country),
        None => None,
    };
    let sme_country = registry::store::sme(db, current.sme_id)
        .await?
        .ok_or(AppError::NotFound)?
        .country;
    let facts = ParticipantFacts {
        cohort_in_programme,
        sme_home: Some((current.home.id, sme_country)),
        host_country,
        partner_ids: programme.partner_ids(),
        already_participating: false,
    };
    let today = Utc::now().date_naive();
    let draft = input
        .validate(&facts, today)
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_participant(&txn, &current, &draft).await?;
    // Read under the participant's lock: a desk booked at the old host at
    // the same moment comes first (and the change is refused) or after.
    if draft.host_organisation_id != current.host.id {
        let filter = crate::softlanding::store::desks::BookingFilter {
            participant_ids: Some(vec![id]),
            ..Default::default()
        };
        let bookings = crate::softlanding::store::desks::bookings(&txn, &filter).await?;
        if bookings
            .iter()
            .any(|b| b.status.still_open(b.ends_on, today))
        {
            return Err(AppError::conflict_on(
                "host_organisation_id",
                crate::t1("sl-err-host-has-desks", "host", &current.host.name),
            ));
        }
    }
    txn.commit().await?;
    Ok(())
}

/// A participant turned back into input, as the starting point of an edit.
pub fn participant_input(participant: &Participant) -> ParticipantInput {
    ParticipantInput {
        cohort_id: Some(participant.cohort_id),
        sme_id: Some(participant.sme_id),
        host_organisation_id: Some(participant.host.id),
        target_market: participant.target_market.as_str().to_string(),
        joined_on: Some(participant.joined_on),
        unreadable: Default::default(),
    }
}

/// A participant the actor may see (others are "not found").
pub async fn participant(db: &Db, actor: &Actor, id: i64) -> Result<Participant, AppError> {
    match store::participant(db, id).await? {
        Some(p) if access::can_view_participant(actor, p.access()) => Ok(p),
        _ => Err(AppError::NotFound),
    }
}

/// Takes a participant out of its programme (its home's managers and admins).
pub async fn remove_participant(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let participant = participant(db, actor, id).await?;
    if !access::corrects_participant(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let txn = db::write(db).await?;
    store::delete_participant(&txn, &participant).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::ParticipantRemoved,
        &format!("participant:{id}"),
        &format!(
            "{} taken out of programme #{}",
            participant.sme_name, participant.programme_id
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The participants the actor may see among those the filter selects.
pub async fn visible_participants(
    db: &Db,
    actor: &Actor,
    mut filter: ParticipantFilter,
) -> Result<Vec<Participant>, AppError> {
    match actor.role {
        Role::Admin => {}
        Role::Manager => match actor.organisation_id {
            Some(id) => filter.followed_by = Some(id),
            None => return Ok(Vec::new()),
        },
        Role::Sme => match actor.sme_id {
            Some(id) => filter.sme_id = Some(id),
            None => return Ok(Vec::new()),
        },
        Role::Evaluator => return Ok(Vec::new()),
    }
    store::participants(db, filter).await
}
