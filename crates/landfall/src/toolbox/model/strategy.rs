//! The cluster strategy checklist: the five phases of strategic cluster
//! internationalisation with what to have done in each, progress per phase,
//! and a self-check against the boosters and blockers clusters have met,
//! which flags the risks with short advice.

use std::collections::HashMap;

use crate::auth::Actor;
use crate::registry::model::{parse_website, vocabulary};
use crate::validation::{FieldErrors, text};

/// Something a cluster should have done in a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    pub key: &'static str,
    pub text: &'static str,
}

/// A phase of strategic internationalisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    pub number: u8,
    pub title: &'static str,
    pub aim: &'static str,
    pub items: &'static [ChecklistItem],
}

const fn item(key: &'static str, text: &'static str) -> ChecklistItem {
    ChecklistItem { key, text }
}

pub const PHASES: [Phase; 5] = [
    Phase {
        number: 1,
        title: "Understand your cluster and choose markets",
        aim: "Know what your members want from going abroad, and pick the markets that fit them.",
        items: &[
            item(
                "p1-member-needs",
                "We have asked our members, in interviews or a survey, what they want to gain abroad.",
            ),
            item(
                "p1-member-profile",
                "We know which members already export, where to, and which are ready to start.",
            ),
            item(
                "p1-market-analysis",
                "We have compared candidate markets using market data, road maps or technology forecasts.",
            ),
            item(
                "p1-markets-chosen",
                "We have chosen one to three target markets and written down why.",
            ),
            item(
                "p1-unique-offer",
                "We can say in one sentence what our cluster offers that others in those markets do not.",
            ),
        ],
    },
    Phase {
        number: 2,
        title: "Competences, stakeholders and finances",
        aim: "Have the right skills in the team, know who matters at home and abroad, and know what money there is.",
        items: &[
            item(
                "p2-team",
                "Someone in the cluster team is responsible for international work and has time for it.",
            ),
            item(
                "p2-skills",
                "The team has the language, market and project skills the target markets call for, or knows where to find them.",
            ),
            item(
                "p2-stakeholders",
                "We have mapped the stakeholders at home and abroad: agencies, embassies, partner clusters and funders.",
            ),
            item(
                "p2-backing",
                "The board and the leading members back the international goals.",
            ),
            item(
                "p2-funding",
                "We know which people and which money are available: from members, the region, national and European programmes.",
            ),
        ],
    },
    Phase {
        number: 3,
        title: "Develop the international strategy",
        aim: "Write a strategy with the members' input and broad backing, with an action plan and milestones for every international project.",
        items: &[
            item(
                "p3-members-input",
                "Members have commented on a draft of the strategy.",
            ),
            item(
                "p3-written",
                "The strategy is written down and agreed by the board.",
            ),
            item(
                "p3-action-plan",
                "An action plan says which activities come when, and who leads each.",
            ),
            item(
                "p3-milestones",
                "Each international project has milestones and a budget.",
            ),
            item(
                "p3-kpis",
                "We have chosen KPIs that show what the strategy achieves.",
            ),
        ],
    },
    Phase {
        number: 4,
        title: "Implement the strategy",
        aim: "Turn the strategy into services, activities and projects that companies take part in.",
        items: &[
            item(
                "p4-first-activities",
                "The first activities run, on themes our members asked for.",
            ),
            item(
                "p4-key-members",
                "Leading companies or people run some activities and bring others along.",
            ),
            item(
                "p4-concrete-offer",
                "Every activity comes with a concrete offer: what a company gets and what it costs it.",
            ),
            item(
                "p4-support-abroad",
                "We work with support organisations abroad (trade agencies, innovation offices) to open doors.",
            ),
            item(
                "p4-measure",
                "We measure results against the KPIs and report them to the members.",
            ),
        ],
    },
    Phase {
        number: 5,
        title: "Maintain and develop networks and services",
        aim: "Move from one-off projects to a lasting international service and network.",
        items: &[
            item(
                "p5-standing-service",
                "International support is a standing service of the cluster, not a one-off project.",
            ),
            item(
                "p5-partners-kept",
                "We keep in regular touch with our partners abroad between projects.",
            ),
            item(
                "p5-follow-on",
                "We prepare follow-on projects and funding applications together with our partners.",
            ),
            item(
                "p5-review",
                "We review the strategy and the choice of markets at least once a year.",
            ),
        ],
    },
];

