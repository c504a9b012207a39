//! Times the scheduler on generated instances:
//! `cargo run --release -p landfall-scheduler --example run -- conference|large|huge [SEED] [TABLES] [ITERATIONS]`.

use std::time::Instant;

use landfall_scheduler::{check, generate, upper_bound};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which = args.get(1).map_or("conference", String::as_str);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut params = match which {
        "large" => generate::Params::large(),
        "huge" => generate::Params::huge(),
        _ => generate::Params::conference(),
    };
    if let Some(tables) = args.get(3).and_then(|s| s.parse().ok()) {
        params.tables = tables;
    }
    let input = generate::conference(&params, seed);
    let t = Instant::now();
    let bound = upper_bound(&input);
    let bound_ms = t.elapsed().as_millis();
    let t = Instant::now();
    let mut options = landfall_scheduler::Options::default();
    if let Some(it) = args.get(4).and_then(|s| s.parse().ok()) {
        options.iterations = it;
    }
    let output = landfall_scheduler::schedule_with(&input, &options).expect("valid input");
    let ms = t.elapsed().as_millis();
    let ok = check(&input, &output)
        .map(|()| "ok".to_string())
        .unwrap_or_else(|e| format!("{} errors: {:?}", e.len(), &e[..e.len().min(5)]));
    let s = &output.stats;
    println!(
        "{which} seed {seed}: {ms} ms (bound alone {bound_ms} ms), scheduled {}/{} (fixed {}), priority {}/{} bound {bound} gap {:.4}%, idle gaps {}, optimal {}, check {ok}",
        s.scheduled,
        s.meetings,
        s.fixed,
        s.priority_scheduled,
        s.priority_total,
        s.gap_to_bound * 100.0,
        s.idle_gaps,
        s.optimal
    );
}
