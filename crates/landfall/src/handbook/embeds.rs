//! Live programme results embedded in a chapter with `{{results <slug>}}`.
//!
//! Only aggregate figures ever go into a box: a programme's name and, for
//! each indicator, its value and target — never a participant or an SME.

use std::collections::HashMap;

use crate::db::Db;
use crate::web::AppError;
use crate::web::charts::escape;

/// One programme's results as a chapter shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultsBox {
    pub programme_name: String,
    /// (label, value, target)
    pub rows: Vec<(String, String, String)>,
}

/// The boxes for the programmes named, with each indicator's live value
/// computed from the records by monitoring; slugs with no programme are left
/// out (the chapter then says so where the box would be).
pub async fn results_boxes(
    db: &Db,
    slugs: &[String],
) -> Result<HashMap<String, ResultsBox>, AppError> {
    let mut boxes = HashMap::new();
    for slug in slugs {
        if boxes.contains_key(slug) {
            continue;
        }
        let Some((programme_name, kpis)) =
            crate::monitoring::pages::public_results(db, slug).await?
        else {
            continue;
        };
        let rows = kpis
            .into_iter()
            .map(|row| (row.name, row.value, row.target))
            .collect();
        boxes.insert(
            slug.clone(),
            ResultsBox {
                programme_name,
                rows,
            },
        );
    }
    Ok(boxes)
}

/// A box as a small table in the language of the request; every word in it
/// is escaped.
pub fn box_html(results: &ResultsBox) -> String {
    let mut html = format!(
        "<figure class=\"results-box\"><figcaption>{}</figcaption>\
         <table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th></tr></thead><tbody>",
        escape(&crate::t1(
            "hb-results-box",
            "programme",
            &results.programme_name
        )),
        escape(&crate::t("mon-indicator")),
        escape(&crate::t("mon-value")),
        escape(&crate::t("mon-target"))
    );
    for (label, value, target) in &results.rows {
        html.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(label),
            escape(value),
            escape(target)
        ));
    }
    html.push_str("</tbody></table></figure>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_escape_what_they_show() {
        let html = box_html(&ResultsBox {
            programme_name: "<script>North</script>".into(),
            rows: vec![("Export starts".into(), "—".into(), "50".into())],
        });
        assert!(html.contains("&lt;script&gt;North&lt;/script&gt;"));
        assert!(html.contains("<th scope=\"row\">Export starts</th><td>—</td><td>50</td>"));
    }

    #[tokio::test]
    async fn boxes_speak_the_language_of_the_page() {
        let results = ResultsBox {
            programme_name: "Nordic Landing".into(),
            rows: vec![("KMU".into(), "12".into(), "40".into())],
        };
        let english = box_html(&results);
        assert!(english.contains("<figcaption>Results: Nordic Landing</figcaption>"));
        assert!(english.contains(">Indicator</th><th scope=\"col\">Value</th>"));
        let german =
            crate::i18n::scope(crate::i18n::Locale::De, async { box_html(&results) }).await;
        assert!(
            german.contains("<figcaption>Ergebnisse: Nordic Landing</figcaption>"),
            "{german}"
        );
        assert!(german.contains(">Indikator</th><th scope=\"col\">Wert</th>"));
        assert!(german.contains(">Ziel</th>"));
        assert!(!german.contains("Target"));
    }
}
