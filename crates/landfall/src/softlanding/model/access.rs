//! Who may see and do what in soft-landing programmes.
//!
//! A participant is followed by two organisations: its home incubator and its
//! host abroad. Their managers see and run its journey; the SME sees its own;
//! other managers see nothing of it; admins see everything.

use crate::auth::{Actor, Role};

/// Only the network coordinator creates and changes programmes.
pub fn can_create_programme(actor: &Actor) -> bool {
    actor.is_admin()
}

/// Managers of partner organisations run a programme: cohorts, participants, sessions.
pub fn runs_programme(actor: &Actor, partner_ids: &[i64]) -> bool {
    actor.is_admin()
        || actor
            .organisation_id
            .is_some_and(|id| actor.role == Role::Manager && partner_ids.contains(&id))
}

/// The facts about a participant that decide who may see and run it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParticipantAccess {
    pub sme_id: i64,
    pub home_organisation_id: i64,
    pub host_organisation_id: i64,
}

/// Home and host managers follow a participant; admins follow all.
pub fn follows(actor: &Actor, p: ParticipantAccess) -> bool {
    actor.is_admin()
        || actor.manages(p.home_organisation_id)
        || actor.manages(p.host_organisation_id)
}

/// Who sees a participant's journey, assessment, assignments and bookings.
pub fn can_view_participant(actor: &Actor, p: ParticipantAccess) -> bool {
    follows(actor, p) || actor.belongs_to_sme(p.sme_id)
}

/// Correcting a participant (cohort, host, market, date) or taking it out
/// of its programme: its home's managers and admins.
pub fn corrects_participant(actor: &Actor, p: ParticipantAccess) -> bool {
    actor.is_admin() || actor.manages(p.home_organisation_id)
}

/// Completing, skipping and reopening steps, setting and reviewing assignments.
pub fn can_run_journey(actor: &Actor, p: ParticipantAccess) -> bool {
    follows(actor, p)
}

/// The barriers-and-potentials assessment is filled in by the SME with its manager.
pub fn can_fill_assessment(actor: &Actor, p: ParticipantAccess) -> bool {
    actor.is_admin() || actor.manages(p.home_organisation_id) || actor.belongs_to_sme(p.sme_id)
}

/// Handing in assignments and answering invitations is the SME's part (its
/// managers may act for it).
pub fn acts_for_sme(actor: &Actor, p: ParticipantAccess) -> bool {
    actor.belongs_to_sme(p.sme_id) || follows(actor, p)
}

/// A manager adds the SMEs of their own organisation when it is a partner.
pub fn can_add_participant(actor: &Actor, sme_home: i64, partner_ids: &[i64]) -> bool {
    actor.is_admin() || (actor.manages(sme_home) && partner_ids.contains(&sme_home))
}

/// Sessions are created and changed by the managers of their host (a partner).
pub fn can_manage_session(actor: &Actor, host_organisation_id: i64, partner_ids: &[i64]) -> bool {
    actor.is_admin()
        || (actor.manages(host_organisation_id) && partner_ids.contains(&host_organisation_id))
}

/// A host manages its own desks and decides on their bookings.
pub fn can_manage_desks(actor: &Actor, organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(organisation_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, organisation_id: Option<i64>, sme_id: Option<i64>) -> Actor {
        Actor {
            user_id: 1,
            email: "x@example.org".into(),
            display_name: "X".into(),
            role,
            organisation_id,
            sme_id,
            session: None,
            locale: None,
        }
    }

    #[test]
    fn home_and_host_follow_a_participant() {
        let p = ParticipantAccess {
            sme_id: 9,
            home_organisation_id: 1,
            host_organisation_id: 2,
        };
        let admin = actor(Role::Admin, None, None);
        let home = actor(Role::Manager, Some(1), None);
        let host = actor(Role::Manager, Some(2), None);
        let other = actor(Role::Manager, Some(3), None);
        let member = actor(Role::Sme, None, Some(9));
        let stranger = actor(Role::Sme, None, Some(8));
        let evaluator = actor(Role::Evaluator, Some(1), None);
        for who in [&admin, &home, &host] {
            assert!(can_view_participant(who, p) && can_run_journey(who, p));
        }
        assert!(can_view_participant(&member, p) && !can_run_journey(&member, p));
        assert!(acts_for_sme(&member, p));
        for who in [&other, &stranger, &evaluator] {
            assert!(!can_view_participant(who, p), "{:?}", who.role);
        }
        assert!(can_fill_assessment(&home, p) && can_fill_assessment(&member, p));
        assert!(!can_fill_assessment(&host, p), "workshop 1 is at home");
    }

    #[test]
    fn partners_run_programmes() {
        let partners = [1, 2];
        assert!(runs_programme(
            &actor(Role::Manager, Some(2), None),
            &partners
        ));
        assert!(!runs_programme(
            &actor(Role::Manager, Some(3), None),
            &partners
        ));
        assert!(!runs_programme(
            &actor(Role::Evaluator, Some(2), None),
            &partners
        ));
        assert!(can_add_participant(
            &actor(Role::Manager, Some(1), None),
            1,
            &partners
        ));
        assert!(!can_add_participant(
            &actor(Role::Manager, Some(1), None),
            2,
            &partners
        ));
        assert!(!can_add_participant(
            &actor(Role::Manager, Some(3), None),
            3,
            &partners
        ));
        assert!(can_manage_session(
            &actor(Role::Manager, Some(2), None),
            2,
            &partners
        ));
        assert!(!can_manage_session(
            &actor(Role::Manager, Some(2), None),
            1,
            &partners
        ));
        assert!(can_create_programme(&actor(Role::Admin, None, None)));
        assert!(!can_create_programme(&actor(Role::Manager, Some(1), None)));
    }
}
