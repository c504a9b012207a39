//! Disclosure control for sums of money and jobs, and for counts in small
//! groups.
//!
//! A total made of one or two SMEs' figures is those SMEs' figures: a sector
//! with one company in it shows that company's contract value or turnover
//! growth to everyone who reads the dashboard. Counts of SMEs say little
//! about one company, except in a group that small: there a breakdown group
//! of one or two SMEs the reader may not see is withheld the same way (see
//! [`Reading::breakdown`]). Sums say everything. So wherever a sum is shown to a
//! reader who may not see every record behind it, the platform withholds it
//! when one or two SMEs the reader may not see make it up (the threshold rule
//! statistics offices use), and withholds a second group beside it when the
//! total minus the groups shown would give the first one away
//! (complementary suppression). A trend withholds a quarter whose change from
//! the last quarter shown came from one or two such SMEs, so that subtracting
//! two quarters cannot single one out either.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::NaiveDate;

use super::indicators::{Dimension, Evidence, Measure, Metric, Period, Quarter, Slice, trend_days};

/// The fewest SMEs the reader may not see that a sum shown to them is made of.
pub const MIN_CONTRIBUTORS: usize = 3;

/// Whose records a reader sees: everything (admins, and a manager looking
/// after every SME concerned) or the SMEs of a list (none for the public).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sight {
    Everything,
    Only(HashSet<i64>),
}

impl Sight {
    pub fn sees(&self, sme_id: i64) -> bool {
        match self {
            Sight::Everything => true,
            Sight::Only(seen) => seen.contains(&sme_id),
        }
    }

    /// How many of the SMEs the reader may not see.
    pub fn hidden<'a>(&self, smes: impl IntoIterator<Item = &'a i64>) -> usize {
        smes.into_iter().filter(|id| !self.sees(**id)).count()
    }

    pub fn sees_everything(&self) -> bool {
        matches!(self, Sight::Everything)
    }
}

/// Whether a sum made of `hidden` SMEs the reader may not see (and of others
/// they may) would give away one or two SMEs' figures.
pub fn too_few(hidden: usize) -> bool {
    hidden > 0 && hidden < MIN_CONTRIBUTORS
}

/// Which groups of a breakdown to withhold, from how many SMEs the reader may
/// not see each group's sum is made of (groups never share an SME). The
/// total is the sum of the groups: when it is shown, the groups withheld
/// together must hide enough SMEs that subtracting the others from the total
/// does not single them out; when it is withheld, at least one group with
/// hidden SMEs is, so that adding the groups up does not give it back.
pub fn breakdown(total_withheld: bool, hidden: &[usize]) -> Vec<bool> {
    let mut withheld: Vec<bool> = hidden.iter().map(|h| too_few(*h)).collect();
    loop {
        let exposed: usize = hidden
            .iter()
            .zip(&withheld)
            .filter(|(_, w)| **w)
            .map(|(h, _)| h)
            .sum();
        let safe = if total_withheld {
            exposed > 0 || hidden.iter().all(|h| *h == 0)
        } else {
            !too_few(exposed)
        };
        if safe {
            return withheld;
        }
        // The next group to withhold: the one hiding the fewest SMEs.
        let next = (0..hidden.len())
            .filter(|i| !withheld[*i] && hidden[*i] > 0)
            .min_by_key(|i| hidden[*i]);
        match next {
            Some(i) => withheld[i] = true,
            // Only when the total hides too few SMEs, and so is withheld too.
            None => return withheld,
        }
    }
}

/// Which points of a series to withhold, from what each SME contributes to
/// each point. A point is withheld when it is made of too few SMEs the reader
/// may not see, or when it differs from the last point shown by what too few
/// of them contributed.
pub fn series(points: &[BTreeMap<i64, i64>], sight: &Sight) -> Vec<bool> {
    let empty = BTreeMap::new();
    let mut last_shown = &empty;
    points
        .iter()
        .map(|point| {
            let changed: BTreeSet<&i64> = point
                .keys()
                .chain(last_shown.keys())
                .filter(|id| point.get(id) != last_shown.get(id))
                .collect();
            let withheld = too_few(sight.hidden(point.keys())) || too_few(sight.hidden(changed));
            if !withheld {
                last_shown = point;
            }
            withheld
        })
        .collect()
}

