//! Partner recommendations for a profile or an SME.
//!
//! Candidates are gathered from the index (public profiles of a type that
//! answers the subject's, sharing its most telling words or its sectors),
//! then scored in full by [`recommend::rank`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;

use crate::auth::Actor;
use crate::db::Db;
use crate::matchmaking::model::profiles::{Party, ProfileType, Visibility};
use crate::matchmaking::model::recommend::{self, Candidate, Reason, Recommendation};
use crate::matchmaking::model::text::{self, Corpus};
use crate::matchmaking::store::profiles::{self as store, Profile};
use crate::registry;
use crate::web::AppError;

use super::profiles::visible;

/// How many of the subject's words look for candidates.
const QUERY_TERMS: usize = 40;
/// Candidates kept from the word search and from the sector search.
const BY_WORDS: usize = 300;
const BY_SECTOR: u64 = 150;

/// A recommended partner profile with its score and reasons.
#[derive(Clone, Debug)]
pub struct Partner {
    pub profile: Profile,
    /// 0–100.
    pub score: f64,
    pub reasons: Vec<Reason>,
    /// Which of the subject's profiles it answers (none for an SME described
    /// by its registry entry).
    pub for_profile: Option<i64>,
}

fn candidate(profile: &Profile, terms: BTreeMap<String, i32>) -> Candidate {
    Candidate {
        id: profile.id,
        owner: profile.owner.party,
        owner_country: profile.owner.country.as_str().to_string(),
        kind: profile.kind,
        title: profile.title.clone(),
        keywords: profile.keywords.clone(),
        sectors: profile
            .sectors
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        targets: profile
            .target_countries
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        terms,
    }
}

async fn idf_table(
    db: &Db,
    corpus: Corpus,
    terms: impl IntoIterator<Item = String>,
) -> Result<BTreeMap<String, f64>, AppError> {
    let terms: Vec<String> = terms
        .into_iter()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let frequencies = store::term_frequencies(db, &terms).await?;
    Ok(terms
        .into_iter()
        .map(|t| {
            let df = frequencies.get(&t).copied().unwrap_or(0);
            (t, corpus.idf(df))
        })
        .collect())
}

