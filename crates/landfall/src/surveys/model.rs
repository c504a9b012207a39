//! Questionnaires, answers and results: the rules, without storage or HTTP.
//!
//! Answers are stored as short text (`value`) per question: the index of the
//! chosen option, indices joined with commas (multiple choice, or a ranking
//! from first to last), the Likert point 1-5, a whole number, or the text.
//! Because options are addressed by position, questions are frozen once a
//! survey leaves the draft state.

use std::collections::{BTreeMap, HashMap};

use crate::auth::Actor;
use crate::validation::{self, FieldErrors};

/// Defines a closed vocabulary stored and exchanged as snake_case words.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $word:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant,)+ }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $word,)+ }
            }

            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label,)+ }
            }

            pub fn parse(value: &str) -> Result<Self, String> {
                match value.trim() {
                    $($word => Ok(Self::$variant),)+
                    "" => Err(format!("choose a {}", $what)),
                    other => Err(format!("unknown {} `{other}`", $what)),
                }
            }
        }
    };
}

vocabulary! {
    /// Draft (questions can change) → open (answers accepted) → closed.
    SurveyStatus, "status" {
        Draft => "draft", "Draft";
        Open => "open", "Open";
        Closed => "closed", "Closed";
    }
}

vocabulary! {
    QuestionKind, "question kind" {
        SingleChoice => "single_choice", "Single choice";
        MultipleChoice => "multiple_choice", "Multiple choice";
        Ranking => "ranking", "Ranking";
        Likert => "likert", "Agreement scale (1-5)";
        Number => "number", "Number";
        FreeText => "free_text", "Free text";
    }
}

vocabulary! {
    /// How results are split into groups of respondents.
    Breakdown, "breakdown" {
        Country => "country", "Country";
        HomeOrganisation => "home_organisation", "Home organisation";
        Sector => "sector", "Sector (NACE section)";
        SizeClass => "size_class", "Size class";
    }
}

vocabulary! {
    /// The questionnaires Landfall ships, to start from and then edit.
    SurveyTemplate, "template" {
        SmeFeedback => "sme_feedback", "SME feedback on internationalisation support";
        ClusterReadiness => "cluster_readiness", "Cluster readiness and validation";
    }
}

impl QuestionKind {
    pub fn has_options(self) -> bool {
        matches!(
            self,
            Self::SingleChoice | Self::MultipleChoice | Self::Ranking
        )
    }
}

impl Breakdown {
    /// Anonymous surveys keep only the respondent's country: the finer groups
    /// (one home organisation, one sector) could point at a single company.
    pub fn allowed(self, anonymous: bool) -> bool {
        !anonymous || self == Self::Country
    }
}

/// In an anonymous survey's results a country names its responses only when
/// at least this many came from it.
pub const MIN_ANONYMOUS_GROUP: usize = 3;

/// Whether a wave's answers are withheld. The invitations say who answered
/// (not when): with one or two responses, an anonymous wave's answers would
/// say whose they are, so they are shown once a third person has answered.
pub fn answers_withheld(anonymous: bool, responses: usize) -> bool {
    anonymous && (1..MIN_ANONYMOUS_GROUP).contains(&responses)
}

/// The group of an anonymous survey's countries too small to name.
pub const OTHER_COUNTRIES: &str = "other";

/// The country each response of an anonymous survey is shown under. Those
/// who send a survey know who answered and where each one is, so a country
/// with one or two responses would give its respondents' answers away: such
/// countries are pooled as [`OTHER_COUNTRIES`]. When the pool itself is that
/// small, no country is named at all (the named groups subtracted from the
/// total would show it). One country for everyone names nobody.
pub fn anonymous_countries(countries: &[String]) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for country in countries {
        *counts.entry(country.as_str()).or_default() += 1;
    }
    let small: Vec<&str> = counts
        .iter()
        .filter(|(_, n)| **n < MIN_ANONYMOUS_GROUP)
        .map(|(country, _)| *country)
        .collect();
    let pooled: usize = small.iter().map(|c| counts[c]).sum();
    if counts.len() <= 1 || pooled == 0 {
        return countries.to_vec();
    }
    countries
        .iter()
        .map(|country| {
            if pooled < MIN_ANONYMOUS_GROUP || small.contains(&country.as_str()) {
                OTHER_COUNTRIES.to_string()
            } else {
                country.clone()
            }
        })
        .collect()
}

/// The five labelled points of the agreement scale, 1 to 5.
pub const LIKERT_LABELS: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// The label of a point of the agreement scale (1 to 5) in the language of
/// the request (pages); `LIKERT_LABELS` stays English for exports and the API.
pub fn likert_label_t(point: usize) -> String {
    crate::t(match point {
        1 => "srv-likert-1",
        2 => "srv-likert-2",
        3 => "srv-likert-3",
        4 => "srv-likert-4",
        _ => "srv-likert-5",
    })
}

impl SurveyStatus {
    /// The label in the language of the request (pages).
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Draft => "srv-status-draft",
            Self::Open => "srv-status-open",
            Self::Closed => "srv-status-closed",
        })
    }
}

impl QuestionKind {
    /// The label in the language of the request (pages).
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::SingleChoice => "srv-kind-single-choice",
            Self::MultipleChoice => "srv-kind-multiple-choice",
            Self::Ranking => "srv-kind-ranking",
            Self::Likert => "srv-kind-likert",
            Self::Number => "srv-kind-number",
            Self::FreeText => "srv-kind-free-text",
        })
    }
}

impl Breakdown {
    /// The label in the language of the request (pages).
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Country => "srv-by-country",
            Self::HomeOrganisation => "srv-by-home-organisation",
            Self::Sector => "srv-by-sector",
            Self::SizeClass => "srv-by-size-class",
        })
    }
}

impl SurveyTemplate {
    /// The label in the language of the request (pages).
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::SmeFeedback => "srv-template-sme-feedback",
            Self::ClusterReadiness => "srv-template-cluster-readiness",
        })
    }
}

