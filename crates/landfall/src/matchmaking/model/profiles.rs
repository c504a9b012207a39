//! Cooperation profiles: typed offers and requests, their life from draft to
//! published and expired, and what a valid profile is.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::auth::model::Email;
use crate::registry::model::{CountryCode, NaceCode, parse_phone, validate_codes, vocabulary};
use crate::validation::{FieldErrors, non_blank_count, text};

vocabulary! {
    /// What a profile offers or asks for.
    ProfileType, "a profile type" {
        BusinessOffer => "business_offer", "Business offer";
        BusinessRequest => "business_request", "Business request";
        TechnologyOffer => "technology_offer", "Technology offer";
        TechnologyRequest => "technology_request", "Technology request";
        ResearchCooperation => "research_cooperation", "R&D / project cooperation";
        InvestmentOffer => "investment_offer", "Investment offered (B2I)";
        InvestmentRequest => "investment_request", "Investment sought (B2I)";
        ClusterCooperation => "cluster_cooperation", "Cluster cooperation (C2C)";
    }
}

/// Which way a profile points: it offers something, asks for something, or
/// looks for peers doing the same (research and cluster cooperation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Offer,
    Request,
    Mutual,
}

impl ProfileType {
    pub fn direction(self) -> Direction {
        match self {
            Self::BusinessOffer | Self::TechnologyOffer | Self::InvestmentOffer => Direction::Offer,
            Self::BusinessRequest | Self::TechnologyRequest | Self::InvestmentRequest => {
                Direction::Request
            }
            Self::ResearchCooperation | Self::ClusterCooperation => Direction::Mutual,
        }
    }

    /// How well a profile of type `other` answers one of this type: 1 for the
    /// exact counterpart (a business request and a business offer), less for
    /// a neighbouring one (a technology offer can answer a business request),
    /// 0 when they do not meet at all (two offers).
    pub fn complements(self, other: ProfileType) -> f64 {
        use ProfileType::*;
        match (self, other) {
            (BusinessOffer, BusinessRequest)
            | (BusinessRequest, BusinessOffer)
            | (TechnologyOffer, TechnologyRequest)
            | (TechnologyRequest, TechnologyOffer)
            | (InvestmentOffer, InvestmentRequest)
            | (InvestmentRequest, InvestmentOffer)
            | (ResearchCooperation, ResearchCooperation)
            | (ClusterCooperation, ClusterCooperation) => 1.0,
            (TechnologyOffer, BusinessRequest)
            | (BusinessRequest, TechnologyOffer)
            | (BusinessOffer, TechnologyRequest)
            | (TechnologyRequest, BusinessOffer)
            | (ResearchCooperation, TechnologyOffer | TechnologyRequest)
            | (TechnologyOffer | TechnologyRequest, ResearchCooperation) => 0.6,
            _ => 0.0,
        }
    }

    /// Cluster cooperation is between organisations (clusters, incubators).
    pub fn needs_organisation_owner(self) -> bool {
        self == Self::ClusterCooperation
    }
}

vocabulary! {
    /// How far what the profile is about has come.
    Stage, "a stage" {
        Idea => "idea", "Idea";
        Prototype => "prototype", "Prototype";
        Pilot => "pilot", "Pilot / field test";
        MarketReady => "market_ready", "Ready for the market";
        Established => "established", "Established on the market";
    }
}

vocabulary! {
    /// Where a profile is on its way to the marketplace. `Published` profiles
    /// past their expiry date count as expired (see [`Visibility`]).
    ProfileStatus, "a profile status" {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Waiting for review";
        Published => "published", "Published";
        Rejected => "rejected", "Needs changes";
        Withdrawn => "withdrawn", "Withdrawn";
    }
}

vocabulary! {
    /// A request to be introduced to a profile's owner.
    IntroductionStatus, "an introduction status" {
        Pending => "pending", "Waiting for an answer";
        Accepted => "accepted", "Accepted";
        Declined => "declined", "Declined";
    }
}

/// Who a profile belongs to, or who acts in the marketplace: an SME or an
/// organisation. Stored as a key (`sme:12`, `organisation:3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Party {
    Sme(i64),
    Organisation(i64),
}

impl Party {
    pub fn key(self) -> String {
        match self {
            Self::Sme(id) => format!("sme:{id}"),
            Self::Organisation(id) => format!("organisation:{id}"),
        }
    }

