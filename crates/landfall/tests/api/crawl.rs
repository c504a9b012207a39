//! The demo network, walked through like its users would: a crawler signs in
//! as each kind of demo account (and as nobody) and follows the links the
//! pages show.
//!
//! - Links: each one answers — no error, no "not found", no "forbidden"
//!   behind a link a page offered — and each download (CSV, XLSX,
//!   iCalendar) opens in a reader.
//! - Pages: a title, one main heading, no id given twice, no label or ARIA
//!   reference naming nothing, no field without a label, no message with a
//!   variable left unfilled.
//! - Forms: each is sent with nonsense, empty and as shown; never a server
//!   error, and a refusal shows the page again saying what is wrong — and,
//!   when nonsense was typed into its fields, with the nonsense still there.
//! - Privacy: every page the coordinator reaches is read by people who must
//!   not see SMEs' private notes, and shows them none.

use std::collections::{BTreeMap, HashSet, VecDeque};

use landfall::demo::{self, DEMO_PASSWORD};

use crate::on_both_backends;
use crate::support::{Backend, TestApp, browser, sign_in_as, spawn};

/// Pages fetched per account at most; links of one shape (the same path with
/// its numbers taken out) are followed a few times, not once per record.
const PAGES_PER_ACCOUNT: usize = 1000;
const VISITS_PER_SHAPE: usize = 8;

/// The demo accounts crawled, one or two per kind of user (`None` is a
/// visitor), reading the site in its six languages.
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
    (Some("manager.bergen-marine-incubator@example.org"), "en"),
    (Some("sme.tangverket@example.org"), "nb"),
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

/// Whether a download is what it says it is: CSV that parses into rows of
/// one width, a workbook a spreadsheet reader opens, a calendar a calendar
/// parser reads, an SVG picture.
fn readable(content_type: &str, bytes: &[u8]) -> Result<(), String> {
    let kind = content_type.split(';').next().unwrap_or_default().trim();
    match kind {
        "text/csv" => {
            let mut reader = csv::Reader::from_reader(bytes);
            let width = reader.headers().map_err(|e| format!("CSV: {e}"))?.len();
            for row in reader.records() {
                let row = row.map_err(|e| format!("CSV: {e}"))?;
                if row.len() != width {
                    return Err(format!(
                        "CSV row of {} fields under {width} headers",
                        row.len()
                    ));
                }
            }
            Ok(())
        }
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => {
            use calamine::{Reader, Xlsx};
            let mut book = Xlsx::new(std::io::Cursor::new(bytes.to_vec()))
                .map_err(|e| format!("XLSX: {e}"))?;
            book.worksheet_range_at(0)
                .ok_or("XLSX without a sheet")?
                .map_err(|e| format!("XLSX: {e}"))?;
            Ok(())
        }
        "text/calendar" => {
            let mut calendars = ical::IcalParser::new(std::io::BufReader::new(bytes));
            match calendars.next() {
                Some(Ok(_)) => Ok(()),
                Some(Err(e)) => Err(format!("iCalendar: {e}")),
                None => Err("an empty calendar file".into()),
            }
        }
        "image/svg+xml" => {
            let text = String::from_utf8_lossy(bytes);
            if text.contains("<svg") {
                Ok(())
            } else {
                Err("an SVG without <svg>".into())
            }
        }
        _ => Ok(()),
    }
}

/// What is wrong with a page's HTML: two elements with one id, no title,
/// not one main heading, a label for no field, a field without a label.
fn page_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for (tag, _) in elements(html, "", None) {
        if let Some(id) = attribute(tag, "id")
            && !ids.insert(id.clone())
        {
            problems.push(format!("the id {id:?} twice"));
        }
    }
    if elements(html, "title", Some("</title>"))
        .first()
        .is_none_or(|(_, t)| t.trim().is_empty())
    {
        problems.push("no title".into());
    }
    let headings = elements(html, "h1", Some("</h1>")).len();
    if headings != 1 {
        problems.push(format!("{headings} main headings"));
    }
    let mut labelled = HashSet::new();
    for (tag, _) in elements(html, "label", None) {
        if let Some(target) = attribute(tag, "for") {
            if !ids.contains(&target) {
                problems.push(format!("a label for the missing field {target:?}"));
            }
            labelled.insert(target);
        }
    }
    for (tag, _) in elements(html, "", None) {
        for reference in ["aria-describedby", "aria-labelledby"] {
            for target in attribute(tag, reference)
                .unwrap_or_default()
                .split_whitespace()
            {
                if !ids.contains(target) {
                    problems.push(format!("{reference} names the missing {target:?}"));
                }
            }
        }
    }
    for name in ["input", "select", "textarea"] {
        for (tag, _) in elements(html, name, None) {
            let kind = attribute(tag, "type").unwrap_or_default();
            if ["hidden", "submit", "button"].contains(&kind.as_str())
                || attribute(tag, "aria-label").is_some()
                || attribute(tag, "title").is_some()
            {
                continue;
            }
            let labelled = attribute(tag, "id").is_some_and(|id| labelled.contains(&id));
            if !labelled && !inside_label(html, tag) {
                problems.push(format!("a field without a label: {tag}"));
            }
        }
    }
    problems
}