/// An indicator's values as one reader may know them today: the numbers a
/// dashboard shows (today's value, the trend by quarter, the breakdowns) and
/// any other slice, with the sums they may not know withheld.
pub struct Reading<'a> {
    pub evidence: Evidence<'a>,
    pub sight: &'a Sight,
    pub metric: Metric,
    pub countries: &'a [String],
    pub period: Period,
    pub today: NaiveDate,
}

impl Reading<'_> {
    /// Whether the reader may be shown less than the whole of the values:
    /// they sum figures and the reader may not see every SME's records.
    fn guarded(&self) -> bool {
        self.metric.sums_figures() && !self.sight.sees_everything()
    }

    fn measure(&self, slice: &Slice) -> Measure {
        self.evidence
            .measure(self.metric, self.countries, self.period, slice)
    }

    fn contributions(&self, slice: &Slice) -> BTreeMap<i64, i64> {
        self.evidence
            .contributions(self.metric, self.countries, self.period, slice)
    }

    /// The value at the end of each quarter (when `with_trend`) and today:
    /// today's value is the last point of the trend, so that neither can be
    /// subtracted from the other to single an SME out.
    pub fn trend(&self, with_trend: bool) -> (Vec<(Quarter, Measure)>, Measure) {
        let now = Slice {
            group: None,
            as_of: self.today,
        };
        let mut trend = if with_trend {
            self.evidence
                .trend(self.metric, self.countries, self.period, self.today)
        } else {
            Vec::new()
        };
        let mut value = self.measure(&now);
        if !self.guarded() {
            return (trend, value);
        }
        let mut points: Vec<BTreeMap<i64, i64>> = trend_days(self.period, self.today)
            .into_iter()
            .map(|(_, as_of)| self.contributions(&Slice { group: None, as_of }))
            .collect();
        points.push(self.contributions(&now));
        let withheld = series(&points, self.sight);
        for ((_, measure), withheld) in trend.iter_mut().zip(&withheld) {
            if *withheld {
                *measure = Measure::withheld();
            }
        }
        if withheld.last() == Some(&true) {
            value = Measure::withheld();
        }
        (trend, value)
    }

    /// The value split by a breakdown today; `total` is today's value as
    /// [`Reading::trend`] gives it.
    ///
    /// Counts of what SMEs achieved are guarded too, by the size of the
    /// group rather than by who contributed: in a sector with one company
    /// the reader may not see, "1 SME with an export start" says that
    /// company exported (and 0 that it did not).
    pub fn breakdown(&self, total: Measure, dimension: Dimension) -> Vec<(String, Measure)> {
        let mut groups = self.evidence.breakdown(
            self.metric,
            self.countries,
            self.period,
            dimension,
            self.today,
        );
        let counts_guarded = self.metric.counts_outcomes() && !self.sight.sees_everything();
        if !self.guarded() && !counts_guarded {
            return groups;
        }
        let hidden: Vec<usize> = if counts_guarded {
            let by_group = self
                .evidence
                .members_by_group(dimension, self.today, |id| !self.sight.sees(id));
            groups
                .iter()
                .map(|(key, _)| by_group.get(key).copied().unwrap_or(0))
                .collect()
        } else {
            groups
                .iter()
                .map(|(key, _)| {
                    let slice = Slice {
                        group: Some((dimension, key.clone())),
                        as_of: self.today,
                    };
                    self.sight.hidden(self.contributions(&slice).keys())
                })
                .collect()
        };
        for ((_, measure), withheld) in groups.iter_mut().zip(breakdown(total.withheld, &hidden)) {
            if withheld {
                *measure = Measure::withheld();
            }
        }
        groups
    }

    /// The value of one slice: the number a dashboard shows when the slice
    /// is one of them, else withheld as soon as one SME the reader may not
    /// see adds to it (any two days could be subtracted).
    pub fn slice(&self, slice: &Slice) -> Measure {
        let measure = self.measure(slice);
        if !self.guarded() {
            // A group's count is the one its breakdown shows today.
            // A group's count today is the one its breakdown shows; on
            // another day it is withheld when the group is that small.
            if let Some((dimension, key)) = &slice.group
                && self.metric.counts_outcomes()
                && !self.sight.sees_everything()
            {
                if slice.as_of == self.today {
                    let (_, now) = self.trend(false);
                    return self
                        .breakdown(now, *dimension)
                        .into_iter()
                        .find(|(k, _)| k == key)
                        .map_or(measure, |(_, m)| m);
                }
                if too_few(self.sight.hidden(self.evidence.members(slice))) {
                    return Measure::withheld();
                }
            }
            return measure;
        }
        let (trend, now) = self.trend(slice.group.is_none());
        let shown = match &slice.group {
            None if slice.as_of == self.today => Some(now),
            None => trend
                .into_iter()
                .find(|(quarter, _)| quarter.last_day() == slice.as_of)
                .map(|(_, m)| m),
            Some((dimension, key)) if slice.as_of == self.today => self
                .breakdown(now, *dimension)
                .into_iter()
                .find(|(k, _)| k == key)
                .map(|(_, m)| m),
            Some(_) => None,
        };
        shown.unwrap_or_else(|| {
            if self.sight.hidden(self.contributions(slice).keys()) > 0 {
                Measure::withheld()
            } else {
                measure
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeing(ids: &[i64]) -> Sight {
        Sight::Only(ids.iter().copied().collect())
    }

    #[test]
    fn a_sum_of_one_or_two_unseen_smes_is_withheld() {
        assert!(!too_few(0), "a sum the reader sees all of");
        assert!(too_few(1));
        assert!(too_few(2));
        assert!(!too_few(3));
        let sight = seeing(&[1]);
        assert_eq!(sight.hidden(&[1, 2, 3]), 2);
        assert_eq!(Sight::Everything.hidden(&[1, 2, 3]), 0);
    }

    #[test]
    fn a_breakdown_withholds_a_second_group_when_the_total_would_give_the_first_away() {
        // One group of one hidden SME: withheld, and with the total shown,
        // the smallest other group with hidden SMEs goes with it.
        assert_eq!(
            breakdown(false, &[5, 1, 4, 0]),
            vec![false, true, true, false]
        );
        // Two small groups withheld together hide three SMEs: enough.
        assert_eq!(breakdown(false, &[1, 2, 6]), vec![true, true, false]);
        // Groups the reader sees all of never need hiding.
        assert_eq!(breakdown(false, &[0, 0, 3]), vec![false, false, false]);
        // Groups of 1 and 1 hide two SMEs: a third group joins them.
        assert_eq!(
            breakdown(false, &[1, 1, 9, 4]),
            vec![true, true, false, true]
        );
    }

    #[test]
    fn a_withheld_total_keeps_one_group_with_hidden_smes_withheld() {
        // Nothing small, but the total is withheld (say, by the trend): the
        // groups must not add up to it.
        assert_eq!(breakdown(true, &[3, 4, 0]), vec![true, false, false]);
        // All groups seen in full: the total is the reader's to know anyway.
        assert_eq!(breakdown(true, &[0, 0]), vec![false, false]);
        // Total of two hidden SMEs in two groups: both withheld.
        assert_eq!(breakdown(true, &[1, 1, 0]), vec![true, true, false]);
    }

    fn point(values: &[(i64, i64)]) -> BTreeMap<i64, i64> {
        values.iter().copied().collect()
    }

    #[test]
    fn a_quarter_whose_change_came_from_one_unseen_sme_is_withheld() {
        let sight = seeing(&[10]);
        let points = vec![
            // Three hidden SMEs: shown.
            point(&[(1, 100), (2, 200), (3, 300)]),
            // One more hidden SME since: the difference would be its figure.
            point(&[(1, 100), (2, 200), (3, 300), (4, 50)]),
            // The reader's own SME adds a record, but the hidden SME's change
            // since the last point shown is still in the difference.
            point(&[(1, 100), (2, 200), (3, 300), (4, 50), (10, 7)]),
            // Three hidden SMEs changed since the last point shown (the first).
            point(&[
                (1, 100),
                (2, 200),
                (3, 300),
                (4, 50),
                (5, 1),
                (6, 2),
                (10, 7),
            ]),
        ];
        assert_eq!(series(&points, &sight), vec![false, true, true, false]);
        assert_eq!(
            series(&points, &Sight::Everything),
            vec![false, false, false, false]
        );
    }

    #[test]
    fn a_point_made_of_too_few_unseen_smes_is_withheld_whatever_came_before() {
        let sight = seeing(&[]);
        let points = vec![point(&[]), point(&[(1, 5)]), point(&[(1, 5), (2, 1)])];
        assert_eq!(series(&points, &sight), vec![false, true, true]);
        // A figure corrected away: the change from the last shown is one SME.
        let points = vec![
            point(&[(1, 5), (2, 1), (3, 2), (4, 4)]),
            point(&[(1, 5), (2, 1), (3, 2)]),
        ];
        assert_eq!(series(&points, &sight), vec![false, true]);
    }
}
