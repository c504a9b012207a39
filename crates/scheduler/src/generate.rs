//! Realistic random instances for tests and benchmarks, deterministic from a
//! seed.
//!
//! * Slots of 20 minutes over two days (2027-03-10 and 11), each day a
//!   morning block from 09:00 and an afternoon block from 13:30 (a lunch
//!   break between).
//! * A share of the participants has restricted availability: half of them
//!   only the mornings, the others a random 50–70 % of the slots.
//! * A share has a `max_meetings` of 8–16.
//! * Each meeting is asked for by a participant drawn uniformly and is with
//!   participants drawn by a skewed (Zipf-like) popularity, so a few are
//!   asked for by many and most by few; a share of meetings has three
//!   participants; no two meetings have the same participants.
//! * Priorities are 1 (75 %), 2 (18 %) or 3 (7 %).
//! * A few meetings are fixed, at valid places.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::rng::SplitMix64;
use crate::{Fixed, Input, Meeting, Participant, Slot};

/// The size and shape of a generated instance.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Number of participants.
    pub participants: usize,
    /// Number of meetings.
    pub meetings: usize,
    /// Number of slots (split over two days).
    pub slots: usize,
    /// Number of tables.
    pub tables: u32,
    /// Share of participants with restricted availability.
    pub restricted: f64,
    /// Share of participants with a `max_meetings` (8–16).
    pub limited: f64,
    /// Share of meetings with three participants.
    pub groups: f64,
    /// Number of fixed meetings (fewer if no valid place is found).
    pub fixed: usize,
    /// Popularity skew: participant of popularity rank `i` is drawn with
    /// weight `1 / (i + participants * skew_offset)`; smaller is more skewed.
    pub skew_offset: f64,
}

impl Params {
    /// A conference: 500 participants, 2000 meetings, 20 slots, 40 tables,
    /// 30 % restricted availability.
    pub fn conference() -> Self {
        Params {
            participants: 500,
            meetings: 2_000,
            slots: 20,
            tables: 40,
            restricted: 0.3,
            limited: 0.25,
            groups: 0.02,
            fixed: 10,
            skew_offset: 0.02,
        }
    }

    /// A large event: 5000 participants, 20000 meetings, 24 slots, 400
    /// tables.
    pub fn large() -> Self {
        Params {
            participants: 5_000,
            meetings: 20_000,
            slots: 24,
            tables: 400,
            fixed: 50,
            ..Params::conference()
        }
    }

    /// A huge event: 5000 participants, 50000 meetings, 24 slots, 1000
    /// tables.
    pub fn huge() -> Self {
        Params {
            meetings: 50_000,
            tables: 1_000,
            ..Params::large()
        }
    }

    /// A small instance of the given size (for tests), otherwise like the
    /// conference.
    pub fn small(participants: usize, meetings: usize, slots: usize, tables: u32) -> Self {
        Params {
            participants,
            meetings,
            slots,
            tables,
            fixed: 1,
            ..Params::conference()
        }
    }
}

