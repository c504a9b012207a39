//! Pages: programmes, cohorts (with the funnel and the planning template),
//! adding participants, correcting them and taking them out.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use super::{date_field, number_field, rejected};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::registry::{self, OrganisationRef};
use crate::softlanding::model::journey::FunnelRow;
use crate::softlanding::model::programmes::{CohortInput, ParticipantInput, ProgrammeInput};
use crate::softlanding::model::sessions::PlanTemplate;
use crate::softlanding::model::{Journey, Step, StepState, access};
use crate::softlanding::operations::{journeys, programmes as ops, sessions};
use crate::softlanding::store::journeys as journey_store;
use crate::softlanding::store::programmes::{
    self as store, Cohort, Participant, ParticipantFilter, Programme,
};
use crate::softlanding::store::sessions::{Session, SessionFilter};
use crate::validation::FieldErrors;
use crate::validation::version_of;
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::forms::{Choice, form_status, posted_version, version_after};
use crate::web::{AppError, Id, Layout};

/// A participant as a table row, with a mark and a word for each of its six steps.
pub struct ParticipantRow {
    pub participant: Participant,
    pub marks: Vec<(&'static str, &'static str)>,
    pub current: Option<Step>,
}

async fn participant_rows(
    state: &AppState,
    participants: Vec<Participant>,
) -> Result<Vec<ParticipantRow>, AppError> {
    let ids: Vec<i64> = participants.iter().map(|p| p.id).collect();
    let journeys = journey_store::journeys(&state.db, &ids).await?;
    Ok(participants
        .into_iter()
        .map(|participant| {
            let journey = journeys
                .get(&participant.id)
                .cloned()
                .unwrap_or_else(Journey::start);
            ParticipantRow {
                marks: journey
                    .steps()
                    .iter()
                    .map(|s| (state_mark(s.state), s.state.as_str()))
                    .collect(),
                current: journey.current(),
                participant,
            }
        })
        .collect())
}

fn state_mark(state: StepState) -> &'static str {
    match state {
        StepState::Planned => "·",
        StepState::Scheduled => "◷",
        StepState::Done => "✓",
        StepState::Skipped => "–",
    }
}

// ---------------------------------------------------------------------------
// Programmes
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/programmes.html")]
struct ProgrammesPage {
    layout: Layout,
    programmes: Vec<(Programme, u64)>,
    can_create: bool,
}

