//! Pages: one participant's journey, with everything that hangs on it:
//! assessment, sessions, assignments, desk bookings, calendar and history.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{date_field, number_field, rejected};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::i18n::local_span;
use crate::softlanding::model::assessment::{AssessmentInput, Barrier, Potential};
use crate::softlanding::model::assignments::AssignmentInput;
use crate::softlanding::model::journey::StepStatus;
use crate::softlanding::model::sessions::Response as Answer;
use crate::softlanding::model::{Action, Journey, Step, StepState, access};
use crate::softlanding::operations::desks::{self as desk_ops, BookingRequest};
use crate::softlanding::operations::{
    assignments, calendars, journeys, programmes as ops, sessions,
};
use crate::softlanding::store::assessments::SavedAssessment;
use crate::softlanding::store::assignments::Assignment;
use crate::softlanding::store::desks::{Booking, BookingFilter, Desk};
use crate::softlanding::store::journeys::JourneyEvent;
use crate::softlanding::store::programmes::{Participant, Programme};
use crate::softlanding::store::sessions::{Session, SessionFilter};
use crate::validation::FieldErrors;
use crate::web::forms::form_status;
use crate::web::{AppError, Id, Layout};

/// A session on the participant's page, with the participant's answer.
pub struct InvitedSession {
    pub session: Session,
    pub local_time: String,
    pub response: Answer,
    pub attended: Option<bool>,
    pub past: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/participant.html")]
struct ParticipantPage {
    layout: Layout,
    participant: Participant,
    programme: Programme,
    steps: Vec<StepStatus>,
    current: Option<Step>,
    assessment: Option<SavedAssessment>,
    sessions: Vec<InvitedSession>,
    assignments: Vec<Assignment>,
    bookings: Vec<Booking>,
    desks: Vec<Desk>,
    history: Vec<JourneyEvent>,
    feed_url: String,
    can_run: bool,
    /// The participant's cohort, host, market and date can be corrected,
    /// and it can be taken out.
    can_correct: bool,
    can_fill_assessment: bool,
    acts_for_sme: bool,
    alert: Option<String>,
    errors: FieldErrors,
    values: PageValues,
}

/// What was typed into the page's small forms, to show it again after an error.
#[derive(Default)]
struct PageValues {
    assignment_title: String,
    assignment_description: String,
    assignment_due_on: String,
    booking_desk_id: String,
    booking_starts_on: String,
    booking_ends_on: String,
    booking_note: String,
    booking_waitlist: bool,
    /// A journey step's form that was refused, with what was typed into it.
    step: Option<(Step, StepForm, FieldErrors)>,
}

impl ParticipantPage {
    fn step_open(&self, status: &StepStatus) -> bool {
        !status.state.is_settled()
    }

    fn state_class(&self, state: &StepState) -> &'static str {
        state.as_str()
    }

    fn is_current(&self, step: &Step) -> bool {
        self.current == Some(*step)
    }

    /// Whether the page comes back from the refused form of `section` (its
    /// errors are named `section.field`): that form's panel is the one open.
    fn refused_form(&self, section: &str) -> bool {
        self.errors
            .iter()
            .any(|(field, _)| field.split_once('.').is_some_and(|(s, _)| s == section))
    }

    /// Whether a refused form has fields to correct, not only a message
    /// about the form as a whole (such as a desk taken for those days).
    fn fields_refused(&self) -> bool {
        self.errors
            .iter()
            .any(|(field, _)| field.split_once('.').is_none_or(|(_, f)| f != "form"))
    }

    /// The refused form of this step, when its action was `action`.
    fn refused(&self, step: &Step, action: &str) -> Option<&StepForm> {
        self.values
            .step
            .as_ref()
            .filter(|(s, form, _)| s == step && form.action == action)
            .map(|(_, form, _)| form)
    }

    /// The message on `field` of the step's `action` form, when it was refused.
    fn step_error(&self, step: &Step, action: &str, field: &str) -> Option<&str> {
        self.refused(step, action)?;
        self.values.step.as_ref()?.2.get(field)
    }

    /// The reason typed into the step's `action` form before it was refused.
    fn typed_reason(&self, step: &Step, action: &str) -> &str {
        self.refused(step, action).map_or("", |f| f.reason.as_str())
    }

