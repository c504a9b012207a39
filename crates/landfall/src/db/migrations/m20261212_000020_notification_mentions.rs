//! Some notifications quote a person by name: who sent an account
//! invitation, who reviewed a home assignment. When that person's account is
//! closed, their name has to leave those texts too, and the texts are stored
//! as written (one per recipient, in the recipient's language). A name alone
//! would also catch a namesake's messages, so each notification now records
//! the account it names.
//!
//! Invitations written before this are traced back through the audit log,
//! which recorded who created each invited account.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Notifications {
    Table,
    MentionsUserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .add_column(big_integer_null(Notifications::MentionsUserId))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE notifications SET mentions_user_id = (\
                 SELECT MAX(a.actor_user_id) FROM audit_events a \
                 WHERE a.action = 'account_created' \
                 AND a.subject = 'user:' || CAST(notifications.user_id AS TEXT)) \
                 WHERE kind = 'account'",
            )
            .await?;
        index(
            manager,
            "notifications_mentions_idx",
            Notifications::Table,
            vec![Notifications::MentionsUserId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        super::drop_index(manager, "notifications_mentions_idx", Notifications::Table).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .drop_column(Notifications::MentionsUserId)
                    .to_owned(),
            )
            .await
    }
}
