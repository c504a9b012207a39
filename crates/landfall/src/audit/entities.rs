//! The audit log's table as a SeaORM entity (private to this capability).

pub mod event {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub occurred_at: DateTimeUtc,
        pub actor_user_id: Option<i64>,
        pub actor_name: String,
        pub actor_role: String,
        pub action: String,
        pub subject: String,
        pub summary: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