    /// The date typed into the step's `action` form before it was refused.
    fn typed_date(&self, step: &Step, action: &str) -> &str {
        self.refused(step, action).map_or("", |f| f.date.as_str())
    }

    /// Notes and outputs as typed when saving them was refused, else as saved.
    fn notes_and_outputs<'a>(&'a self, status: &'a StepStatus) -> (&'a str, &'a str) {
        match self.refused(&status.step, "record") {
            Some(form) => (&form.notes, &form.outputs),
            None => (&status.notes, &status.outputs),
        }
    }
}

async fn participant_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    alert: Option<String>,
    errors: FieldErrors,
    values: PageValues,
) -> Result<Response, AppError> {
    let participant = ops::participant(&state.db, actor, id).await?;
    let programme = ops::programme(&state.db, participant.programme_id).await?;
    let journey: Journey = journeys::journey(&state.db, actor, id).await?;
    let assessment = journeys::assessment(&state.db, actor, id).await?;
    let history = journeys::history(&state.db, actor, id).await?;
    let invited = crate::softlanding::store::sessions::sessions(
        &state.db,
        &SessionFilter {
            participant_id: Some(id),
            include_cancelled: true,
            ..Default::default()
        },
    )
    .await?;
    let session_ids: Vec<i64> = invited.iter().map(|s| s.id).collect();
    let invitations =
        crate::softlanding::store::sessions::invitations(&state.db, &session_ids).await?;
    let now = chrono::Utc::now();
    let sessions = invited
        .into_iter()
        .filter_map(|session| {
            let invitation = invitations
                .iter()
                .find(|i| i.session_id == session.id && i.participant_id == id)?;
            Some(InvitedSession {
                local_time: local_span(session.starts_at, session.ends_at, session.time_zone),
                response: invitation.response,
                attended: invitation.attended,
                past: session.ends_at < now,
                session,
            })
        })
        .collect();
    let bookings = desk_ops::visible_bookings(
        &state.db,
        actor,
        BookingFilter {
            participant_ids: Some(vec![id]),
            ..Default::default()
        },
    )
    .await?;
    let desks = desk_ops::desks(&state.db, actor, Some(participant.host.id))
        .await?
        .into_iter()
        .filter(|d| d.active)
        .collect();
    let feed = calendars::participant_feed(&state.db, actor, id, false).await?;
    let access = participant.access();
    let status = match errors.is_empty() && alert.is_none() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let page = ParticipantPage {
        layout: Layout::new(participant.sme_name.clone(), Some(actor), "programmes"),
        steps: journey.steps().to_vec(),
        current: journey.current(),
        assignments: assignments::assignments(&state.db, actor, id).await?,
        feed_url: format!("{}/calendars/{feed}.ics", state.settings.public_url),
        can_run: access::can_run_journey(actor, access),
        can_correct: access::corrects_participant(actor, access),
        can_fill_assessment: access::can_fill_assessment(actor, access),
        acts_for_sme: access::acts_for_sme(actor, access),
        participant,
        programme,
        assessment,
        sessions,
        bookings,
        desks,
        history,
        alert,
        errors,
        values,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    participant_page(
        &state,
        &actor,
        id,
        None,
        FieldErrors::new(),
        PageValues::default(),
    )
    .await
}

/// A step action as posted from the journey.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    action: String,
    reason: String,
    date: String,
    notes: String,
    outputs: String,
}

