//! The survey operations: each checks who may do it, validates with the model
//! and writes with the store in one transaction. Pages, the API and the demo
//! loader all go through them.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseTransaction};

use super::model::{
    self, Answer, Breakdown, GroupResults, Question, QuestionInput, QuestionSpec, RespondentGroups,
    ResponseAnswers, ResponseRate, Summary, SurveyInput, SurveyStatus, SurveyTemplate,
};
use super::store::{self, Invitation, NewResponse, Recipient, Survey, Wave};
use super::templates;
use crate::auth::{self, Actor, Role};
use crate::db::{self, Db};
use crate::notify::{Kind, Notice, Text};
use crate::registry::model::{ListFilter, NaceCode, OrganisationKind, SizeClass, SmeScope};
use crate::registry::{self};
use crate::softlanding;
use crate::validation::{FieldErrors, Window};
use crate::web::AppError;
use crate::web::export::{Cell, Table};

/// Surveys the actor runs: all for admins, their organisation's for managers.
pub async fn surveys(db: &Db, actor: &Actor) -> Result<Vec<Survey>, AppError> {
    match actor.role {
        Role::Admin => store::surveys(db, None).await,
        Role::Manager => match actor.organisation_id {
            Some(id) => store::surveys(db, Some(&[id])).await,
            None => Ok(Vec::new()),
        },
        _ => Err(AppError::Forbidden),
    }
}

/// A survey the actor runs; anyone else is told it does not exist.
pub async fn survey(db: &Db, actor: &Actor, id: i64) -> Result<Survey, AppError> {
    match store::survey(db, id).await? {
        Some(s) if model::can_manage(actor, s.organisation.id) => Ok(s),
        Some(_) if !model::can_create(actor) => Err(AppError::Forbidden),
        _ => Err(AppError::NotFound),
    }
}

/// A survey with its questionnaire and waves, as the overview shows it.
pub struct SurveyOverview {
    pub survey: Survey,
    pub questions: Vec<Question>,
    pub waves: Vec<WaveSummary>,
}

#[derive(Clone, Debug)]
pub struct WaveSummary {
    pub wave: Wave,
    pub rate: ResponseRate,
    pub reminded: usize,
}

pub async fn overview(db: &Db, actor: &Actor, id: i64) -> Result<SurveyOverview, AppError> {
    let survey = survey(db, actor, id).await?;
    let questions = store::questions(db, id).await?;
    let invitations = store::invitations(db, id, None).await?;
    let waves = store::waves(db, id)
        .await?
        .into_iter()
        .map(|wave| {
            let of_wave: Vec<&Invitation> = invitations
                .iter()
                .filter(|i| i.wave_id == wave.id)
                .collect();
            WaveSummary {
                rate: ResponseRate::new(
                    of_wave.len(),
                    of_wave.iter().filter(|i| i.answered).count(),
                ),
                reminded: of_wave.iter().filter(|i| i.reminded_at.is_some()).count(),
                wave,
            }
        })
        .collect();
    Ok(SurveyOverview {
        survey,
        questions,
        waves,
    })
}

/// What creating a survey takes.
#[derive(Clone, Debug, Default)]
pub struct NewSurvey {
    /// Required for admins; a manager's survey belongs to their organisation.
    pub organisation_id: Option<i64>,
    pub survey: SurveyInput,
    /// Start from a shipped questionnaire…
    pub template: String,
    /// …or from these questions (the API sends them with the survey).
    pub questions: Vec<QuestionInput>,
}

