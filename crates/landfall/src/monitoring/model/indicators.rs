//! Indicators: definitions the platform computes from outcome records at
//! query time. Nothing here is typed in: a value is always a count, a sum or a
//! share over the records and the SMEs they belong to.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use super::outcomes::{Figures, OutcomeKind};
use crate::registry::model::CountryCode;
use crate::validation::{FieldErrors, text};

/// What an indicator computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// SMEs taking part (that have entered the programme by the date).
    Participants,
    /// Distinct SMEs with at least one record of a kind.
    SmesWith(OutcomeKind),
    /// Records of a kind.
    Records(OutcomeKind),
    /// Summed value (contract value, first order value) of records of a kind.
    Value(OutcomeKind),
    /// Percentage of participating SMEs with at least one record of a kind.
    ShareWith(OutcomeKind),
    /// Jobs: latest yearly head count minus the baseline at entry, summed.
    EmploymentChange,
    /// Turnover: latest yearly turnover minus the baseline at entry, summed.
    TurnoverChange,
    /// SMEs whose latest yearly export share is above their baseline at entry.
    ExportShareRise,
}

/// The unit an indicator's value and target are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Smes,
    Records,
    /// Euro cents.
    EurCents,
    Percent,
    Jobs,
}

impl Unit {
    /// The unit in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Unit::Smes => "mon-unit-smes",
            Unit::Records => "mon-unit-records",
            Unit::EurCents => "mon-unit-eur",
            Unit::Percent => "mon-unit-percent",
            Unit::Jobs => "mon-unit-jobs",
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Unit::Smes => "SMEs",
            Unit::Records => "records",
            Unit::EurCents => "EUR",
            Unit::Percent => "%",
            Unit::Jobs => "jobs",
        }
    }
}

impl Metric {
    /// Every definition a manager can choose from.
    pub fn all() -> Vec<Metric> {
        let mut all = vec![Metric::Participants];
        for kind in OutcomeKind::ALL {
            all.push(Metric::SmesWith(*kind));
            all.push(Metric::ShareWith(*kind));
            all.push(Metric::Records(*kind));
            if kind.has_value() {
                all.push(Metric::Value(*kind));
            }
        }
        all.push(Metric::EmploymentChange);
        all.push(Metric::TurnoverChange);
        all.push(Metric::ExportShareRise);
        all
    }

    /// The stored word: `participants`, `smes_with:partnership`, `value:contract`…
    pub fn key(self) -> String {
        match self {
            Metric::Participants => "participants".into(),
            Metric::SmesWith(k) => format!("smes_with:{}", k.as_str()),
            Metric::Records(k) => format!("records:{}", k.as_str()),
            Metric::Value(k) => format!("value:{}", k.as_str()),
            Metric::ShareWith(k) => format!("share_with:{}", k.as_str()),
            Metric::EmploymentChange => "employment_change".into(),
            Metric::TurnoverChange => "turnover_change".into(),
            Metric::ExportShareRise => "export_share_rise".into(),
        }
    }

    pub fn parse(value: &str) -> Result<Metric, String> {
        let value = value.trim();
        Metric::all()
            .into_iter()
            .find(|m| m.key() == value)
            .ok_or_else(|| format!("`{value}` is not an indicator definition"))
    }

    /// Whether the value adds up SMEs' money or jobs, and so gives one SME's
    /// figure away when it is made of one SME.
    /// Whether the metric counts what SMEs achieved (records, SMEs with
    /// them, shares): in a small group such a count tells about its SMEs.
    /// Taking part is not private, so participants are not among them.
    pub fn counts_outcomes(self) -> bool {
        !self.sums_figures() && self != Metric::Participants
    }

    pub fn sums_figures(self) -> bool {
        matches!(
            self,
            Metric::Value(_) | Metric::EmploymentChange | Metric::TurnoverChange
        )
    }

    pub fn unit(self) -> Unit {
        match self {
            Metric::Participants | Metric::SmesWith(_) | Metric::ExportShareRise => Unit::Smes,
            Metric::Records(_) => Unit::Records,
            Metric::Value(_) | Metric::TurnoverChange => Unit::EurCents,
            Metric::ShareWith(_) => Unit::Percent,
            Metric::EmploymentChange => Unit::Jobs,
        }
    }

    /// The definition in words, as pages and the API show it.
    pub fn definition(self) -> String {
        let kind = |k: OutcomeKind| k.label().to_lowercase();
        match self {
            Metric::Participants => "Number of SMEs taking part".into(),
            Metric::SmesWith(k) => format!("Number of distinct SMEs with at least one {}", kind(k)),
            Metric::Records(k) => format!("Number of records of {}", kind(k)),
            Metric::Value(OutcomeKind::ExportStart) => {
                "Sum of the first order values of export starts".into()
            }
            Metric::Value(k) => format!("Sum of the values of each {}", kind(k)),
            Metric::ShareWith(k) => {
                format!("Percentage of participating SMEs with at least one {}", kind(k))
            }
            Metric::EmploymentChange => {
                "Change in employees: latest yearly figure minus the baseline at entry, summed over SMEs"
                    .into()
            }
            Metric::TurnoverChange => {
                "Change in turnover: latest yearly figure minus the baseline at entry, summed over SMEs"
                    .into()
            }
            Metric::ExportShareRise => {
                "Number of SMEs whose export share rose from the baseline at entry to the latest yearly figure"
                    .into()
            }
        }
    }

