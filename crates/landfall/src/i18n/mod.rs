//! Languages: the UI's messages in Fluent files (`locales/<lang>/*.ftl`), the
//! language of the request in a task-local, and dates, numbers and money
//! written the way each language writes them.
//!
//! The language of a request is, in order: the signed-in person's saved
//! choice, the `landfall_lang` cookie (set by the language switcher), the
//! browser's `Accept-Language`, English.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

pub mod pages;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent's bidi isolation marks would show up in attributes and e-mails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The cookie that remembers a visitor's choice of language.
pub const COOKIE: &str = "landfall_lang";

/// A language of the UI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Da,
    Nb,
    Sv,
    De,
    Nl,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Da,
        Locale::Nb,
        Locale::Sv,
        Locale::De,
        Locale::Nl,
    ];

    /// The BCP 47 tag (also the folder under `locales/`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Da => "da",
            Locale::Nb => "nb",
            Locale::Sv => "sv",
            Locale::De => "de",
            Locale::Nl => "nl",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Da => "Dansk",
            Locale::Nb => "Norsk bokmål",
            Locale::Sv => "Svenska",
            Locale::De => "Deutsch",
            Locale::Nl => "Nederlands",
        }
    }

    /// Reads a tag such as `da`, `nb-NO`, `no`, `en-GB` (case-insensitive).
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "da" => Some(Locale::Da),
            // Norwegian without a written standard, and nynorsk readers, get bokmål.
            "nb" | "no" | "nn" => Some(Locale::Nb),
            "sv" => Some(Locale::Sv),
            "de" => Some(Locale::De),
            "nl" => Some(Locale::Nl),
            _ => None,
        }
    }

    /// The best supported language of an `Accept-Language` header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut offers: Vec<(f32, usize, Locale)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.split(';');
                let locale = Locale::parse(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (quality > 0.0 && quality <= 1.0).then_some((quality, position, locale))
            })
            .collect();
        offers.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        offers.first().map(|(_, _, locale)| *locale)
    }

    fn identifier(self) -> LanguageIdentifier {
        self.code().parse().expect("the language tags are valid")
    }

    /// How this language groups thousands and marks decimals.
    fn separators(self) -> (&'static str, char) {
        match self {
            Locale::En => (",", '.'),
            // Norwegian and Swedish group with a (no-break) space.
            Locale::Nb | Locale::Sv => ("\u{a0}", ','),
            Locale::Da | Locale::De | Locale::Nl => (".", ','),
        }
    }
}

tokio::task_local! {
    static CURRENT: Locale;
}

/// The language of the request being handled (English outside requests).
pub fn current() -> Locale {
    CURRENT.try_with(|locale| *locale).unwrap_or_default()
}

/// Runs `future` with `locale` as the current language.
pub async fn scope<F: std::future::Future>(locale: Locale, future: F) -> F::Output {
    CURRENT.scope(locale, future).await
}

/// The message `key` in the current language.
pub fn t(key: &str) -> String {
    translate(current(), key, &[])
}

/// The message `key` in the current language, with its variables.
pub fn ta(key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    translate(current(), key, args)
}

/// The message `key` with one variable (the common case in templates).
pub fn t1(key: &str, name: &'static str, value: impl std::fmt::Display) -> String {
    translate(
        current(),
        key,
        &[(name, FluentValue::from(value.to_string()))],
    )
}

/// The message `key` with two variables (templates).
pub fn t2(
    key: &str,
    a: &'static str,
    a_value: impl std::fmt::Display,
    b: &'static str,
    b_value: impl std::fmt::Display,
) -> String {
    ta(
        key,
        &[
            (a, FluentValue::from(a_value.to_string())),
            (b, FluentValue::from(b_value.to_string())),
        ],
    )
}

