//! Partner recommendations: how well one profile answers another, scored in
//! the direction that matters (what the requesting side asks for against what
//! the offering side offers), plus sector, value-chain and market fit, with
//! the reasons spelled out.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::profiles::{Direction, Party, ProfileType};
use super::text::stems;
use crate::registry::reference;

/// A profile as the recommender sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub id: i64,
    pub owner: Party,
    pub owner_country: String,
    pub kind: ProfileType,
    pub title: String,
    pub keywords: Vec<String>,
    /// Declared NACE codes.
    pub sectors: Vec<String>,
    pub targets: Vec<String>,
    /// Stemmed terms with their weights (see [`super::text::index`]).
    pub terms: BTreeMap<String, i32>,
}

/// Which kind of fit a reason describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// What one side asks for and the other offers.
    Need,
    Sector,
    ValueChain,
    Market,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Reason {
    pub kind: ReasonKind,
    pub text: String,
}

/// One recommended partner profile for a subject profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub subject_id: i64,
    pub profile_id: i64,
    /// 0–100.
    pub score: f64,
    pub reasons: Vec<Reason>,
}

/// Weights of the parts of the score (they add up to 1).
const NEED_WEIGHT: f64 = 0.55;
const SECTOR_WEIGHT: f64 = 0.2;
const MARKET_WEIGHT: f64 = 0.25;

/// Repeated words count, but less and less.
fn damped(weight: i32) -> f64 {
    (1.0 + f64::from(weight.max(0))).ln()
}

/// How much of `side`'s (idf-weighted) content the shared terms cover.
fn coverage(side: &Candidate, shared: &BTreeSet<&str>, idf: &dyn Fn(&str) -> f64) -> f64 {
    let mut total = 0.0;
    let mut covered = 0.0;
    for (term, &weight) in &side.terms {
        let mass = idf(term) * damped(weight);
        total += mass;
        if shared.contains(term.as_str()) {
            covered += mass;
        }
    }
    if total <= 0.0 { 0.0 } else { covered / total }
}

/// The subject's and the candidate's words that meet, as people wrote them:
/// keywords first, then title words.
fn phrases(side: &Candidate, shared: &BTreeSet<&str>) -> Vec<String> {
    let mut found: Vec<String> = side
        .keywords
        .iter()
        .filter(|k| stems(k).iter().any(|s| shared.contains(s.as_str())))
        .take(2)
        .cloned()
        .collect();
    if found.is_empty() {
        found = side
            .title
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| stems(w).iter().any(|s| shared.contains(s.as_str())))
            .take(3)
            .map(str::to_lowercase)
            .collect();
    }
    found
}

