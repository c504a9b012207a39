//! The survey JSON API: questionnaires, waves of personal links, results and
//! responses for the organisation that runs a survey, and answering with a
//! token for the respondent (no sign-in).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::model::{
    Breakdown, GroupResults, Question, QuestionInput, QuestionKind, QuestionSpec, ResponseRate,
    SurveyInput, SurveyStatus, SurveyTemplate,
};
use super::operations::{self as ops, InvitationView, NewSurvey, PersonalLink, RecipientChoice};
use super::store::{Invitation, Survey};
use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::api::OrganisationRefView;
use crate::validation::FieldErrors;
use crate::web::created;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyView {
    id: i64,
    organisation: OrganisationRefView,
    title: String,
    introduction: String,
    /// Responses keep no link to the recipient; results split by country only.
    anonymous: bool,
    status: SurveyStatus,
    template: Option<SurveyTemplate>,
    created_by_name: String,
    created_at: DateTime<Utc>,
}

impl From<Survey> for SurveyView {
    fn from(s: Survey) -> Self {
        Self {
            id: s.id,
            organisation: s.organisation.into(),
            title: s.title,
            introduction: s.introduction,
            anonymous: s.anonymous,
            status: s.status,
            template: s.template,
            created_by_name: s.created_by_name,
            created_at: s.created_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionView {
    id: i64,
    position: i32,
    #[serde(flatten)]
    spec: QuestionSpec,
}

impl From<Question> for QuestionView {
    fn from(q: Question) -> Self {
        Self {
            id: q.id,
            position: q.position,
            spec: q.spec,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SectionView {
    title: String,
    questions: Vec<QuestionView>,
}

fn sections(questions: Vec<Question>) -> Vec<SectionView> {
    let mut out: Vec<SectionView> = Vec::new();
    for q in questions {
        match out.last_mut() {
            Some(s) if s.title == q.spec.section => s.questions.push(q.into()),
            _ => out.push(SectionView {
                title: q.spec.section.clone(),
                questions: vec![q.into()],
            }),
        }
    }
    out
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WaveView {
    number: i32,
    started_at: DateTime<Utc>,
    started_by_name: String,
    rate: ResponseRate,
    /// Invitations reminded at least once.
    reminded: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveyDetail {
    #[serde(flatten)]
    survey: SurveyView,
    sections: Vec<SectionView>,
    waves: Vec<WaveView>,
}

/// Surveys of the caller's organisation (all for admins).
#[utoipa::path(
    get, path = "/api/v1/surveys", tag = "surveys",
    responses((status = 200, body = ListResponse<SurveyView>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_surveys(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<SurveyView>>, AppError> {
    let surveys = ops::surveys(&state.db, &actor).await?;
    Ok(Json(ListResponse {
        total: surveys.len() as u64,
        items: surveys.into_iter().map(SurveyView::from).collect(),
    }))
}

/// A question as sent to the API.
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
#[schema(as = SurveyQuestionWrite)]
pub struct QuestionWrite {
    section: String,
    prompt: String,
    help: String,
    #[schema(value_type = QuestionKind)]
    kind: String,
    required: bool,
    options: Vec<String>,
    max_choices: Option<i64>,
    min_value: Option<i64>,
    max_value: Option<i64>,
}

impl From<QuestionWrite> for QuestionInput {
    fn from(q: QuestionWrite) -> Self {
        Self {
            section: q.section,
            prompt: q.prompt,
            help: q.help,
            kind: q.kind,
            required: q.required,
            options: q.options,
            max_choices: q.max_choices,
            min_value: q.min_value,
            max_value: q.max_value,
            unreadable: FieldErrors::new(),
        }
    }
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SurveyWrite {
    /// Admins only: the organisation that runs the survey (managers: their own).
    organisation_id: Option<i64>,
    /// Optional with a template (its title is used).
    title: String,
    introduction: String,
    anonymous: bool,
    /// Start from `sme_feedback` or `cluster_readiness`…
    #[schema(value_type = Option<SurveyTemplate>)]
    template: String,
    /// …or give the questions.
    questions: Vec<QuestionWrite>,
}

/// Create a survey, from a template or with its questions (admins, managers).
#[utoipa::path(
    post, path = "/api/v1/surveys", tag = "surveys",
    request_body = SurveyWrite,
    responses(
        (status = 201, body = SurveyDetail), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_survey(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<SurveyWrite>,
) -> Result<Response, AppError> {
    let new = NewSurvey {
        organisation_id: body.organisation_id,
        survey: SurveyInput {
            title: body.title,
            introduction: body.introduction,
            anonymous: body.anonymous,
            unreadable: FieldErrors::new(),
        },
        template: body.template,
        questions: body.questions.into_iter().map(Into::into).collect(),
    };
    let id = ops::create_survey(&state.db, &actor, new).await?;
    let detail = detail(&state, &actor, id).await?;
    Ok(created(format!("/api/v1/surveys/{id}"), detail))
}

async fn detail(state: &AppState, actor: &Actor, id: i64) -> Result<SurveyDetail, AppError> {
    let overview = ops::overview(&state.db, actor, id).await?;
    Ok(SurveyDetail {
        survey: overview.survey.into(),
        sections: sections(overview.questions),
        waves: overview
            .waves
            .into_iter()
            .map(|w| WaveView {
                number: w.wave.number,
                started_at: w.wave.started_at,
                started_by_name: w.wave.started_by_name,
                rate: w.rate,
                reminded: w.reminded,
            })
            .collect(),
    })
}

/// A survey with its sections, questions and waves.
#[utoipa::path(
    get, path = "/api/v1/surveys/{id}", tag = "surveys",
    params(("id" = i64, Path)),
    responses((status = 200, body = SurveyDetail), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_survey(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<SurveyDetail>, AppError> {
    Ok(Json(detail(&state, &actor, id).await?))
}

/// A survey's fields to change; those left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SurveyPatch {
    #[schema(value_type = Option<String>, example = "SME feedback 2027")]
    title: Field<String>,
    #[schema(value_type = Option<String>)]
    introduction: Field<String>,
    /// Decided before the first wave is sent.
    #[schema(value_type = Option<bool>)]
    anonymous: Field<bool>,
}

/// Change a survey's title, introduction or anonymity (its organisation's
/// managers and admins; anonymity only before the first wave is sent).
#[utoipa::path(
    patch, path = "/api/v1/surveys/{id}", tag = "surveys",
    params(("id" = i64, Path)),
    request_body = SurveyPatch,
    responses(
        (status = 200, body = SurveyDetail), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_survey(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<SurveyPatch>,
) -> Result<Json<SurveyDetail>, AppError> {
    ops::update_survey(&state.db, &actor, id, None, |mut input| {
        let errors = &mut input.unreadable;
        body.title.patch("title", &mut input.title, None, errors);
        body.introduction.patch(
            "introduction",
            &mut input.introduction,
            Some(String::new()),
            errors,
        );
        body.anonymous
            .patch("anonymous", &mut input.anonymous, None, errors);
        input
    })
    .await?;
    Ok(Json(detail(&state, &actor, id).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct QuestionsWrite {
    questions: Vec<QuestionWrite>,
}

/// Replace the questionnaire (only while the survey is a draft).
#[utoipa::path(
    put, path = "/api/v1/surveys/{id}/questions", tag = "surveys",
    params(("id" = i64, Path)),
    request_body = QuestionsWrite,
    responses(
        (status = 200, body = SurveyDetail), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn put_questions(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<QuestionsWrite>,
) -> Result<Json<SurveyDetail>, AppError> {
    let inputs: Vec<QuestionInput> = body.questions.into_iter().map(Into::into).collect();
    ops::replace_questions(&state.db, &actor, id, &inputs).await?;
    Ok(Json(detail(&state, &actor, id).await?))
}

/// Whom wave 1 goes to; send nothing (or `{}`) to start the next wave for the panel.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct WaveWrite {
    /// All participants of this programme that the survey's organisation follows.
    programme_id: Option<i64>,
    /// All SMEs whose home is the survey's organisation.
    own_smes: bool,
    /// All organisations of this kind (e.g. `cluster`).
    organisation_kind: Option<String>,
    sme_ids: Vec<i64>,
    organisation_ids: Vec<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SentWaveView {
    number: i32,
    /// The personal links: shown this once, only their digests are kept.
    links: Vec<PersonalLink>,
}

/// Send wave 1 to recipients, or start a follow-up wave for the same recipients.
#[utoipa::path(
    post, path = "/api/v1/surveys/{id}/waves", tag = "surveys",
    params(("id" = i64, Path)),
    request_body = WaveWrite,
    responses(
        (status = 201, body = SentWaveView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn send_wave(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<WaveWrite>,
) -> Result<Response, AppError> {
    let choice = RecipientChoice {
        programme_id: body.programme_id,
        own_smes: body.own_smes,
        organisation_kind: body.organisation_kind.filter(|k| !k.trim().is_empty()),
        sme_ids: body.sme_ids,
        organisation_ids: body.organisation_ids,
    };
    let choice = (!choice.is_empty()).then_some(choice);
    let sent = ops::send_wave(
        &state.db,
        &actor,
        id,
        choice.as_ref(),
        &state.settings.public_url,
    )
    .await?;
    Ok(created(
        format!("/api/v1/surveys/{id}/invitations?wave={}", sent.number),
        SentWaveView {
            number: sent.number,
            links: sent.links,
        },
    ))
}

fn path_ids(id: &str, number: &str) -> Result<(i64, i32), AppError> {
    match (id.parse(), number.parse()) {
        (Ok(id), Ok(number)) => Ok((id, number)),
        _ => Err(AppError::NotFound),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RemindedView {
    /// Unanswered invitations now marked as reminded.
    reminded: u64,
}

/// Record a reminder on every unanswered invitation of a wave.
#[utoipa::path(
    post, path = "/api/v1/surveys/{id}/waves/{number}/reminders", tag = "surveys",
    params(("id" = i64, Path), ("number" = i32, Path)),
    responses((status = 200, body = RemindedView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn remind(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, number)): Path<(String, String)>,
) -> Result<Json<RemindedView>, AppError> {
    let (id, number) = path_ids(&id, &number)?;
    let reminded = ops::remind(&state.db, &actor, id, number, &state.settings.public_url).await?;
    Ok(Json(RemindedView { reminded }))
}

/// Close a survey: its links stop taking answers.
#[utoipa::path(
    post, path = "/api/v1/surveys/{id}/close", tag = "surveys",
    params(("id" = i64, Path)),
    responses((status = 200, body = SurveyDetail), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn close_survey(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<SurveyDetail>, AppError> {
    ops::close(&state.db, &actor, id).await?;
    Ok(Json(detail(&state, &actor, id).await?))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct WaveParams {
    /// The wave's number (default: the latest).
    pub(crate) wave: Option<i32>,
    /// Results only: split by `country`, `home_organisation`, `sector` or `size_class`.
    by: Option<String>,
}

impl WaveParams {
    pub(crate) fn from_parts(wave: Option<i32>, by: Option<String>) -> Self {
        Self { wave, by }
    }

    pub(crate) fn breakdown(&self) -> Result<Option<Breakdown>, AppError> {
        match self.by.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
            None => Ok(None),
            Some(b) => Breakdown::parse(b)
                .map(Some)
                .map_err(|e| AppError::Validation(FieldErrors::single("by", e))),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationListView {
    recipient: String,
    recipient_key: String,
    invited_at: DateTime<Utc>,
    reminded_at: Option<DateTime<Utc>>,
    answered: bool,
    /// When the recipient answered; never given for an anonymous survey.
    answered_at: Option<DateTime<Utc>>,
}

impl From<Invitation> for InvitationListView {
    fn from(i: Invitation) -> Self {
        Self {
            recipient: i.recipient.name,
            recipient_key: i.recipient.key,
            invited_at: i.invited_at,
            reminded_at: i.reminded_at,
            answered: i.answered,
            answered_at: i.answered_at,
        }
    }
}

/// Who was invited in a wave, who was reminded when, and who has answered.
#[utoipa::path(
    get, path = "/api/v1/surveys/{id}/invitations", tag = "surveys",
    params(("id" = i64, Path), WaveParams),
    responses((status = 200, body = ListResponse<InvitationListView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_invitations(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<WaveParams>,
) -> Result<Json<ListResponse<InvitationListView>>, AppError> {
    let (_, invitations) = ops::invitations(&state.db, &actor, id, params.wave).await?;
    Ok(Json(ListResponse {
        total: invitations.len() as u64,
        items: invitations.into_iter().map(Into::into).collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResultsView {
    survey_id: i64,
    wave: Option<i32>,
    anonymous: bool,
    rate: ResponseRate,
    breakdown: Option<Breakdown>,
    /// True when an anonymous wave has only one or two responses: its
    /// answers are left out (here and in `responses`) until a third person
    /// answers, as the invitations show who has answered.
    withheld: bool,
    /// All respondents first, then one entry per group of the breakdown.
    groups: Vec<GroupResults>,
}

/// Response rate and per-question summaries of a wave, optionally per group.
#[utoipa::path(
    get, path = "/api/v1/surveys/{id}/results", tag = "surveys",
    params(("id" = i64, Path), WaveParams),
    responses((status = 200, body = ResultsView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn results(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<WaveParams>,
) -> Result<Json<ResultsView>, AppError> {
    let breakdown = params.breakdown()?;
    let r = ops::results(&state.db, &actor, id, params.wave, breakdown).await?;
    Ok(Json(ResultsView {
        survey_id: r.survey.id,
        wave: r.wave.map(|w| w.number),
        anonymous: r.survey.anonymous,
        rate: r.rate,
        breakdown: r.breakdown,
        withheld: r.withheld,
        groups: r.groups,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResponseView {
    number: usize,
    /// Empty for an anonymous survey.
    respondent: String,
    /// ISO code; in an anonymous survey `other` for countries with too few
    /// responses to name (see the README).
    country: String,
    home_organisation: String,
    sector: String,
    size_class: String,
    submitted_on: NaiveDate,
    /// Answers as they read, by question id.
    answers: HashMap<String, String>,
}

/// The answers of a wave, one entry per response.
#[utoipa::path(
    get, path = "/api/v1/surveys/{id}/responses", tag = "surveys",
    params(("id" = i64, Path), WaveParams),
    responses((status = 200, body = ListResponse<ResponseView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn responses(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<WaveParams>,
) -> Result<Json<ListResponse<ResponseView>>, AppError> {
    let r = ops::results(&state.db, &actor, id, params.wave, None).await?;
    let items: Vec<ResponseView> = r
        .responses
        .iter()
        .map(|row| ResponseView {
            number: row.number,
            respondent: row.respondent.clone(),
            country: row.groups.country.clone(),
            home_organisation: row.groups.home_organisation.clone(),
            sector: row.groups.sector.clone(),
            size_class: row.groups.size_class.clone(),
            submitted_on: row.submitted_on,
            answers: r
                .questions
                .iter()
                .filter_map(|q| {
                    row.answers
                        .get(&q.id)
                        .map(|a| (q.id.to_string(), a.display(&q.spec)))
                })
                .collect(),
        })
        .collect();
    // The same rows as the answers download, so recorded like it.
    crate::audit::export(
        &state.db,
        &actor,
        &format!("survey:{id}"),
        "Survey answers",
        items.len(),
        crate::audit::ExportedAs::Json,
    )
    .await?;
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct QuestionnaireView {
    survey_title: String,
    introduction: String,
    anonymous: bool,
    wave: i32,
    recipient: String,
    answered: bool,
    sections: Vec<SectionView>,
    /// This recipient's answers in the latest earlier wave, by question id
    /// (empty for anonymous surveys).
    earlier_answers: HashMap<String, String>,
}

fn questionnaire(view: InvitationView) -> QuestionnaireView {
    let earlier_answers = view
        .questions
        .iter()
        .filter_map(|q| view.earlier_answer(q).map(|a| (q.id.to_string(), a)))
        .collect();
    QuestionnaireView {
        answered: view.answered(),
        survey_title: view.survey.title,
        introduction: view.survey.introduction,
        anonymous: view.survey.anonymous,
        wave: view.wave_number,
        recipient: view.invitation.recipient.name,
        sections: sections(view.questions),
        earlier_answers,
    }
}

/// The questionnaire behind a personal link (no sign-in: the token is the key).
#[utoipa::path(
    get, path = "/api/v1/responses/{token}", tag = "surveys",
    params(("token" = String, Path)),
    responses((status = 200, body = QuestionnaireView), (status = 404, body = ErrorBody)),
)]
pub async fn get_questionnaire(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Json<QuestionnaireView>, AppError> {
    Ok(Json(questionnaire(
        ops::invitation(&state.db, &token).await?,
    )))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct AnswersWrite {
    /// By question id: an option text, a list of option texts (multiple
    /// choice; a ranking from first place), a scale point 1-5, a number or a text.
    #[schema(value_type = Object)]
    answers: HashMap<String, serde_json::Value>,
}

/// Reads the JSON answers into the form the model validates.
fn answer_values(body: AnswersWrite) -> Result<HashMap<i64, Vec<String>>, AppError> {
    let mut errors = FieldErrors::new();
    let mut values = HashMap::new();
    for (key, value) in body.answers {
        let Ok(id) = key.trim_start_matches('q').parse::<i64>() else {
            errors.add(format!("answers.{key}"), "not a question id");
            continue;
        };
        let scalar = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let list = match &value {
            serde_json::Value::Null => Some(Vec::new()),
            serde_json::Value::Array(items) => items.iter().map(scalar).collect(),
            other => scalar(other).map(|s| vec![s]),
        };
        match list {
            Some(list) => {
                values.insert(id, list);
            }
            None => errors.add(format!("q{id}"), "give text, a number or a list of them"),
        }
    }
    errors.into_result(values).map_err(AppError::Validation)
}

/// Answer with a personal link's token: once per token, no sign-in.
#[utoipa::path(
    post, path = "/api/v1/responses/{token}", tag = "surveys",
    params(("token" = String, Path)),
    request_body = AnswersWrite,
    responses(
        (status = 201, description = "Response recorded"), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
)]
pub async fn answer(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ApiJson(body): ApiJson<AnswersWrite>,
) -> Result<Response, AppError> {
    let values = answer_values(body)?;
    ops::answer(&state.db, &token, &values).await?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"recorded": true})),
    )
        .into_response())
}

/// Property tests: any JSON object sent as answers is read or refused.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;
    use serde_json::Value;

    use super::*;

    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map(any::<String>(), inner, 0..3)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn json_answers_never_panic(
            answers in proptest::collection::hash_map(
                prop_oneof![any::<String>(), "q?-?[0-9]{1,20}"],
                json(),
                0..5,
            )
        ) {
            let sent = answers.len();
            if let Ok(values) = answer_values(AnswersWrite { answers }) {
                prop_assert!(values.len() <= sent);
            }
        }
    }
}