    /// The definition in the language of the request, for pages (exports and
    /// the API keep the English of [`Metric::definition`]).
    pub fn definition_t(self) -> String {
        let kind = |k: OutcomeKind| k.label_t().to_lowercase();
        let label = |k: OutcomeKind| k.label_t();
        match self {
            Metric::Participants => crate::t("mon-def-participants"),
            Metric::SmesWith(k) => {
                crate::t2("mon-def-smes-with", "kind", kind(k), "label", label(k))
            }
            Metric::Records(k) => crate::t2("mon-def-records", "kind", kind(k), "label", label(k)),
            Metric::Value(OutcomeKind::ExportStart) => crate::t("mon-def-export-value"),
            Metric::Value(k) => crate::t2("mon-def-value", "kind", kind(k), "label", label(k)),
            Metric::ShareWith(k) => {
                crate::t2("mon-def-share-with", "kind", kind(k), "label", label(k))
            }
            Metric::EmploymentChange => crate::t("mon-def-employment-change"),
            Metric::TurnoverChange => crate::t("mon-def-turnover-change"),
            Metric::ExportShareRise => crate::t("mon-def-export-share-rise"),
        }
    }

    /// The outcome kind the metric reads, if any.
    pub fn kind(self) -> Option<OutcomeKind> {
        match self {
            Metric::SmesWith(k) | Metric::Records(k) | Metric::Value(k) | Metric::ShareWith(k) => {
                Some(k)
            }
            _ => None,
        }
    }

    /// Whether the records behind the number are SMEs rather than outcome records.
    pub fn counts_smes_only(self) -> bool {
        self == Metric::Participants || self.compares_figures()
    }

    /// Whether the metric compares each SME's yearly figures with its
    /// baseline at entry (and its records are those two figures).
    pub fn compares_figures(self) -> bool {
        self.figure_unit().is_some()
    }

    /// The unit of the yearly figure a metric compares with the baseline:
    /// a head count, a turnover, an export share in percent.
    pub fn figure_unit(self) -> Option<Unit> {
        match self {
            Metric::EmploymentChange => Some(Unit::Jobs),
            Metric::TurnoverChange => Some(Unit::EurCents),
            Metric::ExportShareRise => Some(Unit::Percent),
            _ => None,
        }
    }
}

/// A way to split a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Country,
    HomeOrganisation,
    Sector,
    Cohort,
    Size,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Country,
        Dimension::HomeOrganisation,
        Dimension::Sector,
        Dimension::Cohort,
        Dimension::Size,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::HomeOrganisation => "home_organisation",
            Dimension::Sector => "sector",
            Dimension::Cohort => "cohort",
            Dimension::Size => "size",
        }
    }

    /// The message keys' stem for pages (`mon-dim-…`, `mon-by-…`, `mon-name-by-…`).
    fn message_stem(self) -> &'static str {
        match self {
            Dimension::Country => "country",
            Dimension::HomeOrganisation => "home-organisation",
            Dimension::Sector => "sector",
            Dimension::Cohort => "cohort",
            Dimension::Size => "size",
        }
    }

    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(&format!("mon-dim-{}", self.message_stem()))
    }

    /// "By sector (NACE section)" in the language of the request.
    pub fn by_t(self) -> String {
        crate::t(&format!("mon-by-{}", self.message_stem()))
    }

    /// "<indicator> by sector (NACE section)" in the language of the request.
    pub fn name_by_t(self, name: &str) -> String {
        crate::t1(
            &format!("mon-name-by-{}", self.message_stem()),
            "name",
            name,
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            Dimension::Country => "SME's country",
            Dimension::HomeOrganisation => "Home organisation",
            Dimension::Sector => "Sector (NACE section)",
            Dimension::Cohort => "Cohort",
            Dimension::Size => "SME size",
        }
    }

    pub fn parse(value: &str) -> Result<Dimension, String> {
        Dimension::ALL
            .into_iter()
            .find(|d| d.as_str() == value.trim())
            .ok_or_else(|| {
                format!(
                    "`{}` is not a breakdown (one of: country, home_organisation, sector, cohort, size)",
                    value.trim()
                )
            })
    }
}

/// An SME in an indicator's population, with what breakdowns need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    pub sme_id: i64,
    pub country: String,
    pub home_organisation_id: i64,
    /// NACE section letter of the SME's first sector ("" when none is declared).
    pub sector: String,
    /// Size class word (micro, small, medium, large), from the head count.
    pub size: String,
    pub cohort_id: Option<i64>,
    /// When the SME entered the programme; results before it do not count.
    pub entered_on: Option<NaiveDate>,
    /// Yearly figures, any order.
    pub figures: Vec<Figures>,
}

impl Subject {
    fn group(&self, dimension: Dimension) -> String {
        match dimension {
            Dimension::Country => self.country.clone(),
            Dimension::HomeOrganisation => self.home_organisation_id.to_string(),
            Dimension::Sector => self.sector.clone(),
            Dimension::Cohort => self.cohort_id.map(|c| c.to_string()).unwrap_or_default(),
            Dimension::Size => self.size.clone(),
        }
    }

    /// Whether the SME is in a group of a breakdown; the same answer as
    /// comparing [`Subject::group`] with the key, without writing the group.
    fn is_in(&self, dimension: Dimension, key: &str) -> bool {
        match dimension {
            Dimension::Country => self.country == key,
            Dimension::HomeOrganisation => names_id(key, self.home_organisation_id),
            Dimension::Sector => self.sector == key,
            Dimension::Cohort => self
                .cohort_id
                .map_or(key.is_empty(), |id| names_id(key, id)),
            Dimension::Size => self.size == key,
        }
    }

    fn entered_by(&self, day: NaiveDate) -> bool {
        self.entered_on.is_none_or(|d| d <= day)
    }

