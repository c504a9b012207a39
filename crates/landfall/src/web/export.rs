//! Tables as downloads: every list a user can see on screen can be taken away
//! as CSV (for scripts and spreadsheets of any kind) or XLSX (typed cells,
//! bold header, frozen first row), with the same columns and values.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::AppError;

/// One cell, typed so that a spreadsheet keeps numbers as numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Integer(i64),
    Decimal(f64),
    /// Euro cents, written as euros with two decimals.
    Money(i64),
    Date(NaiveDate),
    Empty,
}

impl Cell {
    /// The value as the CSV file and the screen show it.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Integer(n) => n.to_string(),
            Cell::Decimal(x) => format!("{x:.1}"),
            Cell::Money(cents) => {
                let sign = if *cents < 0 { "-" } else { "" };
                let cents = cents.unsigned_abs();
                format!("{sign}{}.{:02}", cents / 100, cents % 100)
            }
            Cell::Date(date) => date.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A text cell as the CSV file holds it: a spreadsheet would take text that
/// starts with `=`, `+`, `-`, `@` or a tab as a formula (which can fetch
/// addresses or run commands), so such text gets a leading apostrophe, which
/// spreadsheets show as text. Numbers, money and dates are never text cells.
fn csv_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::Text(text.to_string())
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Integer(n)
    }
}

impl From<NaiveDate> for Cell {
    fn from(date: NaiveDate) -> Self {
        Cell::Date(date)
    }
}

impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(value: Option<T>) -> Self {
        value.map_or(Cell::Empty, Into::into)
    }
}

/// A named table: the header row and the rows under it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Becomes the file name and the worksheet name.
    pub name: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(name: impl Into<String>, columns: &[&str]) -> Self {
        Self {
            name: name.into(),
            columns: columns.iter().map(|c| (*c).to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len(), "row width of {}", self.name);
        self.rows.push(row);
    }

    pub fn to_csv(&self) -> Result<Vec<u8>, AppError> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let failed = |e: csv::Error| AppError::Internal(anyhow::anyhow!("CSV: {e}"));
        writer.write_record(&self.columns).map_err(failed)?;
        for row in &self.rows {
            writer
                .write_record(row.iter().map(|cell| match cell {
                    Cell::Text(text) => csv_text(text).into_owned(),
                    other => other.display(),
                }))
                .map_err(failed)?;
        }
        writer
            .into_inner()
            .map_err(|e| AppError::Internal(anyhow::anyhow!("CSV: {e}")))
    }

    pub fn to_xlsx(&self) -> Result<Vec<u8>, AppError> {
        let failed =
            |e: rust_xlsxwriter::XlsxError| AppError::Internal(anyhow::anyhow!("XLSX: {e}"));
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        // Worksheet names are at most 31 characters and avoid a few symbols.
        let sheet_name: String = self
            .name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        if !sheet_name.is_empty() {
            sheet.set_name(&sheet_name).map_err(failed)?;
        }
        let bold = Format::new().set_bold();
        let money = Format::new().set_num_format("#,##0.00");
        let date = Format::new().set_num_format("yyyy-mm-dd");
        for (col, title) in self.columns.iter().enumerate() {
            sheet
                .write_string_with_format(0, column(col), title, &bold)
                .map_err(failed)?;
        }
        for (r, row) in self.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
            for (c, cell) in row.iter().enumerate() {
                let c = column(c);
                match cell {
                    Cell::Text(text) => sheet.write_string(r, c, text).map(|_| ()),
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Integer(n) => sheet.write_number(r, c, *n as f64).map(|_| ()),
                    Cell::Decimal(x) => sheet.write_number(r, c, *x).map(|_| ()),
                    #[allow(clippy::cast_precision_loss)]
                    Cell::Money(cents) => sheet
                        .write_number_with_format(r, c, *cents as f64 / 100.0, &money)
                        .map(|_| ()),
                    Cell::Date(day) => excel_date(*day)
                        .and_then(|day| sheet.write_date_with_format(r, c, &day, &date))
                        .map(|_| ()),
                    Cell::Empty => Ok(()),
                }
                .map_err(failed)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(failed)?;
        sheet.autofit();
        workbook.save_to_buffer().map_err(failed)
    }
}

