//! What a description says per compute environment (Spark, Athena, Python): which environments are in play, the
//! connection properties each requires beyond the type's own (`ConnectionPropertiesRequiredOverrides`), whether it
//! needs a VPC (`PhysicalConnectionPropertiesRequired`), and the keys of `SparkProperties`, `AthenaProperties` and
//! `PythonProperties` (`SparkConnectionProperties`, `AthenaConnectionProperties`, `PythonConnectionProperties`).
//! Each environment's `SupportedAuthenticationTypes` is applied with the authentication rules (`described_auth`).

use std::collections::BTreeMap;

use super::described::{
    PROPERTIES, both, either, outside_allowed, spec_states, unlisted, value_of,
};
use super::problems::{COMPUTE_ENVIRONMENTS, Found, key_path};
use crate::model::{ComputeEnvironmentConfiguration, ConnectionInput, ConnectionTypeDescription};
use crate::request::spec::TypeSpec;

/// The compute environments a request is checked for, and the description's configurations of them.
pub(super) struct InPlay<'a> {
    pub environments: Vec<String>,
    pub configurations: Vec<&'a ComputeEnvironmentConfiguration>,
}

impl<'a> InPlay<'a> {
    /// The request's `ValidateForComputeEnvironments`; when it names none, every environment the type supports
    /// ([`ConnectionTypeDescription::environments_in_play`], which the form uses too). The API reference does not
    /// say what Glue validates against when the request names none; taking all the type supports follows issue 9's
    /// reading, and means a request meets what every environment it may be used in requires.
    pub fn of(description: &'a ConnectionTypeDescription, input: &ConnectionInput) -> Self {
        let named: Vec<String> = input
            .validate_for_compute_environments
            .iter()
            .flatten()
            .map(|e| e.trim())
            .filter(|e| !e.is_empty())
            .map(str::to_string)
            .collect();
        InPlay {
            environments: description.environments_in_play(&named),
            configurations: description.configurations_in_play(&named),
        }
    }

    fn contains(&self, environment: &str) -> bool {
        self.environments.iter().any(|e| e == environment)
    }
}

pub(super) fn compute(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    spec: Option<&TypeSpec>,
    in_play: &InPlay,
    input: &ConnectionInput,
) {
    required_overrides(found, description, spec, in_play, input);
    property_maps(found, description, in_play, input);
    physical(found, description, spec, in_play, input);
    environments(found, description, input);
}

/// `ConnectionPropertiesRequiredOverrides`: keys an environment in play requires, refused when missing — once per
/// key, naming every environment that requires it. A key the type requires anyway was reported without an
/// environment; one the spec table states is `problems`' to report.
fn required_overrides(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    spec: Option<&TypeSpec>,
    in_play: &InPlay,
    input: &ConnectionInput,
) {
    let ty = &description.connection_type;
    let mut wanted: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for config in &in_play.configurations {
        for key in &config.connection_properties_required_overrides {
            let envs = wanted.entry(key.trim()).or_default();
            if !envs.contains(&config.compute_environment.as_str()) {
                envs.push(&config.compute_environment);
            }
        }
    }
    for (key, envs) in wanted {
        let required_anyway = description
            .property(key)
            .is_some_and(|d| d.required && d.is_user_input());
        let given = !value_of(Some(&input.connection_properties), key).is_empty();
        if key.is_empty() || given || required_anyway || spec_states(spec, key) {
            continue;
        }
        found.add(
            key_path(PROPERTIES, key),
            format!("{key} is required for {ty} on {}", both(&envs)),
        );
    }
}

