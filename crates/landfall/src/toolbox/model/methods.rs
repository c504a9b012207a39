//! The shared library of methods and tools: regions and organisations
//! publish what they use to help companies grow, others pilot them and report
//! what came of it, and the library's indicators are counted from these
//! records (never typed in).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::slug_from;
use crate::auth::{Actor, Role};
use crate::monitoring::model::indicators::progress;
use crate::registry::model::{parse_website, vocabulary};
use crate::validation::{FieldErrors, text, whole_number_between};

vocabulary! {
    /// A way of working (method) or something to work with (tool).
    MethodKind, "a kind" {
        Method => "method", "Method";
        Tool => "tool", "Tool";
    }
}

vocabulary! {
    /// How new a method or tool is to the network.
    Novelty, "a novelty" {
        Existing => "existing", "Existing";
        Improved => "improved", "Improved";
        New => "new", "New";
    }
}

vocabulary! {
    /// The four themes of growth the library is organised by.
    Theme, "a theme" {
        BusinessModels => "business_models", "Business models and strategy";
        Products => "products_technology_design", "Products, technology and design";
        Incubation => "industrial_incubation", "Industrial incubation and new companies";
        Skills => "skills_recruitment", "Skills, training and recruitment";
    }
}

vocabulary! {
    /// Where a pilot stands.
    PilotStatus, "a pilot status" {
        Planned => "planned", "Planned";
        Running => "running", "Running";
        Completed => "completed", "Completed";
    }
}

/// Addresses the library's own pages use.
pub const RESERVED_SLUGS: [&str; 2] = ["new", "indicators"];
const MAX_MATERIALS: usize = 10;
const MAX_COUNT: i64 = 1_000_000;

/// A link to a method's material: a guide, a template, a video.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Material {
    pub title: String,
    /// An http:// or https:// address.
    pub url: String,
}

/// A method or tool as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MethodInput {
    pub title: String,
    pub kind: String,
    pub novelty: String,
    pub theme: String,
    pub summary: String,
    pub description: String,
    pub materials: Vec<Material>,
    pub presented_on: Option<NaiveDate>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodDraft {
    pub title: String,
    pub kind: MethodKind,
    pub novelty: Novelty,
    pub theme: Theme,
    pub summary: String,
    pub description: String,
    pub materials: Vec<Material>,
    pub presented_on: Option<NaiveDate>,
}

fn materials(rows: &[Material], errors: &mut FieldErrors) -> Vec<Material> {
    let mut list = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        if row.title.trim().is_empty() && row.url.trim().is_empty() {
            continue;
        }
        let title = match text(&row.title, true, 120) {
            Ok(title) => title,
            Err(message) => {
                errors.add(
                    "materials",
                    crate::t2("tb-err-material-title", "n", n, "message", message),
                );
                continue;
            }
        };
        match parse_website(&row.url) {
            Ok(url) if url.is_empty() => errors.add(
                "materials",
                crate::t2("tb-err-material-address", "n", n, "title", &title),
            ),
            Ok(url) => list.push(Material { title, url }),
            Err(message) => errors.add(
                "materials",
                crate::t3(
                    "tb-err-material",
                    "n",
                    n,
                    "title",
                    &title,
                    "message",
                    message,
                ),
            ),
        }
    }
    if list.len() > MAX_MATERIALS {
        errors.add(
            "materials",
            crate::t1("tb-err-materials-max", "max", MAX_MATERIALS),
        );
    }
    list
}

impl MethodInput {
    pub fn validate(&self) -> Result<MethodDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, true, 140));
        let kind = errors.check("kind", MethodKind::parse(&self.kind));
        let novelty = errors.check("novelty", Novelty::parse(&self.novelty));
        let theme = errors.check("theme", Theme::parse(&self.theme));
        let summary = errors.check("summary", text(&self.summary, true, 600));
        let description = errors.check("description", text(&self.description, false, 8000));
        let materials = materials(&self.materials, &mut errors);
        match (title, kind, novelty, theme, summary, description) {
            (
                Some(title),
                Some(kind),
                Some(novelty),
                Some(theme),
                Some(summary),
                Some(description),
            ) if errors.is_empty() => Ok(MethodDraft {
                title,
                kind,
                novelty,
                theme,
                summary,
                description,
                materials,
                presented_on: self.presented_on,
            }),
            _ => Err(errors),
        }
    }
}

