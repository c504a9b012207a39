//! Upper bound on the summed priority of any valid schedule.
//!
//! The problem as an integer programme, with `x[m][s] = 1` when meeting `m`
//! is in slot `s` (only slots all its participants are available in, with
//! fixed meetings taken out first):
//!
//! ```text
//! max Σ w[m] x[m][s]
//!   Σ_s x[m][s] ≤ 1               for each meeting m
//!   Σ_{m ∋ p} x[m][s] ≤ 1         for each participant p and slot s   (α[p][s])
//!   Σ_{m ∋ p, s} x[m][s] ≤ L[p]   for each participant p (their limit) (λ[p])
//!   Σ_m x[m][s] ≤ C[s]            for each slot s (free tables)        (μ[s])
//! ```
//!
//! Moving the last three families into the objective with multipliers
//! `α, λ, μ ≥ 0` gives the Lagrangian function
//!
//! ```text
//! Φ(α, λ, μ) = Σ α + Σ λ[p] L[p] + Σ μ[s] C[s]
//!            + Σ_m max(0, max_s (w[m] − μ[s] − Σ_{p ∈ m} (α[p][s] + λ[p])))
//! ```
//!
//! which is at least the optimum for *every* choice of non-negative
//! multipliers (weak duality), so the smallest value seen during a
//! subgradient search is a sound bound however the search goes; its best
//! value is the LP-relaxation bound. Priorities are integers, so the bound is
//! rounded down (after a small allowance for floating-point error). Two
//! combinatorial bounds — the meetings that have a usable slot at all, and
//! the heaviest meetings that fit in the free tables — are taken too.

use crate::problem::{NONE, Problem};

/// Most subgradient iterations.
const MAX_ITERATIONS: usize = 400;
/// Fewest subgradient iterations (when not stopped by convergence).
const MIN_ITERATIONS: usize = 40;
/// Work (meeting-slot-participant terms) the subgradient search may spend.
const FULL_WORK: usize = 50_000_000;
/// Most sweeps of the coordinate descent on the aggregated relaxation.
const AGG_SWEEPS: usize = 60;
/// Steps of the golden-section search over μ.
const GOLDEN_STEPS: usize = 12;
/// Iterations without improvement before the step is halved.
const PATIENCE: usize = 12;

/// The residual problem once fixed meetings are in place.
struct Residual {
    /// Movable meetings that can be placed at all: (weight, members, slots).
    meetings: Vec<(u32, Vec<u32>, Vec<u32>)>,
    /// Free tables per slot, and at most half the people who could meet in
    /// it.
    cap: Vec<i64>,
    /// Remaining limit per participant (`i64::MAX` = none).
    limit: Vec<i64>,
    /// Participant-slot pairs taken by fixed meetings.
    busy: Vec<bool>,
    /// Summed priority of the fixed meetings.
    fixed: u64,
}

fn residual(pr: &Problem) -> Residual {
    let ns = pr.slots;
    let mut cap = vec![i64::from(pr.tables); ns];
    let mut busy = vec![false; pr.participants * ns];
    let mut limit: Vec<i64> = pr
        .limit
        .iter()
        .map(|&l| {
            if l == u32::MAX {
                i64::MAX
            } else {
                i64::from(l)
            }
        })
        .collect();
    let mut fixed = 0u64;
    for m in 0..pr.meetings() {
        if let Some((s, _)) = pr.fixed[m] {
            cap[s as usize] -= 1;
            for &p in pr.members(m) {
                busy[p as usize * ns + s as usize] = true;
                if limit[p as usize] != i64::MAX {
                    limit[p as usize] -= 1;
                }
            }
            fixed += u64::from(pr.weight[m]);
        }
    }
    let mut meetings = Vec::new();
    for m in 0..pr.meetings() {
        if pr.fixed[m].is_some() {
            continue;
        }
        let ps = pr.members(m);
        if ps.iter().any(|&p| limit[p as usize] <= 0) {
            continue;
        }
        let slots: Vec<u32> = pr.common[m]
            .iter()
            .copied()
            .filter(|&s| {
                cap[s as usize] > 0 && ps.iter().all(|&p| !busy[p as usize * ns + s as usize])
            })
            .collect();
        if !slots.is_empty() {
            meetings.push((pr.weight[m], ps.to_vec(), slots));
        }
    }
    // Every meeting takes at least two people: a slot holds at most half of
    // the participants who could meet in it.
    let mut seen = vec![false; pr.participants * ns];
    let mut people = vec![0i64; ns];
    for (_, ps, slots) in &meetings {
        for &s in slots {
            for &p in ps {
                let i = p as usize * ns + s as usize;
                if !seen[i] {
                    seen[i] = true;
                    people[s as usize] += 1;
                }
            }
        }
    }
    for (c, n) in cap.iter_mut().zip(&people) {
        *c = (*c).min(n / 2);
    }
    Residual {
        meetings,
        cap,
        limit,
        busy,
        fixed,
    }
}

