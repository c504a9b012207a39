//! Accounts, roles, passwords and tokens: the rules, without I/O.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// What a user may do across the network.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Network coordinator: sees and edits everything.
    Admin,
    /// Staff of one organisation: edits it and its SMEs.
    Manager,
    /// Member of one SME.
    Sme,
    /// Reviews applications to joint calls.
    Evaluator,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Manager, Role::Sme, Role::Evaluator];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Sme => "sme",
            Role::Evaluator => "evaluator",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Network coordinator",
            Role::Manager => "Organisation manager",
            Role::Sme => "SME member",
            Role::Evaluator => "Evaluator",
        }
    }

    /// The role's name in the reader's language, for pages.
    pub fn label_t(self) -> String {
        crate::t(&format!("role-{}", self.as_str()))
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == value.trim())
            .ok_or_else(|| format!("`{value}` is not a role (admin, manager, sme, evaluator)"))
    }
}

/// The signed-in user a request acts for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The organisation a manager (or evaluator) works for.
    pub organisation_id: Option<i64>,
    /// The SME an `sme` user belongs to.
    pub sme_id: Option<i64>,
    /// Present when the request came with a web session (not a bearer token).
    pub session: Option<SessionKeys>,
    /// The language the person chose for the UI, if any.
    pub locale: Option<crate::i18n::Locale>,
}

/// The parts of a web session a request needs: which row it is and its CSRF secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionKeys {
    pub digest: String,
    pub csrf_token: String,
}

impl Actor {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// True for a manager of the given organisation.
    pub fn manages(&self, organisation_id: i64) -> bool {
        self.role == Role::Manager && self.organisation_id == Some(organisation_id)
    }

    /// True for a member of the given SME.
    pub fn belongs_to_sme(&self, sme_id: i64) -> bool {
        self.role == Role::Sme && self.sme_id == Some(sme_id)
    }
}

/// Which organisation or SME an account must be attached to, by role.
pub fn check_affiliation(
    role: Role,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
) -> Result<(), String> {
    match (role, organisation_id, sme_id) {
        (Role::Admin, None, None) => Ok(()),
        (Role::Admin, _, _) => Err(crate::t("acc-err-admin-affiliation")),
        (Role::Manager, Some(_), None) => Ok(()),
        (Role::Manager, _, _) => Err(crate::t("acc-err-manager-affiliation")),
        (Role::Sme, None, Some(_)) => Ok(()),
        (Role::Sme, _, _) => Err(crate::t("acc-err-sme-affiliation")),
        (Role::Evaluator, _, None) => Ok(()),
        (Role::Evaluator, _, Some(_)) => Err(crate::t("acc-err-evaluator-affiliation")),
    }
}

