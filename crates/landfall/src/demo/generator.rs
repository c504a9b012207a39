//! Generated SMEs for load tests (`landfall demo --scale N`).
//!
//! SME number `n` is always the same company: its name comes from a fixed
//! permutation of word combinations and its figures from a random generator
//! seeded with `n`, so loading is repeatable and idempotent.

use std::collections::{HashMap, HashSet};

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sea_orm::ConnectionTrait;

use super::home_keys_by_country;
use crate::matchmaking::model::profiles::{Party, ProfileInput};
use crate::matchmaking::store::profiles;
use crate::registry::model::{CountryCode, NaceCode, SmeDraft};
use crate::registry::store;
use crate::web::AppError;

/// Slugs of generated SMEs: `generated-sme-000001`, …
const SLUG_PREFIX: &str = "generated-sme-";

const COUNTRIES: [(&str, &str); 6] = [
    ("DK", "ApS"),
    ("NO", "AS"),
    ("SE", "AB"),
    ("GB", "Ltd"),
    ("DE", "GmbH"),
    ("NL", "B.V."),
];

const PLACES: [&str; 48] = [
    "Nord", "Hav", "Fjord", "Klint", "Dyne", "Brise", "Lys", "Tide", "Skag", "Vind", "Strand",
    "Ankar", "Mast", "Kompas", "Ebbe", "Flod", "Sund", "Holm", "Vest", "Ost", "Mare", "Kust",
    "Delta", "Polder", "Haven", "Duin", "Zee", "Wad", "Geest", "Marsch", "Moor", "Kliff", "Firth",
    "Skerry", "Tay", "Humber", "Orkney", "Solent", "Kattegat", "Skagen", "Lofot", "Senja", "Viken",
    "Gota", "Ore", "Lund", "Hallands", "Bohus",
];

const QUALITIES: [&str; 48] = [
    "Blue", "Green", "Bright", "Deep", "North", "Coastal", "Arctic", "Tidal", "Salt", "Silver",
    "Iron", "Amber", "Granite", "Harbour", "Pilot", "Beacon", "Compass", "Current", "Horizon",
    "Keel", "Lantern", "Meridian", "Quay", "Rudder", "Sextant", "Signal", "Spring", "Summit",
    "Swell", "Timber", "Willow", "Birch", "Pine", "Oak", "Heather", "Juniper", "Cedar", "Linden",
    "Alder", "Aspen", "Maple", "Rowan", "Elder", "Hazel", "Thorn", "Fern", "Moss", "Sedge",
];

/// A trade word, the NACE class it stands for, and what such a company sells.
const TRADES: [(&str, &str, &str); 24] = [
    (
        "Robotics",
        "C28.99",
        "handling robots for small production lines",
    ),
    (
        "Seafood",
        "C10.20",
        "smoked and frozen fish for retail chains",
    ),
    ("Aquaculture", "A03.21", "farmed mussels and seaweed"),
    (
        "Software",
        "J62.01",
        "business software for maritime operators",
    ),
    (
        "Analytics",
        "J63.11",
        "data platforms for energy and shipping",
    ),
    ("Sensors", "C26.51", "water-quality and vibration sensors"),
    ("Marine Systems", "C30.11", "workboats and hull retrofits"),
    ("Energy", "D35.11", "community solar and wind power"),
    (
        "Wind Services",
        "M71.12",
        "inspection and maintenance of wind turbines",
    ),
    (
        "Foods",
        "C10.89",
        "ready meals and sauces from regional produce",
    ),
    ("Dairy", "C10.51", "organic cheese and yoghurt"),
    ("Design", "M74.10", "industrial and furniture design"),
    (
        "Health",
        "Q86.90",
        "physiotherapy and rehabilitation services",
    ),
    ("Medtech", "C32.50", "medical instruments and disposables"),
    (
        "Logistics",
        "H52.29",
        "freight forwarding for short-sea shipping",
    ),
    ("Materials", "C20.59", "bio-based coatings and adhesives"),
    ("Recycling", "E38.32", "recovery of plastics and metals"),
    (
        "Engineering",
        "M71.12",
        "engineering of port and coastal structures",
    ),
    ("Labs", "M72.19", "contract research in marine biology"),
    ("Travel", "N79.12", "guided coastal and island tours"),
    ("Games", "J58.21", "educational computer games"),
    ("Media", "J59.11", "documentary and corporate films"),
    ("Brewing", "C11.05", "craft beer"),
    ("Textiles", "C13.99", "technical textiles for outdoor wear"),
];