fn quote(phrases: &[String]) -> String {
    if phrases.is_empty() {
        crate::t("mm-reason-related-work")
    } else {
        phrases
            .iter()
            .map(|p| format!("“{p}”"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Divisions that typically supply other divisions (supplier → customers).
const VALUE_CHAIN: &[(&str, &[&str])] = &[
    ("01", &["10", "11", "46"]),
    ("03", &["10", "46", "47", "56"]),
    ("10", &["46", "47", "55", "56"]),
    ("11", &["46", "47", "55", "56"]),
    ("13", &["14", "30", "46", "47"]),
    ("14", &["46", "47"]),
    ("20", &["10", "22", "30", "33"]),
    ("22", &["30", "33", "35", "42"]),
    ("25", &["28", "30", "33", "35", "42"]),
    ("26", &["03", "28", "30", "35", "86"]),
    ("27", &["28", "30", "35", "42"]),
    ("28", &["01", "03", "10", "30", "35"]),
    ("33", &["30", "35", "50"]),
    ("38", &["20", "22", "24"]),
    ("49", &["10", "46", "47"]),
    ("50", &["35", "46", "10"]),
    ("52", &["10", "46", "47", "50"]),
    ("62", &["03", "35", "46", "49", "50", "52", "86"]),
    ("63", &["35", "46", "50", "52"]),
    ("71", &["30", "33", "35", "42"]),
    ("72", &["10", "21", "26", "35", "86"]),
    ("74", &["31", "55", "56"]),
    ("79", &["55", "56", "93"]),
    ("85", &["30", "35", "50", "86"]),
];

fn division(code: &str) -> Option<&str> {
    code.get(1..3)
        .filter(|d| d.chars().all(|c| c.is_ascii_digit()))
}

fn supplies(supplier: &str, customer: &str) -> bool {
    VALUE_CHAIN
        .iter()
        .any(|(from, to)| *from == supplier && to.contains(&customer))
}

/// "C10 (manufacture of food products)" in the language of the request.
fn division_name(code: &str) -> String {
    let short = code.get(..3).unwrap_or(code);
    match reference::nace_title_in(crate::i18n::current(), short) {
        Some(title) => format!("{short} ({})", crate::i18n::in_sentence(title)),
        None => short.to_string(),
    }
}

/// The closest sector fit between the two: same class, group, division or a
/// value-chain link.
fn sector_fit(subject: &Candidate, other: &Candidate) -> (f64, Option<Reason>) {
    let mut best = (0.0, None);
    for a in &subject.sectors {
        for b in &other.sectors {
            let shared = [6usize, 5, 3]
                .into_iter()
                .find(|&len| a.len() >= len && b.len() >= len && a[..len] == b[..len]);
            let both_in = |code: &str| crate::t1("mm-reason-both-in", "code", code);
            let (fit, kind, reason) = match shared {
                Some(6) => (1.0, ReasonKind::Sector, both_in(a)),
                Some(5) => (0.85, ReasonKind::Sector, both_in(&a[..5])),
                Some(_) => (0.65, ReasonKind::Sector, both_in(&a[..3])),
                None => match (division(a), division(b)) {
                    (Some(da), Some(db)) if supplies(da, db) => (
                        0.6,
                        ReasonKind::ValueChain,
                        crate::t2(
                            "mm-reason-you-supply",
                            "yours",
                            division_name(a),
                            "theirs",
                            division_name(b),
                        ),
                    ),
                    (Some(da), Some(db)) if supplies(db, da) => (
                        0.6,
                        ReasonKind::ValueChain,
                        crate::t2(
                            "mm-reason-they-supply",
                            "theirs",
                            division_name(b),
                            "yours",
                            division_name(a),
                        ),
                    ),
                    _ => continue,
                },
            };
            if fit > best.0 {
                best = (fit, Some(Reason { kind, text: reason }));
            }
        }
    }
    best
}

/// Whether each side's market is where the other is.
fn market_fit(subject: &Candidate, other: &Candidate) -> (f64, Vec<Reason>) {
    let mut fit = 0.0;
    let mut reasons = Vec::new();
    if subject.targets.contains(&other.owner_country) {
        fit += 0.6;
        reasons.push(Reason {
            kind: ReasonKind::Market,
            text: crate::t1("mm-reason-you-target", "country", &other.owner_country),
        });
    }
    if other.targets.contains(&subject.owner_country) {
        fit += 0.4;
        reasons.push(Reason {
            kind: ReasonKind::Market,
            text: crate::t1("mm-reason-they-target", "country", &subject.owner_country),
        });
    }
    if reasons.is_empty()
        && let Some(common) = subject.targets.iter().find(|c| other.targets.contains(c))
    {
        fit += 0.3;
        reasons.push(Reason {
            kind: ReasonKind::Market,
            text: crate::t1("mm-reason-both-target", "country", common),
        });
    }
    (fit, reasons)
}

/// Scores `other` as a partner for `subject`; `None` when they do not meet
/// (same owner, types that do not answer each other, nothing in common).
pub fn score(
    subject: &Candidate,
    other: &Candidate,
    idf: &dyn Fn(&str) -> f64,
) -> Option<Recommendation> {
    if subject.owner == other.owner || subject.id == other.id {
        return None;
    }
    let complement = subject.kind.complements(other.kind);
    if complement <= 0.0 {
        return None;
    }
    let shared: BTreeSet<&str> = subject
        .terms
        .keys()
        .filter(|t| other.terms.contains_key(*t))
        .map(String::as_str)
        .collect();
    let subject_cover = coverage(subject, &shared, idf);
    let other_cover = coverage(other, &shared, idf);
    // The requesting side's need, covered by the offering side.
    let need = match (subject.kind.direction(), other.kind.direction()) {
        (Direction::Request, _) | (Direction::Mutual, Direction::Offer) => {
            subject_cover * (0.75 + 0.25 * other_cover)
        }
        (Direction::Offer, _) | (Direction::Mutual, Direction::Request) => {
            other_cover * (0.75 + 0.25 * subject_cover)
        }
        (Direction::Mutual, Direction::Mutual) => (subject_cover + other_cover) / 2.0,
    };
    let (sector, sector_reason) = sector_fit(subject, other);
    if need <= 0.0 && sector <= 0.0 {
        return None;
    }
    let (market, market_reasons) = market_fit(subject, other);
    let total =
        complement * (NEED_WEIGHT * need.sqrt() + SECTOR_WEIGHT * sector + MARKET_WEIGHT * market);

    let mut reasons = Vec::new();
    if !shared.is_empty() {
        // The words meet on both sides; when one side wrote them only in its
        // description, the other side's wording says what they share.
        let (mine, theirs) = match (phrases(subject, &shared), phrases(other, &shared)) {
            (mine, theirs) if mine.is_empty() => (quote(&theirs), quote(&theirs)),
            (mine, theirs) if theirs.is_empty() => (quote(&mine), quote(&mine)),
            (mine, theirs) => (quote(&mine), quote(&theirs)),
        };
        let key = match (subject.kind.direction(), other.kind.direction()) {
            (Direction::Offer, _) => "mm-reason-they-request-you-offer",
            (Direction::Request, _) => "mm-reason-you-request-they-offer",
            (Direction::Mutual, Direction::Offer) => "mm-reason-you-look-they-offer",
            (Direction::Mutual, Direction::Request) => "mm-reason-they-request-you-work",
            (Direction::Mutual, Direction::Mutual) => "mm-reason-both-work-on",
        };
        let text = crate::t2(key, "mine", &mine, "theirs", &theirs);
        reasons.push(Reason {
            kind: ReasonKind::Need,
            text,
        });
    }
    reasons.extend(sector_reason);
    reasons.extend(market_reasons);
    Some(Recommendation {
        subject_id: subject.id,
        profile_id: other.id,
        score: (total * 1000.0).round() / 10.0,
        reasons,
    })
}

/// The best partners for one or more subject profiles: each candidate is
/// scored against every subject and keeps its best score; ties go to the
/// lower profile id.
pub fn rank(
    subjects: &[Candidate],
    candidates: &[Candidate],
    idf: &dyn Fn(&str) -> f64,
    limit: usize,
) -> Vec<Recommendation> {
    let mut best: BTreeMap<i64, Recommendation> = BTreeMap::new();
    for candidate in candidates {
        for subject in subjects {
            if let Some(found) = score(subject, candidate, idf) {
                let better = best
                    .get(&candidate.id)
                    .is_none_or(|current| found.score > current.score);
                if better {
                    best.insert(candidate.id, found);
                }
            }
        }
    }
    let mut ranked: Vec<Recommendation> = best.into_values().collect();
    ranked.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.profile_id.cmp(&b.profile_id))
    });
    ranked.truncate(limit);
    ranked
}

/// Precision at `k`: the share of the first `k` recommendations that are
/// right partners.
pub fn precision_at(k: usize, recommended: &[i64], relevant: &BTreeSet<i64>) -> f64 {
    if k == 0 {
        return 0.0;
    }
    let hits = recommended
        .iter()
        .take(k)
        .filter(|id| relevant.contains(id))
        .count();
    hits as f64 / k as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matchmaking::model::text::index;

    fn profile(
        id: i64,
        country: &str,
        kind: ProfileType,
        title: &str,
        keywords: &[&str],
        sectors: &[&str],
        targets: &[&str],
    ) -> Candidate {
        let keywords: Vec<String> = keywords.iter().map(|k| k.to_string()).collect();
        Candidate {
            id,
            owner: Party::Sme(id * 10),
            owner_country: country.into(),
            kind,
            title: title.into(),
            terms: index(title, &keywords, "").terms,
            keywords,
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            targets: targets.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn flat_idf(_: &str) -> f64 {
        1.0
    }

    #[test]
    fn a_request_meets_the_offer_that_answers_it_and_says_why() {
        let request = profile(
            1,
            "DE",
            ProfileType::BusinessRequest,
            "Supplier of cold-smoked salmon wanted",
            &["smoked salmon"],
            &["G46.38"],
            &["NO", "DK"],
        );
        let offer = profile(
            2,
            "NO",
            ProfileType::BusinessOffer,
            "Cold-smoked salmon from Bømlo",
            &["smoked salmon", "salmon"],
            &["C10.20"],
            &["DE"],
        );
        let other_request = profile(
            3,
            "NO",
            ProfileType::BusinessRequest,
            "Smoked salmon buyers wanted",
            &["smoked salmon"],
            &["C10.20"],
            &["DE"],
        );
        let found = score(&request, &offer, &flat_idf).unwrap();
        let texts: Vec<&str> = found.reasons.iter().map(|r| r.text.as_str()).collect();
        assert!(
            texts.contains(&"you request “smoked salmon”, they offer “smoked salmon”, “salmon”"),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"you target NO, where they are"),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"they target DE, where you are"),
            "{texts:?}"
        );
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("value chain: their C10")),
            "{texts:?}"
        );
        assert!(score(&request, &other_request, &flat_idf).is_none());
        let reverse = score(&offer, &request, &flat_idf).unwrap();
        assert!(reverse.reasons[0].text.starts_with("they request"));
    }

    #[test]
    fn better_answers_rank_higher() {
        let request = profile(
            1,
            "SE",
            ProfileType::TechnologyRequest,
            "Oxygen sensor for recirculating fish farms",
            &["oxygen sensor", "aquaculture"],
            &["A03.22"],
            &["NO"],
        );
        let close = profile(
            2,
            "NO",
            ProfileType::TechnologyOffer,
            "Optical oxygen sensors for aquaculture",
            &["oxygen sensor"],
            &["C26.51"],
            &["SE"],
        );
        let loose = profile(
            3,
            "GB",
            ProfileType::TechnologyOffer,
            "Temperature sensor network",
            &["sensor"],
            &["C26.51"],
            &[],
        );
        let same_owner = Candidate {
            owner: Party::Sme(10),
            ..close.clone()
        };
        let ranked = rank(
            std::slice::from_ref(&request),
            &[loose.clone(), close.clone(), same_owner],
            &flat_idf,
            5,
        );
        assert_eq!(
            ranked.iter().map(|r| r.profile_id).collect::<Vec<_>>(),
            vec![2, 3]
        );
        assert!(ranked[0].score > ranked[1].score);
        assert!(ranked[0].score <= 100.0);
    }

    #[test]
    fn sector_fit_prefers_the_closest_code() {
        let a = profile(
            1,
            "DK",
            ProfileType::BusinessOffer,
            "x",
            &[],
            &["C10.20"],
            &[],
        );
        let mut b = profile(
            2,
            "DK",
            ProfileType::BusinessRequest,
            "y",
            &[],
            &["C10.20"],
            &[],
        );
        assert_eq!(sector_fit(&a, &b).0, 1.0);
        b.sectors = vec!["C10.5".into()];
        assert_eq!(sector_fit(&a, &b).0, 0.65);
        b.sectors = vec!["G46.38".into()];
        let (fit, reason) = sector_fit(&a, &b);
        assert_eq!(fit, 0.6);
        assert_eq!(reason.unwrap().kind, ReasonKind::ValueChain);
        b.sectors = vec!["Q86.90".into()];
        assert_eq!(sector_fit(&a, &b).0, 0.0);
    }

    #[test]
    fn precision_counts_hits_in_the_first_k() {
        let relevant = BTreeSet::from([1, 2, 3]);
        assert_eq!(precision_at(5, &[1, 9, 2, 8, 7, 3], &relevant), 0.4);
        assert_eq!(precision_at(5, &[1, 2], &relevant), 0.4);
        assert_eq!(precision_at(0, &[1], &relevant), 0.0);
    }
}
