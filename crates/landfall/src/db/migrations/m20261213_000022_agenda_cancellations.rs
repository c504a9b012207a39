//! A meeting of a published agenda that is taken off the plan, removed by
//! the organisers or lost because the other side cancelled its registration
//! must leave the attendees' calendars too: a calendar that subscribed to
//! the agenda only drops an event when the feed says it is cancelled. Each
//! such meeting leaves a row per remaining attendee, from which the agenda's
//! `.ics` writes the event again with `STATUS:CANCELLED` and a higher
//! SEQUENCE. The rows hold times and numbers only, no names.

use sea_orm::sea_query::ForeignKeyAction::Cascade;
use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AgendaCancellations {
    Table,
    Id,
    EventId,
    RegistrationId,
    MeetingId,
    StartsAt,
    EndsAt,
    Sequence,
    CancelledAt,
}

#[derive(DeriveIden)]
enum MatchmakingEvents {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AgendaCancellations::Table)
                    .col(big_pk_auto(AgendaCancellations::Id))
                    .col(big_integer(AgendaCancellations::EventId))
                    .col(big_integer(AgendaCancellations::RegistrationId))
                    // The meeting is gone or off the plan: no key to it.
                    .col(big_integer(AgendaCancellations::MeetingId))
                    .col(timestamp_with_time_zone(AgendaCancellations::StartsAt))
                    .col(timestamp_with_time_zone(AgendaCancellations::EndsAt))
                    .col(integer(AgendaCancellations::Sequence))
                    .col(timestamp_with_time_zone(AgendaCancellations::CancelledAt))
                    .foreign_key(&mut fk(
                        (AgendaCancellations::Table, AgendaCancellations::EventId),
                        (MatchmakingEvents::Table, MatchmakingEvents::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            AgendaCancellations::Table,
                            AgendaCancellations::RegistrationId,
                        ),
                        (EventRegistrations::Table, EventRegistrations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "agenda_cancellations_registration_idx",
            AgendaCancellations::Table,
            vec![AgendaCancellations::RegistrationId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AgendaCancellations::Table).to_owned())
            .await
    }
}
