//! The audit log's queries: append, list, and forget a person's name.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::Action;
use super::entities::event;
use crate::auth::Actor;
use crate::validation::Window;
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    pub id: i64,
    pub occurred_at: DateTime<Utc>,
    pub actor_user_id: Option<i64>,
    pub actor_name: String,
    pub actor_role: String,
    pub action: Action,
    pub subject: String,
    pub summary: String,
}

pub async fn insert(
    conn: &impl ConnectionTrait,
    actor: Option<&Actor>,
    action: Action,
    subject: &str,
    summary: &str,
) -> Result<(), AppError> {
    event::ActiveModel {
        occurred_at: Set(Utc::now()),
        actor_user_id: Set(actor.map(|a| a.user_id)),
        actor_name: Set(actor.map_or_else(
            || "Landfall (command line or system)".to_string(),
            |a| a.display_name.clone(),
        )),
        actor_role: Set(actor.map_or("", |a| a.role.as_str()).to_string()),
        action: Set(action.as_str().to_string()),
        subject: Set(subject.to_string()),
        summary: Set(summary.to_string()),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Events, the newest first, optionally of one action.
pub async fn events(
    conn: &impl ConnectionTrait,
    action: Option<Action>,
    window: Window,
) -> Result<(Vec<AuditEvent>, u64), AppError> {
    let mut query = event::Entity::find();
    if let Some(action) = action {
        query = query.filter(event::Column::Action.eq(action.as_str()));
    }
    let total = query.clone().count(conn).await?;
    let rows = query
        .order_by_desc(event::Column::Id)
        .limit(window.limit)
        .offset(window.offset)
        .all(conn)
        .await?;
    let events = rows
        .into_iter()
        .map(|row| {
            Ok(AuditEvent {
                action: Action::parse(&row.action)
                    .map_err(|e| AppError::Internal(anyhow::anyhow!("stored action: {e}")))?,
                id: row.id,
                occurred_at: row.occurred_at,
                actor_user_id: row.actor_user_id,
                actor_name: row.actor_name,
                actor_role: row.actor_role,
                subject: row.subject,
                summary: row.summary,
            })
        })
        .collect::<Result<_, AppError>>()?;
    Ok((events, total))
}

/// Replaces an erased person's name in the log, and their e-mail address
/// wherever a summary mentions it; what they did stays.
pub async fn forget_actor(
    conn: &impl ConnectionTrait,
    user_id: i64,
    email: &str,
) -> Result<(), AppError> {
    let erased = format!("Erased account #{user_id}");
    event::Entity::update_many()
        .col_expr(event::Column::ActorName, Expr::value(erased.as_str()))
        .filter(event::Column::ActorUserId.eq(user_id))
        .exec(conn)
        .await?;
    if !email.is_empty() {
        event::Entity::update_many()
            .col_expr(
                event::Column::Summary,
                Func::cust("REPLACE")
                    .arg(Expr::col(event::Column::Summary))
                    .arg(email)
                    .arg(erased.as_str())
                    .into(),
            )
            .filter(event::Column::Summary.contains(email))
            .exec(conn)
            .await?;
    }
    Ok(())
}
