//! Chapters are written in Markdown. This turns it into HTML that is safe to
//! put on a public page: raw HTML is shown as text, the result is cleaned by
//! ammonia (no scripts, no event handlers, no `javascript:` links, images
//! only from this site), headings get anchors for the table of contents, and
//! a paragraph that is only `{{results <programme-slug>}}` becomes a marker
//! that [`crate::handbook::embeds`] replaces with the programme's results.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, TextMergeStream};

use crate::registry::model::slugify;

/// A private-use character that marks an embed in the cleaned HTML. It is
/// removed from everything the author wrote, so only the renderer can make one.
const MARK: char = '\u{E000}';

/// A heading of a chapter, for its table of contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
    /// The `id` of the heading in the HTML.
    pub anchor: String,
}

/// A chapter's body as cleaned HTML, with its headings and the programmes
/// whose results it embeds (in order of appearance, without repeats).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    pub embeds: Vec<String>,
}

/// Reads a paragraph's text as an embed directive: `None` when it is not
/// one, an error when it is one with an unusable programme slug.
pub fn directive(paragraph: &str) -> Option<Result<String, String>> {
    let inner = paragraph
        .trim()
        .strip_prefix("{{")?
        .strip_suffix("}}")?
        .trim();
    let rest = inner.strip_prefix("results")?;
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let slug = rest.trim();
    let valid = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    Some(if valid {
        Ok(slug.to_string())
    } else {
        Err(crate::t1(
            "hb-err-results-slug",
            "directive",
            format!("`{{{{results {slug}}}}}`"),
        ))
    })
}

/// Every embed directive in a chapter, valid or not (for validation).
pub fn embedded_programmes(markdown: &str) -> Vec<Result<String, String>> {
    paragraphs(markdown)
        .iter()
        .filter_map(|text| directive(text))
        .collect()
}

/// The text of each paragraph that is made of text alone.
fn paragraphs(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for event in TextMergeStream::new(Parser::new_ext(markdown, options())) {
        match event {
            Event::Start(Tag::Paragraph) => current = Some(String::new()),
            Event::Text(text) => {
                if let Some(current) = current.as_mut() {
                    current.push_str(&text);
                }
            }
            Event::End(TagEnd::Paragraph) => found.extend(current.take()),
            // Anything else inside (emphasis, links, breaks) makes it prose.
            _ => current = None,
        }
    }
    found
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// The HTML an embed leaves for [`fill_embeds`] (after cleaning).
pub fn embed_marker(slug: &str) -> String {
    format!("<p>{MARK}results:{slug}{MARK}</p>")
}

/// Renders and cleans a chapter's Markdown.
pub fn render(markdown: &str) -> Rendered {
    let events: Vec<Event> = TextMergeStream::new(Parser::new_ext(markdown, options())).collect();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut headings = Vec::new();
    let mut embeds: Vec<String> = Vec::new();
    let mut anchors: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            // A paragraph of one text that is a valid directive.
            Event::Start(Tag::Paragraph) => {
                if let (Some(Event::Text(text)), Some(Event::End(TagEnd::Paragraph))) =
                    (events.get(i + 1), events.get(i + 2))
                    && let Some(Ok(slug)) = directive(text)
                {
                    out.push(Event::Html(CowStr::from(embed_marker(&slug))));
                    if !embeds.contains(&slug) {
                        embeds.push(slug);
                    }
                    i += 3;
                    continue;
                }
                out.push(Event::Start(Tag::Paragraph));
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let level = heading_number(*level);
                let end = events[i..]
                    .iter()
                    .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |p| i + p);
                let text: String = events[i + 1..end]
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.replace(MARK, "")),
                        _ => None,
                    })
                    .collect();
                let anchor = unique_anchor(&text, &mut anchors);
                out.push(Event::Html(CowStr::from(format!(
                    "<h{level} id=\"{anchor}\">"
                ))));
                for event in &events[i + 1..end] {
                    out.push(cleaned(event.clone()));
                }
                out.push(Event::Html(CowStr::from(format!("</h{level}>\n"))));
                headings.push(Heading {
                    level,
                    text: text.trim().to_string(),
                    anchor,
                });
                i = end + 1;
                continue;
            }
            event => out.push(cleaned(event.clone())),
        }
        i += 1;
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    Rendered {
        html: sanitise(&html),
        headings,
        embeds,
    }
}