/// Whether a tag (found in `html`) sits inside a `<label>`.
fn inside_label(html: &str, tag: &str) -> bool {
    let Some(at) = html.find(tag) else {
        return false;
    };
    let before = &html[..at];
    match (before.rfind("<label"), before.rfind("</label>")) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
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

/// What a crawl of the site as one account found.
struct Crawl {
    /// The account's browser, still signed in.
    client: reqwest::Client,
    /// Every broken link, with the page that showed it.
    broken: Vec<String>,
    /// How many pages were read.
    read: usize,
    /// The forms found, one of each shape (how and where they send).
    forms: Vec<Form>,
    /// The pages read that answered with HTML.
    pages: Vec<String>,
    /// The downloads read, by type.
    downloads: BTreeMap<String, usize>,
}

/// Crawls the site as one account.
async fn crawl(app: &TestApp, account: Option<&str>, language: &str) -> Crawl {
    let client = browser();
    if let Some(email) = account {
        sign_in_as(&client, app, email, DEMO_PASSWORD).await;
    }
    let mut forms = Vec::new();
    let mut pages = Vec::new();
    let mut downloads: BTreeMap<String, usize> = BTreeMap::new();
    let mut form_shapes: HashSet<String> = HashSet::new();
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
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|c| c.to_str().ok())
            .unwrap_or_default()
            .to_string();
        if !content_type.starts_with("text/html") {
            let kind = content_type.split(';').next().unwrap_or_default();
            *downloads.entry(kind.to_string()).or_default() += 1;
            let bytes = response.bytes().await.unwrap();
            if let Err(problem) = readable(&content_type, &bytes) {
                broken.push(format!("{problem}: {link} (linked from {from})"));
            }
            continue;
        }
        let body = response.text().await.unwrap();
        pages.push(link.clone());
        broken.extend(
            page_problems(&body)
                .into_iter()
                .map(|problem| format!("{problem} on {link}")),
        );
        if let Some(at) = body.find("{$") {
            let end = body.len().min(at + 30);
            broken.push(format!(
                "a message variable left unfilled ({}) on {link}",
                &body[at..end]
            ));
        }
        for form in forms_of(&body, &link) {
            if form_shapes.insert(format!("{} {}", form.posts, shape(&form.action))) {
                forms.push(form);
            }
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
    Crawl {
        client,
        broken,
        read,
        forms,
        pages,
        downloads,
    }
}

// ---------------------------------------------------------------------------
// Forms
// ---------------------------------------------------------------------------

/// A form, as a page shows it.
#[derive(Debug)]
pub(crate) struct Form {
    /// The page that showed it.
    page: String,
    /// It posts (a search form gets).
    posts: bool,
    pub(crate) action: String,
    multipart: bool,
    /// Its fields with the values the page filled in, in order.
    pub(crate) fields: Vec<(String, String)>,
    /// The first named submit button's name and value, if any.
    button: Option<(String, String)>,
    /// The fields typed into (text areas, and inputs for text, numbers or
    /// dates; passwords are never shown again).
    typed: Vec<String>,
}

/// The value of an attribute in a tag's text (`<input name="x" …>`).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!("{name}=\"");
    let mut from = 0;
    while let Some(at) = tag[from..].find(&marker) {
        let start = from + at;
        let boundary = tag[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace);
        let value_start = start + marker.len();
        let end = tag[value_start..].find('"')? + value_start;
        if boundary {
            return Some(unescape(&tag[value_start..end]));
        }
        from = end;
    }
    None
}

/// Whether a tag carries a boolean attribute (`checked`, `selected`…).
fn flag(tag: &str, name: &str) -> bool {
    tag.split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .any(|word| word == name)
}

