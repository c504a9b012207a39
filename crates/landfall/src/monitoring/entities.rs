//! The monitoring tables as SeaORM entities (private to this capability).

pub mod outcome {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outcomes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub sme_id: i64,
        pub kind: String,
        pub status: String,
        pub occurred_on: Date,
        pub country: Option<String>,
        pub counterparty_name: String,
        pub counterparty_organisation_id: Option<i64>,
        pub counterparty_sme_id: Option<i64>,
        pub value_cents: Option<i64>,
        pub presence_form: Option<String>,
        pub description: String,
        pub evidence_text: String,
        pub evidence_url: String,
        pub evidence_file_id: Option<i64>,
        pub programme_id: Option<i64>,
        pub session_id: Option<i64>,
        pub meeting_id: Option<i64>,
        pub instrument: String,
        pub version: i32,
        pub recorded_by_user_id: Option<i64>,
        pub recorded_by_name: String,
        pub recorded_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod outcome_revision {
    use sea_orm::entity::prelude::*;

    /// One version of a record: what it said, who changed it, when and why.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "outcome_revisions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub outcome_id: i64,
        pub version: i32,
        pub action: String,
        /// The record's fields as JSON.
        pub snapshot: String,
        pub reason: String,
        pub actor_user_id: Option<i64>,
        pub actor_name: String,
        pub at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod sme_figure {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sme_figures")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub sme_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub year: i32,
        pub turnover_cents: Option<i64>,
        pub employees: Option<i32>,
        pub export_share_pct: Option<i32>,
        pub recorded_by_name: String,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod sme_figure_revision {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sme_figure_revisions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub sme_id: i64,
        pub year: i32,
        pub snapshot: String,
        pub reason: String,
        pub actor_name: String,
        pub at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod indicator {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "indicators")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub programme_id: Option<i64>,
        pub name: String,
        pub metric: String,
        /// ISO country codes, comma separated: only records in these
        /// countries count (empty: every country).
        pub countries: String,
        pub target: i64,
        pub period_from: Date,
        pub period_to: Date,
        pub created_by_name: String,
        /// The organisation an internal indicator belongs to (one carrying
        /// a plan's KPI): only its managers and the admins read it.
        pub internal_to: Option<i64>,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