/// A syntactically valid e-mail address, trimmed, with a lower-case domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(value: &str) -> Result<Self, String> {
        let value = value.trim();
        if value.is_empty() {
            return Err(crate::t("val-required"));
        }
        if value.len() > 254 {
            return Err(crate::t("acc-err-email-too-long"));
        }
        let Some((local, domain)) = value.rsplit_once('@') else {
            return Err(crate::t("val-email"));
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '@' | '<' | '>' | ',' | ';' | '"')
            });
        if !domain_ok || !local_ok {
            return Err(crate::t("val-email"));
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    /// The form used to find an account: the whole address in lower case.
    pub fn login_key(&self) -> String {
        self.0.to_lowercase()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Shortest and longest password accepted for a new account.
pub const PASSWORD_MIN_CHARS: usize = 10;
pub const PASSWORD_MAX_CHARS: usize = 128;

/// Passwords that are long enough but among the first any attacker tries.
const COMMON_PASSWORDS: [&str; 24] = [
    "1234567890",
    "12345678910",
    "0123456789",
    "1111111111",
    "0000000000",
    "qwertyuiop",
    "asdfghjkl1",
    "password12",
    "password123",
    "password1234",
    "passw0rd123",
    "iloveyou12",
    "letmein123",
    "welcome123",
    "changeme123",
    "administrator",
    "qwerty1234",
    "1q2w3e4r5t",
    "abcdefghij",
    "abc1234567",
    "football123",
    "monkey12345",
    "sunshine123",
    "dragon12345",
];

/// Checks a new password against the account rules: long enough, not only
/// spaces, not a well-known password, not one character repeated, and not
/// the account's own e-mail address or its name part.
pub fn check_new_password_for(password: &str, email: &str) -> Result<(), String> {
    check_new_password(password)?;
    let lower = password.trim().to_lowercase();
    let email = email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or("");
    if !email.is_empty() && (lower == email || (local.len() >= 4 && lower.contains(local))) {
        return Err(crate::t("acc-err-password-email"));
    }
    Ok(())
}

/// The rules that need no account: length, not only spaces, not a
/// well-known password, not one character repeated.
pub fn check_new_password(password: &str) -> Result<(), String> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(crate::t1(
            "acc-err-password-short",
            "min",
            PASSWORD_MIN_CHARS,
        ));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(crate::t1(
            "acc-err-password-long",
            "max",
            PASSWORD_MAX_CHARS,
        ));
    }
    if password.trim().is_empty() {
        return Err(crate::t("acc-err-password-spaces"));
    }
    let lower = password.to_lowercase();
    if COMMON_PASSWORDS.contains(&lower.as_str()) {
        return Err(crate::t("acc-err-password-common"));
    }
    let mut distinct: Vec<char> = lower.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 4 {
        return Err(crate::t("acc-err-password-distinct"));
    }
    Ok(())
}

/// Hashes a password with Argon2id (default parameters, random salt) into a PHC string.
pub fn hash_password(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect("argon2 with default parameters hashes any password")
        .to_string()
}

/// Verifies a password against a stored PHC string. A malformed hash never verifies.
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that a wrong
/// e-mail address takes as long to refuse as a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_password("decoy password that matches nothing"));
    &DECOY
}

/// A fresh secret for a cookie, a CSRF field or an API token: 32 random bytes, base64url.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether a value has the shape of a [`new_secret`]: 32 bytes, base64url.
pub fn is_secret_shaped(value: &str) -> bool {
    URL_SAFE_NO_PAD
        .decode(value)
        .is_ok_and(|bytes| bytes.len() == 32)
}

/// How a secret is stored: only its SHA-256, so a leaked table opens no session.
pub fn secret_digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Compares two secrets in time independent of where they differ.
pub fn secrets_match(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// API bearer tokens carry this prefix so they are easy to recognise in logs and leaks.
pub const API_TOKEN_PREFIX: &str = "lf_";

pub fn new_api_token() -> String {
    format!("{API_TOKEN_PREFIX}{}", new_secret())
}

/// A web session lasts this long without use…
pub const SESSION_IDLE: Duration = Duration::hours(12);
/// …and never longer than this after signing in, however much it is used.
pub const SESSION_MAX_AGE: Duration = Duration::days(7);
/// …and is extended on use once less than this remains, so not every request writes.
pub const SESSION_REFRESH_WHEN_LEFT: Duration = Duration::hours(11);
/// API tokens expire after this long.
pub const API_TOKEN_LIFETIME: Duration = Duration::days(30);

pub fn session_needs_refresh(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    expires_at - now < SESSION_REFRESH_WHEN_LEFT
}

/// When a session used now expires: after the idle time, but never past its
/// maximum age.
pub fn session_expiry(created_at: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
    (now + SESSION_IDLE).min(created_at + SESSION_MAX_AGE)
}

/// Sign-in throttling: failed attempts counted over a sliding window.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Failures allowed for one account within the window.
pub const MAX_FAILURES_PER_ACCOUNT: u64 = 5;
/// Failures allowed from one address within the window (covers guessing many accounts).
pub const MAX_FAILURES_PER_IP: u64 = 30;

/// Whether a new sign-in attempt is refused given the failures counted in the window.
pub fn sign_in_throttled(failures_for_account: u64, failures_from_ip: u64) -> bool {
    failures_for_account >= MAX_FAILURES_PER_ACCOUNT || failures_from_ip >= MAX_FAILURES_PER_IP
}

/// The longest key a sign-in attempt is counted under: as long as the
/// longest address [`Email::parse`] accepts.
pub const ATTEMPT_KEY_MAX_CHARS: usize = 254;

/// The key a sign-in attempt is counted under: a valid address's login key,
/// otherwise what was typed, trimmed and in lower case, without control
/// characters and cut to [`ATTEMPT_KEY_MAX_CHARS`], so that whatever is typed
/// is stored bounded.
pub fn attempt_key(typed: &str) -> String {
    match Email::parse(typed) {
        Ok(email) => email.login_key(),
        Err(_) => typed
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| !c.is_control())
            .take(ATTEMPT_KEY_MAX_CHARS)
            .collect(),
    }
}