    /// Whether the SME takes part in a programme: the network's population
    /// also holds SMEs with records that never entered one, whose results
    /// count but who are no participants.
    fn participates(&self) -> bool {
        self.entered_on.is_some()
    }

    /// The figures at entry: the last full year before it, else the year of
    /// entry, else (outside programmes) the earliest year known.
    pub fn baseline(&self) -> Option<&Figures> {
        match self.entered_on {
            Some(entered) => {
                let year = entered.year();
                self.figures
                    .iter()
                    .find(|f| f.year == year - 1)
                    .or_else(|| self.figures.iter().find(|f| f.year == year))
            }
            None => self.figures.iter().min_by_key(|f| f.year),
        }
    }

    /// The latest figures after the baseline, up to a year.
    pub fn latest(&self, up_to_year: i32) -> Option<&Figures> {
        let baseline = self.baseline()?.year;
        self.figures
            .iter()
            .filter(|f| f.year > baseline && f.year <= up_to_year)
            .max_by_key(|f| f.year)
    }

    fn change_figures(
        &self,
        up_to_year: i32,
        pick: impl Fn(&Figures) -> Option<i64>,
    ) -> Option<Change> {
        let before = self.baseline()?;
        let after = self.latest(up_to_year)?;
        Some(Change {
            baseline_year: before.year,
            baseline: pick(before)?,
            latest_year: after.year,
            latest: pick(after)?,
        })
    }

    /// The figures a change metric subtracts for this SME (none for other
    /// metrics, or when the SME lacks either year).
    pub fn change_of(&self, metric: Metric, up_to_year: i32) -> Option<Change> {
        match metric {
            Metric::EmploymentChange => {
                self.change_figures(up_to_year, |f| f.employees.map(i64::from))
            }
            Metric::TurnoverChange => self.change_figures(up_to_year, |f| f.turnover_cents),
            Metric::ExportShareRise => {
                self.change_figures(up_to_year, |f| f.export_share_pct.map(i64::from))
            }
            _ => None,
        }
    }
}

/// An SME's baseline and latest figure of a change metric (head count, or
/// turnover in euro cents).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub baseline_year: i32,
    pub baseline: i64,
    pub latest_year: i32,
    pub latest: i64,
}

impl Change {
    pub fn difference(self) -> i64 {
        self.latest - self.baseline
    }
}

/// Where a record comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// An outcome record typed by someone.
    Outcome(i64),
    /// An approved desk booking at a host incubator (a presence abroad by
    /// itself), and the participant it was booked for.
    DeskBooking { booking: i64, participant: i64 },
}

/// One record as indicators read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub source: Source,
    pub sme_id: i64,
    pub kind: OutcomeKind,
    pub occurred_on: NaiveDate,
    pub country: Option<String>,
    pub value_cents: Option<i64>,
}

/// Dates a value counts between (both included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A computed value: for shares, `value` SMEs out of `base`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Measure {
    pub value: i64,
    pub base: Option<i64>,
    /// A sum the reader may not know (see [`super::disclosure`]): its value
    /// is zero and is never shown.
    pub withheld: bool,
}

impl Measure {
    /// A plain number (a count, a sum, a target).
    pub fn of(value: i64) -> Measure {
        Measure {
            value,
            ..Measure::default()
        }
    }

    /// A value the reader may not know.
    pub fn withheld() -> Measure {
        Measure {
            withheld: true,
            ..Measure::default()
        }
    }

    /// The number in the indicator's unit (a percentage with one decimal for shares).
    #[allow(clippy::cast_precision_loss)]
    pub fn number(self) -> f64 {
        match self.base {
            Some(0) => 0.0,
            Some(base) => (self.value as f64 * 1000.0 / base as f64).round() / 10.0,
            None => self.value as f64,
        }
    }
}

/// The population and records an indicator is computed over.
pub struct Evidence<'a> {
    /// In the order of their SME ids, each SME once.
    pub subjects: &'a [Subject],
    pub facts: &'a [Fact],
}

/// A part of the population: everything, or one group of a breakdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slice {
    pub group: Option<(Dimension, String)>,
    /// Values as they stood at the end of this day.
    pub as_of: NaiveDate,
}

