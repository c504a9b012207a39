//! An independent validator of schedules.
//!
//! Written apart from the solver and sharing no code with it beyond the
//! public types, so that tests can use it to catch solver mistakes. It works
//! on the ids of the input directly.

use std::collections::{BTreeMap, BTreeSet};

use crate::{Input, Output};

/// Checks `output` against the hard rules for `input` and reports every
/// violation found:
///
/// * every meeting of the input appears exactly once, either scheduled or
///   unscheduled, and nothing else appears;
/// * scheduled meetings are in existing slots at tables `1..=tables`, no two
///   at the same table of a slot, at most `tables` per slot;
/// * nobody is in two meetings of one slot;
/// * everyone is available in the slots of their meetings;
/// * nobody has more than `max_meetings` meetings;
/// * fixed meetings are exactly at their slot and table;
/// * the counts, the summed priorities and the idle gaps in the statistics
///   agree with the schedule, and the bound is not below the scheduled
///   priority.
///
/// # Errors
/// The list of violations, each naming the items involved.
pub fn check(input: &Input, output: &Output) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();

    let meetings: BTreeMap<&str, &crate::Meeting> =
        input.meetings.iter().map(|m| (m.id.as_str(), m)).collect();
    let slots: BTreeMap<&str, &crate::Slot> =
        input.slots.iter().map(|s| (s.id.as_str(), s)).collect();
    let participants: BTreeMap<&str, &crate::Participant> = input
        .participants
        .iter()
        .map(|p| (p.id.as_str(), p))
        .collect();

    // Each meeting once, scheduled or not.
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &output.scheduled {
        *seen.entry(a.meeting.as_str()).or_default() += 1;
        if !meetings.contains_key(a.meeting.as_str()) {
            errors.push(format!(
                "scheduled meeting \"{}\" is not in the input",
                a.meeting
            ));
        }
    }
    for u in &output.unscheduled {
        *seen.entry(u.meeting.as_str()).or_default() += 1;
        if !meetings.contains_key(u.meeting.as_str()) {
            errors.push(format!(
                "unscheduled meeting \"{}\" is not in the input",
                u.meeting
            ));
        }
    }
    for m in &input.meetings {
        match seen.get(m.id.as_str()).copied().unwrap_or(0) {
            1 => {}
            0 => errors.push(format!(
                "meeting \"{}\" is neither scheduled nor unscheduled",
                m.id
            )),
            n => errors.push(format!(
                "meeting \"{}\" appears {n} times in the output",
                m.id
            )),
        }
    }

    // Slots and tables.
    let mut tables_used: BTreeMap<(&str, u32), &str> = BTreeMap::new();
    let mut per_slot: BTreeMap<&str, u32> = BTreeMap::new();
    for a in &output.scheduled {
        if !slots.contains_key(a.slot.as_str()) {
            errors.push(format!(
                "meeting \"{}\" is in unknown slot \"{}\"",
                a.meeting, a.slot
            ));
        }
        if a.table == 0 || a.table > input.tables {
            errors.push(format!(
                "meeting \"{}\" is at table {}, outside 1..={}",
                a.meeting, a.table, input.tables
            ));
        }
        if let Some(other) = tables_used.insert((a.slot.as_str(), a.table), a.meeting.as_str()) {
            errors.push(format!(
                "meetings \"{other}\" and \"{}\" share table {} in slot \"{}\"",
                a.meeting, a.table, a.slot
            ));
        }
        *per_slot.entry(a.slot.as_str()).or_default() += 1;
    }
    for (slot, n) in &per_slot {
        if *n > input.tables {
            errors.push(format!(
                "slot \"{slot}\" has {n} meetings but only {} tables",
                input.tables
            ));
        }
    }

    // People: double booking, availability, limits.
    let mut busy: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    let mut count: BTreeMap<&str, u32> = BTreeMap::new();
    for a in &output.scheduled {
        let Some(meeting) = meetings.get(a.meeting.as_str()) else {
            continue;
        };
        for p in &meeting.participants {
            if let Some(other) = busy.insert((p.as_str(), a.slot.as_str()), a.meeting.as_str()) {
                errors.push(format!(
                    "participant \"{p}\" is in meetings \"{other}\" and \"{}\" in slot \"{}\"",
                    a.meeting, a.slot
                ));
            }
            *count.entry(p.as_str()).or_default() += 1;
            match participants.get(p.as_str()) {
                None => errors.push(format!(
                    "meeting \"{}\" has unknown participant \"{p}\"",
                    a.meeting
                )),
                Some(part) => {
                    if let Some(av) = &part.available
                        && !av.iter().any(|s| s == &a.slot)
                    {
                        errors.push(format!(
                            "participant \"{p}\" is not available in slot \"{}\" of meeting \"{}\"",
                            a.slot, a.meeting
                        ));
                    }
                }
            }
        }
    }
    for (p, n) in &count {
        if let Some(max) = participants.get(p).and_then(|part| part.max_meetings)
            && *n > max
        {
            errors.push(format!(
                "participant \"{p}\" has {n} meetings, more than their max_meetings of {max}"
            ));
        }
    }

    // Fixed meetings stay put.
    let placed: BTreeMap<&str, (&str, u32)> = output
        .scheduled
        .iter()
        .map(|a| (a.meeting.as_str(), (a.slot.as_str(), a.table)))
        .collect();
    for f in &input.fixed {
        match placed.get(f.meeting.as_str()) {
            Some(&(slot, table)) if slot == f.slot && table == f.table => {}
            Some(&(slot, table)) => errors.push(format!(
                "fixed meeting \"{}\" moved from slot \"{}\" table {} to slot \"{slot}\" table {table}",
                f.meeting, f.slot, f.table
            )),
            None => errors.push(format!("fixed meeting \"{}\" is not scheduled", f.meeting)),
        }
    }

    // Statistics.
    let st = &output.stats;
    let priority_of = |id: &str| meetings.get(id).map_or(0, |m| u64::from(m.priority));
    let scheduled_priority: u64 = output
        .scheduled
        .iter()
        .map(|a| priority_of(&a.meeting))
        .sum();
    let total_priority: u64 = input.meetings.iter().map(|m| u64::from(m.priority)).sum();
    let fixed: BTreeSet<&str> = input.fixed.iter().map(|f| f.meeting.as_str()).collect();
    let figures = [
        ("meetings", st.meetings as u64, input.meetings.len() as u64),
        (
            "scheduled",
            st.scheduled as u64,
            output.scheduled.len() as u64,
        ),
        (
            "unscheduled",
            st.unscheduled as u64,
            output.unscheduled.len() as u64,
        ),
        ("fixed", st.fixed as u64, fixed.len() as u64),
        (
            "priority_scheduled",
            st.priority_scheduled,
            scheduled_priority,
        ),
        ("priority_total", st.priority_total, total_priority),
        ("idle_gaps", st.idle_gaps, idle_gaps(input, output)),
    ];
    for (name, stated, actual) in figures {
        if stated != actual {
            errors.push(format!(
                "stats.{name} is {stated} but the schedule gives {actual}"
            ));
        }
    }
    if st.upper_bound < scheduled_priority {
        errors.push(format!(
            "stats.upper_bound {} is below the scheduled priority {scheduled_priority}",
            st.upper_bound
        ));
    }

    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Idle gaps of a schedule, counted from the ids: per participant and UTC