/// The address of a new method, made from its title.
pub fn method_slug(title: &str) -> String {
    slug_from(title, &RESERVED_SLUGS, "method")
}

/// A pilot as typed or sent: an organisation trying a method at home.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PilotInput {
    pub starts_on: Option<NaiveDate>,
    pub status: String,
    pub informed: Option<i64>,
    pub adopting: Option<i64>,
    pub results: String,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PilotDraft {
    pub starts_on: NaiveDate,
    pub status: PilotStatus,
    /// Organisations or companies told about the method through the pilot.
    pub informed: i64,
    /// Organisations or companies that took it up: initiated a new solution.
    pub adopting: i64,
    pub results: String,
}

fn count(field: &str, value: Option<i64>, errors: &mut FieldErrors) -> Option<i64> {
    match value.unwrap_or(0) {
        n if (0..=MAX_COUNT).contains(&n) => Some(n),
        _ => {
            errors.add(field, crate::t1("tb-err-count", "max", MAX_COUNT));
            None
        }
    }
}

impl PilotInput {
    pub fn validate(&self) -> Result<PilotDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        if self.starts_on.is_none() && !errors.contains("starts_on") {
            errors.add("starts_on", crate::t("val-required"));
        }
        let status = errors.check("status", PilotStatus::parse(&self.status));
        let informed = count("informed", self.informed, &mut errors);
        let adopting = count("adopting", self.adopting, &mut errors);
        if let (Some(informed), Some(adopting)) = (informed, adopting)
            && adopting > informed
        {
            errors.add("adopting", crate::t("tb-err-adopting-informed"));
        }
        let results = errors.check("results", text(&self.results, false, 4000));
        match (self.starts_on, status, informed, adopting, results) {
            (Some(starts_on), Some(status), Some(informed), Some(adopting), Some(results))
                if errors.is_empty() =>
            {
                Ok(PilotDraft {
                    starts_on,
                    status,
                    informed,
                    adopting,
                    results,
                })
            }
            _ => Err(errors),
        }
    }
}

/// What the library's indicators read of a method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MethodFact {
    pub kind: MethodKind,
    pub novelty: Novelty,
    pub presented_on: Option<NaiveDate>,
}

/// What the library's indicators read of a pilot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PilotFact {
    pub informed: i64,
    pub adopting: i64,
}

/// One of the library's four indicators, counted now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LibraryIndicator {
    pub key: &'static str,
    pub name: &'static str,
    pub definition: &'static str,
    pub value: i64,
    pub target: i64,
}

impl LibraryIndicator {
    /// Whole percent of the target reached (may pass 100). The library's
    /// targets are at least 1 ([`LibraryTargets`]), so there always is one.
    #[allow(clippy::cast_precision_loss)]
    pub fn progress(&self) -> u32 {
        progress(self.value as f64, self.target).unwrap_or_default()
    }
}

/// The targets the network started with for sharing methods and tools (the
/// coordinator may set others: [`LibraryTargets`]).
pub const TARGETS: [(&str, &str, &str, i64); 4] = [
    (
        "presented",
        "Methods and tools presented",
        "Methods and tools in the library that have been presented to the network",
        30,
    ),
    (
        "new_or_improved_tools",
        "New or improved tools",
        "Tools in the library that are new or improved",
        12,
    ),
    (
        "initiating",
        "Organisations and companies initiating new solutions",
        "Sum of the organisations and companies that took up a method, over all pilots",
        120,
    ),
    (
        "informed",
        "Organisations and companies informed",
        "Sum of the organisations and companies informed of a method, over all pilots",
        1200,
    ),
];

/// The highest target an indicator of the library takes.
pub const MAX_TARGET: i64 = 10_000_000;

/// The library's targets, in the order of [`TARGETS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LibraryTargets([i64; 4]);

impl Default for LibraryTargets {
    /// The targets the network started with.
    fn default() -> Self {
        Self(TARGETS.map(|(_, _, _, target)| target))
    }
}

