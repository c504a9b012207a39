//! Small random instances for the tests, deterministic from a seed.

#![allow(dead_code)]

use chrono::{Duration, TimeZone, Utc};
use landfall_scheduler::{Fixed, Input, Meeting, Participant, Slot};

/// SplitMix64.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Shape of a small instance.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    pub slots: usize,
    pub tables: u32,
    pub participants: usize,
    pub meetings: usize,
}

/// A random valid instance: slots over one or two days (some out of start
/// order in the input), random availability, limits and priorities, two or
/// three participants per meeting, and fixed meetings taken from a random
/// feasible partial schedule.
pub fn instance(seed: u64, shape: Shape) -> Input {
    let mut rng = Rng(seed);
    let Shape {
        slots: ns,
        tables,
        participants: np,
        meetings: nm,
    } = shape;
    let base = Utc.with_ymd_and_hms(2027, 3, 10, 9, 0, 0).unwrap();
    let two_days = rng.chance(30);
    let mut slots: Vec<Slot> = (0..ns)
        .map(|i| {
            let day = if two_days && i >= ns / 2 { 1 } else { 0 };
            let start = base + Duration::days(day) + Duration::minutes(20 * i as i64);
            Slot {
                id: format!("s{}", i + 1),
                start,
                end: start + Duration::minutes(20),
            }
        })
        .collect();
    // Input order need not be start order.
    for i in (1..slots.len()).rev() {
        if rng.chance(30) {
            let j = rng.range(0, i);
            slots.swap(i, j);
        }
    }
    let mut avail = vec![true; np * ns];
    let participants: Vec<Participant> = (0..np)
        .map(|p| {
            let available = if rng.chance(40) {
                let share = rng.range(30, 90) as u64;
                let ids: Vec<String> = (0..ns)
                    .filter(|&s| {
                        let a = rng.chance(share);
                        avail[p * ns + s] = a;
                        a
                    })
                    .map(|s| format!("s{}", s + 1))
                    .collect();
                Some(ids)
            } else {
                None
            };
            let max_meetings = rng.chance(30).then(|| rng.range(0, 4) as u32);
            Participant {
                id: format!("p{}", p + 1),
                available,
                max_meetings,
            }
        })
        .collect();
    let mut meetings = Vec::new();
    for i in 0..nm {
        let size = if np >= 3 && rng.chance(15) { 3 } else { 2 };
        let mut ps: Vec<usize> = Vec::new();
        while ps.len() < size.min(np) {
            let p = rng.range(0, np - 1);
            if !ps.contains(&p) {
                ps.push(p);
            }
        }
        let priority = match rng.next() % 10 {
            0..=5 => 1,
            6..=7 => 2,
            8 => 3,
            _ => rng.range(1, 7) as u32,
        };
        meetings.push(Meeting {
            id: format!("m{}", i + 1),
            participants: ps.iter().map(|p| format!("p{}", p + 1)).collect(),
            priority,
        });
    }
    // Fixed: a random feasible partial schedule, some of it fixed.
    let mut fixed = Vec::new();
    if rng.chance(50) {
        let mut busy = vec![false; np * ns];
        let mut load = vec![0u32; ns];
        let mut count = vec![0u32; np];
        let mut used_tables: Vec<Vec<u32>> = vec![Vec::new(); ns];
        for m in &meetings {
            if !rng.chance(35) {
                continue;
            }
            let ps: Vec<usize> = m
                .participants
                .iter()
                .map(|id| id[1..].parse::<usize>().unwrap() - 1)
                .collect();
            let s = rng.range(0, ns - 1);
            let ok = load[s] < tables
                && ps.iter().all(|&p| {
                    avail[p * ns + s]
                        && !busy[p * ns + s]
                        && participants[p]
                            .max_meetings
                            .is_none_or(|max| count[p] < max)
                });
            if !ok {
                continue;
            }
            let free: Vec<u32> = (1..=tables)
                .filter(|t| !used_tables[s].contains(t))
                .collect();
            let table = free[rng.range(0, free.len() - 1)];
            used_tables[s].push(table);
            load[s] += 1;
            for &p in &ps {
                busy[p * ns + s] = true;
                count[p] += 1;
            }
            fixed.push(Fixed {
                meeting: m.id.clone(),
                slot: format!("s{}", s + 1),
                table,
            });
        }
    }
    Input {
        slots,
        tables,
        participants,
        meetings,
        fixed,
    }
}

/// A random shape for exactness tests (at most `max_meetings` meetings).
pub fn small_shape(rng: &mut Rng, max_meetings: usize) -> Shape {
    Shape {
        slots: rng.range(1, 8),
        tables: rng.range(1, 4) as u32,
        participants: rng.range(2, 10),
        meetings: rng.range(0, max_meetings),
    }
}
