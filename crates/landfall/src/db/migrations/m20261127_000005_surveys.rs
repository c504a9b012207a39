//! Surveys: questionnaires of an organisation, their waves of personal
//! invitations, the tokens' single use, and the responses with their answers.
//!
//! One response per token is decided by the primary key of
//! `survey_token_uses`, so two simultaneous posts cannot both be counted. An
//! anonymous survey's responses carry no invitation id at all.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Smes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    OrganisationId,
    Title,
    Introduction,
    Anonymous,
    Status,
    Template,
    CreatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SurveyQuestions {
    Table,
    Id,
    SurveyId,
    Position,
    Section,
    Prompt,
    Help,
    Kind,
    Required,
    Options,
    MaxChoices,
    MinValue,
    MaxValue,
}

#[derive(DeriveIden)]
enum SurveyWaves {
    Table,
    Id,
    SurveyId,
    Number,
    StartedAt,
    StartedByName,
}

#[derive(DeriveIden)]
enum SurveyInvitations {
    Table,
    Id,
    SurveyId,
    WaveId,
    TokenDigest,
    RecipientKey,
    SmeId,
    OrganisationId,
    RecipientName,
    Country,
    HomeOrganisationName,
    SectorSection,
    SizeClass,
    InvitedAt,
    RemindedAt,
}

#[derive(DeriveIden)]
enum SurveyTokenUses {
    Table,
    InvitationId,
    UsedAt,
}

