//! Evaluation: the call's rubric (weighted criteria on a score scale, kept
//! in versions so that a changed rubric never alters a review already
//! written), reviews, weighted scores and the ranking.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use crate::validation::{FieldErrors, text};

/// One criterion of a rubric version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Criterion {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub weight: i32,
}

/// A version of a call's rubric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rubric {
    pub id: i64,
    pub version: i32,
    pub scale_min: i32,
    pub scale_max: i32,
    pub criteria: Vec<Criterion>,
    pub created_at: DateTime<Utc>,
}

/// A criterion as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CriterionInput {
    pub name: String,
    pub description: String,
    pub weight: Option<i64>,
}

/// A rubric as typed; saving it makes a new version.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RubricInput {
    pub scale_min: Option<i64>,
    pub scale_max: Option<i64>,
    pub criteria: Vec<CriterionInput>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionDraft {
    pub name: String,
    pub description: String,
    pub weight: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RubricDraft {
    pub scale_min: i32,
    pub scale_max: i32,
    pub criteria: Vec<CriterionDraft>,
}

pub const MAX_CRITERIA: usize = 20;

impl RubricInput {
    pub fn validate(&self) -> Result<RubricDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let scale_min = self.scale_min.unwrap_or(1);
        let scale_max = self.scale_max.unwrap_or(5);
        if !(0..=10).contains(&scale_min) {
            errors.add(
                "scale_min",
                crate::t2("calls-err-between", "min", 0, "max", 10),
            );
        }
        if !(1..=100).contains(&scale_max) {
            errors.add(
                "scale_max",
                crate::t2("calls-err-between", "min", 1, "max", 100),
            );
        } else if scale_max <= scale_min {
            errors.add("scale_max", crate::t("calls-err-above-lowest-score"));
        }
        if self.criteria.is_empty() {
            errors.add("criteria", crate::t("calls-err-no-criterion"));
        }
        if self.criteria.len() > MAX_CRITERIA {
            errors.add(
                "criteria",
                crate::t1("calls-err-at-most-criteria", "max", MAX_CRITERIA),
            );
        }
        let mut names = BTreeSet::new();
        let mut criteria = Vec::new();
        for (i, c) in self.criteria.iter().enumerate() {
            let field = |name: &str| format!("criteria[{i}].{name}");
            let name = errors.check(&field("name"), text(&c.name, true, 120));
            let description =
                errors.check(&field("description"), text(&c.description, false, 1000));
            let weight = match c.weight {
                None => {
                    if !errors.contains(&field("weight")) {
                        errors.add(field("weight"), crate::t("val-required"));
                    }
                    None
                }
                Some(w) if (1..=100).contains(&w) => i32::try_from(w).ok(),
                Some(_) => {
                    errors.add(
                        field("weight"),
                        crate::t2("calls-err-between", "min", 1, "max", 100),
                    );
                    None
                }
            };
            if let Some(name) = &name
                && !names.insert(name.to_lowercase())
            {
                errors.add(field("name"), crate::t("calls-err-named-twice"));
            }
            if let (Some(name), Some(description), Some(weight)) = (name, description, weight) {
                criteria.push(CriterionDraft {
                    name,
                    description,
                    weight,
                });
            }
        }
        if errors.is_empty() {
            Ok(RubricDraft {
                scale_min: i32::try_from(scale_min).unwrap_or(1),
                scale_max: i32::try_from(scale_max).unwrap_or(5),
                criteria,
            })
        } else {
            Err(errors)
        }
    }
}

/// The Innovation Express style rubric a new call starts with.
pub fn default_rubric() -> RubricInput {
    let c = |name: &str, description: &str, weight: i64| CriterionInput {
        name: name.into(),
        description: description.into(),
        weight: Some(weight),
    };
    RubricInput {
        scale_min: Some(1),
        scale_max: Some(5),
        criteria: vec![
            c(
                "Relevance for SMEs' internationalisation",
                "How clearly the project answers the needs of the SMEs it engages, and how many it reaches.",
                30,
            ),
            c(
                "Quality of the consortium",
                "Complementary partners from several countries, with the right people and a clear division of work.",
                25,
            ),
            c(
                "Methods and work plan",
                "Instruments that fit the aims, a realistic schedule and budget.",
                25,
            ),
            c(
                "Expected results and follow-up",
                "Measurable results for the SMEs and a credible path to longer cooperation after the grant.",
                20,
            ),
        ],
        unreadable: FieldErrors::new(),
    }
}

/// One criterion's score as typed by an evaluator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScoreInput {
    pub score: Option<i64>,
    pub comment: String,
}

