//! JSON bodies in and out of the API.
//!
//! Request bodies are read in two steps so that a client learns about every
//! bad field at once: malformed JSON is a 400; then each field is read on its
//! own ([`Field`]), so a wrong type in one field does not hide the others, and
//! unknown fields are named too.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};

use super::AppError;
use crate::validation::FieldErrors;

/// One field of a JSON request body, read leniently.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Field<T> {
    /// Not in the body: for PATCH, "leave as it is".
    #[default]
    Missing,
    /// `null`: clear the value (or "is required" where it cannot be cleared).
    Null,
    Value(T),
    /// Present but of the wrong type; the message says what was expected.
    Invalid(String),
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Field<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_null() {
            return Ok(Field::Null);
        }
        Ok(match T::deserialize(value) {
            Ok(value) => Field::Value(value),
            Err(error) => Field::Invalid(describe_type_error(&error.to_string())),
        })
    }
}

/// serde says "invalid type: string \"x\", expected i64"; clients want the last part.
fn describe_type_error(message: &str) -> String {
    match message.split_once(", expected ") {
        Some((_, expected)) => format!("has the wrong type: expected {}", plain_type(expected)),
        None => message.to_string(),
    }
}

fn plain_type(expected: &str) -> &str {
    match expected {
        "i64" | "i32" | "u64" | "u32" => "an integer",
        "a boolean" => "true or false",
        "a sequence" => "an array",
        other => other,
    }
}

/// Written only in the API description (as the value or `null`).
impl<T: Serialize> Serialize for Field<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Value(value) => value.serialize(serializer),
            _ => serializer.serialize_none(),
        }
    }
}

impl<T> Field<T> {
    /// For create: the value, recording "is required" or the type error if absent or wrong.
    pub fn required(self, name: &str, errors: &mut FieldErrors) -> Option<T> {
        match self {
            Field::Value(value) => Some(value),
            Field::Missing | Field::Null => {
                errors.add(name, crate::t("val-required"));
                None
            }
            Field::Invalid(message) => {
                errors.add(name, message);
                None
            }
        }
    }

    /// For an optional value: `Some(None)` when absent or null.
    pub fn optional(self, name: &str, errors: &mut FieldErrors) -> Option<Option<T>> {
        match self {
            Field::Value(value) => Some(Some(value)),
            Field::Missing | Field::Null => Some(None),
            Field::Invalid(message) => {
                errors.add(name, message);
                None
            }
        }
    }

    /// For PATCH: overwrite `target` if the field was sent. `clear` gives the
    /// value that `null` stands for, or `None` if the field cannot be cleared.
    pub fn patch(self, name: &str, target: &mut T, clear: Option<T>, errors: &mut FieldErrors) {
        match self {
            Field::Missing => {}
            Field::Value(value) => *target = value,
            Field::Null => match clear {
                Some(empty) => *target = empty,
                None => errors.add(name, "cannot be null"),
            },
            Field::Invalid(message) => errors.add(name, message),
        }
    }
}

impl<T> Field<T> {
    /// For PATCH of an optional value: `null` clears it.
    pub fn patch_option(self, name: &str, target: &mut Option<T>, errors: &mut FieldErrors) {
        match self {
            Field::Missing => {}
            Field::Null => *target = None,
            Field::Value(value) => *target = Some(value),
            Field::Invalid(message) => errors.add(name, message),
        }
    }
}

/// A JSON request body of type `T`, read as described in the module docs.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let is_json = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                let mime = v
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                mime == "application/json" || mime.ends_with("+json")
            });
        if !is_json {
            return Err(AppError::BadRequest(
                "send the body as JSON with Content-Type: application/json".into(),
            ));
        }
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| AppError::BadRequest(format!("could not read the body: {e}")))?;
        read_body(&bytes).map(ApiJson)
    }
}

fn read_body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| AppError::BadRequest(format!("malformed JSON: {e}")))?;
    if !value.is_object() {
        return Err(AppError::BadRequest(
            "the body must be a JSON object".into(),
        ));
    }
    let mut unknown = FieldErrors::new();
    let parsed: T = serde_ignored::deserialize(value, |path| {
        unknown.add(path.to_string(), "unknown field");
    })
    .map_err(|e| AppError::Validation(FieldErrors::single("body", e.to_string())))?;
    if unknown.is_empty() {
        Ok(parsed)
    } else {
        Err(AppError::Validation(unknown))
    }
}

/// Query parameters, read with repeated keys allowed (`?sector=C10&sector=J62`);
/// an unreadable query string is a 400 with the usual error body.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> axum::extract::FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, AppError> {
        let query = parts.uri.query().unwrap_or("");
        serde_html_form::from_str(query)
            .map(ApiQuery)
            .map_err(|e| AppError::BadRequest(format!("could not read the query string: {e}")))
    }
}

/// Every list in the API: one page of items and how many there are in all.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ListResponse<T> {
    pub items: Vec<T>,
    pub total: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Body {
        name: Field<String>,
        employees: Field<i64>,
        tags: Field<Vec<String>>,
    }

    #[test]
    fn each_field_is_read_on_its_own() {
        let body: Body =
            read_body(br#"{"name": "Fjordline", "employees": "many", "tags": null}"#).unwrap();
        assert_eq!(body.name, Field::Value("Fjordline".into()));
        assert_eq!(
            body.employees,
            Field::Invalid("has the wrong type: expected an integer".into())
        );
        assert_eq!(body.tags, Field::Null);
        let empty: Body = read_body(b"{}").unwrap();
        assert_eq!(empty.name, Field::Missing);
    }

    #[test]
    fn malformed_json_and_unknown_fields_are_refused() {
        assert!(matches!(
            read_body::<Body>(b"{\"name\": "),
            Err(AppError::BadRequest(_))
        ));
        assert!(matches!(
            read_body::<Body>(b"[1, 2]"),
            Err(AppError::BadRequest(_))
        ));
        match read_body::<Body>(br#"{"name": "x", "colour": "red", "size": 1}"#) {
            Err(AppError::Validation(fields)) => {
                assert!(fields.contains("colour") && fields.contains("size"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn fields_apply_to_creates_and_patches() {
        let mut errors = FieldErrors::new();
        assert_eq!(Field::<i64>::Missing.required("a", &mut errors), None);
        assert_eq!(Field::Value(3).required("b", &mut errors), Some(3));
        assert_eq!(Field::<i64>::Null.optional("c", &mut errors), Some(None));
        let mut target = 5;
        Field::Missing.patch("d", &mut target, Some(0), &mut errors);
        assert_eq!(target, 5);
        Field::Null.patch("e", &mut target, Some(0), &mut errors);
        assert_eq!(target, 0);
        Field::Null.patch("f", &mut target, None, &mut errors);
        let mut optional = Some(4);
        Field::Value(6).patch_option("g", &mut optional, &mut errors);
        assert_eq!(optional, Some(6));
        Field::Null.patch_option("g", &mut optional, &mut errors);
        assert_eq!(optional, None);
        assert_eq!(errors.get("a"), Some("is required"));
        assert_eq!(errors.get("f"), Some("cannot be null"));
        assert!(!errors.contains("b") && !errors.contains("c") && !errors.contains("e"));
    }
}