/// The tags named `name` in `html`, each with the text up to its closing
/// tag when it has one (`closing`).
fn elements<'a>(html: &'a str, name: &str, closing: Option<&str>) -> Vec<(&'a str, &'a str)> {
    let opening = format!("<{name}");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&opening) {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..=tag_end];
        let after = &rest[tag_end + 1..];
        let inner = match closing {
            Some(close) => &after[..after.find(close).unwrap_or(after.len())],
            None => "",
        };
        found.push((tag, inner));
        rest = after;
    }
    found
}

/// The forms of a page, with the values it filled in: hidden and
/// text inputs, checked boxes, the selected (or first) option of a list,
/// the text of a text area.
pub(crate) fn forms_of(html: &str, page: &str) -> Vec<Form> {
    let mut forms = Vec::new();
    for (tag, inner) in elements(html, "form", Some("</form>")) {
        let posts = attribute(tag, "method").is_some_and(|m| m.eq_ignore_ascii_case("post"));
        let action = attribute(tag, "action").unwrap_or_else(|| {
            // A search form without an action reads the page again.
            let page = if posts {
                page
            } else {
                page.split('?').next().unwrap_or(page)
            };
            page.to_string()
        });
        if skipped(&action) {
            continue;
        }
        let mut fields = Vec::new();
        let mut button = None;
        let mut typed = Vec::new();
        for (input, _) in elements(inner, "input", None) {
            let Some(name) = attribute(input, "name") else {
                continue;
            };
            let value = attribute(input, "value").unwrap_or_default();
            let kind = attribute(input, "type").unwrap_or_else(|| "text".into());
            if matches!(
                kind.as_str(),
                "text" | "email" | "url" | "search" | "tel" | "number" | "date" | "time"
            ) {
                typed.push(name.clone());
            }
            match kind.as_str() {
                "checkbox" | "radio" if !flag(input, "checked") => {}
                "file" => {}
                "submit" => {
                    button.get_or_insert((name, value));
                }
                _ => fields.push((name, value)),
            }
        }
        for (select, options) in elements(inner, "select", Some("</select>")) {
            let Some(name) = attribute(select, "name") else {
                continue;
            };
            let options = elements(options, "option", None);
            let chosen: Vec<&str> = options
                .iter()
                .filter(|(o, _)| flag(o, "selected"))
                .map(|(o, _)| *o)
                .collect();
            let chosen = if chosen.is_empty() {
                options.first().map(|(o, _)| vec![*o]).unwrap_or_default()
            } else {
                chosen
            };
            for option in chosen {
                fields.push((name.clone(), attribute(option, "value").unwrap_or_default()));
            }
        }
        for (area, text) in elements(inner, "textarea", Some("</textarea>")) {
            if let Some(name) = attribute(area, "name") {
                typed.push(name.clone());
                fields.push((name, unescape(text)));
            }
        }
        for (tag, _) in elements(inner, "button", None) {
            if let Some(name) = attribute(tag, "name") {
                button.get_or_insert((name, attribute(tag, "value").unwrap_or_default()));
                break;
            }
        }
        forms.push(Form {
            page: page.to_string(),
            posts,
            multipart: attribute(tag, "enctype").is_some_and(|e| e.contains("multipart")),
            action,
            fields,
            button,
            typed,
        });
    }
    forms
}

/// What a field is given in each way a form is sent.
#[derive(Clone, Copy, Debug)]
enum Filling {
    /// Nonsense of every kind a field might choke on.
    Garbage,
    /// Nothing at all.
    Empty,
    /// What the page filled in: the user just presses the button.
    AsShown,
    /// Nonsense typed into the fields a user types into, the others as
    /// shown: a refusal must show the nonsense again.
    Typed,
}

const GARBAGE: &str = "-99999999999999999999 ' \" <b>x</b> %00 \u{202e}ünï 1e308 ../../";

