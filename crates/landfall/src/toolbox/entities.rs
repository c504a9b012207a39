//! The toolbox's tables as SeaORM entities (private to this capability).

pub mod instrument {
    use sea_orm::entity::prelude::*;

    /// An instrument of the catalogue: the network's (no organisation) or
    /// one an organisation added.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "instruments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub slug: String,
        pub organisation_id: Option<i64>,
        pub instrument_group: String,
        pub name: String,
        pub sort_name: String,
        pub summary: String,
        pub description: String,
        /// JSON array of strings.
        pub benefits: String,
        pub business_model: String,
        pub budget_days: i32,
        /// JSON array of cost items.
        pub budget_costs: String,
        pub budget_note: String,
        /// JSON array of KPI names.
        pub kpis: String,
        pub search_text: String,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod plan {
    use sea_orm::entity::prelude::*;

    /// An organisation's internationalisation plan for one target market.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "internationalisation_plans")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub organisation_id: i64,
        pub programme_id: Option<i64>,
        pub title: String,
        pub market_country: Option<String>,
        pub market_region: String,
        pub starts_on: Date,
        pub ends_on: Date,
        pub day_rate_cents: i64,
        pub notes: String,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod plan_item {
    use sea_orm::entity::prelude::*;

    /// One use of an instrument in a plan.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "plan_items")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub plan_id: i64,
        pub instrument_id: i64,
        pub title: String,
        pub starts_on: Date,
        pub ends_on: Date,
        pub days: i32,
        /// JSON array of cost items.
        pub costs: String,
        /// JSON array of KPI targets.
        pub kpi_targets: String,
        pub notes: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod plan_kpi {
    use sea_orm::entity::prelude::*;

    /// An outcome KPI of a plan, carried by a monitoring indicator.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "plan_kpis")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub plan_id: i64,
        pub metric: String,
        pub name: String,
        pub target: i64,
        pub indicator_id: Option<i64>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod method {
    use sea_orm::entity::prelude::*;

    /// A method or tool of the shared library.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "methods")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub slug: String,
        pub organisation_id: i64,
        pub title: String,
        pub sort_title: String,
        pub kind: String,
        pub novelty: String,
        pub theme: String,
        pub summary: String,
        pub description: String,
        /// JSON array of materials.
        pub materials: String,
        pub presented_on: Option<Date>,
        pub search_text: String,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod method_pilot {
    use sea_orm::entity::prelude::*;

    /// An organisation trying a method of the library, with what came of it.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "method_pilots")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub method_id: i64,
        pub organisation_id: i64,
        pub starts_on: Date,
        pub status: String,
        pub informed: i64,
        pub adopting: i64,
        pub results: String,
        pub created_by_name: String,
        pub updated_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod library_target {
    use sea_orm::entity::prelude::*;

    /// A target of the methods library's indicators, set by the coordinator.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "library_targets")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub target: i64,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod strategy_item {
    use sea_orm::entity::prelude::*;

    /// Where an organisation stands on one checklist item.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "strategy_items")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub item_key: String,
        pub status: String,
        pub evidence_text: String,
        pub evidence_url: String,
        pub updated_by_name: String,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod strategy_check {
    use sea_orm::entity::prelude::*;

    /// An organisation's answer to one statement of the self-check.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "strategy_checks")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub statement_key: String,
        pub answer: String,
        pub updated_by_name: String,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