/// Where to go after signing in: only a path on this site, never another host.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(path) if crate::web::is_local_path(path) => path.to_string(),
        _ => "/".to_string(),
    }
}

/// What a newly invited account holds instead of a password hash: no
/// password verifies against it, so the account cannot be signed in to
/// until its owner sets a password with the invitation's link.
pub const NO_PASSWORD: &str = "!";

/// Whether a stored hash is a password at all (an invited account that has
/// not chosen one yet holds [`NO_PASSWORD`]).
pub fn has_password(phc: &str) -> bool {
    PasswordHash::new(phc).is_ok()
}

/// A new password typed twice (in a form), checked against the account
/// rules; the messages are keyed by the form's fields (`new_password`,
/// `new_password_repeat`). `repeat` is `None` where it is not asked (the API).
pub fn check_password_pair(
    new_password: &str,
    repeat: Option<&str>,
    email: &str,
) -> crate::validation::FieldErrors {
    let mut errors = crate::validation::FieldErrors::new();
    if new_password.is_empty() {
        errors.add("new_password", crate::t("val-required"));
    } else if let Err(message) = check_new_password_for(new_password, email) {
        errors.add("new_password", message);
    }
    if let Some(repeat) = repeat
        && errors.is_empty()
        && !secrets_match(new_password, repeat)
    {
        errors.add("new_password_repeat", crate::t("acc-err-password-repeat"));
    }
    errors
}

/// Why a one-time password link was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    /// An admin invited a new account: its owner chooses the first password.
    Invitation,
    /// The owner forgot their password and asked for a link.
    Reset,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::Reset => "reset",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        match value {
            "invitation" => Ok(Self::Invitation),
            "reset" => Ok(Self::Reset),
            other => Err(format!("`{other}` is not a password link purpose")),
        }
    }

    /// How long the link works: a week for an invitation (people are away),
    /// an hour for a reset (the person is waiting for it).
    pub fn lifetime(self) -> Duration {
        match self {
            Self::Invitation => INVITATION_LIFETIME,
            Self::Reset => RESET_LIFETIME,
        }
    }
}

pub const INVITATION_LIFETIME: Duration = Duration::days(7);
pub const RESET_LIFETIME: Duration = Duration::hours(1);

/// Whether a password link made to expire at `expires_at` still works at `now`.
pub fn link_usable(expires_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now < expires_at
}

/// Requests for a reset link counted over the throttling window: per e-mail
/// address (so nobody's mailbox is flooded)…
pub const MAX_RESET_REQUESTS_PER_ACCOUNT: u64 = 3;
/// …and per client address (so nobody walks through many addresses).
pub const MAX_RESET_REQUESTS_PER_IP: u64 = 20;

/// Whether a new request for a reset link is refused.
pub fn reset_throttled(for_account: u64, from_ip: u64) -> bool {
    for_account >= MAX_RESET_REQUESTS_PER_ACCOUNT || from_ip >= MAX_RESET_REQUESTS_PER_IP
}

