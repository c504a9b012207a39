//! Pages: the marketplace (search), cooperation profiles (form, detail,
//! actions), the review queue, introductions, and partner recommendations.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

use super::{SectorTag, date_field, refusal_status, rejected, sector_tags};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm, Role};
use crate::matchmaking::model::access;
use crate::matchmaking::model::profiles::{
    Party, ProfileInput, ProfileStatus, ProfileType, RENEWAL_WINDOW_DAYS, Stage, Transition,
    Visibility,
};
use crate::matchmaking::model::recommend::{Reason, ReasonKind};
use crate::matchmaking::model::search::{PAGE_SIZE, SearchParams};
use crate::matchmaking::operations::profiles::{self as ops, ProfileDetail};
use crate::matchmaking::operations::recommendations::{self as recommend, Partner};
use crate::matchmaking::store::profiles::{Introduction, Profile};
use crate::registry::model::{OrganisationKind, split_list};
use crate::registry::pages::country_choices;
use crate::validation::FieldErrors;
use crate::web::forms::form_status;
use crate::web::forms::{Choice, Pager, posted_version, version_after};
use crate::web::{ApiQuery, AppError, Id, Layout};

/// How many partners the recommendation lists show.
const PARTNERS: usize = 10;

// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

/// A profile in a list.
pub struct ProfileCard {
    pub profile: Profile,
    pub sectors: Vec<SectorTag>,
    pub keywords: String,
    pub visibility: Visibility,
    /// Its status when not simply in the marketplace ("Draft", "expired"…).
    pub badge: Option<String>,
    /// Published, but past its expiry date.
    pub expired: bool,
}

impl ProfileCard {
    fn new(profile: Profile) -> Self {
        let visibility = profile.visibility(Utc::now().date_naive());
        Self {
            sectors: sector_tags(&profile.sectors),
            keywords: profile.keywords.join(", "),
            badge: match (profile.status, visibility) {
                (ProfileStatus::Published, Visibility::Public) => None,
                (ProfileStatus::Published, other) => Some(visibility_label(other)),
                (status, _) => Some(status.label_t()),
            },
            expired: profile.status == ProfileStatus::Published
                && visibility == Visibility::Expired,
            visibility,
            profile,
        }
    }
}

fn visibility_label(visibility: Visibility) -> String {
    crate::t(match visibility {
        Visibility::Public => "mm-visibility-public",
        Visibility::Expired => "mm-visibility-expired",
        Visibility::Private => "mm-visibility-private",
    })
}

fn reason_label(kind: ReasonKind) -> String {
    crate::t(match kind {
        ReasonKind::Need => "mm-reason-need",
        ReasonKind::Sector => "mm-reason-sector",
        ReasonKind::ValueChain => "mm-reason-value-chain",
        ReasonKind::Market => "mm-reason-market",
    })
}

/// A recommended partner with its score and the reasons, as words.
pub struct PartnerCard {
    pub card: ProfileCard,
    pub score: String,
    pub reasons: Vec<(String, String)>,
    pub for_profile: Option<i64>,
}

fn partner_cards(partners: Vec<Partner>) -> Vec<PartnerCard> {
    partners
        .into_iter()
        .map(|p| PartnerCard {
            score: format!("{:.0}", p.score),
            reasons: p
                .reasons
                .into_iter()
                .map(|Reason { kind, text }| (reason_label(kind), text))
                .collect(),
            for_profile: p.for_profile,
            card: ProfileCard::new(p.profile),
        })
        .collect()
}

/// Managers review their SMEs' and their own profiles; the coordinator all.
fn reviews_profiles(actor: &Actor) -> bool {
    actor.is_admin() || actor.role == Role::Manager
}

/// Writes profiles: for an SME or organisation of one's own, or (the
/// coordinator) for anyone.
fn may_write_profiles(actor: &Actor) -> bool {
    actor.is_admin() || access::own_party(actor).is_some()
}

