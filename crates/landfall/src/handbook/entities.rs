//! The handbook's tables as SeaORM entities (private to this capability).

pub mod chapter {
    use sea_orm::entity::prelude::*;

    /// A chapter: its stable address and author; the words live in versions.
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "handbook_chapters")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub slug: String,
        pub author_organisation_id: i64,
        pub published_version_id: Option<i64>,
        pub withdrawn_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod version {
    use sea_orm::entity::prelude::*;

    /// One version of a chapter: a draft, a draft waiting for review or
    /// returned, or a version that was published (kept for the history).
    #[sea_orm::model]
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "handbook_versions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub chapter_id: i64,
        pub number: i32,
        pub status: String,
        pub kind: String,
        pub position: i32,
        pub title: String,
        pub sort_title: String,
        pub summary: String,
        pub body: String,
        pub tags: String,
        pub countries: String,
        pub search_text: String,
        pub change_note: String,
        pub review_note: String,
        pub written_by_user_id: i64,
        pub written_by_name: String,
        pub reviewed_by_name: String,
        pub submitted_at: Option<DateTimeUtc>,
        pub published_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    impl ActiveModelBehavior for ActiveModel {}
}
