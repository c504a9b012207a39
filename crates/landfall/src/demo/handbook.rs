//! The demo's handbook: chapters written by the network's incubators and
//! clusters from what their programmes taught them. One embeds the results of
//! the demo's soft-landing programme, one has been revised (two published
//! versions), and one has a new draft waiting for review.
//!
//! Demo chapters are loaded, not written through an account: their versions
//! carry the author organisation's manager as the writer's name and no
//! account id (0), so any reviewer outside the organisation may act on them.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;

use super::NETWORK;
use super::softlanding::PROGRAMME_SLUG;
use crate::handbook::model::{ChapterInput, VersionStatus};
use crate::handbook::store::{self, Writer};
use crate::web::AppError;

/// One version of a demo chapter.
struct Text {
    title: &'static str,
    summary: &'static str,
    body: String,
    change_note: &'static str,
}

struct Seed {
    slug: &'static str,
    organisation: &'static str,
    kind: &'static str,
    position: i64,
    tags: &'static [&'static str],
    countries: &'static [&'static str],
    /// Published versions, oldest first, with how many days ago each was published.
    published: Vec<(Text, i64)>,
    /// A newer version waiting for review.
    pending: Option<Text>,
}

fn soft_landing_steps() -> String {
    format!(
        "A soft landing takes a small company from its home incubator to a partner \
incubator abroad in four steps spread over about two years. Each step ends with \
something the company can show: a list of barriers, a first network, a market plan, \
a desk.

## Step 1: workshop at home

The home incubator runs the first workshop. Each company names what holds it back \
from exporting (language, price, certification, lack of contacts) and what it could \
gain. The incubator writes this down in the participant's assessment, so the host \
abroad knows the company before it arrives.

## Step 2: study trip

The companies visit the partner incubator in the chosen market for two or three \
days. The host arranges meetings with local firms, a bank and a lawyer. The goal is \
a first network, not a sale.

## Step 3: workshops abroad and home assignments

The second workshop, at the host, covers culture, customers and local rules. Back \
home, each company works on assignments (a price list in the local currency, a \
translated one-pager, a list of ten prospects) that the host reviews. The third \
workshop, again abroad, turns the prospects into meetings.

## Step 4: a desk abroad

Companies that want to stay get a desk at the host for a few months. This is where \
partnerships, sales offices and first exports start.

## Results of the North Sea programme

The programme aims at 120 participating companies, of which 60 form a partnership, \
30 set up a presence abroad and 50 start exporting.

{{{{results {PROGRAMME_SLUG}}}}}

| Step | Where | Typical length |
|---|---|---|
| Workshop 1 | Home incubator | 1 day |
| Study trip | Partner incubator | 2–3 days |
| Workshops 2 and 3 | Partner incubator | 1–2 days each |
| Desk abroad | Partner incubator | 3–12 months |
"
    )
}

