//! Property tests on untrusted input, as `landfall schedule` reads it from a
//! file: any text is either refused by the JSON reader or the validator, or
//! scheduled without breaking a rule. Ids refer to things that may not exist,
//! repeat, or be empty; numbers go to their extremes; slots may end before
//! they start.

use landfall_scheduler::{Input, check, schedule};
use proptest::prelude::*;
use serde_json::{Value, json};

fn id(prefix: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        8 => (0u8..6).prop_map(move |n| format!("{prefix}{n}")),
        1 => Just(String::new()),
        1 => any::<String>(),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => (0u32..6).prop_map(Value::from),
        1 => Just(json!(u32::MAX)),
        1 => Just(json!(-1)),
        1 => Just(json!(1.5)),
        1 => Just(json!("3")),
    ]
}

fn instant() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..6, 0u32..60).prop_map(|(h, m)| format!("2027-03-10T{:02}:{m:02}:00Z", 9 + h)),
        Just("2027-03-10T09:00:00+02:00".to_string()),
        Just("not a time".to_string()),
        Just("+262143-12-31T23:59:59Z".to_string()),
    ]
}

fn slot() -> impl Strategy<Value = Value> {
    (id("s"), instant(), instant())
        .prop_map(|(id, start, end)| json!({"id": id, "start": start, "end": end}))
}

fn participant() -> impl Strategy<Value = Value> {
    (
        id("p"),
        proptest::option::of(proptest::collection::vec(id("s"), 0..4)),
        proptest::option::of(number()),
    )
        .prop_map(|(id, available, max)| {
            let mut p = json!({"id": id});
            if let Some(a) = available {
                p["available"] = json!(a);
            }
            if let Some(m) = max {
                p["max_meetings"] = m;
            }
            p
        })
}

fn meeting() -> impl Strategy<Value = Value> {
    (
        id("m"),
        proptest::collection::vec(id("p"), 0..4),
        proptest::option::of(number()),
    )
        .prop_map(|(id, participants, priority)| {
            let mut m = json!({"id": id, "participants": participants});
            if let Some(p) = priority {
                m["priority"] = p;
            }
            m
        })
}

fn fixed() -> impl Strategy<Value = Value> {
    (id("m"), id("s"), number()).prop_map(
        |(meeting, slot, table)| json!({"meeting": meeting, "slot": slot, "table": table}),
    )
}

fn input() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(slot(), 0..6),
        number(),
        proptest::collection::vec(participant(), 0..7),
        proptest::collection::vec(meeting(), 0..10),
        proptest::option::of(proptest::collection::vec(fixed(), 0..3)),
    )
        .prop_map(|(slots, tables, participants, meetings, fixed)| {
            let mut input = json!({
                "slots": slots, "tables": tables,
                "participants": participants, "meetings": meetings,
            });
            if let Some(f) = fixed {
                input["fixed"] = json!(f);
            }
            input
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn untrusted_input_is_refused_or_scheduled_by_the_rules(value in input()) {
        let text = value.to_string();
        let Ok(input) = serde_json::from_str::<Input>(&text) else {
            return Ok(());
        };
        if let Ok(output) = schedule(&input) {
            if let Err(problems) = check(&input, &output) {
                panic!("{text}: the schedule breaks the rules: {problems:?}");
            }
            prop_assert_eq!(output.scheduled.len() + output.unscheduled.len(), input.meetings.len());
            for f in &input.fixed {
                prop_assert!(output.scheduled.iter().any(|a| a.meeting == f.meeting && a.slot == f.slot && a.table == f.table));
            }
        }
    }

    #[test]
    fn any_text_is_read_or_refused(text in any::<String>()) {
        if let Ok(input) = serde_json::from_str::<Input>(&text) {
            let _ = schedule(&input);
        }
    }
}