pub const MAX_OPTIONS: usize = 20;
pub const MAX_QUESTIONS: usize = 100;

/// Admins and managers run surveys; managers only their organisation's.
pub fn can_manage(actor: &Actor, organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(organisation_id)
}

/// Who may start a survey at all (for menus and the "new" form).
pub fn can_create(actor: &Actor) -> bool {
    actor.is_admin()
        || (actor.role == crate::auth::Role::Manager && actor.organisation_id.is_some())
}

// ---------------------------------------------------------------------------
// Surveys and questions
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, Default)]
pub struct SurveyInput {
    pub title: String,
    pub introduction: String,
    pub anonymous: bool,
    /// Fields sent that could not be read (a PATCH with a wrong type).
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyDraft {
    pub title: String,
    pub introduction: String,
    pub anonymous: bool,
}

impl SurveyInput {
    pub fn validate(&self) -> Result<SurveyDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", validation::text(&self.title, true, 200));
        let introduction = errors.check(
            "introduction",
            validation::text(&self.introduction, false, 5000),
        );
        match (title, introduction) {
            (Some(title), Some(introduction)) if errors.is_empty() => Ok(SurveyDraft {
                title,
                introduction,
                anonymous: self.anonymous,
            }),
            _ => Err(errors),
        }
    }
}

/// A question as typed in a form or sent to the API.
#[derive(Clone, Debug, Default)]
pub struct QuestionInput {
    pub section: String,
    pub prompt: String,
    pub help: String,
    pub kind: String,
    pub required: bool,
    pub options: Vec<String>,
    pub max_choices: Option<i64>,
    pub min_value: Option<i64>,
    pub max_value: Option<i64>,
    pub unreadable: FieldErrors,
}

/// A valid question, without its place in the survey.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct QuestionSpec {
    pub section: String,
    pub prompt: String,
    pub help: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub options: Vec<String>,
    /// Multiple choice: pick at most this many; ranking: rank at most this many.
    pub max_choices: Option<i32>,
    /// Number questions: the smallest and largest accepted answers.
    pub min_value: Option<i64>,
    pub max_value: Option<i64>,
}

/// A stored question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: i64,
    pub position: i32,
    pub spec: QuestionSpec,
}

impl Question {
    /// The form and error key of this question's answer.
    pub fn field(&self) -> String {
        format!("q{}", self.id)
    }
}

impl QuestionInput {
    pub fn validate(&self) -> Result<QuestionSpec, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let section = errors.check("section", validation::text(&self.section, false, 200));
        let prompt = errors.check("prompt", validation::text(&self.prompt, true, 500));
        let help = errors.check("help", validation::text(&self.help, false, 1000));
        let kind = errors.check("kind", QuestionKind::parse(&self.kind));
        let options: Vec<String> = self
            .options
            .iter()
            .map(|o| o.trim().to_string())
            .filter(|o| !o.is_empty())
            .collect();
        let mut max_choices = None;
        if let Some(kind) = kind {
            if kind.has_options() {
                if options.len() < 2 {
                    errors.add("options", crate::t("srv-err-two-options"));
                } else if options.len() > MAX_OPTIONS {
                    errors.add(
                        "options",
                        crate::t1("srv-err-at-most-options", "max", MAX_OPTIONS),
                    );
                } else if let Some(long) = options.iter().find(|o| o.chars().count() > 200) {
                    errors.add(
                        "options",
                        crate::t1("srv-err-option-too-long", "value", long),
                    );
                } else if options.iter().any(|o| o.chars().any(char::is_control)) {
                    // Not even line breaks: a form takes options one a line.
                    errors.add("options", crate::t("val-control-characters"));
                } else {
                    let mut seen = std::collections::HashSet::new();
                    if let Some(twice) = options.iter().find(|o| !seen.insert(o.to_lowercase())) {
                        errors.add("options", crate::t1("srv-err-listed-twice", "value", twice));
                    }
                }
            } else if !options.is_empty() {
                errors.add("options", crate::t("srv-err-no-options"));
            }
            match (kind, self.max_choices) {
                (_, None) => {}
                (QuestionKind::MultipleChoice | QuestionKind::Ranking, Some(n)) => {
                    if n < 1 || usize::try_from(n).is_ok_and(|n| n > options.len().max(1)) {
                        errors.add(
                            "max_choices",
                            crate::t1(
                                "srv-err-max-choices",
                                "number",
                                crate::i18n::number(options.len()),
                            ),
                        );
                    } else {
                        max_choices = i32::try_from(n).ok();
                    }
                }
                (_, Some(_)) => errors.add("max_choices", crate::t("srv-err-no-limit")),
            }
            if kind == QuestionKind::Number {
                if let (Some(min), Some(max)) = (self.min_value, self.max_value)
                    && min > max
                {
                    errors.add("max_value", crate::t("srv-err-below-minimum"));
                }
            } else if self.min_value.is_some() || self.max_value.is_some() {
                errors.add("min_value", crate::t("srv-err-no-range"));
            }
        }
        match (section, prompt, help, kind) {
            (Some(section), Some(prompt), Some(help), Some(kind)) if errors.is_empty() => {
                Ok(QuestionSpec {
                    section,
                    prompt,
                    help,
                    kind,
                    required: self.required,
                    options,
                    max_choices,
                    min_value: if kind == QuestionKind::Number {
                        self.min_value
                    } else {
                        None
                    },
                    max_value: if kind == QuestionKind::Number {
                        self.max_value
                    } else {
                        None
                    },
                })
            }
            _ => Err(errors),
        }
    }

    pub fn from_spec(spec: &QuestionSpec) -> Self {
        Self {
            section: spec.section.clone(),
            prompt: spec.prompt.clone(),
            help: spec.help.clone(),
            kind: spec.kind.as_str().to_string(),
            required: spec.required,
            options: spec.options.clone(),
            max_choices: spec.max_choices.map(i64::from),
            min_value: spec.min_value,
            max_value: spec.max_value,
            unreadable: FieldErrors::new(),
        }
    }
}

