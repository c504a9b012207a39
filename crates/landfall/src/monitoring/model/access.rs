//! Who may see and write outcome records, and who defines indicators.
//!
//! An SME's records are as private as the SME's own details: its people, its
//! home organisation's managers, organisations it granted access to (hosts
//! abroad get that grant when it joins a programme) and admins see them.
//! Everybody signed in sees aggregate values; the public sees the aggregates of
//! results pages only.

use crate::auth::{Actor, Role};
use crate::registry::model::{SmeAccess, can_see_private};

/// Who sees an SME's records and yearly figures.
pub fn can_view_records(actor: &Actor, sme: &SmeAccess) -> bool {
    actor.role != Role::Evaluator && can_see_private(actor, sme)
}

/// Whose records an actor sees in lists: what [`can_view_records`] allows,
/// put as a set of SMEs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sees {
    Everyone,
    Only(Vec<i64>),
    /// The SMEs an organisation looks after: its own and those granted to it.
    LookedAfterBy(i64),
}

pub fn sees(actor: &Actor) -> Sees {
    match actor.role {
        Role::Admin => Sees::Everyone,
        Role::Sme => Sees::Only(actor.sme_id.into_iter().collect()),
        Role::Evaluator => Sees::Only(Vec::new()),
        Role::Manager => match actor.organisation_id {
            Some(id) => Sees::LookedAfterBy(id),
            None => Sees::Only(Vec::new()),
        },
    }
}

/// Who records results for an SME: the same people who may see them (a host
/// abroad often witnesses the contract or the office opening).
pub fn can_record(actor: &Actor, sme: &SmeAccess) -> bool {
    can_view_records(actor, sme)
}

/// Who may correct or retract a record: its SME's own side (members, home
/// managers), the person who recorded it, and admins.
pub fn can_correct(actor: &Actor, sme: &SmeAccess, recorded_by_user_id: Option<i64>) -> bool {
    actor.is_admin()
        || actor.belongs_to_sme(sme.sme_id)
        || actor.manages(sme.home_organisation_id)
        || (recorded_by_user_id == Some(actor.user_id) && can_view_records(actor, sme))
}

/// Who may set an SME's yearly figures: its own side (members, home
/// managers) and admins. A host incubator reads them to follow the SME's
/// progress, but the company's turnover and head count are not its to write.
pub fn can_write_figures(actor: &Actor, sme: &SmeAccess) -> bool {
    actor.is_admin() || actor.belongs_to_sme(sme.sme_id) || actor.manages(sme.home_organisation_id)
}

/// Network indicators are the coordinator's; a programme's partners add their own.
pub fn can_define_indicator(actor: &Actor, programme_partner_ids: Option<&[i64]>) -> bool {
    match programme_partner_ids {
        None => actor.is_admin(),
        Some(partners) => {
            actor.is_admin()
                || (actor.role == Role::Manager
                    && actor
                        .organisation_id
                        .is_some_and(|id| partners.contains(&id)))
        }
    }
}

/// Who reads a list of indicators: internal ones (those carrying the KPIs of
/// an organisation's internationalisation plan) are read only by that
/// organisation's managers and the admins, as the plan is.
#[derive(Clone, Copy, Debug)]
pub enum Audience<'a> {
    /// Results pages and the handbook, open to anyone.
    Public,
    Signed(&'a Actor),
}

