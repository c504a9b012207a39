//! The soft-landing journey: six steps every participant walks in order, and
//! the rules for moving along them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::validation::{FieldErrors, text};

/// A step of the journey, in the order they are walked.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// At the home incubator: barriers and potentials.
    #[serde(rename = "workshop_1")]
    Workshop1,
    /// A visit to the partner country and incubator.
    StudyTrip,
    /// At the partner incubator: culture, customers, local law.
    #[serde(rename = "workshop_2")]
    Workshop2,
    /// Tasks set after workshop 2, reviewed by the manager.
    HomeAssignments,
    /// At the partner incubator: real customers and partners, the strategy.
    #[serde(rename = "workshop_3")]
    Workshop3,
    /// Optional: a desk or office at the foreign incubator.
    LongTermPresence,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Workshop1,
        Step::StudyTrip,
        Step::Workshop2,
        Step::HomeAssignments,
        Step::Workshop3,
        Step::LongTermPresence,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Workshop1 => "workshop_1",
            Step::StudyTrip => "study_trip",
            Step::Workshop2 => "workshop_2",
            Step::HomeAssignments => "home_assignments",
            Step::Workshop3 => "workshop_3",
            Step::LongTermPresence => "long_term_presence",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Step::Workshop1 => "Workshop 1 at home",
            Step::StudyTrip => "Study trip",
            Step::Workshop2 => "Workshop 2 abroad",
            Step::HomeAssignments => "Home assignments",
            Step::Workshop3 => "Workshop 3 abroad",
            Step::LongTermPresence => "Presence abroad",
        }
    }

    /// What happens in the step, in one line.
    pub fn purpose(self) -> &'static str {
        match self {
            Step::Workshop1 => {
                "Barriers and potentials for going abroad, assessed with the home incubator"
            }
            Step::StudyTrip => {
                "A first visit to the partner country and incubator: network and market information"
            }
            Step::Workshop2 => "Culture, customers and local law, at the partner incubator",
            Step::HomeAssignments => "Tasks set after workshop 2, submitted and reviewed",
            Step::Workshop3 => "Real customers and partners, and the internationalisation strategy",
            Step::LongTermPresence => {
                "A desk or office at the foreign incubator for months (optional)"
            }
        }
    }

    /// 1 to 6.
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        Step::ALL
            .into_iter()
            .find(|s| s.as_str() == value.trim())
            .ok_or_else(|| {
                format!(
                    "`{value}` is not a journey step (workshop_1, study_trip, workshop_2, home_assignments, workshop_3, long_term_presence)"
                )
            })
    }

    /// The steps that must be behind a participant before this one.
    pub fn earlier(self) -> impl Iterator<Item = Step> {
        Step::ALL.into_iter().take_while(move |s| *s != self)
    }
}

/// Where a step stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    /// Not yet dated.
    Planned,
    /// Dated: a session is booked or a date set.
    Scheduled,
    Done,
    /// Left out, with a written reason.
    Skipped,
}

impl StepState {
    pub fn as_str(self) -> &'static str {
        match self {
            StepState::Planned => "planned",
            StepState::Scheduled => "scheduled",
            StepState::Done => "done",
            StepState::Skipped => "skipped",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "planned" => Ok(StepState::Planned),
            "scheduled" => Ok(StepState::Scheduled),
            "done" => Ok(StepState::Done),
            "skipped" => Ok(StepState::Skipped),
            other => Err(format!("`{other}` is not a step state")),
        }
    }

    /// Behind the participant: done or deliberately left out.
    pub fn is_settled(self) -> bool {
        matches!(self, StepState::Done | StepState::Skipped)
    }
}

/// One step of one participant's journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepStatus {
    pub step: Step,
    pub state: StepState,
    pub date: Option<NaiveDate>,
    pub notes: String,
    pub outputs: String,
}

impl StepStatus {
    pub fn new(step: Step) -> Self {
        Self {
            step,
            state: StepState::Planned,
            date: None,
            notes: String::new(),
            outputs: String::new(),
        }
    }
}

