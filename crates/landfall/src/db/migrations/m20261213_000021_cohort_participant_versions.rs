//! Cohorts and participants can be corrected (a cohort's name, start and
//! description; a participant's cohort, host, target market and date of
//! joining). Their edit forms carry the version they were filled from, as
//! every other edit form does, so both tables now record when a row last
//! changed. Existing rows take their creation time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 2] = ["cohorts", "participants"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            // A column added to rows that exist needs a default; the rows
            // take their creation time at once, and new rows set their own.
            let column = timestamp_with_time_zone(Alias::new("updated_at"))
                .default("1970-01-01 00:00:00+00:00")
                .to_owned();
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
            manager
                .get_connection()
                .execute_unprepared(&format!("UPDATE {table} SET updated_at = created_at"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(table))
                        .drop_column(Alias::new("updated_at"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
