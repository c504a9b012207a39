//! The demo's soft-landing programme: all 120 demo SMEs in two cohorts, one
//! that started a year ago (most have finished, some are stuck mid-way) and
//! one that started three weeks ago; their sessions, assessments, assignments,
//! the hosts' desks and the bookings of those who stayed abroad.
//!
//! Dates are relative to the day the demo is loaded, so the demo always shows
//! past and coming sessions.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use sea_orm::ConnectionTrait;

use super::{NETWORK, SmeSeed};
use crate::calendar::default_time_zone;
use crate::registry::model::{CountryCode, OrganisationKind};
use crate::registry::store as registry_store;
use crate::softlanding::model::assessment::{AssessmentInput, Barrier, Potential};
use crate::softlanding::model::assignments::Decision;
use crate::softlanding::model::desks::{BookingStatus, DeskInput};
use crate::softlanding::model::programmes::{
    CohortDraft, ParticipantDraft, ProgrammeDraft, Targets,
};
use crate::softlanding::model::sessions::{
    PlanHost, PlanParticipant, PlanTemplate, Response, SessionKind, plan,
};
use crate::softlanding::model::{Action, Journey, Step};
use crate::softlanding::store::{assessments, assignments, desks, journeys, programmes, sessions};
use crate::web::AppError;

pub const PROGRAMME_SLUG: &str = "north-sea-soft-landing";

/// Where an SME of a country goes when none of its target markets has a host.
fn default_destination(country: &str) -> &'static str {
    match country {
        "DK" => "NO",
        "NO" => "DK",
        "SE" => "GB",
        "GB" => "SE",
        "DE" => "NL",
        _ => "DE",
    }
}

fn monday_on_or_before(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// How far a participant of the first cohort got, by its place in the cohort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Every step done, with a desk abroad.
    Settled,
    /// Through workshop 3; no desk wanted.
    NoDesk,
    /// Stuck at the home assignments.
    Assignments,
    /// Skipped the study trip, finished, and asked for a desk.
    DeskRequested,
    /// Came to workshop 1 only.
    Stalled,
}

fn stage(index: usize) -> Stage {
    match index % 10 {
        0..=3 => Stage::Settled,
        4 | 5 => Stage::NoDesk,
        6 | 7 => Stage::Assignments,
        8 => Stage::DeskRequested,
        _ => Stage::Stalled,
    }
}

struct Seeded {
    participant_id: i64,
    home_id: i64,
    host_id: i64,
    market: CountryCode,
    index: usize,
}

/// Applies an action to a participant's journey (the rules decide) and keeps it in the history.
async fn walk(
    txn: &impl ConnectionTrait,
    participant_id: i64,
    step: Step,
    action: Action,
    today: NaiveDate,
) -> Result<(), AppError> {
    journeys::apply_if_allowed(txn, participant_id, step, action, None, today).await?;
    Ok(())
}

fn ratings(index: usize) -> AssessmentInput {
    let pick = |salt: usize| i64::try_from((index * 7 + salt * 3) % 5 + 1).unwrap_or(3);
    AssessmentInput {
        markets_considered: Vec::new(),
        barriers: Barrier::ALL
            .iter()
            .enumerate()
            .map(|(i, b)| (b.as_str().to_string(), Some(pick(i))))
            .collect(),
        potentials: Potential::ALL
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_str().to_string(), Some(pick(i + 6).max(2))))
            .collect(),
        barrier_notes: "Discussed in workshop 1 with the home incubator.".into(),
        potential_notes: String::new(),
    }
}

