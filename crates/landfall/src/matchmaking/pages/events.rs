//! Pages: matchmaking events — the list, the event form, and the event page
//! with its sessions, registration, attendees and meeting requests.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

use super::{
    clock_span, country_name, date_field, local_moment, number_field, party_kind_label, posted_id,
    refusal_status, rejected, time_field,
};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::calendar::default_time_zone;
use crate::matchmaking::model::access;
use crate::matchmaking::model::events::{
    Answer, Attendance, EventFormat, EventInput, RegistrationInput, RequestStatus, SessionInput,
};
use crate::matchmaking::model::profiles::Party;
use crate::matchmaking::operations::events as ops;
use crate::matchmaking::store::events::{Event, MeetingRequest, Registration, Session, Slot};
use crate::registry::model::ListFilter;
use crate::validation::version_of;
use crate::validation::{FieldErrors, Window};
use crate::web::forms::{Choice, form_status, posted_version, version_after};
use crate::web::{AppError, Id, Layout};

/// When an event takes place, in its own time zone.
fn when(event: &Event) -> String {
    match (event.starts_at, event.ends_at) {
        (Some(start), Some(end)) => crate::i18n::local_span(start, end, event.time_zone),
        _ => crate::t("mm-no-sessions-yet"),
    }
}

// ---------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------

/// An event in the list.
pub struct EventRow {
    pub event: Event,
    pub when: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/events.html")]
struct EventsPage {
    layout: Layout,
    upcoming: Vec<EventRow>,
    past: Vec<EventRow>,
    can_create: bool,
}

#[tracing::instrument(skip_all)]
pub async fn events(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let now = Utc::now();
    let (past, upcoming): (Vec<EventRow>, Vec<EventRow>) = ops::events(&state.db)
        .await?
        .into_iter()
        .map(|event| EventRow {
            when: when(&event),
            event,
        })
        .partition(|row| row.event.is_over(now));
    Ok(EventsPage {
        layout: Layout::new(crate::t("mm-events-title"), Some(&actor), "events"),
        upcoming,
        past: past.into_iter().rev().collect(),
        can_create: access::can_create_event(&actor),
    }
    .into_response())
}

// ---------------------------------------------------------------------------
// The event form
// ---------------------------------------------------------------------------

/// The event form as posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventFormData {
    title: String,
    description: String,
    /// Only the coordinator chooses the organiser (managers organise for
    /// their own organisation).
    organiser_organisation_id: String,
    format: String,
    venue: String,
    online_url: String,
    time_zone: String,
    tables: String,
    max_meetings: String,
    request_expiry_hours: String,
    /// The version of the event the form was filled from (empty for a new
    /// one).
    version: String,
}

impl EventFormData {
    fn to_input(&self, organiser: Option<i64>) -> EventInput {
        let mut unreadable = FieldErrors::new();
        EventInput {
            title: self.title.clone(),
            description: self.description.clone(),
            organiser_organisation_id: organiser,
            format: self.format.clone(),
            venue: self.venue.clone(),
            online_url: self.online_url.clone(),
            time_zone: self.time_zone.clone(),
            tables: number_field("tables", &self.tables, &mut unreadable),
            max_meetings: number_field("max_meetings", &self.max_meetings, &mut unreadable),
            request_expiry_hours: number_field(
                "request_expiry_hours",
                &self.request_expiry_hours,
                &mut unreadable,
            ),
            unreadable,
        }
    }

