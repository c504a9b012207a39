//! Profiles in the marketplace: writing, review, search, and introductions.

use chrono::{NaiveDate, Utc};

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::matchmaking::model::access::{self, PartyAccess};
use crate::matchmaking::model::profiles::{
    IntroductionStatus, Party, ProfileInput, ProfileStatus, Transition, Visibility, transition,
};
use crate::matchmaking::model::search::SearchFilter;
use crate::matchmaking::store::events as event_store;
use crate::matchmaking::store::profiles::{self as store, Introduction, Owner, Profile};
use crate::notify::{Kind, Notice, Text};
use crate::validation::{FieldErrors, Window, text};
use crate::web::AppError;

/// A profile's page, where notifications about its review and the answers
/// to introductions through it point; erasure finds them by it.
pub fn profile_page(profile_id: i64) -> String {
    format!("/profiles/{profile_id}")
}

/// Where an owner answers an introduction: the request's notification
/// points there, and erasure finds it by it.
pub fn introduction_page(introduction_id: i64) -> String {
    format!("/profiles/mine#introduction-{introduction_id}")
}

/// Notifies the people who act for a party: an SME's members, an
/// organisation's managers.
async fn notify_party(
    txn: &impl sea_orm::ConnectionTrait,
    party: Party,
    notice: &Notice,
) -> Result<usize, AppError> {
    match party {
        Party::Sme(id) => crate::notify::to_parties(txn, &[], &[id], notice).await,
        Party::Organisation(id) => crate::notify::to_parties(txn, &[id], &[], notice).await,
    }
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// A profile with what the viewer may see and do with it.
#[derive(Clone, Debug)]
pub struct ProfileDetail {
    pub profile: Profile,
    pub visibility: Visibility,
    /// Contact details are shown (owner's people, or connected by an
    /// accepted introduction or meeting).
    pub contact_visible: bool,
    pub can_edit: bool,
    pub can_review: bool,
    /// The viewer's own introduction request for this profile, if any.
    pub my_introduction: Option<Introduction>,
    /// The viewer may ask to be introduced (public, not their own, not asked yet).
    pub can_ask_introduction: bool,
}

/// Whether two parties have been put in touch (introduction or meeting accepted).
pub async fn connected(db: &Db, a: Party, b: Party) -> Result<bool, AppError> {
    Ok(store::introduced(db, a, b).await? || event_store::met(db, a, b).await?)
}

async fn owner_or_invalid(db: &Db, party: Party) -> Result<Owner, AppError> {
    store::owner(db, party).await?.ok_or_else(|| {
        AppError::Validation(FieldErrors::single(
            "owner",
            crate::t("mm-err-no-such-owner"),
        ))
    })
}

/// The party a new profile belongs to: the one named, or the actor's own.
pub fn owner_for(actor: &Actor, named: Option<Party>) -> Result<Party, AppError> {
    named.or_else(|| access::own_party(actor)).ok_or_else(|| {
        AppError::Validation(FieldErrors::single("owner", crate::t("mm-err-say-owner")))
    })
}

/// Creates a profile as a draft, or submits it right away (`submit`); a
/// reviewer's submission is published at once.
pub async fn create(
    db: &Db,
    actor: &Actor,
    owner: Party,
    input: &ProfileInput,
    submit: bool,
) -> Result<i64, AppError> {
    let owner = owner_or_invalid(db, owner).await?;
    if !access::acts_for(actor, owner.access()) {
        return Err(AppError::Forbidden);
    }
    let draft = input
        .validate(owner.party, today())
        .map_err(AppError::Validation)?;
    let status = match (submit, access::reviews(actor, owner.access())) {
        (false, _) => ProfileStatus::Draft,
        (true, false) => ProfileStatus::Submitted,
        (true, true) => ProfileStatus::Published,
    };
    let txn = db::write(db).await?;
    let id = store::insert(
        &txn,
        owner.party,
        &draft,
        status,
        &actor.display_name,
        Utc::now(),
    )
    .await?;
    if status == ProfileStatus::Submitted {
        tell_reviewers(&txn, &owner, id, &draft.title).await?;
    }
    txn.commit().await?;
    Ok(id)
}

/// A profile the actor may see (others are "not found").
pub async fn visible(db: &Db, actor: &Actor, id: i64) -> Result<Profile, AppError> {
    match store::profile(db, id).await? {
        Some(p) if access::can_see_profile(actor, p.owner.access(), p.visibility(today())) => Ok(p),
        _ => Err(AppError::NotFound),
    }
}

pub async fn detail(db: &Db, actor: &Actor, id: i64) -> Result<ProfileDetail, AppError> {
    let profile = visible(db, actor, id).await?;
    let owner = profile.owner.access();
    let mine = access::own_party(actor);
    let is_connected = match mine {
        Some(party) if party != profile.owner.party => {
            connected(db, party, profile.owner.party).await?
        }
        _ => false,
    };
    let my_introduction = match mine {
        Some(party) => store::introductions_of(db, party)
            .await?
            .into_iter()
            .find(|i| i.profile_id == id && i.requester == party),
        None => None,
    };
    let visibility = profile.visibility(today());
    Ok(ProfileDetail {
        contact_visible: access::can_see_contact(actor, owner, is_connected),
        can_edit: access::acts_for(actor, owner),
        can_review: access::reviews(actor, owner),
        can_ask_introduction: visibility == Visibility::Public
            && mine.is_some_and(|p| p != profile.owner.party)
            && my_introduction.is_none()
            && !is_connected,
        my_introduction,
        visibility,
        profile,
    })
}

/// Changes a profile: `change` receives its current fields and returns the
/// new ones. A published profile whose substance changes goes back to review
/// unless a reviewer changed it.
/// Changes a profile: `change` receives its current fields and returns the
/// new ones. `seen` is the version a form was filled from: changed since
/// (by a colleague, or a reviewer's decision), the form is refused.
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(ProfileInput) -> ProfileInput,
) -> Result<(), AppError> {
    let current = visible(db, actor, id).await?;
    let owner = current.owner.access();
    if !access::acts_for(actor, owner) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, current.updated_at) {
        return Err(AppError::conflict(crate::t(
            "mm-err-profile-edited-meanwhile",
        )));
    }
    let input = change(input_of(&current));
    let draft = input
        .validate(current.owner.party, today())
        .map_err(AppError::Validation)?;
    let status = if current.status == ProfileStatus::Published
        && draft.changes_substance_of(&current.draft())
        && !access::reviews(actor, owner)
    {
        ProfileStatus::Submitted
    } else {
        current.status
    };
    let txn = db::write(db).await?;
    store::update(&txn, id, current.updated_at, &draft, status, Utc::now()).await?;
    if status != current.status {
        tell_reviewers(&txn, &current.owner, id, &draft.title).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A profile as input again, the starting point of an edit.
pub fn input_of(profile: &Profile) -> ProfileInput {
    ProfileInput {
        kind: profile.kind.as_str().into(),
        title: profile.title.clone(),
        description: profile.description.clone(),
        sectors: profile.sectors.iter().map(|c| c.as_str().into()).collect(),
        keywords: profile.keywords.clone(),
        target_countries: profile
            .target_countries
            .iter()
            .map(|c| c.as_str().into())
            .collect(),
        stage: profile.stage.as_str().into(),
        expires_on: Some(profile.expires_on),
        contact_name: profile.contact.name.clone(),
        contact_email: profile.contact.email.clone(),
        contact_phone: profile.contact.phone.clone(),
        unreadable: FieldErrors::new(),
    }
}

/// Submits, approves, rejects, withdraws or renews a profile. A reviewer's
/// own submission publishes it.
pub async fn act(
    db: &Db,
    actor: &Actor,
    id: i64,
    action: Transition,
    note: &str,
) -> Result<ProfileStatus, AppError> {
    let profile = visible(db, actor, id).await?;
    let owner = profile.owner.access();
    let reviewer = access::reviews(actor, owner);
    let allowed = match action {
        Transition::Approve | Transition::Reject => reviewer,
        Transition::Submit | Transition::Withdraw | Transition::Renew => {
            access::acts_for(actor, owner)
        }
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let note = text(note, action == Transition::Reject, 2000).map_err(|m| {
        let m = if action == Transition::Reject && note.trim().is_empty() {
            crate::t("mm-err-reject-note")
        } else {
            m
        };
        AppError::Validation(FieldErrors::single("note", m))
    })?;
    let mut outcome = transition(profile.status, profile.expires_on, action, &note, today())
        .map_err(|m| AppError::Conflict {
            message: m,
            fields: Default::default(),
        })?;
    let mut review = matches!(action, Transition::Approve | Transition::Reject);
    if action == Transition::Submit && reviewer {
        outcome.status = ProfileStatus::Published;
        review = true;
    }
    let txn = db::write(db).await?;
    store::set_status(
        &txn,
        id,
        profile.status,
        outcome,
        review.then_some((actor.display_name.as_str(), note.as_str())),
        Utc::now(),
    )
    .await?;
    if outcome.status == ProfileStatus::Submitted {
        tell_reviewers(&txn, &profile.owner, id, &profile.title).await?;
    } else if let Some(notice) = review_notice(actor, &profile, outcome.status, review, &note) {
        notify_party(&txn, profile.owner.party, &notice).await?;
    }
    txn.commit().await?;
    Ok(outcome.status)
}

/// Tells a profile's reviewers, the managers of its owner's home
/// organisation, that it waits for them.
async fn tell_reviewers(
    txn: &impl sea_orm::ConnectionTrait,
    owner: &Owner,
    profile_id: i64,
    title: &str,
) -> Result<usize, AppError> {
    let notice = Notice::new(
        Kind::ProfileSubmitted,
        Text::new("ntf-profile-submitted-subject").arg("owner", &owner.name),
        Text::new("ntf-profile-submitted-body")
            .arg("owner", &owner.name)
            .arg("title", title),
        profile_page(profile_id),
    );
    crate::notify::to_parties(txn, &[owner.responsible_organisation], &[], &notice).await
}

/// What a profile's owner's own people hear when a reviewer (`reviewed`)
/// published it or sent it back; nothing if it was their own side.
fn review_notice(
    actor: &Actor,
    profile: &Profile,
    status: ProfileStatus,
    reviewed: bool,
    note: &str,
) -> Option<Notice> {
    let own_side = access::own_party(actor) == Some(profile.owner.party);
    match status {
        ProfileStatus::Published | ProfileStatus::Rejected if reviewed && !own_side => {
            let state = if status == ProfileStatus::Published {
                "published"
            } else {
                "rejected"
            };
            Some(
                Notice::new(
                    Kind::ProfileReviewed,
                    Text::new("ntf-profile-reviewed-subject").arg("state", state),
                    Text::new("ntf-profile-reviewed-body")
                        .arg("state", state)
                        .arg("reviewer", &actor.display_name)
                        .arg("title", &profile.title)
                        .arg("has_note", if note.is_empty() { "no" } else { "yes" })
                        .arg("note", note),
                    profile_page(profile.id),
                )
                .naming(actor.user_id),
            )
        }
        _ => None,
    }
}

/// One page of the public marketplace.
pub async fn search(
    db: &Db,
    filter: &SearchFilter,
    window: Window,
) -> Result<(Vec<Profile>, u64), AppError> {
    store::search(db, filter, window, today()).await
}

/// The profiles the actor writes: their SME's, or their organisation's.
pub async fn mine(db: &Db, actor: &Actor) -> Result<Vec<Profile>, AppError> {
    match access::own_party(actor) {
        Some(party) => store::owned_by(db, party).await,
        None => Ok(Vec::new()),
    }
}

/// Profiles waiting for the actor's review.
pub async fn review_queue(db: &Db, actor: &Actor) -> Result<Vec<Profile>, AppError> {
    if actor.is_admin() {
        store::awaiting_review(db, None).await
    } else if let Some(id) = actor
        .organisation_id
        .filter(|_| actor.role == crate::auth::Role::Manager)
    {
        store::awaiting_review(db, Some(id)).await
    } else {
        Ok(Vec::new())
    }
}

/// Asks to be introduced to a public profile's owner.
pub async fn ask_introduction(
    db: &Db,
    actor: &Actor,
    profile_id: i64,
    message: &str,
) -> Result<i64, AppError> {
    let profile = visible(db, actor, profile_id).await?;
    let requester = access::own_party(actor).ok_or(AppError::Forbidden)?;
    // Asked already: say so, whatever the message (the form is gone).
    if store::has_asked(db, profile_id, requester).await? {
        return Err(AppError::Conflict {
            message: crate::t("mm-err-already-asked"),
            fields: Default::default(),
        });
    }
    let mut errors = FieldErrors::new();
    if requester == profile.owner.party {
        errors.add("profile_id", crate::t("mm-err-own-profile"));
    }
    if profile.visibility(today()) != Visibility::Public {
        errors.add("profile_id", crate::t("mm-err-not-published"));
    }
    let message = errors.check("message", text(message, true, 2000));
    let Some(message) = message.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let asking = store::owner(db, requester)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = db::write(db).await?;
    let id = store::insert_introduction(
        &txn,
        profile_id,
        requester,
        &message,
        &actor.display_name,
        Utc::now(),
    )
    .await?;
    notify_party(
        &txn,
        profile.owner.party,
        &Notice::new(
            Kind::IntroductionRequest,
            Text::new("ntf-intro-request-subject").arg("from", &asking.name),
            Text::new("ntf-intro-request-body")
                .arg("from", &asking.name)
                .arg("title", &profile.title)
                .arg("message", &message),
            introduction_page(id),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Introductions the actor's party asked for or was asked for.
pub async fn introductions(db: &Db, actor: &Actor) -> Result<Vec<Introduction>, AppError> {
    match access::own_party(actor) {
        Some(party) => store::introductions_of(db, party).await,
        None => Ok(Vec::new()),
    }
}

/// An introduction the actor's party is part of.
pub async fn introduction(db: &Db, actor: &Actor, id: i64) -> Result<Introduction, AppError> {
    let found = store::introduction(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = store::owner(db, found.owner)
        .await?
        .ok_or(AppError::NotFound)?;
    let requester = store::owner(db, found.requester)
        .await?
        .ok_or(AppError::NotFound)?;
    if access::acts_for(actor, owner.access()) || access::acts_for(actor, requester.access()) {
        Ok(found)
    } else {
        Err(AppError::NotFound)
    }
}

/// The profile owner's side accepts or declines an introduction.
pub async fn answer_introduction(
    db: &Db,
    actor: &Actor,
    id: i64,
    accept: bool,
) -> Result<(), AppError> {
    let found = introduction(db, actor, id).await?;
    let owner = store::owner(db, found.owner)
        .await?
        .ok_or(AppError::NotFound)?;
    if !access::acts_for(actor, owner.access()) {
        return Err(AppError::Forbidden);
    }
    let status = if accept {
        IntroductionStatus::Accepted
    } else {
        IntroductionStatus::Declined
    };
    let txn = db::write(db).await?;
    store::answer_introduction(&txn, id, status, &actor.display_name, Utc::now()).await?;
    notify_party(
        &txn,
        found.requester,
        &Notice::new(
            Kind::IntroductionAnswer,
            Text::new("ntf-intro-answer-subject")
                .arg("owner", &owner.name)
                .arg("status", status.as_str()),
            Text::new("ntf-intro-answer-body")
                .arg("owner", &owner.name)
                .arg("status", status.as_str())
                .arg("title", &found.profile_title),
            profile_page(found.profile_id),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Who acts for a party, for callers that only have the party.
pub async fn party_access(db: &Db, party: Party) -> Result<Option<PartyAccess>, AppError> {
    Ok(store::owner(db, party).await?.map(|o| o.access()))
}
