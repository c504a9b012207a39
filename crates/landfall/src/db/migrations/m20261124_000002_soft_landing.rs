//! Soft-landing programmes: programmes, cohorts, participants and their
//! journeys, sessions and invitations, assignments with uploaded files,
//! desks and bookings, calendar feeds; and the registry's access grants.

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
enum SmeAccessGrants {
    Table,
    SmeId,
    OrganisationId,
    Reason,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
    Slug,
    Name,
    Description,
    StartsOn,
    EndsOn,
    TargetParticipants,
    TargetPartnerships,
    TargetPresences,
    TargetExportStarts,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProgrammePartners {
    Table,
    ProgrammeId,
    OrganisationId,
}

#[derive(DeriveIden)]
enum Cohorts {
    Table,
    Id,
    ProgrammeId,
    Name,
    StartsOn,
    Description,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Participants {
    Table,
    Id,
    ProgrammeId,
    CohortId,
    SmeId,
    HomeOrganisationId,
    HostOrganisationId,
    TargetMarket,
    JoinedOn,
    CreatedAt,
}

#[derive(DeriveIden)]
enum JourneySteps {
    Table,
    ParticipantId,
    Step,
    Position,
    State,
    Date,
    Notes,
    Outputs,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum JourneyEvents {
    Table,
    Id,
    ParticipantId,
    Step,
    Action,
    FromState,
    ToState,
    Reason,
    ActorUserId,
    ActorName,
    At,
}

#[derive(DeriveIden)]
enum Assessments {
    Table,
    ParticipantId,
    MarketsConsidered,
    BarrierLanguage,
    BarrierCulture,
    BarrierRegulation,
    BarrierFunding,
    BarrierContacts,
    BarrierCapacity,
    PotentialDemand,
    PotentialProductFit,
    PotentialAdvantage,
    PotentialNetwork,
    PotentialCommitment,
    BarrierNotes,
    PotentialNotes,
    UpdatedAt,
    UpdatedByName,
}

#[derive(DeriveIden)]
enum ProgrammeSessions {
    Table,
    Id,
    Uid,
    ProgrammeId,
    CohortId,
    Kind,
    Title,
    HostOrganisationId,
    Venue,
    StartsAt,
    EndsAt,
    TimeZone,
    Capacity,
    SeatsTaken,
    Agenda,
    Cancelled,
    Sequence,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SessionInvitations {
    Table,
    SessionId,
    ParticipantId,
    Response,
    Attended,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Uploads {
    Table,
    Id,
    FileName,
    ContentType,
    Size,
    Sha256,
    Data,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Assignments {
    Table,
    Id,
    ParticipantId,
    Title,
    Description,
    DueOn,
    Status,
    CreatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    AssignmentId,
    Text,
    UploadId,
    SubmittedByName,
    SubmittedAt,
    Review,
    ReviewComment,
    ReviewedByName,
    ReviewedAt,
}

#[derive(DeriveIden)]
enum Desks {
    Table,
    Id,
    OrganisationId,
    Name,
    Kind,
    Capacity,
    MonthlyPriceCents,
    Description,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DeskBookings {
    Table,
    Id,
    DeskId,
    ParticipantId,
    StartsOn,
    EndsOn,
    Status,
    Note,
    RequestedByName,
    DecidedByName,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DeskDays {
    Table,
    DeskId,
    Day,
    BookingId,
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    Id,
    Token,
    ParticipantId,
    OrganisationId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict};

        manager
            .create_table(
                Table::create()
                    .table(SmeAccessGrants::Table)
                    .col(big_integer(SmeAccessGrants::SmeId))
                    .col(big_integer(SmeAccessGrants::OrganisationId))
                    .col(string(SmeAccessGrants::Reason))
                    .primary_key(
                        Index::create()
                            .col(SmeAccessGrants::SmeId)
                            .col(SmeAccessGrants::OrganisationId)
                            .col(SmeAccessGrants::Reason),
                    )
                    .foreign_key(&mut fk(
                        (SmeAccessGrants::Table, SmeAccessGrants::SmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SmeAccessGrants::Table, SmeAccessGrants::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "sme_access_grants_organisation_idx",
            SmeAccessGrants::Table,
            vec![
                SmeAccessGrants::OrganisationId.into_iden(),
                SmeAccessGrants::SmeId.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Programmes::Table)
                    .col(big_pk_auto(Programmes::Id))
                    .col(string_uniq(Programmes::Slug))
                    .col(string_uniq(Programmes::Name))
                    .col(text(Programmes::Description))
                    .col(date(Programmes::StartsOn))
                    .col(date(Programmes::EndsOn))
                    .col(integer(Programmes::TargetParticipants))
                    .col(integer(Programmes::TargetPartnerships))
                    .col(integer(Programmes::TargetPresences))
                    .col(integer(Programmes::TargetExportStarts))
                    .col(timestamp_with_time_zone(Programmes::CreatedAt))
                    .col(timestamp_with_time_zone(Programmes::UpdatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProgrammePartners::Table)
                    .col(big_integer(ProgrammePartners::ProgrammeId))
                    .col(big_integer(ProgrammePartners::OrganisationId))
                    .primary_key(
                        Index::create()
                            .col(ProgrammePartners::ProgrammeId)
                            .col(ProgrammePartners::OrganisationId),
                    )
                    .foreign_key(&mut fk(
                        (ProgrammePartners::Table, ProgrammePartners::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (ProgrammePartners::Table, ProgrammePartners::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "programme_partners_organisation_idx",
            ProgrammePartners::Table,
            vec![ProgrammePartners::OrganisationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Cohorts::Table)
                    .col(big_pk_auto(Cohorts::Id))
                    .col(big_integer(Cohorts::ProgrammeId))
                    .col(string(Cohorts::Name))
                    .col(date(Cohorts::StartsOn))
                    .col(text(Cohorts::Description))
                    .col(timestamp_with_time_zone(Cohorts::CreatedAt))
                    .foreign_key(&mut fk(
                        (Cohorts::Table, Cohorts::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "cohorts_programme_name_key",
            Cohorts::Table,
            vec![Cohorts::ProgrammeId.into_iden(), Cohorts::Name.into_iden()],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Participants::Table)
                    .col(big_pk_auto(Participants::Id))
                    .col(big_integer(Participants::ProgrammeId))
                    .col(big_integer(Participants::CohortId))
                    .col(big_integer(Participants::SmeId))
                    .col(big_integer(Participants::HomeOrganisationId))
                    .col(big_integer(Participants::HostOrganisationId))
                    .col(string_len(Participants::TargetMarket, 2))
                    .col(date(Participants::JoinedOn))
                    .col(timestamp_with_time_zone(Participants::CreatedAt))
                    .foreign_key(&mut fk(
                        (Participants::Table, Participants::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Participants::Table, Participants::CohortId),
                        (Cohorts::Table, Cohorts::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Participants::Table, Participants::SmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Participants::Table, Participants::HomeOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .foreign_key(&mut fk(
                        (Participants::Table, Participants::HostOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "participants_programme_sme_key",
            Participants::Table,
            vec![
                Participants::ProgrammeId.into_iden(),
                Participants::SmeId.into_iden(),
            ],
            true,
        )
        .await?;
        for (name, column) in [
            ("participants_cohort_idx", Participants::CohortId),
            ("participants_sme_idx", Participants::SmeId),
            ("participants_home_idx", Participants::HomeOrganisationId),
            ("participants_host_idx", Participants::HostOrganisationId),
        ] {
            index(
                manager,
                name,
                Participants::Table,
                vec![column.into_iden()],
                false,
            )
            .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(JourneySteps::Table)
                    .col(big_integer(JourneySteps::ParticipantId))
                    .col(string(JourneySteps::Step))
                    .col(integer(JourneySteps::Position))
                    .col(string(JourneySteps::State))
                    .col(date_null(JourneySteps::Date))
                    .col(text(JourneySteps::Notes))
                    .col(text(JourneySteps::Outputs))
                    .col(timestamp_with_time_zone(JourneySteps::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(JourneySteps::ParticipantId)
                            .col(JourneySteps::Step),
                    )
                    .foreign_key(&mut fk(
                        (JourneySteps::Table, JourneySteps::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(JourneyEvents::Table)
                    .col(big_pk_auto(JourneyEvents::Id))
                    .col(big_integer(JourneyEvents::ParticipantId))
                    .col(string(JourneyEvents::Step))
                    .col(string(JourneyEvents::Action))
                    .col(string(JourneyEvents::FromState))
                    .col(string(JourneyEvents::ToState))
                    .col(text(JourneyEvents::Reason))
                    .col(big_integer_null(JourneyEvents::ActorUserId))
                    .col(string(JourneyEvents::ActorName))
                    .col(timestamp_with_time_zone(JourneyEvents::At))
                    .foreign_key(&mut fk(
                        (JourneyEvents::Table, JourneyEvents::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "journey_events_participant_idx",
            JourneyEvents::Table,
            vec![
                JourneyEvents::ParticipantId.into_iden(),
                JourneyEvents::Id.into_iden(),
            ],
            false,
        )
        .await?;

        let mut assessment = Table::create();
        assessment
            .table(Assessments::Table)
            .col(big_integer(Assessments::ParticipantId).primary_key())
            .col(string(Assessments::MarketsConsidered));
        for rating in [
            Assessments::BarrierLanguage,
            Assessments::BarrierCulture,
            Assessments::BarrierRegulation,
            Assessments::BarrierFunding,
            Assessments::BarrierContacts,
            Assessments::BarrierCapacity,
            Assessments::PotentialDemand,
            Assessments::PotentialProductFit,
            Assessments::PotentialAdvantage,
            Assessments::PotentialNetwork,
            Assessments::PotentialCommitment,
        ] {
            assessment.col(small_integer(rating));
        }
        manager
            .create_table(
                assessment
                    .col(text(Assessments::BarrierNotes))
                    .col(text(Assessments::PotentialNotes))
                    .col(timestamp_with_time_zone(Assessments::UpdatedAt))
                    .col(string(Assessments::UpdatedByName))
                    .foreign_key(&mut fk(
                        (Assessments::Table, Assessments::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProgrammeSessions::Table)
                    .col(big_pk_auto(ProgrammeSessions::Id))
                    .col(string_uniq(ProgrammeSessions::Uid))
                    .col(big_integer(ProgrammeSessions::ProgrammeId))
                    .col(big_integer_null(ProgrammeSessions::CohortId))
                    .col(string(ProgrammeSessions::Kind))
                    .col(string(ProgrammeSessions::Title))
                    .col(big_integer(ProgrammeSessions::HostOrganisationId))
                    .col(string(ProgrammeSessions::Venue))
                    .col(timestamp_with_time_zone(ProgrammeSessions::StartsAt))
                    .col(timestamp_with_time_zone(ProgrammeSessions::EndsAt))
                    .col(string(ProgrammeSessions::TimeZone))
                    .col(integer(ProgrammeSessions::Capacity))
                    // Seats are counted in the row and checked by the database:
                    // no two requests can take the last seat.
                    .col(
                        integer(ProgrammeSessions::SeatsTaken)
                            .default(0)
                            .check(Expr::col(ProgrammeSessions::SeatsTaken).gte(0)),
                    )
                    .col(text(ProgrammeSessions::Agenda))
                    .col(boolean(ProgrammeSessions::Cancelled))
                    .col(integer(ProgrammeSessions::Sequence))
                    .col(timestamp_with_time_zone(ProgrammeSessions::CreatedAt))
                    .col(timestamp_with_time_zone(ProgrammeSessions::UpdatedAt))
                    .check(
                        Expr::col(ProgrammeSessions::SeatsTaken)
                            .lte(Expr::col(ProgrammeSessions::Capacity)),
                    )
                    .foreign_key(&mut fk(
                        (ProgrammeSessions::Table, ProgrammeSessions::ProgrammeId),
                        (Programmes::Table, Programmes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (ProgrammeSessions::Table, ProgrammeSessions::CohortId),
                        (Cohorts::Table, Cohorts::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            ProgrammeSessions::Table,
                            ProgrammeSessions::HostOrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "programme_sessions_programme_idx",
                vec![
                    ProgrammeSessions::ProgrammeId.into_iden(),
                    ProgrammeSessions::StartsAt.into_iden(),
                ],
            ),
            (
                "programme_sessions_cohort_idx",
                vec![ProgrammeSessions::CohortId.into_iden()],
            ),
            (
                "programme_sessions_host_idx",
                vec![
                    ProgrammeSessions::HostOrganisationId.into_iden(),
                    ProgrammeSessions::StartsAt.into_iden(),
                ],
            ),
        ] {
            index(manager, name, ProgrammeSessions::Table, columns, false).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(SessionInvitations::Table)
                    .col(big_integer(SessionInvitations::SessionId))
                    .col(big_integer(SessionInvitations::ParticipantId))
                    .col(string(SessionInvitations::Response))
                    .col(boolean_null(SessionInvitations::Attended))
                    .col(timestamp_with_time_zone(SessionInvitations::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(SessionInvitations::SessionId)
                            .col(SessionInvitations::ParticipantId),
                    )
                    .foreign_key(&mut fk(
                        (SessionInvitations::Table, SessionInvitations::SessionId),
                        (ProgrammeSessions::Table, ProgrammeSessions::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (SessionInvitations::Table, SessionInvitations::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "session_invitations_participant_idx",
            SessionInvitations::Table,
            vec![SessionInvitations::ParticipantId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Uploads::Table)
                    .col(big_pk_auto(Uploads::Id))
                    .col(string(Uploads::FileName))
                    .col(string(Uploads::ContentType))
                    .col(big_integer(Uploads::Size))
                    .col(string(Uploads::Sha256))
                    .col(blob(Uploads::Data))
                    .col(timestamp_with_time_zone(Uploads::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Assignments::Table)
                    .col(big_pk_auto(Assignments::Id))
                    .col(big_integer(Assignments::ParticipantId))
                    .col(string(Assignments::Title))
                    .col(text(Assignments::Description))
                    .col(date(Assignments::DueOn))
                    .col(string(Assignments::Status))
                    .col(string(Assignments::CreatedByName))
                    .col(timestamp_with_time_zone(Assignments::CreatedAt))
                    .col(timestamp_with_time_zone(Assignments::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Assignments::Table, Assignments::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "assignments_participant_idx",
            Assignments::Table,
            vec![Assignments::ParticipantId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(big_pk_auto(Submissions::Id))
                    .col(big_integer(Submissions::AssignmentId))
                    .col(text(Submissions::Text))
                    .col(big_integer_null(Submissions::UploadId))
                    .col(string(Submissions::SubmittedByName))
                    .col(timestamp_with_time_zone(Submissions::SubmittedAt))
                    .col(string_null(Submissions::Review))
                    .col(text(Submissions::ReviewComment))
                    .col(string(Submissions::ReviewedByName))
                    .col(timestamp_with_time_zone_null(Submissions::ReviewedAt))
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::AssignmentId),
                        (Assignments::Table, Assignments::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Submissions::Table, Submissions::UploadId),
                        (Uploads::Table, Uploads::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "submissions_assignment_idx",
            Submissions::Table,
            vec![Submissions::AssignmentId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Desks::Table)
                    .col(big_pk_auto(Desks::Id))
                    .col(big_integer(Desks::OrganisationId))
                    .col(string(Desks::Name))
                    .col(string(Desks::Kind))
                    .col(integer(Desks::Capacity))
                    .col(big_integer(Desks::MonthlyPriceCents))
                    .col(text(Desks::Description))
                    .col(boolean(Desks::Active))
                    .col(timestamp_with_time_zone(Desks::CreatedAt))
                    .foreign_key(&mut fk(
                        (Desks::Table, Desks::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "desks_organisation_name_key",
            Desks::Table,
            vec![Desks::OrganisationId.into_iden(), Desks::Name.into_iden()],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(DeskBookings::Table)
                    .col(big_pk_auto(DeskBookings::Id))
                    .col(big_integer(DeskBookings::DeskId))
                    .col(big_integer(DeskBookings::ParticipantId))
                    .col(date(DeskBookings::StartsOn))
                    .col(date(DeskBookings::EndsOn))
                    .col(string(DeskBookings::Status))
                    .col(text(DeskBookings::Note))
                    .col(string(DeskBookings::RequestedByName))
                    .col(string(DeskBookings::DecidedByName))
                    .col(timestamp_with_time_zone_null(DeskBookings::DecidedAt))
                    .col(timestamp_with_time_zone(DeskBookings::CreatedAt))
                    .col(timestamp_with_time_zone(DeskBookings::UpdatedAt))
                    .check(Expr::col(DeskBookings::EndsOn).gte(Expr::col(DeskBookings::StartsOn)))
                    .foreign_key(&mut fk(
                        (DeskBookings::Table, DeskBookings::DeskId),
                        (Desks::Table, Desks::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (DeskBookings::Table, DeskBookings::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "desk_bookings_desk_idx",
                vec![
                    DeskBookings::DeskId.into_iden(),
                    DeskBookings::StartsOn.into_iden(),
                ],
            ),
            (
                "desk_bookings_participant_idx",
                vec![DeskBookings::ParticipantId.into_iden()],
            ),
        ] {
            index(manager, name, DeskBookings::Table, columns, false).await?;
        }

        // One row per desk and day taken by an approved booking: the primary key
        // makes two approved bookings of one desk on one day impossible, on both
        // databases and whatever the timing of the requests.
        manager
            .create_table(
                Table::create()
                    .table(DeskDays::Table)
                    .col(big_integer(DeskDays::DeskId))
                    .col(date(DeskDays::Day))
                    .col(big_integer(DeskDays::BookingId))
                    .primary_key(Index::create().col(DeskDays::DeskId).col(DeskDays::Day))
                    .foreign_key(&mut fk(
                        (DeskDays::Table, DeskDays::DeskId),
                        (Desks::Table, Desks::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (DeskDays::Table, DeskDays::BookingId),
                        (DeskBookings::Table, DeskBookings::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "desk_days_booking_idx",
            DeskDays::Table,
            vec![DeskDays::BookingId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(big_pk_auto(CalendarFeeds::Id))
                    .col(string_uniq(CalendarFeeds::Token))
                    .col(big_integer_null(CalendarFeeds::ParticipantId))
                    .col(big_integer_null(CalendarFeeds::OrganisationId))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .check(
                        Expr::col(CalendarFeeds::ParticipantId)
                            .is_null()
                            .ne(Expr::col(CalendarFeeds::OrganisationId).is_null()),
                    )
                    .foreign_key(&mut fk(
                        (CalendarFeeds::Table, CalendarFeeds::ParticipantId),
                        (Participants::Table, Participants::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (CalendarFeeds::Table, CalendarFeeds::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CalendarFeeds::Table.into_iden(),
            DeskDays::Table.into_iden(),
            DeskBookings::Table.into_iden(),
            Desks::Table.into_iden(),
            Submissions::Table.into_iden(),
            Assignments::Table.into_iden(),
            Uploads::Table.into_iden(),
            SessionInvitations::Table.into_iden(),
            ProgrammeSessions::Table.into_iden(),
            Assessments::Table.into_iden(),
            JourneyEvents::Table.into_iden(),
            JourneySteps::Table.into_iden(),
            Participants::Table.into_iden(),
            Cohorts::Table.into_iden(),
            ProgrammePartners::Table.into_iden(),
            Programmes::Table.into_iden(),
            SmeAccessGrants::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
