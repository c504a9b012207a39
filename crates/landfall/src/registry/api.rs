//! JSON API for organisations and SMEs.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::{
    Contact, ContactInput, ListParams, OrganisationInput, OrganisationKind, Service, SmeInput,
    can_see_private, sme_scope,
};
use super::{Organisation, OrganisationRef, Sme, store};
use crate::app::AppState;
use crate::auth::Actor;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse};

// ---------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------

/// An organisation in the network.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationView {
    id: i64,
    /// Stable, URL-friendly name (used by the public directory).
    slug: String,
    kind: OrganisationKind,
    name: String,
    /// ISO 3166-1 alpha-2.
    #[schema(example = "NO")]
    country: String,
    city: String,
    region: String,
    website: String,
    description: String,
    services: Vec<Service>,
    /// NACE Rev. 2 codes with section letter, e.g. `C10.51`.
    #[schema(example = json!(["C10.20", "A03.21"]))]
    sectors: Vec<String>,
    /// Contact people; included when a single organisation is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    contacts: Option<Vec<Contact>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn organisation_view(o: Organisation, contacts: Option<Vec<Contact>>) -> OrganisationView {
    OrganisationView {
        id: o.id,
        slug: o.slug,
        kind: o.kind,
        name: o.name,
        country: o.country.as_str().into(),
        city: o.city,
        region: o.region,
        website: o.website,
        description: o.description,
        services: o.services,
        sectors: o.sectors.iter().map(|c| c.as_str().into()).collect(),
        contacts,
        created_at: o.created_at,
        updated_at: o.updated_at,
    }
}

/// A short reference to an organisation.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationRefView {
    id: i64,
    name: String,
    kind: OrganisationKind,
    country: String,
}

impl From<OrganisationRef> for OrganisationRefView {
    fn from(r: OrganisationRef) -> Self {
        Self {
            id: r.id,
            name: r.name,
            kind: r.kind,
            country: r.country.as_str().into(),
        }
    }
}

