//! Generated event-sized instances. The large ones are ignored by default:
//! `cargo test -p landfall-scheduler --release -- --ignored`.

use std::time::Instant;

use landfall_scheduler::generate::{self, Params};
use landfall_scheduler::{check, schedule};

fn run(name: &str, params: &Params, seed: u64, max_gap: f64) {
    let input = generate::conference(params, seed);
    assert_eq!(input.participants.len(), params.participants);
    assert_eq!(input.meetings.len(), params.meetings);
    assert_eq!(input.slots.len(), params.slots);
    let started = Instant::now();
    let output = schedule(&input).expect("generated input is valid");
    let elapsed = started.elapsed();
    if let Err(errors) = check(&input, &output) {
        panic!(
            "{name}: {} violations, first {:?}",
            errors.len(),
            &errors[..errors.len().min(5)]
        );
    }
    let s = &output.stats;
    println!(
        "{name} (seed {seed}): {elapsed:?}, {}/{} scheduled, priority {} of bound {} (gap {:.4} %), {} idle gaps",
        s.scheduled,
        s.meetings,
        s.priority_scheduled,
        s.upper_bound,
        s.gap_to_bound * 100.0,
        s.idle_gaps
    );
    assert!(
        s.gap_to_bound <= max_gap,
        "{name}: gap {} above {max_gap}",
        s.gap_to_bound
    );
    assert_eq!(s.fixed, input.fixed.len());
}

#[test]
fn generator_is_deterministic_and_realistic() {
    let params = Params::conference();
    let a = generate::conference(&params, 42);
    assert_eq!(a, generate::conference(&params, 42));
    assert_ne!(a, generate::conference(&params, 43));
    let restricted = a
        .participants
        .iter()
        .filter(|p| p.available.is_some())
        .count();
    assert!((100..=200).contains(&restricted), "{restricted} restricted");
    let groups = a
        .meetings
        .iter()
        .filter(|m| m.participants.len() == 3)
        .count();
    assert!((10..=80).contains(&groups), "{groups} group meetings");
    assert!(a.meetings.iter().all(|m| (1..=3).contains(&m.priority)));
    assert_eq!(a.fixed.len(), params.fixed);
    // Skewed popularity: the busiest participant has many more meetings
    // than the typical one.
    let mut degree = std::collections::BTreeMap::<&str, usize>::new();
    for m in &a.meetings {
        for p in &m.participants {
            *degree.entry(p.as_str()).or_default() += 1;
        }
    }
    let mut d: Vec<usize> = degree.values().copied().collect();
    d.sort_unstable();
    assert!(
        d[d.len() - 1] >= 4 * d[d.len() / 2],
        "degrees {:?}",
        &d[d.len() - 5..]
    );
    // Two days with a lunch break: not all slots follow each other.
    let mut starts: Vec<_> = a.slots.iter().map(|s| (s.start, s.end)).collect();
    starts.sort();
    assert!(starts.windows(2).any(|w| w[1].0 > w[0].1));
}

#[test]
fn conference_is_scheduled_near_the_bound() {
    run("conference", &Params::conference(), 1, 0.01);
}

#[test]
fn conference_with_plenty_of_tables_is_scheduled_near_the_bound() {
    let params = Params {
        tables: 120,
        ..Params::conference()
    };
    run("conference, 120 tables", &params, 2, 0.01);
}

#[test]
#[ignore = "large: run in release with --ignored"]
fn large_is_scheduled_near_the_bound() {
    run("large", &Params::large(), 1, 0.01);
    run(
        "large, 1000 tables",
        &Params {
            tables: 1000,
            ..Params::large()
        },
        1,
        0.01,
    );
}

#[test]
#[ignore = "huge: run in release with --ignored"]
fn huge_is_scheduled_near_the_bound() {
    run("huge", &Params::huge(), 1, 0.01);
}
