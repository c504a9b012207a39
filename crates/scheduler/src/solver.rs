//! The scheduling heuristic.
//!
//! Phases, all deterministic. The upper bound is computed first; every
//! improvement phase stops as soon as the summed priority reaches it.
//!
//! 1. **Greedy**: fixed meetings first, then the others by priority
//!    (highest first) and fewest usable slots, each into the usable slot that
//!    adds the fewest idle gaps (then the least loaded, then the earliest).
//! 2. **Repair**: every unplaced meeting is offered
//!    * an *augmenting chain*: the meetings in its way in a slot are moved
//!      elsewhere, recursively (depth 3, node budget), or a full slot is
//!      relieved by moving one of its meetings to a slot with room;
//!    * an *ejection chain*: it takes a slot, pushing out what is in the way
//!      (the blocking meetings, the lightest meeting of a participant at
//!      their limit, the lightest meeting of a full slot); the pushed-out
//!      meetings are re-placed by augmenting chains or further ejections
//!      (depth 2), and a participant who lost a meeting for good may take
//!      another of their unplaced meetings instead (an alternating path, as
//!      in b-matching). The best ejection is kept only if the summed
//!      priority rises.
//!
//!    Passes repeat while they help; a meeting that failed is retried only
//!    after a kept change involved one of its participants.
//! 3. **Ruin and recreate**: rounds (`Options::iterations`, stopped early
//!    when nothing improves for a while) in which the meetings of the
//!    participants of a random unplaced meeting (sometimes of a random
//!    participant), and of some partners, are taken out and placed again by
//!    priority in random order, with augmenting and ejection chains; a round
//!    is kept when the summed priority does not fall and the idle gaps of
//!    the touched participants do not grow.
//! 4. **Exact re-optimisation**: the meetings are split into connected
//!    components (meetings linked by a shared participant); components are
//!    packed into groups of at most `Options::exact_limit` meetings, and each
//!    group's placement is re-solved by branch and bound with the rest of the
//!    schedule held still (tables are the only thing groups share). A group
//!    that covers the whole instance makes the result provably optimal. On
//!    the test instances the heuristic alone already reaches the optimum;
//!    this phase is what lets [`crate::Stats::optimal`] say so.
//! 5. **Repair** again (cheap: only meetings whose participants changed),
//!    then **gap polishing**: single-meeting moves and Kempe-chain swaps
//!    between two slots (the closure of the meetings of both slots linked by
//!    shared participants changes slot), kept when they reduce idle gaps;
//!    the placed set never changes, so the summed priority is untouched.
//!
//! Tables are interchangeable, so the search treats a slot as a capacity;
//! table numbers are given at the end (fixed meetings keep theirs, the others
//! take the free numbers in ascending order, by input order of the meeting).
//!
//! A participant's capacity is the smaller of their `max_meetings` and the
//! number of slots they are available in: someone busy in every slot they
//! can attend is treated like someone at their limit.

use crate::problem::{NONE, Problem};
use crate::rng::SplitMix64;
use crate::{Assignment, Input, Options, Output, Stats, Unscheduled, UnscheduledCode};

/// Depth of augmenting chains in the repair phase.
const REPAIR_DEPTH: u32 = 3;
/// Node budget of one augmenting-chain search.
const REPAIR_BUDGET: u64 = 400;
/// Depth of ejection chains (ejections within ejections).
const EJECT_DEPTH: u32 = 2;
/// Most meetings of a full slot looked at when choosing one to push out.
const VICTIM_SCAN: usize = 48;
/// Largest Kempe chain tried when polishing gaps.
const KEMPE_LIMIT: usize = 24;
/// Most passes of the repair and polishing loops.
const MAX_PASSES: usize = 12;

pub(crate) fn solve(input: &Input, pr: &Problem, options: &Options) -> Output {
    let mut st = State::new(pr);
    st.bound = crate::bound::upper_bound(pr);
    let order = greedy_order(pr);
    st.place_fixed();
    st.greedy(&order);
    st.repair(&order);
    st.ruin_and_recreate(&order, options);
    let proven = st.value >= st.bound || st.exact_phase(options);
    st.repair(&order);
    st.polish_gaps(&order);
    st.output(input, proven)
}

/// Non-fixed meetings by priority (highest first), then fewest usable slots,
/// then input order.
fn greedy_order(pr: &Problem) -> Vec<u32> {
    let mut order: Vec<u32> = (0..pr.meetings() as u32)
        .filter(|&m| pr.fixed[m as usize].is_none())
        .collect();
    order.sort_by_key(|&m| {
        let m = m as usize;
        (std::cmp::Reverse(pr.weight[m]), pr.common[m].len(), m)
    });
    order
}

struct State<'a> {
    pr: &'a Problem,
    ns: usize,
    slot_of: Vec<u32>,
    /// Meeting of participant `p` in slot `s` at `p * ns + s`.
    occ: Vec<u32>,
    load: Vec<u32>,
    count: Vec<u32>,
    /// Meetings in each slot (unordered).
    in_slot: Vec<Vec<u32>>,
    /// Index of each placed meeting in its slot's `in_slot` list.
    pos: Vec<u32>,
    value: u64,
    free_total: u64,
    /// Undo log: (meeting, slot it was in before the change or NONE).
    journal: Vec<(u32, u32)>,
    /// Fixed meetings and meetings held still by a running move.
    locked: Vec<bool>,
    /// Lightest priority of a movable meeting.
    min_weight: u32,
    /// Movable meetings of each participant, heaviest first.
    by_p: Vec<Vec<u32>>,
    /// Most meetings each participant can have: their limit or their
    /// number of available slots, whichever is smaller.
    cap: Vec<u32>,
    /// Counter of kept changes.
    clock: u64,
    /// Value of `clock` when a kept change last involved each participant.
    stamp: Vec<u64>,
    /// Value of `clock` when each meeting last failed to get in (`u64::MAX`
    /// = never tried).
    tried: Vec<u64>,
    /// Upper bound on the summed priority: the search stops on reaching it.
    bound: u64,
    /// Words of a slot bit set.
    words: usize,
    /// Slots each participant has a meeting in (`words` per participant).
    busy_bits: Vec<u64>,
    /// Slots with a free table.
    room_bits: Vec<u64>,
    /// Slots each participant is available in.
    avail_bits: Vec<u64>,
    /// Slots all participants of each meeting are available in.
    common_bits: Vec<u64>,
}

