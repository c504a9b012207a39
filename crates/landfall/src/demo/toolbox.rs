//! The demo's toolbox: internationalisation plans of two clusters (the
//! Sunnmøre cluster's for Japan and for the US East Coast, and a Danish
//! offshore wind cluster's plan within the North Sea Soft Landing programme)
//! with items, costs and KPI targets; a library of fifteen methods and tools
//! from around the network with pilots that report their numbers, so the
//! library's indicators stand part of the way to their targets; and strategy
//! checklists of three clusters, with a few risks flagged.
//!
//! Loading adds only what is missing: plans are found by organisation and
//! title, methods by address, and a checklist is filled in only while the
//! organisation has none.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Utc};
use sea_orm::ConnectionTrait;

use super::NETWORK;
use super::softlanding::PROGRAMME_SLUG;
use crate::monitoring::store::indicators as indicator_store;
use crate::softlanding::store::programmes as programme_store;
use crate::toolbox::model::budget::CostInput;
use crate::toolbox::model::methods::{Material, MethodInput, PilotInput, method_slug};
use crate::toolbox::model::plans::{
    InstrumentDefaults, KpiTargetInput, PlanInput, PlanItemInput, PlanKpiInput, indicator_for,
};
use crate::toolbox::model::strategy::{CheckInput, ItemInput, validate_changes};
use crate::toolbox::store::{instruments, methods, plans, strategy};
use crate::web::AppError;

/// What the loader added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub plans: usize,
    pub methods: usize,
    pub checklists: usize,
}

fn invalid(what: &str, detail: impl std::fmt::Debug) -> AppError {
    AppError::Internal(anyhow::anyhow!("demo {what} is not valid: {detail:?}"))
}

fn id_of(organisation_ids: &HashMap<String, i64>, key: &str) -> Result<i64, AppError> {
    organisation_ids
        .get(key)
        .copied()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("demo organisation `{key}` is missing")))
}

/// The person who works with the toolbox for a demo organisation: its
/// manager, or the network's coordinator.
fn person(key: &str) -> String {
    NETWORK
        .organisations
        .iter()
        .find(|o| o.key == key)
        .and_then(|o| o.manager.clone())
        .unwrap_or_else(|| "Network coordinator".into())
}

// ---------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------

/// One use of an instrument in a demo plan: days after the plan's start,
/// how long, and what differs from the catalogue's estimate.
struct ItemSeed {
    instrument: &'static str,
    title: &'static str,
    after_days: i64,
    lasting_days: i64,
    days: Option<i64>,
    costs: Option<&'static [(&'static str, i64)]>,
    kpi_targets: &'static [(&'static str, i64)],
    notes: &'static str,
}

const fn item(
    instrument: &'static str,
    title: &'static str,
    after_days: i64,
    lasting_days: i64,
) -> ItemSeed {
    ItemSeed {
        instrument,
        title,
        after_days,
        lasting_days,
        days: None,
        costs: None,
        kpi_targets: &[],
        notes: "",
    }
}

struct PlanSeed {
    organisation: &'static str,
    title: &'static str,
    country: &'static str,
    region: &'static str,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    day_rate_cents: i64,
    in_programme: bool,
    notes: &'static str,
    items: Vec<ItemSeed>,
    /// Monitoring definition and target.
    kpis: &'static [(&'static str, &'static str, i64)],
}

