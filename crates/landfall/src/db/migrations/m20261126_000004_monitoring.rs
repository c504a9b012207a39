//! Monitoring and evaluation: outcome records with their revisions, yearly
//! figures of SMEs with theirs, and custom indicators.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Smes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Uploads {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ProgrammeSessions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Outcomes {
    Table,
    Id,
    SmeId,
    Kind,
    Status,
    OccurredOn,
    Country,
    CounterpartyName,
    CounterpartyOrganisationId,
    CounterpartySmeId,
    ValueCents,
    PresenceForm,
    Description,
    EvidenceText,
    EvidenceUrl,
    EvidenceFileId,
    ProgrammeId,
    SessionId,
    MeetingId,
    Instrument,
    Version,
    RecordedByUserId,
    RecordedByName,
    RecordedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OutcomeRevisions {
    Table,
    Id,
    OutcomeId,
    Version,
    Action,
    Snapshot,
    Reason,
    ActorUserId,
    ActorName,
    At,
}

#[derive(DeriveIden)]
enum SmeFigures {
    Table,
    SmeId,
    Year,
    TurnoverCents,
    Employees,
    ExportSharePct,
    RecordedByName,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SmeFigureRevisions {
    Table,
    Id,
    SmeId,
    Year,
    Snapshot,
    Reason,
    ActorName,
    At,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Id,
    ProgrammeId,
    Name,
    Metric,
    Target,
    PeriodFrom,
    PeriodTo,
    CreatedByName,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};

        manager
            .create_table(
                Table::create()
                    .table(Outcomes::Table)
                    .col(big_pk_auto(Outcomes::Id))
                    .col(big_integer(Outcomes::SmeId))
                    .col(string(Outcomes::Kind))
                    .col(string(Outcomes::Status))
                    .col(date(Outcomes::OccurredOn))
                    .col(string_len_null(Outcomes::Country, 2))
                    .col(string(Outcomes::CounterpartyName))
                    .col(big_integer_null(Outcomes::CounterpartyOrganisationId))
                    .col(big_integer_null(Outcomes::CounterpartySmeId))
                    .col(big_integer_null(Outcomes::ValueCents))
                    .col(string_null(Outcomes::PresenceForm))
                    .col(text(Outcomes::Description))
                    .col(text(Outcomes::EvidenceText))
                    .col(string(Outcomes::EvidenceUrl))
                    .col(big_integer_null(Outcomes::EvidenceFileId))
                    .col(big_integer_null(Outcomes::ProgrammeId))
                    .col(big_integer_null(Outcomes::SessionId))
                    .col(big_integer_null(Outcomes::MeetingId))
                    .col(string(Outcomes::Instrument))
                    .col(integer(Outcomes::Version))
                    .col(big_integer_null(Outcomes::RecordedByUserId))
                    .col(string(Outcomes::RecordedByName))
                    .col(timestamp_with_time_zone(Outcomes::RecordedAt))
                    .col(timestamp_with_time_zone(Outcomes::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::SmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::CounterpartyOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::CounterpartySmeId),
                        (Smes::Table, Smes::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::EvidenceFileId),
                        (Uploads::Table, Uploads::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::SessionId),
                        (ProgrammeSessions::Table, ProgrammeSessions::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::MeetingId),
                        (Meetings::Table, Meetings::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Outcomes::Table, Outcomes::RecordedByUserId),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outcomes_sme_idx")
                    .table(Outcomes::Table)
                    .col(Outcomes::SmeId)
                    .col(Outcomes::OccurredOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outcomes_kind_idx")
                    .table(Outcomes::Table)
                    .col(Outcomes::Status)
                    .col(Outcomes::Kind)
                    .col(Outcomes::OccurredOn)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutcomeRevisions::Table)
                    .col(big_pk_auto(OutcomeRevisions::Id))
                    .col(big_integer(OutcomeRevisions::OutcomeId))
                    .col(integer(OutcomeRevisions::Version))
                    .col(string(OutcomeRevisions::Action))
                    .col(text(OutcomeRevisions::Snapshot))
                    .col(text(OutcomeRevisions::Reason))
                    .col(big_integer_null(OutcomeRevisions::ActorUserId))
                    .col(string(OutcomeRevisions::ActorName))
                    .col(timestamp_with_time_zone(OutcomeRevisions::At))
                    .foreign_key(&mut fk(
                        (OutcomeRevisions::Table, OutcomeRevisions::OutcomeId),
                        (Outcomes::Table, Outcomes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (OutcomeRevisions::Table, OutcomeRevisions::ActorUserId),
                        (Users::Table, Users::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // Two corrections made at once cannot both become version n+1.
        manager
            .create_index(
                Index::create()
                    .name("outcome_revisions_version_idx")
                    .table(OutcomeRevisions::Table)
                    .col(OutcomeRevisions::OutcomeId)
                    .col(OutcomeRevisions::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SmeFigures::Table)
                    .col(big_integer(SmeFigures::SmeId))
                    .col(integer(SmeFigures::Year))
                    .col(big_integer_null(SmeFigures::TurnoverCents))
                    .col(integer_null(SmeFigures::Employees))
                    .col(integer_null(SmeFigures::ExportSharePct))
                    .col(string(SmeFigures::RecordedByName))
                    .col(timestamp_with_time_zone(SmeFigures::UpdatedAt))
                    .primary_key(Index::create().col(SmeFigures::SmeId).col(SmeFigures::Year))
                    .foreign_key(&mut fk(
                        (SmeFigures::Table, SmeFigures::SmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SmeFigureRevisions::Table)
                    .col(big_pk_auto(SmeFigureRevisions::Id))
                    .col(big_integer(SmeFigureRevisions::SmeId))
                    .col(integer(SmeFigureRevisions::Year))
                    .col(text(SmeFigureRevisions::Snapshot))
                    .col(text(SmeFigureRevisions::Reason))
                    .col(string(SmeFigureRevisions::ActorName))
                    .col(timestamp_with_time_zone(SmeFigureRevisions::At))
                    .foreign_key(&mut fk(
                        (SmeFigureRevisions::Table, SmeFigureRevisions::SmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Indicators::Table)
                    .col(big_pk_auto(Indicators::Id))
                    .col(big_integer_null(Indicators::ProgrammeId))
                    .col(string(Indicators::Name))
                    .col(string(Indicators::Metric))
                    .col(big_integer(Indicators::Target))
                    .col(date(Indicators::PeriodFrom))
                    .col(date(Indicators::PeriodTo))
                    .col(string(Indicators::CreatedByName))
                    .col(timestamp_with_time_zone(Indicators::CreatedAt))
                    .foreign_key(&mut fk(
                        (Indicators::Table, Indicators::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Indicators::Table.into_iden(),
            SmeFigureRevisions::Table.into_iden(),
            SmeFigures::Table.into_iden(),
            OutcomeRevisions::Table.into_iden(),
            Outcomes::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
