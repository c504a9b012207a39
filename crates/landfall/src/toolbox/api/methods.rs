//! The methods library through the API: methods and tools, their pilots, and
//! the library's indicators.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{page, window};
use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::api::OrganisationRefView;
use crate::toolbox::model::methods::{
    Material, MethodInput, MethodKind, Novelty, PilotInput, PilotStatus, Theme,
};
use crate::toolbox::operations::methods as ops;
use crate::toolbox::store::methods::{Method, Pilot};
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse, created};

/// A pilot of a method by another organisation, with its reported numbers.
#[derive(Debug, Serialize, ToSchema)]
pub struct PilotView {
    id: i64,
    method_id: i64,
    organisation: OrganisationRefView,
    starts_on: NaiveDate,
    status: PilotStatus,
    /// Organisations or companies informed of the method through the pilot.
    informed: i64,
    /// Organisations or companies that took it up (initiated a new solution).
    adopting: i64,
    results: String,
    updated_by: String,
    updated_at: DateTime<Utc>,
}

impl From<Pilot> for PilotView {
    fn from(p: Pilot) -> Self {
        Self {
            id: p.id,
            method_id: p.method_id,
            organisation: p.organisation.into(),
            starts_on: p.starts_on,
            status: p.status,
            informed: p.informed,
            adopting: p.adopting,
            results: p.results,
            updated_by: p.updated_by_name,
            updated_at: p.updated_at,
        }
    }
}