fn plan_seeds(today: NaiveDate) -> Vec<PlanSeed> {
    let year = today.year();
    let jan = |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(today);
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(today);
    vec![
        PlanSeed {
            organisation: "sunnmore-maritime-cluster",
            title: "Japan: marine technology and aquaculture",
            country: "JP",
            region: "Tokyo and Kansai",
            starts_on: jan(year),
            ends_on: day(year + 1, 12, 31),
            day_rate_cents: 65_000,
            in_programme: false,
            notes: "Japanese shipyards and fish farms are modernising; six members build deck machinery, sensors and feeding systems they need. Two years: prepare in the first, sell at Sea Japan in the second.",
            items: vec![
                ItemSeed {
                    costs: Some(&[("Study by a Tokyo consultancy", 1_500_000)]),
                    ..item(
                        "market-surveys-and-studies",
                        "Market study of Japanese aquaculture suppliers",
                        30,
                        75,
                    )
                },
                ItemSeed {
                    notes: "With the Norwegian embassy's trade office and two members that already sell in Japan.",
                    ..item(
                        "training-to-go-international",
                        "Doing business in Japan",
                        90,
                        1,
                    )
                },
                ItemSeed {
                    kpi_targets: &[
                        ("Contacts mapped", 30),
                        ("Potential partners identified", 8),
                    ],
                    ..item(
                        "study-visits",
                        "Fact-finding mission to Osaka and Kobe",
                        150,
                        5,
                    )
                },
                ItemSeed {
                    days: Some(12),
                    costs: Some(&[
                        ("Shared stand, 36 m²", 900_000),
                        ("Travel for eight people", 350_000),
                        ("Hotel in Tokyo", 250_000),
                        ("Brochures in Japanese", 60_000),
                    ]),
                    kpi_targets: &[("New contacts", 60), ("New partners", 4)],
                    notes: "The cluster's members share one stand under a joint banner.",
                    ..item("trade-fairs", "Sea Japan, Tokyo", 460, 3)
                },
                item(
                    "matchmaking-events",
                    "B2B meetings with Japanese shipyards",
                    462,
                    1,
                ),
                ItemSeed {
                    days: Some(18),
                    ..item(
                        "mentoring-and-follow-up",
                        "Follow-up of the companies after Sea Japan",
                        470,
                        240,
                    )
                },
            ],
            kpis: &[
                ("smes_with:partnership", "SMEs with a Japanese partner", 4),
                ("smes_with:export_start", "SMEs exporting to Japan", 3),
                ("value:contract", "Contract value signed", 50_000_000),
            ],
        },
        PlanSeed {
            organisation: "sunnmore-maritime-cluster",
            title: "US East Coast: aquaculture technology",
            country: "US",
            region: "East Coast, Boston to Maine",
            starts_on: day(year, 7, 1),
            ends_on: day(year + 2, 6, 30),
            day_rate_cents: 65_000,
            in_programme: false,
            notes: "Land-based salmon farms are being built in Maine and Massachusetts; members' recirculation and monitoring technology fits them.",
            items: vec![
                ItemSeed {
                    notes: "Which members are ready, and what they need from the cluster.",
                    ..item(
                        "validation-surveys",
                        "Readiness survey of the members",
                        10,
                        30,
                    )
                },
                item(
                    "study-visits",
                    "Study visit to Boston and Portland, Maine",
                    120,
                    5,
                ),
                ItemSeed {
                    days: Some(14),
                    kpi_targets: &[("Meetings held", 40), ("New partners", 3)],
                    ..item("roadshows", "Roadshow: Boston, Portland, New York", 300, 8)
                },
                ItemSeed {
                    costs: Some(&[
                        ("Registration for four", 240_000),
                        ("Travel", 320_000),
                        ("Accommodation and meals", 260_000),
                    ]),
                    ..item(
                        "key-international-events",
                        "Aquaculture America conference",
                        420,
                        4,
                    )
                },
                ItemSeed {
                    costs: Some(&[
                        ("Desk at a Boston incubator, six months", 420_000),
                        ("Local lawyer and accountant", 250_000),
                    ]),
                    ..item(
                        "soft-landing",
                        "Soft landing in Boston for two members",
                        480,
                        180,
                    )
                },
            ],
            kpis: &[
                (
                    "smes_with:presence",
                    "SMEs with a presence on the East Coast",
                    2,
                ),
                ("records:collaboration", "R&D collaborations started", 3),
            ],
        },
        PlanSeed {
            organisation: "west-coast-offshore-wind-cluster",
            title: "German and Dutch offshore wind supply chain",
            country: "DE",
            region: "North Sea coast of Germany and the Netherlands",
            starts_on: today - Duration::days(120),
            ends_on: today + Duration::days(600),
            day_rate_cents: 60_000,
            in_programme: true,
            notes: "Within the North Sea Soft Landing programme: our suppliers of foundations, cables and service vessels meet the German and Dutch wind clusters.",
            items: vec![
                item(
                    "innovation-clubs",
                    "Innovation club on floating foundations",
                    20,
                    1,
                ),
                ItemSeed {
                    kpi_targets: &[("Contacts made", 80), ("Meetings held", 60)],
                    ..item(
                        "matchmaking-events",
                        "C2C matchmaking with the Jade Bay cluster",
                        90,
                        2,
                    )
                },
                item(
                    "events-in-the-home-region",
                    "Offshore wind day in Esbjerg",
                    200,
                    1,
                ),
                ItemSeed {
                    days: Some(40),
                    costs: Some(&[("Staff exchange with Jade Bay, three months", 1_800_000)]),
                    ..item(
                        "ambassador-and-staff-exchange",
                        "Staff exchange with the Jade Bay cluster",
                        240,
                        90,
                    )
                },
                item(
                    "sustaining-the-networks",
                    "Joint Interreg application with the partners",
                    420,
                    150,
                ),
            ],
            kpis: &[
                ("smes_with:partnership", "SMEs with a German partner", 6),
                ("records:contract", "Supply contracts", 8),
            ],
        },
    ]
}