/// What the author wrote, made harmless before it becomes HTML: raw HTML is
/// shown as text, and the embed mark cannot be typed.
fn cleaned(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => {
            Event::Text(CowStr::from(raw.replace(MARK, "")))
        }
        Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
        Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
        Event::Text(text) if text.contains(MARK) => {
            Event::Text(CowStr::from(text.replace(MARK, "")))
        }
        Event::Code(text) if text.contains(MARK) => {
            Event::Code(CowStr::from(text.replace(MARK, "")))
        }
        other => other,
    }
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// `section-<words>`, made unique within the chapter (`-2`, `-3`, …). The
/// prefix keeps a heading from taking an id the page itself uses.
fn unique_anchor(text: &str, taken: &mut HashSet<String>) -> String {
    let base = format!("section-{}", slugify(text));
    let mut anchor = base.clone();
    let mut n = 2;
    while !taken.insert(anchor.clone()) {
        anchor = format!("{base}-{n}");
        n += 1;
    }
    anchor
}

/// An image source on this site: a path, not another host or a data URL.
fn same_site(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\")
}

/// The last fence: whatever the Markdown made, only harmless HTML goes out.
pub fn sanitise(html: &str) -> String {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !same_site(value) {
                None
            } else {
                Some(value.into())
            }
        });
    for heading in ["h1", "h2", "h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, &["id"]);
    }
    builder.clean(html).to_string()
}