/// Checks that a questionnaire of `questions` questions takes one more.
pub fn check_room_for_question(questions: usize) -> Result<(), String> {
    if questions >= MAX_QUESTIONS {
        return Err(crate::t1("srv-err-at-most-questions", "max", MAX_QUESTIONS));
    }
    Ok(())
}

/// Validates a whole questionnaire; errors are keyed `questions[i].field`.
pub fn validate_questionnaire(inputs: &[QuestionInput]) -> Result<Vec<QuestionSpec>, FieldErrors> {
    let mut errors = FieldErrors::new();
    if inputs.len() > MAX_QUESTIONS {
        errors.add(
            "questions",
            crate::t1("srv-err-at-most-questions", "max", MAX_QUESTIONS),
        );
        return Err(errors);
    }
    let mut specs = Vec::new();
    for (i, input) in inputs.iter().enumerate() {
        match input.validate() {
            Ok(spec) => specs.push(spec),
            Err(e) => {
                for (field, message) in e.iter() {
                    errors.add(format!("questions[{i}].{field}"), message);
                }
            }
        }
    }
    errors.into_result(specs)
}

/// Questions grouped under their section titles, in order; a new group starts
/// whenever the section title changes.
pub fn sections<T>(questions: &[T], section_of: impl Fn(&T) -> &str) -> Vec<(String, Vec<&T>)> {
    let mut groups: Vec<(String, Vec<&T>)> = Vec::new();
    for q in questions {
        let title = section_of(q);
        match groups.last_mut() {
            Some((current, items)) if current == title => items.push(q),
            _ => groups.push((title.to_string(), vec![q])),
        }
    }
    groups
}

/// A survey may be sent once it asks something. A closed one takes a
/// follow-up wave (which opens it again for that wave's links).
pub fn check_sendable(status: SurveyStatus, questions: usize, waves: usize) -> Result<(), String> {
    match status {
        SurveyStatus::Closed if waves == 0 => Err(crate::t("srv-err-survey-closed")),
        _ if questions == 0 => Err(crate::t("srv-err-no-question")),
        SurveyStatus::Draft if waves > 0 => Err(crate::t("srv-err-not-open")),
        _ => Ok(()),
    }
}

/// Whether a link of wave `wave` takes an answer: only while the survey is
/// open and its wave is the latest (`latest`). Once a follow-up wave is sent,
/// an earlier wave's links are over: its recipients answer with the new one.
pub fn takes_answers(status: SurveyStatus, wave: i32, latest: i32) -> Result<(), String> {
    if status != SurveyStatus::Open {
        Err(crate::t("srv-err-closed"))
    } else if wave < latest {
        Err(crate::t("srv-err-wave-over"))
    } else {
        Ok(())
    }
}

/// Questions change only while nobody can have answered them.
pub fn check_editable(status: SurveyStatus) -> Result<(), String> {
    if status == SurveyStatus::Draft {
        Ok(())
    } else {
        Err(crate::t("srv-err-frozen"))
    }
}

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/// One valid answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Choice(usize),
    Choices(Vec<usize>),
    /// Option indices from first to last place.
    Ranking(Vec<usize>),
    /// 1 to 5.
    Likert(u8),
    Number(i64),
    Text(String),
}

fn indices(value: &str) -> Result<Vec<usize>, String> {
    value
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<usize>()
                .map_err(|_| format!("bad option index `{p}`"))
        })
        .collect()
}

impl Answer {
    /// The stored form.
    pub fn encode(&self) -> String {
        let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        match self {
            Answer::Choice(i) => i.to_string(),
            Answer::Choices(v) | Answer::Ranking(v) => join(v),
            Answer::Likert(n) => n.to_string(),
            Answer::Number(n) => n.to_string(),
            Answer::Text(t) => t.clone(),
        }
    }

    /// Reads the stored form back for a question of `kind`.
    pub fn decode(kind: QuestionKind, value: &str) -> Result<Self, String> {
        Ok(match kind {
            QuestionKind::SingleChoice => Answer::Choice(
                value
                    .parse()
                    .map_err(|_| format!("bad option index `{value}`"))?,
            ),
            QuestionKind::MultipleChoice => Answer::Choices(indices(value)?),
            QuestionKind::Ranking => Answer::Ranking(indices(value)?),
            QuestionKind::Likert => Answer::Likert(
                value
                    .parse()
                    .map_err(|_| format!("bad scale point `{value}`"))?,
            ),
            QuestionKind::Number => {
                Answer::Number(value.parse().map_err(|_| format!("bad number `{value}`"))?)
            }
            QuestionKind::FreeText => Answer::Text(value.to_string()),
        })
    }

