//! Indicator values for a programme or the whole network, computed from the
//! records each time they are asked for: there is no stored value that could
//! fall behind the records.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate, Utc};

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::monitoring::model::access::{self, Audience};
use crate::monitoring::model::disclosure::{Reading, Sight};
use crate::monitoring::model::indicators::{
    Change, Dimension, Evidence, Fact, IndicatorInput, Measure, Metric, Period, Quarter, Slice,
    Source, Subject, progress,
};
use crate::monitoring::model::outcomes::OutcomeKind;
use crate::monitoring::store::indicators::{self as indicator_store, StoredIndicator};
use crate::monitoring::store::outcomes::{self as outcome_store, OutcomeFilter};
use crate::registry::model::{NaceCode, SizeClass};
use crate::registry::reference;
use crate::registry::{self, OrganisationRef};
use crate::softlanding::model::desks::BookingStatus;
use crate::softlanding::store::desks::BookingFilter;
use crate::softlanding::store::programmes::{ParticipantFilter, Programme};
use crate::softlanding::{self, store::programmes as programme_store};
use crate::validation::FieldErrors;
use crate::web::AppError;

use super::outcomes::visible_outcomes;

/// What indicators are computed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Programme(Box<Programme>),
    Network,
}

impl Scope {
    pub async fn programme(db: &Db, id: i64) -> Result<Scope, AppError> {
        let programme = programme_store::programme(db, id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(Scope::Programme(Box::new(programme)))
    }

    pub fn programme_id(&self) -> Option<i64> {
        match self {
            Scope::Programme(p) => Some(p.id),
            Scope::Network => None,
        }
    }

    /// The scope's name as exports write it (in English).
    pub fn name(&self) -> String {
        match self {
            Scope::Programme(p) => p.name.clone(),
            Scope::Network => "The whole network".into(),
        }
    }

    /// The scope's name in the language of the request, for pages.
    pub fn name_t(&self) -> String {
        match self {
            Scope::Programme(p) => p.name.clone(),
            Scope::Network => crate::t("mon-whole-network"),
        }
    }

    /// Where this scope's dashboard lives; KPI pages are under it.
    pub fn base_path(&self) -> String {
        match self {
            Scope::Programme(p) => format!("/programmes/{}/dashboard", p.id),
            Scope::Network => "/monitoring".into(),
        }
    }
}

/// The four results every soft-landing programme promises, as indicators
/// (keys and English names are stable: the API and exports give them).
pub const PREDEFINED: [(&str, &str); 4] = [
    ("participants", "SMEs taking part"),
    ("partnerships", "SMEs with a formal partnership"),
    ("presences", "SMEs with a physical presence abroad"),
    ("export_starts", "SMEs that started to export"),
];

fn predefined_metric(key: &str) -> Option<Metric> {
    match key {
        "participants" => Some(Metric::Participants),
        "partnerships" => Some(Metric::SmesWith(OutcomeKind::Partnership)),
        "presences" => Some(Metric::SmesWith(OutcomeKind::Presence)),
        "export_starts" => Some(Metric::SmesWith(OutcomeKind::ExportStart)),
        _ => None,
    }
}

/// An indicator of a scope: one of the four predefined ones or a custom one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Indicator {
    /// `participants`, `partnerships`, `presences`, `export_starts`, or `i<id>`.
    pub key: String,
    pub custom_id: Option<i64>,
    pub name: String,
    pub metric: Metric,
    /// Only records in these countries count (empty: every country).
    pub countries: Vec<String>,
    pub target: i64,
    pub period: Period,
    /// The organisation an internal indicator (a plan's KPI) belongs to; it
    /// is changed through the plan.
    pub internal_to: Option<i64>,
}

impl Indicator {
    /// The name in the language of the request, for pages: the four
    /// predefined indicators are named by the platform, custom ones by people.
    pub fn name_t(&self) -> String {
        crate::t(match self.key.as_str() {
            "participants" => "mon-kpi-participants",
            "partnerships" => "mon-kpi-partnerships",
            "presences" => "mon-kpi-presences",
            "export_starts" => "mon-kpi-export-starts",
            _ => return self.name.clone(),
        })
    }
}