    pub fn parse_key(key: &str) -> Result<Self, String> {
        let bad = || format!("`{key}` is not a party key");
        let (kind, id) = key.split_once(':').ok_or_else(bad)?;
        let id: i64 = id.parse().map_err(|_| bad())?;
        match kind {
            "sme" => Ok(Self::Sme(id)),
            "organisation" => Ok(Self::Organisation(id)),
            _ => Err(bad()),
        }
    }

    pub fn sme_id(self) -> Option<i64> {
        match self {
            Self::Sme(id) => Some(id),
            Self::Organisation(_) => None,
        }
    }

    pub fn organisation_id(self) -> Option<i64> {
        match self {
            Self::Organisation(id) => Some(id),
            Self::Sme(_) => None,
        }
    }
}

/// How long a profile stays in the marketplace unless renewed.
pub const VALIDITY_MONTHS: u32 = 12;
/// The furthest expiry date accepted.
pub const MAX_VALIDITY_MONTHS: u32 = 24;
/// Renewal is offered this many days before the expiry date (and after it).
pub const RENEWAL_WINDOW_DAYS: i64 = 60;

pub fn default_expiry(today: NaiveDate) -> NaiveDate {
    today + Months::new(VALIDITY_MONTHS)
}

/// A profile as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileInput {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub sectors: Vec<String>,
    pub keywords: Vec<String>,
    pub target_countries: Vec<String>,
    pub stage: String,
    pub expires_on: Option<NaiveDate>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub unreadable: FieldErrors,
}

/// A valid profile, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileDraft {
    pub kind: ProfileType,
    pub title: String,
    pub description: String,
    pub sectors: Vec<NaceCode>,
    pub keywords: Vec<String>,
    pub target_countries: Vec<CountryCode>,
    pub stage: Stage,
    pub expires_on: NaiveDate,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

impl ProfileInput {
    /// `owner` decides which types are allowed; `today` bounds the expiry date.
    pub fn validate(&self, owner: Party, today: NaiveDate) -> Result<ProfileDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let kind = errors.check("type", ProfileType::parse(&self.kind));
        if let (Some(kind), Party::Sme(_)) = (kind, owner)
            && kind.needs_organisation_owner()
        {
            errors.add("type", crate::t("mm-err-cooperation-owner"));
        }
        let title = errors.check("title", text(&self.title, true, 120));
        let description = errors.check(
            "description",
            text(&self.description, true, 4000).and_then(|d| {
                if d.chars().count() < 40 {
                    Err(crate::t("mm-err-say-more"))
                } else {
                    Ok(d)
                }
            }),
        );
        let sectors = validate_codes("sectors", &self.sectors, 5, NaceCode::parse, &mut errors);
        if sectors.is_empty() && !errors.contains("sectors") {
            errors.add("sectors", crate::t("mm-err-sector-required"));
        }
        let keywords = check_keywords(&self.keywords, &mut errors);
        let target_countries = validate_codes(
            "target_countries",
            &self.target_countries,
            30,
            CountryCode::parse,
            &mut errors,
        );
        let stage = errors.check("stage", Stage::parse(&self.stage));
        let expires_on = match self.expires_on {
            None => Some(default_expiry(today)),
            Some(date) if date <= today => {
                errors.add("expires_on", crate::t("val-in-future"));
                None
            }
            Some(date) if date > today + Months::new(MAX_VALIDITY_MONTHS) => {
                errors.add(
                    "expires_on",
                    crate::t1("mm-err-expiry-too-far", "months", MAX_VALIDITY_MONTHS),
                );
                None
            }
            Some(date) => Some(date),
        };
        let contact_name = errors.check("contact_name", text(&self.contact_name, true, 120));
        let contact_email = errors.check(
            "contact_email",
            Email::parse(&self.contact_email).map(|e| e.as_str().to_string()),
        );
        let contact_phone = errors.check("contact_phone", parse_phone(&self.contact_phone));
        match (
            kind,
            title,
            description,
            stage,
            expires_on,
            contact_name,
            contact_email,
            contact_phone,
        ) {
            (
                Some(kind),
                Some(title),
                Some(description),
                Some(stage),
                Some(expires_on),
                Some(contact_name),
                Some(contact_email),
                Some(contact_phone),
            ) if errors.is_empty() => Ok(ProfileDraft {
                kind,
                title,
                description,
                sectors,
                keywords,
                target_countries,
                stage,
                expires_on,
                contact_name,
                contact_email,
                contact_phone,
            }),
            _ => Err(errors),
        }
    }
}

