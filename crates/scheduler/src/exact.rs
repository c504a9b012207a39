//! Exhaustive branch and bound for small instances: the reference optimum
//! that tests compare the heuristic with.
//!
//! Kept apart from the solver (own indexing, own search) so that it checks
//! the solver rather than repeating it.

use std::collections::BTreeMap;

use crate::Input;

/// Most non-fixed meetings [`solve`] takes on.
pub const LIMIT: usize = 16;

/// Most search nodes [`solve`] visits before giving up.
pub const NODES: u64 = 50_000_000;

/// The optimal summed priority (fixed meetings included) of a valid input
/// with at most [`LIMIT`] non-fixed meetings; `None` if the input is invalid
/// or too big (more meetings, or a search of more than [`NODES`] nodes).
pub fn solve(input: &Input) -> Option<u64> {
    crate::problem::Problem::new(input).ok()?;
    let slot: BTreeMap<&str, usize> = input
        .slots
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let person: BTreeMap<&str, usize> = input
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let ns = input.slots.len();
    let np = input.participants.len();
    let mut available = vec![true; np * ns];
    for (p, part) in input.participants.iter().enumerate() {
        if let Some(ids) = &part.available {
            for s in 0..ns {
                available[p * ns + s] = false;
            }
            for id in ids {
                available[p * ns + slot[id.as_str()]] = true;
            }
        }
    }
    let fixed: BTreeMap<&str, usize> = input
        .fixed
        .iter()
        .map(|f| (f.meeting.as_str(), slot[f.slot.as_str()]))
        .collect();
    let mut search = Search {
        ns,
        nodes: NODES,
        available,
        busy: vec![false; np * ns],
        left: input
            .participants
            .iter()
            .map(|p| p.max_meetings.map_or(u64::MAX, u64::from))
            .collect(),
        tables: vec![u64::from(input.tables); ns],
        meetings: Vec::new(),
        best: 0,
    };
    let mut base = 0;
    for m in &input.meetings {
        let ps: Vec<usize> = m.participants.iter().map(|p| person[p.as_str()]).collect();
        if let Some(&s) = fixed.get(m.id.as_str()) {
            for &p in &ps {
                search.busy[p * ns + s] = true;
                search.left[p] -= 1;
            }
            search.tables[s] -= 1;
            base += u64::from(m.priority);
        } else {
            let slots: Vec<usize> = (0..ns)
                .filter(|&s| ps.iter().all(|&p| search.available[p * ns + s]))
                .collect();
            search.meetings.push((u64::from(m.priority), ps, slots));
        }
    }
    if search.meetings.len() > LIMIT {
        return None;
    }
    search.meetings.sort_by_key(|m| std::cmp::Reverse(m.0));
    search.go(0, 0);
    (search.nodes > 0).then_some(base + search.best)
}

struct Search {
    ns: usize,
    /// Nodes left before giving up.
    nodes: u64,
    available: Vec<bool>,
    busy: Vec<bool>,
    left: Vec<u64>,
    tables: Vec<u64>,
    /// (priority, participants, available slots), heaviest first.
    meetings: Vec<(u64, Vec<usize>, Vec<usize>)>,
    best: u64,
}

impl Search {
    fn fits(&self, i: usize, s: usize) -> bool {
        let (_, ps, _) = &self.meetings[i];
        self.tables[s] > 0
            && ps
                .iter()
                .all(|&p| !self.busy[p * self.ns + s] && self.left[p] > 0)
    }

    fn go(&mut self, i: usize, value: u64) {
        if self.nodes == 0 {
            return;
        }
        self.nodes -= 1;
        self.best = self.best.max(value);
        if i == self.meetings.len() {
            return;
        }
        // Optimistic: the later meetings that fit somewhere now, heaviest
        // first, each counted against the participant with the least room
        // (free usable slots and remaining limit), and no more of them than
        // there are free tables.
        let mut free: u64 = self.tables.iter().sum();
        let mut room: Vec<u64> = (0..self.left.len())
            .map(|p| {
                let slots = (0..self.ns)
                    .filter(|&s| {
                        self.available[p * self.ns + s]
                            && !self.busy[p * self.ns + s]
                            && self.tables[s] > 0
                    })
                    .count() as u64;
                slots.min(self.left[p])
            })
            .collect();
        let mut bound = value;
        for j in i..self.meetings.len() {
            if free == 0 {
                break;
            }
            if !self.meetings[j].2.iter().any(|&s| self.fits(j, s)) {
                continue;
            }
            let p = *self.meetings[j]
                .1
                .iter()
                .min_by_key(|&&p| room[p])
                .expect("participants");
            if room[p] > 0 {
                room[p] -= 1;
                bound += self.meetings[j].0;
                free -= 1;
            }
        }
        if bound <= self.best {
            return;
        }
        let slots = self.meetings[i].2.clone();
        for s in slots {
            if !self.fits(i, s) {
                continue;
            }
            self.set(i, s, true);
            self.go(i + 1, value + self.meetings[i].0);
            self.set(i, s, false);
        }
        self.go(i + 1, value);
    }

    fn set(&mut self, i: usize, s: usize, on: bool) {
        let ns = self.ns;
        let ps = std::mem::take(&mut self.meetings[i].1);
        for &p in &ps {
            self.busy[p * ns + s] = on;
            if on {
                self.left[p] -= 1;
            } else {
                self.left[p] += 1;
            }
        }
        self.meetings[i].1 = ps;
        if on {
            self.tables[s] -= 1;
        } else {
            self.tables[s] += 1;
        }
    }
}