/// A feasible summed priority of the residual problem (first fit by
/// priority), used as the target of the subgradient steps.
fn greedy_value(pr: &Problem, r: &Residual) -> u64 {
    let ns = pr.slots;
    let mut busy = r.busy.clone();
    let mut cap = r.cap.clone();
    let mut limit = r.limit.clone();
    let mut order: Vec<usize> = (0..r.meetings.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(r.meetings[i].0), r.meetings[i].2.len(), i));
    let mut value = 0;
    for i in order {
        let (w, ps, slots) = &r.meetings[i];
        if ps.iter().any(|&p| limit[p as usize] <= 0) {
            continue;
        }
        let slot = slots.iter().copied().find(|&s| {
            cap[s as usize] > 0 && ps.iter().all(|&p| !busy[p as usize * ns + s as usize])
        });
        if let Some(s) = slot {
            cap[s as usize] -= 1;
            for &p in ps {
                busy[p as usize * ns + s as usize] = true;
                limit[p as usize] -= 1;
            }
            value += u64::from(*w);
        }
    }
    value
}

/// Rounds a bound computed in floating point down to an integer, allowing
/// for rounding error so that the result stays sound.
fn floor_sound(x: f64) -> u64 {
    let x = x + 1e-7 * (1.0 + x.abs());
    if x <= 0.0 { 0 } else { x.floor() as u64 }
}