/// Reads a profile's keywords: at most 10, each on one line (they are stored
/// one a line) and at most 60 characters; blanks dropped, repeats (ignoring
/// case) kept once.
fn check_keywords(values: &[String], errors: &mut FieldErrors) -> Vec<String> {
    if non_blank_count(values) > 10 {
        errors.add("keywords", crate::t("mm-err-too-many-keywords"));
        return Vec::new();
    }
    let mut keywords: Vec<String> = Vec::new();
    for value in values {
        let keyword = value.trim();
        if keyword.is_empty() {
            continue;
        }
        if keyword.chars().any(char::is_control) {
            errors.add("keywords", crate::t("val-control-characters"));
            return Vec::new();
        }
        if keyword.chars().count() > 60 {
            errors.add(
                "keywords",
                crate::t1("mm-err-keyword-too-long", "keyword", keyword),
            );
            return Vec::new();
        }
        if !keywords.iter().any(|k| k.eq_ignore_ascii_case(keyword)) {
            keywords.push(keyword.to_string());
        }
    }
    keywords
}

impl ProfileDraft {
    /// Whether a change needs another review: what the profile says, not its
    /// contact person or its expiry.
    pub fn changes_substance_of(&self, before: &ProfileDraft) -> bool {
        self.kind != before.kind
            || self.title != before.title
            || self.description != before.description
            || self.sectors != before.sectors
            || self.keywords != before.keywords
            || self.target_countries != before.target_countries
            || self.stage != before.stage
    }
}

/// How a profile shows in the marketplace today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Published and not expired: every signed-in user finds it.
    Public,
    /// Published but past its expiry date: only its owners see it, until renewed.
    Expired,
    /// Not published: only its owners and reviewers see it.
    Private,
}

pub fn visibility(status: ProfileStatus, expires_on: NaiveDate, today: NaiveDate) -> Visibility {
    match status {
        ProfileStatus::Published if expires_on >= today => Visibility::Public,
        ProfileStatus::Published => Visibility::Expired,
        _ => Visibility::Private,
    }
}

/// The changes of status owners and reviewers can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    /// The owner sends a draft (or a rejected profile) for review.
    Submit,
    /// A reviewer publishes a submitted profile.
    Approve,
    /// A reviewer sends a submitted profile back, saying why.
    Reject,
    /// The owner takes a profile off the marketplace.
    Withdraw,
    /// The owner extends a published profile by another twelve months.
    Renew,
}

impl Transition {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "submit" => Ok(Self::Submit),
            "approve" => Ok(Self::Approve),
            "reject" => Ok(Self::Reject),
            "withdraw" => Ok(Self::Withdraw),
            "renew" => Ok(Self::Renew),
            other => Err(format!(
                "`{other}` is not an action (one of: submit, approve, reject, withdraw, renew)"
            )),
        }
    }
}

/// What a transition leads to: the new status and, for renewals, the new expiry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: ProfileStatus,
    pub expires_on: NaiveDate,
}

/// Applies a transition if the profile's status allows it. `note` is the
/// reviewer's reason (required to reject).
pub fn transition(
    status: ProfileStatus,
    expires_on: NaiveDate,
    action: Transition,
    note: &str,
    today: NaiveDate,
) -> Result<Outcome, String> {
    use ProfileStatus::*;
    let to = |status| Ok(Outcome { status, expires_on });
    match (action, status) {
        (Transition::Submit, Draft | Rejected | Withdrawn) => {
            if expires_on <= today {
                Ok(Outcome {
                    status: Submitted,
                    expires_on: default_expiry(today),
                })
            } else {
                to(Submitted)
            }
        }
        (Transition::Submit, _) => {
            Err(crate::t1("mm-err-cannot-submit", "status", status.as_str()))
        }
        (Transition::Approve, Submitted) => to(Published),
        (Transition::Reject, Submitted) if note.trim().is_empty() => {
            Err(crate::t("mm-err-say-what-to-change"))
        }
        (Transition::Reject, Submitted) => to(Rejected),
        (Transition::Approve | Transition::Reject, _) => {
            Err(crate::t("mm-err-only-waiting-reviewed"))
        }
        (Transition::Withdraw, Withdrawn) => Err(crate::t("mm-err-already-withdrawn")),
        (Transition::Withdraw, _) => to(Withdrawn),
        (Transition::Renew, Published) => {
            if (expires_on - today).num_days() > RENEWAL_WINDOW_DAYS {
                Err(crate::t2(
                    "mm-err-renew-window",
                    "days",
                    RENEWAL_WINDOW_DAYS,
                    "until",
                    expires_on,
                ))
            } else {
                Ok(Outcome {
                    status: Published,
                    expires_on: default_expiry(expires_on.max(today)),
                })
            }
        }
        (Transition::Renew, _) => Err(crate::t("mm-err-only-published-renewed")),
    }
}

