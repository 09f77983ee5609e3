//! DescribeConnectionType's answer, as `aws glue describe-connection-type` prints it, trimmed to what a form needs:
//! which properties a type takes (required, allowed values, defaults, descriptions), which authentication types it
//! supports and what each asks for. `RestConfiguration` (custom REST connectors' request plumbing) is left out.
//!
//! The service sends property definitions as maps; the model keeps them as lists sorted by their map key (one stable
//! order for a form) and writes them back as the same maps. The map key is the property's identifier — the key a
//! request uses; a definition's `Name` may be a display name (API_Property documents `Name` as "the name of the
//! property" and keys the maps separately; no public recording shows the two differing, so this rests on the
//! reference's shape alone).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The output of DescribeConnectionType for one connection type.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionTypeDescription {
    #[serde(default)]
    pub connection_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
    /// The keys of `ConnectionInput.ConnectionProperties`.
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub connection_properties: Vec<PropertyDefinition>,
    /// Options a job passes when it uses the connection (not part of CreateConnection).
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub connection_options: Vec<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_configuration: Option<AuthConfiguration>,
    /// Keyed by name in the JSON, sorted by name here.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        with = "compute_by_name"
    )]
    pub compute_environment_configurations: Vec<ComputeEnvironmentConfiguration>,
    /// The keys of `ConnectionInput.PhysicalConnectionRequirements` (SubnetId, SecurityGroupIdList…).
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub physical_connection_requirements: Vec<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub athena_connection_properties: Vec<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub python_connection_properties: Vec<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub spark_connection_properties: Vec<PropertyDefinition>,
}

impl ConnectionTypeDescription {
    /// The definition of one connection property, by its name.
    pub fn property(&self, key: &str) -> Option<&PropertyDefinition> {
        self.connection_properties.iter().find(|p| p.id() == key)
    }

    /// The connection properties the type requires, in name order.
    pub fn required_properties(&self) -> impl Iterator<Item = &PropertyDefinition> {
        self.connection_properties.iter().filter(|p| p.required)
    }

    /// The authentication types the type supports (`BASIC`, `OAUTH2`, `CUSTOM`, `IAM`), from its capabilities.
    pub fn supported_authentication_types(&self) -> &[String] {
        self.capabilities
            .as_ref()
            .map_or(&[], |c| &c.supported_authentication_types)
    }

    /// The compute environments a request is checked for: those it picks in `ValidateForComputeEnvironments`, or
    /// when it picks none, every one the type supports (`Capabilities`, else its `ComputeEnvironmentConfigurations`).
    pub fn environments_in_play(&self, picked: &[String]) -> Vec<String> {
        if !picked.is_empty() {
            return picked.to_vec();
        }
        let supported = self
            .capabilities
            .as_ref()
            .map_or(&[][..], |c| &c.supported_compute_environments);
        if !supported.is_empty() {
            return supported.to_vec();
        }
        let mut named: Vec<String> = self
            .compute_environment_configurations
            .iter()
            .map(|c| c.compute_environment.clone())
            .collect();
        named.dedup();
        named
    }

    /// The configurations of the environments in play (see [`Self::environments_in_play`]).
    pub fn configurations_in_play(
        &self,
        picked: &[String],
    ) -> Vec<&ComputeEnvironmentConfiguration> {
        let in_play = self.environments_in_play(picked);
        self.compute_environment_configurations
            .iter()
            .filter(|c| in_play.contains(&c.compute_environment))
            .collect()
    }

    /// The definitions of one OAuth2 property (`OAuth2GrantType`, `TokenUrl`…), by its key.
    pub fn oauth2_property(&self, key: &str) -> Option<&PropertyDefinition> {
        self.authentication_configuration
            .as_ref()?
            .oauth2_properties
            .iter()
            .find(|p| p.id() == key)
    }

    /// The definition of one basic authentication property (`Username`, `Password`), by its key.
    pub fn basic_property(&self, key: &str) -> Option<&PropertyDefinition> {
        self.authentication_configuration
            .as_ref()?
            .basic_authentication_properties
            .iter()
            .find(|p| p.id() == key)
    }

