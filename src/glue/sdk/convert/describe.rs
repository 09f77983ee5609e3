//! DescribeConnectionType's SDK output into the model. The SDK's maps are unordered; the model's lists are sorted by
//! name so a form built from them is the same every time.

use std::collections::HashMap;

use aws_sdk_glue::operation::describe_connection_type::DescribeConnectionTypeOutput;
use aws_sdk_glue::types as sdk;

use crate::model::{
    AllowedValue, AuthConfiguration, Capabilities, ComputeEnvironmentConfiguration,
    ConnectionTypeDescription, PropertyDefinition,
};

fn strings<T: AsRef<str>>(list: Vec<T>) -> Vec<String> {
    list.iter().map(|s| s.as_ref().to_owned()).collect()
}

impl From<sdk::Property> for PropertyDefinition {
    fn from(p: sdk::Property) -> Self {
        PropertyDefinition {
            key: String::new(),
            name: p.name,
            description: p.description,
            required: p.required,
            default_value: p.default_value,
            property_types: strings(p.property_types),
            allowed_values: p
                .allowed_values
                .unwrap_or_default()
                .into_iter()
                .map(|v| AllowedValue {
                    value: v.value,
                    description: v.description,
                })
                .collect(),
            data_operation_scopes: strings(p.data_operation_scopes.unwrap_or_default()),
            key_override: p.key_override,
            property_location: p.property_location.map(|l| l.as_str().to_owned()),
        }
    }
}

/// A map of definitions as a list sorted by key; the key is the identifier (a `Name` may be a display name), and a
/// definition without a name takes its key as its name.
fn by_name(map: Option<HashMap<String, sdk::Property>>) -> Vec<PropertyDefinition> {
    let mut list: Vec<PropertyDefinition> = map
        .unwrap_or_default()
        .into_iter()
        .map(|(key, p)| {
            let mut p = PropertyDefinition::from(p);
            if p.name.is_empty() {
                p.name = key.clone();
            }
            p.key = key;
            p
        })
        .collect();
    list.sort_by(|a, b| a.key.cmp(&b.key));
    list
}

impl From<sdk::Capabilities> for Capabilities {
    fn from(c: sdk::Capabilities) -> Self {
        Capabilities {
            supported_authentication_types: strings(c.supported_authentication_types),
            supported_data_operations: strings(c.supported_data_operations),
            supported_compute_environments: strings(c.supported_compute_environments),
        }
    }
}

impl From<sdk::AuthConfiguration> for AuthConfiguration {
    fn from(a: sdk::AuthConfiguration) -> Self {
        AuthConfiguration {
            authentication_type: a.authentication_type.map(Into::into),
            secret_arn: a.secret_arn.map(Into::into),
            oauth2_properties: by_name(a.o_auth2_properties),
            basic_authentication_properties: by_name(a.basic_authentication_properties),
            custom_authentication_properties: by_name(a.custom_authentication_properties),
        }
    }
}

fn compute_configuration(
    key: String,
    c: sdk::ComputeEnvironmentConfiguration,
) -> ComputeEnvironmentConfiguration {
    let mut required = c.connection_properties_required_overrides;
    required.sort();
    ComputeEnvironmentConfiguration {
        name: if c.name.is_empty() { key } else { c.name },
        description: c.description,
        compute_environment: c.compute_environment.as_str().to_owned(),
        supported_authentication_types: strings(c.supported_authentication_types),
        connection_property_name_overrides: c
            .connection_property_name_overrides
            .into_iter()
            .collect(),
        connection_properties_required_overrides: required,
        physical_connection_properties_required: c.physical_connection_properties_required,
    }
}

impl From<DescribeConnectionTypeOutput> for ConnectionTypeDescription {
    fn from(out: DescribeConnectionTypeOutput) -> Self {
        let mut compute: Vec<ComputeEnvironmentConfiguration> = out
            .compute_environment_configurations
            .unwrap_or_default()
            .into_iter()
            .map(|(key, c)| compute_configuration(key, c))
            .collect();
        compute.sort_by(|a, b| a.name.cmp(&b.name));
        ConnectionTypeDescription {
            connection_type: out.connection_type.unwrap_or_default(),
            description: out.description,
            capabilities: out.capabilities.map(Into::into),
            connection_properties: by_name(out.connection_properties),
            connection_options: by_name(out.connection_options),
            authentication_configuration: out.authentication_configuration.map(Into::into),
            compute_environment_configurations: compute,
            physical_connection_requirements: by_name(out.physical_connection_requirements),
            athena_connection_properties: by_name(out.athena_connection_properties),
            python_connection_properties: by_name(out.python_connection_properties),
            spark_connection_properties: by_name(out.spark_connection_properties),
        }
    }
}