/// Generates an instance; the same parameters and seed give the same
/// instance.
pub fn conference(params: &Params, seed: u64) -> Input {
    let mut rng = SplitMix64::new(seed ^ 0xC0FF_EE00_D15C_0BA1);
    let slots = make_slots(params.slots);
    let morning: Vec<bool> = morning_flags(params.slots);
    let ns = slots.len();

    let mut available = vec![true; params.participants * ns];
    let participants: Vec<Participant> = (0..params.participants)
        .map(|p| {
            let row = &mut available[p * ns..(p + 1) * ns];
            let restricted = rng.chance(params.restricted);
            let available = if restricted && ns > 0 {
                if rng.chance(0.5) {
                    row.copy_from_slice(&morning);
                } else {
                    let share = 0.5 + 0.2 * rng.unit();
                    for a in row.iter_mut() {
                        *a = rng.chance(share);
                    }
                }
                Some(
                    (0..ns)
                        .filter(|&s| row[s])
                        .map(|s| slots[s].id.clone())
                        .collect(),
                )
            } else {
                None
            };
            let max_meetings = rng.chance(params.limited).then(|| 8 + rng.below(9) as u32);
            Participant {
                id: format!("p{}", p + 1),
                available,
                max_meetings,
            }
        })
        .collect();

    // Popularity: a random permutation, weight 1 / (rank + offset).
    let n = params.participants;
    let mut meetings = Vec::new();
    if n >= 2 {
        let mut by_rank: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut by_rank);
        let offset = (n as f64 * params.skew_offset).max(1.0);
        let mut cumulative = Vec::with_capacity(n);
        let mut total = 0.0;
        for i in 0..n {
            total += 1.0 / (i as f64 + offset);
            cumulative.push(total);
        }
        let popular = |rng: &mut SplitMix64| {
            let x = rng.unit() * total;
            let i = cumulative.partition_point(|&c| c <= x).min(n - 1);
            by_rank[i]
        };
        let mut pairs: BTreeSet<Vec<usize>> = BTreeSet::new();
        let mut attempts = 0usize;
        while meetings.len() < params.meetings && attempts < params.meetings * 20 {
            attempts += 1;
            let size = if n >= 3 && rng.chance(params.groups) {
                3
            } else {
                2
            };
            let mut ps = vec![rng.below(n)];
            let mut tries = 0;
            while ps.len() < size && tries < 100 {
                tries += 1;
                let q = popular(&mut rng);
                if !ps.contains(&q) {
                    ps.push(q);
                }
            }
            if ps.len() < size {
                continue;
            }
            let mut key = ps.clone();
            key.sort_unstable();
            if !pairs.insert(key) {
                continue;
            }
            let roll = rng.unit();
            let priority = if roll < 0.75 {
                1
            } else if roll < 0.93 {
                2
            } else {
                3
            };
            meetings.push(Meeting {
                id: format!("m{}", meetings.len() + 1),
                participants: ps.iter().map(|&p| format!("p{}", p + 1)).collect(),
                priority,
            });
        }
    }

    // Fixed meetings at valid places.
    let mut fixed = Vec::new();
    let mut busy: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut count = vec![0u32; n];
    let mut tables_taken: BTreeSet<(usize, u32)> = BTreeSet::new();
    let mut chosen: BTreeSet<usize> = BTreeSet::new();
    let mut attempts = 0;
    while fixed.len() < params.fixed && attempts < params.fixed * 20 && !meetings.is_empty() {
        attempts += 1;
        let m = rng.below(meetings.len());
        if chosen.contains(&m) || ns == 0 {
            continue;
        }
        let ps: Vec<usize> = meetings[m]
            .participants
            .iter()
            .map(|id| id[1..].parse::<usize>().expect("generated id") - 1)
            .collect();
        let s = rng.below(ns);
        let table = 1 + rng.below(params.tables as usize) as u32;
        let ok = !tables_taken.contains(&(s, table))
            && ps.iter().all(|&p| {
                available[p * ns + s]
                    && !busy.contains(&(p, s))
                    && participants[p]
                        .max_meetings
                        .is_none_or(|max| count[p] < max)
            });
        if !ok {
            continue;
        }
        chosen.insert(m);
        tables_taken.insert((s, table));
        for &p in &ps {
            busy.insert((p, s));
            count[p] += 1;
        }
        fixed.push(Fixed {
            meeting: meetings[m].id.clone(),
            slot: slots[s].id.clone(),
            table,
        });
    }

    Input {
        slots,
        tables: params.tables,
        participants,
        meetings,
        fixed,
    }
}

/// Slots per day: the first day gets the odd one.
fn per_day(slots: usize) -> [usize; 2] {
    [slots.div_ceil(2), slots / 2]
}

fn morning_flags(slots: usize) -> Vec<bool> {
    let mut flags = Vec::with_capacity(slots);
    for k in per_day(slots) {
        let morning = k.div_ceil(2);
        flags.extend((0..k).map(|i| i < morning));
    }
    flags
}

fn make_slots(slots: usize) -> Vec<Slot> {
    let mut out = Vec::with_capacity(slots);
    for (day, k) in per_day(slots).into_iter().enumerate() {
        let date: DateTime<Utc> = Utc
            .with_ymd_and_hms(2027, 3, 10 + day as u32, 9, 0, 0)
            .single()
            .expect("valid date");
        let morning = k.div_ceil(2);
        // The afternoon starts at 13:30, or an hour after the morning ends.
        let afternoon = (20 * morning as i64 + 60).max(270);
        for i in 0..k {
            let start = if i < morning {
                date + Duration::minutes(20 * i as i64)
            } else {
                date + Duration::minutes(afternoon + 20 * (i - morning) as i64)
            };
            out.push(Slot {
                id: format!("s{}", out.len() + 1),
                start,
                end: start + Duration::minutes(20),
            });
        }
    }
    out
}
