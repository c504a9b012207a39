//! Demo results of the soft-landing programme: outcome records with evidence
//! (some corrected, one retracted), yearly figures with a baseline at entry,
//! and a few custom indicators — so that the dashboards show real progress
//! computed from records, with some targets still out of reach.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sea_orm::ConnectionTrait;

use super::softlanding::PROGRAMME_SLUG;
use crate::matchmaking::model::profiles::Party;
use crate::matchmaking::store::events::{self, SmeMeeting};
use crate::monitoring::model::indicators::{IndicatorDraft, Metric};
use crate::monitoring::model::outcomes::{Figures, OutcomeDraft, OutcomeKind, PresenceForm};
use crate::monitoring::store::indicators as indicator_store;
use crate::monitoring::store::outcomes::{self as store, Author, OutcomeFilter};
use crate::registry;
use crate::softlanding::model::sessions::SessionKind;
use crate::softlanding::store::programmes::{
    self as programme_store, Participant, ParticipantFilter,
};
use crate::softlanding::store::sessions::{self, Session, SessionFilter};
use crate::web::AppError;

const CUSTOMERS: [&str; 12] = [
    "Nordic Retail Group",
    "Hanse Logistik GmbH",
    "Baltic Harbour Services",
    "Fjordkraft Marine",
    "Vestkyst Engineering",
    "Kattegat Food Partners",
    "Rotterdam Port Supplies",
    "Skåne Agri Cooperative",
    "Oslo Health Procurement",
    "Göteborg Energy Systems",
    "Aarhus Water Works",
    "Bremen Offshore Logistics",
];

const INSTRUMENTS: [&str; 5] = [
    "Soft landing: workshop 3 abroad",
    "Matchmaking",
    "Study visit",
    "Trade fair",
    "Mentoring",
];

fn day_between(rng: &mut ChaCha8Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let span = (to - from).num_days().max(0);
    from + Duration::days(rng.random_range(0..=span))
}