/// Adds the programme unless it is there already. Returns whether it was added.
pub async fn add(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    sme_ids: &HashMap<String, i64>,
) -> Result<bool, AppError> {
    if programmes::programme_by_slug(txn, PROGRAMME_SLUG)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let today = Utc::now().date_naive();
    let network = &*NETWORK;
    let partners: Vec<&super::OrganisationSeed> = network
        .organisations
        .iter()
        .filter(|o| o.kind == "incubator" || o.kind == "cluster")
        .collect();
    let id_of = |key: &str| {
        organisation_ids.get(key).copied().ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!("demo organisation `{key}` is missing"))
        })
    };
    let first_cohort_start = monday_on_or_before(today - Duration::weeks(52));
    let second_cohort_start = monday_on_or_before(today - Duration::weeks(3));
    let programme = ProgrammeDraft {
        name: "North Sea Soft Landing".into(),
        description: "Six countries' incubators exchange their SMEs: workshop 1 at home, a study trip, \
                      workshops 2 and 3 at the partner abroad, home assignments in between, and a desk \
                      abroad for those who stay. 120 SMEs in two cohorts."
            .into(),
        starts_on: first_cohort_start - Duration::weeks(8),
        ends_on: first_cohort_start + Duration::weeks(156),
        targets: Targets {
            participants: 120,
            partnerships: 60,
            presences: 30,
            export_starts: 50,
        },
        partner_ids: partners.iter().map(|o| id_of(&o.key)).collect::<Result<_, _>>()?,
    };
    let programme_id = programmes::insert_programme(txn, Some(PROGRAMME_SLUG), &programme).await?;
    let cohorts = [
        programmes::insert_cohort(
            txn,
            programme_id,
            &CohortDraft {
                name: "Cohort 1".into(),
                starts_on: first_cohort_start,
                description: "The first exchange: most have finished, some are still on their way."
                    .into(),
            },
        )
        .await?,
        programmes::insert_cohort(
            txn,
            programme_id,
            &CohortDraft {
                name: "Cohort 2".into(),
                starts_on: second_cohort_start,
                description: "Just started: workshop 1 is behind them, the study trip ahead."
                    .into(),
            },
        )
        .await?,
    ];

    // Hosts: the incubators of each country, in turn.
    let mut hosts_by_country: HashMap<&str, Vec<i64>> = HashMap::new();
    for organisation in partners.iter().filter(|o| o.kind == "incubator") {
        hosts_by_country
            .entry(organisation.country.as_str())
            .or_default()
            .push(id_of(&organisation.key)?);
    }
    let mut seeded: [Vec<Seeded>; 2] = [Vec::new(), Vec::new()];
    let mut sorted: Vec<&SmeSeed> = network.smes.iter().collect();
    sorted.sort_by(|a, b| a.key.cmp(&b.key));
    for (index, sme) in sorted.iter().enumerate() {
        let destination = sme
            .target_markets
            .iter()
            .find(|m| hosts_by_country.contains_key(m.as_str()) && m.as_str() != sme.country)
            .map(String::as_str)
            .unwrap_or_else(|| default_destination(&sme.country));
        let hosts = &hosts_by_country[destination];
        let host_id = hosts[index % hosts.len()];
        let cohort = index % 2;
        let sme_id = *sme_ids.get(&sme.key).ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!("demo SME `{}` is missing", sme.key))
        })?;
        let market = CountryCode::from_stored(destination.to_string());
        let participant_id = programmes::insert_participant(
            txn,
            programme_id,
            &ParticipantDraft {
                cohort_id: cohorts[cohort],
                sme_id,
                home_organisation_id: id_of(&sme.home)?,
                host_organisation_id: host_id,
                target_market: market.clone(),
                joined_on: if cohort == 0 {
                    first_cohort_start - Duration::weeks(2)
                } else {
                    second_cohort_start - Duration::weeks(2)
                },
            },
        )
        .await?;
        seeded[cohort].push(Seeded {
            participant_id,
            home_id: id_of(&sme.home)?,
            host_id,
            market,
            index: seeded[cohort].len(),
        });
    }

    let all_organisations: Vec<i64> = organisation_ids.values().copied().collect();
    let refs = registry_store::organisation_refs(txn, &all_organisations).await?;
    let cities = registry_store::organisation_cities(txn).await?;
    let plan_hosts: Vec<PlanHost> = refs
        .values()
        .map(|o| PlanHost {
            organisation_id: o.id,
            name: o.name.clone(),
            city: cities.get(&o.id).cloned().unwrap_or_default(),
            time_zone: default_time_zone(&o.country),
        })
        .collect();

    let desks_by_host = add_desks(txn, &hosts_by_country, &refs).await?;
    let mut desk_free_from: HashMap<i64, NaiveDate> = HashMap::new();

    for (cohort_index, (cohort_id, members)) in cohorts.iter().zip(&seeded).enumerate() {
        let start = if cohort_index == 0 {
            first_cohort_start
        } else {
            second_cohort_start
        };
        let plan_participants: Vec<PlanParticipant> = members
            .iter()
            .map(|s| PlanParticipant {
                participant_id: s.participant_id,
                home_organisation_id: s.home_id,
                host_organisation_id: s.host_id,
            })
            .collect();
        let planned = plan(
            &PlanTemplate::usual(start),
            *cohort_id,
            &plan_participants,
            &plan_hosts,
        )
        .map_err(|e| AppError::Internal(anyhow::anyhow!(e)))?;
        for session in planned {
            let session_id = sessions::insert_session(txn, programme_id, &session.draft).await?;
            let day = session
                .draft
                .starts_at
                .with_timezone(&session.draft.time_zone)
                .date_naive();
            let past = session.draft.ends_at < Utc::now();
            for participant_id in &session.invitees {
                sessions::invite(txn, session_id, *participant_id).await?;
                let member = members
                    .iter()
                    .find(|m| m.participant_id == *participant_id)
                    .ok_or_else(|| {
                        AppError::Internal(anyhow::anyhow!("planned an unknown participant"))
                    })?;
                walk(
                    txn,
                    *participant_id,
                    session.draft.kind.step(),
                    Action::Schedule(day),
                    today,
                )
                .await?;
                let attends = attends(cohort_index, member.index, session.draft.kind);
                let answer = match (past, attends, member.index % 7) {
                    (true, true, _) => Response::Accepted,
                    (true, false, _) => Response::Declined,
                    (false, _, 0) => Response::Declined,
                    (false, _, 1 | 2) => Response::Pending,
                    (false, _, _) => Response::Accepted,
                };
                sessions::respond(txn, session_id, *participant_id, Response::Pending, answer)
                    .await?;
                if past && attends {
                    sessions::record_attendance(txn, session_id, *participant_id, true).await?;
                    walk(
                        txn,
                        *participant_id,
                        session.draft.kind.step(),
                        Action::Complete(Some(day)),
                        today,
                    )
                    .await?;
                }
            }
        }
        for member in members {
            let journey = journeys::journey(txn, member.participant_id).await?;
            let reached_workshop_1 = journey.status(Step::Workshop1).state.is_settled();
            if reached_workshop_1 {
                let mut input = ratings(member.index);
                input.markets_considered = vec![member.market.as_str().to_string()];
                let assessment = input
                    .validate()
                    .map_err(|e| AppError::Internal(anyhow::anyhow!("demo assessment: {e:?}")))?;
                assessments::save(
                    txn,
                    member.participant_id,
                    &assessment,
                    "Demo incubator staff",
                )
                .await?;
            }
            if cohort_index == 0 {
                settle_first_cohort(
                    txn,
                    member,
                    &journey,
                    start,
                    today,
                    &desks_by_host,
                    &mut desk_free_from,
                )
                .await?;
            }
        }
    }
    Ok(true)
}