impl Audience<'_> {
    /// Whether an indicator internal to `internal_to` (if any) is shown.
    pub fn sees(self, internal_to: Option<i64>) -> bool {
        match (internal_to, self) {
            (None, _) => true,
            (Some(_), Audience::Public) => false,
            (Some(organisation), Audience::Signed(actor)) => {
                actor.is_admin() || actor.manages(organisation)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(role: Role, organisation_id: Option<i64>, sme_id: Option<i64>) -> Actor {
        Actor {
            user_id: 5,
            role,
            organisation_id,
            sme_id,
            email: "x@example.org".into(),
            display_name: "X".into(),
            session: None,
            locale: None,
        }
    }

    fn sme() -> SmeAccess {
        SmeAccess {
            sme_id: 7,
            home_organisation_id: 1,
            directory_consent: true,
            partners: vec![3],
        }
    }

    #[test]
    fn internal_indicators_are_their_organisations_and_the_admins() {
        let manager = actor(Role::Manager, Some(1), None);
        let other_manager = actor(Role::Manager, Some(2), None);
        let member = actor(Role::Sme, Some(1), Some(7));
        let evaluator = actor(Role::Evaluator, Some(1), None);
        let admin = actor(Role::Admin, None, None);
        for audience in [
            Audience::Public,
            Audience::Signed(&manager),
            Audience::Signed(&member),
        ] {
            assert!(audience.sees(None), "everybody's indicators");
        }
        assert!(Audience::Signed(&manager).sees(Some(1)));
        assert!(Audience::Signed(&admin).sees(Some(1)));
        assert!(!Audience::Signed(&other_manager).sees(Some(1)));
        assert!(!Audience::Signed(&member).sees(Some(1)));
        assert!(!Audience::Signed(&evaluator).sees(Some(1)));
        assert!(!Audience::Public.sees(Some(1)));
    }

    #[test]
    fn lists_show_the_records_each_one_may_view() {
        let sme = sme();
        let home = actor(Role::Manager, Some(1), None);
        let host = actor(Role::Manager, Some(3), None);
        let member = actor(Role::Sme, None, Some(7));
        assert_eq!(sees(&home), Sees::LookedAfterBy(1));
        assert_eq!(sees(&host), Sees::LookedAfterBy(3));
        assert!(can_view_records(&home, &sme) && can_view_records(&host, &sme));
        assert_eq!(sees(&member), Sees::Only(vec![7]));
        assert_eq!(
            sees(&actor(Role::Evaluator, Some(1), None)),
            Sees::Only(vec![])
        );
        assert!(!can_view_records(
            &actor(Role::Evaluator, Some(1), None),
            &sme
        ));
        assert_eq!(sees(&actor(Role::Manager, None, None)), Sees::Only(vec![]));
        assert_eq!(sees(&actor(Role::Admin, None, None)), Sees::Everyone);
    }

    #[test]
    fn records_are_private_to_the_smes_side() {
        assert!(can_view_records(&actor(Role::Sme, None, Some(7)), &sme()));
        assert!(!can_view_records(&actor(Role::Sme, None, Some(8)), &sme()));
        assert!(can_view_records(
            &actor(Role::Manager, Some(1), None),
            &sme()
        ));
        assert!(can_view_records(
            &actor(Role::Manager, Some(3), None),
            &sme()
        ));
        assert!(!can_view_records(
            &actor(Role::Manager, Some(2), None),
            &sme()
        ));
        assert!(!can_view_records(
            &actor(Role::Evaluator, None, None),
            &sme()
        ));
        assert!(can_view_records(&actor(Role::Admin, None, None), &sme()));
    }

    #[test]
    fn the_host_corrects_only_what_it_recorded() {
        let host = actor(Role::Manager, Some(3), None);
        assert!(can_record(&host, &sme()));
        assert!(!can_correct(&host, &sme(), Some(99)));
        assert!(can_correct(&host, &sme(), Some(5)));
        assert!(can_correct(
            &actor(Role::Manager, Some(1), None),
            &sme(),
            None
        ));
    }

    #[test]
    fn the_host_reads_yearly_figures_but_does_not_write_them() {
        let host = actor(Role::Manager, Some(3), None);
        assert!(can_view_records(&host, &sme()));
        assert!(!can_write_figures(&host, &sme()));
        assert!(can_write_figures(
            &actor(Role::Manager, Some(1), None),
            &sme()
        ));
        assert!(can_write_figures(&actor(Role::Sme, None, Some(7)), &sme()));
        assert!(can_write_figures(&actor(Role::Admin, None, None), &sme()));
    }

    #[test]
    fn indicators_are_defined_by_admins_and_partners() {
        assert!(!can_define_indicator(
            &actor(Role::Manager, Some(1), None),
            None
        ));
        assert!(can_define_indicator(&actor(Role::Admin, None, None), None));
        assert!(can_define_indicator(
            &actor(Role::Manager, Some(1), None),
            Some(&[1, 2])
        ));
        assert!(!can_define_indicator(
            &actor(Role::Manager, Some(4), None),
            Some(&[1, 2])
        ));
        assert!(!can_define_indicator(
            &actor(Role::Sme, None, Some(7)),
            Some(&[1, 2])
        ));
    }
}
