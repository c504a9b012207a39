//! Desks abroad: hosts list them, participants request them, hosts decide.

use chrono::{NaiveDate, Utc};
use sea_orm::DatabaseTransaction;

use super::programmes::participant;
use crate::auth::{Actor, Role};
use crate::db::{self, Db};
use crate::registry;
use crate::softlanding::model::desks::{
    BookingDecision, BookingStatus, DeskInput, DeskMonth, check_range, month_of,
    occupancy as month_occupancy,
};
use crate::softlanding::model::{Action, Step, access};
use crate::softlanding::store::desks::{self as store, Booking, BookingFilter, Claim, Desk};
use crate::softlanding::store::journeys;
use crate::softlanding::store::programmes::{self as programmes, ParticipantFilter};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// Desks: every signed-in user sees the active ones; hosts also their inactive ones.
pub async fn desks(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
) -> Result<Vec<Desk>, AppError> {
    let filter = organisation_id.map(|id| vec![id]);
    Ok(store::desks(db, filter.as_deref())
        .await?
        .into_iter()
        .filter(|d| d.active || access::can_manage_desks(actor, d.organisation.id))
        .collect())
}

pub async fn desk(db: &Db, actor: &Actor, id: i64) -> Result<Desk, AppError> {
    match store::desk(db, id).await? {
        Some(desk) if desk.active || access::can_manage_desks(actor, desk.organisation.id) => {
            Ok(desk)
        }
        _ => Err(AppError::NotFound),
    }
}

async fn organisation_exists(db: &Db, id: Option<i64>) -> Result<bool, AppError> {
    Ok(match id {
        Some(id) => !registry::store::organisation_refs(db, &[id])
            .await?
            .is_empty(),
        None => false,
    })
}

