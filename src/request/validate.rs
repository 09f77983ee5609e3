//! Every constraint the CreateConnection request puts on what the user types, in one place.
//!
//! The numbers and patterns come from botocore's Glue `service-2.json` (API version 2017-03-31; read from
//! botocore 1.44.5 and the copy bundled with awscli 1.46.3 — identical for these shapes). Each constant names its
//! shape. Functions return the message shown beside the field: what is wrong and what is allowed.

mod auth;
mod property;
mod text;

pub use auth::*;
pub use property::{
    LIST_PORT_MIN, PORT_MAX, PORT_MIN, PROPERTY_VALUE_MAX, property_kind, property_length,
    property_value,
};

use crate::request::spec::{Requirement, TypeSpec};
use std::collections::BTreeMap;
use text::{is_description_char, is_name_char, length, name_string, only};

/// `NameString` (connection Name, MatchCriteria items, SubnetId, AvailabilityZone, security group ids): 1–255.
pub const NAME_MAX: usize = 255;
/// `DescriptionString`: 0–2048.
pub const DESCRIPTION_MAX: usize = 2048;
/// `MatchCriteria`: at most 10 items.
pub const MATCH_CRITERIA_MAX: usize = 10;
/// `ConnectionProperties`: at most 100 entries.
pub const CONNECTION_PROPERTIES_MAX: usize = 100;
/// `PropertyMap` (Spark/Athena/PythonProperties): `PropertyKey` 1–128, `PropertyValue` 1–2048, no count limit.
pub const PROPERTY_MAP_KEY_MAX: usize = 128;
pub const PROPERTY_MAP_VALUE_MAX: usize = 2048;
/// `SecurityGroupIdList`: at most 50 ids.
pub const SECURITY_GROUPS_MAX: usize = 50;
/// `TagsMap`: at most 50 tags; `TagKey` 1–128; `TagValue` 0–256.
pub const TAGS_MAX: usize = 50;
pub const TAG_KEY_MAX: usize = 128;
pub const TAG_VALUE_MAX: usize = 256;
/// `CatalogIdString`: 1–255, the `NameString` pattern.
pub const CATALOG_ID_MAX: usize = 255;

/// `ConnectionInput.Name`.
pub fn name(value: &str) -> Result<(), String> {
    name_string("Name", value)
}

/// `ConnectionInput.Description`: like a name, but may be empty and may hold line breaks.
pub fn description(value: &str) -> Result<(), String> {
    length("Description", value, 0, DESCRIPTION_MAX)?;
    only(
        "Description",
        value,
        is_description_char,
        "printable characters, tabs or line breaks",
    )
}

/// `ConnectionInput.MatchCriteria`.
pub fn match_criteria(items: &[String]) -> Result<(), String> {
    if items.len() > MATCH_CRITERIA_MAX {
        return Err(format!(
            "Match criteria: at most {MATCH_CRITERIA_MAX} items (there are {})",
            items.len()
        ));
    }
    for (i, item) in items.iter().enumerate() {
        name_string(&format!("Match criterion {}", i + 1), item)?;
    }
    Ok(())
}

/// `CreateConnectionRequest.CatalogId`.
pub fn catalog_id(value: &str) -> Result<(), String> {
    length("Catalog ID", value, 1, CATALOG_ID_MAX)?;
    only(
        "Catalog ID",
        value,
        is_name_char,
        "printable characters or tabs",
    )
}

/// `PhysicalConnectionRequirements.SubnetId`.
pub fn subnet_id(value: &str) -> Result<(), String> {
    name_string("Subnet", value)
}

/// `PhysicalConnectionRequirements.AvailabilityZone`.
pub fn availability_zone(value: &str) -> Result<(), String> {
    name_string("Availability Zone", value)
}

/// `PhysicalConnectionRequirements.SecurityGroupIdList`.
pub fn security_groups(ids: &[String]) -> Result<(), String> {
    if ids.len() > SECURITY_GROUPS_MAX {
        return Err(format!(
            "Security groups: at most {SECURITY_GROUPS_MAX} (there are {})",
            ids.len()
        ));
    }
    for id in ids {
        name_string("Security group", id)?;
    }
    Ok(())
}

/// `CreateConnectionRequest.Tags`.
pub fn tags(tags: &BTreeMap<String, String>) -> Result<(), String> {
    if tags.len() > TAGS_MAX {
        return Err(format!(
            "Tags: at most {TAGS_MAX} (there are {})",
            tags.len()
        ));
    }
    for (k, v) in tags {
        length("Tag key", k, 1, TAG_KEY_MAX)?;
        length(&format!("Tag {k}"), v, 0, TAG_VALUE_MAX)?;
    }
    Ok(())
}

/// `ConnectionInput.SparkProperties`, `AthenaProperties` or `PythonProperties`; `label` names which.
pub fn property_map(label: &str, map: &BTreeMap<String, String>) -> Result<(), String> {
    for (k, v) in map {
        length(&format!("{label} key"), k, 1, PROPERTY_MAP_KEY_MAX)?;
        length(&format!("{label} {k}"), v, 1, PROPERTY_MAP_VALUE_MAX)?;
    }
    Ok(())
}

