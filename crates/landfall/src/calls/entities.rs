//! The joint calls' tables as SeaORM entities (private to this capability).

pub mod call {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calls")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub slug: String,
        pub title: String,
        pub year: i32,
        pub summary: String,
        pub coordinator_organisation_id: i64,
        pub time_zone: String,
        pub opens_at: DateTimeUtc,
        pub closes_at: DateTimeUtc,
        pub min_countries: i32,
        pub min_grant_cents: i64,
        pub max_grant_cents: i64,
        pub min_months: i32,
        pub max_months: i32,
        pub min_smes: i32,
        /// Organisation kinds, comma-separated.
        pub eligible_kinds: String,
        /// The application form's extra questions, as JSON.
        pub questions: String,
        pub published: bool,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod funder {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "call_funders")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub call_id: i64,
        pub organisation_id: i64,
        pub country: String,
        pub budget_cents: i64,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod rubric {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "call_rubrics")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub call_id: i64,
        pub version: i32,
        pub scale_min: i32,
        pub scale_max: i32,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod criterion {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "call_criteria")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub rubric_id: i64,
        pub position: i32,
        pub name: String,
        pub description: String,
        pub weight: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod application {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "applications")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub call_id: i64,
        pub reference: String,
        pub lead_organisation_id: i64,
        pub status: String,
        pub title: String,
        pub acronym: String,
        pub summary: String,
        pub objectives: String,
        pub duration_months: Option<i32>,
        /// Answers to the call's questions by key, as JSON.
        pub answers: String,
        pub created_by_name: String,
        pub submitted_at: Option<DateTimeUtc>,
        pub withdrawn_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
        /// When the lead was reminded that the deadline is near (drafts only).
        pub deadline_reminded_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod partner {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "application_partners")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub application_id: i64,
        pub organisation_id: i64,
        pub position: i32,
        pub funder_id: Option<i64>,
        pub requested_cents: i64,
        pub smes_engaged: i32,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod work_item {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "application_work_items")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub application_id: i64,
        pub position: i32,
        pub instrument_id: Option<i64>,
        pub title: String,
        pub partner_organisation_id: i64,
        pub start_month: i32,
        pub end_month: i32,
        pub cost_cents: i64,
        pub description: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod assignment {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "evaluator_assignments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub application_id: i64,
        pub evaluator_user_id: i64,
        pub assigned_by_name: String,
        pub assigned_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod review {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "reviews")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub application_id: i64,
        pub evaluator_user_id: i64,
        pub rubric_id: i64,
        pub status: String,
        pub overall_comment: String,
        pub submitted_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod score {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "review_scores")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub review_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub criterion_id: i64,
        pub score: Option<i32>,
        pub comment: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod decision {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "funding_decisions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub application_id: i64,
        pub partner_id: i64,
        pub funder_id: i64,
        pub outcome: String,
        pub amount_cents: i64,
        pub conditions: String,
        pub decided_by_name: String,
        pub decided_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
