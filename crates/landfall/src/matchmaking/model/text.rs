//! Words for searching: English stemming, stop words, per-field weights and
//! BM25 ranking. The ranking is computed here, in Rust, from the counts the
//! database returns, so SQLite and PostgreSQL rank the same data the same way.

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

    /// BM25 contribution of one term to one profile.
    pub fn bm25(self, idf: f64, weight: i32, length: i32) -> f64 {
        const K1: f64 = 1.2;
        const B: f64 = 0.75;
        let tf = f64::from(weight);
        let norm = 1.0 - B + B * f64::from(length.max(1)) / self.average_length();
        idf * tf * (K1 + 1.0) / (tf + K1 * norm)
    }
}

/// One stored occurrence of a query term in a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posting {
    pub profile_id: i64,
    pub term: String,
    pub weight: i32,
    pub length: i32,
}

/// Ranks the profiles that contain every query term, best first; ties go to
/// the older profile (lower id) so the order is total.
pub fn rank(
    terms: &[String],
    postings: &[Posting],
    frequencies: &BTreeMap<String, i64>,
    corpus: Corpus,
) -> Vec<(i64, f64)> {
    let idf: BTreeMap<&str, f64> = terms
        .iter()
        .map(|t| {
            let df = frequencies.get(t).copied().unwrap_or(0);
            (t.as_str(), corpus.idf(df))
        })
        .collect();
    let mut scores: BTreeMap<i64, (usize, f64)> = BTreeMap::new();
    for posting in postings {
        let Some(&idf) = idf.get(posting.term.as_str()) else {
            continue;
        };
        let entry = scores.entry(posting.profile_id).or_default();
        entry.0 += 1;
        entry.1 += corpus.bm25(idf, posting.weight, posting.length);
    }
    let mut ranked: Vec<(i64, f64)> = scores
        .into_iter()
        .filter(|(_, (matched, _))| *matched == terms.len())
        .map(|(id, (_, score))| (id, score))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
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

    #[test]
    fn ranking_needs_every_term_and_prefers_rare_words() {
        let corpus = Corpus {
            documents: 100,
            total_length: 1000,
        };
        let posting = |profile_id, term: &str, weight| Posting {
            profile_id,
            term: term.into(),
            weight,
            length: 10,
        };
        let postings = vec![
            posting(1, "salmon", 3),
            posting(1, "smoke", 1),
            posting(2, "salmon", 1),
            posting(2, "smoke", 1),
            posting(3, "salmon", 5),
        ];
        let frequencies = BTreeMap::from([("salmon".to_string(), 40), ("smoke".to_string(), 5)]);
        let terms = vec!["salmon".to_string(), "smoke".to_string()];
        let ranked = rank(&terms, &postings, &frequencies, corpus);
        assert_eq!(ranked.iter().map(|r| r.0).collect::<Vec<_>>(), vec![1, 2]);
        assert!(corpus.idf(5) > corpus.idf(40));
        assert!(corpus.idf(100) >= 0.0);
    }

    #[test]
    fn equal_scores_keep_a_total_order() {
        let corpus = Corpus {
            documents: 10,
            total_length: 100,
        };
        let postings: Vec<Posting> = [7, 3, 5]
            .into_iter()
            .map(|id| Posting {
                profile_id: id,
                term: "kelp".into(),
                weight: 1,
                length: 10,
            })
            .collect();
        let frequencies = BTreeMap::from([("kelp".to_string(), 3)]);
        let ranked = rank(&["kelp".to_string()], &postings, &frequencies, corpus);
        assert_eq!(
            ranked.iter().map(|r| r.0).collect::<Vec<_>>(),
            vec![3, 5, 7]
        );
    }
}