fn costs(list: &[(&str, i64)]) -> Vec<CostInput> {
    list.iter()
        .map(|(label, cents)| CostInput {
            label: (*label).to_string(),
            amount_cents: Some(*cents),
        })
        .collect()
}

async fn add_plans(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let programme = programme_store::programme_by_slug(txn, PROGRAMME_SLUG).await?;
    let mut added = 0;
    for seed in plan_seeds(today) {
        let organisation = id_of(organisation_ids, seed.organisation)?;
        if plans::plan_by_title(txn, organisation, seed.title)
            .await?
            .is_some()
        {
            continue;
        }
        let by = person(seed.organisation);
        let draft = PlanInput {
            programme_id: if seed.in_programme {
                programme.as_ref().map(|p| p.id)
            } else {
                None
            },
            title: seed.title.into(),
            market_country: seed.country.into(),
            market_region: seed.region.into(),
            starts_on: Some(seed.starts_on),
            ends_on: Some(seed.ends_on),
            day_rate_cents: Some(seed.day_rate_cents),
            notes: seed.notes.into(),
            unreadable: Default::default(),
        }
        .validate()
        .map_err(|e| invalid(seed.title, e))?;
        let plan = plans::insert_plan(txn, organisation, &draft, &by).await?;
        for item in &seed.items {
            let instrument = instruments::instrument_by_slug(txn, item.instrument)
                .await?
                .ok_or_else(|| invalid(item.instrument, "no such instrument"))?;
            let starts_on = seed.starts_on + Duration::days(item.after_days);
            let input = PlanItemInput {
                instrument_id: Some(instrument.id),
                title: item.title.into(),
                starts_on: Some(starts_on),
                ends_on: Some(starts_on + Duration::days(item.lasting_days - 1)),
                days: item.days,
                costs: item.costs.map(costs),
                notes: item.notes.into(),
                kpi_targets: item
                    .kpi_targets
                    .iter()
                    .map(|(name, target)| KpiTargetInput {
                        name: (*name).to_string(),
                        target: Some(*target),
                    })
                    .collect(),
                unreadable: Default::default(),
            };
            let defaults = InstrumentDefaults {
                name: &instrument.name,
                days: instrument.budget_days,
                costs: &instrument.costs,
                kpis: &instrument.kpis,
            };
            let draft_item = input
                .validate((draft.starts_on, draft.ends_on), Some(defaults))
                .map_err(|e| invalid(item.title, e))?;
            plans::insert_item(txn, plan, &draft_item).await?;
        }
        for (metric, name, target) in seed.kpis {
            let kpi = PlanKpiInput {
                metric: (*metric).into(),
                name: (*name).into(),
                target: Some(*target),
                unreadable: Default::default(),
            }
            .validate()
            .map_err(|e| invalid(name, e))?;
            let indicator = indicator_for(
                organisation,
                &draft.title,
                draft.programme_id,
                &draft.market,
                (draft.starts_on, draft.ends_on),
                &kpi,
            );
            let indicator = indicator_store::insert_indicator(txn, &indicator, &by).await?;
            plans::insert_kpi(txn, plan, &kpi, indicator).await?;
        }
        added += 1;
    }
    Ok(added)
}