impl<'a> State<'a> {
    fn new(pr: &'a Problem) -> Self {
        let ns = pr.slots;
        let words = ns.div_ceil(64).max(1);
        let mut common_bits = vec![0u64; pr.meetings() * words];
        for m in 0..pr.meetings() {
            for &s in &pr.common[m] {
                common_bits[m * words + s as usize / 64] |= 1 << (s % 64);
            }
        }
        let mut room_bits = vec![0u64; words];
        if pr.tables > 0 {
            for s in 0..ns {
                room_bits[s / 64] |= 1 << (s % 64);
            }
        }
        let mut avail_bits = vec![0u64; pr.participants * words];
        for p in 0..pr.participants {
            for s in 0..ns {
                if pr.available[p * ns + s] {
                    avail_bits[p * words + s / 64] |= 1 << (s % 64);
                }
            }
        }
        State {
            avail_bits,
            cap: (0..pr.participants)
                .map(|p| {
                    let avail = pr.available[p * ns..(p + 1) * ns]
                        .iter()
                        .filter(|&&a| a)
                        .count();
                    pr.limit[p].min(avail as u32)
                })
                .collect(),
            clock: 0,
            stamp: vec![0; pr.participants],
            tried: vec![u64::MAX; pr.meetings()],
            bound: u64::MAX,
            words,
            busy_bits: vec![0; pr.participants * words],
            room_bits,
            common_bits,
            pr,
            ns,
            slot_of: vec![NONE; pr.meetings()],
            occ: vec![NONE; pr.participants * ns],
            load: vec![0; ns],
            count: vec![0; pr.participants],
            in_slot: vec![Vec::new(); ns],
            pos: vec![NONE; pr.meetings()],
            value: 0,
            free_total: ns as u64 * u64::from(pr.tables),
            journal: Vec::new(),
            locked: pr.fixed.iter().map(Option::is_some).collect(),
            min_weight: (0..pr.meetings())
                .filter(|&m| pr.fixed[m].is_none())
                .map(|m| pr.weight[m])
                .min()
                .unwrap_or(0),
            by_p: {
                let mut by_p: Vec<Vec<u32>> = vec![Vec::new(); pr.participants];
                for m in greedy_order(pr) {
                    for &p in pr.members(m as usize) {
                        by_p[p as usize].push(m);
                    }
                }
                by_p
            },
        }
    }

    // ----- primitive changes -------------------------------------------

    fn raw_place(&mut self, m: u32, s: u32) {
        let mu = m as usize;
        let su = s as usize;
        debug_assert_eq!(self.slot_of[mu], NONE);
        let (word, bit) = (su / 64, 1u64 << (su % 64));
        for &p in self.pr.members(mu) {
            let i = p as usize * self.ns + su;
            debug_assert_eq!(self.occ[i], NONE);
            self.occ[i] = m;
            self.count[p as usize] += 1;
            self.busy_bits[p as usize * self.words + word] |= bit;
        }
        self.slot_of[mu] = s;
        self.load[su] += 1;
        if self.load[su] >= self.pr.tables {
            self.room_bits[word] &= !bit;
        }
        self.pos[mu] = self.in_slot[su].len() as u32;
        self.in_slot[su].push(m);
        self.value += u64::from(self.pr.weight[mu]);
        self.free_total -= 1;
    }

    fn raw_remove(&mut self, m: u32) {
        let mu = m as usize;
        let s = self.slot_of[mu];
        let su = s as usize;
        let (word, bit) = (su / 64, 1u64 << (su % 64));
        for &p in self.pr.members(mu) {
            self.occ[p as usize * self.ns + su] = NONE;
            self.count[p as usize] -= 1;
            self.busy_bits[p as usize * self.words + word] &= !bit;
        }
        self.slot_of[mu] = NONE;
        self.load[su] -= 1;
        self.room_bits[word] |= bit;
        let i = self.pos[mu] as usize;
        self.in_slot[su].swap_remove(i);
        if let Some(&moved) = self.in_slot[su].get(i) {
            self.pos[moved as usize] = i as u32;
        }
        self.pos[mu] = NONE;
        self.value -= u64::from(self.pr.weight[mu]);
        self.free_total += 1;
    }

    fn place(&mut self, m: u32, s: u32) {
        self.raw_place(m, s);
        self.journal.push((m, NONE));
    }

    fn remove(&mut self, m: u32) {
        let s = self.slot_of[m as usize];
        self.raw_remove(m);
        self.journal.push((m, s));
    }

    fn mark(&self) -> usize {
        self.journal.len()
    }

    fn rollback(&mut self, mark: usize) {
        while self.journal.len() > mark {
            let (m, before) = self.journal.pop().expect("journal entry");
            if before == NONE {
                self.raw_remove(m);
            } else {
                self.raw_place(m, before);
            }
        }
    }

    /// Forgets the undo log (at top level, after a change is accepted).
    fn commit(&mut self) {
        if !self.journal.is_empty() {
            self.clock += 1;
            for &(m, _) in &self.journal {
                for &p in self.pr.members(m as usize) {
                    self.stamp[p as usize] = self.clock;
                }
            }
        }
        self.journal.clear();
    }

    // ----- queries -------------------------------------------------------

    fn occ(&self, p: u32, s: u32) -> u32 {
        self.occ[p as usize * self.ns + s as usize]
    }

    /// Whether `m` (unplaced) fits in `s` as things are.
    fn fits(&self, m: u32, s: u32) -> bool {
        if self.load[s as usize] >= self.pr.tables {
            return false;
        }
        self.pr
            .members(m as usize)
            .iter()
            .all(|&p| self.occ(p, s) == NONE && self.count[p as usize] < self.cap[p as usize])
    }

    fn at_limit(&self, m: u32) -> bool {
        self.pr
            .members(m as usize)
            .iter()
            .any(|&p| self.count[p as usize] >= self.cap[p as usize])
    }

    /// First and last slot and number of meetings of participant `p` on
    /// day `d` (`None` without meetings), from the busy bits.
    fn day_span(&self, p: u32, d: usize) -> Option<(usize, usize, usize)> {
        self.day_span_without(p, d, usize::MAX)
    }