pub(crate) fn upper_bound(pr: &Problem) -> u64 {
    let r = residual(pr);
    let ns = pr.slots;
    // Combinatorial bounds.
    let simple: u64 = r.meetings.iter().map(|m| u64::from(m.0)).sum();
    let mut weights: Vec<u32> = r.meetings.iter().map(|m| m.0).collect();
    weights.sort_unstable_by(|a, b| b.cmp(a));
    let tables: i64 = r.cap.iter().map(|&c| c.max(0)).sum();
    let by_tables: u64 = weights
        .iter()
        .take(tables as usize)
        .map(|&w| u64::from(w))
        .sum();
    let mut best = simple.min(by_tables);
    let lb = greedy_value(pr, &r);
    if best <= lb {
        return r.fixed + best;
    }

    let np = pr.participants;
    // Slots each participant can still use, and the most meetings they can
    // have: k[p] = min(limit, usable slots).
    let mut usable = vec![0i64; np];
    for (p, u) in usable.iter_mut().enumerate() {
        *u = (0..ns)
            .filter(|&s| pr.available[p * ns + s] && !r.busy[p * ns + s] && r.cap[s] > 0)
            .count() as i64;
    }
    let k: Vec<i64> = (0..np).map(|p| r.limit[p].min(usable[p])).collect();

    // Stage 1: the aggregated relaxation (per-participant totals k[p] and
    // the total of free tables), minimised by exact coordinate descent.
    let (agg_phi, mu0, lambda0) = aggregated(&r, &k, tables, np);
    best = best.min(floor_sound(agg_phi));
    if best <= lb {
        return r.fixed + best;
    }

    // Stage 2: the full Lagrangian, warm-started at the same value: a
    // participant's total over their usable slots is the sum of their
    // per-slot constraints, so λ[p] moves onto α[p][s] for every usable
    // slot unless the limit is the tighter constraint.
    let limited: Vec<bool> = (0..np).map(|p| r.limit[p] < usable[p]).collect();
    let mut alpha = vec![0f64; np * ns];
    let mut lambda = vec![0f64; np];
    let mut mu = vec![mu0; ns];
    for p in 0..np {
        if limited[p] {
            lambda[p] = lambda0[p];
        } else {
            for s in 0..ns {
                if pr.available[p * ns + s] && !r.busy[p * ns + s] && r.cap[s] > 0 {
                    alpha[p * ns + s] = lambda0[p];
                }
            }
        }
    }
    let mut use_pair = vec![0i32; np * ns];
    let mut use_p = vec![0i64; np];
    let mut use_s = vec![0i64; ns];
    let mut touched_pairs: Vec<usize> = Vec::new();
    let mut theta = 0.5f64;
    let mut best_phi = f64::INFINITY;
    let mut stale = 0;
    let target = lb as f64;
    let work: usize = r
        .meetings
        .iter()
        .map(|m| m.1.len() * m.2.len())
        .sum::<usize>()
        + np * ns;
    let iterations = (FULL_WORK / work.max(1)).clamp(MIN_ITERATIONS, MAX_ITERATIONS);
    for _ in 0..iterations {
        // Evaluate Φ and a subgradient.
        let mut phi: f64 = alpha.iter().sum::<f64>();
        for p in 0..np {
            if limited[p] {
                phi += lambda[p] * r.limit[p] as f64;
            }
        }
        for (m, &c) in mu.iter().zip(&r.cap) {
            phi += m * c as f64;
        }
        for &i in &touched_pairs {
            use_pair[i] = 0;
        }
        touched_pairs.clear();
        use_p.iter_mut().for_each(|u| *u = 0);
        use_s.iter_mut().for_each(|u| *u = 0);
        for (w, ps, slots) in &r.meetings {
            let lam: f64 = ps.iter().map(|&p| lambda[p as usize]).sum();
            let mut best_r = 0.0;
            let mut best_s = NONE;
            for &s in slots {
                let mut red = f64::from(*w) - mu[s as usize] - lam;
                for &p in ps {
                    red -= alpha[p as usize * ns + s as usize];
                }
                if red > best_r {
                    best_r = red;
                    best_s = s;
                }
            }
            if best_s != NONE {
                phi += best_r;
                use_s[best_s as usize] += 1;
                for &p in ps {
                    let i = p as usize * ns + best_s as usize;
                    if use_pair[i] == 0 {
                        touched_pairs.push(i);
                    }
                    use_pair[i] += 1;
                    use_p[p as usize] += 1;
                }
            }
        }
        if phi < best_phi - 1e-9 {
            best_phi = phi;
            stale = 0;
        } else {
            stale += 1;
            if stale >= PATIENCE {
                theta /= 2.0;
                stale = 0;
                if theta < 1e-3 {
                    break;
                }
            }
        }
        if floor_sound(best_phi) <= lb {
            break;
        }
        // Projected subgradient step (components that would only push a
        // zero multiplier below zero are left out of the norm).
        let mut norm = 0.0;
        for (i, &a) in alpha.iter().enumerate() {
            let g = 1.0 - f64::from(use_pair[i]);
            if a > 0.0 || g < 0.0 {
                norm += g * g;
            }
        }
        for p in 0..np {
            if limited[p] {
                let g = (r.limit[p] - use_p[p]) as f64;
                if lambda[p] > 0.0 || g < 0.0 {
                    norm += g * g;
                }
            }
        }
        for s in 0..ns {
            let g = (r.cap[s] - use_s[s]) as f64;
            if mu[s] > 0.0 || g < 0.0 {
                norm += g * g;
            }
        }
        if norm == 0.0 {
            // The relaxed solution is feasible and complementary: Φ is the
            // LP optimum.
            break;
        }
        let step = theta * (phi - target).max(1e-3) / norm;
        for (i, a) in alpha.iter_mut().enumerate() {
            let g = 1.0 - f64::from(use_pair[i]);
            *a = (*a - step * g).max(0.0);
        }
        for p in 0..np {
            if limited[p] {
                let g = (r.limit[p] - use_p[p]) as f64;
                lambda[p] = (lambda[p] - step * g).max(0.0);
            }
        }
        for s in 0..ns {
            let g = (r.cap[s] - use_s[s]) as f64;
            mu[s] = (mu[s] - step * g).max(0.0);
        }
    }
    best = best.min(floor_sound(best_phi));
    r.fixed + best
}

