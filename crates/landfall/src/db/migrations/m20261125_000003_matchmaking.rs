//! Matchmaking: cooperation profiles with their search index, introductions,
//! and matchmaking events with sessions, slots, registrations, meeting
//! requests, meetings and their outcomes.

use sea_orm_migration::{prelude::*, schema::*};

use super::{binary_collation, fk, index};

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
enum Profiles {
    Table,
    Id,
    Kind,
    OwnerKey,
    OwnerSmeId,
    OwnerOrganisationId,
    Title,
    SortTitle,
    Description,
    Keywords,
    Stage,
    Status,
    ExpiresOn,
    ReviewNote,
    ReviewedByName,
    ReviewedAt,
    PublishedAt,
    ContactName,
    ContactEmail,
    ContactPhone,
    TermCount,
    CreatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProfileSectors {
    Table,
    ProfileId,
    Code,
    Declared,
}

#[derive(DeriveIden)]
enum ProfileTargets {
    Table,
    ProfileId,
    Country,
}

#[derive(DeriveIden)]
enum ProfileTerms {
    Table,
    Term,
    ProfileId,
    Weight,
}

#[derive(DeriveIden)]
enum ProfileTermStats {
    Table,
    Term,
    Documents,
}

#[derive(DeriveIden)]
enum ProfileIndexStats {
    Table,
    Id,
    Documents,
    TotalLength,
}

#[derive(DeriveIden)]
enum Introductions {
    Table,
    Id,
    ProfileId,
    RequesterKey,
    RequesterSmeId,
    RequesterOrganisationId,
    Message,
    Status,
    RequestedByName,
    CreatedAt,
    AnsweredAt,
    AnsweredByName,
}

#[derive(DeriveIden)]
enum MatchmakingEvents {
    Table,
    Id,
    Slug,
    Title,
    Description,
    OrganiserOrganisationId,
    Format,
    Venue,
    OnlineUrl,
    TimeZone,
    Tables,
    MaxMeetings,
    RequestExpiryHours,
    AgendaState,
    AgendaVersion,
    AgendaPublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventSessions {
    Table,
    Id,
    EventId,
    Title,
    StartsAt,
    EndsAt,
    MeetingMinutes,
    PauseMinutes,
}

#[derive(DeriveIden)]
enum EventSlots {
    Table,
    Id,
    EventId,
    SessionId,
    StartsAt,
    EndsAt,
}

#[derive(DeriveIden)]
enum EventRegistrations {
    Table,
    Id,
    EventId,
    PartyKey,
    SmeId,
    OrganisationId,
    Country,
    PartyKind,
    Attendance,
    MaxMeetings,
    Restricted,
    LookingFor,
    RegisteredByName,
    RegisteredAt,
}

#[derive(DeriveIden)]
enum RegistrationSlots {
    Table,
    RegistrationId,
    SlotId,
}

#[derive(DeriveIden)]
enum MeetingRequests {
    Table,
    Id,
    EventId,
    FromRegistrationId,
    ToRegistrationId,
    PairKey,
    Message,
    Status,
    CreatedAt,
    ExpiresAt,
    AnsweredAt,
    AnswerMessage,
}

#[derive(DeriveIden)]
enum Meetings {
    Table,
    Id,
    EventId,
    RequestId,
    Priority,
    SlotId,
    TableNo,
    Pinned,
    Published,
    Sequence,
    Note,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeetingAttendees {
    Table,
    MeetingId,
    RegistrationId,
    SlotId,
}

#[derive(DeriveIden)]
enum MeetingOutcomes {
    Table,
    MeetingId,
    RegistrationId,
    Held,
    FollowUp,
    Note,
    RecordedAt,
}

/// Exactly one of two nullable owner columns is set.
fn exactly_one(a: impl IntoIden + 'static, b: impl IntoIden + 'static) -> SimpleExpr {
    Expr::col(a).is_null().ne(Expr::col(b).is_null())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        let mut sort_title = string(Profiles::SortTitle);
        binary_collation(manager, &mut sort_title);
        manager
            .create_table(
                Table::create()
                    .table(Profiles::Table)
                    .col(big_pk_auto(Profiles::Id))
                    .col(string(Profiles::Kind))
                    .col(string(Profiles::OwnerKey))
                    .col(big_integer_null(Profiles::OwnerSmeId))
                    .col(big_integer_null(Profiles::OwnerOrganisationId))
                    .col(string(Profiles::Title))
                    .col(sort_title)
                    .col(text(Profiles::Description))
                    .col(text(Profiles::Keywords))
                    .col(string(Profiles::Stage))
                    .col(string(Profiles::Status))
                    .col(date(Profiles::ExpiresOn))
                    .col(text(Profiles::ReviewNote))
                    .col(string(Profiles::ReviewedByName))
                    .col(timestamp_with_time_zone_null(Profiles::ReviewedAt))
                    .col(timestamp_with_time_zone_null(Profiles::PublishedAt))
                    .col(string(Profiles::ContactName))
                    .col(string(Profiles::ContactEmail))
                    .col(string(Profiles::ContactPhone))
                    .col(integer(Profiles::TermCount))
                    .col(string(Profiles::CreatedByName))
                    .col(timestamp_with_time_zone(Profiles::CreatedAt))
                    .col(timestamp_with_time_zone(Profiles::UpdatedAt))
                    .check(exactly_one(
                        Profiles::OwnerSmeId,
                        Profiles::OwnerOrganisationId,
                    ))
                    .foreign_key(&mut fk(
                        (Profiles::Table, Profiles::OwnerSmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Profiles::Table, Profiles::OwnerOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // The marketplace lists published profiles newest first.
        index(
            manager,
            "profiles_status_published_idx",
            Profiles::Table,
            vec![
                Profiles::Status.into_iden(),
                Profiles::PublishedAt.into_iden(),
                Profiles::Id.into_iden(),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "profiles_owner_idx",
            Profiles::Table,
            vec![Profiles::OwnerKey.into_iden(), Profiles::Id.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "profiles_owner_sme_idx",
            Profiles::Table,
            vec![Profiles::OwnerSmeId.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "profiles_owner_organisation_idx",
            Profiles::Table,
            vec![Profiles::OwnerOrganisationId.into_iden()],
            false,
        )
        .await?;

        let mut sector_code = string(ProfileSectors::Code);
        binary_collation(manager, &mut sector_code);
        manager
            .create_table(
                Table::create()
                    .table(ProfileSectors::Table)
                    .col(big_integer(ProfileSectors::ProfileId))
                    .col(sector_code)
                    .col(boolean(ProfileSectors::Declared))
                    .primary_key(
                        Index::create()
                            .col(ProfileSectors::ProfileId)
                            .col(ProfileSectors::Code),
                    )
                    .foreign_key(&mut fk(
                        (ProfileSectors::Table, ProfileSectors::ProfileId),
                        (Profiles::Table, Profiles::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "profile_sectors_code_idx",
            ProfileSectors::Table,
            vec![
                ProfileSectors::Code.into_iden(),
                ProfileSectors::ProfileId.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProfileTargets::Table)
                    .col(big_integer(ProfileTargets::ProfileId))
                    .col(string_len(ProfileTargets::Country, 2))
                    .primary_key(
                        Index::create()
                            .col(ProfileTargets::ProfileId)
                            .col(ProfileTargets::Country),
                    )
                    .foreign_key(&mut fk(
                        (ProfileTargets::Table, ProfileTargets::ProfileId),
                        (Profiles::Table, Profiles::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "profile_targets_country_idx",
            ProfileTargets::Table,
            vec![
                ProfileTargets::Country.into_iden(),
                ProfileTargets::ProfileId.into_iden(),
            ],
            false,
        )
        .await?;

        let mut term = string(ProfileTerms::Term);
        binary_collation(manager, &mut term);
        manager
            .create_table(
                Table::create()
                    .table(ProfileTerms::Table)
                    .col(term)
                    .col(big_integer(ProfileTerms::ProfileId))
                    .col(integer(ProfileTerms::Weight))
                    .primary_key(
                        Index::create()
                            .col(ProfileTerms::Term)
                            .col(ProfileTerms::ProfileId),
                    )
                    .foreign_key(&mut fk(
                        (ProfileTerms::Table, ProfileTerms::ProfileId),
                        (Profiles::Table, Profiles::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "profile_terms_profile_idx",
            ProfileTerms::Table,
            vec![ProfileTerms::ProfileId.into_iden()],
            false,
        )
        .await?;

        // How many profiles contain each term (for ranking); kept up to date
        // in the transaction that indexes a profile.
        let mut stats_term = string(ProfileTermStats::Term);
        binary_collation(manager, &mut stats_term);
        manager
            .create_table(
                Table::create()
                    .table(ProfileTermStats::Table)
                    .col(stats_term.primary_key())
                    .col(big_integer(ProfileTermStats::Documents))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProfileIndexStats::Table)
                    .col(integer(ProfileIndexStats::Id).primary_key())
                    .col(big_integer(ProfileIndexStats::Documents))
                    .col(big_integer(ProfileIndexStats::TotalLength))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(ProfileIndexStats::Table)
                    .columns([
                        ProfileIndexStats::Id,
                        ProfileIndexStats::Documents,
                        ProfileIndexStats::TotalLength,
                    ])
                    .values_panic([1.into(), 0i64.into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Introductions::Table)
                    .col(big_pk_auto(Introductions::Id))
                    .col(big_integer(Introductions::ProfileId))
                    .col(string(Introductions::RequesterKey))
                    .col(big_integer_null(Introductions::RequesterSmeId))
                    .col(big_integer_null(Introductions::RequesterOrganisationId))
                    .col(text(Introductions::Message))
                    .col(string(Introductions::Status))
                    .col(string(Introductions::RequestedByName))
                    .col(timestamp_with_time_zone(Introductions::CreatedAt))
                    .col(timestamp_with_time_zone_null(Introductions::AnsweredAt))
                    .col(string(Introductions::AnsweredByName))
                    .check(exactly_one(
                        Introductions::RequesterSmeId,
                        Introductions::RequesterOrganisationId,
                    ))
                    .foreign_key(&mut fk(
                        (Introductions::Table, Introductions::ProfileId),
                        (Profiles::Table, Profiles::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Introductions::Table, Introductions::RequesterSmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Introductions::Table, Introductions::RequesterOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "introductions_profile_requester_key",
            Introductions::Table,
            vec![
                Introductions::ProfileId.into_iden(),
                Introductions::RequesterKey.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "introductions_requester_idx",
            Introductions::Table,
            vec![Introductions::RequesterKey.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MatchmakingEvents::Table)
                    .col(big_pk_auto(MatchmakingEvents::Id))
                    .col(string_uniq(MatchmakingEvents::Slug))
                    .col(string(MatchmakingEvents::Title))
                    .col(text(MatchmakingEvents::Description))
                    .col(big_integer(MatchmakingEvents::OrganiserOrganisationId))
                    .col(string(MatchmakingEvents::Format))
                    .col(string(MatchmakingEvents::Venue))
                    .col(string(MatchmakingEvents::OnlineUrl))
                    .col(string(MatchmakingEvents::TimeZone))
                    .col(integer(MatchmakingEvents::Tables))
                    .col(integer_null(MatchmakingEvents::MaxMeetings))
                    .col(integer(MatchmakingEvents::RequestExpiryHours))
                    .col(string(MatchmakingEvents::AgendaState))
                    .col(integer(MatchmakingEvents::AgendaVersion))
                    .col(timestamp_with_time_zone_null(
                        MatchmakingEvents::AgendaPublishedAt,
                    ))
                    .col(timestamp_with_time_zone(MatchmakingEvents::CreatedAt))
                    .col(timestamp_with_time_zone(MatchmakingEvents::UpdatedAt))
                    .check(Expr::col(MatchmakingEvents::Tables).gt(0))
                    .foreign_key(&mut fk(
                        (
                            MatchmakingEvents::Table,
                            MatchmakingEvents::OrganiserOrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(EventSessions::Table)
                    .col(big_pk_auto(EventSessions::Id))
                    .col(big_integer(EventSessions::EventId))
                    .col(string(EventSessions::Title))
                    .col(timestamp_with_time_zone(EventSessions::StartsAt))
                    .col(timestamp_with_time_zone(EventSessions::EndsAt))
                    .col(integer(EventSessions::MeetingMinutes))
                    .col(integer(EventSessions::PauseMinutes))
                    .foreign_key(&mut fk(
                        (EventSessions::Table, EventSessions::EventId),
                        (MatchmakingEvents::Table, MatchmakingEvents::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "event_sessions_event_idx",
            EventSessions::Table,
            vec![
                EventSessions::EventId.into_iden(),
                EventSessions::StartsAt.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EventSlots::Table)
                    .col(big_pk_auto(EventSlots::Id))
                    .col(big_integer(EventSlots::EventId))
                    .col(big_integer(EventSlots::SessionId))
                    .col(timestamp_with_time_zone(EventSlots::StartsAt))
                    .col(timestamp_with_time_zone(EventSlots::EndsAt))
                    .foreign_key(&mut fk(
                        (EventSlots::Table, EventSlots::EventId),
                        (MatchmakingEvents::Table, MatchmakingEvents::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventSlots::Table, EventSlots::SessionId),
                        (EventSessions::Table, EventSessions::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "event_slots_event_idx",
            EventSlots::Table,
            vec![
                EventSlots::EventId.into_iden(),
                EventSlots::StartsAt.into_iden(),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "event_slots_session_idx",
            EventSlots::Table,
            vec![EventSlots::SessionId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EventRegistrations::Table)
                    .col(big_pk_auto(EventRegistrations::Id))
                    .col(big_integer(EventRegistrations::EventId))
                    .col(string(EventRegistrations::PartyKey))
                    .col(big_integer_null(EventRegistrations::SmeId))
                    .col(big_integer_null(EventRegistrations::OrganisationId))
                    .col(string_len(EventRegistrations::Country, 2))
                    .col(string(EventRegistrations::PartyKind))
                    .col(string(EventRegistrations::Attendance))
                    .col(integer_null(EventRegistrations::MaxMeetings))
                    .col(boolean(EventRegistrations::Restricted))
                    .col(text(EventRegistrations::LookingFor))
                    .col(string(EventRegistrations::RegisteredByName))
                    .col(timestamp_with_time_zone(EventRegistrations::RegisteredAt))
                    .check(exactly_one(
                        EventRegistrations::SmeId,
                        EventRegistrations::OrganisationId,
                    ))
                    .foreign_key(&mut fk(
                        (EventRegistrations::Table, EventRegistrations::EventId),
                        (MatchmakingEvents::Table, MatchmakingEvents::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (EventRegistrations::Table, EventRegistrations::SmeId),
                        (Smes::Table, Smes::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            EventRegistrations::Table,
                            EventRegistrations::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "event_registrations_party_key",
            EventRegistrations::Table,
            vec![
                EventRegistrations::EventId.into_iden(),
                EventRegistrations::PartyKey.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "event_registrations_party_idx",
            EventRegistrations::Table,
            vec![EventRegistrations::PartyKey.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RegistrationSlots::Table)
                    .col(big_integer(RegistrationSlots::RegistrationId))
                    .col(big_integer(RegistrationSlots::SlotId))
                    .primary_key(
                        Index::create()
                            .col(RegistrationSlots::RegistrationId)
                            .col(RegistrationSlots::SlotId),
                    )
                    .foreign_key(&mut fk(
                        (RegistrationSlots::Table, RegistrationSlots::RegistrationId),
                        (EventRegistrations::Table, EventRegistrations::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (RegistrationSlots::Table, RegistrationSlots::SlotId),
                        (EventSlots::Table, EventSlots::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(MeetingRequests::Table)
                    .col(big_pk_auto(MeetingRequests::Id))
                    .col(big_integer(MeetingRequests::EventId))
                    .col(big_integer(MeetingRequests::FromRegistrationId))
                    .col(big_integer(MeetingRequests::ToRegistrationId))
                    .col(string(MeetingRequests::PairKey))
                    .col(text(MeetingRequests::Message))
                    .col(string(MeetingRequests::Status))
                    .col(timestamp_with_time_zone(MeetingRequests::CreatedAt))
                    .col(timestamp_with_time_zone(MeetingRequests::ExpiresAt))
                    .col(timestamp_with_time_zone_null(MeetingRequests::AnsweredAt))
                    .col(text(MeetingRequests::AnswerMessage))
                    .check(
                        Expr::col(MeetingRequests::FromRegistrationId)
                            .ne(Expr::col(MeetingRequests::ToRegistrationId)),
                    )
                    .foreign_key(&mut fk(
                        (MeetingRequests::Table, MeetingRequests::EventId),
                        (MatchmakingEvents::Table, MatchmakingEvents::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (MeetingRequests::Table, MeetingRequests::FromRegistrationId),
                        (EventRegistrations::Table, EventRegistrations::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (MeetingRequests::Table, MeetingRequests::ToRegistrationId),
                        (EventRegistrations::Table, EventRegistrations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // One request per pair of attendees and event, whoever asked first.
        index(
            manager,
            "meeting_requests_pair_key",
            MeetingRequests::Table,
            vec![
                MeetingRequests::EventId.into_iden(),
                MeetingRequests::PairKey.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "meeting_requests_from_idx",
            MeetingRequests::Table,
            vec![MeetingRequests::FromRegistrationId.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "meeting_requests_to_idx",
            MeetingRequests::Table,
            vec![MeetingRequests::ToRegistrationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Meetings::Table)
                    .col(big_pk_auto(Meetings::Id))
                    .col(big_integer(Meetings::EventId))
                    .col(big_integer_null(Meetings::RequestId))
                    .col(integer(Meetings::Priority))
                    .col(big_integer_null(Meetings::SlotId))
                    .col(integer_null(Meetings::TableNo))
                    .col(boolean(Meetings::Pinned))
                    .col(boolean(Meetings::Published))
                    .col(integer(Meetings::Sequence))
                    .col(text(Meetings::Note))
                    .col(timestamp_with_time_zone(Meetings::CreatedAt))
                    .col(timestamp_with_time_zone(Meetings::UpdatedAt))
                    .check(Expr::col(Meetings::Priority).gte(1))
                    .check(
                        Expr::col(Meetings::SlotId)
                            .is_null()
                            .eq(Expr::col(Meetings::TableNo).is_null()),
                    )
                    .foreign_key(&mut fk(
                        (Meetings::Table, Meetings::EventId),
                        (MatchmakingEvents::Table, MatchmakingEvents::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Meetings::Table, Meetings::RequestId),
                        (MeetingRequests::Table, MeetingRequests::Id),
                        SetNull,
                    ))
                    .foreign_key(&mut fk(
                        (Meetings::Table, Meetings::SlotId),
                        (EventSlots::Table, EventSlots::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        // One meeting per table and slot, decided by the database.
        index(
            manager,
            "meetings_slot_table_key",
            Meetings::Table,
            vec![Meetings::SlotId.into_iden(), Meetings::TableNo.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "meetings_request_key",
            Meetings::Table,
            vec![Meetings::RequestId.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "meetings_event_idx",
            Meetings::Table,
            vec![Meetings::EventId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MeetingAttendees::Table)
                    .col(big_integer(MeetingAttendees::MeetingId))
                    .col(big_integer(MeetingAttendees::RegistrationId))
                    .col(big_integer_null(MeetingAttendees::SlotId))
                    .primary_key(
                        Index::create()
                            .col(MeetingAttendees::MeetingId)
                            .col(MeetingAttendees::RegistrationId),
                    )
                    .foreign_key(&mut fk(
                        (MeetingAttendees::Table, MeetingAttendees::MeetingId),
                        (Meetings::Table, Meetings::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (MeetingAttendees::Table, MeetingAttendees::RegistrationId),
                        (EventRegistrations::Table, EventRegistrations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // Nobody sits at two tables in one slot, decided by the database.
        index(
            manager,
            "meeting_attendees_slot_key",
            MeetingAttendees::Table,
            vec![
                MeetingAttendees::RegistrationId.into_iden(),
                MeetingAttendees::SlotId.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MeetingOutcomes::Table)
                    .col(big_integer(MeetingOutcomes::MeetingId))
                    .col(big_integer(MeetingOutcomes::RegistrationId))
                    .col(boolean(MeetingOutcomes::Held))
                    .col(boolean(MeetingOutcomes::FollowUp))
                    .col(text(MeetingOutcomes::Note))
                    .col(timestamp_with_time_zone(MeetingOutcomes::RecordedAt))
                    .primary_key(
                        Index::create()
                            .col(MeetingOutcomes::MeetingId)
                            .col(MeetingOutcomes::RegistrationId),
                    )
                    .foreign_key(&mut fk(
                        (MeetingOutcomes::Table, MeetingOutcomes::MeetingId),
                        (Meetings::Table, Meetings::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (MeetingOutcomes::Table, MeetingOutcomes::RegistrationId),
                        (EventRegistrations::Table, EventRegistrations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            MeetingOutcomes::Table.into_iden(),
            MeetingAttendees::Table.into_iden(),
            Meetings::Table.into_iden(),
            MeetingRequests::Table.into_iden(),
            RegistrationSlots::Table.into_iden(),
            EventRegistrations::Table.into_iden(),
            EventSlots::Table.into_iden(),
            EventSessions::Table.into_iden(),
            MatchmakingEvents::Table.into_iden(),
            Introductions::Table.into_iden(),
            ProfileIndexStats::Table.into_iden(),
            ProfileTermStats::Table.into_iden(),
            ProfileTerms::Table.into_iden(),
            ProfileTargets::Table.into_iden(),
            ProfileSectors::Table.into_iden(),
            Profiles::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
