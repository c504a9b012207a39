//! Property tests on random small instances: the schedule keeps every hard
//! rule (checked by the independent validator), keeps fixed meetings, is
//! deterministic, and never beats the upper bound.

mod common;

use std::collections::BTreeSet;

use common::{Shape, instance};
use landfall_scheduler::{
    Input, Options, Output, UnscheduledCode, check, schedule, schedule_with, upper_bound,
};
use proptest::prelude::*;

fn shape() -> impl Strategy<Value = (u64, Shape)> {
    (any::<u64>(), 1usize..=8, 1u32..=4, 2usize..=10, 0usize..=20).prop_map(
        |(seed, slots, tables, participants, meetings)| {
            (
                seed,
                Shape {
                    slots,
                    tables,
                    participants,
                    meetings,
                },
            )
        },
    )
}

fn assert_fixed_kept(input: &Input, output: &Output) {
    for f in &input.fixed {
        assert!(
            output
                .scheduled
                .iter()
                .any(|a| a.meeting == f.meeting && a.slot == f.slot && a.table == f.table),
            "fixed {f:?} not kept"
        );
    }
}

/// Meetings none of whose slots all participants are available in.
fn without_common_slot(input: &Input) -> BTreeSet<String> {
    let all: Vec<String> = input.slots.iter().map(|s| s.id.clone()).collect();
    input
        .meetings
        .iter()
        .filter(|m| {
            !all.iter().any(|s| {
                m.participants.iter().all(|p| {
                    let part = input.participants.iter().find(|x| &x.id == p).unwrap();
                    part.available.as_ref().is_none_or(|a| a.contains(s))
                })
            })
        })
        .map(|m| m.id.clone())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn schedules_are_valid_deterministic_and_bounded((seed, shape) in shape()) {
        let input = instance(seed, shape);
        let output = schedule(&input).unwrap();
        if let Err(errors) = check(&input, &output) {
            panic!("invalid schedule: {errors:?}");
        }
        assert_fixed_kept(&input, &output);
        let again = schedule(&input).unwrap();
        prop_assert_eq!(&again, &output);
        let bound = upper_bound(&input);
        prop_assert!(output.stats.priority_scheduled <= bound);
        prop_assert_eq!(output.stats.upper_bound, bound);
        prop_assert!(output.stats.priority_total >= bound);
        prop_assert!((0.0..=1.0).contains(&output.stats.gap_to_bound));
        let hopeless = without_common_slot(&input);
        for u in &output.unscheduled {
            prop_assert_eq!(
                u.code == UnscheduledCode::NoCommonSlot,
                hopeless.contains(&u.meeting),
                "{:?}", u
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_options_give_valid_schedules(
        (seed, shape) in shape(),
        search_seed in any::<u64>(),
        iterations in 0u64..300,
        exact_limit in 0usize..30,
    ) {
        let input = instance(seed, shape);
        let options = Options { iterations, seed: search_seed, exact_limit, ..Options::default() };
        let output = schedule_with(&input, &options).unwrap();
        if let Err(errors) = check(&input, &output) {
            panic!("invalid schedule: {errors:?}");
        }
        assert_fixed_kept(&input, &output);
        prop_assert!(output.stats.priority_scheduled <= upper_bound(&input));
        prop_assert_eq!(schedule_with(&input, &options).unwrap(), output);
    }

    #[test]
    fn input_and_output_round_trip_through_json((seed, shape) in shape()) {
        let input = instance(seed, shape);
        let text = serde_json::to_string(&input).unwrap();
        let back: Input = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(&back, &input);
        let output = schedule(&input).unwrap();
        let text = serde_json::to_string(&output).unwrap();
        let mut back: Output = serde_json::from_str(&text).unwrap();
        // serde_json parses floats to within an ulp only.
        prop_assert!((back.stats.gap_to_bound - output.stats.gap_to_bound).abs() < 1e-12);
        back.stats.gap_to_bound = output.stats.gap_to_bound;
        prop_assert_eq!(back, output);
    }
}

#[test]
fn the_validator_catches_broken_schedules() {
    // A schedule is taken apart in several ways; each must be reported.
    let input = instance(
        7,
        Shape {
            slots: 4,
            tables: 2,
            participants: 6,
            meetings: 10,
        },
    );
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    assert!(output.scheduled.len() >= 2);

    let mut dropped = output.clone();
    dropped.scheduled.pop();
    assert!(check(&input, &dropped).is_err());

    let mut doubled = output.clone();
    let first = doubled.scheduled[0].clone();
    doubled.scheduled.push(first);
    assert!(check(&input, &doubled).is_err());

    let mut bad_table = output.clone();
    bad_table.scheduled[0].table = input.tables + 1;
    assert!(check(&input, &bad_table).is_err());

    let mut unknown_slot = output.clone();
    unknown_slot.scheduled[0].slot = "nowhere".into();
    assert!(check(&input, &unknown_slot).is_err());

    let mut same_table = output.clone();
    let (a, b) = (
        same_table.scheduled[0].clone(),
        same_table.scheduled[1].clone(),
    );
    same_table.scheduled[1].slot = a.slot.clone();
    same_table.scheduled[1].table = a.table;
    assert!(
        check(&input, &same_table).is_err(),
        "{b:?} moved onto {a:?}"
    );

    let mut stats = output.clone();
    stats.stats.priority_scheduled += 1;
    assert!(check(&input, &stats).is_err());
}