/// Who of a cohort attends a session kind (past sessions only matter).
fn attends(cohort: usize, index: usize, kind: SessionKind) -> bool {
    if cohort == 1 {
        // Workshop 1 three weeks ago: most came.
        return index % 7 != 3;
    }
    match (stage(index), kind) {
        (Stage::Stalled, SessionKind::Workshop1) => true,
        (Stage::Stalled, _) => false,
        (Stage::DeskRequested, SessionKind::StudyTrip) => false,
        (Stage::Assignments, SessionKind::Workshop3) => false,
        _ => true,
    }
}

async fn add_desks(
    txn: &impl ConnectionTrait,
    hosts_by_country: &HashMap<&str, Vec<i64>>,
    refs: &HashMap<i64, crate::registry::OrganisationRef>,
) -> Result<HashMap<i64, Vec<i64>>, AppError> {
    let mut desks_by_host: HashMap<i64, Vec<i64>> = HashMap::new();
    let mut hosts: Vec<i64> = hosts_by_country.values().flatten().copied().collect();
    hosts.sort_unstable();
    for host in hosts {
        let price = |eur: i64| Some(eur * 100);
        let cheap = refs
            .get(&host)
            .is_some_and(|o| o.kind == OrganisationKind::Incubator && o.country.as_str() != "GB");
        for (name, kind, capacity, monthly) in [
            ("Hot desk A", "hot_desk", 1, if cheap { 180 } else { 240 }),
            ("Hot desk B", "hot_desk", 1, if cheap { 180 } else { 240 }),
            (
                "Window desk",
                "fixed_desk",
                1,
                if cheap { 320 } else { 390 },
            ),
            (
                "Harbour office",
                "private_office",
                4,
                if cheap { 950 } else { 1_250 },
            ),
        ] {
            let draft = DeskInput {
                organisation_id: Some(host),
                name: name.into(),
                kind: kind.into(),
                capacity: Some(capacity),
                monthly_price_cents: price(monthly),
                description: String::new(),
                active: true,
                unreadable: Default::default(),
            }
            .validate(true)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("demo desk: {e:?}")))?;
            desks_by_host
                .entry(host)
                .or_default()
                .push(desks::insert_desk(txn, &draft).await?);
        }
    }
    Ok(desks_by_host)
}

