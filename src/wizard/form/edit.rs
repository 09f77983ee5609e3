//! The form as an edit of a stored connection (`e`): UpdateConnection replaces the whole definition, so the form
//! starts from all of it, carries the secrets a HidePassword listing left out once GetConnection brings them, and
//! when they cannot be read, asks for each secret field rather than sending an update that would drop it.

use super::build::input_request;
use super::*;
use crate::model::{Connection, PropertyMap, UpdateConnectionRequest};

impl Form {
    /// A form holding `connection` as it is stored (its name unchanged), for UpdateConnection of that name.
    pub fn for_edit(connection: &Connection, catalog_id: Option<String>) -> Form {
        let mut form = Form::from_request(&input_request(connection, catalog_id));
        form.edit_of = Some(connection.name.clone());
        form
    }

    /// The stored name of the connection this form edits; `None` for a create.
    pub fn edit_of(&self) -> Option<&str> {
        self.edit_of.as_deref()
    }

    /// Makes a form (a restored draft) an edit of `name` again.
    pub fn set_edit_of(&mut self, name: Option<String>) {
        self.edit_of = name;
    }

    /// UpdateConnection's request for an edit: `Name` the stored name, the form's input (a rename when its Name
    /// differs); `None` for a create.
    pub fn to_update_request(&self) -> Option<UpdateConnectionRequest> {
        let name = self.edit_of.clone()?;
        let r = self.to_request();
        Some(UpdateConnectionRequest {
            catalog_id: r.catalog_id,
            name,
            connection_input: r.connection_input,
        })
    }

    /// Puts into the form what `stored` (GetConnection with HidePassword=false) holds and `listed` (the listing
    /// the form was made from) left out — the stored secrets — wherever the form's own value is still empty.
    /// Returns the keys carried. The form stays as clean or as changed as it was: carrying is not an edit.
    pub fn carry_secrets(&mut self, listed: &Connection, stored: &Connection) -> Vec<String> {
        let mut request = self.to_request();
        let input = &mut request.connection_input;
        let mut carried = Vec::new();
        let mut carry =
            |into: &mut PropertyMap, had: Option<&PropertyMap>, has: Option<&PropertyMap>| {
                for (key, value) in has.into_iter().flatten() {
                    let hidden = !had.is_some_and(|m| m.contains_key(key));
                    let empty = into.get(key).is_none_or(|v| v.trim().is_empty());
                    if hidden && empty {
                        into.insert(key.clone(), value.clone());
                        carried.push(key.clone());
                    }
                }
            };
        carry(
            &mut input.connection_properties,
            listed.connection_properties.as_ref(),
            stored.connection_properties.as_ref(),
        );
        for (map, had, has) in [
            (
                &mut input.spark_properties,
                listed.spark_properties.as_ref(),
                stored.spark_properties.as_ref(),
            ),
            (
                &mut input.athena_properties,
                listed.athena_properties.as_ref(),
                stored.athena_properties.as_ref(),
            ),
            (
                &mut input.python_properties,
                listed.python_properties.as_ref(),
                stored.python_properties.as_ref(),
            ),
        ] {
            let mut into = map.take().unwrap_or_default();
            carry(&mut into, had, has);
            *map = (!into.is_empty()).then_some(into);
        }
        let stored_params = stored
            .authentication_configuration
            .as_ref()
            .and_then(|a| a.oauth2_properties.as_ref())
            .and_then(|o| o.token_url_parameters_map.as_ref());
        let listed_params = listed
            .authentication_configuration
            .as_ref()
            .and_then(|a| a.oauth2_properties.as_ref())
            .and_then(|o| o.token_url_parameters_map.as_ref());
        if let Some(o) = input
            .authentication_configuration
            .as_mut()
            .and_then(|a| a.oauth2_properties.as_mut())
        {
            let mut into = o.token_url_parameters_map.take().unwrap_or_default();
            carry(&mut into, listed_params, stored_params);
            o.token_url_parameters_map = (!into.is_empty()).then_some(into);
        }
        if !carried.is_empty() {
            let dirty = self.dirty;
            self.replace_with(&request);
            self.dirty = dirty;
        }
        carried
    }

    /// The edit's stored secrets could not be read (`reason`, the server's refusal): from now on every empty
    /// secret field says so, and [`Form::secrets_to_confirm`] names them for the question before sending.
    pub fn secrets_unreadable(&mut self, reason: String) {
        self.secrets_unreadable = Some(reason);
    }

    /// The labels of the empty secret fields of an edit whose stored secrets could not be read: what sending now
    /// would remove, if the connection had them. Empty otherwise.
    pub fn secrets_to_confirm(&self) -> Vec<String> {
        self.unread_secret_fields().map(|f| f.label).collect()
    }

    /// The empty secret fields, when the stored secrets could not be read (none otherwise).
    fn unread_secret_fields(&self) -> impl Iterator<Item = FieldView> {
        let fields = if self.secrets_unreadable.is_some() {
            self.all_fields().into_iter().flatten().collect()
        } else {
            Vec::new()
        };
        fields
            .into_iter()
            .filter(|f| f.secret && f.value.trim().is_empty())
    }

    /// Where the field labelled `label` is (its section and its place there).
    pub fn field_labelled(&self, label: &str) -> Option<(Section, usize)> {
        self.all_fields()
            .iter()
            .zip(Section::ALL)
            .find_map(|(fields, section)| {
                fields
                    .iter()
                    .position(|f| f.label == label)
                    .map(|i| (section, i))
            })
    }

    /// The empty secret fields of an edit whose stored secrets could not be read, each a warning: a required one
    /// is refused by the type's own rules already, and an optional one the connection may never have had.
    pub(super) fn unreadable_secrets(&self) -> Vec<Problem> {
        let Some(reason) = &self.secrets_unreadable else {
            return Vec::new();
        };
        self.unread_secret_fields()
            .map(|f| Problem {
                path: f.path,
                message: format!(
                    "its stored value could not be read ({reason}): type it, or the update removes it if the \
                     connection has one"
                ),
            })
            .collect()
    }
}
