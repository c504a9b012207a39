//! The network registry's rules: codes, kinds, the shape of a valid
//! organisation or SME, and who may see or change what. Pure: no I/O.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::reference;
use crate::auth::{Actor, Email, Role};
use crate::validation::{self, FieldErrors, Window, text};

// ---------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------

/// An ISO 3166-1 alpha-2 country code that is officially assigned.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(value: &str) -> Result<Self, String> {
        let code = value.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(crate::t("val-required"));
        }
        // The everyday name for the United Kingdom's code.
        let code = if code == "UK" { "GB".to_string() } else { code };
        if reference::country_name(&code).is_some() {
            Ok(Self(code))
        } else {
            Err(crate::t1("reg-err-not-country", "value", value.trim()))
        }
    }

    /// Trusted input (read back from the database).
    pub fn from_stored(code: String) -> Self {
        Self(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The English name, for the API, exports and calendars.
    pub fn name(&self) -> &'static str {
        reference::country_name(&self.0).unwrap_or("unknown country")
    }

    /// The name in the language of the request, for pages.
    pub fn name_t(&self) -> &'static str {
        reference::country_name_in(crate::i18n::current(), &self.0).unwrap_or(self.name())
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A NACE Rev. 2 code at any level, written with its section letter:
/// section `C`, division `C10`, group `C10.5`, class `C10.51`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct NaceCode(String);

impl NaceCode {
    /// Accepts the code with or without its section letter (`10.51`, `C10.51`,
    /// `c 10.51`) and the four-digit form without a dot (`1051`).
    pub fn parse(value: &str) -> Result<Self, String> {
        let compact: String = value
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if compact.is_empty() {
            return Err(crate::t("val-required"));
        }
        let not_a_code = || crate::t1("reg-err-not-nace", "value", value.trim());
        let (letter, digits) = match compact.chars().next() {
            Some(c) if c.is_ascii_alphabetic() => (Some(c), &compact[1..]),
            _ => (None, compact.as_str()),
        };
        if !digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(not_a_code());
        }
        let code = if digits.is_empty() {
            letter.map(String::from).ok_or_else(not_a_code)?
        } else {
            let digits = match (digits.len(), digits.contains('.')) {
                (3 | 4, false) => format!("{}.{}", &digits[..2], &digits[2..]),
                _ => digits.to_string(),
            };
            let division: u8 = digits
                .get(..2)
                .and_then(|d| d.parse().ok())
                .ok_or_else(not_a_code)?;
            let section = reference::nace_section_of_division(division).ok_or_else(not_a_code)?;
            if letter.is_some_and(|l| l != section) {
                return Err(crate::t3(
                    "reg-err-nace-section",
                    "value",
                    value.trim(),
                    "division",
                    format!("{division:02}"),
                    "section",
                    section,
                ));
            }
            format!("{section}{digits}")
        };
        if reference::nace_title(&code).is_some() {
            Ok(Self(code))
        } else {
            Err(not_a_code())
        }
    }

    pub fn from_stored(code: String) -> Self {
        Self(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The English title, for the API and exports.
    pub fn title(&self) -> &'static str {
        reference::nace_title(&self.0).unwrap_or("unknown activity")
    }

    /// The title in the language of the request, for pages.
    pub fn title_t(&self) -> &'static str {
        reference::nace_title_in(crate::i18n::current(), &self.0).unwrap_or(self.title())
    }

    /// The code itself and every broader code above it, broadest first:
    /// `C10.51` → `C`, `C10`, `C10.5`, `C10.51`. Stored with each record so that
    /// a filter on any level is an exact match.
    pub fn with_ancestors(&self) -> Vec<NaceCode> {
        let code = &self.0;
        [1, 3, 5, 6]
            .into_iter()
            .filter(|&len| len <= code.len())
            .map(|len| NaceCode(code[..len].to_string()))
            .collect()
    }
}

impl fmt::Display for NaceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Defines a closed vocabulary stored and exchanged as snake_case words.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $word:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }

            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            pub fn parse(value: &str) -> Result<Self, String> {
                let value = value.trim();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == value)
                    .ok_or_else(|| {
                        let words: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                        format!("`{value}` is not {} (one of: {})", $what, words.join(", "))
                    })
            }
        }
    };
}

pub(crate) use vocabulary;

vocabulary! {
    /// What an organisation in the network is.
    OrganisationKind, "an organisation kind" {
        Incubator => "incubator", "Incubator";
        Cluster => "cluster", "Cluster";
        BusinessDevelopmentCentre => "business_development_centre", "Business development centre";
        PublicAuthority => "public_authority", "Public authority";
        FundingAgency => "funding_agency", "Funding agency";
        KnowledgeInstitution => "knowledge_institution", "Knowledge institution";
    }
}

impl OrganisationKind {
    /// Organisations that SMEs join as members or tenants.
    pub fn can_be_home(self) -> bool {
        matches!(
            self,
            Self::Incubator | Self::Cluster | Self::BusinessDevelopmentCentre
        )
    }
}

vocabulary! {
    /// What an organisation offers SMEs.
    Service, "a service" {
        Incubation => "incubation", "Incubation";
        Acceleration => "acceleration", "Acceleration";
        SoftLanding => "soft_landing", "Soft landing";
        DeskSpace => "desk_space", "Desk space";
        Mentoring => "mentoring", "Mentoring";
        Coaching => "coaching", "Coaching";
        Matchmaking => "matchmaking", "Matchmaking";
        MarketIntelligence => "market_intelligence", "Market intelligence";
        ExportTraining => "export_training", "Export training";
        TradeMissions => "trade_missions", "Trade missions";
        TradeFairs => "trade_fairs", "Trade fairs";
        LegalAdvice => "legal_advice", "Legal advice";
        FundingAdvice => "funding_advice", "Funding advice";
        InvestorAccess => "investor_access", "Investor access";
        GrantFunding => "grant_funding", "Grant funding";
        ClusterManagement => "cluster_management", "Cluster management";
        RAndDCollaboration => "r_and_d_collaboration", "R&D collaboration";
        TestFacilities => "test_facilities", "Test facilities";
        NetworkingEvents => "networking_events", "Networking events";
    }
}

/// The EU size class of an enterprise by head count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl SizeClass {
    pub const ALL: [SizeClass; 4] = [Self::Micro, Self::Small, Self::Medium, Self::Large];

    pub fn of_employees(employees: i64) -> Self {
        match employees {
            ..10 => Self::Micro,
            10..50 => Self::Small,
            50..250 => Self::Medium,
            _ => Self::Large,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Micro => "micro (fewer than 10)",
            Self::Small => "small (10-49)",
            Self::Medium => "medium (50-249)",
            Self::Large => "large (250 or more)",
        }
    }
}

impl OrganisationKind {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Incubator => "reg-kind-incubator",
            Self::Cluster => "reg-kind-cluster",
            Self::BusinessDevelopmentCentre => "reg-kind-business-development-centre",
            Self::PublicAuthority => "reg-kind-public-authority",
            Self::FundingAgency => "reg-kind-funding-agency",
            Self::KnowledgeInstitution => "reg-kind-knowledge-institution",
        })
    }
}

