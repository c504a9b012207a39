//! Charts drawn on the server as SVG: readable without JavaScript, allowed by
//! the content security policy (no scripts, no inline styles), and always
//! shown next to a table with the same numbers. Numbers and words are
//! written in the page's language.

use std::fmt::Write as _;

use crate::i18n::number;

/// Escapes text for XML and HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One bar: a label, its value, and an optional second value drawn lighter
/// behind it (e.g. skipped beside done).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
    pub extra: u64,
}

/// The most characters a bar's label shows; longer ones end in "…" and are
/// given whole in a tooltip (the table beside every chart has them too).
const LABEL_CHARS: usize = 44;

fn short_label(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    let mut short: String = label.chars().take(LABEL_CHARS - 1).collect();
    // End at a word when there is one to end at.
    if let Some(space) = short.rfind(' ') {
        short.truncate(space);
    }
    short.truncate(short.trim_end().len());
    short.push('…');
    short
}

/// Horizontal bars scaled to `max` (at least the largest bar), with the
/// value written at the end of each bar. `title` names the chart for screen readers.
pub fn horizontal_bars(title: &str, bars: &[Bar], max: u64) -> String {
    const BAR_AREA: u32 = 330;
    // Wide enough for the longest label (about 7 units a character at this size).
    let longest = bars
        .iter()
        .map(|b| b.label.chars().count().min(LABEL_CHARS))
        .max()
        .unwrap_or(0);
    let label_width = u32::try_from(longest * 7 + 16)
        .unwrap_or(330)
        .clamp(120, 330);
    const ROW: u32 = 30;
    let max = bars
        .iter()
        .map(|b| b.value + b.extra)
        .max()
        .unwrap_or(0)
        .max(max)
        .max(1);
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0) + 10;
    // Room after the bars for the longest value written there.
    let value_text = |bar: &Bar| {
        if bar.extra > 0 {
            format!("{} (+{})", number(bar.value), number(bar.extra))
        } else {
            number(bar.value)
        }
    };
    let longest_value = bars
        .iter()
        .map(|b| value_text(b).chars().count())
        .max()
        .unwrap_or(0);
    let value_width = u32::try_from(longest_value * 8 + 12).unwrap_or(90).max(90);
    let width = label_width + BAR_AREA + value_width;
    let scale =
        |v: u64| -> u32 { u32::try_from(v * u64::from(BAR_AREA) / max).unwrap_or(BAR_AREA) };
    let mut svg = format!(
        r#"<svg class="chart" role="img" aria-label="{title}" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>"#,
        title = escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW * u32::try_from(i).unwrap_or(0) + 5;
        let main = scale(bar.value);
        let extra = scale(bar.value + bar.extra) - main;
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="end" font-size="13" fill="#1d2a33"><title>{}</title>{}</text><rect x="{label_width}" y="{}" width="{BAR_AREA}" height="18" fill="#eef2f5"/><rect x="{label_width}" y="{}" width="{main}" height="18" fill="#0b5d7a"/><rect x="{}" y="{}" width="{extra}" height="18" fill="#9cc7d6"/><text x="{}" y="{}" font-size="13" fill="#1d2a33">{}</text>"##,
            label_width - 8,
            y + 14,
            escape(&bar.label),
            escape(&short_label(&bar.label)),
            y + 1,
            y + 1,
            label_width + main,
            y + 1,
            label_width + BAR_AREA + 8,
            y + 14,
            value_text(bar)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Columns over time (one per period, labelled below) with an optional
/// target drawn as a dashed line, for trends such as a value by quarter. A
/// period without a value (one withheld) has no column and a dash above its label.
pub fn columns(title: &str, points: &[(String, Option<u64>)], target: Option<u64>) -> String {
    const HEIGHT: u32 = 180;
    const TOP: u32 = 20;
    const BOTTOM: u32 = 40;
    const STEP: u32 = 64;
    const LEFT: u32 = 10;
    let max = points
        .iter()
        .filter_map(|p| p.1)
        .chain(target)
        .max()
        .unwrap_or(0)
        .max(1);
    let width = LEFT * 2 + STEP * u32::try_from(points.len()).unwrap_or(0).max(1);
    let scale = |v: u64| -> u32 { u32::try_from(v * u64::from(HEIGHT) / max).unwrap_or(HEIGHT) };
    let mut svg = format!(
        r#"<svg class="chart" role="img" aria-label="{title}" viewBox="0 0 {width} {}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>"#,
        TOP + HEIGHT + BOTTOM,
        title = escape(title)
    );
    let base = TOP + HEIGHT;
    for (i, (label, value)) in points.iter().enumerate() {
        let x = LEFT + STEP * u32::try_from(i).unwrap_or(0) + 8;
        let h = value.map_or(0, scale);
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{}" width="{}" height="{h}" fill="#0b5d7a"/><text x="{}" y="{}" text-anchor="middle" font-size="12" fill="#1d2a33">{}</text><text x="{}" y="{}" text-anchor="middle" font-size="12" fill="#1d2a33">{}</text>"##,
            base - h,
            STEP - 16,
            x + (STEP - 16) / 2,
            (base - h).saturating_sub(4).max(12),
            value.map_or_else(|| "–".to_string(), number),
            x + (STEP - 16) / 2,
            base + 18,
            escape(label)
        );
    }
    if let Some(target) = target {
        let y = base - scale(target);
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" y1="{y}" x2="{}" y2="{y}" stroke="#b4462b" stroke-width="2" stroke-dasharray="6 4"/><text x="{}" y="{}" text-anchor="end" font-size="12" fill="#b4462b">{}</text>"##,
            width - LEFT,
            width - LEFT,
            y.saturating_sub(4).max(12),
            escape(&crate::t1("chart-target", "target", number(target)))
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value_and_escape_labels() {
        let svg = horizontal_bars(
            "Funnel",
            &[
                Bar {
                    label: "Workshop 1 <home>".into(),
                    value: 10,
                    extra: 0,
                },
                Bar {
                    label: "Study trip".into(),
                    value: 5,
                    extra: 2,
                },
            ],
            0,
        );
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("Workshop 1 &lt;home&gt;"));
        assert!(
            svg.contains(r##"width="330" height="18" fill="#0b5d7a""##),
            "the largest bar fills the area"
        );
        assert!(svg.contains(r##"width="165" height="18" fill="#0b5d7a""##));
        assert!(svg.contains("5 (+2)"));
        assert!(!svg.contains("style="), "no inline styles under the CSP");
    }

    #[test]
    fn columns_scale_to_the_target_when_it_is_higher() {
        let svg = columns(
            "Partnerships",
            &[
                ("2027 Q1".into(), Some(15)),
                ("2027 Q2".into(), Some(30)),
                ("2027 Q3".into(), None),
            ],
            Some(60),
        );
        assert!(
            svg.contains(r#"height="90""#),
            "30 of 60 is half the height"
        );
        assert!(svg.contains("target 60"));
        assert!(svg.contains(">2027 Q2<"));
        assert!(
            svg.contains(">2027 Q3<"),
            "a withheld quarter keeps its label"
        );
        assert!(svg.contains(r#"height="0""#) && svg.contains(">–</text>"));
        assert!(!svg.contains("style="));
    }

    #[tokio::test]
    async fn numbers_and_the_target_are_written_in_the_page_language() {
        let points = [("2027 Q1".to_string(), Some(1_500_000))];
        let english = columns("Value", &points, Some(3_000_000));
        assert!(english.contains(">1,500,000</text>"), "{english}");
        assert!(english.contains(">target 3,000,000</text>"), "{english}");
        let german = crate::i18n::scope(crate::i18n::Locale::De, async {
            columns("Wert", &points, Some(3_000_000))
        })
        .await;
        assert!(german.contains(">1.500.000</text>"), "{german}");
        assert!(german.contains(">Ziel 3.000.000</text>"), "{german}");
        let norwegian = crate::i18n::scope(crate::i18n::Locale::Nb, async {
            horizontal_bars(
                "Verdi",
                &[Bar {
                    label: "Oslo".into(),
                    value: 12_000,
                    extra: 1_500,
                }],
                0,
            )
        })
        .await;
        assert!(
            norwegian.contains(">12\u{a0}000 (+1\u{a0}500)</text>"),
            "{norwegian}"
        );
    }

    #[test]
    fn long_labels_are_shortened_to_fit_and_kept_whole_in_a_tooltip() {
        let long = "New opportunities and partners in other sectors or fields";
        let svg = horizontal_bars(
            "Helpful",
            &[Bar {
                label: long.into(),
                value: 3,
                extra: 0,
            }],
            0,
        );
        assert!(svg.contains(&format!("<title>{long}</title>")));
        assert!(svg.contains(">New opportunities and partners in other…</text>"));
        assert_eq!(short_label("Study trip"), "Study trip");
    }

    #[test]
    fn empty_charts_do_not_divide_by_zero() {
        let svg = horizontal_bars(
            "Nothing yet",
            &[Bar {
                label: "A".into(),
                value: 0,
                extra: 0,
            }],
            0,
        );
        assert!(svg.contains(r#"width="0""#));
    }
}