/// How many distinct generated companies there can be.
pub const CAPACITY: u64 = (PLACES.len() * QUALITIES.len() * TRADES.len() * COUNTRIES.len()) as u64;

/// Spreads consecutive numbers over the name space; coprime with [`CAPACITY`]
/// (2^12 · 3^4), so every number gets its own combination.
const STRIDE: u64 = 7919;

struct Identity {
    name: String,
    country: usize,
    trade: usize,
}

fn identity(n: u64) -> Identity {
    let mut p = (n * STRIDE + 1) % CAPACITY;
    let country = (p % COUNTRIES.len() as u64) as usize;
    p /= COUNTRIES.len() as u64;
    let trade = (p % TRADES.len() as u64) as usize;
    p /= TRADES.len() as u64;
    let quality = (p % QUALITIES.len() as u64) as usize;
    let place = (p / QUALITIES.len() as u64) as usize;
    Identity {
        name: format!(
            "{} {} {} {}",
            PLACES[place], QUALITIES[quality], TRADES[trade].0, COUNTRIES[country].1
        ),
        country,
        trade,
    }
}

fn slug(n: u64) -> String {
    format!("{SLUG_PREFIX}{n:06}")
}

/// Generated SME number `n` (from 1), at one of the demo homes of its country.
fn draft(n: u64, homes: &HashMap<&str, Vec<(i64, String)>>) -> SmeDraft {
    let identity = identity(n);
    let mut rng = ChaCha8Rng::seed_from_u64(n);
    let (country, _) = COUNTRIES[identity.country];
    let country_homes = &homes[country];
    let (home_id, city) = &country_homes[(n as usize) % country_homes.len()];
    let (_, class, products) = TRADES[identity.trade];
    let employees: i32 = match rng.random_range(0..10) {
        0..6 => rng.random_range(1..10),
        6..9 => rng.random_range(10..50),
        _ => rng.random_range(50..250),
    };
    let turnover_per_head: i64 = rng.random_range(60_000..180_000);
    let mut markets: Vec<CountryCode> = Vec::new();
    for _ in 0..rng.random_range(1..=3) {
        let (code, _) = COUNTRIES[rng.random_range(0..COUNTRIES.len())];
        let code = CountryCode::from_stored(code.to_string());
        if code.as_str() != country && !markets.contains(&code) {
            markets.push(code);
        }
    }
    SmeDraft {
        name: identity.name,
        country: CountryCode::from_stored(country.to_string()),
        city: city.clone(),
        home_organisation_id: *home_id,
        sectors: vec![NaceCode::from_stored(class.to_string())],
        founded: Some(rng.random_range(1998..=2025)),
        employees: Some(employees),
        annual_turnover_cents: Some(i64::from(employees) * turnover_per_head * 100),
        products: format!("Makes and sells {products}."),
        website: String::new(),
        target_markets: markets,
        directory_consent: rng.random_range(0..100) < 85,
        notes: String::new(),
        contacts: Vec::new(),
    }
}

