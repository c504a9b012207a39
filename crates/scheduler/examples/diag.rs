//! Diagnostics of a generated instance (development aid).

use std::collections::BTreeMap;

use landfall_scheduler::{generate, schedule};

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
    let output = schedule(&input).expect("valid input");
    let prio: BTreeMap<&str, u32> = input.meetings.iter().map(|m| (m.id.as_str(), m.priority)).collect();
    let mut by: BTreeMap<(u32, String), usize> = BTreeMap::new();
    for u in &output.unscheduled {
        *by.entry((prio[u.meeting.as_str()], format!("{:?}", u.code))).or_default() += 1;
    }
    let mut sched: BTreeMap<u32, usize> = BTreeMap::new();
    for a in &output.scheduled {
        *sched.entry(prio[a.meeting.as_str()]).or_default() += 1;
    }
    println!("scheduled by priority {sched:?}");
    println!("unscheduled by (priority, code) {by:?}");
    let parts: BTreeMap<&str, &landfall_scheduler::Participant> = input.participants.iter().map(|p| (p.id.as_str(), p)).collect();
    let meet: BTreeMap<&str, &landfall_scheduler::Meeting> = input.meetings.iter().map(|m| (m.id.as_str(), m)).collect();
    for u in output.unscheduled.iter().filter(|u| prio[u.meeting.as_str()] >= 2).take(12) {
        let m = meet[u.meeting.as_str()];
        print!("{} w{} {:?}:", m.id, m.priority, u.code);
        for p in &m.participants {
            let part = parts[p.as_str()];
            let avail = part.available.as_ref().map_or(input.slots.len(), Vec::len);
            let heavy = input.meetings.iter().filter(|x| x.priority >= 2 && x.participants.contains(p)).count();
            let all = input.meetings.iter().filter(|x| x.participants.contains(p)).count();
            print!(" {p}(avail {avail}, max {:?}, heavy {heavy}, all {all})", part.max_meetings);
        }
        println!();
    }
}

#[allow(dead_code)]
fn unused() {}