    /// [`State::day_span`] as if slot `skip` were free.
    fn day_span_without(&self, p: u32, d: usize, skip: usize) -> Option<(usize, usize, usize)> {
        let (lo, hi) = self.pr.days[d];
        let row = &self.busy_bits[p as usize * self.words..(p as usize + 1) * self.words];
        let mut first = usize::MAX;
        let mut last = 0;
        let mut n = 0;
        for (w, &word) in row.iter().enumerate().take(hi.div_ceil(64)).skip(lo / 64) {
            let mut bits = word;
            let base = w * 64;
            if lo > base {
                bits &= !0u64 << (lo - base);
            }
            if hi < base + 64 {
                bits &= (1u64 << (hi - base)) - 1;
            }
            if skip / 64 == w {
                bits &= !(1u64 << (skip % 64));
            }
            if bits != 0 {
                first = first.min(base + bits.trailing_zeros() as usize);
                last = base + 63 - bits.leading_zeros() as usize;
                n += bits.count_ones() as usize;
            }
        }
        (n > 0).then_some((first, last, n))
    }

    /// Idle gaps of participant `p` on day `d`.
    fn gaps_on(&self, p: u32, d: usize) -> u64 {
        self.day_span(p, d)
            .map_or(0, |(first, last, n)| (last + 1 - first - n) as u64)
    }

    /// Change of idle gaps if unplaced meeting `m` were placed in `s`.
    fn gap_delta_place(&self, m: u32, s: u32) -> i64 {
        let d = self.pr.slot_day[s as usize] as usize;
        let s = s as usize;
        let mut delta = 0i64;
        for &p in self.pr.members(m as usize) {
            if let Some((first, last, n)) = self.day_span(p, d) {
                let before = (last + 1 - first - n) as i64;
                let after = (last.max(s) + 1 - first.min(s) - n - 1) as i64;
                delta += after - before;
            }
        }
        delta
    }

    /// Change of idle gaps if placed meeting `m` were taken out.
    fn gap_delta_remove(&self, m: u32) -> i64 {
        let s = self.slot_of[m as usize] as usize;
        let d = self.pr.slot_day[s] as usize;
        let gaps = |span: Option<(usize, usize, usize)>| {
            span.map_or(0, |(first, last, n)| (last + 1 - first - n) as i64)
        };
        self.pr
            .members(m as usize)
            .iter()
            .map(|&p| gaps(self.day_span_without(p, d, s)) - gaps(self.day_span(p, d)))
            .sum()
    }

    /// Idle gaps of everyone.
    fn total_gaps(&self) -> u64 {
        let mut total = 0;
        for p in 0..self.pr.participants as u32 {
            for d in 0..self.pr.days.len() {
                total += self.gaps_on(p, d);
            }
        }
        total
    }

    /// The best slot `m` fits in directly: fewest added gaps, then least
    /// loaded, then earliest.
    fn best_direct(&self, m: u32) -> Option<u32> {
        if self.free_total == 0 || self.at_limit(m) {
            return None;
        }
        let mut best: Option<((i64, u32, u32), u32)> = None;
        for w in 0..self.words {
            let mut bits = self.free_word(m, w);
            while bits != 0 {
                let s = (w * 64) as u32 + bits.trailing_zeros();
                bits &= bits - 1;
                let key = (self.gap_delta_place(m, s), self.load[s as usize], s);
                if best.is_none_or(|(k, _)| key < k) {
                    best = Some((key, s));
                }
            }
        }
        best.map(|(_, s)| s)
    }

    /// Word `w` of the set of slots `m` fits in as far as tables and
    /// double booking go (limits not checked).
    fn free_word(&self, m: u32, w: usize) -> u64 {
        let mut bits = self.common_bits[m as usize * self.words + w] & self.room_bits[w];
        for &p in self.pr.members(m as usize) {
            bits &= !self.busy_bits[p as usize * self.words + w];
        }
        bits
    }

    /// How many more meetings participant `p` can take: their remaining
    /// capacity, and at most the slots with a free table that they are
    /// available and free in.
    fn room_of(&self, p: u32) -> u32 {
        let p = p as usize;
        let mut slots = 0;
        for w in 0..self.words {
            let i = p * self.words + w;
            slots += (self.avail_bits[i] & !self.busy_bits[i] & self.room_bits[w]).count_ones();
        }
        slots.min(self.cap[p].saturating_sub(self.count[p]))
    }

    /// Whether `m` fits in some slot directly.
    fn fits_somewhere(&self, m: u32) -> bool {
        !self.at_limit(m) && (0..self.words).any(|w| self.free_word(m, w) != 0)
    }

    // ----- phases --------------------------------------------------------

    fn place_fixed(&mut self) {
        for m in 0..self.pr.meetings() {
            if let Some((s, _)) = self.pr.fixed[m] {
                self.raw_place(m as u32, s);
            }
        }
    }

    fn greedy(&mut self, order: &[u32]) {
        for &m in order {
            if let Some(s) = self.best_direct(m) {
                self.raw_place(m, s);
            }
        }
    }

    /// Places unplaced `m`, moving other (unlocked) meetings along
    /// augmenting chains of at most `depth` moves. Leaves the state
    /// unchanged when it fails.
    fn try_insert(&mut self, m: u32, depth: u32, budget: &mut u64) -> bool {
        if let Some(s) = self.best_direct(m) {
            self.place(m, s);
            return true;
        }
        if depth == 0 || *budget == 0 || self.free_total == 0 || self.at_limit(m) {
            return false;
        }
        self.locked[m as usize] = true;
        let mut done = false;
        let mut blockers: Vec<u32> = Vec::with_capacity(4);
        for i in 0..self.pr.common[m as usize].len() {
            if *budget == 0 {
                break;
            }
            *budget -= 1;
            let s = self.pr.common[m as usize][i];
            blockers.clear();
            let mut ok = true;
            for &p in self.pr.members(m as usize) {
                let b = self.occ(p, s);
                if b != NONE {
                    if self.locked[b as usize] {
                        ok = false;
                        break;
                    }
                    if !blockers.contains(&b) {
                        blockers.push(b);
                    }
                }
            }
            if !ok {
                continue;
            }
            let mark = self.mark();
            for &b in &blockers {
                self.remove(b);
            }
            if self.load[s as usize] >= self.pr.tables && !self.make_room(s) {
                self.rollback(mark);
                continue;
            }
            self.place(m, s);
            let mut all = true;
            for &b in &blockers {
                if !self.try_insert(b, depth - 1, budget) {
                    all = false;
                    break;
                }
            }
            if all {
                done = true;
                break;
            }
            self.rollback(mark);
        }
        self.locked[m as usize] = false;
        done
    }

