//! The network registry: organisations (incubators, clusters, agencies…),
//! SMEs and their contact people, with countries and NACE sectors.
//!
//! The operations below are the registry's public surface: pages, the API,
//! the CLI and the demo loader all go through them, so a rule is enforced the
//! same way whichever door a request comes in by.

pub mod api;
mod entities;
pub mod model;
pub mod pages;
pub mod reference;
pub mod store;

use chrono::{Datelike, Utc};

use crate::auth::Actor;
use crate::db::Db;
use crate::web::AppError;
use model::{ContactInput, OrganisationInput, SmeInput};
pub use store::{Organisation, OrganisationRef, Sme};

fn contact_inputs(contacts: &[model::Contact]) -> Vec<ContactInput> {
    contacts
        .iter()
        .map(|c| ContactInput {
            name: c.name.clone(),
            role: c.role.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
        })
        .collect()
}

/// An organisation turned back into input, as the starting point of an edit.
pub fn organisation_input(
    organisation: &Organisation,
    contacts: &[model::Contact],
) -> OrganisationInput {
    OrganisationInput {
        kind: organisation.kind.as_str().into(),
        name: organisation.name.clone(),
        country: organisation.country.as_str().into(),
        city: organisation.city.clone(),
        region: organisation.region.clone(),
        sectors: organisation
            .sectors
            .iter()
            .map(|c| c.as_str().into())
            .collect(),
        services: organisation
            .services
            .iter()
            .map(|s| s.as_str().into())
            .collect(),
        website: organisation.website.clone(),
        description: organisation.description.clone(),
        contacts: contact_inputs(contacts),
        unreadable: Default::default(),
    }
}

/// An SME turned back into input, as the starting point of an edit.
pub fn sme_input(sme: &Sme, contacts: &[model::Contact]) -> SmeInput {
    SmeInput {
        name: sme.name.clone(),
        country: sme.country.as_str().into(),
        city: sme.city.clone(),
        home_organisation_id: Some(sme.home.id),
        sectors: sme.sectors.iter().map(|c| c.as_str().into()).collect(),
        founded: sme.founded.map(i64::from),
        employees: sme.employees.map(i64::from),
        annual_turnover_cents: sme.annual_turnover_cents,
        products: sme.products.clone(),
        website: sme.website.clone(),
        target_markets: sme
            .target_markets
            .iter()
            .map(|c| c.as_str().into())
            .collect(),
        directory_consent: sme.directory_consent,
        notes: sme.notes.clone(),
        contacts: contact_inputs(contacts),
        unreadable: Default::default(),
    }
}

pub async fn create_organisation(
    db: &Db,
    actor: &Actor,
    input: &OrganisationInput,
) -> Result<i64, AppError> {
    if !model::can_create_organisation(actor) {
        return Err(AppError::Forbidden);
    }
    let draft = input.validate().map_err(AppError::Validation)?;
    store::create_organisation(db, &draft).await
}

/// Every signed-in user sees every organisation; unknown ids are 404.
pub async fn organisation(db: &Db, id: i64) -> Result<Organisation, AppError> {
    store::organisation(db, id).await?.ok_or(AppError::NotFound)
}

/// Changes an organisation: `change` receives its current fields and returns
/// the new ones (a PATCH changes a few, a form replaces all). `seen` is the
/// version a form was filled from: changed since, the form is refused
/// rather than overwriting what someone else saved.
pub async fn update_organisation(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(OrganisationInput) -> OrganisationInput,
) -> Result<(), AppError> {
    let current = organisation(db, id).await?;
    if !model::can_edit_organisation(actor, id) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let contacts = store::organisation_contacts(db, id).await?;
    let input = change(organisation_input(&current, &contacts));
    let draft = input.validate().map_err(AppError::Validation)?;
    store::update_organisation(db, id, current.updated_at, &draft).await
}

/// An SME the actor may see; one they may not see is "not found", so that
/// its existence does not leak.
pub async fn visible_sme(db: &Db, actor: &Actor, id: i64) -> Result<Sme, AppError> {
    match store::sme(db, id).await? {
        Some(sme) if model::can_see_sme(actor, &sme.access()) => Ok(sme),
        _ => Err(AppError::NotFound),
    }
}

fn current_year() -> i32 {
    Utc::now().year()
}