impl Service {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Incubation => "reg-service-incubation",
            Self::Acceleration => "reg-service-acceleration",
            Self::SoftLanding => "reg-service-soft-landing",
            Self::DeskSpace => "reg-service-desk-space",
            Self::Mentoring => "reg-service-mentoring",
            Self::Coaching => "reg-service-coaching",
            Self::Matchmaking => "reg-service-matchmaking",
            Self::MarketIntelligence => "reg-service-market-intelligence",
            Self::ExportTraining => "reg-service-export-training",
            Self::TradeMissions => "reg-service-trade-missions",
            Self::TradeFairs => "reg-service-trade-fairs",
            Self::LegalAdvice => "reg-service-legal-advice",
            Self::FundingAdvice => "reg-service-funding-advice",
            Self::InvestorAccess => "reg-service-investor-access",
            Self::GrantFunding => "reg-service-grant-funding",
            Self::ClusterManagement => "reg-service-cluster-management",
            Self::RAndDCollaboration => "reg-service-r-and-d-collaboration",
            Self::TestFacilities => "reg-service-test-facilities",
            Self::NetworkingEvents => "reg-service-networking-events",
        })
    }
}

impl SizeClass {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Micro => "reg-size-micro",
            Self::Small => "reg-size-small",
            Self::Medium => "reg-size-medium",
            Self::Large => "reg-size-large",
        })
    }
}

// ---------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------

/// An `http` or `https` address; a bare host name gets `https://`.
pub fn parse_website(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    let with_scheme = if value.starts_with("http://") || value.starts_with("https://") {
        value.to_string()
    } else if value.contains("://") {
        return Err(crate::t("val-web-address"));
    } else {
        format!("https://{value}")
    };
    let rest = with_scheme
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or("");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ':'));
    if !host_ok
        || with_scheme
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(crate::t("reg-err-web-address"));
    }
    if with_scheme.len() > 300 {
        return Err(crate::t("reg-err-web-address-too-long"));
    }
    Ok(with_scheme)
}

/// Reads an amount in euros as people type it (`1 850 000`, `1,850,000.50`,
/// `1850000,5` is refused as ambiguous) into integer cents.
pub fn parse_eur_cents(value: &str) -> Result<Option<i64>, String> {
    let cleaned: String = value
        .trim()
        .trim_start_matches("EUR")
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_' && *c != '\u{a0}')
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let invalid = || crate::t("reg-err-amount");
    let (whole, fraction) = match cleaned.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (cleaned.as_str(), ""),
    };
    let whole_digits = if whole.contains(',') {
        let groups: Vec<&str> = whole.split(',').collect();
        let well_grouped = groups[0].len() <= 3
            && !groups[0].is_empty()
            && groups[1..].iter().all(|g| g.len() == 3);
        if !well_grouped {
            return Err(invalid());
        }
        groups.concat()
    } else {
        whole.to_string()
    };
    if whole_digits.is_empty()
        || !whole_digits.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 2
    {
        return Err(invalid());
    }
    let euros: i64 = whole_digits.parse().map_err(|_| invalid())?;
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| invalid())?;
    euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .map(Some)
        .ok_or_else(invalid)
}

/// Formats cents as `EUR 1,850,000` (or `EUR 1,850,000.50` when there are cents):
/// one stable English form for the audit log; pages write amounts in the
/// reader's language with [`crate::i18n::money`].
pub fn format_eur(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let euros = group_thousands(cents / 100);
    match cents % 100 {
        0 => format!("EUR {sign}{euros}"),
        rest => format!("EUR {sign}{euros}.{rest:02}"),
    }
}

/// Formats cents as a plain amount in euros for a form field (`1850000` or `1850000.50`).
pub fn eur_input_value(cents: i64) -> String {
    // The sign is written separately: -50 cents is `-0.50`, not `0.50`.
    let sign = if cents < 0 { "-" } else { "" };
    let magnitude = cents.unsigned_abs();
    match magnitude % 100 {
        0 => format!("{sign}{}", magnitude / 100),
        rest => format!("{sign}{}.{rest:02}", magnitude / 100),
    }
}

pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Folds text for sorting and searching: lower case, common European letters
/// reduced to ASCII (`Malmö` and `Malmo` meet), other characters kept.
pub fn fold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' | 'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'œ' => out.push('o'),
            'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' => out.push('a'),
            'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ĳ' => out.push('i'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            'ß' => out.push_str("ss"),
            'þ' => out.push_str("th"),
            'ð' => out.push('d'),
            c => out.push(c),
        }
    }
    out
}

/// A URL-friendly name: folded, words joined by hyphens, at most 60 characters.
pub fn slugify(value: &str) -> String {
    let mut slug = String::new();
    for c in fold(value).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "unnamed".into()
    } else {
        slug
    }
}

/// Splits a list typed into one field (`C10.51, J62` or one per line).
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

// ---------------------------------------------------------------------------
// Contact people
// ---------------------------------------------------------------------------

/// A person to contact at an organisation or SME, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ContactInput {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

/// A validated contact person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Contact {
    pub name: String,
    pub role: String,
    pub email: String,
    pub phone: String,
}

impl ContactInput {
    fn is_blank(&self) -> bool {
        [&self.name, &self.role, &self.email, &self.phone]
            .iter()
            .all(|v| v.trim().is_empty())
    }
}

pub const MAX_CONTACTS: usize = 10;

fn validate_contacts(contacts: &[ContactInput], errors: &mut FieldErrors) -> Vec<Contact> {
    if contacts.len() > MAX_CONTACTS {
        errors.add(
            "contacts",
            crate::t1("reg-err-contacts-max", "max", MAX_CONTACTS),
        );
    }
    let mut valid = Vec::new();
    for (i, contact) in contacts.iter().enumerate().take(MAX_CONTACTS) {
        if contact.is_blank() {
            continue;
        }
        let field = |name: &str| format!("contacts[{i}].{name}");
        let name = errors.check(&field("name"), text(&contact.name, true, 120));
        let role = errors.check(&field("role"), text(&contact.role, false, 120));
        let email = if contact.email.trim().is_empty() {
            Some(String::new())
        } else {
            errors.check(
                &field("email"),
                Email::parse(&contact.email).map(|e| e.as_str().to_string()),
            )
        };
        let phone = errors.check(&field("phone"), parse_phone(&contact.phone));
        if let (Some(name), Some(role), Some(email), Some(phone)) = (name, role, email, phone) {
            valid.push(Contact {
                name,
                role,
                email,
                phone,
            });
        }
    }
    valid
}

/// The longest phone number accepted, separators included, in characters.
const PHONE_MAX_CHARS: usize = 40;

