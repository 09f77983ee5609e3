//! A request's `AuthenticationConfiguration` against the description's: the authentication type (required, its
//! allowed values, `Capabilities.SupportedAuthenticationTypes` and each compute environment's in play), `SecretArn`,
//! and — for the type the request picks — `OAuth2Properties`, `BasicAuthenticationProperties` or
//! `CustomAuthenticationProperties`.
//!
//! Values that are no authentication or grant type at all are `auth_problems`' to refuse; nothing here repeats
//! them. No message prints a value: credentials are secrets.

use super::auth_problems::{AUTHENTICATION_TYPES, GRANT_TYPES};
use super::described::{either, one_of, outside_allowed, unlisted};
use super::described_compute::InPlay;
use super::problems::{Found, key_path};
use crate::model::{
    AuthConfiguration, AuthenticationConfigurationInput, BasicAuthenticationCredentials,
    ConnectionInput, ConnectionTypeDescription, OAuth2PropertiesInput, PropertyDefinition,
    PropertyMap,
};

const AT: &str = "ConnectionInput.AuthenticationConfiguration";
const AUTHENTICATION_TYPE: &str = "ConnectionInput.AuthenticationConfiguration.AuthenticationType";

pub(super) fn authentication(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    in_play: &InPlay,
    input: &ConnectionInput,
) {
    let ty = &description.connection_type;
    let auth = input.authentication_configuration.as_ref();
    let kind = auth.and_then(|a| a.authentication_type.as_deref());
    let block_refused = authentication_type(found, description, in_play, auth, kind);
    let Some(described) = &description.authentication_configuration else {
        return;
    };
    if !block_refused {
        secret_arn(found, ty, described, auth, kind);
    }
    let Some(auth) = auth else {
        return;
    };
    let has_secret = auth
        .secret_arn
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    match kind {
        Some("OAUTH2") => oauth2(
            found,
            ty,
            &described.oauth2_properties,
            auth.oauth2_properties.as_ref(),
        ),
        Some("BASIC") => basic(
            found,
            ty,
            &described.basic_authentication_properties,
            auth.basic_authentication_credentials.as_ref(),
            has_secret,
        ),
        Some("CUSTOM") => custom(
            found,
            ty,
            &described.custom_authentication_properties,
            auth.custom_authentication_credentials.as_ref(),
            has_secret,
        ),
        _ => {}
    }
}

/// The `AuthenticationType` definition's `Required` and allowed values, the type's supported authentication types,
/// and those of each compute environment in play. True when the whole block is refused as missing.
fn authentication_type(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    in_play: &InPlay,
    auth: Option<&AuthenticationConfigurationInput>,
    kind: Option<&str>,
) -> bool {
    let ty = &description.connection_type;
    let definition = description
        .authentication_configuration
        .as_ref()
        .and_then(|a| a.authentication_type.as_ref());
    let supported: Vec<&str> = description
        .supported_authentication_types()
        .iter()
        .map(String::as_str)
        .collect();
    let allowed = definition
        .map(|d| d.allowed_value_names())
        .unwrap_or_default();
    let usable = usable(&supported, &allowed);
    let Some(kind) = kind else {
        if !definition.is_some_and(|d| d.required) {
            return false;
        }
        let choices = either(&usable);
        // Glue's own words for SALESFORCE: "ConnectionInput.AuthenticationConfiguration is required".
        let (path, message) = match auth {
            None => (
                AT,
                format!(
                    "AuthenticationConfiguration is required for {ty}: give one{}",
                    led(" with AuthenticationType ", &choices)
                ),
            ),
            Some(_) => (
                AUTHENTICATION_TYPE,
                format!(
                    "AuthenticationType is required for {ty}{}",
                    led(": ", &choices)
                ),
            ),
        };
        found.add(path, message);
        return auth.is_none();
    };
    if !AUTHENTICATION_TYPES.contains(&kind) {
        return false;
    }
    let refused = (!supported.is_empty() && !supported.contains(&kind))
        || definition.is_some_and(|d| !d.allows(kind));
    if refused {
        found.add(
            AUTHENTICATION_TYPE,
            format!(
                "{ty} does not support {kind} authentication; use {}",
                either(&usable)
            ),
        );
        return false;
    }
    for config in &in_play.configurations {
        let on = &config.supported_authentication_types;
        if !on.is_empty() && !on.iter().any(|s| s == kind) {
            found.add(
                AUTHENTICATION_TYPE,
                format!(
                    "{ty} on {} does not support {kind} authentication; use {}",
                    config.compute_environment,
                    either(on)
                ),
            );
        }
    }
    false
}