vocabulary! {
    /// How far a checklist item is.
    ItemStatus, "a checklist status" {
        NotStarted => "not_started", "Not started";
        InProgress => "in_progress", "In progress";
        Done => "done", "Done";
        NotRelevant => "not_relevant", "Not relevant";
    }
}

/// Finds a checklist item by its key.
pub fn checklist_item(key: &str) -> Option<(&'static Phase, &'static ChecklistItem)> {
    PHASES.iter().find_map(|phase| {
        phase
            .items
            .iter()
            .find(|i| i.key == key)
            .map(|i| (phase, i))
    })
}

/// Done items out of the relevant ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub relevant: usize,
}

impl Progress {
    /// Whole percent of the relevant items done; a phase with nothing
    /// relevant left has nothing left to do (100).
    pub fn percent(self) -> u32 {
        if self.relevant == 0 {
            return 100;
        }
        u32::try_from(self.done * 100 / self.relevant).unwrap_or(100)
    }

    fn add(self, other: Progress) -> Progress {
        Progress {
            done: self.done + other.done,
            relevant: self.relevant + other.relevant,
        }
    }
}

/// A phase's progress from the items' statuses (items without one are not started).
pub fn phase_progress(phase: &Phase, statuses: &HashMap<String, ItemStatus>) -> Progress {
    phase.items.iter().fold(Progress::default(), |p, item| {
        match statuses
            .get(item.key)
            .copied()
            .unwrap_or(ItemStatus::NotStarted)
        {
            ItemStatus::NotRelevant => p,
            ItemStatus::Done => Progress {
                done: p.done + 1,
                relevant: p.relevant + 1,
            },
            ItemStatus::NotStarted | ItemStatus::InProgress => Progress {
                relevant: p.relevant + 1,
                ..p
            },
        }
    })
}

/// Progress over every phase's items together.
pub fn overall_progress(statuses: &HashMap<String, ItemStatus>) -> Progress {
    PHASES
        .iter()
        .map(|phase| phase_progress(phase, statuses))
        .fold(Progress::default(), Progress::add)
}

/// Whether a statement describes something that helps or something that hinders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    Booster,
    Blocker,
}

impl StatementKind {
    pub fn label(self) -> &'static str {
        match self {
            StatementKind::Booster => "Booster",
            StatementKind::Blocker => "Blocker",
        }
    }
}

/// A statement of the self-check, and what to do when it flags a risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    pub key: &'static str,
    pub kind: StatementKind,
    pub text: &'static str,
    pub advice: &'static str,
}

const fn booster(key: &'static str, text: &'static str, advice: &'static str) -> Statement {
    Statement {
        key,
        kind: StatementKind::Booster,
        text,
        advice,
    }
}

const fn blocker(key: &'static str, text: &'static str, advice: &'static str) -> Statement {
    Statement {
        key,
        kind: StatementKind::Blocker,
        text,
        advice,
    }
}

