//! Programmes, their partner organisations, cohorts and participants.

use chrono::NaiveDate;

use crate::registry::model::{CountryCode, OrganisationKind};
use crate::validation::{FieldErrors, text};

/// A programme as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProgrammeInput {
    pub name: String,
    pub description: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub target_participants: Option<i64>,
    pub target_partnerships: Option<i64>,
    pub target_presences: Option<i64>,
    pub target_export_starts: Option<i64>,
    pub partner_ids: Vec<i64>,
    /// Fields that could not be read at all (a date that is not a date…).
    pub unreadable: FieldErrors,
}

/// The four results the reference programme promised, as numbers of SMEs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Targets {
    pub participants: i32,
    pub partnerships: i32,
    pub presences: i32,
    pub export_starts: i32,
}

/// A partner as the registry describes it, for checking a programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerFacts {
    pub id: i64,
    pub kind: OrganisationKind,
    pub country: CountryCode,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgrammeDraft {
    pub name: String,
    pub description: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub targets: Targets,
    pub partner_ids: Vec<i64>,
}

fn target(field: &str, value: Option<i64>, errors: &mut FieldErrors) -> i32 {
    match value {
        None => 0,
        Some(n) if (0..=100_000).contains(&n) => i32::try_from(n).unwrap_or(0),
        Some(_) => {
            errors.add(field, crate::t("sl-err-target"));
            0
        }
    }
}