/// Adds the results once; returns how many records were added.
pub async fn add(txn: &impl ConnectionTrait) -> Result<u64, AppError> {
    let Some(programme) = programme_store::programme_by_slug(txn, PROGRAMME_SLUG).await? else {
        return Ok(0);
    };
    let (_, existing) = store::outcomes(
        txn,
        &OutcomeFilter {
            programme_id: Some(programme.id),
            include_retracted: true,
            ..Default::default()
        },
        Some((1, 0)),
    )
    .await?;
    if existing > 0 {
        return Ok(0);
    }
    let participants = programme_store::participants(
        txn,
        ParticipantFilter {
            programme_id: Some(programme.id),
            ..Default::default()
        },
    )
    .await?;
    let sme_ids: Vec<i64> = participants.iter().map(|p| p.sme_id).collect();
    let smes = registry::store::sme_refs(txn, &sme_ids).await?;
    let today = Utc::now().date_naive();
    let mut rng = ChaCha8Rng::seed_from_u64(2027);
    let sources = CauseSources::read(txn, programme.id, &sme_ids).await?;
    // Causes are drawn apart, so the records themselves stay as they were.
    let mut cause_rng = ChaCha8Rng::seed_from_u64(2028);
    let mut added = 0;
    let mut corrected = 0;
    for participant in &participants {
        let Some(sme) = smes.get(&participant.sme_id) else {
            continue;
        };
        let author = Author {
            user_id: None,
            name: format!("Programme desk, {}", participant.home.name),
        };
        let entered = participant.joined_on;
        // SMEs of the first cohort have had a year; the second only weeks.
        let months_in = (today - entered).num_days() / 30;
        let mut plans: Vec<(OutcomeKind, bool)> = Vec::new();
        for (kind, percent) in [
            (OutcomeKind::Partnership, 52),
            (OutcomeKind::ExportStart, 44),
            (OutcomeKind::Presence, 14),
            (OutcomeKind::Contract, 30),
            (OutcomeKind::Collaboration, 12),
            (OutcomeKind::JointApplication, 6),
        ] {
            let roll: u32 = rng.random_range(0..100);
            plans.push((kind, months_in >= 3 && roll < percent));
        }
        let market = participant.target_market.as_str().to_string();
        for (kind, happens) in plans {
            if !happens {
                continue;
            }
            let customer = CUSTOMERS[rng.random_range(0..CUSTOMERS.len())];
            let occurred_on = day_between(&mut rng, entered + Duration::days(45), today);
            let cause = sources.cause(participant, kind, occurred_on, &mut cause_rng);
            // A record from a meeting is with the other side, in its country.
            let (counterparty, country) = match &cause {
                Cause::Meeting(met) => (met.name.clone(), met.country.clone()),
                _ => (customer.to_string(), market.clone()),
            };
            let value_cents = match kind {
                OutcomeKind::Contract => Some(rng.random_range(15_000..400_000_i64) * 100),
                OutcomeKind::ExportStart => Some(rng.random_range(2_000..60_000_i64) * 100),
                _ => None,
            };
            let draft = OutcomeDraft {
                sme_id: sme.id,
                kind,
                occurred_on,
                country: Some(country.clone()),
                counterparty_name: match kind {
                    OutcomeKind::Presence | OutcomeKind::ExportStart => String::new(),
                    _ => counterparty.clone(),
                },
                counterparty_organisation_id: match &cause {
                    Cause::Meeting(met) => met.party.organisation_id(),
                    _ => None,
                },
                counterparty_sme_id: match &cause {
                    Cause::Meeting(met) => met.party.sme_id(),
                    _ => None,
                },
                value_cents,
                presence_form: (kind == OutcomeKind::Presence).then(|| {
                    if rng.random_range(0..3) == 0 {
                        PresenceForm::Subsidiary
                    } else {
                        PresenceForm::SalesOffice
                    }
                }),
                description: format!("{} in {country}", kind.label()),
                evidence_text: match kind {
                    OutcomeKind::Partnership => {
                        format!("Signed cooperation agreement with {counterparty}")
                    }
                    OutcomeKind::ExportStart => {
                        "First invoice abroad, copy kept by the home incubator".into()
                    }
                    OutcomeKind::Presence => "Company registration abroad".into(),
                    OutcomeKind::Contract => format!("Contract with {counterparty}, countersigned"),
                    OutcomeKind::Collaboration => {
                        format!("Joint development plan with {counterparty}")
                    }
                    OutcomeKind::JointApplication => {
                        "Application receipt from the funding agency".into()
                    }
                },
                evidence_url: String::new(),
                programme_id: Some(programme.id),
                session_id: match cause {
                    Cause::Session(id) => Some(id),
                    _ => None,
                },
                meeting_id: match &cause {
                    Cause::Meeting(met) => Some(met.meeting_id),
                    _ => None,
                },
                instrument: INSTRUMENTS[rng.random_range(0..INSTRUMENTS.len())].to_string(),
            };
            let id = store::insert_outcome(txn, &draft, None, &author).await?;
            added += 1;
            // A few contract values were first typed in the customer's currency.
            if kind == OutcomeKind::Contract && corrected < 3 {
                let mut fixed = draft.clone();
                fixed.value_cents = value_cents.map(|v| v / 10 * 9);
                store::correct_outcome(
                    txn,
                    id,
                    1,
                    &fixed,
                    None,
                    "value was typed in NOK; converted to EUR at the contract date",
                    &author,
                )
                .await?;
                corrected += 1;
            }
        }
        add_figures(
            txn,
            &mut rng,
            sme.id,
            sme.employees,
            entered,
            today,
            &author,
        )
        .await?;
    }
    // One record turned out to be a letter of intent, not a contract.
    let (contracts, _) = store::outcomes(
        txn,
        &OutcomeFilter {
            programme_id: Some(programme.id),
            kind: Some(OutcomeKind::Contract),
            ..Default::default()
        },
        Some((1, 0)),
    )
    .await?;
    if let Some(contract) = contracts.first() {
        let draft = OutcomeDraft {
            sme_id: contract.sme_id,
            kind: contract.kind,
            occurred_on: contract.occurred_on,
            country: contract.country.clone(),
            counterparty_name: contract.counterparty_name.clone(),
            counterparty_organisation_id: None,
            counterparty_sme_id: None,
            value_cents: contract.value_cents,
            presence_form: None,
            description: contract.description.clone(),
            evidence_text: contract.evidence_text.clone(),
            evidence_url: String::new(),
            programme_id: contract.programme_id,
            session_id: contract.session_id,
            meeting_id: contract.meeting_id,
            instrument: contract.instrument.clone(),
        };
        store::retract_outcome(
            txn,
            contract,
            &draft,
            "only a letter of intent was signed",
            &Author {
                user_id: None,
                name: "Network coordinator".into(),
            },
        )
        .await?;
    }
    add_indicators(txn, programme.id, programme.starts_on, programme.ends_on).await?;
    Ok(added)
}

