//! The marketplace's search parameters: what a user or client sends, and
//! the validated filter the store runs.

use serde::Deserialize;

use super::profiles::ProfileType;
use super::text::{query_terms, stems as stems_of};
use crate::registry::model::{CountryCode, NaceCode, OrganisationKind, search_terms};
use crate::registry::reference;
use crate::validation::{self, FieldErrors, Window};

/// Whose profiles a filter on the owner's kind keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerKind {
    Sme,
    Organisation,
    OrganisationOf(OrganisationKind),
}

impl OwnerKind {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "sme" => Ok(Self::Sme),
            "organisation" => Ok(Self::Organisation),
            other => OrganisationKind::parse(other)
                .map(Self::OrganisationOf)
                .map_err(|_| {
                    format!(
                        "`{other}` is not an owner kind (sme, organisation or an organisation kind)"
                    )
                }),
        }
    }
}

/// A country a query names in any language of the UI (`Tyskland`,
/// `Duitsland`): a profile matches it when its owner is there, when it
/// targets the country, or when its text names the country in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedCountry {
    pub code: CountryCode,
    /// The stems of the country's one-word names in every language.
    pub stems: Vec<String>,
}

impl NamedCountry {
    pub fn new(code: CountryCode) -> Self {
        let mut stems: Vec<String> = Vec::new();
        for name in reference::country_names_everywhere(code.as_str()) {
            if let [stem] = stems_of(name).as_slice()
                && !stems.contains(stem)
            {
                stems.push(stem.clone());
            }
        }
        Self { code, stems }
    }
}

/// The marketplace's filters, already validated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchFilter {
    /// Stemmed query terms; every one must match.
    pub terms: Vec<String>,
    /// Countries the query names; every one must match.
    pub countries: Vec<NamedCountry>,
    pub kind: Option<ProfileType>,
    pub sector: Option<NaceCode>,
    /// The owner's country.
    pub country: Option<CountryCode>,
    /// A country the profile targets.
    pub target: Option<CountryCode>,
    pub owner_kind: Option<OwnerKind>,
}

/// Query parameters of the marketplace, as received.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to search for (English stemming; every word must match; results
    /// ranked by relevance).
    pub q: Option<String>,
    /// Profile type, e.g. `technology_offer`.
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub kind: Option<String>,
    /// NACE Rev. 2 code at any level; broader codes include narrower ones.
    pub sector: Option<String>,
    /// The owner's country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// A country the profile targets.
    pub target: Option<String>,
    /// `sme`, `organisation` or an organisation kind (`cluster`, …).
    pub owner_kind: Option<String>,
    /// Page size for the API (1-200, default 50).
    pub limit: Option<String>,
    /// Items to skip for the API (default 0).
    pub offset: Option<String>,
    /// Page number for web pages (from 1).
    #[param(ignore)]
    pub page: Option<String>,
}