    /// How the answer reads on screen and in exports.
    pub fn display(&self, spec: &QuestionSpec) -> String {
        let option = |i: &usize| {
            spec.options
                .get(*i)
                .cloned()
                .unwrap_or_else(|| format!("#{i}"))
        };
        match self {
            Answer::Choice(i) => option(i),
            Answer::Choices(v) => v.iter().map(option).collect::<Vec<_>>().join("; "),
            Answer::Ranking(v) => v
                .iter()
                .enumerate()
                .map(|(place, i)| format!("{}. {}", place + 1, option(i)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Likert(n) => format!(
                "{n} ({})",
                LIKERT_LABELS
                    .get(usize::from(*n).saturating_sub(1))
                    .unwrap_or(&"?")
            ),
            Answer::Number(n) => n.to_string(),
            Answer::Text(t) => t.clone(),
        }
    }

    /// How the answer reads on a page, with the scale's labels in the
    /// language of the request.
    pub fn display_t(&self, spec: &QuestionSpec) -> String {
        match self {
            Answer::Likert(n) => format!("{n} ({})", likert_label_t(usize::from(*n))),
            _ => self.display(spec),
        }
    }

    /// The form values that show this answer again (option texts, the point, the text).
    pub fn form_values(&self, spec: &QuestionSpec) -> Vec<String> {
        let option = |i: &usize| spec.options.get(*i).cloned().unwrap_or_default();
        match self {
            Answer::Choice(i) => vec![option(i)],
            Answer::Choices(v) | Answer::Ranking(v) => v.iter().map(option).collect(),
            Answer::Likert(n) => vec![n.to_string()],
            Answer::Number(n) => vec![n.to_string()],
            Answer::Text(t) => vec![t.clone()],
        }
    }
}

fn option_index(spec: &QuestionSpec, value: &str) -> Result<usize, String> {
    let value = value.trim();
    spec.options
        .iter()
        .position(|o| o == value)
        .ok_or_else(|| crate::t1("srv-err-not-an-option", "value", value))
}

/// Reads one answer from the values sent for a question: option texts (for a
/// ranking, in order from first place), the scale point, the number or the
/// text. No values (or only blank ones) is no answer.
pub fn parse_answer(spec: &QuestionSpec, values: &[String]) -> Result<Option<Answer>, String> {
    let values: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if values.is_empty() {
        return if spec.required {
            Err(crate::t("srv-err-needs-answer"))
        } else {
            Ok(None)
        };
    }
    let single = || -> Result<&str, String> {
        match values[..] {
            [one] => Ok(one),
            _ => Err(crate::t("srv-err-one-answer")),
        }
    };
    let answer = match spec.kind {
        QuestionKind::SingleChoice => Answer::Choice(option_index(spec, single()?)?),
        QuestionKind::MultipleChoice | QuestionKind::Ranking => {
            let mut chosen = Vec::new();
            for value in &values {
                let index = option_index(spec, value)?;
                if chosen.contains(&index) {
                    return Err(crate::t1("srv-err-given-twice", "value", value));
                }
                chosen.push(index);
            }
            if let Some(max) = spec.max_choices
                && chosen.len() > usize::try_from(max).unwrap_or(0)
            {
                return Err(if spec.kind == QuestionKind::Ranking {
                    crate::t1("srv-err-rank-at-most", "number", crate::i18n::number(max))
                } else {
                    crate::t1("srv-err-choose-at-most", "number", crate::i18n::number(max))
                });
            }
            if spec.kind == QuestionKind::Ranking {
                Answer::Ranking(chosen)
            } else {
                chosen.sort_unstable();
                Answer::Choices(chosen)
            }
        }
        QuestionKind::Likert => {
            let value = single()?;
            match value.parse::<u8>() {
                Ok(n @ 1..=5) => Answer::Likert(n),
                _ => return Err(crate::t("srv-err-scale-point")),
            }
        }
        QuestionKind::Number => {
            let value = single()?;
            let n: i64 = value
                .replace([' ', '\u{a0}'], "")
                .parse()
                .map_err(|_| crate::t1("srv-err-not-a-number", "value", value))?;
            if let Some(min) = spec.min_value
                && n < min
            {
                return Err(crate::t1(
                    "srv-err-at-least",
                    "number",
                    crate::i18n::number(min),
                ));
            }
            if let Some(max) = spec.max_value
                && n > max
            {
                return Err(crate::t1(
                    "srv-err-at-most",
                    "number",
                    crate::i18n::number(max),
                ));
            }
            Answer::Number(n)
        }
        QuestionKind::FreeText => {
            let text = values.join("\n");
            if text.chars().count() > 5000 {
                return Err(crate::t("srv-err-text-too-long"));
            }
            if validation::has_control_characters(&text) {
                return Err(crate::t("val-control-characters"));
            }
            Answer::Text(text)
        }
    };
    Ok(Some(answer))
}

/// A ranking typed as one place number per option (the form has no script to
/// drag options around): places must run 1, 2, 3… without gaps or repeats.
/// Returns the option texts from first place.
pub fn order_by_places(options: &[String], places: &[String]) -> Result<Vec<String>, String> {
    let mut placed: Vec<(usize, &String)> = Vec::new();
    for (option, place) in options.iter().zip(places) {
        let place = place.trim();
        if place.is_empty() {
            continue;
        }
        let n: usize = place
            .parse()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| crate::t1("srv-err-not-a-place", "value", place))?;
        placed.push((n, option));
    }
    placed.sort_by_key(|(n, _)| *n);
    for (expected, (n, _)) in placed.iter().enumerate() {
        if *n != expected + 1 {
            return Err(crate::t("srv-err-places"));
        }
    }
    Ok(placed.into_iter().map(|(_, o)| o.clone()).collect())
}

/// Validates all answers of one response. `values` holds what was sent per
/// question id; errors are keyed by the question's field (`q<id>`).
pub fn validate_response(
    questions: &[Question],
    values: &HashMap<i64, Vec<String>>,
) -> Result<Vec<(i64, Answer)>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut answers = Vec::new();
    let empty = Vec::new();
    for question in questions {
        match parse_answer(&question.spec, values.get(&question.id).unwrap_or(&empty)) {
            Ok(Some(answer)) => answers.push((question.id, answer)),
            Ok(None) => {}
            Err(message) => errors.add(question.field(), message),
        }
    }
    errors.into_result(answers)
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

/// Who answered, as far as results may tell (empty strings where unknown or
/// withheld for anonymity).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RespondentGroups {
    pub country: String,
    pub home_organisation: String,
    pub sector: String,
    pub size_class: String,
}

impl RespondentGroups {
    pub fn key(&self, breakdown: Breakdown) -> &str {
        let value = match breakdown {
            Breakdown::Country => &self.country,
            Breakdown::HomeOrganisation => &self.home_organisation,
            Breakdown::Sector => &self.sector,
            Breakdown::SizeClass => &self.size_class,
        };
        if value.is_empty() { "unknown" } else { value }
    }
}

/// One response's answers, keyed by question id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseAnswers {
    pub groups: RespondentGroups,
    pub answers: HashMap<i64, Answer>,
}

