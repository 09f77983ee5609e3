//! `AuthenticationConfigurationInput`: secret and key ARNs, OAuth2 properties and credentials.

use super::text::{is_java_space, is_line_terminator, length, no_spaces, only, printable_ascii};
use std::collections::BTreeMap;

/// `TokenUrl`: max 256.
pub const TOKEN_URL_MAX: usize = 256;
/// `RedirectUri`: max 512.
pub const REDIRECT_URI_MAX: usize = 512;
/// `TokenUrlParameterKey` 1–128, `TokenUrlParameterValue` 1–512 (the map itself has no count limit).
pub const TOKEN_URL_PARAMETER_KEY_MAX: usize = 128;
pub const TOKEN_URL_PARAMETER_VALUE_MAX: usize = 512;
/// `UserManagedClientApplicationClientId` and `AWSManagedClientApplicationReference`: max 2048, `\S+`.
pub const CLIENT_ID_MAX: usize = 2048;
/// `AuthorizationCode`: 1–4096, `\S+`.
pub const AUTHORIZATION_CODE_MAX: usize = 4096;
/// `UserManagedClientApplicationClientSecret`: max 512, printable ASCII.
pub const CLIENT_SECRET_MAX: usize = 512;
/// `AccessToken` and `RefreshToken`: max 4096, printable ASCII.
pub const TOKEN_MAX: usize = 4096;
/// `JwtToken`: max 8000, `header.payload.signature`.
pub const JWT_TOKEN_MAX: usize = 8000;
/// `BasicAuthenticationCredentials`: `Username` max 512 `\S+`, `Password` max 512 `.*`.
pub const USERNAME_MAX: usize = 512;
pub const PASSWORD_MAX: usize = 512;
/// `CredentialMap` (CustomAuthenticationCredentials): `CredentialKey` 1–128, `CredentialValue` 1–2048.
pub const CREDENTIAL_KEY_MAX: usize = 128;
pub const CREDENTIAL_VALUE_MAX: usize = 2048;

/// The partitions `SecretArn`'s pattern allows: `arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*`.
const SECRET_PARTITIONS: &[&str] = &[
    "aws",
    "aws-cn",
    "aws-us-gov",
    "aws-iso",
    "aws-iso-b",
    "aws-iso-e",
    "aws-iso-f",
];

/// `SecretArn`: `^arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*$` (no length limit).
pub fn secret_arn(value: &str) -> Result<(), String> {
    let ok = SECRET_PARTITIONS.iter().any(|p| {
        value
            .strip_prefix("arn:")
            .and_then(|r| r.strip_prefix(p))
            .and_then(|r| r.strip_prefix(":secretsmanager:"))
            .is_some_and(|rest| !rest.chars().any(is_line_terminator))
    });
    if ok {
        Ok(())
    } else {
        Err("Secret ARN must be a Secrets Manager ARN: arn:aws:secretsmanager:region:account:secret:name".into())
    }
}

/// `KmsKeyArn`: `^$|arn:aws[a-z0-9-]*:kms:.*` — empty, or a KMS ARN in any `aws…` partition.
pub fn kms_key_arn(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    // `[a-z0-9-]` cannot hold a colon, so the first colon after `arn:aws` ends the partition suffix.
    let ok = value
        .strip_prefix("arn:aws")
        .and_then(|r| r.split_once(':'))
        .is_some_and(|(suffix, rest)| {
            suffix
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && rest
                    .strip_prefix("kms:")
                    .is_some_and(|r| !r.chars().any(is_line_terminator))
        });
    if ok {
        Ok(())
    } else {
        Err("KMS key ARN must be empty or a KMS ARN: arn:aws:kms:region:account:key/id".into())
    }
}

/// `TokenUrl`: max 256, `^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]`.
pub fn token_url(value: &str) -> Result<(), String> {
    length("Token URL", value, 0, TOKEN_URL_MAX)?;
    let inner = |c: char| c.is_ascii_alphanumeric() || "-+&@#/%?=~_|!:,.;".contains(c);
    let last = |c: char| c.is_ascii_alphanumeric() || "-+&@#/%=~_|".contains(c);
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(r) if r.chars().all(inner) && r.chars().last().is_some_and(last) => Ok(()),
        _ => Err(
            "Token URL must be an http(s):// URL without spaces, not ending in ? ! : , . or ;"
                .into(),
        ),
    }
}

