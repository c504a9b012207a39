//! The demo network: the North Sea soft-landing partners (Denmark, Norway,
//! Sweden, the United Kingdom, Germany, the Netherlands) with their SMEs and
//! accounts, plus any number of generated SMEs for load tests.
//!
//! Loading is idempotent: every record has a fixed slug or e-mail address and
//! is only added when missing, so running the demo twice adds nothing.

pub mod calls;
mod generator;
pub mod handbook;
pub mod matchmaking;
pub mod monitoring;
pub mod softlanding;
pub mod surveys;
pub mod toolbox;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::LazyLock;
use std::time::Duration;

use serde::Deserialize;

use crate::auth::{self, Role};
use crate::db::{self, Db};
use crate::registry::model::{ContactInput, OrganisationInput, SmeInput};
use crate::registry::store;
use crate::web::AppError;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "landfall-demo";
pub const ADMIN_EMAIL: &str = "admin@example.org";
pub const EVALUATOR_EMAIL: &str = "evaluator@example.org";
/// An evaluator employed by a research institute of the network (and so
/// refused for applications the institute takes part in).
pub const INSTITUTE_EVALUATOR_EMAIL: &str = "evaluator.marsdiep@example.org";

#[derive(Debug, Deserialize)]
struct Network {
    organisations: Vec<OrganisationSeed>,
    smes: Vec<SmeSeed>,
}

#[derive(Debug, Deserialize)]
struct OrganisationSeed {
    key: String,
    kind: String,
    name: String,
    country: String,
    city: String,
    region: String,
    sectors: Vec<String>,
    services: Vec<String>,
    website: String,
    description: String,
    contacts: Vec<ContactInput>,
    /// Incubators and clusters: the staff member who gets the manager account.
    manager: Option<String>,
}

#[derive(Debug, Deserialize)]
struct SmeSeed {
    key: String,
    name: String,
    country: String,
    city: String,
    home: String,
    sectors: Vec<String>,
    founded: i64,
    employees: i64,
    annual_turnover_eur: i64,
    products: String,
    target_markets: Vec<String>,
    visible: bool,
    notes: String,
    contact: ContactInput,
}

static NETWORK: LazyLock<Network> = LazyLock::new(|| {
    serde_json::from_str(include_str!("network.json")).expect("the demo network file is valid JSON")
});

impl OrganisationSeed {
    fn input(&self) -> OrganisationInput {
        OrganisationInput {
            kind: self.kind.clone(),
            name: self.name.clone(),
            country: self.country.clone(),
            city: self.city.clone(),
            region: self.region.clone(),
            sectors: self.sectors.clone(),
            services: self.services.clone(),
            website: self.website.clone(),
            description: self.description.clone(),
            contacts: self.contacts.clone(),
            unreadable: Default::default(),
        }
    }
}

impl SmeSeed {
    fn input(&self, home_organisation_id: i64) -> SmeInput {
        SmeInput {
            name: self.name.clone(),
            country: self.country.clone(),
            city: self.city.clone(),
            home_organisation_id: Some(home_organisation_id),
            sectors: self.sectors.clone(),
            founded: Some(self.founded),
            employees: Some(self.employees),
            annual_turnover_cents: Some(self.annual_turnover_eur * 100),
            products: self.products.clone(),
            website: String::new(),
            target_markets: self.target_markets.clone(),
            directory_consent: self.visible,
            notes: self.notes.clone(),
            contacts: vec![self.contact.clone()],
            unreadable: Default::default(),
        }
    }
}

/// A demo account, as `landfall demo` prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoAccount {
    pub email: String,
    pub role: Role,
    pub display_name: String,
    /// The organisation or SME the account belongs to.
    pub belongs_to: String,
}

/// What a load did.
#[derive(Clone, Debug, Default)]
pub struct DemoReport {
    pub organisations_added: usize,
    pub smes_added: usize,
    pub generated_added: usize,
    pub accounts_added: usize,
    /// Whether the soft-landing programme was added (it is added once).
    pub programme_added: bool,
    pub profiles_added: usize,
    pub events_added: usize,
    pub handbook_chapters_added: usize,
    pub toolbox_added: toolbox::Added,
    pub calls_added: usize,
    pub accounts: Vec<DemoAccount>,
}

impl DemoReport {
    pub fn summary(&self, took: Duration) -> String {
        format!(
            "Demo network loaded in {:.1} s: {} organisations, {} SMEs, {} generated SMEs, {} accounts, \
             {} cooperation profiles, {} matchmaking events and {} joint calls added{} (records already there were kept).",
            took.as_secs_f64(),
            self.organisations_added,
            self.smes_added,
            self.generated_added,
            self.accounts_added,
            self.profiles_added,
            self.events_added,
            self.calls_added,
            if self.programme_added {
                ", and the North Sea Soft Landing programme"
            } else {
                ""
            }
        )
    }

