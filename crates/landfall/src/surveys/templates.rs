//! The two questionnaires Landfall ships. The option lists follow the
//! categories that cluster evaluations use when they ask SMEs what helped them
//! abroad and what it changed, and the aims of a cluster's validation survey
//! before an internationalisation programme; the wording is Landfall's own.

use super::model::{QuestionKind, QuestionSpec, SurveyTemplate};

/// What the SME feedback survey offers as support activities (its ranking table).
pub const SUPPORT_ACTIVITIES: [&str; 8] = [
    "Market information, benchmarks and inspiration",
    "Networking and new international contacts or partners",
    "New opportunities and partners in other sectors or fields",
    "Stronger international visibility",
    "Entry into new markets",
    "Specific expertise (people or centres of knowledge)",
    "Outside infrastructure (labs, test or demonstration sites)",
    "Starting joint research or development work",
];

/// What the SME feedback survey offers as results for the company.
pub const RESULTS_FOR_COMPANY: [&str; 6] = [
    "A better grasp of new markets and their players",
    "Shared knowledge, inspiration and new opportunities spotted",
    "New partners and a wider network",
    "A stronger presence or visibility in new markets",
    "Longer-term research and innovation cooperation started",
    "A commercial contract or sale started",
];

pub const READINESS_DRIVERS: [&str; 6] = [
    "Members' demand for foreign markets",
    "Access to technology or knowledge abroad",
    "Joint projects and funding calls",
    "Visibility of the region and its cluster",
    "Value chains that cross borders",
    "Attracting talent and investment",
];

struct Q {
    section: &'static str,
    prompt: &'static str,
    help: &'static str,
    kind: QuestionKind,
    required: bool,
    options: &'static [&'static str],
    max_choices: Option<i32>,
    range: Option<(i64, i64)>,
}

impl Q {
    fn spec(&self) -> QuestionSpec {
        QuestionSpec {
            section: self.section.into(),
            prompt: self.prompt.into(),
            help: self.help.into(),
            kind: self.kind,
            required: self.required,
            options: self.options.iter().map(|o| (*o).to_string()).collect(),
            max_choices: self.max_choices,
            min_value: self.range.map(|r| r.0),
            max_value: self.range.map(|r| r.1),
        }
    }
}

const fn q(section: &'static str, prompt: &'static str, kind: QuestionKind) -> Q {
    Q {
        section,
        prompt,
        help: "",
        kind,
        required: false,
        options: &[],
        max_choices: None,
        range: None,
    }
}

const SME_FEEDBACK: &[Q] = &[
    Q {
        required: true,
        help: "Think of the whole programme: workshops, the study trip, the stay abroad.",
        ..q(
            "Support you received",
            "The support understood my company's needs and helped it act abroad.",
            QuestionKind::Likert,
        )
    },
    Q {
        required: true,
        options: &SUPPORT_ACTIVITIES,
        max_choices: Some(3),
        help: "Pick up to three.",
        ..q(
            "Support you received",
            "Which support activities helped your internationalisation most?",
            QuestionKind::MultipleChoice,
        )
    },
    Q {
        required: true,
        options: &RESULTS_FOR_COMPANY,
        help: "Tick every result you have seen so far.",
        ..q(
            "Results for your company",
            "What has the project brought your company?",
            QuestionKind::MultipleChoice,
        )
    },
    Q {
        options: &["Within 6 months", "Within a year", "Later", "Not planned"],
        ..q(
            "Results for your company",
            "When do you expect your first sale in the target market?",
            QuestionKind::SingleChoice,
        )
    },
    Q {
        range: Some((0, 500)),
        help: "A whole number; 0 if none yet.",
        ..q(
            "Results for your company",
            "How many new international contacts did you follow up?",
            QuestionKind::Number,
        )
    },
    Q {
        ..q(
            "Your advice",
            "What should we change for the next group of companies?",
            QuestionKind::FreeText,
        )
    },
];

const CLUSTER_READINESS: &[Q] = &[
    Q {
        required: true,
        ..q(
            "Motivation",
            "Our members understand why the cluster wants to go international.",
            QuestionKind::Likert,
        )
    },
    Q {
        required: true,
        options: &READINESS_DRIVERS,
        max_choices: Some(3),
        help: "Put up to three in order, most important first.",
        ..q(
            "Motivation",
            "What drives your members towards foreign markets?",
            QuestionKind::Ranking,
        )
    },
    Q {
        required: true,
        ..q(
            "Readiness",
            "The cluster management has the people and skills to run an international programme.",
            QuestionKind::Likert,
        )
    },
    Q {
        options: &[
            "Committed with staff and budget",
            "Committed, resources still open",
            "Interested, not yet committed",
            "Not interested",
        ],
        required: true,
        ..q(
            "Readiness",
            "How committed are your partners to a joint internationalisation programme?",
            QuestionKind::SingleChoice,
        )
    },
    Q {
        range: Some((0, 10_000)),
        ..q(
            "Readiness",
            "How many member companies could take part in the first year?",
            QuestionKind::Number,
        )
    },
    Q {
        options: &[
            "Market knowledge",
            "Contacts abroad",
            "Funding for travel and events",
            "Staff time",
            "Languages and culture",
        ],
        help: "Tick every gap that applies.",
        ..q(
            "Gaps",
            "What must improve before the programme starts?",
            QuestionKind::MultipleChoice,
        )
    },
    Q {
        ..q(
            "Gaps",
            "Anything else the programme should know?",
            QuestionKind::FreeText,
        )
    },
];

pub fn title(template: SurveyTemplate) -> &'static str {
    match template {
        SurveyTemplate::SmeFeedback => "SME feedback on internationalisation support",
        SurveyTemplate::ClusterReadiness => "Cluster readiness for internationalisation",
    }
}

pub fn introduction(template: SurveyTemplate) -> &'static str {
    match template {
        SurveyTemplate::SmeFeedback => {
            "Tell us what helped your company abroad and what it changed. It takes about five minutes; \
             your answers shape the next round of the programme."
        }
        SurveyTemplate::ClusterReadiness => {
            "Before we plan an internationalisation programme, we check where the cluster stands: \
             why members want to go abroad, what is ready, and what is missing."
        }
    }
}

pub fn questions(template: SurveyTemplate) -> Vec<QuestionSpec> {
    let list = match template {
        SurveyTemplate::SmeFeedback => SME_FEEDBACK,
        SurveyTemplate::ClusterReadiness => CLUSTER_READINESS,
    };
    list.iter().map(Q::spec).collect()
}
