//! König's edge-colouring theorem: a bipartite graph's edges can be coloured
//! with as many colours as its largest degree. Meetings between two sides
//! with no availability limits, as many slots as the busiest participant
//! has meetings and enough tables must therefore all be scheduled.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::Rng;
use landfall_scheduler::{Input, Meeting, Participant, Slot, check, schedule};

fn bipartite(seed: u64, left: usize, right: usize, edges: usize, extra_slots: usize) -> Input {
    let mut rng = Rng(seed);
    let mut pairs = std::collections::BTreeSet::new();
    let mut tries = 0;
    while pairs.len() < edges && tries < edges * 20 {
        tries += 1;
        // Skewed: low-numbered participants are popular on both sides.
        let a = rng.range(0, left - 1).min(rng.range(0, left - 1));
        let b = rng.range(0, right - 1);
        pairs.insert((a, left + b));
    }
    let mut degree = vec![0usize; left + right];
    for &(a, b) in &pairs {
        degree[a] += 1;
        degree[b] += 1;
    }
    let max_degree = degree.iter().copied().max().unwrap_or(0).max(1);
    let ns = max_degree + extra_slots;
    let base = Utc.with_ymd_and_hms(2027, 3, 10, 8, 0, 0).unwrap();
    Input {
        slots: (0..ns)
            .map(|i| {
                let start = base + Duration::minutes(15 * i as i64);
                Slot {
                    id: format!("s{i}"),
                    start,
                    end: start + Duration::minutes(15),
                }
            })
            .collect(),
        tables: pairs.len() as u32 + 1,
        participants: (0..left + right)
            .map(|p| Participant {
                id: format!("p{p}"),
                available: None,
                max_meetings: None,
            })
            .collect(),
        meetings: pairs
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| Meeting {
                id: format!("m{i}"),
                participants: vec![format!("p{a}"), format!("p{b}")],
                priority: 1 + (i % 3) as u32,
            })
            .collect(),
        fixed: Vec::new(),
    }
}

#[test]
fn bipartite_meetings_all_fit_in_max_degree_slots() {
    let mut instances = 0;
    for seed in 0..300u64 {
        let mut rng = Rng(seed);
        let left = rng.range(2, 12);
        let right = rng.range(2, 12);
        let edges = rng.range(1, left * right);
        let input = bipartite(seed, left, right, edges, 0);
        let output = schedule(&input).unwrap();
        check(&input, &output).unwrap();
        assert!(
            output.unscheduled.is_empty(),
            "seed {seed}: {} of {} meetings unscheduled: {:?}",
            output.unscheduled.len(),
            input.meetings.len(),
            output.unscheduled
        );
        assert_eq!(output.stats.gap_to_bound, 0.0);
        instances += 1;
    }
    assert_eq!(instances, 300);
}

#[test]
fn larger_bipartite_instances_fit_too() {
    for seed in 0..4u64 {
        let input = bipartite(1000 + seed, 60, 200, 1500, 0);
        let output = schedule(&input).unwrap();
        check(&input, &output).unwrap();
        assert!(
            output.unscheduled.is_empty(),
            "seed {seed}: {} of {} unscheduled",
            output.unscheduled.len(),
            input.meetings.len()
        );
    }
}
