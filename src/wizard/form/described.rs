//! DescribeConnectionType's answers merged into the form.
//!
//! The spec table leaves most types (the SaaS apps, the native databases) without fields, so the UI asks the service
//! for them in the background. Its answer arrives whenever it arrives — possibly after the user moved on — and is
//! kept per type, so returning to a type brings its fields back without asking again.
//!
//! What a description adds, for the type it describes:
//! - a field per user-input connection property the spec does not list (required ones first, then optional, each
//!   by name); a key the spec does list keeps its spec field, with the description's required flag (except in an
//!   either/or group, whose rule stays the spec's), allowed values and help merged in;
//! - defaults, like the Glue console: empty fields are prefilled with the property's default value, and an empty
//!   authentication type with the type's default. A prefilled value the user never touched is cleared again when
//!   the type changes, so one type's default never lingers as another's value;
//! - `ExtraProperties` rows (an import read before the answer came) whose key is a described field move into it;
//! - problems: a required property missing, a value outside the allowed ones, an unsupported authentication type.
//!
//! None of this marks the form dirty: the user has not changed anything.

use super::described_maps::{DescribedMap, described_help, offer_choices};
use super::*;
use crate::model::{
    ConnectionTypeDescription, CreateConnectionRequest, PropertyDefinition, SecretNames,
    is_secret_key,
};
use crate::request::spec::Requirement;
use crate::request::{AUTHENTICATION_TYPES, Assessment, described_problems, either, key_path};

impl Form {
    /// Stores DescribeConnectionType's answer and merges it into the form, when it describes the type now chosen;
    /// false (and nothing changes) for a late answer about a type the user has left.
    pub fn apply_description(&mut self, description: ConnectionTypeDescription) -> bool {
        let Some(current) = self.connection_type() else {
            return false;
        };
        if normalised(&description.connection_type) != current {
            return false;
        }
        self.descriptions.insert(current, description);
        self.merge_description();
        true
    }

    /// The description of the type now chosen, once it has arrived.
    pub fn description(&self) -> Option<&ConnectionTypeDescription> {
        self.descriptions.get(&self.connection_type()?)
    }

    /// Whether a description of `connection_type` (any case) is stored.
    pub fn described(&self, connection_type: &str) -> bool {
        self.descriptions.contains_key(&normalised(connection_type))
    }

    /// The type the UI should ask DescribeConnectionType about: the chosen type, when it is a valid one and no
    /// description of it is stored yet. Every type is asked about, spec-listed ones too, since the answer can still
    /// add properties, defaults and allowed values. The UI calls this after the type changes and skips a type it
    /// already has a request in flight for.
    pub fn wants_description(&self) -> Option<String> {
        self.connection_type()
            .filter(|t| !self.descriptions.contains_key(t))
    }

    /// The chosen type as the API spells it: a known one in upper case, or a name this build does not know (one
    /// word, picked as "another type"), which Glue is asked about like any other. `None` while there is none.
    pub fn connection_type(&self) -> Option<String> {
        let typed = self.get(CONNECTION_TYPE);
        parse_connection_type(typed).ok().or_else(|| {
            let name = normalised(typed);
            (!name.is_empty() && !name.chars().any(char::is_whitespace)).then_some(name)
        })
    }

    /// Glue answered DescribeConnectionType for `connection_type` (a type this build does not know) that there is
    /// no such type: the form refuses it with `message`, Glue's words, until the type changes.
    pub fn refuse_type(&mut self, connection_type: &str, message: String) {
        self.type_refusals
            .insert(normalised(connection_type), message);
    }

    /// The type's refusal from Glue, when the chosen type has one; and whether a description of it is stored.
    pub(super) fn type_verdict(&self) -> (Option<&String>, bool) {
        let Some(ty) = self.connection_type() else {
            return (None, false);
        };
        (
            self.type_refusals.get(&ty),
            self.descriptions.contains_key(&ty),
        )
    }

    /// Brings the form in line with the current type's description (after it arrives, the type changes, or the
    /// request is replaced): rows move into described fields first, so a default never lands beside a row that
    /// already gives the key.
    pub(super) fn merge_description(&mut self) {
        let Some(description) = self.description().cloned() else {
            return;
        };
        self.move_rows_into_fields(&description);
        for map in DescribedMap::ALL {
            self.move_map_rows_into_fields(map);
        }
        self.prefill_defaults(&description);
        self.clamp_focus();
    }

    /// After the request was replaced (the review JSON edited): the described fields take their rows back, but no
    /// default is filled in again — a key the user deleted from the JSON stays deleted.
    pub(super) fn remerge_description(&mut self) {
        let Some(description) = self.description().cloned() else {
            return;
        };
        self.move_rows_into_fields(&description);
        for map in DescribedMap::ALL {
            self.move_map_rows_into_fields(map);
        }
        self.clamp_focus();
    }

