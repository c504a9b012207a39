//! Matchmaking events: organising them, registering, and meeting requests.

use chrono::{DateTime, Duration, Utc};

use super::profiles::party_access;
use crate::auth::Actor;
use crate::db::{self, Db};
use crate::matchmaking::model::access::{self, PartyAccess};
use crate::matchmaking::model::events::{
    Answer, EventInput, RegistrationInput, RequestStatus, SessionInput, check_request,
};
use crate::matchmaking::model::profiles::Party;
use crate::matchmaking::store::events::{
    self as store, Event, MeetingRequest, PartyFacts, Registration, Session, Slot,
};
use crate::matchmaking::store::profiles as profile_store;
use crate::notify::{Kind, Notice, Text};
use crate::registry::{self, model::slugify};
use crate::validation::FieldErrors;
use crate::web::AppError;

fn refused(message: impl Into<String>) -> AppError {
    AppError::Conflict {
        message: message.into(),
        fields: Default::default(),
    }
}

/// The page that notifications about an event's meeting requests (sent,
/// answered, expired) point at; erasure finds them by it.
pub fn requests_page(event_id: i64) -> String {
    format!("/events/{event_id}/requests")
}

/// Notifies the people who act for the parties behind some registrations.
pub(crate) async fn notify_registrations(
    txn: &impl sea_orm::ConnectionTrait,
    registrations: &[&Registration],
    notice: &Notice,
) -> Result<usize, AppError> {
    let mut organisations = Vec::new();
    let mut smes = Vec::new();
    for r in registrations {
        match r.party {
            Party::Sme(id) => smes.push(id),
            Party::Organisation(id) => organisations.push(id),
        }
    }
    crate::notify::to_parties(txn, &organisations, &smes, notice).await
}

/// Every event (any signed-in user sees them).
pub async fn events(db: &Db) -> Result<Vec<Event>, AppError> {
    store::events(db).await
}

pub async fn event(db: &Db, id: i64) -> Result<Event, AppError> {
    store::event(db, id).await?.ok_or(AppError::NotFound)
}

/// Whether the actor organises the event.
pub fn organises(actor: &Actor, event: &Event) -> bool {
    access::can_organise_for(actor, event.organiser.id)
}

/// The event, if the actor organises it.
pub async fn organised(db: &Db, actor: &Actor, id: i64) -> Result<Event, AppError> {
    let event = event(db, id).await?;
    if organises(actor, &event) {
        Ok(event)
    } else {
        Err(AppError::Forbidden)
    }
}