pub async fn create_desk(db: &Db, actor: &Actor, input: &DeskInput) -> Result<i64, AppError> {
    if let Some(organisation) = input.organisation_id
        && !access::can_manage_desks(actor, organisation)
    {
        return Err(AppError::Forbidden);
    }
    if input.organisation_id.is_none() && !(actor.is_admin() || actor.role == Role::Manager) {
        return Err(AppError::Forbidden);
    }
    let draft = input
        .validate(organisation_exists(db, input.organisation_id).await?)
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = store::insert_desk(&txn, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

fn desk_input(desk: &Desk) -> DeskInput {
    DeskInput {
        organisation_id: Some(desk.organisation.id),
        name: desk.name.clone(),
        kind: desk.kind.as_str().to_string(),
        capacity: Some(i64::from(desk.capacity)),
        monthly_price_cents: Some(desk.monthly_price_cents),
        description: desk.description.clone(),
        active: desk.active,
        unreadable: Default::default(),
    }
}

pub async fn update_desk(
    db: &Db,
    actor: &Actor,
    id: i64,
    change: impl FnOnce(DeskInput) -> DeskInput,
) -> Result<(), AppError> {
    let current = desk(db, actor, id).await?;
    if !access::can_manage_desks(actor, current.organisation.id) {
        return Err(AppError::Forbidden);
    }
    let mut input = change(desk_input(&current));
    if input.organisation_id != Some(current.organisation.id) {
        input
            .unreadable
            .add("organisation_id", crate::t("sl-err-desk-keeps-org"));
    }
    let draft = input.validate(true).map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_desk(&txn, id, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// A booking request as received.
#[derive(Clone, Debug, Default)]
pub struct BookingRequest {
    pub desk_id: Option<i64>,
    pub participant_id: Option<i64>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub note: String,
    /// Join the waiting list if the desk is taken, instead of being refused.
    pub waitlist: bool,
    pub unreadable: FieldErrors,
}

/// The refusal of a request for days another booking holds. Whoever may see
/// that booking (its host, its participant's side) is shown it; anyone else
/// learns only the days, not whose they are.
async fn taken(db: &Db, actor: &Actor, holder: Option<Booking>) -> Result<AppError, AppError> {
    Ok(match holder {
        Some(holder) if !may_see(db, actor, &holder).await? => AppError::conflict(crate::t2(
            "sl-err-desk-booked-dates",
            "start",
            holder.starts_on,
            "end",
            holder.ends_on,
        )),
        Some(holder) => AppError::ConflictWith {
            message: crate::t3(
                "sl-err-desk-booked",
                "start",
                holder.starts_on,
                "end",
                holder.ends_on,
                "id",
                holder.id,
            ),
            item: serde_json::to_value(&holder).unwrap_or_default(),
        },
        // The holder went away between the refusal and the look-up.
        None => AppError::conflict(crate::t("sl-err-desk-just-booked")),
    })
}

/// Claims the booking's days, or rolls back and reports the booking in the way.
async fn claim_or_conflict(
    db: &Db,
    actor: &Actor,
    txn: DatabaseTransaction,
    desk_id: i64,
    booking_id: i64,
    range: (NaiveDate, NaiveDate),
) -> Result<DatabaseTransaction, AppError> {
    match store::claim_days(&txn, desk_id, booking_id, range).await? {
        Claim::Claimed => Ok(txn),
        Claim::Taken => {
            txn.rollback().await?;
            Err(taken(db, actor, store::holder(db, desk_id, range).await?).await?)
        }
    }
}

/// An approved booking is the participant's presence abroad, when its
/// journey has come that far.
async fn mark_presence(
    txn: &DatabaseTransaction,
    actor: &Actor,
    participant_id: i64,
    starts_on: NaiveDate,
) -> Result<(), AppError> {
    journeys::apply_if_allowed(
        txn,
        participant_id,
        Step::LongTermPresence,
        Action::Complete(Some(starts_on)),
        Some(actor),
        Utc::now().date_naive(),
    )
    .await?;
    Ok(())
}

/// Requests a desk for a participant. A host booking its own desk books it at
/// once; others make a request the host decides on. A desk already taken for
/// those days answers 409 with the booking in the way (or, when asked, puts the
/// request on the waiting list).
pub async fn request_booking(
    db: &Db,
    actor: &Actor,
    request: &BookingRequest,
) -> Result<Booking, AppError> {
    let mut errors = request.unreadable.clone();
    let desk = match request.desk_id {
        Some(id) => store::desk(db, id).await?,
        None => None,
    };
    let participant = match request.participant_id {
        Some(id) => Some(participant(db, actor, id).await?),
        None => None,
    };
    let (Some(desk), Some(participant)) = (desk, participant) else {
        if request.desk_id.is_none() {
            errors.add("desk_id", crate::t("val-required"));
        } else if errors.get("desk_id").is_none() {
            errors.add("desk_id", crate::t("sl-err-no-desk"));
        }
        if request.participant_id.is_none() {
            errors.add("participant_id", crate::t("val-required"));
        }
        return Err(AppError::Validation(errors));
    };
    let host = access::can_manage_desks(actor, desk.organisation.id);
    if !(host || access::acts_for_sme(actor, participant.access())) {
        return Err(AppError::Forbidden);
    }
    if !desk.active {
        errors.add("desk_id", crate::t("sl-err-desk-not-offered"));
    } else if desk.organisation.id != participant.host.id {
        errors.add(
            "desk_id",
            crate::t1("sl-err-desk-other-host", "host", &participant.host.name),
        );
    }
    let range = match check_range(request.starts_on, request.ends_on, Utc::now().date_naive()) {
        Ok(range) => Some(range),
        Err(more) => {
            errors.merge(more);
            None
        }
    };
    let note = errors.check("note", crate::validation::text(&request.note, false, 2000));
    let (Some(range), Some(note)) = (range, note) else {
        return Err(AppError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = db::write(db).await?;
    // The host may have changed since it was read: checked again under the
    // participant's lock, which a change of host takes too.
    let host_now = crate::softlanding::store::programmes::locked_host(&txn, participant.id).await?;
    if host_now != Some(desk.organisation.id) {
        return Err(AppError::Validation(FieldErrors::single(
            "desk_id",
            crate::t1("sl-err-desk-other-host", "host", &participant.host.name),
        )));
    }
    let id = if host {
        let id = store::insert_booking(
            &txn,
            desk.id,
            participant.id,
            range,
            BookingStatus::Approved,
            &note,
            &actor.display_name,
            Some(&actor.display_name),
        )
        .await?;
        let txn_after = claim_or_conflict(db, actor, txn, desk.id, id, range).await?;
        mark_presence(&txn_after, actor, participant.id, range.0).await?;
        txn_after.commit().await?;
        id
    } else {
        let holder = store::holder(&txn, desk.id, range).await?;
        let status = match (&holder, request.waitlist) {
            (None, _) => BookingStatus::Requested,
            (Some(_), true) => BookingStatus::Waitlisted,
            (Some(_), false) => {
                txn.rollback().await?;
                return Err(taken(db, actor, holder).await?);
            }
        };
        let id = store::insert_booking(
            &txn,
            desk.id,
            participant.id,
            range,
            status,
            &note,
            &actor.display_name,
            None,
        )
        .await?;
        txn.commit().await?;
        id
    };
    store::booking(db, id).await?.ok_or(AppError::NotFound)
}

/// A booking the actor may see: the desk's host, and those who see the participant.
pub async fn booking(db: &Db, actor: &Actor, id: i64) -> Result<Booking, AppError> {
    let booking = store::booking(db, id).await?.ok_or(AppError::NotFound)?;
    if may_see(db, actor, &booking).await? {
        Ok(booking)
    } else {
        Err(AppError::NotFound)
    }
}

/// A booking is seen by its desk's host and by whoever sees its participant.
async fn may_see(db: &Db, actor: &Actor, booking: &Booking) -> Result<bool, AppError> {
    Ok(access::can_manage_desks(actor, booking.organisation_id)
        || programmes::participant(db, booking.participant_id)
            .await?
            .is_some_and(|p| access::can_view_participant(actor, p.access())))
}

/// Approves, declines or cancels a booking. Hosts decide; the participant's
/// side may cancel its own. Cancelling an approved booking frees its days and
/// puts the waiting requests for them back before the host.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    booking_id: i64,
    decision: BookingDecision,
) -> Result<Booking, AppError> {
    let booking = booking(db, actor, booking_id).await?;
    let host = access::can_manage_desks(actor, booking.organisation_id);
    let own_side = match programmes::participant(db, booking.participant_id).await? {
        Some(p) => access::acts_for_sme(actor, p.access()),
        None => false,
    };
    let allowed = match decision {
        BookingDecision::Approve | BookingDecision::Decline => host,
        BookingDecision::Cancel => host || own_side,
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let next = decision
        .next(booking.status)
        .map_err(|message| AppError::Conflict {
            fields: FieldErrors::single("decision", message.clone()),
            message,
        })?;
    let range = (booking.starts_on, booking.ends_on);
    let txn = db::write(db).await?;
    // Locked with the status the decision was made on: a cancellation racing
    // an approval waits for it and is refused, rather than cancelling with
    // the old status and leaving the approved days claimed for good.
    if !store::lock_with_status(&txn, booking.id, booking.status).await? {
        return Err(AppError::conflict(crate::t("sl-err-booking-changed")));
    }
    let txn = match next {
        BookingStatus::Approved => {
            let txn = claim_or_conflict(db, actor, txn, booking.desk_id, booking.id, range).await?;
            mark_presence(&txn, actor, booking.participant_id, booking.starts_on).await?;
            txn
        }
        BookingStatus::Cancelled if booking.status == BookingStatus::Approved => {
            store::release_days(&txn, booking.id).await?;
            for waiting in store::waiting_for(&txn, booking.desk_id, range).await? {
                store::set_status(&txn, waiting, BookingStatus::Requested, "").await?;
            }
            txn
        }
        _ => txn,
    };
    store::set_status(&txn, booking.id, next, &actor.display_name).await?;
    txn.commit().await?;
    store::booking(db, booking.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Bookings the actor may see: of the desks they host, and of the participants
/// they see.
pub async fn visible_bookings(
    db: &Db,
    actor: &Actor,
    mut filter: BookingFilter,
) -> Result<Vec<Booking>, AppError> {
    if actor.is_admin() {
        return store::bookings(db, &filter).await;
    }
    let mut desk_ids: Vec<i64> = match (actor.role, actor.organisation_id) {
        (Role::Manager, Some(organisation)) => store::desks(db, Some(&[organisation]))
            .await?
            .iter()
            .map(|d| d.id)
            .collect(),
        _ => Vec::new(),
    };
    let participant_ids: Vec<i64> =
        super::programmes::visible_participants(db, actor, ParticipantFilter::default())
            .await?
            .iter()
            .map(|p| p.id)
            .collect();
    let wanted_desks = filter.desk_ids.take();
    let wanted_participants = filter.participant_ids.take();
    let all = store::bookings(db, &filter).await?;
    desk_ids.sort_unstable();
    Ok(all
        .into_iter()
        .filter(|b| {
            desk_ids.binary_search(&b.desk_id).is_ok()
                || participant_ids.contains(&b.participant_id)
        })
        .filter(|b| {
            wanted_desks
                .as_ref()
                .is_none_or(|ids| ids.contains(&b.desk_id))
        })
        .filter(|b| {
            wanted_participants
                .as_ref()
                .is_none_or(|ids| ids.contains(&b.participant_id))
        })
        .collect())
}

/// One desk's month in the occupancy view.
pub struct DeskOccupancy {
    pub desk: Desk,
    pub month: DeskMonth,
    pub bookings: Vec<Booking>,
}

/// The host's occupancy view for the month containing `day`.
pub async fn occupancy(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    day: NaiveDate,
) -> Result<Vec<DeskOccupancy>, AppError> {
    if !access::can_manage_desks(actor, organisation_id) {
        return Err(AppError::Forbidden);
    }
    let month = month_of(day);
    let desks = store::desks(db, Some(&[organisation_id])).await?;
    let bookings = store::bookings(
        db,
        &BookingFilter {
            desk_ids: Some(desks.iter().map(|d| d.id).collect()),
            statuses: Some(vec![BookingStatus::Approved]),
            during: Some(month),
            ..Default::default()
        },
    )
    .await?;
    Ok(desks
        .into_iter()
        .map(|desk| {
            let own: Vec<Booking> = bookings
                .iter()
                .filter(|b| b.desk_id == desk.id)
                .cloned()
                .collect();
            let ranges: Vec<(NaiveDate, NaiveDate)> =
                own.iter().map(|b| (b.starts_on, b.ends_on)).collect();
            DeskOccupancy {
                month: month_occupancy(month, &ranges),
                desk,
                bookings: own,
            }
        })
        .collect())
}