/// Sends a form filled one way; returns what went wrong, if anything: a
/// server error, a refusal of the form that is not a page showing it
/// again (with what was typed still in it), or a form sent as shown that
/// its sender may not send.
async fn send(
    app: &TestApp,
    client: &reqwest::Client,
    form: &Form,
    filling: Filling,
) -> Option<String> {
    let fields: Vec<(String, String)> = form
        .fields
        .iter()
        .map(|(name, value)| {
            let value = match (name.as_str(), filling) {
                ("_csrf", _) | (_, Filling::AsShown) => value.clone(),
                (_, Filling::Empty) => String::new(),
                (_, Filling::Garbage) => GARBAGE.to_string(),
                (_, Filling::Typed) if form.typed.contains(name) => GARBAGE.to_string(),
                (_, Filling::Typed) => value.clone(),
            };
            (name.clone(), value)
        })
        .chain(form.button.clone())
        .collect();
    let request = if !form.posts {
        let mut url = reqwest::Url::parse(&app.url(&form.action)).unwrap();
        url.query_pairs_mut().extend_pairs(&fields);
        client.get(url)
    } else if form.multipart {
        let mut parts = reqwest::multipart::Form::new();
        for (name, value) in fields {
            parts = parts.text(name, value);
        }
        client.post(app.url(&form.action)).multipart(parts)
    } else {
        client.post(app.url(&form.action)).form(&fields)
    };
    let response = request.send().await.unwrap();
    let status = response.status();
    let html = response
        .headers()
        .get("content-type")
        .and_then(|c| c.to_str().ok())
        .is_some_and(|c| c.starts_with("text/html"));
    let body = response.text().await.unwrap_or_default();
    let explained = body.contains("role=\"alert\"") || body.contains("class=\"error\"");
    let wrong = if status.is_server_error() {
        Some("a server error")
    } else if status == 422 && !html {
        Some("a refusal that is not the form shown again")
    } else if [409, 422].contains(&status.as_u16()) && html && !explained {
        Some("a refusal that does not say what is wrong")
    } else if [409, 422].contains(&status.as_u16())
        && matches!(filling, Filling::Typed)
        && !body.contains(&escaped(GARBAGE))
    {
        Some("a refusal that loses what was typed")
    } else if status == 403 && matches!(filling, Filling::AsShown) {
        Some("a form the page offered, then refused as forbidden")
    } else {
        None
    };
    let method = if form.posts { "POST" } else { "GET" };
    wrong.map(|what| {
        format!(
            "{status} ({what}) for {filling:?} {method} {} (form on {})",
            form.action, form.page
        )
    })
}

