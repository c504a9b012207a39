//! Outcome records: what an SME achieved abroad, dated, with evidence and
//! with what caused it, and its yearly figures.

use chrono::NaiveDate;

use crate::registry::model::{CountryCode, parse_website, vocabulary};
use crate::validation::{FieldErrors, text};

vocabulary! {
    /// What kind of result a record reports.
    OutcomeKind, "an outcome kind" {
        Partnership => "partnership", "Formal partnership";
        ExportStart => "export_start", "Export initiated";
        Presence => "presence", "Physical presence abroad";
        Contract => "contract", "Commercial contract";
        Collaboration => "collaboration", "R&D or innovation collaboration";
        JointApplication => "joint_application", "Joint funding application";
    }
}

impl OutcomeKind {
    /// Kinds whose value (contract value, first order value) can be summed.
    pub fn has_value(self) -> bool {
        matches!(self, Self::Contract | Self::ExportStart)
    }

    /// Kinds that happen in a country abroad by definition.
    fn abroad(self) -> bool {
        matches!(self, Self::ExportStart | Self::Presence)
    }

    /// Kinds that are made with someone.
    fn needs_counterparty(self) -> bool {
        matches!(
            self,
            Self::Partnership | Self::Contract | Self::Collaboration | Self::JointApplication
        )
    }
}

vocabulary! {
    /// How an SME is present abroad.
    PresenceForm, "a form of presence" {
        SalesOffice => "sales_office", "Sales office";
        Subsidiary => "subsidiary", "Subsidiary";
        IncubatorDesk => "incubator_desk", "Desk at a host incubator";
        Representative => "representative", "Local representative or agent";
    }
}

vocabulary! {
    /// Whether a record counts.
    OutcomeStatus, "an outcome status" {
        Active => "active", "Active";
        Retracted => "retracted", "Retracted";
    }
}

/// A record as typed, on a form or in the API.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutcomeInput {
    pub sme_id: Option<i64>,
    pub kind: String,
    pub occurred_on: Option<NaiveDate>,
    pub country: String,
    pub counterparty_name: String,
    pub counterparty_organisation_id: Option<i64>,
    pub counterparty_sme_id: Option<i64>,
    pub value_cents: Option<i64>,
    pub presence_form: String,
    pub description: String,
    pub evidence_text: String,
    pub evidence_url: String,
    /// An evidence file is attached (or already stored).
    pub has_evidence_file: bool,
    pub programme_id: Option<i64>,
    pub session_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub instrument: String,
    /// Why a record is corrected (required for a correction).
    pub reason: String,
    pub unreadable: FieldErrors,
}

/// A valid record, ready to store.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OutcomeDraft {
    pub sme_id: i64,
    pub kind: OutcomeKind,
    pub occurred_on: NaiveDate,
    pub country: Option<String>,
    pub counterparty_name: String,
    pub counterparty_organisation_id: Option<i64>,
    pub counterparty_sme_id: Option<i64>,
    pub value_cents: Option<i64>,
    pub presence_form: Option<PresenceForm>,
    pub description: String,
    pub evidence_text: String,
    pub evidence_url: String,
    pub programme_id: Option<i64>,
    pub session_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub instrument: String,
}

/// One place of the SME in a soft-landing programme: a participant of a cohort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Participation {
    pub programme_id: i64,
    pub cohort_id: i64,
}

/// A session named as a cause, as it is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionFacts {
    pub programme_id: i64,
    /// A session for one cohort only.
    pub cohort_id: Option<i64>,
    /// One of the SME's participants was invited to it.
    pub sme_invited: bool,
    /// It was called off: nothing came of it.
    pub cancelled: bool,
}

impl SessionFacts {
    /// Whether the SME could take part in the session: it is invited, or it is
    /// a participant of the session's programme (and of its cohort, for a
    /// cohort's session).
    pub fn involves(&self, participations: &[Participation]) -> bool {
        self.sme_invited
            || participations.iter().any(|p| {
                p.programme_id == self.programme_id
                    && self.cohort_id.is_none_or(|c| c == p.cohort_id)
            })
    }

    /// Whether the session may be named as a new cause of the SME's record:
    /// it took place (was not cancelled) and the SME could take part.
    pub fn may_be_named(&self, participations: &[Participation]) -> bool {
        !self.cancelled && self.involves(participations)
    }
}

