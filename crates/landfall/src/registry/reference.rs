//! Reference lists the registry validates against: ISO 3166-1 alpha-2 country
//! codes and the NACE Rev. 2 classification (sections, divisions, groups and
//! classes). Both are compiled into the binary from `data/*.tsv`, the English
//! names in `<list>.tsv` and every other language of the UI in
//! `<list>.<lang>.tsv` with the same codes (see `data/README.md`).

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use crate::i18n::Locale;

static COUNTRIES: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_tsv(include_str!("../../data/iso3166_alpha2.tsv")));

static NACE: LazyLock<BTreeMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_tsv(include_str!("../../data/nace_rev2.tsv")));

/// The names of a list in the languages other than English.
type Translations = HashMap<Locale, BTreeMap<&'static str, &'static str>>;

/// Reads `data/<list>.<lang>.tsv` for every language of the UI but English.
macro_rules! translations {
    ($list:literal) => {
        LazyLock::new(|| {
            [
                (
                    Locale::Da,
                    include_str!(concat!("../../data/", $list, ".da.tsv")),
                ),
                (
                    Locale::Nb,
                    include_str!(concat!("../../data/", $list, ".nb.tsv")),
                ),
                (
                    Locale::Sv,
                    include_str!(concat!("../../data/", $list, ".sv.tsv")),
                ),
                (
                    Locale::De,
                    include_str!(concat!("../../data/", $list, ".de.tsv")),
                ),
                (
                    Locale::Nl,
                    include_str!(concat!("../../data/", $list, ".nl.tsv")),
                ),
            ]
            .into_iter()
            .map(|(locale, text)| (locale, parse_tsv(text)))
            .collect()
        })
    };
}

static COUNTRIES_IN: LazyLock<Translations> = translations!("iso3166_alpha2");

static NACE_IN: LazyLock<Translations> = translations!("nace_rev2");

/// A name in `locale`, English where the translation lacks it.
fn name_in(
    english: &BTreeMap<&'static str, &'static str>,
    translated: &Translations,
    locale: Locale,
    code: &str,
) -> Option<&'static str> {
    let name = english.get(code)?;
    Some(
        translated
            .get(&locale)
            .and_then(|names| names.get(code))
            .unwrap_or(name),
    )
}

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

/// The short name of a country code in `locale`.
pub fn country_name_in(locale: Locale, code: &str) -> Option<&'static str> {
    name_in(&COUNTRIES, &COUNTRIES_IN, locale, code)
}

/// Every country with its name in `locale`, sorted by that name.
pub fn countries_in(locale: Locale) -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<_> = COUNTRIES
        .keys()
        .filter_map(|code| Some((*code, country_name_in(locale, code)?)))
        .collect();
    all.sort_by(|(_, a), (_, b)| crate::i18n::collate(locale, a, b));
    all
}

/// A name as the words a search compares: folded (`Förenade kungariket` and
/// `forenade kungariket` meet) and split at anything but letters and digits.
pub fn name_words(name: &str) -> Vec<String> {
    super::model::fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(String::from)
        .collect()
}

/// Every country's name in every language of the UI, as its words joined by
/// one space, with the country's code.
static COUNTRIES_BY_NAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut by_name = HashMap::new();
    for locale in Locale::ALL {
        for (code, name) in countries_in(locale) {
            by_name.insert(name_words(name).join(" "), code);
        }
    }
    by_name
});

/// The most words a country's name has in any language.
static LONGEST_COUNTRY_NAME: LazyLock<usize> = LazyLock::new(|| {
    COUNTRIES_BY_NAME
        .keys()
        .map(|name| name.split(' ').count())
        .max()
        .unwrap_or(1)
});

/// The country a text names in any language of the UI (`Tyskland`,
/// `Duitsland`, `germany`, `Forenede Kongerige`), by its whole name.
pub fn country_named(text: &str) -> Option<&'static str> {
    COUNTRIES_BY_NAME.get(&name_words(text).join(" ")).copied()
}

/// How many words a country's name can have at most (for searching a query's
/// consecutive words for one).
pub fn longest_country_name() -> usize {
    *LONGEST_COUNTRY_NAME
}

