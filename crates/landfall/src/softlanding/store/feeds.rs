//! Calendar feeds: secret addresses that calendar programs subscribe to.
//! The secret is kept so that its owners can copy the address again; a new
//! one replaces it when the old address has leaked.

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::auth::model::new_secret;
use crate::softlanding::entities::calendar_feed;
use crate::web::AppError;

/// Whose sessions a feed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedOwner {
    Participant(i64),
    Organisation(i64),
}

fn owned_by(owner: FeedOwner) -> sea_orm::sea_query::Expr {
    match owner {
        FeedOwner::Participant(id) => calendar_feed::Column::ParticipantId.eq(id),
        FeedOwner::Organisation(id) => calendar_feed::Column::OrganisationId.eq(id),
    }
}

/// The owner's feed token, created on first use (or replaced when `renew`).
pub async fn token(
    txn: &impl ConnectionTrait,
    owner: FeedOwner,
    renew: bool,
) -> Result<String, AppError> {
    if !renew
        && let Some(row) = calendar_feed::Entity::find()
            .filter(owned_by(owner))
            .one(txn)
            .await?
    {
        return Ok(row.token);
    }
    calendar_feed::Entity::delete_many()
        .filter(owned_by(owner))
        .exec(txn)
        .await?;
    let (participant_id, organisation_id) = match owner {
        FeedOwner::Participant(id) => (Some(id), None),
        FeedOwner::Organisation(id) => (None, Some(id)),
    };
    let token = new_secret();
    calendar_feed::ActiveModel {
        token: Set(token.clone()),
        participant_id: Set(participant_id),
        organisation_id: Set(organisation_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(token)
}

/// The owner of the feed a token opens, if any.
pub async fn owner_of(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Option<FeedOwner>, AppError> {
    let row = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::Token.eq(token))
        .one(db)
        .await?;
    Ok(
        row.and_then(|row| match (row.participant_id, row.organisation_id) {
            (Some(id), _) => Some(FeedOwner::Participant(id)),
            (None, Some(id)) => Some(FeedOwner::Organisation(id)),
            (None, None) => None,
        }),
    )
}
