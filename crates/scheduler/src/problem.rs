//! Validation of the input and its indexed form used by the solver and the
//! bound.

use std::collections::BTreeMap;

use crate::{Input, InputError};

/// "No value" in the `u32` index vectors.
pub(crate) const NONE: u32 = u32::MAX;

/// The input validated and turned into index vectors. Slots are renumbered
/// in start order (`0..slots`); participants and meetings keep input order.
pub(crate) struct Problem {
    /// Number of slots.
    pub slots: usize,
    /// Input index of the slot at each start-order position.
    pub slot_input: Vec<usize>,
    /// Day number (0, 1, ...) of each slot position.
    pub slot_day: Vec<u32>,
    /// Range of slot positions of each day.
    pub days: Vec<(usize, usize)>,
    /// Tables per slot.
    pub tables: u32,
    /// Number of participants.
    pub participants: usize,
    /// `available[p * slots + s]`.
    pub available: Vec<bool>,
    /// Meeting limit of each participant (`u32::MAX` = none).
    pub limit: Vec<u32>,
    /// Participants of each meeting (CSR offsets into `members`).
    pub member_start: Vec<usize>,
    /// Participant indices of all meetings, concatenated.
    pub members: Vec<u32>,
    /// Priority of each meeting.
    pub weight: Vec<u32>,
    /// Slots (positions, ascending) in which all participants of a meeting
    /// are available.
    pub common: Vec<Vec<u32>>,
    /// Fixed (slot position, table) of each meeting.
    pub fixed: Vec<Option<(u32, u32)>>,
}

impl Problem {
    /// Validates `input` and indexes it.
    pub fn new(input: &Input) -> Result<Problem, InputError> {
        if input.tables == 0 {
            return Err(InputError::NoTables);
        }
        let mut slot_index: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, slot) in input.slots.iter().enumerate() {
            if slot_index.insert(slot.id.as_str(), i).is_some() {
                return Err(InputError::DuplicateSlot(slot.id.clone()));
            }
            if slot.end <= slot.start {
                return Err(InputError::EmptySlot {
                    slot: slot.id.clone(),
                    start: slot.start,
                    end: slot.end,
                });
            }
        }
        let slots = input.slots.len();
        let mut slot_input: Vec<usize> = (0..slots).collect();
        slot_input.sort_by_key(|&i| (input.slots[i].start, input.slots[i].end, i));
        let mut position = vec![0usize; slots];
        for (pos, &i) in slot_input.iter().enumerate() {
            position[i] = pos;
        }
        let mut slot_day = Vec::with_capacity(slots);
        let mut days: Vec<(usize, usize)> = Vec::new();
        let mut last_date = None;
        for (pos, &i) in slot_input.iter().enumerate() {
            let date = input.slots[i].start.date_naive();
            if last_date != Some(date) {
                days.push((pos, pos));
                last_date = Some(date);
            }
            let day = days.len() - 1;
            days[day].1 = pos + 1;
            slot_day.push(day as u32);
        }

        let mut participant_index: BTreeMap<&str, usize> = BTreeMap::new();
        let participants = input.participants.len();
        let mut available = vec![false; participants * slots];
        let mut limit = Vec::with_capacity(participants);
        for (p, participant) in input.participants.iter().enumerate() {
            if participant_index
                .insert(participant.id.as_str(), p)
                .is_some()
            {
                return Err(InputError::DuplicateParticipant(participant.id.clone()));
            }
            let row = &mut available[p * slots..(p + 1) * slots];
            match &participant.available {
                None => row.iter_mut().for_each(|a| *a = true),
                Some(ids) => {
                    for id in ids {
                        let Some(&i) = slot_index.get(id.as_str()) else {
                            return Err(InputError::UnknownAvailableSlot {
                                participant: participant.id.clone(),
                                slot: id.clone(),
                            });
                        };
                        row[position[i]] = true;
                    }
                }
            }
            limit.push(participant.max_meetings.unwrap_or(u32::MAX));
        }

