//! Everything wrong with a `CreateConnection` request, each problem at its JSON path — with the rules the wizard's
//! fields use too ([`spec`](super::spec), [`validate`](super::validate)), never a second copy of the limits.

use std::collections::BTreeMap;

use super::auth_problems::authentication;
use crate::glue::parse_connection_type;
use crate::model::{ConnectionInput, CreateConnectionRequest, PhysicalConnectionRequirements};
use crate::request::spec::{TypeGroup, TypeSpec, spec_for};
use crate::request::validate;

/// One thing to fix, e.g. `ConnectionInput.ConnectionProperties.PORT`: `PORT is usually a port from 1024 to 65535`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// `ValidateForComputeEnvironments` values.
pub const COMPUTE_ENVIRONMENTS: &[&str] = &["SPARK", "ATHENA", "PYTHON"];

/// A type the spec table has no row for (one newer than this build, say): its values are checked as plain text.
static PLAIN: TypeSpec = TypeSpec {
    connection_type: "",
    group: TypeGroup::SaasApps,
    summary: "",
    supported: true,
    fields: &[],
    either_or: &[],
    needs_network: false,
};

/// The problems found so far, in the order the checks ran (roughly the document's): refusals keep the request from
/// being sent; warnings are shown and the request goes out anyway — Glue decides.
#[derive(Default)]
pub(super) struct Found {
    refusals: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Found {
    /// A refusal: the API's contract (a length, a pattern, a required field, an enum) or a rule the reference
    /// states.
    pub(super) fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.refusals.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    /// Advice: a likely mistake or a usual property missing, which Glue may well accept.
    pub(super) fn warn(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    pub(super) fn check(&mut self, path: impl Into<String>, result: Result<(), String>) {
        if let Err(message) = result {
            self.add(path, message);
        }
    }

    pub(super) fn into_assessment(self) -> Assessment {
        Assessment {
            refusals: self.refusals,
            warnings: self.warnings,
        }
    }
}

/// What the checks found in a request: `refusals` (nothing may be sent while there is one) and `warnings`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    pub refusals: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// `prefix.KEY` for a plain key, `prefix["spark.ssl.key"]` (JSON-quoted) for any other, so a path stays readable
/// and unambiguous when a map key holds dots, spaces or nothing at all.
pub fn key_path(prefix: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{prefix}.{key}")
    } else {
        format!("{prefix}[{}]", serde_json::Value::from(key))
    }
}

/// Every refusal of the request, roughly in document order. Empty means CreateConnection may be sent.
pub fn problems(request: &CreateConnectionRequest) -> Vec<Problem> {
    assess(request).refusals
}

/// Every warning of the request: advice shown beside the field and on stderr, which does not block sending.
pub fn warnings(request: &CreateConnectionRequest) -> Vec<Problem> {
    assess(request).warnings
}

/// Refusals and warnings in one pass.
pub fn assess(request: &CreateConnectionRequest) -> Assessment {
    let mut found = Found::default();
    if let Some(id) = &request.catalog_id {
        found.check("CatalogId", validate::catalog_id(id));
    }
    connection_input(&mut found, &request.connection_input);
    if let Some(tags) = &request.tags {
        tag_map(&mut found, tags);
    }
    super::masks::masks(&mut found, request);
    found.into_assessment()
}

fn connection_input(found: &mut Found, input: &ConnectionInput) {
    const AT: &str = "ConnectionInput";
    found.check(format!("{AT}.Name"), validate::name(&input.name));
    if let Some(d) = &input.description {
        found.check(format!("{AT}.Description"), validate::description(d));
    }
    let spec = connection_type(found, &input.connection_type);
    if let Some(items) = &input.match_criteria {
        match_criteria(found, items);
    }
    let secret_reference = input
        .authentication_configuration
        .as_ref()
        .is_some_and(|a| {
            a.secret_arn
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty())
        });
    connection_properties(
        found,
        spec.unwrap_or(&PLAIN),
        &input.connection_properties,
        secret_reference,
    );
    super::unknown_keys::unknown_keys(found, spec, &input.connection_properties, None);
    for (name, map) in [
        ("SparkProperties", &input.spark_properties),
        ("AthenaProperties", &input.athena_properties),
        ("PythonProperties", &input.python_properties),
    ] {
        if let Some(map) = map {
            property_map(found, name, map);
        }
    }
    let needs_network = spec.is_some_and(|s| s.needs_network);
    match &input.physical_connection_requirements {
        Some(p) => physical(found, p, needs_network, &input.connection_type),
        None if needs_network => found.add(
            format!("{AT}.PhysicalConnectionRequirements"),
            format!(
                "{} connections need PhysicalConnectionRequirements with SubnetId and SecurityGroupIdList",
                input.connection_type.trim().to_ascii_uppercase()
            ),
        ),
        None => {}
    }
    if let Some(auth) = &input.authentication_configuration {
        authentication(found, auth);
    }
    if let Some(envs) = &input.validate_for_compute_environments {
        for (i, env) in envs.iter().enumerate() {
            if !COMPUTE_ENVIRONMENTS.contains(&env.as_str()) {
                found.add(
                    format!("{AT}.ValidateForComputeEnvironments[{i}]"),
                    format!(
                        "{env:?} is not a compute environment: {}",
                        COMPUTE_ENVIRONMENTS.join(", ")
                    ),
                );
            }
        }
    }
}