/// `SparkConnectionProperties`, `AthenaConnectionProperties`, `PythonConnectionProperties`: the keys of the
/// request's `SparkProperties`, `AthenaProperties`, `PythonProperties`, each applied only while its environment is
/// in play — a required key missing and a value outside the allowed ones are refused, a key not listed is warned.
fn property_maps(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    in_play: &InPlay,
    input: &ConnectionInput,
) {
    let ty = &description.connection_type;
    let maps = [
        (
            "SPARK",
            "SparkProperties",
            &description.spark_connection_properties,
            input.spark_properties.as_ref(),
        ),
        (
            "ATHENA",
            "AthenaProperties",
            &description.athena_connection_properties,
            input.athena_properties.as_ref(),
        ),
        (
            "PYTHON",
            "PythonProperties",
            &description.python_connection_properties,
            input.python_properties.as_ref(),
        ),
    ];
    for (environment, name, definitions, map) in maps {
        if !in_play.contains(environment) {
            continue;
        }
        let at = format!("ConnectionInput.{name}");
        for definition in definitions
            .iter()
            .filter(|d| d.required && d.is_user_input())
        {
            let key = definition.id();
            if value_of(map, key).is_empty() {
                found.add(
                    key_path(&at, key),
                    format!("{key} is required in {name} for {ty} on {environment}"),
                );
            }
        }
        outside_allowed(found, &at, definitions, map);
        unlisted(found, &at, name, ty, definitions, map);
    }
}

/// `PhysicalConnectionPropertiesRequired`: an environment in play that needs a VPC refuses a request without
/// `PhysicalConnectionRequirements` (once, naming each such environment). A spec whose type always needs one
/// (NETWORK) has `problems` report it.
fn physical(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    spec: Option<&TypeSpec>,
    in_play: &InPlay,
    input: &ConnectionInput,
) {
    if input.physical_connection_requirements.is_some() || spec.is_some_and(|s| s.needs_network) {
        return;
    }
    let mut envs: Vec<&str> = Vec::new();
    for config in &in_play.configurations {
        let env = config.compute_environment.as_str();
        if config.physical_connection_properties_required == Some(true) && !envs.contains(&env) {
            envs.push(env);
        }
    }
    if !envs.is_empty() {
        found.add(
            "ConnectionInput.PhysicalConnectionRequirements",
            format!(
                "PhysicalConnectionRequirements are required for {} on {}: give the subnet and security groups \
                 it connects through",
                description.connection_type,
                both(&envs)
            ),
        );
    }
}

