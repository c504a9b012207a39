//! The survey queries. Every write runs in the caller's transaction; one
//! response per token is decided by the primary key of `survey_token_uses`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::entities::{
    answer, invitation, question, reminder_link, response, survey, token_use, wave,
};
use super::model::{
    Answer, Question, QuestionSpec, RespondentGroups, SurveyDraft, SurveyStatus, SurveyTemplate,
};
use crate::db;
use crate::registry::{self, OrganisationRef};
use crate::web::AppError;

fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Survey {
    pub id: i64,
    pub organisation: OrganisationRef,
    pub title: String,
    pub introduction: String,
    pub anonymous: bool,
    pub status: SurveyStatus,
    pub template: Option<SurveyTemplate>,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

async fn surveys_from(
    db: &impl ConnectionTrait,
    rows: Vec<survey::Model>,
) -> Result<Vec<Survey>, AppError> {
    let mut ids: Vec<i64> = rows.iter().map(|r| r.organisation_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let refs = registry::store::organisation_refs(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Survey {
                organisation: refs.get(&row.organisation_id).cloned().ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!(
                        "organisation #{} is missing",
                        row.organisation_id
                    ))
                })?,
                status: stored("survey status", SurveyStatus::parse(&row.status))?,
                template: if row.template.is_empty() {
                    None
                } else {
                    Some(stored(
                        "survey template",
                        SurveyTemplate::parse(&row.template),
                    )?)
                },
                id: row.id,
                title: row.title,
                introduction: row.introduction,
                anonymous: row.anonymous,
                created_by_name: row.created_by_name,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn survey(db: &impl ConnectionTrait, id: i64) -> Result<Option<Survey>, AppError> {
    let Some(row) = survey::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(surveys_from(db, vec![row]).await?.pop())
}

/// Surveys of some organisations (all when `None`), newest first.
pub async fn surveys(
    db: &impl ConnectionTrait,
    organisation_ids: Option<&[i64]>,
) -> Result<Vec<Survey>, AppError> {
    let mut query = survey::Entity::find();
    if let Some(ids) = organisation_ids {
        query = query.filter(survey::Column::OrganisationId.is_in(ids.iter().copied()));
    }
    let rows = query.order_by_desc(survey::Column::Id).all(db).await?;
    surveys_from(db, rows).await
}

pub async fn insert_survey(
    txn: &impl ConnectionTrait,
    organisation_id: i64,
    draft: &SurveyDraft,
    template: Option<SurveyTemplate>,
    created_by_name: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = survey::ActiveModel {
        organisation_id: Set(organisation_id),
        title: Set(draft.title.clone()),
        introduction: Set(draft.introduction.clone()),
        anonymous: Set(draft.anonymous),
        status: Set(SurveyStatus::Draft.as_str().into()),
        template: Set(template.map(|t| t.as_str().to_string()).unwrap_or_default()),
        created_by_name: Set(created_by_name.into()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Rewrites a survey's title, introduction and anonymity, if it is still as
/// it was when read (`read_at`, its `updated_at` then).
pub async fn update_survey(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &SurveyDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<survey::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    survey::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        title: Set(draft.title.clone()),
        introduction: Set(draft.introduction.clone()),
        anonymous: Set(draft.anonymous),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(())
}

/// Moves a survey from one status to another; false when it was no longer in `from`
/// (someone else moved it first).
/// Whether the survey is open, holding a share lock on its row for the rest
/// of the transaction (PostgreSQL; SQLite has one writer anyway).
pub async fn is_open(txn: &impl ConnectionTrait, id: i64) -> Result<bool, AppError> {
    Ok(survey::Entity::find_by_id(id)
        .filter(survey::Column::Status.eq(SurveyStatus::Open.as_str()))
        .lock_shared()
        .one(txn)
        .await?
        .is_some())
}

pub async fn change_status(
    txn: &impl ConnectionTrait,
    id: i64,
    from: SurveyStatus,
    to: SurveyStatus,
) -> Result<bool, AppError> {
    let result = survey::Entity::update_many()
        .col_expr(survey::Column::Status, Expr::value(to.as_str()))
        .col_expr(survey::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(survey::Column::Id.eq(id))
        .filter(survey::Column::Status.eq(from.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

// ---------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------

fn question_from(row: question::Model) -> Result<Question, AppError> {
    Ok(Question {
        id: row.id,
        position: row.position,
        spec: QuestionSpec {
            kind: stored(
                "question kind",
                super::model::QuestionKind::parse(&row.kind),
            )?,
            section: row.section,
            prompt: row.prompt,
            help: row.help,
            required: row.required,
            options: row
                .options
                .lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            max_choices: row.max_choices,
            min_value: row.min_value,
            max_value: row.max_value,
        },
    })
}

pub async fn questions(
    db: &impl ConnectionTrait,
    survey_id: i64,
) -> Result<Vec<Question>, AppError> {
    question::Entity::find()
        .filter(question::Column::SurveyId.eq(survey_id))
        .order_by_asc(question::Column::Position)
        .order_by_asc(question::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(question_from)
        .collect()
}

fn question_values(spec: &QuestionSpec) -> question::ActiveModel {
    question::ActiveModel {
        section: Set(spec.section.clone()),
        prompt: Set(spec.prompt.clone()),
        help: Set(spec.help.clone()),
        kind: Set(spec.kind.as_str().into()),
        required: Set(spec.required),
        // Options are single lines (forms take one a line), so a newline separates them.
        options: Set(spec
            .options
            .iter()
            .map(|o| o.replace(['\n', '\r'], " "))
            .collect::<Vec<_>>()
            .join("\n")),
        max_choices: Set(spec.max_choices),
        min_value: Set(spec.min_value),
        max_value: Set(spec.max_value),
        ..Default::default()
    }
}

/// Adds a question at the end of the survey.
pub async fn insert_question(
    txn: &impl ConnectionTrait,
    survey_id: i64,
    spec: &QuestionSpec,
) -> Result<i64, AppError> {
    let last: Option<i32> = question::Entity::find()
        .select_only()
        .column_as(question::Column::Position.max(), "p")
        .filter(question::Column::SurveyId.eq(survey_id))
        .into_tuple::<Option<i32>>()
        .one(txn)
        .await?
        .flatten();
    let row = question::ActiveModel {
        survey_id: Set(survey_id),
        position: Set(last.map_or(1, |p| p + 1)),
        ..question_values(spec)
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

pub async fn update_question(
    txn: &impl ConnectionTrait,
    id: i64,
    spec: &QuestionSpec,
) -> Result<(), AppError> {
    let mut row = question_values(spec);
    row.id = sea_orm::ActiveValue::Unchanged(id);
    row.update(txn).await?;
    Ok(())
}

pub async fn delete_question(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    question::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}

/// Numbers a survey's questions 1, 2, 3… in the order given.
pub async fn renumber_questions(txn: &impl ConnectionTrait, ids: &[i64]) -> Result<(), AppError> {
    for (position, id) in (1..).zip(ids) {
        question::Entity::update_many()
            .col_expr(question::Column::Position, Expr::value(position))
            .filter(question::Column::Id.eq(*id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Replaces the whole questionnaire (a draft has no answers to keep).
pub async fn replace_questions(
    txn: &impl ConnectionTrait,
    survey_id: i64,
    specs: &[QuestionSpec],
) -> Result<(), AppError> {
    question::Entity::delete_many()
        .filter(question::Column::SurveyId.eq(survey_id))
        .exec(txn)
        .await?;
    for spec in specs {
        insert_question(txn, survey_id, spec).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Waves and invitations
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wave {
    pub id: i64,
    pub number: i32,
    pub started_at: DateTime<Utc>,
    pub started_by_name: String,
}

pub async fn waves(db: &impl ConnectionTrait, survey_id: i64) -> Result<Vec<Wave>, AppError> {
    Ok(wave::Entity::find()
        .filter(wave::Column::SurveyId.eq(survey_id))
        .order_by_asc(wave::Column::Number)
        .all(db)
        .await?
        .into_iter()
        .map(|w| Wave {
            id: w.id,
            number: w.number,
            started_at: w.started_at,
            started_by_name: w.started_by_name,
        })
        .collect())
}

/// Starts wave `number`; a wave of that number already there is a conflict.
pub async fn insert_wave(
    txn: &impl ConnectionTrait,
    survey_id: i64,
    number: i32,
    started_by_name: &str,
) -> Result<i64, AppError> {
    let row = wave::ActiveModel {
        survey_id: Set(survey_id),
        number: Set(number),
        started_at: Set(Utc::now()),
        started_by_name: Set(started_by_name.into()),
        ..Default::default()
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "wave",
            crate::t("srv-err-wave-started"),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Who is invited, as the invitation keeps it (a snapshot: the results of a
/// wave do not change when an SME later moves or grows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    /// `sme:<id>` or `organisation:<id>`: the same recipient across waves.
    pub key: String,
    pub sme_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub name: String,
    pub groups: RespondentGroups,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub id: i64,
    pub survey_id: i64,
    pub wave_id: i64,
    pub recipient: Recipient,
    pub invited_at: DateTime<Utc>,
    pub reminded_at: Option<DateTime<Utc>>,
    /// Whether one of the recipient's links has been used.
    pub answered: bool,
    /// When the token was used (the only trace an anonymous answer leaves
    /// here; readers of an anonymous survey are not told it).
    pub answered_at: Option<DateTime<Utc>>,
}

pub async fn insert_invitation(
    txn: &impl ConnectionTrait,
    survey_id: i64,
    wave_id: i64,
    token_digest: &str,
    recipient: &Recipient,
) -> Result<i64, AppError> {
    let row = invitation::ActiveModel {
        survey_id: Set(survey_id),
        wave_id: Set(wave_id),
        token_digest: Set(token_digest.into()),
        recipient_key: Set(recipient.key.clone()),
        sme_id: Set(recipient.sme_id),
        organisation_id: Set(recipient.organisation_id),
        recipient_name: Set(recipient.name.clone()),
        country: Set(recipient.groups.country.clone()),
        home_organisation_name: Set(recipient.groups.home_organisation.clone()),
        sector_section: Set(recipient.groups.sector.clone()),
        size_class: Set(recipient.groups.size_class.clone()),
        invited_at: Set(Utc::now()),
        reminded_at: Set(None),
        ..Default::default()
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "recipients",
            crate::t1("srv-err-already-invited", "name", &recipient.name),
        )),
        Err(e) => Err(e.into()),
    }
}

async fn invitations_from(
    db: &impl ConnectionTrait,
    rows: Vec<invitation::Model>,
) -> Result<Vec<Invitation>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut used = HashMap::new();
    for chunk in ids.chunks(500) {
        for u in token_use::Entity::find()
            .filter(token_use::Column::InvitationId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            used.insert(u.invitation_id, u.used_at);
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| Invitation {
            answered: used.contains_key(&row.id),
            answered_at: used.get(&row.id).copied(),
            id: row.id,
            survey_id: row.survey_id,
            wave_id: row.wave_id,
            recipient: Recipient {
                key: row.recipient_key,
                sme_id: row.sme_id,
                organisation_id: row.organisation_id,
                name: row.recipient_name,
                groups: RespondentGroups {
                    country: row.country,
                    home_organisation: row.home_organisation_name,
                    sector: row.sector_section,
                    size_class: row.size_class,
                },
            },
            invited_at: row.invited_at,
            reminded_at: row.reminded_at,
        })
        .collect())
}

/// Invitations of a survey (of one wave when given), by recipient name.
pub async fn invitations(
    db: &impl ConnectionTrait,
    survey_id: i64,
    wave_id: Option<i64>,
) -> Result<Vec<Invitation>, AppError> {
    let mut query = invitation::Entity::find().filter(invitation::Column::SurveyId.eq(survey_id));
    if let Some(wave_id) = wave_id {
        query = query.filter(invitation::Column::WaveId.eq(wave_id));
    }
    let rows = query
        .order_by_asc(invitation::Column::RecipientName)
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await?;
    invitations_from(db, rows).await
}

/// The invitation a personal link belongs to: the link sent with the
/// invitation or one sent with a reminder.
pub async fn invitation_by_digest(
    db: &impl ConnectionTrait,
    digest: &str,
) -> Result<Option<Invitation>, AppError> {
    let reminded = Query::select()
        .column(reminder_link::Column::InvitationId)
        .from(reminder_link::Entity)
        .and_where(reminder_link::Column::TokenDigest.eq(digest))
        .to_owned();
    let rows = invitation::Entity::find()
        .filter(
            Condition::any()
                .add(invitation::Column::TokenDigest.eq(digest))
                .add(invitation::Column::Id.in_subquery(reminded)),
        )
        .all(db)
        .await?;
    Ok(invitations_from(db, rows).await?.pop())
}

/// Keeps the digest of a personal link sent with a reminder.
pub async fn insert_reminder_link(
    txn: &impl ConnectionTrait,
    invitation_id: i64,
    token_digest: &str,
) -> Result<(), AppError> {
    reminder_link::ActiveModel {
        token_digest: Set(token_digest.into()),
        invitation_id: Set(invitation_id),
        created_at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Marks an invitation used. The primary key makes a second use fail, even
/// when two posts arrive at once.
pub async fn use_token(txn: &impl ConnectionTrait, invitation_id: i64) -> Result<(), AppError> {
    let row = token_use::ActiveModel {
        invitation_id: Set(invitation_id),
        used_at: Set(Utc::now()),
    };
    match row.insert(txn).await {
        Ok(_) => Ok(()),
        Err(e) if db::is_unique_violation(&e) => {
            Err(AppError::conflict_on("token", crate::t("srv-err-answered")))
        }
        Err(e) => Err(e.into()),
    }
}

/// Records that the unanswered invitations of a wave were reminded now;
/// returns how many.
pub async fn remind(txn: &impl ConnectionTrait, wave_id: i64) -> Result<u64, AppError> {
    let result = invitation::Entity::update_many()
        .col_expr(invitation::Column::RemindedAt, Expr::value(Utc::now()))
        .filter(invitation::Column::WaveId.eq(wave_id))
        .filter(
            invitation::Column::Id.not_in_subquery(
                Query::select()
                    .column(token_use::Column::InvitationId)
                    .from(token_use::Entity)
                    .to_owned(),
            ),
        )
        .exec(txn)
        .await?;
    Ok(result.rows_affected)
}

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewResponse {
    pub survey_id: i64,
    pub wave_id: i64,
    /// None for an anonymous survey: nothing ties the answers to the invitation.
    pub invitation_id: Option<i64>,
    pub groups: RespondentGroups,
    pub submitted_at: DateTime<Utc>,
}

pub async fn insert_response(
    txn: &impl ConnectionTrait,
    new: &NewResponse,
    answers: &[(i64, Answer)],
) -> Result<i64, AppError> {
    let row = response::ActiveModel {
        survey_id: Set(new.survey_id),
        wave_id: Set(new.wave_id),
        invitation_id: Set(new.invitation_id),
        country: Set(new.groups.country.clone()),
        home_organisation_name: Set(new.groups.home_organisation.clone()),
        sector_section: Set(new.groups.sector.clone()),
        size_class: Set(new.groups.size_class.clone()),
        submitted_at: Set(new.submitted_at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    if !answers.is_empty() {
        answer::Entity::insert_many(answers.iter().map(|(question_id, a)| answer::ActiveModel {
            response_id: Set(row.id),
            question_id: Set(*question_id),
            value: Set(a.encode()),
        }))
        .exec(txn)
        .await?;
    }
    Ok(row.id)
}

/// A response as stored, with its answers still encoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredResponse {
    pub id: i64,
    pub wave_id: i64,
    pub invitation_id: Option<i64>,
    pub groups: RespondentGroups,
    pub submitted_at: DateTime<Utc>,
    pub answers: HashMap<i64, String>,
}

async fn answers_of(
    db: &impl ConnectionTrait,
    response_ids: &[i64],
) -> Result<HashMap<i64, HashMap<i64, String>>, AppError> {
    let mut out: HashMap<i64, HashMap<i64, String>> = HashMap::new();
    for chunk in response_ids.chunks(500) {
        for a in answer::Entity::find()
            .filter(answer::Column::ResponseId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            out.entry(a.response_id)
                .or_default()
                .insert(a.question_id, a.value);
        }
    }
    Ok(out)
}

/// Responses of a survey (of one wave when given), in the order they came
/// (readers of an anonymous survey see them in another order).
pub async fn responses(
    db: &impl ConnectionTrait,
    survey_id: i64,
    wave_id: Option<i64>,
) -> Result<Vec<StoredResponse>, AppError> {
    let mut query = response::Entity::find().filter(response::Column::SurveyId.eq(survey_id));
    if let Some(wave_id) = wave_id {
        query = query.filter(response::Column::WaveId.eq(wave_id));
    }
    let rows = query.order_by_asc(response::Column::Id).all(db).await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut answers = answers_of(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| StoredResponse {
            answers: answers.remove(&row.id).unwrap_or_default(),
            id: row.id,
            wave_id: row.wave_id,
            invitation_id: row.invitation_id,
            groups: RespondentGroups {
                country: row.country,
                home_organisation: row.home_organisation_name,
                sector: row.sector_section,
                size_class: row.size_class,
            },
            submitted_at: row.submitted_at,
        })
        .collect())
}

/// The latest answers a recipient gave in an earlier wave of a (non-anonymous)
/// survey, with the wave's number.
pub async fn earlier_answers(
    db: &impl ConnectionTrait,
    survey_id: i64,
    recipient_key: &str,
    before_wave_id: i64,
) -> Result<Option<(i32, HashMap<i64, String>)>, AppError> {
    let earlier: Vec<(i64, i64)> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::Id)
        .column(invitation::Column::WaveId)
        .filter(invitation::Column::SurveyId.eq(survey_id))
        .filter(invitation::Column::RecipientKey.eq(recipient_key))
        .filter(invitation::Column::WaveId.ne(before_wave_id))
        .into_tuple()
        .all(db)
        .await?;
    if earlier.is_empty() {
        return Ok(None);
    }
    let numbers: HashMap<i64, i32> = waves(db, survey_id)
        .await?
        .into_iter()
        .map(|w| (w.id, w.number))
        .collect();
    let current = numbers.get(&before_wave_id).copied().unwrap_or(i32::MAX);
    let rows = response::Entity::find()
        .filter(response::Column::InvitationId.is_in(earlier.iter().map(|(id, _)| *id)))
        .all(db)
        .await?;
    let latest = rows
        .into_iter()
        .filter_map(|r| numbers.get(&r.wave_id).map(|n| (*n, r.id)))
        .filter(|(n, _)| *n < current)
        .max();
    let Some((number, response_id)) = latest else {
        return Ok(None);
    };
    let mut answers = answers_of(db, &[response_id]).await?;
    Ok(Some((
        number,
        answers.remove(&response_id).unwrap_or_default(),
    )))
}

/// Erases an SME's name from the surveys it was invited to, and its free-text
/// answers where they can be traced to it (anonymous answers cannot be, and
/// name nobody); its choices stay in the results.
pub async fn erase_sme(txn: &impl ConnectionTrait, sme_id: i64) -> Result<(), AppError> {
    let invitations: Vec<i64> = invitation::Entity::find()
        .filter(invitation::Column::SmeId.eq(sme_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    if invitations.is_empty() {
        return Ok(());
    }
    invitation::Entity::update_many()
        .col_expr(
            invitation::Column::RecipientName,
            Expr::value(format!("Erased SME #{sme_id}")),
        )
        .filter(invitation::Column::Id.is_in(invitations.clone()))
        .exec(txn)
        .await?;
    let responses: Vec<i64> = response::Entity::find()
        .filter(response::Column::InvitationId.is_in(invitations))
        .all(txn)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    let free_text: Vec<i64> = question::Entity::find()
        .filter(question::Column::Kind.eq(super::model::QuestionKind::FreeText.as_str()))
        .all(txn)
        .await?
        .into_iter()
        .map(|q| q.id)
        .collect();
    answer::Entity::delete_many()
        .filter(answer::Column::ResponseId.is_in(responses))
        .filter(answer::Column::QuestionId.is_in(free_text))
        .exec(txn)
        .await?;
    Ok(())
}
