//! The model's CreateConnection input into SDK input types. Only `glue/sdk` calls these. Strings become SDK enums
//! through `From<&str>`, so a value the SDK does not know yet (a new ConnectionType or property key) still reaches
//! the server as typed, which then judges it.

use std::collections::{BTreeMap, HashMap};

use aws_sdk_glue::types as sdk;
use aws_smithy_types::error::operation::BuildError;

use crate::model::{
    AuthenticationConfigurationInput, AuthorizationCodeProperties, BasicAuthenticationCredentials,
    ConnectionInput, OAuth2ClientApplication, OAuth2Credentials, OAuth2PropertiesInput,
    PhysicalConnectionRequirements,
};

fn hash(map: Option<BTreeMap<String, String>>) -> Option<HashMap<String, String>> {
    map.map(|m| m.into_iter().collect())
}

/// TestConnectionInput: what TestConnection tests of an unsaved connection — its type, properties and
/// authentication; the rest of the input plays no part in a test.
pub(in crate::glue::sdk) fn test_input(
    c: ConnectionInput,
) -> Result<sdk::TestConnectionInput, BuildError> {
    sdk::TestConnectionInput::builder()
        .connection_type(sdk::ConnectionType::from(c.connection_type.as_str()))
        .set_connection_properties(Some(
            c.connection_properties
                .into_iter()
                .map(|(k, v)| (sdk::ConnectionPropertyKey::from(k.as_str()), v))
                .collect(),
        ))
        .set_authentication_configuration(c.authentication_configuration.map(Into::into))
        .build()
}

impl TryFrom<ConnectionInput> for sdk::ConnectionInput {
    type Error = BuildError;

    /// Fails only when a field the SDK requires is missing, which the model's non-optional fields rule out; the
    /// caller still turns a failure into an error rather than a panic.
    fn try_from(c: ConnectionInput) -> Result<Self, BuildError> {
        let properties: HashMap<sdk::ConnectionPropertyKey, String> = c
            .connection_properties
            .into_iter()
            .map(|(k, v)| (sdk::ConnectionPropertyKey::from(k.as_str()), v))
            .collect();
        sdk::ConnectionInput::builder()
            .name(c.name)
            .set_description(c.description)
            .connection_type(sdk::ConnectionType::from(c.connection_type.as_str()))
            .set_match_criteria(c.match_criteria)
            .set_connection_properties(Some(properties))
            .set_spark_properties(hash(c.spark_properties))
            .set_athena_properties(hash(c.athena_properties))
            .set_python_properties(hash(c.python_properties))
            .set_physical_connection_requirements(
                c.physical_connection_requirements.map(Into::into),
            )
            .set_authentication_configuration(c.authentication_configuration.map(Into::into))
            .set_validate_credentials(c.validate_credentials)
            .set_validate_for_compute_environments(c.validate_for_compute_environments.map(
                |envs| {
                    envs.iter()
                        .map(|e| sdk::ComputeEnvironment::from(e.as_str()))
                        .collect()
                },
            ))
            .build()
    }
}

impl From<PhysicalConnectionRequirements> for sdk::PhysicalConnectionRequirements {
    fn from(p: PhysicalConnectionRequirements) -> Self {
        sdk::PhysicalConnectionRequirements::builder()
            .set_subnet_id(p.subnet_id)
            .set_security_group_id_list(p.security_group_id_list)
            .set_availability_zone(p.availability_zone)
            .build()
    }
}

impl From<AuthenticationConfigurationInput> for sdk::AuthenticationConfigurationInput {
    fn from(a: AuthenticationConfigurationInput) -> Self {
        sdk::AuthenticationConfigurationInput::builder()
            .set_authentication_type(
                a.authentication_type
                    .as_deref()
                    .map(sdk::AuthenticationType::from),
            )
            .set_o_auth2_properties(a.oauth2_properties.map(Into::into))
            .set_secret_arn(a.secret_arn)
            .set_kms_key_arn(a.kms_key_arn)
            .set_basic_authentication_credentials(
                a.basic_authentication_credentials.map(Into::into),
            )
            .set_custom_authentication_credentials(hash(a.custom_authentication_credentials))
            .build()
    }
}

impl From<OAuth2PropertiesInput> for sdk::OAuth2PropertiesInput {
    fn from(o: OAuth2PropertiesInput) -> Self {
        sdk::OAuth2PropertiesInput::builder()
            .set_o_auth2_grant_type(o.grant_type.as_deref().map(sdk::OAuth2GrantType::from))
            .set_o_auth2_client_application(o.client_application.map(Into::into))
            .set_token_url(o.token_url)
            .set_token_url_parameters_map(hash(o.token_url_parameters_map))
            .set_authorization_code_properties(o.authorization_code_properties.map(Into::into))
            .set_o_auth2_credentials(o.credentials.map(Into::into))
            .build()
    }
}

impl From<OAuth2ClientApplication> for sdk::OAuth2ClientApplication {
    fn from(a: OAuth2ClientApplication) -> Self {
        sdk::OAuth2ClientApplication::builder()
            .set_user_managed_client_application_client_id(a.user_managed_client_id)
            .set_aws_managed_client_application_reference(a.aws_managed_reference)
            .build()
    }
}

impl From<AuthorizationCodeProperties> for sdk::AuthorizationCodeProperties {
    fn from(a: AuthorizationCodeProperties) -> Self {
        sdk::AuthorizationCodeProperties::builder()
            .set_authorization_code(a.authorization_code)
            .set_redirect_uri(a.redirect_uri)
            .build()
    }
}

impl From<OAuth2Credentials> for sdk::OAuth2Credentials {
    fn from(c: OAuth2Credentials) -> Self {
        sdk::OAuth2Credentials::builder()
            .set_user_managed_client_application_client_secret(
                c.user_managed_client_application_client_secret,
            )
            .set_access_token(c.access_token)
            .set_refresh_token(c.refresh_token)
            .set_jwt_token(c.jwt_token)
            .build()
    }
}

impl From<BasicAuthenticationCredentials> for sdk::BasicAuthenticationCredentials {
    fn from(b: BasicAuthenticationCredentials) -> Self {
        sdk::BasicAuthenticationCredentials::builder()
            .set_username(b.username)
            .set_password(b.password)
            .build()
    }
}
