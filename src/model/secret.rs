//! What is secret, decided in one place.
//!
//! [`secret_place`] is the rule: given where a string sits in a connection (GetConnection's `Connection`, a
//! `ConnectionList`) or in a create request (`CreateConnectionRequest`, `ConnectionInput`), as the JSON keys leading to
//! it, it says whether the string is a secret. [`is_secret_key`] is its part about property names. Everything that
//! shows or copies a connection or a request goes through [`hide_secrets`] (typed values) or [`hide_in_json`] (JSON
//! values); the review editor applies [`secret_place`] to the text it holds. So the detail pane, the raw JSON view,
//! `y`, export, `create --dry-run` and the wizard's review and copies all hide the same values.

use std::collections::BTreeSet;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::ConnectionTypeDescription;

/// What the screen shows in place of a secret value.
pub const SECRET_MASK: &str = "••••••••";

/// The four property maps of a connection and of a `ConnectionInput`, as the API names them.
pub const PROPERTY_MAPS: [&str; 4] = [
    "ConnectionProperties",
    "SparkProperties",
    "AthenaProperties",
    "PythonProperties",
];

/// Why a value is a secret: it tells a caller whether Glue's `HidePassword` would have hidden it too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretPlace {
    /// A password-like entry of one of the [`PROPERTY_MAPS`] (by its name, or because DescribeConnectionType marks it
    /// SECRET): what `HidePassword` hides.
    Property,
    /// A value of `OAuth2Properties.TokenUrlParametersMap`.
    TokenUrlParameter,
    /// A credential of `AuthenticationConfiguration`: `BasicAuthenticationCredentials.Password`, every
    /// `CustomAuthenticationCredentials` value, every `OAuth2Credentials` field, `AuthorizationCode`. GetConnection
    /// never returns them; requests carry them.
    Credential,
}

/// The property names a DescribeConnectionType answer marks `SECRET` (or `SECRET_OR_USER_INPUT`): secrets whatever
/// their names, beyond what [`is_secret_key`] finds. Empty when no description is at hand (export, most rows of the
/// browser): then the name rule alone decides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecretNames(BTreeSet<String>);

impl SecretNames {
    /// No described names: the name rule alone.
    pub const NONE: SecretNames = SecretNames(BTreeSet::new());

