//! The maps beside ConnectionProperties whose keys a DescribeConnectionType answer lists:
//! `CustomAuthenticationProperties` (the keys of `CustomAuthenticationCredentials`) and the compute environments'
//! `SparkConnectionProperties`, `AthenaConnectionProperties` and `PythonConnectionProperties` (the keys of
//! `SparkProperties`, `AthenaProperties`, `PythonProperties`).
//!
//! Each described user-input key becomes a field of its own (path `MAP.key`, the path the request's problems use),
//! required when the description says so — for a compute map, only while its environment is in play (the request's
//! `ValidateForComputeEnvironments`, or every environment the type supports). Keys the description does not list stay
//! rows, as before; a row whose key a field takes moves into it when the answer arrives. Defaults are prefilled like
//! ConnectionProperties' (and cleared again on a type change when untouched). Every custom credential is a secret
//! (`model::secret_place`), and so is a compute property the description types SECRET.

use super::*;
use crate::model::{ConnectionTypeDescription, PropertyDefinition, PropertyMap, is_secret_key};
use crate::request::key_path;

/// A described map other than ConnectionProperties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DescribedMap {
    Custom,
    Spark,
    Athena,
    Python,
}

impl DescribedMap {
    pub(super) const ALL: [DescribedMap; 4] = [
        DescribedMap::Custom,
        DescribedMap::Spark,
        DescribedMap::Athena,
        DescribedMap::Python,
    ];

    /// Where the keys no field takes are kept.
    pub(super) fn rows(self) -> Rows {
        match self {
            DescribedMap::Custom => Rows::CustomCredentials,
            DescribedMap::Spark => Rows::SparkProperties,
            DescribedMap::Athena => Rows::AthenaProperties,
            DescribedMap::Python => Rows::PythonProperties,
        }
    }

    /// The compute environment the map is for; `None` for the custom credentials.
    pub(super) fn environment(self) -> Option<&'static str> {
        match self {
            DescribedMap::Custom => None,
            DescribedMap::Spark => Some("SPARK"),
            DescribedMap::Athena => Some("ATHENA"),
            DescribedMap::Python => Some("PYTHON"),
        }
    }

    pub(super) fn definitions(self, d: &ConnectionTypeDescription) -> &[PropertyDefinition] {
        match self {
            DescribedMap::Custom => d
                .authentication_configuration
                .as_ref()
                .map_or(&[], |a| &a.custom_authentication_properties),
            DescribedMap::Spark => &d.spark_connection_properties,
            DescribedMap::Athena => &d.athena_connection_properties,
            DescribedMap::Python => &d.python_connection_properties,
        }
    }

    /// The path of the field for `key`: the JSON path the request's problems name it by.
    pub(super) fn field_path(self, key: &str) -> String {
        key_path(self.rows().path(), key)
    }

    /// Which map a field path belongs to, and its key.
    pub(super) fn of_path(path: &str) -> Option<(DescribedMap, &str)> {
        DescribedMap::ALL.into_iter().find_map(|map| {
            let rest = path.strip_prefix(map.rows().path())?;
            let key = rest.strip_prefix('.')?;
            Some((map, key))
        })
    }
}

impl Form {
    /// The user-input definitions of `map` in the current description, required first, then by key.
    pub(super) fn map_definitions(&self, map: DescribedMap) -> Vec<&PropertyDefinition> {
        let Some(description) = self.description() else {
            return Vec::new();
        };
        let mut found: Vec<&PropertyDefinition> = map
            .definitions(description)
            .iter()
            .filter(|d| d.is_user_input())
            .collect();
        found.sort_by(|a, b| (!a.required, a.id()).cmp(&(!b.required, b.id())));
        found
    }

