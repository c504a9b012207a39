//! The handbook's rules, without I/O: what a chapter is, the way a version
//! goes from draft to published, who may write, review and read what, the
//! Markdown a chapter is written in, and how two versions differ.

pub mod diff;
pub mod markdown;

use crate::auth::{Actor, Role};
use crate::registry::model::{CountryCode, slugify, vocabulary};
use crate::validation::{FieldErrors, non_blank_count, text};

vocabulary! {
    /// What a chapter tells; the table of contents is grouped by it.
    ChapterKind, "a chapter kind" {
        HowTo => "how_to", "How-to chapters";
        CaseStory => "case_story", "Case stories";
        LessonsLearned => "lessons_learned", "Lessons learned";
        BoostersBlockers => "boosters_blockers", "Boosters and blockers";
    }
}

vocabulary! {
    /// Where a version is on its way to the public. A chapter has at most one
    /// version that is not `published` (its open draft).
    VersionStatus, "a version status" {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Waiting for review";
        Returned => "returned", "Returned with a note";
        Published => "published", "Published";
    }
}

impl VersionStatus {
    /// Still being worked on or reviewed: never shown on public pages.
    pub fn is_open(self) -> bool {
        self != VersionStatus::Published
    }
}

vocabulary! {
    /// What can be done to a chapter's open draft, or (withdraw) to the chapter.
    ChapterAction, "an action" {
        Submit => "submit", "Submit for review";
        Approve => "approve", "Approve and publish";
        Return => "return", "Return with a note";
        Withdraw => "withdraw", "Withdraw from the handbook";
    }
}

/// The status an open draft moves to on an action, or why it cannot.
/// (Withdraw acts on the published chapter, not on a draft.)
pub fn transition(status: VersionStatus, action: ChapterAction) -> Result<VersionStatus, String> {
    use ChapterAction as A;
    use VersionStatus as S;
    match (status, action) {
        (S::Draft | S::Returned, A::Submit) => Ok(S::Submitted),
        (S::Submitted, A::Approve) => Ok(S::Published),
        (S::Submitted, A::Return) => Ok(S::Returned),
        (S::Submitted, A::Submit) => Err(crate::t("hb-err-already-submitted")),
        (S::Draft | S::Returned, A::Approve | A::Return) => Err(crate::t("hb-err-only-submitted")),
        (S::Published, _) => Err(crate::t("hb-err-no-open-draft")),
        (_, A::Withdraw) => Err(crate::t("hb-err-withdraw-published")),
    }
}

/// Addresses that the handbook's own pages use, so no chapter may take them.
const RESERVED_SLUGS: [&str; 4] = ["new", "manage", "review", "search"];

/// Checks a slug typed by hand: lower-case letters, digits and dashes.
pub fn parse_slug(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(crate::t("val-required"));
    }
    if value.len() > 60 {
        return Err(crate::t("hb-err-slug-too-long"));
    }
    let well_formed = value
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.starts_with('-')
        && !value.ends_with('-');
    if !well_formed {
        return Err(crate::t("hb-err-slug-format"));
    }
    if RESERVED_SLUGS.contains(&value) {
        return Err(crate::t1("hb-err-slug-reserved", "slug", value));
    }
    Ok(value.to_string())
}

/// The slug a new chapter gets: the one typed, or one made from the title.
pub fn chapter_slug(typed: &str, title: &str) -> Result<String, String> {
    if typed.trim().is_empty() {
        let made = slugify(title);
        if RESERVED_SLUGS.contains(&made.as_str()) {
            Ok(format!("{made}-chapter"))
        } else {
            Ok(made)
        }
    } else {
        parse_slug(typed)
    }
}

/// A chapter's words as typed or sent, before validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChapterInput {
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub tags: Vec<String>,
    pub countries: Vec<String>,
    pub position: Option<i64>,
    pub change_note: String,
    pub unreadable: FieldErrors,
}

/// A valid version's content, ready to be stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterDraft {
    pub kind: ChapterKind,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub tags: Vec<String>,
    pub countries: Vec<CountryCode>,
    pub position: i32,
    pub change_note: String,
}

pub const BODY_MAX_CHARS: usize = 60_000;