/// An indicator with its value now.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorValue {
    pub indicator: Indicator,
    pub measure: Measure,
    /// Whole percent of the target (none when the value is withheld or the
    /// indicator has no target).
    pub progress: Option<u32>,
}

/// The SMEs and records of a scope, with names for the breakdowns, as one
/// reader reads them.
pub struct Population {
    pub subjects: Vec<Subject>,
    pub facts: Vec<Fact>,
    pub period: Period,
    labels: HashMap<(Dimension, String), String>,
    /// Whose records the reader sees: sums made of too few SMEs they may not
    /// see are withheld from them.
    pub sight: Sight,
}

impl Population {
    pub fn evidence(&self) -> Evidence<'_> {
        Evidence {
            subjects: &self.subjects,
            facts: &self.facts,
        }
    }

    pub fn label(&self, dimension: Dimension, key: &str) -> String {
        if key.is_empty() {
            return "not known".into();
        }
        self.labels
            .get(&(dimension, key.to_string()))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }
}

/// A group's name in the language of the request, for pages: "not known",
/// the size classes, countries and sectors are words of the platform, the rest
/// names people typed.
pub fn group_label_t(dimension: Dimension, key: &str, label: &str) -> String {
    if key.is_empty() {
        return crate::t("mon-not-known");
    }
    let locale = crate::i18n::current();
    match (dimension, key) {
        (Dimension::Country, code) => reference::country_name_in(locale, code)
            .map_or_else(|| label.to_string(), str::to_string),
        (Dimension::Sector, section) => {
            reference::nace_section_label_in(locale, section).unwrap_or_else(|| label.to_string())
        }
        (Dimension::Size, "micro") => SizeClass::Micro.label_t(),
        (Dimension::Size, "small") => SizeClass::Small.label_t(),
        (Dimension::Size, "medium") => SizeClass::Medium.label_t(),
        (Dimension::Size, "large") => SizeClass::Large.label_t(),
        _ => label.to_string(),
    }
}

fn size_word(employees: Option<i32>) -> String {
    match employees.map(|e| SizeClass::of_employees(i64::from(e))) {
        Some(SizeClass::Micro) => "micro",
        Some(SizeClass::Small) => "small",
        Some(SizeClass::Medium) => "medium",
        Some(SizeClass::Large) => "large",
        None => "",
    }
    .to_string()
}

fn size_label(word: &str) -> &'static str {
    let class = match word {
        "micro" => SizeClass::Micro,
        "small" => SizeClass::Small,
        "medium" => SizeClass::Medium,
        _ => SizeClass::Large,
    };
    class.label()
}

/// Whose records an audience sees, of the SMEs `among` (a population's: an
/// incubator's managers may look after thousands of SMEs, and only those in
/// the population matter).
async fn sight(db: &Db, audience: Audience<'_>, among: &[i64]) -> Result<Sight, AppError> {
    Ok(match audience {
        Audience::Public => Sight::Only(HashSet::new()),
        Audience::Signed(actor) => match access::sees(actor) {
            access::Sees::Everyone => Sight::Everything,
            access::Sees::Only(ids) => Sight::Only(ids.into_iter().collect()),
            access::Sees::LookedAfterBy(organisation) => Sight::Only(
                registry::store::private_sme_ids_among(db, organisation, among)
                    .await?
                    .into_iter()
                    .collect(),
            ),
        },
    })
}