/// The causes a record already has, when it is corrected.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Causes {
    pub programme_id: Option<i64>,
    pub session_id: Option<i64>,
    pub meeting_id: Option<i64>,
}

/// What the platform knows about the record's surroundings, for checking it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutcomeFacts {
    /// The SME's own country, when the SME exists.
    pub sme_country: Option<String>,
    /// The counterparty organisation's or SME's name, when the id exists.
    pub counterparty_found: Option<String>,
    /// Where the SME takes part in programmes.
    pub participations: Vec<Participation>,
    /// The programme named as a cause exists.
    pub programme_found: bool,
    /// The session named as a cause, when it exists.
    pub session: Option<SessionFacts>,
    /// The SMEs among the two sides of the meeting named as a cause, when
    /// the meeting exists.
    pub meeting_smes: Option<Vec<i64>>,
    /// The causes of the record being corrected: those kept as they were are
    /// not asked again to involve the SME (it may have left the programme since).
    pub kept: Causes,
    pub today: NaiveDate,
}

/// Contract and order values up to EUR 1 billion.
const MAX_VALUE_CENTS: i64 = 100_000_000_000;

/// The longest reason for a correction or a retraction, in characters.
pub const REASON_MAX_CHARS: usize = 1_000;

/// Checks why a record is retracted: required, and bounded like the reason
/// for a correction.
pub fn retraction_reason(reason: &str) -> Result<String, String> {
    let reason = text(reason, false, REASON_MAX_CHARS)?;
    if reason.is_empty() {
        return Err(crate::t("mon-err-why-retracted"));
    }
    Ok(reason)
}

