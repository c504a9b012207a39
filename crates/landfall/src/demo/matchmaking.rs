//! The demo marketplace and two matchmaking events.
//!
//! Profiles come from `profiles.json` (offers and requests written for the
//! demo SMEs and clusters). One event took place a month ago: its meetings
//! were scheduled, published and held, and attendees recorded follow-ups.
//! The other is five weeks away: attendees have registered and sent
//! requests, most of them accepted, ready for the organiser to schedule.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Duration, NaiveTime, Utc};
use sea_orm::ConnectionTrait;
use serde::Deserialize;

use crate::matchmaking::model::events::{
    AgendaState, EventInput, RegistrationInput, RequestStatus, SessionInput,
};
use crate::matchmaking::model::profiles::{Party, ProfileInput, ProfileStatus};
use crate::matchmaking::operations::scheduling;
use crate::matchmaking::store::events::{self as events, MeetingOutcome, PartyFacts};
use crate::matchmaking::store::profiles;
use crate::web::AppError;

#[derive(Debug, Deserialize)]
struct Contact {
    name: String,
    email: String,
    phone: String,
}

#[derive(Debug, Deserialize)]
struct ProfileSeed {
    key: String,
    owner_sme: Option<String>,
    owner_organisation: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    title: String,
    description: String,
    sectors: Vec<String>,
    keywords: Vec<String>,
    target_countries: Vec<String>,
    stage: String,
    status: String,
    contact: Contact,
}

#[derive(Debug, Deserialize)]
struct Seeds {
    profiles: Vec<ProfileSeed>,
}

static SEEDS: LazyLock<Seeds> = LazyLock::new(|| {
    serde_json::from_str(include_str!("profiles.json")).expect("profiles.json is valid")
});

/// Marks the matchmaking demo as loaded.
const FINISHED_SLUG: &str = "skagerrak-blue-food-b2b-days";
const UPCOMING_SLUG: &str = "north-sea-food-and-ocean-matchmaking-2027";

fn seed_error(what: &str, key: &str, error: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("demo {what} `{key}` is invalid: {error}"))
}

fn lookup(ids: &HashMap<String, i64>, key: &str, what: &str) -> Result<i64, AppError> {
    ids.get(key)
        .copied()
        .ok_or_else(|| seed_error(what, key, "it is not in the demo network"))
}

/// What was added.
#[derive(Debug, Default)]
pub struct Added {
    pub profiles: usize,
    pub events: usize,
}

/// Adds the profiles and events unless they are there already.
pub async fn add(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    sme_ids: &HashMap<String, i64>,
) -> Result<Added, AppError> {
    if events::event_id_by_slug(txn, FINISHED_SLUG)
        .await?
        .is_some()
    {
        return Ok(Added::default());
    }
    let now = Utc::now();
    let today = now.date_naive();
    let mut added = Added::default();
    for seed in &SEEDS.profiles {
        let owner = match (&seed.owner_sme, &seed.owner_organisation) {
            (Some(sme), None) => Party::Sme(lookup(sme_ids, sme, "SME")?),
            (None, Some(org)) => {
                Party::Organisation(lookup(organisation_ids, org, "organisation")?)
            }
            _ => {
                return Err(seed_error(
                    "profile",
                    &seed.key,
                    "it needs exactly one owner",
                ));
            }
        };
        let input = ProfileInput {
            kind: seed.kind.clone(),
            title: seed.title.clone(),
            description: seed.description.clone(),
            sectors: seed.sectors.clone(),
            keywords: seed.keywords.clone(),
            target_countries: seed.target_countries.clone(),
            stage: seed.stage.clone(),
            expires_on: None,
            contact_name: seed.contact.name.clone(),
            contact_email: seed.contact.email.clone(),
            contact_phone: seed.contact.phone.clone(),
            ..Default::default()
        };
        let draft = input
            .validate(owner, today)
            .map_err(|e| seed_error("profile", &seed.key, format!("{e:?}")))?;
        let status =
            ProfileStatus::parse(&seed.status).map_err(|e| seed_error("profile", &seed.key, e))?;
        profiles::insert(txn, owner, &draft, status, &seed.contact.name, now).await?;
        added.profiles += 1;
    }

    // Attendees from every country in turn, so both events are international.
    let mut by_country: std::collections::BTreeMap<&str, Vec<i64>> = Default::default();
    for seed in &super::NETWORK.smes {
        if let Some(id) = sme_ids.get(&seed.key) {
            by_country
                .entry(seed.country.as_str())
                .or_default()
                .push(*id);
        }
    }
    let deepest = by_country.values().map(Vec::len).max().unwrap_or(0);
    let smes: Vec<i64> = (0..deepest)
        .flat_map(|i| {
            by_country
                .values()
                .filter_map(move |ids| ids.get(i).copied())
        })
        .collect();
    let finished = Plan {
        slug: FINISHED_SLUG,
        title: "Skagerrak Blue Food B2B Days",
        description: "Two half-days of pre-arranged 1:1 meetings between seafood, aquaculture and food-tech companies from around the Skagerrak, with buyers and technology partners from the North Sea region.",
        organiser: "skagerrak-seafood-cluster",
        venue: "Nordsøen Oceanarium conference hall, Hirtshals",
        time_zone: "Europe/Copenhagen",
        days_from_now: -30,
        tables: 12,
        attendees: smes.iter().take(24).copied().collect(),
    };
    let upcoming = Plan {
        slug: UPCOMING_SLUG,
        title: "North Sea Food & Ocean Matchmaking 2027",
        description: "The network's spring brokerage event: SMEs, clusters and investors from six North Sea countries meet in 20-minute slots, on site in Ålesund or by video.",
        organiser: "sunnmore-maritime-cluster",
        venue: "Parken Kulturhus, Ålesund",
        time_zone: "Europe/Oslo",
        days_from_now: 36,
        tables: 15,
        attendees: smes.iter().skip(16).take(40).copied().collect(),
    };
    for plan in [finished, upcoming] {
        add_event(txn, organisation_ids, &plan, now).await?;
        added.events += 1;
    }
    Ok(added)
}