impl Evidence<'_> {
    fn subjects_in<'s, 'l>(
        &'s self,
        slice: &'l Slice,
    ) -> impl Iterator<Item = &'s Subject> + use<'s, 'l> {
        self.subjects.iter().filter(|s| in_slice(s, slice))
    }

    /// How many SMEs that entered by a day each group of a breakdown holds
    /// among those `counted` picks (one pass, whatever the number of groups).
    pub fn members_by_group(
        &self,
        dimension: Dimension,
        as_of: NaiveDate,
        counted: impl Fn(i64) -> bool,
    ) -> HashMap<String, usize> {
        let mut groups = HashMap::new();
        for s in self.subjects.iter().filter(|s| s.entered_by(as_of)) {
            if counted(s.sme_id) {
                *groups.entry(s.group(dimension)).or_default() += 1;
            }
        }
        groups
    }

    /// The SMEs of a slice (its group, entered by its day), by id.
    pub fn members<'s, 'l>(
        &'s self,
        slice: &'l Slice,
    ) -> impl Iterator<Item = &'s i64> + use<'s, 'l> {
        self.subjects_in(slice)
            .filter(|s| s.entered_by(slice.as_of))
            .map(|s| &s.sme_id)
    }

    fn participants_in<'s, 'l>(
        &'s self,
        slice: &'l Slice,
    ) -> impl Iterator<Item = &'s Subject> + use<'s, 'l> {
        self.subjects_in(slice).filter(|s| s.participates())
    }

    /// The SME of a record, if it is in the population (kept in SME order,
    /// which [`Evidence::counted`] checks in debug builds).
    fn subject(&self, sme_id: i64) -> Option<&Subject> {
        self.subjects
            .binary_search_by_key(&sme_id, |s| s.sme_id)
            .ok()
            .map(|i| &self.subjects[i])
    }

    /// The records that count for a metric in a slice and period: the right
    /// kind, inside the period and the slice's date, in one of the countries
    /// (any country when none are given), and not before the SME entered the
    /// programme.
    pub fn counted(
        &self,
        metric: Metric,
        countries: &[String],
        period: Period,
        slice: &Slice,
    ) -> Vec<&Fact> {
        let Some(kind) = metric.kind() else {
            return Vec::new();
        };
        debug_assert!(self.subjects.is_sorted_by_key(|s| s.sme_id));
        let until = period.to.min(slice.as_of);
        self.facts
            .iter()
            .filter(|f| f.kind == kind && f.occurred_on >= period.from && f.occurred_on <= until)
            .filter(|f| in_markets(f, countries))
            .filter(|f| {
                self.subject(f.sme_id).is_some_and(|s| {
                    in_slice(s, slice) && s.entered_on.is_none_or(|d| f.occurred_on >= d)
                })
            })
            .collect()
    }

    /// What each SME adds to a sum (money or jobs) in a slice and period;
    /// nothing for the metrics that count.
    pub fn contributions(
        &self,
        metric: Metric,
        countries: &[String],
        period: Period,
        slice: &Slice,
    ) -> BTreeMap<i64, i64> {
        let mut by_sme = BTreeMap::new();
        match metric {
            Metric::Value(_) => {
                for fact in self.counted(metric, countries, period, slice) {
                    if let Some(value) = fact.value_cents {
                        *by_sme.entry(fact.sme_id).or_insert(0) += value;
                    }
                }
            }
            Metric::EmploymentChange | Metric::TurnoverChange => {
                let year = period.to.min(slice.as_of).year();
                for subject in self.subjects_in(slice) {
                    if let Some(change) = subject.change_of(metric, year) {
                        by_sme.insert(subject.sme_id, change.difference());
                    }
                }
            }
            _ => {}
        }
        by_sme
    }

    /// The SMEs behind a metric that counts SMEs (participants, or those with figures).
    pub fn counted_subjects(&self, metric: Metric, period: Period, slice: &Slice) -> Vec<&Subject> {
        let year = period.to.min(slice.as_of).year();
        self.subjects_in(slice)
            .filter(|s| match metric {
                Metric::ExportShareRise => s
                    .change_of(metric, year)
                    .is_some_and(|c| c.difference() > 0),
                Metric::EmploymentChange | Metric::TurnoverChange => {
                    s.change_of(metric, year).is_some()
                }
                _ => true,
            })
            .collect()
    }

    pub fn measure(
        &self,
        metric: Metric,
        countries: &[String],
        period: Period,
        slice: &Slice,
    ) -> Measure {
        let distinct = |facts: Vec<&Fact>| -> i64 {
            let smes: BTreeSet<i64> = facts.iter().map(|f| f.sme_id).collect();
            i64::try_from(smes.len()).unwrap_or(i64::MAX)
        };
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        match metric {
            Metric::Participants => Measure::of(count(self.participants_in(slice).count())),
            Metric::SmesWith(_) => {
                Measure::of(distinct(self.counted(metric, countries, period, slice)))
            }
            Metric::Records(_) => {
                Measure::of(count(self.counted(metric, countries, period, slice).len()))
            }
            Metric::Value(_) | Metric::EmploymentChange | Metric::TurnoverChange => Measure::of(
                self.contributions(metric, countries, period, slice)
                    .values()
                    .sum(),
            ),
            Metric::ShareWith(_) => Measure {
                value: distinct(
                    self.counted(metric, countries, period, slice)
                        .into_iter()
                        .filter(|f| self.subject(f.sme_id).is_some_and(Subject::participates))
                        .collect(),
                ),
                base: Some(count(self.participants_in(slice).count())),
                withheld: false,
            },
            Metric::ExportShareRise => {
                Measure::of(count(self.counted_subjects(metric, period, slice).len()))
            }
        }
    }

    /// The value split by a breakdown: one row per group present in the
    /// population, in the order of the group key.
    pub fn breakdown(
        &self,
        metric: Metric,
        countries: &[String],
        period: Period,
        dimension: Dimension,
        as_of: NaiveDate,
    ) -> Vec<(String, Measure)> {
        let groups: BTreeSet<String> = self
            .subjects
            .iter()
            .filter(|s| s.entered_by(as_of))
            .map(|s| s.group(dimension))
            .collect();
        groups
            .into_iter()
            .map(|key| {
                let slice = Slice {
                    group: Some((dimension, key.clone())),
                    as_of,
                };
                let measure = self.measure(metric, countries, period, &slice);
                (key, measure)
            })
            .collect()
    }

    /// The value at the end of each quarter of the period, up to `today`.
    pub fn trend(
        &self,
        metric: Metric,
        countries: &[String],
        period: Period,
        today: NaiveDate,
    ) -> Vec<(Quarter, Measure)> {
        trend_days(period, today)
            .into_iter()
            .map(|(quarter, as_of)| {
                let slice = Slice { group: None, as_of };
                (quarter, self.measure(metric, countries, period, &slice))
            })
            .collect()
    }
}