// ---------------------------------------------------------------------------
// The methods library
// ---------------------------------------------------------------------------

struct MethodSeed {
    organisation: &'static str,
    title: &'static str,
    kind: &'static str,
    novelty: &'static str,
    theme: &'static str,
    /// Days ago it was presented to the network (`None`: not yet).
    presented: Option<i64>,
    summary: &'static str,
    description: &'static str,
    /// Piloting organisation, days ago started, status, informed, adopting, results.
    pilots: &'static [(&'static str, i64, &'static str, i64, i64, &'static str)],
}

const METHODS: [MethodSeed; 15] = [
    MethodSeed {
        organisation: "danish-agency-for-sme-export-growth",
        title: "Growth compass",
        kind: "tool",
        novelty: "improved",
        theme: "business_models",
        presented: Some(300),
        summary: "A one-hour conversation tool that places a manufacturing company on a map of growth stages and points to the next step.",
        description: "The compass asks about markets, products, organisation, production and finance, and draws where the company stands against companies that grew before it. The adviser and the owner agree on one or two next steps. The improved version adds questions on digital production and on export.",
        pilots: &[
            (
                "bergen-marine-incubator",
                240,
                "completed",
                85,
                9,
                "Used with every new tenant; nine companies changed their plans after the conversation.",
            ),
            (
                "west-coast-offshore-wind-cluster",
                150,
                "running",
                60,
                5,
                "Adapted to suppliers of the offshore wind industry.",
            ),
            (
                "groningen-dockside-incubator",
                90,
                "running",
                40,
                3,
                "Translated into Dutch; advisers trained in two sessions.",
            ),
        ],
    },
    MethodSeed {
        organisation: "danish-agency-for-sme-export-growth",
        title: "Industrial business model workshop",
        kind: "method",
        novelty: "existing",
        theme: "business_models",
        presented: Some(280),
        summary: "Two half-days in which a manufacturer redraws how it earns money: from selling machines to selling their use.",
        description: "A facilitator takes the management team through customers, value, channels and revenue, with cases of manufacturers that moved to service contracts.",
        pilots: &[],
    },
    MethodSeed {
        organisation: "aarhus-harbour-incubator",
        title: "Export readiness scan",
        kind: "tool",
        novelty: "new",
        theme: "business_models",
        presented: Some(200),
        summary: "Twenty questions that tell a small company what to fix before its first export order.",
        description: "The scan covers price lists in other currencies, delivery terms, certification, language and contracts, and gives each answer a short piece of advice.",
        pilots: &[
            (
                "sunnmore-maritime-cluster",
                180,
                "completed",
                70,
                8,
                "All members preparing for Japan took the scan; eight fixed their delivery terms first.",
            ),
            (
                "halland-coast-incubator",
                60,
                "running",
                35,
                2,
                "Added to the intake of new tenants.",
            ),
        ],
    },
    MethodSeed {
        organisation: "tyneside-makers-incubator",
        title: "Servitisation sprint",
        kind: "method",
        novelty: "new",
        theme: "business_models",
        presented: Some(150),
        summary: "Six weeks in which a maker designs, prices and tests one service around its product with three customers.",
        description: "Weekly sessions with a coach; the company ends with a priced service offer and the customers' answers.",
        pilots: &[(
            "weser-startup-dock",
            100,
            "running",
            28,
            4,
            "Four makers are testing maintenance subscriptions.",
        )],
    },
    MethodSeed {
        organisation: "maashaven-incubator",
        title: "Design-led product review",
        kind: "method",
        novelty: "existing",
        theme: "products_technology_design",
        presented: Some(240),
        summary: "An industrial designer and an engineer review a product with its maker and list what would make it sell abroad.",
        description: "A day at the company's workshop; the review ends with a short report on form, materials, user manual and packaging for the target market.",
        pilots: &[],
    },
    MethodSeed {
        organisation: "humber-institute-of-offshore-engineering",
        title: "Digital twin demonstrator day",
        kind: "tool",
        novelty: "new",
        theme: "products_technology_design",
        presented: Some(90),
        summary: "A day at the institute's lab where small suppliers see their component run in a digital twin of a wind turbine.",
        description: "Companies bring a component's data; the lab shows how it behaves in the twin and what a buyer would ask about it.",
        pilots: &[(
            "suffolk-coast-offshore-energy-cluster",
            20,
            "planned",
            0,
            0,
            "",
        )],
    },
    MethodSeed {
        organisation: "marsdiep-institute-for-applied-marine-research",
        title: "Shared test-bed booking",
        kind: "tool",
        novelty: "improved",
        theme: "products_technology_design",
        presented: None,
        summary: "One calendar for booking the network's marine test facilities, with prices agreed in advance.",
        description: "Small companies book a tank, a flume or a sea site at a partner institute without a new contract each time.",
        pilots: &[],
    },
    MethodSeed {
        organisation: "netherlands-agency-for-international-sme-growth",
        title: "Private counselling vouchers",
        kind: "method",
        novelty: "existing",
        theme: "products_technology_design",
        presented: Some(320),
        summary: "Vouchers that pay half of a private adviser's first days on a product or technology question.",
        description: "The agency keeps a list of approved advisers; the company chooses one and pays the other half.",
        pilots: &[],
    },
    MethodSeed {
        organisation: "lincolnshire-coast-business-development-centre",
        title: "Industry incubator model",
        kind: "method",
        novelty: "improved",
        theme: "industrial_incubation",
        presented: Some(180),
        summary: "An incubator inside a large manufacturer, where start-ups use its workshop and its engineers' advice.",
        description: "The host company offers space and mentoring in return for first access to the start-ups' products; the development centre runs the selection and the programme.",
        pilots: &[(
            "odense-canal-incubator",
            200,
            "completed",
            45,
            6,
            "Set up with a pump manufacturer; six start-ups moved in.",
        )],
    },
    MethodSeed {
        organisation: "kattegat-institute-of-shipping-and-logistics",
        title: "Spin-out readiness checklist",
        kind: "tool",
        novelty: "new",
        theme: "industrial_incubation",
        presented: None,
        summary: "What a research team should settle before it founds a company: rights, people, first customers and money.",
        description: "A checklist of thirty points the institute's technology transfer office goes through with every team.",
        pilots: &[],
    },
    MethodSeed {
        organisation: "elbe-harbour-incubator",
        title: "Corporate venture matchmaking",
        kind: "method",
        novelty: "new",
        theme: "industrial_incubation",
        presented: Some(60),
        summary: "An evening where the port's large companies name their problems and start-ups propose how to solve them.",
        description: "Each company presents two challenges; start-ups have a week to answer with a one-page proposal and the best meet the company.",
        pilots: &[(
            "limfjord-startup-house",
            40,
            "running",
            30,
            2,
            "First evening held with two ferry operators.",
        )],
    },
    MethodSeed {
        organisation: "husum-coast-business-development-centre",
        title: "Future skills map",
        kind: "tool",
        novelty: "existing",
        theme: "skills_recruitment",
        presented: Some(260),
        summary: "A map of the skills a region's manufacturers will need in five years, built from interviews and job adverts.",
        description: "The map shows, per trade, where demand grows and which vocational courses lead there; schools and companies use it to plan training.",
        pilots: &[(
            "kattegat-clean-energy-cluster",
            120,
            "running",
            90,
            5,
            "Mapped for the energy sector on the Swedish west coast.",
        )],
    },
    MethodSeed {
        organisation: "gothenburg-quayside-incubator",
        title: "Vocational training partnership",
        kind: "method",
        novelty: "improved",
        theme: "skills_recruitment",
        presented: Some(120),
        summary: "Companies and a vocational school design a course together and take its students as apprentices.",
        description: "A group of five to ten companies agrees on the skills it lacks; the school builds a one-year course and the companies teach part of it.",
        pilots: &[(
            "stavanger-harbourfront-incubator",
            150,
            "completed",
            52,
            7,
            "A welding and automation course with seven companies.",
        )],
    },
    MethodSeed {
        organisation: "bergen-marine-incubator",
        title: "Apprentice exchange across the North Sea",
        kind: "method",
        novelty: "new",
        theme: "skills_recruitment",
        presented: None,
        summary: "Apprentices spend three months at a partner company in another North Sea country.",
        description: "Incubators pair companies with similar trades; the apprentice's home company keeps paying the wage and the host provides a mentor.",
        pilots: &[],
    },
    MethodSeed {
        organisation: "sunnmore-maritime-cluster",
        title: "Recruitment abroad toolkit",
        kind: "tool",
        novelty: "new",
        theme: "skills_recruitment",
        presented: Some(30),
        summary: "Templates, a relocation checklist and contacts that help small companies hire engineers from abroad.",
        description: "Job advert templates in four languages, a checklist for permits, housing and family, and the cluster's contacts at universities abroad.",
        pilots: &[],
    },
];