    /// Moves one unlocked meeting out of full slot `s` into another slot it
    /// fits in directly.
    fn make_room(&mut self, s: u32) -> bool {
        if self.free_total == 0 {
            return false;
        }
        for i in 0..self.in_slot[s as usize].len() {
            let c = self.in_slot[s as usize][i];
            if self.locked[c as usize] {
                continue;
            }
            let mark = self.mark();
            self.remove(c);
            let target = self.pr.common[c as usize]
                .iter()
                .copied()
                .find(|&t| t != s && self.fits(c, t));
            if let Some(t) = target {
                self.place(c, t);
                return true;
            }
            self.rollback(mark);
        }
        false
    }

    /// Ejection move for unplaced `m` into slot `s`: pushes out whatever is
    /// in the way (the meetings of its participants in `s`, the lightest
    /// meeting of a participant at their limit, the lightest meeting of `s`
    /// if it is full), places `m`, and re-places the pushed-out meetings by
    /// augmenting chains or, `depth` permitting, by further ejections.
    /// Returns the change of summed priority, or `None` (state unchanged)
    /// when `m` cannot take `s`. The caller rolls back if the change is not
    /// wanted.
    fn eject_into(&mut self, m: u32, s: u32, depth: u32, budget: &mut u64) -> Option<i64> {
        let pr = self.pr;
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        let mut ejected: Vec<u32> = Vec::with_capacity(4);
        for &p in pr.members(m as usize) {
            let b = self.occ(p, s);
            if b != NONE {
                if self.locked[b as usize] {
                    return None;
                }
                if !ejected.contains(&b) {
                    ejected.push(b);
                }
            }
        }
        let mark = self.mark();
        for &b in &ejected {
            self.remove(b);
        }
        for &p in pr.members(m as usize) {
            if self.count[p as usize] < self.cap[p as usize] {
                continue;
            }
            // The lightest meeting of `p` (the latest on ties) gives way.
            let mut victim: Option<(u32, u32)> = None;
            for t in 0..self.ns as u32 {
                let v = self.occ(p, t);
                if v == NONE || self.locked[v as usize] {
                    continue;
                }
                let w = pr.weight[v as usize];
                if victim.is_none_or(|(bw, _)| w <= bw) {
                    victim = Some((w, v));
                }
            }
            match victim {
                Some((_, v)) => {
                    self.remove(v);
                    ejected.push(v);
                }
                None => {
                    self.rollback(mark);
                    return None;
                }
            }
        }
        if self.load[s as usize] >= pr.tables {
            // The lightest meeting of the slot (with the most usable slots on
            // ties, as it is the easiest to place again) gives way.
            // At most VICTIM_SCAN of them are looked at, from an offset that
            // depends on `m`, so that large slots stay cheap.
            let mut victim: Option<((u32, usize), u32)> = None;
            let members = &self.in_slot[s as usize];
            let len = members.len();
            let start = (m as usize).wrapping_mul(2_654_435_761) % len.max(1);
            for j in 0..len.min(VICTIM_SCAN) {
                let v = members[(start + j) % len];
                if self.locked[v as usize] {
                    continue;
                }
                let key = (
                    pr.weight[v as usize],
                    usize::MAX - pr.common[v as usize].len(),
                );
                if victim.is_none_or(|(k, _)| key < k) {
                    victim = Some((key, v));
                }
            }
            match victim {
                Some((_, v)) => {
                    self.remove(v);
                    ejected.push(v);
                }
                None => {
                    self.rollback(mark);
                    return None;
                }
            }
        }
        self.place(m, s);
        let mut gain = i64::from(pr.weight[m as usize]);
        for &e in &ejected {
            gain -= i64::from(pr.weight[e as usize]);
        }
        self.locked[m as usize] = true;
        ejected.sort_by_key(|&e| std::cmp::Reverse(pr.weight[e as usize]));
        // With no free table anywhere, a re-placed meeting (usually) pushes
        // out another of at least the lightest weight: skip hopeless work.
        let mut hope = gain;
        for &e in &ejected {
            hope += i64::from(pr.weight[e as usize]);
            if self.free_total == 0 {
                hope -= i64::from(self.min_weight);
            }
        }
        if hope > 0 && hope > gain {
            for &e in &ejected {
                if self.slot_of[e as usize] != NONE {
                    continue;
                }
                if self.try_insert(e, REPAIR_DEPTH - 1, budget) {
                    gain += i64::from(pr.weight[e as usize]);
                } else if depth > 0 {
                    gain += self.eject_best(e, depth - 1, budget);
                }
            }
        }
        // Alternating paths: a participant who lost a meeting for good may
        // now take another of their unplaced meetings.
        for &e in &ejected {
            if self.slot_of[e as usize] != NONE {
                continue;
            }
            for &q in pr.members(e as usize) {
                if pr.members(m as usize).contains(&q) {
                    continue;
                }
                for j in 0..self.by_p[q as usize].len() {
                    let u = self.by_p[q as usize][j];
                    if self.slot_of[u as usize] != NONE || ejected.contains(&u) || *budget == 0 {
                        continue;
                    }
                    if self.free_total > 0 && self.try_insert(u, 1, budget) {
                        gain += i64::from(pr.weight[u as usize]);
                        break;
                    }
                    if depth > 0 {
                        let g = self.eject_best(u, depth - 1, budget);
                        if g > 0 {
                            gain += g;
                            break;
                        }
                    }
                }
            }
        }
        self.locked[m as usize] = false;
        Some(gain)
    }

    /// The best ejection move for unplaced `m` over its slots, applied if it
    /// raises the summed priority; returns the rise (0: state unchanged).
    fn eject_best(&mut self, m: u32, depth: u32, budget: &mut u64) -> i64 {
        let pr = self.pr;
        if self.free_total == 0 && pr.weight[m as usize] <= self.min_weight {
            return 0;
        }
        let mut best: Option<(i64, u32)> = None;
        for i in 0..pr.common[m as usize].len() {
            if *budget == 0 {
                break;
            }
            let s = pr.common[m as usize][i];
            let mark = self.mark();
            let gain = self.eject_into(m, s, depth, budget);
            self.rollback(mark);
            if let Some(g) = gain
                && g > 0
                && best.is_none_or(|(bg, _)| g > bg)
            {
                best = Some((g, s));
            }
        }
        let Some((_, s)) = best else {
            return 0;
        };
        let mark = self.mark();
        let mut again = REPAIR_BUDGET;
        match self.eject_into(m, s, depth, &mut again) {
            Some(g) if g > 0 => g,
            _ => {
                self.rollback(mark);
                0
            }
        }
    }