/// Checks a phone number: 5 to 17 digits with the usual separators, at most
/// [`PHONE_MAX_CHARS`] characters in all; blank is no number.
pub(crate) fn parse_phone(value: &str) -> Result<String, String> {
    let value = text(value, false, PHONE_MAX_CHARS)?;
    if value.is_empty() {
        return Ok(String::new());
    }
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.' | '/'));
    if !allowed || !(5..=17).contains(&digits) {
        return Err(crate::t("reg-err-phone"));
    }
    Ok(value)
}

pub(crate) fn validate_codes<T>(
    field: &str,
    values: &[String],
    max: usize,
    parse: impl Fn(&str) -> Result<T, String>,
    errors: &mut FieldErrors,
) -> Vec<T>
where
    T: PartialEq,
{
    if values.len() > max {
        errors.add(field, crate::t1("reg-err-entries-max", "max", max));
        return Vec::new();
    }
    let mut valid = Vec::new();
    let mut bad = Vec::new();
    for value in values {
        match parse(value) {
            Ok(code) if !valid.contains(&code) => valid.push(code),
            Ok(_) => {}
            Err(message) => bad.push(message),
        }
    }
    if !bad.is_empty() {
        errors.add(field, bad.join("; "));
    }
    valid
}

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

/// An organisation as a client typed it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OrganisationInput {
    pub kind: String,
    pub name: String,
    pub country: String,
    pub city: String,
    pub region: String,
    pub sectors: Vec<String>,
    pub services: Vec<String>,
    pub website: String,
    pub description: String,
    pub contacts: Vec<ContactInput>,
    /// Fields that could not even be read (wrong JSON type, letters in a number…).
    pub unreadable: FieldErrors,
}

/// A valid organisation, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationDraft {
    pub kind: OrganisationKind,
    pub name: String,
    pub country: CountryCode,
    pub city: String,
    pub region: String,
    pub sectors: Vec<NaceCode>,
    pub services: Vec<Service>,
    pub website: String,
    pub description: String,
    pub contacts: Vec<Contact>,
}

impl OrganisationInput {
    pub fn validate(&self) -> Result<OrganisationDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let kind = errors.check("kind", OrganisationKind::parse(&self.kind));
        let name = errors.check("name", text(&self.name, true, 200));
        let country = errors.check("country", CountryCode::parse(&self.country));
        let city = errors.check("city", text(&self.city, true, 120));
        let region = errors.check("region", text(&self.region, false, 120));
        let sectors = validate_codes("sectors", &self.sectors, 10, NaceCode::parse, &mut errors);
        let services = validate_codes("services", &self.services, 20, Service::parse, &mut errors);
        let website = errors.check("website", parse_website(&self.website));
        let description = errors.check("description", text(&self.description, false, 5000));
        let contacts = validate_contacts(&self.contacts, &mut errors);
        match (kind, name, country, city, region, website, description) {
            (
                Some(kind),
                Some(name),
                Some(country),
                Some(city),
                Some(region),
                Some(website),
                Some(description),
            ) if errors.is_empty() => Ok(OrganisationDraft {
                kind,
                name,
                country,
                city,
                region,
                sectors,
                services,
                website,
                description,
                contacts,
            }),
            _ => Err(errors),
        }
    }
}

impl OrganisationDraft {
    /// Everything a free-text search should find the organisation by.
    pub fn search_text(&self) -> String {
        let services: Vec<&str> = self.services.iter().map(|s| s.label()).collect();
        fold(
            &[
                self.name.as_str(),
                self.city.as_str(),
                self.region.as_str(),
                self.country.name(),
                self.kind.label(),
                &services.join(" "),
                self.description.as_str(),
            ]
            .join(" \u{1f} "),
        )
    }
}

// ---------------------------------------------------------------------------
// SMEs
// ---------------------------------------------------------------------------

/// An SME as a client typed it. Numbers arrive already read as integers (the
/// JSON API sends them so; forms convert their text first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SmeInput {
    pub name: String,
    pub country: String,
    pub city: String,
    pub home_organisation_id: Option<i64>,
    pub sectors: Vec<String>,
    pub founded: Option<i64>,
    pub employees: Option<i64>,
    pub annual_turnover_cents: Option<i64>,
    pub products: String,
    pub website: String,
    pub target_markets: Vec<String>,
    pub directory_consent: bool,
    pub notes: String,
    pub contacts: Vec<ContactInput>,
    /// Fields that could not even be read (wrong JSON type, letters in a number…).
    pub unreadable: FieldErrors,
}

/// What the registry knows of the organisation an SME names as its home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HomeCandidate {
    pub id: i64,
    pub kind: OrganisationKind,
}

/// A valid SME, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmeDraft {
    pub name: String,
    pub country: CountryCode,
    pub city: String,
    pub home_organisation_id: i64,
    pub sectors: Vec<NaceCode>,
    pub founded: Option<i32>,
    pub employees: Option<i32>,
    pub annual_turnover_cents: Option<i64>,
    pub products: String,
    pub website: String,
    pub target_markets: Vec<CountryCode>,
    pub directory_consent: bool,
    pub notes: String,
    pub contacts: Vec<Contact>,
}

/// Largest turnover accepted: EUR 100 billion (protects against unit mistakes).
pub const MAX_TURNOVER_CENTS: i64 = 100_000_000_000 * 100;

impl SmeInput {
    /// `home` is the organisation named by `home_organisation_id`, if it exists;
    /// `current_year` bounds the founding year.
    pub fn validate(
        &self,
        home: Option<HomeCandidate>,
        current_year: i32,
    ) -> Result<SmeDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let name = errors.check("name", text(&self.name, true, 200));
        let country = errors.check("country", CountryCode::parse(&self.country));
        let city = errors.check("city", text(&self.city, true, 120));
        let home_organisation_id = match (self.home_organisation_id, home) {
            (None, _) => {
                errors.add("home_organisation_id", crate::t("val-required"));
                None
            }
            (Some(_), None) => {
                errors.add("home_organisation_id", crate::t("reg-err-no-organisation"));
                None
            }
            (Some(_), Some(home)) if !home.kind.can_be_home() => {
                errors.add(
                    "home_organisation_id",
                    crate::t1("reg-err-home-kind", "kind", home.kind.as_str()),
                );
                None
            }
            (Some(_), Some(home)) => Some(home.id),
        };
        let sectors = validate_codes("sectors", &self.sectors, 5, NaceCode::parse, &mut errors);
        if sectors.is_empty() && !errors.contains("sectors") {
            errors.add("sectors", crate::t("reg-err-sector-required"));
        }
        let founded = match self.founded {
            None => None,
            Some(year) if (1800..=i64::from(current_year)).contains(&year) => {
                i32::try_from(year).ok()
            }
            Some(_) => {
                errors.add(
                    "founded",
                    crate::t1("reg-err-founded", "year", current_year),
                );
                None
            }
        };
        let employees = match self.employees {
            None => None,
            Some(n) if (0..=1_000_000).contains(&n) => i32::try_from(n).ok(),
            Some(_) => {
                errors.add("employees", crate::t("reg-err-head-count"));
                None
            }
        };
        let annual_turnover_cents = match self.annual_turnover_cents {
            Some(cents) if !(0..=MAX_TURNOVER_CENTS).contains(&cents) => {
                errors.add("annual_turnover_cents", crate::t("reg-err-turnover"));
                None
            }
            other => other,
        };
        let products = errors.check("products", text(&self.products, false, 5000));
        let website = errors.check("website", parse_website(&self.website));
        let target_markets = validate_codes(
            "target_markets",
            &self.target_markets,
            30,
            CountryCode::parse,
            &mut errors,
        );
        if let Some(country) = country.as_ref().filter(|c| target_markets.contains(c)) {
            errors.add(
                "target_markets",
                crate::t1("reg-err-own-country", "country", country.name_t()),
            );
        }
        let notes = errors.check("notes", text(&self.notes, false, 5000));
        let contacts = validate_contacts(&self.contacts, &mut errors);
        match (
            name,
            country,
            city,
            home_organisation_id,
            products,
            website,
            notes,
        ) {
            (
                Some(name),
                Some(country),
                Some(city),
                Some(home_organisation_id),
                Some(products),
                Some(website),
                Some(notes),
            ) if errors.is_empty() => Ok(SmeDraft {
                name,
                country,
                city,
                home_organisation_id,
                sectors,
                founded,
                employees,
                annual_turnover_cents,
                products,
                website,
                target_markets,
                directory_consent: self.directory_consent,
                notes,
                contacts,
            }),
            _ => Err(errors),
        }
    }
}