#[derive(DeriveIden)]
enum SurveyResponses {
    Table,
    Id,
    SurveyId,
    WaveId,
    InvitationId,
    Country,
    HomeOrganisationName,
    SectorSection,
    SizeClass,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum SurveyAnswers {
    Table,
    ResponseId,
    QuestionId,
    Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        manager
            .create_table(
                Table::create()
                    .table(Surveys::Table)
                    .col(big_pk_auto(Surveys::Id))
                    .col(big_integer(Surveys::OrganisationId))
                    .col(string(Surveys::Title))
                    .col(text(Surveys::Introduction))
                    .col(boolean(Surveys::Anonymous))
                    .col(string(Surveys::Status))
                    .col(string(Surveys::Template))
                    .col(string(Surveys::CreatedByName))
                    .col(timestamp_with_time_zone(Surveys::CreatedAt))
                    .col(timestamp_with_time_zone(Surveys::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Surveys::Table, Surveys::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "surveys_organisation_idx",
            Surveys::Table,
            vec![Surveys::OrganisationId.into_iden(), Surveys::Id.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyQuestions::Table)
                    .col(big_pk_auto(SurveyQuestions::Id))
                    .col(big_integer(SurveyQuestions::SurveyId))
                    .col(integer(SurveyQuestions::Position))
                    .col(string(SurveyQuestions::Section))
                    .col(text(SurveyQuestions::Prompt))
                    .col(text(SurveyQuestions::Help))
                    .col(string(SurveyQuestions::Kind))
                    .col(boolean(SurveyQuestions::Required))
                    .col(text(SurveyQuestions::Options))
                    .col(integer_null(SurveyQuestions::MaxChoices))
                    .col(big_integer_null(SurveyQuestions::MinValue))
                    .col(big_integer_null(SurveyQuestions::MaxValue))
                    .foreign_key(&mut fk(
                        (SurveyQuestions::Table, SurveyQuestions::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "survey_questions_survey_idx",
            SurveyQuestions::Table,
            vec![
                SurveyQuestions::SurveyId.into_iden(),
                SurveyQuestions::Position.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyWaves::Table)
                    .col(big_pk_auto(SurveyWaves::Id))
                    .col(big_integer(SurveyWaves::SurveyId))
                    .col(integer(SurveyWaves::Number))
                    .col(timestamp_with_time_zone(SurveyWaves::StartedAt))
                    .col(string(SurveyWaves::StartedByName))
                    .foreign_key(&mut fk(
                        (SurveyWaves::Table, SurveyWaves::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // Two managers starting "the next wave" at once get one wave, not two.
        index(
            manager,
            "survey_waves_number_key",
            SurveyWaves::Table,
            vec![
                SurveyWaves::SurveyId.into_iden(),
                SurveyWaves::Number.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyInvitations::Table)
                    .col(big_pk_auto(SurveyInvitations::Id))
                    .col(big_integer(SurveyInvitations::SurveyId))
                    .col(big_integer(SurveyInvitations::WaveId))
                    .col(string(SurveyInvitations::TokenDigest))
                    .col(string(SurveyInvitations::RecipientKey))
                    .col(big_integer_null(SurveyInvitations::SmeId))
                    .col(big_integer_null(SurveyInvitations::OrganisationId))
                    .col(string(SurveyInvitations::RecipientName))
                    .col(string_len(SurveyInvitations::Country, 2))
                    .col(string(SurveyInvitations::HomeOrganisationName))
                    .col(string(SurveyInvitations::SectorSection))
                    .col(string(SurveyInvitations::SizeClass))
                    .col(timestamp_with_time_zone(SurveyInvitations::InvitedAt))
                    .col(timestamp_with_time_zone_null(SurveyInvitations::RemindedAt))
                    .foreign_key(&mut fk(
                        (SurveyInvitations::Table, SurveyInvitations::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyInvitations::Table, SurveyInvitations::WaveId),
                        (SurveyWaves::Table, SurveyWaves::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyInvitations::Table, SurveyInvitations::SmeId),
                        (Smes::Table, Smes::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyInvitations::Table, SurveyInvitations::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "survey_invitations_token_key",
            SurveyInvitations::Table,
            vec![SurveyInvitations::TokenDigest.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "survey_invitations_recipient_key",
            SurveyInvitations::Table,
            vec![
                SurveyInvitations::WaveId.into_iden(),
                SurveyInvitations::RecipientKey.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "survey_invitations_survey_idx",
            SurveyInvitations::Table,
            vec![
                SurveyInvitations::SurveyId.into_iden(),
                SurveyInvitations::RecipientKey.into_iden(),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "survey_invitations_sme_idx",
            SurveyInvitations::Table,
            vec![SurveyInvitations::SmeId.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "survey_invitations_organisation_idx",
            SurveyInvitations::Table,
            vec![SurveyInvitations::OrganisationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyTokenUses::Table)
                    .col(
                        big_integer(SurveyTokenUses::InvitationId)
                            .primary_key()
                            .to_owned(),
                    )
                    .col(timestamp_with_time_zone(SurveyTokenUses::UsedAt))
                    .foreign_key(&mut fk(
                        (SurveyTokenUses::Table, SurveyTokenUses::InvitationId),
                        (SurveyInvitations::Table, SurveyInvitations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyResponses::Table)
                    .col(big_pk_auto(SurveyResponses::Id))
                    .col(big_integer(SurveyResponses::SurveyId))
                    .col(big_integer(SurveyResponses::WaveId))
                    .col(big_integer_null(SurveyResponses::InvitationId))
                    .col(string_len(SurveyResponses::Country, 2))
                    .col(string(SurveyResponses::HomeOrganisationName))
                    .col(string(SurveyResponses::SectorSection))
                    .col(string(SurveyResponses::SizeClass))
                    .col(timestamp_with_time_zone(SurveyResponses::SubmittedAt))
                    .foreign_key(&mut fk(
                        (SurveyResponses::Table, SurveyResponses::SurveyId),
                        (Surveys::Table, Surveys::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyResponses::Table, SurveyResponses::WaveId),
                        (SurveyWaves::Table, SurveyWaves::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SurveyResponses::Table, SurveyResponses::InvitationId),
                        (SurveyInvitations::Table, SurveyInvitations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "survey_responses_invitation_key",
            SurveyResponses::Table,
            vec![SurveyResponses::InvitationId.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "survey_responses_wave_idx",
            SurveyResponses::Table,
            vec![
                SurveyResponses::WaveId.into_iden(),
                SurveyResponses::Id.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurveyAnswers::Table)
                    .col(big_integer(SurveyAnswers::ResponseId))
                    .col(big_integer(SurveyAnswers::QuestionId))
                    .col(text(SurveyAnswers::Value))
                    .primary_key(
                        Index::create()
                            .col(SurveyAnswers::ResponseId)
                            .col(SurveyAnswers::QuestionId),
                    )
                    .foreign_key(&mut fk(
                        (SurveyAnswers::Table, SurveyAnswers::ResponseId),
                        (SurveyResponses::Table, SurveyResponses::Id),
                        Cascade,
                    ))
                    // A question with answers cannot be removed: answers are never orphaned.
                    .foreign_key(&mut fk(
                        (SurveyAnswers::Table, SurveyAnswers::QuestionId),
                        (SurveyQuestions::Table, SurveyQuestions::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "survey_answers_question_idx",
            SurveyAnswers::Table,
            vec![SurveyAnswers::QuestionId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SurveyAnswers::Table.into_iden(),
            SurveyResponses::Table.into_iden(),
            SurveyTokenUses::Table.into_iden(),
            SurveyInvitations::Table.into_iden(),
            SurveyWaves::Table.into_iden(),
            SurveyQuestions::Table.into_iden(),
            Surveys::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
