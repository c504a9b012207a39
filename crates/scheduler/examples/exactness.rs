//! Compares the heuristic with the exact optimum on small instances
//! (development aid):
//! `exactness [COUNT] [EXACT_LIMIT] [ITERATIONS] [MAX_MEETINGS] [dense]`.
//! `EXACT_LIMIT` 0 turns the exact phase off, `ITERATIONS` 0 ruin and
//! recreate; `dense` keeps at most five participants.

#[path = "../tests/common/mod.rs"]
mod common;

use landfall_scheduler::{Options, exact, schedule_with, upper_bound};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let count: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let mut options = Options::default();
    if let Some(l) = args.get(2).and_then(|s| s.parse().ok()) {
        options.exact_limit = l;
    }
    if let Some(i) = args.get(3).and_then(|s| s.parse().ok()) {
        options.iterations = i;
    }
    let max_meetings: usize = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(12);
    let dense = args.get(5).is_some();
    let t = std::time::Instant::now();
    let mut exact_time = std::time::Duration::ZERO;
    let mut misses = 0;
    for seed in 0..count {
        let mut rng = common::Rng(seed * 7919 + 17);
        let mut shape = common::small_shape(&mut rng, max_meetings);
        if dense {
            shape.participants = shape.participants.min(5);
        }
        let input = common::instance(rng.next(), shape);
        let out = schedule_with(&input, &options).unwrap();
        let te = std::time::Instant::now();
        let opt = exact::solve(&input).unwrap();
        exact_time += te.elapsed();
        let ub = upper_bound(&input);
        assert!(ub >= opt, "seed {seed}: bound {ub} < optimum {opt}");
        if out.stats.priority_scheduled != opt {
            misses += 1;
            if misses <= 10 {
                println!(
                    "seed {seed} {shape:?}: heuristic {} optimum {opt}",
                    out.stats.priority_scheduled
                );
            }
        }
    }
    println!(
        "{count} instances, {misses} misses, {:?} total, exact {:?}",
        t.elapsed(),
        exact_time
    );
}
