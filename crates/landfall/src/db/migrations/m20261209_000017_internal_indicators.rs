//! An indicator can be internal to one organisation: the indicators that carry
//! the KPIs of an internationalisation plan are read only by the plan's
//! organisation (its managers) and the admins, like the plan itself. Existing
//! plan indicators get their plan's organisation.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Indicators {
    Table,
    InternalTo,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Indicators::Table)
                    .add_column(big_integer_null(Indicators::InternalTo))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE indicators SET internal_to = (\
                 SELECT p.organisation_id FROM plan_kpis \
                 JOIN internationalisation_plans p ON p.id = plan_kpis.plan_id \
                 WHERE plan_kpis.indicator_id = indicators.id)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Indicators::Table)
                    .drop_column(Indicators::InternalTo)
                    .to_owned(),
            )
            .await
    }
}
