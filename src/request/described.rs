//! A request checked against DescribeConnectionType's answer for its type: Glue's own word on the type, so each
//! finding is a refusal, except a key the description does not list, which is a warning as everywhere.
//!
//! Here: `ConnectionProperties` (required keys, allowed values, keys not listed). In `described_auth`:
//! `AuthenticationConfiguration` (the type and its allowed values, `SecretArn`, `OAuth2Properties`, the basic and
//! custom credentials) and each compute environment's supported authentication types. In `described_compute`: the
//! compute environments in play, their required overrides and VPC, and the Spark, Athena and Python property maps.
//! `Capabilities.SupportedDataOperations` and the properties' `DataOperationScopes` limit nothing CreateConnection
//! takes (they are about jobs' reads and writes), and `ConnectionOptions` are not part of the request: none is checked.
//!
//! The wizard applies this to the type it has a description of; `create --from-json` to a type this build does not
//! know, after asking Glue about it.

use super::described_auth::authentication;
use super::described_auth::hint;
use super::described_compute::{InPlay, compute};
use super::problems::{Assessment, Found, key_path};
use super::unknown_keys::strangers;
use crate::model::{
    ConnectionInput, ConnectionTypeDescription, CreateConnectionRequest, PropertyDefinition,
    PropertyMap,
};
use crate::request::spec::{Requirement, TypeSpec};

pub(super) const PROPERTIES: &str = "ConnectionInput.ConnectionProperties";

/// What `description` finds in `request`. `spec`: the type's row in the spec table, whose required fields and
/// either/or groups `problems` already checks (they are not reported twice).
pub fn described_problems(
    description: &ConnectionTypeDescription,
    spec: Option<&TypeSpec>,
    request: &CreateConnectionRequest,
) -> Assessment {
    let input = &request.connection_input;
    let mut found = Found::default();
    let in_play = InPlay::of(description, input);
    connection_properties(&mut found, description, spec, input);
    compute(&mut found, description, spec, &in_play, input);
    authentication(&mut found, description, &in_play, input);
    found.into_assessment()
}

fn connection_properties(
    found: &mut Found,
    description: &ConnectionTypeDescription,
    spec: Option<&TypeSpec>,
    input: &ConnectionInput,
) {
    let ty = &description.connection_type;
    for definition in description
        .connection_properties
        .iter()
        .filter(|d| d.is_user_input())
    {
        let key = definition.id();
        let path = key_path(PROPERTIES, key);
        let value = value_of(Some(&input.connection_properties), key);
        if value.is_empty() {
            if definition.required && !spec_states(spec, key) {
                found.add(
                    path,
                    format!("{key} is required for {ty}{}", hint(definition)),
                );
            }
        } else if !definition.allows(value) {
            found.add(path, one_of(definition));
        }
    }
    // A spec that lists its keys had them checked by `problems` already. Otherwise the description is the list:
    // Glue has refused a SALESFORCE key it does not describe ("ROLE are not allowed in the request object"), even
    // one the `ConnectionPropertyKey` enum names, so the enum does not excuse a key here.
    let spec_lists_keys = spec.is_some_and(|s| !s.fields.is_empty() || s.needs_network);
    if !spec_lists_keys {
        unlisted(
            found,
            PROPERTIES,
            "connection property",
            ty,
            &description.connection_properties,
            Some(&input.connection_properties),
        );
    }
}

/// Whether the spec table states a requirement for `key` (required, or one of an either/or group), which
/// `problems` reports.
pub(super) fn spec_states(spec: Option<&TypeSpec>, key: &str) -> bool {
    spec.and_then(|s| s.field(key))
        .is_some_and(|f| matches!(f.required, Requirement::Required | Requirement::OneOf(_)))
}

/// The trimmed value of `key` in `map`; empty when the map or the key is absent.
pub(super) fn value_of<'a>(map: Option<&'a PropertyMap>, key: &str) -> &'a str {
    map.and_then(|m| m.get(key)).map_or("", |v| v.trim())
}

/// `KEY: one of A, B`: a value outside the definition's allowed ones (never the value itself, which may be a secret).
pub(super) fn one_of(definition: &PropertyDefinition) -> String {
    format!(
        "{}: one of {}",
        definition.id(),
        definition.allowed_value_names().join(", ")
    )
}

/// Each value of `map` (at `at`) outside its definition's allowed values, refused.
pub(super) fn outside_allowed(
    found: &mut Found,
    at: &str,
    definitions: &[PropertyDefinition],
    map: Option<&PropertyMap>,
) {
    for definition in definitions.iter().filter(|d| d.is_user_input()) {
        let value = value_of(map, definition.id());
        if !value.is_empty() && !definition.allows(value) {
            found.add(key_path(at, definition.id()), one_of(definition));
        }
    }
}