    /// [`SecretNames::NONE`], borrowed for as long as needed.
    pub fn none() -> &'static SecretNames {
        static NONE: SecretNames = SecretNames::NONE;
        &NONE
    }

    /// The secret properties of a description: its connection properties and its Spark, Athena and Python
    /// properties, under their names and their `KeyOverride`s. One set for the four maps: a name the type calls secret
    /// in one of them is not safe to show in another.
    pub fn of(description: &ConnectionTypeDescription) -> SecretNames {
        let names = [
            &description.connection_properties,
            &description.spark_connection_properties,
            &description.athena_connection_properties,
            &description.python_connection_properties,
        ]
        .into_iter()
        .flatten()
        .filter(|p| p.is_secret())
        .flat_map(|p| std::iter::once(p.id().to_owned()).chain(p.key_override.clone()))
        .filter(|name| !name.is_empty())
        .collect();
        SecretNames(names)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.0.contains(key)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// THE rule. `path` is the JSON keys (array indexes as digits) from the document's root to a string value; the
/// document may be a `Connection`, `{"Connection": …}`, a `ConnectionList`, a `CreateConnectionRequest` or a bare
/// `ConnectionInput`: only the tail of the path counts.
///
/// `TokenUrlParametersMap`: every value is a secret, whatever its key. The API reference says only "a map of
/// parameters that are added to the token GET request", and token endpoints take credentials under names no rule
/// can guess: `client_secret` and `refresh_token`, but also `assertion` / `client_assertion` (JWT bearer),
/// `code`, `code_verifier`, or a provider's own `subscription-key`. Masking by key name (as `create --dry-run` did)
/// would show those; masking every value costs only that harmless ones (`scope`, `audience`) stay hidden until the
/// user reveals secrets. The safer choice, and the same in every view, copy and export.
pub fn secret_place(path: &[&str], described: &SecretNames) -> Option<SecretPlace> {
    match path {
        [.., map, key] if PROPERTY_MAPS.contains(map) => {
            (is_secret_key(key) || described.contains(key)).then_some(SecretPlace::Property)
        }
        [.., "OAuth2Properties", "TokenUrlParametersMap", _] => {
            Some(SecretPlace::TokenUrlParameter)
        }
        [.., "BasicAuthenticationCredentials", "Password"]
        | [
            ..,
            "AuthenticationConfiguration",
            "CustomAuthenticationCredentials",
            _,
        ]
        | [.., "OAuth2Properties", "OAuth2Credentials", _]
        | [.., "AuthorizationCodeProperties", "AuthorizationCode"] => Some(SecretPlace::Credential),
        _ => None,
    }
}

/// Whether a property key holds a secret value, by its name alone.
///
/// Secret: a name containing `password`, `passwd`, `passphrase`, `secret`, `token` or `credential`; a word (or two)
/// `apikey`, `privatekey`, `accesskey`, `secretkey`, `accountkey`, `applicationkey`, `appkey`, `signingkey`,
/// `masterkey`, `sharedkey` (`API_KEY`, `apiKey`, `x-api-key`, `APIKEY`); a word `pwd`, `jaas` (`sasl.jaas.config` carries
/// the password in its login line), `assertion`, `code_verifier`, a last word `authorization` (a header's value),
/// the key `code` itself (an OAuth2 authorization code), and every `ENCRYPTED_*` key (Glue's encrypted copies).
///
/// Not secret, though the name mentions a secret: a name whose last word says it points at or describes one —
/// `SECRET_ID`, `KAFKA_SASL_SCRAM_SECRETS_ARN`, `TokenUrl`, `secretName`, `TOKEN_TYPE`, `passwordFile`,
/// `AWS_ACCESS_KEY_ID` (an identifier; its secret half is `AWS_SECRET_ACCESS_KEY`), `credentials.provider`. Keys
/// naming files that hold key material (`KAFKA_CLIENT_KEYSTORE`, `KAFKA_SASL_GSSAPI_KEYTAB`, `spark.ssl.keyStore`)
/// hold S3 paths, and certificates (`CUSTOM_JDBC_CERT_STRING`) are public: neither is secret. A URL property
/// (`JDBC_CONNECTION_URL`) is not secret either, even though a URL can embed a password: a user who puts one there
/// has put it where every tool shows it.
pub fn is_secret_key(key: &str) -> bool {
    if key.to_ascii_uppercase().starts_with("ENCRYPTED_") {
        return true;
    }
    let words = words(key);
    let Some(last) = words.last() else {
        return false;
    };
    if REFERENCE_WORDS.contains(&last.as_str()) {
        return false;
    }
    let compact: String = words.concat();
    let key_of = |w: &[String]| {
        KEY_QUALIFIERS.iter().any(|q| {
            w[0].strip_suffix("key") == Some(*q) || (w.len() == 2 && w[0] == *q && w[1] == "key")
        })
    };
    SECRET_PARTS.iter().any(|part| compact.contains(part))
        || words.iter().any(|w| SECRET_WORDS.contains(&w.as_str()))
        || (0..words.len()).any(|i| key_of(&words[i..(i + 2).min(words.len())]))
        || words
            .windows(2)
            .any(|w| w[0] == "code" && w[1] == "verifier")
        || last == "authorization"
        || compact == "code"
}

/// Substrings of a key (lower case, separators removed) that make it a secret wherever they stand.
const SECRET_PARTS: [&str; 6] = [
    "password",
    "passwd",
    "passphrase",
    "secret",
    "token",
    "credential",
];

/// `<word>key` or `<word> key` makes a key a secret — as whole words only: `KAFKA_SASL_GSSAPI_KEYTAB` holds
/// "apikey" across its words but names a keytab file's location.
const KEY_QUALIFIERS: [&str; 10] = [
    "api",
    "private",
    "access",
    "secret",
    "account",
    "application",
    "app",
    "signing",
    "master",
    "shared",
];

/// Whole words of a key that make it a secret.
const SECRET_WORDS: [&str; 3] = ["pwd", "jaas", "assertion"];

/// Last words that make a key a reference to a secret, or a description of one, rather than the secret.
const REFERENCE_WORDS: [&str; 18] = [
    "arn", "id", "ids", "url", "uri", "urls", "endpoint", "name", "type", "location", "path",
    "file", "provider", "class", "header", "format", "version", "enabled",
];

/// The words of a key, in lower case: split at anything not a letter or digit and at camelCase humps
/// (`keyStorePassword` → key, store, password; `APIKey` → api, key).
fn words(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    let mut out = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let hump = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if hump && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// What to do with a secret: show the mask in its place, or leave it out altogether.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hide {
    /// The value becomes [`SECRET_MASK`]: what the screen and `--dry-run` show.
    Mask,
    /// The entry goes: what copies and export hold, as `HidePassword` would have it.
    LeaveOut,
}

/// Hides every secret of a JSON document as the rule says; returns where each hidden value was.
pub fn hide_in_json(value: &mut Value, described: &SecretNames, how: Hide) -> Vec<SecretPlace> {
    let mut path = Vec::new();
    let mut hidden = Vec::new();
    walk(value, &mut path, described, how, &mut hidden);
    hidden
}

fn walk(
    value: &mut Value,
    path: &mut Vec<String>,
    described: &SecretNames,
    how: Hide,
    hidden: &mut Vec<SecretPlace>,
) {
    match value {
        Value::Object(map) => {
            let mut gone = Vec::new();
            for (key, child) in map.iter_mut() {
                path.push(key.clone());
                if child.is_string() {
                    let steps: Vec<&str> = path.iter().map(String::as_str).collect();
                    if let Some(place) = secret_place(&steps, described) {
                        hidden.push(place);
                        match how {
                            Hide::Mask => *child = Value::String(SECRET_MASK.to_string()),
                            Hide::LeaveOut => gone.push(key.clone()),
                        }
                    }
                } else {
                    walk(child, path, described, how, hidden);
                }
                path.pop();
            }
            for key in gone {
                map.shift_remove(&key);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                path.push(i.to_string());
                walk(child, path, described, how, hidden);
                path.pop();
            }
        }
        _ => {}
    }
}

/// A copy of `value` (a `Connection`, `ConnectionList`, `CreateConnectionRequest`…) with every secret hidden as the
/// rule says, and where each hidden value was.
pub fn hide_secrets<T: Serialize + DeserializeOwned>(
    value: &T,
    described: &SecretNames,
    how: Hide,
) -> (T, Vec<SecretPlace>) {
    let mut json = serde_json::to_value(value)
        .expect("model types serialise infallibly: string keys and plain values only");
    let hidden = hide_in_json(&mut json, described, how);
    let back = serde_json::from_value(json).expect(
        "a model value with strings masked or optional entries removed reads back as the same type",
    );
    (back, hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_separators_and_humps() {
        assert_eq!(
            words("spark.ssl.keyStorePassword"),
            ["spark", "ssl", "key", "store", "password"]
        );
        assert_eq!(words("APIKey"), ["api", "key"]);
        assert_eq!(
            words("KAFKA_SASL_SCRAM_SECRETS_ARN"),
            ["kafka", "sasl", "scram", "secrets", "arn"]
        );
        assert_eq!(words("fs.s3a.secret.key"), ["fs", "s3a", "secret", "key"]);
        assert_eq!(words("x-api-key"), ["x", "api", "key"]);
        assert!(words("").is_empty() && words("__").is_empty());
    }

    #[test]
    fn the_rule_goes_by_place_and_key() {
        let none = &SecretNames::NONE;
        let at = |path: &[&str]| secret_place(path, none);
        assert_eq!(
            at(&["ConnectionProperties", "PASSWORD"]),
            Some(SecretPlace::Property)
        );
        assert_eq!(
            at(&[
                "ConnectionInput",
                "SparkProperties",
                "spark.ssl.keyPassword"
            ]),
            Some(SecretPlace::Property)
        );
        assert_eq!(at(&["ConnectionProperties", "USERNAME"]), None);
        assert_eq!(
            at(&[
                "AuthenticationConfiguration",
                "OAuth2Properties",
                "TokenUrlParametersMap",
                "scope"
            ]),
            Some(SecretPlace::TokenUrlParameter)
        );
        assert_eq!(
            at(&[
                "AuthenticationConfiguration",
                "OAuth2Properties",
                "TokenUrl"
            ]),
            None
        );
        assert_eq!(
            at(&[
                "ConnectionInput",
                "AuthenticationConfiguration",
                "CustomAuthenticationCredentials",
                "region"
            ]),
            Some(SecretPlace::Credential)
        );
        assert_eq!(
            at(&[
                "AuthenticationConfiguration",
                "BasicAuthenticationCredentials",
                "Username"
            ]),
            None
        );
        assert_eq!(at(&["AuthenticationConfiguration", "SecretArn"]), None);
        assert_eq!(at(&["Tags", "PASSWORD"]), None, "a tag is not a property");
        let described = SecretNames(["SITE".to_string()].into());
        assert_eq!(
            secret_place(&["ConnectionProperties", "SITE"], &described),
            Some(SecretPlace::Property)
        );
    }
}
