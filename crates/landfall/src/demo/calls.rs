//! The demo's joint calls: four years of *Innovation Express* calls
//! (2013–2016) whose records reproduce the figures the network publishes for
//! them (funding partners and countries, budgets, applications received and
//! approved, clusters and SMEs in the approved projects), and this year's
//! *North Sea Innovation Express*, open now, with applications at every stage:
//! a draft, submitted ones, reviews, and nothing decided yet.
//!
//! The historical calls need the agencies and clusters of the countries that
//! took part; they are added to the registry once, with fixed slugs. Every
//! generated application is checked against its call's rules before it is
//! stored, so the history is one the platform itself would have accepted.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use sea_orm::ConnectionTrait;

use crate::auth::Role;
use crate::calls::model::decisions::{DecisionDraft, DecisionOutcome};
use crate::calls::model::eligibility::{
    ApplicationInput, CheckContext, FunderFacts, PartnerInput, WorkItemInput, check,
};
use crate::calls::model::scoring::default_rubric;
use crate::calls::model::{ApplicationStatus, CallInput, FunderInput, QuestionInput, ReviewStatus};
use crate::calls::store::{self, Call, ReviewWrite};
use crate::registry::model::{ContactInput, OrganisationInput, slugify};
use crate::registry::store as registry_store;
use crate::web::AppError;

const ZONE: chrono_tz::Tz = chrono_tz::Europe::Copenhagen;
const COORDINATOR: &str = "danish-agency-for-sme-export-growth";
const QUESTION: &str = "How will the consortium reach and engage its SMEs?";

/// An agency that funded earlier calls, added to the registry for them.
struct Agency {
    key: &'static str,
    name: &'static str,
    country: &'static str,
    city: &'static str,
}

const HISTORY_AGENCIES: [Agency; 8] = [
    Agency {
        key: "danish-cluster-collaboration-fund",
        name: "Danish Cluster Collaboration Fund",
        country: "DK",
        city: "Copenhagen",
    },
    Agency {
        key: "finnish-fund-for-growth-abroad",
        name: "Finnish Fund for Growth Abroad",
        country: "FI",
        city: "Helsinki",
    },
    Agency {
        key: "icelandic-innovation-and-export-fund",
        name: "Icelandic Innovation and Export Fund",
        country: "IS",
        city: "Reykjavík",
    },
    Agency {
        key: "lithuanian-cluster-development-agency",
        name: "Lithuanian Cluster Development Agency",
        country: "LT",
        city: "Vilnius",
    },
    Agency {
        key: "estonian-cluster-growth-fund",
        name: "Estonian Cluster Growth Fund",
        country: "EE",
        city: "Tallinn",
    },
    Agency {
        key: "latvian-fund-for-company-internationalisation",
        name: "Latvian Fund for Company Internationalisation",
        country: "LV",
        city: "Riga",
    },
    Agency {
        key: "catalan-cluster-internationalisation-agency",
        name: "Catalan Cluster Internationalisation Agency",
        country: "ES",
        city: "Barcelona",
    },
    Agency {
        key: "brandenburg-cluster-growth-fund",
        name: "Brandenburg Cluster Growth Fund",
        country: "DE",
        city: "Potsdam",
    },
];

/// Places of the clusters that took part in the earlier calls, by country.
const PLACES: [(&str, &[&str]); 10] = [
    (
        "DK",
        &[
            "Aalborg",
            "Vejle",
            "Herning",
            "Esbjerg",
            "Kolding",
            "Roskilde",
            "Svendborg",
            "Horsens",
            "Holstebro",
            "Silkeborg",
            "Næstved",
        ],
    ),
    (
        "NO",
        &[
            "Trondheim",
            "Tromsø",
            "Bodø",
            "Kristiansand",
            "Drammen",
            "Lillehammer",
            "Haugesund",
            "Molde",
            "Narvik",
            "Gjøvik",
            "Arendal",
            "Hamar",
        ],
    ),
    (
        "SE",
        &[
            "Umeå",
            "Luleå",
            "Karlstad",
            "Jönköping",
            "Växjö",
            "Linköping",
            "Örebro",
            "Sundsvall",
            "Borås",
            "Västerås",
            "Kalmar",
            "Gävle",
        ],
    ),
    (
        "IS",
        &[
            "Reykjavík",
            "Akureyri",
            "Ísafjörður",
            "Egilsstaðir",
            "Selfoss",
            "Húsavík",
            "Borgarnes",
            "Sauðárkrókur",
            "Keflavík",
            "Höfn",
            "Vestmannaeyjar",
            "Siglufjörður",
            "Grindavík",
        ],
    ),
    (
        "LT",
        &[
            "Vilnius",
            "Kaunas",
            "Klaipėda",
            "Šiauliai",
            "Panevėžys",
            "Alytus",
            "Marijampolė",
            "Utena",
            "Telšiai",
            "Tauragė",
            "Palanga",
            "Druskininkai",
            "Jonava",
        ],
    ),
    (
        "ES",
        &[
            "Barcelona",
            "Girona",
            "Lleida",
            "Tarragona",
            "Reus",
            "Manresa",
            "Vic",
            "Sabadell",
            "Terrassa",
            "Mataró",
            "Figueres",
            "Igualada",
            "Tortosa",
        ],
    ),
    (
        "FI",
        &[
            "Tampere",
            "Oulu",
            "Turku",
            "Jyväskylä",
            "Kuopio",
            "Lahti",
            "Vaasa",
        ],
    ),
    (
        "EE",
        &["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere"],
    ),
    (
        "LV",
        &[
            "Riga",
            "Daugavpils",
            "Liepāja",
            "Jelgava",
            "Ventspils",
            "Valmiera",
        ],
    ),
    (
        "DE",
        &[
            "Potsdam",
            "Cottbus",
            "Eberswalde",
            "Wildau",
            "Schwedt",
            "Luckenwalde",
            "Oranienburg",
            "Fürstenwalde",
        ],
    ),
];