    /// The authentication type a new connection starts with: the default of the `AuthenticationType` definition.
    pub fn default_authentication_type(&self) -> Option<&str> {
        self.authentication_configuration
            .as_ref()?
            .authentication_type
            .as_ref()?
            .default_value
            .as_deref()
    }
}

/// What a connection type can do.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Capabilities {
    #[serde(default)]
    pub supported_authentication_types: Vec<String>,
    /// `READ`, `WRITE`.
    #[serde(default)]
    pub supported_data_operations: Vec<String>,
    /// `SPARK`, `ATHENA`, `PYTHON`.
    #[serde(default)]
    pub supported_compute_environments: Vec<String>,
}

impl Capabilities {
    /// The data operations and compute environments in a phrase, for the form's help: "READ and WRITE on SPARK,
    /// ATHENA"; "" when the answer lists neither.
    pub fn summary(&self) -> String {
        let ops = self.supported_data_operations.join(" and ");
        let envs = self.supported_compute_environments.join(", ");
        match (ops.is_empty(), envs.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!("supports {ops}"),
            (true, false) => format!("runs on {envs}"),
            (false, false) => format!("supports {ops} on {envs}"),
        }
    }
}

/// The definition of one property: what the form shows beside its field and checks as the user types.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PropertyDefinition {
    /// The key the definition came under in its map: what a request calls the property. Empty for a definition that
    /// is not in a map (`AuthenticationType`, `SecretArn`), whose `name` is its identifier.
    #[serde(skip)]
    pub key: String,
    /// The `Name` member: the identifier outside a map, possibly a display name inside one.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// `USER_INPUT`, `SECRET`, `READ_ONLY`, `UNUSED`, `SECRET_OR_USER_INPUT`.
    #[serde(default)]
    pub property_types: Vec<String>,
    /// Empty when any value is allowed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_values: Vec<AllowedValue>,
    /// `READ`, `WRITE`: the data operations the property applies to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_operation_scopes: Vec<String>,
    /// The name the connector gives the value in its own REST calls (REST-based types); the CreateConnection key
    /// stays the map key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_override: Option<String>,
    /// Where those calls carry it: `HEADER`, `BODY`, `QUERY_PARAM`, `PATH`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_location: Option<String>,
}

impl PropertyDefinition {
    /// The property's identifier: its map key, or its name when it has none.
    pub fn id(&self) -> &str {
        if self.key.is_empty() {
            &self.name
        } else {
            &self.key
        }
    }

    /// A display name worth showing beside the key, when the service gives one that differs from it.
    pub fn display_name(&self) -> Option<&str> {
        let name = self.name.trim();
        (!name.is_empty() && name != self.id()).then_some(name)
    }

    /// The allowed values alone, in the service's order.
    pub fn allowed_value_names(&self) -> Vec<&str> {
        self.allowed_values
            .iter()
            .map(|v| v.value.as_str())
            .collect()
    }

    /// Whether `value` is acceptable: any value when no list is given.
    pub fn allows(&self, value: &str) -> bool {
        self.allowed_values.is_empty() || self.allowed_values.iter().any(|v| v.value == value)
    }

    /// A secret (or a secret reference) the form masks while typed.
    pub fn is_secret(&self) -> bool {
        self.property_types
            .iter()
            .any(|t| t == "SECRET" || t == "SECRET_OR_USER_INPUT")
    }

    /// Read-only and unused properties get no field.
    pub fn is_user_input(&self) -> bool {
        self.property_types.is_empty()
            || self
                .property_types
                .iter()
                .any(|t| t == "USER_INPUT" || t == "SECRET" || t == "SECRET_OR_USER_INPUT")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AllowedValue {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// What each authentication type asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuthConfiguration {
    /// Its allowed values are the authentication types; its default is the one a new connection starts with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_arn: Option<PropertyDefinition>,
    /// `OAuth2GrantType`, `TokenUrl`, `OAuth2ClientApplication`…
    #[serde(
        default,
        rename = "OAuth2Properties",
        skip_serializing_if = "Vec::is_empty",
        with = "by_name"
    )]
    pub oauth2_properties: Vec<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub basic_authentication_properties: Vec<PropertyDefinition>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "by_name")]
    pub custom_authentication_properties: Vec<PropertyDefinition>,
}