/// A percentage with one decimal, as the screen, the API and the exports show it.
pub fn percent(count: usize, of: usize) -> f64 {
    if of == 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)]
    let value = (count as f64 * 1000.0 / of as f64).round() / 10.0;
    value
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// One line of a ranking table: how many respondents chose an option.
#[derive(Clone, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct OptionShare {
    pub rank: usize,
    pub option: String,
    pub respondents: usize,
    /// Of the respondents who answered the question, one decimal.
    pub percent: f64,
}

/// One line of a ranking question's table.
#[derive(Clone, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct RankedOption {
    pub rank: usize,
    pub option: String,
    /// Respondents who gave the option a place.
    pub ranked_by: usize,
    /// Mean place among those (1 is best), one decimal; None when nobody ranked it.
    pub mean_place: Option<f64>,
    /// Of the respondents who answered the question, those who put it first.
    pub first_percent: f64,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Summary {
    /// Single and multiple choice: options ranked by share, high to low.
    Choices {
        options: Vec<OptionShare>,
    },
    Ranking {
        options: Vec<RankedOption>,
    },
    Likert {
        /// Respondents per point, 1 to 5.
        counts: Vec<usize>,
        percents: Vec<f64>,
        mean: Option<f64>,
    },
    Number {
        mean: Option<f64>,
        median: Option<f64>,
        min: Option<i64>,
        max: Option<i64>,
    },
    FreeText {
        answers: Vec<String>,
    },
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct QuestionSummary {
    pub question_id: i64,
    pub prompt: String,
    pub kind: QuestionKind,
    /// Respondents who answered this question.
    pub answered: usize,
    pub summary: Summary,
}

/// Summarises one question over some responses.
pub fn summarise(question: &Question, responses: &[&ResponseAnswers]) -> QuestionSummary {
    let spec = &question.spec;
    let answers: Vec<&Answer> = responses
        .iter()
        .filter_map(|r| r.answers.get(&question.id))
        .collect();
    let answered = answers.len();
    let summary = match spec.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
            let mut counts = vec![0usize; spec.options.len()];
            for answer in &answers {
                match answer {
                    Answer::Choice(i) => {
                        if let Some(c) = counts.get_mut(*i) {
                            *c += 1;
                        }
                    }
                    Answer::Choices(v) => {
                        for i in v {
                            if let Some(c) = counts.get_mut(*i) {
                                *c += 1;
                            }
                        }
                    }
                    _ => {}
                }
            }
            let mut order: Vec<usize> = (0..spec.options.len()).collect();
            // Highest share first; ties keep the questionnaire's order.
            order.sort_by(|a, b| counts[*b].cmp(&counts[*a]).then(a.cmp(b)));
            Summary::Choices {
                options: order
                    .into_iter()
                    .enumerate()
                    .map(|(rank, i)| OptionShare {
                        rank: rank + 1,
                        option: spec.options[i].clone(),
                        respondents: counts[i],
                        percent: percent(counts[i], answered),
                    })
                    .collect(),
            }
        }
        QuestionKind::Ranking => {
            let n = spec.options.len();
            let mut place_sum = vec![0usize; n];
            let mut ranked_by = vec![0usize; n];
            let mut first = vec![0usize; n];
            for answer in &answers {
                if let Answer::Ranking(order) = answer {
                    for (place, i) in order.iter().enumerate() {
                        if *i < n {
                            place_sum[*i] += place + 1;
                            ranked_by[*i] += 1;
                            if place == 0 {
                                first[*i] += 1;
                            }
                        }
                    }
                }
            }
            #[allow(clippy::cast_precision_loss)]
            let mean = |i: usize| {
                (ranked_by[i] > 0).then(|| one_decimal(place_sum[i] as f64 / ranked_by[i] as f64))
            };
            let mut order: Vec<usize> = (0..n).collect();
            // Best mean place first; options nobody ranked go last.
            order.sort_by(|a, b| {
                let key = |i: usize| mean(i).unwrap_or(f64::INFINITY);
                key(*a)
                    .total_cmp(&key(*b))
                    .then(ranked_by[*b].cmp(&ranked_by[*a]))
                    .then(a.cmp(b))
            });
            Summary::Ranking {
                options: order
                    .into_iter()
                    .enumerate()
                    .map(|(rank, i)| RankedOption {
                        rank: rank + 1,
                        option: spec.options[i].clone(),
                        ranked_by: ranked_by[i],
                        mean_place: mean(i),
                        first_percent: percent(first[i], answered),
                    })
                    .collect(),
            }
        }
        QuestionKind::Likert => {
            let mut counts = vec![0usize; 5];
            let mut sum = 0usize;
            for answer in &answers {
                if let Answer::Likert(p @ 1..=5) = answer {
                    counts[usize::from(*p) - 1] += 1;
                    sum += usize::from(*p);
                }
            }
            #[allow(clippy::cast_precision_loss)]
            let mean = (answered > 0).then(|| one_decimal(sum as f64 / answered as f64));
            Summary::Likert {
                percents: counts.iter().map(|c| percent(*c, answered)).collect(),
                counts,
                mean,
            }
        }
        QuestionKind::Number => {
            let mut numbers: Vec<i64> = answers
                .iter()
                .filter_map(|a| match a {
                    Answer::Number(n) => Some(*n),
                    _ => None,
                })
                .collect();
            numbers.sort_unstable();
            #[allow(clippy::cast_precision_loss)]
            let mean = (!numbers.is_empty()).then(|| {
                one_decimal(numbers.iter().map(|n| *n as f64).sum::<f64>() / numbers.len() as f64)
            });
            #[allow(clippy::cast_precision_loss)]
            let median = (!numbers.is_empty()).then(|| {
                let mid = numbers.len() / 2;
                if numbers.len() % 2 == 1 {
                    numbers[mid] as f64
                } else {
                    one_decimal((numbers[mid - 1] as f64 + numbers[mid] as f64) / 2.0)
                }
            });
            Summary::Number {
                mean,
                median,
                min: numbers.first().copied(),
                max: numbers.last().copied(),
            }
        }
        QuestionKind::FreeText => Summary::FreeText {
            answers: answers
                .iter()
                .filter_map(|a| match a {
                    Answer::Text(t) => Some(t.clone()),
                    _ => None,
                })
                .collect(),
        },
    };
    QuestionSummary {
        question_id: question.id,
        prompt: spec.prompt.clone(),
        kind: spec.kind,
        answered,
        summary,
    }
}