    /// The authentication type changed: the defaults prefilled for the type being left go (when untouched), and
    /// those of the new one come in (the OAuth2 grant type and token URL, the custom credentials' keys).
    pub(super) fn authentication_changed(&mut self) {
        let auth = "ConnectionInput.AuthenticationConfiguration.";
        let left: Vec<(String, String)> = self
            .prefilled
            .iter()
            .filter(|(path, _)| path.starts_with(auth) && path.as_str() != AUTHENTICATION_TYPE)
            .map(|(p, v)| (p.clone(), v.clone()))
            .collect();
        for (path, default) in left {
            self.prefilled.remove(&path);
            if self.get(&path) == default {
                self.text.remove(&path);
            }
        }
        if self.description().is_some() {
            self.prefill_authentication_defaults();
            self.clamp_focus();
        }
    }

    /// The described defaults of the chosen authentication type's properties: OAuth2's grant type and token URL
    /// (AWS's guides: a connector's token URL is fixed, e.g. Salesforce's), the custom credentials'.
    fn prefill_authentication_defaults(&mut self) {
        if self.get(AUTHENTICATION_TYPE) == "OAUTH2" {
            let defaults: Vec<(&str, String)> =
                [(GRANT_TYPE, "OAuth2GrantType"), (TOKEN_URL, "TokenUrl")]
                    .into_iter()
                    .filter_map(|(path, key)| {
                        let default = self
                            .description()?
                            .oauth2_property(key)?
                            .default_value
                            .clone()?;
                        Some((path, default))
                    })
                    .collect();
            for (path, default) in defaults {
                self.prefill(path, &default);
            }
        }
        self.prefill_map_defaults(DescribedMap::Custom);
    }

    /// Clears every prefilled value the user left as it was: it belonged to the type being left.
    pub(super) fn forget_defaults(&mut self) {
        for (path, default) in std::mem::take(&mut self.prefilled) {
            if self.get(&path) == default {
                self.text.remove(&path);
            }
        }
    }

    fn move_rows_into_fields(&mut self, description: &ConnectionTypeDescription) {
        let fields = description
            .connection_properties
            .iter()
            .filter(|d| d.is_user_input())
            .map(|d| {
                let key = d.id();
                let secret = d.is_secret() || is_secret_key(key);
                (property_path(key), key.to_string(), secret)
            })
            .collect();
        self.move_rows_to_fields(Rows::ExtraProperties, fields);
    }

    fn prefill_defaults(&mut self, description: &ConnectionTypeDescription) {
        for definition in &description.connection_properties {
            let Some(default) = &definition.default_value else {
                continue;
            };
            let key = definition.id();
            let given_by_row = self
                .rows(Rows::ExtraProperties)
                .iter()
                .any(|r| r.key.trim() == key);
            if definition.is_user_input() && !given_by_row {
                self.prefill(&property_path(key), default);
            }
        }
        if let Some(kind) = description.default_authentication_type()
            && AUTHENTICATION_TYPES.contains(&kind)
        {
            self.prefill(AUTHENTICATION_TYPE, kind);
        }
        self.prefill_authentication_defaults();
        for map in [
            DescribedMap::Spark,
            DescribedMap::Athena,
            DescribedMap::Python,
        ] {
            self.prefill_map_defaults(map);
        }
    }

    pub(super) fn prefill(&mut self, path: &str, default: &str) {
        if self.get(path).is_empty() {
            self.text.insert(path.to_string(), default.to_string());
            self.prefilled.insert(path.to_string(), default.to_string());
        }
    }

    /// The user-input properties of the current description the spec does not list, in the order the form shows
    /// them: required first, then optional, each by name.
    pub(super) fn described_only(&self) -> Vec<&PropertyDefinition> {
        let Some(description) = self.description() else {
            return Vec::new();
        };
        let spec = self.spec();
        let mut found: Vec<&PropertyDefinition> = description
            .connection_properties
            .iter()
            .filter(|d| d.is_user_input() && spec.and_then(|s| s.field(d.id())).is_none())
            .collect();
        found.sort_by(|a, b| (!a.required, a.id()).cmp(&(!b.required, b.id())));
        found
    }

    /// Whether the current description marks `key` a secret, in any of its property maps (as the browser's rule
    /// has it: a name secret in one map is not safe to show in another).
    pub(super) fn described_secret(&self, key: &str) -> bool {
        self.description()
            .is_some_and(|d| SecretNames::of(d).contains(key))
    }

    /// Whether an environment in play names `key` among its `ConnectionPropertiesRequiredOverrides`.
    pub(super) fn required_by_environment(&self, key: &str) -> bool {
        let Some(description) = self.description() else {
            return false;
        };
        description
            .configurations_in_play(&self.picked_environments())
            .iter()
            .any(|c| {
                c.connection_properties_required_overrides
                    .iter()
                    .any(|k| k == key)
            })
    }

