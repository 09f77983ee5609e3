//! A request checked against DescribeConnectionType's answer for its type: Glue's own word on which properties are
//! required, which values are allowed and which authentication types the type supports — so each finding is a
//! refusal, except a key the description does not list, which is a warning as everywhere.
//!
//! The wizard applies this to the type it has a description of; `create --from-json` to a type this build does not
//! know, after asking Glue about it.

use super::problems::{Assessment, Found, key_path};
use crate::model::{ConnectionTypeDescription, CreateConnectionRequest};
use crate::request::spec::{Requirement, TypeSpec};

const PROPERTIES: &str = "ConnectionInput.ConnectionProperties";
const AUTHENTICATION_TYPE: &str = "ConnectionInput.AuthenticationConfiguration.AuthenticationType";

/// What `description` finds in `request`. `spec`: the type's row in the spec table, whose required fields and
/// either/or groups `problems` already checks (they are not reported twice).
pub fn described_problems(
    description: &ConnectionTypeDescription,
    spec: Option<&TypeSpec>,
    request: &CreateConnectionRequest,
) -> Assessment {
    let ty = &description.connection_type;
    let input = &request.connection_input;
    let mut found = Found::default();
    for definition in description
        .connection_properties
        .iter()
        .filter(|d| d.is_user_input())
    {
        let key = definition.id();
        let path = key_path(PROPERTIES, key);
        let value = input
            .connection_properties
            .get(key)
            .map_or("", |v| v.trim());
        let spec_says = spec
            .and_then(|s| s.field(key))
            .is_some_and(|f| matches!(f.required, Requirement::Required | Requirement::OneOf(_)));
        if value.is_empty() {
            if definition.required && !spec_says {
                found.add(path, format!("{key} is required for {ty}"));
            }
        } else if !definition.allows(value) {
            found.add(
                path,
                format!(
                    "{key}: one of {}",
                    definition.allowed_value_names().join(", ")
                ),
            );
        }
    }
    let supported = description.supported_authentication_types();
    let kind = input
        .authentication_configuration
        .as_ref()
        .and_then(|a| a.authentication_type.as_deref());
    if let Some(kind) = kind
        && !supported.is_empty()
        && !supported.iter().any(|s| s == kind)
    {
        found.add(
            AUTHENTICATION_TYPE,
            format!(
                "{ty} does not support {kind} authentication; use {}",
                either(supported)
            ),
        );
    }
    // A spec that lists its keys had them checked by `problems` already.
    let spec_lists_keys = spec.is_some_and(|s| !s.fields.is_empty() || s.needs_network);
    if !spec_lists_keys {
        let names: Vec<&str> = description
            .connection_properties
            .iter()
            .map(|d| d.id())
            .collect();
        super::unknown_keys::unknown_keys(
            &mut found,
            spec,
            &input.connection_properties,
            Some(&names),
        );
    }
    found.into_assessment()
}

/// `A`, `A or B`, `A, B or C`.
pub fn either(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternatives_read_as_a_sentence() {
        let s = |items: &[&str]| either(&items.iter().map(|i| i.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&["OAUTH2"]), "OAUTH2");
        assert_eq!(s(&["BASIC", "OAUTH2"]), "BASIC or OAUTH2");
        assert_eq!(s(&["BASIC", "OAUTH2", "CUSTOM"]), "BASIC, OAUTH2 or CUSTOM");
    }
}
