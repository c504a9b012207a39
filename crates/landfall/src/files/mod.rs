//! Uploaded files (assignment submissions today, evidence later): checked on
//! the way in, stored in the database, and always served as downloads, never
//! shown inline, so that a file can never run as a page of this site.
//! Who may download a file is decided by the capability the file belongs to.

mod entities;
pub mod model;
pub mod store;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::i18n::{self, Locale};

pub use store::{FileInfo, StoredFile};

/// The file as an attachment, with headers that keep browsers from rendering it.
pub fn download(file: StoredFile) -> Response {
    let ascii_name: String = file
        .info
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(file.info.name.as_bytes()).collect();
    let disposition = format!(
        "attachment; filename=\"{}\"; filename*=UTF-8''{}",
        ascii_name.replace(['"', '\\'], "_"),
        encoded.replace('+', "%20")
    );
    let mut response = file.data.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&file.info.content_type)
            .unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// A human size in the current language: "840 KB", "2.3 MB" ("2,3 MB" in German).
pub fn human_size(bytes: i64) -> String {
    human_size_in(crate::i18n::current(), bytes)
}

/// A human size with `locale`'s separators (the units are the same in every
/// language of the UI).
pub fn human_size_in(locale: Locale, bytes: i64) -> String {
    match bytes {
        i64::MIN..1024 => format!("{} B", i18n::number_in(locale, bytes)),
        1024..1_048_576 => format!("{} KB", i18n::number_in(locale, bytes / 1024)),
        _ => format!(
            "{} MB",
            i18n::decimal_in(locale, bytes as f64 / 1_048_576.0, 1)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_the_language_s_way() {
        let mb = 1_572_864; // 1.5 MB
        assert_eq!(human_size_in(Locale::En, mb), "1.5 MB");
        assert_eq!(human_size_in(Locale::Nl, mb), "1,5 MB");
        for locale in [Locale::De, Locale::Da, Locale::Nb, Locale::Sv] {
            assert!(
                human_size_in(locale, mb).starts_with("1,5"),
                "{locale:?}: {}",
                human_size_in(locale, mb)
            );
        }
        assert_eq!(human_size_in(Locale::De, mb), "1,5 MB");
        assert_eq!(human_size_in(Locale::De, 860_160), "840 KB");
        assert_eq!(human_size_in(Locale::De, 512), "512 B");
        assert_eq!(human_size_in(Locale::En, 10 * 1_048_576), "10.0 MB");
        assert_eq!(human_size_in(Locale::De, 10 * 1_048_576), "10,0 MB");
    }
}