/// Loads what a scope's indicators are computed from, for an audience.
pub async fn population(
    db: &Db,
    scope: &Scope,
    audience: Audience<'_>,
) -> Result<Population, AppError> {
    let filter = ParticipantFilter {
        programme_id: scope.programme_id(),
        ..Default::default()
    };
    let participants = programme_store::participants(db, filter).await?;
    // An SME in several programmes enters the network at its first entry.
    let mut entries: BTreeMap<i64, (Option<i64>, Option<NaiveDate>)> = BTreeMap::new();
    for p in &participants {
        let entry = entries
            .entry(p.sme_id)
            .or_insert((Some(p.cohort_id), Some(p.joined_on)));
        if Some(p.joined_on) < entry.1 {
            *entry = (Some(p.cohort_id), Some(p.joined_on));
        }
    }
    if matches!(scope, Scope::Network) {
        for sme_id in outcome_store::smes_with_records(db).await? {
            entries.entry(sme_id).or_insert((None, None));
        }
        for entry in entries.values_mut() {
            entry.0 = None;
        }
    }
    let sme_ids: Vec<i64> = entries.keys().copied().collect();
    let refs = registry::store::sme_refs(db, &sme_ids).await?;
    let mut figures = outcome_store::figures(db, &sme_ids).await?;
    let mut subjects = Vec::with_capacity(sme_ids.len());
    let mut labels = HashMap::new();
    for (sme_id, (cohort_id, entered_on)) in &entries {
        let Some(sme) = refs.get(sme_id) else {
            continue;
        };
        let sector = sme
            .sectors
            .first()
            .and_then(|c| c.as_str().chars().next())
            .map(|c| c.to_string())
            .unwrap_or_default();
        let size = size_word(sme.employees);
        labels
            .entry((Dimension::Country, sme.country.as_str().to_string()))
            .or_insert_with(|| sme.country.name().to_string());
        if !sector.is_empty() {
            labels
                .entry((Dimension::Sector, sector.clone()))
                .or_insert_with(|| {
                    format!("{sector} {}", NaceCode::from_stored(sector.clone()).title())
                });
        }
        if !size.is_empty() {
            labels
                .entry((Dimension::Size, size.clone()))
                .or_insert_with(|| size_label(&size).to_string());
        }
        subjects.push(Subject {
            sme_id: *sme_id,
            country: sme.country.as_str().to_string(),
            home_organisation_id: sme.home_organisation_id,
            sector,
            size,
            cohort_id: *cohort_id,
            entered_on: *entered_on,
            figures: figures.remove(sme_id).unwrap_or_default(),
        });
    }
    let homes: Vec<i64> = subjects.iter().map(|s| s.home_organisation_id).collect();
    let mut homes_sorted = homes.clone();
    homes_sorted.sort_unstable();
    homes_sorted.dedup();
    for (id, home) in registry::store::organisation_refs(db, &homes_sorted).await? {
        labels.insert((Dimension::HomeOrganisation, id.to_string()), home.name);
    }
    if let Scope::Programme(programme) = scope {
        for cohort in programme_store::cohorts(db, programme.id).await? {
            labels.insert((Dimension::Cohort, cohort.id.to_string()), cohort.name);
        }
    }

    let mut facts: Vec<Fact> = outcome_store::facts(db, Some(&sme_ids))
        .await?
        .into_iter()
        .filter_map(|(id, sme_id, kind, occurred_on, country, value_cents)| {
            Some(Fact {
                source: Source::Outcome(id),
                sme_id,
                kind: OutcomeKind::parse(&kind).ok()?,
                occurred_on,
                country,
                value_cents,
            })
        })
        .collect();
    facts.extend(desk_presences(db, &participants).await?);
    facts.sort_by_key(|f| (f.occurred_on, f.source));

    let period = match scope {
        Scope::Programme(p) => Period {
            from: p.starts_on,
            to: p.ends_on,
        },
        Scope::Network => network_period(db).await?,
    };
    Ok(Population {
        subjects,
        facts,
        period,
        labels,
        sight: sight(db, audience, &sme_ids).await?,
    })
}

