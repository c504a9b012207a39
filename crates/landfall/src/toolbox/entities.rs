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