/// What a demo record names as its cause besides the programme.
enum Cause {
    None,
    /// A session of the programme the SME was invited to.
    Session(i64),
    /// A meeting the SME sat in at a matchmaking event.
    Meeting(Met),
}

/// A meeting held and who was on its other side.
#[derive(Clone)]
struct Met {
    meeting_id: i64,
    party: Party,
    name: String,
    country: String,
    starts_at: DateTime<Utc>,
}

/// The sessions and meetings demo records can name as causes.
struct CauseSources {
    /// The programme's sessions that took place, the latest first.
    sessions: Vec<Session>,
    /// Who was invited to them: (session, participant).
    invited: HashSet<(i64, i64)>,
    /// The meetings each SME sat in that took place, by SME.
    meetings: HashMap<i64, Vec<Met>>,
}

impl CauseSources {
    async fn read(
        txn: &impl ConnectionTrait,
        programme_id: i64,
        sme_ids: &[i64],
    ) -> Result<Self, AppError> {
        let now = Utc::now();
        let mut sessions: Vec<Session> = sessions::sessions(
            txn,
            &SessionFilter {
                programme_id: Some(programme_id),
                ..Default::default()
            },
        )
        .await?
        .into_iter()
        .filter(|s| s.ends_at < now)
        .collect();
        sessions.sort_by_key(|s| std::cmp::Reverse(s.starts_at));
        let session_ids: Vec<i64> = sessions.iter().map(|s| s.id).collect();
        let invited = sessions::invitations(txn, &session_ids)
            .await?
            .into_iter()
            .map(|i| (i.session_id, i.participant_id))
            .collect();
        let held: Vec<(SmeMeeting, Party, DateTime<Utc>)> =
            events::meetings_of_smes(txn, sme_ids, usize::MAX)
                .await?
                .into_iter()
                .filter_map(|m| {
                    let party = m.with_party?;
                    let at = m.starts_at.filter(|at| *at < now)?;
                    Some((m, party, at))
                })
                .collect();
        let their_smes: Vec<i64> = held.iter().filter_map(|(_, p, _)| p.sme_id()).collect();
        let their_organisations: Vec<i64> = held
            .iter()
            .filter_map(|(_, p, _)| p.organisation_id())
            .collect();
        let smes = registry::store::sme_refs(txn, &their_smes).await?;
        let organisations = registry::store::organisation_refs(txn, &their_organisations).await?;
        let mut meetings: HashMap<i64, Vec<Met>> = HashMap::new();
        for (meeting, party, starts_at) in held {
            let country = match party {
                Party::Sme(id) => smes.get(&id).map(|s| s.country.as_str().to_string()),
                Party::Organisation(id) => organisations
                    .get(&id)
                    .map(|o| o.country.as_str().to_string()),
            };
            if let Some(country) = country {
                meetings.entry(meeting.sme_id).or_default().push(Met {
                    meeting_id: meeting.id,
                    party,
                    name: meeting.with,
                    country,
                    starts_at,
                });
            }
        }
        Ok(Self {
            sessions,
            invited,
            meetings,
        })
    }