/// How one compute environment (Spark, Athena, Python) uses the connection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ComputeEnvironmentConfiguration {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// `SPARK`, `ATHENA`, `PYTHON`.
    #[serde(default)]
    pub compute_environment: String,
    #[serde(default)]
    pub supported_authentication_types: Vec<String>,
    /// What this environment calls a connection property (`INSTANCE_URL` → `sfUrl`): how a job there reads it,
    /// not the key a request gives it under.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub connection_property_name_overrides: BTreeMap<String, String>,
    /// Connection properties this environment requires beyond the type's own required ones.
    #[serde(default)]
    pub connection_properties_required_overrides: Vec<String>,
    /// Whether this environment needs PhysicalConnectionRequirements (a VPC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_connection_properties_required: Option<bool>,
}

/// A list of definitions as the JSON map keyed by their keys. A value without a `Name` takes its key as its name.
mod by_name {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::PropertyDefinition;

    pub fn serialize<S: Serializer>(list: &[PropertyDefinition], s: S) -> Result<S::Ok, S::Error> {
        let map: BTreeMap<&str, &PropertyDefinition> = list.iter().map(|p| (p.id(), p)).collect();
        map.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<PropertyDefinition>, D::Error> {
        let map = BTreeMap::<String, PropertyDefinition>::deserialize(d)?;
        Ok(map
            .into_iter()
            .map(|(key, mut p)| {
                if p.name.is_empty() {
                    p.name = key.clone();
                }
                p.key = key;
                p
            })
            .collect())
    }
}

mod compute_by_name {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::ComputeEnvironmentConfiguration as Config;

