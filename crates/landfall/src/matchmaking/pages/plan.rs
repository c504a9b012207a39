//! Pages: the organiser's meeting plan — running the scheduler, publishing
//! the agenda, the table plan per slot, and placing meetings by hand.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{number_field, posted_id, refusal_status, rejected, slot_label};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::matchmaking::model::events::AgendaState;
use crate::matchmaking::operations::agendas;
use crate::matchmaking::operations::events as event_ops;
use crate::matchmaking::operations::scheduling::{self as ops, Place};
use crate::matchmaking::store::events::{Event, Meeting};
use crate::validation::FieldErrors;
use crate::web::forms::Choice;
use crate::web::{ApiQuery, AppError, Id, Layout};

/// One slot of the table plan.
pub struct PlanRow {
    pub when: String,
    pub in_use: usize,
    /// Tables in use: number, who meets there, published.
    pub tables: Vec<(i32, String, bool)>,
}

/// A meeting with its place and the form to move it.
pub struct MeetingRow {
    pub meeting: Meeting,
    pub names: String,
    /// Where it is, or `None` while it is off the plan.
    pub place: Option<String>,
    pub slots: Vec<Choice>,
    pub table: String,
    pub errors: FieldErrors,
}

/// The add-a-meeting form as posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AddMeetingForm {
    /// Registration ids of the two attendees.
    first: String,
    second: String,
    slot_id: String,
    table_no: String,
}

/// What a refused form leaves on the plan page.
#[derive(Default)]
struct PlanFeedback {
    alert: Option<String>,
    /// A refused move form: the meeting, the errors and what was chosen.
    meeting: Option<(i64, FieldErrors, PlaceForm)>,
    add: Option<(AddMeetingForm, FieldErrors)>,
    status: Option<StatusCode>,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/plan.html")]
struct PlanPage {
    layout: Layout,
    event: Event,
    rows: Vec<PlanRow>,
    meetings: Vec<MeetingRow>,
    unplaced: usize,
    placed: usize,
    slot_count: usize,
    add_form: AddMeetingForm,
    add_errors: FieldErrors,
    first_choices: Vec<Choice>,
    second_choices: Vec<Choice>,
    add_slots: Vec<Choice>,
    notice: Option<String>,
    alert: Option<String>,
}

impl PlanPage {
    /// When the agenda was last published, in the event's time zone.
    fn published_at(&self) -> Option<String> {
        self.event
            .agenda_published_at
            .map(|at| super::local_moment(at, self.event.time_zone))
    }

    fn preliminary_allowed(&self) -> bool {
        self.event.agenda_state != AgendaState::Final
    }
}

/// What the last action did, carried in the address after a redirect.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlanQuery {
    scheduled: Option<u64>,
    unscheduled: Option<u64>,
    kept: Option<u64>,
    expired: Option<u64>,
    published: Option<String>,
}

impl PlanQuery {
    fn notice(&self) -> Option<String> {
        if let (Some(scheduled), Some(unscheduled)) = (self.scheduled, self.unscheduled) {
            let mut text = crate::ta(
                "mm-scheduler-placed",
                &[
                    ("scheduled", scheduled.into()),
                    ("unscheduled", unscheduled.into()),
                ],
            );
            if let Some(kept) = self.kept.filter(|k| *k > 0) {
                text.push(' ');
                text.push_str(&crate::tn("mm-scheduler-kept", kept));
            }
            if let Some(expired) = self.expired.filter(|e| *e > 0) {
                text.push(' ');
                text.push_str(&crate::tn("mm-scheduler-expired", expired));
            }
            return Some(text);
        }
        self.published.as_deref().and_then(|p| {
            AgendaState::parse(p).ok().map(|state| {
                crate::t(match state {
                    AgendaState::Unpublished => "mm-published-unpublished",
                    AgendaState::Preliminary => "mm-published-preliminary",
                    AgendaState::Final => "mm-published-final",
                })
            })
        })
    }
}