fn excel_date(day: NaiveDate) -> Result<ExcelDateTime, rust_xlsxwriter::XlsxError> {
    ExcelDateTime::from_ymd(
        u16::try_from(day.year()).unwrap_or(1900),
        u8::try_from(day.month()).unwrap_or(1),
        u8::try_from(day.day()).unwrap_or(1),
    )
}

fn column(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}

/// The two download formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

impl ExportFormat {
    /// Reads `csv` or `xlsx` (what `?format=` and file extensions carry).
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(Self::Csv),
            "xlsx" => Ok(Self::Xlsx),
            other => Err(format!("unknown export format `{other}`: use csv or xlsx")),
        }
    }
}

/// The table as a file to download, named after the table.
pub fn download(table: &Table, format: ExportFormat) -> Result<Response, AppError> {
    let stem: String = table
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-').to_string();
    let (body, content_type, extension) = match format {
        ExportFormat::Csv => (table.to_csv()?, "text/csv; charset=utf-8", "csv"),
        ExportFormat::Xlsx => (
            table.to_xlsx()?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
    };
    let disposition = format!("attachment; filename=\"{stem}.{extension}\"");
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut table = Table::new("Contracts, 2027", &["SME", "Value (EUR)", "Signed", "Note"]);
        table.push(vec![
            "Fjord Foods AS".into(),
            Cell::Money(1_250_050),
            NaiveDate::from_ymd_opt(2027, 3, 1).unwrap().into(),
            "first order, \"pilot\"".into(),
        ]);
        table.push(vec![
            "Ærø Tech".into(),
            Cell::Money(-5),
            Cell::Empty,
            Cell::Empty,
        ]);
        table
    }

    #[test]
    fn csv_quotes_and_keeps_every_row() {
        let csv = String::from_utf8(sample().to_csv().unwrap()).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][1], "12500.50");
        assert_eq!(&rows[0][3], "first order, \"pilot\"");
        assert_eq!(&rows[1][0], "Ærø Tech");
        assert_eq!(&rows[1][1], "-0.05");
        assert_eq!(&rows[1][2], "");
    }

    #[test]
    fn csv_text_is_never_a_formula() {
        let mut table = Table::new("Answers", &["Answer", "Value (EUR)"]);
        for text in [
            "=HYPERLINK(\"http://evil.example\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
        ] {
            table.push(vec![text.into(), Cell::Money(-150)]);
        }
        table.push(vec!["plain - text".into(), Cell::Integer(-4)]);
        let csv = String::from_utf8(table.to_csv().unwrap()).unwrap();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(&rows[0][0], "'=HYPERLINK(\"http://evil.example\")");
        assert_eq!(&rows[1][0], "'+1");
        assert_eq!(&rows[2][0], "'-2+3");
        assert_eq!(&rows[3][0], "'@SUM(A1)");
        assert_eq!(&rows[4][0], "'\tx");
        assert_eq!(&rows[5][0], "plain - text");
        // Numbers stay numbers, negative or not.
        assert_eq!(&rows[0][1], "-1.50");
        assert_eq!(&rows[5][1], "-4");
    }

    #[test]
    fn xlsx_reads_back_with_typed_cells() {
        use calamine::{Data, Reader, Xlsx};
        let bytes = sample().to_xlsx().unwrap();
        let mut workbook = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), vec!["Contracts, 2027".to_string()]);
        let range = workbook.worksheet_range("Contracts, 2027").unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][1], Data::String("Value (EUR)".into()));
        assert_eq!(rows[1][1], Data::Float(12500.5));
        assert_eq!(rows[2][0], Data::String("Ærø Tech".into()));
        assert_eq!(rows[2][2], Data::Empty);
    }

    #[test]
    fn formats_are_read_strictly() {
        assert_eq!(ExportFormat::parse("XLSX"), Ok(ExportFormat::Xlsx));
        assert!(ExportFormat::parse("pdf").is_err());
    }
}

/// Property tests: `?format=` takes any text.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn formats_never_panic(value in any::<String>()) {
            if let Ok(format) = ExportFormat::parse(&value) {
                let word = if format == ExportFormat::Csv { "csv" } else { "xlsx" };
                prop_assert_eq!(ExportFormat::parse(word), Ok(format));
            }
        }
    }
}