/// Checks a review's scores against its rubric. A draft may leave scores
/// out; a submitted review scores and comments every criterion.
pub fn validate_scores(
    rubric: &Rubric,
    scores: &BTreeMap<i64, ScoreInput>,
    submit: bool,
    errors: &mut FieldErrors,
) -> BTreeMap<i64, (Option<i32>, String)> {
    let mut out = BTreeMap::new();
    for id in scores.keys() {
        if !rubric.criteria.iter().any(|c| c.id == *id) {
            errors.add(
                format!("scores.{id}"),
                crate::t("calls-err-not-a-criterion"),
            );
        }
    }
    for criterion in &rubric.criteria {
        let field = format!("scores.{}", criterion.id);
        let given = scores.get(&criterion.id).cloned().unwrap_or_default();
        let score = match given.score {
            None => {
                if submit {
                    errors.add(
                        &field,
                        crate::t1("calls-err-score-before-submitting", "name", &criterion.name),
                    );
                }
                None
            }
            Some(s) if s < i64::from(rubric.scale_min) || s > i64::from(rubric.scale_max) => {
                errors.add(
                    &field,
                    crate::t2(
                        "calls-err-score-range",
                        "min",
                        rubric.scale_min,
                        "max",
                        rubric.scale_max,
                    ),
                );
                None
            }
            Some(s) => i32::try_from(s).ok(),
        };
        let comment = errors
            .check(
                &format!("{field}.comment"),
                text(&given.comment, false, 3000),
            )
            .unwrap_or_default();
        if submit && comment.is_empty() {
            errors.add(
                format!("{field}.comment"),
                crate::t1("calls-err-explain-score", "name", &criterion.name),
            );
        }
        out.insert(criterion.id, (score, comment));
    }
    out
}

/// A draft's scores (score and comment by criterion id) moved onto a new
/// rubric version: a criterion whose name is unchanged keeps its comment,
/// and its score while that fits the new scale; the others start empty.
pub fn carry_over(
    old: &Rubric,
    new: &Rubric,
    scores: &BTreeMap<i64, (Option<i32>, String)>,
) -> BTreeMap<i64, (Option<i32>, String)> {
    new.criteria
        .iter()
        .filter_map(|c| {
            let before = old.criteria.iter().find(|o| o.name == c.name)?;
            let (score, comment) = scores.get(&before.id)?;
            let score = score.filter(|s| (new.scale_min..=new.scale_max).contains(s));
            Some((c.id, (score, comment.clone())))
        })
        .collect()
}

/// A review's weighted score in percent of the best possible: each score is
/// placed on its scale (lowest 0 %, highest 100 %) and the criteria are
/// weighted. `None` until every criterion is scored. Reviews written on
/// different rubric versions are comparable this way. Unrounded: only what
/// is shown is rounded, by [`rounded`].
pub fn weighted_percent(rubric: &Rubric, scores: &BTreeMap<i64, i32>) -> Option<f64> {
    let span = f64::from(rubric.scale_max - rubric.scale_min);
    if span <= 0.0 || rubric.criteria.is_empty() {
        return None;
    }
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for c in &rubric.criteria {
        let score = scores.get(&c.id)?;
        weighted += f64::from(c.weight) * f64::from(score - rubric.scale_min) / span;
        weights += f64::from(c.weight);
    }
    Some(weighted / weights * 100.0)
}

/// A score as shown: one decimal, rounded once, at the end.
pub fn rounded(percent: f64) -> f64 {
    (percent * 10.0).round() / 10.0
}

/// An application's standing in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub application_id: i64,
    /// Mean of its submitted reviews' weighted scores.
    pub score: Option<f64>,
    pub reviews: usize,
    /// 1 for the best; equal scores share a rank. `None` without reviews.
    pub rank: Option<usize>,
}

