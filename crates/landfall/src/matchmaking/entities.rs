//! The matchmaking tables as SeaORM entities (private to this capability).

pub mod profile {
    use sea_orm::entity::prelude::*;

    /// A cooperation profile: an offer or request in the marketplace.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "profiles")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub kind: String,
        pub owner_key: String,
        pub owner_sme_id: Option<i64>,
        pub owner_organisation_id: Option<i64>,
        pub title: String,
        pub sort_title: String,
        pub description: String,
        pub keywords: String,
        pub stage: String,
        pub status: String,
        pub expires_on: Date,
        pub review_note: String,
        pub reviewed_by_name: String,
        pub reviewed_at: Option<DateTimeUtc>,
        pub published_at: Option<DateTimeUtc>,
        pub contact_name: String,
        pub contact_email: String,
        pub contact_phone: String,
        pub term_count: i32,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod profile_sector {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "profile_sectors")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub profile_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub code: String,
        pub declared: bool,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod profile_target {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "profile_targets")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub profile_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub country: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod profile_term {
    use sea_orm::entity::prelude::*;

    /// One stemmed word of a profile and its weight (title words count most).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "profile_terms")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub term: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub profile_id: i64,
        pub weight: i32,
        #[sea_orm(belongs_to, from = "profile_id", to = "id")]
        pub profile: HasOne<super::profile::Entity>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod profile_term_stats {
    use sea_orm::entity::prelude::*;

    /// How many profiles contain a term.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "profile_term_stats")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub term: String,
        pub documents: i64,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod profile_index_stats {
    use sea_orm::entity::prelude::*;

    /// Corpus figures the ranking needs: how many profiles and how long they are in all.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "profile_index_stats")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: i32,
        pub documents: i64,
        pub total_length: i64,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod introduction {
    use sea_orm::entity::prelude::*;

    /// A request to be introduced to a profile's owner.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "introductions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub profile_id: i64,
        pub requester_key: String,
        pub requester_sme_id: Option<i64>,
        pub requester_organisation_id: Option<i64>,
        pub message: String,
        pub status: String,
        pub requested_by_name: String,
        pub created_at: DateTimeUtc,
        pub answered_at: Option<DateTimeUtc>,
        pub answered_by_name: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod event {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "matchmaking_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub slug: String,
        pub title: String,
        pub description: String,
        pub organiser_organisation_id: i64,
        pub format: String,
        pub venue: String,
        pub online_url: String,
        pub time_zone: String,
        pub tables: i32,
        pub max_meetings: Option<i32>,
        pub request_expiry_hours: i32,
        pub agenda_state: String,
        pub agenda_version: i32,
        pub agenda_published_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod event_session {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_sessions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub title: String,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        pub meeting_minutes: i32,
        pub pause_minutes: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod event_slot {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_slots")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub session_id: i64,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod registration {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_registrations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub party_key: String,
        pub sme_id: Option<i64>,
        pub organisation_id: Option<i64>,
        pub country: String,
        pub party_kind: String,
        pub attendance: String,
        pub max_meetings: Option<i32>,
        pub restricted: bool,
        pub looking_for: String,
        pub registered_by_name: String,
        pub registered_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod registration_slot {
    use sea_orm::entity::prelude::*;

    /// A slot a registration with restricted availability can attend.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "registration_slots")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub registration_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub slot_id: i64,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod meeting_request {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "meeting_requests")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub from_registration_id: i64,
        pub to_registration_id: i64,
        pub pair_key: String,
        pub message: String,
        pub status: String,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        pub answered_at: Option<DateTimeUtc>,
        pub answer_message: String,
        /// When the sender was told that the request expired unanswered.
        pub expiry_notified_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod meeting {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "meetings")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub request_id: Option<i64>,
        pub priority: i32,
        pub slot_id: Option<i64>,
        pub table_no: Option<i32>,
        pub pinned: bool,
        pub published: bool,
        pub sequence: i32,
        pub note: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod meeting_attendee {
    use sea_orm::entity::prelude::*;

    /// Who sits in a meeting; the slot is repeated here so the database refuses anyone in two meetings at once.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "meeting_attendees")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub meeting_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub registration_id: i64,
        pub slot_id: Option<i64>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod meeting_outcome {
    use sea_orm::entity::prelude::*;

    /// What one attendee recorded after the event.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "meeting_outcomes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub meeting_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub registration_id: i64,
        pub held: bool,
        pub follow_up: bool,
        pub note: String,
        pub recorded_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod agenda_cancellation {
    use sea_orm::entity::prelude::*;

    /// A meeting that left one attendee's published agenda, kept so that
    /// the agenda's calendar file can say it is cancelled.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "agenda_cancellations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub event_id: i64,
        pub registration_id: i64,
        pub meeting_id: i64,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        pub sequence: i32,
        pub cancelled_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