    /// The accounts, grouped by role, with the shared password.
    pub fn accounts_table(&self) -> String {
        let mut out = format!("Demo accounts (password for all: {DEMO_PASSWORD}):\n");
        for role in Role::ALL {
            let accounts: Vec<&DemoAccount> =
                self.accounts.iter().filter(|a| a.role == role).collect();
            if accounts.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {} ({}):", role.label(), accounts.len());
            for account in accounts {
                let _ = writeln!(out, "    {:<58} {}", account.email, account.belongs_to);
            }
        }
        out
    }
}

fn seed_error(what: &str, key: &str, error: AppError) -> AppError {
    let detail = match &error {
        AppError::Validation(fields) => fields.one_line_named(),
        other => other.to_string(),
    };
    AppError::Internal(anyhow::anyhow!(
        "demo {what} `{key}` is not valid: {detail}"
    ))
}

/// The demo accounts, in the order they are printed.
fn planned_accounts() -> Vec<(DemoAccount, Option<String>, Option<String>)> {
    let network = &*NETWORK;
    let mut accounts = vec![
        (
            DemoAccount {
                email: ADMIN_EMAIL.into(),
                role: Role::Admin,
                display_name: "Network coordinator".into(),
                belongs_to: "the whole network".into(),
            },
            None,
            None,
        ),
        (
            DemoAccount {
                email: EVALUATOR_EMAIL.into(),
                role: Role::Evaluator,
                display_name: "Independent evaluator".into(),
                belongs_to: "joint calls".into(),
            },
            None,
            None,
        ),
    ];
    accounts.push((
        DemoAccount {
            email: INSTITUTE_EVALUATOR_EMAIL.into(),
            role: Role::Evaluator,
            display_name: "Wouter Smit".into(),
            belongs_to: "Marsdiep Institute for Applied Marine Research".into(),
        },
        Some("marsdiep-institute-for-applied-marine-research".into()),
        None,
    ));
    // The agencies' staff, who run joint calls and decide for their partners.
    for organisation in network
        .organisations
        .iter()
        .filter(|o| o.kind == "funding_agency" || o.kind == "public_authority")
    {
        if let Some(contact) = organisation.contacts.first() {
            accounts.push((
                DemoAccount {
                    email: format!("manager.{}@example.org", organisation.key),
                    role: Role::Manager,
                    display_name: contact.name.clone(),
                    belongs_to: organisation.name.clone(),
                },
                Some(organisation.key.clone()),
                None,
            ));
        }
    }
    for organisation in &network.organisations {
        if let Some(manager) = &organisation.manager {
            accounts.push((
                DemoAccount {
                    email: format!("manager.{}@example.org", organisation.key),
                    role: Role::Manager,
                    display_name: manager.clone(),
                    belongs_to: organisation.name.clone(),
                },
                Some(organisation.key.clone()),
                None,
            ));
        }
    }
    for sme in &network.smes {
        accounts.push((
            DemoAccount {
                email: format!("sme.{}@example.org", sme.key),
                role: Role::Sme,
                display_name: sme.contact.name.clone(),
                belongs_to: sme.name.clone(),
            },
            None,
            Some(sme.key.clone()),
        ));
    }
    accounts
}

