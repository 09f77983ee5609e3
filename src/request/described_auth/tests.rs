//! The authentication rules of a description, each with a request that passes and one refused or warned at its
//! path.

use super::super::described::tests::{described, request, said};
use crate::model::CreateConnectionRequest;

/// SALESFORCE-like: OAUTH2 or CUSTOM, the type required; OAuth2 narrowed to AUTHORIZATION_CODE with a required
/// TokenUrl; Athena takes OAUTH2 only.
const SALESFORCE: &str = r#"{
    "ConnectionType": "SALESFORCE",
    "Capabilities": {"SupportedAuthenticationTypes": ["OAUTH2", "CUSTOM"], "SupportedDataOperations": ["READ"],
                     "SupportedComputeEnvironments": ["SPARK", "ATHENA"]},
    "AuthenticationConfiguration": {
        "AuthenticationType": {"Name": "AuthenticationType", "Description": "", "Required": true,
                               "DefaultValue": "OAUTH2", "PropertyTypes": ["USER_INPUT"]},
        "OAuth2Properties": {
            "OAuth2GrantType": {"Name": "OAuth2GrantType", "Description": "", "Required": true,
                                "PropertyTypes": ["USER_INPUT"],
                                "AllowedValues": [{"Value": "AUTHORIZATION_CODE"}]},
            "TokenUrl": {"Name": "TokenUrl", "Description": "", "Required": true,
                         "DefaultValue": "https://login.salesforce.com/services/oauth2/token",
                         "PropertyTypes": ["USER_INPUT"]}
        }
    },
    "ComputeEnvironmentConfigurations": {
        "AthenaConfiguration": {"Description": "", "ComputeEnvironment": "ATHENA",
                                "SupportedAuthenticationTypes": ["OAUTH2"],
                                "ConnectionPropertiesRequiredOverrides": []},
        "SparkConfiguration": {"Description": "", "ComputeEnvironment": "SPARK",
                               "SupportedAuthenticationTypes": ["OAUTH2", "CUSTOM"],
                               "ConnectionPropertiesRequiredOverrides": []}
    }
}"#;

fn connection(ty: &str, rest: &str) -> CreateConnectionRequest {
    request(&format!(
        r#"{{"ConnectionInput": {{"Name": "a", "ConnectionType": "{ty}"{rest}}}}}"#
    ))
}

fn salesforce(rest: &str) -> CreateConnectionRequest {
    connection("SALESFORCE", rest)
}

const CODE: &str = r#", "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2", "OAuth2Properties": {
    "OAuth2GrantType": "AUTHORIZATION_CODE", "TokenUrl": "https://login.salesforce.com/services/oauth2/token",
    "AuthorizationCodeProperties": {"AuthorizationCode": "c", "RedirectUri": "https://x"}}}"#;

