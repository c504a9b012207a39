//! The barriers-and-potentials assessment of workshop 1.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, IntoActiveModel, Set};

use crate::registry::model::CountryCode;
use crate::softlanding::entities::assessment;
use crate::softlanding::model::assessment::Assessment;
use crate::web::AppError;

/// An assessment with who saved it last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedAssessment {
    pub assessment: Assessment,
    pub updated_at: DateTime<Utc>,
    pub updated_by_name: String,
}

fn rating(value: i16) -> u8 {
    u8::try_from(value).unwrap_or(0)
}

pub async fn load(
    db: &impl ConnectionTrait,
    participant_id: i64,
) -> Result<Option<SavedAssessment>, AppError> {
    Ok(assessment::Entity::find_by_id(participant_id)
        .one(db)
        .await?
        .map(|row| SavedAssessment {
            assessment: Assessment {
                markets_considered: row
                    .markets_considered
                    .split(',')
                    .filter(|c| !c.is_empty())
                    .map(|c| CountryCode::from_stored(c.to_string()))
                    .collect(),
                barriers: [
                    rating(row.barrier_language),
                    rating(row.barrier_culture),
                    rating(row.barrier_regulation),
                    rating(row.barrier_funding),
                    rating(row.barrier_contacts),
                    rating(row.barrier_capacity),
                ],
                potentials: [
                    rating(row.potential_demand),
                    rating(row.potential_product_fit),
                    rating(row.potential_advantage),
                    rating(row.potential_network),
                    rating(row.potential_commitment),
                ],
                barrier_notes: row.barrier_notes,
                potential_notes: row.potential_notes,
            },
            updated_at: row.updated_at,
            updated_by_name: row.updated_by_name,
        }))
}

/// Saves (or replaces) a participant's assessment.
pub async fn save(
    txn: &impl ConnectionTrait,
    participant_id: i64,
    assessment: &Assessment,
    by: &str,
) -> Result<(), AppError> {
    let [language, culture, regulation, funding, contacts, capacity] =
        assessment.barriers.map(i16::from);
    let [demand, product_fit, advantage, network, commitment] =
        assessment.potentials.map(i16::from);
    let markets: Vec<&str> = assessment
        .markets_considered
        .iter()
        .map(|c| c.as_str())
        .collect();
    let row = assessment::Model {
        participant_id,
        markets_considered: markets.join(","),
        barrier_language: language,
        barrier_culture: culture,
        barrier_regulation: regulation,
        barrier_funding: funding,
        barrier_contacts: contacts,
        barrier_capacity: capacity,
        potential_demand: demand,
        potential_product_fit: product_fit,
        potential_advantage: advantage,
        potential_network: network,
        potential_commitment: commitment,
        barrier_notes: assessment.barrier_notes.clone(),
        potential_notes: assessment.potential_notes.clone(),
        updated_at: Utc::now(),
        updated_by_name: by.to_string(),
    };
    let exists = assessment::Entity::find_by_id(participant_id)
        .one(txn)
        .await?
        .is_some();
    let mut active = row.into_active_model();
    if exists {
        active = active.reset_all();
        active.participant_id = sea_orm::ActiveValue::Unchanged(participant_id);
        active.update(txn).await?;
    } else {
        active = active.reset_all();
        active.participant_id = Set(participant_id);
        active.insert(txn).await?;
    }
    Ok(())
}
