//! Pages: desks abroad, the host's occupancy view and booking decisions.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Duration, NaiveDate};
use serde::Deserialize;

use super::rejected;
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm, Role};
use crate::registry::model::{eur_input_value, parse_eur_cents};
use crate::softlanding::api::desks::parse_month;
use crate::softlanding::model::access;
use crate::softlanding::model::desks::{
    BookingDecision, BookingStatus, DeskInput, DeskKind, month_of,
};
use crate::softlanding::operations::desks::{self as ops, DeskOccupancy};
use crate::softlanding::store::desks::{Booking, BookingFilter, Desk};
use crate::validation::FieldErrors;
use crate::web::forms::Choice;
use crate::web::forms::form_status;
use crate::web::{ApiQuery, AppError, Id, Layout};

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/desks.html")]
struct DesksPage {
    layout: Layout,
    desks: Vec<Desk>,
    pending: Vec<Booking>,
    own_organisation: Option<i64>,
    alert: Option<String>,
}

impl DesksPage {
    fn price(&self, cents: &i64) -> String {
        crate::i18n::money(cents)
    }

    fn owns(&self, organisation_id: &i64) -> bool {
        self.own_organisation == Some(*organisation_id)
    }
}

async fn desks_page(
    state: &AppState,
    actor: &Actor,
    alert: Option<String>,
) -> Result<Response, AppError> {
    let desks = ops::desks(&state.db, actor, None).await?;
    let own_organisation = actor
        .organisation_id
        .filter(|id| actor.role == Role::Manager && access::can_manage_desks(actor, *id));
    let pending = ops::visible_bookings(
        &state.db,
        actor,
        BookingFilter {
            statuses: Some(vec![BookingStatus::Requested, BookingStatus::Waitlisted]),
            ..Default::default()
        },
    )
    .await?
    .into_iter()
    .filter(|b| access::can_manage_desks(actor, b.organisation_id))
    .collect();
    let status = if alert.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let page = DesksPage {
        layout: Layout::new(crate::t("sl-desks-abroad"), Some(actor), "desks"),
        desks,
        pending,
        own_organisation,
        alert,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn desks(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    desks_page(&state, &actor, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    decision: String,
    next: String,
}

#[tracing::instrument(skip_all)]
pub async fn decide(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let decision = BookingDecision::parse(&form.decision)
        .map_err(|e| AppError::Validation(FieldErrors::single("decision", e)))?;
    match ops::decide(&state.db, &actor, id, decision).await {
        Ok(_) => Ok(Redirect::to(&crate::auth::model::safe_next(Some(&form.next))).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let message = errors.one_line();
            desks_page(&state, &actor, Some(message)).await
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/desk_form.html")]
struct DeskFormPage {
    layout: Layout,
    heading: String,
    action: String,
    values: DeskFormData,
    kinds: Vec<Choice>,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeskFormData {
    organisation_id: String,
    name: String,
    kind: String,
    capacity: String,
    monthly_price_eur: String,
    description: String,
    active: Option<String>,
}

impl DeskFormData {
    fn to_input(&self) -> DeskInput {
        let mut unreadable = FieldErrors::new();
        let monthly_price_cents = match parse_eur_cents(&self.monthly_price_eur) {
            Ok(cents) => cents,
            Err(message) => {
                unreadable.add("monthly_price_cents", message);
                None
            }
        };
        DeskInput {
            organisation_id: self.organisation_id.trim().parse().ok(),
            name: self.name.clone(),
            kind: self.kind.clone(),
            capacity: crate::web::forms::whole_number("capacity", &self.capacity, &mut unreadable),
            monthly_price_cents,
            description: self.description.clone(),
            active: self.active.is_some(),
            unreadable,
        }
    }

    fn from_desk(desk: &Desk) -> Self {
        Self {
            organisation_id: desk.organisation.id.to_string(),
            name: desk.name.clone(),
            kind: desk.kind.as_str().to_string(),
            capacity: desk.capacity.to_string(),
            monthly_price_eur: eur_input_value(desk.monthly_price_cents),
            description: desk.description.clone(),
            active: desk.active.then(|| "yes".to_string()),
        }
    }
}

fn desk_form(
    actor: &Actor,
    target: Option<&Desk>,
    values: DeskFormData,
    mut errors: FieldErrors,
) -> Response {
    errors.rename("monthly_price_cents", "monthly_price_eur");
    let (heading, action) = match target {
        Some(d) => (
            crate::t1("sl-edit-title", "name", &d.name),
            format!("/desks/{}/edit", d.id),
        ),
        None => (crate::t("sl-new-desk"), "/desks/new".to_string()),
    };
    let kinds = DeskKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), k.label_t(), values.kind == k.as_str()))
        .collect();
    let status = form_status(&errors);
    let page = DeskFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "desks"),
        heading,
        action,
        values,
        kinds,
        errors,
    };
    (status, page).into_response()
}

#[tracing::instrument(skip_all)]
pub async fn new_desk(actor: Actor) -> Result<Response, AppError> {
    let Some(organisation) = actor
        .organisation_id
        .filter(|_| actor.role == Role::Manager)
    else {
        return Err(AppError::Forbidden);
    };
    let values = DeskFormData {
        organisation_id: organisation.to_string(),
        kind: DeskKind::FixedDesk.as_str().into(),
        capacity: "1".into(),
        active: Some("yes".into()),
        ..Default::default()
    };
    Ok(desk_form(&actor, None, values, FieldErrors::new()))
}

#[tracing::instrument(skip_all)]
pub async fn create_desk(
    State(state): State<AppState>,
    form: CsrfForm<DeskFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    match ops::create_desk(&state.db, &actor, &form.to_input()).await {
        Ok(_) => Ok(Redirect::to("/desks").into_response()),
        Err(error) => Ok(desk_form(&actor, None, form, rejected(error)?)),
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_desk(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let desk = ops::desk(&state.db, &actor, id).await?;
    if !access::can_manage_desks(&actor, desk.organisation.id) {
        return Err(AppError::Forbidden);
    }
    Ok(desk_form(
        &actor,
        Some(&desk),
        DeskFormData::from_desk(&desk),
        FieldErrors::new(),
    ))
}

#[tracing::instrument(skip_all)]
pub async fn update_desk(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<DeskFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let desk = ops::desk(&state.db, &actor, id).await?;
    let input = form.to_input();
    match ops::update_desk(&state.db, &actor, id, |_| input.clone()).await {
        Ok(()) => Ok(Redirect::to("/desks").into_response()),
        Err(error) => Ok(desk_form(&actor, Some(&desk), form, rejected(error)?)),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/occupancy.html")]
struct OccupancyPage {
    layout: Layout,
    month_label: String,
    days: Vec<u32>,
    rows: Vec<DeskOccupancy>,
    previous: String,
    next: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OccupancyQuery {
    organisation: Option<i64>,
    month: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn occupancy(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<OccupancyQuery>,
) -> Result<Response, AppError> {
    let organisation_id = query
        .organisation
        .or(actor.organisation_id)
        .ok_or(AppError::NotFound)?;
    let day = parse_month(query.month.as_deref())?;
    let rows = ops::occupancy(&state.db, &actor, organisation_id, day).await?;
    let (first, last) = month_of(day);
    let previous = month_of(first - Duration::days(1)).0;
    let next = last + Duration::days(1);
    let link = |d: NaiveDate| {
        format!(
            "/desks/occupancy?organisation={organisation_id}&month={}",
            d.format("%Y-%m")
        )
    };
    let page = OccupancyPage {
        layout: Layout::new(crate::t("sl-desk-occupancy"), Some(&actor), "desks"),
        month_label: crate::t1(&format!("sl-month-{}", first.month()), "year", first.year()),
        days: (1..=last.day()).collect(),
        rows,
        previous: link(previous),
        next: link(next),
    };
    Ok(page.into_response())
}