impl ChapterInput {
    pub fn validate(&self) -> Result<ChapterDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let kind = errors.check("kind", ChapterKind::parse(&self.kind));
        let title = errors.check("title", text(&self.title, true, 140));
        let summary = errors.check("summary", text(&self.summary, true, 600));
        let body = errors.check("body", text(&self.body, true, BODY_MAX_CHARS));
        let change_note = errors.check("change_note", text(&self.change_note, false, 300));
        let mut tags = Vec::new();
        if non_blank_count(&self.tags) > 12 {
            errors.add("tags", crate::t("hb-err-tags-max"));
        } else {
            for tag in &self.tags {
                match text(tag, false, 40) {
                    Ok(tag) if tag.is_empty() => {}
                    Ok(tag) if tag.contains(',') => {
                        errors.add("tags", crate::t("hb-err-tag-comma"))
                    }
                    Ok(tag) => {
                        let tag = tag.to_lowercase();
                        if !tags.contains(&tag) {
                            tags.push(tag);
                        }
                    }
                    Err(message) => errors.add("tags", message),
                }
            }
        }
        let mut countries = Vec::new();
        for code in self.countries.iter().filter(|c| !c.trim().is_empty()) {
            if let Some(code) = errors.check("countries", CountryCode::parse(code))
                && !countries.contains(&code)
            {
                countries.push(code);
            }
        }
        let position = match self.position {
            None => Some(100),
            Some(n) if (0..=9999).contains(&n) => i32::try_from(n).ok(),
            Some(_) => {
                errors.add("position", crate::t("hb-err-position"));
                None
            }
        };
        if let Some(body) = &body {
            for directive in markdown::embedded_programmes(body) {
                if let Err(message) = directive {
                    errors.add("body", message);
                }
            }
        }
        match (kind, title, summary, body, position, change_note) {
            (
                Some(kind),
                Some(title),
                Some(summary),
                Some(body),
                Some(position),
                Some(change_note),
            ) if errors.is_empty() => Ok(ChapterDraft {
                kind,
                title,
                summary,
                body,
                tags,
                countries,
                position,
                change_note,
            }),
            _ => Err(errors),
        }
    }
}

/// Reads a comma-separated list typed in a form (`export, logistics`).
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

/// Writes and submits the chapters of its organisation (admins: of any).
pub fn can_write(actor: &Actor, author_organisation: i64) -> bool {
    actor.is_admin() || actor.manages(author_organisation)
}

/// May start chapters at all (managers and admins; SME members and
/// evaluators read the handbook like everyone else).
pub fn can_author(actor: &Actor) -> bool {
    actor.is_admin() || (actor.role == Role::Manager && actor.organisation_id.is_some())
}

/// Approves or returns a submitted version: an admin, or a manager of another
/// organisation than the author's — and never the person who wrote it.
pub fn can_review(actor: &Actor, author_organisation: i64, written_by_user: i64) -> bool {
    let in_role = actor.is_admin()
        || (actor.role == Role::Manager
            && actor.organisation_id.is_some()
            && actor.organisation_id != Some(author_organisation));
    in_role && actor.user_id != written_by_user
}

/// Takes a chapter off the public handbook.
pub fn can_withdraw(actor: &Actor) -> bool {
    actor.is_admin()
}