struct Plan {
    slug: &'static str,
    title: &'static str,
    description: &'static str,
    organiser: &'static str,
    venue: &'static str,
    time_zone: &'static str,
    days_from_now: i64,
    tables: i64,
    attendees: Vec<i64>,
}

/// Who asks whom: every attendee asks two or three others, spread evenly.
fn request_pairs(n: usize) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..n {
        for step in [3, 7, 12] {
            let j = (i * 5 + step) % n;
            if i != j && (i + step) % 4 != 0 && seen.insert((i.min(j), i.max(j))) {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

const MESSAGES: [&str; 4] = [
    "We saw your profile in the marketplace and think our products fit your customers.",
    "Could we meet to talk about a pilot in your market?",
    "We are looking for a partner for an EU project proposal in this field.",
    "We would like to learn how you entered the German market.",
];

async fn add_event(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
    plan: &Plan,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let organiser = lookup(organisation_ids, plan.organiser, "organisation")?;
    let draft = EventInput {
        title: plan.title.into(),
        description: plan.description.into(),
        organiser_organisation_id: Some(organiser),
        format: "hybrid".into(),
        venue: plan.venue.into(),
        online_url: format!("https://meet.example.org/{}", plan.slug),
        time_zone: plan.time_zone.into(),
        tables: Some(plan.tables),
        max_meetings: Some(8),
        request_expiry_hours: Some(72),
        ..Default::default()
    }
    .validate()
    .map_err(|e| seed_error("event", plan.slug, format!("{e:?}")))?;
    let zone = draft.time_zone;
    let event_id = events::insert_event(txn, &draft, plan.slug, now).await?;

    let day = (now + Duration::days(plan.days_from_now)).date_naive();
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
    let mut existing = Vec::new();
    for (title, start, end) in [
        ("Morning meetings", at(9, 0), at(12, 20)),
        ("Afternoon meetings", at(13, 30), at(16, 0)),
    ] {
        let session = SessionInput {
            title: title.into(),
            date: Some(day),
            start_time: start,
            end_time: end,
            meeting_minutes: Some(20),
            pause_minutes: Some(5),
            ..Default::default()
        }
        .validate(zone, &existing)
        .map_err(|e| seed_error("session", title, format!("{e:?}")))?;
        existing.push((session.starts_at, session.ends_at));
        events::insert_session(txn, event_id, &session).await?;
    }
    let slots: Vec<i64> = events::slots(txn, event_id)
        .await?
        .iter()
        .map(|s| s.id)
        .collect();

    let owners = profiles::owners(
        txn,
        &plan
            .attendees
            .iter()
            .map(|id| Party::Sme(*id))
            .collect::<Vec<_>>(),
    )
    .await?;
    let registered_at = now + Duration::days(plan.days_from_now - 21);
    let mut registrations = Vec::new();
    for (i, sme) in plan.attendees.iter().enumerate() {
        let party = Party::Sme(*sme);
        let Some(owner) = owners.get(&party) else {
            continue;
        };
        // Every fourth attendee can only come in the morning, every
        // seventh meets online.
        let available = (i % 4 == 1).then(|| slots.iter().take(8).copied().collect());
        let registration = RegistrationInput {
            attendance: if i % 7 == 3 { "online" } else { "onsite" }.into(),
            max_meetings: (i % 5 == 2).then_some(4),
            available,
            looking_for: "Distributors, technology partners and pilot customers".into(),
            ..Default::default()
        }
        .validate(draft.format, &slots, &[])
        .map_err(|e| seed_error("registration", &owner.name, format!("{e:?}")))?;
        let facts = PartyFacts {
            country: owner.country.clone(),
            kind: owner.kind.clone(),
        };
        let id = events::insert_registration(
            txn,
            event_id,
            party,
            &facts,
            &registration,
            &owner.name,
            registered_at,
        )
        .await?;
        registrations.push(id);
    }

    let finished = plan.days_from_now < 0;
    for (n, (i, j)) in request_pairs(registrations.len()).into_iter().enumerate() {
        let (from, to) = (registrations[i], registrations[j]);
        let sent = registered_at + Duration::hours(6 + n as i64);
        let status = match n % 10 {
            7 => RequestStatus::Declined,
            8 if finished => RequestStatus::Expired,
            8 | 9 if !finished => RequestStatus::Pending,
            _ => RequestStatus::Accepted,
        };
        // Expired requests ran out of time long ago; pending ones are still open.
        let expires_at = match status {
            RequestStatus::Pending => now + Duration::hours(72),
            _ => sent + Duration::hours(72),
        };
        let request = events::insert_request(
            txn,
            event_id,
            from,
            to,
            MESSAGES[n % MESSAGES.len()],
            sent,
            expires_at,
        )
        .await?;
        let answered = sent + Duration::hours(20);
        match status {
            RequestStatus::Accepted => {
                events::answer_request(txn, request, status, "Happy to meet.", answered).await?;
                let priority = if n % 6 == 0 { 2 } else { 1 };
                events::insert_meeting(
                    txn,
                    event_id,
                    Some(request),
                    priority,
                    &[from.min(to), from.max(to)],
                    answered,
                )
                .await?;
            }
            RequestStatus::Declined => {
                events::answer_request(
                    txn,
                    request,
                    status,
                    "Thank you, but our agenda is full.",
                    answered,
                )
                .await?;
            }
            _ => {}
        }
    }

    if finished {
        let event = events::event(txn, event_id)
            .await?
            .ok_or(AppError::NotFound)?;
        scheduling::plan(txn, &event, now).await?;
        events::publish_meetings(txn, event_id, now).await?;
        events::set_agenda(txn, event_id, AgendaState::Final, now).await?;
        for (n, meeting) in events::meetings(txn, event_id, None)
            .await?
            .into_iter()
            .filter(|m| m.slot_id.is_some())
            .enumerate()
        {
            let held = n % 9 != 4;
            for (k, registration_id) in meeting.attendees.iter().enumerate() {
                events::record_outcome(
                    txn,
                    &MeetingOutcome {
                        meeting_id: meeting.id,
                        registration_id: *registration_id,
                        held,
                        follow_up: held && (n + k) % 3 == 0,
                        note: String::new(),
                        recorded_at: now - Duration::days(20),
                    },
                )
                .await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_seeds_are_many_and_varied() {
        let seeds = &SEEDS.profiles;
        assert!(seeds.len() >= 200, "{} profiles", seeds.len());
        let kinds: std::collections::BTreeSet<&str> =
            seeds.iter().map(|s| s.kind.as_str()).collect();
        assert!(kinds.len() >= 7, "{kinds:?}");
        assert!(seeds.iter().any(|s| s.owner_organisation.is_some()));
        assert!(seeds.iter().any(|s| s.status != "published"));
    }

    #[test]
    fn every_attendee_asks_someone_and_nobody_asks_twice() {
        let pairs = request_pairs(24);
        let mut seen = std::collections::BTreeSet::new();
        for (i, j) in &pairs {
            assert_ne!(i, j);
            assert!(seen.insert((*i.min(j), *i.max(j))));
        }
        let senders: std::collections::BTreeSet<usize> = pairs.iter().map(|(i, _)| *i).collect();
        assert!(senders.len() >= 20, "{senders:?}");
    }
}
