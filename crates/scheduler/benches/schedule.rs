//! Scheduler benchmarks on generated instances:
//! `cargo bench -p landfall-scheduler --bench schedule`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use landfall_scheduler::generate::{self, Params};
use landfall_scheduler::{schedule, upper_bound};

fn bench(c: &mut Criterion) {
    let cases = [
        ("conference", Params::conference(), 20, 5),
        ("large", Params::large(), 10, 10),
        ("huge", Params::huge(), 10, 40),
    ];
    for (name, params, samples, seconds) in cases {
        let input = generate::conference(&params, 1);
        let mut group = c.benchmark_group(name);
        group.sample_size(samples);
        group.measurement_time(Duration::from_secs(seconds));
        group.bench_function("schedule", |b| {
            b.iter(|| schedule(black_box(&input)).unwrap())
        });
        group.bench_function("upper_bound", |b| b.iter(|| upper_bound(black_box(&input))));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