/// A country's names in every language of the UI, each once.
pub fn country_names_everywhere(code: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for locale in Locale::ALL {
        if let Some(name) = country_name_in(locale, code)
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// The title of a NACE Rev. 2 code written with its section letter (`C10.51`).
pub fn nace_title(code: &str) -> Option<&'static str> {
    NACE.get(code).copied()
}

/// The title of a NACE Rev. 2 code in `locale`.
pub fn nace_title_in(locale: Locale, code: &str) -> Option<&'static str> {
    name_in(&NACE, &NACE_IN, locale, code)
}

/// A NACE section with its title in `locale`, as breakdowns name their
/// groups: "C Manufacturing".
pub fn nace_section_label_in(locale: Locale, section: &str) -> Option<String> {
    nace_title_in(locale, section).map(|title| format!("{section} {title}"))
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
        assert_eq!(country_name_in(Locale::Sv, "DE"), Some("Tyskland"));
        assert_eq!(country_name_in(Locale::En, "DE"), Some("Germany"));
        assert_eq!(country_name_in(Locale::De, "XX"), None);
        assert_eq!(nace_title_in(Locale::En, "C10.20"), nace_title("C10.20"));
    }

    #[test]
    fn a_country_is_found_by_its_name_in_every_language() {
        for (text, code) in [
            ("Germany", "DE"),
            ("Tyskland", "DE"),
            ("tyskland", "DE"),
            ("Deutschland", "DE"),
            ("Duitsland", "DE"),
            ("Norway", "NO"),
            ("Norge", "NO"),
            ("Norwegen", "NO"),
            ("Noorwegen", "NO"),
            ("Sverige", "SE"),
            ("Schweden", "SE"),
            ("Zweden", "SE"),
            ("Danmark", "DK"),
            ("Dänemark", "DK"),
            ("Denemarken", "DK"),
            ("Nederländerna", "NL"),
            ("nederlanderna", "NL"),
            ("Niederlande", "NL"),
            ("Förenade kungariket", "GB"),
            ("Verenigd  Koninkrijk", "GB"),
            ("Korea, Republic of", "KR"),
        ] {
            assert_eq!(country_named(text), Some(code), "{text}");
        }
        for text in ["", "DE", "Tysk", "Germany fish", "Bergen"] {
            assert_eq!(country_named(text), None, "{text}");
        }
        // Every name in every language leads back to its country.
        for locale in Locale::ALL {
            for (code, name) in countries_in(locale) {
                assert_eq!(country_named(name), Some(code), "{locale:?} {name}");
                assert!(name_words(name).len() <= longest_country_name());
            }
        }
        let names = country_names_everywhere("DE");
        for name in ["Germany", "Tyskland", "Deutschland", "Duitsland"] {
            assert!(names.contains(&name), "{names:?}");
        }
        assert_eq!(names.len(), 4, "Tyskland once: {names:?}");
    }

    /// Every translated list names exactly the codes of the English one, in
    /// the same order, each with a name of its own.
    #[test]
    fn every_language_names_every_code() {
        for (list, english, translated) in [
            ("countries", &*COUNTRIES, &*COUNTRIES_IN),
            ("NACE", &*NACE, &*NACE_IN),
        ] {
            for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
                let names = &translated[&locale];
                let codes: Vec<_> = names.keys().collect();
                assert_eq!(
                    codes,
                    english.keys().collect::<Vec<_>>(),
                    "{list} in {locale:?}"
                );
                for (code, name) in names {
                    assert!(
                        !name.trim().is_empty() && name.trim() == *name,
                        "{list} in {locale:?}: {code} has the name {name:?}"
                    );
                }
                let untranslated = names.iter().filter(|(code, name)| english[*code] == **name);
                // Many country names are the same in every language (Chile,
                // Mali), but not three in four of them.
                assert!(
                    untranslated.count() * 4 < names.len() * 3,
                    "{list} in {locale:?} is mostly English"
                );
            }
        }
    }

    #[test]
    fn countries_are_listed_by_their_name_in_the_language() {
        let names: Vec<_> = countries_in(Locale::De)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names.len(), 249);
        let position = |name| names.iter().position(|n| *n == name).unwrap();
        assert!(position("Dänemark") < position("Deutschland"));
        assert!(position("Deutschland") < position("Norwegen"));
        assert!(position("Österreich") < position("Polen"));
        let danish: Vec<_> = countries_in(Locale::Da)
            .into_iter()
            .map(|(c, _)| c)
            .collect();
        assert_eq!(danish.last(), Some(&"AX"), "Å is the last letter in Danish");
    }
}