    fn from_input(input: &EventInput) -> Self {
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        Self {
            title: input.title.clone(),
            description: input.description.clone(),
            organiser_organisation_id: number(input.organiser_organisation_id),
            format: input.format.clone(),
            venue: input.venue.clone(),
            online_url: input.online_url.clone(),
            time_zone: input.time_zone.clone(),
            tables: number(input.tables),
            max_meetings: number(input.max_meetings),
            request_expiry_hours: number(input.request_expiry_hours),
            version: String::new(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/event_form.html")]
struct EventFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    values: EventFormData,
    formats: Vec<Choice>,
    /// The coordinator's choice of organiser (empty for everyone else).
    organisers: Vec<Choice>,
    errors: FieldErrors,
}

async fn event_form(
    state: &AppState,
    actor: &Actor,
    target: Option<&Event>,
    values: EventFormData,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (heading, action, cancel) = match target {
        Some(e) => (
            crate::t1("mm-edit-title", "title", &e.title),
            format!("/events/{}/edit", e.id),
            format!("/events/{}", e.id),
        ),
        None => (
            crate::t("mm-new-matchmaking-event"),
            "/events/new".to_string(),
            "/events".to_string(),
        ),
    };
    let organisers = if target.is_none() && actor.is_admin() {
        let window = Window {
            limit: 1000,
            offset: 0,
        };
        crate::registry::store::list_organisations(&state.db, &ListFilter::default(), window)
            .await?
            .0
            .into_iter()
            .map(|o| {
                Choice::new(
                    o.id.to_string(),
                    format!("{} ({})", o.name, o.country.name_t()),
                    values.organiser_organisation_id == o.id.to_string(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let status = form_status(&errors);
    let page = EventFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "events"),
        heading,
        action,
        cancel,
        formats: EventFormat::ALL
            .iter()
            .map(|f| Choice::new(f.as_str(), f.label_t(), values.format == f.as_str()))
            .collect(),
        organisers,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_event(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    if !access::can_create_event(&actor) {
        return Err(AppError::Forbidden);
    }
    let time_zone = match actor.organisation_id {
        Some(id) => {
            let organisation = crate::registry::organisation(&state.db, id).await?;
            default_time_zone(&organisation.country).name().to_string()
        }
        None => String::new(),
    };
    let values = EventFormData {
        format: EventFormat::Onsite.as_str().into(),
        time_zone,
        tables: "20".into(),
        request_expiry_hours: "72".into(),
        ..Default::default()
    };
    event_form(&state, &actor, None, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_event(
    State(state): State<AppState>,
    form: CsrfForm<EventFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let organiser = if actor.is_admin() {
        form.organiser_organisation_id.trim().parse().ok()
    } else {
        actor.organisation_id
    };
    match ops::create_event(&state.db, &actor, &form.to_input(organiser)).await {
        Ok(id) => Ok(Redirect::to(&format!("/events/{id}")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            event_form(&state, &actor, None, form, errors).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_event(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let event = ops::organised(&state.db, &actor, id).await?;
    let values = EventFormData {
        version: version_of(event.updated_at).to_string(),
        ..EventFormData::from_input(&ops::input_of(&event))
    };
    event_form(&state, &actor, Some(&event), values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_event(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EventFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let event = ops::organised(&state.db, &actor, id).await?;
    let input = form.to_input(Some(event.organiser.id));
    let seen = posted_version(&form.version);
    match ops::update_event(&state.db, &actor, id, seen, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/events/{id}")).into_response()),
        Err(error) => {
            let event = ops::organised(&state.db, &actor, id).await?;
            form.version = version_after(&error, &form.version, version_of(event.updated_at));
            let errors = rejected(error)?;
            event_form(&state, &actor, Some(&event), form, errors).await
        }
    }
}

// ---------------------------------------------------------------------------
// The event page
// ---------------------------------------------------------------------------

/// A session with its slots in local time.
pub struct SessionBlock {
    pub session: Session,
    pub when: String,
    /// "20-minute meetings, 5 minutes between".
    pub timing: String,
    pub slots: Vec<String>,
}

/// An attendee in the list, with what the viewer can do about them.
pub struct AttendeeRow {
    pub registration: Registration,
    pub country: String,
    pub kind: String,
    pub link: String,
    pub is_me: bool,
    /// The state of a request between the viewer and this attendee, if any.
    pub request: Option<String>,
    /// The viewer may ask this attendee for a meeting.
    pub can_request: bool,
    /// The message of a refused request to this attendee, to show it again.
    pub typed: String,
}

/// A meeting request with the names of both sides.
pub struct RequestRow {
    pub request: MeetingRequest,
    pub from: String,
    pub to: String,
    pub expires: String,
    pub pending: bool,
    /// The message of a refused answer to this request, to show it again.
    pub typed: String,
}

/// A slot the attendee can tick as available.
pub struct SlotChoice {
    pub id: i64,
    pub label: String,
    pub checked: bool,
}

/// The session form as posted.
#[derive(Debug, Deserialize)]
#[serde(default)]
pub struct SessionFormData {
    title: String,
    date: String,
    start_time: String,
    end_time: String,
    meeting_minutes: String,
    pause_minutes: String,
}

impl Default for SessionFormData {
    fn default() -> Self {
        Self {
            title: String::new(),
            date: String::new(),
            start_time: "09:00".into(),
            end_time: "12:00".into(),
            meeting_minutes: "20".into(),
            pause_minutes: "5".into(),
        }
    }
}

impl SessionFormData {
    fn to_input(&self) -> SessionInput {
        let mut unreadable = FieldErrors::new();
        SessionInput {
            title: self.title.clone(),
            date: date_field("date", &self.date, &mut unreadable),
            start_time: time_field("start_time", &self.start_time, &mut unreadable),
            end_time: time_field("end_time", &self.end_time, &mut unreadable),
            meeting_minutes: number_field(
                "meeting_minutes",
                &self.meeting_minutes,
                &mut unreadable,
            )
            .or(Some(20)),
            pause_minutes: number_field("pause_minutes", &self.pause_minutes, &mut unreadable)
                .or(Some(5)),
            unreadable,
        }
    }
}

/// The registration form as posted: ticked slots come as repeated `slot`s.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RegistrationFormData {
    attendance: String,
    max_meetings: String,
    slot: Vec<String>,
    looking_for: String,
}

impl RegistrationFormData {
    /// `slots` are all the event's slots: ticking every one means "any slot".
    fn to_input(&self, slots: &[i64]) -> RegistrationInput {
        let mut unreadable = FieldErrors::new();
        let chosen = crate::web::forms::picked_ids(&self.slot);
        let available = if slots.iter().all(|s| chosen.contains(s)) {
            None
        } else {
            Some(chosen)
        };
        RegistrationInput {
            attendance: self.attendance.clone(),
            max_meetings: number_field("max_meetings", &self.max_meetings, &mut unreadable),
            available,
            looking_for: self.looking_for.clone(),
            unreadable,
        }
    }

    fn from_registration(registration: &Registration, slots: &[Slot]) -> Self {
        let input = ops::registration_input(registration);
        Self {
            attendance: input.attendance,
            max_meetings: input
                .max_meetings
                .map(|n| n.to_string())
                .unwrap_or_default(),
            slot: slots
                .iter()
                .filter(|s| input.available.as_ref().is_none_or(|a| a.contains(&s.id)))
                .map(|s| s.id.to_string())
                .collect(),
            looking_for: input.looking_for,
        }
    }

    fn fresh(slots: &[Slot]) -> Self {
        Self {
            slot: slots.iter().map(|s| s.id.to_string()).collect(),
            ..Default::default()
        }
    }
}

/// What a refused form leaves on the event page.
#[derive(Default)]
struct EventFeedback {
    alert: Option<String>,
    session: Option<(SessionFormData, FieldErrors)>,
    registration: Option<(RegistrationFormData, FieldErrors)>,
    /// A refused request: the attendee it was for and its message.
    request: Option<(i64, String)>,
    /// A refused answer: the request it was for and its message.
    answer: Option<(i64, String)>,
    /// A manager's refused registration of one of their SMEs.
    sme_registration: Option<(SmeRegistrationForm, FieldErrors)>,
    status: Option<StatusCode>,
}

/// A manager registers one of the SMEs their organisation is home to; the
/// SME's own people then find the registration on their page of the event.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct SmeRegistrationForm {
    sme_id: String,
    sme_attendance: String,
}

/// The manager's part of the event page: their organisation's SMEs, those
/// registered (with a way to cancel) and those that may still be.
struct HomeSmes {
    registered: Vec<Registration>,
    choices: Vec<Choice>,
    attendances: Vec<Choice>,
    errors: FieldErrors,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/event.html")]
struct EventPage {
    layout: Layout,
    event: Event,
    when: String,
    is_over: bool,
    organises: bool,
    sessions: Vec<SessionBlock>,
    attendees: Vec<AttendeeRow>,
    mine: Option<Registration>,
    can_register: bool,
    incoming: Vec<RequestRow>,
    outgoing: Vec<RequestRow>,
    /// Every request, for organisers who are not attendees themselves.
    all_requests: Vec<RequestRow>,
    session_form: SessionFormData,
    session_errors: FieldErrors,
    registration_form: RegistrationFormData,
    registration_errors: FieldErrors,
    slot_choices: Vec<SlotChoice>,
    attendances: Vec<Choice>,
    /// For a manager of an organisation that is home to SMEs.
    home_smes: Option<HomeSmes>,
    alert: Option<String>,
}

impl EventPage {
    fn hybrid(&self) -> bool {
        self.event.format == EventFormat::Hybrid
    }

    fn party_link(&self, registration: &Registration) -> String {
        party_link(registration.party)
    }

    /// "Ola AS is registered (On site) for at most 5 meetings, available in
    /// every slot."
    fn registration_line(&self, me: &Registration) -> String {
        let mut line = crate::t1("mm-registered", "name", &me.name);
        if self.hybrid() {
            line.push_str(&format!(" ({})", me.attendance.label_t()));
        }
        if let Some(n) = me.max_meetings {
            line.push(' ');
            line.push_str(&crate::tn("mm-registered-for-at-most", n));
        }
        line.push_str(", ");
        line.push_str(&match &me.available {
            Some(ids) => crate::ta(
                "mm-available-in-some",
                &[
                    ("count", ids.len().into()),
                    ("total", self.slot_choices.len().into()),
                ],
            ),
            None => crate::t("mm-available-always"),
        });
        line.push('.');
        line
    }
}

fn party_link(party: Party) -> String {
    match party {
        Party::Sme(id) => format!("/smes/{id}"),
        Party::Organisation(id) => format!("/organisations/{id}"),
    }
}

fn request_word(status: RequestStatus) -> String {
    crate::t(match status {
        RequestStatus::Pending => "mm-request-pending",
        RequestStatus::Accepted => "mm-request-accepted",
        RequestStatus::Declined => "mm-request-declined",
        RequestStatus::Expired => "mm-request-expired",
        RequestStatus::Cancelled => "mm-request-withdrawn",
    })
}

async fn event_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    feedback: EventFeedback,
) -> Result<Response, AppError> {
    let event = ops::event(&state.db, id).await?;
    let now = Utc::now();
    let organises = ops::organises(actor, &event);
    let (sessions, slots) = ops::sessions(&state.db, id).await?;
    let registrations = ops::registrations(&state.db, id).await?;
    let mine = ops::my_registration(&state.db, actor, id).await?;
    let requests = ops::requests(&state.db, actor, id).await?;
    let zone = event.time_zone;
    let is_over = event.is_over(now);

    let names: HashMap<i64, String> = registrations
        .iter()
        .map(|r| (r.id, r.name.clone()))
        .collect();
    let name_of = |id: i64| {
        names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| crate::t1("mm-attendee-number", "id", id))
    };
    let typed = |kept: &Option<(i64, String)>, id: i64| match kept {
        Some((kept_id, message)) if *kept_id == id => message.clone(),
        _ => String::new(),
    };
    let row = |r: &MeetingRequest| RequestRow {
        from: name_of(r.from),
        to: name_of(r.to),
        expires: local_moment(r.expires_at, zone),
        pending: r.status == RequestStatus::Pending,
        typed: typed(&feedback.answer, r.id),
        request: r.clone(),
    };
    let mine_id = mine.as_ref().map(|m| m.id);
    let between = |other: i64| {
        requests.iter().find(|r| {
            let pair = [r.from, r.to];
            mine_id.is_some_and(|m| pair.contains(&m)) && pair.contains(&other)
        })
    };
    let attendees = registrations
        .iter()
        .map(|r| {
            let is_me = Some(r.id) == mine_id;
            let existing = between(r.id).filter(|_| !is_me);
            AttendeeRow {
                country: country_name(&r.country),
                kind: party_kind_label(&r.kind),
                link: party_link(r.party),
                is_me,
                request: existing.map(|q| request_word(q.status)),
                can_request: mine_id.is_some() && !is_me && existing.is_none() && !is_over,
                typed: typed(&feedback.request, r.id),
                registration: r.clone(),
            }
        })
        .collect();
    let (incoming, outgoing, all_requests) = match mine_id {
        Some(m) => (
            requests.iter().filter(|r| r.to == m).map(row).collect(),
            requests.iter().filter(|r| r.from == m).map(row).collect(),
            Vec::new(),
        ),
        None if organises => (Vec::new(), Vec::new(), requests.iter().map(row).collect()),
        None => (Vec::new(), Vec::new(), Vec::new()),
    };

    let blocks = sessions
        .into_iter()
        .map(|session| SessionBlock {
            when: crate::i18n::local_span(session.starts_at, session.ends_at, zone),
            timing: crate::ta(
                "mm-session-timing",
                &[
                    ("meeting", session.meeting_minutes.into()),
                    ("pause", session.pause_minutes.into()),
                ],
            ),
            slots: slots
                .iter()
                .filter(|s| s.session_id == session.id)
                .map(|s| clock_span(s.starts_at, s.ends_at, zone))
                .collect(),
            session,
        })
        .collect();

    let (session_form, session_errors) = feedback
        .session
        .unwrap_or_else(|| (SessionFormData::default(), FieldErrors::new()));
    let (registration_form, registration_errors) = feedback.registration.unwrap_or_else(|| {
        let form = match &mine {
            Some(m) => RegistrationFormData::from_registration(m, &slots),
            None => RegistrationFormData::fresh(&slots),
        };
        (form, FieldErrors::new())
    });
    let slot_choices = slots
        .iter()
        .map(|s| SlotChoice {
            id: s.id,
            label: super::slot_label(s.starts_at, s.ends_at, zone),
            checked: registration_form.slot.contains(&s.id.to_string()),
        })
        .collect();
    let attendances = Attendance::ALL
        .iter()
        .map(|f| {
            Choice::new(
                f.as_str(),
                f.label_t(),
                registration_form.attendance == f.as_str(),
            )
        })
        .collect();

    let home_smes = home_smes(state, actor, &registrations, feedback.sme_registration).await?;
    let page = EventPage {
        layout: Layout::new(event.title.clone(), Some(actor), "events"),
        when: when(&event),
        is_over,
        organises,
        sessions: blocks,
        attendees,
        can_register: mine.is_none() && access::own_party(actor).is_some() && !is_over,
        mine,
        incoming,
        outgoing,
        all_requests,
        session_form,
        session_errors,
        registration_form,
        registration_errors,
        slot_choices,
        attendances,
        home_smes,
        alert: feedback.alert,
        event,
    };
    Ok((feedback.status.unwrap_or(StatusCode::OK), page).into_response())
}

/// The SMEs a manager's organisation is home to, split into those
/// registered for the event and those that may still be (none for anyone
/// else, or an organisation home to no SME).
async fn home_smes(
    state: &AppState,
    actor: &Actor,
    registrations: &[Registration],
    kept: Option<(SmeRegistrationForm, FieldErrors)>,
) -> Result<Option<HomeSmes>, AppError> {
    let Some(home) = actor
        .organisation_id
        .filter(|_| actor.role == crate::auth::Role::Manager)
    else {
        return Ok(None);
    };
    let filter = ListFilter {
        home_organisation: Some(home),
        ..Default::default()
    };
    let window = Window {
        limit: 500,
        offset: 0,
    };
    let scope = crate::registry::model::sme_scope(actor);
    let (smes, _) = crate::registry::store::list_smes(&state.db, scope, &filter, window).await?;
    if smes.is_empty() {
        return Ok(None);
    }
    let (form, errors) = kept.unwrap_or_default();
    let registered_party = |id: i64| registrations.iter().find(|r| r.party == Party::Sme(id));
    let registered = smes
        .iter()
        .filter_map(|s| registered_party(s.id).cloned())
        .collect();
    let choices = smes
        .iter()
        .filter(|s| registered_party(s.id).is_none())
        .map(|s| {
            let value = s.id.to_string();
            let selected = value == form.sme_id;
            Choice::new(value, s.name.clone(), selected)
        })
        .collect();
    let attendances = Attendance::ALL
        .iter()
        .map(|f| Choice::new(f.as_str(), f.label_t(), form.sme_attendance == f.as_str()))
        .collect();
    Ok(Some(HomeSmes {
        registered,
        choices,
        attendances,
        errors,
    }))
}

/// Registers one of the manager's SMEs, available in every slot; its own
/// people change the rest.
#[tracing::instrument(skip_all)]
pub async fn register_sme(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<SmeRegistrationForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut unreadable = FieldErrors::new();
    let party = match form.sme_id.trim().parse::<i64>() {
        Ok(sme) => Some(Party::Sme(sme)),
        Err(_) => {
            unreadable.add("sme_id", crate::t("mm-err-choose-sme"));
            None
        }
    };
    let input = RegistrationInput {
        attendance: form.sme_attendance.clone(),
        unreadable,
        ..Default::default()
    };
    let outcome = match party {
        Some(party) if input.unreadable.is_empty() => {
            ops::register(&state.db, &actor, id, Some(party), &input).await
        }
        _ => Err(AppError::Validation(input.unreadable.clone())),
    };
    match outcome {
        Ok(_) => Ok(Redirect::to(&format!("/events/{id}#your-smes")).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let mut errors = FieldErrors::new();
            for (field, message) in rejected(error)?.iter() {
                let field = match field {
                    "party" => "sme_id",
                    "attendance" => "sme_attendance",
                    "sme_id" | "sme_attendance" => field,
                    _ => "form",
                };
                errors.add(field, message);
            }
            let feedback = EventFeedback {
                sme_registration: Some((form, errors)),
                status: Some(status),
                ..Default::default()
            };
            event_page(&state, &actor, id, feedback).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn event(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    event_page(&state, &actor, id, EventFeedback::default()).await
}

/// Shows the event page again with a refused action's message on top.
async fn refused(
    state: &AppState,
    actor: &Actor,
    event_id: i64,
    error: AppError,
) -> Result<Response, AppError> {
    refused_keeping(state, actor, event_id, error, EventFeedback::default()).await
}

/// Like [`refused`], with what was typed into the refused form kept in `kept`.
async fn refused_keeping(
    state: &AppState,
    actor: &Actor,
    event_id: i64,
    error: AppError,
    kept: EventFeedback,
) -> Result<Response, AppError> {
    let status = refusal_status(&error);
    let errors = rejected(error)?;
    let feedback = EventFeedback {
        alert: Some(errors.one_line()),
        status: Some(status),
        ..kept
    };
    event_page(state, actor, event_id, feedback).await
}

#[tracing::instrument(skip_all)]
pub async fn add_session(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<SessionFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    match ops::add_session(&state.db, &actor, id, &form.to_input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/events/{id}#sessions")).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let feedback = EventFeedback {
                session: Some((form, errors)),
                status: Some(status),
                ..Default::default()
            };
            event_page(&state, &actor, id, feedback).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

#[tracing::instrument(skip_all)]
pub async fn remove_session(
    State(state): State<AppState>,
    Path((id, session_id)): Path<(String, String)>,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    let (id, session_id) = (posted_id(&id)?, posted_id(&session_id)?);
    match ops::remove_session(&state.db, &actor, id, session_id).await {
        Ok(()) => Ok(Redirect::to(&format!("/events/{id}#sessions")).into_response()),
        Err(error) => refused(&state, &actor, id, error).await,
    }
}

async fn slot_ids(state: &AppState, event_id: i64) -> Result<Vec<i64>, AppError> {
    Ok(ops::sessions(&state.db, event_id)
        .await?
        .1
        .iter()
        .map(|s| s.id)
        .collect())
}

#[tracing::instrument(skip_all)]
pub async fn register(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<RegistrationFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let input = form.to_input(&slot_ids(&state, id).await?);
    match ops::register(&state.db, &actor, id, None, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/events/{id}#registration")).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let feedback = EventFeedback {
                registration: Some((form, errors)),
                status: Some(status),
                ..Default::default()
            };
            event_page(&state, &actor, id, feedback).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn update_registration(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<RegistrationFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let (_, event) = ops::registration_for(&state.db, &actor, id).await?;
    let input = form.to_input(&slot_ids(&state, event.id).await?);
    match ops::update_registration(&state.db, &actor, id, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/events/{}#registration", event.id)).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let feedback = EventFeedback {
                registration: Some((form, errors)),
                status: Some(status),
                ..Default::default()
            };
            event_page(&state, &actor, event.id, feedback).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn cancel_registration(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    let (_, event) = ops::registration_for(&state.db, &actor, id).await?;
    match ops::cancel_registration(&state.db, &actor, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/events/{}", event.id)).into_response()),
        Err(error) => refused(&state, &actor, event.id, error).await,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RequestForm {
    /// The registration id of the attendee to meet.
    to: String,
    message: String,
}

#[tracing::instrument(skip_all)]
pub async fn send_request(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<RequestForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let to = posted_id(&form.to)?;
    match ops::send_request(&state.db, &actor, id, to, &form.message).await {
        Ok(_) => Ok(Redirect::to(&format!("/events/{id}#requests")).into_response()),
        Err(error) => {
            let kept = EventFeedback {
                request: Some((to, form.message)),
                ..Default::default()
            };
            refused_keeping(&state, &actor, id, error, kept).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    /// `accept` or `decline`.
    answer: String,
    message: String,
}

#[tracing::instrument(skip_all)]
pub async fn answer_request(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let answer = Answer::parse(&form.answer).map_err(AppError::BadRequest)?;
    let request = ops::request(&state.db, &actor, id).await?;
    match ops::answer_request(&state.db, &actor, id, answer, &form.message).await {
        Ok(_) => {
            Ok(Redirect::to(&format!("/events/{}#requests", request.event_id)).into_response())
        }
        Err(error) => {
            let kept = EventFeedback {
                answer: Some((id, form.message)),
                ..Default::default()
            };
            refused_keeping(&state, &actor, request.event_id, error, kept).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn withdraw_request(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    let request = ops::request(&state.db, &actor, id).await?;
    match ops::withdraw_request(&state.db, &actor, id).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/events/{}#requests", request.event_id)).into_response())
        }
        Err(error) => refused(&state, &actor, request.event_id, error).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticking_every_slot_means_any_slot() {
        let form = RegistrationFormData {
            slot: vec!["1".into(), "2".into(), "3".into()],
            ..Default::default()
        };
        assert_eq!(form.to_input(&[1, 2, 3]).available, None);
        assert_eq!(form.to_input(&[1, 2, 3, 4]).available, Some(vec![1, 2, 3]));
        let none = RegistrationFormData::default();
        assert_eq!(none.to_input(&[1, 2]).available, Some(vec![]));
        assert_eq!(none.to_input(&[]).available, None);
    }

    #[test]
    fn a_session_form_reads_its_times() {
        let form = SessionFormData {
            title: "Morning".into(),
            date: "2027-03-10".into(),
            meeting_minutes: "".into(),
            pause_minutes: "x".into(),
            ..Default::default()
        };
        let input = form.to_input();
        assert_eq!(input.start_time, chrono::NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(input.meeting_minutes, Some(20));
        assert!(input.unreadable.contains("pause_minutes"));
    }
}
