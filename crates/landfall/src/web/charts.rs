//! Charts drawn on the server as SVG: readable without JavaScript, allowed by
//! the content security policy (no scripts, no inline styles), and always
//! shown next to a table with the same numbers.

use std::fmt::Write as _;

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

/// Horizontal bars scaled to `max` (at least the largest bar), with the
/// value written at the end of each bar. `title` names the chart for screen readers.
pub fn horizontal_bars(title: &str, bars: &[Bar], max: u64) -> String {
    const LABEL_WIDTH: u32 = 190;
    const BAR_AREA: u32 = 330;
    const ROW: u32 = 30;
    let max = bars
        .iter()
        .map(|b| b.value + b.extra)
        .max()
        .unwrap_or(0)
        .max(max)
        .max(1);
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0) + 10;
    let width = LABEL_WIDTH + BAR_AREA + 90;
    let scale =
        |v: u64| -> u32 { u32::try_from(v * u64::from(BAR_AREA) / max).unwrap_or(BAR_AREA) };
    let mut svg = format!(
        r#"<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 {width} {height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">{}</title>"#,
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = ROW * u32::try_from(i).unwrap_or(0) + 5;
        let main = scale(bar.value);
        let extra = scale(bar.value + bar.extra) - main;
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" text-anchor="end" font-size="13" fill="#1d2a33">{}</text><rect x="{LABEL_WIDTH}" y="{}" width="{BAR_AREA}" height="18" fill="#eef2f5"/><rect x="{LABEL_WIDTH}" y="{}" width="{main}" height="18" fill="#0b5d7a"/><rect x="{}" y="{}" width="{extra}" height="18" fill="#9cc7d6"/><text x="{}" y="{}" font-size="13" fill="#1d2a33">{}</text>"##,
            LABEL_WIDTH - 8,
            y + 14,
            escape(&bar.label),
            y + 1,
            y + 1,
            LABEL_WIDTH + main,
            y + 1,
            LABEL_WIDTH + BAR_AREA + 8,
            y + 14,
            if bar.extra > 0 {
                format!("{} (+{})", bar.value, bar.extra)
            } else {
                bar.value.to_string()
            }
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