/// What a manager (or an event such as recorded attendance) does to a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Set or move the step's date.
    Schedule(NaiveDate),
    /// Mark the step done (on a date, default today).
    Complete(Option<NaiveDate>),
    Skip {
        reason: String,
    },
    /// Take back a done or skipped step.
    Reopen {
        reason: String,
    },
    /// Change the notes and outputs only.
    Record {
        notes: String,
        outputs: String,
    },
}

impl Action {
    pub fn name(&self) -> &'static str {
        match self {
            Action::Schedule(_) => "schedule",
            Action::Complete(_) => "complete",
            Action::Skip { .. } => "skip",
            Action::Reopen { .. } => "reopen",
            Action::Record { .. } => "record",
        }
    }

    pub fn reason(&self) -> &str {
        match self {
            Action::Skip { reason } | Action::Reopen { reason } => reason,
            _ => "",
        }
    }

    /// The texts of the action within their limits: a reason fits in a line
    /// or two, notes and outputs in a page.
    pub fn check_texts(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        match self {
            Action::Skip { reason } | Action::Reopen { reason } => {
                errors.check("reason", text(reason, false, MAX_REASON_CHARS));
            }
            Action::Record { notes, outputs } => {
                errors.check("notes", text(notes, false, MAX_NOTES_CHARS));
                errors.check("outputs", text(outputs, false, MAX_NOTES_CHARS));
            }
            Action::Schedule(_) | Action::Complete(_) => {}
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// A change to one step, as the history keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub step: Step,
    pub action: &'static str,
    pub from: StepState,
    pub to: StepState,
    pub reason: String,
    /// The step as it is after the change.
    pub after: StepStatus,
}

const MIN_REASON_CHARS: usize = 5;
const MAX_REASON_CHARS: usize = 1000;
const MAX_NOTES_CHARS: usize = 10_000;

/// Why an action was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JourneyError {
    /// Skipping and reopening need a written reason.
    #[error("{0}")]
    NeedsReason(String),
    /// The step's state or the order of the steps does not allow it.
    #[error("{0}")]
    NotAllowed(String),
}

/// A participant's six steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    steps: Vec<StepStatus>,
}

impl Journey {
    /// A journey not yet begun.
    pub fn start() -> Self {
        Self {
            steps: Step::ALL.into_iter().map(StepStatus::new).collect(),
        }
    }

    /// Rebuilds a journey from stored steps; missing steps count as planned.
    pub fn from_steps(stored: Vec<StepStatus>) -> Self {
        let mut journey = Self::start();
        for status in stored {
            let index = status.step.number() - 1;
            journey.steps[index] = status;
        }
        journey
    }

    pub fn steps(&self) -> &[StepStatus] {
        &self.steps
    }

    pub fn status(&self, step: Step) -> &StepStatus {
        &self.steps[step.number() - 1]
    }

    /// The first step not yet behind the participant (`None` once all are).
    pub fn current(&self) -> Option<Step> {
        self.steps
            .iter()
            .find(|s| !s.state.is_settled())
            .map(|s| s.step)
    }