/// The message `key` with three variables (templates).
pub fn t3(
    key: &str,
    a: &'static str,
    a_value: impl std::fmt::Display,
    b: &'static str,
    b_value: impl std::fmt::Display,
    c: &'static str,
    c_value: impl std::fmt::Display,
) -> String {
    ta(
        key,
        &[
            (a, FluentValue::from(a_value.to_string())),
            (b, FluentValue::from(b_value.to_string())),
            (c, FluentValue::from(c_value.to_string())),
        ],
    )
}

/// A whole number a template or page hands over, owned or borrowed, of any
/// integer type.
pub trait Count {
    fn count(&self) -> i64;
}

macro_rules! count_integers {
    ($($int:ty),+) => {$(
        impl Count for $int {
            fn count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )+};
}

count_integers!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

/// The message `key` with a count, for plural forms (`{ $count -> [one] … *[other] … }`).
pub fn tn(key: &str, count: impl Count) -> String {
    translate(
        current(),
        key,
        &[("count", FluentValue::from(count.count()))],
    )
}

/// The message `key` in `locale`; falls back to English, then to the key itself.
pub fn translate(locale: Locale, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: Option<HashMap<Cow<'static, str>, FluentValue<'_>>> = (!args.is_empty()).then(|| {
        args.iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect()
    });
    LOCALES
        .try_lookup_complete(&locale.identifier(), key, args.as_ref())
        .unwrap_or_else(|| {
            tracing::warn!(key, "missing message");
            key.to_string()
        })
}

/// A message of the catalogue with its variables, written out later in a
/// language not known when it is made: a notification is made once and
/// written in the language of each of its recipients.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Arg {
    Plain(String),
    Date(NaiveDate),
    DateTime(chrono::NaiveDateTime),
    Money(i64),
    Text(Text),
    List(Vec<Text>),
}

impl Text {
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// A variable written as it is: a name, a title, or a word that a
    /// selector of the message picks on (`{ $status -> [accepted] … }`).
    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Self {
        self.args.push((name, Arg::Plain(value.to_string())));
        self
    }

    /// A day, written the way the language writes days.
    pub fn date(mut self, name: &'static str, day: NaiveDate) -> Self {
        self.args.push((name, Arg::Date(day)));
        self
    }

    /// A day and time of day (the time zone, if any, is the caller's to name).
    pub fn date_time(mut self, name: &'static str, at: chrono::NaiveDateTime) -> Self {
        self.args.push((name, Arg::DateTime(at)));
        self
    }

    /// An amount in euro cents.
    pub fn money(mut self, name: &'static str, cents: i64) -> Self {
        self.args.push((name, Arg::Money(cents)));
        self
    }

    /// Another message, written in the same language.
    pub fn text(mut self, name: &'static str, text: Text) -> Self {
        self.args.push((name, Arg::Text(text)));
        self
    }

    /// Messages written one after another, separated by semicolons.
    pub fn list(mut self, name: &'static str, items: Vec<Text>) -> Self {
        self.args.push((name, Arg::List(items)));
        self
    }

    /// The message in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let values: Vec<(&'static str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Plain(text) => text.clone(),
                    Arg::Date(day) => date_in(locale, *day),
                    Arg::DateTime(at) => date_time_in(locale, *at),
                    Arg::Money(cents) => money_in(locale, *cents),
                    Arg::Text(text) => text.render(locale),
                    Arg::List(items) => items
                        .iter()
                        .map(|item| item.render(locale))
                        .collect::<Vec<_>>()
                        .join("; "),
                };
                (*name, FluentValue::from(value))
            })
            .collect();
        translate(locale, self.key, &values)
    }
}

/// Whether `locale` has its own text for `key` (no fallback).
pub fn has_message(locale: Locale, key: &str) -> bool {
    // A message that needs variables fails to format without them, but exists
    // (the crate does not export its error type, so its name is compared).
    match LOCALES.lookup_single_language::<&str>(&locale.identifier(), key, None) {
        Ok(_) => true,
        Err(error) => format!("{error:?}").starts_with("FluentError"),
    }
}

