//! Words for searching: English stemming, stop words, per-field weights and
//! BM25 ranking, the last in a form the database sums over its postings.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::registry::model::fold;

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Words too common to tell profiles apart.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "do", "does", "each", "for", "from", "had", "has", "have", "he",
    "her", "here", "his", "how", "i", "if", "in", "into", "is", "it", "its", "more", "most", "my",
    "no", "not", "of", "on", "one", "or", "other", "our", "out", "over", "own", "per", "she", "so",
    "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "to", "too", "up", "us", "very", "was", "we", "well", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within",
    "would", "you", "your",
];

/// The stems of a text, in order, stop words and one-letter words left out.
pub fn stems(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() > 1 && !STOP_WORDS.contains(word))
        .map(|word| ENGLISH.stem(word).into_owned())
        .collect()
}

/// The distinct stems of a search query, in the order typed.
pub fn query_terms(query: &str) -> Vec<String> {
    let mut seen = Vec::new();
    for stem in stems(query) {
        if !seen.contains(&stem) {
            seen.push(stem);
        }
    }
    seen
}

/// How much a word counts by where it stands.
pub const TITLE_WEIGHT: i32 = 3;
pub const KEYWORD_WEIGHT: i32 = 2;
pub const DESCRIPTION_WEIGHT: i32 = 1;

/// A profile's weighted terms and its length (the sum of the weights).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexedText {
    pub terms: BTreeMap<String, i32>,
    pub length: i32,
}

pub fn index(title: &str, keywords: &[String], description: &str) -> IndexedText {
    let mut indexed = IndexedText::default();
    let mut add = |text: &str, weight: i32| {
        for stem in stems(text) {
            *indexed.terms.entry(stem).or_default() += weight;
            indexed.length += weight;
        }
    };
    add(title, TITLE_WEIGHT);
    for keyword in keywords {
        add(keyword, KEYWORD_WEIGHT);
    }
    add(description, DESCRIPTION_WEIGHT);
    indexed
}

/// Figures about the whole collection of profiles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Corpus {
    pub documents: i64,
    pub total_length: i64,
}

impl Corpus {
    fn average_length(self) -> f64 {
        if self.documents <= 0 {
            1.0
        } else {
            (self.total_length as f64 / self.documents as f64).max(1.0)
        }
    }

    /// Inverse document frequency (the BM25 form, never negative).
    pub fn idf(self, document_frequency: i64) -> f64 {
        let n = self.documents.max(document_frequency) as f64;
        let df = document_frequency as f64;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// How BM25 scores profiles for these terms, in the form the database
    /// computes it (see [`Scoring`]).
    pub fn scoring(self, terms: &[String], frequencies: &BTreeMap<String, i64>) -> Scoring {
        let factors = terms
            .iter()
            .map(|term| {
                let df = frequencies.get(term).copied().unwrap_or(0);
                (term.clone(), self.idf(df) * (K1 + 1.0))
            })
            .collect();
        Scoring {
            factors,
            constant: K1 * (1.0 - B),
            per_length: K1 * B / self.average_length(),
        }
    }
}

/// BM25's term-frequency saturation.
const K1: f64 = 1.2;
/// BM25's length normalisation.
const B: f64 = 0.75;

/// BM25 rearranged so that a query sums it over stored postings: a profile
/// holding every term scores, summed over the terms,
/// `factor(term) · weight / (weight + constant + per_length · length)`,
/// which is `idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · length / average))`.
/// The database ranks with it, so SQLite and PostgreSQL rank alike and only
/// the page asked for leaves the database.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoring {
    /// Each query term with `idf · (k1 + 1)`.
    pub factors: Vec<(String, f64)>,
    /// `k1 · (1 − b)`.
    pub constant: f64,
    /// `k1 · b / average length`.
    pub per_length: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_meet_in_one_stem() {
        assert_eq!(stems("Distributors"), stems("distributor"));
        assert_eq!(stems("distribution"), stems("distributing"));
        assert_eq!(stems("packaging"), stems("packaged"));
        assert_eq!(stems("smoked salmon"), stems("Smoking salmons"));
        assert_eq!(
            stems("The Fjord-fresh kelp of Bømlo"),
            vec!["fjord", "fresh", "kelp", "bomlo"]
        );
        assert!(stems("of the and a").is_empty());
    }

    #[test]
    fn query_terms_are_distinct() {
        assert_eq!(query_terms("salmon Salmon salmons"), vec!["salmon"]);
    }

    #[test]
    fn titles_weigh_more_than_descriptions() {
        let text = index(
            "Smoked salmon",
            &["cold chain".to_string()],
            "Salmon from Norway.",
        );
        assert_eq!(text.terms["salmon"], TITLE_WEIGHT + DESCRIPTION_WEIGHT);
        assert_eq!(text.terms["chain"], KEYWORD_WEIGHT);
        assert_eq!(text.length, 3 + 3 + 2 + 2 + 1 + 1);
    }

    /// The score of one posting, computed as the database does.
    fn posting_score(scoring: &Scoring, term: &str, weight: i32, length: i32) -> f64 {
        let factor = scoring
            .factors
            .iter()
            .find(|(t, _)| t == term)
            .map_or(0.0, |(_, f)| *f);
        factor * f64::from(weight)
            / (f64::from(weight) + scoring.constant + scoring.per_length * f64::from(length))
    }

    #[test]
    fn the_rearranged_scoring_is_bm25() {
        let corpus = Corpus {
            documents: 100,
            total_length: 1000,
        };
        let frequencies = BTreeMap::from([("salmon".to_string(), 40), ("smoke".to_string(), 5)]);
        let terms = vec!["salmon".to_string(), "smoke".to_string()];
        let scoring = corpus.scoring(&terms, &frequencies);
        for (term, df) in [("salmon", 40), ("smoke", 5)] {
            for (weight, length) in [(1, 10), (3, 4), (5, 30), (2, 1)] {
                let (tf, idf) = (f64::from(weight), corpus.idf(df));
                let textbook = idf * tf * (1.2 + 1.0)
                    / (tf + 1.2 * (1.0 - 0.75 + 0.75 * f64::from(length) / 10.0));
                let rearranged = posting_score(&scoring, term, weight, length);
                assert!(
                    (textbook - rearranged).abs() < 1e-12,
                    "{term} {weight} {length}"
                );
            }
        }
        // Rare words weigh more; a title word more than a description word;
        // a short profile more than a long one with the same words.
        assert!(posting_score(&scoring, "smoke", 1, 10) > posting_score(&scoring, "salmon", 1, 10));
        assert!(
            posting_score(&scoring, "salmon", 3, 10) > posting_score(&scoring, "salmon", 1, 10)
        );
        assert!(posting_score(&scoring, "salmon", 1, 5) > posting_score(&scoring, "salmon", 1, 50));
        assert!(corpus.idf(100) >= 0.0);
        assert_eq!(posting_score(&scoring, "cod", 3, 10), 0.0);
    }

    #[test]
    fn an_empty_corpus_scores_without_dividing_by_zero() {
        let scoring = Corpus::default().scoring(&["kelp".to_string()], &BTreeMap::new());
        assert!(scoring.per_length.is_finite() && scoring.factors[0].1.is_finite());
    }
}