/// A `ValidateForComputeEnvironments` value the type does not support (`Capabilities.SupportedComputeEnvironments`,
/// when it lists any). A value that is no compute environment at all is `problems`' to refuse.
fn environments(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    input: &ConnectionInput,
) {
    let supported = description
        .capabilities
        .as_ref()
        .map_or(&[][..], |c| &c.supported_compute_environments);
    if supported.is_empty() {
        return;
    }
    for (i, env) in input
        .validate_for_compute_environments
        .iter()
        .flatten()
        .enumerate()
    {
        if COMPUTE_ENVIRONMENTS.contains(&env.as_str()) && !supported.contains(env) {
            found.add(
                format!("ConnectionInput.ValidateForComputeEnvironments[{i}]"),
                format!(
                    "{} does not support the {env} compute environment; use {}",
                    description.connection_type,
                    either(supported)
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::described::tests::{described, request, said};

    /// SALESFORCE-like: INSTANCE_URL is required on Athena only; Spark needs a VPC.
    const TWO_ENVIRONMENTS: &str = r#"{
        "ConnectionType": "ACME",
        "Capabilities": {"SupportedAuthenticationTypes": ["OAUTH2"], "SupportedDataOperations": ["READ"],
                         "SupportedComputeEnvironments": ["SPARK", "ATHENA"]},
        "ConnectionProperties": {
            "INSTANCE_URL": {"Description": "", "Required": false, "PropertyTypes": ["USER_INPUT"]}},
        "ComputeEnvironmentConfigurations": {
            "AthenaConfiguration": {"Description": "", "ComputeEnvironment": "ATHENA",
                                    "SupportedAuthenticationTypes": ["OAUTH2"],
                                    "ConnectionPropertiesRequiredOverrides": ["INSTANCE_URL"],
                                    "PhysicalConnectionPropertiesRequired": false},
            "SparkConfiguration": {"Description": "", "ComputeEnvironment": "SPARK",
                                   "SupportedAuthenticationTypes": ["OAUTH2"],
                                   "ConnectionPropertiesRequiredOverrides": [],
                                   "PhysicalConnectionPropertiesRequired": true}
        }
    }"#;

    fn acme(extra: &str) -> crate::model::CreateConnectionRequest {
        request(&format!(
            r#"{{"ConnectionInput": {{"Name": "a", "ConnectionType": "ACME"{extra}}}}}"#
        ))
    }

    const VPC: &str = r#", "PhysicalConnectionRequirements": {"SubnetId": "subnet-1",
        "SecurityGroupIdList": ["sg-1"]}"#;

    #[test]
    fn a_required_override_applies_only_for_its_environment() {
        let d = described(TWO_ENVIRONMENTS);
        let spark_only = acme(r#", "ValidateForComputeEnvironments": ["SPARK"]"#);
        let (refusals, _) = said(
            &d,
            &acme(&format!(
                r#", "ValidateForComputeEnvironments": ["SPARK"]{VPC}"#
            )),
        );
        assert_eq!(refusals, Vec::<String>::new(), "Athena not in play");
        let (refusals, _) = said(
            &d,
            &acme(r#", "ValidateForComputeEnvironments": ["ATHENA"]"#),
        );
        assert_eq!(
            refusals,
            [
                "ConnectionInput.ConnectionProperties.INSTANCE_URL: INSTANCE_URL is required for ACME on ATHENA"
            ]
        );
        let given = acme(
            r#", "ValidateForComputeEnvironments": ["ATHENA"], "ConnectionProperties": {"INSTANCE_URL": "https://x"}"#,
        );
        assert_eq!(said(&d, &given).0, Vec::<String>::new());
        // Spark alone still needs its VPC.
        assert_eq!(
            said(&d, &spark_only).0,
            [
                "ConnectionInput.PhysicalConnectionRequirements: PhysicalConnectionRequirements are required for \
              ACME on SPARK: give the subnet and security groups it connects through"
            ]
        );
    }

    #[test]
    fn with_no_environment_named_every_supported_one_is_in_play() {
        let d = described(TWO_ENVIRONMENTS);
        let (refusals, _) = said(&d, &acme(""));
        assert_eq!(
            refusals,
            [
                "ConnectionInput.ConnectionProperties.INSTANCE_URL: INSTANCE_URL is required for ACME on ATHENA",
                "ConnectionInput.PhysicalConnectionRequirements: PhysicalConnectionRequirements are required for \
                 ACME on SPARK: give the subnet and security groups it connects through",
            ]
        );
        // No capabilities: the configured environments are in play.
        let mut bare = d.clone();
        bare.capabilities = None;
        assert_eq!(said(&bare, &acme("")).0, refusals);
        let ok = acme(&format!(
            r#", "ConnectionProperties": {{"INSTANCE_URL": "https://x"}}{VPC}"#
        ));
        assert_eq!(said(&d, &ok), (vec![], vec![]));
    }

    #[test]
    fn an_override_the_type_requires_anyway_is_reported_once() {
        let d = described(&TWO_ENVIRONMENTS.replace(r#""Required": false"#, r#""Required": true"#));
        let (refusals, _) = said(
            &d,
            &acme(&format!(
                r#", "ValidateForComputeEnvironments": ["ATHENA"]{VPC}"#
            )),
        );
        assert_eq!(
            refusals,
            [
                "ConnectionInput.ConnectionProperties.INSTANCE_URL: INSTANCE_URL is required for ACME"
            ]
        );
    }

    #[test]
    fn physical_connection_properties_required_refuses_a_request_without_a_vpc() {
        let d = described(TWO_ENVIRONMENTS);
        let without = acme(r#", "ValidateForComputeEnvironments": ["SPARK"]"#);
        assert_eq!(
            said(&d, &without).0,
            [
                "ConnectionInput.PhysicalConnectionRequirements: PhysicalConnectionRequirements are required for \
              ACME on SPARK: give the subnet and security groups it connects through"
            ]
        );
        let with = acme(&format!(
            r#", "ValidateForComputeEnvironments": ["SPARK"]{VPC}"#
        ));
        assert_eq!(said(&d, &with), (vec![], vec![]));
    }

    #[test]
    fn an_environment_the_type_does_not_support_is_refused() {
        let d = described(TWO_ENVIRONMENTS);
        let python = acme(
            r#", "ValidateForComputeEnvironments": ["ATHENA", "PYTHON"], "ConnectionProperties": {"INSTANCE_URL": "u"}"#,
        );
        assert_eq!(
            said(&d, &python).0,
            [
                "ConnectionInput.ValidateForComputeEnvironments[1]: ACME does not support the PYTHON compute \
              environment; use SPARK or ATHENA"
            ]
        );
        let athena = acme(
            r#", "ValidateForComputeEnvironments": ["ATHENA"], "ConnectionProperties": {"INSTANCE_URL": "u"}"#,
        );
        assert_eq!(said(&d, &athena), (vec![], vec![]));
    }

    /// DYNAMODB-like: Athena needs a spill bucket; Spark takes one documented key.
    const MAPS: &str = r#"{
        "ConnectionType": "ACME",
        "Capabilities": {"SupportedAuthenticationTypes": ["IAM"], "SupportedDataOperations": ["READ"],
                         "SupportedComputeEnvironments": ["SPARK", "ATHENA"]},
        "AthenaConnectionProperties": {
            "spill_bucket": {"Description": "", "Required": true, "PropertyTypes": ["USER_INPUT"]},
            "disable_spill_encryption": {"Description": "", "Required": false, "PropertyTypes": ["USER_INPUT"],
                                         "AllowedValues": [{"Value": "true"}, {"Value": "false"}]}},
        "SparkConnectionProperties": {
            "secretId": {"Description": "", "Required": false, "PropertyTypes": ["USER_INPUT"]}}
    }"#;

    #[test]
    fn an_athena_property_is_required_only_while_athena_is_in_play() {
        let d = described(MAPS);
        let spark = acme(r#", "ValidateForComputeEnvironments": ["SPARK"]"#);
        assert_eq!(said(&d, &spark), (vec![], vec![]));
        let athena = acme(r#", "ValidateForComputeEnvironments": ["ATHENA"]"#);
        assert_eq!(
            said(&d, &athena).0,
            [
                "ConnectionInput.AthenaProperties.spill_bucket: spill_bucket is required in AthenaProperties for ACME \
              on ATHENA"
            ]
        );
        let both = acme(r#", "AthenaProperties": {"spill_bucket": "s3://spill"}"#);
        assert_eq!(said(&d, &both), (vec![], vec![]));
    }

    #[test]
    fn an_athena_value_outside_the_allowed_ones_is_refused() {
        let d = described(MAPS);
        let bad = acme(
            r#", "ValidateForComputeEnvironments": ["ATHENA"],
                "AthenaProperties": {"spill_bucket": "s3://spill", "disable_spill_encryption": "yes"}"#,
        );
        assert_eq!(
            said(&d, &bad).0,
            [
                "ConnectionInput.AthenaProperties.disable_spill_encryption: disable_spill_encryption: one of true, false"
            ]
        );
    }

    #[test]
    fn an_unknown_spark_property_key_is_warned_with_the_nearest_one() {
        let d = described(MAPS);
        let typo = acme(
            r#", "ValidateForComputeEnvironments": ["SPARK"], "SparkProperties": {"secretID": "s", "sfRole": "r"}"#,
        );
        let (refusals, warnings) = said(&d, &typo);
        assert_eq!(refusals, Vec::<String>::new());
        assert_eq!(
            warnings,
            [
                "ConnectionInput.SparkProperties.secretID: secretID is not a SparkProperties key Glue describes for \
                 ACME — did you mean secretId? (sent as written; Glue decides)",
                "ConnectionInput.SparkProperties.sfRole: sfRole is not a SparkProperties key Glue describes for ACME \
                 (sent as written; Glue decides)",
            ]
        );
        let known = acme(
            r#", "ValidateForComputeEnvironments": ["SPARK"], "SparkProperties": {"secretId": "s"}"#,
        );
        assert_eq!(said(&d, &known), (vec![], vec![]));
    }
}