impl SmeDraft {
    /// The public text a search finds the SME by (never its private notes or figures).
    pub fn search_text(&self) -> String {
        fold(
            &[
                self.name.as_str(),
                self.city.as_str(),
                self.country.name(),
                self.products.as_str(),
            ]
            .join(" \u{1f} "),
        )
    }
}

// ---------------------------------------------------------------------------
// Who may see and change what
// ---------------------------------------------------------------------------

/// Only the network coordinator adds organisations to the registry.
pub fn can_create_organisation(actor: &Actor) -> bool {
    actor.is_admin()
}

/// A manager edits only their own organisation; admins edit all.
pub fn can_edit_organisation(actor: &Actor, organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(organisation_id)
}

/// A manager registers SMEs only at their own organisation.
pub fn can_create_sme_at(actor: &Actor, home_organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(home_organisation_id)
}

/// The facts about an SME that decide who may see and change it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmeAccess {
    pub sme_id: i64,
    pub home_organisation_id: i64,
    pub directory_consent: bool,
    /// Organisations granted a look at the SME's private part by another
    /// capability (e.g. the host incubator of its soft-landing programme).
    pub partners: Vec<i64>,
}

/// The SME's own people: its members, managers of its home organisation, admins.
fn is_insider(actor: &Actor, sme: &SmeAccess) -> bool {
    actor.is_admin() || actor.manages(sme.home_organisation_id) || actor.belongs_to_sme(sme.sme_id)
}

/// Employees, turnover, notes and contact people: the SME's own people and
/// managers of its partner organisations.
pub fn can_see_private(actor: &Actor, sme: &SmeAccess) -> bool {
    is_insider(actor, sme)
        || (actor.role == Role::Manager
            && actor
                .organisation_id
                .is_some_and(|id| sme.partners.contains(&id)))
}

/// The public part of an SME is seen by every signed-in user if the SME
/// consented to the directory, otherwise only by those who see its private part.
pub fn can_see_sme(actor: &Actor, sme: &SmeAccess) -> bool {
    sme.directory_consent || can_see_private(actor, sme)
}

/// Only the SME's own people edit its profile (partners abroad only look).
pub fn can_edit_sme(actor: &Actor, sme: &SmeAccess) -> bool {
    is_insider(actor, sme)
}

/// Moving an SME to another home organisation is the coordinator's decision
/// (a manager would lose it; a member would leave their incubator's oversight).
pub fn can_change_home(actor: &Actor) -> bool {
    actor.is_admin()
}

/// A change of an SME's home is refused unless the actor may move SMEs.
pub fn check_home_change(
    actor: &Actor,
    current: i64,
    requested: Option<i64>,
) -> Result<(), String> {
    if requested == Some(current) || can_change_home(actor) {
        Ok(())
    } else {
        Err(crate::t("reg-err-move-home"))
    }
}

/// Registering SMEs is for managers (at their own organisation) and admins.
pub fn can_register_smes(actor: &Actor) -> bool {
    actor.is_admin() || actor.role == Role::Manager
}

/// Removing an organisation from the registry is the coordinator's decision.
pub fn can_delete_organisation(actor: &Actor) -> bool {
    actor.is_admin()
}

/// An SME leaves the registry by decision of its home organisation or the
/// coordinator (its members ask them).
pub fn can_delete_sme(actor: &Actor, sme: &SmeAccess) -> bool {
    actor.is_admin() || actor.manages(sme.home_organisation_id)
}

/// Why an organisation cannot be removed yet, if anything still depends on it.
pub fn organisation_removal_blocked(smes: u64, accounts: u64) -> Option<String> {
    use fluent_templates::fluent_bundle::FluentValue;
    let key = match (smes > 0, accounts > 0) {
        (false, false) => return None,
        (true, false) => "reg-err-removal-smes",
        (false, true) => "reg-err-removal-accounts",
        (true, true) => "reg-err-removal-both",
    };
    Some(crate::i18n::ta(
        key,
        &[
            ("smes", FluentValue::from(smes)),
            ("accounts", FluentValue::from(accounts)),
        ],
    ))
}

/// Which SMEs a list shows to an actor, in terms a query can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmeScope {
    /// Every SME.
    All,
    /// SMEs that consented to the directory, plus those of the actor's own
    /// organisation and the actor's own SME.
    Consented {
        managed_organisation: Option<i64>,
        own_sme: Option<i64>,
    },
}

pub fn sme_scope(actor: &Actor) -> SmeScope {
    if actor.is_admin() {
        return SmeScope::All;
    }
    SmeScope::Consented {
        managed_organisation: (actor.role == Role::Manager)
            .then_some(actor.organisation_id)
            .flatten(),
        own_sme: (actor.role == Role::Sme).then_some(actor.sme_id).flatten(),
    }
}

// ---------------------------------------------------------------------------
// Lists: filters and pages
// ---------------------------------------------------------------------------

/// Query parameters of the organisation and SME lists, as received.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Words to search for in names, places and descriptions (all must match).
    pub q: Option<String>,
    /// Organisation kind; for SMEs, the kind of their home organisation.
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// NACE Rev. 2 code at any level; broader codes include narrower ones.
    pub sector: Option<String>,
    /// SMEs only: id of the home organisation.
    pub home_organisation: Option<String>,
    /// SMEs only: a target market (ISO 3166-1 alpha-2).
    pub target_market: Option<String>,
    /// Page size for the API (1-200, default 50).
    pub limit: Option<String>,
    /// Items to skip for the API (default 0).
    pub offset: Option<String>,
    /// Page number for web pages (from 1).
    #[param(ignore)]
    pub page: Option<String>,
}

