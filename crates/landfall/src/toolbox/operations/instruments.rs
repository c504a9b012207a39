//! The instrument catalogue: everyone signed in reads it; managers add their
//! organisation's instruments; the network's are the admins'.

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::toolbox::model::budget::CostInput;
use crate::toolbox::model::instruments::{
    self as rules, InstrumentGroup, InstrumentInput, instrument_slug,
};
use crate::toolbox::store::instruments::{self as store, Instrument};
use crate::toolbox::store::{matches, plans as plan_store};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// The catalogue, optionally one group and the instruments matching every
/// word of `search`, by group then name.
pub async fn catalogue(
    db: &Db,
    group: Option<InstrumentGroup>,
    search: Option<&str>,
) -> Result<Vec<Instrument>, AppError> {
    let mut list = store::instruments(db, group).await?;
    if let Some(search) = search.filter(|s| !s.trim().is_empty()) {
        list.retain(|i| matches(&i.search_text, search));
    }
    Ok(list)
}

pub async fn by_slug(db: &Db, slug: &str) -> Result<Instrument, AppError> {
    store::instrument_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Instrument, AppError> {
    store::instrument(db, id).await?.ok_or(AppError::NotFound)
}

/// An instrument turned back into input, the starting point of an edit.
pub fn input_of(instrument: &Instrument) -> InstrumentInput {
    InstrumentInput {
        group: instrument.group.as_str().to_string(),
        name: instrument.name.clone(),
        summary: instrument.summary.clone(),
        description: instrument.description.clone(),
        benefits: instrument.benefits.clone(),
        business_model: instrument.business_model.clone(),
        budget_days: Some(i64::from(instrument.budget_days)),
        costs: instrument
            .costs
            .iter()
            .map(|c| CostInput {
                label: c.label.clone(),
                amount_cents: Some(c.amount_cents),
            })
            .collect(),
        budget_note: instrument.budget_note.clone(),
        kpis: instrument.kpis.clone(),
        unreadable: FieldErrors::new(),
    }
}

/// Adds an instrument: a manager's goes to their organisation; an admin's to
/// the organisation named, or to the network's catalogue when none is.
/// Returns the new instrument's id and address.
pub async fn create(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
    input: &InstrumentInput,
) -> Result<(i64, String), AppError> {
    if !rules::can_add(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let owner = if actor.is_admin() && organisation_id.is_none() {
        None
    } else {
        super::owning_organisation(db, actor, organisation_id, "owns", &mut errors).await?
    };
    let draft = super::validated(input.validate(), errors)?;
    let slug = instrument_slug(&draft.name);
    let txn = db::write(db).await?;
    let id = store::insert_instrument(&txn, owner, &slug, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok((id, slug))
}

/// An instrument the actor may change (else 403; unknown: 404).
async fn editable(db: &Db, actor: &Actor, id: i64) -> Result<Instrument, AppError> {
    let instrument = by_id(db, id).await?;
    if !rules::can_edit(actor, instrument.owner_id()) {
        return Err(AppError::Forbidden);
    }
    Ok(instrument)
}

/// Rewrites an instrument; `change` gets its current content and returns the
/// new one (a PUT changes some fields, a form all). `seen` is the version a
/// form was filled from: changed since, the form is refused rather than
/// overwriting what someone else saved.
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(InstrumentInput) -> InstrumentInput,
) -> Result<(), AppError> {
    let instrument = editable(db, actor, id).await?;
    if crate::validation::is_outdated(seen, instrument.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let draft = change(input_of(&instrument))
        .validate()
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_instrument(&txn, id, instrument.updated_at, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// Removes an instrument no plan and no joint call application uses.
pub async fn delete(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let instrument = editable(db, actor, id).await?;
    let txn = db::write(db).await?;
    let uses = plan_store::items_using(&txn, id).await?;
    if uses > 0 {
        return Err(AppError::conflict(crate::t1(
            "tb-err-instrument-in-use",
            "count",
            uses,
        )));
    }
    let applying = crate::calls::store::work_items_using(&txn, id).await?;
    if applying > 0 {
        return Err(AppError::conflict(crate::t1(
            "tb-err-instrument-in-applications",
            "count",
            applying,
        )));
    }
    store::delete_instrument(&txn, id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::InstrumentDeleted,
        &format!("instrument:{id}"),
        &format!("“{}” deleted", instrument.name),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