/// Results of one group of respondents (or of all).
#[derive(Clone, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct GroupResults {
    /// "All respondents", or the group's value (a country code, an organisation…).
    pub group: String,
    pub respondents: usize,
    pub questions: Vec<QuestionSummary>,
}

/// Summaries of every question for all respondents, then per group when a
/// breakdown is asked for (groups in alphabetical order).
pub fn results(
    questions: &[Question],
    responses: &[ResponseAnswers],
    breakdown: Option<Breakdown>,
) -> Vec<GroupResults> {
    let all: Vec<&ResponseAnswers> = responses.iter().collect();
    let summarise_all = |rs: &[&ResponseAnswers]| -> Vec<QuestionSummary> {
        questions.iter().map(|q| summarise(q, rs)).collect()
    };
    let mut out = vec![GroupResults {
        group: "All respondents".into(),
        respondents: all.len(),
        questions: summarise_all(&all),
    }];
    if let Some(breakdown) = breakdown {
        let mut groups: BTreeMap<&str, Vec<&ResponseAnswers>> = BTreeMap::new();
        for r in &all {
            groups.entry(r.groups.key(breakdown)).or_default().push(r);
        }
        for (group, rs) in groups {
            out.push(GroupResults {
                group: group.to_string(),
                respondents: rs.len(),
                questions: summarise_all(&rs),
            });
        }
    }
    out
}

/// Invited, responded and the rate (one decimal).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct ResponseRate {
    pub invited: usize,
    pub responded: usize,
    pub percent: f64,
}