/// The marketplace's pages, keeping its filters.
fn pager(params: &SearchParams, total: u64) -> Pager {
    Pager::new(
        "/profiles",
        &[
            ("q", &params.q),
            ("type", &params.kind),
            ("sector", &params.sector),
            ("country", &params.country),
            ("target", &params.target),
            ("owner_kind", &params.owner_kind),
        ],
        params.page_number(),
        PAGE_SIZE,
        total,
    )
}

fn type_choices(selected: &str) -> Vec<Choice> {
    ProfileType::ALL
        .iter()
        .map(|t| Choice::new(t.as_str(), t.label_t(), t.as_str() == selected.trim()))
        .collect()
}

fn stage_choices(selected: &str) -> Vec<Choice> {
    Stage::ALL
        .iter()
        .map(|s| Choice::new(s.as_str(), s.label_t(), s.as_str() == selected.trim()))
        .collect()
}

fn owner_kind_choices(selected: &str) -> Vec<Choice> {
    let selected = selected.trim();
    [
        Choice::new("sme", crate::t("mm-owner-smes"), selected == "sme"),
        Choice::new(
            "organisation",
            crate::t("mm-owner-any-organisation"),
            selected == "organisation",
        ),
    ]
    .into_iter()
    .chain(
        OrganisationKind::ALL
            .iter()
            .map(|k| Choice::new(k.as_str(), k.label_t(), k.as_str() == selected)),
    )
    .collect()
}

// ---------------------------------------------------------------------------
// The marketplace
// ---------------------------------------------------------------------------

/// The marketplace's search form, as submitted.
pub struct SearchForm {
    pub q: String,
    pub sector: String,
    pub types: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub targets: Vec<Choice>,
    pub owner_kinds: Vec<Choice>,
    pub errors: FieldErrors,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/profiles.html")]
struct MarketplacePage {
    layout: Layout,
    filters: SearchForm,
    cards: Vec<ProfileCard>,
    pager: Pager,
    has_party: bool,
    reviews: bool,
    can_create: bool,
    /// The SME member's own recommendations.
    partners_link: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn marketplace(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> Result<Response, AppError> {
    let (filter, errors) = params.lenient_filter();
    let (profiles, total) = ops::search(&state.db, &filter, params.page_window()).await?;
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let page = MarketplacePage {
        layout: Layout::new(crate::t("mm-marketplace"), Some(&actor), "profiles"),
        filters: SearchForm {
            q: value(&params.q),
            sector: value(&params.sector),
            types: type_choices(params.kind.as_deref().unwrap_or("")),
            countries: country_choices(params.country.as_deref().unwrap_or("")),
            targets: country_choices(params.target.as_deref().unwrap_or("")),
            owner_kinds: owner_kind_choices(params.owner_kind.as_deref().unwrap_or("")),
            errors,
        },
        cards: profiles.into_iter().map(ProfileCard::new).collect(),
        pager: pager(&params, total),
        has_party: access::own_party(&actor).is_some(),
        reviews: reviews_profiles(&actor),
        can_create: may_write_profiles(&actor),
        partners_link: actor
            .sme_id
            .filter(|_| actor.role == Role::Sme)
            .map(|id| format!("/smes/{id}/partners")),
    };
    Ok(page.into_response())
}

// ---------------------------------------------------------------------------
// The profile form
// ---------------------------------------------------------------------------

/// The profile form as posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileFormData {
    owner: String,
    #[serde(rename = "type")]
    kind: String,
    title: String,
    description: String,
    sectors: String,
    keywords: String,
    target_countries: String,
    stage: String,
    expires_on: String,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
    /// `yes` when "Submit for review" was pressed.
    submit: String,
    /// The version of the profile the form was filled from (edits only).
    version: String,
}

impl ProfileFormData {
    fn to_input(&self) -> ProfileInput {
        let mut unreadable = FieldErrors::new();
        ProfileInput {
            kind: self.kind.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            sectors: super::codes(&self.sectors),
            keywords: split_list(&self.keywords),
            target_countries: super::codes(&self.target_countries),
            stage: self.stage.clone(),
            expires_on: date_field("expires_on", &self.expires_on, &mut unreadable),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
            contact_phone: self.contact_phone.clone(),
            unreadable,
        }
    }

