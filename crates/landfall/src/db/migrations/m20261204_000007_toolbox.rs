//! The toolbox: the catalogue of internationalisation instruments (the
//! network's seventeen are inserted here, so every database starts with
//! them), internationalisation plans with their items and outcome KPIs, the
//! shared library of methods and tools with their pilots, and each
//! organisation's strategy checklist and boosters/blockers self-check.
//!
//! Lists inside a record (benefits, KPI names, cost items, materials) are
//! stored as JSON text: they are always read and written with their record.

use sea_orm_migration::{prelude::*, schema::*};
use serde_json::json;

use super::{binary_collation, fk, index};
use crate::registry::model::fold;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Instruments {
    Table,
    Id,
    Slug,
    /// Null for the network's catalogue; otherwise the organisation that added it.
    OrganisationId,
    InstrumentGroup,
    Name,
    SortName,
    Summary,
    Description,
    /// JSON array of strings.
    Benefits,
    BusinessModel,
    /// Days of work per use.
    BudgetDays,
    /// JSON array of `{"label", "amount_cents"}`.
    BudgetCosts,
    BudgetNote,
    /// JSON array of KPI names.
    Kpis,
    SearchText,
    CreatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum InternationalisationPlans {
    Table,
    Id,
    OrganisationId,
    ProgrammeId,
    Title,
    MarketCountry,
    MarketRegion,
    StartsOn,
    EndsOn,
    DayRateCents,
    Notes,
    CreatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PlanItems {
    Table,
    Id,
    PlanId,
    InstrumentId,
    Title,
    StartsOn,
    EndsOn,
    Days,
    /// JSON array of `{"label", "amount_cents"}`.
    Costs,
    /// JSON array of `{"name", "target"}`, names from the instrument's KPIs.
    KpiTargets,
    Notes,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PlanKpis {
    Table,
    Id,
    PlanId,
    Metric,
    Name,
    Target,
    /// The monitoring indicator that carries this KPI (null if monitoring removed it).
    IndicatorId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Methods {
    Table,
    Id,
    Slug,
    OrganisationId,
    Title,
    SortTitle,
    Kind,
    Novelty,
    Theme,
    Summary,
    Description,
    /// JSON array of `{"title", "url"}`.
    Materials,
    PresentedOn,
    SearchText,
    CreatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MethodPilots {
    Table,
    Id,
    MethodId,
    OrganisationId,
    StartsOn,
    Status,
    Informed,
    Adopting,
    Results,
    CreatedByName,
    UpdatedByName,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StrategyItems {
    Table,
    OrganisationId,
    ItemKey,
    Status,
    EvidenceText,
    EvidenceUrl,
    UpdatedByName,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StrategyChecks {
    Table,
    OrganisationId,
    StatementKey,
    Answer,
    UpdatedByName,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        let (slug, sort_name) =
            address_and_sort_key(manager, Instruments::Slug, Instruments::SortName);
        manager
            .create_table(
                Table::create()
                    .table(Instruments::Table)
                    .col(big_pk_auto(Instruments::Id))
                    .col(slug)
                    .col(big_integer_null(Instruments::OrganisationId))
                    .col(string(Instruments::InstrumentGroup))
                    .col(string(Instruments::Name))
                    .col(sort_name)
                    .col(text(Instruments::Summary))
                    .col(text(Instruments::Description))
                    .col(text(Instruments::Benefits))
                    .col(text(Instruments::BusinessModel))
                    .col(integer(Instruments::BudgetDays))
                    .col(text(Instruments::BudgetCosts))
                    .col(text(Instruments::BudgetNote))
                    .col(text(Instruments::Kpis))
                    .col(text(Instruments::SearchText))
                    .col(string(Instruments::CreatedByName))
                    .col(timestamp_with_time_zone(Instruments::CreatedAt))
                    .col(timestamp_with_time_zone(Instruments::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Instruments::Table, Instruments::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "instruments_group_idx",
            Instruments::Table,
            vec![
                Instruments::InstrumentGroup.into_iden(),
                Instruments::SortName.into_iden(),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "instruments_organisation_idx",
            Instruments::Table,
            vec![Instruments::OrganisationId.into_iden()],
            false,
        )
        .await?;
        insert_network_catalogue(manager).await?;

        manager
            .create_table(
                Table::create()
                    .table(InternationalisationPlans::Table)
                    .col(big_pk_auto(InternationalisationPlans::Id))
                    .col(big_integer(InternationalisationPlans::OrganisationId))
                    .col(big_integer_null(InternationalisationPlans::ProgrammeId))
                    .col(string(InternationalisationPlans::Title))
                    .col(string_len_null(InternationalisationPlans::MarketCountry, 2))
                    .col(string(InternationalisationPlans::MarketRegion))
                    .col(date(InternationalisationPlans::StartsOn))
                    .col(date(InternationalisationPlans::EndsOn))
                    .col(big_integer(InternationalisationPlans::DayRateCents))
                    .col(text(InternationalisationPlans::Notes))
                    .col(string(InternationalisationPlans::CreatedByName))
                    .col(timestamp_with_time_zone(
                        InternationalisationPlans::CreatedAt,
                    ))
                    .col(timestamp_with_time_zone(
                        InternationalisationPlans::UpdatedAt,
                    ))
                    .foreign_key(&mut fk(
                        (
                            InternationalisationPlans::Table,
                            InternationalisationPlans::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            InternationalisationPlans::Table,
                            InternationalisationPlans::ProgrammeId,
                        ),
                        (Programmes::Table, Programmes::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "internationalisation_plans_organisation_idx",
            InternationalisationPlans::Table,
            vec![InternationalisationPlans::OrganisationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PlanItems::Table)
                    .col(big_pk_auto(PlanItems::Id))
                    .col(big_integer(PlanItems::PlanId))
                    .col(big_integer(PlanItems::InstrumentId))
                    .col(string(PlanItems::Title))
                    .col(date(PlanItems::StartsOn))
                    .col(date(PlanItems::EndsOn))
                    .col(integer(PlanItems::Days))
                    .col(text(PlanItems::Costs))
                    .col(text(PlanItems::KpiTargets))
                    .col(text(PlanItems::Notes))
                    .col(timestamp_with_time_zone(PlanItems::CreatedAt))
                    .col(timestamp_with_time_zone(PlanItems::UpdatedAt))
                    .foreign_key(&mut fk(
                        (PlanItems::Table, PlanItems::PlanId),
                        (
                            InternationalisationPlans::Table,
                            InternationalisationPlans::Id,
                        ),
                        Cascade,
                    ))
                    // An instrument in use stays: plans keep their budgets.
                    .foreign_key(&mut fk(
                        (PlanItems::Table, PlanItems::InstrumentId),
                        (Instruments::Table, Instruments::Id),
                        Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "plan_items_plan_idx",
            PlanItems::Table,
            vec![
                PlanItems::PlanId.into_iden(),
                PlanItems::StartsOn.into_iden(),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "plan_items_instrument_idx",
            PlanItems::Table,
            vec![PlanItems::InstrumentId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PlanKpis::Table)
                    .col(big_pk_auto(PlanKpis::Id))
                    .col(big_integer(PlanKpis::PlanId))
                    .col(string(PlanKpis::Metric))
                    .col(string(PlanKpis::Name))
                    .col(big_integer(PlanKpis::Target))
                    .col(big_integer_null(PlanKpis::IndicatorId))
                    .col(timestamp_with_time_zone(PlanKpis::CreatedAt))
                    .col(timestamp_with_time_zone(PlanKpis::UpdatedAt))
                    .foreign_key(&mut fk(
                        (PlanKpis::Table, PlanKpis::PlanId),
                        (
                            InternationalisationPlans::Table,
                            InternationalisationPlans::Id,
                        ),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (PlanKpis::Table, PlanKpis::IndicatorId),
                        (Indicators::Table, Indicators::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // One target per definition and plan: two people adding the same KPI
        // at once cannot make two indicators.
        index(
            manager,
            "plan_kpis_metric_key",
            PlanKpis::Table,
            vec![PlanKpis::PlanId.into_iden(), PlanKpis::Metric.into_iden()],
            true,
        )
        .await?;

        let (method_slug, sort_title) =
            address_and_sort_key(manager, Methods::Slug, Methods::SortTitle);
        manager
            .create_table(
                Table::create()
                    .table(Methods::Table)
                    .col(big_pk_auto(Methods::Id))
                    .col(method_slug)
                    .col(big_integer(Methods::OrganisationId))
                    .col(string(Methods::Title))
                    .col(sort_title)
                    .col(string(Methods::Kind))
                    .col(string(Methods::Novelty))
                    .col(string(Methods::Theme))
                    .col(text(Methods::Summary))
                    .col(text(Methods::Description))
                    .col(text(Methods::Materials))
                    .col(date_null(Methods::PresentedOn))
                    .col(text(Methods::SearchText))
                    .col(string(Methods::CreatedByName))
                    .col(timestamp_with_time_zone(Methods::CreatedAt))
                    .col(timestamp_with_time_zone(Methods::UpdatedAt))
                    .foreign_key(&mut fk(
                        (Methods::Table, Methods::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "methods_organisation_idx",
            Methods::Table,
            vec![Methods::OrganisationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(MethodPilots::Table)
                    .col(big_pk_auto(MethodPilots::Id))
                    .col(big_integer(MethodPilots::MethodId))
                    .col(big_integer(MethodPilots::OrganisationId))
                    .col(date(MethodPilots::StartsOn))
                    .col(string(MethodPilots::Status))
                    .col(big_integer(MethodPilots::Informed))
                    .col(big_integer(MethodPilots::Adopting))
                    .col(text(MethodPilots::Results))
                    .col(string(MethodPilots::CreatedByName))
                    .col(string(MethodPilots::UpdatedByName))
                    .col(timestamp_with_time_zone(MethodPilots::CreatedAt))
                    .col(timestamp_with_time_zone(MethodPilots::UpdatedAt))
                    .foreign_key(&mut fk(
                        (MethodPilots::Table, MethodPilots::MethodId),
                        (Methods::Table, Methods::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (MethodPilots::Table, MethodPilots::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "method_pilots_method_idx",
            MethodPilots::Table,
            vec![MethodPilots::MethodId.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "method_pilots_organisation_idx",
            MethodPilots::Table,
            vec![MethodPilots::OrganisationId.into_iden()],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(StrategyItems::Table)
                    .col(big_integer(StrategyItems::OrganisationId))
                    .col(string(StrategyItems::ItemKey))
                    .col(string(StrategyItems::Status))
                    .col(text(StrategyItems::EvidenceText))
                    .col(string(StrategyItems::EvidenceUrl))
                    .col(string(StrategyItems::UpdatedByName))
                    .col(timestamp_with_time_zone(StrategyItems::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(StrategyItems::OrganisationId)
                            .col(StrategyItems::ItemKey),
                    )
                    .foreign_key(&mut fk(
                        (StrategyItems::Table, StrategyItems::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StrategyChecks::Table)
                    .col(big_integer(StrategyChecks::OrganisationId))
                    .col(string(StrategyChecks::StatementKey))
                    .col(string(StrategyChecks::Answer))
                    .col(string(StrategyChecks::UpdatedByName))
                    .col(timestamp_with_time_zone(StrategyChecks::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(StrategyChecks::OrganisationId)
                            .col(StrategyChecks::StatementKey),
                    )
                    .foreign_key(&mut fk(
                        (StrategyChecks::Table, StrategyChecks::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            StrategyChecks::Table.into_iden(),
            StrategyItems::Table.into_iden(),
            MethodPilots::Table.into_iden(),
            Methods::Table.into_iden(),
            PlanKpis::Table.into_iden(),
            PlanItems::Table.into_iden(),
            InternationalisationPlans::Table.into_iden(),
            Instruments::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// A unique address and a folded sort key, both compared byte by byte.
fn address_and_sort_key(
    manager: &SchemaManager,
    slug: impl IntoIden,
    sort_key: impl IntoIden,
) -> (ColumnDef, ColumnDef) {
    let mut slug = string(slug);
    binary_collation(manager, &mut slug);
    slug.unique_key();
    let mut sort_key = string(sort_key);
    binary_collation(manager, &mut sort_key);
    (slug, sort_key)
}

/// One instrument of the network's catalogue as it is first stored.
struct Seed {
    slug: &'static str,
    group: &'static str,
    name: &'static str,
    summary: &'static str,
    description: &'static str,
    benefits: &'static [&'static str],
    business_model: &'static str,
    days: i32,
    costs: &'static [(&'static str, i64)],
    note: &'static str,
    kpis: &'static [&'static str],
}

async fn insert_network_catalogue(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let now = chrono::Utc::now();
    let mut insert = Query::insert();
    insert.into_table(Instruments::Table).columns([
        Instruments::Slug,
        Instruments::OrganisationId,
        Instruments::InstrumentGroup,
        Instruments::Name,
        Instruments::SortName,
        Instruments::Summary,
        Instruments::Description,
        Instruments::Benefits,
        Instruments::BusinessModel,
        Instruments::BudgetDays,
        Instruments::BudgetCosts,
        Instruments::BudgetNote,
        Instruments::Kpis,
        Instruments::SearchText,
        Instruments::CreatedByName,
        Instruments::CreatedAt,
        Instruments::UpdatedAt,
    ]);
    for seed in CATALOGUE {
        let costs: Vec<serde_json::Value> = seed
            .costs
            .iter()
            .map(|(label, cents)| json!({"label": label, "amount_cents": cents}))
            .collect();
        let search = fold(
            &[
                seed.name,
                seed.summary,
                seed.description,
                &seed.benefits.join("\n"),
                &seed.kpis.join("\n"),
            ]
            .join("\n"),
        );
        insert.values_panic([
            seed.slug.into(),
            Option::<i64>::None.into(),
            seed.group.into(),
            seed.name.into(),
            fold(seed.name).into(),
            seed.summary.into(),
            seed.description.into(),
            json!(seed.benefits).to_string().into(),
            seed.business_model.into(),
            seed.days.into(),
            serde_json::Value::from(costs).to_string().into(),
            seed.note.into(),
            json!(seed.kpis).to_string().into(),
            search.into(),
            "Landfall network catalogue".into(),
            now.into(),
            now.into(),
        ]);
    }
    manager.exec_stmt(insert).await
}

/// The seventeen instruments of cluster internationalisation, in three groups,
/// with estimates of the work and the costs of one use.
const CATALOGUE: &[Seed] = &[
    Seed {
        slug: "training-to-go-international",
        group: "preparatory",
        name: "Training to go international",
        summary: "Short, intensive courses that prepare a group of member companies before they approach a foreign market.",
        description: "Few small companies have sold abroad before, and the first visit is where avoidable mistakes happen. The cluster bundles two or three half-day modules for a group heading for the same market: how business is done there and what counts as polite, how customers and distributors are found, which public funds and support desks can help, and how to protect designs, trade marks and patents before showing them.",
        benefits: &[
            "Companies arrive with the skills the market expects",
            "Time saved on the first visits, because the groundwork is done at home",
            "Products and messages adapted to the market before the launch",
        ],
        business_model: "Speakers give their time: member companies already trading in the market, the embassy or consulate, the regional innovation or export agency. The cluster organises and hosts the sessions.",
        days: 4,
        costs: &[
            ("Room and refreshments", 40_000),
            ("Course material", 20_000),
        ],
        note: "Per training package prepared for one market.",
        kpis: &[
            "Trainings held",
            "Companies trained",
            "Participants' satisfaction",
        ],
    },
    Seed {
        slug: "branding-toolkit",
        group: "preparatory",
        name: "Branding toolkit",
        summary: "A shared name, logo and set of materials so that a delegation of companies from several regions appears abroad as one team.",
        description: "Abroad, a group of small companies is noticed when it presents itself together. The toolkit gives the delegation a common name and logo, a short pitch, templates for slides and roll-ups, a web page and posts for social media, printed and digital, made with today's communication practice.",
        benefits: &[
            "Seen as a European team rather than as scattered firms",
            "A wider audience reached with one voice",
            "Easier for partners abroad to find and remember the group",
            "A stronger public presence at events",
        ],
        business_model: "Mostly paid from public project funds, often European. A specialised agency may be hired for a professional result.",
        days: 20,
        costs: &[
            ("Design agency", 600_000),
            ("Printing of roll-ups and leaflets", 150_000),
        ],
        note: "Prepared once and used by every delegation of the project.",
        kpis: &[
            "Promotional items distributed",
            "Website visits",
            "Social media reach",
        ],
    },
    Seed {
        slug: "study-visits",
        group: "preparatory",
        name: "Study visits",
        summary: "Fact-finding missions in which cluster staff visit the target region to meet intermediaries and possible partners before the companies follow.",
        description: "Two or three people from the cluster travel to the target region to meet clusters, agencies, chambers of commerce and a first set of possible partners. They learn how the market works, start a local network and collect the contacts that later company delegations will use.",
        benefits: &[
            "A first-hand view of the market",
            "A local network to build on",
            "First contacts with possible partners",
            "Later visits of companies prepared in advance",
        ],
        business_model: "Paid by the cluster itself or from public funding, often European.",
        days: 8,
        costs: &[
            ("Travel for two representatives", 240_000),
            ("Accommodation and meals", 160_000),
            ("Marketing material", 30_000),
        ],
        note: "Per mission to one region with two or three cluster representatives.",
        kpis: &[
            "Contacts mapped",
            "Potential partners identified",
            "Market observations reported",
        ],
    },
    Seed {
        slug: "market-newsletter",
        group: "preparatory",
        name: "Market newsletter",
        summary: "A regular newsletter in which the clusters share news, facts and figures on the target markets with the companies they support.",
        description: "The clusters pool what they learn about their target countries and sectors (market analyses, trade news, coming events, calls for funding) and send it as a short monthly issue. It can start with a wide readership and narrow to subscribing companies once it has proved its worth.",
        benefits: &[
            "Regular news on target countries, markets and topics",
            "Opportunities seen early",
            "The international work kept visible at home",
        ],
        business_model: "Written by the clusters; companies may pay a yearly subscription.",
        days: 4,
        costs: &[("Mailing service", 3_000)],
        note: "Per monthly issue.",
        kpis: &["Subscribers", "Opening rate"],
    },
    Seed {
        slug: "innovation-clubs",
        group: "preparatory",
        name: "Innovation clubs",
        summary: "Meetings of large companies, SMEs and research centres to think up joint projects and agree how to approach a new market.",
        description: "An innovation club brings system integrators, small suppliers and research groups together around one strategic topic. They exchange ideas for new projects, study a new market together and agree how to approach partners there. Clusters run these meetings best, because they know who should sit at the table.",
        benefits: &[
            "Better networking between members",
            "New ideas and projects for new markets",
            "Experience and knowledge shared",
            "Groundwork for later collaboration",
        ],
        business_model: "Organised by the cluster, with broad participation and carefully chosen topics. Held online, a club costs almost nothing.",
        days: 2,
        costs: &[("Room, food and materials", 80_000)],
        note: "At least one meeting for each market targeted.",
        kpis: &["Participants", "Feasible new ideas", "New collaborations"],
    },
    Seed {
        slug: "validation-surveys",
        group: "preparatory",
        name: "Validation surveys",
        summary: "A survey of the cluster's members to learn whether they are ready and motivated for internationalisation before a programme is planned.",
        description: "Before planning an internationalisation programme, the cluster asks its members where they stand: what they have achieved, why they want to go abroad, what they can commit and which capabilities they lack. The answers show what must be improved first and give evidence of the members' commitment.",
        benefits: &[
            "A benchmark of the cluster's performance",
            "A clear view of the members' motivation and drivers",
            "Evidence of readiness and commitment",
            "A list of capabilities to build or to add",
        ],
        business_model: "The cluster reaches all members directly; an online survey keeps the cost low. A well-built questionnaire and many answers make the results reliable.",
        days: 3,
        costs: &[("Online survey tool", 10_000)],
        note: "Landfall's own surveys can be used at no cost.",
        kpis: &[
            "Members answering",
            "Quality of the answers",
            "Variety of the answers",
        ],
    },
    Seed {
        slug: "matchmaking-events",
        group: "leads",
        name: "Matchmaking events (B2B, C2C, B2I)",
        summary: "Pre-booked meetings between companies, between clusters, or between companies and investors, to make first contacts and explore opportunities.",
        description: "At a matchmaking event each participant publishes a profile and books short meetings with the companies (B2B), clusters (C2C) or investors (B2I) it wants to meet. It is a good place to test a product on the market and to be seen before selling. Preparation decides the result: clear profiles, meetings booked ahead and follow-up afterwards.",
        benefits: &[
            "Meetings with existing and new customers",
            "New products presented live",
            "Visibility and a wider network",
        ],
        business_model: "Often organised by public bodies such as the European Commission's business networks; travel is paid by projects or by the participants themselves.",
        days: 3,
        costs: &[(
            "Participation of one organisation, travel included",
            150_000,
        )],
        note: "Depends on the country and the event; about EUR 1,500 for each participating organisation.",
        kpis: &["Contacts made", "Meetings held", "Follow-up actions"],
    },
    Seed {
        slug: "roadshows",
        group: "leads",
        name: "Roadshows",
        summary: "A planned series of presentations and meetings in several cities, where company leaders introduce their products to possible partners.",
        description: "A roadshow takes a group of company executives along a route of cities fixed in advance. At each stop they present their companies, history and growth plans, answer questions and hold private meetings. A local agent (a business development ambassador, a specialised firm or a diplomat) opens doors and fills the rooms.",
        benefits: &[
            "Interest in future cooperation",
            "A strong impression on foreign partners",
            "Personal contact with management teams",
            "Knowledge of local business conditions",
        ],
        business_model: "The project pays a part; participating members pay the rest from their marketing and growth budgets; national or regional funds may help.",
        days: 12,
        costs: &[
            ("Travel and local transport", 300_000),
            ("Accommodation and meals", 250_000),
            ("Local agent", 400_000),
            ("Marketing material", 50_000),
        ],
        note: "For a route of three or four cities.",
        kpis: &["Meetings held", "New contacts", "New partners"],
    },
    Seed {
        slug: "trade-fairs",
        group: "leads",
        name: "Trade fairs",
        summary: "A joint stand at a sector's trade fair where members show their products and meet partners.",
        description: "Trade fairs are where a sector meets, compares technology and starts partnerships. Members exhibiting together under the cluster's banner are more visible than alone. Trust is built face to face, so the team must be well prepared, open and professional, and members can coach one another in following up contacts.",
        benefits: &[
            "Products and services demonstrated",
            "Trends of the industry observed",
            "New partners met",
            "Collaborations explored",
            "A wider professional network",
        ],
        business_model: "The more members share the stand, the better. The project pays a part; members pay the rest from marketing budgets; national or regional funds may help.",
        days: 10,
        costs: &[
            ("Stand rental and building", 800_000),
            ("Travel", 200_000),
            ("Accommodation and meals", 200_000),
            ("Marketing material", 80_000),
        ],
        note: "Highly dependent on the fair.",
        kpis: &[
            "Products sold",
            "New contacts",
            "New partners",
            "Visitors informed",
        ],
    },
    Seed {
        slug: "key-international-events",
        group: "leads",
        name: "Key international events and conferences",
        summary: "Taking part, as a delegation, in the conferences and forums where a market's opportunities and threats are discussed.",
        description: "Clusters need to know where the global market is going. Conferences, seminars, meet-the-buyer days, innovation forums and exhibitions show it, and let a delegation meet possible collaborators and customers in person. Each member of the delegation comes with its own goals for the event.",
        benefits: &[
            "Target markets identified",
            "Products and services introduced to the market",
            "Contacts with collaborators and customers",
            "Trends of the market learned",
            "Public interest attracted",
        ],
        business_model: "Members travel together; the project pays a part and members the rest; national or regional funds may help.",
        days: 6,
        costs: &[
            ("Registration fees", 150_000),
            ("Travel", 200_000),
            ("Accommodation and meals", 150_000),
        ],
        note: "Highly dependent on the event.",
        kpis: &["People informed", "New contacts", "New partners"],
    },
    Seed {
        slug: "events-in-the-home-region",
        group: "leads",
        name: "Events in the home region",
        summary: "Presenting the cluster's international work at public events at home, to win support, members and visiting partners.",
        description: "An international strategy needs backing at home. At regional fairs, conferences and business days the cluster and its members show what they do abroad, find new members and partners, and meet the foreign visitors these events attract. A shared promotion plan decides who goes where.",
        benefits: &[
            "Local attention to the cluster's activities",
            "Companies told about international opportunities",
            "Wider networks",
            "New members",
            "New partnerships explored",
        ],
        business_model: "Members and the cluster follow a joint promotion plan; costs are low because the travel is short.",
        days: 3,
        costs: &[("Stand and material", 50_000)],
        note: "Much cheaper than events abroad.",
        kpis: &[
            "People informed",
            "New contacts",
            "New members",
            "New partners",
        ],
    },
    Seed {
        slug: "mentoring-and-follow-up",
        group: "sustain",
        name: "Mentoring and personalised follow-up",
        summary: "Regular follow-up of each company by the cluster and an experienced mentor after its first international steps.",
        description: "Going international is a process, not a single trip. The cluster keeps in touch with each supported company, reviews its progress with it and brings in a mentor who has made the same journey, so that first contacts grow into lasting collaborations.",
        benefits: &[
            "A continuous view of each company's progress",
            "Outside insight from a mentor",
            "Progress evaluated",
            "Collaborations helped to grow",
        ],
        business_model: "Mentors often help for free, for the visibility and the opportunities; specialised agencies can be hired when needed.",
        days: 24,
        costs: &[("Mentor fees when needed", 200_000)],
        note: "About two days a month over a year, plus the mentors' time.",
        kpis: &["Collaborations sustained", "Joint projects completed"],
    },
    Seed {
        slug: "sales-representative",
        group: "sustain",
        name: "Sales and marketing representative",
        summary: "A shared representative in the target market who sells and promotes the products of several member companies that complement one another.",
        description: "A representative in the market meets customers, presents products, agrees prices and delivery, records orders and keeps in touch before and after each sale. He or she plans the campaign, profiles likely customers, estimates sales and reports how the products do. One representative can serve several companies whose products fit together.",
        benefits: &[
            "Existing and new customers met",
            "Products promoted locally",
            "Sales, prices and delivery agreed",
            "Customer relations kept",
            "Market trends followed",
        ],
        business_model: "The partners choose the person together; the cost is shared by the cluster partnership and the companies represented.",
        days: 15,
        costs: &[
            ("Representative's fee, share for one year", 3_000_000),
            ("Promotion campaign", 500_000),
        ],
        note: "Depends on the country and on the representative's experience.",
        kpis: &["New customers", "Sales volume", "Customer satisfaction"],
    },
    Seed {
        slug: "ambassador-and-staff-exchange",
        group: "sustain",
        name: "Ambassador and staff exchange",
        summary: "Cluster staff placed for months or years at a partner organisation abroad, where they act as the members' ambassador.",
        description: "Short staff visits teach how other clusters work and build working relationships; longer stays allow deeper exchange. An ambassador placed at a host organisation abroad for two or three years knows the member companies well, learns the market, promotes the companies, arranges B2B meetings and connects them with decision makers and centres of excellence. It costs time and money, and builds trust like little else. An exchange can start within one country before going abroad.",
        benefits: &[
            "Matches between companies found",
            "Promotion planned and carried out in the target country",
            "B2B meetings arranged",
            "Research and industrial projects identified",
            "Companies represented at conferences",
        ],
        business_model: "The partners choose one person to represent all members in the target country full time.",
        days: 40,
        costs: &[
            ("Ambassador's salary and stay, one year", 7_500_000),
            ("Travel", 500_000),
        ],
        note: "Depends on the country and the ambassador's profile.",
        kpis: &[
            "Contacts made",
            "Collaborations facilitated",
            "Joint projects supported",
            "New opportunities found",
        ],
    },
    Seed {
        slug: "market-surveys-and-studies",
        group: "sustain",
        name: "Market surveys and studies",
        summary: "Studies of a target market's conditions, trends and risks, for the members and for the cluster's own planning.",
        description: "A market study gives figures and views on where a market stands, where it is going and what could go wrong. Members use it to sharpen their marketing; the cluster's management uses it to check its plan, adjust it or write a new one.",
        benefits: &[
            "Current market conditions assessed",
            "New trends understood",
            "Emerging problems spotted early",
            "Strategic decisions supported",
        ],
        business_model: "Done by experts: members with the right knowledge, or a firm based in the market. The results are shared with everyone interested.",
        days: 5,
        costs: &[("External study", 1_200_000)],
        note: "Depends on the depth of the study and the size of the market.",
        kpis: &[
            "New knowledge gained",
            "Share of the market covered",
            "Stakeholders interested",
        ],
    },
    Seed {
        slug: "soft-landing",
        group: "sustain",
        name: "Soft landing",
        summary: "Services that help members new to a market to settle there, with a desk, introductions and local support.",
        description: "Soft landing lets members that have not yet entered a market invest there or join projects. The cluster drafts a plan with partners and companies already active in the market, helped by local experts where needed: introductions, a desk at a partner incubator, guidance on local rules. What is needed depends on the market and on how far the member has come.",
        benefits: &[
            "A growing network",
            "Collaborations explored",
            "New joint projects",
            "New partners attracted",
            "Funding opportunities identified",
        ],
        business_model: "The cluster's management writes and runs the plan with partners in the market; a project may pay a part, but the cluster should keep a budget of its own for it.",
        days: 10,
        costs: &[
            ("Desk at a partner incubator, three months", 150_000),
            ("Local expert advice", 200_000),
        ],
        note: "Per company landing in the market.",
        kpis: &[
            "New partners arrived",
            "Collaborative projects labelled",
            "New contacts for arriving partners",
        ],
    },
    Seed {
        slug: "sustaining-the-networks",
        group: "sustain",
        name: "Sustaining the networks",
        summary: "Keeping partnerships alive after a project, by turning them into follow-on projects and networks that pay for themselves.",
        description: "Trust takes time and effort to build, so good relationships should not fade when a project ends. Partners who share goals can apply together for staged funding from different programmes, taking an idea from concept to commercial benefit for their members. In time the network must deliver clear results and finance itself.",
        benefits: &[
            "Relationships with partners maintained",
            "New collaborations planned",
            "New funding explored",
            "More benefits for members",
        ],
        business_model: "The cluster's management opens networking and new projects to every member; international research and investment programmes fund joint projects, and members may fund their own.",
        days: 12,
        costs: &[("Partner meetings", 300_000)],
        note: "Per year of follow-on work.",
        kpis: &[
            "Joint projects completed",
            "Projects under a common label",
            "International partners in joint projects",
            "Projects with international funding",
        ],
    },
];
