//! Pages: a personal agenda (screen and print), the outcome attendees record
//! after each meeting, and the organisers' event statistics.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

use super::{country_name, party_kind_label, refusal_status, rejected, slot_label};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::matchmaking::model::events::{AgendaState, Tally};
use crate::matchmaking::operations::agendas::{self as ops, Agenda, AgendaItem};
use crate::matchmaking::operations::events as event_ops;
use crate::matchmaking::store::events::Event;
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::{ApiQuery, AppError, Id, Layout};

// ---------------------------------------------------------------------------
// The agenda
// ---------------------------------------------------------------------------

/// One meeting of the agenda, with its local time.
pub struct AgendaRow {
    pub item: AgendaItem,
    pub when: String,
    /// Where, in the page's language.
    pub place: String,
    /// Its time has come: the outcome can be recorded.
    pub started: bool,
    /// The outcome form as shown: blank (held ticked), or as typed when
    /// recording it was refused.
    pub form: OutcomeForm,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/agenda.html")]
struct AgendaPage {
    layout: Layout,
    agenda: Agenda,
    rows: Vec<AgendaRow>,
    /// The print view (`?print=1`): no navigation, no forms.
    print: bool,
    /// The agenda belongs to the viewer's own registration (they record outcomes).
    own: bool,
    organises: bool,
    ics_link: String,
    print_link: String,
    screen_link: String,
    alert: Option<String>,
}

/// A refused meeting outcome: the message, its status and what was typed.
struct RefusedOutcome {
    alert: String,
    status: StatusCode,
    meeting_id: i64,
    form: OutcomeForm,
}

impl AgendaPage {
    fn preliminary(&self) -> bool {
        self.agenda.event.agenda_state == AgendaState::Preliminary
    }

    fn unpublished(&self) -> bool {
        self.agenda.event.agenda_state == AgendaState::Unpublished
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AgendaQuery {
    /// Whose agenda (organisers): a registration id.
    registration: Option<i64>,
    /// `1` for the print view.
    print: Option<String>,
}

async fn agenda_page(
    state: &AppState,
    actor: &Actor,
    event_id: i64,
    query: &AgendaQuery,
    refused: Option<RefusedOutcome>,
) -> Result<Response, AppError> {
    let agenda = ops::agenda(&state.db, actor, event_id, query.registration).await?;
    let mine = event_ops::my_registration(&state.db, actor, event_id).await?;
    let now = Utc::now();
    let zone = agenda.event.time_zone;
    let whose = |separator: &str| {
        query
            .registration
            .map(|r| format!("{separator}registration={r}"))
            .unwrap_or_default()
    };
    let rows = agenda
        .items
        .iter()
        .map(|item| AgendaRow {
            when: slot_label(item.slot.starts_at, item.slot.ends_at, zone),
            place: ops::place_t(&agenda.event, &agenda.registration, item.table_no),
            started: item.slot.starts_at <= now,
            form: match &refused {
                Some(r) if r.meeting_id == item.meeting.id => r.form.clone(),
                _ => OutcomeForm::blank(),
            },
            item: item.clone(),
        })
        .collect();
    let (alert, status) = match refused {
        Some(r) => (Some(r.alert), r.status),
        None => (None, StatusCode::OK),
    };
    let page = AgendaPage {
        layout: Layout::new(
            crate::t1("mm-agenda-of", "name", &agenda.registration.name),
            Some(actor),
            "events",
        ),
        own: mine.is_some_and(|m| m.id == agenda.registration.id),
        organises: event_ops::organises(actor, &agenda.event),
        print: query
            .print
            .as_deref()
            .is_some_and(|p| !p.is_empty() && p != "0"),
        ics_link: format!("/events/{event_id}/agenda.ics{}", whose("?")),
        print_link: format!("/events/{event_id}/agenda?print=1{}", whose("&")),
        screen_link: format!("/events/{event_id}/agenda{}", whose("?")),
        rows,
        agenda,
        alert,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn agenda(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(query): ApiQuery<AgendaQuery>,
) -> Result<Response, AppError> {
    agenda_page(&state, &actor, id, &query, None).await
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    /// The event whose agenda the form is on.
    event: String,
    /// `yes` when ticked.
    held: String,
    follow_up: String,
    note: String,
}

impl OutcomeForm {
    /// The form before anything is typed: most meetings took place.
    fn blank() -> Self {
        Self {
            held: "yes".into(),
            ..Default::default()
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn record_outcome(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<OutcomeForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let event_id = super::posted_id(&form.event)?;
    match ops::record_outcome(
        &state.db,
        &actor,
        id,
        form.held == "yes",
        form.follow_up == "yes",
        &form.note,
    )
    .await
    {
        Ok(()) => {
            Ok(Redirect::to(&format!("/events/{event_id}/agenda#meeting-{id}")).into_response())
        }
        Err(error) => {
            let status = refusal_status(&error);
            let refused = RefusedOutcome {
                alert: rejected(error)?.one_line(),
                status,
                meeting_id: id,
                form,
            };
            let query = AgendaQuery::default();
            agenda_page(&state, &actor, event_id, &query, Some(refused)).await
        }
    }
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

/// One group's figures with its name.
pub struct TallyRow {
    pub label: String,
    pub tally: Tally,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/stats.html")]
struct StatsPage {
    layout: Layout,
    event: Event,
    total: Tally,
    by_country: Vec<TallyRow>,
    by_kind: Vec<TallyRow>,
    chart: String,
}

#[tracing::instrument(skip_all)]
pub async fn stats(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let stats = ops::event_stats(&state.db, &actor, id).await?;
    let event = event_ops::event(&state.db, id).await?;
    let by_country: Vec<TallyRow> = stats
        .by_country
        .into_iter()
        .map(|(code, tally)| TallyRow {
            label: country_name(&code),
            tally,
        })
        .collect();
    let by_kind = stats
        .by_kind
        .into_iter()
        .map(|(kind, tally)| TallyRow {
            label: party_kind_label(&kind),
            tally,
        })
        .collect();
    let bars: Vec<Bar> = by_country
        .iter()
        .map(|row| Bar {
            label: row.label.clone(),
            value: row.tally.accepted,
            extra: row.tally.requests_sent.saturating_sub(row.tally.accepted),
        })
        .collect();
    let chart = horizontal_bars(&crate::t("mm-chart-title"), &bars, 0);
    Ok(StatsPage {
        layout: Layout::new(
            crate::t1("mm-statistics-of", "title", &event.title),
            Some(&actor),
            "events",
        ),
        event,
        total: stats.total,
        by_country,
        by_kind,
        chart,
    }
    .into_response())
}