    /// Tries to get unplaced `m` in, by augmenting chain or by ejections
    /// that raise the summed priority. Keeps the change if it succeeds.
    fn improve(&mut self, m: u32) -> bool {
        let mut budget = REPAIR_BUDGET;
        if self.try_insert(m, REPAIR_DEPTH, &mut budget) {
            self.commit();
            return true;
        }
        let mut budget = REPAIR_BUDGET;
        if self.eject_best(m, EJECT_DEPTH, &mut budget) > 0 {
            self.commit();
            return true;
        }
        false
    }

    /// Offers every unplaced meeting [`State::improve`], in `order`, pass
    /// after pass while that helps. A meeting that failed is offered again
    /// only once a change was kept that involved one of its participants.
    fn repair(&mut self, order: &[u32]) {
        self.commit();
        for _ in 0..MAX_PASSES {
            let mut improved = false;
            for &m in order {
                if self.value >= self.bound {
                    return;
                }
                let mu = m as usize;
                if self.slot_of[mu] != NONE {
                    continue;
                }
                let tried = self.tried[mu];
                if tried != u64::MAX
                    && self
                        .pr
                        .members(mu)
                        .iter()
                        .all(|&p| self.stamp[p as usize] <= tried)
                {
                    continue;
                }
                if self.improve(m) {
                    improved = true;
                } else {
                    self.tried[mu] = self.clock;
                }
            }
            if !improved {
                break;
            }
        }
        self.commit();
    }

    /// Ruin and recreate: see the module documentation.
    fn ruin_and_recreate(&mut self, order: &[u32], options: &Options) {
        let pr = self.pr;
        if options.iterations == 0 || order.is_empty() {
            return;
        }
        // Meetings of each participant (non-fixed).
        let mut by_participant: Vec<Vec<u32>> = vec![Vec::new(); pr.participants];
        for &m in order {
            for &p in pr.members(m as usize) {
                by_participant[p as usize].push(m);
            }
        }
        let rank: Vec<u32> = {
            let mut r = vec![0u32; pr.meetings()];
            for (i, &m) in order.iter().enumerate() {
                r[m as usize] = i as u32;
            }
            r
        };
        let candidates: Vec<u32> = (0..pr.participants as u32)
            .filter(|&p| !by_participant[p as usize].is_empty())
            .collect();
        let mut rng = SplitMix64::new(options.seed);
        let mut touched: Vec<u32> = Vec::new();
        let mut seen = vec![false; pr.participants];
        let mut pool: Vec<u32> = Vec::new();
        let mut in_pool = vec![false; pr.meetings()];
        let mut open: Vec<u32> = Vec::new();
        let patience = (options.iterations / 4).max(256);
        let mut last_gain = 0;
        for it in 0..options.iterations {
            if self.value >= self.bound || it - last_gain > patience {
                break;
            }
            if it % 64 == 0 {
                open.clear();
                open.extend(order.iter().copied().filter(|&m| {
                    self.slot_of[m as usize] == NONE && !pr.common[m as usize].is_empty()
                }));
                if open.is_empty() {
                    break;
                }
            }
            // Touched participants: those of an unplaced meeting (most of the
            // time) or a random participant, and some of their partners.
            touched.clear();
            let mut target = NONE;
            if !open.is_empty() && rng.chance(0.8) {
                let u = open[rng.below(open.len())];
                if self.slot_of[u as usize] != NONE {
                    continue;
                }
                target = u;
                for &q in pr.members(u as usize) {
                    seen[q as usize] = true;
                    touched.push(q);
                }
            } else {
                let p = candidates[rng.below(candidates.len())];
                touched.push(p);
                seen[p as usize] = true;
            }
            let extra = rng.below(3);
            for _ in 0..extra {
                let p = touched[rng.below(touched.len())];
                let partners = &by_participant[p as usize];
                let m = partners[rng.below(partners.len())];
                for &q in pr.members(m as usize) {
                    if !seen[q as usize] {
                        seen[q as usize] = true;
                        touched.push(q);
                    }
                }
            }
            pool.clear();
            for &q in &touched {
                for &m in &by_participant[q as usize] {
                    if !in_pool[m as usize] {
                        in_pool[m as usize] = true;
                        pool.push(m);
                    }
                }
            }
            let gaps_before: u64 = touched
                .iter()
                .map(|&q| (0..pr.days.len()).map(|d| self.gaps_on(q, d)).sum::<u64>())
                .sum();
            let value_before = self.value;
            let mark = self.mark();
            for &m in &pool {
                if self.slot_of[m as usize] != NONE {
                    self.remove(m);
                }
            }
            // Recreate: by priority, with random tie-breaking.
            let keys: Vec<u64> = pool
                .iter()
                .map(|&m| {
                    if m == target {
                        0
                    } else {
                        1 + (rng.next_u64() >> 40)
                    }
                })
                .collect();
            let mut idx: Vec<usize> = (0..pool.len()).collect();
            idx.sort_by_key(|&i| {
                let m = pool[i] as usize;
                (std::cmp::Reverse(pr.weight[m]), keys[i], rank[m])
            });
            for &i in &idx {
                let m = pool[i];
                let mut budget = REPAIR_BUDGET / 4;
                self.try_insert(m, 2, &mut budget);
            }
            for &i in &idx {
                let m = pool[i];
                if self.slot_of[m as usize] == NONE {
                    let mut budget = REPAIR_BUDGET / 4;
                    self.eject_best(m, 1, &mut budget);
                }
            }
            let gaps_after: u64 = touched
                .iter()
                .map(|&q| (0..pr.days.len()).map(|d| self.gaps_on(q, d)).sum::<u64>())
                .sum();
            if self.value > value_before {
                last_gain = it;
            }
            let better = self.value > value_before
                || (self.value == value_before && gaps_after <= gaps_before);
            if better {
                self.commit();
            } else {
                self.rollback(mark);
            }
            for &q in &touched {
                seen[q as usize] = false;
            }
            for &m in &pool {
                in_pool[m as usize] = false;
            }
        }
        self.commit();
    }

