//! Workshop 1: the barriers-and-potentials assessment an SME fills in with its
//! manager, and the readiness score computed from it.

use serde::{Deserialize, Serialize};

use crate::registry::model::CountryCode;
use crate::validation::{FieldErrors, text};

/// What may hold an SME back abroad, rated from 1 (no barrier) to 5 (blocking).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Barrier {
    Language,
    Culture,
    Regulation,
    Funding,
    Contacts,
    Capacity,
}

impl Barrier {
    pub const ALL: [Barrier; 6] = [
        Barrier::Language,
        Barrier::Culture,
        Barrier::Regulation,
        Barrier::Funding,
        Barrier::Contacts,
        Barrier::Capacity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Barrier::Language => "language",
            Barrier::Culture => "culture",
            Barrier::Regulation => "regulation",
            Barrier::Funding => "funding",
            Barrier::Contacts => "contacts",
            Barrier::Capacity => "capacity",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Barrier::Language => "Language",
            Barrier::Culture => "Business culture",
            Barrier::Regulation => "Regulation, certification and law",
            Barrier::Funding => "Funding for going abroad",
            Barrier::Contacts => "Lack of contacts and partners",
            Barrier::Capacity => "Time and staff to do it",
        }
    }
}

/// What speaks for success abroad, rated from 1 (weak) to 5 (strong).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Potential {
    MarketDemand,
    ProductFit,
    CompetitiveAdvantage,
    ExistingNetwork,
    ManagementCommitment,
}

impl Potential {
    pub const ALL: [Potential; 5] = [
        Potential::MarketDemand,
        Potential::ProductFit,
        Potential::CompetitiveAdvantage,
        Potential::ExistingNetwork,
        Potential::ManagementCommitment,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Potential::MarketDemand => "market_demand",
            Potential::ProductFit => "product_fit",
            Potential::CompetitiveAdvantage => "competitive_advantage",
            Potential::ExistingNetwork => "existing_network",
            Potential::ManagementCommitment => "management_commitment",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Potential::MarketDemand => "Demand in the target market",
            Potential::ProductFit => "Product fits the market as it is",
            Potential::CompetitiveAdvantage => "Clear advantage over local competitors",
            Potential::ExistingNetwork => "Contacts already there",
            Potential::ManagementCommitment => "Management commitment",
        }
    }
}

pub const RATING_MIN: i64 = 1;
pub const RATING_MAX: i64 = 5;

/// An assessment as typed: ratings by their word (`language`, `market_demand`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssessmentInput {
    pub markets_considered: Vec<String>,
    pub barriers: Vec<(String, Option<i64>)>,
    pub potentials: Vec<(String, Option<i64>)>,
    pub barrier_notes: String,
    pub potential_notes: String,
}

/// A complete, valid assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub markets_considered: Vec<CountryCode>,
    /// In the order of [`Barrier::ALL`].
    pub barriers: [u8; 6],
    /// In the order of [`Potential::ALL`].
    pub potentials: [u8; 5],
    pub barrier_notes: String,
    pub potential_notes: String,
}

fn rating(field: String, value: Option<i64>, errors: &mut FieldErrors) -> Option<u8> {
    match value {
        Some(v) if (RATING_MIN..=RATING_MAX).contains(&v) => u8::try_from(v).ok(),
        Some(_) => {
            errors.add(
                field,
                crate::t2("sl-err-rate", "min", RATING_MIN, "max", RATING_MAX),
            );
            None
        }
        None => {
            errors.add(field, crate::t("val-required"));
            None
        }
    }
}

impl AssessmentInput {
    pub fn validate(&self) -> Result<Assessment, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut markets = Vec::new();
        for value in &self.markets_considered {
            match CountryCode::parse(value) {
                Ok(code) if !markets.contains(&code) => markets.push(code),
                Ok(_) => {}
                Err(message) => errors.add("markets_considered", message),
            }
        }
        if markets.is_empty() && !errors.contains("markets_considered") {
            errors.add("markets_considered", crate::t("sl-err-one-market"));
        }
        let given = |list: &[(String, Option<i64>)], key: &str| {
            list.iter().find(|(k, _)| k == key).and_then(|(_, v)| *v)
        };
        for (key, _) in &self.barriers {
            if !Barrier::ALL.iter().any(|b| b.as_str() == key) {
                errors.add(
                    format!("barriers.{key}"),
                    crate::t("sl-err-unknown-barrier"),
                );
            }
        }
        for (key, _) in &self.potentials {
            if !Potential::ALL.iter().any(|p| p.as_str() == key) {
                errors.add(
                    format!("potentials.{key}"),
                    crate::t("sl-err-unknown-potential"),
                );
            }
        }
        let mut barriers = [0u8; 6];
        for (slot, barrier) in barriers.iter_mut().zip(Barrier::ALL) {
            let field = format!("barriers.{}", barrier.as_str());
            *slot =
                rating(field, given(&self.barriers, barrier.as_str()), &mut errors).unwrap_or(0);
        }
        let mut potentials = [0u8; 5];
        for (slot, potential) in potentials.iter_mut().zip(Potential::ALL) {
            let field = format!("potentials.{}", potential.as_str());
            *slot = rating(
                field,
                given(&self.potentials, potential.as_str()),
                &mut errors,
            )
            .unwrap_or(0);
        }
        let barrier_notes = errors.check("barrier_notes", text(&self.barrier_notes, false, 5000));
        let potential_notes =
            errors.check("potential_notes", text(&self.potential_notes, false, 5000));
        match (barrier_notes, potential_notes) {
            (Some(barrier_notes), Some(potential_notes)) if errors.is_empty() => Ok(Assessment {
                markets_considered: markets,
                barriers,
                potentials,
                barrier_notes,
                potential_notes,
            }),
            _ => Err(errors),
        }
    }
}