#[test]
fn salesforce_without_an_authentication_configuration_is_refused() {
    let d = described(SALESFORCE);
    assert_eq!(
        said(&d, &salesforce("")).0,
        [
            "ConnectionInput.AuthenticationConfiguration: AuthenticationConfiguration is required for SALESFORCE: \
          give one with AuthenticationType OAUTH2 or CUSTOM"
        ]
    );
    let no_type =
        salesforce(r#", "AuthenticationConfiguration": {"SecretArn": "arn:aws:secretsmanager:s"}"#);
    assert_eq!(
        said(&d, &no_type).0,
        [
            "ConnectionInput.AuthenticationConfiguration.AuthenticationType: AuthenticationType is required for \
          SALESFORCE: OAUTH2 or CUSTOM"
        ]
    );
    assert_eq!(said(&d, &salesforce(CODE)), (vec![], vec![]));
}

#[test]
fn an_authentication_configuration_is_optional_where_the_type_is_not_required() {
    let d = described(&SALESFORCE.replacen(r#""Required": true"#, r#""Required": false"#, 1));
    assert_eq!(said(&d, &salesforce("")), (vec![], vec![]));
}

#[test]
fn the_described_allowed_authentication_types_limit_the_type() {
    let d = described(&SALESFORCE.replace(
        r#""DefaultValue": "OAUTH2","#,
        r#""DefaultValue": "OAUTH2", "AllowedValues": [{"Value": "OAUTH2"}],"#,
    ));
    let custom = salesforce(
        r#", "ValidateForComputeEnvironments": ["SPARK"], "AuthenticationConfiguration": {
            "AuthenticationType": "CUSTOM", "SecretArn": "arn:aws:secretsmanager:s"}"#,
    );
    assert_eq!(
        said(&d, &custom).0,
        [
            "ConnectionInput.AuthenticationConfiguration.AuthenticationType: SALESFORCE does not support CUSTOM \
          authentication; use OAUTH2"
        ]
    );
    assert_eq!(said(&described(SALESFORCE), &custom), (vec![], vec![]));
}

#[test]
fn an_environment_in_play_limits_the_authentication_type() {
    let d = described(SALESFORCE);
    let custom = |envs: &str| {
        salesforce(&format!(
            r#", "ValidateForComputeEnvironments": {envs}, "AuthenticationConfiguration": {{
                "AuthenticationType": "CUSTOM", "SecretArn": "arn:aws:secretsmanager:s"}}"#
        ))
    };
    assert_eq!(
        said(&d, &custom(r#"["ATHENA"]"#)).0,
        [
            "ConnectionInput.AuthenticationConfiguration.AuthenticationType: SALESFORCE on ATHENA does not support \
          CUSTOM authentication; use OAUTH2"
        ]
    );
    assert_eq!(said(&d, &custom(r#"["SPARK"]"#)), (vec![], vec![]));
    assert_eq!(
        said(&d, &custom("[]")).0.len(),
        1,
        "none named: every supported environment is in play"
    );
}

/// ServiceNow as AWS's guide has it: OAUTH2 with AUTHORIZATION_CODE only.
const SERVICENOW: &str = r#"{
    "ConnectionType": "SERVICENOW",
    "Capabilities": {"SupportedAuthenticationTypes": ["BASIC", "OAUTH2"], "SupportedDataOperations": ["READ"],
                     "SupportedComputeEnvironments": ["SPARK"]},
    "AuthenticationConfiguration": {
        "AuthenticationType": {"Name": "AuthenticationType", "Description": "", "Required": true,
                               "PropertyTypes": ["USER_INPUT"]},
        "SecretArn": {"Name": "SecretArn", "Description": "", "Required": true, "PropertyTypes": ["USER_INPUT"]},
        "OAuth2Properties": {
            "OAuth2GrantType": {"Description": "", "Required": true, "PropertyTypes": ["USER_INPUT"],
                                "AllowedValues": [{"Value": "AUTHORIZATION_CODE"}]},
            "TokenUrl": {"Description": "", "Required": false, "PropertyTypes": ["USER_INPUT"],
                         "AllowedValues": [{"Value": "https://acme.service-now.com/oauth_token.do"}]}},
        "BasicAuthenticationProperties": {
            "Username": {"Description": "", "Required": true, "PropertyTypes": ["USER_INPUT"]},
            "Password": {"Description": "", "Required": true, "PropertyTypes": ["SECRET"]}}
    }
}"#;

fn servicenow_oauth(grant: &str) -> CreateConnectionRequest {
    connection(
        "SERVICENOW",
        &format!(
            r#", "AuthenticationConfiguration": {{"AuthenticationType": "OAUTH2",
                "SecretArn": "arn:aws:secretsmanager:s", "OAuth2Properties": {{{grant}}}}}"#
        ),
    )
}

#[test]
fn the_grant_type_is_narrowed_to_the_described_ones() {
    let d = described(SERVICENOW);
    assert_eq!(
        said(
            &d,
            &servicenow_oauth(r#""OAuth2GrantType": "CLIENT_CREDENTIALS""#)
        )
        .0,
        [
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2GrantType: SERVICENOW does not \
          support the CLIENT_CREDENTIALS grant type; use AUTHORIZATION_CODE"
        ]
    );
    assert_eq!(
        said(
            &d,
            &servicenow_oauth(r#""OAuth2GrantType": "AUTHORIZATION_CODE""#)
        ),
        (vec![], vec![])
    );
    assert_eq!(
        said(&d, &servicenow_oauth("")).0,
        [
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2GrantType: OAuth2GrantType is \
          required for SERVICENOW: AUTHORIZATION_CODE"
        ]
    );
}

#[test]
fn a_token_url_is_required_and_limited_as_described() {
    let d = described(SALESFORCE);
    let without = salesforce(
        r#", "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2", "SecretArn": "arn:aws:secretsmanager:s",
            "OAuth2Properties": {"OAuth2GrantType": "AUTHORIZATION_CODE"}}"#,
    );
    assert_eq!(
        said(&d, &without).0,
        [
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.TokenUrl: TokenUrl is required for \
          SALESFORCE — its default is https://login.salesforce.com/services/oauth2/token"
        ]
    );
    let elsewhere = servicenow_oauth(
        r#""OAuth2GrantType": "AUTHORIZATION_CODE", "TokenUrl": "https://evil.example/token""#,
    );
    assert_eq!(
        said(&described(SERVICENOW), &elsewhere).0,
        [
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.TokenUrl: TokenUrl for SERVICENOW: one \
          of https://acme.service-now.com/oauth_token.do"
        ]
    );
    let listed = servicenow_oauth(
        r#""OAuth2GrantType": "AUTHORIZATION_CODE", "TokenUrl": "https://acme.service-now.com/oauth_token.do""#,
    );
    assert_eq!(said(&described(SERVICENOW), &listed), (vec![], vec![]));
}

#[test]
fn oauth2_definitions_apply_only_to_oauth2() {
    let d = described(SERVICENOW);
    let basic = connection(
        "SERVICENOW",
        r#", "AuthenticationConfiguration": {"AuthenticationType": "BASIC",
            "BasicAuthenticationCredentials": {"Username": "u", "Password": "p"},
            "OAuth2Properties": {"OAuth2GrantType": "CLIENT_CREDENTIALS"}}"#,
    );
    assert_eq!(said(&d, &basic), (vec![], vec![]));
}

#[test]
fn a_required_secret_arn_is_met_by_a_secret_or_by_inline_credentials() {
    let d = described(SERVICENOW);
    let oauth = |rest: &str| {
        connection(
            "SERVICENOW",
            &format!(
                r#", "AuthenticationConfiguration": {{"AuthenticationType": "OAUTH2", "OAuth2Properties": {{
                    "OAuth2GrantType": "AUTHORIZATION_CODE"{rest}}}}}"#
            ),
        )
    };
    assert_eq!(
        said(&d, &oauth("")).0,
        [
            "ConnectionInput.AuthenticationConfiguration.SecretArn: SecretArn is required for SERVICENOW: the ARN \
          of a Secrets Manager secret that holds the credentials, or the tokens inline in OAuth2Properties \
          (AuthorizationCodeProperties or OAuth2Credentials)"
        ]
    );
    let code = r#", "AuthorizationCodeProperties": {"AuthorizationCode": "c", "RedirectUri": "https://x"}"#;
    assert_eq!(said(&d, &oauth(code)), (vec![], vec![]));
    let tokens = r#", "OAuth2Credentials": {"AccessToken": "t", "RefreshToken": "r"}"#;
    assert_eq!(said(&d, &oauth(tokens)), (vec![], vec![]));
    let basic = connection(
        "SERVICENOW",
        r#", "AuthenticationConfiguration": {"AuthenticationType": "BASIC",
            "BasicAuthenticationCredentials": {"Username": "u", "Password": "p"}}"#,
    );
    assert_eq!(said(&d, &basic), (vec![], vec![]));
    assert_eq!(
        said(
            &d,
            &servicenow_oauth(r#""OAuth2GrantType": "AUTHORIZATION_CODE""#)
        ),
        (vec![], vec![])
    );
}