/// Who may read a chapter's open draft: the author organisation's managers and
/// admins always; other reviewers once it is submitted.
pub fn can_see_draft(actor: &Actor, author_organisation: i64, status: VersionStatus) -> bool {
    can_write(actor, author_organisation)
        || (status == VersionStatus::Submitted
            && actor.role == Role::Manager
            && actor.organisation_id.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(user_id: i64, role: Role, organisation_id: Option<i64>) -> Actor {
        Actor {
            user_id,
            email: "x@example.org".into(),
            display_name: "X".into(),
            role,
            organisation_id,
            sme_id: None,
            session: None,
            locale: None,
        }
    }

    #[test]
    fn a_draft_goes_through_review_to_publication() {
        use ChapterAction as A;
        use VersionStatus as S;
        assert_eq!(transition(S::Draft, A::Submit), Ok(S::Submitted));
        assert_eq!(transition(S::Returned, A::Submit), Ok(S::Submitted));
        assert_eq!(transition(S::Submitted, A::Approve), Ok(S::Published));
        assert_eq!(transition(S::Submitted, A::Return), Ok(S::Returned));
        assert!(transition(S::Draft, A::Approve).is_err());
        assert!(transition(S::Returned, A::Return).is_err());
        assert!(transition(S::Submitted, A::Submit).is_err());
        assert!(transition(S::Published, A::Approve).is_err());
        assert!(transition(S::Draft, A::Withdraw).is_err());
        assert!(S::Draft.is_open() && S::Submitted.is_open() && !S::Published.is_open());
    }

    #[test]
    fn nobody_approves_their_own_chapter() {
        let manager_a = actor(1, Role::Manager, Some(10));
        let colleague_a = actor(2, Role::Manager, Some(10));
        let manager_b = actor(3, Role::Manager, Some(20));
        let admin = actor(4, Role::Admin, None);
        let member = actor(5, Role::Sme, None);
        let evaluator = actor(6, Role::Evaluator, Some(20));
        // Written by manager A (user 1) for organisation 10.
        assert!(!can_review(&manager_a, 10, 1));
        assert!(!can_review(&colleague_a, 10, 1));
        assert!(can_review(&manager_b, 10, 1));
        assert!(can_review(&admin, 10, 1));
        assert!(
            !can_review(&admin, 10, 4),
            "an admin's own words need another reviewer"
        );
        assert!(!can_review(&member, 10, 1) && !can_review(&evaluator, 10, 1));
        assert!(can_write(&manager_a, 10) && can_write(&colleague_a, 10) && can_write(&admin, 10));
        assert!(!can_write(&manager_b, 10) && !can_write(&member, 10));
        assert!(can_author(&manager_b) && !can_author(&member) && !can_author(&evaluator));
        assert!(can_withdraw(&admin) && !can_withdraw(&manager_a));
    }

    #[test]
    fn drafts_are_seen_by_their_authors_and_submitted_ones_by_reviewers() {
        let manager_a = actor(1, Role::Manager, Some(10));
        let manager_b = actor(3, Role::Manager, Some(20));
        let member = actor(5, Role::Sme, None);
        assert!(can_see_draft(&manager_a, 10, VersionStatus::Draft));
        assert!(!can_see_draft(&manager_b, 10, VersionStatus::Draft));
        assert!(!can_see_draft(&manager_b, 10, VersionStatus::Returned));
        assert!(can_see_draft(&manager_b, 10, VersionStatus::Submitted));
        assert!(!can_see_draft(&member, 10, VersionStatus::Submitted));
    }

    #[test]
    fn slugs_come_from_titles_or_are_checked() {
        assert_eq!(
            chapter_slug("", "How to run a matchmaking day").unwrap(),
            "how-to-run-a-matchmaking-day"
        );
        assert_eq!(chapter_slug("", "New").unwrap(), "new-chapter");
        assert_eq!(chapter_slug("desk-abroad", "x").unwrap(), "desk-abroad");
        assert!(chapter_slug("Desk Abroad", "x").is_err());
        assert!(chapter_slug("manage", "x").is_err());
        assert!(chapter_slug("-x", "x").is_err());
    }

    #[test]
    fn a_chapter_needs_its_words_and_valid_lists() {
        let input = ChapterInput {
            kind: "how_to".into(),
            title: "  Soft landing in ten steps ".into(),
            summary: "What a host incubator does".into(),
            body: "## First\n\nText.".into(),
            tags: vec!["Export".into(), "export".into(), " ".into()],
            countries: vec!["dk".into(), "NO".into(), "DK".into()],
            position: Some(3),
            ..Default::default()
        };
        let draft = input.validate().unwrap();
        assert_eq!(draft.title, "Soft landing in ten steps");
        assert_eq!(draft.tags, vec!["export"]);
        assert_eq!(draft.countries.len(), 2);
        assert_eq!(draft.position, 3);

        let errors = ChapterInput {
            kind: "novel".into(),
            countries: vec!["XX".into()],
            position: Some(-1),
            body: "{{results }}".into(),
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        for field in ["kind", "title", "summary", "countries", "position", "body"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
    }

    #[test]
    fn tags_are_counted_before_repeats_are_dropped() {
        let tags = |tags: Vec<String>| ChapterInput {
            kind: "how_to".into(),
            title: "Tags".into(),
            summary: "Tags".into(),
            body: "Tags.".into(),
            tags,
            ..Default::default()
        };
        let mut twelve: Vec<String> = (0..12).map(|i| format!("t{i}")).collect();
        twelve.push(" ".into());
        assert_eq!(tags(twelve.clone()).validate().unwrap().tags.len(), 12);
        twelve.push("t12".into());
        let errors = tags(twelve).validate().unwrap_err();
        assert_eq!(
            errors.get("tags"),
            Some(crate::t("hb-err-tags-max").as_str())
        );
        let errors = tags(vec!["export".into(); 1_000_000])
            .validate()
            .unwrap_err();
        assert_eq!(
            errors.get("tags"),
            Some(crate::t("hb-err-tags-max").as_str())
        );
    }
}

/// Property tests: slugs and version comparisons on any input.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn slugs_never_panic_and_read_back(
            typed in prop_oneof![any::<String>(), "[a-z0-9 -]{0,70}"],
            title in any::<String>(),
        ) {
            if let Ok(slug) = parse_slug(&typed) {
                prop_assert_eq!(parse_slug(&slug), Ok(slug.clone()));
            }
            if let Ok(slug) = chapter_slug(&typed, &title) {
                prop_assert_eq!(parse_slug(&slug), Ok(slug.clone()));
            }
        }

        #[test]
        fn versions_compare_without_panicking(old in any::<String>(), new in any::<String>()) {
            let blocks = diff::compare(&old, &new);
            let kept_or_added = blocks.iter().filter(|b| !b.is_removed()).count();
            prop_assert_eq!(kept_or_added, diff::blocks(&new).len());
            let kept_or_removed = blocks.iter().filter(|b| !b.is_added()).count();
            prop_assert_eq!(kept_or_removed, diff::blocks(&old).len());
        }
    }
}