/// Warns about each key of `map` (at `at`, the map `name` of the request) that `definitions` does not list, with
/// the nearest listed key. Nothing when the description lists no keys for the map: then it says nothing about them.
pub(super) fn unlisted(
    found: &mut Found,
    at: &str,
    name: &str,
    ty: &str,
    definitions: &[PropertyDefinition],
    map: Option<&PropertyMap>,
) {
    if definitions.is_empty() {
        return;
    }
    let listed: Vec<&str> = definitions.iter().map(|d| d.id()).collect();
    for (key, hint) in strangers(map.into_iter().flat_map(|m| m.keys()), &listed) {
        found.warn(
            key_path(at, key),
            format!(
                "{key} is not a {name} key Glue describes for {ty}{hint} (sent as written; Glue decides)"
            ),
        );
    }
}

/// `A`, `A or B`, `A, B or C`.
pub fn either<S: AsRef<str>>(items: &[S]) -> String {
    listed(items, "or")
}

/// `A`, `A and B`, `A, B and C`.
pub(super) fn both<S: AsRef<str>>(items: &[S]) -> String {
    listed(items, "and")
}

fn listed<S: AsRef<str>>(items: &[S], word: &str) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match items.as_slice() {
        [] => String::new(),
        [only] => only.to_string(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::request::spec::spec_for;

    /// A description in the documented JSON shape, as `aws glue describe-connection-type` prints it.
    pub(in crate::request) fn described(json: &str) -> ConnectionTypeDescription {
        serde_json::from_str(json).expect("a description")
    }

    /// A request in the `--cli-input-json` shape.
    pub(in crate::request) fn request(json: &str) -> CreateConnectionRequest {
        serde_json::from_str(json).expect("a request")
    }

    /// `path: message` of each refusal and of each warning.
    pub(in crate::request) fn said(
        description: &ConnectionTypeDescription,
        request: &CreateConnectionRequest,
    ) -> (Vec<String>, Vec<String>) {
        let found = described_problems(description, None, request);
        let lines = |p: Vec<super::super::Problem>| p.iter().map(ToString::to_string).collect();
        (lines(found.refusals), lines(found.warnings))
    }

    #[test]
    fn alternatives_read_as_a_sentence() {
        assert_eq!(either(&["OAUTH2"]), "OAUTH2");
        assert_eq!(either(&["BASIC", "OAUTH2"]), "BASIC or OAUTH2");
        assert_eq!(
            either(&["BASIC", "OAUTH2", "CUSTOM"]),
            "BASIC, OAUTH2 or CUSTOM"
        );
        assert_eq!(both(&["ATHENA", "SPARK"]), "ATHENA and SPARK");
        assert_eq!(either::<String>(&[]), "");
    }

    #[test]
    fn connection_properties_are_required_and_limited_as_described() {
        let d = described(
            r#"{"ConnectionType": "ACME", "ConnectionProperties": {
                "INSTANCE_URL": {"Name": "Instance URL", "Description": "", "Required": true,
                                 "PropertyTypes": ["USER_INPUT"]},
                "API_VERSION": {"Description": "", "Required": false, "PropertyTypes": ["USER_INPUT"],
                                "AllowedValues": [{"Value": "v1"}, {"Value": "v2"}]}}}"#,
        );
        let bad = request(
            r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "ACME",
                "ConnectionProperties": {"API_VERSION": "v3", "INSTANCE_UR": "x"}}}"#,
        );
        let (refusals, warnings) = said(&d, &bad);
        assert_eq!(
            refusals,
            [
                "ConnectionInput.ConnectionProperties.API_VERSION: API_VERSION: one of v1, v2",
                "ConnectionInput.ConnectionProperties.INSTANCE_URL: INSTANCE_URL is required for ACME",
            ]
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("INSTANCE_UR is not a connection property key Glue describes for ACME — did you mean INSTANCE_URL?"),
            "{warnings:?}"
        );
        let good = request(
            r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "ACME",
                "ConnectionProperties": {"API_VERSION": "v2", "INSTANCE_URL": "x"}}}"#,
        );
        assert_eq!(said(&d, &good), (vec![], vec![]));
    }

    #[test]
    fn a_key_the_spec_requires_is_left_to_the_spec() {
        let d = described(
            r#"{"ConnectionType": "JDBC", "ConnectionProperties": {
                "JDBC_CONNECTION_URL": {"Description": "", "Required": true, "PropertyTypes": ["USER_INPUT"]}}}"#,
        );
        let r = request(r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "JDBC"}}"#);
        let found = described_problems(&d, spec_for("JDBC"), &r);
        assert!(found.refusals.is_empty(), "{:?}", found.refusals);
    }
}