/// A whole number with the current language's thousands separator.
pub fn number(value: impl Count) -> String {
    number_in(current(), value.count())
}

pub fn number_in(locale: Locale, value: i64) -> String {
    let (group, _) = locale.separators();
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() * 2);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    out
}

/// A decimal number with `decimals` places, written the current language's way.
pub fn decimal(value: f64, decimals: usize) -> String {
    decimal_in(current(), value, decimals)
}

pub fn decimal_in(locale: Locale, value: f64, decimals: usize) -> String {
    let (_, point) = locale.separators();
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    let whole = number_in(locale, whole);
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{point}{fraction}")
    }
}

/// An amount in euro cents: `EUR 1,850,000` in English, `1.850.000 €` in
/// German or Danish, `€ 1.850.000` in Dutch; cents only when there are any.
pub fn money(cents: impl Count) -> String {
    money_in(current(), cents.count())
}

pub fn money_in(locale: Locale, cents: i64) -> String {
    let (_, point) = locale.separators();
    let sign = if cents < 0 { "-" } else { "" };
    let euros = number_in(locale, (cents.unsigned_abs() / 100) as i64);
    let amount = match cents.unsigned_abs() % 100 {
        0 => euros,
        rest => format!("{euros}{point}{rest:02}"),
    };
    match locale {
        Locale::En => format!("EUR {sign}{amount}"),
        Locale::Nl => format!("€ {sign}{amount}"),
        _ => format!("{sign}{amount}\u{a0}€"),
    }
}

/// A day as people of the current language write it (`4 Dec 2026`, `4. Dez. 2026`).
pub fn date(day: impl std::borrow::Borrow<NaiveDate>) -> String {
    date_in(current(), *day.borrow())
}

pub fn date_in(locale: Locale, day: NaiveDate) -> String {
    let month = month_abbreviation(locale, day.month0() as usize);
    match locale {
        Locale::En | Locale::Nl | Locale::Sv => format!("{} {month} {}", day.day(), day.year()),
        Locale::Da | Locale::Nb | Locale::De => format!("{}. {month} {}", day.day(), day.year()),
    }
}

/// "4 Dec 2026 to 31 Jan 2027": a span of days, first and last.
pub fn date_range(
    from: impl std::borrow::Borrow<NaiveDate>,
    to: impl std::borrow::Borrow<NaiveDate>,
) -> String {
    t2("date-range", "from", date(from), "to", date(to))
}

/// A day and a time of day (24-hour clock).
pub fn date_time(at: impl std::borrow::Borrow<chrono::NaiveDateTime>) -> String {
    date_time_in(current(), *at.borrow())
}

pub fn date_time_in(locale: Locale, at: chrono::NaiveDateTime) -> String {
    format!("{} {}", date_in(locale, at.date()), at.format("%H:%M"))
}

/// A weekday's short name in the current language ("Wed", "ons.", "Mi.").
pub fn weekday(day: impl std::borrow::Borrow<NaiveDate>) -> String {
    t(match day.borrow().weekday() {
        chrono::Weekday::Mon => "day-mon",
        chrono::Weekday::Tue => "day-tue",
        chrono::Weekday::Wed => "day-wed",
        chrono::Weekday::Thu => "day-thu",
        chrono::Weekday::Fri => "day-fri",
        chrono::Weekday::Sat => "day-sat",
        chrono::Weekday::Sun => "day-sun",
    })
}

/// "Wed 10 Mar 2027": a day with its weekday.
pub fn day_with_weekday(day: impl std::borrow::Borrow<NaiveDate>) -> String {
    format!("{} {}", weekday(day.borrow()), date(day.borrow()))
}