async fn add_methods(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let mut added = 0;
    for seed in &METHODS {
        let slug = method_slug(seed.title);
        if methods::method_by_slug(txn, &slug).await?.is_some() {
            continue;
        }
        let draft = MethodInput {
            title: seed.title.into(),
            kind: seed.kind.into(),
            novelty: seed.novelty.into(),
            theme: seed.theme.into(),
            summary: seed.summary.into(),
            description: seed.description.into(),
            materials: vec![Material {
                title: format!("{}: guide", seed.title),
                url: format!("https://landfall.example.org/library/{slug}.pdf"),
            }],
            presented_on: seed.presented.map(|d| today - Duration::days(d)),
            unreadable: Default::default(),
        }
        .validate()
        .map_err(|e| invalid(seed.title, e))?;
        let publisher = id_of(organisation_ids, seed.organisation)?;
        let method =
            methods::insert_method(txn, publisher, &slug, &draft, &person(seed.organisation))
                .await?;
        for (organisation, days_ago, status, informed, adopting, results) in seed.pilots {
            let pilot = PilotInput {
                starts_on: Some(today - Duration::days(*days_ago)),
                status: (*status).into(),
                informed: Some(*informed),
                adopting: Some(*adopting),
                results: (*results).into(),
                unreadable: Default::default(),
            }
            .validate()
            .map_err(|e| invalid(organisation, e))?;
            let piloting = id_of(organisation_ids, organisation)?;
            methods::insert_pilot(txn, method, piloting, &pilot, &person(organisation)).await?;
        }
        added += 1;
    }
    Ok(added)
}