/// `lead` and `text`, or nothing when there is no text.
fn led(lead: &str, text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("{lead}{text}")
    }
}

/// The authentication types both lists allow (an empty list limits nothing); when they have none in common, the
/// capabilities' list.
fn usable<'a>(supported: &[&'a str], allowed: &[&'a str]) -> Vec<&'a str> {
    let both: Vec<&str> = supported
        .iter()
        .copied()
        .filter(|s| allowed.is_empty() || allowed.contains(s))
        .collect();
    match (supported.is_empty(), both.is_empty()) {
        (true, _) => allowed.to_vec(),
        (false, true) => supported.to_vec(),
        (false, false) => both,
    }
}

/// A `Required` SecretArn: refused when the request gives neither a SecretArn nor inline credentials for its
/// authentication type. This rests on the API reference alone: AuthenticationConfigurationInput documents SecretArn
/// as "the secret manager ARN to store credentials in the CreateConnection request" and KmsKeyArn as "stored in the
/// Secret Manager" — Glue keeps inline credentials in a secret it creates — so inline credentials meet the rule.
fn secret_arn(
    found: &mut Found,
    ty: &str,
    described: &AuthConfiguration,
    auth: Option<&AuthenticationConfigurationInput>,
    kind: Option<&str>,
) {
    if !described.secret_arn.as_ref().is_some_and(|d| d.required) {
        return;
    }
    let given = auth
        .and_then(|a| a.secret_arn.as_deref())
        .is_some_and(|s| !s.trim().is_empty());
    if given || auth.is_some_and(|a| inline_credentials(a, kind)) {
        return;
    }
    let inline = match kind {
        Some("OAUTH2") => {
            ", or the tokens inline in OAuth2Properties (AuthorizationCodeProperties or OAuth2Credentials)"
        }
        Some("BASIC") => ", or BasicAuthenticationCredentials",
        Some("CUSTOM") => ", or CustomAuthenticationCredentials",
        _ => "",
    };
    found.add(
        format!("{AT}.SecretArn"),
        format!(
            "SecretArn is required for {ty}: the ARN of a Secrets Manager secret that holds the credentials{inline}"
        ),
    );
}

/// Whether the request carries credentials of its authentication type that Glue would store in a secret.
fn inline_credentials(auth: &AuthenticationConfigurationInput, kind: Option<&str>) -> bool {
    let filled = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    match kind {
        Some("OAUTH2") => auth.oauth2_properties.as_ref().is_some_and(|o| {
            let code = o
                .authorization_code_properties
                .as_ref()
                .is_some_and(|c| filled(&c.authorization_code));
            let tokens = o.credentials.as_ref().is_some_and(|c| {
                [
                    &c.user_managed_client_application_client_secret,
                    &c.access_token,
                    &c.refresh_token,
                    &c.jwt_token,
                ]
                .into_iter()
                .any(filled)
            });
            code || tokens
        }),
        Some("BASIC") => auth
            .basic_authentication_credentials
            .as_ref()
            .is_some_and(|b| filled(&b.username) || filled(&b.password)),
        Some("CUSTOM") => auth
            .custom_authentication_credentials
            .as_ref()
            .is_some_and(|c| c.values().any(|v| !v.trim().is_empty())),
        _ => false,
    }
}

/// Absent, or only blanks (an empty string is refused by the API's length rule already, in `problems`).
fn missing(value: Option<&str>) -> bool {
    value.is_none_or(|v| !v.is_empty() && v.trim().is_empty())
}

fn definition<'a>(
    definitions: &'a [PropertyDefinition],
    key: &str,
) -> Option<&'a PropertyDefinition> {
    definitions.iter().find(|d| d.id() == key)
}

