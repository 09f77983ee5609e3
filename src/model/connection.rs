use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Timestamp;
use super::secret::{Hide, SecretNames, hide_secrets};

/// `GetConnections` output (without NextToken): what `export` prints and the demo catalog is stored as.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionList {
    pub connection_list: Vec<Connection>,
}

pub type PropertyMap = BTreeMap<String, String>;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Connection {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub match_criteria: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spark_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub athena_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub python_properties: Option<PropertyMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_connection_requirements: Option<PhysicalConnectionRequirements>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_time: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_connection_validation_time: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_configuration: Option<AuthenticationConfiguration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_schema_version: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatible_compute_environments: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PhysicalConnectionRequirements {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_group_id_list: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_zone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuthenticationConfiguration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_arn: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kms_key_arn: Option<String>,
    #[serde(
        rename = "OAuth2Properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub oauth2_properties: Option<OAuth2Properties>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OAuth2Properties {
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
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OAuth2ClientApplication {
    #[serde(
        rename = "UserManagedClientApplicationClientId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub user_managed_client_id: Option<String>,
    #[serde(
        rename = "AWSManagedClientApplicationReference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aws_managed_reference: Option<String>,
}

impl Connection {
    /// The four property maps, labelled as the API names them, in the order the detail pane shows them.
    pub fn property_maps(&self) -> [(&'static str, Option<&PropertyMap>); 4] {
        [
            ("ConnectionProperties", self.connection_properties.as_ref()),
            ("SparkProperties", self.spark_properties.as_ref()),
            ("AthenaProperties", self.athena_properties.as_ref()),
            ("PythonProperties", self.python_properties.as_ref()),
        ]
    }

    /// How many secret values this connection carries ([`secret_place`](super::secret::secret_place) decides).
    pub fn secret_count(&self) -> usize {
        hide_secrets(self, &SecretNames::NONE, Hide::Mask).1.len()
    }

    /// A copy with every secret left out: what leaves the app unless the user revealed secrets.
    pub fn without_secrets(&self) -> Connection {
        hide_secrets(self, &SecretNames::NONE, Hide::LeaveOut).0
    }

    /// A copy with every secret replaced by the mask: what the screen shows until revealed.
    pub fn masked(&self) -> Connection {
        hide_secrets(self, &SecretNames::NONE, Hide::Mask).0
    }

    /// Pretty JSON in the AWS CLI's layout (four-space indent), for the raw view and the clipboard.
    pub fn to_pretty_json(&self) -> String {
        to_cli_json(self)
    }
}

/// Serialises like the AWS CLI prints: four-space indent, non-ASCII kept as is.
pub fn to_cli_json<T: Serialize>(value: &T) -> String {
    let mut out = Vec::with_capacity(1024);
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"    ");
    let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
    value
        .serialize(&mut ser)
        .expect("model types serialise infallibly: string keys and plain values only");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_fields_stay_absent_and_names_match_the_cli() {
        let json = r#"{"Name":"a","AuthenticationConfiguration":{"AuthenticationType":"OAUTH2",
            "OAuth2Properties":{"OAuth2GrantType":"AUTHORIZATION_CODE",
            "OAuth2ClientApplication":{"AWSManagedClientApplicationReference":"ref"}}},
            "CreationTime":"2025-03-14T09:26:53.589000+00:00"}"#;
        let c: Connection = serde_json::from_str(json).unwrap();
        let back: serde_json::Value = serde_json::from_str(&c.to_pretty_json()).unwrap();
        let orig: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back, orig);
    }

    #[test]
    fn without_secrets_drops_only_password_like_keys() {
        let mut props = PropertyMap::new();
        props.insert("USERNAME".into(), "admin".into());
        props.insert("PASSWORD".into(), "hunter2".into());
        props.insert("ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD".into(), "x".into());
        props.insert("SECRET_ID".into(), "prod/db".into());
        let c = Connection {
            name: "db".into(),
            connection_properties: Some(props),
            ..Default::default()
        };
        assert_eq!(c.secret_count(), 2);
        let clean = c.without_secrets();
        let keys: Vec<_> = clean.connection_properties.unwrap().into_keys().collect();
        assert_eq!(keys, ["SECRET_ID", "USERNAME"]);
    }
}