/// Ranks applications by the mean of their reviews' weighted scores (best
/// first); applications without a submitted review come last, unranked.
/// `reviews` holds each application's review percentages.
pub fn rank(reviews: &[(i64, Vec<f64>)]) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = reviews
        .iter()
        .map(|(id, percents)| Ranked {
            application_id: *id,
            #[allow(clippy::cast_precision_loss)]
            score: (!percents.is_empty())
                .then(|| percents.iter().sum::<f64>() / percents.len() as f64),
            reviews: percents.len(),
            rank: None,
        })
        .collect();
    ranked.sort_by(|a, b| match (a.score, b.score) {
        (Some(x), Some(y)) => y
            .total_cmp(&x)
            .then(a.application_id.cmp(&b.application_id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.application_id.cmp(&b.application_id),
    });
    let mut previous: Option<(f64, usize)> = None;
    for (i, r) in ranked.iter_mut().enumerate() {
        let Some(score) = r.score else { break };
        let rank = match previous {
            // Equal but for floating-point noise.
            Some((s, rank)) if (s - score).abs() < 1e-9 => rank,
            _ => i + 1,
        };
        r.rank = Some(rank);
        previous = Some((score, rank));
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rubric() -> Rubric {
        Rubric {
            id: 1,
            version: 1,
            scale_min: 1,
            scale_max: 5,
            criteria: vec![
                Criterion {
                    id: 10,
                    name: "Relevance".into(),
                    description: String::new(),
                    weight: 50,
                },
                Criterion {
                    id: 11,
                    name: "Consortium".into(),
                    description: String::new(),
                    weight: 30,
                },
                Criterion {
                    id: 12,
                    name: "Work plan".into(),
                    description: String::new(),
                    weight: 20,
                },
            ],
            created_at: DateTime::UNIX_EPOCH,
        }
    }

    #[test]
    fn drafts_keep_the_scores_of_criteria_that_kept_their_name() {
        let old = rubric();
        let mut new = rubric();
        new.id = 2;
        new.version = 2;
        new.scale_max = 4;
        for c in &mut new.criteria {
            c.id += 10;
        }
        new.criteria[1].name = "Partnership".into();
        let draft = BTreeMap::from([
            (10, (Some(5), "Very relevant".to_string())),
            (11, (Some(3), "Good partners".to_string())),
            (12, (Some(2), String::new())),
        ]);
        let carried = carry_over(&old, &new, &draft);
        assert_eq!(
            carried,
            BTreeMap::from([
                // 5 is off the new 1-4 scale: the comment stays, the score goes.
                (20, (None, "Very relevant".to_string())),
                (22, (Some(2), String::new())),
            ])
        );
    }

    #[test]
    fn weighted_scores_by_hand() {
        // (5-1)/4*50 + (3-1)/4*30 + (1-1)/4*20 = 50 + 15 + 0 = 65 of 100.
        let scores = BTreeMap::from([(10, 5), (11, 3), (12, 1)]);
        assert_eq!(weighted_percent(&rubric(), &scores), Some(65.0));
        let top = BTreeMap::from([(10, 5), (11, 5), (12, 5)]);
        assert_eq!(weighted_percent(&rubric(), &top), Some(100.0));
        // (4-1)/4 = 75 % on every criterion.
        let even = BTreeMap::from([(10, 4), (11, 4), (12, 4)]);
        assert_eq!(weighted_percent(&rubric(), &even), Some(75.0));
        let partial = BTreeMap::from([(10, 5)]);
        assert_eq!(weighted_percent(&rubric(), &partial), None);
    }

    #[test]
    fn scores_are_rounded_once_for_display() {
        let mut rubric = rubric();
        for (c, weight) in rubric.criteria.iter_mut().zip([41, 39, 20]) {
            c.weight = weight;
        }
        // (4-1)/4*41 + (3-1)/4*39 + (2-1)/4*20 = 30.75 + 19.5 + 5 = 55.25 of 100.
        let review =
            weighted_percent(&rubric, &BTreeMap::from([(10, 4), (11, 3), (12, 2)])).unwrap();
        assert!((review - 55.25).abs() < 1e-9, "{review}");
        // The mean of 55.25 and 56 is 55.625: 55.6 shown, not 55.3 and 56 averaged to 55.7.
        let score = rank(&[(1, vec![review, 56.0])])[0].score.unwrap();
        assert!((score - 55.625).abs() < 1e-9, "{score}");
        assert_eq!(rounded(score), 55.6);
    }

    #[test]
    fn the_ranking_averages_reviews_and_shares_ties() {
        let ranked = rank(&[
            (1, vec![65.0, 75.0]),
            (2, vec![90.0]),
            (3, vec![]),
            (4, vec![70.0]),
            (5, vec![80.0, 60.0]),
        ]);
        let order: Vec<(i64, Option<usize>)> =
            ranked.iter().map(|r| (r.application_id, r.rank)).collect();
        assert_eq!(
            order,
            [
                (2, Some(1)),
                (1, Some(2)),
                (4, Some(2)),
                (5, Some(2)),
                (3, None)
            ]
        );
        assert_eq!(ranked[1].score, Some(70.0));
    }

    #[test]
    fn submitted_reviews_score_and_explain_every_criterion() {
        let mut errors = FieldErrors::new();
        let scores = BTreeMap::from([
            (
                10,
                ScoreInput {
                    score: Some(6),
                    comment: "Strong".into(),
                },
            ),
            (
                11,
                ScoreInput {
                    score: Some(3),
                    comment: String::new(),
                },
            ),
            (
                99,
                ScoreInput {
                    score: Some(3),
                    comment: String::new(),
                },
            ),
        ]);
        validate_scores(&rubric(), &scores, true, &mut errors);
        for field in ["scores.10", "scores.11.comment", "scores.12", "scores.99"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        let mut draft_errors = FieldErrors::new();
        let partial = BTreeMap::from([(
            10,
            ScoreInput {
                score: Some(4),
                comment: String::new(),
            },
        )]);
        let kept = validate_scores(&rubric(), &partial, false, &mut draft_errors);
        assert!(draft_errors.is_empty());
        assert_eq!(kept[&10], (Some(4), String::new()));
        assert_eq!(kept[&12], (None, String::new()));
    }

    #[test]
    fn rubrics_need_sensible_scales_and_weights() {
        assert!(default_rubric().validate().is_ok());
        let bad = RubricInput {
            scale_min: Some(5),
            scale_max: Some(5),
            criteria: vec![
                CriterionInput {
                    name: "A".into(),
                    description: String::new(),
                    weight: Some(0),
                },
                CriterionInput {
                    name: "a".into(),
                    description: String::new(),
                    weight: Some(10),
                },
            ],
            unreadable: FieldErrors::new(),
        };
        let errors = bad.validate().unwrap_err();
        for field in ["scale_max", "criteria[0].weight", "criteria[1].name"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
    }
}