impl OutcomeInput {
    /// Checks a new record (`correction` false) or a corrected one (then a reason is required).
    pub fn validate(
        &self,
        facts: &OutcomeFacts,
        correction: bool,
    ) -> Result<OutcomeDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let sme_id = match (self.sme_id, &facts.sme_country) {
            (None, _) => {
                errors.add("sme_id", crate::t("val-required"));
                None
            }
            (Some(_), None) => {
                errors.add("sme_id", crate::t("mon-err-no-sme"));
                None
            }
            (Some(id), Some(_)) => Some(id),
        };
        let kind = if self.kind.trim().is_empty() {
            errors.add("kind", crate::t("val-required"));
            None
        } else {
            errors.check("kind", OutcomeKind::parse(&self.kind))
        };
        match self.occurred_on {
            None if !errors.contains("occurred_on") => {
                errors.add("occurred_on", crate::t("val-required"))
            }
            Some(day) if day > facts.today => {
                errors.add("occurred_on", crate::t("mon-err-not-happened"));
            }
            Some(day) if day < NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(day) => {
                errors.add("occurred_on", crate::t("mon-err-from-2000"));
            }
            _ => {}
        }
        let country = if self.country.trim().is_empty() {
            None
        } else {
            errors
                .check("country", CountryCode::parse(&self.country))
                .map(|c| c.as_str().to_string())
        };
        let counterparty_name = errors
            .check(
                "counterparty_name",
                text(&self.counterparty_name, false, 200),
            )
            .unwrap_or_default();
        let description = errors
            .check("description", text(&self.description, false, 5_000))
            .unwrap_or_default();
        let evidence_text = errors
            .check("evidence_text", text(&self.evidence_text, false, 5_000))
            .unwrap_or_default();
        let evidence_url = if self.evidence_url.trim().is_empty() {
            String::new()
        } else {
            errors
                .check("evidence_url", parse_website(&self.evidence_url))
                .unwrap_or_default()
        };
        let instrument = errors
            .check("instrument", text(&self.instrument, false, 200))
            .unwrap_or_default();
        if correction
            && errors
                .check("reason", text(&self.reason, false, REASON_MAX_CHARS))
                .is_some_and(|reason| reason.is_empty())
        {
            errors.add("reason", crate::t("mon-err-why-corrected"));
        }
        if self.counterparty_organisation_id.is_some() && self.counterparty_sme_id.is_some() {
            errors.add("counterparty_sme_id", crate::t("mon-err-counterparty-both"));
        } else if (self.counterparty_organisation_id.is_some()
            || self.counterparty_sme_id.is_some())
            && facts.counterparty_found.is_none()
        {
            let field = if self.counterparty_sme_id.is_some() {
                "counterparty_sme_id"
            } else {
                "counterparty_organisation_id"
            };
            errors.add(field, crate::t("mon-err-no-counterparty"));
        }
        if self.counterparty_sme_id.is_some() && self.counterparty_sme_id == self.sme_id {
            errors.add("counterparty_sme_id", crate::t("mon-err-partner-itself"));
        }
        let counterparty_name = match (&facts.counterparty_found, counterparty_name.is_empty()) {
            (Some(found), true) => found.clone(),
            _ => counterparty_name,
        };
        let presence_form = if self.presence_form.trim().is_empty() {
            None
        } else {
            errors.check("presence_form", PresenceForm::parse(&self.presence_form))
        };
        if let Some(kind) = kind {
            if kind.needs_counterparty() && counterparty_name.is_empty() {
                errors.add("counterparty_name", crate::t("mon-err-name-counterparty"));
            }
            if (kind.abroad() || kind == OutcomeKind::Partnership)
                && country.is_none()
                && !errors.contains("country")
            {
                errors.add("country", crate::t("mon-err-country-required"));
            }
            if kind.abroad()
                && let (Some(country), Some(home)) = (&country, &facts.sme_country)
                && country == home
            {
                errors.add("country", crate::t("mon-err-country-abroad"));
            }
            if kind == OutcomeKind::Presence && presence_form.is_none() {
                if !errors.contains("presence_form") {
                    errors.add("presence_form", crate::t("mon-err-presence-form"));
                }
            } else if kind != OutcomeKind::Presence && presence_form.is_some() {
                errors.add("presence_form", crate::t("mon-err-presence-form-only"));
            }
            if kind == OutcomeKind::Contract && self.value_cents.is_none() {
                if !errors.contains("value_cents") {
                    errors.add("value_cents", crate::t("mon-err-contract-value"));
                }
            } else if !kind.has_value() && self.value_cents.is_some() {
                errors.add("value_cents", crate::t("mon-err-value-only"));
            }
        }
        if let Some(value) = self.value_cents
            && !(0..=MAX_VALUE_CENTS).contains(&value)
        {
            errors.add("value_cents", crate::t("mon-err-value-range"));
        }
        if evidence_text.is_empty() && evidence_url.is_empty() && !self.has_evidence_file {
            errors.add("evidence_text", crate::t("mon-err-evidence"));
        }
        self.check_causes(facts, &mut errors);
        match (sme_id, kind, self.occurred_on) {
            (Some(sme_id), Some(kind), Some(occurred_on)) if errors.is_empty() => {
                Ok(OutcomeDraft {
                    sme_id,
                    kind,
                    occurred_on,
                    country,
                    counterparty_name,
                    counterparty_organisation_id: self.counterparty_organisation_id,
                    counterparty_sme_id: self.counterparty_sme_id,
                    value_cents: self.value_cents,
                    presence_form,
                    description,
                    evidence_text,
                    evidence_url,
                    programme_id: self.programme_id,
                    session_id: self.session_id,
                    meeting_id: self.meeting_id,
                    instrument,
                })
            }
            _ => Err(errors),
        }
    }
}

impl OutcomeInput {
    /// A cause must exist and involve the SME: a programme it takes part in,
    /// a session it could attend (of that programme, when both are named), a
    /// meeting where it sat on one side. A cause kept unchanged by a
    /// correction is only asked to exist.
    fn check_causes(&self, facts: &OutcomeFacts, errors: &mut FieldErrors) {
        // Who the SME is cannot be told when it is unknown: its own message says so.
        let sme_known = self.sme_id.is_some() && facts.sme_country.is_some();
        if let Some(id) = self.programme_id {
            if !facts.programme_found {
                errors.add("programme_id", crate::t("mon-err-no-programme"));
            } else if sme_known
                && facts.kept.programme_id != Some(id)
                && !facts.participations.iter().any(|p| p.programme_id == id)
            {
                errors.add("programme_id", crate::t("mon-err-programme-not-sme"));
            }
        }
        if let Some(id) = self.session_id {
            match &facts.session {
                None => errors.add("session_id", crate::t("mon-err-no-session")),
                Some(_) if facts.kept.session_id == Some(id) => {}
                Some(session) => {
                    if session.cancelled {
                        errors.add("session_id", crate::t("mon-err-session-cancelled"));
                    } else if sme_known && !session.involves(&facts.participations) {
                        errors.add("session_id", crate::t("mon-err-session-not-sme"));
                    } else if self.programme_id.is_some_and(|p| p != session.programme_id) {
                        errors.add("session_id", crate::t("mon-err-session-other-programme"));
                    }
                }
            }
        }
        if let Some(id) = self.meeting_id {
            match (&facts.meeting_smes, self.sme_id) {
                (None, _) => errors.add("meeting_id", crate::t("mon-err-no-meeting")),
                (Some(sides), Some(sme_id))
                    if sme_known
                        && facts.kept.meeting_id != Some(id)
                        && !sides.contains(&sme_id) =>
                {
                    errors.add("meeting_id", crate::t("mon-err-meeting-not-sme"));
                }
                _ => {}
            }
        }
    }
}