#[tracing::instrument(skip_all)]
pub async fn programmes(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let mut rows = Vec::new();
    for programme in store::programmes(&state.db).await? {
        let count = store::count_participants(&state.db, programme.id).await?;
        rows.push((programme, count));
    }
    Ok(ProgrammesPage {
        layout: Layout::new(
            crate::t("sl-programmes-heading"),
            Some(&actor),
            "programmes",
        ),
        programmes: rows,
        can_create: access::can_create_programme(&actor),
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/programme.html")]
struct ProgrammePage {
    layout: Layout,
    programme: Programme,
    cohorts: Vec<Cohort>,
    rows: Vec<ParticipantRow>,
    steps: [Step; 6],
    can_edit: bool,
    runs: bool,
    cohort_name: String,
    cohort_starts_on: String,
    cohort_errors: FieldErrors,
}

async fn programme_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    cohort_form: (String, String, FieldErrors),
) -> Result<Response, AppError> {
    let programme = ops::programme(&state.db, id).await?;
    let cohorts = store::cohorts(&state.db, id).await?;
    let participants = ops::visible_participants(
        &state.db,
        actor,
        ParticipantFilter {
            programme_id: Some(id),
            ..Default::default()
        },
    )
    .await?;
    let status = form_status(&cohort_form.2);
    let page = ProgrammePage {
        layout: Layout::new(programme.name.clone(), Some(actor), "programmes"),
        can_edit: access::can_create_programme(actor),
        runs: access::runs_programme(actor, &programme.partner_ids()),
        rows: participant_rows(state, participants).await?,
        steps: Step::ALL,
        programme,
        cohorts,
        cohort_name: cohort_form.0,
        cohort_starts_on: cohort_form.1,
        cohort_errors: cohort_form.2,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn programme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    programme_page(&state, &actor, id, Default::default()).await
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/programme_form.html")]
struct ProgrammeFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    programme_name: String,
    description: String,
    starts_on: String,
    ends_on: String,
    target_participants: String,
    target_partnerships: String,
    target_presences: String,
    target_export_starts: String,
    partners: Vec<Choice>,
    version: String,
    errors: FieldErrors,
}

/// The programme form as posted: numbers and dates stay text until read.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProgrammeFormData {
    name: String,
    description: String,
    starts_on: String,
    ends_on: String,
    target_participants: String,
    target_partnerships: String,
    target_presences: String,
    target_export_starts: String,
    partner_ids: Vec<String>,
    /// The version of the programme the form was filled from (empty for a
    /// new one).
    version: String,
}

impl ProgrammeFormData {
    fn into_input(self) -> ProgrammeInput {
        let mut unreadable = FieldErrors::new();
        let partner_ids = self
            .partner_ids
            .iter()
            .filter_map(|id| id.parse().ok())
            .collect();
        ProgrammeInput {
            starts_on: date_field("starts_on", &self.starts_on, &mut unreadable),
            ends_on: date_field("ends_on", &self.ends_on, &mut unreadable),
            target_participants: number_field(
                "target_participants",
                &self.target_participants,
                &mut unreadable,
            ),
            target_partnerships: number_field(
                "target_partnerships",
                &self.target_partnerships,
                &mut unreadable,
            ),
            target_presences: number_field(
                "target_presences",
                &self.target_presences,
                &mut unreadable,
            ),
            target_export_starts: number_field(
                "target_export_starts",
                &self.target_export_starts,
                &mut unreadable,
            ),
            name: self.name,
            description: self.description,
            partner_ids,
            unreadable,
        }
    }

    fn from_input(input: &ProgrammeInput) -> Self {
        let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        Self {
            name: input.name.clone(),
            description: input.description.clone(),
            starts_on: date(input.starts_on),
            ends_on: date(input.ends_on),
            target_participants: number(input.target_participants),
            target_partnerships: number(input.target_partnerships),
            target_presences: number(input.target_presences),
            target_export_starts: number(input.target_export_starts),
            partner_ids: input.partner_ids.iter().map(|id| id.to_string()).collect(),
            version: String::new(),
        }
    }
}

async fn programme_form(
    state: &AppState,
    actor: &Actor,
    target: Option<&Programme>,
    values: ProgrammeFormData,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (heading, action, cancel) = match target {
        Some(p) => (
            crate::t1("sl-edit-title", "name", &p.name),
            format!("/programmes/{}/edit", p.id),
            format!("/programmes/{}", p.id),
        ),
        None => (
            crate::t("sl-new-programme"),
            "/programmes/new".into(),
            "/programmes".into(),
        ),
    };
    let partners = registry::store::home_options(&state.db)
        .await?
        .into_iter()
        .map(|o| {
            let value = o.id.to_string();
            let checked = values.partner_ids.contains(&value);
            Choice::new(
                value,
                format!("{} ({}, {})", o.name, o.kind.label_t(), o.country),
                checked,
            )
        })
        .collect();
    let status = form_status(&errors);
    let page = ProgrammeFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "programmes"),
        heading,
        action,
        cancel,
        programme_name: values.name,
        description: values.description,
        starts_on: values.starts_on,
        ends_on: values.ends_on,
        target_participants: values.target_participants,
        target_partnerships: values.target_partnerships,
        target_presences: values.target_presences,
        target_export_starts: values.target_export_starts,
        version: values.version,
        partners,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_programme(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    if !access::can_create_programme(&actor) {
        return Err(AppError::Forbidden);
    }
    let values = ProgrammeFormData {
        target_participants: "120".into(),
        target_partnerships: "60".into(),
        target_presences: "30".into(),
        target_export_starts: "50".into(),
        ..Default::default()
    };
    programme_form(&state, &actor, None, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_programme(
    State(state): State<AppState>,
    form: CsrfForm<ProgrammeFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let input = form.clone().into_input();
    match ops::create_programme(&state.db, &actor, &input).await {
        Ok(id) => Ok(Redirect::to(&format!("/programmes/{id}")).into_response()),
        Err(error) => programme_form(&state, &actor, None, form, rejected(error)?).await,
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_programme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let programme = ops::programme(&state.db, id).await?;
    if !access::can_create_programme(&actor) {
        return Err(AppError::Forbidden);
    }
    let values = ProgrammeFormData {
        version: version_of(programme.updated_at).to_string(),
        ..ProgrammeFormData::from_input(&ops::programme_input(&programme))
    };
    programme_form(&state, &actor, Some(&programme), values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_programme(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ProgrammeFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let input = form.clone().into_input();
    let seen = posted_version(&form.version);
    match ops::update_programme(&state.db, &actor, id, seen, |_| input.clone()).await {
        Ok(()) => Ok(Redirect::to(&format!("/programmes/{id}")).into_response()),
        Err(error) => {
            let programme = ops::programme(&state.db, id).await?;
            form.version = version_after(&error, &form.version, version_of(programme.updated_at));
            programme_form(&state, &actor, Some(&programme), form, rejected(error)?).await
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CohortFormData {
    name: String,
    starts_on: String,
    description: String,
    /// The version an edit form was filled from.
    version: String,
}

impl CohortFormData {
    fn into_input(self) -> CohortInput {
        let mut unreadable = FieldErrors::new();
        CohortInput {
            starts_on: date_field("starts_on", &self.starts_on, &mut unreadable),
            name: self.name,
            description: self.description,
            unreadable,
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn create_cohort(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<CohortFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let input = form.clone().into_input();
    match ops::create_cohort(&state.db, &actor, id, &input).await {
        Ok(cohort) => Ok(Redirect::to(&format!("/cohorts/{cohort}")).into_response()),
        Err(error) => {
            programme_page(
                &state,
                &actor,
                id,
                (form.name, form.starts_on, rejected(error)?),
            )
            .await
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/cohort_form.html")]
struct CohortFormPage {
    layout: Layout,
    programme: Programme,
    cohort: Cohort,
    values: CohortFormData,
    errors: FieldErrors,
}

async fn cohort_form(
    state: &AppState,
    actor: &Actor,
    id: i64,
    values: Option<CohortFormData>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (programme, cohort) = ops::cohort(&state.db, id).await?;
    if !access::runs_programme(actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    let values = values.unwrap_or_else(|| CohortFormData {
        name: cohort.name.clone(),
        starts_on: cohort.starts_on.to_string(),
        description: cohort.description.clone(),
        version: version_of(cohort.updated_at).to_string(),
    });
    let status = form_status(&errors);
    let page = CohortFormPage {
        layout: Layout::new(
            crate::t1("sl-edit-title", "name", &cohort.name),
            Some(actor),
            "programmes",
        ),
        programme,
        cohort,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn edit_cohort(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    cohort_form(&state, &actor, id, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_cohort(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<CohortFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let input = form.clone().into_input();
    let seen = posted_version(&form.version);
    match ops::update_cohort(&state.db, &actor, id, seen, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/cohorts/{id}")).into_response()),
        Err(error) => {
            let (_, cohort) = ops::cohort(&state.db, id).await?;
            form.version = version_after(&error, &form.version, version_of(cohort.updated_at));
            cohort_form(&state, &actor, id, Some(form), rejected(error)?).await
        }
    }
}

// ---------------------------------------------------------------------------
// Adding and correcting participants
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/participant_form.html")]
struct ParticipantFormPage {
    layout: Layout,
    programme: Programme,
    /// The participant corrected (none: a participant is added).
    editing: Option<Participant>,
    cohorts: Vec<Choice>,
    smes: Vec<Choice>,
    hosts: Vec<Choice>,
    values: ParticipantFormData,
    errors: FieldErrors,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ParticipantFormData {
    cohort_id: String,
    sme_id: String,
    host_organisation_id: String,
    target_market: String,
    /// Corrections only (a new participant joins today).
    joined_on: String,
    version: String,
}

impl ParticipantFormData {
    fn from_participant(participant: &Participant) -> Self {
        Self {
            cohort_id: participant.cohort_id.to_string(),
            sme_id: participant.sme_id.to_string(),
            host_organisation_id: participant.host.id.to_string(),
            target_market: participant.target_market.as_str().to_string(),
            joined_on: participant.joined_on.to_string(),
            version: version_of(participant.updated_at).to_string(),
        }
    }

    fn into_input(self) -> ParticipantInput {
        let mut unreadable = FieldErrors::new();
        let id_field = |name: &str, value: &str, errors: &mut FieldErrors| match value.trim() {
            "" => None,
            v => v.parse().ok().or_else(|| {
                errors.add(name, crate::t("sl-err-choose-from-list"));
                None
            }),
        };
        ParticipantInput {
            cohort_id: id_field("cohort_id", &self.cohort_id, &mut unreadable),
            sme_id: id_field("sme_id", &self.sme_id, &mut unreadable),
            host_organisation_id: id_field(
                "host_organisation_id",
                &self.host_organisation_id,
                &mut unreadable,
            ),
            joined_on: date_field("joined_on", &self.joined_on, &mut unreadable),
            target_market: self.target_market,
            unreadable,
        }
    }
}

async fn participant_form(
    state: &AppState,
    actor: &Actor,
    programme: Programme,
    editing: Option<Participant>,
    values: ParticipantFormData,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let partner_ids = programme.partner_ids();
    let cohorts = store::cohorts(&state.db, programme.id)
        .await?
        .into_iter()
        .map(|c| {
            Choice::new(
                c.id.to_string(),
                c.name.clone(),
                values.cohort_id == c.id.to_string(),
            )
        })
        .collect();
    // SMEs of the partners the actor manages (all partners for admins); a
    // correction keeps its SME.
    let homes: Vec<i64> = partner_ids
        .iter()
        .copied()
        .filter(|id| editing.is_none() && (actor.is_admin() || actor.manages(*id)))
        .collect();
    let mut smes = Vec::new();
    for home in homes {
        let filter = crate::registry::model::ListFilter {
            home_organisation: Some(home),
            ..Default::default()
        };
        let window = crate::validation::Window {
            limit: 500,
            offset: 0,
        };
        let (list, _) = registry::store::list_smes(
            &state.db,
            crate::registry::model::sme_scope(actor),
            &filter,
            window,
        )
        .await?;
        smes.extend(list.into_iter().map(|s| {
            let value = s.id.to_string();
            let selected = value == values.sme_id;
            Choice::new(value, format!("{} ({})", s.name, s.home.name), selected)
        }));
    }
    let hosts = programme
        .partners
        .iter()
        .map(|o: &OrganisationRef| {
            let value = o.id.to_string();
            let selected = value == values.host_organisation_id;
            Choice::new(
                value,
                format!("{} ({})", o.name, o.country.name_t()),
                selected,
            )
        })
        .collect();
    let status = form_status(&errors);
    let title = match &editing {
        Some(p) => crate::t1("sl-correct-title", "name", &p.sme_name),
        None => crate::t("sl-add-a-participant"),
    };
    let page = ParticipantFormPage {
        layout: Layout::new(title, Some(actor), "programmes"),
        programme,
        editing,
        cohorts,
        smes,
        hosts,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let programme = ops::programme(&state.db, id).await?;
    if !access::runs_programme(&actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    participant_form(
        &state,
        &actor,
        programme,
        None,
        ParticipantFormData::default(),
        FieldErrors::new(),
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn add_participant(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ParticipantFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    // A new participant joins today.
    let input = ParticipantInput {
        joined_on: None,
        ..form.clone().into_input()
    };
    match ops::add_participant(&state.db, &actor, id, &input).await {
        Ok(participant) => {
            Ok(Redirect::to(&format!("/participants/{participant}")).into_response())
        }
        Err(error) => {
            let errors = rejected(error)?;
            let programme = ops::programme(&state.db, id).await?;
            participant_form(&state, &actor, programme, None, form, errors).await
        }
    }
}

/// The correction form of a participant the actor may correct.
async fn correction_form(
    state: &AppState,
    actor: &Actor,
    id: i64,
    values: Option<ParticipantFormData>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let participant = ops::participant(&state.db, actor, id).await?;
    if !access::corrects_participant(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let programme = ops::programme(&state.db, participant.programme_id).await?;
    let values = values.unwrap_or_else(|| ParticipantFormData::from_participant(&participant));
    participant_form(state, actor, programme, Some(participant), values, errors).await
}

#[tracing::instrument(skip_all)]
pub async fn edit_participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    correction_form(&state, &actor, id, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_participant(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ParticipantFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let input = form.clone().into_input();
    let seen = posted_version(&form.version);
    match ops::update_participant(&state.db, &actor, id, seen, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/participants/{id}")).into_response()),
        Err(error) => {
            let current = ops::participant(&state.db, &actor, id).await?;
            form.version = version_after(&error, &form.version, version_of(current.updated_at));
            correction_form(&state, &actor, id, Some(form), rejected(error)?).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RemovalForm {
    /// `yes` when the person confirmed that the journey goes with it.
    confirm: String,
}

/// Takes a participant out of its programme, once confirmed.
#[tracing::instrument(skip_all)]
pub async fn remove_participant(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<RemovalForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let participant = ops::participant(&state.db, &actor, id).await?;
    if form.confirm != "yes" {
        let errors = FieldErrors::single("confirm", crate::t("sl-err-confirm-removal"));
        return correction_form(&state, &actor, id, None, errors).await;
    }
    ops::remove_participant(&state.db, &actor, id).await?;
    Ok(Redirect::to(&format!("/cohorts/{}", participant.cohort_id)).into_response())
}

// ---------------------------------------------------------------------------
// Cohorts
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/cohort.html")]
struct CohortPage {
    layout: Layout,
    programme: Programme,
    cohort: Cohort,
    funnel: Vec<FunnelRow>,
    funnel_svg: String,
    rows: Vec<ParticipantRow>,
    sessions: Vec<Session>,
    steps: [Step; 6],
    runs: bool,
}

#[tracing::instrument(skip_all)]
pub async fn cohort(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let (programme, cohort) = ops::cohort(&state.db, id).await?;
    let runs = access::runs_programme(&actor, &programme.partner_ids());
    let funnel = if runs {
        journeys::funnel(&state.db, &actor, id).await?
    } else {
        Vec::new()
    };
    let bars: Vec<Bar> = funnel
        .iter()
        .map(|row| Bar {
            label: format!("{}. {}", row.step.number(), row.step.label_t()),
            value: row.done,
            extra: row.skipped,
        })
        .collect();
    let funnel_svg = horizontal_bars(
        &crate::t1("sl-funnel-chart-title", "count", cohort.participants),
        &bars,
        cohort.participants,
    );
    let participants = ops::visible_participants(
        &state.db,
        &actor,
        ParticipantFilter {
            cohort_id: Some(id),
            ..Default::default()
        },
    )
    .await?;
    let sessions = sessions::visible_sessions(
        &state.db,
        &actor,
        SessionFilter {
            cohort_id: Some(id),
            include_cancelled: true,
            ..Default::default()
        },
    )
    .await?;
    let page = CohortPage {
        layout: Layout::new(
            format!("{} · {}", cohort.name, programme.name),
            Some(&actor),
            "programmes",
        ),
        rows: participant_rows(&state, participants).await?,
        steps: Step::ALL,
        programme,
        cohort,
        funnel,
        funnel_svg,
        sessions,
        runs,
    };
    Ok(page.into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/plan.html")]
struct PlanPage {
    layout: Layout,
    programme: Programme,
    cohort: Cohort,
    values: PlanFormData,
    errors: FieldErrors,
}

/// The planning template as posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlanFormData {
    first_date: String,
    start_time: String,
    end_time: String,
    study_trip_after_weeks: String,
    study_trip_days: String,
    workshop_2_after_weeks: String,
    workshop_3_after_weeks: String,
    spare_seats: String,
}

impl PlanFormData {
    fn usual(first_date: NaiveDate) -> Self {
        let usual = PlanTemplate::usual(first_date);
        Self {
            first_date: first_date.to_string(),
            start_time: usual.start_time.format("%H:%M").to_string(),
            end_time: usual.end_time.format("%H:%M").to_string(),
            study_trip_after_weeks: usual.study_trip_after_weeks.to_string(),
            study_trip_days: usual.study_trip_days.to_string(),
            workshop_2_after_weeks: usual.workshop_2_after_weeks.to_string(),
            workshop_3_after_weeks: usual.workshop_3_after_weeks.to_string(),
            spare_seats: usual.spare_seats.to_string(),
        }
    }

    fn template(&self) -> Result<PlanTemplate, FieldErrors> {
        let mut errors = FieldErrors::new();
        let first_date = date_field("first_date", &self.first_date, &mut errors);
        if first_date.is_none() && !errors.contains("first_date") {
            errors.add("first_date", crate::t("val-required"));
        }
        let time = |name: &str, value: &str, errors: &mut FieldErrors| {
            NaiveTime::parse_from_str(value.trim(), "%H:%M")
                .map_err(|_| errors.add(name, crate::t("sl-err-time-format")))
                .ok()
        };
        let weeks = |name: &str, value: &str, errors: &mut FieldErrors| {
            value
                .trim()
                .parse::<u32>()
                .map_err(|_| errors.add(name, crate::t("val-whole-number")))
                .ok()
        };
        let start_time = time("start_time", &self.start_time, &mut errors);
        let end_time = time("end_time", &self.end_time, &mut errors);
        let trip = weeks(
            "study_trip_after_weeks",
            &self.study_trip_after_weeks,
            &mut errors,
        );
        let days = weeks("study_trip_days", &self.study_trip_days, &mut errors);
        let w2 = weeks(
            "workshop_2_after_weeks",
            &self.workshop_2_after_weeks,
            &mut errors,
        );
        let w3 = weeks(
            "workshop_3_after_weeks",
            &self.workshop_3_after_weeks,
            &mut errors,
        );
        let spare = weeks("spare_seats", &self.spare_seats, &mut errors);
        match (first_date, start_time, end_time, trip, days, w2, w3, spare) {
            (
                Some(first_date),
                Some(start_time),
                Some(end_time),
                Some(trip),
                Some(days),
                Some(w2),
                Some(w3),
                Some(spare),
            ) if errors.is_empty() => {
                let template = PlanTemplate {
                    first_date,
                    start_time,
                    end_time,
                    study_trip_after_weeks: trip,
                    study_trip_days: days,
                    workshop_2_after_weeks: w2,
                    workshop_3_after_weeks: w3,
                    spare_seats: spare,
                };
                template.check().map(|()| template)
            }
            _ => Err(errors),
        }
    }
}

async fn plan_page(
    state: &AppState,
    actor: &Actor,
    cohort_id: i64,
    values: Option<PlanFormData>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (programme, cohort) = ops::cohort(&state.db, cohort_id).await?;
    if !access::runs_programme(actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    let status = form_status(&errors);
    let page = PlanPage {
        layout: Layout::new(
            crate::t1("sl-plan-title", "cohort", &cohort.name),
            Some(actor),
            "programmes",
        ),
        values: values.unwrap_or_else(|| PlanFormData::usual(cohort.starts_on)),
        programme,
        cohort,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn plan_form(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    plan_page(&state, &actor, id, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn plan(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<PlanFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let template = match form.template() {
        Ok(template) => template,
        Err(errors) => return plan_page(&state, &actor, id, Some(form), errors).await,
    };
    match sessions::plan_cohort(&state.db, &actor, id, &template).await {
        Ok(_) => Ok(Redirect::to(&format!("/cohorts/{id}")).into_response()),
        Err(error) => plan_page(&state, &actor, id, Some(form), rejected(error)?).await,
    }
}
