//! `CreateConnection` as `aws glue create-connection --cli-input-json` reads it: the shape the wizard's preview
//! shows, `create --from-json` imports and the clipboard carries. Secret-bearing fields are marked so copies and
//! drafts can leave them out.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{OAuth2ClientApplication, PhysicalConnectionRequirements, PropertyMap};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog_id: Option<String>,
    pub connection_input: ConnectionInput,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeMap<String, String>>,
}

/// UpdateConnection's request, in the shape `aws glue update-connection --cli-input-json` reads: `Name` is the
/// connection as it is stored, `ConnectionInput.Name` what it is called after (a rename when they differ). The
/// input replaces the stored definition whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct UpdateConnectionRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog_id: Option<String>,
    pub name: String,
    pub connection_input: ConnectionInput,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ConnectionInput {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub connection_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_criteria: Option<Vec<String>>,
    /// Required by the API, possibly empty (NETWORK connections have none).
    #[serde(default)]
    pub connection_properties: PropertyMap,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spark_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub athena_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub python_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_connection_requirements: Option<PhysicalConnectionRequirements>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_configuration: Option<AuthenticationConfigurationInput>,
    /// The API's default is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validate_credentials: Option<bool>,
    /// `SPARK`, `ATHENA`, `PYTHON`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validate_for_compute_environments: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct AuthenticationConfigurationInput {
    /// `BASIC`, `OAUTH2`, `CUSTOM`, `IAM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<String>,
    #[serde(
        rename = "OAuth2Properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth2_properties: Option<OAuth2PropertiesInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_authentication_credentials: Option<BasicAuthenticationCredentials>,
    /// Every value is a secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_authentication_credentials: Option<PropertyMap>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuth2PropertiesInput {
    /// `AUTHORIZATION_CODE`, `CLIENT_CREDENTIALS`, `JWT_BEARER`.
    #[serde(
        rename = "OAuth2GrantType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_type: Option<String>,
    #[serde(
        rename = "OAuth2ClientApplication",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_application: Option<OAuth2ClientApplication>,
    #[serde(rename = "TokenUrl", default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
    #[serde(
        rename = "TokenUrlParametersMap",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub token_url_parameters_map: Option<PropertyMap>,
    #[serde(
        rename = "AuthorizationCodeProperties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_code_properties: Option<AuthorizationCodeProperties>,
    #[serde(
        rename = "OAuth2Credentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credentials: Option<OAuth2Credentials>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct AuthorizationCodeProperties {
    /// A secret: single-use, but whoever holds it can complete the exchange.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}

/// All four are secrets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct OAuth2Credentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_managed_client_application_client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct BasicAuthenticationCredentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// A secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// `CreateConnectionStatus` of the response: `READY`, `IN_PROGRESS` or `FAILED` (absent from older services and
/// from moto).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateConnectionResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_connection_status: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_aws_glue_create_connection_cli_input_json_reads() {
        let json = r#"{
            "CatalogId": "123456789012",
            "ConnectionInput": {
                "Name": "orders-db",
                "ConnectionType": "JDBC",
                "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/orders", "SECRET_ID": "prod/db"},
                "AuthenticationConfiguration": {
                    "AuthenticationType": "OAUTH2",
                    "OAuth2Properties": {
                        "OAuth2GrantType": "AUTHORIZATION_CODE",
                        "AuthorizationCodeProperties": {"AuthorizationCode": "c", "RedirectUri": "https://x"},
                        "OAuth2Credentials": {"AccessToken": "t"}
                    },
                    "BasicAuthenticationCredentials": {"Username": "u", "Password": "p"}
                },
                "ValidateCredentials": false,
                "ValidateForComputeEnvironments": ["SPARK"]
            },
            "Tags": {"team": "data"}
        }"#;
        let req: CreateConnectionRequest = serde_json::from_str(json).unwrap();
        let back: serde_json::Value = serde_json::to_value(&req).unwrap();
        let orig: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back, orig);
    }

    #[test]
    fn a_misspelt_field_is_an_error_not_silently_dropped() {
        let err = serde_json::from_str::<CreateConnectionRequest>(
            r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "JDBC", "ConectionProperties": {}}}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("ConectionProperties"), "{err}");
    }
}