/// "Wed 10 Mar 2027 09:00 – 16:00 (Europe/Oslo)", or two dates for longer
/// spans: when an event or session takes place, in its own time zone, as the
/// current language writes it (in English, as calendars' descriptions do).
pub fn local_span(
    starts_at: chrono::DateTime<chrono::Utc>,
    ends_at: chrono::DateTime<chrono::Utc>,
    zone: chrono_tz::Tz,
) -> String {
    let start = starts_at.with_timezone(&zone);
    let end = ends_at.with_timezone(&zone);
    let end_text = if start.date_naive() == end.date_naive() {
        end.format("%H:%M").to_string()
    } else {
        format!(
            "{} {}",
            day_with_weekday(end.date_naive()),
            end.format("%H:%M")
        )
    };
    format!(
        "{} {} – {end_text} ({zone})",
        day_with_weekday(start.date_naive()),
        start.format("%H:%M")
    )
}

/// A title or label as it reads inside a sentence of the current language:
/// its first letter in lower case ("C10 (manufacture of food products)"),
/// except in German, whose nouns keep their capital.
pub fn in_sentence(text: &str) -> String {
    if current() == Locale::De {
        return text.to_string();
    }
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_lowercase().to_string());
    format!("{}{}", first.unwrap_or_default(), chars.as_str())
}

/// Compares two names the way the language's dictionaries order them (CLDR
/// collation): "Österreich" with the O's in German, "Østrig" after "Zambia"
/// in Danish.
pub fn collate(locale: Locale, a: &str, b: &str) -> std::cmp::Ordering {
    COLLATORS[&locale].compare(a, b)
}

static COLLATORS: std::sync::LazyLock<HashMap<Locale, icu_collator::CollatorBorrowed<'static>>> =
    std::sync::LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let tag = icu_locale_core::Locale::try_from_str(locale.code())
                    .expect("the UI's language tags are valid");
                let collator = icu_collator::Collator::try_new(
                    (&tag).into(),
                    icu_collator::options::CollatorOptions::default(),
                )
                .expect("compiled collation data covers the UI's languages");
                (locale, collator)
            })
            .collect()
    });

