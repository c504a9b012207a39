//! HTML pages of the registry: lists with search and filters, detail pages,
//! create and edit forms, and the public directory.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{
    self, ContactInput, ListFilter, ListParams, OrganisationInput, OrganisationKind, Service,
    SmeInput, can_see_private, parse_eur_cents, split_list,
};
use super::reference;
use super::{Organisation, OrganisationRef, Sme, store};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::validation::FieldErrors;
use crate::web::forms::form_status;
use crate::web::forms::{
    Choice, Pager, posted_version, refused_fields, version_after, whole_number,
};
use crate::web::{ApiQuery, AppError, Id, Layout};

// ---------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------

fn pager(path: &str, params: &ListParams, total: u64) -> Pager {
    Pager::new(
        path,
        &[
            ("q", &params.q),
            ("kind", &params.kind),
            ("country", &params.country),
            ("sector", &params.sector),
            ("home_organisation", &params.home_organisation),
            ("target_market", &params.target_market),
        ],
        params.page_number(),
        model::PAGE_SIZE,
        total,
    )
}

fn kind_choices(selected: &str) -> Vec<Choice> {
    OrganisationKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), k.label_t(), k.as_str() == selected))
        .collect()
}

/// Every country for a menu, by its name in the language of the page.
pub(crate) fn country_choices(selected: &str) -> Vec<Choice> {
    let selected = selected.trim().to_ascii_uppercase();
    reference::countries_in(crate::i18n::current())
        .into_iter()
        .map(|(code, name)| Choice::new(code, format!("{name} ({code})"), code == selected))
        .collect()
}

/// The search and filter form of a list, as submitted.
pub struct FilterForm {
    pub q: String,
    pub kind: String,
    pub country: String,
    pub sector: String,
    pub kinds: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub errors: FieldErrors,
}

impl FilterForm {
    fn new(params: &ListParams, errors: FieldErrors) -> Self {
        let value = |v: &Option<String>| v.clone().unwrap_or_default();
        Self {
            kinds: kind_choices(params.kind.as_deref().unwrap_or("")),
            countries: country_choices(params.country.as_deref().unwrap_or("")),
            q: value(&params.q),
            kind: value(&params.kind),
            country: value(&params.country),
            sector: value(&params.sector),
            errors,
        }
    }
}

/// Sector codes with their titles, for display.
pub struct SectorTag {
    pub code: String,
    pub title: &'static str,
}

fn sector_tags(codes: &[model::NaceCode]) -> Vec<SectorTag> {
    codes
        .iter()
        .map(|c| SectorTag {
            code: c.as_str().to_string(),
            title: c.title_t(),
        })
        .collect()
}

/// A contact row of a form, with its own field errors.
pub struct ContactRow {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
    pub name_error: Option<String>,
    pub role_error: Option<String>,
    pub email_error: Option<String>,
    pub phone_error: Option<String>,
}

/// The contact rows a form shows: those typed so far plus blank ones to fill in.
fn contact_rows(contacts: &[ContactInput], errors: &FieldErrors) -> Vec<ContactRow> {
    let blank_rows = if contacts.len() < 2 { 2 } else { 1 };
    let rows = contacts
        .iter()
        .cloned()
        .chain(std::iter::repeat_n(ContactInput::default(), blank_rows))
        .take(model::MAX_CONTACTS);
    rows.enumerate()
        .map(|(i, c)| {
            let error = |field: &str| {
                errors
                    .get(&format!("contacts[{i}].{field}"))
                    .map(String::from)
            };
            ContactRow {
                name_error: error("name"),
                role_error: error("role"),
                email_error: error("email"),
                phone_error: error("phone"),
                name: c.name,
                role: c.role,
                email: c.email,
                phone: c.phone,
            }
        })
        .collect()
}