impl ProfileType {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::BusinessOffer => "mm-type-business-offer",
            Self::BusinessRequest => "mm-type-business-request",
            Self::TechnologyOffer => "mm-type-technology-offer",
            Self::TechnologyRequest => "mm-type-technology-request",
            Self::ResearchCooperation => "mm-type-research-cooperation",
            Self::InvestmentOffer => "mm-type-investment-offer",
            Self::InvestmentRequest => "mm-type-investment-request",
            Self::ClusterCooperation => "mm-type-cluster-cooperation",
        })
    }
}

impl Stage {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Idea => "mm-stage-idea",
            Self::Prototype => "mm-stage-prototype",
            Self::Pilot => "mm-stage-pilot",
            Self::MarketReady => "mm-stage-market-ready",
            Self::Established => "mm-stage-established",
        })
    }
}

impl ProfileStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Draft => "mm-profile-status-draft",
            Self::Submitted => "mm-profile-status-submitted",
            Self::Published => "mm-profile-status-published",
            Self::Rejected => "mm-profile-status-rejected",
            Self::Withdrawn => "mm-profile-status-withdrawn",
        })
    }
}

impl IntroductionStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Pending => "mm-intro-status-pending",
            Self::Accepted => "mm-intro-status-accepted",
            Self::Declined => "mm-intro-status-declined",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn input() -> ProfileInput {
        ProfileInput {
            kind: "business_request".into(),
            title: "Distributor wanted for cold-smoked salmon in Germany".into(),
            description: "We smoke Norwegian salmon over beech wood and look for a distributor to \
                          delicatessen shops in northern Germany."
                .into(),
            sectors: vec!["C10.20".into()],
            keywords: vec!["smoked salmon".into(), " ".into(), "Smoked Salmon".into()],
            target_countries: vec!["de".into()],
            stage: "established".into(),
            expires_on: None,
            contact_name: "Kari Nordmann".into(),
            contact_email: "kari@example.org".into(),
            contact_phone: "+47 400 00 000".into(),
            unreadable: FieldErrors::new(),
        }
    }

    #[test]
    fn a_valid_profile_is_cleaned_up() {
        let today = day("2026-11-23");
        let draft = input().validate(Party::Sme(1), today).unwrap();
        assert_eq!(draft.kind, ProfileType::BusinessRequest);
        assert_eq!(draft.keywords, vec!["smoked salmon"]);
        assert_eq!(draft.target_countries[0].as_str(), "DE");
        assert_eq!(draft.expires_on, day("2027-11-23"));
    }

    #[test]
    fn keywords_are_one_line_each_and_at_most_ten() {
        let check = |values: Vec<String>| {
            let mut errors = FieldErrors::new();
            let keywords = check_keywords(&values, &mut errors);
            (keywords, errors.get("keywords").map(str::to_string))
        };
        let ten: Vec<String> = (0..10).map(|i| format!("k{i}")).collect();
        assert_eq!(check(ten.clone()), (ten.clone(), None));
        let mut blanks = ten.clone();
        blanks.extend([" ".to_string(), String::new()]);
        assert_eq!(check(blanks), (ten.clone(), None), "blanks do not count");
        let mut eleven = ten.clone();
        eleven.push("k10".into());
        assert_eq!(
            check(eleven),
            (Vec::new(), Some(crate::t("mm-err-too-many-keywords")))
        );
        // A huge list is refused by its length.
        assert_eq!(check(vec!["k".into(); 1_000_000]).0, Vec::<String>::new());
        for smuggled in ["a\nb\nc", "a\rb", "a\0b", "a\tb"] {
            assert_eq!(
                check(vec![smuggled.into()]),
                (Vec::new(), Some(crate::t("val-control-characters"))),
                "{smuggled:?}"
            );
        }
    }

    #[test]
    fn every_bad_field_is_named() {
        let today = day("2026-11-23");
        let bad = ProfileInput {
            kind: "partnership".into(),
            title: String::new(),
            description: "Too short".into(),
            sectors: vec!["Z99".into()],
            keywords: vec!["x".repeat(61)],
            target_countries: vec!["XX".into()],
            stage: "mature".into(),
            expires_on: Some(day("2026-11-01")),
            contact_name: String::new(),
            contact_email: "nobody".into(),
            contact_phone: "call me".into(),
            unreadable: FieldErrors::new(),
        };
        let errors = bad.validate(Party::Sme(1), today).unwrap_err();
        for field in [
            "type",
            "title",
            "description",
            "sectors",
            "keywords",
            "target_countries",
            "stage",
            "expires_on",
            "contact_name",
            "contact_email",
            "contact_phone",
        ] {
            assert!(errors.contains(field), "{field} not reported: {errors:?}");
        }
        let far = ProfileInput {
            expires_on: Some(day("2029-01-01")),
            ..input()
        };
        assert!(
            far.validate(Party::Sme(1), today)
                .unwrap_err()
                .contains("expires_on")
        );
    }

    #[test]
    fn cluster_cooperation_is_for_organisations() {
        let today = day("2026-11-23");
        let c2c = ProfileInput {
            kind: "cluster_cooperation".into(),
            ..input()
        };
        assert!(
            c2c.validate(Party::Sme(1), today)
                .unwrap_err()
                .contains("type")
        );
        assert!(c2c.validate(Party::Organisation(1), today).is_ok());
    }

    #[test]
    fn offers_meet_requests_not_other_offers() {
        use ProfileType::*;
        assert_eq!(BusinessOffer.complements(BusinessRequest), 1.0);
        assert_eq!(BusinessOffer.complements(BusinessOffer), 0.0);
        assert_eq!(ResearchCooperation.complements(ResearchCooperation), 1.0);
        assert!(TechnologyOffer.complements(BusinessRequest) > 0.0);
        assert_eq!(InvestmentRequest.complements(InvestmentOffer), 1.0);
        assert_eq!(ClusterCooperation.complements(BusinessOffer), 0.0);
        for a in ProfileType::ALL {
            for b in ProfileType::ALL {
                assert_eq!(a.complements(*b), b.complements(*a), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_review_path() {
        let today = day("2026-11-23");
        let expiry = day("2027-06-01");
        use ProfileStatus::*;
        let step = |status, action, note: &str| {
            transition(status, expiry, action, note, today).map(|o| o.status)
        };
        assert_eq!(step(Draft, Transition::Submit, ""), Ok(Submitted));
        assert_eq!(step(Submitted, Transition::Approve, ""), Ok(Published));
        assert!(step(Submitted, Transition::Reject, " ").is_err());
        assert_eq!(
            step(Submitted, Transition::Reject, "add prices"),
            Ok(Rejected)
        );
        assert_eq!(step(Rejected, Transition::Submit, ""), Ok(Submitted));
        assert!(step(Draft, Transition::Approve, "").is_err());
        assert!(step(Published, Transition::Submit, "").is_err());
        assert_eq!(step(Published, Transition::Withdraw, ""), Ok(Withdrawn));
        assert!(step(Withdrawn, Transition::Withdraw, "").is_err());
    }

    #[test]
    fn renewal_in_the_last_weeks_or_after_expiry() {
        let today = day("2026-11-23");
        let soon = transition(
            ProfileStatus::Published,
            day("2026-12-20"),
            Transition::Renew,
            "",
            today,
        )
        .unwrap();
        assert_eq!(soon.expires_on, day("2027-12-20"));
        let lapsed = transition(
            ProfileStatus::Published,
            day("2026-10-01"),
            Transition::Renew,
            "",
            today,
        )
        .unwrap();
        assert_eq!(lapsed.expires_on, day("2027-11-23"));
        assert!(
            transition(
                ProfileStatus::Published,
                day("2027-08-01"),
                Transition::Renew,
                "",
                today
            )
            .is_err()
        );
        assert_eq!(
            visibility(ProfileStatus::Published, day("2026-11-22"), today),
            Visibility::Expired
        );
        assert_eq!(
            visibility(ProfileStatus::Published, today, today),
            Visibility::Public
        );
        assert_eq!(
            visibility(ProfileStatus::Submitted, day("2027-01-01"), today),
            Visibility::Private
        );
    }

    #[test]
    fn party_keys_round_trip() {
        for party in [Party::Sme(12), Party::Organisation(3)] {
            assert_eq!(Party::parse_key(&party.key()), Ok(party));
        }
        assert!(Party::parse_key("person:1").is_err());
        assert!(Party::parse_key("sme:x").is_err());
    }
}