/// date, the slots (ordered by start) between their first and last meeting
/// that they have no meeting in.
fn idle_gaps(input: &Input, output: &Output) -> u64 {
    let mut order: Vec<&crate::Slot> = input.slots.iter().collect();
    order.sort_by_key(|s| (s.start, s.end));
    // Rank of each slot within its day.
    let mut rank: BTreeMap<&str, (chrono::NaiveDate, i64)> = BTreeMap::new();
    let mut day = None;
    let mut i = 0i64;
    for s in order {
        let d = s.start.date_naive();
        if day != Some(d) {
            day = Some(d);
            i = 0;
        }
        rank.insert(s.id.as_str(), (d, i));
        i += 1;
    }
    let meetings: BTreeMap<&str, &crate::Meeting> =
        input.meetings.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut days: BTreeMap<(&str, chrono::NaiveDate), BTreeSet<i64>> = BTreeMap::new();
    for a in &output.scheduled {
        let (Some(m), Some(&(d, r))) =
            (meetings.get(a.meeting.as_str()), rank.get(a.slot.as_str()))
        else {
            continue;
        };
        for p in &m.participants {
            days.entry((p.as_str(), d)).or_default().insert(r);
        }
    }
    days.values()
        .map(|set| {
            let first = *set.first().expect("non-empty");
            let last = *set.last().expect("non-empty");
            (last - first + 1) as u64 - set.len() as u64
        })
        .sum()
}
