//! Meeting scheduler for matchmaking events.
//!
//! Places the 1:1 (and group) meetings of a B2B matchmaking event into time
//! slots and table numbers. The hard rules are always kept:
//!
//! * nobody is in two meetings in one slot;
//! * a meeting is only placed in a slot that all its participants are
//!   available in;
//! * at most `tables` meetings per slot, each on its own table `1..=tables`;
//! * nobody has more than their `max_meetings`;
//! * fixed meetings stay exactly where they are (slot and table).
//!
//! Within those rules the scheduler maximises the summed priority of the
//! scheduled meetings and, second, minimises idle gaps in people's days (an
//! empty slot between two of a participant's meetings on the same calendar
//! day, slots ordered by start).
//!
//! The result is deterministic: the same input (and [`Options`]) always gives
//! the same output. Nothing depends on the clock; the search is bounded by
//! iteration counts, not by time.
//!
//! ```
//! let input: landfall_scheduler::Input = serde_json::from_str(r#"{
//!   "slots": [{"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"}],
//!   "tables": 2,
//!   "participants": [{"id": "p1"}, {"id": "p2"}],
//!   "meetings": [{"id": "m1", "participants": ["p1", "p2"]}]
//! }"#).unwrap();
//! let output = landfall_scheduler::schedule(&input).unwrap();
//! assert_eq!(output.scheduled.len(), 1);
//! assert!(landfall_scheduler::check(&input, &output).is_ok());
//! ```

#![warn(missing_docs)]

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

mod bound;
mod check;
pub mod exact;
pub mod generate;
mod problem;
mod rng;
mod solver;

pub use check::check;

/// Everything the scheduler needs to know about an event.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Input {
    /// The meeting slots, in any order; they are ordered by start.
    pub slots: Vec<Slot>,
    /// Number of tables: at most this many meetings run in one slot.
    pub tables: u32,
    /// Everyone who may be in a meeting.
    pub participants: Vec<Participant>,
    /// The meetings to place.
    pub meetings: Vec<Meeting>,
    /// Meetings that must stay where they are (absent = none).
    #[serde(default)]
    pub fixed: Vec<Fixed>,
}

/// A time slot.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Slot {
    /// Unique id of the slot.
    pub id: String,
    /// When the slot starts.
    pub start: DateTime<Utc>,
    /// When the slot ends; must be after `start`.
    pub end: DateTime<Utc>,
}

/// A participant (a person or a company's delegate).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Participant {
    /// Unique id of the participant.
    pub id: String,
    /// Ids of the slots the participant is available in (absent = all).
    #[serde(default)]
    pub available: Option<Vec<String>>,
    /// The most meetings the participant takes (absent = no limit).
    #[serde(default)]
    pub max_meetings: Option<u32>,
}

/// A meeting of two or more participants.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Meeting {
    /// Unique id of the meeting.
    pub id: String,
    /// Ids of the participants (at least two, each once).
    pub participants: Vec<String>,
    /// How much the meeting matters, at least 1 (default 1).
    #[serde(default = "one")]
    pub priority: u32,
}

fn one() -> u32 {
    1
}

/// A meeting that must stay in the given slot at the given table.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Fixed {
    /// Id of the meeting.
    pub meeting: String,
    /// Id of the slot.
    pub slot: String,
    /// Table number, `1..=tables`.
    pub table: u32,
}

/// The schedule.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Output {
    /// Placed meetings, ordered by slot start, then table.
    pub scheduled: Vec<Assignment>,
    /// Meetings that could not be placed, in input order, with the reason.
    pub unscheduled: Vec<Unscheduled>,
    /// Figures about the schedule.
    pub stats: Stats,
}

/// A placed meeting.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Assignment {
    /// Id of the meeting.
    pub meeting: String,
    /// Id of the slot.
    pub slot: String,
    /// Table number, `1..=tables`.
    pub table: u32,
}

/// A meeting that could not be placed.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct Unscheduled {
    /// Id of the meeting.
    pub meeting: String,
    /// Why, in words naming the participant or slot in the way.
    pub reason: String,
    /// Why, as a code.
    pub code: UnscheduledCode,
}