    /// What the environments in play call `key` when it differs (`ConnectionPropertyNameOverrides`), for its
    /// help: "SPARK reads it as sfUrl". The request keeps the key.
    pub(super) fn environment_names(&self, key: &str) -> String {
        let Some(description) = self.description() else {
            return String::new();
        };
        description
            .configurations_in_play(&self.picked_environments())
            .iter()
            .filter_map(|c| {
                let name = c.connection_property_name_overrides.get(key)?;
                (name != key).then(|| format!("{} reads it as {name}", c.compute_environment))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The help the description gives a `PhysicalConnectionRequirements` member (`SubnetId`,
    /// `SecurityGroupIdList`, `AvailabilityZone`); "" when it says nothing of it.
    pub(super) fn physical_help(&self, key: &str) -> String {
        self.description()
            .and_then(|d| {
                d.physical_connection_requirements
                    .iter()
                    .find(|p| p.id() == key)
            })
            .map(described_help)
            .unwrap_or_default()
    }

    /// Whether an environment in play needs PhysicalConnectionRequirements.
    pub(super) fn network_required_by_environment(&self) -> bool {
        self.description().is_some_and(|d| {
            d.configurations_in_play(&self.picked_environments())
                .iter()
                .any(|c| c.physical_connection_properties_required == Some(true))
        })
    }

    /// The fields of the described-only properties, for the Properties section.
    pub(super) fn described_fields(&self, out: &mut Vec<FieldView>) {
        for definition in self.described_only() {
            let key = definition.id();
            let path = property_path(key);
            let mut view = FieldView::new(&path, key, self.get(&path));
            view.problem_path = key_path(PROPERTIES, key);
            view.required = definition.required || self.required_by_environment(key);
            view.secret = definition.is_secret() || is_secret_key(key);
            view.help = joined(&described_help(definition), &self.environment_names(key));
            offer_choices(&mut view, definition);
            out.push(view);
        }
    }

    /// Merges the description of a key the spec lists into its spec field: the description wins on required (outside
    /// an either/or group), brings its allowed values and adds its help.
    pub(super) fn merge_definition(&self, view: &mut FieldView, key: &str, spec: Requirement) {
        let Some(definition) = self
            .description()
            .and_then(|d| d.property(key))
            .filter(|d| d.is_user_input())
        else {
            return;
        };
        if !matches!(spec, Requirement::OneOf(_)) {
            view.required = definition.required || self.required_by_environment(key);
        }
        view.secret |= definition.is_secret();
        view.help = joined(&view.help, &described_help(definition));
        view.help = joined(&view.help, &self.environment_names(key));
        offer_choices(view, definition);
    }

    /// The help of the authentication type field: which types the chosen connection type supports, when known.
    pub(super) fn supported_authentication_help(&self) -> Option<String> {
        let description = self.description()?;
        let supported = description.supported_authentication_types();
        (!supported.is_empty()).then(|| {
            format!(
                "{} supports {}",
                description.connection_type,
                either(supported)
            )
        })
    }

    /// What the current description finds wrong with the request: a required property missing, a value outside
    /// the allowed ones, an authentication type the connection type does not support. Keys whose requirement the
    /// spec states (required, or one of an either/or group) are left to the request's own problems, which
    /// already report them.
    pub(super) fn description_problems(&self, request: &CreateConnectionRequest) -> Assessment {
        match self.description() {
            Some(description) => described_problems(description, self.spec(), request),
            None => Assessment::default(),
        }
    }
}

/// A type name as the descriptions are keyed: trimmed, upper case.
fn normalised(connection_type: &str) -> String {
    connection_type.trim().to_ascii_uppercase()
}

pub(super) fn joined(first: &str, second: &str) -> String {
    match (first.is_empty(), second.is_empty()) {
        (true, _) => second.to_string(),
        (_, true) => first.to_string(),
        _ => format!("{first} — {second}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_names_the_default() {
        let d = PropertyDefinition {
            description: "The API version.".into(),
            default_value: Some("v2".into()),
            ..PropertyDefinition::default()
        };
        assert_eq!(described_help(&d), "The API version. — default v2");
        assert_eq!(joined("", "x"), "x");
        assert_eq!(joined("x", ""), "x");
    }

    #[test]
    fn help_says_where_the_connector_sends_a_value_and_which_operations_use_it() {
        let d = PropertyDefinition {
            key: "apiKey".into(),
            name: "API key".into(),
            data_operation_scopes: vec!["READ".into()],
            key_override: Some("X-Api-Key".into()),
            property_location: Some("HEADER".into()),
            ..PropertyDefinition::default()
        };
        assert_eq!(
            described_help(&d),
            "API key — used when reading — the connector sends it as the X-Api-Key header"
        );
        let both = PropertyDefinition {
            data_operation_scopes: vec!["READ".into(), "WRITE".into()],
            property_location: Some("QUERY_PARAM".into()),
            ..PropertyDefinition::default()
        };
        assert_eq!(
            described_help(&both),
            "the connector sends it as a query parameter"
        );
    }
}