pub async fn create_sme(db: &Db, actor: &Actor, input: &SmeInput) -> Result<i64, AppError> {
    let home = match input.home_organisation_id {
        Some(id) => store::home_candidate(db, id).await?,
        None => None,
    };
    let allowed = match input.home_organisation_id {
        Some(home_id) => model::can_create_sme_at(actor, home_id),
        // Without a home the request is refused for its content, if the caller could create at all.
        None => model::can_register_smes(actor),
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let draft = input
        .validate(home, current_year())
        .map_err(AppError::Validation)?;
    store::create_sme(db, &draft).await
}

/// Changes an SME: `change` receives its current fields and returns the new
/// ones (a PATCH changes a few, a form replaces all); `seen` as for
/// [`update_organisation`].
pub async fn update_sme(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(SmeInput) -> SmeInput,
) -> Result<(), AppError> {
    let current = visible_sme(db, actor, id).await?;
    if !model::can_edit_sme(actor, &current.access()) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let contacts = store::sme_contacts(db, id).await?;
    let mut input = change(sme_input(&current, &contacts));
    if let Err(message) =
        model::check_home_change(actor, current.home.id, input.home_organisation_id)
    {
        input.unreadable.add("home_organisation_id", message);
    }
    let home = match input.home_organisation_id {
        Some(home_id) => store::home_candidate(db, home_id).await?,
        None => None,
    };
    let draft = input
        .validate(home, current_year())
        .map_err(AppError::Validation)?;
    store::update_sme(db, id, &current, &draft).await
}

/// Removes an organisation that no SME and no account depends on (admins).
pub async fn delete_organisation(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    organisation(db, id).await?;
    if !model::can_delete_organisation(actor) {
        return Err(AppError::Forbidden);
    }
    let txn = crate::db::write(db).await?;
    let smes = store::count_smes_at(&txn, id).await?;
    let accounts = crate::auth::store::count_accounts_of_organisation(&txn, id).await?;
    if let Some(reason) = model::organisation_removal_blocked(smes, accounts) {
        return Err(AppError::Conflict {
            message: reason,
            fields: Default::default(),
        });
    }
    crate::matchmaking::store::profiles::delete_owned_by(
        &txn,
        crate::matchmaking::model::profiles::Party::Organisation(id),
    )
    .await?;
    let name = store::organisation_refs(&txn, &[id])
        .await?
        .remove(&id)
        .map(|o| o.name)
        .unwrap_or_default();
    store::delete_organisation(&txn, id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::OrganisationDeleted,
        &format!("organisation:{id}"),
        &format!("{name} removed from the registry"),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Removes an SME with its member accounts, contact people, sectors and markets
/// (its home organisation's managers and admins); returns how many accounts went.
pub async fn delete_sme(db: &Db, actor: &Actor, id: i64) -> Result<u64, AppError> {
    let sme = visible_sme(db, actor, id).await?;
    if !model::can_delete_sme(actor, &sme.access()) {
        return Err(AppError::Forbidden);
    }
    let txn = crate::db::write(db).await?;
    let accounts = crate::auth::store::delete_accounts_of_sme(&txn, id).await?;
    crate::matchmaking::store::profiles::delete_owned_by(
        &txn,
        crate::matchmaking::model::profiles::Party::Sme(id),
    )
    .await?;
    store::delete_sme(&txn, id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::SmeDeleted,
        &format!("sme:{id}"),
        &format!(
            "{} removed with its {accounts} member accounts and its records",
            sme.name
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(accounts)
}

/// Contact people of an SME, if the actor may see the SME's private part.
pub async fn private_contacts(
    db: &Db,
    actor: &Actor,
    sme: &Sme,
) -> Result<Option<Vec<model::Contact>>, AppError> {
    if model::can_see_private(actor, &sme.access()) {
        Ok(Some(store::sme_contacts(db, sme.id).await?))
    } else {
        Ok(None)
    }
}

/// Numbers for the dashboard, within what the actor may see.
pub struct NetworkSummary {
    pub organisations: Vec<(model::OrganisationKind, u64)>,
    pub smes_by_country: Vec<(String, u64)>,
    pub smes_total: u64,
}

pub async fn network_summary(db: &Db, actor: &Actor) -> Result<NetworkSummary, AppError> {
    let organisations = store::organisations_by_kind(db).await?;
    let by_country = store::smes_by_country(db, model::sme_scope(actor)).await?;
    Ok(NetworkSummary {
        organisations,
        smes_total: by_country.iter().map(|(_, n)| n).sum(),
        smes_by_country: by_country
            .into_iter()
            .map(|(c, n)| (c.name().to_string(), n))
            .collect(),
    })
}
