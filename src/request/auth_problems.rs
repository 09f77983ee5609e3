//! The problems of `ConnectionInput.AuthenticationConfiguration`: ARNs, which block goes with which
//! `AuthenticationType`, and what each OAuth2 grant type needs.
//!
//! Refused: botocore's patterns, lengths and enums, and what the reference says a grant type requires
//! (AuthorizationCodeProperties for AUTHORIZATION_CODE, the token for JWT_BEARER, the client secret for
//! CLIENT_CREDENTIALS) — each satisfied by a `SecretArn` too, since the secret can hold it. Warned about: which block
//! goes with which type and what a block usually holds; botocore makes every member of these shapes optional.

use std::collections::BTreeMap;

use super::problems::{Found, key_path};
use crate::model::{AuthenticationConfigurationInput, OAuth2PropertiesInput};
use crate::request::validate;

/// `AuthenticationConfiguration.AuthenticationType` values.
pub const AUTHENTICATION_TYPES: &[&str] = &["BASIC", "OAUTH2", "CUSTOM", "IAM"];
/// `OAuth2Properties.OAuth2GrantType` values.
pub const GRANT_TYPES: &[&str] = &["AUTHORIZATION_CODE", "CLIENT_CREDENTIALS", "JWT_BEARER"];

pub(super) fn authentication(found: &mut Found, auth: &AuthenticationConfigurationInput) {
    const AT: &str = "ConnectionInput.AuthenticationConfiguration";
    let kind = auth.authentication_type.as_deref();
    if let Some(kind) = kind
        && !AUTHENTICATION_TYPES.contains(&kind)
    {
        found.add(
            format!("{AT}.AuthenticationType"),
            format!(
                "{kind:?} is not an authentication type: {}",
                AUTHENTICATION_TYPES.join(", ")
            ),
        );
    }
    if let Some(arn) = &auth.secret_arn {
        found.check(format!("{AT}.SecretArn"), validate::secret_arn(arn));
    }
    if let Some(arn) = &auth.kms_key_arn {
        found.check(format!("{AT}.KmsKeyArn"), validate::kms_key_arn(arn));
    }
    // Each block belongs to one authentication type.
    let blocks = [
        (
            "OAuth2Properties",
            "OAUTH2",
            auth.oauth2_properties.is_some(),
        ),
        (
            "BasicAuthenticationCredentials",
            "BASIC",
            auth.basic_authentication_credentials.is_some(),
        ),
        (
            "CustomAuthenticationCredentials",
            "CUSTOM",
            auth.custom_authentication_credentials.is_some(),
        ),
    ];
    for (block, wants, given) in blocks {
        if given && kind != Some(wants) {
            found.warn(
                format!("{AT}.{block}"),
                format!("{block} applies only when AuthenticationType is {wants}"),
            );
        }
    }
    let has_secret = auth
        .secret_arn
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    match kind {
        Some("BASIC") if auth.basic_authentication_credentials.is_none() && !has_secret => {
            found.warn(
                format!("{AT}.BasicAuthenticationCredentials"),
                "BASIC authentication needs BasicAuthenticationCredentials (Username and Password) or SecretArn",
            )
        }
        Some("CUSTOM") if auth.custom_authentication_credentials.is_none() && !has_secret => {
            found.warn(
                format!("{AT}.CustomAuthenticationCredentials"),
                "CUSTOM authentication needs CustomAuthenticationCredentials or SecretArn",
            )
        }
        Some("OAUTH2") if auth.oauth2_properties.is_none() => found.warn(
            format!("{AT}.OAuth2Properties"),
            "OAUTH2 authentication needs OAuth2Properties with an OAuth2GrantType",
        ),
        _ => {}
    }
    if let Some(basic) = &auth.basic_authentication_credentials {
        let at = format!("{AT}.BasicAuthenticationCredentials");
        match &basic.username {
            Some(u) => found.check(format!("{at}.Username"), validate::username(u)),
            None if !has_secret => found.warn(
                format!("{at}.Username"),
                "Username is required (or give SecretArn instead)",
            ),
            None => {}
        }
        match &basic.password {
            Some(p) => found.check(format!("{at}.Password"), validate::password(p)),
            None if !has_secret => found.warn(
                format!("{at}.Password"),
                "Password is required (or give SecretArn instead)",
            ),
            None => {}
        }
    }
    if let Some(creds) = &auth.custom_authentication_credentials {
        if creds.is_empty() && !has_secret {
            found.warn(
                format!("{AT}.CustomAuthenticationCredentials"),
                "CustomAuthenticationCredentials must hold at least one credential",
            );
        }
        for (key, value) in creds {
            let one = BTreeMap::from([(key.clone(), value.clone())]);
            found.check(
                key_path(&format!("{AT}.CustomAuthenticationCredentials"), key),
                validate::custom_credentials(&one),
            );
        }
    }
    if let Some(oauth) = &auth.oauth2_properties {
        oauth2(found, oauth, has_secret);
    }
}