    /// Exact re-optimisation of groups of whole components. Returns true
    /// when one group covered every movable meeting and its search finished
    /// (the summed priority is then optimal).
    fn exact_phase(&mut self, options: &Options) -> bool {
        let pr = self.pr;
        let movable: Vec<u32> = (0..pr.meetings() as u32)
            .filter(|&m| !self.locked[m as usize])
            .collect();
        if movable.is_empty() {
            return true;
        }
        if options.exact_limit == 0 {
            return false;
        }
        // Union-find over participants, linked by movable meetings.
        let mut parent: Vec<u32> = (0..pr.participants as u32).collect();
        fn find(parent: &mut [u32], mut x: u32) -> u32 {
            while parent[x as usize] != x {
                parent[x as usize] = parent[parent[x as usize] as usize];
                x = parent[x as usize];
            }
            x
        }
        for &m in &movable {
            let ps = pr.members(m as usize);
            for &q in &ps[1..] {
                let a = find(&mut parent, ps[0]);
                let b = find(&mut parent, q);
                if a != b {
                    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                    parent[hi as usize] = lo;
                }
            }
        }
        // Components in order of their first meeting.
        let mut comp_of_root = vec![NONE; pr.participants];
        let mut components: Vec<Vec<u32>> = Vec::new();
        for &m in &movable {
            let r = find(&mut parent, pr.members(m as usize)[0]) as usize;
            if comp_of_root[r] == NONE {
                comp_of_root[r] = components.len() as u32;
                components.push(Vec::new());
            }
            components[comp_of_root[r] as usize].push(m);
        }
        // Pack whole components into groups (first fit, in order).
        let mut groups: Vec<Vec<u32>> = Vec::new();
        for c in components {
            if c.len() > options.exact_limit {
                continue;
            }
            match groups
                .iter_mut()
                .find(|g| g.len() + c.len() <= options.exact_limit)
            {
                Some(g) => g.extend_from_slice(&c),
                None => groups.push(c),
            }
        }
        let whole = groups.len() == 1 && groups[0].len() == movable.len();
        let mut proven = whole;
        let mut nodes = options.exact_nodes;
        for group in &groups {
            if self.value >= self.bound {
                break;
            }
            if !self.exact_group(group, &mut nodes) {
                proven = false;
            }
        }
        self.commit();
        proven && whole
    }

    /// Re-solves the placement of `group` exactly (node budget permitting);
    /// keeps the best placement found. Returns whether the search finished.
    fn exact_group(&mut self, group: &[u32], nodes: &mut u64) -> bool {
        let pr = self.pr;
        let old: u64 = group
            .iter()
            .filter(|&&m| self.slot_of[m as usize] != NONE)
            .map(|&m| u64::from(pr.weight[m as usize]))
            .sum();
        let total: u64 = group
            .iter()
            .map(|&m| u64::from(pr.weight[m as usize]))
            .sum();
        if old == total {
            return true;
        }
        let mut order = group.to_vec();
        order.sort_by_key(|&m| {
            (
                std::cmp::Reverse(pr.weight[m as usize]),
                pr.common[m as usize].len(),
                m,
            )
        });
        let current: Vec<u32> = order.iter().map(|&m| self.slot_of[m as usize]).collect();
        let mark = self.mark();
        for &m in &order {
            if self.slot_of[m as usize] != NONE {
                self.remove(m);
            }
        }
        let mut search = Bnb::new(&order, old, current, *nodes, pr.participants);
        search.run(self, 0, 0);
        let finished = search.nodes > 0;
        *nodes = search.nodes;
        let improved = search.best > old;
        let best_assign = search.best_assign;
        self.rollback(mark);
        if improved {
            for &m in &order {
                if self.slot_of[m as usize] != NONE {
                    self.remove(m);
                }
            }
            for (i, &m) in order.iter().enumerate() {
                if best_assign[i] != NONE {
                    self.place(m, best_assign[i]);
                }
            }
            self.commit();
        }
        finished
    }

    // ----- gap polishing ---------------------------------------------------

    /// Gaps of the participants of `ms` on the days of slots `a` and `b`.
    fn local_gaps(&self, ms: &[u32], a: u32, b: u32) -> u64 {
        let da = self.pr.slot_day[a as usize] as usize;
        let db = self.pr.slot_day[b as usize] as usize;
        let mut total = 0;
        let mut seen: Vec<u32> = Vec::with_capacity(ms.len() * 2);
        for &m in ms {
            for &p in self.pr.members(m as usize) {
                if seen.contains(&p) {
                    continue;
                }
                seen.push(p);
                total += self.gaps_on(p, da);
                if db != da {
                    total += self.gaps_on(p, db);
                }
            }
        }
        total
    }

    fn has_gap(&self, m: u32) -> bool {
        let s = self.slot_of[m as usize];
        let d = self.pr.slot_day[s as usize] as usize;
        self.pr
            .members(m as usize)
            .iter()
            .any(|&p| self.gaps_on(p, d) > 0)
    }

    /// The Kempe chain of `m` between its slot and `t`: the closure of
    /// meetings in the two slots linked by shared participants. `None` if a
    /// member is locked, cannot use the other slot, or the chain is too long.
    fn kempe_chain(&self, m: u32, t: u32) -> Option<Vec<u32>> {
        let s = self.slot_of[m as usize];
        let mut chain = vec![m];
        let mut i = 0;
        while i < chain.len() {
            let x = chain[i];
            let xs = self.slot_of[x as usize];
            let other = if xs == s { t } else { s };
            if self.locked[x as usize] || self.pr.common[x as usize].binary_search(&other).is_err()
            {
                return None;
            }
            for &p in self.pr.members(x as usize) {
                let y = self.occ(p, other);
                if y != NONE && !chain.contains(&y) {
                    chain.push(y);
                    if chain.len() > KEMPE_LIMIT {
                        return None;
                    }
                }
            }
            i += 1;
        }
        Some(chain)
    }

    fn polish_gaps(&mut self, order: &[u32]) {
        for _ in 0..MAX_PASSES {
            let moved = self.move_for_gaps();
            let swapped = self.swap_for_gaps(order);
            if !moved && !swapped {
                break;
            }
        }
        self.commit();
    }

