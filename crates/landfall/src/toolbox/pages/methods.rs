//! The methods library's pages: the library with its indicators, a method
//! with its pilots, and the forms to publish methods and report on pilots.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{SECTION, organisation_choices};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::toolbox::model::methods::{
    self as rules, MethodInput, MethodKind, Novelty, PilotInput, PilotStatus, Theme,
    materials_from_lines, materials_to_lines,
};
use crate::toolbox::operations::methods as ops;
use crate::toolbox::store::methods::{Method, Pilot};
use crate::validation::FieldErrors;
use crate::validation::version_of;
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::forms::{
    Choice, date_field, form_status, posted_version, refused_fields, version_after, whole_number,
};
use crate::web::{ApiQuery, AppError, Id, Layout};

/// One of the library's indicators as its table shows it.
pub struct IndicatorRow {
    pub key: &'static str,
    pub name: String,
    pub definition: String,
    pub value: i64,
    pub target: i64,
    pub progress: u32,
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/methods.html")]
struct LibraryPage {
    layout: Layout,
    methods: Vec<Method>,
    kinds: Vec<Choice>,
    themes: Vec<Choice>,
    q: String,
    indicators: Vec<IndicatorRow>,
    chart: String,
    can_publish: bool,
    can_set_targets: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LibraryQuery {
    kind: Option<String>,
    theme: Option<String>,
    q: Option<String>,
}

fn choices<T: Copy + PartialEq>(
    all: &[T],
    selected: Option<T>,
    word: impl Fn(T) -> (&'static str, String),
) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            let (value, label) = word(*v);
            Choice::new(value, label, Some(*v) == selected)
        })
        .collect()
}

#[tracing::instrument(skip_all)]
pub async fn library(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<LibraryQuery>,
) -> Result<Response, AppError> {
    let kind = query
        .kind
        .as_deref()
        .and_then(|k| MethodKind::parse(k).ok());
    let theme = query.theme.as_deref().and_then(|t| Theme::parse(t).ok());
    let q = query.q.unwrap_or_default().trim().to_string();
    let methods = ops::library(&state.db, kind, theme, Some(&q)).await?;
    let indicators: Vec<IndicatorRow> = ops::indicators(&state.db)
        .await?
        .into_iter()
        .map(|i| {
            let (name, definition) = i.name_and_definition_t();
            IndicatorRow {
                progress: i.progress(),
                key: i.key,
                name,
                definition,
                value: i.value,
                target: i.target,
            }
        })
        .collect();
    let bars: Vec<Bar> = indicators
        .iter()
        .map(|i| Bar {
            label: i.name.to_string(),
            value: u64::from(i.progress.min(100)),
            extra: 0,
        })
        .collect();
    Ok(LibraryPage {
        layout: Layout::new(crate::t("tb-methods-and-tools"), Some(&actor), SECTION),
        methods,
        kinds: choices(MethodKind::ALL, kind, |k| (k.as_str(), k.label_t())),
        themes: choices(Theme::ALL, theme, |t| (t.as_str(), t.label_t())),
        q,
        chart: horizontal_bars(&crate::t("tb-chart-methods"), &bars, 100),
        indicators,
        can_publish: rules::can_publish(&actor),
        can_set_targets: rules::can_set_targets(&actor),
    }
    .into_response())
}

/// One target on the targets form: the indicator it is for, and the number
/// in the field.
pub struct TargetRow {
    pub key: &'static str,
    pub name: String,
    pub definition: String,
    pub value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/targets.html")]
struct TargetsPage {
    layout: Layout,
    rows: Vec<TargetRow>,
    errors: FieldErrors,
}

/// The targets form as typed, by indicator key.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct TargetsForm {
    presented: String,
    new_or_improved_tools: String,
    initiating: String,
    informed: String,
}