/// A desk rented at a host incubator abroad is a physical presence there from
/// its first day: approved bookings count without anybody typing them in.
async fn desk_presences(
    db: &Db,
    participants: &[programme_store::Participant],
) -> Result<Vec<Fact>, AppError> {
    if participants.is_empty() {
        return Ok(Vec::new());
    }
    let by_participant: HashMap<i64, (i64, &OrganisationRef)> = participants
        .iter()
        .map(|p| (p.id, (p.sme_id, &p.host)))
        .collect();
    let mut facts = Vec::new();
    for chunk in participants.chunks(500) {
        let bookings = softlanding::store::desks::bookings(
            db,
            &BookingFilter {
                participant_ids: Some(chunk.iter().map(|p| p.id).collect()),
                statuses: Some(vec![BookingStatus::Approved]),
                ..Default::default()
            },
        )
        .await?;
        let organisations: Vec<i64> = bookings.iter().map(|b| b.organisation_id).collect();
        let countries = registry::store::organisation_refs(db, &organisations).await?;
        for booking in bookings {
            let Some((sme_id, host)) = by_participant.get(&booking.participant_id) else {
                continue;
            };
            let country = countries.get(&booking.organisation_id).map_or_else(
                || host.country.as_str().to_string(),
                |o| o.country.as_str().to_string(),
            );
            facts.push(Fact {
                source: Source::DeskBooking {
                    booking: booking.id,
                    participant: booking.participant_id,
                },
                sme_id: *sme_id,
                kind: OutcomeKind::Presence,
                occurred_on: booking.starts_on,
                country: Some(country),
                value_cents: None,
            });
        }
    }
    Ok(facts)
}

/// The network's period: from its first programme's start to its last one's end.
async fn network_period(db: &Db) -> Result<Period, AppError> {
    let programmes = programme_store::programmes(db).await?;
    let today = Utc::now().date_naive();
    Ok(Period {
        from: programmes
            .iter()
            .map(|p| p.starts_on)
            .min()
            .unwrap_or(today),
        to: programmes.iter().map(|p| p.ends_on).max().unwrap_or(today),
    })
}

async fn network_targets(db: &Db) -> Result<[i64; 4], AppError> {
    let mut sums = [0_i64; 4];
    for p in programme_store::programmes(db).await? {
        sums[0] += i64::from(p.targets.participants);
        sums[1] += i64::from(p.targets.partnerships);
        sums[2] += i64::from(p.targets.presences);
        sums[3] += i64::from(p.targets.export_starts);
    }
    Ok(sums)
}

fn custom(stored: StoredIndicator) -> Indicator {
    Indicator {
        key: format!("i{}", stored.id),
        custom_id: Some(stored.id),
        name: stored.name,
        metric: stored.metric,
        countries: stored.countries,
        target: stored.target,
        period: Period {
            from: stored.period_from,
            to: stored.period_to,
        },
        internal_to: stored.internal_to,
    }
}

/// A scope's indicators the audience reads: the four predefined ones, then the
/// custom ones.
pub async fn indicators(
    db: &Db,
    scope: &Scope,
    period: Period,
    audience: Audience<'_>,
) -> Result<Vec<Indicator>, AppError> {
    let targets: [i64; 4] = match scope {
        Scope::Programme(p) => [
            i64::from(p.targets.participants),
            i64::from(p.targets.partnerships),
            i64::from(p.targets.presences),
            i64::from(p.targets.export_starts),
        ],
        Scope::Network => network_targets(db).await?,
    };
    let mut list: Vec<Indicator> = PREDEFINED
        .iter()
        .zip(targets)
        .filter_map(|((key, name), target)| {
            Some(Indicator {
                key: (*key).to_string(),
                custom_id: None,
                name: (*name).to_string(),
                metric: predefined_metric(key)?,
                countries: Vec::new(),
                target,
                period,
                internal_to: None,
            })
        })
        .collect();
    list.extend(
        indicator_store::indicators(db, scope.programme_id())
            .await?
            .into_iter()
            .filter(|stored| audience.sees(stored.internal_to))
            .map(custom),
    );
    Ok(list)
}