/// Adds generated SMEs 1..=`scale` that are not there yet; returns how many were added.
pub async fn add_missing(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    scale: u32,
) -> Result<usize, AppError> {
    if scale == 0 {
        return Ok(0);
    }
    if u64::from(scale) > CAPACITY {
        return Err(AppError::BadRequest(format!(
            "--scale can add at most {CAPACITY} generated SMEs"
        )));
    }
    let existing: HashSet<String> = store::sme_slugs_with_prefix(txn, SLUG_PREFIX)
        .await?
        .into_iter()
        .collect();
    let cities = store::organisation_cities(txn).await?;
    let homes: HashMap<&str, Vec<(i64, String)>> = home_keys_by_country()
        .into_iter()
        .map(|(country, keys)| {
            let homes = keys
                .into_iter()
                .filter_map(|key| organisation_ids.get(key).copied())
                .map(|id| (id, cities.get(&id).cloned().unwrap_or_default()))
                .collect();
            (country, homes)
        })
        .collect();
    let missing: Vec<(String, SmeDraft)> = (1..=u64::from(scale))
        .filter(|n| !existing.contains(&slug(*n)))
        .map(|n| (slug(n), draft(n, &homes)))
        .collect();
    store::insert_smes_bulk(txn, &missing).await?;
    Ok(missing.len())
}

/// Phrases that make generated profiles differ beyond their trade.
const ANGLES: [(&str, &str); 12] = [
    (
        "private label",
        "We can produce under the buyer's own brand.",
    ),
    ("organic certified", "Our range is certified organic."),
    (
        "low carbon",
        "We measure and publish the carbon footprint of every delivery.",
    ),
    (
        "pilot customers",
        "We offer a reduced price to the first pilot customers abroad.",
    ),
    (
        "licensing",
        "Licensing the technology to a local manufacturer is possible.",
    ),
    (
        "joint venture",
        "We are open to a joint venture with a local partner.",
    ),
    (
        "public tenders",
        "We want to bid for public tenders together with a local firm.",
    ),
    (
        "distribution",
        "We need a distributor who knows the retail chains.",
    ),
    (
        "field testing",
        "We look for sites where the product can be tested in the field.",
    ),
    (
        "after-sales service",
        "A local partner would handle installation and after-sales service.",
    ),
    (
        "eu project",
        "We would join a consortium for an EU-funded project.",
    ),
    (
        "export finance",
        "Export credit insurance is arranged for first orders.",
    ),
];

/// The cooperation profile of generated SME number `n` (one each), so the
/// marketplace search can be measured at the scale of the registry.
fn profile(n: u64) -> ProfileInput {
    let identity = identity(n);
    let mut rng = ChaCha8Rng::seed_from_u64(n ^ 0x9E37_79B9);
    let (trade, class, products) = TRADES[identity.trade];
    let (home, _) = COUNTRIES[identity.country];
    let target = loop {
        let (code, _) = COUNTRIES[rng.random_range(0..COUNTRIES.len())];
        if code != home {
            break code;
        }
    };
    let (angle, sentence) = ANGLES[rng.random_range(0..ANGLES.len())];
    let (kind, title) = match rng.random_range(0..20) {
        0..8 => (
            "business_offer",
            format!("{products} for partners in {target}"),
        ),
        8..13 => ("business_request", format!("Supplier of {products} wanted")),
        13..16 => (
            "technology_offer",
            format!("Technology for {products}: {angle}"),
        ),
        16..18 => (
            "technology_request",
            format!("Technology partner for {products}"),
        ),
        _ => (
            "research_cooperation",
            format!("Research partners in {trade} wanted"),
        ),
    };
    let mut title = title;
    title[..1].make_ascii_uppercase();
    ProfileInput {
        kind: kind.into(),
        description: format!(
            "{} is a company from {home} working in {}. {sentence} We look for partners in {target} \
             for {products}.",
            identity.name,
            trade.to_lowercase()
        ),
        title,
        sectors: vec![class.into()],
        keywords: vec![trade.to_lowercase(), angle.into()],
        target_countries: vec![target.into()],
        stage: ["prototype", "pilot", "market_ready", "established"][rng.random_range(0..4)].into(),
        contact_name: "Sales desk".into(),
        contact_email: format!("partners@{}.example.org", slug(n)),
        ..Default::default()
    }
}