impl TargetsForm {
    fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("presented", &self.presented),
            ("new_or_improved_tools", &self.new_or_improved_tools),
            ("initiating", &self.initiating),
            ("informed", &self.informed),
        ]
    }
}

async fn targets_page(
    state: &AppState,
    actor: &Actor,
    typed: Option<&TargetsForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    if !rules::can_set_targets(actor) {
        return Err(AppError::Forbidden);
    }
    let current = ops::indicators(&state.db).await?;
    let rows = current
        .into_iter()
        .map(|i| {
            let (name, definition) = i.name_and_definition_t();
            let value = typed
                .and_then(|t| t.fields().into_iter().find(|(k, _)| *k == i.key))
                .map_or_else(|| i.target.to_string(), |(_, v)| v.to_string());
            TargetRow {
                key: i.key,
                name,
                definition,
                value,
            }
        })
        .collect();
    let status = form_status(&errors);
    let page = TargetsPage {
        layout: Layout::new(crate::t("tb-targets-heading"), Some(actor), SECTION),
        rows,
        errors,
    };
    Ok((status, page).into_response())
}

/// The coordinator's form for the library's targets.
#[tracing::instrument(skip_all)]
pub async fn targets(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    targets_page(&state, &actor, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn set_targets(
    State(state): State<AppState>,
    form: CsrfForm<TargetsForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut unreadable = FieldErrors::new();
    let given: Vec<(&str, Option<i64>)> = form
        .fields()
        .into_iter()
        .map(|(key, typed)| {
            let value = whole_number(key, typed, &mut unreadable);
            if value.is_none() && !unreadable.contains(key) {
                unreadable.add(key, crate::t("val-required"));
            }
            (key, value)
        })
        .collect();
    match ops::set_targets(&state.db, &actor, &given, unreadable).await {
        Ok(()) => Ok(Redirect::to("/methods").into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            targets_page(&state, &actor, Some(&form), errors).await
        }
    }
}

/// A pilot as the method's page shows it.
pub struct PilotRow {
    pub pilot: Pilot,
    pub can_edit: bool,
}

/// The form to register or report on a pilot, as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PilotForm {
    organisation_id: String,
    starts_on: String,
    status: String,
    informed: String,
    adopting: String,
    results: String,
}

impl PilotForm {
    fn to_input(&self) -> PilotInput {
        let mut unreadable = FieldErrors::new();
        PilotInput {
            starts_on: date_field("starts_on", &self.starts_on, &mut unreadable),
            status: self.status.clone(),
            informed: whole_number("informed", &self.informed, &mut unreadable),
            adopting: whole_number("adopting", &self.adopting, &mut unreadable),
            results: self.results.clone(),
            unreadable,
        }
    }

    fn from_input(input: &PilotInput) -> Self {
        Self {
            starts_on: input.starts_on.map(|d| d.to_string()).unwrap_or_default(),
            status: input.status.clone(),
            informed: input.informed.map(|n| n.to_string()).unwrap_or_default(),
            adopting: input.adopting.map(|n| n.to_string()).unwrap_or_default(),
            results: input.results.clone(),
            ..Default::default()
        }
    }
}

fn statuses(selected: &str) -> Vec<Choice> {
    PilotStatus::ALL
        .iter()
        .map(|s| Choice::new(s.as_str(), s.label_t(), s.as_str() == selected))
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/method.html")]
struct MethodPage {
    layout: Layout,
    method: Method,
    pilots: Vec<PilotRow>,
    informed: i64,
    adopting: i64,
    can_edit: bool,
    can_pilot: bool,
    organisations: Vec<Choice>,
    statuses: Vec<Choice>,
    values: PilotForm,
    errors: FieldErrors,
}

async fn method_page(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    values: PilotForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let method = ops::by_slug(&state.db, slug).await?;
    let pilots: Vec<PilotRow> = ops::pilots(&state.db, method.id)
        .await?
        .into_iter()
        .map(|pilot| PilotRow {
            can_edit: rules::can_edit_pilot(actor, pilot.organisation.id),
            pilot,
        })
        .collect();
    // Admins pilot on an organisation's behalf; managers of other
    // organisations than the publisher for their own.
    let can_pilot = actor.is_admin()
        || actor
            .organisation_id
            .is_some_and(|own| rules::can_pilot(actor, method.publisher.id, own));
    let organisations = if actor.is_admin() {
        organisation_choices(&state.db, &values.organisation_id)
            .await?
            .into_iter()
            .filter(|c| c.value != method.publisher.id.to_string())
            .collect()
    } else {
        Vec::new()
    };
    let status = form_status(&errors);
    let page = MethodPage {
        layout: Layout::new(method.title.clone(), Some(actor), SECTION),
        informed: pilots.iter().map(|p| p.pilot.informed).sum(),
        adopting: pilots.iter().map(|p| p.pilot.adopting).sum(),
        can_edit: rules::can_edit_method(actor, method.publisher.id),
        can_pilot,
        statuses: statuses(&values.status),
        organisations,
        method,
        pilots,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn method(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let values = PilotForm {
        status: PilotStatus::Planned.as_str().into(),
        ..Default::default()
    };
    method_page(&state, &actor, &slug, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn add_pilot(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: CsrfForm<PilotForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let method = ops::by_slug(&state.db, &slug).await?;
    let organisation_id = form.organisation_id.trim().parse().ok();
    match ops::add_pilot(
        &state.db,
        &actor,
        method.id,
        organisation_id,
        &form.to_input(),
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/methods/{slug}#pilots")).into_response()),
        Err(error) => method_page(&state, &actor, &slug, form, refused_fields(error)?).await,
    }
}

/// The method form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct MethodForm {
    organisation_id: String,
    title: String,
    kind: String,
    novelty: String,
    theme: String,
    summary: String,
    description: String,
    /// One link a line: `title | address`.
    materials: String,
    presented_on: String,
    /// The version of the method the form was filled from (empty for a new
    /// one).
    version: String,
}

impl MethodForm {
    fn to_input(&self) -> MethodInput {
        let mut unreadable = FieldErrors::new();
        MethodInput {
            title: self.title.clone(),
            kind: self.kind.clone(),
            novelty: self.novelty.clone(),
            theme: self.theme.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            materials: materials_from_lines(&self.materials),
            presented_on: date_field("presented_on", &self.presented_on, &mut unreadable),
            unreadable,
        }
    }

    fn from_input(input: &MethodInput) -> Self {
        Self {
            title: input.title.clone(),
            kind: input.kind.clone(),
            novelty: input.novelty.clone(),
            theme: input.theme.clone(),
            summary: input.summary.clone(),
            description: input.description.clone(),
            materials: materials_to_lines(&input.materials),
            presented_on: input
                .presented_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            ..Default::default()
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/method_form.html")]
struct MethodFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    values: MethodForm,
    organisations: Vec<Choice>,
    kinds: Vec<Choice>,
    novelties: Vec<Choice>,
    themes: Vec<Choice>,
    errors: FieldErrors,
}

async fn method_form(
    state: &AppState,
    actor: &Actor,
    slug: Option<&str>,
    values: MethodForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (heading, action, cancel) = match slug {
        Some(slug) => (
            crate::t1("tb-edit-named", "name", &values.title),
            format!("/methods/{slug}/edit"),
            format!("/methods/{slug}"),
        ),
        None => (
            crate::t("tb-publish-method"),
            "/methods/new".to_string(),
            "/methods".to_string(),
        ),
    };
    let organisations = if slug.is_none() && actor.is_admin() {
        organisation_choices(&state.db, &values.organisation_id).await?
    } else {
        Vec::new()
    };
    let status = form_status(&errors);
    let page = MethodFormPage {
        layout: Layout::new(heading.clone(), Some(actor), SECTION),
        kinds: choices(MethodKind::ALL, MethodKind::parse(&values.kind).ok(), |k| {
            (k.as_str(), k.label_t())
        }),
        novelties: choices(Novelty::ALL, Novelty::parse(&values.novelty).ok(), |n| {
            (n.as_str(), n.label_t())
        }),
        themes: choices(Theme::ALL, Theme::parse(&values.theme).ok(), |t| {
            (t.as_str(), t.label_t())
        }),
        heading,
        action,
        cancel,
        organisations,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_method(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    if !rules::can_publish(&actor) {
        return Err(AppError::Forbidden);
    }
    method_form(
        &state,
        &actor,
        None,
        MethodForm::default(),
        FieldErrors::new(),
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn create_method(
    State(state): State<AppState>,
    form: CsrfForm<MethodForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let organisation_id = form.organisation_id.trim().parse().ok();
    match ops::create(&state.db, &actor, organisation_id, &form.to_input()).await {
        Ok((_, slug)) => Ok(Redirect::to(&format!("/methods/{slug}")).into_response()),
        Err(error) => method_form(&state, &actor, None, form, refused_fields(error)?).await,
    }
}

async fn editable(state: &AppState, actor: &Actor, slug: &str) -> Result<Method, AppError> {
    let method = ops::by_slug(&state.db, slug).await?;
    if !rules::can_edit_method(actor, method.publisher.id) {
        return Err(AppError::Forbidden);
    }
    Ok(method)
}

#[tracing::instrument(skip_all)]
pub async fn edit_method(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let method = editable(&state, &actor, &slug).await?;
    let values = MethodForm {
        version: version_of(method.updated_at).to_string(),
        ..MethodForm::from_input(&ops::input_of(&method))
    };
    method_form(&state, &actor, Some(&slug), values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_method(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: CsrfForm<MethodForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let method = editable(&state, &actor, &slug).await?;
    let input = form.to_input();
    let seen = posted_version(&form.version);
    match ops::update(&state.db, &actor, method.id, seen, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/methods/{slug}")).into_response()),
        Err(error) => {
            let now = editable(&state, &actor, &slug).await?;
            form.version = version_after(&error, &form.version, version_of(now.updated_at));
            method_form(&state, &actor, Some(&slug), form, refused_fields(error)?).await
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/pilot_form.html")]
struct PilotFormPage {
    layout: Layout,
    pilot: Pilot,
    method: Method,
    values: PilotForm,
    statuses: Vec<Choice>,
    errors: FieldErrors,
}

async fn pilot_form(
    state: &AppState,
    actor: &Actor,
    id: i64,
    values: Option<PilotForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let pilot = ops::pilot(&state.db, id).await?;
    if !rules::can_edit_pilot(actor, pilot.organisation.id) {
        return Err(AppError::Forbidden);
    }
    let method = ops::by_id(&state.db, pilot.method_id).await?;
    let values = values.unwrap_or_else(|| PilotForm::from_input(&ops::pilot_input(&pilot)));
    let status = form_status(&errors);
    let page = PilotFormPage {
        layout: Layout::new(
            crate::t2(
                "tb-pilot-title",
                "method",
                &method.title,
                "organisation",
                &pilot.organisation.name,
            ),
            Some(actor),
            SECTION,
        ),
        statuses: statuses(&values.status),
        pilot,
        method,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn edit_pilot(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    pilot_form(&state, &actor, id, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_pilot(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<PilotForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let input = form.to_input();
    match ops::update_pilot(&state.db, &actor, id, |_| input).await {
        Ok(()) => {
            let pilot = ops::pilot(&state.db, id).await?;
            let method = ops::by_id(&state.db, pilot.method_id).await?;
            Ok(Redirect::to(&format!("/methods/{}#pilots", method.slug)).into_response())
        }
        Err(error) => pilot_form(&state, &actor, id, Some(form), refused_fields(error)?).await,
    }
}