    /// A cause for a record of `kind` on `occurred_on`: for most
    /// partnerships and contracts a meeting held before it, when the SME
    /// had one; for others, often the latest workshop abroad or study trip
    /// the SME was invited to before it.
    fn cause(
        &self,
        participant: &Participant,
        kind: OutcomeKind,
        occurred_on: NaiveDate,
        rng: &mut ChaCha8Rng,
    ) -> Cause {
        let before = |at: DateTime<Utc>| at.date_naive() < occurred_on;
        let roll: u32 = rng.random_range(0..100);
        if matches!(kind, OutcomeKind::Partnership | OutcomeKind::Contract)
            && roll < 70
            && let Some(met) = self
                .meetings
                .get(&participant.sme_id)
                .and_then(|held| held.iter().find(|m| before(m.starts_at)))
        {
            return Cause::Meeting(met.clone());
        }
        if roll.is_multiple_of(2) {
            let session = self.sessions.iter().find(|s| {
                matches!(s.kind, SessionKind::Workshop3 | SessionKind::StudyTrip)
                    && self.invited.contains(&(s.id, participant.id))
                    && before(s.ends_at)
            });
            if let Some(session) = session {
                return Cause::Session(session.id);
            }
        }
        Cause::None
    }
}

async fn add_figures(
    txn: &impl ConnectionTrait,
    rng: &mut ChaCha8Rng,
    sme_id: i64,
    employees: Option<i32>,
    entered: NaiveDate,
    today: NaiveDate,
    author: &Author,
) -> Result<(), AppError> {
    let base_year = entered.year() - 1;
    let employees = employees.unwrap_or(rng.random_range(3..40));
    let turnover = i64::from(employees) * rng.random_range(70_000..160_000_i64) * 100;
    let export_share = rng.random_range(0..30);
    store::put_figures(
        txn,
        sme_id,
        &Figures {
            year: base_year,
            turnover_cents: Some(turnover),
            employees: Some(employees),
            export_share_pct: Some(export_share),
        },
        "",
        author,
    )
    .await?;
    // The latest full year, once there is one after the baseline.
    let latest = today.year() - 1;
    if latest > base_year {
        let growth = rng.random_range(-1..5);
        store::put_figures(
            txn,
            sme_id,
            &Figures {
                year: latest,
                turnover_cents: Some(turnover / 100 * rng.random_range(95..135)),
                employees: Some((employees + growth).max(1)),
                export_share_pct: Some((export_share + rng.random_range(0..15)).min(100)),
            },
            "",
            author,
        )
        .await?;
    }
    Ok(())
}

async fn add_indicators(
    txn: &impl ConnectionTrait,
    programme_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<(), AppError> {
    let author = "Network coordinator";
    let every: &[&str] = &[];
    for (programme, name, metric, countries, target) in [
        (
            None,
            "Contract value signed",
            Metric::Value(OutcomeKind::Contract),
            every,
            300_000_000,
        ),
        (
            None,
            "Jobs created since entry",
            Metric::EmploymentChange,
            every,
            150,
        ),
        (
            None,
            "SMEs in an R&D collaboration",
            Metric::SmesWith(OutcomeKind::Collaboration),
            every,
            25,
        ),
        (
            Some(programme_id),
            "Share of participants exporting",
            Metric::ShareWith(OutcomeKind::ExportStart),
            every,
            40,
        ),
        (
            Some(programme_id),
            "SMEs with a German or Dutch partner",
            Metric::SmesWith(OutcomeKind::Partnership),
            &["DE", "NL"],
            12,
        ),
        (
            Some(programme_id),
            "SMEs exporting to Norway",
            Metric::SmesWith(OutcomeKind::ExportStart),
            &["NO"],
            8,
        ),
    ] {
        indicator_store::insert_indicator(
            txn,
            &IndicatorDraft {
                programme_id: programme,
                name: name.into(),
                metric,
                countries: countries.iter().map(|c| (*c).to_string()).collect(),
                target,
                period_from: from,
                period_to: to,
                internal_to: None,
            },
            author,
        )
        .await?;
    }
    Ok(())
}