/// Boosters are things to have ("yes" is good); blockers are things to avoid
/// ("yes" is a risk).
pub const SELF_CHECK: [Statement; 13] = [
    booster(
        "push-and-pull",
        "Our members ask for international activities, or partners abroad are asking for us.",
        "Starting is hard without a push from the members or a pull from a market. Ask members what they hope to gain, and look for a partner abroad who wants to work with you.",
    ),
    booster(
        "needs-clarified",
        "We have taken the time to find out what our companies need from going abroad, and asked them directly.",
        "This usually takes longer than planned. Combine conversations with members with market analysis, road maps or technology forecasts.",
    ),
    booster(
        "written-strategy",
        "We have a written internationalisation strategy with a clear unique selling point.",
        "Without a strategy, effort spreads thin for little result. Write one, and say what makes your cluster unique in the target market.",
    ),
    booster(
        "key-members-lead",
        "Leading companies or people of the cluster are in charge of some international activities.",
        "Give leading members a role: they draw others in. Always open with what the SME gets out of it, not with a request to join a project.",
    ),
    booster(
        "anchored-at-home",
        "Our international goals are backed at home: by the board, the staff and the members.",
        "Secure that backing before starting long and risky collaborations abroad.",
    ),
    booster(
        "integrated-and-measured",
        "International work is part of the cluster's everyday work and is measured with KPIs.",
        "Make it part of the cluster rather than an appendix, and set KPIs so that the effort stays specific.",
    ),
    booster(
        "goals-aligned",
        "Our goals and those of our partners abroad are aligned and written down.",
        "Put the shared goals into words with the partners; goals that are mutual and strong matter more than having a lead partner.",
    ),
    booster(
        "tailored-activities",
        "Activities and services are tailored to themes we know our SMEs care about.",
        "Choose study visits, matchmaking and training on topics the SMEs asked for; quick, concrete results keep them engaged.",
    ),
    booster(
        "support-organisations",
        "We use trade promotion agencies, innovation offices abroad and similar organisations.",
        "They know the market and its institutions and can open the right doors; contact them early.",
    ),
    blocker(
        "language-and-culture",
        "Language and cultural differences keep our smallest members away from international activities.",
        "Offer interpreting, pair micro companies with experienced members, and start with a short course on the market's business culture.",
    ),
    blocker(
        "general-offer",
        "What we offer companies is general (\"come along to country X\") rather than concrete.",
        "Make a concrete offer to a chosen group of companies from the start: what they will gain and what it costs them.",
    ),
    blocker(
        "no-contacts",
        "We have no contacts or network yet in the target market.",
        "Start with a study visit or a matchmaking event, or ask an agency or a partner cluster to introduce you.",
    ),
    blocker(
        "unclear-funding",
        "Funding among the partners is missing or unbalanced, or we do not know what resources there are.",
        "Map every partner's people and money at the outset, and plan how to use them to keep momentum over time.",
    ),
];

vocabulary! {
    /// An answer to a statement of the self-check.
    Answer, "an answer" {
        Yes => "yes", "Yes";
        Partly => "partly", "Partly";
        No => "no", "No";
    }
}

pub fn statement(key: &str) -> Option<&'static Statement> {
    SELF_CHECK.iter().find(|s| s.key == key)
}

/// A booster not (fully) in place, or a blocker that holds, is a risk.
pub fn is_risk(kind: StatementKind, answer: Answer) -> bool {
    match kind {
        StatementKind::Booster => matches!(answer, Answer::No | Answer::Partly),
        StatementKind::Blocker => answer == Answer::Yes,
    }
}

/// The statements whose answers flag a risk, in the self-check's order.
pub fn risks(answers: &HashMap<String, Answer>) -> Vec<&'static Statement> {
    SELF_CHECK
        .iter()
        .filter(|s| answers.get(s.key).is_some_and(|a| is_risk(s.kind, *a)))
        .collect()
}

/// A change to a checklist item, as typed or sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemInput {
    pub key: String,
    pub status: String,
    pub evidence_text: String,
    pub evidence_url: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemDraft {
    pub key: &'static str,
    pub status: ItemStatus,
    pub evidence_text: String,
    pub evidence_url: String,
}

/// An answer to the self-check, as typed or sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckInput {
    pub key: String,
    pub answer: String,
}

/// Valid changes to a strategy: items and answers, each known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StrategyChanges {
    pub items: Vec<ItemDraft>,
    pub answers: Vec<(&'static str, Answer)>,
}