/// A method or tool of the library.
#[derive(Debug, Serialize, ToSchema)]
pub struct MethodView {
    id: i64,
    slug: String,
    title: String,
    kind: MethodKind,
    novelty: Novelty,
    theme: Theme,
    theme_label: String,
    summary: String,
    description: String,
    materials: Vec<Material>,
    /// When it was presented to the network.
    presented_on: Option<NaiveDate>,
    /// The organisation that developed and published it.
    organisation: OrganisationRefView,
    /// On a single method: its pilots.
    #[serde(skip_serializing_if = "Option::is_none")]
    pilots: Option<Vec<PilotView>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<Method> for MethodView {
    fn from(m: Method) -> Self {
        Self {
            theme_label: m.theme.label().to_string(),
            organisation: m.publisher.into(),
            id: m.id,
            slug: m.slug,
            title: m.title,
            kind: m.kind,
            novelty: m.novelty,
            theme: m.theme,
            summary: m.summary,
            description: m.description,
            materials: m.materials,
            presented_on: m.presented_on,
            pilots: None,
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

async fn method_view(state: &AppState, id: i64) -> Result<MethodView, AppError> {
    let method = ops::by_id(&state.db, id).await?;
    let pilots = ops::pilots(&state.db, id).await?;
    let mut view = MethodView::from(method);
    view.pilots = Some(pilots.into_iter().map(PilotView::from).collect());
    Ok(view)
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct MethodListParams {
    /// `method` or `tool`.
    kind: Option<String>,
    /// `business_models`, `products_technology_design`,
    /// `industrial_incubation` or `skills_recruitment`.
    theme: Option<String>,
    /// Words to find in titles, summaries and descriptions.
    q: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

/// The library, by title. Every signed-in user reads it.
#[utoipa::path(
    get, path = "/api/v1/methods", tag = "toolbox",
    params(MethodListParams),
    responses(
        (status = 200, body = ListResponse<MethodView>), (status = 401, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list_methods(
    State(state): State<AppState>,
    _actor: Actor,
    ApiQuery(params): ApiQuery<MethodListParams>,
) -> Result<Json<ListResponse<MethodView>>, AppError> {
    let mut errors = FieldErrors::new();
    let kind = super::word(
        "kind",
        params.kind.as_deref(),
        MethodKind::parse,
        &mut errors,
    );
    let theme = super::word("theme", params.theme.as_deref(), Theme::parse, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let window = window(params.limit.as_deref(), params.offset.as_deref())?;
    let list = ops::library(&state.db, kind, theme, params.q.as_deref()).await?;
    Ok(Json(page(list, window, MethodView::from)))
}

/// One method or tool with its pilots.
#[utoipa::path(
    get, path = "/api/v1/methods/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    responses((status = 200, body = MethodView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_method(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<MethodView>, AppError> {
    Ok(Json(method_view(&state, id).await?))
}

/// A method's fields. On create, `title`, `kind`, `novelty`, `theme` and
/// `summary` are required; on PUT, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct MethodWrite {
    /// On create only, for admins: the organisation that developed it
    /// (managers publish for their own).
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    #[schema(value_type = Option<String>, example = "Growth compass")]
    title: Field<String>,
    #[schema(value_type = Option<MethodKind>)]
    kind: Field<String>,
    #[schema(value_type = Option<Novelty>)]
    novelty: Field<String>,
    #[schema(value_type = Option<Theme>)]
    theme: Field<String>,
    #[schema(value_type = Option<String>)]
    summary: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    /// Links (http:// or https:// only).
    #[schema(value_type = Option<Vec<Material>>)]
    materials: Field<Vec<Material>>,
    /// When it was presented to the network (`null`: not yet).
    #[schema(value_type = Option<NaiveDate>)]
    presented_on: Field<NaiveDate>,
}

impl MethodWrite {
    fn apply(self, input: &mut MethodInput) {
        let errors = &mut input.unreadable;
        let empty = Some(String::new());
        self.title.patch("title", &mut input.title, None, errors);
        self.kind.patch("kind", &mut input.kind, None, errors);
        self.novelty
            .patch("novelty", &mut input.novelty, None, errors);
        self.theme.patch("theme", &mut input.theme, None, errors);
        self.summary
            .patch("summary", &mut input.summary, None, errors);
        self.description
            .patch("description", &mut input.description, empty, errors);
        self.materials
            .patch("materials", &mut input.materials, Some(Vec::new()), errors);
        self.presented_on
            .patch_option("presented_on", &mut input.presented_on, errors);
    }
}

/// Publish a method or tool (managers for their organisation; admins name one).
#[utoipa::path(
    post, path = "/api/v1/methods", tag = "toolbox",
    request_body = MethodWrite,
    responses(
        (status = 201, body = MethodView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_method(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(mut body): ApiJson<MethodWrite>,
) -> Result<Response, AppError> {
    let mut input = MethodInput::default();
    let organisation_id = std::mem::take(&mut body.organisation_id)
        .optional("organisation_id", &mut input.unreadable)
        .flatten();
    body.apply(&mut input);
    let (id, _) = ops::create(&state.db, &actor, organisation_id, &input).await?;
    Ok(created(
        format!("/api/v1/methods/{id}"),
        method_view(&state, id).await?,
    ))
}

/// Change a method (its publisher's managers and admins).
#[utoipa::path(
    put, path = "/api/v1/methods/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = MethodWrite,
    responses(
        (status = 200, body = MethodView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_method(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<MethodWrite>,
) -> Result<Json<MethodView>, AppError> {
    let refused = super::stays(
        &mut body.organisation_id,
        "a method stays with its publisher",
    );
    ops::update(&state.db, &actor, id, None, |mut input| {
        input.unreadable.merge(refused);
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(method_view(&state, id).await?))
}

/// A pilot's fields. On create, `starts_on` and `status` are required; on
/// PUT, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct PilotWrite {
    /// On create only, for admins: the piloting organisation (managers pilot
    /// for their own).
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    #[schema(value_type = Option<NaiveDate>)]
    starts_on: Field<NaiveDate>,
    #[schema(value_type = Option<PilotStatus>)]
    status: Field<String>,
    /// Organisations or companies informed (default 0).
    #[schema(value_type = Option<i64>)]
    informed: Field<i64>,
    /// Organisations or companies initiating a new solution (at most `informed`).
    #[schema(value_type = Option<i64>)]
    adopting: Field<i64>,
    #[schema(value_type = Option<String>)]
    results: Field<String>,
}

impl PilotWrite {
    fn apply(self, input: &mut PilotInput) {
        let errors = &mut input.unreadable;
        self.starts_on
            .patch_option("starts_on", &mut input.starts_on, errors);
        self.status.patch("status", &mut input.status, None, errors);
        self.informed
            .patch_option("informed", &mut input.informed, errors);
        self.adopting
            .patch_option("adopting", &mut input.adopting, errors);
        self.results
            .patch("results", &mut input.results, Some(String::new()), errors);
    }
}

/// Register a pilot of a method (managers of another organisation than the
/// publisher, for their own; admins name the organisation).
#[utoipa::path(
    post, path = "/api/v1/methods/{id}/pilots", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = PilotWrite,
    responses(
        (status = 201, body = PilotView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn add_pilot(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<PilotWrite>,
) -> Result<Response, AppError> {
    let mut input = PilotInput::default();
    let organisation_id = std::mem::take(&mut body.organisation_id)
        .optional("organisation_id", &mut input.unreadable)
        .flatten();
    body.apply(&mut input);
    let pilot = ops::add_pilot(&state.db, &actor, id, organisation_id, &input).await?;
    Ok(created(
        format!("/api/v1/pilots/{pilot}"),
        PilotView::from(ops::pilot(&state.db, pilot).await?),
    ))
}

/// Report on a pilot (the piloting organisation's managers and admins).
#[utoipa::path(
    put, path = "/api/v1/pilots/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = PilotWrite,
    responses(
        (status = 200, body = PilotView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_pilot(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<PilotWrite>,
) -> Result<Json<PilotView>, AppError> {
    let refused = super::stays(
        &mut body.organisation_id,
        "a pilot stays with its organisation",
    );
    ops::update_pilot(&state.db, &actor, id, |mut input| {
        input.unreadable.merge(refused);
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(ops::pilot(&state.db, id).await?.into()))
}

/// One of the library's indicators, counted from the records when asked.
#[derive(Debug, Serialize, ToSchema)]
pub struct LibraryIndicatorView {
    /// `presented`, `new_or_improved_tools`, `initiating` or `informed`.
    key: String,
    name: String,
    definition: String,
    value: i64,
    target: i64,
    /// Whole percent of the target reached.
    progress: u32,
}

/// The library's indicators: methods and tools presented (target 30), new or
/// improved tools (12), organisations and companies initiating new solutions
/// (120) and informed (1200), counted from the methods and pilots.
#[utoipa::path(
    get, path = "/api/v1/methods/indicators", tag = "toolbox",
    responses((status = 200, body = ListResponse<LibraryIndicatorView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn library_indicators(
    State(state): State<AppState>,
    _actor: Actor,
) -> Result<Json<ListResponse<LibraryIndicatorView>>, AppError> {
    indicator_list(&state).await
}

/// New targets for the library's indicators: each a whole number from 1 to
/// 10,000,000; an indicator left out keeps its target.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct LibraryTargetsWrite {
    #[schema(value_type = Option<i64>, example = 30)]
    presented: Field<i64>,
    #[schema(value_type = Option<i64>, example = 12)]
    new_or_improved_tools: Field<i64>,
    #[schema(value_type = Option<i64>, example = 120)]
    initiating: Field<i64>,
    #[schema(value_type = Option<i64>, example = 1200)]
    informed: Field<i64>,
}

/// Sets the targets of the library's indicators (the network coordinator
/// only) and answers with the indicators against them.
#[utoipa::path(
    put, path = "/api/v1/methods/indicators", tag = "toolbox",
    request_body = LibraryTargetsWrite,
    responses(
        (status = 200, body = ListResponse<LibraryIndicatorView>),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn set_library_targets(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<LibraryTargetsWrite>,
) -> Result<Json<ListResponse<LibraryIndicatorView>>, AppError> {
    let mut unreadable = FieldErrors::new();
    let mut given = Vec::new();
    for (key, field) in [
        ("presented", body.presented),
        ("new_or_improved_tools", body.new_or_improved_tools),
        ("initiating", body.initiating),
        ("informed", body.informed),
    ] {
        if let Some(value) = field.optional(key, &mut unreadable) {
            given.push((key, value));
        }
    }
    ops::set_targets(&state.db, &actor, &given, unreadable).await?;
    indicator_list(&state).await
}

async fn indicator_list(
    state: &AppState,
) -> Result<Json<ListResponse<LibraryIndicatorView>>, AppError> {
    let items: Vec<LibraryIndicatorView> = ops::indicators(&state.db)
        .await?
        .into_iter()
        .map(|i| LibraryIndicatorView {
            progress: i.progress(),
            key: i.key.to_string(),
            name: i.name.to_string(),
            definition: i.definition.to_string(),
            value: i.value,
            target: i.target,
        })
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}