/// The first cohort's later steps: assignments and reviews, skipped steps
/// with their reasons, and desks abroad.
async fn settle_first_cohort(
    txn: &impl ConnectionTrait,
    member: &Seeded,
    journey: &Journey,
    start: NaiveDate,
    today: NaiveDate,
    desks_by_host: &HashMap<i64, Vec<i64>>,
    desk_free_from: &mut HashMap<i64, NaiveDate>,
) -> Result<(), AppError> {
    let id = member.participant_id;
    let stage = stage(member.index);
    if stage == Stage::Stalled {
        return Ok(());
    }
    if stage == Stage::DeskRequested {
        walk(
            txn,
            id,
            Step::StudyTrip,
            Action::Skip {
                reason: "Visited the partner incubator on a trade mission last spring".into(),
            },
            today,
        )
        .await?;
        walk(
            txn,
            id,
            Step::Workshop2,
            Action::Complete(journey.status(Step::Workshop2).date),
            today,
        )
        .await?;
    }
    // Two assignments after workshop 2.
    let set_on = start + Duration::weeks(10);
    let tasks = [
        (
            format!("Price list and terms of sale for {}", member.market.name()),
            set_on + Duration::weeks(4),
        ),
        (
            format!("Twenty target customers in {}", member.market.name()),
            set_on + Duration::weeks(7),
        ),
    ];
    for (n, (title, due_on)) in tasks.iter().enumerate() {
        let draft = crate::softlanding::model::assignments::AssignmentDraft {
            title: title.clone(),
            description: "Prepare it at home and bring it to workshop 3.".into(),
            due_on: *due_on,
        };
        let assignment_id =
            assignments::insert_assignment(txn, id, &draft, "Demo incubator staff").await?;
        let answer = "Attached to our workshop notes; the first version is in the shared folder.";
        assignments::insert_submission(txn, assignment_id, answer, None, "SME founder").await?;
        let assignment = assignments::assignment(txn, assignment_id)
            .await?
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("demo assignment vanished")))?;
        let decision = match (stage, n) {
            (Stage::Assignments, 0) => None,
            (Stage::Assignments, _) => Some((
                Decision::NeedsChanges,
                "Add the importers and the buyers of the two big chains.",
            )),
            _ => Some((Decision::Accepted, "Good basis for workshop 3.")),
        };
        if let Some((decision, comment)) = decision {
            assignments::review(txn, &assignment, decision, comment, "Demo incubator staff")
                .await?;
        }
    }
    let statuses = assignments::statuses(txn, id).await?;
    if crate::softlanding::model::assignments::all_accepted(&statuses) {
        walk(
            txn,
            id,
            Step::HomeAssignments,
            Action::Complete(Some(set_on + Duration::weeks(8))),
            today,
        )
        .await?;
    }
    if stage != Stage::Assignments {
        // Workshop 3 was attended; it counts once the assignments are behind.
        let workshop_3 = journeys::journey(txn, id)
            .await?
            .status(Step::Workshop3)
            .date;
        walk(
            txn,
            id,
            Step::Workshop3,
            Action::Complete(workshop_3),
            today,
        )
        .await?;
    }
    match stage {
        Stage::NoDesk => {
            walk(
                txn,
                id,
                Step::LongTermPresence,
                Action::Skip {
                    reason: "Exports through a distributor; no office abroad needed".into(),
                },
                today,
            )
            .await?;
        }
        Stage::Settled | Stage::DeskRequested => {
            let Some(desk_ids) = desks_by_host.get(&member.host_id) else {
                return Ok(());
            };
            // After workshop 3 (week 22), for four to nine months, on the first desk free
            // by then: many are abroad today.
            let wanted_from = start
                + Duration::weeks(26)
                + Duration::weeks(i64::try_from(member.index % 6).unwrap_or(0) * 4);
            let months = 4 + i64::try_from(member.index % 6).unwrap_or(0);
            let chosen = desk_ids
                .iter()
                .map(|d| {
                    (
                        *d,
                        desk_free_from
                            .get(d)
                            .copied()
                            .unwrap_or(wanted_from)
                            .max(wanted_from),
                    )
                })
                .min_by_key(|(_, from)| *from);
            let Some((desk_id, from)) = chosen else {
                return Ok(());
            };
            let from = if from.weekday() == Weekday::Sun {
                from + Duration::days(1)
            } else {
                from
            };
            let to = from + Duration::days(30 * months) - Duration::days(1);
            if stage == Stage::DeskRequested {
                let from = today + Duration::days(14);
                desks::insert_booking(
                    txn,
                    desk_id,
                    id,
                    (from, from + Duration::days(89)),
                    BookingStatus::Requested,
                    "From next month, for a quarter",
                    "SME founder",
                    None,
                )
                .await?;
                return Ok(());
            }
            let booking = desks::insert_booking(
                txn,
                desk_id,
                id,
                (from, to),
                BookingStatus::Approved,
                "",
                "SME founder",
                Some("Demo incubator staff"),
            )
            .await?;
            if desks::claim_days(txn, desk_id, booking, (from, to)).await? == desks::Claim::Taken {
                return Err(AppError::Internal(anyhow::anyhow!("demo desks overlap")));
            }
            desk_free_from.insert(desk_id, to + Duration::days(1));
            let presence = if from <= today {
                Action::Complete(Some(from))
            } else {
                Action::Schedule(from)
            };
            walk(txn, id, Step::LongTermPresence, presence, today).await?;
        }
        _ => {}
    }
    Ok(())
}