/// One year of an SME's figures as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FiguresInput {
    pub year: Option<i64>,
    pub turnover_cents: Option<i64>,
    pub employees: Option<i64>,
    pub export_share_pct: Option<i64>,
    pub reason: String,
    pub unreadable: FieldErrors,
}

/// One valid year of figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Figures {
    pub year: i32,
    pub turnover_cents: Option<i64>,
    pub employees: Option<i32>,
    pub export_share_pct: Option<i32>,
}

impl FiguresInput {
    pub fn validate(&self, current_year: i32) -> Result<Figures, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let year = match self.year {
            None => {
                if !errors.contains("year") {
                    errors.add("year", crate::t("val-required"));
                }
                None
            }
            Some(y) if (2000..=i64::from(current_year)).contains(&y) => i32::try_from(y).ok(),
            Some(_) => {
                errors.add(
                    "year",
                    crate::t1("mon-err-year-range", "year", current_year),
                );
                None
            }
        };
        if let Some(t) = self.turnover_cents
            && !(0..=MAX_VALUE_CENTS).contains(&t)
        {
            errors.add("turnover_cents", crate::t("mon-err-value-range"));
        }
        let employees = match self.employees {
            Some(n) if (0..=1_000_000).contains(&n) => i32::try_from(n).ok(),
            Some(_) => {
                errors.add("employees", crate::t("mon-err-head-count"));
                None
            }
            None => None,
        };
        let export_share_pct = match self.export_share_pct {
            Some(p) if (0..=100).contains(&p) => i32::try_from(p).ok(),
            Some(_) => {
                errors.add("export_share_pct", crate::t("val-percentage"));
                None
            }
            None => None,
        };
        if self.turnover_cents.is_none() && employees.is_none() && export_share_pct.is_none() {
            errors.add("employees", crate::t("mon-err-one-figure"));
        }
        errors.check("reason", text(&self.reason, false, REASON_MAX_CHARS));
        match year {
            Some(year) if errors.is_empty() => Ok(Figures {
                year,
                turnover_cents: self.turnover_cents,
                employees,
                export_share_pct,
            }),
            _ => Err(errors),
        }
    }
}

impl OutcomeKind {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Partnership => "mon-kind-partnership",
            Self::ExportStart => "mon-kind-export-start",
            Self::Presence => "mon-kind-presence",
            Self::Contract => "mon-kind-contract",
            Self::Collaboration => "mon-kind-collaboration",
            Self::JointApplication => "mon-kind-joint-application",
        })
    }
}

impl PresenceForm {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::SalesOffice => "mon-form-sales-office",
            Self::Subsidiary => "mon-form-subsidiary",
            Self::IncubatorDesk => "mon-form-incubator-desk",
            Self::Representative => "mon-form-representative",
        })
    }
}

impl OutcomeStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Active => "mon-status-active",
            Self::Retracted => "mon-status-retracted",
        })
    }
}

/// A field of a record that one version changed: its label and its value
/// before and after, as the record's page shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields of a record's stored version (see [`OutcomeDraft`]) in the
/// order of its page, with the message of each one's label.
const VERSIONED_FIELDS: [(&str, &str); 16] = [
    ("sme_id", "mon-sme"),
    ("kind", "mon-kind"),
    ("occurred_on", "mon-date"),
    ("country", "mon-country"),
    ("counterparty_name", "mon-counterparty"),
    (
        "counterparty_organisation_id",
        "mon-counterparty-organisation",
    ),
    ("counterparty_sme_id", "mon-counterparty-sme"),
    ("value_cents", "mon-value"),
    ("presence_form", "mon-presence-form"),
    ("description", "mon-description"),
    ("evidence_text", "mon-evidence"),
    ("evidence_url", "mon-link"),
    ("programme_id", "mon-programme"),
    ("session_id", "mon-session"),
    ("meeting_id", "mon-meeting"),
    ("instrument", "mon-instrument"),
];