/// Loads the demo network and `scale` generated SMEs, adding only what is missing.
/// Everything is written in one transaction.
pub async fn load(db: &Db, scale: u32) -> Result<DemoReport, AppError> {
    let network = &*NETWORK;
    // One hash for all demo accounts: they share a published password anyway,
    // and hashing 140 times would make loading slow for nothing.
    let password_hash = tokio::task::spawn_blocking(|| auth::model::hash_password(DEMO_PASSWORD))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let mut report = DemoReport::default();
    let txn = db::write(db).await?;
    let notifications_before = crate::notify::store::last_id(&txn).await?;

    let mut organisation_ids = store::organisation_ids_by_slug(&txn).await?;
    for seed in &network.organisations {
        if organisation_ids.contains_key(&seed.key) {
            continue;
        }
        let draft = seed
            .input()
            .validate()
            .map_err(|e| seed_error("organisation", &seed.key, AppError::Validation(e)))?;
        let id = store::insert_organisation(&txn, &seed.key, &draft).await?;
        organisation_ids.insert(seed.key.clone(), id);
        report.organisations_added += 1;
    }

    let sme_keys: Vec<String> = network.smes.iter().map(|s| s.key.clone()).collect();
    let mut sme_ids = store::sme_ids_by_slug(&txn, &sme_keys).await?;
    let current_year = chrono::Datelike::year(&chrono::Utc::now());
    for seed in &network.smes {
        if sme_ids.contains_key(&seed.key) {
            continue;
        }
        let home_id = *organisation_ids
            .get(&seed.home)
            .ok_or_else(|| seed_error("SME", &seed.key, AppError::NotFound))?;
        let home = store::home_candidate(&txn, home_id).await?;
        let draft = seed
            .input(home_id)
            .validate(home, current_year)
            .map_err(|e| seed_error("SME", &seed.key, AppError::Validation(e)))?;
        let id = store::insert_sme(&txn, &seed.key, &draft).await?;
        sme_ids.insert(seed.key.clone(), id);
        report.smes_added += 1;
    }

    let planned = planned_accounts();
    let emails: Vec<String> = planned.iter().map(|(a, _, _)| a.email.clone()).collect();
    let existing = auth::store::existing_emails(&txn, &emails).await?;
    for (account, organisation_key, sme_key) in &planned {
        if !existing.contains(&account.email) {
            let lookup = |ids: &HashMap<String, i64>, key: &Option<String>| {
                key.as_ref().and_then(|k| ids.get(k).copied())
            };
            auth::store::create_account(
                &txn,
                auth::store::NewAccount {
                    email: auth::Email::parse(&account.email).map_err(|e| {
                        seed_error("account", &account.email, AppError::BadRequest(e))
                    })?,
                    display_name: account.display_name.clone(),
                    password_hash: password_hash.clone(),
                    role: account.role,
                    organisation_id: lookup(&organisation_ids, organisation_key),
                    sme_id: lookup(&sme_ids, sme_key),
                },
            )
            .await?;
            report.accounts_added += 1;
        }
    }
    report.accounts = planned.into_iter().map(|(account, _, _)| account).collect();

    report.programme_added = softlanding::add(&txn, &organisation_ids, &sme_ids).await?;
    let marketplace = matchmaking::add(&txn, &organisation_ids, &sme_ids).await?;
    report.profiles_added = marketplace.profiles;
    report.events_added = marketplace.events;
    monitoring::add(&txn).await?;
    surveys::add(&txn, &organisation_ids).await?;
    report.generated_added = generator::add_missing(&txn, &organisation_ids, scale).await?;
    report.profiles_added += generator::add_missing_profiles(&txn).await?;
    report.handbook_chapters_added = handbook::add(&txn, &organisation_ids).await?;
    report.toolbox_added = toolbox::add(&txn, &organisation_ids).await?;
    report.calls_added = calls::add(&txn, &mut organisation_ids).await?;
    // What the loader did is told in Landfall, not e-mailed to made-up addresses.
    crate::notify::store::keep_in_landfall(&txn, notifications_before).await?;
    txn.commit().await?;
    if report.generated_added > 1000 {
        db::analyze(db).await?;
    }
    Ok(report)
}

/// Organisation keys of the demo network by country, for generated SMEs' homes.
fn home_keys_by_country() -> HashMap<&'static str, Vec<&'static str>> {
    let mut homes: HashMap<&str, Vec<&str>> = HashMap::new();
    for organisation in &NETWORK.organisations {
        if organisation.manager.is_some() {
            homes
                .entry(organisation.country.as_str())
                .or_default()
                .push(organisation.key.as_str());
        }
    }
    homes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::model::{HomeCandidate, OrganisationKind};

    #[test]
    fn the_seed_data_is_valid_and_large_enough() {
        let network = &*NETWORK;
        let count = |kinds: &[&str]| {
            network
                .organisations
                .iter()
                .filter(|o| kinds.contains(&o.kind.as_str()))
                .count()
        };
        assert!(count(&["incubator"]) >= 12);
        assert!(count(&["cluster"]) >= 6);
        assert!(count(&["funding_agency", "public_authority"]) >= 6);
        assert_eq!(network.smes.len(), 120);
        for country in ["DK", "NO", "SE", "GB", "DE", "NL"] {
            assert!(
                network.organisations.iter().any(|o| o.country == country),
                "{country}"
            );
        }
        let mut kinds = HashMap::new();
        for seed in &network.organisations {
            let draft = seed
                .input()
                .validate()
                .unwrap_or_else(|e| panic!("{}: {e:?}", seed.key));
            kinds.insert(seed.key.as_str(), draft.kind);
        }
        for (i, seed) in network.smes.iter().enumerate() {
            let kind = kinds[seed.home.as_str()];
            let home = HomeCandidate { id: i as i64, kind };
            seed.input(home.id)
                .validate(Some(home), 2026)
                .unwrap_or_else(|e| panic!("{}: {e:?}", seed.key));
        }
        assert!(kinds.values().any(|k| *k == OrganisationKind::Cluster));
    }

    #[test]
    fn every_incubator_cluster_and_agency_has_a_manager_account() {
        let accounts = planned_accounts();
        let managers = accounts
            .iter()
            .filter(|(a, _, _)| a.role == Role::Manager)
            .count();
        let staffed = NETWORK
            .organisations
            .iter()
            .filter(|o| {
                matches!(
                    o.kind.as_str(),
                    "incubator" | "cluster" | "funding_agency" | "public_authority"
                )
            })
            .count();
        assert_eq!(managers, staffed);
        assert_eq!(
            accounts
                .iter()
                .filter(|(a, _, _)| a.role == Role::Sme)
                .count(),
            120
        );
        assert_eq!(accounts[0].0.email, ADMIN_EMAIL);
        let mut emails: Vec<&str> = accounts.iter().map(|(a, _, _)| a.email.as_str()).collect();
        emails.sort_unstable();
        emails.dedup();
        assert_eq!(emails.len(), accounts.len(), "e-mail addresses are unique");
    }
}
