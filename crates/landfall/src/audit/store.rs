//! The audit log's queries: append, list, and forget a person's or an SME's name.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
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

/// Replaces an erased person's name in the log, their e-mail address
/// wherever a summary mentions it, and their display name in the summaries
/// of entries about their account (a name alone, elsewhere, may well be a
/// namesake's); what they did stays.
pub async fn forget_actor(
    conn: &impl ConnectionTrait,
    user_id: i64,
    email: &str,
    name: &str,
) -> Result<(), AppError> {
    let erased = format!("Erased account #{user_id}");
    event::Entity::update_many()
        .col_expr(event::Column::ActorName, Expr::value(erased.as_str()))
        .filter(event::Column::ActorUserId.eq(user_id))
        .exec(conn)
        .await?;
    replace_in_summaries(conn, Condition::all(), email, &erased).await?;
    let about_them = Condition::all().add(event::Column::Subject.eq(format!("user:{user_id}")));
    replace_in_summaries(conn, about_them, name, &erased).await?;
    Ok(())
}

/// Replaces an erased SME's name with `replacement` in the summaries that
/// mention it (its downloads, its removal from a programme…), except those
/// of entries about another SME: a namesake in another country keeps its
/// name.
pub async fn forget_sme(
    conn: &impl ConnectionTrait,
    sme_id: i64,
    name: &str,
    replacement: &str,
) -> Result<(), AppError> {
    let not_another_sme = Condition::any()
        .add(event::Column::Subject.eq(format!("sme:{sme_id}")))
        .add(event::Column::Subject.not_like("sme:%"));
    replace_in_summaries(conn, not_another_sme, name, replacement).await
}

/// Replaces `text` with `replacement` in the summaries of the entries that
/// `which` selects.
async fn replace_in_summaries(
    conn: &impl ConnectionTrait,
    which: Condition,
    text: &str,
    replacement: &str,
) -> Result<(), AppError> {
    if text.trim().is_empty() {
        return Ok(());
    }
    event::Entity::update_many()
        .col_expr(
            event::Column::Summary,
            Func::cust("REPLACE")
                .arg(Expr::col(event::Column::Summary))
                .arg(text)
                .arg(replacement)
                .into(),
        )
        .filter(Expr::col(event::Column::Summary).like(crate::db::contains_pattern(text)))
        .filter(which)
        .exec(conn)
        .await?;
    Ok(())
}
