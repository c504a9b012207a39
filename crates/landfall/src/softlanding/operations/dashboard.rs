//! What the start page shows of soft landing: the SME's coming dates and open
//! assignments, a manager's answers to review and desk requests to decide.

use chrono::Utc;

use super::{desks, programmes, sessions};
use crate::auth::{Actor, Role};
use crate::db::Db;
use crate::i18n::local_span;
use crate::softlanding::model::access;
use crate::softlanding::model::assignments::AssignmentStatus;
use crate::softlanding::model::desks::BookingStatus;
use crate::softlanding::store::assignments::{self as assignment_store, Assignment};
use crate::softlanding::store::desks::BookingFilter;
use crate::softlanding::store::programmes::{Participant, ParticipantFilter};
use crate::softlanding::store::sessions::{Session, SessionFilter};
use crate::web::AppError;

/// A coming session, with its local time at the venue.
pub struct Upcoming {
    pub session: Session,
    pub local_time: String,
}

#[derive(Default)]
pub struct Dashboard {
    /// The participants the actor follows (or is, for an SME).
    pub participants: Vec<Participant>,
    pub upcoming: Vec<Upcoming>,
    /// For SMEs: assignments to hand in.
    pub to_hand_in: Vec<Assignment>,
    /// For managers: answers waiting for a review.
    pub to_review: Vec<Assignment>,
    /// For hosts: desk requests waiting for a decision.
    pub desk_requests: usize,
}

pub async fn dashboard(db: &Db, actor: &Actor) -> Result<Dashboard, AppError> {
    if actor.role == Role::Evaluator {
        return Ok(Dashboard::default());
    }
    let participants =
        programmes::visible_participants(db, actor, ParticipantFilter::default()).await?;
    let upcoming = sessions::visible_sessions(
        db,
        actor,
        SessionFilter {
            from: Some(Utc::now()),
            ..Default::default()
        },
    )
    .await?
    .into_iter()
    .take(8)
    .map(|session| Upcoming {
        local_time: local_span(session.starts_at, session.ends_at, session.time_zone),
        session,
    })
    .collect();
    let ids: Vec<i64> = participants.iter().map(|p| p.id).collect();
    let assignments = assignment_store::assignments_of(db, &ids).await?;
    let (to_hand_in, to_review): (Vec<Assignment>, Vec<Assignment>) = match actor.role {
        Role::Sme => (
            assignments
                .into_iter()
                .filter(|a| {
                    matches!(
                        a.status,
                        AssignmentStatus::Open | AssignmentStatus::NeedsChanges
                    )
                })
                .collect(),
            Vec::new(),
        ),
        _ => (
            Vec::new(),
            assignments
                .into_iter()
                .filter(|a| a.status == AssignmentStatus::Submitted)
                .filter(|a| {
                    participants.iter().any(|p| {
                        p.id == a.participant_id && access::can_run_journey(actor, p.access())
                    })
                })
                .collect(),
        ),
    };
    let desk_requests = desks::visible_bookings(
        db,
        actor,
        BookingFilter {
            statuses: Some(vec![BookingStatus::Requested]),
            ..Default::default()
        },
    )
    .await?
    .into_iter()
    .filter(|b| access::can_manage_desks(actor, b.organisation_id))
    .count();
    Ok(Dashboard {
        participants,
        upcoming,
        to_hand_in,
        to_review,
        desk_requests,
    })
}