fn month_abbreviation(locale: Locale, month0: usize) -> &'static str {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DA: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    const NB: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "des.",
    ];
    const SV: [&str; 12] = [
        "jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    const DE: [&str; 12] = [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez.",
    ];
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let names = match locale {
        Locale::En => &EN,
        Locale::Da => &DA,
        Locale::Nb => &NB,
        Locale::Sv => &SV,
        Locale::De => &DE,
        Locale::Nl => &NL,
    };
    names[month0 % 12]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    /// The message keys defined in one language's files.
    fn keys(locale: Locale) -> BTreeSet<String> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale.code());
        let mut keys = BTreeSet::new();
        for entry in std::fs::read_dir(&folder).expect("the language folder exists") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).unwrap();
                keys.extend(text.lines().filter_map(|line| {
                    let (key, _) = line.split_once('=')?;
                    let key = key.trim_end();
                    (!key.is_empty()
                        && !line.starts_with([' ', '#', '-', '\t', '*', '['])
                        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                    .then(|| key.to_string())
                }));
            }
        }
        keys
    }

    /// The keys the code asks for: `t("…")`, `t1("…"`, `tn("…"`, `t2("…"`, `t3("…"`, `ta("…"`, `Text::new("…"` in
    /// templates and Rust sources.
    fn used_keys() -> BTreeSet<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let mut folders = vec![root.join("templates"), root.join("src")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.ends_with("src/i18n") {
                    continue;
                } else if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|e| e == "html" || e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut used = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            // Comments may show how to call `t` without naming a real message.
            let text: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for call in [
                "t(\"",
                "t1(\"",
                "t2(\"",
                "t3(\"",
                "tn(\"",
                "ta(\"",
                "Text::new(\"",
            ] {
                for (at, _) in text.match_indices(call) {
                    let before = text[..at].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[at + call.len()..];
                    if let Some(end) = rest.find('"') {
                        let key = &rest[..end];
                        if !key.is_empty()
                            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                        {
                            used.insert(key.to_string());
                        }
                    }
                }
            }
        }
        used
    }

    #[test]
    fn every_message_exists_in_every_language() {
        let english = keys(Locale::En);
        assert!(english.len() > 20, "English has its messages");
        for locale in Locale::ALL {
            let theirs = keys(locale);
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.code());
            for key in &english {
                assert!(
                    has_message(locale, key),
                    "{} cannot load {key}",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn every_key_the_code_uses_is_defined() {
        let english = keys(Locale::En);
        let used = used_keys();
        assert!(used.len() > 20, "the UI asks for its messages");
        let undefined: Vec<_> = used.difference(&english).collect();
        assert!(undefined.is_empty(), "undefined messages: {undefined:?}");
    }

    #[test]
    fn languages_are_read_from_tags_and_headers() {
        assert_eq!(Locale::parse("nb-NO"), Some(Locale::Nb));
        assert_eq!(Locale::parse("no"), Some(Locale::Nb));
        assert_eq!(Locale::parse("DE-at"), Some(Locale::De));
        assert_eq!(Locale::parse("fr"), None);
        assert_eq!(
            Locale::from_accept_language("fr-FR,fr;q=0.9,sv;q=0.8,en;q=0.7"),
            Some(Locale::Sv)
        );
        assert_eq!(
            Locale::from_accept_language("en;q=0.5, da"),
            Some(Locale::Da)
        );
        assert_eq!(
            Locale::from_accept_language("nl;q=0, de;q=0.1"),
            Some(Locale::De)
        );
        assert_eq!(Locale::from_accept_language("fr, es"), None);
        assert_eq!(Locale::from_accept_language("en;q=abc"), None);
    }

    #[test]
    fn numbers_money_and_dates_follow_the_language() {
        assert_eq!(number_in(Locale::En, 1_210_000), "1,210,000");
        assert_eq!(number_in(Locale::De, 1_210_000), "1.210.000");
        assert_eq!(number_in(Locale::Sv, -1_210_000), "-1\u{a0}210\u{a0}000");
        assert_eq!(number_in(Locale::Nl, 999), "999");
        assert_eq!(decimal_in(Locale::En, 1234.567, 1), "1,234.6");
        assert_eq!(decimal_in(Locale::Da, 1234.567, 1), "1.234,6");
        assert_eq!(decimal_in(Locale::Nb, -0.04, 1), "0,0");
        assert_eq!(money_in(Locale::En, 121_000_000), "EUR 1,210,000");
        assert_eq!(money_in(Locale::En, 150), "EUR 1.50");
        assert_eq!(money_in(Locale::De, 121_000_050), "1.210.000,50\u{a0}€");
        assert_eq!(money_in(Locale::Nl, 121_000_000), "€ 1.210.000");
        assert_eq!(money_in(Locale::Da, -5_000), "-50\u{a0}€");
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        assert_eq!(date_in(Locale::En, day), "4 Dec 2026");
        assert_eq!(date_in(Locale::De, day), "4. Dez. 2026");
        assert_eq!(date_in(Locale::Nb, day), "4. des. 2026");
        assert_eq!(date_in(Locale::Sv, day), "4 dec. 2026");
        assert_eq!(date_in(Locale::Nl, day), "4 dec 2026");
    }

    #[tokio::test]
    async fn messages_come_in_the_language_of_the_request() {
        assert_eq!(t("nav-dashboard"), "Dashboard");
        let danish = scope(Locale::Da, async { t("nav-dashboard") }).await;
        assert_eq!(danish, "Oversigt");
        let german = scope(Locale::De, async { tn("notifications-unread", 2) }).await;
        assert_eq!(german, "2 ungelesen");
        assert_eq!(t("no-such-message"), "no-such-message");
    }

    #[tokio::test]
    async fn titles_inside_sentences_keep_german_capitals() {
        assert_eq!(
            in_sentence("Manufacture of food products"),
            "manufacture of food products"
        );
        let danish = scope(Locale::Da, async {
            in_sentence("Fremstilling af fødevarer")
        })
        .await;
        assert_eq!(danish, "fremstilling af fødevarer");
        let german = scope(Locale::De, async {
            in_sentence("Herstellung von Nahrungsmitteln")
        })
        .await;
        assert_eq!(german, "Herstellung von Nahrungsmitteln");
        assert_eq!(in_sentence(""), "");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Tags a browser may send: the supported ones in several spellings,
    /// others, and the wildcard.
    fn tag() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "en", "en-GB", "EN-us", "da", "da-DK", "nb", "nb-NO", "no", "nn", "sv", "sv-FI",
                "de", "de-AT", "nl", "nl-BE", "fr", "fr-FR", "es", "fi", "*", "",
            ])
            .prop_map(str::to_string),
            "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})?",
        ]
    }

    /// One offer of a header: a tag and its quality in thousandths (none: 1).
    fn offers() -> impl Strategy<Value = Vec<(String, Option<u16>)>> {
        prop::collection::vec((tag(), prop::option::of(0u16..=1000)), 0..6)
    }

    fn header(offers: &[(String, Option<u16>)]) -> String {
        offers
            .iter()
            .map(|(tag, q)| match q {
                Some(q) => format!("{tag};q={}.{:03}", q / 1000, q % 1000),
                None => tag.clone(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    proptest! {
        #[test]
        fn any_header_reads_without_panicking(
            value in prop_oneof![any::<String>(), "[a-zA-Z0-9 ,;=.*_-]{0,60}"],
        ) {
            if let Some(locale) = Locale::from_accept_language(&value) {
                prop_assert!(Locale::ALL.contains(&locale));
                // Only a language the header offers is chosen.
                let offered = value
                    .split(',')
                    .filter_map(|part| Locale::parse(part.split(';').next()?))
                    .any(|l| l == locale);
                prop_assert!(offered, "{locale:?} is not in {value:?}");
            }
        }

        #[test]
        fn the_highest_quality_wins_and_the_first_among_equals(offers in offers()) {
            let expected = offers
                .iter()
                .enumerate()
                .filter_map(|(i, (tag, q))| {
                    let q = q.unwrap_or(1000);
                    Some((q, std::cmp::Reverse(i), Locale::parse(tag).filter(|_| q > 0)?))
                })
                .max_by_key(|(q, i, _)| (*q, *i))
                .map(|(_, _, locale)| locale);
            prop_assert_eq!(Locale::from_accept_language(&header(&offers)), expected);
        }

        #[test]
        fn a_language_without_a_quality_beats_one_with_less(
            low in prop::sample::select(Locale::ALL.to_vec()),
            high in prop::sample::select(Locale::ALL.to_vec()),
            q in 1u16..1000,
            spaces in "[ ]{0,2}",
        ) {
            let header = format!(
                "{}{spaces};{spaces}q=0.{q:03}{spaces},{spaces}{}",
                low.code(),
                high.code()
            );
            prop_assert_eq!(Locale::from_accept_language(&header), Some(high));
            // A quality of zero refuses the language outright.
            let refused = format!("{};q=0, fr", low.code());
            prop_assert_eq!(Locale::from_accept_language(&refused), None);
        }
    }

    #[test]
    fn a_low_quality_loses_to_a_later_language() {
        assert_eq!(
            Locale::from_accept_language("de;q=0.1, sv"),
            Some(Locale::Sv)
        );
        assert_eq!(
            Locale::from_accept_language("nl;q=0.9,da;q=0.95"),
            Some(Locale::Da)
        );
        assert_eq!(
            Locale::from_accept_language("da;q=0.5, nb;q=0.5"),
            Some(Locale::Da)
        );
    }
}
