//! Call statistics per call year, computed from the records: funding
//! partners and their countries, total budget, applications received and
//! approved, clusters involved and SMEs engaged in the approved projects.

use std::collections::{BTreeMap, BTreeSet};

use super::ApplicationStatus;
use super::decisions::Outcome;

/// A funding partner of a call, as the statistics count it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunderRecord {
    pub organisation_id: i64,
    pub country: String,
    pub budget_cents: i64,
}

/// A partner of an application, as the statistics count it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerRecord {
    pub organisation_id: i64,
    pub is_cluster: bool,
    pub smes_engaged: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationRecord {
    pub status: ApplicationStatus,
    pub outcome: Outcome,
    pub partners: Vec<PartnerRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallRecord {
    pub year: i32,
    pub funders: Vec<FunderRecord>,
    pub applications: Vec<ApplicationRecord>,
}

/// One column of the statistics table.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct YearStatistics {
    pub year: i32,
    pub calls: usize,
    /// Distinct funding partners over the year's calls.
    pub funding_partners: usize,
    /// Their countries (ISO 3166-1 alpha-2), sorted.
    pub countries: Vec<String>,
    pub budget_cents: i64,
    /// Submitted applications (drafts and withdrawn ones are not counted).
    pub applications_received: usize,
    /// Applications that every funder approved, or some funders approved.
    pub applications_approved: usize,
    /// Distinct clusters among the partners of approved applications.
    pub clusters: usize,
    /// SMEs engaged by the partners of approved applications.
    pub smes: i64,
}

/// The statistics of every call year, oldest first.
pub fn by_year(calls: &[CallRecord]) -> Vec<YearStatistics> {
    let mut years: BTreeMap<i32, Vec<&CallRecord>> = BTreeMap::new();
    for call in calls {
        years.entry(call.year).or_default().push(call);
    }
    years
        .into_iter()
        .map(|(year, calls)| {
            let mut funders = BTreeSet::new();
            let mut countries = BTreeSet::new();
            let mut budget_cents = 0;
            let mut received = 0;
            let mut approved = 0;
            let mut clusters = BTreeSet::new();
            let mut smes = 0i64;
            for call in &calls {
                for f in &call.funders {
                    funders.insert(f.organisation_id);
                    countries.insert(f.country.clone());
                    budget_cents += f.budget_cents;
                }
                for a in &call.applications {
                    if a.status != ApplicationStatus::Submitted {
                        continue;
                    }
                    received += 1;
                    if a.outcome.is_funded() {
                        approved += 1;
                        for p in &a.partners {
                            if p.is_cluster {
                                clusters.insert(p.organisation_id);
                            }
                            smes += i64::from(p.smes_engaged);
                        }
                    }
                }
            }
            YearStatistics {
                year,
                calls: calls.len(),
                funding_partners: funders.len(),
                countries: countries.into_iter().collect(),
                budget_cents,
                applications_received: received,
                applications_approved: approved,
                clusters: clusters.len(),
                smes,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partner(id: i64, cluster: bool, smes: i32) -> PartnerRecord {
        PartnerRecord {
            organisation_id: id,
            is_cluster: cluster,
            smes_engaged: smes,
        }
    }

    fn application(
        status: ApplicationStatus,
        outcome: Outcome,
        partners: Vec<PartnerRecord>,
    ) -> ApplicationRecord {
        ApplicationRecord {
            status,
            outcome,
            partners,
        }
    }

    #[test]
    fn statistics_by_hand() {
        use ApplicationStatus::*;
        let funder = |id: i64, country: &str, budget: i64| FunderRecord {
            organisation_id: id,
            country: country.into(),
            budget_cents: budget,
        };
        let calls = vec![
            CallRecord {
                year: 2014,
                funders: vec![
                    funder(1, "DK", 300),
                    funder(2, "NO", 200),
                    funder(3, "NO", 100),
                ],
                applications: vec![
                    application(
                        Submitted,
                        Outcome::Approved,
                        vec![partner(10, true, 8), partner(11, true, 4)],
                    ),
                    application(
                        Submitted,
                        Outcome::PartlyApproved,
                        vec![partner(10, true, 5), partner(12, false, 3)],
                    ),
                    application(Submitted, Outcome::Rejected, vec![partner(13, true, 20)]),
                    application(Submitted, Outcome::Pending, vec![partner(14, true, 20)]),
                    application(Withdrawn, Outcome::Pending, vec![partner(15, true, 20)]),
                    application(Draft, Outcome::Pending, vec![]),
                ],
            },
            CallRecord {
                year: 2013,
                funders: vec![funder(1, "DK", 50)],
                applications: vec![],
            },
        ];
        let stats = by_year(&calls);
        assert_eq!(stats[0].year, 2013);
        let y = &stats[1];
        assert_eq!(y.funding_partners, 3);
        assert_eq!(y.countries, ["DK", "NO"]);
        assert_eq!(y.budget_cents, 600);
        assert_eq!((y.applications_received, y.applications_approved), (4, 2));
        assert_eq!(y.clusters, 2, "cluster 10 counts once; 12 is no cluster");
        assert_eq!(y.smes, 8 + 4 + 5 + 3);
    }
}