#[tracing::instrument(skip_all)]
pub async fn act_on_step(
    State(state): State<AppState>,
    Path((id, step)): Path<(i64, String)>,
    form: CsrfForm<StepForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let step = Step::parse(&step).map_err(|_| AppError::NotFound)?;
    let mut errors = FieldErrors::new();
    let date = date_field("date", &form.date, &mut errors);
    let action = match form.action.as_str() {
        "complete" => Some(Action::Complete(date)),
        "skip" => Some(Action::Skip {
            reason: form.reason.clone(),
        }),
        "reopen" => Some(Action::Reopen {
            reason: form.reason.clone(),
        }),
        "schedule" => match date {
            Some(date) => Some(Action::Schedule(date)),
            None => {
                errors.add("date", crate::t("sl-err-choose-date"));
                None
            }
        },
        "record" => Some(Action::Record {
            notes: form.notes.clone(),
            outputs: form.outputs.clone(),
        }),
        _ => {
            errors.add("action", crate::t("sl-err-choose-action"));
            None
        }
    };
    let outcome = match action.filter(|_| errors.is_empty()) {
        Some(action) => journeys::act(&state.db, &actor, id, step, action)
            .await
            .map(|_| ()),
        None => Err(AppError::Validation(errors)),
    };
    match outcome {
        Ok(()) => {
            Ok(Redirect::to(&format!("/participants/{id}#step-{}", step.as_str())).into_response())
        }
        Err(error) => {
            let errors = rejected(error)?;
            let message = errors.one_line();
            let alert = Some(format!("{}: {message}", step.label_t()));
            let values = PageValues {
                step: Some((step, form, errors)),
                ..Default::default()
            };
            participant_page(&state, &actor, id, alert, FieldErrors::new(), values).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignmentForm {
    title: String,
    description: String,
    due_on: String,
}

#[tracing::instrument(skip_all)]
pub async fn create_assignment(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<AssignmentForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut unreadable = FieldErrors::new();
    let input = AssignmentInput {
        title: form.title.clone(),
        description: form.description.clone(),
        due_on: date_field("due_on", &form.due_on, &mut unreadable),
        unreadable,
    };
    match assignments::set_assignment(&state.db, &actor, id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{id}#assignments")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let values = PageValues {
                assignment_title: form.title,
                assignment_description: form.description,
                assignment_due_on: form.due_on,
                ..Default::default()
            };
            let prefixed = prefix(errors, "assignment");
            participant_page(&state, &actor, id, None, prefixed, values).await
        }
    }
}

fn prefix(errors: FieldErrors, section: &str) -> FieldErrors {
    let mut out = FieldErrors::new();
    for (field, message) in errors.iter() {
        out.add(format!("{section}.{field}"), message);
    }
    out
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BookingForm {
    desk_id: String,
    starts_on: String,
    ends_on: String,
    note: String,
    waitlist: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn request_booking(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<BookingForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut unreadable = FieldErrors::new();
    let request = BookingRequest {
        desk_id: number_field("desk_id", &form.desk_id, &mut unreadable),
        participant_id: Some(id),
        starts_on: date_field("starts_on", &form.starts_on, &mut unreadable),
        ends_on: date_field("ends_on", &form.ends_on, &mut unreadable),
        note: form.note.clone(),
        waitlist: form.waitlist.is_some(),
        unreadable,
    };
    match desk_ops::request_booking(&state.db, &actor, &request).await {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{id}#bookings")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let values = PageValues {
                booking_desk_id: form.desk_id.trim().to_string(),
                booking_starts_on: form.starts_on,
                booking_ends_on: form.ends_on,
                booking_note: form.note,
                booking_waitlist: form.waitlist.is_some(),
                ..Default::default()
            };
            participant_page(&state, &actor, id, None, prefix(errors, "booking"), values).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

/// Replaces the calendar feed's secret address (when the old one leaked).
#[tracing::instrument(skip_all)]
pub async fn renew_feed(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    calendars::participant_feed(&state.db, &form.actor, id, true).await?;
    Ok(Redirect::to(&format!("/participants/{id}#calendar")).into_response())
}

// ---------------------------------------------------------------------------
// The assessment
// ---------------------------------------------------------------------------

/// One rating row of the assessment form.
pub struct RatingRow {
    pub key: &'static str,
    pub label: String,
    pub value: Option<i64>,
    pub error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/assessment.html")]
struct AssessmentPage {
    layout: Layout,
    participant: Participant,
    markets: String,
    barriers: Vec<RatingRow>,
    potentials: Vec<RatingRow>,
    barrier_notes: String,
    potential_notes: String,
    readiness: Option<(u8, String)>,
    errors: FieldErrors,
}

impl AssessmentPage {
    fn levels(&self) -> [i64; 5] {
        [1, 2, 3, 4, 5]
    }
}

fn rating_rows<K: Copy>(
    all: &[K],
    key: impl Fn(K) -> &'static str,
    label: impl Fn(K) -> String,
    values: &[(String, Option<i64>)],
    prefix: &str,
    errors: &FieldErrors,
) -> Vec<RatingRow> {
    all.iter()
        .map(|k| {
            let key = key(*k);
            RatingRow {
                key,
                label: label(*k),
                value: values
                    .iter()
                    .find(|(name, _)| name == key)
                    .and_then(|(_, v)| *v),
                error: errors.get(&format!("{prefix}.{key}")).map(String::from),
            }
        })
        .collect()
}

async fn assessment_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    input: Option<AssessmentInput>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let participant = ops::participant(&state.db, actor, id).await?;
    if !access::can_fill_assessment(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let saved = journeys::assessment(&state.db, actor, id).await?;
    let input = input.unwrap_or_else(|| match &saved {
        Some(saved) => {
            let a = &saved.assessment;
            AssessmentInput {
                markets_considered: a
                    .markets_considered
                    .iter()
                    .map(|c| c.as_str().to_string())
                    .collect(),
                barriers: Barrier::ALL
                    .iter()
                    .map(|b| (b.as_str().to_string(), Some(i64::from(a.barrier(*b)))))
                    .collect(),
                potentials: Potential::ALL
                    .iter()
                    .map(|p| (p.as_str().to_string(), Some(i64::from(a.potential(*p)))))
                    .collect(),
                barrier_notes: a.barrier_notes.clone(),
                potential_notes: a.potential_notes.clone(),
            }
        }
        None => AssessmentInput {
            markets_considered: vec![participant.target_market.as_str().to_string()],
            ..Default::default()
        },
    });
    let status = form_status(&errors);
    let page = AssessmentPage {
        layout: Layout::new(
            crate::t1("sl-assessment-title", "name", &participant.sme_name),
            Some(actor),
            "programmes",
        ),
        markets: input.markets_considered.join(", "),
        barriers: rating_rows(
            &Barrier::ALL,
            Barrier::as_str,
            Barrier::label_t,
            &input.barriers,
            "barriers",
            &errors,
        ),
        potentials: rating_rows(
            &Potential::ALL,
            Potential::as_str,
            Potential::label_t,
            &input.potentials,
            "potentials",
            &errors,
        ),
        barrier_notes: input.barrier_notes,
        potential_notes: input.potential_notes,
        readiness: saved.map(|s| (s.assessment.readiness(), s.assessment.readiness_label_t())),
        participant,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn assessment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    assessment_page(&state, &actor, id, None, FieldErrors::new()).await
}

/// The assessment form: `barriers.language=3`, `potentials.market_demand=4`, …
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssessmentForm {
    markets_considered: String,
    barrier_notes: String,
    potential_notes: String,
    #[serde(flatten)]
    ratings: std::collections::HashMap<String, String>,
}

#[tracing::instrument(skip_all)]
pub async fn save_assessment(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<AssessmentForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let ratings = |prefix: &str, keys: Vec<&'static str>| -> Vec<(String, Option<i64>)> {
        keys.into_iter()
            .map(|key| {
                let value = form
                    .ratings
                    .get(&format!("{prefix}.{key}"))
                    .and_then(|v| v.trim().parse().ok());
                (key.to_string(), value)
            })
            .collect()
    };
    let input = AssessmentInput {
        markets_considered: crate::registry::model::split_list(&form.markets_considered),
        barriers: ratings(
            "barriers",
            Barrier::ALL.iter().map(|b| b.as_str()).collect(),
        ),
        potentials: ratings(
            "potentials",
            Potential::ALL.iter().map(|p| p.as_str()).collect(),
        ),
        barrier_notes: form.barrier_notes.clone(),
        potential_notes: form.potential_notes.clone(),
    };
    match journeys::save_assessment(&state.db, &actor, id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/participants/{id}#assessment")).into_response()),
        Err(error) => assessment_page(&state, &actor, id, Some(input), rejected(error)?).await,
    }
}

/// Sessions of a participant answered from its page (accept or decline).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    response: String,
}

#[tracing::instrument(skip_all)]
pub async fn answer(
    State(state): State<AppState>,
    Path((id, session_id)): Path<(i64, i64)>,
    form: CsrfForm<AnswerForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let response = Answer::parse(&form.response)
        .map_err(|e| AppError::Validation(FieldErrors::single("response", e)))?;
    match sessions::respond(&state.db, &actor, session_id, id, response).await {
        Ok(()) => Ok(Redirect::to(&format!("/participants/{id}#sessions")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let message = errors.one_line();
            participant_page(
                &state,
                &actor,
                id,
                Some(message),
                FieldErrors::new(),
                PageValues::default(),
            )
            .await
        }
    }
}