/// The keys under which reset requests are counted, apart from failed
/// sign-ins (which share the table but not the limits).
pub fn reset_throttle_keys(login_key: &str, ip: &str) -> (String, String) {
    (format!("reset:{login_key}"), format!("reset:{ip}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_attach_to_what_their_role_needs() {
        assert!(check_affiliation(Role::Admin, None, None).is_ok());
        assert!(check_affiliation(Role::Admin, Some(1), None).is_err());
        assert!(check_affiliation(Role::Manager, Some(1), None).is_ok());
        assert!(check_affiliation(Role::Manager, None, None).is_err());
        assert!(check_affiliation(Role::Sme, None, Some(3)).is_ok());
        assert!(check_affiliation(Role::Sme, Some(1), None).is_err());
        assert!(check_affiliation(Role::Evaluator, None, None).is_ok());
        assert!(check_affiliation(Role::Evaluator, Some(2), None).is_ok());
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("root").is_err());
    }

    #[test]
    fn emails_are_checked_and_normalised() {
        assert_eq!(
            Email::parse(" Mette@Aarhus.EXAMPLE ").unwrap().as_str(),
            "Mette@aarhus.example"
        );
        assert_eq!(
            Email::parse("Mette@Aarhus.example").unwrap().login_key(),
            "mette@aarhus.example"
        );
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "a b@c.example",
            "@c.example",
            "a@.example",
            "a@b..example",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn attempts_are_counted_under_a_bounded_key() {
        assert_eq!(
            attempt_key(" Mette@Aarhus.EXAMPLE "),
            "mette@aarhus.example"
        );
        assert_eq!(attempt_key(" Not An Address "), "not an address");
        assert_eq!(attempt_key("a\0b\nc@\x7f"), "abc@");
        let long = attempt_key(&format!("A{}", "-".repeat(1_000_000)));
        assert_eq!(long.chars().count(), ATTEMPT_KEY_MAX_CHARS);
        assert!(long.starts_with("a-"));
        assert_eq!(long, attempt_key(&format!("a{}", "-".repeat(2_000))));
    }

    #[test]
    fn passwords_follow_the_rules_and_verify() {
        assert!(check_new_password("short").is_err());
        assert!(check_new_password("           ").is_err());
        assert!(check_new_password("landfall-demo").is_ok());
        assert!(
            check_new_password("Password123").is_err(),
            "common, whatever the case"
        );
        assert!(check_new_password("aaaaaaaaaaaaaa").is_err());
        assert!(check_new_password("abababababab").is_err());
        assert!(check_new_password_for("mette.kjaer-2027", "mette.kjaer@aarhus.example").is_err());
        assert!(check_new_password_for("correct horse battery", "mette@aarhus.example").is_ok());
        let hash = hash_password("landfall-demo");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("landfall-demo", &hash));
        assert!(!verify_password("landfall-demo!", &hash));
        assert!(!verify_password("landfall-demo", "not a hash"));
    }

    #[test]
    fn secrets_are_random_and_stored_as_digests() {
        let a = new_secret();
        assert_ne!(a, new_secret());
        assert!(is_secret_shaped(&a));
        assert!(!is_secret_shaped(&a[1..]) && !is_secret_shaped(&format!("{a}A")));
        assert!(!is_secret_shaped(
            "not a secret at all, though long enough 43+"
        ));
        assert_eq!(a.len(), 43);
        assert_eq!(secret_digest("abc").len(), 64);
        assert!(secrets_match(&a, &a.clone()));
        assert!(!secrets_match(&a, &new_secret()));
        assert!(!secrets_match("abc", "abcd"));
        assert!(new_api_token().starts_with(API_TOKEN_PREFIX));
    }

    #[test]
    fn throttling_counts_per_account_and_per_address() {
        assert!(!sign_in_throttled(4, 0));
        assert!(sign_in_throttled(5, 0));
        assert!(sign_in_throttled(0, 30));
    }

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/smes?page=2")), "/smes?page=2");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn sessions_end_after_their_maximum_age_however_busy() {
        let signed_in = Utc::now() - Duration::days(6) - Duration::hours(20);
        let now = Utc::now();
        assert_eq!(session_expiry(signed_in, now), signed_in + SESSION_MAX_AGE);
        let fresh = Utc::now();
        assert_eq!(session_expiry(fresh, fresh), fresh + SESSION_IDLE);
    }

    #[test]
    fn new_passwords_are_typed_twice_and_follow_the_rules() {
        let email = "mette@aarhus.example";
        let ok = check_password_pair(
            "correct horse battery",
            Some("correct horse battery"),
            email,
        );
        assert!(ok.is_empty());
        assert!(check_password_pair("correct horse battery", None, email).is_empty());
        let differ = check_password_pair("correct horse battery", Some("correct horse"), email);
        assert!(differ.contains("new_password_repeat"));
        assert!(!differ.contains("new_password"));
        let empty = check_password_pair("", Some(""), email);
        assert_eq!(empty.get("new_password"), Some("is required"));
        let weak = check_password_pair("mette-2027-x", Some("other"), email);
        assert!(weak.contains("new_password"));
        assert!(
            !weak.contains("new_password_repeat"),
            "one message at a time"
        );
    }

    #[test]
    fn invited_accounts_have_no_password_until_they_choose_one() {
        assert!(!has_password(NO_PASSWORD));
        assert!(!verify_password("", NO_PASSWORD));
        assert!(!verify_password("!", NO_PASSWORD));
        assert!(has_password(&hash_password("landfall-demo")));
    }

    #[test]
    fn password_links_expire_by_purpose() {
        for purpose in [LinkPurpose::Invitation, LinkPurpose::Reset] {
            assert_eq!(LinkPurpose::parse(purpose.as_str()), Ok(purpose));
        }
        assert!(LinkPurpose::parse("session").is_err());
        assert_eq!(LinkPurpose::Invitation.lifetime(), Duration::days(7));
        assert_eq!(LinkPurpose::Reset.lifetime(), Duration::hours(1));
        let now = Utc::now();
        assert!(link_usable(now + Duration::seconds(1), now));
        assert!(!link_usable(now, now));
        assert!(!link_usable(now - Duration::seconds(1), now));
    }

    #[test]
    fn reset_requests_are_throttled_apart_from_sign_ins() {
        assert!(!reset_throttled(2, 0));
        assert!(reset_throttled(3, 0));
        assert!(reset_throttled(0, 20));
        let (address, ip) = reset_throttle_keys("mette@aarhus.example", "10.0.0.1");
        assert_ne!(address, "mette@aarhus.example");
        assert_ne!(ip, "10.0.0.1");
        assert!(address.ends_with("mette@aarhus.example"));
    }

    #[test]
    fn sessions_refresh_only_when_half_used() {
        let now = Utc::now();
        assert!(!session_needs_refresh(now + SESSION_IDLE, now));
        assert!(session_needs_refresh(now + Duration::hours(2), now));
    }
}

