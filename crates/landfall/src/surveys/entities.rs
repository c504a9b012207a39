//! The survey tables as SeaORM entities (private to this capability).

pub mod survey {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "surveys")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub organisation_id: i64,
        pub title: String,
        pub introduction: String,
        pub anonymous: bool,
        pub status: String,
        pub template: String,
        pub created_by_name: String,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod question {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_questions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub survey_id: i64,
        pub position: i32,
        pub section: String,
        pub prompt: String,
        pub help: String,
        pub kind: String,
        pub required: bool,
        /// One option a line.
        pub options: String,
        pub max_choices: Option<i32>,
        pub min_value: Option<i64>,
        pub max_value: Option<i64>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod wave {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_waves")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub survey_id: i64,
        pub number: i32,
        pub started_at: DateTimeUtc,
        pub started_by_name: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod invitation {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_invitations")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub survey_id: i64,
        pub wave_id: i64,
        pub token_digest: String,
        pub recipient_key: String,
        pub sme_id: Option<i64>,
        pub organisation_id: Option<i64>,
        pub recipient_name: String,
        pub country: String,
        pub home_organisation_name: String,
        pub sector_section: String,
        pub size_class: String,
        pub invited_at: DateTimeUtc,
        pub reminded_at: Option<DateTimeUtc>,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod token_use {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_token_uses")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub invitation_id: i64,
        pub used_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod response {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_responses")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub survey_id: i64,
        pub wave_id: i64,
        /// None for an anonymous survey.
        pub invitation_id: Option<i64>,
        pub country: String,
        pub home_organisation_name: String,
        pub sector_section: String,
        pub size_class: String,
        pub submitted_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod answer {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_answers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub response_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub question_id: i64,
        pub value: String,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod reminder_link {
    use sea_orm::entity::prelude::*;

    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "survey_reminder_links")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_digest: String,
        pub invitation_id: i64,
        pub created_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