fn oauth2(found: &mut Found, oauth: &OAuth2PropertiesInput, has_secret: bool) {
    const AT: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties";
    let grant = oauth.grant_type.as_deref();
    match grant {
        None => found.warn(
            format!("{AT}.OAuth2GrantType"),
            format!(
                "OAuth2GrantType is usually given: {}",
                GRANT_TYPES.join(", ")
            ),
        ),
        Some(g) if !GRANT_TYPES.contains(&g) => found.add(
            format!("{AT}.OAuth2GrantType"),
            format!("{g:?} is not a grant type: {}", GRANT_TYPES.join(", ")),
        ),
        Some(_) => {}
    }
    let client_id = oauth
        .client_application
        .as_ref()
        .and_then(|a| a.user_managed_client_id.as_deref());
    if let Some(app) = &oauth.client_application {
        let at = format!("{AT}.OAuth2ClientApplication");
        if let Some(id) = &app.user_managed_client_id {
            found.check(
                format!("{at}.UserManagedClientApplicationClientId"),
                validate::client_id(id),
            );
        }
        if let Some(reference) = &app.aws_managed_reference {
            found.check(
                format!("{at}.AWSManagedClientApplicationReference"),
                validate::aws_managed_client_reference(reference),
            );
        }
        match (&app.user_managed_client_id, &app.aws_managed_reference) {
            (Some(_), Some(_)) => found.warn(
                at,
                "Give only one of UserManagedClientApplicationClientId or AWSManagedClientApplicationReference",
            ),
            (None, None) => found.warn(
                at,
                "Give UserManagedClientApplicationClientId or AWSManagedClientApplicationReference",
            ),
            _ => {}
        }
    }
    if let Some(url) = &oauth.token_url {
        found.check(format!("{AT}.TokenUrl"), validate::token_url(url));
    }
    if let Some(params) = &oauth.token_url_parameters_map {
        for (key, value) in params {
            let one = BTreeMap::from([(key.clone(), value.clone())]);
            found.check(
                key_path(&format!("{AT}.TokenUrlParametersMap"), key),
                validate::token_url_parameters(&one),
            );
        }
    }
    let code = oauth.authorization_code_properties.as_ref();
    if let Some(props) = code {
        let at = format!("{AT}.AuthorizationCodeProperties");
        match &props.authorization_code {
            Some(c) => found.check(
                format!("{at}.AuthorizationCode"),
                validate::authorization_code(c),
            ),
            None if grant == Some("AUTHORIZATION_CODE") && !has_secret => found.add(
                format!("{at}.AuthorizationCode"),
                "AUTHORIZATION_CODE grants need an AuthorizationCode",
            ),
            None => {}
        }
        if let Some(uri) = &props.redirect_uri {
            found.check(format!("{at}.RedirectUri"), validate::redirect_uri(uri));
        }
        if grant.is_some_and(|g| g != "AUTHORIZATION_CODE") {
            found.warn(
                at,
                "AuthorizationCodeProperties apply only to the AUTHORIZATION_CODE grant type",
            );
        }
    }
    let creds = oauth.credentials.as_ref();
    if let Some(c) = creds {
        let at = format!("{AT}.OAuth2Credentials");
        if let Some(s) = &c.user_managed_client_application_client_secret {
            found.check(
                format!("{at}.UserManagedClientApplicationClientSecret"),
                validate::client_secret(s),
            );
        }
        if let Some(t) = &c.access_token {
            found.check(
                format!("{at}.AccessToken"),
                validate::token("Access token", t),
            );
        }
        if let Some(t) = &c.refresh_token {
            found.check(
                format!("{at}.RefreshToken"),
                validate::token("Refresh token", t),
            );
        }
        if let Some(t) = &c.jwt_token {
            found.check(format!("{at}.JwtToken"), validate::jwt_token(t));
        }
    }
    match grant {
        Some("AUTHORIZATION_CODE") if code.is_none() && !has_secret => found.add(
            format!("{AT}.AuthorizationCodeProperties"),
            "AUTHORIZATION_CODE grants need AuthorizationCodeProperties with an AuthorizationCode, or a SecretArn \
             whose secret holds the tokens",
        ),
        Some("JWT_BEARER")
            if creds.and_then(|c| c.jwt_token.as_ref()).is_none() && !has_secret =>
        {
            found.add(
                format!("{AT}.OAuth2Credentials.JwtToken"),
                "JWT_BEARER grants need OAuth2Credentials.JwtToken, or a SecretArn whose secret holds the token",
            )
        }
        Some("CLIENT_CREDENTIALS") => {
            let aws_managed = oauth
                .client_application
                .as_ref()
                .is_some_and(|a| a.aws_managed_reference.is_some());
            if client_id.is_none() && !aws_managed {
                found.warn(
                    format!("{AT}.OAuth2ClientApplication.UserManagedClientApplicationClientId"),
                    "CLIENT_CREDENTIALS grants need UserManagedClientApplicationClientId",
                );
            }
            let secret =
                creds.and_then(|c| c.user_managed_client_application_client_secret.as_ref());
            if secret.is_none() && !has_secret {
                found.add(
                    format!("{AT}.OAuth2Credentials.UserManagedClientApplicationClientSecret"),
                    "CLIENT_CREDENTIALS grants need the client secret here or in the secret at SecretArn",
                );
            }
        }
        _ => {}
    }
}