impl ResponseRate {
    pub fn new(invited: usize, responded: usize) -> Self {
        Self {
            invited,
            responded,
            percent: percent(responded, invited),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anonymous_answers_wait_for_a_third_respondent() {
        assert!(!answers_withheld(true, 0));
        assert!(answers_withheld(true, 1));
        assert!(answers_withheld(true, 2));
        assert!(!answers_withheld(true, 3));
        assert!(!answers_withheld(false, 1));
    }

    #[test]
    fn anonymous_results_name_only_countries_with_enough_responses() {
        let list =
            |codes: &[&str]| -> Vec<String> { codes.iter().map(|c| c.to_string()).collect() };
        let o = OTHER_COUNTRIES;
        // Everyone from one country: the split shows no more than the total.
        assert_eq!(
            anonymous_countries(&list(&["DK", "DK"])),
            list(&["DK", "DK"])
        );
        assert_eq!(
            anonymous_countries(&list(&["DK", "NO", "DK", "NO", "DK", "NO"])),
            list(&["DK", "NO", "DK", "NO", "DK", "NO"])
        );
        // Small countries pooled together, when the pool is big enough.
        assert_eq!(
            anonymous_countries(&list(&["DK", "NO", "DK", "SE", "DK", "FI"])),
            list(&["DK", o, "DK", o, "DK", o])
        );
        // A pool of one or two would be found by subtraction: no names at all.
        assert_eq!(
            anonymous_countries(&list(&["DK", "DK", "NO", "DK"])),
            list(&[o, o, o, o])
        );
        assert_eq!(anonymous_countries(&list(&["DK", "NO"])), list(&[o, o]));
    }

    fn input(kind: &str, options: &[&str]) -> QuestionInput {
        QuestionInput {
            prompt: "What helped?".into(),
            kind: kind.into(),
            options: options.iter().map(|o| o.to_string()).collect(),
            ..Default::default()
        }
    }

    fn question(id: i64, kind: &str, options: &[&str], required: bool) -> Question {
        let mut i = input(kind, options);
        i.required = required;
        Question {
            id,
            position: 0,
            spec: i.validate().unwrap(),
        }
    }

    fn values(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn questionnaires_are_checked() {
        assert!(input("single_choice", &["a", "b"]).validate().is_ok());
        let e = input("single_choice", &["a"]).validate().unwrap_err();
        assert!(e.contains("options"));
        let e = input("ranking", &["a", "A"]).validate().unwrap_err();
        assert_eq!(e.get("options"), Some("`A` is listed twice"));
        let e = input("free_text", &["a", "b"]).validate().unwrap_err();
        assert!(e.contains("options"));
        let e = input("dropdown", &[]).validate().unwrap_err();
        assert!(e.contains("kind"));
        let mut blank = input("likert", &[]);
        blank.prompt = "  ".into();
        assert!(blank.validate().unwrap_err().contains("prompt"));
        let mut pick = input("multiple_choice", &["a", "b", "c"]);
        pick.max_choices = Some(4);
        assert!(pick.validate().unwrap_err().contains("max_choices"));
        pick.max_choices = Some(2);
        assert_eq!(pick.validate().unwrap().max_choices, Some(2));
        let mut number = input("number", &[]);
        number.min_value = Some(10);
        number.max_value = Some(1);
        assert!(number.validate().unwrap_err().contains("max_value"));
        let mut likert = input("likert", &[]);
        likert.min_value = Some(1);
        assert!(likert.validate().unwrap_err().contains("min_value"));
        let e = validate_questionnaire(&[input("likert", &[]), input("ranking", &[])]).unwrap_err();
        assert!(e.contains("questions[1].options"), "{e:?}");
        for smuggled in ["a\nb", "a\0", "a\tb"] {
            let e = input("single_choice", &[smuggled, "b"])
                .validate()
                .unwrap_err();
            assert_eq!(
                e.get("options"),
                Some("contains control characters"),
                "{smuggled:?}"
            );
        }
    }

    #[test]
    fn a_question_is_added_only_below_the_maximum() {
        assert!(check_room_for_question(0).is_ok());
        assert!(check_room_for_question(MAX_QUESTIONS - 1).is_ok());
        assert_eq!(
            check_room_for_question(MAX_QUESTIONS),
            Err(format!("at most {MAX_QUESTIONS} questions"))
        );
    }

    #[test]
    fn the_two_templates_are_valid_questionnaires() {
        for template in SurveyTemplate::ALL {
            let inputs: Vec<QuestionInput> = super::super::templates::questions(*template)
                .iter()
                .map(QuestionInput::from_spec)
                .collect();
            assert!(validate_questionnaire(&inputs).is_ok(), "{template:?}");
            assert!(inputs.len() >= 5);
        }
    }

    #[test]
    fn answers_are_checked_against_their_question() {
        let single = question(1, "single_choice", &["yes", "no"], true);
        assert_eq!(
            parse_answer(&single.spec, &values(&["no"])),
            Ok(Some(Answer::Choice(1)))
        );
        assert_eq!(
            parse_answer(&single.spec, &[]),
            Err("this question needs an answer".into())
        );
        assert!(parse_answer(&single.spec, &values(&["maybe"])).is_err());
        assert!(parse_answer(&single.spec, &values(&["yes", "no"])).is_err());

        let mut multi = question(2, "multiple_choice", &["a", "b", "c"], false);
        multi.spec.max_choices = Some(2);
        assert_eq!(parse_answer(&multi.spec, &[]), Ok(None));
        assert_eq!(
            parse_answer(&multi.spec, &values(&["c", "a"])),
            Ok(Some(Answer::Choices(vec![0, 2])))
        );
        assert_eq!(
            parse_answer(&multi.spec, &values(&["a", "b", "c"])),
            Err("choose at most 2".into())
        );

        let likert = question(3, "likert", &[], true);
        assert_eq!(
            parse_answer(&likert.spec, &values(&["4"])),
            Ok(Some(Answer::Likert(4)))
        );
        assert!(parse_answer(&likert.spec, &values(&["6"])).is_err());

        let mut number = question(4, "number", &[], false);
        number.spec.min_value = Some(0);
        number.spec.max_value = Some(500);
        assert_eq!(
            parse_answer(&number.spec, &values(&["1 200"])),
            Err("must be at most 500".into())
        );
        assert_eq!(
            parse_answer(&number.spec, &values(&["12"])),
            Ok(Some(Answer::Number(12)))
        );
        assert!(parse_answer(&number.spec, &values(&["twelve"])).is_err());

        let free = question(6, "free_text", &[], false);
        assert_eq!(
            parse_answer(&free.spec, &values(&["first line\r\n\tsecond"])),
            Ok(Some(Answer::Text("first line\r\n\tsecond".into())))
        );
        assert_eq!(
            parse_answer(&free.spec, &values(&["a\0b"])),
            Err("contains control characters".into())
        );

        let ranking = question(5, "ranking", &["x", "y", "z"], true);
        assert_eq!(
            parse_answer(&ranking.spec, &values(&["z", "x"])),
            Ok(Some(Answer::Ranking(vec![2, 0])))
        );
        assert!(parse_answer(&ranking.spec, &values(&["x", "x"])).is_err());

        let all = [single, likert];
        let mut sent = HashMap::new();
        sent.insert(1, values(&["yes"]));
        let errors = validate_response(&all, &sent).unwrap_err();
        assert_eq!(errors.get("q3"), Some("this question needs an answer"));
        assert!(!errors.contains("q1"));
    }

    #[test]
    fn ranking_places_run_without_gaps() {
        let options = values(&["a", "b", "c"]);
        assert_eq!(
            order_by_places(&options, &values(&["2", "", "1"])),
            Ok(values(&["c", "a"]))
        );
        assert!(order_by_places(&options, &values(&["1", "1", ""])).is_err());
        assert!(order_by_places(&options, &values(&["1", "3", ""])).is_err());
        assert!(order_by_places(&options, &values(&["0", "", ""])).is_err());
    }

    #[test]
    fn answers_survive_storage() {
        for (kind, answer) in [
            (QuestionKind::SingleChoice, Answer::Choice(3)),
            (QuestionKind::MultipleChoice, Answer::Choices(vec![0, 4])),
            (QuestionKind::Ranking, Answer::Ranking(vec![2, 0, 1])),
            (QuestionKind::Likert, Answer::Likert(5)),
            (QuestionKind::Number, Answer::Number(-7)),
            (QuestionKind::FreeText, Answer::Text("a, b\nc".into())),
        ] {
            assert_eq!(Answer::decode(kind, &answer.encode()), Ok(answer));
        }
    }

    fn response(country: &str, answers: &[(i64, Answer)]) -> ResponseAnswers {
        ResponseAnswers {
            groups: RespondentGroups {
                country: country.into(),
                ..Default::default()
            },
            answers: answers.iter().cloned().collect(),
        }
    }

    #[test]
    fn choice_tables_rank_options_by_share_of_respondents() {
        let q = question(
            1,
            "multiple_choice",
            &["fairs", "networking", "market info"],
            false,
        );
        let responses = [
            response("DK", &[(1, Answer::Choices(vec![1, 2]))]),
            response("DK", &[(1, Answer::Choices(vec![2]))]),
            response("NO", &[(1, Answer::Choices(vec![1, 2]))]),
            response("NO", &[]),
        ];
        let rs: Vec<&ResponseAnswers> = responses.iter().collect();
        let summary = summarise(&q, &rs);
        assert_eq!(summary.answered, 3);
        let Summary::Choices { options } = summary.summary else {
            panic!()
        };
        let table: Vec<(usize, &str, usize, f64)> = options
            .iter()
            .map(|o| (o.rank, o.option.as_str(), o.respondents, o.percent))
            .collect();
        assert_eq!(
            table,
            vec![
                (1, "market info", 3, 100.0),
                (2, "networking", 2, 66.7),
                (3, "fairs", 0, 0.0)
            ]
        );
        let by_country = results(&[q], &responses, Some(Breakdown::Country));
        assert_eq!(
            by_country
                .iter()
                .map(|g| (g.group.as_str(), g.respondents))
                .collect::<Vec<_>>(),
            vec![("All respondents", 4), ("DK", 2), ("NO", 2)]
        );
    }

    #[test]
    fn rankings_likert_and_numbers_are_summarised() {
        let q = question(1, "ranking", &["a", "b", "c"], false);
        let responses = [
            response("DK", &[(1, Answer::Ranking(vec![1, 0, 2]))]),
            response("DK", &[(1, Answer::Ranking(vec![1, 2]))]),
            response("DK", &[(1, Answer::Ranking(vec![0, 1]))]),
        ];
        let rs: Vec<&ResponseAnswers> = responses.iter().collect();
        let Summary::Ranking { options } = summarise(&q, &rs).summary else {
            panic!()
        };
        // b: places 1, 1, 2 → mean 1.3, first for 2 of 3.
        assert_eq!(options[0].option, "b");
        assert_eq!(options[0].mean_place, Some(1.3));
        assert_eq!(options[0].first_percent, 66.7);
        assert_eq!(options[1].option, "a");
        assert_eq!(options[1].mean_place, Some(1.5));
        assert_eq!(options[2].option, "c");
        assert_eq!(options[2].ranked_by, 2);

        let likert = question(2, "likert", &[], false);
        let number = question(3, "number", &[], false);
        let responses = [
            response("DK", &[(2, Answer::Likert(5)), (3, Answer::Number(10))]),
            response("DK", &[(2, Answer::Likert(4)), (3, Answer::Number(2))]),
            response("DK", &[(2, Answer::Likert(4)), (3, Answer::Number(7))]),
            response("DK", &[(3, Answer::Number(1))]),
        ];
        let rs: Vec<&ResponseAnswers> = responses.iter().collect();
        let Summary::Likert { counts, mean, .. } = summarise(&likert, &rs).summary else {
            panic!()
        };
        assert_eq!(counts, vec![0, 0, 0, 2, 1]);
        assert_eq!(mean, Some(4.3));
        assert_eq!(
            summarise(&number, &rs).summary,
            Summary::Number {
                mean: Some(5.0),
                median: Some(4.5),
                min: Some(1),
                max: Some(10)
            }
        );
    }

    #[test]
    fn anonymous_results_break_down_by_country_only() {
        assert!(Breakdown::Country.allowed(true));
        assert!(!Breakdown::HomeOrganisation.allowed(true));
        assert!(Breakdown::SizeClass.allowed(false));
        assert_eq!(ResponseRate::new(12, 5).percent, 41.7);
        assert_eq!(ResponseRate::new(0, 0).percent, 0.0);
    }

    #[test]
    fn sending_and_editing_follow_the_status() {
        assert!(check_sendable(SurveyStatus::Draft, 0, 0).is_err());
        assert!(check_sendable(SurveyStatus::Draft, 3, 0).is_ok());
        assert!(check_sendable(SurveyStatus::Open, 3, 1).is_ok());
        assert!(
            check_sendable(SurveyStatus::Closed, 3, 1).is_ok(),
            "a follow-up wave"
        );
        assert!(check_sendable(SurveyStatus::Closed, 3, 0).is_err());
        assert!(takes_answers(SurveyStatus::Open, 2, 2).is_ok());
        assert!(takes_answers(SurveyStatus::Open, 1, 2).is_err(), "over");
        assert!(takes_answers(SurveyStatus::Closed, 2, 2).is_err());
        assert!(check_editable(SurveyStatus::Draft).is_ok());
        assert!(check_editable(SurveyStatus::Open).is_err());
        let qs = [("A", 1), ("A", 2), ("B", 3), ("A", 4)];
        let groups = sections(&qs, |q| q.0);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].1.len(), 2);
    }
}

/// Property tests: any values sent for any question give an answer or a
/// message, and the values a form shows for an answer read back as it.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn spec() -> impl Strategy<Value = QuestionSpec> {
        (
            proptest::sample::select(QuestionKind::ALL),
            any::<bool>(),
            proptest::collection::vec(prop_oneof!["[a-z ]{0,8}", any::<String>()], 0..6),
            proptest::option::of(any::<i32>()),
            proptest::option::of(any::<i64>()),
            proptest::option::of(any::<i64>()),
        )
            .prop_map(
                |(kind, required, options, max_choices, min_value, max_value)| QuestionSpec {
                    section: String::new(),
                    prompt: "Question".into(),
                    help: String::new(),
                    kind,
                    required,
                    options,
                    max_choices,
                    min_value,
                    max_value,
                },
            )
    }

    /// Values as a form or the API sends them: option texts, numbers, text.
    fn values(spec: &QuestionSpec) -> impl Strategy<Value = Vec<String>> + use<> {
        let mut choices: Vec<String> = spec.options.clone();
        choices.extend(
            [
                "1",
                "3",
                "5",
                "0",
                "-7",
                " 42 ",
                "",
                "  ",
                "9999999999999999999999",
            ]
            .map(String::from),
        );
        proptest::collection::vec(
            prop_oneof![proptest::sample::select(choices), any::<String>()],
            0..6,
        )
    }

    proptest! {
        #[test]
        fn answers_never_panic_and_read_back(
            (spec, values) in spec().prop_flat_map(|spec| {
                let values = values(&spec);
                (Just(spec), values)
            })
        ) {
            if let Ok(Some(answer)) = parse_answer(&spec, &values) {
                let shown = answer.form_values(&spec);
                prop_assert_eq!(parse_answer(&spec, &shown), Ok(Some(answer.clone())));
                prop_assert_eq!(Answer::decode(spec.kind, &answer.encode()), Ok(answer.clone()));
                let _ = answer.display(&spec);
            }
        }
    }
}