/// Every indicator of a scope the audience reads, with its value today.
pub async fn values(
    db: &Db,
    scope: &Scope,
    audience: Audience<'_>,
) -> Result<(Population, Vec<IndicatorValue>), AppError> {
    let population = population(db, scope, audience).await?;
    let list = indicators(db, scope, population.period, audience).await?;
    let today = Utc::now().date_naive();
    let values = list
        .into_iter()
        .map(|indicator| {
            let (_, measure) = reading(&population, &indicator, today).trend(false);
            IndicatorValue::new(indicator, measure)
        })
        .collect();
    Ok((population, values))
}

impl IndicatorValue {
    fn new(indicator: Indicator, measure: Measure) -> IndicatorValue {
        IndicatorValue {
            progress: if measure.withheld {
                None
            } else {
                progress(measure.number(), indicator.target)
            },
            indicator,
            measure,
        }
    }
}

/// An indicator over a population as its reader may know it today.
fn reading<'a>(
    population: &'a Population,
    indicator: &'a Indicator,
    today: NaiveDate,
) -> Reading<'a> {
    Reading {
        evidence: population.evidence(),
        sight: &population.sight,
        metric: indicator.metric,
        countries: &indicator.countries,
        period: indicator.period,
        today,
    }
}

/// One group of a breakdown, named.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub key: String,
    pub label: String,
    pub measure: Measure,
}

/// An indicator in full: value, trend by quarter and every breakdown.
pub struct Detail {
    pub value: IndicatorValue,
    pub trend: Vec<(Quarter, Measure)>,
    pub breakdowns: Vec<(Dimension, Vec<Group>)>,
}

pub async fn detail(
    db: &Db,
    scope: &Scope,
    key: &str,
    audience: Audience<'_>,
) -> Result<Detail, AppError> {
    let population = population(db, scope, audience).await?;
    let indicator = indicators(db, scope, population.period, audience)
        .await?
        .into_iter()
        .find(|indicator| indicator.key == key)
        .ok_or(AppError::NotFound)?;
    Ok(describe(&population, scope, indicator))
}

/// Every indicator of a scope the audience reads, in full.
pub async fn details(
    db: &Db,
    scope: &Scope,
    audience: Audience<'_>,
) -> Result<Vec<Detail>, AppError> {
    let population = population(db, scope, audience).await?;
    let list = indicators(db, scope, population.period, audience).await?;
    Ok(list
        .into_iter()
        .map(|indicator| describe(&population, scope, indicator))
        .collect())
}

/// An indicator's value, trend and breakdowns over a loaded population. The
/// value is the trend's last point, worked out once with it.
fn describe(population: &Population, scope: &Scope, indicator: Indicator) -> Detail {
    let today = Utc::now().date_naive();
    let reading = reading(population, &indicator, today);
    let (trend, measure) = reading.trend(true);
    let breakdowns = Dimension::ALL
        .into_iter()
        .filter(|d| *d != Dimension::Cohort || matches!(scope, Scope::Programme(_)))
        .map(|dimension| {
            let groups = reading
                .breakdown(measure, dimension)
                .into_iter()
                .map(|(key, measure)| Group {
                    label: population.label(dimension, &key),
                    key,
                    measure,
                })
                .collect();
            (dimension, groups)
        })
        .collect();
    Detail {
        value: IndicatorValue::new(indicator, measure),
        trend,
        breakdowns,
    }
}

/// A desk booking counted as a presence abroad, as a drill-down lists it.
pub struct DeskRow {
    pub booking_id: i64,
    /// The participant's page lists the booking.
    pub participant_id: i64,
    pub sme_name: String,
    pub starts_on: NaiveDate,
    pub country: String,
}

/// An SME behind an SME count, with its baseline and latest figures for a
/// change in jobs or turnover.
pub struct SmeRow {
    pub id: i64,
    pub name: String,
    pub change: Option<Change>,
}