    /// Checks an action against the rules and returns the change it makes.
    /// `today` dates a completion that names no date.
    pub fn apply(
        &self,
        step: Step,
        action: Action,
        today: NaiveDate,
    ) -> Result<Change, JourneyError> {
        use JourneyError::NotAllowed;
        let current = self.status(step).clone();
        let mut after = current.clone();
        let already_settled = || {
            NotAllowed(crate::t2(
                "sl-err-step-settled",
                "step",
                step.label_t(),
                "state",
                current.state.as_str(),
            ))
        };
        match &action {
            Action::Schedule(date) => {
                if current.state.is_settled() {
                    return Err(NotAllowed(crate::t2(
                        "sl-err-step-settled-reopen",
                        "step",
                        step.label_t(),
                        "state",
                        current.state.as_str(),
                    )));
                }
                after.state = StepState::Scheduled;
                after.date = Some(*date);
            }
            Action::Complete(date) => {
                if current.state.is_settled() {
                    return Err(already_settled());
                }
                self.require_earlier_settled(step, "completed")?;
                after.state = StepState::Done;
                after.date = Some(date.or(current.date).unwrap_or(today));
            }
            Action::Skip { reason } => {
                require_reason(reason)?;
                if current.state.is_settled() {
                    return Err(already_settled());
                }
                self.require_earlier_settled(step, "skipped")?;
                after.state = StepState::Skipped;
            }
            Action::Reopen { reason } => {
                require_reason(reason)?;
                if !current.state.is_settled() {
                    return Err(NotAllowed(crate::t1(
                        "sl-err-step-nothing-to-reopen",
                        "step",
                        step.label_t(),
                    )));
                }
                if let Some(later) = self
                    .steps
                    .iter()
                    .find(|s| s.step > step && s.state.is_settled())
                {
                    return Err(NotAllowed(crate::t2(
                        "sl-err-step-later-settled",
                        "step",
                        later.step.label_t(),
                        "state",
                        later.state.as_str(),
                    )));
                }
                after.state = if current.date.is_some() {
                    StepState::Scheduled
                } else {
                    StepState::Planned
                };
            }
            Action::Record { notes, outputs } => {
                after.notes = notes.trim().to_string();
                after.outputs = outputs.trim().to_string();
            }
        }
        Ok(Change {
            step,
            action: action.name(),
            from: current.state,
            to: after.state,
            reason: action.reason().trim().to_string(),
            after,
        })
    }

    fn require_earlier_settled(&self, step: Step, verb: &str) -> Result<(), JourneyError> {
        match step.earlier().find(|e| !self.status(*e).state.is_settled()) {
            Some(open) => Err(JourneyError::NotAllowed(crate::t3(
                "sl-err-step-order",
                "step",
                step.label_t(),
                "verb",
                verb,
                "earlier",
                open.label_t(),
            ))),
            None => Ok(()),
        }
    }
}

fn require_reason(reason: &str) -> Result<(), JourneyError> {
    if reason.trim().chars().count() < MIN_REASON_CHARS {
        Err(JourneyError::NeedsReason(crate::t1(
            "sl-err-reason",
            "min",
            MIN_REASON_CHARS,
        )))
    } else {
        Ok(())
    }
}

/// How many participants reached each step (done) or left it out (skipped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunnelRow {
    pub step: Step,
    pub done: u64,
    pub skipped: u64,
    /// Participants for whom this is the next step.
    pub current: u64,
}

pub fn funnel<'a>(journeys: impl IntoIterator<Item = &'a Journey>) -> Vec<FunnelRow> {
    let mut rows: Vec<FunnelRow> = Step::ALL
        .into_iter()
        .map(|step| FunnelRow {
            step,
            done: 0,
            skipped: 0,
            current: 0,
        })
        .collect();
    for journey in journeys {
        for (row, status) in rows.iter_mut().zip(journey.steps()) {
            match status.state {
                StepState::Done => row.done += 1,
                StepState::Skipped => row.skipped += 1,
                _ => {}
            }
        }
        if let Some(current) = journey.current() {
            rows[current.number() - 1].current += 1;
        }
    }
    rows
}

impl Step {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Step::Workshop1 => "sl-step-workshop-1",
            Step::StudyTrip => "sl-step-study-trip",
            Step::Workshop2 => "sl-step-workshop-2",
            Step::HomeAssignments => "sl-step-home-assignments",
            Step::Workshop3 => "sl-step-workshop-3",
            Step::LongTermPresence => "sl-step-long-term-presence",
        })
    }

    /// What happens in the step, in the language of the request.
    pub fn purpose_t(self) -> String {
        crate::t(match self {
            Step::Workshop1 => "sl-purpose-workshop-1",
            Step::StudyTrip => "sl-purpose-study-trip",
            Step::Workshop2 => "sl-purpose-workshop-2",
            Step::HomeAssignments => "sl-purpose-home-assignments",
            Step::Workshop3 => "sl-purpose-workshop-3",
            Step::LongTermPresence => "sl-purpose-long-term-presence",
        })
    }
}

