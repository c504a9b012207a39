//! Joint calls: calls with their funding partners, rubric versions and
//! criteria; applications with partners and work plans; evaluator
//! assignments, reviews and their scores; and each agency's funding
//! decisions.
//!
//! One review per evaluator and application, one decision per partner and
//! one assignment per evaluator and application are unique keys, so two
//! requests at the same moment cannot both write one.

use sea_orm_migration::{prelude::*, schema::*};

use super::{binary_collation, fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Instruments {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Calls {
    Table,
    Id,
    Slug,
    Title,
    Year,
    Summary,
    CoordinatorOrganisationId,
    TimeZone,
    OpensAt,
    ClosesAt,
    MinCountries,
    MinGrantCents,
    MaxGrantCents,
    MinMonths,
    MaxMonths,
    MinSmes,
    EligibleKinds,
    Questions,
    Published,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CallFunders {
    Table,
    Id,
    CallId,
    OrganisationId,
    Country,
    BudgetCents,
    /// Touched by every decision of the funder: the row lock that keeps two
    /// decisions from over-committing the budget together.
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CallRubrics {
    Table,
    Id,
    CallId,
    Version,
    ScaleMin,
    ScaleMax,
    CreatedByName,
    CreatedAt,
}

#[derive(DeriveIden)]
enum CallCriteria {
    Table,
    Id,
    RubricId,
    Position,
    Name,
    Description,
    Weight,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
    CallId,
    Reference,
    LeadOrganisationId,
    Status,
    Title,
    Acronym,
    Summary,
    Objectives,
    DurationMonths,
    Answers,
    CreatedByName,
    SubmittedAt,
    WithdrawnAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApplicationPartners {
    Table,
    Id,
    ApplicationId,
    OrganisationId,
    Position,
    FunderId,
    RequestedCents,
    SmesEngaged,
}

#[derive(DeriveIden)]
enum ApplicationWorkItems {
    Table,
    Id,
    ApplicationId,
    Position,
    InstrumentId,
    Title,
    PartnerOrganisationId,
    StartMonth,
    EndMonth,
    CostCents,
    Description,
}

#[derive(DeriveIden)]
enum EvaluatorAssignments {
    Table,
    Id,
    ApplicationId,
    EvaluatorUserId,
    AssignedByName,
    AssignedAt,
}

#[derive(DeriveIden)]
enum Reviews {
    Table,
    Id,
    ApplicationId,
    EvaluatorUserId,
    RubricId,
    Status,
    OverallComment,
    SubmittedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ReviewScores {
    Table,
    ReviewId,
    CriterionId,
    Score,
    Comment,
}

#[derive(DeriveIden)]
enum FundingDecisions {
    Table,
    Id,
    ApplicationId,
    PartnerId,
    FunderId,
    Outcome,
    AmountCents,
    Conditions,
    DecidedByName,
    DecidedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        let mut slug = string(Calls::Slug);
        binary_collation(manager, &mut slug);
        slug.unique_key();
        manager
            .create_table(
                Table::create()
                    .table(Calls::Table)
                    .col(big_pk_auto(Calls::Id))
                    .col(slug)
                    .col(string(Calls::Title))
                    .col(integer(Calls::Year))
                    .col(text(Calls::Summary))
                    .col(big_integer(Calls::CoordinatorOrganisationId))
                    .col(string(Calls::TimeZone))
                    .col(timestamp_with_time_zone(Calls::OpensAt))
                    .col(timestamp_with_time_zone(Calls::ClosesAt))
                    .col(integer(Calls::MinCountries))
                    .col(big_integer(Calls::MinGrantCents))
                    .col(big_integer(Calls::MaxGrantCents))
                    .col(integer(Calls::MinMonths))
                    .col(integer(Calls::MaxMonths))
                    .col(integer(Calls::MinSmes))
                    .col(text(Calls::EligibleKinds))
                    .col(text(Calls::Questions))
                    .col(boolean(Calls::Published))
                    .col(timestamp_with_time_zone(Calls::CreatedAt))
                    .col(timestamp_with_time_zone(Calls::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Calls::Table, Calls::CoordinatorOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "calls_year_idx",
            Calls::Table,
            vec![Calls::Year.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallFunders::Table)
                    .col(big_pk_auto(CallFunders::Id))
                    .col(big_integer(CallFunders::CallId))
                    .col(big_integer(CallFunders::OrganisationId))
                    .col(string(CallFunders::Country))
                    .col(big_integer(CallFunders::BudgetCents))
                    .col(timestamp_with_time_zone(CallFunders::UpdatedAt))
                    .foreign_key(&mut fk(
                        (CallFunders::Table, CallFunders::CallId),
                        (Calls::Table, Calls::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (CallFunders::Table, CallFunders::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "call_funders_call_organisation_key",
            CallFunders::Table,
            vec![
                CallFunders::CallId.into_iden(),
                CallFunders::OrganisationId.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "call_funders_organisation_idx",
            CallFunders::Table,
            vec![CallFunders::OrganisationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallRubrics::Table)
                    .col(big_pk_auto(CallRubrics::Id))
                    .col(big_integer(CallRubrics::CallId))
                    .col(integer(CallRubrics::Version))
                    .col(integer(CallRubrics::ScaleMin))
                    .col(integer(CallRubrics::ScaleMax))
                    .col(string(CallRubrics::CreatedByName))
                    .col(timestamp_with_time_zone(CallRubrics::CreatedAt))
                    .foreign_key(&mut fk(
                        (CallRubrics::Table, CallRubrics::CallId),
                        (Calls::Table, Calls::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // Two managers saving the rubric at once cannot both make version n.
        index(
            manager,
            "call_rubrics_call_version_key",
            CallRubrics::Table,
            vec![
                CallRubrics::CallId.into_iden(),
                CallRubrics::Version.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallCriteria::Table)
                    .col(big_pk_auto(CallCriteria::Id))
                    .col(big_integer(CallCriteria::RubricId))
                    .col(integer(CallCriteria::Position))
                    .col(string(CallCriteria::Name))
                    .col(text(CallCriteria::Description))
                    .col(integer(CallCriteria::Weight))
                    .foreign_key(&mut fk(
                        (CallCriteria::Table, CallCriteria::RubricId),
                        (CallRubrics::Table, CallRubrics::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "call_criteria_rubric_idx",
            CallCriteria::Table,
            vec![CallCriteria::RubricId.into_iden()],
            false,
        )
        .await?;

        let mut reference = string(Applications::Reference);
        binary_collation(manager, &mut reference);
        reference.unique_key();
        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .col(big_pk_auto(Applications::Id))
                    .col(big_integer(Applications::CallId))
                    .col(reference)
                    .col(big_integer(Applications::LeadOrganisationId))
                    .col(string(Applications::Status))
                    .col(string(Applications::Title))
                    .col(string(Applications::Acronym))
                    .col(text(Applications::Summary))
                    .col(text(Applications::Objectives))
                    .col(integer_null(Applications::DurationMonths))
                    .col(text(Applications::Answers))
                    .col(string(Applications::CreatedByName))
                    .col(timestamp_with_time_zone_null(Applications::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Applications::WithdrawnAt))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(timestamp_with_time_zone(Applications::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Applications::Table, Applications::CallId),
                        (Calls::Table, Calls::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Applications::Table, Applications::LeadOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "applications_call_status_idx",
            Applications::Table,
            vec![
                Applications::CallId.into_iden(),
                Applications::Status.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApplicationPartners::Table)
                    .col(big_pk_auto(ApplicationPartners::Id))
                    .col(big_integer(ApplicationPartners::ApplicationId))
                    .col(big_integer(ApplicationPartners::OrganisationId))
                    .col(integer(ApplicationPartners::Position))
                    .col(big_integer_null(ApplicationPartners::FunderId))
                    .col(big_integer(ApplicationPartners::RequestedCents))
                    .col(integer(ApplicationPartners::SmesEngaged))
                    .foreign_key(&mut fk(
                        (
                            ApplicationPartners::Table,
                            ApplicationPartners::ApplicationId,
                        ),
                        (Applications::Table, Applications::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            ApplicationPartners::Table,
                            ApplicationPartners::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (ApplicationPartners::Table, ApplicationPartners::FunderId),
                        (CallFunders::Table, CallFunders::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "application_partners_application_organisation_key",
            ApplicationPartners::Table,
            vec![
                ApplicationPartners::ApplicationId.into_iden(),
                ApplicationPartners::OrganisationId.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "application_partners_organisation_idx",
            ApplicationPartners::Table,
            vec![ApplicationPartners::OrganisationId.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "application_partners_funder_idx",
            ApplicationPartners::Table,
            vec![ApplicationPartners::FunderId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApplicationWorkItems::Table)
                    .col(big_pk_auto(ApplicationWorkItems::Id))
                    .col(big_integer(ApplicationWorkItems::ApplicationId))
                    .col(integer(ApplicationWorkItems::Position))
                    .col(big_integer_null(ApplicationWorkItems::InstrumentId))
                    .col(string(ApplicationWorkItems::Title))
                    .col(big_integer(ApplicationWorkItems::PartnerOrganisationId))
                    .col(integer(ApplicationWorkItems::StartMonth))
                    .col(integer(ApplicationWorkItems::EndMonth))
                    .col(big_integer(ApplicationWorkItems::CostCents))
                    .col(text(ApplicationWorkItems::Description))
                    .foreign_key(&mut fk(
                        (
                            ApplicationWorkItems::Table,
                            ApplicationWorkItems::ApplicationId,
                        ),
                        (Applications::Table, Applications::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            ApplicationWorkItems::Table,
                            ApplicationWorkItems::InstrumentId,
                        ),
                        (Instruments::Table, Instruments::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "application_work_items_application_idx",
            ApplicationWorkItems::Table,
            vec![ApplicationWorkItems::ApplicationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EvaluatorAssignments::Table)
                    .col(big_pk_auto(EvaluatorAssignments::Id))
                    .col(big_integer(EvaluatorAssignments::ApplicationId))
                    .col(big_integer(EvaluatorAssignments::EvaluatorUserId))
                    .col(string(EvaluatorAssignments::AssignedByName))
                    .col(timestamp_with_time_zone(EvaluatorAssignments::AssignedAt))
                    .foreign_key(&mut fk(
                        (
                            EvaluatorAssignments::Table,
                            EvaluatorAssignments::ApplicationId,
                        ),
                        (Applications::Table, Applications::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            EvaluatorAssignments::Table,
                            EvaluatorAssignments::EvaluatorUserId,
                        ),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "evaluator_assignments_application_evaluator_key",
            EvaluatorAssignments::Table,
            vec![
                EvaluatorAssignments::ApplicationId.into_iden(),
                EvaluatorAssignments::EvaluatorUserId.into_iden(),
            ],
            true,
        )
        .await?;
        index(
            manager,
            "evaluator_assignments_evaluator_idx",
            EvaluatorAssignments::Table,
            vec![EvaluatorAssignments::EvaluatorUserId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Reviews::Table)
                    .col(big_pk_auto(Reviews::Id))
                    .col(big_integer(Reviews::ApplicationId))
                    .col(big_integer(Reviews::EvaluatorUserId))
                    .col(big_integer(Reviews::RubricId))
                    .col(string(Reviews::Status))
                    .col(text(Reviews::OverallComment))
                    .col(timestamp_with_time_zone_null(Reviews::SubmittedAt))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .col(timestamp_with_time_zone(Reviews::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::ApplicationId),
                        (Applications::Table, Applications::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::EvaluatorUserId),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Reviews::Table, Reviews::RubricId),
                        (CallRubrics::Table, CallRubrics::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "reviews_application_evaluator_key",
            Reviews::Table,
            vec![
                Reviews::ApplicationId.into_iden(),
                Reviews::EvaluatorUserId.into_iden(),
            ],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ReviewScores::Table)
                    .col(big_integer(ReviewScores::ReviewId))
                    .col(big_integer(ReviewScores::CriterionId))
                    .col(integer_null(ReviewScores::Score))
                    .col(text(ReviewScores::Comment))
                    .primary_key(
                        Index::create()
                            .col(ReviewScores::ReviewId)
                            .col(ReviewScores::CriterionId),
                    )
                    .foreign_key(&mut fk(
                        (ReviewScores::Table, ReviewScores::ReviewId),
                        (Reviews::Table, Reviews::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (ReviewScores::Table, ReviewScores::CriterionId),
                        (CallCriteria::Table, CallCriteria::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FundingDecisions::Table)
                    .col(big_pk_auto(FundingDecisions::Id))
                    .col(big_integer(FundingDecisions::ApplicationId))
                    .col(big_integer(FundingDecisions::PartnerId))
                    .col(big_integer(FundingDecisions::FunderId))
                    .col(string(FundingDecisions::Outcome))
                    .col(big_integer(FundingDecisions::AmountCents))
                    .col(text(FundingDecisions::Conditions))
                    .col(string(FundingDecisions::DecidedByName))
                    .col(timestamp_with_time_zone(FundingDecisions::DecidedAt))
                    .foreign_key(&mut fk(
                        (FundingDecisions::Table, FundingDecisions::ApplicationId),
                        (Applications::Table, Applications::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (FundingDecisions::Table, FundingDecisions::PartnerId),
                        (ApplicationPartners::Table, ApplicationPartners::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (FundingDecisions::Table, FundingDecisions::FunderId),
                        (CallFunders::Table, CallFunders::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "funding_decisions_partner_key",
            FundingDecisions::Table,
            vec![FundingDecisions::PartnerId.into_iden()],
            true,
        )
        .await?;
        index(
            manager,
            "funding_decisions_funder_idx",
            FundingDecisions::Table,
            vec![
                FundingDecisions::FunderId.into_iden(),
                FundingDecisions::Outcome.into_iden(),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "funding_decisions_application_idx",
            FundingDecisions::Table,
            vec![FundingDecisions::ApplicationId.into_iden()],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            FundingDecisions::Table.into_iden(),
            ReviewScores::Table.into_iden(),
            Reviews::Table.into_iden(),
            EvaluatorAssignments::Table.into_iden(),
            ApplicationWorkItems::Table.into_iden(),
            ApplicationPartners::Table.into_iden(),
            Applications::Table.into_iden(),
            CallCriteria::Table.into_iden(),
            CallRubrics::Table.into_iden(),
            CallFunders::Table.into_iden(),
            Calls::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