/// Whether `key` is the id as `to_string` writes it: no sign but a minus, no
/// leading zero.
fn names_id(key: &str, id: i64) -> bool {
    let digits = key.strip_prefix('-').unwrap_or(key);
    key.parse::<i64>() == Ok(id)
        && !key.starts_with('+')
        && (key == "0" || !digits.starts_with('0'))
}

/// Whether an SME is in a slice: entered by its day, and in its group.
fn in_slice(subject: &Subject, slice: &Slice) -> bool {
    subject.entered_by(slice.as_of)
        && slice
            .group
            .as_ref()
            .is_none_or(|(dimension, key)| subject.is_in(*dimension, key))
}

/// The quarters of a trend, each with the day its value stands at: the
/// quarter's last day, or today for the quarter under way.
pub fn trend_days(period: Period, today: NaiveDate) -> Vec<(Quarter, NaiveDate)> {
    Quarter::spanning(period.from, period.to.min(today))
        .into_iter()
        .map(|quarter| (quarter, quarter.last_day().min(today)))
        .collect()
}

/// Whether a record happened in one of the markets (every record does when
/// there are none).
fn in_markets(fact: &Fact, countries: &[String]) -> bool {
    countries.is_empty()
        || fact
            .country
            .as_ref()
            .is_some_and(|c| countries.iter().any(|m| m == c))
}

/// A calendar quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i32,
    /// 1 to 4.
    pub number: u32,
}

impl Quarter {
    pub fn of(day: NaiveDate) -> Quarter {
        Quarter {
            year: day.year(),
            number: (day.month() - 1) / 3 + 1,
        }
    }

    pub fn label(self) -> String {
        format!("{} Q{}", self.year, self.number)
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.number - 1) * 3 + 1, 1).unwrap_or_default()
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or_default()
    }

    fn next(self) -> Quarter {
        if self.number == 4 {
            Quarter {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number + 1,
            }
        }
    }

    /// The quarters from the one holding `from` to the one holding `to` (none if `to` is earlier).
    pub fn spanning(from: NaiveDate, to: NaiveDate) -> Vec<Quarter> {
        let mut quarters = Vec::new();
        let last = Quarter::of(to);
        let mut quarter = Quarter::of(from);
        while from <= to && quarter <= last {
            quarters.push(quarter);
            quarter = quarter.next();
        }
        quarters
    }
}

/// How far a value is towards its target, in whole percent (may pass 100).
#[allow(clippy::cast_possible_truncation)]
pub fn progress(number: f64, target: i64) -> Option<u32> {
    // Without a target there is nothing to be part of: a programme created
    // without targets is not "100 % there" with nothing done.
    if target <= 0 {
        return None;
    }
    #[allow(clippy::cast_precision_loss, clippy::cast_sign_loss)]
    let percent = (number.max(0.0) * 100.0 / target as f64).floor() as u32;
    Some(percent)
}

/// Checks an indicator's target (under `target`): required, not negative,
/// and a share at most 100 %.
pub fn check_target(
    metric: Option<Metric>,
    target: Option<i64>,
    errors: &mut FieldErrors,
) -> Option<i64> {
    match target {
        None => {
            if !errors.contains("target") {
                errors.add("target", crate::t("val-required"));
            }
            None
        }
        Some(t) if t < 0 => {
            errors.add("target", crate::t("mon-err-not-negative"));
            None
        }
        Some(t) if metric.is_some_and(|m| m.unit() == Unit::Percent) && t > 100 => {
            errors.add("target", crate::t("mon-err-share-over-100"));
            None
        }
        Some(t) => Some(t),
    }
}

/// Checks the markets an indicator is limited to (under `countries`): known
/// country codes, and only for a definition that counts records, which carry
/// a country. Returns them upper case, in order, without repeats.
pub fn check_countries(
    metric: Option<Metric>,
    countries: &[String],
    errors: &mut FieldErrors,
) -> Vec<String> {
    let mut codes = Vec::new();
    for typed in countries.iter().filter(|c| !c.trim().is_empty()) {
        match CountryCode::parse(typed) {
            Ok(code) => codes.push(code.as_str().to_string()),
            Err(message) => errors.add("countries", message),
        }
    }
    codes.sort();
    codes.dedup();
    if !codes.is_empty() && metric.is_some_and(|m| m.kind().is_none()) {
        errors.add("countries", crate::t("mon-err-countries-records"));
    }
    codes
}

/// A custom indicator as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndicatorInput {
    pub programme_id: Option<i64>,
    pub name: String,
    pub metric: String,
    /// Country codes the records must be in (none: every country).
    pub countries: Vec<String>,
    pub target: Option<i64>,
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorDraft {
    pub programme_id: Option<i64>,
    pub name: String,
    pub metric: Metric,
    /// ISO codes, in order, without repeats; empty for every country.
    pub countries: Vec<String>,
    pub target: i64,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    /// The organisation an internal indicator belongs to; indicators defined
    /// in monitoring are everybody's (`None`).
    pub internal_to: Option<i64>,
}