/// Replaces each embed marker with the HTML given for its programme (or a
/// note when none is given). `boxes` holds ready, escaped HTML.
pub fn fill_embeds(html: &str, boxes: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let opening = format!("<p>{MARK}results:");
    while let Some(start) = rest.find(&opening) {
        out.push_str(&rest[..start]);
        let after = &rest[start + opening.len()..];
        let closing = format!("{MARK}</p>");
        let Some(end) = after.find(&closing) else {
            break;
        };
        let slug = &after[..end];
        match boxes.get(slug) {
            Some(html) => out.push_str(html),
            None => out.push_str(&format!(
                "<p class=\"embed-missing\">No programme {slug}.</p>"
            )),
        }
        rest = &after[end + closing.len()..];
    }
    out.push_str(rest);
    out.replace(MARK, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(markdown: &str) -> String {
        render(markdown).html
    }

    /// The tags of some HTML (text `<` is escaped, so every `<` opens a tag).
    fn tags(html: &str) -> Vec<&str> {
        html.split('<')
            .skip(1)
            .map(|rest| rest.split('>').next().unwrap_or(rest))
            .collect()
    }

    #[test]
    fn markdown_becomes_html_with_tables_and_anchored_headings() {
        let rendered = render(
            "# Soft landing\n\nA *host* helps.\n\n## Step one\n\n| Step | Weeks |\n|---|---|\n| Visit | 2 |\n\n## Step one\n",
        );
        assert!(
            rendered
                .html
                .contains("<h1 id=\"section-soft-landing\">Soft landing</h1>")
        );
        assert!(rendered.html.contains("<em>host</em>"));
        assert!(rendered.html.contains("<table>") && rendered.html.contains("<td>Visit</td>"));
        let anchors: Vec<&str> = rendered
            .headings
            .iter()
            .map(|h| h.anchor.as_str())
            .collect();
        assert_eq!(
            anchors,
            [
                "section-soft-landing",
                "section-step-one",
                "section-step-one-2"
            ]
        );
        assert_eq!(rendered.headings[1].level, 2);
        assert_eq!(rendered.headings[1].text, "Step one");
    }

    #[test]
    fn hostile_markdown_comes_out_harmless() {
        let hostile = [
            "<script>alert(1)</script>",
            "Hi <img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![pixel](https://tracker.example/p.png)",
            "![pixel](//tracker.example/p.png)",
            "![pixel](data:image/png;base64,AAAA)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"position:fixed\" onclick=\"steal()\">x</div>",
            "[x](vbscript:msgbox)",
            "<svg><script>alert(1)</script></svg>",
            "# Title <script>alert(1)</script>",
            "<style>body{display:none}</style>",
        ];
        for markdown in hostile {
            let out = html(markdown).to_lowercase();
            // Text may mention anything (escaped); the tags themselves may not.
            for tag in tags(&out) {
                for bad in [
                    "script",
                    "onerror",
                    "onclick",
                    "javascript:",
                    "vbscript:",
                    "iframe",
                    "tracker.example",
                    "data:",
                    "svg",
                    "style",
                ] {
                    assert!(!tag.contains(bad), "{markdown:?} gave {out:?}");
                }
            }
        }
        // Raw HTML is shown, not obeyed.
        assert!(html("<b>bold?</b>").contains("&lt;b&gt;bold?&lt;/b&gt;"));
    }

    #[test]
    fn safe_links_and_local_images_stay() {
        let out = html("[Programme](https://example.org/p) and ![map](/static/map.png)");
        assert!(out.contains("href=\"https://example.org/p\""));
        assert!(out.contains("rel=\"noopener noreferrer\""));
        assert!(out.contains("src=\"/static/map.png\""));
        assert!(html("[mail](mailto:desk@example.org)").contains("mailto:desk@example.org"));
    }

    #[test]
    fn the_results_directive_is_read_only_on_its_own_paragraph() {
        assert_eq!(
            directive("{{results north-sea-soft-landing}}"),
            Some(Ok("north-sea-soft-landing".into()))
        );
        assert_eq!(directive("  {{ results  x1 }} "), Some(Ok("x1".into())));
        assert!(matches!(directive("{{results}}"), Some(Err(_))));
        assert!(matches!(directive("{{results <b>}}"), Some(Err(_))));
        assert_eq!(directive("{{resultsx y}}"), None);
        assert_eq!(directive("see {{results x}}"), None);
        assert_eq!(directive("{{chart x}}"), None);

        let rendered = render(
            "Intro.\n\n{{results north-sea}}\n\nWe saw {{results inline}} here.\n\n{{results north-sea}}\n",
        );
        assert_eq!(rendered.embeds, ["north-sea"]);
        assert_eq!(rendered.html.matches(&embed_marker("north-sea")).count(), 2);
        assert!(rendered.html.contains("We saw {{results inline}} here."));
        assert_eq!(
            embedded_programmes("{{results a}}\n\n{{results}}\n\n{{results b}}").len(),
            3
        );
    }

    #[test]
    fn embeds_are_filled_and_markers_cannot_be_forged() {
        let rendered = render("{{results known}}\n\n{{results unknown}}");
        let boxes = HashMap::from([("known".to_string(), "<table>box</table>".to_string())]);
        let out = fill_embeds(&rendered.html, &boxes);
        assert!(out.contains("<table>box</table>"));
        assert!(out.contains("No programme unknown."));
        // Typing the marker by hand gives text, not a box.
        let forged = format!("{MARK}results:known{MARK}");
        let out = fill_embeds(&render(&forged).html, &boxes);
        assert!(!out.contains("<table>box</table>") && !out.contains(MARK));
    }
}

/// Property tests: whatever an author types, the rendered chapter carries no
/// script, no event handler attribute and no link or image to a `javascript:`,
/// `data:` or `vbscript:` address, and images only come from this site.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Pieces of Markdown and HTML that try to get a script through.
    const ATTACKS: &[&str] = &[
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](  javascript:alert(1) )",
        "[click](javascript&#58;alert(1))",
        "[click](data:text/html,<script>alert(1)</script>)",
        "[click](vbscript:msgbox)",
        "![image](javascript:alert(1))",
        "![image](//evil.example/a.png)",
        "![image](https://evil.example/a.png)",
        "![image](/static/icon.svg \"title\" onerror=alert(1))",
        "<javascript:alert(1)>",
        "<https://example.org>",
        "[ref][r]\n\n[r]: javascript:alert(1)",
        "# Title <b onclick=alert(1)>x</b>",
        "## \u{E000}results:x\u{E000}",
        "{{results north-sea}}",
        "{{results <script>}}",
        "\u{E000}results:evil\u{E000}",
        "| a | b |\n|---|---|\n| <script>x</script> | [y](javascript:z) |",
        "`<script>`",
        "```html\n<script>alert(1)</script>\n```",
        "<div style=\"background:url(javascript:alert(1))\">",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=https://ok.example onmouseover=alert(1)>ok</a>",
        "<<script>script>alert(1)<</script>/script>",
        "&lt;script&gt;",
        "> quote\n> <script>",
        "- item\n- [x](javascript:y)",
        "***",
        "\n\n",
        " ",
        "text",
    ];

    fn markdown() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            proptest::collection::vec(
                (
                    proptest::sample::select(ATTACKS),
                    prop_oneof![Just(""), Just(" "), Just("\n"), Just("\n\n")],
                ),
                0..10,
            )
            .prop_map(|parts| parts.into_iter().map(|(a, s)| format!("{a}{s}")).collect()),
        ]
    }

    /// Undoes the character references a browser would decode in an attribute.
    fn decoded(value: &str) -> String {
        let mut out = String::new();
        let mut rest = value;
        while let Some(start) = rest.find('&') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let Some(end) = after.find(';').filter(|e| *e <= 10) else {
                out.push('&');
                rest = after;
                continue;
            };
            let entity = &after[..end];
            let c = match entity {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "colon" => Some(':'),
                "Tab" => Some('\t'),
                "NewLine" => Some('\n'),
                _ => entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            match c {
                Some(c) => {
                    out.push(c);
                    rest = &after[end + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Every tag of the output with its attributes (name, decoded value).
    fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
        let mut found = Vec::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            let after = &rest[start + 1..];
            let end = after.find('>').expect("every tag is closed");
            let inside = &after[..end];
            rest = &after[end + 1..];
            let inside = inside.trim_start_matches('/').trim_end_matches('/');
            let name_end = inside.find(char::is_whitespace).unwrap_or(inside.len());
            let name = inside[..name_end].to_ascii_lowercase();
            let mut attributes = Vec::new();
            let mut attrs = &inside[name_end..];
            loop {
                attrs = attrs.trim_start();
                if attrs.is_empty() {
                    break;
                }
                let name_end = attrs
                    .find(|c: char| c == '=' || c.is_whitespace())
                    .unwrap_or(attrs.len());
                let attribute = attrs[..name_end].to_ascii_lowercase();
                attrs = &attrs[name_end..];
                let value = if let Some(v) = attrs.strip_prefix("=\"") {
                    let close = v.find('"').expect("attribute values are quoted");
                    attrs = &v[close + 1..];
                    decoded(&v[..close])
                } else {
                    String::new()
                };
                attributes.push((attribute, value));
            }
            found.push((name, attributes));
        }
        found
    }

    /// The address as a browser reads it: without whitespace and controls.
    fn dangerous(url: &str) -> bool {
        let squeezed: String = url
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        ["javascript:", "vbscript:", "data:"]
            .iter()
            .any(|scheme| squeezed.starts_with(scheme))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn rendered_chapters_carry_no_script(markdown in markdown()) {
            let rendered = render(&markdown);
            let html = &rendered.html;
            prop_assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
            for (tag, attributes) in tags(html) {
                prop_assert!(
                    !matches!(tag.as_str(), "script" | "iframe" | "object" | "embed" | "style" | "svg"),
                    "<{tag}> in {html}"
                );
                for (name, value) in attributes {
                    prop_assert!(!name.starts_with("on"), "{name}= in {html}");
                    prop_assert!(name != "style", "style= in {html}");
                    if matches!(name.as_str(), "href" | "src" | "action" | "formaction") {
                        prop_assert!(!dangerous(&value), "{name}=\"{value}\" in {html}");
                    }
                    if tag == "img" && name == "src" {
                        prop_assert!(same_site(&value), "image from {value} in {html}");
                    }
                }
            }
            // Headings have unique anchors, and embeds come only from directives.
            let mut anchors: Vec<&str> = rendered.headings.iter().map(|h| h.anchor.as_str()).collect();
            anchors.sort_unstable();
            anchors.dedup();
            prop_assert_eq!(anchors.len(), rendered.headings.len());
            for slug in &rendered.embeds {
                prop_assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            }
        }

        #[test]
        fn filled_embeds_keep_no_marks(markdown in markdown()) {
            let rendered = render(&markdown);
            let filled = fill_embeds(&rendered.html, &HashMap::new());
            prop_assert!(!filled.contains(MARK));
            let _ = embedded_programmes(&markdown);
        }

        #[test]
        fn sanitised_html_carries_no_script(html in markdown()) {
            let clean = sanitise(&html);
            prop_assert!(!clean.to_ascii_lowercase().contains("<script"));
            for (_, attributes) in tags(&clean) {
                for (name, value) in attributes {
                    prop_assert!(!name.starts_with("on"));
                    if matches!(name.as_str(), "href" | "src") {
                        prop_assert!(!dangerous(&value), "{name}=\"{value}\" in {clean}");
                    }
                }
            }
        }
    }
}
