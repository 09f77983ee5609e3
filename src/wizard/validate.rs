//! Every constraint the CreateConnection request puts on what the user types, in one place.
//!
//! The numbers and patterns come from botocore's Glue `service-2.json` (API version 2017-03-31; read from
//! botocore 1.44.5 and the copy bundled with awscli 1.46.3 — identical for these shapes). Each constant names its
//! shape. Functions return the message shown beside the field: what is wrong and what is allowed.

mod auth;
mod property;
mod text;

pub use auth::*;
pub use property::{LIST_PORT_MIN, PORT_MAX, PORT_MIN, PROPERTY_VALUE_MAX, property_value};

use crate::wizard::spec::{FieldKind, Requirement, TypeSpec};
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

/// The spec's `Required` fields that are missing, as `(key, message)`.
pub fn required(spec: &TypeSpec, props: &BTreeMap<String, String>) -> Vec<(&'static str, String)> {
    spec.fields
        .iter()
        .filter(|f| f.required == Requirement::Required && !given(props, f.key))
        .map(|f| (f.key, format!("{} is required", f.key)))
        .collect()
}

/// Each either/or group where not exactly one alternative is complete, as `(key to focus, message)`.
pub fn either_or(spec: &TypeSpec, props: &BTreeMap<String, String>) -> Vec<(&'static str, String)> {
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
                errors.push((key, format!("Give {choices}")));
            }
            [_, second, ..] => {
                errors.push((second[0], format!("Give only one of: {choices}")));
            }
        }
    }
    errors
}

/// Everything about a property map against a spec: count, required fields, either/or groups, and each given
/// value by its field's kind (keys the spec does not list are checked as text).
pub fn properties(spec: &TypeSpec, props: &BTreeMap<String, String>) -> Vec<(String, String)> {
    let mut errors: Vec<(String, String)> = Vec::new();
    if props.len() > CONNECTION_PROPERTIES_MAX {
        errors.push((
            String::new(),
            format!(
                "At most {CONNECTION_PROPERTIES_MAX} connection properties (there are {})",
                props.len()
            ),
        ));
    }
    for (key, value) in props.iter().filter(|(k, _)| given(props, k)) {
        let kind = spec.field(key).map_or(FieldKind::Text, |f| f.kind);
        if let Err(e) = property_value(key, value, kind) {
            errors.push((key.clone(), e));
        }
    }
    let structural = required(spec, props)
        .into_iter()
        .chain(either_or(spec, props));
    errors.extend(structural.map(|(k, m)| (k.to_string(), m)));
    errors
}

#[cfg(test)]
mod tests;
