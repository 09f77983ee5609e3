//! SDK output types into the AWS JSON model. Only `glue/sdk` calls these; everything above it sees the model.
//! The SDK keeps absent fields as `None` in its pub fields, so reading those (not the `&[]`-returning getters)
//! keeps "absent" and "empty" apart, which the raw view and `export` must not blur.

use std::collections::{BTreeMap, HashMap};

use aws_sdk_glue::types as sdk;

use crate::model::{
    AuthenticationConfiguration, Connection, OAuth2ClientApplication, OAuth2Properties,
    PhysicalConnectionRequirements, Timestamp,
};

fn timestamp(dt: Option<aws_smithy_types::DateTime>) -> Option<Timestamp> {
    // A time outside jiff's range can only come from a corrupt response; dropping it beats failing the page.
    dt.and_then(|dt| dt.to_millis().ok())
        .and_then(Timestamp::from_epoch_millis)
}

fn sorted(map: Option<HashMap<String, String>>) -> Option<BTreeMap<String, String>> {
    map.map(|m| m.into_iter().collect())
}

impl From<sdk::Connection> for Connection {
    fn from(c: sdk::Connection) -> Self {
        Connection {
            // Name is required by the API; a missing one is shown as empty rather than dropping the connection.
            name: c.name.unwrap_or_default(),
            description: c.description,
            connection_type: c.connection_type.map(|t| t.as_str().to_owned()),
            match_criteria: c.match_criteria,
            connection_properties: c.connection_properties.map(|m| {
                m.into_iter()
                    .map(|(k, v)| (k.as_str().to_owned(), v))
                    .collect()
            }),
            spark_properties: sorted(c.spark_properties),
            athena_properties: sorted(c.athena_properties),
            python_properties: sorted(c.python_properties),
            physical_connection_requirements: c.physical_connection_requirements.map(Into::into),
            creation_time: timestamp(c.creation_time),
            last_updated_time: timestamp(c.last_updated_time),
            last_updated_by: c.last_updated_by,
            status: c.status.map(|s| s.as_str().to_owned()),
            status_reason: c.status_reason,
            last_connection_validation_time: timestamp(c.last_connection_validation_time),
            authentication_configuration: c.authentication_configuration.map(Into::into),
            connection_schema_version: c.connection_schema_version,
            compatible_compute_environments: c
                .compatible_compute_environments
                .map(|envs| envs.iter().map(|e| e.as_str().to_owned()).collect()),
        }
    }
}

impl From<sdk::PhysicalConnectionRequirements> for PhysicalConnectionRequirements {
    fn from(p: sdk::PhysicalConnectionRequirements) -> Self {
        PhysicalConnectionRequirements {
            subnet_id: p.subnet_id,
            security_group_id_list: p.security_group_id_list,
            availability_zone: p.availability_zone,
        }
    }
}

impl From<sdk::AuthenticationConfiguration> for AuthenticationConfiguration {
    fn from(a: sdk::AuthenticationConfiguration) -> Self {
        AuthenticationConfiguration {
            authentication_type: a.authentication_type.map(|t| t.as_str().to_owned()),
            secret_arn: a.secret_arn,
            kms_key_arn: a.kms_key_arn,
            oauth2_properties: a.o_auth2_properties.map(Into::into),
        }
    }
}

impl From<sdk::OAuth2Properties> for OAuth2Properties {
    fn from(o: sdk::OAuth2Properties) -> Self {
        OAuth2Properties {
            grant_type: o.o_auth2_grant_type.map(|g| g.as_str().to_owned()),
            client_application: o.o_auth2_client_application.map(Into::into),
            token_url: o.token_url,
            token_url_parameters_map: sorted(o.token_url_parameters_map),
        }
    }
}