pub const PAGE_SIZE: u64 = 20;
const MAX_SEARCH_TERMS: usize = 8;

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl SearchParams {
    /// The valid filters, and messages for those left out as invalid.
    pub fn lenient_filter(&self) -> (SearchFilter, FieldErrors) {
        let mut errors = FieldErrors::new();
        let mut countries: Vec<NamedCountry> = Vec::new();
        let mut words = Vec::new();
        for term in present(&self.q).map(search_terms).unwrap_or_default() {
            match term.country {
                Some(code) if !countries.iter().any(|c| c.code == code) => {
                    countries.push(NamedCountry::new(code));
                }
                Some(_) => {}
                None => words.push(term.text),
            }
        }
        let mut terms = query_terms(&words.join(" "));
        terms.truncate(MAX_SEARCH_TERMS);
        countries.truncate(MAX_SEARCH_TERMS);
        let filter = SearchFilter {
            terms,
            countries,
            kind: present(&self.kind).and_then(|v| errors.check("type", ProfileType::parse(v))),
            sector: present(&self.sector).and_then(|v| errors.check("sector", NaceCode::parse(v))),
            country: present(&self.country)
                .and_then(|v| errors.check("country", CountryCode::parse(v))),
            target: present(&self.target)
                .and_then(|v| errors.check("target", CountryCode::parse(v))),
            owner_kind: present(&self.owner_kind)
                .and_then(|v| errors.check("owner_kind", OwnerKind::parse(v))),
        };
        (filter, errors)
    }

    /// Filters and window for the API, every bad parameter reported.
    pub fn api_query(&self) -> Result<(SearchFilter, Window), FieldErrors> {
        let (filter, mut errors) = self.lenient_filter();
        let window = validation::api_window(self.limit.as_deref(), self.offset.as_deref());
        match window {
            Ok(window) if errors.is_empty() => Ok((filter, window)),
            Ok(_) => Err(errors),
            Err(more) => {
                errors.merge(more);
                Err(errors)
            }
        }
    }

    pub fn page_number(&self) -> u64 {
        validation::page_number(self.page.as_deref())
    }

    pub fn page_window(&self) -> Window {
        validation::page_window(self.page_number(), PAGE_SIZE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_named_in_any_language_becomes_a_country_of_the_query() {
        for (query, code) in [
            ("salmon Germany", "DE"),
            ("salmon Tyskland", "DE"),
            ("salmon Deutschland", "DE"),
            ("salmon Duitsland", "DE"),
            ("salmon Norge", "NO"),
            ("salmon Zweden", "SE"),
        ] {
            let params = SearchParams {
                q: Some(query.into()),
                ..Default::default()
            };
            let (filter, _) = params.lenient_filter();
            assert_eq!(filter.terms, vec!["salmon"], "{query}");
            assert_eq!(filter.countries.len(), 1, "{query}");
            assert_eq!(filter.countries[0].code.as_str(), code, "{query}");
        }
        let germany = NamedCountry::new(CountryCode::parse("DE").unwrap());
        for stem in ["germani", "tyskland", "deutschland", "duitsland"] {
            assert!(
                germany.stems.contains(&stem.to_string()),
                "{:?}",
                germany.stems
            );
        }
        // Named twice, counted once; a country alone is a whole query.
        let params = SearchParams {
            q: Some("Tyskland Germany".into()),
            ..Default::default()
        };
        let (filter, _) = params.lenient_filter();
        assert!(filter.terms.is_empty());
        assert_eq!(filter.countries, vec![germany]);
    }

    #[test]
    fn parameters_become_a_filter() {
        let params = SearchParams {
            q: Some("Smoked salmons for distributors".into()),
            kind: Some("business_offer".into()),
            sector: Some("10.20".into()),
            owner_kind: Some("cluster".into()),
            ..Default::default()
        };
        let (filter, errors) = params.lenient_filter();
        assert!(errors.is_empty());
        assert_eq!(filter.terms, vec!["smoke", "salmon", "distributor"]);
        assert!(filter.countries.is_empty());
        assert_eq!(filter.sector.unwrap().as_str(), "C10.20");
        assert_eq!(
            filter.owner_kind,
            Some(OwnerKind::OrganisationOf(OrganisationKind::Cluster))
        );
        let bad = SearchParams {
            kind: Some("offer".into()),
            country: Some("XX".into()),
            owner_kind: Some("person".into()),
            limit: Some("0".into()),
            ..Default::default()
        };
        let errors = bad.api_query().unwrap_err();
        for field in ["type", "country", "owner_kind", "limit"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
    }
}

/// Property tests: the marketplace search takes any query string.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::matchmaking::model::profiles::{Party, Transition};

    fn typed() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9 _.:-]{0,24}",
            Just("technology_offer".to_string()),
            Just("C10".to_string()),
            Just("cluster".to_string()),
        ])
    }

    proptest! {
        #[test]
        fn search_parameters_never_panic(
            q in proptest::option::of(any::<String>()),
            kind in typed(),
            sector in typed(),
            country in typed(),
            target in typed(),
            owner_kind in typed(),
            limit in typed(),
            offset in typed(),
            page in typed(),
        ) {
            let params = SearchParams { q, kind, sector, country, target, owner_kind, limit, offset, page };
            let (filter, _) = params.lenient_filter();
            prop_assert!(filter.terms.len() <= MAX_SEARCH_TERMS);
            let mut distinct = filter.terms.clone();
            distinct.sort_unstable();
            distinct.dedup();
            prop_assert_eq!(distinct.len(), filter.terms.len());
            prop_assert!(filter.terms.iter().all(|t| t.chars().all(char::is_alphanumeric)));
            if let Ok((_, window)) = params.api_query() {
                prop_assert!((1..=200).contains(&window.limit));
                prop_assert!(i64::try_from(window.offset).is_ok());
            }
            prop_assert!(i64::try_from(params.page_window().offset).is_ok());
        }

        #[test]
        fn vocabulary_never_panics_and_reads_back(value in any::<String>()) {
            if let Ok(kind) = OwnerKind::parse(&value) {
                prop_assert_eq!(OwnerKind::parse(value.trim()), Ok(kind));
            }
            if let Ok(kind) = ProfileType::parse(&value) {
                prop_assert_eq!(ProfileType::parse(kind.as_str()), Ok(kind));
            }
            if let Ok(party) = Party::parse_key(&value) {
                prop_assert_eq!(Party::parse_key(&party.key()), Ok(party));
            }
            let _ = Transition::parse(&value);
        }

        #[test]
        fn party_keys_read_back(id in any::<i64>(), sme in any::<bool>()) {
            let party = if sme { Party::Sme(id) } else { Party::Organisation(id) };
            prop_assert_eq!(Party::parse_key(&party.key()), Ok(party));
        }
    }
}