/// The aggregated relaxation
/// `max Σ w y  s.t.  Σ_{m ∋ p} y[m] ≤ k[p],  Σ y ≤ tables,  0 ≤ y ≤ 1`,
/// whose Lagrangian function
/// `Ψ(μ, λ) = μ·tables + Σ λ[p] k[p] + Σ_m max(0, w[m] − μ − Σ_{p ∈ m} λ[p])`
/// bounds the optimum for any `μ, λ ≥ 0`.
///
/// Each coordinate has a closed-form minimiser (the derivative in `λ[p]` is
/// `k[p]` minus the number of `p`'s meetings with positive reduced priority,
/// so the best `λ[p]` is the `(k[p] + 1)`-th largest of their values, and
/// likewise for `μ`), so sweeps of exact coordinate minimisation never raise
/// Ψ. Coordinate descent can stall on a non-smooth function, so it is run
/// for `μ = 0`, jointly over `μ` and `λ`, and for the values of `μ` of a
/// golden-section search; the smallest Ψ seen wins.
fn aggregated(r: &Residual, k: &[i64], tables: i64, np: usize) -> (f64, f64, Vec<f64>) {
    let mut agg = Agg::new(r, k, tables, np);
    if (r.meetings.len() as i64) <= tables {
        // μ = 0 is optimal: the tables cannot all be used.
        let best = agg.descend(0.0, AGG_SWEEPS);
        return (best, 0.0, agg.lambda);
    }
    // Joint descent over μ and λ, from λ = 0 and from the best λ for μ = 0.
    let mut best = f64::INFINITY;
    let mut best_mu = 0.0;
    let mut best_lambda = vec![0.0; np];
    for start in 0..2 {
        if start == 1 {
            agg.set_lambda(&vec![0.0; np]);
            let v = agg.descend(0.0, AGG_SWEEPS);
            if v < best {
                best = v;
                best_mu = 0.0;
                best_lambda.copy_from_slice(&agg.lambda);
            }
        }
        let mut last = f64::INFINITY;
        for _ in 0..AGG_SWEEPS {
            let mu = agg.best_mu();
            let v = agg.descend(mu, 1);
            if v < best {
                best = v;
                best_mu = mu;
                best_lambda.copy_from_slice(&agg.lambda);
            }
            if v > last - 1e-9 {
                break;
            }
            last = v;
        }
    }
    // Golden-section search over μ, each point descended from the best λ.
    let max_w = r.meetings.iter().map(|m| m.0).max().unwrap_or(0);
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    let (mut lo, mut hi) = (0.0f64, f64::from(max_w));
    let eval =
        |mu: f64, agg: &mut Agg, best: &mut f64, best_mu: &mut f64, best_lambda: &mut Vec<f64>| {
            agg.set_lambda(best_lambda);
            let v = agg.descend(mu, AGG_SWEEPS / 3);
            if v < *best {
                *best = v;
                *best_mu = mu;
                best_lambda.copy_from_slice(&agg.lambda);
            }
            v
        };
    let mut x1 = hi - phi * (hi - lo);
    let mut x2 = lo + phi * (hi - lo);
    let mut f1 = eval(x1, &mut agg, &mut best, &mut best_mu, &mut best_lambda);
    let mut f2 = eval(x2, &mut agg, &mut best, &mut best_mu, &mut best_lambda);
    for _ in 0..GOLDEN_STEPS {
        if f1 <= f2 {
            hi = x2;
            x2 = x1;
            f2 = f1;
            x1 = hi - phi * (hi - lo);
            f1 = eval(x1, &mut agg, &mut best, &mut best_mu, &mut best_lambda);
        } else {
            lo = x1;
            x1 = x2;
            f1 = f2;
            x2 = lo + phi * (hi - lo);
            f2 = eval(x2, &mut agg, &mut best, &mut best_mu, &mut best_lambda);
        }
    }
    (best, best_mu, best_lambda)
}