pub async fn create_survey(db: &Db, actor: &Actor, new: NewSurvey) -> Result<i64, AppError> {
    if !model::can_create(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let organisation_id = match (actor.role, new.organisation_id) {
        (Role::Manager, None) => actor.organisation_id,
        (Role::Manager, Some(id)) if actor.manages(id) => Some(id),
        (Role::Manager, Some(_)) => return Err(AppError::Forbidden),
        (_, Some(id)) => {
            if registry::store::organisation_refs(db, &[id])
                .await?
                .is_empty()
            {
                errors.add("organisation_id", crate::t("srv-err-no-such-organisation"));
            }
            Some(id)
        }
        (_, None) => {
            errors.add("organisation_id", crate::t("srv-err-choose-organisation"));
            None
        }
    };
    let template = if new.template.trim().is_empty() {
        None
    } else {
        errors.check("template", SurveyTemplate::parse(&new.template))
    };
    if template.is_some() && !new.questions.is_empty() {
        errors.add("questions", crate::t("srv-err-template-or-questions"));
    }
    let mut input = new.survey.clone();
    if let Some(t) = template {
        if input.title.trim().is_empty() {
            input.title = templates::title(t).into();
        }
        if input.introduction.trim().is_empty() {
            input.introduction = templates::introduction(t).into();
        }
    }
    let draft = input.validate();
    let specs = match template {
        Some(t) => Ok(templates::questions(t)),
        None => model::validate_questionnaire(&new.questions),
    };
    let (draft, specs) = match (draft, specs) {
        (Ok(d), Ok(s)) if errors.is_empty() => (d, s),
        (d, s) => {
            if let Err(e) = d {
                errors.merge(e);
            }
            if let Err(e) = s {
                errors.merge(e);
            }
            return Err(AppError::Validation(errors));
        }
    };
    let organisation_id = organisation_id.ok_or(AppError::Forbidden)?;
    let txn = db::write(db).await?;
    let id = create_in(
        &txn,
        organisation_id,
        &draft,
        template,
        &specs,
        &actor.display_name,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Writes a new survey with its questions in the caller's transaction.
pub async fn create_in(
    txn: &impl ConnectionTrait,
    organisation_id: i64,
    draft: &model::SurveyDraft,
    template: Option<SurveyTemplate>,
    specs: &[QuestionSpec],
    created_by: &str,
) -> Result<i64, AppError> {
    let id = store::insert_survey(txn, organisation_id, draft, template, created_by).await?;
    for spec in specs {
        store::insert_question(txn, id, spec).await?;
    }
    Ok(id)
}

/// Changes a survey's title, introduction or anonymity (anonymity only until
/// the first wave is sent: answers already given keep their link or lack of
/// one). `change` gets the current fields and returns the new ones (a PATCH
/// changes some, the form all); `seen` is the version a form was filled
/// from: changed since (a question edited, a wave sent), the form is refused
/// rather than overwriting what someone else saved.
pub async fn update_survey(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(SurveyInput) -> SurveyInput,
) -> Result<(), AppError> {
    let current = survey(db, actor, id).await?;
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let draft = change(survey_input(&current))
        .validate()
        .map_err(AppError::Validation)?;
    if draft.anonymous != current.anonymous && current.status != SurveyStatus::Draft {
        return Err(AppError::Validation(FieldErrors::single(
            "anonymous",
            crate::t("srv-err-anonymity-fixed"),
        )));
    }
    let txn = db::write(db).await?;
    // Read again under its lock: a wave sent meanwhile changed it too.
    store::update_survey(&txn, id, current.updated_at, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// A survey's fields as the starting point of an edit.
pub fn survey_input(survey: &Survey) -> SurveyInput {
    SurveyInput {
        title: survey.title.clone(),
        introduction: survey.introduction.clone(),
        anonymous: survey.anonymous,
        unreadable: FieldErrors::new(),
    }
}

async fn editable(db: &Db, actor: &Actor, survey_id: i64) -> Result<Survey, AppError> {
    let s = survey(db, actor, survey_id).await?;
    model::check_editable(s.status)
        .map_err(|m| AppError::Validation(FieldErrors::single("questions", m)))?;
    Ok(s)
}

/// A write transaction in which the survey is still a draft, its row locked:
/// a first wave sent at the same moment either comes first (and the edit is
/// refused) or waits for the edit, so nobody answers questions that change.
async fn draft_txn(db: &Db, survey_id: i64) -> Result<DatabaseTransaction, AppError> {
    let txn = db::write(db).await?;
    if !store::change_status(&txn, survey_id, SurveyStatus::Draft, SurveyStatus::Draft).await? {
        return Err(AppError::Validation(FieldErrors::single(
            "questions",
            crate::t("srv-err-frozen"),
        )));
    }
    Ok(txn)
}

pub async fn add_question(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    input: &QuestionInput,
) -> Result<i64, AppError> {
    editable(db, actor, survey_id).await?;
    let spec = input.validate().map_err(AppError::Validation)?;
    let txn = draft_txn(db, survey_id).await?;
    // Counted in the transaction that holds the survey, so that questions
    // added at the same moment cannot pass the maximum together.
    model::check_room_for_question(store::questions(&txn, survey_id).await?.len())
        .map_err(|m| AppError::Validation(FieldErrors::single("questions", m)))?;
    let id = store::insert_question(&txn, survey_id, &spec).await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn question(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    question_id: i64,
) -> Result<(Survey, Question), AppError> {
    let s = survey(db, actor, survey_id).await?;
    let q = store::questions(db, survey_id)
        .await?
        .into_iter()
        .find(|q| q.id == question_id)
        .ok_or(AppError::NotFound)?;
    Ok((s, q))
}

pub async fn update_question(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    question_id: i64,
    input: &QuestionInput,
) -> Result<(), AppError> {
    question(db, actor, survey_id, question_id).await?;
    editable(db, actor, survey_id).await?;
    let spec = input.validate().map_err(AppError::Validation)?;
    let txn = draft_txn(db, survey_id).await?;
    store::update_question(&txn, question_id, &spec).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn delete_question(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    question_id: i64,
) -> Result<(), AppError> {
    question(db, actor, survey_id, question_id).await?;
    editable(db, actor, survey_id).await?;
    let txn = draft_txn(db, survey_id).await?;
    store::delete_question(&txn, question_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Moves a question one place up or down the questionnaire, while the
/// survey is a draft; the first stays first, the last last.
pub async fn move_question(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    question_id: i64,
    up: bool,
) -> Result<(), AppError> {
    question(db, actor, survey_id, question_id).await?;
    editable(db, actor, survey_id).await?;
    let txn = draft_txn(db, survey_id).await?;
    let mut ids: Vec<i64> = store::questions(&txn, survey_id)
        .await?
        .iter()
        .map(|q| q.id)
        .collect();
    let at = ids
        .iter()
        .position(|id| *id == question_id)
        .ok_or(AppError::NotFound)?;
    let other = if up { at.checked_sub(1) } else { Some(at + 1) };
    if let Some(other) = other.filter(|i| *i < ids.len()) {
        ids.swap(at, other);
        store::renumber_questions(&txn, &ids).await?;
    }
    txn.commit().await?;
    Ok(())
}

pub async fn replace_questions(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    inputs: &[QuestionInput],
) -> Result<(), AppError> {
    editable(db, actor, survey_id).await?;
    let specs = model::validate_questionnaire(inputs).map_err(AppError::Validation)?;
    let txn = draft_txn(db, survey_id).await?;
    store::replace_questions(&txn, survey_id, &specs).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn close(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let s = survey(db, actor, id).await?;
    let txn = db::write(db).await?;
    if !store::change_status(&txn, id, SurveyStatus::Open, SurveyStatus::Closed).await? {
        return Err(AppError::Validation(FieldErrors::single(
            "status",
            crate::t1("srv-err-close-not-open", "status", s.status.as_str()),
        )));
    }
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Sending
// ---------------------------------------------------------------------------

/// Whom the first wave goes to. Everything given is added up (without doubles).
#[derive(Clone, Debug, Default)]
pub struct RecipientChoice {
    /// Every participant of this soft-landing programme that the survey's organisation follows.
    pub programme_id: Option<i64>,
    /// Every SME whose home is the survey's organisation.
    pub own_smes: bool,
    /// Every organisation of this kind (e.g. all clusters).
    pub organisation_kind: Option<String>,
    pub sme_ids: Vec<i64>,
    pub organisation_ids: Vec<i64>,
}

impl RecipientChoice {
    pub fn is_empty(&self) -> bool {
        self.programme_id.is_none()
            && !self.own_smes
            && self.organisation_kind.is_none()
            && self.sme_ids.is_empty()
            && self.organisation_ids.is_empty()
    }
}

/// A personal link, shown once: only its digest is kept.
#[derive(Clone, Debug, serde::Serialize, utoipa::ToSchema)]
pub struct PersonalLink {
    pub recipient: String,
    pub recipient_key: String,
    pub link: String,
}

#[derive(Clone, Debug)]
pub struct SentWave {
    pub survey_id: i64,
    pub number: i32,
    pub links: Vec<PersonalLink>,
}

impl SentWave {
    /// The links as a table for a mail merge.
    pub fn table(&self) -> Table {
        let mut table = Table::new(
            format!("survey-{}-wave-{}-links", self.survey_id, self.number),
            &["Recipient", "Recipient key", "Link"],
        );
        for l in &self.links {
            table.push(vec![
                l.recipient.clone().into(),
                l.recipient_key.clone().into(),
                l.link.clone().into(),
            ]);
        }
        table
    }
}

/// The groups an SME's answers are counted in.
pub fn sme_groups(
    country: &str,
    home_organisation: &str,
    sectors: &[NaceCode],
    employees: Option<i64>,
) -> RespondentGroups {
    let sector = sectors
        .first()
        .and_then(|code| code.as_str().get(..1))
        .map(|section| {
            let title = NaceCode::from_stored(section.to_string()).title();
            format!("{section} {title}")
        })
        .unwrap_or_default();
    RespondentGroups {
        country: country.to_string(),
        home_organisation: home_organisation.to_string(),
        sector,
        size_class: employees
            .map(|n| SizeClass::of_employees(n).label().to_string())
            .unwrap_or_default(),
    }
}

async fn sme_recipient(db: &Db, sme_id: i64) -> Result<Option<Recipient>, AppError> {
    let Some(sme) = registry::store::sme(db, sme_id).await? else {
        return Ok(None);
    };
    Ok(Some(Recipient {
        key: format!("sme:{}", sme.id),
        sme_id: Some(sme.id),
        organisation_id: None,
        groups: sme_groups(
            sme.country.as_str(),
            &sme.home.name,
            &sme.sectors,
            sme.employees.map(i64::from),
        ),
        name: sme.name,
    }))
}

fn organisation_recipient(o: &registry::OrganisationRef) -> Recipient {
    Recipient {
        key: format!("organisation:{}", o.id),
        sme_id: None,
        organisation_id: Some(o.id),
        name: o.name.clone(),
        groups: RespondentGroups {
            country: o.country.as_str().to_string(),
            // An organisation answers for itself: it is its own home.
            home_organisation: o.name.clone(),
            sector: String::new(),
            size_class: String::new(),
        },
    }
}

/// The participants of any programme that an organisation follows, by SME id.
async fn followed_smes(db: &Db, organisation_id: i64) -> Result<BTreeSet<i64>, AppError> {
    Ok(softlanding::store::programmes::participants(
        db,
        softlanding::store::programmes::ParticipantFilter {
            followed_by: Some(organisation_id),
            ..Default::default()
        },
    )
    .await?
    .into_iter()
    .map(|p| p.sme_id)
    .collect())
}

async fn home_smes(db: &Db, organisation_id: i64) -> Result<Vec<registry::store::Sme>, AppError> {
    let filter = ListFilter {
        home_organisation: Some(organisation_id),
        ..Default::default()
    };
    let window = Window {
        limit: 100_000,
        offset: 0,
    };
    Ok(
        registry::store::list_smes(db, SmeScope::All, &filter, window)
            .await?
            .0,
    )
}

/// Whom a survey's sender may pick one by one, by name: the SMEs its
/// organisation looks after (its own and the participants it follows) and
/// every organisation of the network.
pub async fn pickable(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
) -> Result<(Vec<(i64, String)>, Vec<(i64, String)>), AppError> {
    let s = survey(db, actor, survey_id).await?;
    let org = s.organisation.id;
    let mut smes: Vec<(i64, String)> = home_smes(db, org)
        .await?
        .into_iter()
        .map(|sme| (sme.id, sme.name))
        .collect();
    let followed: Vec<i64> = followed_smes(db, org)
        .await?
        .into_iter()
        .filter(|id| !smes.iter().any(|(own, _)| own == id))
        .collect();
    smes.extend(
        registry::store::sme_refs(db, &followed)
            .await?
            .into_values()
            .map(|sme| (sme.id, sme.name)),
    );
    smes.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    let window = Window {
        limit: 100_000,
        offset: 0,
    };
    let organisations = registry::store::list_organisations(db, &ListFilter::default(), window)
        .await?
        .0
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok((smes, organisations))
}

/// Turns a choice into recipients, refusing SMEs the survey's organisation has
/// no business asking (a manager reaches its own SMEs and the participants it
/// follows; an admin reaches everyone).
async fn resolve(
    db: &Db,
    actor: &Actor,
    survey: &Survey,
    choice: &RecipientChoice,
) -> Result<Vec<Recipient>, AppError> {
    let org = survey.organisation.id;
    let mut errors = FieldErrors::new();
    let mut sme_ids: BTreeSet<i64> = BTreeSet::new();
    let mut organisation_ids: BTreeSet<i64> = BTreeSet::new();
    if let Some(programme_id) = choice.programme_id {
        let mut filter = softlanding::store::programmes::ParticipantFilter {
            programme_id: Some(programme_id),
            ..Default::default()
        };
        if !actor.is_admin() {
            filter.followed_by = Some(org);
        }
        let participants = softlanding::store::programmes::participants(db, filter).await?;
        if participants.is_empty() {
            errors.add("programme_id", crate::t("srv-err-no-participants"));
        }
        sme_ids.extend(participants.iter().map(|p| p.sme_id));
    }
    if choice.own_smes {
        let own = home_smes(db, org).await?;
        if own.is_empty() {
            errors.add("own_smes", crate::t("srv-err-no-own-smes"));
        }
        sme_ids.extend(own.iter().map(|s| s.id));
    }
    if !choice.sme_ids.is_empty() {
        let allowed: BTreeSet<i64> = if actor.is_admin() {
            choice.sme_ids.iter().copied().collect()
        } else {
            let mut allowed = followed_smes(db, org).await?;
            allowed.extend(home_smes(db, org).await?.iter().map(|s| s.id));
            allowed
        };
        for id in &choice.sme_ids {
            if allowed.contains(id) {
                sme_ids.insert(*id);
            } else {
                errors.add("sme_ids", crate::t1("srv-err-sme-not-yours", "id", id));
            }
        }
    }
    if let Some(kind) = &choice.organisation_kind {
        match OrganisationKind::parse(kind) {
            Ok(kind) => {
                let filter = ListFilter {
                    kind: Some(kind),
                    ..Default::default()
                };
                let window = Window {
                    limit: 100_000,
                    offset: 0,
                };
                let found = registry::store::list_organisations(db, &filter, window)
                    .await?
                    .0;
                if found.is_empty() {
                    errors.add(
                        "organisation_kind",
                        crate::t("srv-err-no-organisation-of-kind"),
                    );
                }
                organisation_ids.extend(found.iter().map(|o| o.id));
            }
            Err(e) => errors.add("organisation_kind", e),
        }
    }
    organisation_ids.extend(choice.organisation_ids.iter().copied());
    let ids: Vec<i64> = organisation_ids.into_iter().collect();
    let refs = registry::store::organisation_refs(db, &ids).await?;
    let mut recipients = Vec::new();
    for id in &ids {
        match refs.get(id) {
            Some(o) => recipients.push(organisation_recipient(o)),
            None => errors.add(
                "organisation_ids",
                crate::t1("srv-err-no-organisation-id", "id", id),
            ),
        }
    }
    for id in sme_ids {
        match sme_recipient(db, id).await? {
            Some(r) => recipients.push(r),
            None => errors.add("sme_ids", crate::t1("srv-err-no-sme-id", "id", id)),
        }
    }
    if recipients.is_empty() && errors.is_empty() {
        errors.add("recipients", crate::t("srv-err-no-recipients"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    recipients.sort_by(|a, b| a.name.cmp(&b.name).then(a.key.cmp(&b.key)));
    Ok(recipients)
}

/// Notifies the people who act for a survey's recipient (the SME's members,
/// or the organisation's managers).
async fn notify_recipient(
    txn: &impl ConnectionTrait,
    recipient: &Recipient,
    notice: &Notice,
) -> Result<usize, AppError> {
    let organisations: Vec<i64> = recipient.organisation_id.into_iter().collect();
    let smes: Vec<i64> = recipient.sme_id.into_iter().collect();
    crate::notify::to_parties(txn, &organisations, &smes, notice).await
}

/// Sends the first wave to the chosen recipients, or — when the survey has been
/// sent before and no choice is given — starts the next wave for exactly the
/// recipients of wave 1 (the panel). Returns the personal links, once.
pub async fn send_wave(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    choice: Option<&RecipientChoice>,
    public_url: &str,
) -> Result<SentWave, AppError> {
    let s = survey(db, actor, survey_id).await?;
    let questions = store::questions(db, survey_id).await?;
    let waves = store::waves(db, survey_id).await?;
    model::check_sendable(s.status, questions.len(), waves.len())
        .map_err(|m| AppError::Validation(FieldErrors::single("status", m)))?;
    let recipients = match (waves.first(), choice) {
        (None, Some(choice)) if !choice.is_empty() => resolve(db, actor, &s, choice).await?,
        (None, _) => {
            return Err(AppError::Validation(FieldErrors::single(
                "recipients",
                crate::t("srv-err-no-recipients"),
            )));
        }
        (Some(first), None) => store::invitations(db, survey_id, Some(first.id))
            .await?
            .into_iter()
            .map(|i| i.recipient)
            .collect(),
        (Some(_), Some(choice)) if choice.is_empty() => {
            store::invitations(db, survey_id, Some(waves[0].id))
                .await?
                .into_iter()
                .map(|i| i.recipient)
                .collect()
        }
        (Some(_), Some(_)) => {
            return Err(AppError::Validation(FieldErrors::single(
                "recipients",
                crate::t("srv-err-panel"),
            )));
        }
    };
    let number = waves.last().map_or(1, |w| w.number + 1);
    let txn = db::write(db).await?;
    // The survey's row is locked and its waves counted again under the lock:
    // two waves sent at once, or one sent as the survey is closed, would
    // otherwise both go out (with the same number, or to a closed survey).
    if !store::change_status(&txn, survey_id, s.status, s.status).await?
        || store::waves(&txn, survey_id).await?.len() != waves.len()
    {
        return Err(AppError::conflict(crate::t("srv-err-changed-meanwhile")));
    }
    let links = send_in(
        &txn,
        &s,
        number,
        &recipients,
        &actor.display_name,
        public_url,
    )
    .await?;
    txn.commit().await?;
    Ok(SentWave {
        survey_id,
        number,
        links,
    })
}

/// Writes a wave with one invitation per recipient in the caller's
/// transaction; opens a draft survey, and a closed one again (for this
/// wave's links only: see [`model::takes_answers`]).
pub async fn send_in(
    txn: &impl ConnectionTrait,
    survey: &Survey,
    number: i32,
    recipients: &[Recipient],
    started_by: &str,
    public_url: &str,
) -> Result<Vec<PersonalLink>, AppError> {
    if survey.status != SurveyStatus::Open {
        store::change_status(txn, survey.id, survey.status, SurveyStatus::Open).await?;
    }
    let wave_id = store::insert_wave(txn, survey.id, number, started_by).await?;
    let mut links = Vec::with_capacity(recipients.len());
    for recipient in recipients {
        let token = auth::model::new_secret();
        store::insert_invitation(
            txn,
            survey.id,
            wave_id,
            &auth::model::secret_digest(&token),
            recipient,
        )
        .await?;
        let link = format!("{public_url}/s/{token}");
        notify_recipient(
            txn,
            recipient,
            &Notice::new(
                Kind::SurveyInvitation,
                Text::new("ntf-survey-subject")
                    .arg("organisation", &survey.organisation.name)
                    .arg("survey", &survey.title),
                Text::new("ntf-survey-body")
                    .arg("organisation", &survey.organisation.name)
                    .arg("recipient", &recipient.name)
                    .arg("survey", &survey.title)
                    .arg("follow_up", if number > 1 { "yes" } else { "no" })
                    .arg("wave", number),
                link.clone(),
            ),
        )
        .await?;
        links.push(PersonalLink {
            recipient: recipient.name.clone(),
            recipient_key: recipient.key.clone(),
            link,
        });
    }
    Ok(links)
}

async fn wave_by_number(
    db: &Db,
    survey_id: i64,
    number: Option<i32>,
) -> Result<(Vec<Wave>, Option<Wave>), AppError> {
    let waves = store::waves(db, survey_id).await?;
    let wave = match number {
        Some(n) => Some(
            waves
                .iter()
                .find(|w| w.number == n)
                .cloned()
                .ok_or(AppError::NotFound)?,
        ),
        None => waves.last().cloned(),
    };
    Ok((waves, wave))
}

/// Records a reminder on every unanswered invitation of a wave and sends each
/// recipient a fresh personal link; the first link keeps working too.
pub async fn remind(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    number: i32,
    public_url: &str,
) -> Result<u64, AppError> {
    let s = survey(db, actor, survey_id).await?;
    if s.status != SurveyStatus::Open {
        return Err(AppError::Validation(FieldErrors::single(
            "status",
            crate::t("srv-err-reminders-closed"),
        )));
    }
    let (waves, wave) = wave_by_number(db, survey_id, Some(number)).await?;
    let wave = wave.ok_or(AppError::NotFound)?;
    if waves.iter().any(|w| w.number > wave.number) {
        return Err(AppError::Validation(FieldErrors::single(
            "status",
            crate::t("srv-err-wave-over"),
        )));
    }
    let unanswered: Vec<Invitation> = store::invitations(db, survey_id, Some(wave.id))
        .await?
        .into_iter()
        .filter(|i| !i.answered)
        .collect();
    let txn = db::write(db).await?;
    let reminded = store::remind(&txn, wave.id).await?;
    for invitation in &unanswered {
        let token = auth::model::new_secret();
        store::insert_reminder_link(&txn, invitation.id, &auth::model::secret_digest(&token))
            .await?;
        notify_recipient(
            &txn,
            &invitation.recipient,
            &Notice::new(
                Kind::SurveyReminder,
                Text::new("ntf-reminder-subject").arg("survey", &s.title),
                Text::new("ntf-reminder-body")
                    .arg("organisation", &s.organisation.name)
                    .arg("recipient", &invitation.recipient.name)
                    .arg("survey", &s.title)
                    .date("sent", invitation.invited_at.date_naive()),
                format!("{public_url}/s/{token}"),
            ),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(reminded)
}

/// The invitations of one wave (the latest when none is given).
pub async fn invitations(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    number: Option<i32>,
) -> Result<(Option<Wave>, Vec<Invitation>), AppError> {
    let s = survey(db, actor, survey_id).await?;
    let (_, wave) = wave_by_number(db, survey_id, number).await?;
    let Some(wave) = wave else {
        return Ok((None, Vec::new()));
    };
    let mut invitations = store::invitations(db, survey_id, Some(wave.id)).await?;
    if s.anonymous {
        // The time of answering would tie a named recipient to a response.
        for invitation in &mut invitations {
            invitation.answered_at = None;
        }
    }
    Ok((Some(wave), invitations))
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

/// One response as results and exports show it. `respondent` is empty for
/// anonymous surveys.
#[derive(Clone, Debug)]
pub struct ResponseRow {
    pub number: usize,
    pub respondent: String,
    pub groups: RespondentGroups,
    pub submitted_on: chrono::NaiveDate,
    pub answers: HashMap<i64, Answer>,
}

pub struct SurveyResults {
    pub survey: Survey,
    pub questions: Vec<Question>,
    pub waves: Vec<Wave>,
    pub wave: Option<Wave>,
    pub rate: ResponseRate,
    pub breakdown: Option<Breakdown>,
    pub groups: Vec<GroupResults>,
    pub responses: Vec<ResponseRow>,
    /// An anonymous wave with one or two responses shows none of them.
    pub withheld: bool,
}

fn decode_answers(
    questions: &[Question],
    raw: &HashMap<i64, String>,
) -> Result<HashMap<i64, Answer>, AppError> {
    let mut out = HashMap::new();
    for q in questions {
        if let Some(value) = raw.get(&q.id) {
            out.insert(
                q.id,
                Answer::decode(q.spec.kind, value)
                    .map_err(|e| AppError::Internal(anyhow::anyhow!("stored answer: {e}")))?,
            );
        }
    }
    Ok(out)
}

pub async fn results(
    db: &Db,
    actor: &Actor,
    survey_id: i64,
    number: Option<i32>,
    breakdown: Option<Breakdown>,
) -> Result<SurveyResults, AppError> {
    let survey = survey(db, actor, survey_id).await?;
    if let Some(b) = breakdown
        && !b.allowed(survey.anonymous)
    {
        return Err(AppError::Validation(FieldErrors::single(
            "by",
            crate::t("srv-err-anonymous-split"),
        )));
    }
    let questions = store::questions(db, survey_id).await?;
    let (waves, wave) = wave_by_number(db, survey_id, number).await?;
    let (invitations, mut stored) = match &wave {
        Some(w) => (
            store::invitations(db, survey_id, Some(w.id)).await?,
            store::responses(db, survey_id, Some(w.id)).await?,
        ),
        None => (Vec::new(), Vec::new()),
    };
    if survey.anonymous {
        // In the order they came, the responses could be matched with the
        // order in which named recipients answered: order them by content.
        stored.sort_by_cached_key(|r| {
            let mut answers: Vec<(i64, String)> =
                r.answers.iter().map(|(q, v)| (*q, v.clone())).collect();
            answers.sort_unstable();
            answers
        });
    }
    let names: HashMap<i64, String> = invitations
        .iter()
        .map(|i| (i.id, i.recipient.name.clone()))
        .collect();
    let mut responses = Vec::with_capacity(stored.len());
    for (n, r) in stored.into_iter().enumerate() {
        responses.push(ResponseRow {
            number: n + 1,
            respondent: if survey.anonymous {
                String::new()
            } else {
                r.invitation_id
                    .and_then(|id| names.get(&id).cloned())
                    .unwrap_or_default()
            },
            groups: r.groups,
            submitted_on: r.submitted_at.date_naive(),
            answers: decode_answers(&questions, &r.answers)?,
        });
    }
    let withheld = model::answers_withheld(survey.anonymous, responses.len());
    if withheld {
        responses.clear();
    }
    if survey.anonymous {
        let countries: Vec<String> = responses.iter().map(|r| r.groups.country.clone()).collect();
        for (response, shown) in responses
            .iter_mut()
            .zip(model::anonymous_countries(&countries))
        {
            response.groups.country = shown;
        }
    }
    let answered: Vec<ResponseAnswers> = responses
        .iter()
        .map(|r| ResponseAnswers {
            groups: r.groups.clone(),
            answers: r.answers.clone(),
        })
        .collect();
    let groups = model::results(&questions, &answered, breakdown);
    let rate = ResponseRate::new(
        invitations.len(),
        invitations.iter().filter(|i| i.answered).count(),
    );
    Ok(SurveyResults {
        survey,
        questions,
        waves,
        wave,
        rate,
        breakdown,
        groups,
        responses,
        withheld,
    })
}

impl SurveyResults {
    fn wave_label(&self) -> String {
        self.wave
            .as_ref()
            .map_or_else(|| "no wave".into(), |w| format!("wave {}", w.number))
    }

    /// One row per response, one column per question: the same values the
    /// answers table on the results page shows.
    pub fn answers_table(&self) -> Table {
        let mut columns: Vec<String> = vec!["Response".into()];
        if self.survey.anonymous {
            columns.push("Country".into());
        } else {
            for c in [
                "Respondent",
                "Country",
                "Home organisation",
                "Sector",
                "Size class",
            ] {
                columns.push(c.into());
            }
        }
        columns.push("Submitted on".into());
        for (i, q) in self.questions.iter().enumerate() {
            columns.push(format!("Q{} {}", i + 1, q.spec.prompt));
        }
        let mut table = Table {
            name: format!("survey-{}-{}-answers", self.survey.id, self.wave_label()),
            columns,
            rows: Vec::new(),
        };
        for r in &self.responses {
            let mut row: Vec<Cell> = vec![Cell::Integer(i64::try_from(r.number).unwrap_or(0))];
            row.push(match r.groups.country.as_str() {
                model::OTHER_COUNTRIES => "Other countries".into(),
                country => country.to_string().into(),
            });
            if !self.survey.anonymous {
                row.insert(1, r.respondent.clone().into());
                row.push(r.groups.home_organisation.clone().into());
                row.push(r.groups.sector.clone().into());
                row.push(r.groups.size_class.clone().into());
            }
            row.push(Cell::Date(r.submitted_on));
            for q in &self.questions {
                row.push(match r.answers.get(&q.id) {
                    None => Cell::Empty,
                    Some(Answer::Likert(n)) => Cell::Integer(i64::from(*n)),
                    Some(Answer::Number(n)) => Cell::Integer(*n),
                    Some(a) => Cell::Text(a.display(&q.spec)),
                });
            }
            table.rows.push(row);
        }
        table
    }

    /// The ranking table of a choice or ranking question, for all respondents
    /// (or one group of the breakdown).
    pub fn ranking_table(&self, question_id: i64, group: Option<&str>) -> Result<Table, AppError> {
        let group = self
            .groups
            .iter()
            .find(|g| group.is_none_or(|name| g.group == name))
            .ok_or(AppError::NotFound)?;
        let summary = group
            .questions
            .iter()
            .find(|q| q.question_id == question_id)
            .ok_or(AppError::NotFound)?;
        let name = format!(
            "survey-{}-{}-question-{}-ranking",
            self.survey.id,
            self.wave_label(),
            question_id
        );
        let as_i64 = |n: usize| Cell::Integer(i64::try_from(n).unwrap_or(0));
        match &summary.summary {
            Summary::Choices { options } => {
                let mut table =
                    Table::new(name, &["Rank", "Option", "Respondents", "% of respondents"]);
                for o in options {
                    table.push(vec![
                        as_i64(o.rank),
                        o.option.clone().into(),
                        as_i64(o.respondents),
                        Cell::Decimal(o.percent),
                    ]);
                }
                Ok(table)
            }
            Summary::Ranking { options } => {
                let mut table = Table::new(
                    name,
                    &[
                        "Rank",
                        "Option",
                        "Ranked by",
                        "Mean place",
                        "% ranking it first",
                    ],
                );
                for o in options {
                    table.push(vec![
                        as_i64(o.rank),
                        o.option.clone().into(),
                        as_i64(o.ranked_by),
                        o.mean_place.map_or(Cell::Empty, Cell::Decimal),
                        Cell::Decimal(o.first_percent),
                    ]);
                }
                Ok(table)
            }
            _ => Err(AppError::NotFound),
        }
    }
}

// ---------------------------------------------------------------------------
// Answering with a token
// ---------------------------------------------------------------------------

/// What a respondent sees behind their link.
pub struct InvitationView {
    pub survey: Survey,
    pub questions: Vec<Question>,
    pub invitation: Invitation,
    pub wave_number: i32,
    /// The survey's latest wave: only its links take answers.
    pub latest_wave: i32,
    /// Their answers in the latest earlier wave (non-anonymous surveys only).
    pub earlier: Option<(i32, HashMap<i64, Answer>)>,
    /// True when earlier answers are withheld because the survey is anonymous.
    pub earlier_withheld: bool,
}

impl InvitationView {
    pub fn answered(&self) -> bool {
        self.invitation.answered
    }

    /// Whether the link takes an answer now (see [`model::takes_answers`]).
    pub fn takes_answers(&self) -> Result<(), String> {
        model::takes_answers(self.survey.status, self.wave_number, self.latest_wave)
    }

    pub fn earlier_answer(&self, question: &Question) -> Option<String> {
        self.earlier
            .as_ref()
            .and_then(|(_, answers)| answers.get(&question.id))
            .map(|a| a.display(&question.spec))
    }
}

/// The invitation behind a token; an unknown token is simply not found.
pub async fn invitation(db: &Db, token: &str) -> Result<InvitationView, AppError> {
    let digest = auth::model::secret_digest(token.trim());
    let invitation = store::invitation_by_digest(db, &digest)
        .await?
        .ok_or(AppError::NotFound)?;
    let survey = store::survey(db, invitation.survey_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let questions = store::questions(db, survey.id).await?;
    let waves = store::waves(db, survey.id).await?;
    let wave_number = waves
        .iter()
        .find(|w| w.id == invitation.wave_id)
        .map_or(1, |w| w.number);
    let mut earlier = None;
    let earlier_withheld = survey.anonymous && wave_number > 1;
    if !survey.anonymous
        && wave_number > 1
        && let Some((number, raw)) =
            store::earlier_answers(db, survey.id, &invitation.recipient.key, invitation.wave_id)
                .await?
    {
        earlier = Some((number, decode_answers(&questions, &raw)?));
    }
    Ok(InvitationView {
        survey,
        questions,
        invitation,
        wave_number,
        latest_wave: waves.iter().map(|w| w.number).max().unwrap_or(1),
        earlier,
        earlier_withheld,
    })
}

/// Records a response with a token: once per token, only while the survey is
/// open and the token's wave is the latest.
pub async fn answer(
    db: &Db,
    token: &str,
    values: &HashMap<i64, Vec<String>>,
) -> Result<(), AppError> {
    let view = invitation(db, token).await?;
    view.takes_answers()
        .map_err(|message| AppError::conflict_on("token", message))?;
    if view.answered() {
        return Err(AppError::conflict_on("token", crate::t("srv-err-answered")));
    }
    let answers =
        model::validate_response(&view.questions, values).map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    // Checked again under a share lock on the survey: closing it waits for
    // answers being written, and an answer arriving after sees it closed.
    if !store::is_open(&txn, view.survey.id).await? {
        return Err(AppError::conflict_on("token", crate::t("srv-err-closed")));
    }
    if store::waves(&txn, view.survey.id).await?.len() != view.latest_wave as usize {
        return Err(AppError::conflict_on(
            "token",
            crate::t("srv-err-wave-over"),
        ));
    }
    answer_in(&txn, &view.survey, &view.invitation, &answers, Utc::now()).await?;
    txn.commit().await?;
    Ok(())
}

/// Uses the invitation and stores the response in the caller's transaction.
pub async fn answer_in(
    txn: &impl ConnectionTrait,
    survey: &Survey,
    invitation: &Invitation,
    answers: &[(i64, Answer)],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    store::use_token(txn, invitation.id).await?;
    let new = if survey.anonymous {
        // No invitation id, no organisation, sector or size, and only the day:
        // nothing left to tie the answers back to the recipient.
        NewResponse {
            survey_id: survey.id,
            wave_id: invitation.wave_id,
            invitation_id: None,
            groups: RespondentGroups {
                country: invitation.recipient.groups.country.clone(),
                ..Default::default()
            },
            submitted_at: now
                .date_naive()
                .and_hms_opt(0, 0, 0)
                .map_or(now, |d| d.and_utc()),
        }
    } else {
        NewResponse {
            survey_id: survey.id,
            wave_id: invitation.wave_id,
            invitation_id: Some(invitation.id),
            groups: invitation.recipient.groups.clone(),
            submitted_at: now,
        }
    };
    store::insert_response(txn, &new, answers).await?;
    Ok(())
}