fn seeds() -> Vec<Seed> {
    vec![
        Seed {
            slug: "soft-landing-in-four-steps",
            organisation: "aarhus-harbour-incubator",
            kind: "how_to",
            position: 10,
            tags: &["soft landing", "incubators"],
            countries: &["DK", "NO", "SE", "GB", "DE", "NL"],
            published: vec![(
                Text {
                    title: "Soft landing in four steps",
                    summary: "How partner incubators take a small company from a workshop at home to a desk abroad, and what each step should leave behind.",
                    body: soft_landing_steps(),
                    change_note: "First version",
                },
                150,
            )],
            pending: None,
        },
        Seed {
            slug: "how-to-run-a-matchmaking-day",
            organisation: "sunnmore-maritime-cluster",
            kind: "how_to",
            position: 20,
            tags: &["matchmaking", "events"],
            countries: &["NO"],
            published: vec![(
                Text {
                    title: "How to run a matchmaking day",
                    summary: "Preparing profiles, booking meetings and following up, so that a day of 20-minute meetings leads to real cooperation.",
                    body: "A matchmaking day is a day of short, pre-booked meetings between \
companies (B2B), clusters (C2C) or companies and investors (B2I). It works when \
the meetings are chosen before the day, not on it.

## Six weeks before

- Open registration and ask every participant for a cooperation profile: what they \
offer, what they look for, which markets.
- Check the profiles. A vague profile gets no requests.

## Three weeks before

- Publish the profiles and let participants send meeting requests.
- Remind those who have sent none; suggest partners to them.

## One week before

- Run the scheduler: every accepted request gets a table and a time slot.
- Send each participant their agenda.

## On the day

Keep to the clock. Twenty minutes per meeting is enough to know whether a second \
meeting is worth it.

## After the day

Ask every pair what came of their meeting within two weeks. Outcomes recorded late \
are outcomes lost."
                        .into(),
                    change_note: "First version",
                },
                90,
            )],
            pending: Some(Text {
                title: "How to run a matchmaking day",
                summary: "Preparing profiles, booking meetings and following up, so that a day of 20-minute meetings leads to real cooperation.",
                body: "A matchmaking day is a day of short, pre-booked meetings between \
companies (B2B), clusters (C2C) or companies and investors (B2I). It works when \
the meetings are chosen before the day, not on it.

## Six weeks before

- Open registration and ask every participant for a cooperation profile: what they \
offer, what they look for, which markets.
- Check the profiles. A vague profile gets no requests.

## Three weeks before

- Publish the profiles and let participants send meeting requests.
- Remind those who have sent none; suggest partners to them.

## One week before

- Run the scheduler: every accepted request gets a table and a time slot.
- Send each participant their agenda, with a calendar file.

## On the day

Keep to the clock. Twenty minutes per meeting is enough to know whether a second \
meeting is worth it. Keep two free tables for meetings agreed on the spot.

## After the day

Ask every pair what came of their meeting within two weeks. Outcomes recorded late \
are outcomes lost."
                    .into(),
                change_note: "Adds free tables and calendar files",
            }),
        },
        Seed {
            slug: "boosters-and-blockers-of-cluster-internationalisation",
            organisation: "west-coast-offshore-wind-cluster",
            kind: "boosters_blockers",
            position: 10,
            tags: &["clusters", "strategy"],
            countries: &["DK"],
            published: vec![
                (
                    Text {
                        title: "Boosters and blockers of cluster internationalisation",
                        summary: "What helped and what held back clusters that took their member companies abroad.",
                        body: "## Boosters

- **Members ask for it.** A push from inside the cluster shows the interest is real; \
a pull from the foreign market makes entry easier.
- **Time spent on the need.** Finding out what members want abroad takes longer than \
planned. Ask them, and add market studies and road maps.
- **A strategy.** Without one, money goes to too many places. Name the cluster's \
selling point.

## Blockers

- **Language and culture.** Micro companies in particular hesitate.
- **No contacts abroad.** Without a network, foreign companies are hard to engage."
                            .into(),
                        change_note: "First version",
                    },
                    200,
                ),
                (
                    Text {
                        title: "Boosters and blockers of cluster internationalisation",
                        summary: "What helped and what held back clusters that took their member companies abroad.",
                        body: "## Boosters

- **Members ask for it.** A push from inside the cluster shows the interest is real; \
a pull from the foreign market makes entry easier.
- **Time spent on the need.** Finding out what members want abroad takes longer than \
planned. Ask them, and add market studies and road maps.
- **A strategy.** Without one, money goes to too many places. Name the cluster's \
selling point.
- **Leading companies in charge.** Give key members an activity to lead; others \
follow them. Start with what the company gains, not with the project.
- **Anchored at home.** Secure backing inside the cluster before long international \
commitments, and measure progress with a few indicators.
- **Offers that fit.** Study visits, matchmaking and pitch training on themes members \
already care about bring quick, visible results.

## Blockers

- **Language and culture.** Micro companies in particular hesitate.
- **A vague offer.** \"Come on a study trip\" to everyone sells worse than a concrete \
offer to chosen companies.
- **No contacts abroad.** Without a network, foreign companies are hard to engage.
- **Uneven funding between partners.** Know from the start who brings which people \
and money.
- **Ignoring the boosters.** Sooner or later, a missing booster becomes a blocker."
                            .into(),
                        change_note: "Adds six points learnt in the second year",
                    },
                    40,
                ),
            ],
            pending: None,
        },
        Seed {
            slug: "a-seafood-smokehouse-lands-in-denmark",
            organisation: "bergen-marine-incubator",
            kind: "case_story",
            position: 10,
            tags: &["seafood", "export"],
            countries: &["NO", "DK"],
            published: vec![(
                Text {
                    title: "A seafood smokehouse lands in Denmark",
                    summary: "An eleven-person smokehouse from western Norway went through the soft-landing programme and now sells to Danish delicatessens.",
                    body: "## Where it started

The company smoked salmon for the Norwegian market and had never exported. At the \
first workshop its owners named two barriers: Danish food labelling rules and no \
contacts in Danish retail.

## The trip and the workshops

On the study trip to Aarhus the host incubator arranged visits to two wholesalers and \
a food-safety adviser. The home assignments produced a Danish label and a price list \
in kroner. At the third workshop the company met four delicatessen chains.

## The result

Two chains listed the product within six months. The company rented a desk at the \
host incubator for one season to be close to its buyers, and has since taken on a \
Danish sales agent.

## What made the difference

- The host knew the company's barriers before it arrived.
- The assignments were concrete: a label and a price list, not a report.
- The desk abroad came when there were customers to serve, not before."
                        .into(),
                    change_note: "First version",
                },
                60,
            )],
            pending: None,
        },
        Seed {
            slug: "block-the-calendar-early",
            organisation: "gothenburg-quayside-incubator",
            kind: "lessons_learned",
            position: 10,
            tags: &["planning"],
            countries: &["SE"],
            published: vec![(
                Text {
                    title: "Block the calendar early",
                    summary: "Our activities slipped because the right people in each company had no free time. Book the dates first, decide the content later.",
                    body: "In a one-year project on selling through social media and living labs, \
most of our activities with companies ran late. The reason was simple: the people \
who decide in a small company have full calendars, and we asked for their time only \
once we knew what each meeting would contain.

## What we do now

- Book all workshop and meeting dates with each company at the start, even before \
the agenda is known.
- Keep projects long enough to see effects: a year is too short to follow exports.
- Ask the companies to test their product with real buyers in the new market during \
the project, and collect the feedback."
                        .into(),
                    change_note: "First version",
                },
                75,
            )],
            pending: None,
        },
        Seed {
            slug: "why-soft-landing-programmes-fail",
            organisation: "elbe-harbour-incubator",
            kind: "lessons_learned",
            position: 20,
            tags: &["soft landing", "partnership"],
            countries: &["DE"],
            published: vec![(
                Text {
                    title: "Why soft-landing programmes fail, and what a shared concept changes",
                    summary: "Programmes designed by one incubator and offered to others rarely work. Partners who build the concept together also use it.",
                    body:
                        "Many incubators have tried to send their companies abroad. Few of these \
programmes lasted. Looking back, two causes stand out:

1. **One author.** The programme was designed by one incubator and then offered to \
partners, who had no part in it and little reason to push it.
2. **No network.** Without partner incubators that know each other, a company \
arriving abroad depends on luck.

## What we changed

The North Sea partners spent the first year designing the programme together, with \
incubation managers from six countries. Each partner hosts and sends companies, so \
each has a stake in the exchange working. The lessons are written down in this \
handbook so that the next network does not start from nothing."
                            .into(),
                    change_note: "First version",
                },
                120,
            )],
            pending: None,
        },
        Seed {
            slug: "choosing-instruments-for-a-cluster-abroad",
            organisation: "groningen-dockside-incubator",
            kind: "how_to",
            position: 30,
            tags: &["clusters", "instruments"],
            countries: &["NL"],
            published: vec![(
                Text {
                    title: "Choosing instruments for taking a cluster abroad",
                    summary: "From market studies to trade missions: which instrument fits which stage of a cluster's internationalisation.",
                    body: "## Before going

- **Market study.** Which countries need what the members make?
- **Partner mapping.** Which clusters, agencies and incubators abroad could open doors?

## First contact

- **Matchmaking events** (B2B, C2C, B2I) are the cheapest way to test interest. \
Prepare the meetings in advance.
- **Study visits** show members the market with their own eyes.

## Going further

- **Trade missions** bring a group of members to buyers, with the help of trade \
promotion agencies.
- **A shared desk abroad** lets members take turns being present in the market.

Match the instrument to how far the members have come: a trade mission for companies \
with no contacts wastes everyone's time."
                        .into(),
                    change_note: "First version",
                },
                30,
            )],
            pending: None,
        },
    ]
}