impl StepState {
    /// The state in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            StepState::Planned => "sl-state-planned",
            StepState::Scheduled => "sl-state-scheduled",
            StepState::Done => "sl-state-done",
            StepState::Skipped => "sl-state-skipped",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
    }

    fn walk(journey: &Journey, step: Step, action: Action) -> Result<Journey, JourneyError> {
        let change = journey.apply(step, action, day(1))?;
        let mut steps = journey.steps().to_vec();
        steps[step.number() - 1] = change.after;
        Ok(Journey::from_steps(steps))
    }

    #[test]
    fn texts_of_an_action_have_limits() {
        let record = |notes: &str, outputs: &str| Action::Record {
            notes: notes.into(),
            outputs: outputs.into(),
        };
        assert!(record("Two leads.\nOne pilot.", "").check_texts().is_ok());
        let long = "x".repeat(MAX_NOTES_CHARS + 1);
        let refused = record(&long, "bell\u{7}").check_texts().unwrap_err();
        assert!(refused.get("notes").is_some());
        assert!(refused.get("outputs").is_some());
        let skip = Action::Skip {
            reason: "y".repeat(MAX_REASON_CHARS + 1),
        };
        assert!(skip.check_texts().unwrap_err().get("reason").is_some());
        assert!(Action::Complete(None).check_texts().is_ok());
    }

    #[test]
    fn steps_have_an_order_and_names() {
        assert_eq!(Step::Workshop1.number(), 1);
        assert_eq!(Step::LongTermPresence.number(), 6);
        assert_eq!(
            Step::Workshop2.earlier().collect::<Vec<_>>(),
            [Step::Workshop1, Step::StudyTrip]
        );
        for step in Step::ALL {
            assert_eq!(Step::parse(step.as_str()), Ok(step));
        }
        assert_eq!(
            serde_json::to_string(&Step::Workshop1).unwrap(),
            "\"workshop_1\""
        );
        assert!(Step::parse("workshop_4").is_err());
    }

    #[test]
    fn steps_complete_in_order() {
        let journey = Journey::start();
        let err = journey
            .apply(Step::StudyTrip, Action::Complete(None), day(1))
            .unwrap_err()
            .to_string();
        assert!(err.contains("Workshop 1 at home"), "{err}");
        let journey = walk(&journey, Step::Workshop1, Action::Complete(Some(day(3)))).unwrap();
        assert_eq!(journey.status(Step::Workshop1).state, StepState::Done);
        assert_eq!(journey.status(Step::Workshop1).date, Some(day(3)));
        assert_eq!(journey.current(), Some(Step::StudyTrip));
        let journey = walk(&journey, Step::StudyTrip, Action::Complete(None)).unwrap();
        assert_eq!(
            journey.status(Step::StudyTrip).date,
            Some(day(1)),
            "today when no date"
        );
        assert!(
            journey
                .apply(Step::StudyTrip, Action::Complete(None), day(1))
                .is_err(),
            "not twice"
        );
    }

    #[test]
    fn skipping_needs_a_reason_and_counts_as_behind() {
        let journey = walk(&Journey::start(), Step::Workshop1, Action::Complete(None)).unwrap();
        let no_reason = journey.apply(
            Step::StudyTrip,
            Action::Skip {
                reason: " ok ".into(),
            },
            day(1),
        );
        assert!(matches!(no_reason, Err(JourneyError::NeedsReason(_))));
        let journey = walk(
            &journey,
            Step::StudyTrip,
            Action::Skip {
                reason: "Visited the partner last year".into(),
            },
        )
        .unwrap();
        assert_eq!(journey.status(Step::StudyTrip).state, StepState::Skipped);
        assert!(walk(&journey, Step::Workshop2, Action::Complete(None)).is_ok());
    }

    #[test]
    fn reopening_goes_back_one_step_at_a_time() {
        let mut journey = Journey::start();
        for step in [Step::Workshop1, Step::StudyTrip] {
            journey = walk(&journey, step, Action::Complete(Some(day(5)))).unwrap();
        }
        let reason = || Action::Reopen {
            reason: "Attendance was recorded by mistake".into(),
        };
        let err = journey
            .apply(Step::Workshop1, reason(), day(1))
            .unwrap_err()
            .to_string();
        assert!(err.contains("Study trip is already done"), "{err}");
        let change = journey.apply(Step::StudyTrip, reason(), day(1)).unwrap();
        assert_eq!(
            (change.from, change.to),
            (StepState::Done, StepState::Scheduled),
            "it keeps its date"
        );
        assert_eq!(change.reason, "Attendance was recorded by mistake");
        assert!(
            journey.apply(Step::Workshop2, reason(), day(1)).is_err(),
            "nothing to reopen"
        );
        assert!(
            journey
                .apply(
                    Step::StudyTrip,
                    Action::Reopen { reason: "".into() },
                    day(1)
                )
                .is_err()
        );
    }

    #[test]
    fn refusals_read_as_before_in_english() {
        let journey = walk(&Journey::start(), Step::Workshop1, Action::Complete(None)).unwrap();
        let err = journey
            .apply(Step::Workshop1, Action::Schedule(day(9)), day(1))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "Workshop 1 at home is already done; reopen it before giving it a new date"
        );
        let err = Journey::start()
            .apply(Step::Workshop2, Action::Complete(None), day(1))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "Workshop 2 abroad cannot be completed before Workshop 1 at home is done or skipped: steps complete in order"
        );
        assert_eq!(
            crate::softlanding::model::desks::BookingDecision::Approve
                .next(crate::softlanding::model::desks::BookingStatus::Waitlisted)
                .ok(),
            Some(crate::softlanding::model::desks::BookingStatus::Approved)
        );
        assert_eq!(
            crate::softlanding::model::desks::BookingDecision::Cancel
                .next(crate::softlanding::model::desks::BookingStatus::Cancelled)
                .unwrap_err(),
            "the booking is cancelled"
        );
        use crate::softlanding::model::assignments::{AssignmentStatus, Decision, check_review};
        let errors =
            check_review(AssignmentStatus::NeedsChanges, Decision::Accepted, "").unwrap_err();
        assert_eq!(
            errors.get("decision"),
            Some("only a submitted assignment can be reviewed (this one is needs changes)")
        );
    }

    #[test]
    fn scheduling_dates_open_steps_only() {
        let journey = walk(
            &Journey::start(),
            Step::Workshop2,
            Action::Schedule(day(20)),
        )
        .unwrap();
        assert_eq!(journey.status(Step::Workshop2).state, StepState::Scheduled);
        let journey = walk(&journey, Step::Workshop1, Action::Complete(None)).unwrap();
        assert!(
            journey
                .apply(Step::Workshop1, Action::Schedule(day(9)), day(1))
                .is_err()
        );
        let change = journey
            .apply(
                Step::Workshop1,
                Action::Record {
                    notes: " Went well ".into(),
                    outputs: "Barrier report".into(),
                },
                day(1),
            )
            .unwrap();
        assert_eq!(change.after.notes, "Went well");
        assert_eq!(change.from, change.to);
    }

    #[test]
    fn the_funnel_counts_who_reached_each_step() {
        let start = Journey::start();
        let one = walk(&start, Step::Workshop1, Action::Complete(None)).unwrap();
        let two = walk(
            &one,
            Step::StudyTrip,
            Action::Skip {
                reason: "Not needed this time".into(),
            },
        )
        .unwrap();
        let rows = funnel([&start, &one, &two]);
        assert_eq!((rows[0].done, rows[0].current), (2, 1));
        assert_eq!((rows[1].done, rows[1].skipped, rows[1].current), (0, 1, 1));
        assert_eq!(rows[2].current, 1);
        assert_eq!(rows.len(), 6);
    }
}