/// The demo walked through by each kind of account in turn: every link the
/// pages show answers and every download opens; then every form found is
/// sent with nonsense, with nothing and as the page filled it in — refused
/// with the form shown again or done, never a server error. The next
/// account walks the site as those forms left it, so pages are also checked
/// after the changes the forms made (one walk serves both checks: the walk
/// is the slowest part of the test suite).
async fn every_link_and_every_form_in_the_demo_works(backend: Backend) {
    let app = spawn(backend).await;
    demo::load(&app.db, 20).await.unwrap();
    let mut broken = Vec::new();
    let mut downloads: BTreeMap<String, usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut sent = 0;
    for (account, language) in ACCOUNTS {
        let who = account.unwrap_or("a visitor");
        let mut crawl = crawl(&app, *account, language).await;
        assert!(crawl.read >= 20, "{who} reached only {} pages", crawl.read);
        broken.extend(crawl.broken.iter().map(|b| format!("{who}: {b}")));
        for (kind, count) in std::mem::take(&mut crawl.downloads) {
            *downloads.entry(kind).or_default() += count;
        }
        // Forms that take something away go last, so that the others still
        // find what they change.
        crawl.forms.sort_by_key(|f| {
            ["delete", "remove", "erase", "retract", "withdraw", "cancel"]
                .iter()
                .any(|w| f.action.contains(w))
        });
        for form in &crawl.forms {
            let typed = form.posts && !form.typed.is_empty();
            let fillings = [
                Filling::Garbage,
                Filling::Empty,
                Filling::Typed,
                Filling::AsShown,
            ];
            for filling in fillings
                .into_iter()
                .filter(|f| typed || !matches!(f, Filling::Typed))
            {
                sent += 1;
                if let Some(problem) = send(&app, &crawl.client, form, filling).await {
                    wrong.push(format!("{who}: {problem}"));
                }
            }
        }
    }
    for kind in [
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/calendar",
    ] {
        assert!(
            downloads.get(kind).is_some_and(|n| *n >= 2),
            "{kind}: {downloads:?}"
        );
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(sent >= 100, "only {sent} forms were sent");
    assert!(wrong.is_empty(), "forms that failed:\n{}", wrong.join("\n"));
}

// ---------------------------------------------------------------------------
// Private notes
// ---------------------------------------------------------------------------

/// Text as a page writes it (what askama escapes).
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// Every page the coordinator reaches, read by people who may see no SME's
/// private notes but their own: none shows another SME's notes.
async fn no_page_shows_an_smes_private_notes_to_others(backend: Backend) {
    let app = spawn(backend).await;
    demo::load(&app.db, 20).await.unwrap();
    let admin = crawl(&app, Some(demo::ADMIN_EMAIL), "en").await;
    let admin_token = app.token_as(demo::ADMIN_EMAIL, DEMO_PASSWORD).await;
    let smes = app.get("/api/v1/smes?limit=200", &admin_token).await;
    // Notes long enough to be told apart, as a page would write them.
    let notes: Vec<(i64, String)> = smes.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|sme| {
            let note = sme["notes"].as_str()?;
            (note.chars().count() >= 40).then(|| {
                (
                    sme["id"].as_i64().unwrap(),
                    escaped(&note.chars().take(40).collect::<String>()),
                )
            })
        })
        .collect();
    assert!(notes.len() >= 50, "only {} SMEs have notes", notes.len());
    // Every SME's page is read too, not only those the crawler chose; the
    // coordinator sees each note there (else this test would prove nothing).
    let mut pages = admin.pages.clone();
    for (sme, note) in &notes {
        let page = format!("/smes/{sme}");
        let html = crate::support::text(&admin.client, &app.url(&page)).await;
        assert!(
            html.contains(note.as_str()),
            "the coordinator misses the notes on {page}"
        );
        pages.push(page);
    }
    for email in [
        None,
        Some("sme.havblik-analytics@example.org"),
        Some(demo::EVALUATOR_EMAIL),
        Some("manager.danish-agency-for-sme-export-growth@example.org"),
    ] {
        let client = browser();
        let own = match email {
            Some(email) => {
                sign_in_as(&client, &app, email, DEMO_PASSWORD).await;
                let token = app.token_as(email, DEMO_PASSWORD).await;
                app.get("/api/v1/me", &token).await.body["sme_id"].as_i64()
            }
            None => None,
        };
        let who = email.unwrap_or("a visitor");
        for page in &pages {
            let response = client.get(app.url(page)).send().await.unwrap();
            if !response.status().is_success() {
                continue;
            }
            let html = response.text().await.unwrap();
            for (sme, note) in &notes {
                assert!(
                    Some(*sme) == own || !html.contains(note.as_str()),
                    "{who} read the private notes of SME {sme} on {page}"
                );
            }
        }
    }
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

#[test]
fn pages_that_would_trip_a_screen_reader_are_found() {
    let page = |body: &str| {
        format!("<html><head><title>T</title></head><body><h1>H</h1>{body}</body></html>")
    };
    assert!(page_problems(&page(r#"<label for="a">A</label><input id="a" name="a"><label>B <select name="b"></select></label>"#)).is_empty());
    let found = page_problems(&page(
        r#"<p id="x"></p><p id="x"></p><label for="gone">G</label><input name="n" aria-describedby="n-hint"><h1>Again</h1>"#,
    ));
    assert_eq!(
        found,
        [
            "the id \"x\" twice",
            "2 main headings",
            "a label for the missing field \"gone\"",
            "aria-describedby names the missing \"n-hint\"",
            "a field without a label: <input name=\"n\" aria-describedby=\"n-hint\">",
        ]
    );
}

#[test]
fn forms_are_read_with_the_values_their_page_filled_in() {
    let html = r#"<form method="get"><input name="q"></form>
        <form class="x" method="post" action="/smes/3/edit" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value="t&#38;k"><input data-name="no" name="name" value="Acme">
        <input type="checkbox" name="listed" value="1"><input type="checkbox" name="sold" value="1" checked>
        <select name="country"><option value="">-</option><option value="DK" selected>DK</option></select>
        <select name="sector"><option value="C">C</option></select><input type="file" name="f">
        <textarea name="notes">a &lt; b</textarea><button type="submit" name="intent" value="save">Save</button>
        </form><form method="post"><button>Go</button></form>"#;
    let forms = forms_of(html, "/smes/3?tab=x");
    assert_eq!(forms.len(), 3);
    assert_eq!(
        (forms[0].posts, forms[0].action.as_str()),
        (false, "/smes/3")
    );
    let forms = &forms[1..];
    let fields: Vec<(&str, &str)> = forms[0]
        .fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("_csrf", "t&k"),
            ("name", "Acme"),
            ("sold", "1"),
            ("country", "DK"),
            ("sector", "C"),
            ("notes", "a < b")
        ]
    );
    assert!(forms[0].multipart);
    assert_eq!(forms[0].action, "/smes/3/edit");
    assert_eq!(forms[0].button, Some(("intent".into(), "save".into())));
    assert_eq!(forms[0].typed, ["name", "notes"]);
    assert_eq!(
        (forms[1].action.as_str(), forms[1].button.is_none()),
        ("/smes/3?tab=x", true)
    );
    assert!(forms[1].typed.is_empty());
}

on_both_backends!(
    every_link_and_every_form_in_the_demo_works,
    no_page_shows_an_smes_private_notes_to_others
);