/// `RedirectUri`: max 512, `^(https?):\/\/[^\s/$.?#].[^\s]*$`.
pub fn redirect_uri(value: &str) -> Result<(), String> {
    length("Redirect URI", value, 0, REDIRECT_URI_MAX)?;
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let ok = rest.is_some_and(|r| {
        let mut cs = r.chars();
        let first_ok = cs
            .next()
            .is_some_and(|c| !is_java_space(c) && !"/$.?#".contains(c));
        let second_ok = cs.next().is_some_and(|c| !is_line_terminator(c));
        first_ok && second_ok && !cs.any(is_java_space)
    });
    if ok {
        Ok(())
    } else {
        Err("Redirect URI must be an http(s):// URL with a host and no spaces".into())
    }
}

/// `UserManagedClientApplicationClientId`.
pub fn client_id(value: &str) -> Result<(), String> {
    no_spaces("Client ID", value, CLIENT_ID_MAX)
}

/// `AWSManagedClientApplicationReference`.
pub fn aws_managed_client_reference(value: &str) -> Result<(), String> {
    no_spaces("Client application reference", value, CLIENT_ID_MAX)
}

/// `AuthorizationCode`.
pub fn authorization_code(value: &str) -> Result<(), String> {
    no_spaces("Authorization code", value, AUTHORIZATION_CODE_MAX)
}

/// `UserManagedClientApplicationClientSecret`.
pub fn client_secret(value: &str) -> Result<(), String> {
    printable_ascii("Client secret", value, CLIENT_SECRET_MAX)
}

/// `AccessToken` (`label` "Access token") or `RefreshToken` ("Refresh token").
pub fn token(label: &str, value: &str) -> Result<(), String> {
    printable_ascii(label, value, TOKEN_MAX)
}

/// `JwtToken`: `^([a-zA-Z0-9_=]+)\.([a-zA-Z0-9_=]+)\.([a-zA-Z0-9_\-\+\/=]*)`.
pub fn jwt_token(value: &str) -> Result<(), String> {
    length("JWT", value, 0, JWT_TOKEN_MAX)?;
    let part = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_=".contains(c))
    };
    let signature = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-+/=".contains(c))
    };
    match value.split('.').collect::<Vec<_>>()[..] {
        [header, payload, sig] if part(header) && part(payload) && signature(sig) => Ok(()),
        _ => Err("JWT must be header.payload.signature (letters, digits, _ and =; the signature also - + /)".into()),
    }
}

/// `BasicAuthenticationCredentials.Username`.
pub fn username(value: &str) -> Result<(), String> {
    no_spaces("User name", value, USERNAME_MAX)
}

/// `BasicAuthenticationCredentials.Password`: `.*` — anything but a line break.
pub fn password(value: &str) -> Result<(), String> {
    length("Password", value, 0, PASSWORD_MAX)?;
    only(
        "Password",
        value,
        |c| !is_line_terminator(c),
        "characters other than line breaks",
    )
}

/// `TokenUrlParametersMap`.
pub fn token_url_parameters(map: &BTreeMap<String, String>) -> Result<(), String> {
    for (k, v) in map {
        length(
            "Token URL parameter name",
            k,
            1,
            TOKEN_URL_PARAMETER_KEY_MAX,
        )?;
        length(
            &format!("Token URL parameter {k}"),
            v,
            1,
            TOKEN_URL_PARAMETER_VALUE_MAX,
        )?;
    }
    Ok(())
}