/// The spec of a known, supported type. A type this build does not know is no refusal: the SDK's list lags the
/// service, so `create --from-json` asks DescribeConnectionType about it (see `unknown_type`) and the wizard does
/// the same; here it only gets a warning, with the nearest known types.
fn connection_type(found: &mut Found, value: &str) -> Option<&'static TypeSpec> {
    const AT: &str = "ConnectionInput.ConnectionType";
    if value.trim().is_empty() {
        found.add(
            AT,
            "ConnectionType must not be empty, e.g. JDBC, KAFKA, NETWORK",
        );
        return None;
    }
    match parse_connection_type(value) {
        Err(message) => {
            found.warn(
                AT,
                format!("{message} — this build does not know it; Glue decides whether it exists"),
            );
            None
        }
        Ok(known) => {
            let spec = spec_for(&known);
            if let Some(spec) = spec.filter(|s| !s.supported) {
                // The reference's own words: "SFTP is not supported."
                found.add(
                    AT,
                    format!(
                        "{} connections cannot be created: the CreateConnection reference says {} is not supported",
                        spec.connection_type, spec.connection_type
                    ),
                );
            }
            spec
        }
    }
}

fn match_criteria(found: &mut Found, items: &[String]) {
    const AT: &str = "ConnectionInput.MatchCriteria";
    if items.len() > validate::MATCH_CRITERIA_MAX {
        found.check(AT, validate::match_criteria(items));
    }
    for (i, item) in items.iter().enumerate() {
        // Valid stand-ins before the item, so the message numbers it as the wizard does ("Match criterion 3").
        let mut probe = vec!["x".to_string(); i];
        probe.push(item.clone());
        found.check(format!("{AT}[{i}]"), validate::match_criteria(&probe));
    }
}

fn connection_properties(
    found: &mut Found,
    spec: &TypeSpec,
    props: &BTreeMap<String, String>,
    secret_reference: bool,
) {
    const AT: &str = "ConnectionInput.ConnectionProperties";
    let checked = validate::properties(spec, props, secret_reference);
    // The wizard drops blank fields before it builds a request; a file that holds one gets told so. Empty breaks
    // `ValueString`'s minimum of one character (refused); only blanks is a value the API takes, likely a mistake.
    for (key, value) in props {
        let reported = checked.refusals.iter().any(|(k, _)| k == key);
        if value.is_empty() && !reported {
            found.add(key_path(AT, key), format!("{key} must not be empty"));
        } else if value.trim().is_empty() && !reported {
            found.warn(
                key_path(AT, key),
                format!("{key} holds only blanks — sent as written, though no property means that"),
            );
        }
    }
    // An empty key is the map itself (the count limit).
    let path = |key: &str| {
        if key.is_empty() {
            AT.to_string()
        } else {
            key_path(AT, key)
        }
    };
    for (key, message) in checked.refusals {
        found.add(path(&key), message);
    }
    for (key, message) in checked.warnings {
        found.warn(path(&key), message);
    }
}

/// One problem per bad entry of a `PropertyMap`, at `ConnectionInput.<name>.<key>`.
fn property_map(found: &mut Found, name: &str, map: &BTreeMap<String, String>) {
    for (key, value) in map {
        let one = BTreeMap::from([(key.clone(), value.clone())]);
        found.check(
            key_path(&format!("ConnectionInput.{name}"), key),
            validate::property_map(name, &one),
        );
    }
}

fn physical(found: &mut Found, p: &PhysicalConnectionRequirements, needs_network: bool, ty: &str) {
    const AT: &str = "ConnectionInput.PhysicalConnectionRequirements";
    let ty = ty.trim().to_ascii_uppercase();
    match &p.subnet_id {
        Some(s) => found.check(format!("{AT}.SubnetId"), validate::subnet_id(s)),
        None if needs_network => found.add(
            format!("{AT}.SubnetId"),
            format!("{ty} connections need a SubnetId"),
        ),
        None => {}
    }
    let groups = p.security_group_id_list.as_deref().unwrap_or_default();
    if groups.is_empty() && needs_network {
        found.add(
            format!("{AT}.SecurityGroupIdList"),
            format!("{ty} connections need at least one security group"),
        );
    }
    if groups.len() > validate::SECURITY_GROUPS_MAX {
        found.check(
            format!("{AT}.SecurityGroupIdList"),
            validate::security_groups(groups),
        );
    }
    for (i, id) in groups.iter().enumerate() {
        found.check(
            format!("{AT}.SecurityGroupIdList[{i}]"),
            validate::security_groups(std::slice::from_ref(id)),
        );
    }
    if let Some(az) = &p.availability_zone {
        found.check(
            format!("{AT}.AvailabilityZone"),
            validate::availability_zone(az),
        );
    }
}

fn tag_map(found: &mut Found, tags: &BTreeMap<String, String>) {
    if tags.len() > validate::TAGS_MAX {
        found.check("Tags", validate::tags(tags));
    }
    for (key, value) in tags {
        let one = BTreeMap::from([(key.clone(), value.clone())]);
        found.check(key_path("Tags", key), validate::tags(&one));
    }
}
