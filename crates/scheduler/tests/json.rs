//! The JSON contract.

use landfall_scheduler::{Input, Output, UnscheduledCode, check, schedule};
use serde_json::json;

const EXAMPLE: &str = r#"{"slots": [{"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"}],
 "tables": 40,
 "participants": [{"id": "p1", "available": ["s1", "s2"], "max_meetings": 12}],
 "meetings": [{"id": "m1", "participants": ["p1", "p2"], "priority": 2}],
 "fixed": [{"meeting": "m7", "slot": "s3", "table": 5}]}"#;

#[test]
fn contract_example_round_trips() {
    let input: Input = serde_json::from_str(EXAMPLE).unwrap();
    assert_eq!(input.slots.len(), 1);
    assert_eq!(input.tables, 40);
    assert_eq!(
        input.participants[0].available.as_deref(),
        Some(&["s1".to_string(), "s2".to_string()][..])
    );
    assert_eq!(input.participants[0].max_meetings, Some(12));
    assert_eq!(input.meetings[0].priority, 2);
    assert_eq!(input.fixed[0].table, 5);
    let text = serde_json::to_string(&input).unwrap();
    let again: Input = serde_json::from_str(&text).unwrap();
    assert_eq!(again, input);
    let expected: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    assert_eq!(serde_json::to_value(&input).unwrap(), expected);
    // The example refers to p2, s2, s3 and m7, which it does not define.
    assert!(schedule(&input).is_err());
}

#[test]
fn defaults_apply_when_fields_are_absent() {
    let input: Input = serde_json::from_value(json!({
        "slots": [{"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"}],
        "tables": 1,
        "participants": [{"id": "p1"}, {"id": "p2"}],
        "meetings": [{"id": "m1", "participants": ["p1", "p2"]}]
    }))
    .unwrap();
    assert_eq!(input.participants[0].available, None);
    assert_eq!(input.participants[0].max_meetings, None);
    assert_eq!(input.meetings[0].priority, 1);
    assert!(input.fixed.is_empty());
}

#[test]
fn output_serialises_as_documented() {
    let input: Input = serde_json::from_value(json!({
        "slots": [
            {"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"},
            {"id": "s2", "start": "2027-03-10T09:20:00Z", "end": "2027-03-10T09:40:00Z"}
        ],
        "tables": 1,
        "participants": [
            {"id": "p1", "available": ["s1"]},
            {"id": "p2"},
            {"id": "p3", "available": ["s2"]},
            {"id": "p4", "max_meetings": 0},
            {"id": "p5"}
        ],
        "meetings": [
            {"id": "m1", "participants": ["p1", "p2"], "priority": 3},
            {"id": "m2", "participants": ["p1", "p3"]},
            {"id": "m3", "participants": ["p4", "p2"]},
            {"id": "m4", "participants": ["p2", "p5"]},
            {"id": "m5", "participants": ["p3", "p5"], "priority": 2}
        ],
        "fixed": [{"meeting": "m5", "slot": "s2", "table": 1}]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    let value = serde_json::to_value(&output).unwrap();
    assert_eq!(
        value["scheduled"],
        json!([
            {"meeting": "m1", "slot": "s1", "table": 1},
            {"meeting": "m5", "slot": "s2", "table": 1}
        ])
    );
    let codes: Vec<(String, String)> = value["unscheduled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            (
                u["meeting"].as_str().unwrap().to_string(),
                u["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        vec![
            ("m2".to_string(), "no_common_slot".to_string()),
            ("m3".to_string(), "limit_reached".to_string()),
            ("m4".to_string(), "participant_busy".to_string()),
        ]
    );
    for u in &output.unscheduled {
        assert!(!u.reason.is_empty());
    }
    assert!(
        output.unscheduled[0].reason.contains("p1") && output.unscheduled[0].reason.contains("p3")
    );
    assert!(output.unscheduled[1].reason.contains("p4"));
    let stats = &value["stats"];
    assert_eq!(stats["meetings"], 5);
    assert_eq!(stats["scheduled"], 2);
    assert_eq!(stats["unscheduled"], 3);
    assert_eq!(stats["fixed"], 1);
    assert_eq!(stats["priority_scheduled"], 5);
    assert_eq!(stats["priority_total"], 8);
    assert_eq!(stats["upper_bound"], 5);
    assert_eq!(stats["gap_to_bound"], 0.0);
    assert_eq!(stats["idle_gaps"], 0);
    assert_eq!(stats["optimal"], true);
    let back: Output = serde_json::from_value(value).unwrap();
    assert_eq!(back, output);
}

#[test]
fn no_room_is_reported() {
    let input: Input = serde_json::from_value(json!({
        "slots": [{"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"}],
        "tables": 1,
        "participants": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
        "meetings": [
            {"id": "m1", "participants": ["a", "b"], "priority": 2},
            {"id": "m2", "participants": ["c", "d"]}
        ]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    assert_eq!(output.scheduled.len(), 1);
    assert_eq!(output.unscheduled[0].meeting, "m2");
    assert_eq!(output.unscheduled[0].code, UnscheduledCode::NoRoom);
    assert_eq!(
        serde_json::to_value(UnscheduledCode::NoRoom).unwrap(),
        json!("no_room")
    );
}

#[test]
fn gaps_are_avoided_and_counted_per_day() {
    // p1 meets p2..p4; with six slots over two days, a gap-free plan exists.
    let input: Input = serde_json::from_value(json!({
        "slots": [
            {"id": "a1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"},
            {"id": "a3", "start": "2027-03-10T09:40:00Z", "end": "2027-03-10T10:00:00Z"},
            {"id": "a2", "start": "2027-03-10T09:20:00Z", "end": "2027-03-10T09:40:00Z"},
            {"id": "b1", "start": "2027-03-11T09:00:00Z", "end": "2027-03-11T09:20:00Z"},
            {"id": "b2", "start": "2027-03-11T09:20:00Z", "end": "2027-03-11T09:40:00Z"},
            {"id": "b3", "start": "2027-03-11T09:40:00Z", "end": "2027-03-11T10:00:00Z"}
        ],
        "tables": 3,
        "participants": [
            {"id": "p1"}, {"id": "p2", "available": ["a1", "a3"]},
            {"id": "p3", "available": ["a2", "b3"]}, {"id": "p4", "available": ["a1", "b1"]}
        ],
        "meetings": [
            {"id": "m2", "participants": ["p1", "p2"]},
            {"id": "m3", "participants": ["p1", "p3"]},
            {"id": "m4", "participants": ["p1", "p4"]}
        ]
    }))
    .unwrap();
    let output = schedule(&input).unwrap();
    check(&input, &output).unwrap();
    assert_eq!(output.scheduled.len(), 3);
    assert_eq!(output.stats.idle_gaps, 0, "{:?}", output.scheduled);
}