impl LibraryTargets {
    /// The first targets with those the coordinator set over them (stored
    /// keys no indicator has are ignored).
    pub fn from_stored(stored: &[(String, i64)]) -> Self {
        let mut targets = Self::default();
        for (key, target) in stored {
            if let Some(at) = TARGETS.iter().position(|t| t.0 == key) {
                targets.0[at] = *target;
            }
        }
        targets
    }

    /// Each indicator's key with its target.
    pub fn pairs(&self) -> Vec<(&'static str, i64)> {
        TARGETS.iter().map(|t| t.0).zip(self.0).collect()
    }

    /// Sets the target typed for `key`, a whole number from 1 to
    /// [`MAX_TARGET`]; `None` (not given) keeps the one there is. A value out
    /// of range is reported under the key.
    pub fn set(&mut self, key: &str, value: Option<i64>, errors: &mut FieldErrors) {
        let (Some(at), Some(value)) = (TARGETS.iter().position(|t| t.0 == key), value) else {
            return;
        };
        if (1..=MAX_TARGET).contains(&value) {
            self.0[at] = value;
        } else {
            errors.add(key, whole_number_between(1, MAX_TARGET));
        }
    }

    /// What changed from `before`, in words for the audit log.
    pub fn changes_from(&self, before: &Self) -> String {
        self.pairs()
            .into_iter()
            .zip(before.0)
            .filter(|((_, now), was)| now != was)
            .map(|((key, now), was)| format!("{key} {was} → {now}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Who sets the library's targets: the network coordinator (admins).
pub fn can_set_targets(actor: &Actor) -> bool {
    actor.is_admin()
}

/// The library's indicators, counted from its records as they stand `today`.
pub fn library_indicators(
    methods: &[MethodFact],
    pilots: &[PilotFact],
    targets: &LibraryTargets,
    today: NaiveDate,
) -> Vec<LibraryIndicator> {
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    let presented = count(
        methods
            .iter()
            .filter(|m| m.presented_on.is_some_and(|d| d <= today))
            .count(),
    );
    let tools = count(
        methods
            .iter()
            .filter(|m| {
                m.kind == MethodKind::Tool && matches!(m.novelty, Novelty::New | Novelty::Improved)
            })
            .count(),
    );
    let initiating = pilots.iter().map(|p| p.adopting).sum();
    let informed = pilots.iter().map(|p| p.informed).sum();
    TARGETS
        .iter()
        .zip([presented, tools, initiating, informed])
        .zip(targets.0)
        .map(
            |(((key, name, definition, _), value), target)| LibraryIndicator {
                key,
                name,
                definition,
                value,
                target,
            },
        )
        .collect()
}

/// Publishes methods: managers (for their organisation) and admins.
pub fn can_publish(actor: &Actor) -> bool {
    actor.is_admin() || (actor.role == Role::Manager && actor.organisation_id.is_some())
}

/// Edits a method: its publisher's managers and admins.
pub fn can_edit_method(actor: &Actor, publisher: i64) -> bool {
    actor.is_admin() || actor.manages(publisher)
}

/// Registers a pilot for an organisation: its managers (or an admin), and
/// only for a method published by another organisation.
pub fn can_pilot(actor: &Actor, publisher: i64, piloting: i64) -> bool {
    (actor.is_admin() || actor.manages(piloting)) && publisher != piloting
}

/// Reports on a pilot: the piloting organisation's managers and admins.
pub fn can_edit_pilot(actor: &Actor, piloting: i64) -> bool {
    actor.is_admin() || actor.manages(piloting)
}

/// Reads a list of lines of `title | address` typed in one field.
pub fn materials_from_lines(value: &str) -> Vec<Material> {
    super::lines(value)
        .into_iter()
        .map(|line| match line.rsplit_once('|') {
            Some((title, url)) => Material {
                title: title.trim().to_string(),
                url: url.trim().to_string(),
            },
            None => Material {
                title: String::new(),
                url: line,
            },
        })
        .collect()
}

/// The other way round, for showing materials in a form.
pub fn materials_to_lines(materials: &[Material]) -> String {
    materials
        .iter()
        .map(|m| format!("{} | {}", m.title, m.url))
        .collect::<Vec<_>>()
        .join("\n")
}

impl MethodKind {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Method => "tb-method-kind-method",
            Self::Tool => "tb-method-kind-tool",
        })
    }
}

impl Novelty {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Existing => "tb-novelty-existing",
            Self::Improved => "tb-novelty-improved",
            Self::New => "tb-novelty-new",
        })
    }
}

