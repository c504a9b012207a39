//! The survey pages: the list, the questionnaire editor, sending waves,
//! results with downloads, and the answer page behind a personal link.

use std::collections::HashMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::api::WaveParams;
use super::model::{
    Breakdown, Question, QuestionInput, QuestionKind, Summary, SurveyInput, SurveyStatus,
    SurveyTemplate, likert_label_t, order_by_places,
};
use super::operations::{self as ops, NewSurvey, RecipientChoice, SurveyResults};
use super::store::{Invitation, Survey};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::registry::model::{ListFilter, OrganisationKind, SizeClass};
use crate::registry::reference;
use crate::validation::version_of;
use crate::validation::{FieldErrors, Window};
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::export::{Cell, ExportFormat, download};
use crate::web::forms::{Choice, form_status, posted_version, refused_fields, version_after};
use crate::web::{ApiQuery, AppError, Id, Layout};

const SECTION: &str = "surveys";

#[derive(Template, WebTemplate)]
#[template(path = "surveys/list.html")]
struct ListPage {
    layout: Layout,
    surveys: Vec<Survey>,
}

#[tracing::instrument(skip_all)]
pub async fn list(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let surveys = ops::surveys(&state.db, &actor).await?;
    Ok(ListPage {
        layout: Layout::new(crate::t("srv-surveys"), Some(&actor), SECTION),
        surveys,
    }
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewSurveyForm {
    organisation_id: String,
    title: String,
    introduction: String,
    anonymous: Option<String>,
    template: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/new.html")]
struct NewPage {
    layout: Layout,
    values: NewSurveyForm,
    templates: Vec<Choice>,
    organisations: Vec<Choice>,
    errors: FieldErrors,
}

async fn new_page(
    state: &AppState,
    actor: &Actor,
    values: NewSurveyForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    if !super::model::can_create(actor) {
        return Err(AppError::Forbidden);
    }
    let templates = SurveyTemplate::ALL
        .iter()
        .map(|t| Choice::new(t.as_str(), t.label_t(), values.template == t.as_str()))
        .collect();
    let organisations = if actor.is_admin() {
        let window = Window {
            limit: 10_000,
            offset: 0,
        };
        crate::registry::store::list_organisations(&state.db, &ListFilter::default(), window)
            .await?
            .0
            .into_iter()
            .map(|o| {
                let id = o.id.to_string();
                let selected = values.organisation_id == id;
                Choice::new(id, o.name, selected)
            })
            .collect()
    } else {
        Vec::new()
    };
    let status = form_status(&errors);
    let page = NewPage {
        layout: Layout::new(crate::t("srv-new-survey"), Some(actor), SECTION),
        values,
        templates,
        organisations,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_survey(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    new_page(&state, &actor, NewSurveyForm::default(), FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_survey(
    State(state): State<AppState>,
    form: CsrfForm<NewSurveyForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let new = NewSurvey {
        organisation_id: form.organisation_id.trim().parse().ok(),
        survey: SurveyInput {
            title: form.title.clone(),
            introduction: form.introduction.clone(),
            anonymous: form.anonymous.is_some(),
            unreadable: FieldErrors::new(),
        },
        template: form.template.clone(),
        questions: Vec::new(),
    };
    match ops::create_survey(&state.db, &actor, new).await {
        Ok(id) => Ok(Redirect::to(&format!("/surveys/{id}")).into_response()),
        Err(e) => new_page(&state, &actor, form, refused_fields(e)?).await,
    }
}

/// The form that changes a survey's title, introduction and anonymity.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SurveyForm {
    title: String,
    introduction: String,
    anonymous: Option<String>,
    /// The version of the survey the form was filled from.
    version: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/edit.html")]
struct EditPage {
    layout: Layout,
    survey: Survey,
    values: SurveyForm,
    errors: FieldErrors,
}

impl EditPage {
    /// Anonymity can still be chosen (no wave sent yet).
    fn anonymity_open(&self) -> bool {
        self.survey.status == SurveyStatus::Draft
    }
}

fn edit_page(survey: Survey, actor: &Actor, values: SurveyForm, errors: FieldErrors) -> Response {
    let status = form_status(&errors);
    let page = EditPage {
        layout: Layout::new(
            crate::t1("srv-edit-title", "title", &survey.title),
            Some(actor),
            SECTION,
        ),
        survey,
        values,
        errors,
    };
    (status, page).into_response()
}

#[tracing::instrument(skip_all)]
pub async fn edit_survey(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let survey = ops::survey(&state.db, &actor, id).await?;
    let values = SurveyForm {
        title: survey.title.clone(),
        introduction: survey.introduction.clone(),
        anonymous: survey.anonymous.then(|| "yes".to_string()),
        version: version_of(survey.updated_at).to_string(),
    };
    Ok(edit_page(survey, &actor, values, FieldErrors::new()))
}

#[tracing::instrument(skip_all)]
pub async fn update_survey(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<SurveyForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let seen = posted_version(&form.version);
    let changed = ops::update_survey(&state.db, &actor, id, seen, |input| SurveyInput {
        title: form.title.clone(),
        introduction: form.introduction.clone(),
        anonymous: form.anonymous.is_some(),
        ..input
    })
    .await;
    match changed {
        Ok(()) => Ok(Redirect::to(&format!("/surveys/{id}")).into_response()),
        Err(error) => {
            let survey = ops::survey(&state.db, &actor, id).await?;
            form.version = version_after(&error, &form.version, version_of(survey.updated_at));
            Ok(edit_page(survey, &actor, form, refused_fields(error)?))
        }
    }
}

// ---------------------------------------------------------------------------
// The survey overview: questionnaire, sending, waves
// ---------------------------------------------------------------------------

struct QuestionLine {
    number: usize,
    question: Question,
}

struct SectionLines {
    title: String,
    questions: Vec<QuestionLine>,
}

struct WaveLine {
    number: i32,
    started: String,
    started_by: String,
    invited: usize,
    responded: usize,
    percent: String,
    reminded: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/survey.html")]
struct SurveyPage {
    layout: Layout,
    survey: Survey,
    sections: Vec<SectionLines>,
    question_count: usize,
    waves: Vec<WaveLine>,
    invitations: Vec<Invitation>,
    programmes: Vec<Choice>,
    organisation_kinds: Vec<Choice>,
    /// SMEs and organisations to pick one by one (while the first wave is
    /// still to be sent).
    smes: Vec<Choice>,
    organisations: Vec<Choice>,
    /// "Every SME of our own" is ticked (after a refused send).
    own_smes: bool,
    errors: FieldErrors,
}

impl SurveyPage {
    fn is_draft(&self) -> bool {
        self.survey.status == SurveyStatus::Draft
    }

    fn is_open(&self) -> bool {
        self.survey.status == SurveyStatus::Open
    }

    /// Whether wave `number` is the latest (the one whose links take answers).
    fn is_latest(&self, number: &i32) -> bool {
        self.waves.iter().all(|w| w.number <= *number)
    }

    fn kind_label(&self, q: &Question) -> String {
        q.spec.kind.label_t()
    }

    fn when(&self, at: &Option<chrono::DateTime<chrono::Utc>>) -> String {
        at.map(|t| format!("{} UTC", crate::i18n::date_time(t.naive_utc())))
            .unwrap_or_default()
    }
}

fn section_lines(questions: Vec<Question>) -> Vec<SectionLines> {
    let mut out: Vec<SectionLines> = Vec::new();
    for (i, question) in questions.into_iter().enumerate() {
        let line = QuestionLine {
            number: i + 1,
            question,
        };
        match out.last_mut() {
            Some(s) if s.title == line.question.spec.section => s.questions.push(line),
            _ => out.push(SectionLines {
                title: line.question.spec.section.clone(),
                questions: vec![line],
            }),
        }
    }
    out
}

/// The survey's page; `chosen` is the recipients picked in a send form
/// that was refused, to show them picked again.
async fn survey_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    errors: FieldErrors,
    chosen: Option<&RecipientChoice>,
) -> Result<Response, AppError> {
    let overview = ops::overview(&state.db, actor, id).await?;
    let (_, invitations) = ops::invitations(&state.db, actor, id, None).await?;
    let none = RecipientChoice::default();
    let chosen = chosen.unwrap_or(&none);
    let programmes = crate::softlanding::store::programmes::programmes(&state.db)
        .await?
        .into_iter()
        .filter(|p| actor.is_admin() || p.partner_ids().contains(&overview.survey.organisation.id))
        .map(|p| Choice::new(p.id.to_string(), p.name, chosen.programme_id == Some(p.id)))
        .collect();
    let organisation_kinds = OrganisationKind::ALL
        .iter()
        .map(|k| {
            let picked = chosen.organisation_kind.as_deref() == Some(k.as_str());
            Choice::new(k.as_str(), k.label_t(), picked)
        })
        .collect();
    let (smes, organisations) =
        if overview.waves.is_empty() && overview.survey.status == SurveyStatus::Draft {
            let (smes, organisations) = ops::pickable(&state.db, actor, id).await?;
            let choices = |list: Vec<(i64, String)>, picked: &[i64]| -> Vec<Choice> {
                list.into_iter()
                    .map(|(id, name)| Choice::new(id.to_string(), name, picked.contains(&id)))
                    .collect()
            };
            (
                choices(smes, &chosen.sme_ids),
                choices(organisations, &chosen.organisation_ids),
            )
        } else {
            (Vec::new(), Vec::new())
        };
    let question_count = overview.questions.len();
    let waves = overview
        .waves
        .into_iter()
        .map(|w| WaveLine {
            number: w.wave.number,
            started: crate::i18n::date(w.wave.started_at.date_naive()),
            started_by: w.wave.started_by_name,
            invited: w.rate.invited,
            responded: w.rate.responded,
            percent: percent_text(w.rate.percent),
            reminded: w.reminded,
        })
        .collect();
    let status = form_status(&errors);
    let page = SurveyPage {
        layout: Layout::new(overview.survey.title.clone(), Some(actor), SECTION),
        survey: overview.survey,
        sections: section_lines(overview.questions),
        question_count,
        waves,
        invitations,
        programmes,
        organisation_kinds,
        smes,
        organisations,
        own_smes: chosen.own_smes,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn survey(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    survey_page(&state, &actor, id, FieldErrors::new(), None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    section: String,
    prompt: String,
    help: String,
    kind: String,
    required: Option<String>,
    options: String,
    max_choices: String,
    min_value: String,
    max_value: String,
}

impl QuestionForm {
    fn to_input(&self) -> QuestionInput {
        let mut unreadable = FieldErrors::new();
        let mut number = |field: &str, value: &str| {
            crate::web::forms::whole_number(field, value, &mut unreadable)
        };
        let max_choices = number("max_choices", &self.max_choices);
        let min_value = number("min_value", &self.min_value);
        let max_value = number("max_value", &self.max_value);
        QuestionInput {
            section: self.section.clone(),
            prompt: self.prompt.clone(),
            help: self.help.clone(),
            kind: self.kind.clone(),
            required: self.required.is_some(),
            options: self.options.lines().map(str::to_string).collect(),
            max_choices,
            min_value,
            max_value,
            unreadable,
        }
    }

    fn from_question(q: &Question) -> Self {
        let s = &q.spec;
        let opt = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
        Self {
            section: s.section.clone(),
            prompt: s.prompt.clone(),
            help: s.help.clone(),
            kind: s.kind.as_str().into(),
            required: s.required.then(|| "yes".into()),
            options: s.options.join("\n"),
            max_choices: opt(s.max_choices.map(i64::from)),
            min_value: opt(s.min_value),
            max_value: opt(s.max_value),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/question_form.html")]
struct QuestionPage {
    layout: Layout,
    survey: Survey,
    heading: String,
    action: String,
    values: QuestionForm,
    kinds: Vec<Choice>,
    errors: FieldErrors,
}

fn question_page(
    actor: &Actor,
    survey: Survey,
    question_id: Option<i64>,
    values: QuestionForm,
    errors: FieldErrors,
) -> Response {
    let (heading, action) = match question_id {
        Some(q) => (
            crate::t("srv-edit-question"),
            format!("/surveys/{}/questions/{q}/edit", survey.id),
        ),
        None => (
            crate::t("srv-new-question"),
            format!("/surveys/{}/questions/new", survey.id),
        ),
    };
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), k.label_t(), values.kind == k.as_str()))
        .collect();
    let status = form_status(&errors);
    let page = QuestionPage {
        layout: Layout::new(heading.clone(), Some(actor), SECTION),
        survey,
        heading,
        action,
        values,
        kinds,
        errors,
    };
    (status, page).into_response()
}

#[tracing::instrument(skip_all)]
pub async fn new_question(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let survey = ops::survey(&state.db, &actor, id).await?;
    let mut values = QuestionForm::default();
    // New questions land in the last section, which is usually what one wants.
    if let Some(last) = super::store::questions(&state.db, id).await?.last() {
        values.section = last.spec.section.clone();
    }
    Ok(question_page(
        &actor,
        survey,
        None,
        values,
        FieldErrors::new(),
    ))
}

#[tracing::instrument(skip_all)]
pub async fn create_question(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<QuestionForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    match ops::add_question(&state.db, &actor, id, &form.to_input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/surveys/{id}#questions")).into_response()),
        Err(e) => {
            let errors = refused_fields(e)?;
            let survey = ops::survey(&state.db, &actor, id).await?;
            Ok(question_page(&actor, survey, None, form, errors))
        }
    }
}

fn two_ids(id: &str, other: &str) -> Result<(i64, i64), AppError> {
    match (id.parse(), other.parse()) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(AppError::NotFound),
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_question(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, question_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (id, question_id) = two_ids(&id, &question_id)?;
    let (survey, question) = ops::question(&state.db, &actor, id, question_id).await?;
    let values = QuestionForm::from_question(&question);
    Ok(question_page(
        &actor,
        survey,
        Some(question_id),
        values,
        FieldErrors::new(),
    ))
}

#[tracing::instrument(skip_all)]
pub async fn update_question(
    State(state): State<AppState>,
    Path((id, question_id)): Path<(String, String)>,
    form: CsrfForm<QuestionForm>,
) -> Result<Response, AppError> {
    let (id, question_id) = two_ids(&id, &question_id)?;
    let CsrfForm { actor, form } = form;
    match ops::update_question(&state.db, &actor, id, question_id, &form.to_input()).await {
        Ok(()) => Ok(Redirect::to(&format!("/surveys/{id}#questions")).into_response()),
        Err(e) => {
            let errors = refused_fields(e)?;
            let survey = ops::survey(&state.db, &actor, id).await?;
            Ok(question_page(
                &actor,
                survey,
                Some(question_id),
                form,
                errors,
            ))
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EmptyForm {}

#[tracing::instrument(skip_all)]
pub async fn delete_question(
    State(state): State<AppState>,
    Path((id, question_id)): Path<(String, String)>,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (id, question_id) = two_ids(&id, &question_id)?;
    let actor = form.actor;
    match ops::delete_question(&state.db, &actor, id, question_id).await {
        Ok(()) => Ok(Redirect::to(&format!("/surveys/{id}#questions")).into_response()),
        Err(e) => survey_page(&state, &actor, id, refused_fields(e)?, None).await,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MoveForm {
    /// `up` or `down`.
    direction: String,
}

/// Moves a question one place up or down the draft questionnaire.
#[tracing::instrument(skip_all)]
pub async fn move_question(
    State(state): State<AppState>,
    Path((id, question_id)): Path<(String, String)>,
    form: CsrfForm<MoveForm>,
) -> Result<Response, AppError> {
    let (id, question_id) = two_ids(&id, &question_id)?;
    let CsrfForm { actor, form } = form;
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        other => {
            return Err(AppError::BadRequest(format!(
                "`{other}` is not a direction (up or down)"
            )));
        }
    };
    match ops::move_question(&state.db, &actor, id, question_id, up).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("/surveys/{id}#question-{question_id}")).into_response())
        }
        Err(e) => survey_page(&state, &actor, id, refused_fields(e)?, None).await,
    }
}

#[tracing::instrument(skip_all)]
pub async fn close(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let actor = form.actor;
    match ops::close(&state.db, &actor, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/surveys/{id}")).into_response()),
        Err(e) => survey_page(&state, &actor, id, refused_fields(e)?, None).await,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SendForm {
    programme_id: String,
    own_smes: Option<String>,
    organisation_kind: String,
    sme_ids: Vec<String>,
    organisation_ids: Vec<String>,
    /// `csv` downloads the links for a mail merge instead of showing them.
    format: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/links.html")]
struct LinksPage {
    layout: Layout,
    survey: Survey,
    sent: ops::SentWave,
}

#[tracing::instrument(skip_all)]
pub async fn send_wave(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<SendForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let choice = RecipientChoice {
        programme_id: form.programme_id.trim().parse().ok(),
        own_smes: form.own_smes.is_some(),
        organisation_kind: Some(form.organisation_kind.trim().to_string())
            .filter(|k| !k.is_empty()),
        sme_ids: crate::web::forms::picked_ids(&form.sme_ids),
        organisation_ids: crate::web::forms::picked_ids(&form.organisation_ids),
    };
    let choice = (!choice.is_empty()).then_some(choice);
    let result = ops::send_wave(
        &state.db,
        &actor,
        id,
        choice.as_ref(),
        &state.settings.public_url,
    )
    .await;
    match result {
        Ok(sent) => {
            if form.format == "csv" {
                let table = sent.table();
                crate::audit::export(
                    &state.db,
                    &actor,
                    &format!("survey:{id}"),
                    &format!("Personal links of wave {}", sent.number),
                    table.rows.len(),
                    ExportFormat::Csv,
                )
                .await?;
                return download(&table, ExportFormat::Csv);
            }
            let survey = ops::survey(&state.db, &actor, id).await?;
            Ok(LinksPage {
                layout: Layout::new(crate::t("srv-personal-links"), Some(&actor), SECTION),
                survey,
                sent,
            }
            .into_response())
        }
        Err(e) => {
            let errors = refused_fields(e)?;
            survey_page(&state, &actor, id, errors, choice.as_ref()).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn remind(
    State(state): State<AppState>,
    Path((id, number)): Path<(String, String)>,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let number: i32 = number.parse().map_err(|_| AppError::NotFound)?;
    let actor = form.actor;
    match ops::remind(&state.db, &actor, id, number, &state.settings.public_url).await {
        Ok(_) => Ok(Redirect::to(&format!("/surveys/{id}#invitations")).into_response()),
        Err(e) => survey_page(&state, &actor, id, refused_fields(e)?, None).await,
    }
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

/// One question's results as the page shows them: a chart, the table with the
/// same numbers, and notes.
struct QuestionBlock {
    number: usize,
    question_id: i64,
    prompt: String,
    kind: String,
    answered: usize,
    chart: String,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
    notes: Vec<String>,
    texts: Vec<String>,
    /// Choice and ranking questions have a ranking table to download.
    downloadable: bool,
}

struct GroupBlock {
    /// The group's value, as the downloads ask for it.
    group: String,
    /// What the page shows: the value, or "All respondents" translated.
    label: String,
    /// The first group: all respondents.
    all: bool,
    respondents: usize,
    questions: Vec<QuestionBlock>,
}

/// A share or mean with one decimal, written the way the request's language writes it.
fn one(x: f64) -> String {
    crate::i18n::decimal(x, 1)
}

/// A percentage as `f64` displays it (`50`, `33.3`), with the decimal mark of
/// the request's language.
fn percent_text(x: f64) -> String {
    if x.fract() == 0.0 {
        crate::i18n::number(x as i64)
    } else {
        crate::i18n::decimal(x, 1)
    }
}

/// Message keys of the results tables' columns.
fn columns(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| crate::t(k)).collect()
}

/// A group of a breakdown as the page names it. Countries, sectors and size
/// classes are kept with a response as a code and English words; the page
/// names them in the reader's language. Organisations are names people typed.
fn group_label_t(breakdown: Option<Breakdown>, group: &str) -> String {
    let locale = crate::i18n::current();
    let named = match breakdown {
        _ if group == "unknown" => Some(crate::t("srv-group-unknown")),
        Some(Breakdown::Country) if group == crate::surveys::model::OTHER_COUNTRIES => {
            Some(crate::t("srv-group-other-countries"))
        }
        Some(Breakdown::Country) => reference::country_name_in(locale, group).map(str::to_string),
        Some(Breakdown::Sector) => group
            .get(..1)
            .and_then(|section| reference::nace_section_label_in(locale, section)),
        Some(Breakdown::SizeClass) => SizeClass::ALL
            .into_iter()
            .find(|class| class.label() == group)
            .map(SizeClass::label_t),
        Some(Breakdown::HomeOrganisation) | None => None,
    };
    named.unwrap_or_else(|| group.to_string())
}

fn blocks(results: &SurveyResults) -> Vec<GroupBlock> {
    results
        .groups
        .iter()
        .enumerate()
        .map(|(n, g)| GroupBlock {
            group: g.group.clone(),
            label: if n == 0 {
                crate::t("srv-all-respondents")
            } else {
                group_label_t(results.breakdown, &g.group)
            },
            all: n == 0,
            respondents: g.respondents,
            questions: g
                .questions
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let mut block = QuestionBlock {
                        number: i + 1,
                        question_id: q.question_id,
                        prompt: q.prompt.clone(),
                        kind: q.kind.label_t(),
                        answered: q.answered,
                        chart: String::new(),
                        columns: Vec::new(),
                        rows: Vec::new(),
                        notes: Vec::new(),
                        texts: Vec::new(),
                        downloadable: false,
                    };
                    let answered = q.answered as u64;
                    match &q.summary {
                        Summary::Choices { options } => {
                            block.columns = columns(&[
                                "srv-col-rank",
                                "srv-col-option",
                                "srv-col-respondents",
                                "srv-col-percent-respondents",
                            ]);
                            block.rows = options
                                .iter()
                                .map(|o| {
                                    vec![
                                        o.rank.to_string(),
                                        o.option.clone(),
                                        o.respondents.to_string(),
                                        one(o.percent),
                                    ]
                                })
                                .collect();
                            let bars: Vec<Bar> = options
                                .iter()
                                .map(|o| Bar {
                                    label: o.option.clone(),
                                    value: o.respondents as u64,
                                    extra: 0,
                                })
                                .collect();
                            block.chart = horizontal_bars(&q.prompt, &bars, answered);
                            block.downloadable = true;
                        }
                        Summary::Ranking { options } => {
                            block.columns = columns(&[
                                "srv-col-rank",
                                "srv-col-option",
                                "srv-col-ranked-by",
                                "srv-col-mean-place",
                                "srv-col-first-percent",
                            ]);
                            block.rows = options
                                .iter()
                                .map(|o| {
                                    vec![
                                        o.rank.to_string(),
                                        o.option.clone(),
                                        o.ranked_by.to_string(),
                                        o.mean_place.map(one).unwrap_or_default(),
                                        one(o.first_percent),
                                    ]
                                })
                                .collect();
                            let bars: Vec<Bar> = options
                                .iter()
                                .map(|o| Bar {
                                    label: o.option.clone(),
                                    value: o.ranked_by as u64,
                                    extra: 0,
                                })
                                .collect();
                            block.chart = horizontal_bars(&q.prompt, &bars, answered);
                            block.notes.push(crate::t("srv-ranking-note"));
                            block.downloadable = true;
                        }
                        Summary::Likert {
                            counts,
                            percents,
                            mean,
                        } => {
                            block.columns = columns(&[
                                "srv-col-point",
                                "srv-col-respondents",
                                "srv-col-percent-respondents",
                            ]);
                            block.rows = counts
                                .iter()
                                .zip(percents)
                                .enumerate()
                                .map(|(i, (c, p))| {
                                    vec![
                                        format!("{} {}", i + 1, likert_label_t(i + 1)),
                                        c.to_string(),
                                        one(*p),
                                    ]
                                })
                                .collect();
                            let bars: Vec<Bar> = counts
                                .iter()
                                .enumerate()
                                .map(|(i, c)| Bar {
                                    label: format!("{} {}", i + 1, likert_label_t(i + 1)),
                                    value: *c as u64,
                                    extra: 0,
                                })
                                .collect();
                            block.chart = horizontal_bars(&q.prompt, &bars, answered);
                            if let Some(m) = mean {
                                block
                                    .notes
                                    .push(crate::t1("srv-mean-note", "mean", one(*m)));
                            }
                        }
                        Summary::Number {
                            mean,
                            median,
                            min,
                            max,
                        } => {
                            block.columns = columns(&[
                                "srv-col-mean",
                                "srv-col-median",
                                "srv-col-minimum",
                                "srv-col-maximum",
                            ]);
                            if q.answered > 0 {
                                block.rows = vec![vec![
                                    mean.map(one).unwrap_or_default(),
                                    median.map(one).unwrap_or_default(),
                                    min.map(|n| n.to_string()).unwrap_or_default(),
                                    max.map(|n| n.to_string()).unwrap_or_default(),
                                ]];
                            }
                        }
                        Summary::FreeText { answers } => block.texts = answers.clone(),
                    }
                    block
                })
                .collect(),
        })
        .collect()
}

/// A column of the answers table as the page heads it: the fixed columns
/// translated, the questions (`Q1 …`, user data) as they are.
fn answer_column(column: &str) -> String {
    let key = match column {
        "Response" => "srv-col-response",
        "Respondent" => "srv-col-respondent",
        "Country" => "srv-country",
        "Home organisation" => "srv-col-home-organisation",
        "Sector" => "srv-col-sector",
        "Size class" => "srv-col-size-class",
        "Submitted on" => "srv-col-submitted-on",
        _ => return column.to_string(),
    };
    crate::t(key)
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/results.html")]
struct ResultsPage {
    layout: Layout,
    survey: Survey,
    wave_choices: Vec<Choice>,
    breakdown_choices: Vec<Choice>,
    invited: usize,
    responded: usize,
    percent: String,
    withheld: bool,
    groups: Vec<GroupBlock>,
    answer_columns: Vec<String>,
    answer_rows: Vec<Vec<String>>,
    query: String,
}

impl ResultsPage {
    /// "1 of 2 invited responded: 50.0 %." with the numbers in bold (markup
    /// from the message files and numbers only, so safe to show unescaped).
    fn rate_text(&self) -> String {
        use fluent_templates::fluent_bundle::FluentValue;
        let strong =
            |n: usize| FluentValue::from(format!("<strong>{}</strong>", crate::i18n::number(n)));
        crate::ta(
            "srv-rate",
            &[
                ("responded", strong(self.responded)),
                ("invited", strong(self.invited)),
                (
                    "percent",
                    FluentValue::from(format!(
                        "<strong id=\"response-rate\">{} %</strong>",
                        self.percent
                    )),
                ),
            ],
        )
    }
}

#[tracing::instrument(skip_all)]
pub async fn results(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<WaveParams>,
) -> Result<Response, AppError> {
    let breakdown = params.breakdown()?;
    let results = ops::results(&state.db, &actor, id, params.wave, breakdown).await?;
    let wave = results.wave.as_ref().map(|w| w.number);
    let wave_choices = results
        .waves
        .iter()
        .map(|w| {
            Choice::new(
                w.number.to_string(),
                crate::t1("srv-wave-number", "number", w.number),
                Some(w.number) == wave,
            )
        })
        .collect();
    let breakdown_choices = Breakdown::ALL
        .iter()
        .filter(|b| b.allowed(results.survey.anonymous))
        .map(|b| Choice::new(b.as_str(), b.label_t(), breakdown == Some(*b)))
        .collect();
    let table = results.answers_table();
    let mut query = String::new();
    if let Some(w) = wave {
        query = format!("wave={w}");
    }
    Ok(ResultsPage {
        layout: Layout::new(
            crate::t1("srv-results-title", "title", &results.survey.title),
            Some(&actor),
            SECTION,
        ),
        wave_choices,
        breakdown_choices,
        invited: results.rate.invited,
        responded: results.rate.responded,
        percent: one(results.rate.percent),
        withheld: results.withheld,
        groups: blocks(&results),
        answer_columns: table.columns.iter().map(|c| answer_column(c)).collect(),
        answer_rows: table
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| match c {
                        Cell::Date(day) => crate::i18n::date(day),
                        other => other.display(),
                    })
                    .collect()
            })
            .collect(),
        survey: results.survey,
        query,
    }
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportParams {
    wave: Option<i32>,
    format: String,
    /// A ranking table of one group of a breakdown.
    by: Option<String>,
    group: Option<String>,
}

fn export_format(value: &str) -> Result<ExportFormat, AppError> {
    ExportFormat::parse(if value.is_empty() { "csv" } else { value })
        .map_err(|e| AppError::Validation(FieldErrors::single("format", e)))
}

/// The answers table (one row per response) as CSV or XLSX.
#[tracing::instrument(skip_all)]
pub async fn export_answers(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    let format = export_format(&params.format)?;
    let results = ops::results(&state.db, &actor, id, params.wave, None).await?;
    let table = results.answers_table();
    crate::audit::export(
        &state.db,
        &actor,
        &format!("survey:{id}"),
        "Survey answers",
        table.rows.len(),
        format,
    )
    .await?;
    download(&table, format)
}

/// A question's ranking table as CSV or XLSX.
#[tracing::instrument(skip_all)]
pub async fn export_ranking(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, question_id)): Path<(String, String)>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    let (id, question_id) = two_ids(&id, &question_id)?;
    let format = export_format(&params.format)?;
    let wave_params = WaveParams::from_parts(params.wave, params.by.clone());
    let breakdown = wave_params.breakdown()?;
    let results = ops::results(&state.db, &actor, id, params.wave, breakdown).await?;
    let table = results.ranking_table(question_id, params.group.as_deref())?;
    crate::audit::export(
        &state.db,
        &actor,
        &format!("survey:{id}"),
        &format!("Survey ranking of question {question_id}"),
        table.rows.len(),
        format,
    )
    .await?;
    download(&table, format)
}

// ---------------------------------------------------------------------------
// Answering with a personal link
// ---------------------------------------------------------------------------

struct OptionField {
    value: String,
    label: String,
    checked: bool,
    place: String,
}

struct QuestionField {
    field: String,
    number: usize,
    prompt: String,
    help: String,
    required: bool,
    kind: &'static str,
    options: Vec<OptionField>,
    places: Vec<usize>,
    value: String,
    error: Option<String>,
    earlier: Option<String>,
}

impl QuestionField {
    /// The answer as typed, in words: the text or number, the options
    /// ticked, or a ranking's options in the order given.
    fn typed_words(&self) -> String {
        match self.kind {
            "ranking" => {
                let mut placed: Vec<(usize, &str)> = self
                    .options
                    .iter()
                    .filter_map(|o| Some((o.place.parse().ok()?, o.label.as_str())))
                    .collect();
                placed.sort();
                placed
                    .iter()
                    .map(|(place, label)| format!("{place}. {label}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            "single_choice" | "multiple_choice" | "likert" => self
                .options
                .iter()
                .filter(|o| o.checked)
                .map(|o| o.label.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.value.clone(),
        }
    }
}

struct SectionFields {
    title: String,
    questions: Vec<QuestionField>,
}

#[derive(Template, WebTemplate)]
#[template(path = "surveys/answer.html")]
struct AnswerPage {
    layout: Layout,
    token: String,
    title: String,
    introduction: String,
    recipient: String,
    anonymous: bool,
    wave: i32,
    earlier_wave: Option<i32>,
    earlier_withheld: bool,
    state: &'static str,
    sections: Vec<SectionFields>,
    errors: FieldErrors,
}

impl AnswerPage {
    /// Each question answered in a refused form with its answer in words,
    /// for the respondent to keep what could not be saved.
    fn unsent(&self) -> Vec<(&str, String)> {
        self.sections
            .iter()
            .flat_map(|s| &s.questions)
            .map(|q| (q.prompt.as_str(), q.typed_words()))
            .filter(|(_, words)| !words.is_empty())
            .collect()
    }
}

/// What was typed, per question: values (option texts, the point, the number
/// or text) and, for rankings, the place typed next to each option.
#[derive(Default)]
struct Typed {
    values: HashMap<i64, Vec<String>>,
    places: HashMap<i64, Vec<String>>,
}

fn answer_page(
    token: &str,
    view: &ops::InvitationView,
    typed: &Typed,
    errors: FieldErrors,
    state: &'static str,
) -> Response {
    let mut sections: Vec<SectionFields> = Vec::new();
    for (i, q) in view.questions.iter().enumerate() {
        let values = typed.values.get(&q.id).cloned().unwrap_or_default();
        let places = typed.places.get(&q.id).cloned().unwrap_or_default();
        let spec = &q.spec;
        let options = spec
            .options
            .iter()
            .enumerate()
            .map(|(n, o)| OptionField {
                value: o.clone(),
                label: o.clone(),
                checked: values.contains(o),
                place: places.get(n).cloned().unwrap_or_default(),
            })
            .chain(
                (spec.kind == QuestionKind::Likert)
                    .then(|| {
                        (1..=5).map(|n: usize| OptionField {
                            value: n.to_string(),
                            label: format!("{n} {}", likert_label_t(n)),
                            checked: values.contains(&n.to_string()),
                            place: String::new(),
                        })
                    })
                    .into_iter()
                    .flatten(),
            )
            .collect();
        let max_places = spec
            .max_choices
            .and_then(|m| usize::try_from(m).ok())
            .unwrap_or(spec.options.len());
        let mut help = spec.help.clone();
        if spec.kind == QuestionKind::MultipleChoice
            && let Some(m) = spec.max_choices
            && help.is_empty()
        {
            help = crate::tn("srv-choose-up-to", m);
        }
        let field = QuestionField {
            field: q.field(),
            number: i + 1,
            prompt: spec.prompt.clone(),
            help,
            required: spec.required,
            kind: spec.kind.as_str(),
            options,
            places: (1..=max_places).collect(),
            value: values.join("\n"),
            error: errors.get(&q.field()).map(str::to_string),
            earlier: earlier_answer_t(view, q),
        };
        match sections.last_mut() {
            Some(s) if s.title == spec.section => s.questions.push(field),
            _ => sections.push(SectionFields {
                title: spec.section.clone(),
                questions: vec![field],
            }),
        }
    }
    let status = match state {
        "refused" => StatusCode::CONFLICT,
        _ if !errors.is_empty() => StatusCode::UNPROCESSABLE_ENTITY,
        _ => StatusCode::OK,
    };
    let page = AnswerPage {
        layout: Layout::new(view.survey.title.clone(), None, SECTION),
        token: token.to_string(),
        title: view.survey.title.clone(),
        introduction: view.survey.introduction.clone(),
        recipient: view.invitation.recipient.name.clone(),
        anonymous: view.survey.anonymous,
        wave: view.wave_number,
        earlier_wave: view.earlier.as_ref().map(|(n, _)| *n),
        earlier_withheld: view.earlier_withheld,
        state,
        sections,
        errors,
    };
    (status, page).into_response()
}

/// The respondent's answer in the earlier wave, as the page shows it.
fn earlier_answer_t(view: &ops::InvitationView, question: &Question) -> Option<String> {
    view.earlier
        .as_ref()
        .and_then(|(_, answers)| answers.get(&question.id))
        .map(|a| a.display_t(&question.spec))
}

fn page_state(view: &ops::InvitationView) -> &'static str {
    if view.answered() {
        "answered"
    } else if view.survey.status != SurveyStatus::Open {
        "closed"
    } else if view.takes_answers().is_err() {
        "over"
    } else {
        "open"
    }
}

/// The answer page behind a personal link: no sign-in, the token is the key.
#[tracing::instrument(skip_all)]
pub async fn answer_form(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let view = ops::invitation(&state.db, &token).await?;
    let s = page_state(&view);
    Ok(answer_page(
        &token,
        &view,
        &Typed::default(),
        FieldErrors::new(),
        s,
    ))
}

/// Records the answers. The form needs no CSRF field: only the holder of the
/// secret link can post to it, and the token is used up by the first response.
#[tracing::instrument(skip_all)]
pub async fn submit_answers(
    State(state): State<AppState>,
    Path(token): Path<String>,
    axum::Form(pairs): axum::Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let view = ops::invitation(&state.db, &token).await?;
    let mut typed = Typed::default();
    for (key, value) in pairs {
        let Some(rest) = key.strip_prefix('q') else {
            continue;
        };
        if let Some(id) = rest.strip_suffix("_place") {
            if let Ok(id) = id.parse() {
                typed.places.entry(id).or_default().push(value);
            }
        } else if let Ok(id) = rest.parse() {
            typed.values.entry(id).or_default().push(value);
        }
    }
    let mut errors = FieldErrors::new();
    for q in &view.questions {
        if q.spec.kind == QuestionKind::Ranking {
            let places = typed.places.get(&q.id).cloned().unwrap_or_default();
            match order_by_places(&q.spec.options, &places) {
                Ok(order) => {
                    typed.values.insert(q.id, order);
                }
                Err(e) => errors.add(q.field(), e),
            }
        }
    }
    if !errors.is_empty() {
        return Ok(answer_page(&token, &view, &typed, errors, "open"));
    }
    match ops::answer(&state.db, &token, &typed.values).await {
        Ok(()) => Ok(Redirect::to(&format!("/s/{token}")).into_response()),
        Err(AppError::Validation(errors)) => Ok(answer_page(&token, &view, &typed, errors, "open")),
        Err(e @ AppError::Conflict { .. }) => {
            let refused = ops::invitation(&state.db, &token).await?;
            let mut errors = FieldErrors::new();
            errors.add("form", e.to_string());
            Ok(answer_page(&token, &refused, &typed, errors, "refused"))
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, scope};
    use crate::surveys::model::{QuestionSpec, parse_answer};

    #[tokio::test]
    async fn the_rules_refuse_in_the_language_of_the_page() {
        let spec = QuestionSpec {
            section: String::new(),
            prompt: "Which support helped most?".into(),
            help: String::new(),
            kind: QuestionKind::MultipleChoice,
            required: true,
            options: vec![
                "Matchmaking".into(),
                "Trade fairs".into(),
                "Mentoring".into(),
            ],
            max_choices: Some(2),
            min_value: None,
            max_value: None,
        };
        let all = ["Matchmaking", "Trade fairs", "Mentoring"].map(String::from);
        let unknown = ["Sales".to_string()];
        // Outside a request (and in the API) the rules speak English.
        assert_eq!(parse_answer(&spec, &all), Err("choose at most 2".into()));
        scope(Locale::De, async {
            assert_eq!(
                parse_answer(&spec, &all),
                Err("wählen Sie höchstens 2".into())
            );
            assert_eq!(
                parse_answer(&spec, &unknown),
                Err("„Sales“ ist keine der Optionen".into())
            );
        })
        .await;
        scope(Locale::Da, async {
            assert_eq!(
                parse_answer(&spec, &[]),
                Err("dette spørgsmål skal besvares".into())
            );
        })
        .await;
    }
}
