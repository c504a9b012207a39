//! The toolbox on both backends: the instrument catalogue every database
//! starts with, internationalisation plans with their budget roll-up, KPI
//! targets that become monitoring indicators and exports, the methods library
//! and its indicators, the strategy checklist, and who may see and change what.

use landfall::toolbox::{self, InstrumentGroup};

use crate::on_both_backends;
use crate::support::{Backend, spawn};

async fn every_database_starts_with_the_network_catalogue(backend: Backend) {
    let app = spawn(backend).await;
    let catalogue = toolbox::catalogue(&app.db).await.unwrap();
    assert_eq!(catalogue.len(), 17);
    let count = |group| catalogue.iter().filter(|i| i.group == group).count();
    assert_eq!(count(InstrumentGroup::Preparatory), 6);
    assert_eq!(count(InstrumentGroup::Leads), 5);
    assert_eq!(count(InstrumentGroup::Sustain), 6);
    let groups: Vec<InstrumentGroup> = catalogue.iter().map(|i| i.group).collect();
    let mut sorted = groups.clone();
    sorted.sort();
    assert_eq!(groups, sorted, "by group first");
    let leads: Vec<&str> = catalogue
        .iter()
        .filter(|i| i.group == InstrumentGroup::Leads)
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        leads,
        vec![
            "Events in the home region",
            "Key international events and conferences",
            "Matchmaking events (B2B, C2C, B2I)",
            "Roadshows",
            "Trade fairs"
        ]
    );
    let ids: Vec<i64> = catalogue.iter().take(2).map(|i| i.id).collect();
    let refs = toolbox::instrument_refs(&app.db, &[ids[0], ids[1], 999_999])
        .await
        .unwrap();
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[&ids[0]], catalogue[0]);
    let soft = catalogue.iter().find(|i| i.slug == "soft-landing").unwrap();
    assert_eq!(soft.group.as_str(), "sustain");
    assert_eq!(
        soft.group.label(),
        "Improving and sustaining international business"
    );
    let visits = toolbox::store::instruments::instrument_by_slug(&app.db, "study-visits")
        .await
        .unwrap()
        .expect("study visits are in the catalogue");
    assert_eq!(visits.owner, None);
    assert_eq!(visits.budget_days, 8);
    assert_eq!(visits.costs.len(), 3);
    assert_eq!(visits.costs[0].amount_cents, 240_000);
    assert_eq!(visits.kpis[0], "Contacts mapped");
}

on_both_backends!(every_database_starts_with_the_network_catalogue);
