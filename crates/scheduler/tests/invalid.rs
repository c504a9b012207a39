//! Invalid input is rejected with a message naming the offending item.

use landfall_scheduler::{Input, InputError, exact, schedule, upper_bound};
use serde_json::json;

fn base() -> serde_json::Value {
    json!({
        "slots": [
            {"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"},
            {"id": "s2", "start": "2027-03-10T09:20:00Z", "end": "2027-03-10T09:40:00Z"},
            {"id": "s3", "start": "2027-03-10T09:40:00Z", "end": "2027-03-10T10:00:00Z"}
        ],
        "tables": 2,
        "participants": [
            {"id": "p1", "available": ["s1", "s2"], "max_meetings": 2},
            {"id": "p2"},
            {"id": "p3", "max_meetings": 1}
        ],
        "meetings": [
            {"id": "m1", "participants": ["p1", "p2"], "priority": 2},
            {"id": "m2", "participants": ["p2", "p3"]},
            {"id": "m7", "participants": ["p1", "p3"]}
        ]
    })
}

fn run(value: serde_json::Value) -> Result<(), InputError> {
    let input: Input = serde_json::from_value(value).expect("well-formed JSON");
    let result = schedule(&input).map(|_| ());
    if result.is_err() {
        assert_eq!(upper_bound(&input), 0);
        assert_eq!(exact::solve(&input), None);
    }
    result
}

/// Applies `edit` to the base input and expects an error whose message
/// contains every one of `names`.
fn rejects(edit: impl FnOnce(&mut serde_json::Value), names: &[&str]) -> InputError {
    let mut value = base();
    edit(&mut value);
    let error = run(value).expect_err("input should be rejected");
    let message = error.to_string();
    for name in names {
        assert!(
            message.contains(name),
            "message {message:?} should name {name:?}"
        );
    }
    error
}

#[test]
fn base_is_valid() {
    run(base()).unwrap();
}

#[test]
fn duplicate_ids() {
    let e = rejects(|v| v["slots"][1]["id"] = json!("s1"), &["s1", "slot"]);
    assert_eq!(e, InputError::DuplicateSlot("s1".into()));
    let e = rejects(
        |v| v["participants"][2]["id"] = json!("p2"),
        &["p2", "participant"],
    );
    assert_eq!(e, InputError::DuplicateParticipant("p2".into()));
    let e = rejects(|v| v["meetings"][2]["id"] = json!("m1"), &["m1", "meeting"]);
    assert_eq!(e, InputError::DuplicateMeeting("m1".into()));
}

#[test]
fn unknown_participant_in_meeting() {
    let e = rejects(
        |v| v["meetings"][2]["participants"][1] = json!("p9"),
        &["m7", "p9"],
    );
    assert!(matches!(e, InputError::UnknownParticipant { .. }));
}

#[test]
fn unknown_slot_in_availability() {
    let e = rejects(
        |v| v["participants"][0]["available"][1] = json!("s9"),
        &["p1", "s9"],
    );
    assert!(matches!(e, InputError::UnknownAvailableSlot { .. }));
}

#[test]
fn meeting_with_repeated_or_too_few_participants() {
    let e = rejects(
        |v| v["meetings"][2]["participants"] = json!(["p1", "p3", "p1"]),
        &["m7", "p1"],
    );
    assert!(matches!(e, InputError::RepeatedParticipant { .. }));
    let e = rejects(
        |v| v["meetings"][2]["participants"] = json!(["p1"]),
        &["m7"],
    );
    assert!(matches!(e, InputError::TooFewParticipants { count: 1, .. }));
    let e = rejects(|v| v["meetings"][2]["participants"] = json!([]), &["m7"]);
    assert!(matches!(e, InputError::TooFewParticipants { count: 0, .. }));
}

#[test]
fn priority_zero() {
    let e = rejects(
        |v| v["meetings"][2]["priority"] = json!(0),
        &["m7", "priority"],
    );
    assert_eq!(e, InputError::ZeroPriority("m7".into()));
}

