//! The registry's tables as SeaORM entities (private to the registry).

pub mod organisation {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub slug: String,
        pub kind: String,
        pub name: String,
        pub sort_name: String,
        pub country: String,
        pub city: String,
        pub region: String,
        pub website: String,
        pub description: String,
        /// Service words joined by commas.
        pub services: String,
        pub search_text: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod organisation_sector {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "organisation_sectors")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub code: String,
        /// False for the broader codes stored only so that filters match exactly.
        pub declared: bool,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod sme {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "smes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub slug: String,
        pub name: String,
        pub sort_name: String,
        pub country: String,
        pub city: String,
        pub home_organisation_id: i64,
        pub founded: Option<i32>,
        pub employees: Option<i32>,
        pub annual_turnover_cents: Option<i64>,
        pub products: String,
        pub website: String,
        pub directory_consent: bool,
        pub notes: String,
        pub search_text: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod sme_sector {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sme_sectors")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub sme_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub code: String,
        pub declared: bool,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod sme_target_market {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sme_target_markets")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub sme_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub country: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod person {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "people")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub organisation_id: Option<i64>,
        pub sme_id: Option<i64>,
        pub position: i32,
        pub name: String,
        pub role: String,
        pub email: String,
        pub phone: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod sme_access_grant {
    use sea_orm::entity::prelude::*;

    /// An organisation allowed to see an SME's private part, and why.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sme_access_grants")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub sme_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub organisation_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub reason: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