/// `OAuth2Properties` definitions whose key names a member of the request's OAuth2Properties that holds one value:
/// `OAuth2GrantType` and `TokenUrl`. The rest (the client application, the code, the tokens) are left: their
/// `Required` depends on the grant type or the alternative chosen, which a definition does not say.
fn oauth2(
    found: &mut Found,
    ty: &str,
    definitions: &[PropertyDefinition],
    oauth: Option<&OAuth2PropertiesInput>,
) {
    const AT: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties";
    if let Some(d) = definition(definitions, "OAuth2GrantType") {
        let path = format!("{AT}.OAuth2GrantType");
        match oauth.and_then(|o| o.grant_type.as_deref()) {
            g if missing(g) && d.required => found.add(
                path,
                format!("OAuth2GrantType is required for {ty}{}", hint(d)),
            ),
            Some(g) if GRANT_TYPES.contains(&g) && !d.allows(g) => found.add(
                path,
                format!(
                    "{ty} does not support the {g} grant type; use {}",
                    either(&d.allowed_value_names())
                ),
            ),
            _ => {}
        }
    }
    if let Some(d) = definition(definitions, "TokenUrl") {
        let path = format!("{AT}.TokenUrl");
        match oauth.and_then(|o| o.token_url.as_deref()) {
            url if missing(url) && d.required => {
                found.add(path, format!("TokenUrl is required for {ty}{}", hint(d)))
            }
            Some(url) if !url.trim().is_empty() && !d.allows(url.trim()) => found.add(
                path,
                format!(
                    "TokenUrl for {ty}: one of {}",
                    d.allowed_value_names().join(", ")
                ),
            ),
            _ => {}
        }
    }
}

/// `: A or B` (the allowed values), else ` — its default is D`, else nothing; never a secret's default.
pub(super) fn hint(d: &PropertyDefinition) -> String {
    let allowed = d.allowed_value_names();
    if !allowed.is_empty() {
        led(": ", &either(&allowed))
    } else {
        let default = d.default_value.as_deref().filter(|_| !d.is_secret());
        led(" — its default is ", default.unwrap_or_default())
    }
}

/// A required credential missing from `block`, which a secret can hold instead.
fn held(key: &str, ty: &str, block: &str) -> String {
    format!("{key} is required for {ty}: give it in {block}, or a SecretArn whose secret holds it")
}

/// `BasicAuthenticationProperties`: the definitions of `Username` and `Password`. Required ones missing are refused
/// unless a SecretArn is given (the secret carries them); values outside the allowed ones are refused.
fn basic(
    found: &mut Found,
    ty: &str,
    definitions: &[PropertyDefinition],
    creds: Option<&BasicAuthenticationCredentials>,
    has_secret: bool,
) {
    const AT: &str = "ConnectionInput.AuthenticationConfiguration.BasicAuthenticationCredentials";
    let members = [
        ("Username", creds.and_then(|c| c.username.as_deref())),
        ("Password", creds.and_then(|c| c.password.as_deref())),
    ];
    for (key, value) in members {
        let Some(d) = definition(definitions, key) else {
            continue;
        };
        let path = format!("{AT}.{key}");
        match value {
            v if missing(v) && d.required && !has_secret => {
                found.add(path, held(key, ty, "BasicAuthenticationCredentials"))
            }
            Some(v) if !v.trim().is_empty() && !d.allows(v.trim()) => found.add(path, one_of(d)),
            _ => {}
        }
    }
}

/// `CustomAuthenticationProperties`: the keys of `CustomAuthenticationCredentials`. Required ones missing are
/// refused unless a SecretArn is given; values outside the allowed ones are refused; a key not listed is warned.
fn custom(
    found: &mut Found,
    ty: &str,
    definitions: &[PropertyDefinition],
    creds: Option<&PropertyMap>,
    has_secret: bool,
) {
    const AT: &str = "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials";
    if !has_secret {
        for d in definitions
            .iter()
            .filter(|d| d.required && d.is_user_input())
        {
            let key = d.id();
            if missing(creds.and_then(|c| c.get(key)).map(String::as_str)) {
                found.add(
                    key_path(AT, key),
                    held(key, ty, "CustomAuthenticationCredentials"),
                );
            }
        }
    }
    outside_allowed(found, AT, definitions, creds);
    unlisted(
        found,
        AT,
        "CustomAuthenticationCredentials",
        ty,
        definitions,
        creds,
    );
}

#[cfg(test)]
mod tests;
