//! Every link the demo network's pages show works: a crawler signs in as each
//! kind of demo account (and as nobody), follows the links of the pages it
//! is shown, and expects each one to answer — no error page, no "not found",
//! no "forbidden" behind a link the page itself offered, and no message
//! with a variable left unfilled.

use std::collections::{BTreeMap, HashSet, VecDeque};

use landfall::demo::{self, DEMO_PASSWORD};

use crate::on_both_backends;
use crate::support::{Backend, TestApp, browser, sign_in_as, spawn};

/// Pages fetched per account at most; links of one shape (the same path with
/// its numbers taken out) are followed a few times, not once per record.
const PAGES_PER_ACCOUNT: usize = 1000;
const VISITS_PER_SHAPE: usize = 2;

/// The demo accounts crawled, one per kind of user (`None` is a visitor),
/// each reading the site in another of its languages.
const ACCOUNTS: &[(Option<&str>, &str)] = &[
    (None, "da"),
    (Some(demo::ADMIN_EMAIL), "en"),
    (Some("manager.aarhus-harbour-incubator@example.org"), "da"),
    (Some("manager.sunnmore-maritime-cluster@example.org"), "nb"),
    (
        Some("manager.danish-agency-for-sme-export-growth@example.org"),
        "sv",
    ),
    (Some(demo::EVALUATOR_EMAIL), "nl"),
    (Some("sme.havblik-analytics@example.org"), "de"),
];

/// The same-site links of a page: `href` and `src` attributes, with their
/// HTML escapes undone and their fragments dropped.
fn links(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(start) = rest.find(attribute) {
            rest = &rest[start + attribute.len()..];
            let Some(end) = rest.find('"') else { break };
            let link = unescape(&rest[..end]);
            let link = link.split('#').next().unwrap_or_default().to_string();
            if link.starts_with('/') && !link.starts_with("//") {
                found.push(link);
            }
        }
    }
    found
}

/// An attribute's text with its character references undone (`&amp;`,
/// `&#38;`, `&#x3d;`…).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..end];
        let decoded = match name {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| name.strip_prefix('#').map(str::parse))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A link's shape: its path with every number replaced, and the names (not
/// the values) of its query parameters.
fn shape(link: &str) -> String {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let path: Vec<&str> = path
        .split('/')
        .map(|s| {
            if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
                "#"
            } else {
                s
            }
        })
        .collect();
    let mut names: Vec<&str> = query
        .split('&')
        .filter_map(|p| p.split('=').next())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    format!("{}?{}", path.join("/"), names.join("&"))
}

/// Links that are not pages to read: signing out is a form, and the
/// language switcher's and sign-in's targets are posted to.
fn skipped(link: &str) -> bool {
    ["/logout", "/language"].iter().any(|p| link.starts_with(p))
}

/// Crawls the site as one account; returns every broken link with the page
/// that showed it, and how many pages were read.
async fn crawl(app: &TestApp, account: Option<&str>, language: &str) -> (Vec<String>, usize) {
    let client = browser();
    if let Some(email) = account {
        sign_in_as(&client, app, email, DEMO_PASSWORD).await;
    }
    let mut shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue = VecDeque::from([("/".to_string(), "(start)".to_string())]);
    let mut broken = Vec::new();
    let mut read = 0;
    while let Some((link, from)) = queue.pop_front() {
        if read >= PAGES_PER_ACCOUNT {
            break;
        }
        read += 1;
        let response = client
            .get(app.url(&link))
            .header("Accept-Language", language)
            .send()
            .await
            .unwrap();
        let status = response.status();
        if status.is_redirection() {
            if let Some(target) = response
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
            {
                let target = target.trim_start_matches(&app.base).to_string();
                if seen.insert(target.clone()) {
                    queue.push_front((target, link.clone()));
                }
            }
            continue;
        }
        if !status.is_success() {
            broken.push(format!("{status} {link} (linked from {from})"));
            continue;
        }
        let is_html = response
            .headers()
            .get("content-type")
            .and_then(|c| c.to_str().ok())
            .is_some_and(|c| c.starts_with("text/html"));
        if !is_html {
            continue;
        }
        let body = response.text().await.unwrap();
        if let Some(at) = body.find("{$") {
            let end = body.len().min(at + 30);
            broken.push(format!(
                "a message variable left unfilled ({}) on {link}",
                &body[at..end]
            ));
        }
        for next in links(&body) {
            if skipped(&next) || !seen.insert(next.clone()) {
                continue;
            }
            let visits = shapes.entry(shape(&next)).or_default();
            if *visits < VISITS_PER_SHAPE {
                *visits += 1;
                queue.push_back((next, link.clone()));
            }
        }
    }
    (broken, read)
}

async fn every_link_in_the_demo_works(backend: Backend) {
    let app = spawn(backend).await;
    demo::load(&app.db, 20).await.unwrap();
    let mut broken = Vec::new();
    for (account, language) in ACCOUNTS {
        let who = account.unwrap_or("a visitor");
        let (mut found, read) = crawl(&app, *account, language).await;
        assert!(read >= 20, "{who} reached only {read} pages");
        broken.extend(found.drain(..).map(|b| format!("{who}: {b}")));
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn links_are_read_from_attributes_and_shaped_without_their_numbers() {
    let html = r#"<a href="/smes/12?tab=a&#38;page&#x3d;2#x">A</a> <a href="https://x.example/">B</a>
        <img src="/static/app.css"> <a href="//cdn.example/x">C</a>"#;
    assert_eq!(links(html), ["/smes/12?tab=a&page=2", "/static/app.css"]);
    assert_eq!(shape("/smes/12?tab=a&page=2"), "/smes/#?page&tab");
    assert_eq!(shape("/smes/13/edit"), "/smes/#/edit?");
    assert_eq!(unescape("a&amp;b&#61;c&nbsp;&"), "a&b=c&nbsp;&");
}

on_both_backends!(every_link_in_the_demo_works);