/// Why a meeting could not be placed.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum UnscheduledCode {
    /// No slot in which all the participants are available.
    NoCommonSlot,
    /// A participant already has their `max_meetings`.
    LimitReached,
    /// In every slot the participants share, one of them already has a
    /// meeting (of at least the same priority, or one that could not move).
    ParticipantBusy,
    /// Where the participants are all free, every table is taken.
    NoRoom,
}

/// Figures about a schedule. Contains no timing, so equal inputs give equal
/// statistics; callers time [`schedule`] themselves.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Stats {
    /// Number of meetings in the input.
    pub meetings: usize,
    /// Number of meetings placed (fixed ones included).
    pub scheduled: usize,
    /// Number of meetings not placed.
    pub unscheduled: usize,
    /// Number of fixed meetings.
    pub fixed: usize,
    /// Summed priority of the placed meetings.
    pub priority_scheduled: u64,
    /// Summed priority of all meetings.
    pub priority_total: u64,
    /// An upper bound on the summed priority any valid schedule can reach
    /// (see [`upper_bound`]).
    pub upper_bound: u64,
    /// `(upper_bound - priority_scheduled) / upper_bound`, 0 when the bound
    /// is 0: how far the schedule may at most be from optimal.
    pub gap_to_bound: f64,
    /// Idle gaps: empty slots between two of a participant's meetings on the
    /// same calendar day (UTC date of the slot start), summed over everyone.
    pub idle_gaps: u64,
    /// True when the summed priority is proven optimal: it reaches the bound,
    /// or an exact search covered the whole instance.
    pub optimal: bool,
}

/// Invalid input. The message names the offending item.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// Two slots have the same id.
    #[error("duplicate slot id \"{0}\"")]
    DuplicateSlot(String),
    /// Two participants have the same id.
    #[error("duplicate participant id \"{0}\"")]
    DuplicateParticipant(String),
    /// Two meetings have the same id.
    #[error("duplicate meeting id \"{0}\"")]
    DuplicateMeeting(String),
    /// A slot ends at or before its start.
    #[error("slot \"{slot}\" ends ({end}) at or before it starts ({start})")]
    EmptySlot {
        /// The slot.
        slot: String,
        /// Its start.
        start: DateTime<Utc>,
        /// Its end.
        end: DateTime<Utc>,
    },
    /// `tables` is 0.
    #[error("tables must be at least 1")]
    NoTables,
    /// A participant's availability names a slot that does not exist.
    #[error("participant \"{participant}\" is available in unknown slot \"{slot}\"")]
    UnknownAvailableSlot {
        /// The participant.
        participant: String,
        /// The unknown slot id.
        slot: String,
    },
    /// A meeting names a participant that does not exist.
    #[error("meeting \"{meeting}\" has unknown participant \"{participant}\"")]
    UnknownParticipant {
        /// The meeting.
        meeting: String,
        /// The unknown participant id.
        participant: String,
    },
    /// A meeting names the same participant twice.
    #[error("meeting \"{meeting}\" lists participant \"{participant}\" twice")]
    RepeatedParticipant {
        /// The meeting.
        meeting: String,
        /// The repeated participant.
        participant: String,
    },
    /// A meeting has fewer than two participants.
    #[error("meeting \"{meeting}\" has {count} participant(s); a meeting needs at least 2")]
    TooFewParticipants {
        /// The meeting.
        meeting: String,
        /// How many participants it has.
        count: usize,
    },
    /// A meeting has priority 0.
    #[error("meeting \"{0}\" has priority 0; priorities start at 1")]
    ZeroPriority(String),
    /// A fixed placement names a meeting that does not exist.
    #[error("fixed placement of unknown meeting \"{0}\"")]
    FixedUnknownMeeting(String),
    /// A fixed placement names a slot that does not exist.
    #[error("fixed meeting \"{meeting}\" is in unknown slot \"{slot}\"")]
    FixedUnknownSlot {
        /// The meeting.
        meeting: String,
        /// The unknown slot id.
        slot: String,
    },
    /// A fixed placement's table is not in `1..=tables`.
    #[error("fixed meeting \"{meeting}\" is at table {table}, not a table from 1 to {tables}")]
    FixedTableOutOfRange {
        /// The meeting.
        meeting: String,
        /// Its table.
        table: u32,
        /// The number of tables.
        tables: u32,
    },
    /// A meeting is fixed twice.
    #[error("meeting \"{0}\" is fixed more than once")]
    FixedTwice(String),
    /// Two fixed meetings share a slot and table.
    #[error(
        "fixed meetings \"{first}\" and \"{second}\" are both at table {table} in slot \"{slot}\""
    )]
    FixedTableClash {
        /// The slot.
        slot: String,
        /// The table.
        table: u32,
        /// The first meeting.
        first: String,
        /// The second meeting.
        second: String,
    },
    /// Two fixed meetings in one slot share a participant.
    #[error(
        "participant \"{participant}\" is in fixed meetings \"{first}\" and \"{second}\", both in slot \"{slot}\""
    )]
    FixedParticipantClash {
        /// The participant.
        participant: String,
        /// The slot.
        slot: String,
        /// The first meeting.
        first: String,
        /// The second meeting.
        second: String,
    },
    /// A fixed meeting is in a slot one of its participants is not available in.
    #[error(
        "fixed meeting \"{meeting}\" is in slot \"{slot}\", which participant \"{participant}\" is not available in"
    )]
    FixedUnavailable {
        /// The meeting.
        meeting: String,
        /// The participant.
        participant: String,
        /// The slot.
        slot: String,
    },
    /// A participant has more fixed meetings than their `max_meetings`.
    #[error(
        "participant \"{participant}\" has {count} fixed meetings, more than their max_meetings of {max}"
    )]
    FixedOverLimit {
        /// The participant.
        participant: String,
        /// Their fixed meetings.
        count: u32,
        /// Their limit.
        max: u32,
    },
}