    /// Swaps an unplaced meeting for a placed one of the same priority in a
    /// full slot when that reduces idle gaps (the summed priority stays).
    /// Returns whether anything changed.
    fn swap_for_gaps(&mut self, order: &[u32]) -> bool {
        let pr = self.pr;
        // Per slot and priority: the placed meeting whose removal helps
        // the gaps most (computed lazily, refreshed after a change).
        let mut victims: Vec<Option<Vec<(u32, i64, u32)>>> = vec![None; self.ns];
        let mut improved = false;
        for &m in order {
            if self.slot_of[m as usize] != NONE || self.at_limit(m) {
                continue;
            }
            let w = pr.weight[m as usize];
            for j in 0..pr.common[m as usize].len() {
                let s = pr.common[m as usize][j];
                if self.load[s as usize] < pr.tables
                    || pr
                        .members(m as usize)
                        .iter()
                        .any(|&p| self.occ(p, s) != NONE)
                {
                    continue;
                }
                if victims[s as usize].is_none() {
                    let mut best: Vec<(u32, i64, u32)> = Vec::new();
                    for &v in &self.in_slot[s as usize] {
                        if self.locked[v as usize] {
                            continue;
                        }
                        let r = self.gap_delta_remove(v);
                        let vw = pr.weight[v as usize];
                        match best.iter_mut().find(|b| b.0 == vw) {
                            Some(b) if r < b.1 => *b = (vw, r, v),
                            Some(_) => {}
                            None => best.push((vw, r, v)),
                        }
                    }
                    victims[s as usize] = Some(best);
                }
                let Some(&(_, r, v)) = victims[s as usize]
                    .as_ref()
                    .and_then(|b| b.iter().find(|b| b.0 == w))
                else {
                    continue;
                };
                let estimate = self.gap_delta_place(m, s) + r;
                if estimate >= 0 {
                    continue;
                }
                let both = [m, v];
                let before = self.local_gaps_placed(&both, s);
                let mark = self.mark();
                self.remove(v);
                self.place(m, s);
                let after = self.local_gaps_placed(&both, s);
                if after < before {
                    self.commit();
                    victims[s as usize] = None;
                    improved = true;
                    break;
                }
                self.rollback(mark);
            }
        }
        improved
    }

    /// Gaps of the participants of `ms` on the day of slot `s`.
    fn local_gaps_placed(&self, ms: &[u32], s: u32) -> u64 {
        self.local_gaps(ms, s, s)
    }

    /// Single-meeting moves and Kempe-chain swaps that reduce idle gaps.
    /// Returns whether anything changed.
    fn move_for_gaps(&mut self) -> bool {
        let pr = self.pr;
        let mut any = false;
        for _ in 0..MAX_PASSES {
            let mut improved = false;
            for m in 0..pr.meetings() as u32 {
                if self.locked[m as usize] || self.slot_of[m as usize] == NONE || !self.has_gap(m) {
                    continue;
                }
                let s = self.slot_of[m as usize];
                // Best single move or Kempe swap for m.
                let mut best: Option<(u64, u32)> = None;
                for j in 0..pr.common[m as usize].len() {
                    let t = pr.common[m as usize][j];
                    if t == s {
                        continue;
                    }
                    let Some(chain) = self.kempe_chain(m, t) else {
                        continue;
                    };
                    let before = self.local_gaps(&chain, s, t);
                    let mark = self.mark();
                    if !self.swap_chain(&chain, s, t) {
                        self.rollback(mark);
                        continue;
                    }
                    let after = self.local_gaps(&chain, s, t);
                    self.rollback(mark);
                    if after < before {
                        let gain = before - after;
                        if best.is_none_or(|(g, _)| gain > g) {
                            best = Some((gain, t));
                        }
                    }
                }
                if let Some((_, t)) = best {
                    let chain = self.kempe_chain(m, t).expect("chain found before");
                    let ok = self.swap_chain(&chain, s, t);
                    debug_assert!(ok);
                    self.commit();
                    improved = true;
                    any = true;
                }
            }
            if !improved {
                break;
            }
        }
        self.commit();
        any
    }

    /// Moves every meeting of `chain` to the other of slots `s` and `t`;
    /// false if a slot would be over its tables.
    fn swap_chain(&mut self, chain: &[u32], s: u32, t: u32) -> bool {
        let from_s = chain
            .iter()
            .filter(|&&x| self.slot_of[x as usize] == s)
            .count() as i64;
        let from_t = chain.len() as i64 - from_s;
        let tables = i64::from(self.pr.tables);
        if i64::from(self.load[s as usize]) - from_s + from_t > tables
            || i64::from(self.load[t as usize]) - from_t + from_s > tables
        {
            return false;
        }
        let slots: Vec<u32> = chain.iter().map(|&x| self.slot_of[x as usize]).collect();
        for &x in chain {
            self.remove(x);
        }
        for (&x, &old) in chain.iter().zip(&slots) {
            self.place(x, if old == s { t } else { s });
        }
        true
    }

    // ----- output ----------------------------------------------------------

    fn output(&mut self, input: &Input, proven: bool) -> Output {
        let pr = self.pr;
        // Any meeting that still fits directly goes in (cannot happen after
        // repair, but keeps the reasons below honest).
        for m in 0..pr.meetings() as u32 {
            if self.slot_of[m as usize] == NONE
                && let Some(s) = self.best_direct(m)
            {
                self.raw_place(m, s);
            }
        }
        self.commit();
        let mut scheduled = Vec::new();
        for s in 0..self.ns {
            let mut ms: Vec<u32> = self.in_slot[s].clone();
            ms.sort_unstable();
            let mut rows: Vec<(u32, u32)> = Vec::with_capacity(ms.len());
            let mut taken: Vec<u32> = Vec::new();
            for &m in &ms {
                if let Some((_, table)) = pr.fixed[m as usize] {
                    taken.push(table);
                    rows.push((table, m));
                }
            }
            taken.sort_unstable();
            // The free table numbers in ascending order, skipping fixed ones.
            let mut next = 1u32;
            let mut skip = 0usize;
            for &m in &ms {
                if pr.fixed[m as usize].is_some() {
                    continue;
                }
                while skip < taken.len() && taken[skip] <= next {
                    if taken[skip] == next {
                        next += 1;
                    }
                    skip += 1;
                }
                rows.push((next, m));
                next += 1;
            }
            rows.sort_unstable();
            let slot_id = &input.slots[pr.slot_input[s]].id;
            for (table, m) in rows {
                scheduled.push(Assignment {
                    meeting: input.meetings[m as usize].id.clone(),
                    slot: slot_id.clone(),
                    table,
                });
            }
        }
        let mut unscheduled = Vec::new();
        for m in 0..pr.meetings() as u32 {
            if self.slot_of[m as usize] == NONE {
                let (code, reason) = self.reason(input, m);
                unscheduled.push(Unscheduled {
                    meeting: input.meetings[m as usize].id.clone(),
                    reason,
                    code,
                });
            }
        }
        let priority_total: u64 = pr.weight.iter().map(|&w| u64::from(w)).sum();
        let upper_bound = self.bound.max(self.value);
        let gap_to_bound = if upper_bound == 0 {
            0.0
        } else {
            (upper_bound - self.value) as f64 / upper_bound as f64
        };
        let stats = Stats {
            meetings: pr.meetings(),
            scheduled: scheduled.len(),
            unscheduled: unscheduled.len(),
            fixed: pr.fixed.iter().filter(|f| f.is_some()).count(),
            priority_scheduled: self.value,
            priority_total,
            upper_bound,
            gap_to_bound,
            idle_gaps: self.total_gaps(),
            optimal: proven || self.value == upper_bound,
        };
        Output {
            scheduled,
            unscheduled,
            stats,
        }
    }