/// A property counts as given when it has more than blanks: the form keeps empty fields, the request must not.
fn given(props: &BTreeMap<String, String>, key: &str) -> bool {
    props.get(key).is_some_and(|v| !v.trim().is_empty())
}

/// What [`properties`] found: `refusals` break the API's contract or the reference's stated rules and keep the
/// request from being sent; `warnings` are advice (a usual property missing, a value unlike its field's kind) and
/// do not. Each is `(key, message)`; an empty key is the map itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PropertyFindings {
    pub refusals: Vec<(String, String)>,
    pub warnings: Vec<(String, String)>,
}

/// Missing fields as `(key, message)`.
pub type Missing = Vec<(&'static str, String)>;

/// The spec's `Required` fields that are missing (refusals), then its `Usual` ones (warnings).
pub fn required(spec: &TypeSpec, props: &BTreeMap<String, String>) -> (Missing, Missing) {
    let missing = |wanted: Requirement| {
        spec.fields
            .iter()
            .filter(move |f| f.required == wanted && !given(props, f.key))
    };
    let refused = missing(Requirement::Required)
        .map(|f| (f.key, format!("{} is required", f.key)))
        .collect();
    let advised = missing(Requirement::Usual)
        .map(|f| {
            (
                f.key,
                format!(
                    "{} is usually given for {} ({}); Glue decides whether it is needed",
                    f.key, spec.connection_type, f.help
                ),
            )
        })
        .collect();
    (refused, advised)
}

/// Each either/or group where not exactly one alternative is complete, as `(key to focus, message, refused)`:
/// none complete is refused when the reference states the group, a warning otherwise; more than one complete is
/// always a warning (the reference says "or", not "only one of"). `secret_reference`: the request names a
/// Secrets Manager secret (`AuthenticationConfiguration.SecretArn`), which completes a credentials group.
pub fn either_or(
    spec: &TypeSpec,
    props: &BTreeMap<String, String>,
    secret_reference: bool,
) -> Vec<(&'static str, String, bool)> {
    let mut errors = Vec::new();
    for group in spec.either_or {
        let choices = group
            .alternatives
            .iter()
            .map(|a| a.join(" + "))
            .collect::<Vec<_>>()
            .join(", or ");
        let complete: Vec<_> = group
            .alternatives
            .iter()
            .filter(|a| a.iter().all(|k| given(props, k)))
            .collect();
        match complete[..] {
            [_] => {}
            [] if group.secret_reference && secret_reference => {}
            [] => {
                // Point at the first missing key of the alternative the user has filled most of.
                let best = group
                    .alternatives
                    .iter()
                    .rev() // max_by_key keeps the last maximum; reversing makes ties go to the first alternative
                    .max_by_key(|a| a.iter().filter(|k| given(props, k)).count())
                    .expect("a group has alternatives");
                let key = best
                    .iter()
                    .copied()
                    .find(|k| !given(props, k))
                    .expect("incomplete");
                let or_secret = if group.secret_reference {
                    ", or AuthenticationConfiguration.SecretArn"
                } else {
                    ""
                };
                errors.push((key, format!("Give {choices}{or_secret}"), group.stated));
            }
            [_, second, ..] => {
                errors.push((
                    second[0],
                    format!("Usually only one of: {choices} — Glue decides which it uses"),
                    false,
                ));
            }
        }
    }
    errors
}

/// Everything about a property map against a spec: count and lengths (the API's limits), required fields and
/// either/or groups (the reference's rules, or advice — see [`required`] and [`either_or`]), and each given value
/// by its field's kind (advice; keys the spec does not list are plain text).
pub fn properties(
    spec: &TypeSpec,
    props: &BTreeMap<String, String>,
    secret_reference: bool,
) -> PropertyFindings {
    let mut found = PropertyFindings::default();
    if props.len() > CONNECTION_PROPERTIES_MAX {
        found.refusals.push((
            String::new(),
            format!(
                "At most {CONNECTION_PROPERTIES_MAX} connection properties (there are {})",
                props.len()
            ),
        ));
    }
    for (key, value) in props.iter().filter(|(k, _)| given(props, k)) {
        if let Err(e) = property_length(key, value) {
            found.refusals.push((key.clone(), e));
        } else if let Some(field) = spec.field(key)
            && let Err(e) = property_kind(key, value, field.kind)
        {
            found.warnings.push((key.clone(), e));
        }
    }
    let (refused, advised) = required(spec, props);
    found
        .refusals
        .extend(refused.into_iter().map(|(k, m)| (k.to_string(), m)));
    found
        .warnings
        .extend(advised.into_iter().map(|(k, m)| (k.to_string(), m)));
    for (key, message, refused) in either_or(spec, props, secret_reference) {
        let list = if refused {
            &mut found.refusals
        } else {
            &mut found.warnings
        };
        list.push((key.to_string(), message));
    }
    found
}

#[cfg(test)]
mod tests;