/// Checks changes to the checklist and the self-check. Messages go under
/// `items.<key>.<field>` and `self_check.<key>`.
pub fn validate_changes(
    items: &[ItemInput],
    checks: &[CheckInput],
) -> Result<StrategyChanges, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut changes = StrategyChanges::default();
    for input in items {
        let Some((_, item)) = checklist_item(input.key.trim()) else {
            errors.add(
                format!("items.{}", input.key),
                crate::t("tb-err-no-checklist-item"),
            );
            continue;
        };
        let field = |name: &str| format!("items.{}.{name}", item.key);
        let status = errors.check(&field("status"), ItemStatus::parse(&input.status));
        let evidence_text = errors.check(
            &field("evidence_text"),
            text(&input.evidence_text, false, 1000),
        );
        let evidence_url = errors.check(&field("evidence_url"), parse_website(&input.evidence_url));
        if changes.items.iter().any(|i| i.key == item.key) {
            errors.add(field("status"), crate::t("tb-err-given-twice"));
        }
        if let (Some(status), Some(evidence_text), Some(evidence_url)) =
            (status, evidence_text, evidence_url)
        {
            changes.items.push(ItemDraft {
                key: item.key,
                status,
                evidence_text,
                evidence_url,
            });
        }
    }
    for input in checks {
        let Some(statement) = statement(input.key.trim()) else {
            errors.add(
                format!("self_check.{}", input.key),
                crate::t("tb-err-no-statement"),
            );
            continue;
        };
        if input.answer.trim().is_empty() {
            continue;
        }
        let field = format!("self_check.{}", statement.key);
        if let Some(answer) = errors.check(&field, Answer::parse(&input.answer)) {
            changes.answers.retain(|(k, _)| *k != statement.key);
            changes.answers.push((statement.key, answer));
        }
    }
    errors.into_result(changes)
}

/// The checklist is internal: the organisation's managers and admins.
pub fn can_use(actor: &Actor, organisation_id: i64) -> bool {
    actor.is_admin() || actor.manages(organisation_id)
}

impl ItemStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::NotStarted => "tb-item-not-started",
            Self::InProgress => "tb-item-in-progress",
            Self::Done => "tb-item-done",
            Self::NotRelevant => "tb-item-not-relevant",
        })
    }
}

impl StatementKind {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            StatementKind::Booster => "tb-statement-booster",
            StatementKind::Blocker => "tb-statement-blocker",
        })
    }
}

impl Answer {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Yes => "tb-answer-yes",
            Self::Partly => "tb-answer-partly",
            Self::No => "tb-answer-no",
        })
    }
}

impl Phase {
    /// The title in the language of the request, for pages (the API keeps
    /// [`Phase::title`] in English).
    pub fn title_t(&self) -> String {
        crate::t(match self.number {
            1 => "tb-phase1-title",
            2 => "tb-phase2-title",
            3 => "tb-phase3-title",
            4 => "tb-phase4-title",
            5 => "tb-phase5-title",
            _ => return self.title.to_string(),
        })
    }

    /// The aim in the language of the request, for pages.
    pub fn aim_t(&self) -> String {
        crate::t(match self.number {
            1 => "tb-phase1-aim",
            2 => "tb-phase2-aim",
            3 => "tb-phase3-aim",
            4 => "tb-phase4-aim",
            5 => "tb-phase5-aim",
            _ => return self.aim.to_string(),
        })
    }
}

impl ChecklistItem {
    /// The text in the language of the request, for pages.
    pub fn text_t(&self) -> String {
        crate::t(match self.key {
            "p1-member-needs" => "tb-chk-p1-member-needs",
            "p1-member-profile" => "tb-chk-p1-member-profile",
            "p1-market-analysis" => "tb-chk-p1-market-analysis",
            "p1-markets-chosen" => "tb-chk-p1-markets-chosen",
            "p1-unique-offer" => "tb-chk-p1-unique-offer",
            "p2-team" => "tb-chk-p2-team",
            "p2-skills" => "tb-chk-p2-skills",
            "p2-stakeholders" => "tb-chk-p2-stakeholders",
            "p2-backing" => "tb-chk-p2-backing",
            "p2-funding" => "tb-chk-p2-funding",
            "p3-members-input" => "tb-chk-p3-members-input",
            "p3-written" => "tb-chk-p3-written",
            "p3-action-plan" => "tb-chk-p3-action-plan",
            "p3-milestones" => "tb-chk-p3-milestones",
            "p3-kpis" => "tb-chk-p3-kpis",
            "p4-first-activities" => "tb-chk-p4-first-activities",
            "p4-key-members" => "tb-chk-p4-key-members",
            "p4-concrete-offer" => "tb-chk-p4-concrete-offer",
            "p4-support-abroad" => "tb-chk-p4-support-abroad",
            "p4-measure" => "tb-chk-p4-measure",
            "p5-standing-service" => "tb-chk-p5-standing-service",
            "p5-partners-kept" => "tb-chk-p5-partners-kept",
            "p5-follow-on" => "tb-chk-p5-follow-on",
            "p5-review" => "tb-chk-p5-review",
            _ => return self.text.to_string(),
        })
    }
}