// ---------------------------------------------------------------------------
// Strategy checklists
// ---------------------------------------------------------------------------

/// A cluster's checklist: item statuses (with evidence for some) and
/// self-check answers.
struct ChecklistSeed {
    organisation: &'static str,
    items: &'static [(&'static str, &'static str, &'static str)],
    answers: &'static [(&'static str, &'static str)],
}

const CHECKLISTS: [ChecklistSeed; 3] = [
    ChecklistSeed {
        organisation: "sunnmore-maritime-cluster",
        items: &[
            (
                "p1-member-needs",
                "done",
                "Interviews with 14 members, spring",
            ),
            ("p1-member-profile", "done", ""),
            (
                "p1-market-analysis",
                "done",
                "Market study of Japanese aquaculture suppliers",
            ),
            (
                "p1-markets-chosen",
                "done",
                "Japan and the US East Coast, agreed by the board",
            ),
            ("p1-unique-offer", "in_progress", ""),
            ("p2-team", "done", "One project manager at 60 %"),
            ("p2-skills", "in_progress", ""),
            ("p2-stakeholders", "done", ""),
            ("p2-backing", "done", ""),
            (
                "p2-funding",
                "in_progress",
                "Application to the regional fund sent",
            ),
            ("p3-members-input", "done", ""),
            ("p3-written", "in_progress", ""),
            (
                "p3-action-plan",
                "done",
                "The two internationalisation plans in Landfall",
            ),
            ("p3-kpis", "done", ""),
            ("p4-support-abroad", "in_progress", ""),
            ("p5-review", "not_relevant", ""),
        ],
        answers: &[
            ("push-and-pull", "yes"),
            ("needs-clarified", "yes"),
            ("written-strategy", "partly"),
            ("key-members-lead", "yes"),
            ("anchored-at-home", "yes"),
            ("integrated-and-measured", "partly"),
            ("goals-aligned", "yes"),
            ("tailored-activities", "yes"),
            ("support-organisations", "yes"),
            ("language-and-culture", "yes"),
            ("general-offer", "no"),
            ("no-contacts", "no"),
            ("unclear-funding", "no"),
        ],
    },
    ChecklistSeed {
        organisation: "west-coast-offshore-wind-cluster",
        items: &[
            ("p1-member-needs", "done", ""),
            ("p1-member-profile", "done", ""),
            ("p1-market-analysis", "done", ""),
            ("p1-markets-chosen", "done", "Germany and the Netherlands"),
            ("p1-unique-offer", "done", ""),
            ("p2-team", "done", ""),
            ("p2-skills", "done", ""),
            ("p2-stakeholders", "done", ""),
            ("p2-backing", "done", ""),
            ("p2-funding", "done", "Programme budget and members' fees"),
            ("p3-members-input", "done", ""),
            (
                "p3-written",
                "done",
                "International strategy, adopted in the spring",
            ),
            ("p3-action-plan", "done", ""),
            ("p3-milestones", "done", ""),
            ("p3-kpis", "done", ""),
            ("p4-first-activities", "done", ""),
            ("p4-key-members", "in_progress", ""),
            ("p4-concrete-offer", "done", ""),
            ("p4-support-abroad", "done", ""),
            ("p4-measure", "in_progress", ""),
            ("p5-partners-kept", "in_progress", ""),
        ],
        answers: &[
            ("push-and-pull", "yes"),
            ("written-strategy", "yes"),
            ("key-members-lead", "partly"),
            ("goals-aligned", "yes"),
            ("no-contacts", "no"),
            ("unclear-funding", "no"),
        ],
    },
    ChecklistSeed {
        organisation: "kattegat-clean-energy-cluster",
        items: &[
            (
                "p1-member-needs",
                "in_progress",
                "Survey sent to 40 members",
            ),
            ("p1-member-profile", "done", ""),
            ("p2-team", "not_started", ""),
        ],
        answers: &[
            ("push-and-pull", "partly"),
            ("needs-clarified", "no"),
            ("written-strategy", "no"),
            ("general-offer", "yes"),
            ("no-contacts", "yes"),
            ("unclear-funding", "yes"),
        ],
    },
];