#[test]
fn required_basic_credentials_are_refused_unless_a_secret_holds_them() {
    let d = described(SERVICENOW);
    let basic = |auth: &str| {
        connection(
            "SERVICENOW",
            &format!(r#", "AuthenticationConfiguration": {{"AuthenticationType": "BASIC"{auth}}}"#),
        )
    };
    assert_eq!(
        said(
            &d,
            &basic(r#", "BasicAuthenticationCredentials": {"Username": "u"}"#)
        )
        .0,
        [
            "ConnectionInput.AuthenticationConfiguration.BasicAuthenticationCredentials.Password: Password is \
          required for SERVICENOW: give it in BasicAuthenticationCredentials, or a SecretArn whose secret holds it"
        ]
    );
    assert_eq!(
        said(&d, &basic(r#", "SecretArn": "arn:aws:secretsmanager:s""#)),
        (vec![], vec![])
    );
    let limited = described(&SERVICENOW.replace(
        r#""Username": {"Description": "", "Required": true,"#,
        r#""Username": {"Description": "", "Required": true, "AllowedValues": [{"Value": "glue"}],"#,
    ));
    assert_eq!(
        said(
            &limited,
            &basic(r#", "BasicAuthenticationCredentials": {"Username": "u", "Password": "p"}"#)
        )
        .0,
        [
            "ConnectionInput.AuthenticationConfiguration.BasicAuthenticationCredentials.Username: Username: one of \
          glue"
        ]
    );
}

/// A CUSTOM type whose credentials are an API key and a region.
const CUSTOM: &str = r#"{
    "ConnectionType": "ACME",
    "Capabilities": {"SupportedAuthenticationTypes": ["CUSTOM"], "SupportedDataOperations": ["READ"],
                     "SupportedComputeEnvironments": ["SPARK"]},
    "AuthenticationConfiguration": {
        "CustomAuthenticationProperties": {
            "apiKey": {"Description": "", "Required": true, "PropertyTypes": ["SECRET"]},
            "region": {"Description": "", "Required": false, "PropertyTypes": ["USER_INPUT"],
                       "AllowedValues": [{"Value": "eu"}, {"Value": "us"}]}}
    }
}"#;

fn acme(auth: &str) -> CreateConnectionRequest {
    connection(
        "ACME",
        &format!(r#", "AuthenticationConfiguration": {{"AuthenticationType": "CUSTOM"{auth}}}"#),
    )
}

#[test]
fn custom_credentials_are_required_limited_and_their_keys_checked() {
    let d = described(CUSTOM);
    assert_eq!(
        said(
            &d,
            &acme(r#", "CustomAuthenticationCredentials": {"region": "eu"}"#)
        )
        .0,
        [
            "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials.apiKey: apiKey is required \
          for ACME: give it in CustomAuthenticationCredentials, or a SecretArn whose secret holds it"
        ]
    );
    assert_eq!(
        said(&d, &acme(r#", "SecretArn": "arn:aws:secretsmanager:s""#)),
        (vec![], vec![])
    );
    let (refusals, warnings) = said(
        &d,
        &acme(
            r#", "CustomAuthenticationCredentials": {"apiKey": "k", "region": "asia", "apikey2": "k"}"#,
        ),
    );
    assert_eq!(
        refusals,
        [
            "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials.region: region: one of eu, \
          us"
        ]
    );
    assert_eq!(
        warnings,
        [
            "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials.apikey2: apikey2 is not a \
          CustomAuthenticationCredentials key Glue describes for ACME — did you mean apiKey? (sent as written; \
          Glue decides)"
        ]
    );
    assert_eq!(
        said(
            &d,
            &acme(r#", "CustomAuthenticationCredentials": {"apiKey": "k", "region": "us"}"#)
        ),
        (vec![], vec![])
    );
}