impl Statement {
    /// The statement in the language of the request, for pages.
    pub fn text_t(&self) -> String {
        crate::t(match self.key {
            "push-and-pull" => "tb-sc-push-and-pull",
            "needs-clarified" => "tb-sc-needs-clarified",
            "written-strategy" => "tb-sc-written-strategy",
            "key-members-lead" => "tb-sc-key-members-lead",
            "anchored-at-home" => "tb-sc-anchored-at-home",
            "integrated-and-measured" => "tb-sc-integrated-and-measured",
            "goals-aligned" => "tb-sc-goals-aligned",
            "tailored-activities" => "tb-sc-tailored-activities",
            "support-organisations" => "tb-sc-support-organisations",
            "language-and-culture" => "tb-sc-language-and-culture",
            "general-offer" => "tb-sc-general-offer",
            "no-contacts" => "tb-sc-no-contacts",
            "unclear-funding" => "tb-sc-unclear-funding",
            _ => return self.text.to_string(),
        })
    }

    /// The advice in the language of the request, for pages.
    pub fn advice_t(&self) -> String {
        crate::t(match self.key {
            "push-and-pull" => "tb-sc-push-and-pull-advice",
            "needs-clarified" => "tb-sc-needs-clarified-advice",
            "written-strategy" => "tb-sc-written-strategy-advice",
            "key-members-lead" => "tb-sc-key-members-lead-advice",
            "anchored-at-home" => "tb-sc-anchored-at-home-advice",
            "integrated-and-measured" => "tb-sc-integrated-and-measured-advice",
            "goals-aligned" => "tb-sc-goals-aligned-advice",
            "tailored-activities" => "tb-sc-tailored-activities-advice",
            "support-organisations" => "tb-sc-support-organisations-advice",
            "language-and-culture" => "tb-sc-language-and-culture-advice",
            "general-offer" => "tb-sc-general-offer-advice",
            "no-contacts" => "tb-sc-no-contacts-advice",
            "unclear-funding" => "tb-sc-unclear-funding-advice",
            _ => return self.advice.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_phases_of_four_to_six_items_with_unique_keys() {
        let mut keys = std::collections::HashSet::new();
        for (i, phase) in PHASES.iter().enumerate() {
            assert_eq!(usize::from(phase.number), i + 1);
            assert!((4..=6).contains(&phase.items.len()), "{}", phase.title);
            for item in phase.items {
                assert!(keys.insert(item.key), "{} twice", item.key);
            }
        }
        let mut statements = std::collections::HashSet::new();
        for s in SELF_CHECK {
            assert!(statements.insert(s.key), "{} twice", s.key);
        }
        assert!(SELF_CHECK.iter().any(|s| s.kind == StatementKind::Blocker));
    }

    #[tokio::test]
    async fn every_phase_item_and_statement_reads_in_every_language() {
        use crate::i18n::{Locale, scope};
        let texts = || {
            let mut texts = Vec::new();
            for phase in &PHASES {
                texts.push((phase.title, phase.title_t()));
                texts.push((phase.aim, phase.aim_t()));
                for item in phase.items {
                    texts.push((item.text, item.text_t()));
                }
            }
            for statement in &SELF_CHECK {
                texts.push((statement.text, statement.text_t()));
                texts.push((statement.advice, statement.advice_t()));
            }
            texts
        };
        // English pages say what the API says.
        for (english, shown) in scope(Locale::En, async { texts() }).await {
            assert_eq!(english, shown);
        }
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            for (english, shown) in scope(locale, async { texts() }).await {
                assert_ne!(english, shown, "{} shows English", locale.code());
                assert!(!shown.starts_with("tb-"), "{shown}");
            }
        }
        let norwegian = scope(Locale::Nb, async { PHASES[0].title_t() }).await;
        assert_eq!(norwegian, "Forstå klyngen og velg markeder");
    }

    fn statuses(pairs: &[(&str, ItemStatus)]) -> HashMap<String, ItemStatus> {
        pairs.iter().map(|(k, s)| ((*k).to_string(), *s)).collect()
    }

    #[test]
    fn progress_counts_done_items_among_the_relevant_ones() {
        use ItemStatus::*;
        let phase = &PHASES[0]; // five items
        let none = statuses(&[]);
        assert_eq!(
            phase_progress(phase, &none),
            Progress {
                done: 0,
                relevant: 5
            }
        );
        let some = statuses(&[
            ("p1-member-needs", Done),
            ("p1-member-profile", Done),
            ("p1-market-analysis", InProgress),
            ("p1-unique-offer", NotRelevant),
            ("p2-team", Done),
        ]);
        let p1 = phase_progress(phase, &some);
        assert_eq!(
            p1,
            Progress {
                done: 2,
                relevant: 4
            }
        );
        assert_eq!(p1.percent(), 50);
        let p2 = phase_progress(&PHASES[1], &some);
        assert_eq!((p2.done, p2.relevant, p2.percent()), (1, 5, 20));
        // 24 items, one not relevant: 3 of 23 done.
        let all = overall_progress(&some);
        assert_eq!(
            all,
            Progress {
                done: 3,
                relevant: 23
            }
        );
        assert_eq!(all.percent(), 13);
        let irrelevant: HashMap<String, ItemStatus> = PHASES[4]
            .items
            .iter()
            .map(|i| (i.key.to_string(), NotRelevant))
            .collect();
        assert_eq!(phase_progress(&PHASES[4], &irrelevant).percent(), 100);
    }

    #[test]
    fn risks_are_missing_boosters_and_present_blockers() {
        assert!(is_risk(StatementKind::Booster, Answer::No));
        assert!(is_risk(StatementKind::Booster, Answer::Partly));
        assert!(!is_risk(StatementKind::Booster, Answer::Yes));
        assert!(is_risk(StatementKind::Blocker, Answer::Yes));
        assert!(!is_risk(StatementKind::Blocker, Answer::Partly));
        assert!(!is_risk(StatementKind::Blocker, Answer::No));
        let answers: HashMap<String, Answer> = [
            ("push-and-pull", Answer::Yes),
            ("written-strategy", Answer::Partly),
            ("goals-aligned", Answer::No),
            ("no-contacts", Answer::Yes),
            ("general-offer", Answer::No),
        ]
        .iter()
        .map(|(k, a)| ((*k).to_string(), *a))
        .collect();
        let flagged: Vec<&str> = risks(&answers).iter().map(|s| s.key).collect();
        assert_eq!(
            flagged,
            vec!["written-strategy", "goals-aligned", "no-contacts"]
        );
    }

    #[test]
    fn changes_name_unknown_items_and_bad_values() {
        let changes = validate_changes(
            &[ItemInput {
                key: "p3-written".into(),
                status: "done".into(),
                evidence_text: " Board minutes of 12 March ".into(),
                evidence_url: "example.org/strategy.pdf".into(),
            }],
            &[
                CheckInput {
                    key: "no-contacts".into(),
                    answer: "partly".into(),
                },
                CheckInput {
                    key: "goals-aligned".into(),
                    answer: String::new(),
                },
            ],
        )
        .unwrap();
        assert_eq!(changes.items[0].status, ItemStatus::Done);
        assert_eq!(changes.items[0].evidence_text, "Board minutes of 12 March");
        assert_eq!(
            changes.items[0].evidence_url,
            "https://example.org/strategy.pdf"
        );
        assert_eq!(changes.answers, vec![("no-contacts", Answer::Partly)]);

        let errors = validate_changes(
            &[
                ItemInput {
                    key: "p9-moon".into(),
                    status: "done".into(),
                    ..Default::default()
                },
                ItemInput {
                    key: "p1-member-needs".into(),
                    status: "finished".into(),
                    evidence_url: "ftp://x.org".into(),
                    ..Default::default()
                },
            ],
            &[CheckInput {
                key: "no-contacts".into(),
                answer: "maybe".into(),
            }],
        )
        .unwrap_err();
        for field in [
            "items.p9-moon",
            "items.p1-member-needs.status",
            "items.p1-member-needs.evidence_url",
            "self_check.no-contacts",
        ] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
    }
}
