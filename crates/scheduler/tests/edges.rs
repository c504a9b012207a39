//! Edge cases: no slots, more than 64 slots, huge table counts, empty
//! availability, group meetings.

mod common;

use common::{Rng, Shape, instance};
use landfall_scheduler::{Input, UnscheduledCode, check, exact, generate, schedule, upper_bound};
use serde_json::json;

#[test]
fn no_slots_means_nothing_is_scheduled() {
    let input: Input = serde_json::from_value(json!({
        "slots": [],
        "tables": 3,
        "participants": [{"id": "a"}, {"id": "b"}],
        "meetings": [{"id": "m1", "participants": ["a", "b"]}]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    assert_eq!(output.unscheduled[0].code, UnscheduledCode::NoCommonSlot);
    assert_eq!(output.stats.upper_bound, 0);
    assert_eq!(output.stats.gap_to_bound, 0.0);
}

#[test]
fn empty_input_is_fine() {
    let input: Input = serde_json::from_value(json!({
        "slots": [], "tables": 1, "participants": [], "meetings": []
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    assert!(output.scheduled.is_empty() && output.unscheduled.is_empty());
    assert!(output.stats.optimal);
}

#[test]
fn huge_table_counts_do_not_allocate_per_table() {
    let input: Input = serde_json::from_value(json!({
        "slots": [{"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"}],
        "tables": u32::MAX,
        "participants": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
        "meetings": [
            {"id": "m1", "participants": ["a", "b"]},
            {"id": "m2", "participants": ["c", "d"]}
        ],
        "fixed": [{"meeting": "m2", "slot": "s1", "table": 1}]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    assert_eq!(output.scheduled.len(), 2);
    assert_eq!(output.scheduled[0].table, 1);
    assert_eq!(output.scheduled[0].meeting, "m2");
    assert_eq!(output.scheduled[1].table, 2);
}

#[test]
fn table_numbers_fill_around_fixed_ones() {
    let input: Input = serde_json::from_value(json!({
        "slots": [{"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"}],
        "tables": 5,
        "participants": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}, {"id": "e"}, {"id": "f"}],
        "meetings": [
            {"id": "m1", "participants": ["a", "b"]},
            {"id": "m2", "participants": ["c", "d"]},
            {"id": "m3", "participants": ["e", "f"]}
        ],
        "fixed": [{"meeting": "m3", "slot": "s1", "table": 2}]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    let tables: Vec<(&str, u32)> = output
        .scheduled
        .iter()
        .map(|a| (a.meeting.as_str(), a.table))
        .collect();
    assert_eq!(tables, vec![("m1", 1), ("m3", 2), ("m2", 3)]);
}

#[test]
fn more_than_64_slots() {
    let mut rng = Rng(99);
    for seed in 0..60u64 {
        let shape = Shape {
            slots: rng.range(60, 140),
            tables: rng.range(1, 3) as u32,
            participants: rng.range(2, 8),
            meetings: rng.range(0, 10),
        };
        let input = instance(seed, shape);
        let output = schedule(&input).unwrap();
        if let Err(errors) = check(&input, &output) {
            panic!("seed {seed}: {errors:?}");
        }
        let optimum = exact::solve(&input).unwrap();
        assert_eq!(output.stats.priority_scheduled, optimum, "seed {seed}");
        assert!(upper_bound(&input) >= optimum);
    }
    let params = generate::Params {
        slots: 130,
        ..generate::Params::small(150, 900, 130, 8)
    };
    let input = generate::conference(&params, 5);
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    assert!(output.stats.gap_to_bound < 0.01, "{:?}", output.stats);
}

#[test]
fn group_meetings_need_everyone_free() {
    let input: Input = serde_json::from_value(json!({
        "slots": [
            {"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"},
            {"id": "s2", "start": "2027-03-10T09:20:00Z", "end": "2027-03-10T09:40:00Z"}
        ],
        "tables": 2,
        "participants": [{"id": "a"}, {"id": "b"}, {"id": "c", "available": ["s2"]}, {"id": "d"}],
        "meetings": [
            {"id": "g", "participants": ["a", "b", "c"], "priority": 3},
            {"id": "m1", "participants": ["a", "d"], "priority": 2},
            {"id": "m2", "participants": ["b", "d"], "priority": 2}
        ]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    // g must take s2, so only one of m1 and m2 (both need d) fits in s1.
    assert_eq!(output.stats.priority_scheduled, 5);
    assert_eq!(exact::solve(&input), Some(5));
    assert!(
        output
            .scheduled
            .iter()
            .any(|a| a.meeting == "g" && a.slot == "s2")
    );
}