impl Theme {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::BusinessModels => "tb-theme-business-models",
            Self::Products => "tb-theme-products",
            Self::Incubation => "tb-theme-incubation",
            Self::Skills => "tb-theme-skills",
        })
    }
}

impl PilotStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Planned => "tb-pilot-planned",
            Self::Running => "tb-pilot-running",
            Self::Completed => "tb-pilot-completed",
        })
    }
}

impl LibraryIndicator {
    /// The indicator's name and definition in the language of the request, for pages.
    pub fn name_and_definition_t(&self) -> (String, String) {
        let (name, definition) = match self.key {
            "presented" => (
                "tb-indicator-presented-name",
                "tb-indicator-presented-definition",
            ),
            "new_or_improved_tools" => ("tb-indicator-tools-name", "tb-indicator-tools-definition"),
            "initiating" => (
                "tb-indicator-initiating-name",
                "tb-indicator-initiating-definition",
            ),
            "informed" => (
                "tb-indicator-informed-name",
                "tb-indicator-informed-definition",
            ),
            _ => return (self.name.to_string(), self.definition.to_string()),
        };
        (crate::t(name), crate::t(definition))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn vocabularies_round_trip() {
        for kind in MethodKind::ALL {
            assert_eq!(MethodKind::parse(kind.as_str()), Ok(*kind));
        }
        for novelty in Novelty::ALL {
            assert_eq!(Novelty::parse(novelty.as_str()), Ok(*novelty));
        }
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Ok(*theme));
        }
        for status in PilotStatus::ALL {
            assert_eq!(PilotStatus::parse(status.as_str()), Ok(*status));
        }
        assert_eq!(Theme::ALL.len(), 4);
        assert!(Novelty::parse("old").is_err());
    }

    #[test]
    fn a_method_needs_its_words_and_web_links() {
        let input = MethodInput {
            title: "Growth compass".into(),
            kind: "tool".into(),
            novelty: "improved".into(),
            theme: "business_models".into(),
            summary: "Where a company stands on its way to growth".into(),
            materials: materials_from_lines(
                "Guide | example.org/guide\n\nSlides|https://example.org/s",
            ),
            presented_on: Some(day(2027, 3, 1)),
            ..Default::default()
        };
        let draft = input.validate().unwrap();
        assert_eq!(draft.materials[0].url, "https://example.org/guide");
        assert_eq!(draft.materials[1].title, "Slides");
        assert_eq!(method_slug(&draft.title), "growth-compass");
        assert_eq!(method_slug("Indicators"), "indicators-method");

        let errors = MethodInput {
            kind: "gadget".into(),
            materials: vec![
                Material {
                    title: "Bad".into(),
                    url: "javascript:alert(1)".into(),
                },
                Material {
                    title: "FTP".into(),
                    url: "ftp://example.org/x".into(),
                },
            ],
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        for field in ["title", "kind", "novelty", "theme", "summary", "materials"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        assert_eq!(
            materials_to_lines(&draft.materials),
            "Guide | https://example.org/guide\nSlides | https://example.org/s"
        );
    }

    #[test]
    fn a_pilot_reports_whole_numbers_and_cannot_adopt_more_than_it_informed() {
        let input = PilotInput {
            starts_on: Some(day(2027, 4, 1)),
            status: "running".into(),
            informed: Some(40),
            adopting: Some(6),
            ..Default::default()
        };
        assert_eq!(input.validate().unwrap().adopting, 6);
        let zero = PilotInput {
            informed: None,
            adopting: None,
            ..input.clone()
        };
        assert_eq!(zero.validate().unwrap().informed, 0);
        let errors = PilotInput {
            adopting: Some(41),
            ..input.clone()
        }
        .validate()
        .unwrap_err();
        assert!(errors.contains("adopting"));
        let errors = PilotInput::default().validate().unwrap_err();
        assert!(errors.contains("starts_on") && errors.contains("status"));
        let errors = PilotInput {
            informed: Some(-1),
            ..input
        }
        .validate()
        .unwrap_err();
        assert!(errors.contains("informed"));
    }

    #[test]
    fn the_library_counts_match_a_hand_count() {
        use MethodKind::*;
        use Novelty::*;
        let fact = |kind, novelty, presented_on| MethodFact {
            kind,
            novelty,
            presented_on,
        };
        let today = day(2027, 6, 1);
        let methods = [
            fact(Tool, New, Some(day(2027, 1, 10))),
            fact(Tool, Improved, None),
            fact(Tool, Existing, Some(day(2027, 2, 1))),
            fact(Method, New, Some(day(2027, 3, 1))),
            fact(Method, Existing, Some(day(2027, 9, 1))), // presented later this year
        ];
        let pilots = [
            PilotFact {
                informed: 40,
                adopting: 6,
            },
            PilotFact {
                informed: 25,
                adopting: 0,
            },
            PilotFact {
                informed: 120,
                adopting: 14,
            },
        ];
        let set = library_indicators(&methods, &pilots, &LibraryTargets::default(), today);
        let values: Vec<(&str, i64, i64)> =
            set.iter().map(|i| (i.key, i.value, i.target)).collect();
        assert_eq!(
            values,
            vec![
                ("presented", 3, 30),
                ("new_or_improved_tools", 2, 12),
                ("initiating", 20, 120),
                ("informed", 185, 1200),
            ]
        );
        assert_eq!(set[0].progress(), 10);
        assert_eq!(set[3].progress(), 15);
        assert!(
            library_indicators(&[], &[], &LibraryTargets::default(), today)
                .iter()
                .all(|i| i.value == 0)
        );
    }

    #[test]
    fn the_coordinator_sets_targets_within_range_and_the_rest_stay() {
        let stored = [("informed".to_string(), 1500), ("gone".to_string(), 7)];
        let before = LibraryTargets::from_stored(&stored);
        assert_eq!(
            before.pairs(),
            [
                ("presented", 30),
                ("new_or_improved_tools", 12),
                ("initiating", 120),
                ("informed", 1500)
            ]
        );
        let mut after = before;
        let mut errors = FieldErrors::new();
        after.set("presented", Some(35), &mut errors);
        after.set("initiating", None, &mut errors);
        after.set("new_or_improved_tools", Some(0), &mut errors);
        after.set("informed", Some(MAX_TARGET + 1), &mut errors);
        after.set("unknown", Some(5), &mut errors);
        assert!(errors.contains("new_or_improved_tools") && errors.contains("informed"));
        assert_eq!(errors.iter().count(), 2);
        assert_eq!(after.changes_from(&before), "presented 30 → 35");
        let set = library_indicators(&[], &[], &after, day(2027, 6, 1));
        let targets: Vec<i64> = set.iter().map(|i| i.target).collect();
        assert_eq!(targets, [35, 12, 120, 1500]);
    }

    #[test]
    fn pilots_are_run_by_other_organisations_than_the_publisher() {
        let actor = |role, organisation_id| Actor {
            user_id: 1,
            email: "x@example.org".into(),
            display_name: "X".into(),
            role,
            organisation_id,
            sme_id: None,
            session: None,
            locale: None,
        };
        let publisher = actor(Role::Manager, Some(1));
        let other = actor(Role::Manager, Some(2));
        let admin = actor(Role::Admin, None);
        assert!(can_edit_method(&publisher, 1) && !can_edit_method(&other, 1));
        assert!(can_edit_method(&admin, 1));
        assert!(can_pilot(&other, 1, 2) && !can_pilot(&publisher, 1, 1));
        assert!(!can_pilot(&other, 1, 3), "only for one's own organisation");
        assert!(can_pilot(&admin, 1, 3) && !can_pilot(&admin, 1, 1));
        assert!(can_edit_pilot(&other, 2) && !can_edit_pilot(&publisher, 2));
        assert!(can_publish(&other) && !can_publish(&actor(Role::Sme, None)));
    }
}