/// `CustomAuthenticationCredentials` (`CredentialMap`).
pub fn custom_credentials(map: &BTreeMap<String, String>) -> Result<(), String> {
    for (k, v) in map {
        length("Credential name", k, 1, CREDENTIAL_KEY_MAX)?;
        length(&format!("Credential {k}"), v, 1, CREDENTIAL_VALUE_MAX)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Check = fn(&str) -> Result<(), String>;

    #[test]
    fn valid_and_invalid_values() {
        let long_url = format!("https://{}", "a".repeat(TOKEN_URL_MAX - 8));
        let too_long_url = format!("https://{}", "a".repeat(TOKEN_URL_MAX - 7));
        let cases: &[(Check, &str, bool)] = &[
            (
                secret_arn,
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCd",
                true,
            ),
            (
                secret_arn,
                "arn:aws-us-gov:secretsmanager:us-gov-west-1:1:secret:x",
                true,
            ),
            (secret_arn, "arn:aws-iso-b:secretsmanager:x", true),
            (secret_arn, "arn:aws-iso-c:secretsmanager:x", false),
            (secret_arn, "arn:aws:kms:eu-west-1:1:key/x", false),
            (secret_arn, "my-secret", false),
            (secret_arn, "arn:aws:secretsmanager:x\ny", false),
            (kms_key_arn, "", true),
            (
                kms_key_arn,
                "arn:aws:kms:eu-west-1:123456789012:key/1234",
                true,
            ),
            (kms_key_arn, "arn:aws-cn:kms:cn-north-1:1:alias/x", true),
            (kms_key_arn, "arn:awsX:kms:x", false),
            (kms_key_arn, "arn:aws:secretsmanager:x", false),
            (kms_key_arn, "alias/my-key", false),
            (token_url, "https://login.example.com/oauth2/token", true),
            (token_url, "http://h/t?a=b&c=d", true),
            (token_url, &long_url, true),
            (token_url, &too_long_url, false),
            (token_url, "https://h/token?", false),
            (token_url, "https://", false),
            (token_url, "ftp://h/token", false),
            (token_url, "https://h/to ken", false),
            (redirect_uri, "https://app.example.com/callback", true),
            (redirect_uri, "https://a", false),
            (redirect_uri, "https:///x", false),
            (redirect_uri, "https://ex ample.com", false),
            (client_id, "abc-123", true),
            (client_id, "", false),
            (client_id, "a b", false),
            (
                authorization_code,
                &"c".repeat(AUTHORIZATION_CODE_MAX),
                true,
            ),
            (
                authorization_code,
                &"c".repeat(AUTHORIZATION_CODE_MAX + 1),
                false,
            ),
            (client_secret, "s3cr3t ~!", true),
            (client_secret, "é", false),
            (jwt_token, "eyJh.eyJz.sig-+/=", true),
            (jwt_token, "eyJh.eyJz.", true),
            (jwt_token, "eyJh..sig", false),
            (jwt_token, "a.b.c.d", false),
            (jwt_token, "a-b.c.d", false),
            (username, "admin", true),
            (username, "ad min", false),
            (password, "pass word", true),
            (password, "pass\nword", false),
            (password, &"p".repeat(PASSWORD_MAX + 1), false),
        ];
        for (check, value, ok) in cases {
            assert_eq!(check(value).is_ok(), *ok, "{value:?}: {:?}", check(value));
        }
    }

    #[test]
    fn messages_say_what_is_allowed() {
        assert_eq!(
            token_url(&format!("https://{}", "a".repeat(300))).unwrap_err(),
            "Token URL must be at most 256 characters (it has 308)"
        );
        assert!(
            secret_arn("x")
                .unwrap_err()
                .contains("arn:aws:secretsmanager:")
        );
        assert_eq!(
            client_id("a b").unwrap_err(),
            "Client ID must not contain spaces or line breaks"
        );
        assert_eq!(
            token("Access token", "\u{7}").unwrap_err(),
            "Access token must contain printable ASCII characters only (found U+0007)"
        );
    }

    #[test]
    fn maps_check_key_and_value_lengths() {
        let ok: BTreeMap<String, String> = [("scope".to_string(), "read".to_string())].into();
        assert!(token_url_parameters(&ok).is_ok() && custom_credentials(&ok).is_ok());
        let empty_value: BTreeMap<String, String> = [("scope".to_string(), String::new())].into();
        assert_eq!(
            token_url_parameters(&empty_value).unwrap_err(),
            "Token URL parameter scope must not be empty"
        );
        let long_key: BTreeMap<String, String> = [("k".repeat(129), "v".to_string())].into();
        assert_eq!(
            custom_credentials(&long_key).unwrap_err(),
            "Credential name must be at most 128 characters (it has 129)"
        );
        let long_value: BTreeMap<String, String> =
            [("k".to_string(), "v".repeat(CREDENTIAL_VALUE_MAX + 1))].into();
        assert!(custom_credentials(&long_value).is_err());
    }
}
