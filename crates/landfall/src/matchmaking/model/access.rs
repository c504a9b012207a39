//! Who may see and do what in the marketplace and at matchmaking events.
//!
//! A party (an SME or an organisation) is answered for by its own people: the
//! SME's members and the managers of its home organisation, or the managers
//! of the organisation. The home organisation reviews its SMEs' profiles
//! before they are published; an organisation reviews its own.

use super::profiles::{Party, Visibility};
use crate::auth::{Actor, Role};

/// A party and the organisation responsible for it (an SME's home, or the
/// organisation itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartyAccess {
    pub party: Party,
    pub responsible_organisation: i64,
}

/// The actor's own party in the marketplace: an SME member acts for the SME,
/// a manager for their organisation; admins and evaluators have none.
pub fn own_party(actor: &Actor) -> Option<Party> {
    match actor.role {
        Role::Sme => actor.sme_id.map(Party::Sme),
        Role::Manager => actor.organisation_id.map(Party::Organisation),
        Role::Admin | Role::Evaluator => None,
    }
}

/// Speaks for a party: writes its profiles, answers its requests, registers it.
pub fn acts_for(actor: &Actor, access: PartyAccess) -> bool {
    actor.is_admin()
        || actor.manages(access.responsible_organisation)
        || match access.party {
            Party::Sme(id) => actor.belongs_to_sme(id),
            Party::Organisation(id) => actor.manages(id),
        }
}

/// Publishes or sends back a party's profiles.
pub fn reviews(actor: &Actor, access: PartyAccess) -> bool {
    actor.is_admin() || actor.manages(access.responsible_organisation)
}

/// A profile is seen by everyone signed in once it is public, otherwise by
/// those who act for its owner.
pub fn can_see_profile(actor: &Actor, owner: PartyAccess, visibility: Visibility) -> bool {
    visibility == Visibility::Public || acts_for(actor, owner)
}

/// Contact details show once the owner has accepted an introduction or a
/// meeting with the viewer's party (`connected`), and always to its own people.
pub fn can_see_contact(actor: &Actor, owner: PartyAccess, connected: bool) -> bool {
    acts_for(actor, owner) || connected
}

/// Managers organise matchmaking events for their organisation; the
/// coordinator for anyone.
pub fn can_organise_for(actor: &Actor, organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(organisation_id)
}

/// Events are seen by every signed-in user of the network.
pub fn can_create_event(actor: &Actor) -> bool {
    actor.is_admin() || actor.role == Role::Manager
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
    fn an_smes_people_act_for_it_and_its_home_reviews() {
        let sme = PartyAccess {
            party: Party::Sme(9),
            responsible_organisation: 1,
        };
        let member = actor(Role::Sme, None, Some(9));
        let home = actor(Role::Manager, Some(1), None);
        let other = actor(Role::Manager, Some(2), None);
        let stranger = actor(Role::Sme, None, Some(8));
        let admin = actor(Role::Admin, None, None);
        assert!(acts_for(&member, sme) && !reviews(&member, sme));
        assert!(acts_for(&home, sme) && reviews(&home, sme));
        assert!(acts_for(&admin, sme) && reviews(&admin, sme));
        for who in [&other, &stranger] {
            assert!(!acts_for(who, sme) && !reviews(who, sme));
            assert!(!can_see_profile(who, sme, Visibility::Private));
            assert!(!can_see_profile(who, sme, Visibility::Expired));
            assert!(can_see_profile(who, sme, Visibility::Public));
            assert!(!can_see_contact(who, sme, false));
            assert!(can_see_contact(who, sme, true));
        }
        assert!(can_see_profile(&member, sme, Visibility::Private));
    }

    #[test]
    fn organisations_act_for_themselves() {
        let cluster = PartyAccess {
            party: Party::Organisation(4),
            responsible_organisation: 4,
        };
        assert!(reviews(&actor(Role::Manager, Some(4), None), cluster));
        assert!(!acts_for(&actor(Role::Evaluator, Some(4), None), cluster));
        assert_eq!(
            own_party(&actor(Role::Manager, Some(4), None)),
            Some(Party::Organisation(4))
        );
        assert_eq!(
            own_party(&actor(Role::Sme, None, Some(7))),
            Some(Party::Sme(7))
        );
        assert_eq!(own_party(&actor(Role::Admin, None, None)), None);
        assert!(can_organise_for(&actor(Role::Manager, Some(4), None), 4));
        assert!(!can_organise_for(&actor(Role::Manager, Some(4), None), 5));
        assert!(!can_create_event(&actor(Role::Sme, None, Some(7))));
    }
}
