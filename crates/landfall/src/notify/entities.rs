//! The notifications' tables as SeaORM entities (private to this capability).

pub mod notification {
    use sea_orm::entity::prelude::*;

    /// One notification for one person, with its e-mail's delivery state.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notifications")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        /// None for a person without an account (e.g. an SME's contact).
        pub user_id: Option<i64>,
        pub email: String,
        pub kind: String,
        pub subject: String,
        pub body: String,
        pub link: String,
        pub created_at: DateTimeUtc,
        pub read_at: Option<DateTimeUtc>,
        pub email_status: String,
        pub email_attempts: i32,
        pub email_next_at: DateTimeUtc,
        pub email_error: String,
        pub email_sent_at: Option<DateTimeUtc>,
        /// The account whose person the text names (who invited, who
        /// reviewed), so that closing it takes the name out.
        pub mentions_user_id: Option<i64>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod preference {
    use sea_orm::entity::prelude::*;

    /// A user's choice to receive one kind by e-mail or not (no row: yes).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notification_preferences")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
        pub email: bool,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