impl Assessment {
    /// Readiness for going abroad, 0 to 100: half from the potentials (strong is
    /// good), half from the barriers (low is good).
    pub fn readiness(&self) -> u8 {
        let average = |ratings: &[u8]| {
            f64::from(ratings.iter().map(|r| u32::from(*r)).sum::<u32>()) / ratings.len() as f64
        };
        let span = (RATING_MAX - RATING_MIN) as f64;
        let potential = (average(&self.potentials) - RATING_MIN as f64) / span;
        let barrier = (RATING_MAX as f64 - average(&self.barriers)) / span;
        (100.0 * (potential + barrier) / 2.0)
            .round()
            .clamp(0.0, 100.0) as u8
    }

    /// A word for the score, for people rather than spreadsheets.
    pub fn readiness_label(&self) -> &'static str {
        match self.readiness() {
            0..40 => "not ready yet",
            40..60 => "getting ready",
            60..80 => "ready",
            _ => "well prepared",
        }
    }

    pub fn barrier(&self, barrier: Barrier) -> u8 {
        self.barriers[Barrier::ALL.iter().position(|b| *b == barrier).unwrap_or(0)]
    }

    pub fn potential(&self, potential: Potential) -> u8 {
        self.potentials[Potential::ALL
            .iter()
            .position(|p| *p == potential)
            .unwrap_or(0)]
    }

    /// The barriers rated 4 or 5, the strongest first.
    pub fn main_barriers(&self) -> Vec<Barrier> {
        let mut strong: Vec<(Barrier, u8)> = Barrier::ALL
            .into_iter()
            .map(|b| (b, self.barrier(b)))
            .filter(|(_, r)| *r >= 4)
            .collect();
        strong.sort_by_key(|(_, rating)| std::cmp::Reverse(*rating));
        strong.into_iter().map(|(b, _)| b).collect()
    }
}

impl Barrier {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Barrier::Language => "sl-barrier-language",
            Barrier::Culture => "sl-barrier-culture",
            Barrier::Regulation => "sl-barrier-regulation",
            Barrier::Funding => "sl-barrier-funding",
            Barrier::Contacts => "sl-barrier-contacts",
            Barrier::Capacity => "sl-barrier-capacity",
        })
    }
}

impl Potential {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Potential::MarketDemand => "sl-potential-market-demand",
            Potential::ProductFit => "sl-potential-product-fit",
            Potential::CompetitiveAdvantage => "sl-potential-competitive-advantage",
            Potential::ExistingNetwork => "sl-potential-existing-network",
            Potential::ManagementCommitment => "sl-potential-management-commitment",
        })
    }
}

impl Assessment {
    /// [`Assessment::readiness_label`] in the language of the request, for pages.
    pub fn readiness_label_t(&self) -> String {
        crate::t(match self.readiness() {
            0..40 => "sl-readiness-not-ready",
            40..60 => "sl-readiness-getting-ready",
            60..80 => "sl-readiness-ready",
            _ => "sl-readiness-well-prepared",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(barrier: i64, potential: i64) -> AssessmentInput {
        AssessmentInput {
            markets_considered: vec!["de".into(), "NL".into(), "DE".into()],
            barriers: Barrier::ALL
                .iter()
                .map(|b| (b.as_str().into(), Some(barrier)))
                .collect(),
            potentials: Potential::ALL
                .iter()
                .map(|p| (p.as_str().into(), Some(potential)))
                .collect(),
            barrier_notes: "German certification is slow.".into(),
            potential_notes: String::new(),
        }
    }

    #[test]
    fn readiness_runs_from_0_to_100() {
        assert_eq!(input(5, 1).validate().unwrap().readiness(), 0);
        assert_eq!(input(1, 5).validate().unwrap().readiness(), 100);
        assert_eq!(input(3, 3).validate().unwrap().readiness(), 50);
        let mut mixed = input(2, 4);
        mixed.barriers[2].1 = Some(5);
        let assessment = mixed.validate().unwrap();
        assert_eq!(assessment.readiness(), 69);
        assert_eq!(assessment.readiness_label(), "ready");
        assert_eq!(assessment.main_barriers(), [Barrier::Regulation]);
        assert_eq!(assessment.markets_considered.len(), 2, "duplicates dropped");
    }

    #[test]
    fn every_rating_is_required_and_bounded() {
        let mut bad = input(3, 3);
        bad.barriers[0].1 = Some(6);
        bad.potentials.pop();
        bad.barriers.push(("weather".into(), Some(2)));
        bad.markets_considered = vec!["XX".into()];
        let errors = bad.validate().unwrap_err();
        assert_eq!(errors.get("barriers.language"), Some("rate from 1 to 5"));
        assert_eq!(
            errors.get("potentials.management_commitment"),
            Some("is required")
        );
        assert_eq!(errors.get("barriers.weather"), Some("unknown barrier"));
        assert!(errors.contains("markets_considered"));
    }
}