impl From<sdk::OAuth2ClientApplication> for OAuth2ClientApplication {
    fn from(a: sdk::OAuth2ClientApplication) -> Self {
        OAuth2ClientApplication {
            user_managed_client_id: a.user_managed_client_application_client_id,
            aws_managed_reference: a.aws_managed_client_application_reference,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_smithy_types::DateTime;

    fn full_sdk_connection() -> sdk::Connection {
        sdk::Connection::builder()
            .name("orders-db")
            .description("Orders")
            .connection_type(sdk::ConnectionType::Jdbc)
            .match_criteria("prod")
            .connection_properties(
                sdk::ConnectionPropertyKey::JdbcConnectionUrl,
                "jdbc:postgresql://h:5432/o",
            )
            .connection_properties(sdk::ConnectionPropertyKey::Password, "hunter2")
            .spark_properties("b", "2")
            .spark_properties("a", "1")
            .physical_connection_requirements(
                sdk::PhysicalConnectionRequirements::builder()
                    .subnet_id("subnet-1")
                    .security_group_id_list("sg-1")
                    .availability_zone("eu-west-1a")
                    .build(),
            )
            .creation_time(DateTime::from_millis(1_741_944_413_589))
            .last_updated_time(DateTime::from_millis(1_741_944_413_000))
            .last_updated_by("arn:aws:iam::123456789012:user/x")
            .status(sdk::ConnectionStatus::Ready)
            .status_reason("ok")
            .authentication_configuration(
                sdk::AuthenticationConfiguration::builder()
                    .authentication_type(sdk::AuthenticationType::Oauth2)
                    .secret_arn("arn:aws:secretsmanager:eu-west-1:1:secret:s")
                    .o_auth2_properties(
                        sdk::OAuth2Properties::builder()
                            .o_auth2_grant_type(sdk::OAuth2GrantType::ClientCredentials)
                            .token_url("https://login.example.com/token")
                            .token_url_parameters_map("scope", "read")
                            .o_auth2_client_application(
                                sdk::OAuth2ClientApplication::builder()
                                    .user_managed_client_application_client_id("client-1")
                                    .build(),
                            )
                            .build(),
                    )
                    .build(),
            )
            .connection_schema_version(2)
            .compatible_compute_environments(sdk::ComputeEnvironment::Spark)
            .build()
    }

    #[test]
    fn converts_every_field_with_the_cli_names_and_strings() {
        let c = Connection::from(full_sdk_connection());
        let json: serde_json::Value = serde_json::from_str(&c.to_pretty_json()).unwrap();
        let expected = serde_json::json!({
            "Name": "orders-db",
            "Description": "Orders",
            "ConnectionType": "JDBC",
            "MatchCriteria": ["prod"],
            "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://h:5432/o", "PASSWORD": "hunter2"},
            "SparkProperties": {"a": "1", "b": "2"},
            "PhysicalConnectionRequirements": {
                "SubnetId": "subnet-1", "SecurityGroupIdList": ["sg-1"], "AvailabilityZone": "eu-west-1a"
            },
            "CreationTime": "2025-03-14T09:26:53.589000+00:00",
            "LastUpdatedTime": "2025-03-14T09:26:53.000000+00:00",
            "LastUpdatedBy": "arn:aws:iam::123456789012:user/x",
            "Status": "READY",
            "StatusReason": "ok",
            "AuthenticationConfiguration": {
                "AuthenticationType": "OAUTH2",
                "SecretArn": "arn:aws:secretsmanager:eu-west-1:1:secret:s",
                "OAuth2Properties": {
                    "OAuth2GrantType": "CLIENT_CREDENTIALS",
                    "OAuth2ClientApplication": {"UserManagedClientApplicationClientId": "client-1"},
                    "TokenUrl": "https://login.example.com/token",
                    "TokenUrlParametersMap": {"scope": "read"}
                }
            },
            "ConnectionSchemaVersion": 2,
            "CompatibleComputeEnvironments": ["SPARK"]
        });
        assert_eq!(json, expected);
    }

    #[test]
    fn absent_stays_absent_and_empty_stays_empty() {
        let absent = Connection::from(sdk::Connection::builder().name("bare").build());
        assert_eq!(
            absent,
            Connection {
                name: "bare".into(),
                ..Default::default()
            }
        );

        let empty = Connection::from(
            sdk::Connection::builder()
                .name("empty")
                .set_match_criteria(Some(vec![]))
                .set_connection_properties(Some(HashMap::new()))
                .set_compatible_compute_environments(Some(vec![]))
                .build(),
        );
        assert_eq!(empty.match_criteria, Some(vec![]));
        assert_eq!(empty.connection_properties, Some(BTreeMap::new()));
        assert_eq!(empty.compatible_compute_environments, Some(vec![]));
        assert_eq!(empty.spark_properties, None);
    }

    #[test]
    fn unknown_enum_values_keep_the_server_string() {
        let c = Connection::from(
            sdk::Connection::builder()
                .name("future")
                .connection_type(sdk::ConnectionType::from("QUANTUM"))
                .connection_properties(sdk::ConnectionPropertyKey::from("NEW_KEY"), "v")
                .build(),
        );
        assert_eq!(c.connection_type.as_deref(), Some("QUANTUM"));
        assert_eq!(
            c.connection_properties
                .unwrap()
                .get("NEW_KEY")
                .map(String::as_str),
            Some("v")
        );
    }
}
