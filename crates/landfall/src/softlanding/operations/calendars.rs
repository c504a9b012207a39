//! Calendars: an `.ics` file per session, and subscribable feeds per
//! participant and per organisation behind secret addresses.

use super::programmes::participant;
use super::sessions::session;
use crate::auth::Actor;
use crate::calendar::{CalendarEntry, render};
use crate::db::{self, Db};
use crate::registry;
use crate::softlanding::model::sessions::Response;
use crate::softlanding::store::feeds::{self, FeedOwner};
use crate::softlanding::store::programmes::{self as programmes, ParticipantFilter};
use crate::softlanding::store::sessions::{self as sessions, Session, SessionFilter};
use crate::web::AppError;

fn entry(session: &Session, base_url: &str) -> CalendarEntry {
    CalendarEntry {
        uid: session.uid.clone(),
        sequence: u32::try_from(session.sequence).unwrap_or(0),
        summary: if session.cancelled {
            format!("Cancelled: {}", session.title)
        } else {
            session.title.clone()
        },
        description: session.agenda.clone(),
        location: session.venue.clone(),
        starts_at: session.starts_at,
        ends_at: session.ends_at,
        time_zone: session.time_zone,
        cancelled: session.cancelled,
        updated_at: session.updated_at,
        url: format!("{base_url}/sessions/{}", session.id),
    }
}

/// One session as an `.ics` file, for those who may see it.
pub async fn session_file(
    db: &Db,
    actor: &Actor,
    session_id: i64,
    base_url: &str,
) -> Result<(String, String), AppError> {
    let session = session(db, actor, session_id).await?;
    let ics = render(&session.title, &[entry(&session, base_url)]);
    Ok((format!("session-{}.ics", session.id), ics))
}

/// The secret feed address of a participant (for those who see it); `renew`
/// replaces a leaked one.
pub async fn participant_feed(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
    renew: bool,
) -> Result<String, AppError> {
    participant(db, actor, participant_id).await?;
    let txn = db::write(db).await?;
    let token = feeds::token(&txn, FeedOwner::Participant(participant_id), renew).await?;
    txn.commit().await?;
    Ok(token)
}

/// The secret feed address of an organisation (its managers and admins).
pub async fn organisation_feed(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    renew: bool,
) -> Result<String, AppError> {
    if !(actor.is_admin() || actor.manages(organisation_id)) {
        return Err(AppError::Forbidden);
    }
    // An admin may name any id: an unknown organisation is a 404, not a
    // feed row that the foreign key refuses.
    registry::organisation(db, organisation_id).await?;
    let txn = db::write(db).await?;
    let token = feeds::token(&txn, FeedOwner::Organisation(organisation_id), renew).await?;
    txn.commit().await?;
    Ok(token)
}

/// The calendar a feed token opens: a participant's sessions (declined ones
/// left out, cancelled ones shown as cancelled), or everything an organisation
/// hosts or its participants attend. `None` for an unknown token.
pub async fn feed(db: &Db, token: &str, base_url: &str) -> Result<Option<String>, AppError> {
    let Some(owner) = feeds::owner_of(db, token).await? else {
        return Ok(None);
    };
    let (name, mut list) = match owner {
        FeedOwner::Participant(id) => {
            let Some(participant) = programmes::participant(db, id).await? else {
                return Ok(None);
            };
            let invited = sessions::sessions(
                db,
                &SessionFilter {
                    participant_id: Some(id),
                    include_cancelled: true,
                    ..Default::default()
                },
            )
            .await?;
            let ids: Vec<i64> = invited.iter().map(|s| s.id).collect();
            let declined: Vec<i64> = sessions::invitations(db, &ids)
                .await?
                .into_iter()
                .filter(|i| i.participant_id == id && i.response == Response::Declined)
                .map(|i| i.session_id)
                .collect();
            let kept = invited
                .into_iter()
                .filter(|s| !declined.contains(&s.id))
                .collect();
            (format!("{} · soft landing", participant.sme_name), kept)
        }
        FeedOwner::Organisation(id) => {
            let name = registry::store::organisation_refs(db, &[id])
                .await?
                .remove(&id)
                .map(|o| o.name)
                .unwrap_or_default();
            let mut hosted = sessions::sessions(
                db,
                &SessionFilter {
                    host_organisation_id: Some(id),
                    include_cancelled: true,
                    ..Default::default()
                },
            )
            .await?;
            let followed: Vec<i64> = programmes::participants(
                db,
                ParticipantFilter {
                    followed_by: Some(id),
                    ..Default::default()
                },
            )
            .await?
            .iter()
            .map(|p| p.id)
            .collect();
            if !followed.is_empty() {
                hosted.extend(
                    sessions::sessions(
                        db,
                        &SessionFilter {
                            participant_ids: Some(followed),
                            include_cancelled: true,
                            ..Default::default()
                        },
                    )
                    .await?,
                );
            }
            (format!("{name} · soft-landing sessions"), hosted)
        }
    };
    list.sort_by_key(|s| (s.starts_at, s.id));
    list.dedup_by_key(|s| s.id);
    let entries: Vec<CalendarEntry> = list.iter().map(|s| entry(s, base_url)).collect();
    Ok(Some(render(&name, &entries)))
}