/// Cluster themes and their NACE sector.
const THEMES: [(&str, &str); 13] = [
    ("Food", "C10"),
    ("Wood and Furniture", "C31"),
    ("Health Technology", "C32.50"),
    ("Cleantech", "D35.11"),
    ("Robotics", "C28"),
    ("Bioenergy", "D35.11"),
    ("Water Technology", "E36"),
    ("Design", "M74.10"),
    ("Maritime", "C30.11"),
    ("ICT", "J62"),
    ("Textile", "C13"),
    ("Tourism", "I55"),
    ("Agritech", "A01"),
];

/// The network's own clusters, which took part in the earlier calls too.
const NETWORK_CLUSTERS: [(&str, &str); 4] = [
    ("DK", "west-coast-offshore-wind-cluster"),
    ("DK", "skagerrak-seafood-cluster"),
    ("NO", "sunnmore-maritime-cluster"),
    ("SE", "kattegat-clean-energy-cluster"),
];

/// One year of the Innovation Express history, as the network reported it.
struct YearPlan {
    year: i32,
    /// Funding agency (slug) and its budget in euros.
    funders: &'static [(&'static str, i64)],
    received: usize,
    approved: usize,
    clusters: usize,
    smes: i64,
}

const DK: &str = "danish-agency-for-sme-export-growth";
const DK2: &str = "danish-cluster-collaboration-fund";
const NO: &str = "norwegian-coastal-growth-fund";
const SE: &str = "swedish-fund-for-sme-internationalisation";
const FI: &str = "finnish-fund-for-growth-abroad";
const IS: &str = "icelandic-innovation-and-export-fund";
const LT: &str = "lithuanian-cluster-development-agency";
const EE: &str = "estonian-cluster-growth-fund";
const LV: &str = "latvian-fund-for-company-internationalisation";
const ES: &str = "catalan-cluster-internationalisation-agency";
const DE: &str = "brandenburg-cluster-growth-fund";

const HISTORY: [YearPlan; 4] = [
    YearPlan {
        year: 2013,
        funders: &[
            (DK, 300_000),
            (FI, 200_000),
            (IS, 100_000),
            (LT, 110_000),
            (NO, 250_000),
            (SE, 250_000),
        ],
        received: 47,
        approved: 40,
        clusters: 40,
        smes: 912,
    },
    YearPlan {
        year: 2014,
        funders: &[
            (DK, 350_000),
            (FI, 220_000),
            (IS, 100_000),
            (LT, 126_500),
            (NO, 250_000),
            (SE, 280_000),
            (EE, 100_000),
            (LV, 100_000),
        ],
        received: 84,
        approved: 54,
        clusters: 45,
        smes: 1216,
    },
    YearPlan {
        year: 2015,
        funders: &[
            (DK, 400_000),
            (IS, 90_000),
            (LT, 115_000),
            (NO, 300_000),
            (SE, 300_000),
            (ES, 150_000),
        ],
        received: 58,
        approved: 40,
        clusters: 75,
        smes: 1104,
    },
    YearPlan {
        year: 2016,
        funders: &[
            (DK, 400_000),
            (DK2, 150_000),
            (IS, 85_000),
            (LT, 100_000),
            (NO, 400_000),
            (SE, 400_000),
            (DE, 150_000),
            (ES, 150_000),
        ],
        received: 59,
        approved: 39,
        clusters: 55,
        smes: 679,
    },
];