    /// Whether `map`'s required keys are required now: the custom credentials while the authentication type is
    /// CUSTOM and no secret holds them; a compute map while its environment is in play.
    fn map_in_play(&self, map: DescribedMap) -> bool {
        match map.environment() {
            None => {
                self.get(AUTHENTICATION_TYPE) == "CUSTOM" && self.get(SECRET_ARN).trim().is_empty()
            }
            Some(environment) => self.environments_in_play().iter().any(|e| e == environment),
        }
    }

    /// The environments the request is checked for (see `ConnectionTypeDescription::environments_in_play`).
    pub(super) fn environments_in_play(&self) -> Vec<String> {
        let picked = self.picked_environments();
        match self.description() {
            Some(description) => description.environments_in_play(&picked),
            None => picked,
        }
    }

    pub(super) fn picked_environments(&self) -> Vec<String> {
        self.rows(Rows::ComputeEnvironments)
            .iter()
            .map(|r| r.value.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// The fields of `map`'s described keys.
    pub(super) fn map_fields(&self, out: &mut Vec<FieldView>, map: DescribedMap) {
        let in_play = self.map_in_play(map);
        for definition in self.map_definitions(map) {
            let key = definition.id();
            let path = map.field_path(key);
            let mut view = FieldView::new(&path, key, self.get(&path));
            view.required = definition.required && in_play;
            view.secret = self.map_secret(map, key);
            view.help = described_help(definition);
            offer_choices(&mut view, definition);
            out.push(view);
        }
    }

    /// Whether a value of `map` under `key` is a secret.
    pub(super) fn map_secret(&self, map: DescribedMap, key: &str) -> bool {
        map == DescribedMap::Custom || is_secret_key(key) || self.described_secret(key)
    }

    /// `map` as sent: its described fields that hold text, then its rows (a row repeating a field's key is reported
    /// by the request's problems; the field's value is kept). `None` when empty.
    pub(super) fn described_map(
        &self,
        map: DescribedMap,
        rows: Option<PropertyMap>,
    ) -> Option<PropertyMap> {
        let mut out = PropertyMap::new();
        for definition in self.map_definitions(map) {
            let key = definition.id();
            let text = self.get(&map.field_path(key));
            if text.trim().is_empty() {
                continue;
            }
            let value = if self.map_secret(map, key) {
                text.to_string()
            } else {
                text.trim().to_string()
            };
            out.insert(key.to_string(), value);
        }
        for (k, v) in rows.unwrap_or_default() {
            out.entry(k).or_insert(v);
        }
        (!out.is_empty()).then_some(out)
    }

    /// Rows whose key a described field of `map` takes move into the field (when it is empty).
    pub(super) fn move_map_rows_into_fields(&mut self, map: DescribedMap) {
        let keys: Vec<(String, String, bool)> = self
            .map_definitions(map)
            .into_iter()
            .map(|d| {
                let key = d.id().to_string();
                (
                    map.field_path(&key),
                    key.clone(),
                    self.map_secret(map, &key),
                )
            })
            .collect();
        self.move_rows_to_fields(map.rows(), keys);
    }

    /// Each `(path, key, secret)` field that is empty takes the first row of `rows` with its key. Like
    /// `load_properties`: a blank value, or one trimming would change (unless secret), stays a row, sent as is.
    pub(super) fn move_rows_to_fields(
        &mut self,
        rows_of: Rows,
        fields: Vec<(String, String, bool)>,
    ) {
        let Some(rows) = self.rows.get_mut(&rows_of) else {
            return;
        };
        let mut moved = Vec::new();
        for (path, key, secret) in fields {
            if self.text.get(&path).is_some_and(|t| !t.is_empty()) {
                continue;
            }
            let fits = |r: &Row| {
                r.key.trim() == key
                    && !r.value.trim().is_empty()
                    && (secret || r.value.trim() == r.value)
            };
            if let Some(i) = rows.iter().position(fits) {
                moved.push((path, rows.remove(i).value));
            }
        }
        if rows.is_empty() {
            self.rows.remove(&rows_of);
        }
        self.text.extend(moved);
    }

    /// What `ValidateForComputeEnvironments` offers: the environments the type supports, when its description
    /// says, else all three.
    pub(super) fn compute_environment_choices(&self) -> Vec<String> {
        let supported = self
            .description()
            .and_then(|d| d.capabilities.as_ref())
            .map_or(&[][..], |c| &c.supported_compute_environments);
        if supported.is_empty() {
            crate::request::COMPUTE_ENVIRONMENTS
                .iter()
                .map(|e| e.to_string())
                .collect()
        } else {
            supported.to_vec()
        }
    }

    /// The environments picked changed: the compute maps now in play get their defaults.
    pub(super) fn environments_changed(&mut self) {
        for map in [
            DescribedMap::Spark,
            DescribedMap::Athena,
            DescribedMap::Python,
        ] {
            self.prefill_map_defaults(map);
        }
    }

    /// Prefills the defaults of `map`'s described keys, while the map is in play and no row gives the key.
    pub(super) fn prefill_map_defaults(&mut self, map: DescribedMap) {
        if map.environment().is_some() && !self.map_in_play(map) {
            return;
        }
        if map == DescribedMap::Custom && self.get(AUTHENTICATION_TYPE) != "CUSTOM" {
            return;
        }
        let defaults: Vec<(String, String)> = self
            .map_definitions(map)
            .into_iter()
            .filter(|d| !self.rows(map.rows()).iter().any(|r| r.key.trim() == d.id()))
            .filter_map(|d| Some((map.field_path(d.id()), d.default_value.clone()?)))
            .collect();
        for (path, default) in defaults {
            self.prefill(&path, &default);
        }
    }
}

/// A definition's display name (when it differs from its key), description and default, for a field's help.
pub(super) fn described_help(definition: &PropertyDefinition) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(name) = definition.display_name() {
        parts.push(name.to_string());
    }
    if !definition.description.is_empty() {
        parts.push(definition.description.clone());
    }
    if let Some(default) = &definition.default_value {
        parts.push(format!("default {default}"));
    }
    parts.extend(data_operations(&definition.data_operation_scopes));
    parts.extend(connector_call_place(definition));
    parts.join(" — ")
}

/// `DataOperationScopes`: a property that matters only for reads (or writes) says so; both, or none named, say
/// nothing.
fn data_operations(scopes: &[String]) -> Option<String> {
    let has = |op: &str| scopes.iter().any(|s| s.eq_ignore_ascii_case(op));
    match (has("READ"), has("WRITE")) {
        (true, false) => Some("used when reading".to_string()),
        (false, true) => Some("used when writing".to_string()),
        _ => None,
    }
}

/// `KeyOverride` and `PropertyLocation` describe the REST call the connector makes with the value, not the key the
/// request gives it under (that stays the map key), so they are told, not applied.
fn connector_call_place(definition: &PropertyDefinition) -> Option<String> {
    let key = definition.key_override.as_deref().map(str::trim);
    let place = match definition.property_location.as_deref()? {
        "HEADER" => "header",
        "QUERY_PARAM" => "query parameter",
        "BODY" => "body field",
        "PATH" => "path parameter",
        other => return Some(format!("the connector sends it in its calls' {other}")),
    };
    Some(match key.filter(|k| !k.is_empty()) {
        Some(key) => format!("the connector sends it as the {key} {place}"),
        None => format!("the connector sends it as a {place}"),
    })
}

/// A listed set of allowed values is exhaustive, so the field takes only those — and "" when it is optional, so the
/// user can still leave it out.
pub(super) fn offer_choices(view: &mut FieldView, definition: &PropertyDefinition) {
    if definition.allowed_values.is_empty() {
        return;
    }
    let blank = (!definition.required).then(String::new);
    view.choices = blank
        .into_iter()
        .chain(
            definition
                .allowed_value_names()
                .into_iter()
                .map(str::to_string),
        )
        .collect();
    view.choice_only = true;
}