fn input(seed: &Seed, text: &Text) -> ChapterInput {
    ChapterInput {
        kind: seed.kind.into(),
        title: text.title.into(),
        summary: text.summary.into(),
        body: text.body.clone(),
        tags: seed.tags.iter().map(|t| t.to_string()).collect(),
        countries: seed.countries.iter().map(|c| c.to_string()).collect(),
        position: Some(seed.position),
        change_note: text.change_note.into(),
        unreadable: Default::default(),
    }
}

fn invalid(slug: &str, errors: crate::validation::FieldErrors) -> AppError {
    AppError::Internal(anyhow::anyhow!(
        "demo chapter {slug} is not valid: {errors:?}"
    ))
}

/// Adds the chapters that are missing; returns how many were added.
pub async fn add(
    txn: &impl ConnectionTrait,
    organisation_ids: &HashMap<String, i64>,
) -> Result<usize, AppError> {
    let now = Utc::now();
    let mut added = 0;
    for seed in seeds() {
        if store::chapter_by_slug(txn, seed.slug).await?.is_some() {
            continue;
        }
        let organisation_id = *organisation_ids.get(seed.organisation).ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "demo organisation {} is missing",
                seed.organisation
            ))
        })?;
        let manager = NETWORK
            .organisations
            .iter()
            .find(|o| o.key == seed.organisation)
            .and_then(|o| o.manager.clone())
            .unwrap_or_else(|| "Demo author".into());
        let writer = Writer {
            user_id: 0,
            name: &manager,
        };
        let mut chapter_id = None;
        for (number, (text, days_ago)) in seed.published.iter().enumerate() {
            let draft = input(&seed, text)
                .validate()
                .map_err(|e| invalid(seed.slug, e))?;
            let published_at: DateTime<Utc> = now - Duration::days(*days_ago);
            let written_at = published_at - Duration::days(3);
            let version_id = match chapter_id {
                None => {
                    let id = store::insert_chapter(
                        txn,
                        seed.slug,
                        organisation_id,
                        &draft,
                        &writer,
                        written_at,
                    )
                    .await?;
                    chapter_id = Some(id);
                    store::open_version(txn, id)
                        .await?
                        .map(|v| v.id)
                        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no first draft")))?
                }
                Some(id) => {
                    let number = i32::try_from(number + 1).unwrap_or(i32::MAX);
                    store::insert_version(txn, id, number, &draft, &writer, written_at).await?
                }
            };
            let chapter = chapter_id.unwrap_or_default();
            publish(txn, chapter, version_id, published_at).await?;
        }
        if let (Some(text), Some(chapter)) = (&seed.pending, chapter_id) {
            let draft = input(&seed, text)
                .validate()
                .map_err(|e| invalid(seed.slug, e))?;
            let number = store::last_number(txn, chapter).await? + 1;
            let written_at = now - Duration::days(2);
            let id =
                store::insert_version(txn, chapter, number, &draft, &writer, written_at).await?;
            store::change_status(
                txn,
                id,
                VersionStatus::Draft,
                VersionStatus::Submitted,
                None,
                now - Duration::days(1),
            )
            .await?;
        }
        added += 1;
    }
    Ok(added)
}

async fn publish(
    txn: &impl ConnectionTrait,
    chapter_id: i64,
    version_id: i64,
    at: DateTime<Utc>,
) -> Result<(), AppError> {
    store::change_status(
        txn,
        version_id,
        VersionStatus::Draft,
        VersionStatus::Submitted,
        None,
        at - Duration::days(1),
    )
    .await?;
    store::change_status(
        txn,
        version_id,
        VersionStatus::Submitted,
        VersionStatus::Published,
        Some(("", "Network coordinator")),
        at,
    )
    .await?;
    store::set_published(txn, chapter_id, Some(version_id), at).await
}
