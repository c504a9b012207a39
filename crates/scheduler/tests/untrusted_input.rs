//! Property tests on untrusted input, as `landfall schedule` reads it from a
//! file: any text is either refused by the JSON reader or the validator, or
//! scheduled without breaking a rule. Inputs are consistent events with a few
//! random corruptions (ids that repeat, are empty or name nothing, slots that
//! end before they start, numbers at their extremes or of the wrong type).

use landfall_scheduler::{Input, check, schedule};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A consistent event: distinct ids, slots in order, meetings of two or three
/// participants who exist, fixed meetings in existing slots and tables.
fn event() -> impl Strategy<Value = Value> {
    (1usize..=6, 1u32..=4, 2usize..=8, 0usize..=12, any::<u64>()).prop_map(
        |(slots, tables, people, meetings, seed)| {
            let mut next = seed | 1;
            let mut roll = move |n: usize| {
                // xorshift: cheap, deterministic choices from the seed.
                next ^= next << 13;
                next ^= next >> 7;
                next ^= next << 17;
                (next % n as u64) as usize
            };
            let slot_list: Vec<Value> = (0..slots)
                .map(|s| {
                    json!({"id": format!("s{s}"),
                           "start": format!("2027-03-10T{:02}:00:00Z", 9 + s),
                           "end": format!("2027-03-10T{:02}:20:00Z", 9 + s)})
                })
                .collect();
            let participants: Vec<Value> = (0..people)
                .map(|p| {
                    let mut v = json!({"id": format!("p{p}")});
                    if roll(3) == 0 {
                        let available: Vec<String> =
                            (0..slots).filter(|_| roll(2) == 0).map(|s| format!("s{s}")).collect();
                        v["available"] = json!(available);
                    }
                    if roll(3) == 0 {
                        v["max_meetings"] = json!(roll(4));
                    }
                    v
                })
                .collect();
            let meeting_list: Vec<Value> = (0..meetings)
                .map(|m| {
                    let a = roll(people);
                    let b = (a + 1 + roll(people - 1)) % people;
                    json!({"id": format!("m{m}"), "participants": [format!("p{a}"), format!("p{b}")],
                           "priority": 1 + roll(3)})
                })
                .collect();
            let fixed: Vec<Value> = if meetings > 0 && roll(3) == 0 {
                vec![json!({"meeting": "m0", "slot": format!("s{}", roll(slots)), "table": 1 + roll(tables as usize)})]
            } else {
                vec![]
            };
            json!({"slots": slot_list, "tables": tables, "participants": participants,
                   "meetings": meeting_list, "fixed": fixed})
        },
    )
}

/// One way of spoiling an input, applied at a place chosen by `at`.
fn corrupt(mut input: Value, how: usize, at: usize) -> Value {
    fn pick(list: &mut Value, at: usize) -> Option<&mut Value> {
        let list = list.as_array_mut()?;
        if list.is_empty() {
            return None;
        }
        let n = list.len();
        list.get_mut(at % n)
    }
    let other = |key: &str, input: &Value| input[key].as_array().map_or(0, Vec::len);
    match how {
        0 => {
            // A duplicate id.
            for key in ["slots", "participants", "meetings"] {
                if other(key, &input) > 1 {
                    let first = input[key][0]["id"].clone();
                    if let Some(item) = pick(&mut input[key], at) {
                        item["id"] = first;
                    }
                    break;
                }
            }
        }
        1 => {
            // (A meeting an earlier spoiling left without participants has no first one.)
            if let Some(first) = pick(&mut input["meetings"], at)
                .and_then(|m| m.get_mut("participants"))
                .and_then(|p| p.get_mut(0))
            {
                *first = json!("nobody");
            }
        }
        2 => {
            if let Some(s) = pick(&mut input["slots"], at) {
                let start = s["start"].clone();
                s["start"] = s["end"].clone();
                s["end"] = start;
            }
        }
        3 => input["tables"] = json!(0),
        4 => input["tables"] = json!(u32::MAX),
        5 => {
            if let Some(m) = pick(&mut input["meetings"], at) {
                m["priority"] = json!(0);
            }
        }
        6 => {
            if let Some(m) = pick(&mut input["meetings"], at) {
                let p = m["participants"][0].clone();
                m["participants"] = json!([p.clone(), p]);
            }
        }
        7 => {
            if let Some(p) = pick(&mut input["participants"], at) {
                p["available"] = json!(["s99"]);
            }
        }
        8 => input["fixed"] = json!([{"meeting": "m0", "slot": "s0", "table": 0}]),
        9 => input["fixed"] = json!([{"meeting": "m0", "slot": "s99", "table": 1}]),
        10 => input["fixed"] = json!([{"meeting": "m9999", "slot": "s0", "table": 1}]),
        11 => {
            if let Some(s) = pick(&mut input["slots"], at) {
                s["start"] = json!("not a time");
            }
        }
        12 => {
            if let Some(m) = pick(&mut input["meetings"], at) {
                m["priority"] = json!(-1);
            }
        }
        13 => {
            if let Some(m) = pick(&mut input["meetings"], at) {
                m["participants"] = json!([]);
            }
        }
        14 => {
            if let Some(s) = pick(&mut input["slots"], at) {
                s["id"] = json!("");
            }
        }
        15 => {
            // Two fixed meetings at one table of one slot.
            input["fixed"] = json!([
                {"meeting": "m0", "slot": "s0", "table": 1},
                {"meeting": "m1", "slot": "s0", "table": 1}
            ]);
        }
        16 => {
            if let Some(p) = pick(&mut input["participants"], at) {
                p["max_meetings"] = json!(u32::MAX);
            }
        }
        _ => {
            if let Some(s) = pick(&mut input["slots"], at) {
                s["end"] = s["start"].clone();
            }
        }
    }
    input
}

fn input() -> impl Strategy<Value = Value> {
    (
        event(),
        proptest::collection::vec((0usize..18, any::<usize>()), 0..3),
    )
        .prop_map(|(event, corruptions)| {
            corruptions
                .into_iter()
                .fold(event, |input, (how, at)| corrupt(input, how, at))
        })
}

/// How many generated inputs get past the JSON reader and the validator, so
/// that the test is known to exercise the scheduler, not only the refusals.
#[test]
fn untrusted_inputs_are_both_scheduled_and_refused() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = input();
    let (mut scheduled, mut refused) = (0, 0);
    for _ in 0..500 {
        let value = strategy.new_tree(&mut runner).unwrap().current();
        match serde_json::from_value::<Input>(value).map(|input| schedule(&input).is_ok()) {
            Ok(true) => scheduled += 1,
            _ => refused += 1,
        }
    }
    assert!(
        scheduled >= 150 && refused >= 100,
        "{scheduled} scheduled, {refused} refused"
    );
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
