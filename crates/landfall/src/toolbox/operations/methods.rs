//! The methods library: every signed-in user reads it; an organisation's
//! managers publish and edit its methods; other organisations pilot them and
//! report on their pilots.

use chrono::Utc;

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::toolbox::model::methods::{
    self as rules, LibraryIndicator, LibraryTargets, MethodInput, MethodKind, PilotInput, Theme,
    library_indicators, method_slug,
};
use crate::toolbox::store::matches;
use crate::toolbox::store::methods::{self as store, Method, Pilot};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// The library, optionally of one kind or theme, matching every word of `search`.
pub async fn library(
    db: &Db,
    kind: Option<MethodKind>,
    theme: Option<Theme>,
    search: Option<&str>,
) -> Result<Vec<Method>, AppError> {
    let mut list = store::methods(db, kind, theme).await?;
    if let Some(search) = search.filter(|s| !s.trim().is_empty()) {
        list.retain(|m| matches(&m.search_text, search));
    }
    Ok(list)
}

/// The library's four indicators, counted from its records now, against
/// the targets the network set.
pub async fn indicators(db: &Db) -> Result<Vec<LibraryIndicator>, AppError> {
    let (methods, pilots) = store::library_facts(db).await?;
    Ok(library_indicators(
        &methods,
        &pilots,
        &targets(db).await?,
        Utc::now().date_naive(),
    ))
}

/// The library's targets as they stand.
pub async fn targets(db: &Db) -> Result<LibraryTargets, AppError> {
    Ok(LibraryTargets::from_stored(
        &store::library_targets(db).await?,
    ))
}

/// Sets the library's targets (the coordinator's call): each indicator key
/// given a whole number from 1 to [`rules::MAX_TARGET`]; keys given `None`
/// keep theirs. `unreadable` holds fields that were not numbers at all.
pub async fn set_targets(
    db: &Db,
    actor: &Actor,
    given: &[(&str, Option<i64>)],
    mut unreadable: FieldErrors,
) -> Result<(), AppError> {
    if !rules::can_set_targets(actor) {
        return Err(AppError::Forbidden);
    }
    let txn = db::write(db).await?;
    let before = LibraryTargets::from_stored(&store::library_targets(&txn).await?);
    let mut after = before;
    for (key, value) in given {
        after.set(key, *value, &mut unreadable);
    }
    if !unreadable.is_empty() {
        return Err(AppError::Validation(unreadable));
    }
    if after != before {
        store::put_library_targets(&txn, &after.pairs()).await?;
        crate::audit::record(
            &txn,
            Some(actor),
            crate::audit::Action::IndicatorChanged,
            "library-targets",
            &format!("Methods library targets: {}", after.changes_from(&before)),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

pub async fn by_slug(db: &Db, slug: &str) -> Result<Method, AppError> {
    store::method_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Method, AppError> {
    store::method(db, id).await?.ok_or(AppError::NotFound)
}

pub async fn pilots(db: &Db, method_id: i64) -> Result<Vec<Pilot>, AppError> {
    store::pilots(db, method_id).await
}

/// A method turned back into input, the starting point of an edit.
pub fn input_of(method: &Method) -> MethodInput {
    MethodInput {
        title: method.title.clone(),
        kind: method.kind.as_str().to_string(),
        novelty: method.novelty.as_str().to_string(),
        theme: method.theme.as_str().to_string(),
        summary: method.summary.clone(),
        description: method.description.clone(),
        materials: method.materials.clone(),
        presented_on: method.presented_on,
        unreadable: FieldErrors::new(),
    }
}

/// Publishes a method for the actor's organisation (admins name one).
/// Returns its id and address.
pub async fn create(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
    input: &MethodInput,
) -> Result<(i64, String), AppError> {
    if !rules::can_publish(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let publisher =
        super::owning_organisation(db, actor, organisation_id, "developed", &mut errors).await?;
    let draft = super::validated(input.validate(), errors)?;
    let Some(publisher) = publisher else {
        return Err(AppError::Validation(FieldErrors::new()));
    };
    let slug = method_slug(&draft.title);
    let txn = db::write(db).await?;
    let id = store::insert_method(&txn, publisher, &slug, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok((id, slug))
}

/// Rewrites a method (its publisher's managers and admins). `seen` is the
/// version a form was filled from: changed since, the form is refused rather
/// than overwriting what someone else saved.
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(MethodInput) -> MethodInput,
) -> Result<(), AppError> {
    let method = by_id(db, id).await?;
    if !rules::can_edit_method(actor, method.publisher.id) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, method.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let draft = change(input_of(&method))
        .validate()
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_method(&txn, id, method.updated_at, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// Registers a pilot of a method by the actor's organisation (admins name
/// one); the publisher does not pilot its own method.
pub async fn add_pilot(
    db: &Db,
    actor: &Actor,
    method_id: i64,
    organisation_id: Option<i64>,
    input: &PilotInput,
) -> Result<i64, AppError> {
    let method = by_id(db, method_id).await?;
    if !rules::can_publish(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let piloting =
        super::owning_organisation(db, actor, organisation_id, "pilot", &mut errors).await?;
    if let Some(piloting) = piloting
        && !rules::can_pilot(actor, method.publisher.id, piloting)
    {
        if piloting == method.publisher.id {
            errors.add("organisation_id", crate::t("tb-err-pilot-own-method"));
        } else {
            return Err(AppError::Forbidden);
        }
    }
    let draft = super::validated(input.validate(), errors)?;
    let Some(piloting) = piloting else {
        return Err(AppError::Validation(FieldErrors::new()));
    };
    let txn = db::write(db).await?;
    let id = store::insert_pilot(&txn, method.id, piloting, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn pilot(db: &Db, id: i64) -> Result<Pilot, AppError> {
    store::pilot(db, id).await?.ok_or(AppError::NotFound)
}

/// A pilot turned back into input, the starting point of a report.
pub fn pilot_input(pilot: &Pilot) -> PilotInput {
    PilotInput {
        starts_on: Some(pilot.starts_on),
        status: pilot.status.as_str().to_string(),
        informed: Some(pilot.informed),
        adopting: Some(pilot.adopting),
        results: pilot.results.clone(),
        unreadable: FieldErrors::new(),
    }
}

/// Reports on a pilot (the piloting organisation's managers and admins).
pub async fn update_pilot(
    db: &Db,
    actor: &Actor,
    id: i64,
    change: impl FnOnce(PilotInput) -> PilotInput,
) -> Result<(), AppError> {
    let pilot = pilot(db, id).await?;
    if !rules::can_edit_pilot(actor, pilot.organisation.id) {
        return Err(AppError::Forbidden);
    }
    let draft = change(pilot_input(&pilot))
        .validate()
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_pilot(&txn, id, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok(())
}