async fn free_slug(db: &Db, title: &str) -> Result<String, AppError> {
    let base = slugify(title);
    let mut slug = base.clone();
    let mut n = 2;
    while store::event_id_by_slug(db, &slug).await?.is_some() {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

pub async fn create_event(db: &Db, actor: &Actor, input: &EventInput) -> Result<i64, AppError> {
    if !access::can_create_event(actor) {
        return Err(AppError::Forbidden);
    }
    let mut input = input.clone();
    if let Some(id) = input.organiser_organisation_id {
        if registry::store::organisation_refs(db, &[id])
            .await?
            .is_empty()
        {
            input.unreadable.add(
                "organiser_organisation_id",
                crate::t("mm-err-no-organisation"),
            );
        } else if !access::can_organise_for(actor, id) {
            return Err(AppError::Forbidden);
        }
    }
    let draft = input.validate().map_err(AppError::Validation)?;
    let slug = free_slug(db, &draft.title).await?;
    let txn = db::write(db).await?;
    let id = store::insert_event(&txn, &draft, &slug, Utc::now()).await?;
    txn.commit().await?;
    Ok(id)
}

/// An event as input again, the starting point of an edit.
pub fn input_of(event: &Event) -> EventInput {
    EventInput {
        title: event.title.clone(),
        description: event.description.clone(),
        organiser_organisation_id: Some(event.organiser.id),
        format: event.format.as_str().into(),
        venue: event.venue.clone(),
        online_url: event.online_url.clone(),
        time_zone: event.time_zone.name().into(),
        tables: Some(i64::from(event.tables)),
        max_meetings: event.max_meetings.map(i64::from),
        request_expiry_hours: Some(i64::from(event.request_expiry_hours)),
        unreadable: FieldErrors::new(),
    }
}

/// Changes an event's settings. The organiser stays (an event does not move
/// to another organisation), and tables can only shrink as far as the plan allows.
/// `seen` is the version a form was filled from: changed since, the form is
/// refused rather than overwriting what someone else saved.
pub async fn update_event(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(EventInput) -> EventInput,
) -> Result<(), AppError> {
    let event = organised(db, actor, id).await?;
    if crate::validation::is_outdated(seen, event.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let mut input = change(input_of(&event));
    if input.organiser_organisation_id != Some(event.organiser.id) {
        input.unreadable.add(
            "organiser_organisation_id",
            "an event stays with its organiser",
        );
    }
    let draft = input.validate().map_err(AppError::Validation)?;
    let highest_table = store::meetings(db, id, None)
        .await?
        .iter()
        .filter_map(|m| m.table_no)
        .max()
        .unwrap_or(0);
    if draft.tables < highest_table {
        return Err(AppError::Validation(FieldErrors::single(
            "tables",
            crate::t1("mm-err-table-has-meetings", "table", highest_table),
        )));
    }
    let txn = db::write(db).await?;
    store::update_event(&txn, id, event.updated_at, &draft, Utc::now()).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn sessions(db: &Db, event_id: i64) -> Result<(Vec<Session>, Vec<Slot>), AppError> {
    Ok((
        store::sessions(db, event_id).await?,
        store::slots(db, event_id).await?,
    ))
}

pub async fn add_session(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    input: &SessionInput,
) -> Result<i64, AppError> {
    let event = organised(db, actor, event_id).await?;
    let txn = db::write(db).await?;
    let existing: Vec<(DateTime<Utc>, DateTime<Utc>)> = store::sessions(&txn, event_id)
        .await?
        .iter()
        .map(|s| (s.starts_at, s.ends_at))
        .collect();
    let draft = input
        .validate(event.time_zone, &existing)
        .map_err(AppError::Validation)?;
    let id = store::insert_session(&txn, event_id, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn remove_session(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    session_id: i64,
) -> Result<(), AppError> {
    organised(db, actor, event_id).await?;
    let txn = db::write(db).await?;
    store::delete_session(&txn, event_id, session_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Attendees of an event (any signed-in user may browse them).
pub async fn registrations(db: &Db, event_id: i64) -> Result<Vec<Registration>, AppError> {
    event(db, event_id).await?;
    store::registrations(db, event_id).await
}

/// The actor's own registration at an event, if they have one.
pub async fn my_registration(
    db: &Db,
    actor: &Actor,
    event_id: i64,
) -> Result<Option<Registration>, AppError> {
    match access::own_party(actor) {
        Some(party) => store::registration_of(db, event_id, party).await,
        None => Ok(None),
    }
}

async fn access_of(db: &Db, party: Party) -> Result<PartyAccess, AppError> {
    party_access(db, party).await?.ok_or(AppError::NotFound)
}

/// A registration the actor speaks for (or organises the event of).
pub async fn registration_for(
    db: &Db,
    actor: &Actor,
    registration_id: i64,
) -> Result<(Registration, Event), AppError> {
    let registration = store::registration(db, registration_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = event(db, registration.event_id).await?;
    if organises(actor, &event) || access::acts_for(actor, access_of(db, registration.party).await?)
    {
        Ok((registration, event))
    } else {
        Err(AppError::Forbidden)
    }
}

/// Registers a party (the actor's own unless named) for an event.
pub async fn register(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    party: Option<Party>,
    input: &RegistrationInput,
) -> Result<i64, AppError> {
    let event = event(db, event_id).await?;
    let party = party.or_else(|| access::own_party(actor)).ok_or_else(|| {
        AppError::Validation(FieldErrors::single(
            "party",
            crate::t("mm-err-say-registrant"),
        ))
    })?;
    let owner = profile_store::owner(db, party).await?.ok_or_else(|| {
        AppError::Validation(FieldErrors::single(
            "party",
            crate::t("mm-err-no-such-party"),
        ))
    })?;
    if !access::acts_for(actor, owner.access()) {
        return Err(AppError::Forbidden);
    }
    if event.is_over(Utc::now()) {
        return Err(refused(crate::t("mm-err-event-over")));
    }
    let slots: Vec<i64> = store::slots(db, event_id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let draft = input
        .validate(event.format, &slots, &[])
        .map_err(AppError::Validation)?;
    let facts = PartyFacts {
        country: owner.country.clone(),
        kind: owner.kind.clone(),
    };
    let txn = db::write(db).await?;
    let id = store::insert_registration(
        &txn,
        event_id,
        party,
        &facts,
        &draft,
        &actor.display_name,
        Utc::now(),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// A registration as input again.
pub fn registration_input(registration: &Registration) -> RegistrationInput {
    RegistrationInput {
        attendance: registration.attendance.as_str().into(),
        max_meetings: registration.max_meetings.map(i64::from),
        available: registration.available.clone(),
        looking_for: registration.looking_for.clone(),
        unreadable: FieldErrors::new(),
    }
}

/// Changes availability, meeting limit, attendance or what the attendee looks
/// for. Slots with meetings already placed must stay available.
pub async fn update_registration(
    db: &Db,
    actor: &Actor,
    registration_id: i64,
    change: impl FnOnce(RegistrationInput) -> RegistrationInput,
) -> Result<(), AppError> {
    let (registration, event) = registration_for(db, actor, registration_id).await?;
    let input = change(registration_input(&registration));
    let txn = db::write(db).await?;
    let slots: Vec<i64> = store::slots(&txn, event.id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();
    let busy: Vec<i64> = store::meetings(&txn, event.id, Some(registration_id))
        .await?
        .iter()
        .filter_map(|m| m.slot_id)
        .collect();
    let draft = input
        .validate(event.format, &slots, &busy)
        .map_err(AppError::Validation)?;
    store::update_registration(&txn, registration_id, &draft).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn cancel_registration(
    db: &Db,
    actor: &Actor,
    registration_id: i64,
) -> Result<(), AppError> {
    let (registration, event) = registration_for(db, actor, registration_id).await?;
    let txn = db::write(db).await?;
    // Its meetings go with it: the other sides of published ones hear so.
    for meeting in store::meetings(&txn, event.id, Some(registration.id)).await? {
        let change = super::agendas::AgendaChange::Withdrawn {
            leaving: registration.id,
        };
        super::agendas::announce_change(&txn, &event, &meeting, change).await?;
    }
    store::delete_registration(&txn, registration_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Requests the actor may see at an event: all of them for organisers, the
/// actor's own (sent and received) for attendees.
pub async fn requests(
    db: &Db,
    actor: &Actor,
    event_id: i64,
) -> Result<Vec<MeetingRequest>, AppError> {
    let event = event(db, event_id).await?;
    let now = Utc::now();
    if organises(actor, &event) {
        return store::requests(db, event_id, None, now).await;
    }
    match my_registration(db, actor, event_id).await? {
        Some(mine) => store::requests(db, event_id, Some(mine.id), now).await,
        None => Ok(Vec::new()),
    }
}

/// Sends a meeting request from the actor's registration to another attendee.
pub async fn send_request(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    to: i64,
    message: &str,
) -> Result<i64, AppError> {
    let event = event(db, event_id).await?;
    let mine = my_registration(db, actor, event_id)
        .await?
        .ok_or_else(|| refused(crate::t("mm-err-register-first")))?;
    let now = Utc::now();
    if event.is_over(now) {
        return Err(refused(crate::t("mm-err-event-over")));
    }
    let message = check_request(mine.id, to, message).map_err(AppError::Validation)?;
    match store::registration(db, to).await? {
        Some(other) if other.event_id == event_id => {}
        _ => {
            return Err(AppError::Validation(FieldErrors::single(
                "to_registration_id",
                crate::t("mm-err-no-such-attendee"),
            )));
        }
    }
    let expires_at = now + Duration::hours(i64::from(event.request_expiry_hours));
    let recipient = store::registration(db, to)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = db::write(db).await?;
    let id = store::insert_request(&txn, event_id, mine.id, to, &message, now, expires_at).await?;
    notify_registrations(
        &txn,
        &[&recipient],
        &Notice::new(
            Kind::MeetingRequest,
            Text::new("ntf-meeting-request-subject")
                .arg("from", &mine.name)
                .arg("event", &event.title),
            Text::new("ntf-meeting-request-body")
                .arg("from", &mine.name)
                .arg("to", &recipient.name)
                .arg("event", &event.title)
                .date_time("expires", expires_at.naive_utc())
                .arg("has_message", if message.is_empty() { "no" } else { "yes" })
                .arg("message", &message),
            requests_page(event_id),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// The invited side accepts (a meeting to schedule is created) or declines.
pub async fn answer_request(
    db: &Db,
    actor: &Actor,
    request_id: i64,
    answer: Answer,
    message: &str,
) -> Result<Option<i64>, AppError> {
    let now = Utc::now();
    let request = store::request(db, request_id, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let (invited, _) = registration_for(db, actor, request.to)
        .await
        .map_err(|_| AppError::NotFound)?;
    if !access::acts_for(actor, access_of(db, invited.party).await?) {
        return Err(AppError::Forbidden);
    }
    let status =
        crate::matchmaking::model::events::answer(request.status, request.expires_at, now, answer)
            .map_err(refused)?;
    let message = crate::validation::text(message, false, 1000)
        .map_err(|m| AppError::Validation(FieldErrors::single("message", m)))?;
    let txn = db::write(db).await?;
    if !store::answer_request(&txn, request_id, status, &message, now).await? {
        return Err(refused(crate::t("mm-err-answered-meanwhile")));
    }
    if let Some(sender) = store::registration(&txn, request.from).await? {
        let event = event(db, request.event_id).await?;
        notify_registrations(
            &txn,
            &[&sender],
            &Notice::new(
                Kind::MeetingAnswer,
                Text::new("ntf-meeting-answer-subject")
                    .arg("name", &invited.name)
                    .arg("status", status.as_str()),
                Text::new("ntf-meeting-answer-body")
                    .arg("name", &invited.name)
                    .arg("status", status.as_str())
                    .arg("event", &event.title)
                    .arg("has_message", if message.is_empty() { "no" } else { "yes" })
                    .arg("message", &message),
                requests_page(request.event_id),
            ),
        )
        .await?;
    }
    let meeting = if status == RequestStatus::Accepted {
        Some(
            store::insert_meeting(
                &txn,
                request.event_id,
                Some(request_id),
                1,
                &[request.from.min(request.to), request.from.max(request.to)],
                now,
            )
            .await?,
        )
    } else {
        None
    };
    txn.commit().await?;
    Ok(meeting)
}

/// The sender withdraws a request that has not been answered.
pub async fn withdraw_request(db: &Db, actor: &Actor, request_id: i64) -> Result<(), AppError> {
    let now = Utc::now();
    let request = store::request(db, request_id, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let (sender, _) = registration_for(db, actor, request.from)
        .await
        .map_err(|_| AppError::NotFound)?;
    if !access::acts_for(actor, access_of(db, sender.party).await?) {
        return Err(AppError::Forbidden);
    }
    if request.status != RequestStatus::Pending {
        return Err(refused(crate::t1(
            "mm-err-request-is",
            "status",
            request.status.as_str(),
        )));
    }
    let txn = db::write(db).await?;
    if !store::answer_request(&txn, request_id, RequestStatus::Cancelled, "", now).await? {
        return Err(refused(crate::t("mm-err-answered-meanwhile")));
    }
    txn.commit().await?;
    Ok(())
}

/// A request the actor may see.
pub async fn request(db: &Db, actor: &Actor, id: i64) -> Result<MeetingRequest, AppError> {
    let request = store::request(db, id, Utc::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let event = event(db, request.event_id).await?;
    if organises(actor, &event) {
        return Ok(request);
    }
    match my_registration(db, actor, request.event_id).await? {
        Some(mine) if mine.id == request.from || mine.id == request.to => Ok(request),
        _ => Err(AppError::NotFound),
    }
}

/// Tells the senders of requests that expired unanswered (once per
/// request); returns how many were told.
pub async fn notify_expired_requests(db: &Db) -> Result<usize, AppError> {
    let now = Utc::now();
    let expired = store::expired_unnotified(db, now).await?;
    let mut told = 0;
    for request in expired {
        let txn = db::write(db).await?;
        if !store::mark_expiry_notified(&txn, request.id, now).await? {
            continue;
        }
        let (Some(sender), Some(invited)) = (
            store::registration(&txn, request.from).await?,
            store::registration(&txn, request.to).await?,
        ) else {
            continue;
        };
        let title = event(db, request.event_id).await?.title;
        notify_registrations(
            &txn,
            &[&sender],
            &Notice::new(
                Kind::RequestExpired,
                Text::new("ntf-request-expired-subject").arg("name", &invited.name),
                Text::new("ntf-request-expired-body")
                    .arg("name", &invited.name)
                    .arg("event", &title),
                requests_page(request.event_id),
            ),
        )
        .await?;
        txn.commit().await?;
        told += 1;
    }
    Ok(told)
}