/// The largest grant one partner of a historical project received (EUR).
const MAX_PARTNER_GRANT: i64 = 20_000;

fn organisation_input(
    kind: &str,
    name: &str,
    country: &str,
    city: &str,
    sector: &str,
    description: String,
) -> OrganisationInput {
    OrganisationInput {
        kind: kind.into(),
        name: name.into(),
        country: country.into(),
        city: city.into(),
        region: String::new(),
        sectors: if sector.is_empty() {
            Vec::new()
        } else {
            vec![sector.into()]
        },
        services: if kind == "cluster" {
            vec!["cluster_management".into(), "matchmaking".into()]
        } else {
            vec!["grant_funding".into()]
        },
        website: format!("https://{}.example", slugify(name)),
        description,
        contacts: Vec::<ContactInput>::new(),
        unreadable: Default::default(),
    }
}

async fn add_organisation(
    txn: &impl ConnectionTrait,
    organisation_ids: &mut HashMap<String, i64>,
    key: &str,
    input: OrganisationInput,
) -> Result<i64, AppError> {
    if let Some(id) = organisation_ids.get(key) {
        return Ok(*id);
    }
    let draft = input
        .validate()
        .map_err(|e| super::seed_error("organisation", key, AppError::Validation(e)))?;
    let id = registry_store::insert_organisation(txn, key, &draft).await?;
    organisation_ids.insert(key.to_string(), id);
    Ok(id)
}

/// The clusters of each country that took part in the earlier calls, the
/// network's own first (slugs).
async fn history_clusters(
    txn: &impl ConnectionTrait,
    organisation_ids: &mut HashMap<String, i64>,
) -> Result<HashMap<&'static str, Vec<String>>, AppError> {
    for agency in &HISTORY_AGENCIES {
        let description = format!(
            "A public fund that co-finances cross-border cluster projects for SMEs from {}; a funding partner of earlier Innovation Express calls.",
            crate::registry::model::CountryCode::parse(agency.country)
                .map(|c| c.name().to_string())
                .unwrap_or_default()
        );
        add_organisation(
            txn,
            organisation_ids,
            agency.key,
            organisation_input(
                "funding_agency",
                agency.name,
                agency.country,
                agency.city,
                "O84.13",
                description,
            ),
        )
        .await?;
    }
    let mut clusters: HashMap<&'static str, Vec<String>> = HashMap::new();
    for (country, key) in NETWORK_CLUSTERS {
        clusters.entry(country).or_default().push(key.to_string());
    }
    for (n, (country, places)) in PLACES.iter().enumerate() {
        for (i, place) in places.iter().enumerate() {
            let (theme, sector) = THEMES[(i + n * 3) % THEMES.len()];
            let name = format!("{place} {theme} Cluster");
            let key = slugify(&name);
            let description = format!(
                "Companies and research groups in {theme_lower} around {place}, working together on new products and on markets abroad.",
                theme_lower = theme.to_lowercase()
            );
            add_organisation(
                txn,
                organisation_ids,
                &key,
                organisation_input("cluster", &name, country, place, sector, description),
            )
            .await?;
            clusters.entry(country).or_default().push(key);
        }
    }
    Ok(clusters)
}

fn local(year: i32, month: u32, day: u32, hour: u32) -> Result<DateTime<Utc>, AppError> {
    NaiveDate::from_ymd_opt(year, month, day)
        .and_then(|d| d.and_hms_opt(hour, 0, 0))
        .and_then(|t| ZONE.from_local_datetime(&t).earliest())
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "demo date {year}-{month}-{day} does not exist"
            ))
        })
}