/// What changed from one stored version of a record to the next, field by
/// field. A field missing from a version (stored before the field existed)
/// counts as empty.
pub fn changes_between(earlier: &serde_json::Value, later: &serde_json::Value) -> Vec<FieldChange> {
    let empty = serde_json::Value::Null;
    VERSIONED_FIELDS
        .iter()
        .filter_map(|&(key, message)| {
            let before = earlier.get(key).unwrap_or(&empty);
            let after = later.get(key).unwrap_or(&empty);
            (show_stored(key, before) != show_stored(key, after)).then(|| FieldChange {
                field: crate::t(message),
                before: show_stored(key, before),
                after: show_stored(key, after),
            })
        })
        .collect()
}

/// A stored field's value as a page shows it ("—" for none).
fn show_stored(key: &str, value: &serde_json::Value) -> String {
    use serde_json::Value;
    let shown = match (key, value) {
        (_, Value::Null) => None,
        ("kind", Value::String(s)) => OutcomeKind::parse(s).ok().map(OutcomeKind::label_t),
        ("presence_form", Value::String(s)) => {
            PresenceForm::parse(s).ok().map(PresenceForm::label_t)
        }
        ("occurred_on", Value::String(s)) => s.parse::<NaiveDate>().ok().map(crate::i18n::date),
        ("country", Value::String(code)) => Some(
            crate::registry::reference::country_name_in(crate::i18n::current(), code)
                .map_or_else(|| code.clone(), str::to_string),
        ),
        ("value_cents", Value::Number(n)) => n.as_i64().map(crate::i18n::money),
        (_, Value::Number(n)) => Some(format!("#{n}")),
        (_, Value::String(s)) if s.is_empty() => None,
        (_, Value::String(s)) => Some(s.clone()),
        (_, other) => Some(other.to_string()),
    };
    shown.unwrap_or_else(|| "—".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn facts() -> OutcomeFacts {
        OutcomeFacts {
            sme_country: Some("DK".into()),
            today: day(2027, 6, 1),
            ..Default::default()
        }
    }

    fn export() -> OutcomeInput {
        OutcomeInput {
            sme_id: Some(7),
            kind: "export_start".into(),
            occurred_on: Some(day(2027, 3, 14)),
            country: "no".into(),
            value_cents: Some(1_250_000),
            evidence_text: "First invoice to Bergen Seafood, 14 March".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_correction_lists_the_fields_it_changed_with_both_values() {
        let first = export().validate(&facts(), false).unwrap();
        let mut second = first.clone();
        second.value_cents = Some(1_400_000);
        second.country = Some("SE".into());
        second.instrument = "Trade fair".into();
        let earlier = serde_json::to_value(&first).unwrap();
        let later = serde_json::to_value(&second).unwrap();
        let changes = changes_between(&earlier, &later);
        let shown: Vec<(&str, &str, &str)> = changes
            .iter()
            .map(|c| (c.field.as_str(), c.before.as_str(), c.after.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("Country", "Norway", "Sweden"),
                ("Value", "EUR 12,500", "EUR 14,000"),
                ("Instrument or activity", "—", "Trade fair"),
            ]
        );
        assert!(changes_between(&later, &later).is_empty());
        // A version stored before a field existed lacks it: it was empty.
        let mut older = earlier.clone();
        older.as_object_mut().unwrap().remove("instrument");
        assert!(changes_between(&older, &earlier).is_empty());
    }

    #[test]
    fn an_export_start_abroad_with_evidence_is_accepted() {
        let draft = export().validate(&facts(), false).unwrap();
        assert_eq!(draft.kind, OutcomeKind::ExportStart);
        assert_eq!(draft.country.as_deref(), Some("NO"));
        assert_eq!(draft.value_cents, Some(1_250_000));
    }

    #[test]
    fn each_rule_names_its_field() {
        type Change = Box<dyn Fn(&mut OutcomeInput)>;
        let cases: Vec<(Change, &str)> = vec![
            (Box::new(|i| i.kind = String::new()), "kind"),
            (Box::new(|i| i.kind = "rumour".into()), "kind"),
            (Box::new(|i| i.occurred_on = None), "occurred_on"),
            (
                Box::new(|i| i.occurred_on = Some(day(2027, 7, 1))),
                "occurred_on",
            ),
            (Box::new(|i| i.country = "DK".into()), "country"),
            (Box::new(|i| i.country = String::new()), "country"),
            (Box::new(|i| i.country = "XX".into()), "country"),
            (Box::new(|i| i.value_cents = Some(-1)), "value_cents"),
            (
                Box::new(|i| i.evidence_text = String::new()),
                "evidence_text",
            ),
            (
                Box::new(|i| i.evidence_url = "ftp://x".into()),
                "evidence_url",
            ),
            (
                Box::new(|i| i.presence_form = "subsidiary".into()),
                "presence_form",
            ),
            (Box::new(|i| i.programme_id = Some(3)), "programme_id"),
            (Box::new(|i| i.sme_id = None), "sme_id"),
        ];
        for (change, field) in cases {
            let mut input = export();
            change(&mut input);
            let errors = input.validate(&facts(), false).unwrap_err();
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
    }

    #[test]
    fn kinds_ask_for_what_they_need() {
        let mut contract = export();
        contract.kind = "contract".into();
        contract.value_cents = None;
        let errors = contract.validate(&facts(), false).unwrap_err();
        assert!(errors.contains("value_cents") && errors.contains("counterparty_name"));

        let mut presence = export();
        presence.kind = "presence".into();
        presence.value_cents = None;
        assert!(
            presence
                .validate(&facts(), false)
                .unwrap_err()
                .contains("presence_form")
        );
        presence.presence_form = "sales_office".into();
        assert!(presence.validate(&facts(), false).is_ok());

        let mut partnership = export();
        partnership.kind = "partnership".into();
        partnership.value_cents = None;
        partnership.counterparty_sme_id = Some(9);
        let mut found = facts();
        found.counterparty_found = Some("Bergen Fish AS".into());
        let draft = partnership.validate(&found, false).unwrap();
        assert_eq!(draft.counterparty_name, "Bergen Fish AS");
        assert!(partnership.validate(&facts(), false).is_err());
    }

    #[test]
    fn a_correction_needs_a_reason() {
        let errors = export().validate(&facts(), true).unwrap_err();
        assert!(errors.contains("reason"));
        let mut input = export();
        input.reason = "the order was in NOK, converted".into();
        assert!(input.validate(&facts(), true).is_ok());
        // A reason too long is told as such, not as a missing one.
        input.reason = "x".repeat(REASON_MAX_CHARS + 1);
        let errors = input.validate(&facts(), true).unwrap_err();
        assert!(
            errors.get("reason").unwrap().contains("too long"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_retraction_needs_a_reason_of_bounded_length() {
        assert_eq!(
            retraction_reason("  never signed "),
            Ok("never signed".into())
        );
        assert_eq!(
            retraction_reason("  "),
            Err(crate::t("mon-err-why-retracted"))
        );
        assert!(retraction_reason(&"x".repeat(REASON_MAX_CHARS)).is_ok());
        assert!(
            retraction_reason(&"x".repeat(REASON_MAX_CHARS + 1))
                .unwrap_err()
                .contains("too long")
        );
        assert!(retraction_reason("never\0signed").is_err());
    }

    /// Facts of SME 7, a participant of programme 1 (cohort 10).
    fn in_programme() -> OutcomeFacts {
        OutcomeFacts {
            participations: vec![Participation {
                programme_id: 1,
                cohort_id: 10,
            }],
            ..facts()
        }
    }

    fn field_error(input: &OutcomeInput, facts: &OutcomeFacts, correction: bool) -> Vec<String> {
        match input.validate(facts, correction) {
            Ok(_) => Vec::new(),
            Err(errors) => ["programme_id", "session_id", "meeting_id"]
                .into_iter()
                .filter(|f| errors.contains(f))
                .map(String::from)
                .collect(),
        }
    }

    #[test]
    fn a_programme_cause_is_one_the_sme_takes_part_in() {
        let mut input = export();
        input.programme_id = Some(1);
        let mut found = in_programme();
        found.programme_found = true;
        assert!(field_error(&input, &found, false).is_empty());
        input.programme_id = Some(2);
        assert_eq!(field_error(&input, &found, false), ["programme_id"]);
        found.programme_found = false;
        assert_eq!(field_error(&input, &found, false), ["programme_id"]);
    }

    #[test]
    fn a_session_cause_is_one_the_sme_could_attend() {
        let mut input = export();
        input.session_id = Some(5);
        let session = |programme_id, cohort_id, sme_invited| SessionFacts {
            programme_id,
            cohort_id,
            sme_invited,
            cancelled: false,
        };
        let cases = [
            (Some(session(1, None, false)), true),
            (Some(session(1, Some(10), false)), true),
            (Some(session(1, Some(11), false)), false),
            (Some(session(1, Some(11), true)), true),
            (Some(session(2, None, false)), false),
            (Some(session(2, None, true)), true),
            (
                Some(SessionFacts {
                    cancelled: true,
                    ..session(1, None, true)
                }),
                false,
            ),
            (None, false),
        ];
        for (session, accepted) in cases {
            let facts = OutcomeFacts {
                session,
                ..in_programme()
            };
            let errors = field_error(&input, &facts, false);
            assert_eq!(errors.is_empty(), accepted, "{session:?}: {errors:?}");
            if !accepted {
                assert_eq!(errors, ["session_id"]);
            }
        }
        // A session of another programme than the one named is refused too.
        input.programme_id = Some(2);
        let facts = OutcomeFacts {
            session: Some(session(1, None, false)),
            programme_found: true,
            participations: vec![
                Participation {
                    programme_id: 1,
                    cohort_id: 10,
                },
                Participation {
                    programme_id: 2,
                    cohort_id: 20,
                },
            ],
            ..facts()
        };
        assert_eq!(field_error(&input, &facts, false), ["session_id"]);
    }

    #[test]
    fn a_meeting_cause_is_one_the_sme_sat_in() {
        let mut input = export();
        input.meeting_id = Some(4);
        let with = |smes: Option<Vec<i64>>| OutcomeFacts {
            meeting_smes: smes,
            ..facts()
        };
        assert!(field_error(&input, &with(Some(vec![7, 9])), false).is_empty());
        assert!(field_error(&input, &with(Some(vec![7])), false).is_empty());
        assert_eq!(
            field_error(&input, &with(Some(vec![8, 9])), false),
            ["meeting_id"]
        );
        assert_eq!(
            field_error(&input, &with(Some(vec![])), false),
            ["meeting_id"]
        );
        assert_eq!(field_error(&input, &with(None), false), ["meeting_id"]);
    }

    #[test]
    fn a_correction_keeps_its_causes_but_cannot_bring_in_foreign_ones() {
        let mut input = export();
        input.reason = "date fixed".into();
        input.programme_id = Some(2);
        input.session_id = Some(5);
        input.meeting_id = Some(4);
        let mut facts = OutcomeFacts {
            programme_found: true,
            session: Some(SessionFacts {
                programme_id: 2,
                cohort_id: None,
                sme_invited: false,
                cancelled: false,
            }),
            meeting_smes: Some(vec![8, 9]),
            ..in_programme()
        };
        // Recorded when the SME still took part: kept as they are.
        facts.kept = Causes {
            programme_id: Some(2),
            session_id: Some(5),
            meeting_id: Some(4),
        };
        assert!(field_error(&input, &facts, true).is_empty());
        // Brought in by the correction: checked like new ones.
        facts.kept = Causes::default();
        assert_eq!(
            field_error(&input, &facts, true),
            ["programme_id", "session_id", "meeting_id"]
        );
    }

    #[test]
    fn figures_need_a_year_and_one_number() {
        let input = FiguresInput {
            year: Some(2026),
            employees: Some(12),
            ..Default::default()
        };
        assert_eq!(input.validate(2027).unwrap().employees, Some(12));
        let mut bad = input.clone();
        bad.year = Some(2030);
        assert!(bad.validate(2027).unwrap_err().contains("year"));
        let mut empty = input.clone();
        empty.employees = None;
        assert!(empty.validate(2027).unwrap_err().contains("employees"));
        let mut reason = input.clone();
        reason.reason = "x".repeat(REASON_MAX_CHARS + 1);
        assert!(reason.validate(2027).unwrap_err().contains("reason"));
        reason.reason = "x".repeat(REASON_MAX_CHARS);
        assert!(reason.validate(2027).is_ok());
        let mut share = input;
        share.export_share_pct = Some(140);
        assert!(
            share
                .validate(2027)
                .unwrap_err()
                .contains("export_share_pct")
        );
    }
}