/// Ranks partners for the subjects (all owned by `owner`).
async fn recommend(
    db: &Db,
    owner: Party,
    subjects: &[Candidate],
    limit: usize,
) -> Result<Vec<Recommendation>, AppError> {
    let today = Utc::now().date_naive();
    let kinds: Vec<ProfileType> = ProfileType::ALL
        .iter()
        .copied()
        .filter(|k| subjects.iter().any(|s| s.kind.complements(*k) > 0.0))
        .collect();
    if kinds.is_empty() || subjects.is_empty() {
        return Ok(Vec::new());
    }
    let corpus = store::corpus(db).await?;
    let subject_idf = idf_table(
        db,
        corpus,
        subjects.iter().flat_map(|s| s.terms.keys().cloned()),
    )
    .await?;
    // The subject's most telling words, and how much each is worth.
    let mut weights: BTreeMap<String, f64> = BTreeMap::new();
    for subject in subjects {
        for (term, weight) in &subject.terms {
            let value = subject_idf[term] * (1.0 + f64::from(*weight)).ln();
            let entry = weights.entry(term.clone()).or_default();
            *entry = entry.max(value);
        }
    }
    // Words in more than one profile in twenty find too many candidates to
    // read ("partner", "company"); they still count when candidates are scored.
    let all_terms: Vec<String> = weights.keys().cloned().collect();
    let frequencies = store::term_frequencies(db, &all_terms).await?;
    let common = (corpus.documents / 20).max(1000);
    weights.retain(|term, _| frequencies.get(term).copied().unwrap_or(0) <= common);
    let mut telling: Vec<(String, f64)> = weights.into_iter().collect();
    telling.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    telling.truncate(QUERY_TERMS);
    let query: Vec<String> = telling.iter().map(|(t, _)| t.clone()).collect();
    let worth: BTreeMap<&str, f64> = telling.iter().map(|(t, w)| (t.as_str(), *w)).collect();

    let mut rough: BTreeMap<i64, f64> = BTreeMap::new();
    for (id, term, weight) in store::postings_for(db, &query, &kinds, owner, today).await? {
        let value = worth.get(term.as_str()).copied().unwrap_or(0.0)
            * (1.0 + f64::from(weight)).ln().min(2.0);
        *rough.entry(id).or_default() += value;
    }
    let mut by_words: Vec<(i64, f64)> = rough.into_iter().collect();
    by_words.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    by_words.truncate(BY_WORDS);
    let mut ids: BTreeSet<i64> = by_words.into_iter().map(|(id, _)| id).collect();

    let divisions: Vec<String> = subjects
        .iter()
        .flat_map(|s| {
            s.sectors
                .iter()
                .filter_map(|c| c.get(..3).map(String::from))
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if !divisions.is_empty() {
        ids.extend(store::in_sectors(db, &divisions, &kinds, owner, today, BY_SECTOR).await?);
    }
    let ids: Vec<i64> = ids.into_iter().collect();
    let profiles = store::profiles(db, &ids).await?;
    let mut terms = store::terms_of(db, &ids).await?;
    let candidates: Vec<Candidate> = profiles
        .iter()
        .map(|p| candidate(p, terms.remove(&p.id).unwrap_or_default()))
        .collect();
    let mut idf = subject_idf;
    let missing: Vec<String> = candidates
        .iter()
        .flat_map(|c| c.terms.keys())
        .filter(|t| !idf.contains_key(*t))
        .cloned()
        .collect();
    idf.extend(idf_table(db, corpus, missing).await?);
    let lookup = |term: &str| idf.get(term).copied().unwrap_or(0.0);
    Ok(recommend::rank(subjects, &candidates, &lookup, limit))
}

async fn partners(
    db: &Db,
    ranked: Vec<Recommendation>,
    subject_is_profile: bool,
) -> Result<Vec<Partner>, AppError> {
    let ids: Vec<i64> = ranked.iter().map(|r| r.profile_id).collect();
    let mut profiles: BTreeMap<i64, Profile> = store::profiles(db, &ids)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(ranked
        .into_iter()
        .filter_map(|r| {
            profiles.remove(&r.profile_id).map(|profile| Partner {
                profile,
                score: r.score,
                reasons: r.reasons,
                for_profile: subject_is_profile.then_some(r.subject_id),
            })
        })
        .collect())
}

/// The best partners for one profile the actor may see.
pub async fn for_profile(
    db: &Db,
    actor: &Actor,
    id: i64,
    limit: usize,
) -> Result<Vec<Partner>, AppError> {
    let profile = visible(db, actor, id).await?;
    let terms = store::terms_of(db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let subject = candidate(&profile, terms);
    let ranked = recommend(db, profile.owner.party, &[subject], limit).await?;
    partners(db, ranked, true).await
}

/// The best partners for an SME the actor may see: against each of its
/// public profiles, or against its registry entry (its products, sectors and
/// target markets, as an offer) if it has none.
pub async fn for_sme(
    db: &Db,
    actor: &Actor,
    sme_id: i64,
    limit: usize,
) -> Result<Vec<Partner>, AppError> {
    let sme = registry::visible_sme(db, actor, sme_id).await?;
    let party = Party::Sme(sme_id);
    let today = Utc::now().date_naive();
    let profiles: Vec<Profile> = store::owned_by(db, party)
        .await?
        .into_iter()
        .filter(|p| p.visibility(today) == Visibility::Public)
        .collect();
    let ids: Vec<i64> = profiles.iter().map(|p| p.id).collect();
    let mut terms = store::terms_of(db, &ids).await?;
    let mut subjects: Vec<Candidate> = profiles
        .iter()
        .map(|p| candidate(p, terms.remove(&p.id).unwrap_or_default()))
        .collect();
    let from_profiles = !subjects.is_empty();
    if !from_profiles {
        subjects.push(Candidate {
            id: 0,
            owner: party,
            owner_country: sme.country.as_str().to_string(),
            kind: ProfileType::BusinessOffer,
            title: sme.products.clone(),
            keywords: Vec::new(),
            sectors: sme.sectors.iter().map(|c| c.as_str().to_string()).collect(),
            targets: sme
                .target_markets
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            terms: text::index(&sme.products, &[], "").terms,
        });
    }
    let ranked = recommend(db, party, &subjects, limit).await?;
    partners(db, ranked, from_profiles).await
}

/// Recommendations for a profile without the actor check: for the
/// evaluation command, which works on its own database.
pub async fn ids_for_profile(db: &Db, id: i64, limit: usize) -> Result<Vec<i64>, AppError> {
    let profile = store::profile(db, id).await?.ok_or(AppError::NotFound)?;
    let terms = store::terms_of(db, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let subject = candidate(&profile, terms);
    Ok(recommend(db, profile.owner.party, &[subject], limit)
        .await?
        .into_iter()
        .map(|r| r.profile_id)
        .collect())
}