/// One term of a search: a folded word, or the name of a country in any
/// language of the UI (then perhaps several words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchTerm {
    /// What the searched text must contain.
    pub text: String,
    /// The country the term names: anything of that country matches too,
    /// as the English name in a search text does (`Tyskland` finds what
    /// `Germany` finds).
    pub country: Option<CountryCode>,
}

/// A query as search terms, in the order typed: the longest run of words
/// that names a country (in any language of the UI) becomes one term, every
/// other word a term of its own.
pub fn search_terms(query: &str) -> Vec<SearchTerm> {
    let folded = fold(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let longest = reference::longest_country_name();
    let mut terms = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let country = (1..=longest.min(words.len() - start)).rev().find_map(|n| {
            let phrase = words[start..start + n].join(" ");
            reference::country_named(&phrase).map(|code| (n, phrase, code))
        });
        match country {
            Some((n, phrase, code)) => {
                terms.push(SearchTerm {
                    text: phrase,
                    country: Some(CountryCode(code.to_string())),
                });
                start += n;
            }
            None => {
                terms.push(SearchTerm {
                    text: words[start].to_string(),
                    country: None,
                });
                start += 1;
            }
        }
    }
    terms
}

/// Validated filters shared by both lists.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Folded search terms; every one must match.
    pub terms: Vec<SearchTerm>,
    pub kind: Option<OrganisationKind>,
    pub country: Option<CountryCode>,
    pub sector: Option<NaceCode>,
    pub home_organisation: Option<i64>,
    pub target_market: Option<CountryCode>,
}