/// An SME. `employees`, `annual_turnover_cents`, `notes` and `contacts` are
/// private: they are present only for the SME's members, managers of its home
/// organisation and admins.
#[derive(Debug, Serialize, ToSchema)]
pub struct SmeView {
    id: i64,
    slug: String,
    name: String,
    #[schema(example = "DK")]
    country: String,
    city: String,
    home_organisation: OrganisationRefView,
    #[schema(example = json!(["C10.20"]))]
    sectors: Vec<String>,
    founded: Option<i32>,
    products: String,
    website: String,
    #[schema(example = json!(["DE", "NL"]))]
    target_markets: Vec<String>,
    /// Consent to appear in the matchmaking directory.
    directory_consent: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    employees: Option<Option<i32>>,
    /// Annual turnover in euro cents.
    #[serde(skip_serializing_if = "Option::is_none")]
    annual_turnover_cents: Option<Option<i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contacts: Option<Vec<Contact>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn sme_view(actor: &Actor, s: Sme, contacts: Option<Vec<Contact>>) -> SmeView {
    let private = can_see_private(actor, &s.access());
    SmeView {
        id: s.id,
        slug: s.slug,
        name: s.name,
        country: s.country.as_str().into(),
        city: s.city,
        home_organisation: s.home.into(),
        sectors: s.sectors.iter().map(|c| c.as_str().into()).collect(),
        founded: s.founded,
        products: s.products,
        website: s.website,
        target_markets: s.target_markets.iter().map(|c| c.as_str().into()).collect(),
        directory_consent: s.directory_consent,
        employees: private.then_some(s.employees),
        annual_turnover_cents: private.then_some(s.annual_turnover_cents),
        notes: private.then_some(s.notes),
        contacts: contacts.filter(|_| private),
        created_at: s.created_at,
        updated_at: s.updated_at,
    }
}

fn created<T: Serialize>(location: String, body: T) -> Response {
    let mut response = (StatusCode::CREATED, Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

// ---------------------------------------------------------------------------
// Request bodies
// ---------------------------------------------------------------------------

/// Fields of an organisation. On create, `kind`, `name`, `country` and `city`
/// are required; on PATCH, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct OrganisationWrite {
    #[schema(value_type = Option<OrganisationKind>)]
    kind: Field<String>,
    #[schema(value_type = Option<String>)]
    name: Field<String>,
    #[schema(value_type = Option<String>, example = "NO")]
    country: Field<String>,
    #[schema(value_type = Option<String>)]
    city: Field<String>,
    #[schema(value_type = Option<String>)]
    region: Field<String>,
    #[schema(value_type = Option<Vec<String>>, example = json!(["C30.11", "M72.1"]))]
    sectors: Field<Vec<String>>,
    #[schema(value_type = Option<Vec<Service>>)]
    services: Field<Vec<String>>,
    #[schema(value_type = Option<String>)]
    website: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    #[schema(value_type = Option<Vec<ContactInput>>)]
    contacts: Field<Vec<ContactInput>>,
}

impl OrganisationWrite {
    /// Writes the fields that were sent over `input`; fields of the wrong type
    /// are left for validation to report.
    fn apply(self, input: &mut OrganisationInput) {
        let errors = &mut input.unreadable;
        self.kind.patch("kind", &mut input.kind, None, errors);
        self.name.patch("name", &mut input.name, None, errors);
        self.country
            .patch("country", &mut input.country, None, errors);
        self.city.patch("city", &mut input.city, None, errors);
        self.region
            .patch("region", &mut input.region, Some(String::new()), errors);
        self.sectors
            .patch("sectors", &mut input.sectors, Some(Vec::new()), errors);
        self.services
            .patch("services", &mut input.services, Some(Vec::new()), errors);
        self.website
            .patch("website", &mut input.website, Some(String::new()), errors);
        self.description.patch(
            "description",
            &mut input.description,
            Some(String::new()),
            errors,
        );
        self.contacts
            .patch("contacts", &mut input.contacts, Some(Vec::new()), errors);
    }
}

/// Fields of an SME. On create, `name`, `country`, `city`,
/// `home_organisation_id` and `sectors` are required; on PATCH, fields left
/// out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SmeWrite {
    #[schema(value_type = Option<String>)]
    name: Field<String>,
    #[schema(value_type = Option<String>, example = "DK")]
    country: Field<String>,
    #[schema(value_type = Option<String>)]
    city: Field<String>,
    #[schema(value_type = Option<i64>)]
    home_organisation_id: Field<i64>,
    #[schema(value_type = Option<Vec<String>>, example = json!(["C10.20"]))]
    sectors: Field<Vec<String>>,
    #[schema(value_type = Option<i64>, example = 2017)]
    founded: Field<i64>,
    #[schema(value_type = Option<i64>)]
    employees: Field<i64>,
    /// Euro cents.
    #[schema(value_type = Option<i64>, example = 185000000)]
    annual_turnover_cents: Field<i64>,
    #[schema(value_type = Option<String>)]
    products: Field<String>,
    #[schema(value_type = Option<String>)]
    website: Field<String>,
    #[schema(value_type = Option<Vec<String>>, example = json!(["DE", "NL"]))]
    target_markets: Field<Vec<String>>,
    #[schema(value_type = Option<bool>)]
    directory_consent: Field<bool>,
    #[schema(value_type = Option<String>)]
    notes: Field<String>,
    #[schema(value_type = Option<Vec<ContactInput>>)]
    contacts: Field<Vec<ContactInput>>,
}

impl SmeWrite {
    /// Writes the fields that were sent over `input`; fields of the wrong type
    /// are left for validation to report.
    fn apply(self, input: &mut SmeInput) {
        let errors = &mut input.unreadable;
        self.name.patch("name", &mut input.name, None, errors);
        self.country
            .patch("country", &mut input.country, None, errors);
        self.city.patch("city", &mut input.city, None, errors);
        self.home_organisation_id.patch_option(
            "home_organisation_id",
            &mut input.home_organisation_id,
            errors,
        );
        self.sectors
            .patch("sectors", &mut input.sectors, Some(Vec::new()), errors);
        self.founded
            .patch_option("founded", &mut input.founded, errors);
        self.employees
            .patch_option("employees", &mut input.employees, errors);
        self.annual_turnover_cents.patch_option(
            "annual_turnover_cents",
            &mut input.annual_turnover_cents,
            errors,
        );
        self.products
            .patch("products", &mut input.products, Some(String::new()), errors);
        self.website
            .patch("website", &mut input.website, Some(String::new()), errors);
        self.target_markets.patch(
            "target_markets",
            &mut input.target_markets,
            Some(Vec::new()),
            errors,
        );
        self.directory_consent.patch(
            "directory_consent",
            &mut input.directory_consent,
            Some(false),
            errors,
        );
        self.notes
            .patch("notes", &mut input.notes, Some(String::new()), errors);
        self.contacts
            .patch("contacts", &mut input.contacts, Some(Vec::new()), errors);
    }
}

// ---------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------

/// Organisations, filtered and paginated, ordered by name.
#[utoipa::path(
    get, path = "/api/v1/organisations", tag = "registry",
    params(ListParams),
    responses(
        (status = 200, body = ListResponse<OrganisationView>),
        (status = 401, body = ErrorBody),
        (status = 422, description = "A filter is not valid", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list_organisations(
    State(state): State<AppState>,
    _actor: Actor,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<ListResponse<OrganisationView>>, AppError> {
    let (filter, window) = params.api_query().map_err(AppError::Validation)?;
    let (items, total) = store::list_organisations(&state.db, &filter, window).await?;
    Ok(Json(ListResponse {
        items: items
            .into_iter()
            .map(|o| organisation_view(o, None))
            .collect(),
        total,
    }))
}

/// Register an organisation (admins only).
#[utoipa::path(
    post, path = "/api/v1/organisations", tag = "registry",
    request_body = OrganisationWrite,
    responses(
        (status = 201, body = OrganisationView),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_organisation(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<OrganisationWrite>,
) -> Result<Response, AppError> {
    let mut input = OrganisationInput::default();
    body.apply(&mut input);
    let id = super::create_organisation(&state.db, &actor, &input).await?;
    let view = organisation_detail(&state, id).await?;
    Ok(created(format!("/api/v1/organisations/{id}"), view))
}

async fn organisation_detail(state: &AppState, id: i64) -> Result<OrganisationView, AppError> {
    let organisation = super::organisation(&state.db, id).await?;
    let contacts = store::organisation_contacts(&state.db, id).await?;
    Ok(organisation_view(organisation, Some(contacts)))
}

/// One organisation with its contact people.
#[utoipa::path(
    get, path = "/api/v1/organisations/{id}", tag = "registry",
    params(("id" = i64, Path)),
    responses((status = 200, body = OrganisationView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_organisation(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<OrganisationView>, AppError> {
    organisation_detail(&state, id).await.map(Json)
}

/// Change an organisation (its managers and admins).
#[utoipa::path(
    patch, path = "/api/v1/organisations/{id}", tag = "registry",
    params(("id" = i64, Path)),
    request_body = OrganisationWrite,
    responses(
        (status = 200, body = OrganisationView),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_organisation(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<OrganisationWrite>,
) -> Result<Json<OrganisationView>, AppError> {
    super::update_organisation(&state.db, &actor, id, None, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    organisation_detail(&state, id).await.map(Json)
}

/// SMEs the caller may see, filtered and paginated, ordered by name.
#[utoipa::path(
    get, path = "/api/v1/smes", tag = "registry",
    params(ListParams),
    responses(
        (status = 200, body = ListResponse<SmeView>),
        (status = 401, body = ErrorBody),
        (status = 422, description = "A filter is not valid", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list_smes(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Json<ListResponse<SmeView>>, AppError> {
    let (filter, window) = params.api_query().map_err(AppError::Validation)?;
    let (items, total) = store::list_smes(&state.db, sme_scope(&actor), &filter, window).await?;
    Ok(Json(ListResponse {
        items: items
            .into_iter()
            .map(|s| sme_view(&actor, s, None))
            .collect(),
        total,
    }))
}

async fn sme_detail(state: &AppState, actor: &Actor, id: i64) -> Result<SmeView, AppError> {
    let sme = super::visible_sme(&state.db, actor, id).await?;
    let contacts = super::private_contacts(&state.db, actor, &sme).await?;
    Ok(sme_view(actor, sme, contacts))
}

/// Register an SME at an organisation (its managers and admins).
#[utoipa::path(
    post, path = "/api/v1/smes", tag = "registry",
    request_body = SmeWrite,
    responses(
        (status = 201, body = SmeView),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_sme(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<SmeWrite>,
) -> Result<Response, AppError> {
    let mut input = SmeInput::default();
    body.apply(&mut input);
    let id = super::create_sme(&state.db, &actor, &input).await?;
    let view = sme_detail(&state, &actor, id).await?;
    Ok(created(format!("/api/v1/smes/{id}"), view))
}

/// One SME (404 if the caller may not see it).
#[utoipa::path(
    get, path = "/api/v1/smes/{id}", tag = "registry",
    params(("id" = i64, Path)),
    responses((status = 200, body = SmeView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<SmeView>, AppError> {
    sme_detail(&state, &actor, id).await.map(Json)
}

/// Change an SME (its members, managers of its home organisation, admins).
#[utoipa::path(
    patch, path = "/api/v1/smes/{id}", tag = "registry",
    params(("id" = i64, Path)),
    request_body = SmeWrite,
    responses(
        (status = 200, body = SmeView),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<SmeWrite>,
) -> Result<Json<SmeView>, AppError> {
    super::update_sme(&state.db, &actor, id, None, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    sme_detail(&state, &actor, id).await.map(Json)
}

/// Remove an organisation (admins; refused while SMEs or accounts belong to it).
#[utoipa::path(
    delete, path = "/api/v1/organisations/{id}", tag = "registry",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "SMEs or accounts still belong to it", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn delete_organisation(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    super::delete_organisation(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove an SME with its member accounts and contact people (its home
/// organisation's managers and admins).
#[utoipa::path(
    delete, path = "/api/v1/smes/{id}", tag = "registry",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn delete_sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    super::delete_sme(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