/// The records (or SMEs) behind a number, as far as the actor may see them.
pub struct DrillDown {
    pub indicator: Indicator,
    pub slice_label: String,
    pub measure: Measure,
    pub records: Vec<crate::monitoring::store::outcomes::Outcome>,
    /// Desk bookings counted as presences.
    pub desks: Vec<DeskRow>,
    /// SMEs behind an SME count, by name.
    pub smes: Vec<SmeRow>,
    /// Records or SMEs behind the number that the actor may not see.
    pub hidden: usize,
}

pub async fn drill_down(
    db: &Db,
    actor: &Actor,
    scope: &Scope,
    key: &str,
    group: Option<(Dimension, String)>,
    as_of: Option<NaiveDate>,
) -> Result<DrillDown, AppError> {
    let audience = Audience::Signed(actor);
    let population = population(db, scope, audience).await?;
    let indicator = indicators(db, scope, population.period, audience)
        .await?
        .into_iter()
        .find(|i| i.key == key)
        .ok_or(AppError::NotFound)?;
    let today = Utc::now().date_naive();
    let slice = Slice {
        group: group.clone(),
        as_of: as_of.unwrap_or(today).min(today),
    };
    let evidence = population.evidence();
    let measure = reading(&population, &indicator, today).slice(&slice);
    let may_see = |sme_id: i64| population.sight.sees(sme_id);
    let mut hidden = 0;
    let mut smes = Vec::new();
    let mut records = Vec::new();
    let mut desks = Vec::new();
    if indicator.metric.counts_smes_only() {
        let year = indicator.period.to.min(slice.as_of).year();
        let (seen, unseen): (Vec<&Subject>, Vec<&Subject>) = evidence
            .counted_subjects(indicator.metric, indicator.period, &slice)
            .into_iter()
            .partition(|s| may_see(s.sme_id));
        hidden = unseen.len();
        let ids: Vec<i64> = seen.iter().map(|s| s.sme_id).collect();
        let names = registry::store::sme_refs(db, &ids).await?;
        smes = seen
            .into_iter()
            .filter_map(|s| {
                names.get(&s.sme_id).map(|sme| SmeRow {
                    id: s.sme_id,
                    name: sme.name.clone(),
                    change: s.change_of(indicator.metric, year),
                })
            })
            .collect();
        smes.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    } else {
        let counted = evidence.counted(
            indicator.metric,
            &indicator.countries,
            indicator.period,
            &slice,
        );
        let mut outcome_ids = Vec::new();
        let mut desk_facts = Vec::new();
        for fact in counted {
            if !may_see(fact.sme_id) {
                hidden += 1;
                continue;
            }
            match fact.source {
                Source::Outcome(id) => outcome_ids.push(id),
                Source::DeskBooking {
                    booking,
                    participant,
                } => desk_facts.push((booking, participant, fact)),
            }
        }
        if !outcome_ids.is_empty() {
            records = visible_outcomes(
                db,
                actor,
                OutcomeFilter {
                    ids: Some(outcome_ids),
                    ..Default::default()
                },
                None,
            )
            .await?
            .0;
        }
        let sme_ids: Vec<i64> = desk_facts.iter().map(|(_, _, f)| f.sme_id).collect();
        let names = registry::store::sme_refs(db, &sme_ids).await?;
        desks = desk_facts
            .into_iter()
            .map(|(booking_id, participant_id, f)| DeskRow {
                booking_id,
                participant_id,
                sme_name: names
                    .get(&f.sme_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                starts_on: f.occurred_on,
                country: f.country.clone().unwrap_or_default(),
            })
            .collect();
    }
    let slice_label = match &group {
        Some((dimension, key)) => crate::t2(
            "mon-slice",
            "dimension",
            dimension.label_t(),
            "group",
            group_label_t(*dimension, key, &population.label(*dimension, key)),
        ),
        None => crate::t("mon-slice-all"),
    };
    Ok(DrillDown {
        indicator,
        slice_label,
        measure,
        records,
        desks,
        smes,
        hidden,
    })
}

/// Adds a custom indicator to a programme or the network.
pub async fn define(db: &Db, actor: &Actor, input: &IndicatorInput) -> Result<i64, AppError> {
    let programme = match input.programme_id {
        Some(id) => programme_store::programme(db, id).await?,
        None => None,
    };
    let partners = programme.as_ref().map(Programme::partner_ids);
    let allowed = match (&input.programme_id, &partners) {
        (Some(_), None) => actor.is_admin(),
        (_, partners) => access::can_define_indicator(actor, partners.as_deref()),
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let draft = input
        .validate(programme.as_ref().map(|p| (p.starts_on, p.ends_on)))
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = indicator_store::insert_indicator(&txn, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok(id)
}

/// A custom indicator with its programme, if the actor may change it: the
/// same people who may define one there.
pub async fn editable(
    db: &Db,
    actor: &Actor,
    id: i64,
) -> Result<(StoredIndicator, Option<Programme>), AppError> {
    let stored = indicator_store::indicator(db, id)
        .await?
        .filter(|stored| Audience::Signed(actor).sees(stored.internal_to))
        .ok_or(AppError::NotFound)?;
    if stored.internal_to.is_some() {
        return Err(AppError::Conflict {
            message: crate::t("mon-err-plan-indicator"),
            fields: FieldErrors::new(),
        });
    }
    let programme = match stored.programme_id {
        Some(pid) => programme_store::programme(db, pid).await?,
        None => None,
    };
    let partners = programme.as_ref().map(Programme::partner_ids);
    if !access::can_define_indicator(actor, partners.as_deref()) {
        return Err(AppError::Forbidden);
    }
    Ok((stored, programme))
}

/// A stored indicator as input, the starting point of a change.
pub fn input_of(stored: &StoredIndicator) -> IndicatorInput {
    IndicatorInput {
        programme_id: stored.programme_id,
        name: stored.name.clone(),
        metric: stored.metric.key(),
        countries: stored.countries.clone(),
        target: Some(stored.target),
        period_from: Some(stored.period_from),
        period_to: Some(stored.period_to),
        unreadable: FieldErrors::new(),
    }
}

/// The programme of a custom indicator (`None` for the network's).
pub async fn programme_of(db: &Db, id: i64) -> Result<Option<i64>, AppError> {
    Ok(indicator_store::indicator(db, id)
        .await?
        .ok_or(AppError::NotFound)?
        .programme_id)
}

/// Rewrites a custom indicator's definition; it stays in its programme (or
/// the network).
pub async fn change(
    db: &Db,
    actor: &Actor,
    id: i64,
    input: &IndicatorInput,
) -> Result<(), AppError> {
    let (stored, programme) = editable(db, actor, id).await?;
    let input = IndicatorInput {
        programme_id: stored.programme_id,
        ..input.clone()
    };
    let draft = input
        .validate(programme.as_ref().map(|p| (p.starts_on, p.ends_on)))
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    indicator_store::update_indicator(&txn, id, &draft).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::IndicatorChanged,
        &format!("indicator:{id}"),
        &format!(
            "“{}” (target {}) is now “{}” (target {})",
            stored.name, stored.target, draft.name, draft.target
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Removes a custom indicator (its values were never stored).
pub async fn remove(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let (stored, _) = editable(db, actor, id).await?;
    let txn = db::write(db).await?;
    indicator_store::delete_indicator(&txn, id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::IndicatorRemoved,
        &format!("indicator:{id}"),
        &format!("“{}” (target {}) removed", stored.name, stored.target),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every scope's indicators the audience reads, with values: the network's,
/// then each programme's.
pub async fn all_values(
    db: &Db,
    audience: Audience<'_>,
) -> Result<Vec<(Scope, Vec<IndicatorValue>)>, AppError> {
    let mut all = Vec::new();
    let (_, network) = values(db, &Scope::Network, audience).await?;
    all.push((Scope::Network, network));
    for programme in programme_store::programmes(db).await? {
        let scope = Scope::Programme(Box::new(programme));
        let (_, list) = values(db, &scope, audience).await?;
        all.push((scope, list));
    }
    Ok(all)
}