async fn plan_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    notice: Option<String>,
    feedback: PlanFeedback,
) -> Result<Response, AppError> {
    let event = event_ops::organised(&state.db, actor, id).await?;
    let zone = event.time_zone;
    let (_, slots) = event_ops::sessions(&state.db, id).await?;
    let registrations = event_ops::registrations(&state.db, id).await?;
    let meetings = ops::meetings(&state.db, actor, id).await?;
    let plan = agendas::table_plan(&state.db, actor, id).await?;

    let names: HashMap<i64, String> = registrations
        .iter()
        .map(|r| (r.id, r.name.clone()))
        .collect();
    let slot_labels: HashMap<i64, String> = slots
        .iter()
        .map(|s| (s.id, slot_label(s.starts_at, s.ends_at, zone)))
        .collect();
    let rows = plan
        .into_iter()
        .map(|row| PlanRow {
            when: slot_label(row.slot.starts_at, row.slot.ends_at, zone),
            in_use: row.in_use,
            tables: row
                .tables
                .into_iter()
                .filter_map(|cell| {
                    cell.meeting
                        .map(|(_, who, published)| (cell.table_no, who.join(" · "), published))
                })
                .collect(),
        })
        .collect();

    let slot_choices = |selected: Option<i64>| -> Vec<Choice> {
        slots
            .iter()
            .map(|s| {
                Choice::new(
                    s.id.to_string(),
                    slot_labels.get(&s.id).cloned().unwrap_or_default(),
                    Some(s.id) == selected,
                )
            })
            .collect()
    };
    let mut refused_move = feedback.meeting;
    let unplaced = meetings.iter().filter(|m| m.slot_id.is_none()).count();
    let mut meeting_rows: Vec<MeetingRow> = meetings
        .into_iter()
        .map(|meeting| {
            let place = match (meeting.slot_id, meeting.table_no) {
                (Some(slot), Some(table)) => Some(crate::t2(
                    "mm-place-at-table",
                    "slot",
                    slot_labels.get(&slot).cloned().unwrap_or_default(),
                    "table",
                    table,
                )),
                _ => None,
            };
            // A refused move shows what was chosen; any other row what is saved.
            let (errors, slot, table) = match refused_move.take_if(|(m, ..)| *m == meeting.id) {
                Some((_, errors, typed)) => {
                    (errors, typed.slot_id.trim().parse().ok(), typed.table_no)
                }
                None => (
                    FieldErrors::new(),
                    meeting.slot_id,
                    meeting.table_no.map(|t| t.to_string()).unwrap_or_default(),
                ),
            };
            MeetingRow {
                names: meeting
                    .attendees
                    .iter()
                    .map(|a| names.get(a).cloned().unwrap_or_else(|| format!("#{a}")))
                    .collect::<Vec<_>>()
                    .join(" · "),
                place,
                slots: slot_choices(slot),
                table,
                errors,
                meeting,
            }
        })
        .collect();
    // Unplaced meetings first: they are the ones that need a hand.
    meeting_rows.sort_by_key(|row| (row.place.is_some(), row.meeting.id));

    let (add_form, add_errors) = feedback
        .add
        .unwrap_or_else(|| (AddMeetingForm::default(), FieldErrors::new()));
    let attendee_choices = |selected: &str| -> Vec<Choice> {
        registrations
            .iter()
            .map(|r| {
                Choice::new(
                    r.id.to_string(),
                    format!("{} ({})", r.name, r.country),
                    r.id.to_string() == selected,
                )
            })
            .collect()
    };
    let page = PlanPage {
        layout: Layout::new(
            crate::t1("mm-meeting-plan-of", "title", &event.title),
            Some(actor),
            "events",
        ),
        rows,
        placed: meeting_rows.len() - unplaced,
        meetings: meeting_rows,
        unplaced,
        slot_count: slots.len(),
        first_choices: attendee_choices(&add_form.first),
        second_choices: attendee_choices(&add_form.second),
        add_slots: slot_choices(add_form.slot_id.trim().parse().ok()),
        add_form,
        add_errors,
        notice,
        alert: feedback.alert,
        event,
    };
    Ok((feedback.status.unwrap_or(StatusCode::OK), page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(query): ApiQuery<PlanQuery>,
) -> Result<Response, AppError> {
    plan_page(&state, &actor, id, query.notice(), PlanFeedback::default()).await
}

/// Shows the plan again with a refused action's messages on top.
async fn refused(
    state: &AppState,
    actor: &Actor,
    event_id: i64,
    error: AppError,
) -> Result<Response, AppError> {
    let status = refusal_status(&error);
    let errors = rejected(error)?;
    let feedback = PlanFeedback {
        alert: Some(errors.one_line()),
        status: Some(status),
        ..Default::default()
    };
    plan_page(state, actor, event_id, None, feedback).await
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

#[tracing::instrument(skip_all)]
pub async fn run(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    match ops::run(&state.db, &actor, id).await {
        Ok(run) => Ok(Redirect::to(&format!(
            "/events/{id}/plan?scheduled={}&unscheduled={}&kept={}&expired={}",
            run.stats.scheduled, run.stats.unscheduled, run.kept, run.expired_requests
        ))
        .into_response()),
        Err(error) => refused(&state, &actor, id, error).await,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PublishForm {
    /// `preliminary` or `final`.
    agenda: String,
}

#[tracing::instrument(skip_all)]
pub async fn publish(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<PublishForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let to = AgendaState::parse(&form.agenda).map_err(AppError::BadRequest)?;
    match ops::publish(&state.db, &actor, id, to).await {
        Ok(state) => Ok(
            Redirect::to(&format!("/events/{id}/plan?published={}", state.as_str()))
                .into_response(),
        ),
        Err(error) => refused(&state, &actor, id, error).await,
    }
}

/// A slot and a table typed into a form; both empty means "no place".
fn posted_place(slot: &str, table: &str, errors: &mut FieldErrors) -> Option<Place> {
    let table_no = number_field("table_no", table, errors);
    match (slot.trim(), table_no) {
        ("", None) => None,
        ("", Some(_)) => {
            errors.add("slot_id", crate::t("mm-error-choose-slot"));
            None
        }
        (slot, table_no) => {
            let slot_id = slot.parse().ok();
            if slot_id.is_none() {
                errors.add("slot_id", crate::t("mm-error-choose-slot"));
            }
            if table_no.is_none() && !errors.contains("table_no") {
                errors.add("table_no", crate::t("mm-error-give-table"));
            }
            slot_id
                .zip(table_no)
                .map(|(slot_id, table_no)| Place { slot_id, table_no })
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlaceForm {
    slot_id: String,
    table_no: String,
    /// `yes`: take the meeting off the plan.
    off: String,
}

#[tracing::instrument(skip_all)]
pub async fn place(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<PlaceForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let (_, event) = ops::organised_meeting(&state.db, &actor, id).await?;
    let mut errors = FieldErrors::new();
    let place = if form.off == "yes" {
        Some(None)
    } else {
        match posted_place(&form.slot_id, &form.table_no, &mut errors) {
            Some(place) => Some(Some(place)),
            None if errors.is_empty() => {
                errors.add("slot_id", crate::t("mm-error-slot-and-table"));
                None
            }
            None => None,
        }
    };
    let result = match place {
        Some(place) if errors.is_empty() => {
            ops::change_meeting(&state.db, &actor, id, Some(place), None).await
        }
        _ => Err(AppError::Validation(errors)),
    };
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/events/{}/plan#meeting-{id}", event.id)).into_response())
        }
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let feedback = PlanFeedback {
                meeting: Some((id, errors, form)),
                status: Some(status),
                ..Default::default()
            };
            plan_page(&state, &actor, event.id, None, feedback).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn remove_meeting(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    let (_, event) = ops::organised_meeting(&state.db, &actor, id).await?;
    match ops::remove_meeting(&state.db, &actor, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/events/{}/plan#meetings", event.id)).into_response()),
        Err(error) => refused(&state, &actor, event.id, error).await,
    }
}

#[tracing::instrument(skip_all)]
pub async fn add_meeting(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<AddMeetingForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut errors = FieldErrors::new();
    let attendees: Vec<i64> = [&form.first, &form.second]
        .iter()
        .filter_map(|v| posted_id(v).ok())
        .collect();
    if attendees.len() < 2 {
        errors.add("attendees", crate::t("mm-error-two-attendees"));
    }
    let place = posted_place(&form.slot_id, &form.table_no, &mut errors);
    let result = if errors.is_empty() {
        ops::add_meeting(&state.db, &actor, id, &attendees, None, place).await
    } else {
        Err(AppError::Validation(errors))
    };
    match result {
        Ok(new) => Ok(Redirect::to(&format!("/events/{id}/plan#meeting-{new}")).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let feedback = PlanFeedback {
                add: Some((form, errors)),
                status: Some(status),
                ..Default::default()
            };
            plan_page(&state, &actor, id, None, feedback).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_needs_both_slot_and_table() {
        let mut errors = FieldErrors::new();
        assert_eq!(posted_place("", "", &mut errors), None);
        assert!(errors.is_empty());
        assert_eq!(
            posted_place("4", "2", &mut errors),
            Some(Place {
                slot_id: 4,
                table_no: 2
            })
        );
        assert_eq!(posted_place("4", "", &mut errors), None);
        assert!(errors.contains("table_no"));
        let mut errors = FieldErrors::new();
        assert_eq!(posted_place("", "3", &mut errors), None);
        assert!(errors.contains("slot_id"));
    }

    #[test]
    fn the_notice_tells_what_the_run_did() {
        let query = PlanQuery {
            scheduled: Some(3),
            unscheduled: Some(1),
            kept: Some(1),
            expired: Some(0),
            published: None,
        };
        assert_eq!(
            query.notice().unwrap(),
            "The scheduler placed 3 meetings and could not place 1. 1 published or hand-placed meeting stayed where it was."
        );
        let published = PlanQuery {
            published: Some("final".into()),
            ..Default::default()
        };
        assert!(published.notice().unwrap().starts_with("The final agenda"));
    }
}
