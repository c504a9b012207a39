//! The instrument catalogue's pages: grouped and searchable, one page per
//! instrument, and the form to add or change one.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{CostRow, EmptyForm, SECTION, cost_inputs, cost_rows, organisation_choices};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::i18n::money;
use crate::registry::model::eur_input_value;
use crate::toolbox::model::budget::costs_total;
use crate::toolbox::model::instruments::{self as rules, InstrumentGroup, InstrumentInput};
use crate::toolbox::model::lines;
use crate::toolbox::model::plans::DEFAULT_DAY_RATE_CENTS;
use crate::toolbox::operations::instruments as ops;
use crate::toolbox::store::instruments::Instrument;
use crate::validation::FieldErrors;
use crate::validation::version_of;
use crate::web::forms::{
    Choice, form_status, posted_version, refused_fields, version_after, whole_number,
};
use crate::web::{ApiQuery, AppError, Layout};

/// An instrument in the catalogue's list.
pub struct InstrumentCard {
    pub slug: String,
    pub name: String,
    pub summary: String,
    pub days: i32,
    pub costs: String,
    /// "Network catalogue" or the organisation that added it.
    pub owner: String,
}

impl From<&Instrument> for InstrumentCard {
    fn from(i: &Instrument) -> Self {
        Self {
            slug: i.slug.clone(),
            name: i.name.clone(),
            summary: i.summary.clone(),
            days: i.budget_days,
            costs: money(costs_total(&i.costs)),
            owner: i.owner.as_ref().map_or_else(
                || crate::t("tb-network-catalogue-owner"),
                |o| o.name.clone(),
            ),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/instruments.html")]
struct CataloguePage {
    layout: Layout,
    groups: Vec<(InstrumentGroup, Vec<InstrumentCard>)>,
    group_choices: Vec<Choice>,
    q: String,
    /// "3 instruments", in the language of the page.
    count_label: String,
    can_add: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CatalogueQuery {
    group: Option<String>,
    q: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn catalogue(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<CatalogueQuery>,
) -> Result<Response, AppError> {
    let group = query
        .group
        .as_deref()
        .and_then(|g| InstrumentGroup::parse(g).ok());
    let q = query.q.unwrap_or_default().trim().to_string();
    let list = ops::catalogue(&state.db, group, Some(&q)).await?;
    let groups = InstrumentGroup::ALL
        .iter()
        .map(|g| {
            let cards = list
                .iter()
                .filter(|i| i.group == *g)
                .map(InstrumentCard::from)
                .collect::<Vec<_>>();
            (*g, cards)
        })
        .filter(|(_, cards)| !cards.is_empty())
        .collect();
    let group_choices = InstrumentGroup::ALL
        .iter()
        .map(|g| Choice::new(g.as_str(), g.label_t(), Some(*g) == group))
        .collect();
    Ok(CataloguePage {
        layout: Layout::new(crate::t("tb-instruments"), Some(&actor), SECTION),
        count_label: crate::tn("tb-instrument-count", list.len()),
        groups,
        group_choices,
        q,
        can_add: rules::can_add(&actor),
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/instrument.html")]
struct InstrumentPage {
    layout: Layout,
    instrument: Instrument,
    costs: Vec<(String, String)>,
    costs_total: String,
    /// One use at the default day rate: work plus costs.
    estimate: String,
    day_rate: String,
    owner: String,
    can_edit: bool,
    alert: Option<String>,
}

async fn instrument_page(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    alert: Option<String>,
) -> Result<Response, AppError> {
    let instrument = ops::by_slug(&state.db, slug).await?;
    let total = costs_total(&instrument.costs);
    let status = if alert.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let page = InstrumentPage {
        layout: Layout::new(instrument.name.clone(), Some(actor), SECTION),
        costs: instrument
            .costs
            .iter()
            .map(|c| (c.label.clone(), money(c.amount_cents)))
            .collect(),
        costs_total: money(total),
        estimate: money(i64::from(instrument.budget_days) * DEFAULT_DAY_RATE_CENTS + total),
        day_rate: money(DEFAULT_DAY_RATE_CENTS),
        owner: InstrumentCard::from(&instrument).owner,
        can_edit: rules::can_edit(actor, instrument.owner_id()),
        instrument,
        alert,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn instrument(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    instrument_page(&state, &actor, &slug, None).await
}

/// The instrument form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstrumentForm {
    organisation_id: String,
    group: String,
    name: String,
    summary: String,
    description: String,
    benefits: String,
    business_model: String,
    budget_days: String,
    cost_label: Vec<String>,
    cost_amount: Vec<String>,
    budget_note: String,
    kpis: String,
    /// The version of the instrument the form was filled from (empty for a
    /// new one).
    version: String,
}

impl InstrumentForm {
    fn to_input(&self) -> InstrumentInput {
        let mut unreadable = FieldErrors::new();
        let budget_days = whole_number("budget_days", &self.budget_days, &mut unreadable);
        let costs = cost_inputs(&self.cost_label, &self.cost_amount, &mut unreadable);
        InstrumentInput {
            group: self.group.clone(),
            name: self.name.clone(),
            summary: self.summary.clone(),
            description: self.description.clone(),
            benefits: lines(&self.benefits),
            business_model: self.business_model.clone(),
            budget_days,
            costs,
            budget_note: self.budget_note.clone(),
            kpis: lines(&self.kpis),
            unreadable,
        }
    }

    fn from_input(input: &InstrumentInput) -> Self {
        Self {
            group: input.group.clone(),
            name: input.name.clone(),
            summary: input.summary.clone(),
            description: input.description.clone(),
            benefits: input.benefits.join("\n"),
            business_model: input.business_model.clone(),
            budget_days: input.budget_days.map(|d| d.to_string()).unwrap_or_default(),
            cost_label: input.costs.iter().map(|c| c.label.clone()).collect(),
            cost_amount: input
                .costs
                .iter()
                .map(|c| c.amount_cents.map(eur_input_value).unwrap_or_default())
                .collect(),
            budget_note: input.budget_note.clone(),
            kpis: input.kpis.join("\n"),
            ..Default::default()
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/instrument_form.html")]
struct InstrumentFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    values: InstrumentForm,
    cost_rows: Vec<CostRow>,
    groups: Vec<Choice>,
    organisations: Vec<Choice>,
    errors: FieldErrors,
}

async fn form_page(
    state: &AppState,
    actor: &Actor,
    slug: Option<&str>,
    values: InstrumentForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (heading, action, cancel) = match slug {
        Some(slug) => (
            crate::t1("tb-edit-named", "name", &values.name),
            format!("/instruments/{slug}/edit"),
            format!("/instruments/{slug}"),
        ),
        None => (
            crate::t("tb-new-instrument"),
            "/instruments/new".to_string(),
            "/instruments".to_string(),
        ),
    };
    // Admins add to the network's catalogue or for an organisation.
    let organisations = if slug.is_none() && actor.is_admin() {
        organisation_choices(&state.db, &values.organisation_id).await?
    } else {
        Vec::new()
    };
    let groups = InstrumentGroup::ALL
        .iter()
        .map(|g| Choice::new(g.as_str(), g.label_t(), values.group == g.as_str()))
        .collect();
    let status = form_status(&errors);
    let page = InstrumentFormPage {
        layout: Layout::new(heading.clone(), Some(actor), SECTION),
        heading,
        action,
        cancel,
        cost_rows: cost_rows(&values.cost_label, &values.cost_amount),
        values,
        groups,
        organisations,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_instrument(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    if !rules::can_add(&actor) {
        return Err(AppError::Forbidden);
    }
    form_page(
        &state,
        &actor,
        None,
        InstrumentForm::default(),
        FieldErrors::new(),
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn create_instrument(
    State(state): State<AppState>,
    form: CsrfForm<InstrumentForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let organisation_id = form.organisation_id.trim().parse().ok();
    match ops::create(&state.db, &actor, organisation_id, &form.to_input()).await {
        Ok((_, slug)) => Ok(Redirect::to(&format!("/instruments/{slug}")).into_response()),
        Err(error) => form_page(&state, &actor, None, form, refused_fields(error)?).await,
    }
}

/// The instrument, if the actor may change it.
async fn editable(state: &AppState, actor: &Actor, slug: &str) -> Result<Instrument, AppError> {
    let instrument = ops::by_slug(&state.db, slug).await?;
    if !rules::can_edit(actor, instrument.owner_id()) {
        return Err(AppError::Forbidden);
    }
    Ok(instrument)
}

#[tracing::instrument(skip_all)]
pub async fn edit_instrument(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let instrument = editable(&state, &actor, &slug).await?;
    let values = InstrumentForm {
        version: version_of(instrument.updated_at).to_string(),
        ..InstrumentForm::from_input(&ops::input_of(&instrument))
    };
    form_page(&state, &actor, Some(&slug), values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_instrument(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: CsrfForm<InstrumentForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let instrument = editable(&state, &actor, &slug).await?;
    let input = form.to_input();
    let seen = posted_version(&form.version);
    match ops::update(&state.db, &actor, instrument.id, seen, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/instruments/{slug}")).into_response()),
        Err(error) => {
            let now = editable(&state, &actor, &slug).await?;
            form.version = version_after(&error, &form.version, version_of(now.updated_at));
            form_page(&state, &actor, Some(&slug), form, refused_fields(error)?).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn delete_instrument(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    let instrument = editable(&state, &actor, &slug).await?;
    match ops::delete(&state.db, &actor, instrument.id).await {
        Ok(()) => Ok(Redirect::to("/instruments").into_response()),
        Err(AppError::Conflict { message, .. }) => {
            instrument_page(&state, &actor, &slug, Some(message)).await
        }
        Err(error) => Err(error),
    }
}