pub const PAGE_SIZE: u64 = 25;
const MAX_SEARCH_TERMS: usize = 8;

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl ListParams {
    /// The valid filters, all of them or an error naming every bad one.
    pub fn filter(&self) -> Result<ListFilter, FieldErrors> {
        let (filter, errors) = self.lenient_filter();
        errors.into_result(filter)
    }

    /// The valid filters, and messages for the ones left out because they are
    /// not valid (pages explain those and show the list without them).
    pub fn lenient_filter(&self) -> (ListFilter, FieldErrors) {
        let mut errors = FieldErrors::new();
        let mut terms = present(&self.q).map(search_terms).unwrap_or_default();
        terms.truncate(MAX_SEARCH_TERMS);
        let kind =
            present(&self.kind).and_then(|v| errors.check("kind", OrganisationKind::parse(v)));
        let country =
            present(&self.country).and_then(|v| errors.check("country", CountryCode::parse(v)));
        let sector = present(&self.sector).and_then(|v| errors.check("sector", NaceCode::parse(v)));
        let home_organisation = present(&self.home_organisation).and_then(|v| {
            errors.check(
                "home_organisation",
                v.parse::<i64>()
                    .map_err(|_| crate::t("reg-err-organisation-id").to_string()),
            )
        });
        let target_market = present(&self.target_market)
            .and_then(|v| errors.check("target_market", CountryCode::parse(v)));
        (
            ListFilter {
                terms,
                kind,
                country,
                sector,
                home_organisation,
                target_market,
            },
            errors,
        )
    }

    /// `limit`/`offset` for the JSON API.
    pub fn api_window(&self) -> Result<Window, FieldErrors> {
        validation::api_window(self.limit.as_deref(), self.offset.as_deref())
    }

    /// Filters and window together, every bad parameter reported.
    pub fn api_query(&self) -> Result<(ListFilter, Window), FieldErrors> {
        match (self.filter(), self.api_window()) {
            (Ok(filter), Ok(window)) => Ok((filter, window)),
            (filter, window) => {
                let mut errors = filter.err().unwrap_or_default();
                errors.merge(window.err().unwrap_or_default());
                Err(errors)
            }
        }
    }

    /// The page number for web pages; anything unreadable is page 1.
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

    fn actor(role: Role, organisation_id: Option<i64>, sme_id: Option<i64>) -> Actor {
        Actor {
            user_id: 1,
            email: "x@example.org".into(),
            display_name: "X".into(),
            role,
            organisation_id,
            sme_id,
            session: None,
            locale: None,
        }
    }

    #[test]
    fn country_codes_are_validated_and_normalised() {
        assert_eq!(CountryCode::parse(" no ").unwrap().as_str(), "NO");
        assert_eq!(CountryCode::parse("UK").unwrap().as_str(), "GB");
        assert_eq!(CountryCode::parse("DK").unwrap().name(), "Denmark");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("NOR").is_err());
        assert_eq!(CountryCode::parse("").unwrap_err(), "is required");
    }

    #[test]
    fn nace_codes_accept_the_usual_spellings() {
        for spelling in ["C10.51", "10.51", "c10.51", "C 10.51", "1051"] {
            assert_eq!(
                NaceCode::parse(spelling).unwrap().as_str(),
                "C10.51",
                "{spelling}"
            );
        }
        assert_eq!(NaceCode::parse("62").unwrap().as_str(), "J62");
        assert_eq!(NaceCode::parse("j").unwrap().as_str(), "J");
        assert_eq!(NaceCode::parse("A01.1").unwrap().as_str(), "A01.1");
        assert_eq!(NaceCode::parse("011").unwrap().as_str(), "A01.1");
        assert!(NaceCode::parse("C99").is_err());
        assert!(NaceCode::parse("04").is_err(), "division 04 does not exist");
        assert!(NaceCode::parse("10.59.1").is_err());
        assert!(NaceCode::parse("X").is_err());
        assert!(NaceCode::parse("1ä").is_err());
        assert!(NaceCode::parse("Ä10").is_err());
        assert!(NaceCode::parse("D10.51").unwrap_err().contains("section C"));
    }

    #[test]
    fn nace_ancestors_run_from_section_to_class() {
        let code = NaceCode::parse("C10.51").unwrap();
        let chain: Vec<String> = code
            .with_ancestors()
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(chain, ["C", "C10", "C10.5", "C10.51"]);
        assert_eq!(NaceCode::parse("J62").unwrap().with_ancestors().len(), 2);
        assert_eq!(code.title(), "Operation of dairies and cheese making");
    }

    #[test]
    fn vocabularies_round_trip() {
        for kind in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse(kind.as_str()), Ok(*kind));
        }
        for service in Service::ALL {
            assert_eq!(Service::parse(service.as_str()), Ok(*service));
        }
        let err = OrganisationKind::parse("bank").unwrap_err();
        assert!(err.contains("incubator") && err.contains("knowledge_institution"));
        assert!(OrganisationKind::Cluster.can_be_home());
        assert!(!OrganisationKind::FundingAgency.can_be_home());
    }

    #[test]
    fn money_is_read_in_euros_and_kept_in_cents() {
        assert_eq!(parse_eur_cents("1850000"), Ok(Some(185_000_000)));
        assert_eq!(parse_eur_cents("1,850,000.5"), Ok(Some(185_000_050)));
        assert_eq!(parse_eur_cents("EUR 1 850 000"), Ok(Some(185_000_000)));
        assert_eq!(parse_eur_cents("€12.34"), Ok(Some(1234)));
        assert_eq!(parse_eur_cents("  "), Ok(None));
        for bad in ["1850000,5", "12.345", "-5", "abc", "1,85,000", "1.2.3"] {
            assert!(parse_eur_cents(bad).is_err(), "{bad} accepted");
        }
        assert_eq!(format_eur(185_000_000), "EUR 1,850,000");
        assert_eq!(format_eur(185_000_050), "EUR 1,850,000.50");
        assert_eq!(format_eur(99), "EUR 0.99");
        assert_eq!(eur_input_value(185_000_050), "1850000.50");
        assert_eq!(group_thousands(1_000), "1,000");
        assert_eq!(group_thousands(999), "999");
    }

    #[test]
    fn websites_get_a_scheme_and_need_a_host() {
        assert_eq!(parse_website("example.org").unwrap(), "https://example.org");
        assert_eq!(
            parse_website("http://a.example/x?y").unwrap(),
            "http://a.example/x?y"
        );
        assert_eq!(parse_website("").unwrap(), "");
        assert!(parse_website("ftp://a.example").is_err());
        assert!(parse_website("javascript:alert(1)").is_err());
        assert!(parse_website("https://localhost").is_err());
        assert!(parse_website("https://a .example").is_err());
    }

    #[test]
    fn folding_and_slugs() {
        assert_eq!(fold("Malmö Ærø Straße"), "malmo aero strasse");
        assert_eq!(
            slugify("Aarhus Harbour Incubator ApS"),
            "aarhus-harbour-incubator-aps"
        );
        assert_eq!(slugify("  Fjord & Co. (Bergen) "), "fjord-co-bergen");
        assert_eq!(slugify("!!!"), "unnamed");
        assert!(slugify(&"x".repeat(100)).len() <= 60);
        assert_eq!(split_list("C10.51, J62;\nM72 ,"), ["C10.51", "J62", "M72"]);
    }

    fn valid_organisation() -> OrganisationInput {
        OrganisationInput {
            kind: "incubator".into(),
            name: "Bergen Marine Incubator".into(),
            country: "no".into(),
            city: "Bergen".into(),
            region: "Vestland".into(),
            sectors: vec!["C30.11".into(), "M72".into()],
            services: vec!["soft_landing".into(), "desk_space".into()],
            website: "bergen-marine.example".into(),
            description: "Ocean technology start-ups.".into(),
            contacts: vec![
                ContactInput {
                    name: "Ingrid Solberg".into(),
                    role: "Programme lead".into(),
                    email: "ingrid@bergen-marine.example".into(),
                    phone: "+47 40 00 00 31".into(),
                },
                ContactInput::default(),
            ],
            unreadable: FieldErrors::new(),
        }
    }

    #[test]
    fn phone_numbers_are_bounded() {
        assert_eq!(
            parse_phone(" +47 40 00 00 31 "),
            Ok("+47 40 00 00 31".into())
        );
        assert_eq!(parse_phone("  "), Ok(String::new()));
        assert_eq!(parse_phone("1234"), Err(crate::t("reg-err-phone")));
        let padded = format!("12345{}", "-".repeat(PHONE_MAX_CHARS - 5));
        assert_eq!(parse_phone(&padded), Ok(padded.clone()));
        let long = parse_phone(&format!("12345{}", "-".repeat(1_000_000))).unwrap_err();
        assert!(long.contains("too long"), "{long}");
    }

    #[test]
    fn a_valid_organisation_is_normalised() {
        let draft = valid_organisation().validate().unwrap();
        assert_eq!(draft.country.as_str(), "NO");
        assert_eq!(draft.website, "https://bergen-marine.example");
        assert_eq!(draft.sectors[1].as_str(), "M72");
        assert_eq!(draft.contacts.len(), 1, "blank contact rows are dropped");
        assert!(draft.search_text().contains("bergen marine incubator"));
        assert!(draft.search_text().contains("norway"));
    }

    #[test]
    fn every_bad_organisation_field_is_reported() {
        let mut input = valid_organisation();
        input.kind = "bank".into();
        input.name = " ".into();
        input.country = "XX".into();
        input.sectors = vec!["C10.51".into(), "Z99".into()];
        input.services = vec!["catering".into()];
        input.website = "ftp://x".into();
        input.contacts[0].email = "not-an-email".into();
        input.contacts[0].name = String::new();
        let errors = input.validate().unwrap_err();
        for field in [
            "kind",
            "name",
            "country",
            "sectors",
            "services",
            "website",
            "contacts[0].email",
            "contacts[0].name",
        ] {
            assert!(errors.contains(field), "{field} not reported: {errors:?}");
        }
        assert!(errors.get("sectors").unwrap().contains("Z99"));
        assert!(!errors.get("sectors").unwrap().contains("C10.51"));
    }

    fn valid_sme() -> SmeInput {
        SmeInput {
            name: "Fjordline Sensors AS".into(),
            country: "NO".into(),
            city: "Bergen".into(),
            home_organisation_id: Some(7),
            sectors: vec!["26.51".into()],
            founded: Some(2017),
            employees: Some(14),
            annual_turnover_cents: Some(185_000_000),
            products: "Water-quality sensors for fish farms.".into(),
            website: String::new(),
            target_markets: vec!["de".into(), "NL".into()],
            directory_consent: true,
            notes: "Looking for a distributor in Germany.".into(),
            contacts: vec![],
            unreadable: FieldErrors::new(),
        }
    }

    const INCUBATOR: Option<HomeCandidate> = Some(HomeCandidate {
        id: 7,
        kind: OrganisationKind::Incubator,
    });

    #[test]
    fn a_valid_sme_is_normalised() {
        let draft = valid_sme().validate(INCUBATOR, 2026).unwrap();
        assert_eq!(draft.sectors[0].as_str(), "C26.51");
        assert_eq!(draft.target_markets[0].as_str(), "DE");
        assert_eq!(draft.founded, Some(2017));
        assert!(
            !draft.search_text().contains("distributor"),
            "notes are private"
        );
    }

    #[test]
    fn every_bad_sme_field_is_reported() {
        let mut input = valid_sme();
        input.sectors = vec![];
        input.founded = Some(2090);
        input.employees = Some(-1);
        input.annual_turnover_cents = Some(-5);
        input.target_markets = vec!["NO".into(), "QQ".into()];
        let errors = input.validate(INCUBATOR, 2026).unwrap_err();
        for field in [
            "sectors",
            "founded",
            "employees",
            "annual_turnover_cents",
            "target_markets",
        ] {
            assert!(errors.contains(field), "{field} not reported: {errors:?}");
        }
    }

    #[test]
    fn an_sme_needs_a_home_that_can_host_it() {
        let mut input = valid_sme();
        let agency = Some(HomeCandidate {
            id: 7,
            kind: OrganisationKind::FundingAgency,
        });
        assert!(
            input
                .validate(agency, 2026)
                .unwrap_err()
                .contains("home_organisation_id")
        );
        assert!(
            input
                .validate(None, 2026)
                .unwrap_err()
                .contains("home_organisation_id")
        );
        input.home_organisation_id = None;
        assert_eq!(
            input
                .validate(INCUBATOR, 2026)
                .unwrap_err()
                .get("home_organisation_id"),
            Some("is required")
        );
    }

    #[test]
    fn unreadable_fields_are_reported_before_their_validation() {
        let mut input = valid_sme();
        input.employees = None;
        input
            .unreadable
            .add("employees", crate::t("val-whole-number"));
        input.name = String::new();
        let errors = input.validate(INCUBATOR, 2026).unwrap_err();
        assert_eq!(errors.get("employees"), Some("must be a whole number"));
        assert_eq!(errors.get("name"), Some("is required"));
    }

    #[test]
    fn own_country_is_not_a_target_market() {
        let mut input = valid_sme();
        input.target_markets = vec!["NO".into()];
        let errors = input.validate(INCUBATOR, 2026).unwrap_err();
        assert!(errors.get("target_markets").unwrap().contains("Norway"));
    }

    #[test]
    fn permissions_follow_roles_and_affiliation() {
        let admin = actor(Role::Admin, None, None);
        let manager = actor(Role::Manager, Some(7), None);
        let other_manager = actor(Role::Manager, Some(8), None);
        let member = actor(Role::Sme, None, Some(42));
        let other_member = actor(Role::Sme, None, Some(43));
        let evaluator = actor(Role::Evaluator, Some(7), None);
        let hidden = &SmeAccess {
            sme_id: 42,
            home_organisation_id: 7,
            directory_consent: false,
            partners: vec![9],
        };
        let listed = &SmeAccess {
            directory_consent: true,
            ..hidden.clone()
        };
        let partner = actor(Role::Manager, Some(9), None);
        assert!(can_see_private(&partner, hidden) && can_see_sme(&partner, hidden));
        assert!(
            !can_edit_sme(&partner, hidden),
            "partners look, they do not edit"
        );
        assert!(!can_see_private(
            &actor(Role::Evaluator, Some(9), None),
            hidden
        ));

        assert!(can_create_organisation(&admin));
        assert!(!can_create_organisation(&manager));
        assert!(can_edit_organisation(&manager, 7));
        assert!(!can_edit_organisation(&other_manager, 7));
        assert!(
            !can_edit_organisation(&evaluator, 7),
            "evaluators do not manage"
        );
        assert!(can_create_sme_at(&manager, 7));
        assert!(!can_create_sme_at(&manager, 8));
        assert!(!can_create_sme_at(&member, 7));

        for who in [&admin, &manager, &member] {
            assert!(can_see_private(who, hidden));
            assert!(can_edit_sme(who, hidden));
        }
        for who in [&other_manager, &other_member, &evaluator] {
            assert!(!can_see_private(who, listed));
            assert!(!can_edit_sme(who, listed));
            assert!(!can_see_sme(who, hidden));
            assert!(can_see_sme(who, listed));
        }
        assert!(can_change_home(&admin));
        assert!(!can_change_home(&manager));
        assert!(check_home_change(&manager, 7, Some(7)).is_ok());
        assert!(check_home_change(&manager, 7, Some(8)).is_err());
        assert!(check_home_change(&admin, 7, Some(8)).is_ok());
        assert!(can_register_smes(&manager) && can_register_smes(&admin));
        assert!(!can_register_smes(&member) && !can_register_smes(&evaluator));
        assert!(can_delete_organisation(&admin));
        assert!(!can_delete_organisation(&manager));
        assert!(can_delete_sme(&admin, hidden));
        assert!(can_delete_sme(&manager, hidden));
        assert!(
            !can_delete_sme(&member, hidden),
            "members ask their incubator"
        );
        assert!(!can_delete_sme(&other_manager, listed));
    }

    #[test]
    fn organisations_with_dependants_stay() {
        assert_eq!(organisation_removal_blocked(0, 0), None);
        let message = organisation_removal_blocked(3, 1).unwrap();
        assert!(message.contains("3 SMEs") && message.contains("1 account belong"));
    }

    #[test]
    fn list_scopes() {
        assert_eq!(sme_scope(&actor(Role::Admin, None, None)), SmeScope::All);
        assert_eq!(
            sme_scope(&actor(Role::Manager, Some(7), None)),
            SmeScope::Consented {
                managed_organisation: Some(7),
                own_sme: None
            }
        );
        assert_eq!(
            sme_scope(&actor(Role::Evaluator, Some(7), None)),
            SmeScope::Consented {
                managed_organisation: None,
                own_sme: None
            }
        );
    }

    #[test]
    fn a_query_word_naming_a_country_in_any_language_stands_for_it() {
        let country = |query: &str| -> Vec<(String, Option<String>)> {
            search_terms(query)
                .into_iter()
                .map(|t| (t.text, t.country.map(|c| c.as_str().to_string())))
                .collect()
        };
        let de = |word: &str| vec![(word.to_string(), Some("DE".to_string()))];
        // English, Danish, Norwegian, Swedish, German and Dutch.
        assert_eq!(country("Germany"), de("germany"));
        assert_eq!(country("Tyskland"), de("tyskland"));
        assert_eq!(country("TYSKLAND"), de("tyskland"));
        assert_eq!(country("Deutschland"), de("deutschland"));
        assert_eq!(country("Duitsland"), de("duitsland"));
        for (word, code) in [
            ("Norge", "NO"),
            ("Noorwegen", "NO"),
            ("Sverige", "SE"),
            ("Zweden", "SE"),
            ("Dänemark", "DK"),
            ("Nederländerna", "NL"),
            ("Holland", "NL"),
        ] {
            assert_eq!(
                country(word),
                vec![(fold(word), Some(code.to_string()))],
                "{word}"
            );
        }
        // Names of several words, among other words.
        assert_eq!(
            country("fish Verenigd Koninkrijk smoked"),
            vec![
                ("fish".to_string(), None),
                ("verenigd koninkrijk".to_string(), Some("GB".to_string())),
                ("smoked".to_string(), None),
            ]
        );
        assert_eq!(
            country("Förenade kungariket"),
            vec![("forenade kungariket".to_string(), Some("GB".to_string()))]
        );
        // Codes and parts of names are plain words.
        assert_eq!(
            country("de tysk"),
            vec![("de".to_string(), None), ("tysk".to_string(), None)]
        );
        assert!(search_terms("  ").is_empty());
        let params = ListParams {
            q: Some("Tyskland software".into()),
            ..Default::default()
        };
        let terms = params.filter().unwrap().terms;
        assert_eq!(terms[0].country.as_ref().unwrap().as_str(), "DE");
        assert_eq!(terms[1].country, None);
    }

    #[test]
    fn list_parameters_are_validated() {
        let params = ListParams {
            q: Some("  Malmö  fish ".into()),
            country: Some("se".into()),
            sector: Some("10".into()),
            ..Default::default()
        };
        let filter = params.filter().unwrap();
        let texts: Vec<&str> = filter.terms.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["malmo", "fish"]);
        assert!(filter.terms.iter().all(|t| t.country.is_none()));
        assert_eq!(filter.country.unwrap().as_str(), "SE");
        assert_eq!(filter.sector.unwrap().as_str(), "C10");
        assert_eq!(
            params.api_window().unwrap(),
            Window {
                limit: 50,
                offset: 0
            }
        );

        let bad = ListParams {
            kind: Some("bank".into()),
            country: Some("Sweden".into()),
            limit: Some("500".into()),
            offset: Some("-1".into()),
            ..Default::default()
        };
        let errors = bad.filter().unwrap_err();
        assert!(errors.contains("kind") && errors.contains("country"));
        let errors = bad.api_window().unwrap_err();
        assert!(errors.contains("limit") && errors.contains("offset"));

        let page = ListParams {
            page: Some("3".into()),
            ..Default::default()
        };
        assert_eq!(
            page.page_window(),
            Window {
                limit: 25,
                offset: 50
            }
        );
        let junk = ListParams {
            page: Some("zero".into()),
            ..Default::default()
        };
        assert_eq!(junk.page_number(), 1);
    }
}

