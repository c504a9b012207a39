//! The heuristic reaches the exact optimum (found by exhaustive branch and
//! bound) on thousands of small instances, and the upper bound is never
//! below it.

mod common;

use common::{Rng, instance, small_shape};
use landfall_scheduler::{Options, exact, schedule, schedule_with, upper_bound};

/// Runs `count` instances from `first_seed`; `narrow` keeps at most five
/// participants (so meetings compete more).
fn compare(first_seed: u64, count: u64, narrow: bool) {
    let heuristic_only = Options {
        exact_limit: 0,
        ..Options::default()
    };
    let mut optimal_flags = 0;
    for seed in first_seed..first_seed + count {
        let mut rng = Rng(seed.wrapping_mul(7919).wrapping_add(17));
        let mut shape = small_shape(&mut rng, 12);
        if narrow {
            shape.participants = shape.participants.min(5);
        }
        let input = instance(rng.next(), shape);
        let optimum = exact::solve(&input).expect("small enough");
        let bound = upper_bound(&input);
        assert!(
            bound >= optimum,
            "seed {seed}: bound {bound} < optimum {optimum}"
        );
        let output = schedule(&input).unwrap();
        assert_eq!(
            output.stats.priority_scheduled, optimum,
            "seed {seed} {shape:?}: schedule reaches {} of the optimum {optimum}",
            output.stats.priority_scheduled
        );
        if output.stats.optimal {
            optimal_flags += 1;
        }
        // Without the exact phase, the heuristic alone must get there too.
        let alone = schedule_with(&input, &heuristic_only).unwrap();
        assert_eq!(
            alone.stats.priority_scheduled, optimum,
            "seed {seed} {shape:?}: heuristic alone reaches {} of the optimum {optimum}",
            alone.stats.priority_scheduled
        );
    }
    // Every small instance is covered by one exact group.
    assert_eq!(optimal_flags, count);
}

#[test]
fn heuristic_is_optimal_on_small_instances() {
    compare(0, 3000, false);
}

#[test]
fn heuristic_is_optimal_on_crowded_small_instances() {
    compare(100_000, 2000, true);
}

#[test]
fn exact_gives_up_on_big_instances() {
    let input = instance(
        1,
        common::Shape {
            slots: 4,
            tables: 2,
            participants: 10,
            meetings: 40,
        },
    );
    assert_eq!(exact::solve(&input), None);
}
