//! API: cooperation profiles, their review, search, recommendations and
//! introductions.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::AppState;
use crate::auth::Actor;
use crate::matchmaking::model::profiles::{
    IntroductionStatus, Party, ProfileInput, ProfileStatus, ProfileType, Stage, Transition,
    Visibility,
};
use crate::matchmaking::model::recommend::Reason;
use crate::matchmaking::model::search::SearchParams;
use crate::matchmaking::operations::profiles::{self as ops, ProfileDetail};
use crate::matchmaking::operations::recommendations::{self as recommend, Partner};
use crate::matchmaking::store::profiles::{Introduction, Owner, Profile};
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse, created};

/// Who owns a profile.
#[derive(Debug, Serialize, ToSchema)]
pub struct OwnerView {
    /// `sme:12` or `organisation:3`.
    key: String,
    name: String,
    country: String,
    /// `sme` or the organisation's kind.
    kind: String,
}

impl From<Owner> for OwnerView {
    fn from(o: Owner) -> Self {
        Self {
            key: o.party.key(),
            name: o.name,
            country: o.country.as_str().into(),
            kind: o.kind,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ContactView {
    name: String,
    email: String,
    phone: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileView {
    id: i64,
    #[serde(rename = "type")]
    #[schema(rename = "type")]
    kind: ProfileType,
    owner: OwnerView,
    title: String,
    description: String,
    /// NACE Rev. 2 codes.
    sectors: Vec<String>,
    keywords: Vec<String>,
    target_countries: Vec<String>,
    stage: Stage,
    status: ProfileStatus,
    visibility: Visibility,
    expires_on: NaiveDate,
    published_at: Option<DateTime<Utc>>,
    /// The reviewer's last note (e.g. why it was sent back).
    review_note: String,
    /// Shown to the owner's people, reviewers, and parties put in touch by an
    /// accepted introduction or meeting; `null` for everyone else.
    contact: Option<ContactView>,
    updated_at: DateTime<Utc>,
}

impl ProfileView {
    fn new(p: Profile, contact_visible: bool) -> Self {
        let visibility = p.visibility(Utc::now().date_naive());
        Self {
            id: p.id,
            kind: p.kind,
            owner: p.owner.into(),
            title: p.title,
            description: p.description,
            sectors: p.sectors.iter().map(|c| c.as_str().to_string()).collect(),
            keywords: p.keywords,
            target_countries: p
                .target_countries
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            stage: p.stage,
            status: p.status,
            visibility,
            expires_on: p.expires_on,
            published_at: p.published_at,
            review_note: p.review_note,
            contact: contact_visible.then_some(ContactView {
                name: p.contact.name,
                email: p.contact.email,
                phone: p.contact.phone,
            }),
            updated_at: p.updated_at,
        }
    }

    /// In lists contact details are never shown.
    fn listed(p: Profile) -> Self {
        Self::new(p, false)
    }
}

impl From<ProfileDetail> for ProfileView {
    fn from(d: ProfileDetail) -> Self {
        Self::new(d.profile, d.contact_visible)
    }
}

fn list(profiles: Vec<Profile>) -> Json<ListResponse<ProfileView>> {
    Json(ListResponse {
        total: profiles.len() as u64,
        items: profiles.into_iter().map(ProfileView::listed).collect(),
    })
}

/// Search the marketplace: published, unexpired profiles, ranked by relevance
/// when `q` is given, newest first otherwise.
#[utoipa::path(
    get, path = "/api/v1/profiles", tag = "matchmaking",
    params(SearchParams),
    responses((status = 200, body = ListResponse<ProfileView>), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn search(
    State(state): State<AppState>,
    _actor: Actor,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Json<ListResponse<ProfileView>>, AppError> {
    let (filter, window) = params.api_query().map_err(AppError::Validation)?;
    let (profiles, total) = ops::search(&state.db, &filter, window).await?;
    Ok(Json(ListResponse {
        total,
        items: profiles.into_iter().map(ProfileView::listed).collect(),
    }))
}

/// The profiles of the caller's SME or organisation, in every status.
#[utoipa::path(
    get, path = "/api/v1/profiles/mine", tag = "matchmaking",
    responses((status = 200, body = ListResponse<ProfileView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn mine(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<ProfileView>>, AppError> {
    Ok(list(ops::mine(&state.db, &actor).await?))
}

/// Submitted profiles waiting for the caller's review (managers of the
/// owner's home organisation, admins).
#[utoipa::path(
    get, path = "/api/v1/profiles/review-queue", tag = "matchmaking",
    responses((status = 200, body = ListResponse<ProfileView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn review_queue(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<ProfileView>>, AppError> {
    Ok(list(ops::review_queue(&state.db, &actor).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ProfileWrite {
    /// On create only: `sme:12` or `organisation:3`; default the caller's own.
    #[schema(value_type = Option<String>, example = "sme:12")]
    owner: Field<String>,
    #[serde(rename = "type")]
    #[schema(rename = "type", value_type = Option<ProfileType>)]
    kind: Field<String>,
    #[schema(value_type = Option<String>, example = "Cold-smoked salmon for German retail")]
    title: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    #[schema(value_type = Option<Vec<String>>, example = json!(["C10.20"]))]
    sectors: Field<Vec<String>>,
    #[schema(value_type = Option<Vec<String>>)]
    keywords: Field<Vec<String>>,
    #[schema(value_type = Option<Vec<String>>, example = json!(["DE", "NO"]))]
    target_countries: Field<Vec<String>>,
    #[schema(value_type = Option<Stage>)]
    stage: Field<String>,
    /// Default: twelve months from today.
    #[schema(value_type = Option<NaiveDate>)]
    expires_on: Field<NaiveDate>,
    #[schema(value_type = Option<String>)]
    contact_name: Field<String>,
    #[schema(value_type = Option<String>)]
    contact_email: Field<String>,
    #[schema(value_type = Option<String>)]
    contact_phone: Field<String>,
    /// On create only: send it for review at once (default false: a draft).
    #[schema(value_type = Option<bool>)]
    submit: Field<bool>,
}

impl ProfileWrite {
    fn apply(self, input: &mut ProfileInput) {
        let errors = &mut input.unreadable;
        self.kind.patch("type", &mut input.kind, None, errors);
        self.title.patch("title", &mut input.title, None, errors);
        self.description
            .patch("description", &mut input.description, None, errors);
        self.sectors
            .patch("sectors", &mut input.sectors, Some(Vec::new()), errors);
        self.keywords
            .patch("keywords", &mut input.keywords, Some(Vec::new()), errors);
        self.target_countries.patch(
            "target_countries",
            &mut input.target_countries,
            Some(Vec::new()),
            errors,
        );
        self.stage.patch("stage", &mut input.stage, None, errors);
        self.expires_on
            .patch_option("expires_on", &mut input.expires_on, errors);
        self.contact_name.patch(
            "contact_name",
            &mut input.contact_name,
            Some(String::new()),
            errors,
        );
        self.contact_email.patch(
            "contact_email",
            &mut input.contact_email,
            Some(String::new()),
            errors,
        );
        self.contact_phone.patch(
            "contact_phone",
            &mut input.contact_phone,
            Some(String::new()),
            errors,
        );
    }
}

/// Create a profile, as a draft or submitted for review; a reviewer's own
/// submission is published at once.
#[utoipa::path(
    post, path = "/api/v1/profiles", tag = "matchmaking",
    request_body = ProfileWrite,
    responses(
        (status = 201, body = ProfileView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(mut body): ApiJson<ProfileWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let owner = body
        .owner
        .optional("owner", &mut errors)
        .flatten()
        .and_then(|key| errors.check("owner", Party::parse_key(&key)));
    let submit = body
        .submit
        .optional("submit", &mut errors)
        .flatten()
        .unwrap_or(false);
    body.owner = Field::Missing;
    body.submit = Field::Missing;
    let mut input = ProfileInput {
        unreadable: errors,
        ..Default::default()
    };
    body.apply(&mut input);
    let owner = ops::owner_for(&actor, owner)?;
    let id = ops::create(&state.db, &actor, owner, &input, submit).await?;
    let detail = ops::detail(&state.db, &actor, id).await?;
    Ok(created(
        format!("/api/v1/profiles/{id}"),
        ProfileView::from(detail),
    ))
}

/// One profile; contact details only for those who may see them.
#[utoipa::path(
    get, path = "/api/v1/profiles/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = ProfileView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ProfileView>, AppError> {
    Ok(Json(ops::detail(&state.db, &actor, id).await?.into()))
}

/// Change a profile (its owner's people). A published profile whose
/// substance changes goes back to review.
#[utoipa::path(
    patch, path = "/api/v1/profiles/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = ProfileWrite,
    responses(
        (status = 200, body = ProfileView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<ProfileWrite>,
) -> Result<Json<ProfileView>, AppError> {
    let mut refused = FieldErrors::new();
    if !matches!(body.owner, Field::Missing) {
        refused.add("owner", "a profile stays with its owner");
    }
    if !matches!(body.submit, Field::Missing) {
        refused.add("submit", "use the submit action");
    }
    body.owner = Field::Missing;
    body.submit = Field::Missing;
    ops::update(&state.db, &actor, id, None, move |mut input| {
        input.unreadable.merge(refused);
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(ops::detail(&state.db, &actor, id).await?.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = ProfileActionRequest)]
pub struct ActionRequest {
    action: Transition,
    /// The reviewer's reason; required to reject.
    #[serde(default)]
    note: String,
}

/// Submit, approve, reject, withdraw or renew a profile.
#[utoipa::path(
    post, path = "/api/v1/profiles/{id}/actions", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = ActionRequest,
    responses(
        (status = 200, body = ProfileView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn act(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<ActionRequest>,
) -> Result<Json<ProfileView>, AppError> {
    ops::act(&state.db, &actor, id, body.action, &body.note).await?;
    Ok(Json(ops::detail(&state.db, &actor, id).await?.into()))
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(as = RecommendedPartnerView)]
pub struct PartnerView {
    profile: ProfileView,
    /// 0–100.
    score: f64,
    /// Why it fits, e.g. "they request cold-chain logistics, you offer …".
    reasons: Vec<Reason>,
    /// Which of the subject's profiles it answers.
    for_profile: Option<i64>,
}

impl From<Partner> for PartnerView {
    fn from(p: Partner) -> Self {
        Self {
            profile: ProfileView::listed(p.profile),
            score: (p.score * 10.0).round() / 10.0,
            reasons: p.reasons,
            for_profile: p.for_profile,
        }
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RecommendParams {
    /// How many partners (1–50, default 10).
    limit: Option<String>,
}

impl RecommendParams {
    fn limit(&self) -> Result<usize, AppError> {
        match self.limit.as_deref().map(str::trim) {
            None | Some("") => Ok(10),
            Some(value) => value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=50).contains(n))
                .ok_or_else(|| {
                    AppError::Validation(FieldErrors::single(
                        "limit",
                        "must be a whole number from 1 to 50",
                    ))
                }),
        }
    }
}

fn partners(found: Vec<Partner>) -> Json<ListResponse<PartnerView>> {
    Json(ListResponse {
        total: found.len() as u64,
        items: found.into_iter().map(PartnerView::from).collect(),
    })
}

/// The best partner profiles for a profile, with the reasons.
#[utoipa::path(
    get, path = "/api/v1/profiles/{id}/recommendations", tag = "matchmaking",
    params(("id" = i64, Path), RecommendParams),
    responses((status = 200, body = ListResponse<PartnerView>), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn profile_recommendations(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<RecommendParams>,
) -> Result<Json<ListResponse<PartnerView>>, AppError> {
    let limit = params.limit()?;
    Ok(partners(
        recommend::for_profile(&state.db, &actor, id, limit).await?,
    ))
}

/// The best partner profiles for an SME: against its published profiles, or
/// its registry entry (products, sectors, target markets) if it has none.
#[utoipa::path(
    get, path = "/api/v1/smes/{id}/recommendations", tag = "matchmaking",
    params(("id" = i64, Path), RecommendParams),
    responses((status = 200, body = ListResponse<PartnerView>), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn sme_recommendations(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<RecommendParams>,
) -> Result<Json<ListResponse<PartnerView>>, AppError> {
    let limit = params.limit()?;
    Ok(partners(
        recommend::for_sme(&state.db, &actor, id, limit).await?,
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct IntroductionView {
    id: i64,
    profile_id: i64,
    profile_title: String,
    /// The profile owner's key.
    owner: String,
    /// The asking party's key.
    requester: String,
    requester_name: String,
    message: String,
    status: IntroductionStatus,
    created_at: DateTime<Utc>,
    answered_at: Option<DateTime<Utc>>,
}

impl From<Introduction> for IntroductionView {
    fn from(i: Introduction) -> Self {
        Self {
            id: i.id,
            profile_id: i.profile_id,
            profile_title: i.profile_title,
            owner: i.owner.key(),
            requester: i.requester.key(),
            requester_name: i.requester_name,
            message: i.message,
            status: i.status,
            created_at: i.created_at,
            answered_at: i.answered_at,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct IntroductionRequest {
    /// Who you are and why you want to talk.
    message: String,
}

/// Ask to be introduced to a profile's owner; once they accept, both sides
/// see each other's contact details.
#[utoipa::path(
    post, path = "/api/v1/profiles/{id}/introductions", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = IntroductionRequest,
    responses(
        (status = 201, body = IntroductionView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn ask_introduction(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<IntroductionRequest>,
) -> Result<Response, AppError> {
    let new = ops::ask_introduction(&state.db, &actor, id, &body.message).await?;
    let found = ops::introduction(&state.db, &actor, new).await?;
    Ok(created(
        format!("/api/v1/introductions/{new}"),
        IntroductionView::from(found),
    ))
}

/// Introductions the caller's party asked for or was asked for.
#[utoipa::path(
    get, path = "/api/v1/introductions", tag = "matchmaking",
    responses((status = 200, body = ListResponse<IntroductionView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn introductions(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<IntroductionView>>, AppError> {
    let found = ops::introductions(&state.db, &actor).await?;
    Ok(Json(ListResponse {
        total: found.len() as u64,
        items: found.into_iter().map(IntroductionView::from).collect(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct IntroductionAnswer {
    accept: bool,
}

/// The profile owner accepts or declines an introduction.
#[utoipa::path(
    post, path = "/api/v1/introductions/{id}/answer", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = IntroductionAnswer,
    responses(
        (status = 200, body = IntroductionView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn answer_introduction(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<IntroductionAnswer>,
) -> Result<Json<IntroductionView>, AppError> {
    ops::answer_introduction(&state.db, &actor, id, body.accept).await?;
    Ok(Json(ops::introduction(&state.db, &actor, id).await?.into()))
}
