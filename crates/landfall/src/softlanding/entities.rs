//! The soft-landing tables as SeaORM entities (private to this capability).

pub mod programme {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "programmes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub slug: String,
        pub name: String,
        pub description: String,
        pub starts_on: Date,
        pub ends_on: Date,
        pub target_participants: i32,
        pub target_partnerships: i32,
        pub target_presences: i32,
        pub target_export_starts: i32,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod programme_partner {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "programme_partners")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub programme_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i64,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod cohort {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cohorts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub programme_id: i64,
        pub name: String,
        pub starts_on: Date,
        pub description: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod participant {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "participants")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub programme_id: i64,
        pub cohort_id: i64,
        pub sme_id: i64,
        pub home_organisation_id: i64,
        pub host_organisation_id: i64,
        pub target_market: String,
        pub joined_on: Date,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod journey_step {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "journey_steps")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub participant_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub step: String,
        pub position: i32,
        pub state: String,
        pub date: Option<Date>,
        pub notes: String,
        pub outputs: String,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod journey_event {
    use sea_orm::entity::prelude::*;

    /// One change in a participant's journey: who, when, what and why.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "journey_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub participant_id: i64,
        pub step: String,
        pub action: String,
        pub from_state: String,
        pub to_state: String,
        pub reason: String,
        pub actor_user_id: Option<i64>,
        pub actor_name: String,
        pub at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod assessment {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "assessments")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub participant_id: i64,
        /// Country codes joined by commas.
        pub markets_considered: String,
        pub barrier_language: i16,
        pub barrier_culture: i16,
        pub barrier_regulation: i16,
        pub barrier_funding: i16,
        pub barrier_contacts: i16,
        pub barrier_capacity: i16,
        pub potential_demand: i16,
        pub potential_product_fit: i16,
        pub potential_advantage: i16,
        pub potential_network: i16,
        pub potential_commitment: i16,
        pub barrier_notes: String,
        pub potential_notes: String,
        pub updated_at: DateTimeUtc,
        pub updated_by_name: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "programme_sessions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub uid: String,
        pub programme_id: i64,
        pub cohort_id: Option<i64>,
        pub kind: String,
        pub title: String,
        pub host_organisation_id: i64,
        pub venue: String,
        pub starts_at: DateTimeUtc,
        pub ends_at: DateTimeUtc,
        pub time_zone: String,
        pub capacity: i32,
        pub seats_taken: i32,
        pub agenda: String,
        pub cancelled: bool,
        pub sequence: i32,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod invitation {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "session_invitations")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub session_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub participant_id: i64,
        pub response: String,
        pub attended: Option<bool>,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod assignment {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "assignments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub participant_id: i64,
        pub title: String,
        pub description: String,
        pub due_on: Date,
        pub status: String,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod submission {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "submissions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub assignment_id: i64,
        pub text: String,
        pub upload_id: Option<i64>,
        pub submitted_by_name: String,
        pub submitted_at: DateTimeUtc,
        pub review: Option<String>,
        pub review_comment: String,
        pub reviewed_by_name: String,
        pub reviewed_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod desk {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "desks")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub organisation_id: i64,
        pub name: String,
        pub kind: String,
        pub capacity: i32,
        pub monthly_price_cents: i64,
        pub description: String,
        pub active: bool,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod desk_booking {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "desk_bookings")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub desk_id: i64,
        pub participant_id: i64,
        pub starts_on: Date,
        pub ends_on: Date,
        pub status: String,
        pub note: String,
        pub requested_by_name: String,
        pub decided_by_name: String,
        pub decided_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod desk_day {
    use sea_orm::entity::prelude::*;

    /// A day of a desk held by an approved booking.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "desk_days")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub desk_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: Date,
        pub booking_id: i64,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod calendar_feed {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calendar_feeds")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        /// The secret in the feed's address (shown again to its owners, so kept as is).
        #[sea_orm(unique)]
        pub token: String,
        pub participant_id: Option<i64>,
        pub organisation_id: Option<i64>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
