//! Reference lists the registry validates against: ISO 3166-1 alpha-2 country
//! codes and the NACE Rev. 2 classification (sections, divisions, groups and
//! classes). Both are compiled into the binary from `data/*.tsv`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

static COUNTRIES: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_tsv(include_str!("../../data/iso3166_alpha2.tsv")));

static NACE: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_tsv(include_str!("../../data/nace_rev2.tsv")));

fn parse_tsv(text: &'static str) -> BTreeMap<&'static str, &'static str> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (code, name) = line
                .split_once('\t')
                .expect("reference data lines are CODE<TAB>NAME");
            (code, name)
        })
        .collect()
}

/// The English short name of an ISO 3166-1 alpha-2 code.
pub fn country_name(code: &str) -> Option<&'static str> {
    COUNTRIES.get(code).copied()
}

/// Every country, sorted by code.
pub fn countries() -> impl Iterator<Item = (&'static str, &'static str)> {
    COUNTRIES.iter().map(|(code, name)| (*code, *name))
}

/// The title of a NACE Rev. 2 code written with its section letter (`C10.51`).
pub fn nace_title(code: &str) -> Option<&'static str> {
    NACE.get(code).copied()
}

/// The section letter that NACE Rev. 2 assigns to a two-digit division.
pub fn nace_section_of_division(division: u8) -> Option<char> {
    let section = match division {
        1..=3 => 'A',
        5..=9 => 'B',
        10..=33 => 'C',
        35 => 'D',
        36..=39 => 'E',
        41..=43 => 'F',
        45..=47 => 'G',
        49..=53 => 'H',
        55..=56 => 'I',
        58..=63 => 'J',
        64..=66 => 'K',
        68 => 'L',
        69..=75 => 'M',
        77..=82 => 'N',
        84 => 'O',
        85 => 'P',
        86..=88 => 'Q',
        90..=93 => 'R',
        94..=96 => 'S',
        97..=98 => 'T',
        99 => 'U',
        _ => return None,
    };
    Some(section)
}

/// The NACE sections (level 1), for filter menus.
pub fn nace_sections() -> impl Iterator<Item = (&'static str, &'static str)> {
    NACE.iter()
        .filter(|(code, _)| code.len() == 1)
        .map(|(code, title)| (*code, *title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_complete() {
        assert_eq!(COUNTRIES.len(), 249);
        let levels = |len: usize| NACE.keys().filter(|code| code.len() == len).count();
        assert_eq!(levels(1), 21, "sections");
        assert_eq!(levels(3), 88, "divisions");
        assert_eq!(levels(5), 272, "groups");
        assert_eq!(levels(6), 615, "classes");
    }

    #[test]
    fn every_code_sits_under_its_parent_and_section() {
        for code in NACE.keys().filter(|code| code.len() > 1) {
            let division: u8 = code[1..3].parse().unwrap();
            assert_eq!(
                nace_section_of_division(division),
                code.chars().next(),
                "{code}"
            );
            let parent = match code.len() {
                3 => &code[..1],
                5 => &code[..3],
                _ => &code[..5],
            };
            assert!(NACE.contains_key(parent), "{code} has no parent {parent}");
        }
    }

    #[test]
    fn names_are_looked_up() {
        assert_eq!(country_name("NO"), Some("Norway"));
        assert_eq!(country_name("XX"), None);
        assert_eq!(
            nace_title("C10.20"),
            Some("Processing and preserving of fish, crustaceans and molluscs")
        );
        assert_eq!(nace_sections().count(), 21);
    }
}