/// Property tests: e-mail addresses, roles and the address to go to after
/// signing in, on any input.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    fn address() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9._+-]{0,20}@[a-zA-Z0-9.-]{0,20}",
            "[ -~]{0,30}@[ -~]{0,30}",
        ]
    }

    proptest! {
        #[test]
        fn emails_never_panic_and_read_back(value in address()) {
            if let Ok(email) = Email::parse(&value) {
                let text = email.as_str();
                prop_assert!(text.len() <= 254);
                let (local, domain) = text.rsplit_once('@').unwrap();
                prop_assert!(!local.is_empty() && domain.contains('.'));
                prop_assert!(!text.chars().any(|c| c.is_whitespace() || c.is_control()));
                prop_assert_eq!(domain.to_lowercase(), domain);
                prop_assert_eq!(Email::parse(text), Ok(email.clone()));
                prop_assert_eq!(email.login_key(), text.to_lowercase());
            }
        }

        #[test]
        fn roles_never_panic_and_read_back(value in any::<String>()) {
            if let Ok(role) = Role::parse(&value) {
                prop_assert_eq!(Role::parse(role.as_str()), Ok(role));
            }
        }

        #[test]
        fn sign_in_only_ever_leads_to_this_site(next in proptest::option::of(any::<String>())) {
            let path = safe_next(next.as_deref());
            prop_assert!(path.starts_with('/'));
            prop_assert!(!path.starts_with("//") && !path.starts_with("/\\"));
            prop_assert!(!path.contains(['\r', '\n']));
        }

        #[test]
        fn password_rules_never_panic(password in any::<String>(), email in address()) {
            let _ = check_new_password_for(&password, &email);
        }
    }
}