#[test]
fn slot_ending_at_or_before_start() {
    let e = rejects(
        |v| v["slots"][2]["end"] = json!("2027-03-10T09:40:00Z"),
        &["s3"],
    );
    assert!(matches!(e, InputError::EmptySlot { .. }));
    let e = rejects(
        |v| v["slots"][2]["end"] = json!("2027-03-10T09:00:00Z"),
        &["s3"],
    );
    assert!(matches!(e, InputError::EmptySlot { .. }));
}

#[test]
fn zero_tables() {
    let e = rejects(|v| v["tables"] = json!(0), &["tables"]);
    assert_eq!(e, InputError::NoTables);
}

#[test]
fn fixed_unknown_meeting_or_slot() {
    let e = rejects(
        |v| v["fixed"] = json!([{"meeting": "m9", "slot": "s1", "table": 1}]),
        &["m9"],
    );
    assert!(matches!(e, InputError::FixedUnknownMeeting(_)));
    let e = rejects(
        |v| v["fixed"] = json!([{"meeting": "m7", "slot": "s9", "table": 1}]),
        &["m7", "s9"],
    );
    assert!(matches!(e, InputError::FixedUnknownSlot { .. }));
}

#[test]
fn fixed_table_out_of_range() {
    let e = rejects(
        |v| v["fixed"] = json!([{"meeting": "m7", "slot": "s1", "table": 3}]),
        &["m7", "3"],
    );
    assert!(matches!(e, InputError::FixedTableOutOfRange { .. }));
    let e = rejects(
        |v| v["fixed"] = json!([{"meeting": "m7", "slot": "s1", "table": 0}]),
        &["m7", "0"],
    );
    assert!(matches!(e, InputError::FixedTableOutOfRange { .. }));
}

#[test]
fn fixed_meeting_twice() {
    let e = rejects(
        |v| {
            v["fixed"] = json!([
                {"meeting": "m7", "slot": "s1", "table": 1},
                {"meeting": "m7", "slot": "s2", "table": 1}
            ])
        },
        &["m7"],
    );
    assert_eq!(e, InputError::FixedTwice("m7".into()));
}

#[test]
fn fixed_meetings_at_one_table() {
    let e = rejects(
        |v| {
            v["fixed"] = json!([
                {"meeting": "m1", "slot": "s1", "table": 2},
                {"meeting": "m2", "slot": "s1", "table": 2}
            ])
        },
        &["m1", "m2", "s1", "2"],
    );
    assert!(matches!(e, InputError::FixedTableClash { .. }));
}

#[test]
fn fixed_meetings_sharing_a_participant_in_a_slot() {
    let e = rejects(
        |v| {
            v["fixed"] = json!([
                {"meeting": "m1", "slot": "s2", "table": 1},
                {"meeting": "m2", "slot": "s2", "table": 2}
            ])
        },
        &["p2", "m1", "m2", "s2"],
    );
    assert!(matches!(e, InputError::FixedParticipantClash { .. }));
}

#[test]
fn fixed_meeting_where_a_participant_is_unavailable() {
    let e = rejects(
        |v| v["fixed"] = json!([{"meeting": "m7", "slot": "s3", "table": 1}]),
        &["m7", "p1", "s3"],
    );
    assert!(matches!(e, InputError::FixedUnavailable { .. }));
}

#[test]
fn fixed_meetings_over_a_limit() {
    let e = rejects(
        |v| {
            v["fixed"] = json!([
                {"meeting": "m2", "slot": "s1", "table": 1},
                {"meeting": "m7", "slot": "s2", "table": 1}
            ])
        },
        &["p3", "1"],
    );
    assert!(matches!(e, InputError::FixedOverLimit { .. }));
}

#[test]
fn valid_fixed_meetings_are_accepted() {
    let mut value = base();
    value["fixed"] = json!([
        {"meeting": "m1", "slot": "s2", "table": 2},
        {"meeting": "m7", "slot": "s1", "table": 2}
    ]);
    run(value).unwrap();
}
