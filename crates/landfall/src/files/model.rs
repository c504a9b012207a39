//! What may be uploaded: size and type limits, decided from the file itself
//! and its extension, never from what the browser claims.

/// The largest file accepted.
pub const MAX_UPLOAD_BYTES: usize = 10 * 1024 * 1024;

/// Accepted kinds of file: extension, content type, and the bytes it starts with.
const KINDS: &[(&str, &str, &[u8])] = &[
    ("pdf", "application/pdf", b"%PDF-"),
    ("png", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("jpg", "image/jpeg", b"\xff\xd8\xff"),
    ("jpeg", "image/jpeg", b"\xff\xd8\xff"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        b"PK\x03\x04",
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        b"PK\x03\x04",
    ),
    (
        "odt",
        "application/vnd.oasis.opendocument.text",
        b"PK\x03\x04",
    ),
    (
        "ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        b"PK\x03\x04",
    ),
    (
        "odp",
        "application/vnd.oasis.opendocument.presentation",
        b"PK\x03\x04",
    ),
    ("txt", "text/plain; charset=utf-8", b""),
    ("csv", "text/csv; charset=utf-8", b""),
];

/// The file types accepted, for hints next to upload fields.
pub fn accepted_extensions() -> String {
    let mut extensions: Vec<&str> = KINDS.iter().map(|(ext, _, _)| *ext).collect();
    extensions.dedup();
    extensions.join(", ")
}

/// A file that passed the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedFile {
    pub name: String,
    pub content_type: &'static str,
}

/// Keeps the last path component and only printable characters.
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | '|' | '*' | '?' | ':'))
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    cleaned.chars().take(150).collect()
}

/// Checks an upload's name, size and content.
pub fn check(name: &str, bytes: &[u8]) -> Result<CheckedFile, String> {
    let name = clean_name(name);
    if name.is_empty() {
        return Err(crate::t("file-err-no-name"));
    }
    if bytes.is_empty() {
        return Err(crate::t("file-err-empty"));
    }
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(crate::t1(
            "file-err-too-large",
            "mb",
            MAX_UPLOAD_BYTES / 1024 / 1024,
        ));
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    let Some((_, content_type, magic)) = KINDS.iter().find(|(ext, _, _)| *ext == extension) else {
        return Err(crate::t1(
            "file-err-type",
            "extensions",
            accepted_extensions(),
        ));
    };
    let text_kind = magic.is_empty();
    if text_kind && std::str::from_utf8(bytes).is_err() {
        return Err(crate::t("file-err-not-utf8"));
    }
    if !bytes.starts_with(magic) {
        return Err(crate::t1("file-err-content", "extension", &extension));
    }
    Ok(CheckedFile { name, content_type })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_checked_by_content_and_extension() {
        let pdf = b"%PDF-1.7 rest of the file";
        assert_eq!(
            check("plan.PDF", pdf).unwrap().content_type,
            "application/pdf"
        );
        assert_eq!(check("../../etc/plan.pdf", pdf).unwrap().name, "plan.pdf");
        assert!(
            check("plan.pdf", b"<html>")
                .unwrap_err()
                .contains("not a .pdf")
        );
        assert!(
            check("page.html", b"<html>")
                .unwrap_err()
                .contains("not accepted")
        );
        assert!(check("plan.pdf", b"").is_err());
        assert!(check("notes.txt", &[0xff, 0xfe]).is_err());
        assert!(check("notes.txt", "Grüße".as_bytes()).is_ok());
        assert!(check(".pdf", pdf).is_err() || check(".pdf", pdf).unwrap().name == "pdf");
        assert!(
            check("big.pdf", &vec![b'%'; MAX_UPLOAD_BYTES + 1])
                .unwrap_err()
                .contains("larger")
        );
    }
}

/// Property tests: any name and any bytes are either refused with a reason
/// or accepted as a file whose first bytes match its type.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9 ./\\\\:<>\"|?*-]{0,20}\\.(pdf|png|jpg|jpeg|docx|xlsx|txt|csv|html|exe|PDF)",
        ]
    }

    fn content() -> impl Strategy<Value = Vec<u8>> {
        let magic = prop_oneof![
            Just(b"".to_vec()),
            Just(b"%PDF-".to_vec()),
            Just(b"\x89PNG\r\n\x1a\n".to_vec()),
            Just(b"\xff\xd8\xff".to_vec()),
            Just(b"PK\x03\x04".to_vec()),
        ];
        (magic, proptest::collection::vec(any::<u8>(), 0..64)).prop_map(|(mut m, rest)| {
            m.extend(rest);
            m
        })
    }

    proptest! {
        #[test]
        fn uploads_never_panic_and_match_their_type(name in name(), bytes in content()) {
            if let Ok(file) = check(&name, &bytes) {
                prop_assert!(!file.name.is_empty() && file.name.chars().count() <= 150);
                prop_assert!(!file.name.contains(['/', '\\', '"', '<', '>']));
                prop_assert!(!file.name.chars().any(char::is_control));
                prop_assert!(!file.name.starts_with('.'));
                let extension = file.name.rsplit_once('.').unwrap().1.to_ascii_lowercase();
                let (_, content_type, magic) =
                    KINDS.iter().find(|(ext, _, _)| *ext == extension).unwrap();
                prop_assert_eq!(file.content_type, *content_type);
                prop_assert!(bytes.starts_with(magic));
                if magic.is_empty() {
                    prop_assert!(std::str::from_utf8(&bytes).is_ok());
                }
            }
        }

        #[test]
        fn files_of_an_accepted_type_pass(index in 0..KINDS.len(), rest in proptest::collection::vec(any::<u8>(), 1..64)) {
            let (extension, content_type, magic) = KINDS[index];
            let mut bytes = magic.to_vec();
            if magic.is_empty() {
                bytes.extend(String::from_utf8_lossy(&rest).as_bytes());
            } else {
                bytes.extend(rest);
            }
            let file = check(&format!("../evidence.{extension}"), &bytes).unwrap();
            prop_assert_eq!(file.content_type, content_type);
            prop_assert_eq!(file.name, format!("evidence.{extension}"));
        }
    }
}
