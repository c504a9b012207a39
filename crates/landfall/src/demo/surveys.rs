//! Demo surveys: the SME feedback survey of the soft-landing programme sent to
//! its participants in two waves, and the cluster readiness survey sent to the
//! clusters. Answers are drawn from a seeded generator, so every load gives the
//! same results; the shares of the "most helpful activities" roughly follow
//! what cluster evaluations report (networking and market information on top,
//! access to infrastructure and joint research at the bottom).

use std::collections::HashMap;

use chrono::{Duration, Utc};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sea_orm::ConnectionTrait;

use super::NETWORK;
use super::softlanding::PROGRAMME_SLUG;
use crate::registry::model::NaceCode;
use crate::registry::store as registry_store;
use crate::softlanding::store::programmes::{self, ParticipantFilter};
use crate::surveys::model::{Answer, Question, QuestionKind, SurveyDraft, SurveyTemplate};
use crate::surveys::operations::{self as ops, sme_groups};
use crate::surveys::store::{self, Recipient};
use crate::surveys::templates;
use crate::web::AppError;

const OWNER: &str = "aarhus-harbour-incubator";

/// Chance that a respondent picks each option, in the template's order.
const HELPFUL: [f64; 8] = [0.70, 0.68, 0.52, 0.40, 0.34, 0.26, 0.13, 0.11];
const RESULTS: [f64; 6] = [0.55, 0.66, 0.63, 0.36, 0.19, 0.18];
const GAPS: [f64; 5] = [0.5, 0.6, 0.7, 0.45, 0.2];

const COMMENTS: [&str; 5] = [
    "More time with the host incubator's mentors, less in plenary sessions.",
    "The study trip was the turning point; plan it earlier.",
    "A shared list of translators and accountants abroad would save us weeks.",
    "Pair companies from the same sector for the trip.",
    "Keep the desk abroad available for a few months after the programme.",
];

fn draw(rng: &mut ChaCha8Rng, weights: &[f64], max: Option<i32>) -> Vec<usize> {
    let mut chosen: Vec<usize> = (0..weights.len())
        .filter(|i| rng.random_bool(weights[*i]))
        .collect();
    if let Some(max) = max.and_then(|m| usize::try_from(m).ok()) {
        // Keep the strongest preferences when someone ticks more than allowed.
        chosen.sort_by(|a, b| weights[*b].total_cmp(&weights[*a]));
        chosen.truncate(max);
        chosen.sort_unstable();
    }
    if chosen.is_empty() {
        chosen.push(0);
    }
    chosen
}

fn answers(rng: &mut ChaCha8Rng, questions: &[Question], wave: i32) -> Vec<(i64, Answer)> {
    let mut out = Vec::new();
    for q in questions {
        let spec = &q.spec;
        if !spec.required && rng.random_bool(0.15) {
            continue;
        }
        let answer = match spec.kind {
            QuestionKind::Likert => Answer::Likert(match rng.random_range(0..20) {
                0 => 2,
                1..=3 => 3,
                4..=12 => 4,
                _ => 5,
            }),
            QuestionKind::MultipleChoice => {
                let weights: &[f64] = match spec.options.len() {
                    8 => &HELPFUL,
                    6 => &RESULTS,
                    _ => &GAPS,
                };
                // In a follow-up wave, results have had time to grow.
                let lift = if wave > 1 { 0.08 } else { 0.0 };
                let weights: Vec<f64> = weights.iter().map(|w| (w + lift).min(0.95)).collect();
                Answer::Choices(draw(rng, &weights, spec.max_choices))
            }
            QuestionKind::Ranking => {
                let mut order: Vec<usize> = (0..spec.options.len()).collect();
                // Earlier options are likelier to come first.
                order.sort_by_key(|i| i * 3 + rng.random_range(0..8));
                order.truncate(
                    spec.max_choices
                        .and_then(|m| usize::try_from(m).ok())
                        .unwrap_or(order.len()),
                );
                Answer::Ranking(order)
            }
            QuestionKind::SingleChoice => {
                let n = spec.options.len();
                Answer::Choice(rng.random_range(0..n).min(rng.random_range(0..n)))
            }
            QuestionKind::Number => Answer::Number(match spec.max_value {
                Some(max) if max > 1000 => rng.random_range(3..40),
                _ => rng.random_range(0..16),
            }),
            QuestionKind::FreeText => {
                if rng.random_bool(0.5) {
                    continue;
                }
                Answer::Text(COMMENTS[rng.random_range(0..COMMENTS.len())].into())
            }
        };
        out.push((q.id, answer));
    }
    out
}

