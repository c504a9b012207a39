//! `landfall eval recommendations`: precision@k of the partner
//! recommendations on a labelled set — profiles whose right partners a
//! partnering adviser marked by hand (`data/matchmaking-labelled.json`).
//!
//! The set is loaded into a database of its own (its companies are not the
//! demo network's), then every query profile gets its top k partners and
//! the share of right ones among them is averaged.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::Utc;
use serde::Deserialize;

use crate::db::{self, Db};
use crate::matchmaking::model::profiles::{Party, ProfileInput, ProfileStatus};
use crate::matchmaking::model::recommend::precision_at;
use crate::matchmaking::operations::recommendations::ids_for_profile;
use crate::matchmaking::store::profiles as store;
use crate::registry::model::{
    CountryCode, NaceCode, OrganisationDraft, OrganisationKind, SmeDraft,
};
use crate::registry::store as registry;
use crate::web::AppError;

/// The labelled set shipped with Landfall.
pub const DEFAULT_DATA: &str = include_str!("../../data/matchmaking-labelled.json");

#[derive(Debug, Deserialize)]
pub struct LabelledSet {
    #[serde(default)]
    pub description: String,
    pub owners: Vec<OwnerSeed>,
    pub profiles: Vec<ProfileSeed>,
    pub queries: Vec<Query>,
}

#[derive(Debug, Deserialize)]
pub struct OwnerSeed {
    pub key: String,
    pub name: String,
    /// `sme` or an organisation kind.
    pub kind: String,
    pub country: String,
}

#[derive(Debug, Deserialize)]
pub struct ProfileSeed {
    pub key: String,
    pub owner: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub keywords: Vec<String>,
    pub target_countries: Vec<String>,
    pub stage: String,
}

#[derive(Debug, Deserialize)]
pub struct Query {
    pub profile: String,
    pub relevant: Vec<String>,
    #[serde(default)]
    pub note: String,
}

/// One query's outcome.
#[derive(Debug)]
pub struct QueryResult {
    pub profile: String,
    pub recommended: Vec<String>,
    pub hits: usize,
    pub precision: f64,
}

#[derive(Debug)]
pub struct Report {
    pub k: usize,
    pub profiles: usize,
    pub queries: Vec<QueryResult>,
    /// Mean precision@k over the queries.
    pub precision: f64,
}

fn invalid(what: &str, key: &str, why: impl std::fmt::Display) -> AppError {
    AppError::BadRequest(format!("labelled set: {what} `{key}`: {why}"))
}

/// Loads the set into `db` (an empty, migrated database) and measures.
pub async fn evaluate(db: &Db, set: &LabelledSet, k: usize) -> Result<Report, AppError> {
    let now = Utc::now();
    let today = now.date_naive();
    let txn = db::write(db).await?;
    // SMEs need a home organisation: one incubator per country hosts them.
    let mut homes: BTreeMap<String, i64> = BTreeMap::new();
    let mut parties: HashMap<&str, Party> = HashMap::new();
    let mut sectors_of: HashMap<&str, Vec<NaceCode>> = HashMap::new();
    for p in &set.profiles {
        let codes = p.sectors.iter().filter_map(|c| NaceCode::parse(c).ok());
        sectors_of
            .entry(p.owner.as_str())
            .or_default()
            .extend(codes);
    }
    for (n, owner) in set.owners.iter().enumerate() {
        let country =
            CountryCode::parse(&owner.country).map_err(|e| invalid("owner", &owner.key, e))?;
        let mut sectors = sectors_of.remove(owner.key.as_str()).unwrap_or_default();
        sectors.sort();
        sectors.dedup();
        let organisation = |kind, name: &str| OrganisationDraft {
            kind,
            name: name.to_string(),
            country: country.clone(),
            city: String::new(),
            region: String::new(),
            sectors: sectors.clone(),
            services: Vec::new(),
            website: String::new(),
            description: String::new(),
            contacts: Vec::new(),
        };
        let party = if owner.kind == "sme" {
            let home = match homes.get(country.as_str()) {
                Some(id) => *id,
                None => {
                    let draft = organisation(
                        OrganisationKind::Incubator,
                        &format!("Evaluation home {}", country.as_str()),
                    );
                    let slug = format!("eval-home-{}", country.as_str().to_lowercase());
                    let id = registry::insert_organisation(&txn, &slug, &draft).await?;
                    homes.insert(country.as_str().to_string(), id);
                    id
                }
            };
            let draft = SmeDraft {
                name: owner.name.clone(),
                country: country.clone(),
                city: String::new(),
                home_organisation_id: home,
                sectors,
                founded: None,
                employees: None,
                annual_turnover_cents: None,
                products: String::new(),
                website: String::new(),
                target_markets: Vec::new(),
                directory_consent: true,
                notes: String::new(),
                contacts: Vec::new(),
            };
            Party::Sme(registry::insert_sme(&txn, &format!("eval-{n}"), &draft).await?)
        } else {
            let kind = OrganisationKind::parse(&owner.kind)
                .map_err(|e| invalid("owner", &owner.key, e))?;
            let draft = organisation(kind, &owner.name);
            Party::Organisation(
                registry::insert_organisation(&txn, &format!("eval-{n}"), &draft).await?,
            )
        };
        parties.insert(owner.key.as_str(), party);
    }
    let mut ids: HashMap<&str, i64> = HashMap::new();
    let mut keys: HashMap<i64, &str> = HashMap::new();
    for p in &set.profiles {
        let owner = *parties
            .get(p.owner.as_str())
            .ok_or_else(|| invalid("profile", &p.key, "its owner is not in `owners`"))?;
        let input = ProfileInput {
            kind: p.kind.clone(),
            title: p.title.clone(),
            description: p.description.clone(),
            sectors: p.sectors.clone(),
            keywords: p.keywords.clone(),
            target_countries: p.target_countries.clone(),
            stage: p.stage.clone(),
            contact_name: "Partnering desk".into(),
            contact_email: "partnering@eval.example.org".into(),
            ..Default::default()
        };
        let draft = input
            .validate(owner, today)
            .map_err(|e| invalid("profile", &p.key, format!("{e:?}")))?;
        let id = store::insert(&txn, owner, &draft, ProfileStatus::Published, "eval", now).await?;
        ids.insert(p.key.as_str(), id);
        keys.insert(id, p.key.as_str());
    }
    txn.commit().await?;

    let mut queries = Vec::new();
    for q in &set.queries {
        let id = *ids
            .get(q.profile.as_str())
            .ok_or_else(|| invalid("query", &q.profile, "no such profile"))?;
        let mut relevant = BTreeSet::new();
        for key in &q.relevant {
            relevant.insert(
                *ids.get(key.as_str()).ok_or_else(|| {
                    invalid("query", &q.profile, format!("`{key}` is no profile"))
                })?,
            );
        }
        let found = ids_for_profile(db, id, k).await?;
        let precision = precision_at(k, &found, &relevant);
        queries.push(QueryResult {
            profile: q.profile.clone(),
            hits: found.iter().filter(|id| relevant.contains(id)).count(),
            recommended: found
                .iter()
                .map(|id| keys.get(id).copied().unwrap_or("?").to_string())
                .collect(),
            precision,
        });
    }
    let precision = if queries.is_empty() {
        0.0
    } else {
        queries.iter().map(|q| q.precision).sum::<f64>() / queries.len() as f64
    };
    Ok(Report {
        k,
        profiles: set.profiles.len(),
        queries,
        precision,
    })
}