/// Property tests: every parser of outside input takes any text without
/// panicking, and what a formatter writes reads back as the same value.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Text people might type into an amount, code or address field, plus
    /// anything at all.
    fn typed() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[0-9 ,._€EURO\u{a0}-]{0,24}",
            "[A-Za-z0-9 .:/?#@-]{0,40}",
        ]
    }

    proptest! {
        #[test]
        fn country_codes_never_panic_and_read_back(value in typed()) {
            if let Ok(code) = CountryCode::parse(&value) {
                prop_assert_eq!(code.as_str().len(), 2);
                prop_assert!(code.as_str().chars().all(|c| c.is_ascii_uppercase()));
                prop_assert_eq!(CountryCode::parse(code.as_str()), Ok(code.clone()));
                prop_assert_ne!(code.name(), "unknown country");
            }
        }

        #[test]
        fn nace_codes_never_panic_and_read_back(
            value in prop_oneof![typed(), "[A-Ua-u]?[0-9 .]{0,7}"],
        ) {
            if let Ok(code) = NaceCode::parse(&value) {
                prop_assert_eq!(NaceCode::parse(code.as_str()), Ok(code.clone()));
                prop_assert_ne!(code.title(), "unknown activity");
                let ancestors = code.with_ancestors();
                prop_assert_eq!(ancestors.last(), Some(&code));
                for ancestor in &ancestors {
                    prop_assert!(code.as_str().starts_with(ancestor.as_str()));
                }
            }
        }

        #[test]
        fn kinds_never_panic_and_read_back(value in typed()) {
            if let Ok(kind) = OrganisationKind::parse(&value) {
                prop_assert_eq!(OrganisationKind::parse(kind.as_str()), Ok(kind));
            }
            for kind in OrganisationKind::ALL {
                prop_assert_eq!(OrganisationKind::parse(kind.as_str()), Ok(*kind));
            }
        }

        #[test]
        fn websites_are_http_addresses_and_read_back(value in typed()) {
            if let Ok(url) = parse_website(&value)
                && !url.is_empty()
            {
                prop_assert!(url.starts_with("http://") || url.starts_with("https://"));
                prop_assert!(!url.chars().any(|c| c.is_whitespace() || c.is_control()));
                prop_assert!(url.len() <= 300);
                prop_assert_eq!(parse_website(&url), Ok(url.clone()));
            }
        }

        #[test]
        fn amounts_never_panic(value in typed()) {
            if let Ok(Some(cents)) = parse_eur_cents(&value) {
                prop_assert!(cents >= 0);
            }
        }

        #[test]
        fn amounts_round_trip_through_both_formats(cents in 0i64..=i64::MAX) {
            prop_assert_eq!(parse_eur_cents(&eur_input_value(cents)), Ok(Some(cents)));
            prop_assert_eq!(parse_eur_cents(&format_eur(cents)), Ok(Some(cents)));
        }

        #[test]
        fn amounts_in_form_fields_keep_their_sign(cents in any::<i64>()) {
            let written = eur_input_value(cents);
            prop_assert_eq!(written.starts_with('-'), cents < 0);
            prop_assert_eq!(format_eur(cents).starts_with("EUR -"), cents < 0);
        }

        #[test]
        fn thousands_are_grouped_by_three(value in any::<u64>()) {
            let grouped = group_thousands(value);
            prop_assert_eq!(grouped.replace(',', ""), value.to_string());
            let groups: Vec<&str> = grouped.split(',').collect();
            prop_assert!((1..=3).contains(&groups[0].len()));
            prop_assert!(groups[1..].iter().all(|g| g.len() == 3));
        }

        #[test]
        fn phones_never_panic(value in prop_oneof![typed(), "[0-9 +()./-]{0,25}"]) {
            if let Ok(phone) = parse_phone(&value) {
                prop_assert_eq!(parse_phone(&phone), Ok(phone.clone()));
            }
        }

        #[test]
        fn slugs_are_url_safe(value in any::<String>()) {
            let slug = slugify(&value);
            prop_assert!(!slug.is_empty() && slug.chars().count() <= 60);
            prop_assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!slug.starts_with('-') && !slug.ends_with('-'));
            prop_assert_eq!(slugify(&slug), slug.clone());
        }

        #[test]
        fn lists_split_into_trimmed_items(value in any::<String>()) {
            for item in split_list(&value) {
                prop_assert!(!item.is_empty());
                prop_assert_eq!(item.trim(), item.as_str());
                prop_assert!(!item.contains([',', ';', '\n']));
            }
        }

        /// The SME and organisation search and filters (`q`, `kind`, …) of
        /// pages and the API: any query string gives a filter or field errors.
        #[test]
        fn list_parameters_never_panic(
            q in proptest::option::of(any::<String>()),
            kind in proptest::option::of(typed()),
            country in proptest::option::of(typed()),
            sector in proptest::option::of(typed()),
            home in proptest::option::of(typed()),
            market in proptest::option::of(typed()),
            limit in proptest::option::of(typed()),
            offset in proptest::option::of(typed()),
            page in proptest::option::of(typed()),
        ) {
            let params = ListParams {
                q,
                kind,
                country,
                sector,
                home_organisation: home,
                target_market: market,
                limit,
                offset,
                page,
            };
            let (filter, _) = params.lenient_filter();
            prop_assert!(filter.terms.len() <= MAX_SEARCH_TERMS);
            prop_assert!(filter.terms.iter().all(|t| !t.text.is_empty()
                && (t.country.is_some() || !t.text.contains(char::is_whitespace))));
            if let Ok((_, window)) = params.api_query() {
                prop_assert!((1..=200).contains(&window.limit));
                prop_assert!(i64::try_from(window.offset).is_ok());
            }
            let window = params.page_window();
            prop_assert!(params.page_number() >= 1 && window.limit == PAGE_SIZE);
            prop_assert!(i64::try_from(window.offset).is_ok());
        }
    }
}