    pub fn serialize<S: Serializer>(list: &[Config], s: S) -> Result<S::Ok, S::Error> {
        let map: BTreeMap<&str, &Config> = list.iter().map(|c| (c.name.as_str(), c)).collect();
        map.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Config>, D::Error> {
        let map = BTreeMap::<String, Config>::deserialize(d)?;
        Ok(map
            .into_iter()
            .map(|(key, mut c)| {
                if c.name.is_empty() {
                    c.name = key;
                }
                c
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capabilities_read_as_a_phrase() {
        let c = |ops: &[&str], envs: &[&str]| Capabilities {
            supported_authentication_types: Vec::new(),
            supported_data_operations: ops.iter().map(|s| s.to_string()).collect(),
            supported_compute_environments: envs.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(
            c(&["READ", "WRITE"], &["SPARK", "ATHENA"]).summary(),
            "supports READ and WRITE on SPARK, ATHENA"
        );
        assert_eq!(c(&["READ"], &[]).summary(), "supports READ");
        assert_eq!(c(&[], &["ATHENA"]).summary(), "runs on ATHENA");
        assert_eq!(c(&[], &[]).summary(), "");
    }

    #[test]
    fn the_cli_json_round_trips_with_maps_keyed_by_name() {
        let json = r#"{
            "ConnectionType": "SALESFORCE",
            "Capabilities": {
                "SupportedAuthenticationTypes": ["OAUTH2", "CUSTOM"],
                "SupportedDataOperations": ["READ", "WRITE"],
                "SupportedComputeEnvironments": ["SPARK"]
            },
            "ConnectionProperties": {
                "INSTANCE_URL": {"Name": "INSTANCE_URL", "Description": "Instance", "Required": true,
                                 "PropertyTypes": ["USER_INPUT"]},
                "API_VERSION": {"Description": "Version", "Required": false, "DefaultValue": "v60.0",
                                "PropertyTypes": ["USER_INPUT"],
                                "AllowedValues": [{"Value": "v59.0"}, {"Value": "v60.0", "Description": "latest"}]}
            },
            "AuthenticationConfiguration": {
                "AuthenticationType": {"Name": "AuthenticationType", "Description": "", "Required": true,
                                       "DefaultValue": "OAUTH2", "PropertyTypes": ["USER_INPUT"]},
                "OAuth2Properties": {"OAuth2GrantType": {"Name": "OAuth2GrantType", "Description": "",
                                     "Required": true, "PropertyTypes": ["USER_INPUT"]}}
            },
            "ComputeEnvironmentConfigurations": {
                "SparkConfiguration": {"Description": "", "ComputeEnvironment": "SPARK",
                                       "SupportedAuthenticationTypes": ["OAUTH2"],
                                       "ConnectionPropertiesRequiredOverrides": []}
            }
        }"#;
        let d: ConnectionTypeDescription = serde_json::from_str(json).unwrap();
        let names: Vec<_> = d.connection_properties.iter().map(|p| &p.name).collect();
        assert_eq!(
            names,
            ["API_VERSION", "INSTANCE_URL"],
            "sorted, names from keys"
        );
        assert_eq!(
            d.property("API_VERSION").unwrap().allowed_value_names(),
            ["v59.0", "v60.0"]
        );
        assert!(d.property("API_VERSION").unwrap().allows("v59.0"));
        assert!(!d.property("API_VERSION").unwrap().allows("v1"));
        assert!(d.property("INSTANCE_URL").unwrap().allows("anything"));
        assert_eq!(d.required_properties().count(), 1);
        assert_eq!(d.default_authentication_type(), Some("OAUTH2"));
        assert_eq!(d.supported_authentication_types(), ["OAUTH2", "CUSTOM"]);
        let auth = d.authentication_configuration.as_ref().unwrap();
        assert_eq!(auth.oauth2_properties[0].name, "OAuth2GrantType");
        assert_eq!(
            d.compute_environment_configurations[0].name,
            "SparkConfiguration"
        );

        let out = serde_json::to_value(&d).unwrap();
        assert_eq!(
            out["ConnectionProperties"]["API_VERSION"]["DefaultValue"],
            "v60.0"
        );
        assert_eq!(
            out["ConnectionProperties"]["API_VERSION"]["Name"],
            "API_VERSION"
        );
        assert!(
            out.get("ConnectionOptions").is_none(),
            "absent stays absent"
        );
        assert!(
            out["AuthenticationConfiguration"]["OAuth2Properties"]["OAuth2GrantType"].is_object()
        );
        let back: ConnectionTypeDescription = serde_json::from_value(out).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn the_map_key_is_the_identifier_and_a_differing_name_is_for_display() {
        let json = r#"{"ConnectionType": "REST-ACME", "ConnectionProperties": {
            "INSTANCE_URL": {"Name": "Instance URL", "Description": "Where", "Required": true,
                             "PropertyTypes": ["USER_INPUT"]},
            "API_VERSION": {"Name": "API_VERSION", "Description": "", "Required": false,
                            "PropertyTypes": ["USER_INPUT"]}}}"#;
        let d: ConnectionTypeDescription = serde_json::from_str(json).unwrap();
        let url = d.property("INSTANCE_URL").expect("found by its key");
        assert_eq!(url.id(), "INSTANCE_URL");
        assert_eq!(url.display_name(), Some("Instance URL"));
        assert!(
            d.property("Instance URL").is_none(),
            "the display name is not a key"
        );
        assert_eq!(d.property("API_VERSION").unwrap().display_name(), None);
        let out = serde_json::to_value(&d).unwrap();
        assert_eq!(
            out["ConnectionProperties"]["INSTANCE_URL"]["Name"], "Instance URL",
            "written back under its key, with its name"
        );
        let back: ConnectionTypeDescription = serde_json::from_value(out).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn secret_and_read_only_properties_are_told_apart() {
        let p = |types: &[&str]| PropertyDefinition {
            property_types: types.iter().map(|t| (*t).to_owned()).collect(),
            ..PropertyDefinition::default()
        };
        assert!(p(&["SECRET"]).is_secret());
        assert!(p(&["SECRET_OR_USER_INPUT"]).is_secret());
        assert!(!p(&["USER_INPUT"]).is_secret());
        assert!(p(&["USER_INPUT"]).is_user_input());
        assert!(!p(&["READ_ONLY"]).is_user_input());
        assert!(!p(&["UNUSED"]).is_user_input());
        assert!(
            ConnectionTypeDescription::default()
                .default_authentication_type()
                .is_none()
        );
        assert!(
            ConnectionTypeDescription::default()
                .supported_authentication_types()
                .is_empty()
        );
    }
}