async fn create_call(
    txn: &impl ConnectionTrait,
    title: &str,
    year: i32,
    summary: &str,
    organisation_ids: &HashMap<String, i64>,
    funders: &[(&str, i64)],
    window: (DateTime<Utc>, DateTime<Utc>),
) -> Result<Call, AppError> {
    let id_of = |key: &str| {
        organisation_ids.get(key).copied().ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!("demo organisation `{key}` is missing"))
        })
    };
    let mut input = CallInput {
        title: title.into(),
        year: Some(i64::from(year)),
        summary: summary.into(),
        coordinator_organisation_id: Some(id_of(COORDINATOR)?),
        time_zone: ZONE.name().into(),
        opens_at: Some(window.0.with_timezone(&ZONE).naive_local()),
        closes_at: Some(window.1.with_timezone(&ZONE).naive_local()),
        questions: vec![QuestionInput {
            key: None,
            prompt: QUESTION.into(),
            required: true,
        }],
        published: true,
        ..Default::default()
    };
    for (key, budget_eur) in funders {
        input.funders.push(FunderInput {
            organisation_id: Some(id_of(key)?),
            country: String::new(),
            budget_cents: Some(budget_eur * 100),
        });
    }
    let ids = input
        .funders
        .iter()
        .filter_map(|f| f.organisation_id)
        .chain([id_of(COORDINATOR)?])
        .collect();
    let facts = store::organisation_facts(txn, ids).await?;
    let draft = input
        .validate(&facts, &[])
        .map_err(|e| super::seed_error("call", title, AppError::Validation(e)))?;
    let rubric = default_rubric()
        .validate()
        .map_err(|e| super::seed_error("rubric", title, AppError::Validation(e)))?;
    let id = store::insert_call(txn, &draft).await?;
    store::insert_rubric(txn, id, &rubric, "Katrine Vinther").await?;
    store::call(txn, id).await?.ok_or(AppError::NotFound)
}

/// An application as the demo writes it, checked against the call's rules
/// at the moment it is submitted.
struct Submission {
    lead: i64,
    input: ApplicationInput,
    submitted_at: Option<DateTime<Utc>>,
    created_by: String,
}

async fn store_application(
    txn: &impl ConnectionTrait,
    call: &Call,
    submission: Submission,
) -> Result<store::Application, AppError> {
    let ids = submission
        .input
        .partners
        .iter()
        .filter_map(|p| p.organisation_id)
        .collect();
    let organisations = store::organisation_facts(txn, ids).await?;
    let funders: Vec<FunderFacts> = call.funder_facts();
    let instruments = store::known_instruments(txn, &submission.input).await?;
    let draft = submission
        .input
        .validate(
            submission.lead,
            &funders,
            &call.questions,
            &organisations,
            &instruments,
        )
        .map_err(|e| {
            super::seed_error(
                "application",
                &submission.input.title,
                AppError::Validation(e),
            )
        })?;
    if let Some(at) = submission.submitted_at {
        let ctx = CheckContext {
            rules: &call.rules,
            questions: &call.questions,
            funders: &funders,
            organisations: &organisations,
            opens_at: call.opens_at,
            closes_at: call.closes_at,
            time_zone: call.time_zone,
            now: at,
        };
        let breaches = check(&draft, &ctx);
        if let Some(b) = breaches.first() {
            return Err(AppError::Internal(anyhow::anyhow!(
                "demo application `{}` breaks the rule {}: {}",
                submission.input.title,
                b.rule,
                b.message
            )));
        }
    }
    let id = store::insert_application(
        txn,
        call.id,
        call.year,
        submission.lead,
        &submission.created_by,
    )
    .await?;
    store::save_application(txn, id, &draft).await?;
    if let Some(at) = submission.submitted_at {
        store::set_status(
            txn,
            id,
            ApplicationStatus::Draft,
            ApplicationStatus::Submitted,
            at,
        )
        .await?;
    }
    store::application(txn, id).await?.ok_or(AppError::NotFound)
}

const ACTIVITIES: [(&str, &str); 6] = [
    ("study-visits", "Study visit to the partner clusters"),
    ("matchmaking-events", "B2B matchmaking day"),
    (
        "training-to-go-international",
        "Training for the companies going abroad",
    ),
    ("trade-fairs", "Joint stand at a trade fair"),
    ("innovation-clubs", "Innovation club across the borders"),
    (
        "mentoring-and-follow-up",
        "Mentoring and follow-up of the companies",
    ),
];

const TOPICS: [&str; 10] = [
    "New products from side streams",
    "Shared test beds for small producers",
    "A joint offer for buyers abroad",
    "Smart solutions for an ageing society",
    "Digital sales channels for small exporters",
    "Circular packaging along the value chain",
    "Export readiness for first-time exporters",
    "System export of complete solutions",
    "Cross-sector innovation sprints",
    "A transnational platform for cluster services",
];

