//! API: desks abroad, bookings and the occupancy view.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::api::OrganisationRefView;
use crate::softlanding::model::desks::{BookingDecision, BookingStatus, DeskInput, DeskKind};
use crate::softlanding::operations::desks::{self as ops, BookingRequest};
use crate::softlanding::store::desks::{Booking, BookingFilter, Desk};
use crate::validation::FieldErrors;
use crate::web::created;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct DeskView {
    id: i64,
    organisation: OrganisationRefView,
    name: String,
    kind: DeskKind,
    /// People it seats.
    capacity: i32,
    /// Euro cents a month.
    monthly_price_cents: i64,
    description: String,
    active: bool,
}

impl From<Desk> for DeskView {
    fn from(d: Desk) -> Self {
        Self {
            id: d.id,
            organisation: d.organisation.into(),
            name: d.name,
            kind: d.kind,
            capacity: d.capacity,
            monthly_price_cents: d.monthly_price_cents,
            description: d.description,
            active: d.active,
        }
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct DeskParams {
    /// Desks of one organisation.
    organisation: Option<i64>,
}

/// Desks offered by host organisations (hosts also see their inactive ones).
#[utoipa::path(
    get, path = "/api/v1/desks", tag = "soft landing",
    params(DeskParams),
    responses((status = 200, body = ListResponse<DeskView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_desks(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<DeskParams>,
) -> Result<Json<ListResponse<DeskView>>, AppError> {
    let desks = ops::desks(&state.db, &actor, params.organisation).await?;
    Ok(Json(ListResponse {
        total: desks.len() as u64,
        items: desks.into_iter().map(DeskView::from).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct DeskWrite {
    /// On create only: the host organisation.
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    #[schema(value_type = Option<String>, example = "Window desk 3")]
    name: Field<String>,
    #[schema(value_type = Option<DeskKind>)]
    kind: Field<String>,
    #[schema(value_type = Option<i64>)]
    capacity: Field<i64>,
    #[schema(value_type = Option<i64>, example = 35000)]
    monthly_price_cents: Field<i64>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    /// Default true.
    #[schema(value_type = Option<bool>)]
    active: Field<bool>,
}

impl DeskWrite {
    fn apply(self, input: &mut DeskInput) {
        let errors = &mut input.unreadable;
        self.organisation_id
            .patch_option("organisation_id", &mut input.organisation_id, errors);
        self.name.patch("name", &mut input.name, None, errors);
        self.kind.patch("kind", &mut input.kind, None, errors);
        self.capacity
            .patch_option("capacity", &mut input.capacity, errors);
        self.monthly_price_cents.patch_option(
            "monthly_price_cents",
            &mut input.monthly_price_cents,
            errors,
        );
        self.description.patch(
            "description",
            &mut input.description,
            Some(String::new()),
            errors,
        );
        self.active.patch("active", &mut input.active, None, errors);
    }
}

/// Offer a desk (managers of the host organisation, admins).
#[utoipa::path(
    post, path = "/api/v1/desks", tag = "soft landing",
    request_body = DeskWrite,
    responses(
        (status = 201, body = DeskView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_desk(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<DeskWrite>,
) -> Result<Response, AppError> {
    let mut input = DeskInput {
        active: true,
        ..Default::default()
    };
    body.apply(&mut input);
    let id = ops::create_desk(&state.db, &actor, &input).await?;
    let desk = ops::desk(&state.db, &actor, id).await?;
    Ok(created(format!("/api/v1/desks/{id}"), DeskView::from(desk)))
}

/// One desk.
#[utoipa::path(
    get, path = "/api/v1/desks/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = DeskView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_desk(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<DeskView>, AppError> {
    Ok(Json(ops::desk(&state.db, &actor, id).await?.into()))
}

/// Change a desk (its host's managers).
#[utoipa::path(
    patch, path = "/api/v1/desks/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = DeskWrite,
    responses(
        (status = 200, body = DeskView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_desk(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<DeskWrite>,
) -> Result<Json<DeskView>, AppError> {
    ops::update_desk(&state.db, &actor, id, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(ops::desk(&state.db, &actor, id).await?.into()))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct BookingParams {
    desk: Option<i64>,
    participant: Option<i64>,
    /// requested, approved, declined, waitlisted or cancelled.
    status: Option<String>,
}

/// Bookings the caller may see: of the desks they host, and of the
/// participants they follow (an SME its own).
#[utoipa::path(
    get, path = "/api/v1/desk-bookings", tag = "soft landing",
    params(BookingParams),
    responses((status = 200, body = ListResponse<Booking>), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_bookings(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<BookingParams>,
) -> Result<Json<ListResponse<Booking>>, AppError> {
    let statuses = match params.status.as_deref().filter(|s| !s.is_empty()) {
        Some(status) => {
            Some(vec![BookingStatus::parse(status).map_err(|e| {
                AppError::Validation(FieldErrors::single("status", e))
            })?])
        }
        None => None,
    };
    let bookings = ops::visible_bookings(
        &state.db,
        &actor,
        BookingFilter {
            desk_ids: params.desk.map(|id| vec![id]),
            participant_ids: params.participant.map(|id| vec![id]),
            statuses,
            during: None,
        },
    )
    .await?;
    Ok(Json(ListResponse {
        total: bookings.len() as u64,
        items: bookings,
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct BookingWrite {
    #[schema(value_type = i64)]
    desk_id: Field<i64>,
    #[schema(value_type = i64)]
    participant_id: Field<i64>,
    /// First day (included).
    #[schema(value_type = String, format = Date)]
    starts_on: Field<NaiveDate>,
    /// Last day (included).
    #[schema(value_type = String, format = Date)]
    ends_on: Field<NaiveDate>,
    #[schema(value_type = Option<String>)]
    note: Field<String>,
    /// When the desk is taken: join the waiting list instead of a 409.
    #[schema(value_type = Option<bool>)]
    waitlist: Field<bool>,
}

/// Request a desk for a participant at its host. The host's managers booking
/// their own desk book it at once (approved); others make a request the host
/// decides on. Days already held by an approved booking: 409 with that booking
/// under `conflict` (or the waiting list, if asked).
#[utoipa::path(
    post, path = "/api/v1/desk-bookings", tag = "soft landing",
    request_body = BookingWrite,
    responses(
        (status = 201, body = Booking), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, description = "The desk is taken: `conflict` holds the booking in the way", body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_booking(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<BookingWrite>,
) -> Result<Response, AppError> {
    let mut request = BookingRequest::default();
    let errors = &mut request.unreadable;
    body.desk_id
        .patch_option("desk_id", &mut request.desk_id, errors);
    body.participant_id
        .patch_option("participant_id", &mut request.participant_id, errors);
    body.starts_on
        .patch_option("starts_on", &mut request.starts_on, errors);
    body.ends_on
        .patch_option("ends_on", &mut request.ends_on, errors);
    body.note
        .patch("note", &mut request.note, Some(String::new()), errors);
    body.waitlist
        .patch("waitlist", &mut request.waitlist, Some(false), errors);
    let booking = ops::request_booking(&state.db, &actor, &request).await?;
    Ok(created(
        format!("/api/v1/desk-bookings/{}", booking.id),
        booking,
    ))
}

/// One booking.
#[utoipa::path(
    get, path = "/api/v1/desk-bookings/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = Booking), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_booking(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<Booking>, AppError> {
    ops::booking(&state.db, &actor, id).await.map(Json)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = DeskDecisionWrite)]
pub struct DecisionWrite {
    /// `approve`, `decline` (the host) or `cancel` (the host or the participant's side).
    #[schema(value_type = String, example = "approve")]
    decision: Field<String>,
}

/// Decide on a booking. Approving claims the desk (409 with the booking in the
/// way if it is taken); cancelling an approved booking frees the days and puts
/// waiting requests back before the host.
#[utoipa::path(
    post, path = "/api/v1/desk-bookings/{id}/decision", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = DecisionWrite,
    responses(
        (status = 200, body = Booking), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn decide(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<DecisionWrite>,
) -> Result<Json<Booking>, AppError> {
    let mut errors = FieldErrors::new();
    let decision = body
        .decision
        .required("decision", &mut errors)
        .and_then(|d| errors.check("decision", BookingDecision::parse(&d)));
    let Some(decision) = decision else {
        return Err(AppError::Validation(errors));
    };
    ops::decide(&state.db, &actor, id, decision).await.map(Json)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeskMonthView {
    desk_id: i64,
    name: String,
    /// Share of the month's days taken by approved bookings.
    percent: u8,
    /// Days of the month (1-31) that are taken.
    taken_days: Vec<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OccupancyView {
    /// The first day of the month.
    month: NaiveDate,
    desks: Vec<DeskMonthView>,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct OccupancyParams {
    /// `YYYY-MM` (default: this month).
    month: Option<String>,
}

/// Parses `YYYY-MM` into the month's first day.
pub(crate) fn parse_month(value: Option<&str>) -> Result<NaiveDate, AppError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(chrono::Utc::now().date_naive()),
        Some(month) => {
            NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").map_err(|_| {
                AppError::Validation(FieldErrors::single(
                    "month",
                    crate::t("sl-err-month-format"),
                ))
            })
        }
    }
}

/// The host's occupancy view: each desk's taken days in a month (its managers).
#[utoipa::path(
    get, path = "/api/v1/organisations/{id}/occupancy", tag = "soft landing",
    params(("id" = i64, Path), OccupancyParams),
    responses((status = 200, body = OccupancyView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn occupancy(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<OccupancyParams>,
) -> Result<Json<OccupancyView>, AppError> {
    let day = parse_month(params.month.as_deref())?;
    let rows = ops::occupancy(&state.db, &actor, id, day).await?;
    let month = crate::softlanding::model::desks::month_of(day).0;
    Ok(Json(OccupancyView {
        month,
        desks: rows
            .into_iter()
            .map(|row| DeskMonthView {
                desk_id: row.desk.id,
                name: row.desk.name,
                percent: row.month.percent,
                taken_days: row
                    .month
                    .taken
                    .iter()
                    .enumerate()
                    .filter(|(_, taken)| **taken)
                    .map(|(i, _)| u32::try_from(i + 1).unwrap_or(0))
                    .collect(),
            })
            .collect(),
    }))
}

/// Property tests: `?month=` takes any text.
#[cfg(test)]
mod properties {
    use chrono::Datelike;
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn months_never_panic_and_read_back(
            value in prop_oneof![any::<String>(), "[0-9-]{0,10}"],
            year in 0i32..=9999,
            month in 1u32..=12,
        ) {
            let _ = parse_month(Some(&value));
            let first = parse_month(Some(&format!("{year:04}-{month:02}"))).unwrap();
            prop_assert_eq!((first.year(), first.month(), first.day()), (year, month, 1));
        }
    }
}