async fn add_checklists(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
) -> Result<usize, AppError> {
    let mut added = 0;
    let now = Utc::now();
    for seed in &CHECKLISTS {
        let organisation = id_of(organisation_ids, seed.organisation)?;
        if !strategy::items(txn, organisation).await?.is_empty() {
            continue;
        }
        let items: Vec<ItemInput> = seed
            .items
            .iter()
            .map(|(key, status, evidence)| ItemInput {
                key: (*key).into(),
                status: (*status).into(),
                evidence_text: (*evidence).into(),
                evidence_url: String::new(),
            })
            .collect();
        let checks: Vec<CheckInput> = seed
            .answers
            .iter()
            .map(|(key, answer)| CheckInput {
                key: (*key).into(),
                answer: (*answer).into(),
            })
            .collect();
        let changes =
            validate_changes(&items, &checks).map_err(|e| invalid(seed.organisation, e))?;
        let by = person(seed.organisation);
        for item in &changes.items {
            strategy::put_item(txn, organisation, item, &by, now).await?;
        }
        for (key, answer) in &changes.answers {
            strategy::put_answer(txn, organisation, key, *answer, &by, now).await?;
        }
        added += 1;
    }
    Ok(added)
}

/// Adds the demo's plans, methods library and checklists that are missing.
pub async fn add(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
) -> Result<Added, AppError> {
    let today = Utc::now().date_naive();
    Ok(Added {
        plans: add_plans(txn, organisation_ids, today).await?,
        methods: add_methods(txn, organisation_ids, today).await?,
        checklists: add_checklists(txn, organisation_ids).await?,
    })
}