async fn create(
    txn: &impl ConnectionTrait,
    organisation_id: i64,
    template: SurveyTemplate,
) -> Result<i64, AppError> {
    let draft = SurveyDraft {
        title: templates::title(template).into(),
        introduction: templates::introduction(template).into(),
        anonymous: false,
    };
    ops::create_in(
        txn,
        organisation_id,
        &draft,
        Some(template),
        &templates::questions(template),
        "Demo loader",
    )
    .await
}

/// Sends wave `number` to the recipients and lets a share of them answer.
async fn wave(
    txn: &impl ConnectionTrait,
    survey_id: i64,
    number: i32,
    recipients: &[Recipient],
    share: f64,
    rng: &mut ChaCha8Rng,
) -> Result<(), AppError> {
    let survey = store::survey(txn, survey_id)
        .await?
        .ok_or(AppError::NotFound)?;
    ops::send_in(txn, &survey, number, recipients, "Demo loader", "").await?;
    let questions = store::questions(txn, survey_id).await?;
    let waves = store::waves(txn, survey_id).await?;
    let wave_id = waves
        .iter()
        .find(|w| w.number == number)
        .map(|w| w.id)
        .ok_or(AppError::NotFound)?;
    let survey = store::survey(txn, survey_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = Utc::now() - Duration::days(i64::from(3 - number.min(2)) * 20);
    for invitation in store::invitations(txn, survey_id, Some(wave_id)).await? {
        if !rng.random_bool(share) {
            continue;
        }
        let given = answers(rng, &questions, number);
        ops::answer_in(txn, &survey, &invitation, &given, now).await?;
    }
    Ok(())
}

/// Adds the demo surveys unless they are there already. Returns how many were added.
pub async fn add(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
) -> Result<usize, AppError> {
    let Some(&owner) = organisation_ids.get(OWNER) else {
        return Ok(0);
    };
    if !store::surveys(txn, Some(&[owner])).await?.is_empty() {
        return Ok(0);
    }
    let Some(programme) = programmes::programme_by_slug(txn, PROGRAMME_SLUG).await? else {
        return Ok(0);
    };
    let mut rng = ChaCha8Rng::seed_from_u64(0x5EED_5EED);
    let mut added = 0;

    // The SME feedback survey to every participant of the programme.
    let participants = programmes::participants(
        txn,
        ParticipantFilter {
            programme_id: Some(programme.id),
            ..Default::default()
        },
    )
    .await?;
    let sme_ids: Vec<i64> = participants.iter().map(|p| p.sme_id).collect();
    let refs = registry_store::sme_refs(txn, &sme_ids).await?;
    let employees: HashMap<&str, i64> = NETWORK
        .smes
        .iter()
        .map(|s| (s.name.as_str(), s.employees))
        .collect();
    let mut recipients: Vec<Recipient> = participants
        .iter()
        .filter_map(|p| {
            let sme = refs.get(&p.sme_id)?;
            let sectors: Vec<NaceCode> = sme.sectors.clone();
            Some(Recipient {
                key: format!("sme:{}", sme.id),
                sme_id: Some(sme.id),
                organisation_id: None,
                name: sme.name.clone(),
                groups: sme_groups(
                    sme.country.as_str(),
                    &p.home.name,
                    &sectors,
                    employees.get(sme.name.as_str()).copied(),
                ),
            })
        })
        .collect();
    recipients.sort_by(|a, b| a.name.cmp(&b.name));
    recipients.dedup_by(|a, b| a.key == b.key);
    if !recipients.is_empty() {
        let id = create(txn, owner, SurveyTemplate::SmeFeedback).await?;
        wave(txn, id, 1, &recipients, 0.72, &mut rng).await?;
        wave(txn, id, 2, &recipients, 0.3, &mut rng).await?;
        added += 1;
    }

    // The cluster readiness survey to the network's clusters.
    let clusters: Vec<i64> = NETWORK
        .organisations
        .iter()
        .filter(|o| o.kind == "cluster")
        .filter_map(|o| organisation_ids.get(&o.key).copied())
        .collect();
    let cluster_refs = registry_store::organisation_refs(txn, &clusters).await?;
    let mut cluster_recipients: Vec<Recipient> = cluster_refs
        .values()
        .map(|o| Recipient {
            key: format!("organisation:{}", o.id),
            sme_id: None,
            organisation_id: Some(o.id),
            name: o.name.clone(),
            groups: crate::surveys::model::RespondentGroups {
                country: o.country.as_str().into(),
                home_organisation: o.name.clone(),
                ..Default::default()
            },
        })
        .collect();
    cluster_recipients.sort_by(|a, b| a.name.cmp(&b.name));
    if !cluster_recipients.is_empty() {
        let id = create(txn, owner, SurveyTemplate::ClusterReadiness).await?;
        wave(txn, id, 1, &cluster_recipients, 0.6, &mut rng).await?;
        added += 1;
    }
    Ok(added)
}