    fn from_input(input: &ProfileInput) -> Self {
        Self {
            owner: String::new(),
            kind: input.kind.clone(),
            title: input.title.clone(),
            description: input.description.clone(),
            sectors: input.sectors.join(", "),
            keywords: input.keywords.join(", "),
            target_countries: input.target_countries.join(", "),
            stage: input.stage.clone(),
            expires_on: input.expires_on.map(|d| d.to_string()).unwrap_or_default(),
            contact_name: input.contact_name.clone(),
            contact_email: input.contact_email.clone(),
            contact_phone: input.contact_phone.clone(),
            submit: String::new(),
            version: String::new(),
        }
    }

    fn wants_submit(&self) -> bool {
        self.submit == "yes"
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/profile_form.html")]
struct ProfileFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    values: ProfileFormData,
    types: Vec<Choice>,
    stages: Vec<Choice>,
    /// The owner can be named (managers and the coordinator, on a new profile).
    owner_field: bool,
    owner_hint: String,
    /// An existing profile (no owner, "Save changes").
    editing: bool,
    /// The profile can be sent for review from the form.
    can_submit: bool,
    /// The actor's submission is published at once.
    publishes: bool,
    errors: FieldErrors,
}

fn profile_form(
    actor: &Actor,
    target: Option<&Profile>,
    values: ProfileFormData,
    errors: FieldErrors,
) -> Response {
    let (heading, action, cancel) = match target {
        Some(p) => (
            crate::t1("mm-edit-title", "title", &p.title),
            format!("/profiles/{}/edit", p.id),
            format!("/profiles/{}", p.id),
        ),
        None => (
            crate::t("mm-new-cooperation-profile"),
            "/profiles/new".to_string(),
            "/profiles".to_string(),
        ),
    };
    let status = form_status(&errors);
    let owner_hint = if actor.is_admin() {
        crate::t("mm-owner-hint-admin")
    } else {
        crate::t("mm-owner-hint")
    };
    let page = ProfileFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "profiles"),
        heading,
        action,
        cancel,
        types: type_choices(&values.kind),
        stages: stage_choices(&values.stage),
        owner_field: target.is_none() && reviews_profiles(actor),
        owner_hint,
        editing: target.is_some(),
        can_submit: target.is_none_or(|p| {
            matches!(
                p.status,
                ProfileStatus::Draft | ProfileStatus::Rejected | ProfileStatus::Withdrawn
            )
        }),
        publishes: reviews_profiles(actor),
        values,
        errors,
    };
    (status, page).into_response()
}

#[tracing::instrument(skip_all)]
pub async fn new_profile(actor: Actor) -> Result<Response, AppError> {
    if !may_write_profiles(&actor) {
        return Err(AppError::Forbidden);
    }
    let values = ProfileFormData {
        contact_name: actor.display_name.clone(),
        contact_email: actor.email.clone(),
        ..Default::default()
    };
    Ok(profile_form(&actor, None, values, FieldErrors::new()))
}

#[tracing::instrument(skip_all)]
pub async fn create_profile(
    State(state): State<AppState>,
    form: CsrfForm<ProfileFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let named = match form.owner.trim() {
        "" => None,
        key => match Party::parse_key(key) {
            Ok(party) => Some(party),
            Err(message) => {
                let errors = FieldErrors::single("owner", message);
                return Ok(profile_form(&actor, None, form, errors));
            }
        },
    };
    let created = match ops::owner_for(&actor, named) {
        Ok(owner) => {
            ops::create(
                &state.db,
                &actor,
                owner,
                &form.to_input(),
                form.wants_submit(),
            )
            .await
        }
        Err(error) => Err(error),
    };
    match created {
        Ok(id) => Ok(Redirect::to(&format!("/profiles/{id}")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            Ok(profile_form(&actor, None, form, errors))
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_profile(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let detail = ops::detail(&state.db, &actor, id).await?;
    if !detail.can_edit {
        return Err(AppError::Forbidden);
    }
    let values = ProfileFormData {
        version: detail.profile.version().to_string(),
        ..ProfileFormData::from_input(&ops::input_of(&detail.profile))
    };
    Ok(profile_form(
        &actor,
        Some(&detail.profile),
        values,
        FieldErrors::new(),
    ))
}

#[tracing::instrument(skip_all)]
pub async fn update_profile(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ProfileFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let current = ops::visible(&state.db, &actor, id).await?;
    let input = form.to_input();
    let seen = posted_version(&form.version);
    let mut saved = ops::update(&state.db, &actor, id, seen, |_| input).await;
    if saved.is_ok() && form.wants_submit() {
        saved = ops::act(&state.db, &actor, id, Transition::Submit, "")
            .await
            .map(|_| ());
    }
    match saved {
        Ok(()) => Ok(Redirect::to(&format!("/profiles/{id}")).into_response()),
        Err(error) => {
            form.version = version_after(&error, &form.version, current.version());
            let errors = rejected(error)?;
            Ok(profile_form(&actor, Some(&current), form, errors))
        }
    }
}

// ---------------------------------------------------------------------------
// One profile
// ---------------------------------------------------------------------------

/// What a refused action leaves on the profile page.
#[derive(Default)]
struct ProfileFeedback {
    alert: Option<String>,
    intro_message: String,
    intro_error: Option<String>,
    /// The note of a refused send-back, to show it again.
    reject_note: String,
    status: Option<StatusCode>,
}

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/profile.html")]
struct ProfilePage {
    layout: Layout,
    detail: ProfileDetail,
    card: ProfileCard,
    targets: Vec<String>,
    can_submit: bool,
    can_withdraw: bool,
    can_renew: bool,
    can_decide: bool,
    partners: Vec<PartnerCard>,
    alert: Option<String>,
    intro_message: String,
    intro_error: Option<String>,
    reject_note: String,
}

async fn profile_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    feedback: ProfileFeedback,
) -> Result<Response, AppError> {
    let detail = ops::detail(&state.db, actor, id).await?;
    let partners = partner_cards(recommend::for_profile(&state.db, actor, id, PARTNERS).await?);
    let profile = &detail.profile;
    let today = Utc::now().date_naive();
    let status = profile.status;
    let page = ProfilePage {
        layout: Layout::new(profile.title.clone(), Some(actor), "profiles"),
        targets: profile
            .target_countries
            .iter()
            .map(|c| c.name_t().to_string())
            .collect(),
        can_submit: detail.can_edit
            && matches!(
                status,
                ProfileStatus::Draft | ProfileStatus::Rejected | ProfileStatus::Withdrawn
            ),
        can_withdraw: detail.can_edit && status != ProfileStatus::Withdrawn,
        can_renew: detail.can_edit
            && status == ProfileStatus::Published
            && (profile.expires_on - today).num_days() <= RENEWAL_WINDOW_DAYS,
        can_decide: detail.can_review && status == ProfileStatus::Submitted,
        card: ProfileCard::new(profile.clone()),
        partners,
        alert: feedback.alert,
        intro_message: feedback.intro_message,
        intro_error: feedback.intro_error,
        reject_note: feedback.reject_note,
        detail,
    };
    Ok((feedback.status.unwrap_or(StatusCode::OK), page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn profile(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    profile_page(&state, &actor, id, ProfileFeedback::default()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    action: String,
    note: String,
    /// `review` to return to the review queue.
    back: String,
}

#[tracing::instrument(skip_all)]
pub async fn act(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ActionForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let action = Transition::parse(&form.action).map_err(AppError::BadRequest)?;
    match ops::act(&state.db, &actor, id, action, &form.note).await {
        Ok(_) if form.back == "review" => Ok(Redirect::to("/profiles/review").into_response()),
        Ok(_) => Ok(Redirect::to(&format!("/profiles/{id}")).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let feedback = ProfileFeedback {
                alert: Some(errors.one_line()),
                status: Some(status),
                reject_note: match action {
                    Transition::Reject => form.note,
                    _ => String::new(),
                },
                ..Default::default()
            };
            profile_page(&state, &actor, id, feedback).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IntroductionForm {
    message: String,
}

#[tracing::instrument(skip_all)]
pub async fn ask_introduction(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<IntroductionForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    match ops::ask_introduction(&state.db, &actor, id, &form.message).await {
        Ok(_) => Ok(Redirect::to(&format!("/profiles/{id}#introduction")).into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            let intro_error = errors.get("message").map(String::from);
            let mut others = FieldErrors::new();
            for (field, message) in errors.iter().filter(|(f, _)| *f != "message") {
                others.add(field, message);
            }
            let errors = others;
            let feedback = ProfileFeedback {
                alert: (!errors.is_empty()).then(|| errors.one_line()),
                intro_message: form.message,
                intro_error,
                status: Some(status),
                ..Default::default()
            };
            profile_page(&state, &actor, id, feedback).await
        }
    }
}

// ---------------------------------------------------------------------------
// My profiles and introductions
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/mine.html")]
struct MinePage {
    layout: Layout,
    has_party: bool,
    cards: Vec<ProfileCard>,
    incoming: Vec<Introduction>,
    outgoing: Vec<Introduction>,
    alert: Option<String>,
}

async fn mine_page(
    state: &AppState,
    actor: &Actor,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let party = access::own_party(actor);
    let cards = ops::mine(&state.db, actor)
        .await?
        .into_iter()
        .map(ProfileCard::new)
        .collect();
    let (incoming, outgoing) = ops::introductions(&state.db, actor)
        .await?
        .into_iter()
        .partition(|i| Some(i.owner) == party);
    let page = MinePage {
        layout: Layout::new(crate::t("mm-my-profiles"), Some(actor), "profiles"),
        has_party: party.is_some(),
        cards,
        incoming,
        outgoing,
        alert,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn mine(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    mine_page(&state, &actor, None, StatusCode::OK).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IntroductionAnswerForm {
    /// `yes` or `no`.
    accept: String,
}

#[tracing::instrument(skip_all)]
pub async fn answer_introduction(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<IntroductionAnswerForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let accept = match form.accept.as_str() {
        "yes" => true,
        "no" => false,
        other => {
            return Err(AppError::BadRequest(format!(
                "`{other}` is not an answer (yes or no)"
            )));
        }
    };
    match ops::answer_introduction(&state.db, &actor, id, accept).await {
        Ok(()) => Ok(Redirect::to("/profiles/mine#introductions").into_response()),
        Err(error) => {
            let status = refusal_status(&error);
            let errors = rejected(error)?;
            mine_page(&state, &actor, Some(errors.one_line()), status).await
        }
    }
}

// ---------------------------------------------------------------------------
// The review queue
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/review.html")]
struct ReviewPage {
    layout: Layout,
    cards: Vec<ProfileCard>,
}

#[tracing::instrument(skip_all)]
pub async fn review_queue(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    if !reviews_profiles(&actor) {
        return Err(AppError::Forbidden);
    }
    let cards = ops::review_queue(&state.db, &actor)
        .await?
        .into_iter()
        .map(ProfileCard::new)
        .collect();
    Ok(ReviewPage {
        layout: Layout::new(crate::t("mm-profiles-to-review"), Some(&actor), "profiles"),
        cards,
    }
    .into_response())
}

// ---------------------------------------------------------------------------
// Partners for an SME
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "matchmaking/partners.html")]
struct PartnersPage {
    layout: Layout,
    sme_id: i64,
    sme_name: String,
    partners: Vec<PartnerCard>,
}

#[tracing::instrument(skip_all)]
pub async fn sme_partners(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let sme = crate::registry::visible_sme(&state.db, &actor, id).await?;
    let partners = partner_cards(recommend::for_sme(&state.db, &actor, id, PARTNERS).await?);
    Ok(PartnersPage {
        layout: Layout::new(
            crate::t1("mm-partners-for", "name", &sme.name),
            Some(&actor),
            "profiles",
        ),
        sme_id: id,
        sme_name: sme.name,
        partners,
    }
    .into_response())
}