    /// Why unplaced `m` is not placed.
    fn reason(&self, input: &Input, m: u32) -> (UnscheduledCode, String) {
        let pr = self.pr;
        let name = |p: u32| input.participants[p as usize].id.as_str();
        let slot_name = |s: u32| input.slots[pr.slot_input[s as usize]].id.as_str();
        let meeting_name = |x: u32| input.meetings[x as usize].id.as_str();
        let ps = pr.members(m as usize);
        if pr.common[m as usize].is_empty() {
            let names: Vec<String> = ps.iter().map(|&p| format!("\"{}\"", name(p))).collect();
            return (
                UnscheduledCode::NoCommonSlot,
                format!("no slot in which all of {} are available", names.join(", ")),
            );
        }
        if let Some(&p) = ps
            .iter()
            .find(|&&p| self.count[p as usize] >= pr.limit[p as usize])
        {
            return (
                UnscheduledCode::LimitReached,
                format!(
                    "\"{}\" already has the maximum of {} meetings",
                    name(p),
                    pr.limit[p as usize]
                ),
            );
        }
        let room: Vec<u32> = pr.common[m as usize]
            .iter()
            .copied()
            .filter(|&s| ps.iter().all(|&p| self.occ(p, s) == NONE))
            .collect();
        if let Some(&s) = room.first() {
            return (
                UnscheduledCode::NoRoom,
                format!(
                    "all {} tables are taken in the {} slot(s) in which the participants are all free (e.g. \"{}\")",
                    pr.tables,
                    room.len(),
                    slot_name(s)
                ),
            );
        }
        let s = pr.common[m as usize][0];
        let (p, other) = ps
            .iter()
            .map(|&p| (p, self.occ(p, s)))
            .find(|&(_, o)| o != NONE)
            .expect("a participant is busy");
        (
            UnscheduledCode::ParticipantBusy,
            format!(
                "in each of the {} slot(s) all participants are available in, one of them already has a meeting (e.g. \"{}\" has \"{}\" in \"{}\")",
                pr.common[m as usize].len(),
                name(p),
                meeting_name(other),
                slot_name(s)
            ),
        )
    }
}

/// Branch and bound over the placement of a group of meetings.
struct Bnb<'o> {
    order: &'o [u32],
    best: u64,
    best_assign: Vec<u32>,
    assign: Vec<u32>,
    nodes: u64,
    feasible: Vec<bool>,
    /// Per participant: meetings they can still take at this node.
    left: Vec<u32>,
    /// Per participant: the node at which `left` was computed.
    seen: Vec<u64>,
}

impl<'o> Bnb<'o> {
    fn new(
        order: &'o [u32],
        best: u64,
        current: Vec<u32>,
        nodes: u64,
        participants: usize,
    ) -> Self {
        Bnb {
            order,
            best,
            best_assign: current,
            assign: vec![NONE; order.len()],
            nodes,
            feasible: vec![false; order.len()],
            left: vec![0; participants],
            seen: vec![u64::MAX; participants],
        }
    }

    fn run(&mut self, st: &mut State<'_>, i: usize, cur: u64) {
        if self.nodes == 0 {
            return;
        }
        self.nodes -= 1;
        let node = self.nodes;
        if cur > self.best {
            self.best = cur;
            self.best_assign.copy_from_slice(&self.assign);
        }
        if i == self.order.len() {
            return;
        }
        // Bound: the remaining meetings that still fit somewhere, heaviest
        // first, each charged to its participant with the least room left
        // (free slots they are available in, and their capacity), and no
        // more than there are free tables. This is the greedy optimum of a
        // matroid (a truncated partition matroid) that every feasible
        // completion is independent in, so it is a valid bound.
        let mut bound = cur;
        let mut tables = st.free_total;
        for j in i..self.order.len() {
            let m = self.order[j];
            let f = st.fits_somewhere(m);
            self.feasible[j] = f;
            if !f || tables == 0 {
                continue;
            }
            let mut tightest: Option<u32> = None;
            for &p in st.pr.members(m as usize) {
                if self.seen[p as usize] != node {
                    self.seen[p as usize] = node;
                    self.left[p as usize] = st.room_of(p);
                }
                if tightest.is_none_or(|q| self.left[p as usize] < self.left[q as usize]) {
                    tightest = Some(p);
                }
            }
            let q = tightest.expect("a meeting has participants") as usize;
            if self.left[q] > 0 {
                self.left[q] -= 1;
                tables -= 1;
                bound += u64::from(st.pr.weight[m as usize]);
            }
        }
        if bound <= self.best {
            return;
        }
        let m = self.order[i];
        if self.feasible[i] {
            let w = u64::from(st.pr.weight[m as usize]);
            for k in 0..st.pr.common[m as usize].len() {
                let s = st.pr.common[m as usize][k];
                if !st.fits(m, s) {
                    continue;
                }
                st.raw_place(m, s);
                self.assign[i] = s;
                self.run(st, i + 1, cur + w);
                self.assign[i] = NONE;
                st.raw_remove(m);
                if self.nodes == 0 {
                    return;
                }
            }
        }
        self.run(st, i + 1, cur);
    }
}