/// Gives every generated SME without a profile its generated one.
pub async fn add_missing_profiles(txn: &impl ConnectionTrait) -> Result<usize, AppError> {
    let with_profiles = profiles::sme_owners(txn).await?;
    let today = chrono::Utc::now().date_naive();
    let mut drafts = Vec::new();
    for (id, slug) in store::sme_ids_with_prefix(txn, SLUG_PREFIX).await? {
        if with_profiles.contains(&id) {
            continue;
        }
        let Some(n) = slug
            .strip_prefix(SLUG_PREFIX)
            .and_then(|n| n.parse::<u64>().ok())
        else {
            continue;
        };
        let owner = Party::Sme(id);
        let draft = profile(n).validate(owner, today).map_err(|e| {
            AppError::Internal(anyhow::anyhow!("generated profile {n} is invalid: {e:?}"))
        })?;
        drafts.push((owner, draft));
    }
    profiles::insert_bulk(txn, &drafts, "Landfall demo", chrono::Utc::now()).await?;
    Ok(drafts.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::model::{HomeCandidate, OrganisationKind};

    fn homes() -> HashMap<&'static str, Vec<(i64, String)>> {
        COUNTRIES
            .iter()
            .enumerate()
            .map(|(i, (code, _))| (*code, vec![(i as i64 + 1, "Harbour town".to_string())]))
            .collect()
    }

    #[test]
    fn names_never_repeat_and_never_meet_the_curated_ones() {
        let curated: HashSet<(String, String)> = super::super::NETWORK
            .smes
            .iter()
            .map(|s| (s.name.clone(), s.country.clone()))
            .collect();
        let mut seen = HashSet::new();
        for n in 1..=CAPACITY {
            let id = identity(n);
            let key = (id.name, COUNTRIES[id.country].0.to_string());
            assert!(!curated.contains(&key), "{key:?} is a curated SME");
            assert!(seen.insert(key), "number {n} repeats a name");
        }
    }

    #[test]
    fn generated_profiles_are_valid_and_repeatable() {
        let today = chrono::Utc::now().date_naive();
        let kinds: HashSet<String> = (1..=400).map(|n| profile(n).kind).collect();
        assert!(kinds.len() >= 4, "{kinds:?}");
        for n in [1, 2, 77, 100_000] {
            assert_eq!(profile(n), profile(n));
            let draft = profile(n).validate(Party::Sme(1), today);
            assert!(draft.is_ok(), "{n}: {draft:?}");
        }
    }

    #[test]
    fn generated_smes_are_valid_and_repeatable() {
        let homes = homes();
        for n in [1, 2, 77, 100_000] {
            let draft = draft(n, &homes);
            assert_eq!(draft, super::draft(n, &homes), "same number, same company");
            let input = crate::registry::model::SmeInput {
                name: draft.name.clone(),
                country: draft.country.to_string(),
                city: draft.city.clone(),
                home_organisation_id: Some(draft.home_organisation_id),
                sectors: draft.sectors.iter().map(|c| c.to_string()).collect(),
                founded: draft.founded.map(i64::from),
                employees: draft.employees.map(i64::from),
                annual_turnover_cents: draft.annual_turnover_cents,
                products: draft.products.clone(),
                target_markets: draft.target_markets.iter().map(|c| c.to_string()).collect(),
                directory_consent: draft.directory_consent,
                ..Default::default()
            };
            let home = HomeCandidate {
                id: draft.home_organisation_id,
                kind: OrganisationKind::Incubator,
            };
            assert_eq!(input.validate(Some(home), 2026), Ok(draft));
        }
        for (_, class, _) in TRADES {
            assert!(NaceCode::parse(class).is_ok(), "{class}");
        }
    }
}