impl ProgrammeInput {
    /// `partners` are the registry's facts for `partner_ids` that exist.
    pub fn validate(&self, partners: &[PartnerFacts]) -> Result<ProgrammeDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let name = errors.check("name", text(&self.name, true, 200));
        let description = errors.check("description", text(&self.description, false, 10_000));
        let starts_on = self.starts_on;
        let ends_on = self.ends_on;
        if starts_on.is_none() {
            errors.add("starts_on", crate::t("val-required"));
        }
        if ends_on.is_none() {
            errors.add("ends_on", crate::t("val-required"));
        }
        if let (Some(start), Some(end)) = (starts_on, ends_on)
            && end < start
        {
            errors.add("ends_on", crate::t("sl-err-not-before-start"));
        }
        let targets = Targets {
            participants: target("target_participants", self.target_participants, &mut errors),
            partnerships: target("target_partnerships", self.target_partnerships, &mut errors),
            presences: target("target_presences", self.target_presences, &mut errors),
            export_starts: target(
                "target_export_starts",
                self.target_export_starts,
                &mut errors,
            ),
        };
        let mut partner_ids: Vec<i64> = Vec::new();
        for id in &self.partner_ids {
            if !partner_ids.contains(id) {
                partner_ids.push(*id);
            }
        }
        let missing: Vec<String> = partner_ids
            .iter()
            .filter(|id| !partners.iter().any(|p| p.id == **id))
            .map(|id| format!("#{id}"))
            .collect();
        if !missing.is_empty() {
            errors.add(
                "partner_ids",
                crate::t1("sl-err-no-such-organisations", "ids", missing.join(", ")),
            );
        } else if let Some(wrong) = partners.iter().find(|p| !p.kind.can_be_home()) {
            errors.add(
                "partner_ids",
                crate::t2(
                    "sl-err-partner-kind",
                    "kind",
                    wrong.kind.as_str(),
                    "id",
                    wrong.id,
                ),
            );
        } else {
            let mut countries: Vec<&CountryCode> = partners.iter().map(|p| &p.country).collect();
            countries.sort();
            countries.dedup();
            if countries.len() < 2 {
                errors.add("partner_ids", crate::t("sl-err-two-countries"));
            }
        }
        match (name, description, starts_on, ends_on) {
            (Some(name), Some(description), Some(starts_on), Some(ends_on))
                if errors.is_empty() =>
            {
                Ok(ProgrammeDraft {
                    name,
                    description,
                    starts_on,
                    ends_on,
                    targets,
                    partner_ids,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A cohort as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CohortInput {
    pub name: String,
    pub starts_on: Option<NaiveDate>,
    pub description: String,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CohortDraft {
    pub name: String,
    pub starts_on: NaiveDate,
    pub description: String,
}

impl CohortInput {
    pub fn validate(
        &self,
        programme_period: (NaiveDate, NaiveDate),
    ) -> Result<CohortDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let name = errors.check("name", text(&self.name, true, 120));
        let description = errors.check("description", text(&self.description, false, 5000));
        match self.starts_on {
            None => errors.add("starts_on", crate::t("val-required")),
            Some(date) if date < programme_period.0 || date > programme_period.1 => errors.add(
                "starts_on",
                crate::t2(
                    "sl-err-within-programme",
                    "start",
                    programme_period.0,
                    "end",
                    programme_period.1,
                ),
            ),
            Some(_) => {}
        }
        match (name, description, self.starts_on) {
            (Some(name), Some(description), Some(starts_on)) if errors.is_empty() => {
                Ok(CohortDraft {
                    name,
                    starts_on,
                    description,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A participant as requested: an SME, its cohort, and where it goes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParticipantInput {
    pub cohort_id: Option<i64>,
    pub sme_id: Option<i64>,
    pub host_organisation_id: Option<i64>,
    /// Default: the host's country.
    pub target_market: String,
    pub joined_on: Option<NaiveDate>,
    pub unreadable: FieldErrors,
}

/// What the checks of a new participant need to know, looked up by the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantFacts {
    /// The cohort, if it belongs to this programme.
    pub cohort_in_programme: bool,
    /// The SME's home organisation and country, if the SME exists.
    pub sme_home: Option<(i64, CountryCode)>,
    /// The host's country, if the host exists.
    pub host_country: Option<CountryCode>,
    pub partner_ids: Vec<i64>,
    /// The SME is already a participant of this programme.
    pub already_participating: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParticipantDraft {
    pub cohort_id: i64,
    pub sme_id: i64,
    pub home_organisation_id: i64,
    pub host_organisation_id: i64,
    pub target_market: CountryCode,
    pub joined_on: NaiveDate,
}

impl ParticipantInput {
    pub fn validate(
        &self,
        facts: &ParticipantFacts,
        today: NaiveDate,
    ) -> Result<ParticipantDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        match self.cohort_id {
            None => errors.add("cohort_id", crate::t("val-required")),
            Some(_) if !facts.cohort_in_programme => {
                errors.add("cohort_id", crate::t("sl-err-no-cohort"))
            }
            Some(_) => {}
        }
        let home = match (self.sme_id, &facts.sme_home) {
            (None, _) => {
                errors.add("sme_id", crate::t("val-required"));
                None
            }
            (Some(_), None) => {
                errors.add("sme_id", crate::t("sl-err-no-sme"));
                None
            }
            (Some(_), Some((home, country))) => {
                if !facts.partner_ids.contains(home) {
                    errors.add("sme_id", crate::t("sl-err-home-not-partner"));
                } else if facts.already_participating {
                    errors.add("sme_id", crate::t("sl-err-already-participating"));
                }
                Some((*home, country.clone()))
            }
        };
        match (self.host_organisation_id, &facts.host_country) {
            (None, _) => errors.add("host_organisation_id", crate::t("val-required")),
            (Some(host), _) if !facts.partner_ids.contains(&host) => {
                errors.add("host_organisation_id", crate::t("sl-err-host-partner"))
            }
            (Some(_), None) => {
                errors.add("host_organisation_id", crate::t("sl-err-no-organisation"))
            }
            (Some(host), Some(host_country)) => {
                if let Some((home, home_country)) = &home {
                    if *home == host {
                        errors.add("host_organisation_id", crate::t("sl-err-host-other"));
                    } else if home_country == host_country {
                        errors.add("host_organisation_id", crate::t("sl-err-host-abroad"));
                    }
                }
            }
        }
        let target_market = if self.target_market.trim().is_empty() {
            facts.host_country.clone()
        } else {
            errors.check("target_market", CountryCode::parse(&self.target_market))
        };
        if let (Some(market), Some((_, home_country))) = (&target_market, &home)
            && market == home_country
        {
            errors.add("target_market", crate::t("sl-err-market-abroad"));
        }
        match (
            self.cohort_id,
            &home,
            self.host_organisation_id,
            target_market,
        ) {
            (Some(cohort_id), Some((home, _)), Some(host), Some(target_market))
                if errors.is_empty() =>
            {
                Ok(ParticipantDraft {
                    cohort_id,
                    sme_id: self.sme_id.unwrap_or_default(),
                    home_organisation_id: *home,
                    host_organisation_id: host,
                    target_market,
                    joined_on: self.joined_on.unwrap_or(today),
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn partner(id: i64, kind: OrganisationKind, country: &str) -> PartnerFacts {
        PartnerFacts {
            id,
            kind,
            country: CountryCode::parse(country).unwrap(),
        }
    }

    fn programme() -> ProgrammeInput {
        ProgrammeInput {
            name: "North Sea Soft Landing 2027".into(),
            starts_on: Some(date(2027, 1, 1)),
            ends_on: Some(date(2028, 12, 31)),
            target_participants: Some(120),
            target_partnerships: Some(60),
            target_presences: Some(30),
            target_export_starts: Some(50),
            partner_ids: vec![1, 2, 2],
            ..Default::default()
        }
    }

    #[test]
    fn programmes_need_partners_abroad() {
        let partners = [
            partner(1, OrganisationKind::Incubator, "DK"),
            partner(2, OrganisationKind::Incubator, "NO"),
        ];
        let draft = programme().validate(&partners).unwrap();
        assert_eq!(draft.partner_ids, [1, 2]);
        assert_eq!(draft.targets.presences, 30);

        let same_country = [
            partner(1, OrganisationKind::Incubator, "DK"),
            partner(2, OrganisationKind::Cluster, "DK"),
        ];
        assert!(
            programme()
                .validate(&same_country)
                .unwrap_err()
                .get("partner_ids")
                .unwrap()
                .contains("two countries")
        );
        let agency = [
            partner(1, OrganisationKind::Incubator, "DK"),
            partner(2, OrganisationKind::FundingAgency, "NO"),
        ];
        assert!(
            programme()
                .validate(&agency)
                .unwrap_err()
                .contains("partner_ids")
        );
        assert!(
            programme()
                .validate(&partners[..1])
                .unwrap_err()
                .get("partner_ids")
                .unwrap()
                .contains("#2")
        );

        let mut bad = programme();
        bad.ends_on = Some(date(2026, 1, 1));
        bad.target_presences = Some(-3);
        bad.name = String::new();
        let errors = bad.validate(&partners).unwrap_err();
        for field in ["ends_on", "target_presences", "name"] {
            assert!(errors.contains(field), "{field}");
        }
    }

    #[test]
    fn cohorts_start_within_their_programme() {
        let period = (date(2027, 1, 1), date(2028, 12, 31));
        let cohort = CohortInput {
            name: "Spring 2027".into(),
            starts_on: Some(date(2027, 3, 1)),
            ..Default::default()
        };
        assert!(cohort.validate(period).is_ok());
        let late = CohortInput {
            starts_on: Some(date(2029, 3, 1)),
            ..cohort
        };
        assert!(late.validate(period).unwrap_err().contains("starts_on"));
    }

    fn facts() -> ParticipantFacts {
        ParticipantFacts {
            cohort_in_programme: true,
            sme_home: Some((1, CountryCode::parse("DK").unwrap())),
            host_country: Some(CountryCode::parse("NO").unwrap()),
            partner_ids: vec![1, 2, 3],
            already_participating: false,
        }
    }

    fn participant() -> ParticipantInput {
        ParticipantInput {
            cohort_id: Some(5),
            sme_id: Some(9),
            host_organisation_id: Some(2),
            ..Default::default()
        }
    }

    #[test]
    fn participants_go_from_a_partner_to_a_partner_abroad() {
        let today = date(2027, 2, 1);
        let draft = participant().validate(&facts(), today).unwrap();
        assert_eq!(draft.home_organisation_id, 1);
        assert_eq!(
            draft.target_market.as_str(),
            "NO",
            "the host's country by default"
        );
        assert_eq!(draft.joined_on, today);

        let mut home_not_partner = facts();
        home_not_partner.partner_ids = vec![2, 3];
        assert!(
            participant()
                .validate(&home_not_partner, today)
                .unwrap_err()
                .contains("sme_id")
        );

        let mut same_country = facts();
        same_country.host_country = Some(CountryCode::parse("DK").unwrap());
        let errors = participant().validate(&same_country, today).unwrap_err();
        assert!(
            errors
                .get("host_organisation_id")
                .unwrap()
                .contains("abroad")
        );

        let mut twice = facts();
        twice.already_participating = true;
        assert!(
            participant()
                .validate(&twice, today)
                .unwrap_err()
                .get("sme_id")
                .unwrap()
                .contains("already")
        );

        let home_market = ParticipantInput {
            target_market: "DK".into(),
            ..participant()
        };
        assert!(
            home_market
                .validate(&facts(), today)
                .unwrap_err()
                .contains("target_market")
        );

        let errors = ParticipantInput::default()
            .validate(&facts(), today)
            .unwrap_err();
        for field in ["cohort_id", "sme_id", "host_organisation_id"] {
            assert!(errors.contains(field), "{field}");
        }
    }
}