/// Contact rows as posted: parallel lists of names, roles, e-mails and phones
/// (the fields repeat once per row; rows left blank are dropped, so that the
/// errors' row numbers match the rows shown again).
fn posted_contacts(
    names: Vec<String>,
    roles: Vec<String>,
    emails: Vec<String>,
    phones: Vec<String>,
) -> Vec<ContactInput> {
    let rows = names
        .len()
        .max(roles.len())
        .max(emails.len())
        .max(phones.len());
    let at = |list: &Vec<String>, i: usize| list.get(i).cloned().unwrap_or_default();
    (0..rows)
        .map(|i| ContactInput {
            name: at(&names, i),
            role: at(&roles, i),
            email: at(&emails, i),
            phone: at(&phones, i),
        })
        .filter(|c| {
            ![&c.name, &c.role, &c.email, &c.phone]
                .iter()
                .all(|v| v.trim().is_empty())
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "registry/organisations.html")]
struct OrganisationsPage {
    layout: Layout,
    filters: FilterForm,
    organisations: Vec<Organisation>,
    pager: Pager,
    can_create: bool,
    /// The public directory uses the same page without sign-in.
    public: bool,
}

impl OrganisationsPage {
    fn link(&self, organisation: &Organisation) -> String {
        if self.public {
            format!("/directory/{}", organisation.slug)
        } else {
            format!("/organisations/{}", organisation.id)
        }
    }
}

async fn organisation_list(
    state: &AppState,
    actor: Option<&Actor>,
    params: &ListParams,
    public: bool,
) -> Result<Response, AppError> {
    let (filter, errors) = params.lenient_filter();
    let (organisations, total) =
        store::list_organisations(&state.db, &filter, params.page_window()).await?;
    let path = if public {
        "/directory"
    } else {
        "/organisations"
    };
    let page = OrganisationsPage {
        layout: Layout::new(
            if public {
                crate::t("reg-directory-of-organisations")
            } else {
                crate::t("reg-organisations")
            },
            actor,
            if public { "directory" } else { "organisations" },
        ),
        filters: FilterForm::new(params, errors),
        pager: pager(path, params, total),
        organisations,
        can_create: actor.is_some_and(model::can_create_organisation),
        public,
    };
    Ok(page.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn organisations(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Response, AppError> {
    organisation_list(&state, Some(&actor), &params, false).await
}

/// The public directory: organisations only, no contact people, no SMEs.
#[tracing::instrument(skip_all)]
pub async fn directory(
    State(state): State<AppState>,
    actor: Option<Actor>,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Response, AppError> {
    organisation_list(&state, actor.as_ref(), &params, true).await
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/organisation.html")]
struct OrganisationPage {
    layout: Layout,
    organisation: Organisation,
    sectors: Vec<SectorTag>,
    contacts: Option<Vec<model::Contact>>,
    smes: Vec<Sme>,
    smes_total: u64,
    can_edit: bool,
    can_delete: bool,
    can_add_sme: bool,
    public: bool,
}

#[tracing::instrument(skip_all)]
pub async fn organisation(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let organisation = super::organisation(&state.db, id).await?;
    let contacts = store::organisation_contacts(&state.db, id).await?;
    let filter = ListFilter {
        home_organisation: Some(id),
        ..Default::default()
    };
    let window = crate::validation::Window {
        limit: 50,
        offset: 0,
    };
    let (smes, smes_total) =
        store::list_smes(&state.db, model::sme_scope(&actor), &filter, window).await?;
    let page = OrganisationPage {
        layout: Layout::new(organisation.name.clone(), Some(&actor), "organisations"),
        sectors: sector_tags(&organisation.sectors),
        can_edit: model::can_edit_organisation(&actor, id),
        can_delete: model::can_delete_organisation(&actor),
        can_add_sme: organisation.kind.can_be_home() && model::can_create_sme_at(&actor, id),
        contacts: Some(contacts),
        organisation,
        smes,
        smes_total,
        public: false,
    };
    Ok(page.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn directory_entry(
    State(state): State<AppState>,
    actor: Option<Actor>,
    axum::extract::Path(slug): axum::extract::Path<String>,
) -> Result<Response, AppError> {
    let organisation = store::organisation_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = OrganisationPage {
        layout: Layout::new(organisation.name.clone(), actor.as_ref(), "directory"),
        sectors: sector_tags(&organisation.sectors),
        organisation,
        contacts: None,
        smes: Vec::new(),
        smes_total: 0,
        can_edit: false,
        can_delete: false,
        can_add_sme: false,
        public: true,
    };
    Ok(page.into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/organisation_form.html")]
struct OrganisationFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    input: OrganisationInput,
    sectors_text: String,
    kinds: Vec<Choice>,
    countries: Vec<Choice>,
    services: Vec<Choice>,
    contacts: Vec<ContactRow>,
    errors: FieldErrors,
    /// The version the form was filled from, sent back with it (edits only).
    version: String,
}

fn organisation_form(
    actor: &Actor,
    target: Option<&Organisation>,
    input: OrganisationInput,
    errors: FieldErrors,
    version: String,
) -> Response {
    let (heading, action, cancel) = match target {
        Some(o) => (
            crate::t1("reg-edit-title", "name", &o.name),
            format!("/organisations/{}/edit", o.id),
            format!("/organisations/{}", o.id),
        ),
        None => (
            crate::t("reg-new-organisation"),
            "/organisations/new".to_string(),
            "/organisations".to_string(),
        ),
    };
    let status = form_status(&errors);
    let page = OrganisationFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "organisations"),
        heading,
        action,
        cancel,
        sectors_text: input.sectors.join(", "),
        kinds: kind_choices(&input.kind),
        countries: country_choices(&input.country),
        services: Service::ALL
            .iter()
            .map(|s| {
                Choice::new(
                    s.as_str(),
                    s.label_t(),
                    input.services.iter().any(|v| v == s.as_str()),
                )
            })
            .collect(),
        contacts: contact_rows(&input.contacts, &errors),
        input,
        errors,
        version,
    };
    (status, page).into_response()
}

/// The organisation form as posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OrganisationFormData {
    kind: String,
    name: String,
    country: String,
    city: String,
    region: String,
    sectors: String,
    services: Vec<String>,
    website: String,
    description: String,
    contact_name: Vec<String>,
    contact_role: Vec<String>,
    contact_email: Vec<String>,
    contact_phone: Vec<String>,
    /// The version of the organisation the form was filled from.
    version: String,
}

impl OrganisationFormData {
    fn into_input(self) -> OrganisationInput {
        OrganisationInput {
            kind: self.kind,
            name: self.name,
            country: self.country,
            city: self.city,
            region: self.region,
            sectors: split_list(&self.sectors),
            services: self.services,
            website: self.website,
            description: self.description,
            contacts: posted_contacts(
                self.contact_name,
                self.contact_role,
                self.contact_email,
                self.contact_phone,
            ),
            unreadable: FieldErrors::new(),
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn new_organisation(actor: Actor) -> Result<Response, AppError> {
    if !model::can_create_organisation(&actor) {
        return Err(AppError::Forbidden);
    }
    Ok(organisation_form(
        &actor,
        None,
        OrganisationInput::default(),
        FieldErrors::new(),
        String::new(),
    ))
}

#[tracing::instrument(skip_all)]
pub async fn create_organisation(
    State(state): State<AppState>,
    form: CsrfForm<OrganisationFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let input = form.into_input();
    match super::create_organisation(&state.db, &actor, &input).await {
        Ok(id) => Ok(Redirect::to(&format!("/organisations/{id}")).into_response()),
        Err(error) => Ok(organisation_form(
            &actor,
            None,
            input,
            refused_fields(error)?,
            String::new(),
        )),
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_organisation(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let organisation = super::organisation(&state.db, id).await?;
    if !model::can_edit_organisation(&actor, id) {
        return Err(AppError::Forbidden);
    }
    let contacts = store::organisation_contacts(&state.db, id).await?;
    let input = super::organisation_input(&organisation, &contacts);
    let version = organisation.version().to_string();
    Ok(organisation_form(
        &actor,
        Some(&organisation),
        input,
        FieldErrors::new(),
        version,
    ))
}

#[tracing::instrument(skip_all)]
pub async fn update_organisation(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<OrganisationFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let organisation = super::organisation(&state.db, id).await?;
    let posted = form.version.clone();
    let seen = posted_version(&posted);
    let input = form.into_input();
    match super::update_organisation(&state.db, &actor, id, seen, |_| input.clone()).await {
        Ok(()) => Ok(Redirect::to(&format!("/organisations/{id}")).into_response()),
        Err(error) => {
            let version = version_after(&error, &posted, organisation.version());
            let errors = refused_fields(error)?;
            Ok(organisation_form(
                &actor,
                Some(&organisation),
                input,
                errors,
                version,
            ))
        }
    }
}

// ---------------------------------------------------------------------------
// SMEs
// ---------------------------------------------------------------------------

/// An SME as a list row or detail page shows it, private figures included
/// only for those allowed to see them.
pub struct SmeCard {
    pub sme: Sme,
    pub sectors: Vec<SectorTag>,
    pub markets: String,
    pub private: bool,
    pub employees: String,
    pub turnover: String,
    pub size: String,
}

impl SmeCard {
    fn new(actor: &Actor, sme: Sme) -> Self {
        let private = can_see_private(actor, &sme.access());
        let markets: Vec<&str> = sme.target_markets.iter().map(|c| c.name_t()).collect();
        Self {
            sectors: sector_tags(&sme.sectors),
            markets: markets.join(", "),
            employees: match (private, sme.employees) {
                (true, Some(n)) => n.to_string(),
                _ => String::new(),
            },
            turnover: match (private, sme.annual_turnover_cents) {
                (true, Some(cents)) => crate::i18n::money(cents),
                _ => String::new(),
            },
            size: match (private, sme.employees) {
                (true, Some(n)) => model::SizeClass::of_employees(i64::from(n)).label_t(),
                _ => String::new(),
            },
            private,
            sme,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/smes.html")]
struct SmesPage {
    layout: Layout,
    filters: FilterForm,
    target_market: String,
    home_organisation: Option<OrganisationRef>,
    cards: Vec<SmeCard>,
    pager: Pager,
    can_create: bool,
    shows_private: bool,
}

#[tracing::instrument(skip_all)]
pub async fn smes(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<ListParams>,
) -> Result<Response, AppError> {
    let (filter, errors) = params.lenient_filter();
    let home_organisation = match filter.home_organisation {
        Some(id) => store::organisation(&state.db, id)
            .await?
            .map(|o| OrganisationRef {
                id: o.id,
                name: o.name,
                kind: o.kind,
                country: o.country,
            }),
        None => None,
    };
    let (smes, total) = store::list_smes(
        &state.db,
        model::sme_scope(&actor),
        &filter,
        params.page_window(),
    )
    .await?;
    let cards: Vec<SmeCard> = smes.into_iter().map(|s| SmeCard::new(&actor, s)).collect();
    let page = SmesPage {
        layout: Layout::new(crate::t("reg-smes"), Some(&actor), "smes"),
        filters: FilterForm::new(&params, errors),
        target_market: params.target_market.clone().unwrap_or_default(),
        home_organisation,
        shows_private: cards.iter().any(|c| c.private),
        cards,
        pager: pager("/smes", &params, total),
        can_create: model::can_register_smes(&actor),
    };
    Ok(page.into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/sme.html")]
struct SmePage {
    layout: Layout,
    card: SmeCard,
    contacts: Option<Vec<model::Contact>>,
    can_edit: bool,
    can_delete: bool,
}

#[tracing::instrument(skip_all)]
pub async fn sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let sme = super::visible_sme(&state.db, &actor, id).await?;
    let contacts = super::private_contacts(&state.db, &actor, &sme).await?;
    let page = SmePage {
        layout: Layout::new(sme.name.clone(), Some(&actor), "smes"),
        can_edit: model::can_edit_sme(&actor, &sme.access()),
        can_delete: model::can_delete_sme(&actor, &sme.access()),
        card: SmeCard::new(&actor, sme),
        contacts,
    };
    Ok(page.into_response())
}

/// The SME form's field for turnover takes euros; the model keeps cents.
const TURNOVER_FIELD: &str = "annual_turnover_eur";

#[derive(Template, WebTemplate)]
#[template(path = "registry/sme_form.html")]
struct SmeFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    company_name: String,
    city: String,
    homes: Vec<Choice>,
    /// Only the coordinator may move an SME; others see the home but cannot change it.
    home_locked: bool,
    home_value: String,
    sectors: String,
    founded: String,
    employees: String,
    turnover: String,
    products: String,
    website: String,
    target_markets: String,
    directory_consent: bool,
    notes: String,
    countries: Vec<Choice>,
    contacts: Vec<ContactRow>,
    errors: FieldErrors,
    /// The version the form was filled from, sent back with it (edits only).
    version: String,
}

/// The SME form as posted: numbers stay text until [`SmeFormData::into_input`] reads them.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SmeFormData {
    name: String,
    country: String,
    city: String,
    home_organisation_id: String,
    sectors: String,
    founded: String,
    employees: String,
    annual_turnover_eur: String,
    products: String,
    website: String,
    target_markets: String,
    directory_consent: Option<String>,
    notes: String,
    contact_name: Vec<String>,
    contact_role: Vec<String>,
    contact_email: Vec<String>,
    contact_phone: Vec<String>,
    /// The version of the SME the form was filled from.
    version: String,
}

/// What the form showed, to show it again exactly as typed.
struct TypedNumbers {
    founded: String,
    employees: String,
    turnover: String,
    /// The version of the SME the form was filled from (empty for a new one).
    version: String,
}

impl SmeFormData {
    fn into_input(self) -> (SmeInput, TypedNumbers) {
        let mut unreadable = FieldErrors::new();
        let founded = whole_number("founded", &self.founded, &mut unreadable);
        let employees = whole_number("employees", &self.employees, &mut unreadable);
        let annual_turnover_cents = match parse_eur_cents(&self.annual_turnover_eur) {
            Ok(cents) => cents,
            Err(message) => {
                unreadable.add("annual_turnover_cents", message);
                None
            }
        };
        let home_organisation_id = match self.home_organisation_id.trim() {
            "" => None,
            raw => match raw.parse() {
                Ok(id) => Some(id),
                Err(_) => {
                    unreadable.add(
                        "home_organisation_id",
                        crate::t("reg-err-choose-organisation"),
                    );
                    None
                }
            },
        };
        let input = SmeInput {
            name: self.name,
            country: self.country,
            city: self.city,
            home_organisation_id,
            sectors: split_list(&self.sectors),
            founded,
            employees,
            annual_turnover_cents,
            products: self.products,
            website: self.website,
            target_markets: split_list(&self.target_markets),
            directory_consent: self.directory_consent.is_some(),
            notes: self.notes,
            contacts: posted_contacts(
                self.contact_name,
                self.contact_role,
                self.contact_email,
                self.contact_phone,
            ),
            unreadable,
        };
        let typed = TypedNumbers {
            founded: self.founded,
            employees: self.employees,
            turnover: self.annual_turnover_eur,
            version: self.version,
        };
        (input, typed)
    }
}

fn typed_from(input: &SmeInput) -> TypedNumbers {
    let text = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    TypedNumbers {
        founded: text(input.founded),
        employees: text(input.employees),
        turnover: input
            .annual_turnover_cents
            .map(model::eur_input_value)
            .unwrap_or_default(),
        version: String::new(),
    }
}

async fn sme_form(
    state: &AppState,
    actor: &Actor,
    target: Option<&Sme>,
    input: SmeInput,
    typed: TypedNumbers,
    mut errors: FieldErrors,
) -> Result<Response, AppError> {
    errors.rename("annual_turnover_cents", TURNOVER_FIELD);
    let (heading, action, cancel) = match target {
        Some(s) => (
            crate::t1("reg-edit-title", "name", &s.name),
            format!("/smes/{}/edit", s.id),
            format!("/smes/{}", s.id),
        ),
        None => (
            crate::t("reg-new-sme"),
            "/smes/new".to_string(),
            "/smes".to_string(),
        ),
    };
    let home_locked = target.is_some() && !model::can_change_home(actor);
    let selected = input
        .home_organisation_id
        .map(|id| id.to_string())
        .unwrap_or_default();
    let homes = store::home_options(&state.db)
        .await?
        .into_iter()
        .filter(|o| {
            home_locked
                || model::can_create_sme_at(actor, o.id)
                || Some(o.id) == input.home_organisation_id
        })
        .map(|o| {
            let value = o.id.to_string();
            let label = format!("{} ({}, {})", o.name, o.kind.label_t(), o.country);
            Choice::new(value.clone(), label, value == selected)
        })
        .collect();
    let status = form_status(&errors);
    let page = SmeFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "smes"),
        heading,
        action,
        cancel,
        countries: country_choices(&input.country),
        homes,
        home_locked,
        home_value: selected,
        sectors: input.sectors.join(", "),
        target_markets: input.target_markets.join(", "),
        founded: typed.founded,
        employees: typed.employees,
        turnover: typed.turnover,
        version: typed.version,
        contacts: contact_rows(&input.contacts, &errors),
        company_name: input.name,
        city: input.city,
        products: input.products,
        website: input.website,
        directory_consent: input.directory_consent,
        notes: input.notes,
        errors,
    };
    Ok((status, page).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct NewSmeQuery {
    home: Option<i64>,
}

#[tracing::instrument(skip_all)]
pub async fn new_sme(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<NewSmeQuery>,
) -> Result<Response, AppError> {
    if !model::can_register_smes(&actor) {
        return Err(AppError::Forbidden);
    }
    let input = SmeInput {
        home_organisation_id: query.home.or(actor.organisation_id),
        directory_consent: true,
        ..Default::default()
    };
    let typed = typed_from(&input);
    sme_form(&state, &actor, None, input, typed, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_sme(
    State(state): State<AppState>,
    form: CsrfForm<SmeFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let (input, typed) = form.into_input();
    match super::create_sme(&state.db, &actor, &input).await {
        Ok(id) => Ok(Redirect::to(&format!("/smes/{id}")).into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            sme_form(&state, &actor, None, input, typed, errors).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let sme = super::visible_sme(&state.db, &actor, id).await?;
    if !model::can_edit_sme(&actor, &sme.access()) {
        return Err(AppError::Forbidden);
    }
    let contacts = store::sme_contacts(&state.db, id).await?;
    let input = super::sme_input(&sme, &contacts);
    let typed = TypedNumbers {
        version: sme.version().to_string(),
        ..typed_from(&input)
    };
    sme_form(&state, &actor, Some(&sme), input, typed, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_sme(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<SmeFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let sme = super::visible_sme(&state.db, &actor, id).await?;
    let seen = posted_version(&form.version);
    let (input, mut typed) = form.into_input();
    match super::update_sme(&state.db, &actor, id, seen, |_| input.clone()).await {
        Ok(()) => Ok(Redirect::to(&format!("/smes/{id}")).into_response()),
        Err(error) => {
            typed.version = version_after(&error, &typed.version, sme.version());
            let errors = refused_fields(error)?;
            sme_form(&state, &actor, Some(&sme), input, typed, errors).await
        }
    }
}

// ---------------------------------------------------------------------------
// Removal, confirmed on a page of its own (no JavaScript needed)
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "registry/confirm_delete.html")]
struct ConfirmDeletePage {
    layout: Layout,
    heading: String,
    consequences: Vec<String>,
    action: String,
    cancel: String,
    blocked: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn confirm_delete_organisation(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let organisation = super::organisation(&state.db, id).await?;
    if !model::can_delete_organisation(&actor) {
        return Err(AppError::Forbidden);
    }
    let smes = store::count_smes_at(&state.db, id).await?;
    let accounts = crate::auth::store::count_accounts_of_organisation(&state.db, id).await?;
    let page = ConfirmDeletePage {
        layout: Layout::new(
            crate::t("reg-remove-organisation"),
            Some(&actor),
            "organisations",
        ),
        heading: crate::t1("reg-remove-title", "name", &organisation.name),
        consequences: vec![
            crate::t("reg-remove-organisation-consequence"),
            crate::t("reg-cannot-be-undone"),
        ],
        action: format!("/organisations/{id}/delete"),
        cancel: format!("/organisations/{id}"),
        blocked: model::organisation_removal_blocked(smes, accounts),
    };
    Ok(page.into_response())
}

#[derive(Deserialize)]
pub struct ConfirmForm {}

#[tracing::instrument(skip_all)]
pub async fn delete_organisation(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    super::delete_organisation(&state.db, &form.actor, id).await?;
    Ok(Redirect::to("/organisations").into_response())
}

#[tracing::instrument(skip_all)]
pub async fn confirm_delete_sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let sme = super::visible_sme(&state.db, &actor, id).await?;
    if !model::can_delete_sme(&actor, &sme.access()) {
        return Err(AppError::Forbidden);
    }
    let page = ConfirmDeletePage {
        layout: Layout::new(crate::t("reg-remove-sme"), Some(&actor), "smes"),
        heading: crate::t1("reg-remove-title", "name", &sme.name),
        consequences: vec![
            crate::t("reg-remove-sme-consequence"),
            crate::t("reg-remove-sme-accounts"),
            crate::t("reg-cannot-be-undone"),
        ],
        action: format!("/smes/{id}/delete"),
        cancel: format!("/smes/{id}"),
        blocked: None,
    };
    Ok(page.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn delete_sme(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    super::delete_sme(&state.db, &form.actor, id).await?;
    Ok(Redirect::to("/smes").into_response())
}