/// Coordinate descent on the aggregated Lagrangian function.
struct Agg<'r> {
    r: &'r Residual,
    k: &'r [i64],
    tables: i64,
    /// Meetings (indices into `r.meetings`) of each participant.
    of_p: Vec<Vec<u32>>,
    lambda: Vec<f64>,
    /// Σ λ over the participants of each meeting.
    lam_sum: Vec<f64>,
    values: Vec<f64>,
}

impl<'r> Agg<'r> {
    fn new(r: &'r Residual, k: &'r [i64], tables: i64, np: usize) -> Self {
        let mut of_p: Vec<Vec<u32>> = vec![Vec::new(); np];
        for (i, (_, ps, _)) in r.meetings.iter().enumerate() {
            for &p in ps {
                of_p[p as usize].push(i as u32);
            }
        }
        Agg {
            r,
            k,
            tables,
            of_p,
            lambda: vec![0.0; np],
            lam_sum: vec![0.0; r.meetings.len()],
            values: Vec::new(),
        }
    }

    fn set_lambda(&mut self, lambda: &[f64]) {
        self.lambda.copy_from_slice(lambda);
        for (i, (_, ps, _)) in self.r.meetings.iter().enumerate() {
            self.lam_sum[i] = ps.iter().map(|&p| lambda[p as usize]).sum();
        }
    }

    fn psi(&self, mu: f64) -> f64 {
        let mut v = mu * self.tables as f64;
        for (l, &k) in self.lambda.iter().zip(self.k) {
            v += l * k as f64;
        }
        for (i, (w, _, _)) in self.r.meetings.iter().enumerate() {
            v += (f64::from(*w) - mu - self.lam_sum[i]).max(0.0);
        }
        v
    }

    /// The best μ for the current λ: the (tables + 1)-th largest of
    /// `w − Σλ`, at least 0.
    fn best_mu(&mut self) -> f64 {
        self.values.clear();
        let lam_sum = &self.lam_sum;
        self.values.extend(
            self.r
                .meetings
                .iter()
                .enumerate()
                .map(|(i, (w, _, _))| f64::from(*w) - lam_sum[i]),
        );
        kth_largest(&mut self.values, self.tables as usize).max(0.0)
    }

    /// One sweep of exact minimisation over each λ[p] for fixed μ.
    fn sweep(&mut self, mu: f64) {
        for p in 0..self.lambda.len() {
            let kp = self.k[p];
            if self.of_p[p].len() as i64 <= kp {
                continue;
            }
            self.values.clear();
            let own = self.lambda[p];
            for &i in &self.of_p[p] {
                let i = i as usize;
                self.values
                    .push(f64::from(self.r.meetings[i].0) - mu - (self.lam_sum[i] - own));
            }
            let new = kth_largest(&mut self.values, kp as usize).max(0.0);
            let delta = new - own;
            if delta != 0.0 {
                for &i in &self.of_p[p] {
                    self.lam_sum[i as usize] += delta;
                }
                self.lambda[p] = new;
            }
        }
    }

    /// Sweeps for fixed μ until Ψ stops falling (at most `sweeps`);
    /// returns Ψ.
    fn descend(&mut self, mu: f64, sweeps: usize) -> f64 {
        let mut v = self.psi(mu);
        for _ in 0..sweeps {
            self.sweep(mu);
            let next = self.psi(mu);
            let done = next > v - 1e-9;
            v = v.min(next);
            if done {
                break;
            }
        }
        v
    }
}

/// The value at 0-based rank `k` in descending order (the `(k+1)`-th
/// largest), or 0 if there are at most `k` values.
fn kth_largest(values: &mut [f64], k: usize) -> f64 {
    if values.len() <= k {
        return 0.0;
    }
    let (_, v, _) = values.select_nth_unstable_by(k, |a, b| b.total_cmp(a));
    *v
}