/// Generates one year of history: applications with their consortia, work
/// plans, submissions and every funder's decisions.
async fn add_history_year(
    txn: &impl ConnectionTrait,
    plan: &YearPlan,
    organisation_ids: &HashMap<String, i64>,
    clusters: &HashMap<&'static str, Vec<String>>,
    instruments: &HashMap<String, i64>,
) -> Result<(), AppError> {
    let year = plan.year;
    let title = format!("Innovation Express {year}");
    let call = create_call(
        txn,
        &title,
        year,
        "Seed money for clusters that take their SMEs abroad together: EUR 10,000 to 60,000 for 12 to 18 months.",
        organisation_ids,
        plan.funders,
        (local(year, 1, 15, 9)?, local(year, 3, 15, 15)?),
    )
    .await?;

    // The year's countries and its pool of clusters, interleaved by country
    // so that neighbouring slots come from different countries.
    let mut countries: Vec<&str> = Vec::new();
    for f in &call.funders {
        if !countries.contains(&f.country.as_str()) {
            countries.push(f.country.as_str());
        }
    }
    let pool: Vec<i64> = (0..plan.clusters)
        .map(|i| {
            let country = countries[i % countries.len()];
            let list = clusters.get(country).map(Vec::as_slice).unwrap_or_default();
            list.get(i / countries.len())
                .and_then(|key| organisation_ids.get(key))
                .copied()
                .ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!(
                        "not enough demo clusters in {country} for {year}"
                    ))
                })
        })
        .collect::<Result<_, _>>()?;
    let country_of: HashMap<i64, String> = store::organisation_facts(txn, pool.clone())
        .await?
        .into_iter()
        .map(|(id, f)| (id, f.country.as_str().to_string()))
        .collect();

    // Consortia: two or three partners (more when the pool needs it), taken
    // in turn from the pool, so that every cluster of it takes part.
    let mut sizes: Vec<usize> = (0..plan.approved)
        .map(|k| if k % 3 == 0 { 3 } else { 2 })
        .collect();
    let mut slots: usize = sizes.iter().sum();
    while slots < plan.clusters {
        for size in sizes.iter_mut() {
            if *size < 4 && slots < plan.clusters {
                *size += 1;
                slots += 1;
            }
        }
    }
    let mut consortia: Vec<Vec<i64>> = Vec::new();
    let mut next = 0;
    for size in &sizes {
        consortia.push((0..*size).map(|j| pool[(next + j) % pool.len()]).collect());
        next += size;
    }
    // Rejected applications: pairs from the pool, starting elsewhere.
    for k in 0..plan.received - plan.approved {
        let a = pool[(k * 2 + 1) % pool.len()];
        let b = pool[(k * 2 + 2) % pool.len()];
        consortia.push(vec![a, b]);
    }

    // Each partner's funder: the only funder of its country, or in turn
    // (two to one) where a country has two.
    let mut turns: HashMap<String, usize> = HashMap::new();
    let mut funder_of = |organisation: i64| -> Option<i64> {
        let country = country_of.get(&organisation)?;
        let of_country: Vec<i64> = call
            .funders
            .iter()
            .filter(|f| f.country.as_str() == country)
            .map(|f| f.id)
            .collect();
        let turn = turns.entry(country.clone()).or_insert(0);
        *turn += 1;
        match of_country.len() {
            0 => None,
            1 => Some(of_country[0]),
            _ => Some(if turn.is_multiple_of(3) {
                of_country[1]
            } else {
                of_country[0]
            }),
        }
    };
    let funders_by_slot: Vec<Vec<Option<i64>>> = consortia
        .iter()
        .map(|c| c.iter().map(|o| funder_of(*o)).collect())
        .collect();

    // Grants: each funder shares 95 % of its budget among the partners it
    // funds in approved projects, in steps of EUR 500, at most EUR 20,000.
    let mut funded_slots: HashMap<i64, i64> = HashMap::new();
    for row in &funders_by_slot[..plan.approved] {
        for f in row.iter().flatten() {
            *funded_slots.entry(*f).or_insert(0) += 1;
        }
    }
    let grant: HashMap<i64, i64> = call
        .funders
        .iter()
        .filter_map(|f| {
            let n = *funded_slots.get(&f.id)?;
            let euros = (f.budget_cents / 100 * 95 / 100 / n / 500 * 500).min(MAX_PARTNER_GRANT);
            Some((f.id, euros * 100))
        })
        .collect();

    // SMEs: the year's total spread over the approved projects' partners.
    let approved_slots: i64 = sizes.iter().map(|s| *s as i64).sum();
    let base = plan.smes / approved_slots;
    let mut extra = plan.smes % approved_slots;

    let submitted_on = |k: usize| local(year, 3, u32::try_from(1 + k % 14).unwrap_or(1), 10);
    let decided_at = local(year, 6, 12, 11)?;
    for (k, consortium) in consortia.iter().enumerate() {
        let approved = k < plan.approved;
        let partners: Vec<PartnerInput> = consortium
            .iter()
            .zip(&funders_by_slot[k])
            .map(|(organisation, funder)| {
                let smes = if approved {
                    let n = base + i64::from(extra > 0);
                    extra -= i64::from(extra > 0);
                    n
                } else {
                    4
                };
                PartnerInput {
                    organisation_id: Some(*organisation),
                    funder_id: *funder,
                    requested_cents: Some(match (approved, funder) {
                        (true, Some(f)) => grant.get(f).copied().unwrap_or(0),
                        (false, Some(_)) => 1_500_000,
                        (_, None) => 0,
                    }),
                    smes_engaged: Some(smes),
                }
            })
            .collect();
        let requested: i64 = partners.iter().filter_map(|p| p.requested_cents).sum();
        let duration = 12 + (k % 7) as i64;
        let (first, second) = (
            ACTIVITIES[k % ACTIVITIES.len()],
            ACTIVITIES[(k + 2) % ACTIVITIES.len()],
        );
        let work_item =
            |activity: (&str, &str), partner: i64, start: i64, end: i64, cost: i64| WorkItemInput {
                instrument_id: instruments.get(activity.0).copied(),
                title: activity.1.into(),
                partner_organisation_id: Some(partner),
                start_month: Some(start),
                end_month: Some(end),
                cost_cents: Some(cost),
                description: String::new(),
            };
        let topic = TOPICS[k % TOPICS.len()];
        let input = ApplicationInput {
            title: topic.into(),
            acronym: format!("IE{}-{:02}", year % 100, k + 1),
            summary: format!("{topic}: clusters from {} countries bring their SMEs together.", consortium.len().min(countries.len())),
            objectives: "New contacts abroad for every SME taking part, and at least one joint offer or contract.".into(),
            duration_months: Some(duration),
            partners,
            work_items: vec![
                work_item(first, consortium[0], 1, 6, requested * 3 / 5 + 200_000),
                work_item(second, consortium[1], 6, duration, requested * 2 / 5 + 200_000),
            ],
            answers: BTreeMap::from([(
                "q1".to_string(),
                "Through the clusters' member meetings and a call for participants.".to_string(),
            )]),
            unreadable: Default::default(),
        };
        let application = store_application(
            txn,
            &call,
            Submission {
                lead: consortium[0],
                input,
                submitted_at: Some(submitted_on(k)?),
                created_by: "Cluster manager".into(),
            },
        )
        .await?;
        for partner in application
            .partners
            .iter()
            .filter(|p| p.requested_cents > 0)
        {
            let Some(funder) = partner.funder_id else {
                continue;
            };
            let draft = if approved {
                DecisionDraft {
                    outcome: DecisionOutcome::Approved,
                    amount_cents: partner.requested_cents,
                    conditions: String::new(),
                }
            } else {
                DecisionDraft {
                    outcome: DecisionOutcome::Rejected,
                    amount_cents: 0,
                    conditions: String::new(),
                }
            };
            store::save_decision(
                txn,
                application.id,
                partner.id,
                funder,
                &draft,
                "Funding officer",
                decided_at,
            )
            .await?;
        }
    }
    Ok(())
}