/// Tuning of the search. [`Options::default`] is what [`schedule`] uses.
///
/// All budgets are counts, never wall-clock time, so a given input and
/// options always give the same schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Rounds of the perturbation search (ruin and recreate) run after the
    /// constructive and repair phases. 0 disables it.
    pub iterations: u64,
    /// Seed of the deterministic random number generator used by the search.
    pub seed: u64,
    /// Largest group of meetings (whole connected components, packed
    /// together) whose placement is re-optimised exactly by branch and bound
    /// with the rest of the schedule held still. 0 disables the exact phase.
    pub exact_limit: usize,
    /// Node budget of each exact re-optimisation.
    pub exact_nodes: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            iterations: 2_000,
            seed: 0x5EED_1A2D_FA11,
            exact_limit: 24,
            exact_nodes: 2_000_000,
        }
    }
}

/// Schedules the meetings with the default [`Options`].
///
/// # Errors
/// [`InputError`] when the input is invalid, naming the offending item.
pub fn schedule(input: &Input) -> Result<Output, InputError> {
    schedule_with(input, &Options::default())
}

/// Schedules the meetings with the given [`Options`].
///
/// # Errors
/// [`InputError`] when the input is invalid, naming the offending item.
pub fn schedule_with(input: &Input, options: &Options) -> Result<Output, InputError> {
    let problem = problem::Problem::new(input)?;
    Ok(solver::solve(input, &problem, options))
}

/// An upper bound on the summed priority that any valid schedule of the
/// input can reach (fixed meetings included).
///
/// It is the smallest of: the summed priority of the meetings that have a
/// usable slot at all; the top priorities that fit in the free tables; and a
/// Lagrangian (LP-relaxation) bound found by subgradient search over the
/// per-participant-slot, per-participant-limit and per-slot-table
/// constraints. Every value of the Lagrangian function is a valid bound, so
/// the result is sound however far the search gets. Invalid input gives 0.
pub fn upper_bound(input: &Input) -> u64 {
    match problem::Problem::new(input) {
        Ok(problem) => bound::upper_bound(&problem),
        Err(_) => 0,
    }
}