        let mut meeting_index: BTreeMap<&str, usize> = BTreeMap::new();
        let mut member_start = Vec::with_capacity(input.meetings.len() + 1);
        let mut members = Vec::new();
        let mut weight = Vec::with_capacity(input.meetings.len());
        let mut common = Vec::with_capacity(input.meetings.len());
        member_start.push(0);
        for (m, meeting) in input.meetings.iter().enumerate() {
            if meeting_index.insert(meeting.id.as_str(), m).is_some() {
                return Err(InputError::DuplicateMeeting(meeting.id.clone()));
            }
            if meeting.participants.len() < 2 {
                return Err(InputError::TooFewParticipants {
                    meeting: meeting.id.clone(),
                    count: meeting.participants.len(),
                });
            }
            if meeting.priority == 0 {
                return Err(InputError::ZeroPriority(meeting.id.clone()));
            }
            let first = members.len();
            for id in &meeting.participants {
                let Some(&p) = participant_index.get(id.as_str()) else {
                    return Err(InputError::UnknownParticipant {
                        meeting: meeting.id.clone(),
                        participant: id.clone(),
                    });
                };
                if members[first..].contains(&(p as u32)) {
                    return Err(InputError::RepeatedParticipant {
                        meeting: meeting.id.clone(),
                        participant: id.clone(),
                    });
                }
                members.push(p as u32);
            }
            member_start.push(members.len());
            weight.push(meeting.priority);
            let ps = &members[first..];
            common.push(
                (0..slots as u32)
                    .filter(|&s| {
                        ps.iter()
                            .all(|&p| available[p as usize * slots + s as usize])
                    })
                    .collect(),
            );
        }

        let mut fixed = vec![None; input.meetings.len()];
        let mut at_table: BTreeMap<(usize, u32), usize> = BTreeMap::new();
        let mut busy: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let mut fixed_count = vec![0u32; participants];
        for f in &input.fixed {
            let Some(&m) = meeting_index.get(f.meeting.as_str()) else {
                return Err(InputError::FixedUnknownMeeting(f.meeting.clone()));
            };
            let Some(&i) = slot_index.get(f.slot.as_str()) else {
                return Err(InputError::FixedUnknownSlot {
                    meeting: f.meeting.clone(),
                    slot: f.slot.clone(),
                });
            };
            if f.table == 0 || f.table > input.tables {
                return Err(InputError::FixedTableOutOfRange {
                    meeting: f.meeting.clone(),
                    table: f.table,
                    tables: input.tables,
                });
            }
            if fixed[m].is_some() {
                return Err(InputError::FixedTwice(f.meeting.clone()));
            }
            let s = position[i];
            if let Some(&other) = at_table.get(&(s, f.table)) {
                return Err(InputError::FixedTableClash {
                    slot: f.slot.clone(),
                    table: f.table,
                    first: input.meetings[other].id.clone(),
                    second: f.meeting.clone(),
                });
            }
            at_table.insert((s, f.table), m);
            for &p in &members[member_start[m]..member_start[m + 1]] {
                let p = p as usize;
                if !available[p * slots + s] {
                    return Err(InputError::FixedUnavailable {
                        meeting: f.meeting.clone(),
                        participant: input.participants[p].id.clone(),
                        slot: f.slot.clone(),
                    });
                }
                if let Some(&other) = busy.get(&(p, s)) {
                    return Err(InputError::FixedParticipantClash {
                        participant: input.participants[p].id.clone(),
                        slot: f.slot.clone(),
                        first: input.meetings[other].id.clone(),
                        second: f.meeting.clone(),
                    });
                }
                busy.insert((p, s), m);
                fixed_count[p] += 1;
                if fixed_count[p] > limit[p] {
                    return Err(InputError::FixedOverLimit {
                        participant: input.participants[p].id.clone(),
                        count: fixed_count[p],
                        max: limit[p],
                    });
                }
            }
            fixed[m] = Some((s as u32, f.table));
        }

        Ok(Problem {
            slots,
            slot_input,
            slot_day,
            days,
            tables: input.tables,
            participants,
            available,
            limit,
            member_start,
            members,
            weight,
            common,
            fixed,
        })
    }

    /// Number of meetings.
    pub fn meetings(&self) -> usize {
        self.weight.len()
    }

    /// Participant indices of meeting `m`.
    pub fn members(&self, m: usize) -> &[u32] {
        &self.members[self.member_start[m]..self.member_start[m + 1]]
    }
}