impl IndicatorInput {
    /// `programme_dates` are the programme's dates when one is named and
    /// exists; they are the default period.
    pub fn validate(
        &self,
        programme_dates: Option<(NaiveDate, NaiveDate)>,
    ) -> Result<IndicatorDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        if self.programme_id.is_some() && programme_dates.is_none() {
            errors.add("programme_id", crate::t("mon-err-no-programme"));
        }
        let name = errors.check("name", text(&self.name, true, 200));
        let metric = if self.metric.trim().is_empty() {
            errors.add("metric", crate::t("val-required"));
            None
        } else {
            errors.check("metric", Metric::parse(&self.metric))
        };
        let target = check_target(metric, self.target, &mut errors);
        let countries = check_countries(metric, &self.countries, &mut errors);
        let from = self.period_from.or(programme_dates.map(|d| d.0));
        let to = self.period_to.or(programme_dates.map(|d| d.1));
        if from.is_none() && !errors.contains("period_from") {
            errors.add("period_from", crate::t("mon-err-network-period"));
        }
        if to.is_none() && !errors.contains("period_to") {
            errors.add("period_to", crate::t("mon-err-network-period"));
        }
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            errors.add("period_to", crate::t("mon-err-not-before-start"));
        }
        match (name, metric, target, from, to) {
            (Some(name), Some(metric), Some(target), Some(from), Some(to)) if errors.is_empty() => {
                Ok(IndicatorDraft {
                    programme_id: self.programme_id,
                    name,
                    metric,
                    countries,
                    target,
                    period_from: from,
                    period_to: to,
                    internal_to: None,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn definitions_read_in_the_language_of_the_page() {
        for metric in Metric::all() {
            // English pages say what the API and exports say.
            assert_eq!(metric.definition_t(), metric.definition());
            let german =
                crate::i18n::scope(crate::i18n::Locale::De, async { metric.definition_t() }).await;
            assert_ne!(german, metric.definition(), "{}", metric.key());
        }
        let partnership = Metric::SmesWith(OutcomeKind::Partnership);
        let german = crate::i18n::scope(crate::i18n::Locale::De, async {
            partnership.definition_t()
        })
        .await;
        assert_eq!(
            german,
            "Anzahl verschiedener KMU mit mindestens einem Eintrag der Art „Formelle Partnerschaft“"
        );
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn subject(id: i64, country: &str, cohort: i64, entered: NaiveDate) -> Subject {
        Subject {
            sme_id: id,
            country: country.into(),
            home_organisation_id: if country == "DK" { 1 } else { 2 },
            sector: "C".into(),
            size: "small".into(),
            cohort_id: Some(cohort),
            entered_on: Some(entered),
            figures: Vec::new(),
        }
    }

    fn fact(id: i64, sme: i64, kind: OutcomeKind, on: NaiveDate, value: Option<i64>) -> Fact {
        Fact {
            source: Source::Outcome(id),
            sme_id: sme,
            kind,
            occurred_on: on,
            country: Some("SE".into()),
            value_cents: value,
        }
    }

    /// Four SMEs, two Danish (cohort 10) and two Norwegian (cohort 20, the
    /// second entering in May); six records, one before its SME entered and one
    /// after the period.
    fn fixture() -> (Vec<Subject>, Vec<Fact>, Period) {
        let subjects = vec![
            subject(1, "DK", 10, day(2027, 1, 10)),
            subject(2, "DK", 10, day(2027, 1, 10)),
            subject(3, "NO", 20, day(2027, 1, 10)),
            subject(4, "NO", 20, day(2027, 5, 2)),
        ];
        use OutcomeKind::*;
        let facts = vec![
            fact(1, 1, Partnership, day(2027, 2, 1), None),
            fact(2, 1, Partnership, day(2027, 8, 1), None),
            fact(3, 3, Partnership, day(2027, 4, 20), None),
            fact(4, 4, Partnership, day(2027, 4, 30), None), // before SME 4 entered
            fact(5, 2, Contract, day(2027, 3, 3), Some(500_000)),
            fact(6, 3, Contract, day(2027, 6, 3), Some(250_000)),
            fact(7, 3, Contract, day(2028, 2, 1), Some(999_999)), // after the period
        ];
        let period = Period {
            from: day(2027, 1, 1),
            to: day(2027, 12, 31),
        };
        (subjects, facts, period)
    }

    fn whole(as_of: NaiveDate) -> Slice {
        Slice { group: None, as_of }
    }

    #[test]
    fn values_match_a_hand_count() {
        let (subjects, facts, period) = fixture();
        let evidence = Evidence {
            subjects: &subjects,
            facts: &facts,
        };
        let end = whole(day(2028, 6, 1));
        use OutcomeKind::*;
        assert_eq!(
            evidence
                .measure(Metric::Participants, &[], period, &end)
                .value,
            4
        );
        // SMEs 1 and 3 (SME 4's partnership predates its entry).
        assert_eq!(
            evidence
                .measure(Metric::SmesWith(Partnership), &[], period, &end)
                .value,
            2
        );
        assert_eq!(
            evidence
                .measure(Metric::Records(Partnership), &[], period, &end)
                .value,
            3
        );
        assert_eq!(
            evidence
                .measure(Metric::Value(Contract), &[], period, &end)
                .value,
            750_000
        );
        let share = evidence.measure(Metric::ShareWith(Partnership), &[], period, &end);
        assert_eq!(
            (share.value, share.base, share.number()),
            (2, Some(4), 50.0)
        );
        // In March only SMEs 1-3 had entered; only SME 1 had a partnership.
        let march = whole(day(2027, 3, 31));
        assert_eq!(
            evidence
                .measure(Metric::Participants, &[], period, &march)
                .value,
            3
        );
        let share = evidence.measure(Metric::ShareWith(Partnership), &[], period, &march);
        assert_eq!(share.number(), 33.3);
    }

    /// The network also counts the results of SMEs that never entered a
    /// programme, but they are no participants, nor part of a share of them.
    #[test]
    fn smes_outside_programmes_count_for_results_but_not_as_participants() {
        let (mut subjects, mut facts, period) = fixture();
        subjects.push(Subject {
            entered_on: None,
            cohort_id: None,
            ..subject(5, "SE", 0, day(2027, 1, 1))
        });
        facts.push(fact(8, 5, OutcomeKind::Partnership, day(2027, 7, 1), None));
        let evidence = Evidence {
            subjects: &subjects,
            facts: &facts,
        };
        let end = whole(day(2028, 6, 1));
        let measure = |metric| evidence.measure(metric, &[], period, &end);
        assert_eq!(measure(Metric::Participants).value, 4);
        assert_eq!(measure(Metric::SmesWith(OutcomeKind::Partnership)).value, 3);
        let share = measure(Metric::ShareWith(OutcomeKind::Partnership));
        assert_eq!((share.value, share.base), (2, Some(4)));
    }

    #[test]
    fn breakdowns_add_up_and_drill_down_lists_the_records() {
        let (subjects, facts, period) = fixture();
        let evidence = Evidence {
            subjects: &subjects,
            facts: &facts,
        };
        let as_of = day(2028, 1, 1);
        let metric = Metric::Value(OutcomeKind::Contract);
        let by_country = evidence.breakdown(metric, &[], period, Dimension::Country, as_of);
        assert_eq!(
            by_country,
            vec![
                ("DK".to_string(), Measure::of(500_000)),
                ("NO".to_string(), Measure::of(250_000)),
            ]
        );
        let by_cohort = evidence.breakdown(
            Metric::SmesWith(OutcomeKind::Partnership),
            &[],
            period,
            Dimension::Cohort,
            as_of,
        );
        assert_eq!(by_cohort[0].1.value + by_cohort[1].1.value, 2);
        let slice = Slice {
            group: Some((Dimension::Country, "NO".into())),
            as_of,
        };
        let behind: Vec<Source> = evidence
            .counted(
                Metric::Records(OutcomeKind::Partnership),
                &[],
                period,
                &slice,
            )
            .iter()
            .map(|f| f.source)
            .collect();
        assert_eq!(behind, vec![Source::Outcome(3)]);
    }

    #[test]
    fn markets_limit_the_records_by_their_country() {
        let (subjects, mut facts, period) = fixture();
        // Partnerships in Japan (SME 1), Germany (SME 3) and the Netherlands (SME 1).
        facts[0].country = Some("JP".into());
        facts[1].country = Some("NL".into());
        facts[2].country = Some("DE".into());
        let evidence = Evidence {
            subjects: &subjects,
            facts: &facts,
        };
        let end = whole(day(2028, 6, 1));
        let smes = Metric::SmesWith(OutcomeKind::Partnership);
        let japan = ["JP".to_string()];
        let german_or_dutch = ["DE".to_string(), "NL".to_string()];
        assert_eq!(evidence.measure(smes, &japan, period, &end).value, 1);
        assert_eq!(
            evidence.measure(smes, &german_or_dutch, period, &end).value,
            2
        );
        assert_eq!(
            evidence
                .measure(
                    Metric::Records(OutcomeKind::Partnership),
                    &german_or_dutch,
                    period,
                    &end
                )
                .value,
            2
        );
        // The contracts are in Sweden: none in Japan.
        assert_eq!(
            evidence
                .measure(Metric::Value(OutcomeKind::Contract), &japan, period, &end)
                .value,
            0
        );
        // A share keeps every participant as its base.
        let share = evidence.measure(
            Metric::ShareWith(OutcomeKind::Partnership),
            &japan,
            period,
            &end,
        );
        assert_eq!((share.value, share.base), (1, Some(4)));
    }

    #[test]
    fn the_trend_is_cumulative_by_quarter() {
        let (subjects, facts, period) = fixture();
        let evidence = Evidence {
            subjects: &subjects,
            facts: &facts,
        };
        let trend = evidence.trend(
            Metric::Records(OutcomeKind::Partnership),
            &[],
            period,
            day(2027, 9, 15),
        );
        let values: Vec<(String, i64)> = trend.iter().map(|(q, m)| (q.label(), m.value)).collect();
        assert_eq!(
            values,
            vec![
                ("2027 Q1".to_string(), 1),
                ("2027 Q2".to_string(), 2),
                ("2027 Q3".to_string(), 3),
            ]
        );
    }

    #[test]
    fn employment_change_is_latest_minus_baseline() {
        let figures = |year, employees| Figures {
            year,
            turnover_cents: None,
            employees: Some(employees),
            export_share_pct: None,
        };
        let mut s = subject(1, "DK", 10, day(2026, 3, 1));
        s.figures = vec![figures(2025, 10), figures(2026, 12), figures(2027, 15)];
        let mut t = subject(2, "DK", 10, day(2026, 3, 1));
        // No year before entry: the entry year is the baseline.
        t.figures = vec![figures(2026, 4), figures(2027, 3)];
        let mut u = subject(3, "DK", 10, day(2026, 3, 1));
        u.figures = vec![figures(2025, 9)]; // nothing since: not counted
        let subjects = vec![s, t, u];
        let evidence = Evidence {
            subjects: &subjects,
            facts: &[],
        };
        let period = Period {
            from: day(2026, 1, 1),
            to: day(2027, 12, 31),
        };
        let slice = whole(day(2028, 1, 1));
        assert_eq!(
            evidence
                .measure(Metric::EmploymentChange, &[], period, &slice)
                .value,
            5 - 1
        );
        assert_eq!(
            evidence
                .counted_subjects(Metric::EmploymentChange, period, &slice)
                .len(),
            2
        );
        // At the end of 2026 the latest year is 2026: +2 and none for the second.
        let slice = whole(day(2026, 12, 31));
        assert_eq!(
            evidence
                .measure(Metric::EmploymentChange, &[], period, &slice)
                .value,
            2
        );
    }

    #[test]
    fn export_share_rise_counts_the_smes_above_their_baseline() {
        let share = |year, pct| Figures {
            year,
            turnover_cents: None,
            employees: None,
            export_share_pct: Some(pct),
        };
        let with = |id, figures: Vec<Figures>| {
            let mut s = subject(id, "DK", 10, day(2026, 3, 1));
            s.figures = figures;
            s
        };
        let subjects = vec![
            with(1, vec![share(2025, 10), share(2027, 25)]), // rose
            with(2, vec![share(2025, 30), share(2027, 30)]), // same
            with(3, vec![share(2025, 40), share(2027, 20)]), // fell
            with(4, vec![share(2026, 0), share(2027, 5)]),   // rose, entry-year baseline
            with(5, vec![share(2025, 15)]),                  // nothing since
        ];
        let evidence = Evidence {
            subjects: &subjects,
            facts: &[],
        };
        let period = Period {
            from: day(2026, 1, 1),
            to: day(2027, 12, 31),
        };
        let slice = whole(day(2028, 1, 1));
        let metric = Metric::ExportShareRise;
        assert_eq!(evidence.measure(metric, &[], period, &slice).value, 2);
        let behind: Vec<i64> = evidence
            .counted_subjects(metric, period, &slice)
            .iter()
            .map(|s| s.sme_id)
            .collect();
        assert_eq!(behind, [1, 4]);
        assert!(metric.counts_smes_only() && metric.compares_figures());
        assert_eq!(metric.unit(), Unit::Smes);
    }

    #[test]
    fn metrics_and_dimensions_round_trip() {
        for metric in Metric::all() {
            assert_eq!(Metric::parse(&metric.key()), Ok(metric));
        }
        for dimension in Dimension::ALL {
            assert_eq!(Dimension::parse(dimension.as_str()), Ok(dimension));
        }
        assert!(Metric::parse("value:partnership").is_err());
    }

    #[test]
    fn quarters_and_progress() {
        let q = Quarter::spanning(day(2026, 11, 5), day(2027, 4, 1));
        assert_eq!(q.len(), 3);
        assert_eq!(q[2].last_day(), day(2027, 6, 30));
        assert!(Quarter::spanning(day(2027, 1, 1), day(2026, 1, 1)).is_empty());
        assert_eq!(progress(45.0, 60), Some(75));
        assert_eq!(progress(70.0, 60), Some(116));
        assert_eq!(progress(3.0, 0), None);
    }

    #[test]
    fn an_indicator_needs_a_definition_and_a_target() {
        let input = IndicatorInput {
            name: "Contract value".into(),
            metric: "value:contract".into(),
            target: Some(100_000_000),
            period_from: Some(day(2027, 1, 1)),
            period_to: Some(day(2028, 12, 31)),
            ..Default::default()
        };
        assert_eq!(
            input.validate(None).unwrap().metric,
            Metric::Value(OutcomeKind::Contract)
        );
        let mut share = input.clone();
        share.metric = "share_with:export_start".into();
        share.target = Some(120);
        assert!(share.validate(None).unwrap_err().contains("target"));
        let mut open = input.clone();
        open.period_to = None;
        assert!(open.validate(None).unwrap_err().contains("period_to"));
        open.programme_id = Some(4);
        let draft = open
            .validate(Some((day(2027, 1, 1), day(2029, 6, 30))))
            .unwrap();
        assert_eq!(draft.period_to, day(2029, 6, 30));
        let mut markets = input.clone();
        markets.countries = vec!["nl".into(), " de".into(), "NL".into()];
        assert_eq!(markets.validate(None).unwrap().countries, vec!["DE", "NL"]);
        markets.countries.push("XX".into());
        assert!(markets.validate(None).unwrap_err().contains("countries"));
        let mut jobs = input.clone();
        jobs.metric = "employment_change".into();
        jobs.countries = vec!["JP".into()];
        assert!(jobs.validate(None).unwrap_err().contains("countries"));
    }
}

/// Property tests: indicator definitions and breakdowns named in requests.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn metrics_and_dimensions_never_panic_and_read_back(value in any::<String>()) {
            if let Ok(metric) = Metric::parse(&value) {
                prop_assert_eq!(Metric::parse(&metric.key()), Ok(metric));
            }
            if let Ok(dimension) = Dimension::parse(&value) {
                prop_assert_eq!(Dimension::parse(dimension.as_str()), Ok(dimension));
            }
            for metric in Metric::all() {
                prop_assert_eq!(Metric::parse(&metric.key()), Ok(metric));
            }
        }

        /// Finding an SME's group without writing it out gives the same
        /// answer as writing it out, for any key a page or URL may bring.
        #[test]
        fn a_group_is_found_as_it_is_written(
            key in prop_oneof![
                any::<String>(),
                "[-+]?0*[0-9]{1,4}",
                any::<i64>().prop_map(|n| n.to_string()),
                Just(String::new()),
            ],
            id in prop_oneof![any::<i64>(), -3i64..30],
            cohort in proptest::option::of(-3i64..30),
            text in "[A-Z]{0,2}|small|micro",
        ) {
            let subject = Subject {
                sme_id: 1,
                country: text.clone(),
                home_organisation_id: id,
                sector: text.clone(),
                size: text,
                cohort_id: cohort,
                entered_on: None,
                figures: Vec::new(),
            };
            for dimension in Dimension::ALL {
                prop_assert_eq!(
                    subject.is_in(dimension, &key),
                    subject.group(dimension) == key,
                    "{:?} {:?}", dimension, key
                );
                let own = subject.group(dimension);
                prop_assert!(subject.is_in(dimension, &own));
            }
        }
    }
}