/// The open call and its applications at every stage.
async fn add_current_call(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    instruments: &HashMap<String, i64>,
) -> Result<Option<String>, AppError> {
    let now = Utc::now();
    let opens = (now - Duration::days(18)).with_timezone(&ZONE).date_naive();
    let closes = (now + Duration::days(84)).with_timezone(&ZONE).date_naive();
    let year = closes.year();
    let title = format!("North Sea Innovation Express {year}");
    if store::call_id_by_slug(txn, &slugify(&title))
        .await?
        .is_some()
    {
        return Ok(None);
    }
    let at = |day: NaiveDate, hour: u32| local(day.year(), day.month(), day.day(), hour);
    let call = create_call(
        txn,
        &title,
        year,
        "Seed money for clusters and incubators around the North Sea that take their SMEs to each other's markets: \
         EUR 10,000 to 60,000 per project for 12 to 18 months. Partners from the Netherlands take part at their own cost.",
        organisation_ids,
        &[
            (COORDINATOR, 300_000),
            (NO, 350_000),
            (SE, 250_000),
            ("coastal-innovation-fund-lower-saxony", 200_000),
            ("caledonian-export-growth-fund", 200_000),
        ],
        (at(opens, 9)?, at(closes, 15)?),
    )
    .await?;
    let id = |key: &str| {
        organisation_ids.get(key).copied().ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!("demo organisation `{key}` is missing"))
        })
    };
    let partner = |key: &str, eur: i64, smes: i64| -> Result<PartnerInput, AppError> {
        Ok(PartnerInput {
            organisation_id: Some(id(key)?),
            funder_id: None,
            requested_cents: Some(eur * 100),
            smes_engaged: Some(smes),
        })
    };
    let item = |instrument: &str,
                title: &str,
                key: &str,
                months: (i64, i64),
                eur: i64|
     -> Result<WorkItemInput, AppError> {
        Ok(WorkItemInput {
            instrument_id: instruments.get(instrument).copied(),
            title: title.into(),
            partner_organisation_id: Some(id(key)?),
            start_month: Some(months.0),
            end_month: Some(months.1),
            cost_cents: Some(eur * 100),
            description: String::new(),
        })
    };
    let answers = |text: &str| BTreeMap::from([("q1".to_string(), text.to_string())]);
    let submitted = Some(now - Duration::days(3));
    let submissions = vec![
        (
            "skagerrak-seafood-cluster",
            ApplicationInput {
                title: "Blue food value chains across the Skagerrak".into(),
                acronym: "BLUEFOOD".into(),
                summary: "Seafood processors from Denmark and Norway and shellfish farmers from Zeeland build joint products for buyers in each other's markets.".into(),
                objectives: "Twelve SMEs meet at least five buyers each abroad; three joint products reach a retailer's shelf.".into(),
                duration_months: Some(15),
                partners: vec![
                    partner("skagerrak-seafood-cluster", 25_000, 8)?,
                    partner("sunnmore-maritime-cluster", 20_000, 6)?,
                    partner("oosterschelde-food-cluster", 0, 4)?,
                ],
                work_items: vec![
                    item("study-visits", "Study visit to Ålesund's processors", "skagerrak-seafood-cluster", (2, 3), 18_000)?,
                    item("matchmaking-events", "B2B days in Hirtshals", "sunnmore-maritime-cluster", (6, 6), 16_000)?,
                    item("trade-fairs", "Joint stand at the seafood fair in Barcelona", "skagerrak-seafood-cluster", (10, 12), 22_000)?,
                ],
                answers: answers("Through the clusters' processor networks and a call for participants sent to 60 members."),
                unreadable: Default::default(),
            },
            submitted,
        ),
        (
            "west-coast-offshore-wind-cluster",
            ApplicationInput {
                title: "Suppliers for the North Sea's next offshore wind farms".into(),
                acronym: "OFFSHORE-SME".into(),
                summary: "Four offshore wind clusters open the supply chains of each other's wind farm developers to their small suppliers.".into(),
                objectives: "Twenty suppliers pre-qualified with at least one developer abroad; five first contracts.".into(),
                duration_months: Some(18),
                partners: vec![
                    partner("west-coast-offshore-wind-cluster", 18_000, 7)?,
                    partner("jade-bay-offshore-wind-cluster", 14_000, 6)?,
                    partner("suffolk-coast-offshore-energy-cluster", 14_000, 5)?,
                    partner("kattegat-clean-energy-cluster", 10_000, 4)?,
                ],
                work_items: vec![
                    item("training-to-go-international", "Pre-qualification training", "west-coast-offshore-wind-cluster", (1, 4), 15_000)?,
                    item("roadshows", "Supplier roadshow to three developers", "jade-bay-offshore-wind-cluster", (5, 9), 26_000)?,
                    item("matchmaking-events", "Meet-the-buyer day in Lowestoft", "suffolk-coast-offshore-energy-cluster", (10, 10), 14_000)?,
                    item("mentoring-and-follow-up", "Follow-up of the first bids", "kattegat-clean-energy-cluster", (11, 18), 9_000)?,
                ],
                answers: answers("Each cluster selects suppliers that already serve onshore projects and are ready to bid."),
                unreadable: Default::default(),
            },
            submitted,
        ),
        (
            "bergen-marine-incubator",
            ApplicationInput {
                title: "Harbour launchpad for ocean-tech start-ups".into(),
                acronym: "HARBOUR-LAUNCH".into(),
                summary: "Two harbour incubators swap desks and mentors so that ocean-tech start-ups test their first foreign market.".into(),
                objectives: "Ten start-ups spend a month at the partner incubator; four open a sales channel there.".into(),
                duration_months: Some(12),
                partners: vec![partner("bergen-marine-incubator", 16_000, 5)?, partner("gothenburg-quayside-incubator", 14_000, 5)?],
                work_items: vec![
                    item("soft-landing", "A month at the partner incubator", "bergen-marine-incubator", (3, 10), 22_000)?,
                    item("mentoring-and-follow-up", "Mentors from both harbours", "gothenburg-quayside-incubator", (1, 12), 12_000)?,
                ],
                answers: answers("Both incubators pick start-ups from their current cohorts that have a product on the market."),
                unreadable: Default::default(),
            },
            Some(now - Duration::days(1)),
        ),
        (
            "aarhus-harbour-incubator",
            ApplicationInput {
                title: "Green harbours, shared pilots".into(),
                acronym: "GREENPORT".into(),
                summary: "Incubators in Aarhus and Hamburg let their cleantech start-ups pilot in each other's harbour.".into(),
                objectives: String::new(),
                duration_months: Some(14),
                partners: vec![partner("aarhus-harbour-incubator", 20_000, 6)?, partner("elbe-harbour-incubator", 0, 0)?],
                work_items: vec![item("study-visits", "Pilot scouting in the port of Hamburg", "aarhus-harbour-incubator", (2, 3), 9_000)?],
                answers: BTreeMap::new(),
                unreadable: Default::default(),
            },
            None,
        ),
    ];
    let mut applications = Vec::new();
    for (lead, input, submitted_at) in submissions {
        let manager = super::NETWORK
            .organisations
            .iter()
            .find(|o| o.key == lead)
            .and_then(|o| o.manager.clone())
            .unwrap_or_default();
        applications.push(
            store_application(
                txn,
                &call,
                Submission {
                    lead: id(lead)?,
                    input,
                    submitted_at,
                    created_by: manager,
                },
            )
            .await?,
        );
    }

    // The independent evaluator has reviewed the first application and is
    // half-way through the second; the institute's evaluator is assigned too.
    let evaluators = crate::auth::store::accounts_with_role(txn, Role::Evaluator).await?;
    let evaluator = evaluators
        .iter()
        .find(|a| a.email == super::EVALUATOR_EMAIL);
    let institute = evaluators
        .iter()
        .find(|a| a.email == super::INSTITUTE_EVALUATOR_EMAIL);
    let rubric = store::current_rubric(txn, call.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let (Some(evaluator), Some(institute)) = (evaluator, institute) {
        for application in &applications[..2] {
            store::insert_assignment(txn, application.id, evaluator.id, "Katrine Vinther").await?;
        }
        store::insert_assignment(txn, applications[0].id, institute.id, "Katrine Vinther").await?;
        let review =
            |scores: [i32; 4], comments: [&str; 4]| -> BTreeMap<i64, (Option<i32>, String)> {
                rubric
                    .criteria
                    .iter()
                    .zip(scores.iter().zip(comments))
                    .map(|(c, (s, text))| (c.id, (Some(*s), text.to_string())))
                    .collect()
            };
        store::save_review(
            txn,
            ReviewWrite {
                application_id: applications[0].id,
                evaluator_user_id: evaluator.id,
                rubric_id: rubric.id,
                status: ReviewStatus::Submitted,
                overall_comment: "A focused consortium with buyers already named; fund it.",
                scores: &review(
                    [5, 4, 4, 4],
                    [
                        "Small processors with a clear need for buyers abroad.",
                        "Complementary clusters; the Dutch partner brings its own money.",
                        "Realistic schedule, although the fair is costly.",
                        "Joint products give a concrete follow-up.",
                    ],
                ),
            },
        )
        .await?;
        store::save_review(
            txn,
            ReviewWrite {
                application_id: applications[1].id,
                evaluator_user_id: evaluator.id,
                rubric_id: rubric.id,
                status: ReviewStatus::Draft,
                overall_comment: "",
                scores: &review([4, 5, 3, 3], ["Strong demand from suppliers.", "", "", ""]),
            },
        )
        .await?;
    }
    Ok(Some(title))
}

/// Adds the history and the open call; returns how many calls were added.
pub async fn add(
    txn: &impl ConnectionTrait,
    organisation_ids: &mut HashMap<String, i64>,
) -> Result<usize, AppError> {
    let instruments: HashMap<String, i64> = crate::toolbox::catalogue(txn)
        .await?
        .into_iter()
        .map(|i| (i.slug, i.id))
        .collect();
    let mut added = 0;
    let missing: Vec<&YearPlan> = {
        let mut missing = Vec::new();
        for plan in &HISTORY {
            if store::call_id_by_slug(txn, &format!("innovation-express-{}", plan.year))
                .await?
                .is_none()
            {
                missing.push(plan);
            }
        }
        missing
    };
    if !missing.is_empty() {
        let clusters = history_clusters(txn, organisation_ids).await?;
        for plan in missing {
            add_history_year(txn, plan, organisation_ids, &clusters, &instruments).await?;
            added += 1;
        }
    }
    if add_current_call(txn, organisation_ids, &instruments)
        .await?
        .is_some()
    {
        added += 1;
    }
    Ok(added)
}
