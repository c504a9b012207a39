//! A reminder carries a personal link of its own, so that a respondent can
//! answer from the reminder e-mail without finding the first one. Only the
//! digests of those links are kept, as for the invitation's own link; every
//! link of an invitation leads to the same single response.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SurveyInvitations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum SurveyReminderLinks {
    Table,
    TokenDigest,
    InvitationId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveyReminderLinks::Table)
                    .col(string(SurveyReminderLinks::TokenDigest).primary_key())
                    .col(big_integer(SurveyReminderLinks::InvitationId))
                    .col(timestamp_with_time_zone(SurveyReminderLinks::CreatedAt))
                    .foreign_key(&mut fk(
                        (
                            SurveyReminderLinks::Table,
                            SurveyReminderLinks::InvitationId,
                        ),
                        (SurveyInvitations::Table, SurveyInvitations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        super::index(
            manager,
            "survey_reminder_links_invitation_idx",
            SurveyReminderLinks::Table,
            vec![SurveyReminderLinks::InvitationId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SurveyReminderLinks::Table).to_owned())
            .await
    }
}
