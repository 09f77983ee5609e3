//! From the form to a `CreateConnectionRequest` and back; clone of an existing connection; the draft without
//! secrets.

use super::described_maps::DescribedMap;
use super::*;
use crate::model::{
    AuthenticationConfigurationInput, AuthorizationCodeProperties, BasicAuthenticationCredentials,
    Connection, ConnectionInput, CreateConnectionRequest, OAuth2ClientApplication,
    OAuth2Credentials, OAuth2PropertiesInput, PhysicalConnectionRequirements, PropertyMap,
    is_secret_key,
};

impl Form {
    /// A single-value field as sent: trimmed (a secret as typed), `None` when blank.
    fn value(&self, path: &str) -> Option<String> {
        let text = self.get(path);
        if text.trim().is_empty() {
            None
        } else if SECRET_PATHS.contains(&path)
            || self.is_secret_property(path)
            || DescribedMap::of_path(path).is_some_and(|(map, key)| self.map_secret(map, key))
        {
            Some(text.to_string())
        } else {
            Some(text.trim().to_string())
        }
    }

    fn is_secret_property(&self, path: &str) -> bool {
        path.strip_prefix(PROPERTIES)
            .and_then(|k| k.strip_prefix('.'))
            .is_some_and(|key| {
                let kind = self.spec().and_then(|s| s.field(key)).map(|f| f.kind);
                kind == Some(crate::request::spec::FieldKind::Secret)
                    || is_secret_key(key)
                    || self.described_secret(key)
            })
    }

    /// The request with every secret masked — `request::masked`'s, and the properties this form knows are
    /// secret (a Secret field of the spec, or a property DescribeConnectionType marks SECRET whatever its name):
    /// what the review step shows and copies unless the user reveals secrets.
    pub fn masked_request(&self) -> CreateConnectionRequest {
        let mut request = crate::request::masked(&self.to_request());
        let input = &mut request.connection_input;
        for (key, value) in input.connection_properties.iter_mut() {
            if self.is_secret_property(&property_path(key)) {
                *value = crate::model::SECRET_MASK.to_string();
            }
        }
        // A compute property the type's description calls SECRET, whatever its name.
        for map in [
            &mut input.spark_properties,
            &mut input.athena_properties,
            &mut input.python_properties,
        ] {
            for (key, value) in map.iter_mut().flatten() {
                if self.described_secret(key) {
                    *value = crate::model::SECRET_MASK.to_string();
                }
            }
        }
        request
    }

    /// The non-blank items of a list, trimmed; `None` when there are none.
    fn list(&self, rows: Rows) -> Option<Vec<String>> {
        let items: Vec<String> = self
            .rows(rows)
            .iter()
            .map(|r| r.value.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect();
        (!items.is_empty()).then_some(items)
    }

    /// The rows of a map that hold anything, keys trimmed and values trimmed unless secret; `None` when empty.
    fn map(&self, rows: Rows) -> Option<PropertyMap> {
        let mut map = PropertyMap::new();
        for row in self.rows(rows) {
            let key = row.key.trim();
            if key.is_empty() && row.value.trim().is_empty() {
                continue;
            }
            let secret = rows == Rows::CustomCredentials || is_secret_key(key);
            let value = if secret {
                row.value.clone()
            } else {
                row.value.trim().to_string()
            };
            map.entry(key.to_string()).or_insert(value);
        }
        (!map.is_empty()).then_some(map)
    }

    /// The request the form stands for, secrets included: values trimmed, blank optional fields left out, only the
    /// chosen alternative of each either/or group, and every authentication value that holds text (one that does
    /// not belong to the chosen type is reported by `problems`, not silently dropped).
    pub fn to_request(&self) -> CreateConnectionRequest {
        let mut properties = PropertyMap::new();
        for key in self.field_property_keys() {
            if let Some(v) = self.value(&property_path(&key)) {
                properties.insert(key, v);
            }
        }
        // Fields first: a row repeating a field's key is reported (`problems`), the field's value is kept.
        for (k, v) in self.map(Rows::ExtraProperties).unwrap_or_default() {
            properties.entry(k).or_insert(v);
        }
        let physical = PhysicalConnectionRequirements {
            subnet_id: self.value(SUBNET_ID),
            security_group_id_list: self.list(Rows::SecurityGroups),
            availability_zone: self.value(AVAILABILITY_ZONE),
        };
        let validate_credentials = match self.get(VALIDATE_CREDENTIALS) {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        };
        CreateConnectionRequest {
            catalog_id: self.value(CATALOG_ID),
            connection_input: ConnectionInput {
                name: self.get(NAME).trim().to_string(),
                description: self.value(DESCRIPTION),
                connection_type: self.get(CONNECTION_TYPE).trim().to_string(),
                match_criteria: self.list(Rows::MatchCriteria),
                connection_properties: properties,
                spark_properties: self
                    .described_map(DescribedMap::Spark, self.map(Rows::SparkProperties)),
                athena_properties: self
                    .described_map(DescribedMap::Athena, self.map(Rows::AthenaProperties)),
                python_properties: self
                    .described_map(DescribedMap::Python, self.map(Rows::PythonProperties)),
                physical_connection_requirements: (physical
                    != PhysicalConnectionRequirements::default())
                .then_some(physical),
                authentication_configuration: self.authentication(),
                validate_credentials,
                validate_for_compute_environments: self.list(Rows::ComputeEnvironments),
            },
            tags: self.map(Rows::Tags),
        }
    }

    fn authentication(&self) -> Option<AuthenticationConfigurationInput> {
        let basic = BasicAuthenticationCredentials {
            username: self.value(USERNAME),
            password: self.value(PASSWORD),
        };
        let auth = AuthenticationConfigurationInput {
            authentication_type: self.value(AUTHENTICATION_TYPE),
            oauth2_properties: self.oauth2(),
            secret_arn: self.value(SECRET_ARN),
            kms_key_arn: self.value(KMS_KEY_ARN),
            basic_authentication_credentials: (basic != BasicAuthenticationCredentials::default())
                .then_some(basic),
            custom_authentication_credentials: self
                .described_map(DescribedMap::Custom, self.map(Rows::CustomCredentials)),
        };
        (auth != AuthenticationConfigurationInput::default()).then_some(auth)
    }

    fn oauth2(&self) -> Option<OAuth2PropertiesInput> {
        let app = OAuth2ClientApplication {
            user_managed_client_id: self.value(CLIENT_ID),
            aws_managed_reference: self.value(AWS_MANAGED_CLIENT),
        };
        let code = AuthorizationCodeProperties {
            authorization_code: self.value(AUTHORIZATION_CODE),
            redirect_uri: self.value(REDIRECT_URI),
        };
        let credentials = OAuth2Credentials {
            user_managed_client_application_client_secret: self.value(CLIENT_SECRET),
            access_token: self.value(ACCESS_TOKEN),
            refresh_token: self.value(REFRESH_TOKEN),
            jwt_token: self.value(JWT_TOKEN),
        };
        let oauth = OAuth2PropertiesInput {
            grant_type: self.value(GRANT_TYPE),
            client_application: (app != OAuth2ClientApplication::default()).then_some(app),
            token_url: self.value(TOKEN_URL),
            token_url_parameters_map: self.map(Rows::TokenUrlParameters),
            authorization_code_properties: (code != AuthorizationCodeProperties::default())
                .then_some(code),
            credentials: (credentials != OAuth2Credentials::default()).then_some(credentials),
        };
        let wanted = self.get(AUTHENTICATION_TYPE) == "OAUTH2";
        (wanted || oauth != OAuth2PropertiesInput::default()).then_some(oauth)
    }

    /// A form holding `request` (an import, or the review JSON parsed back), not dirty. Each either/or group's
    /// alternative is the one the request fills most; properties that are not fields of the chosen alternative
    /// (or are blank) become rows, so `to_request` gives the request back.
    pub fn from_request(request: &CreateConnectionRequest) -> Form {
        let mut form = Form::new(None);
        form.load(request);
        form
    }

    /// Replaces what the form holds with `request` (the review JSON edited and parsed back), keeping the cursor;
    /// the form counts as changed.
    /// Descriptions already received stay, and merge into what the request holds.
    pub fn replace_with(&mut self, request: &CreateConnectionRequest) {
        let (section, focus) = (self.section, self.focus);
        let descriptions = std::mem::take(&mut self.descriptions);
        let retype = std::mem::take(&mut self.retype);
        let edit_of = self.edit_of.take();
        let unreadable = self.secrets_unreadable.take();
        *self = Form::from_request(request);
        self.descriptions = descriptions;
        self.retype = retype;
        self.edit_of = edit_of;
        self.secrets_unreadable = unreadable;
        self.remerge_description();
        self.dirty = true;
        self.goto(section, focus);
    }

    fn put(&mut self, path: &str, value: Option<&String>) {
        if let Some(v) = value {
            self.text.insert(path.to_string(), v.clone());
        }
    }

    fn put_rows<'a>(&mut self, rows: Rows, items: impl IntoIterator<Item = (&'a str, &'a str)>) {
        let list: Vec<Row> = items
            .into_iter()
            .map(|(key, value)| Row {
                key: key.to_string(),
                value: value.to_string(),
            })
            .collect();
        if !list.is_empty() {
            self.rows.insert(rows, list);
        }
    }

    fn put_map(&mut self, rows: Rows, map: Option<&PropertyMap>) {
        let entries = map.into_iter().flatten();
        self.put_rows(rows, entries.map(|(k, v)| (k.as_str(), v.as_str())));
    }

    fn put_list(&mut self, rows: Rows, items: Option<&Vec<String>>) {
        let items = items.into_iter().flatten();
        self.put_rows(rows, items.map(|v| ("", v.as_str())));
    }

    fn load(&mut self, r: &CreateConnectionRequest) {
        let input = &r.connection_input;
        self.put(CATALOG_ID, r.catalog_id.as_ref());
        self.put(NAME, Some(&input.name));
        self.put(DESCRIPTION, input.description.as_ref());
        self.put(CONNECTION_TYPE, Some(&input.connection_type));
        self.put_list(Rows::MatchCriteria, input.match_criteria.as_ref());
        self.load_properties(&input.connection_properties);
        self.put_map(Rows::SparkProperties, input.spark_properties.as_ref());
        self.put_map(Rows::AthenaProperties, input.athena_properties.as_ref());
        self.put_map(Rows::PythonProperties, input.python_properties.as_ref());
        if let Some(p) = &input.physical_connection_requirements {
            self.put(SUBNET_ID, p.subnet_id.as_ref());
            self.put_list(Rows::SecurityGroups, p.security_group_id_list.as_ref());
            self.put(AVAILABILITY_ZONE, p.availability_zone.as_ref());
        }
        if let Some(a) = &input.authentication_configuration {
            self.load_authentication(a);
        }
        let validate = input.validate_credentials.map(|b| b.to_string());
        self.put(VALIDATE_CREDENTIALS, validate.as_ref());
        self.put_list(
            Rows::ComputeEnvironments,
            input.validate_for_compute_environments.as_ref(),
        );
        self.put_map(Rows::Tags, r.tags.as_ref());
    }

    fn load_properties(&mut self, props: &PropertyMap) {
        let given = |k: &str| props.get(k).is_some_and(|v| !v.trim().is_empty());
        if let Some(spec) = self.spec() {
            for group in spec.either_or {
                let filled = |a: &[&str]| a.iter().filter(|k| given(k)).count();
                let best = group
                    .alternatives
                    .iter()
                    .enumerate()
                    .rev() // ties go to the first alternative
                    .max_by_key(|(_, a)| filled(a))
                    .map_or(0, |(i, _)| i);
                self.alternatives.insert(group.id.to_string(), best);
            }
        }
        let fields = self
            .spec()
            .map(|s| self.visible_property_keys(s))
            .unwrap_or_default();
        // A blank value, or one trimming would change, stays a row so `to_request` gives it back as it was.
        let mut extra = Vec::new();
        for (key, value) in props {
            let as_row = value.trim().is_empty() || {
                let sent = if is_secret_key(key) {
                    value.as_str()
                } else {
                    value.trim()
                };
                sent != value
            };
            if fields.contains(&key.as_str()) && !as_row {
                self.text.insert(property_path(key), value.clone());
            } else {
                extra.push((key.as_str(), value.as_str()));
            }
        }
        self.put_rows(Rows::ExtraProperties, extra);
    }

    fn load_authentication(&mut self, a: &AuthenticationConfigurationInput) {
        self.put(AUTHENTICATION_TYPE, a.authentication_type.as_ref());
        self.put(SECRET_ARN, a.secret_arn.as_ref());
        self.put(KMS_KEY_ARN, a.kms_key_arn.as_ref());
        if let Some(b) = &a.basic_authentication_credentials {
            self.put(USERNAME, b.username.as_ref());
            self.put(PASSWORD, b.password.as_ref());
        }
        self.put_map(
            Rows::CustomCredentials,
            a.custom_authentication_credentials.as_ref(),
        );
        let Some(o) = &a.oauth2_properties else {
            return;
        };
        self.put(GRANT_TYPE, o.grant_type.as_ref());
        if let Some(app) = &o.client_application {
            self.put(CLIENT_ID, app.user_managed_client_id.as_ref());
            self.put(AWS_MANAGED_CLIENT, app.aws_managed_reference.as_ref());
        }
        self.put(TOKEN_URL, o.token_url.as_ref());
        self.put_map(
            Rows::TokenUrlParameters,
            o.token_url_parameters_map.as_ref(),
        );
        if let Some(c) = &o.authorization_code_properties {
            self.put(AUTHORIZATION_CODE, c.authorization_code.as_ref());
            self.put(REDIRECT_URI, c.redirect_uri.as_ref());
        }
        if let Some(c) = &o.credentials {
            self.put(
                CLIENT_SECRET,
                c.user_managed_client_application_client_secret.as_ref(),
            );
            self.put(ACCESS_TOKEN, c.access_token.as_ref());
            self.put(REFRESH_TOKEN, c.refresh_token.as_ref());
            self.put(JWT_TOKEN, c.jwt_token.as_ref());
        }
    }

    /// A form for a copy of `connection` (`C` in the list): the name gets `-copy`; server-only fields (status,
    /// times, last updated by, schema version, compatible compute environments) are dropped; password-like values
    /// are not carried, so their fields come back empty (and required where the type requires them).
    pub fn from_connection(connection: &Connection, catalog_id: Option<String>) -> Form {
        let mut request = input_request(&connection.without_secrets(), catalog_id);
        request.connection_input.name = format!("{}-copy", connection.name);
        Form::from_request(&request)
    }
}

/// The CreateConnectionRequest that defines `c` again, as far as a ConnectionInput can: server-only fields are
/// dropped, and so is anything secret that `c` itself does not hold.
pub(super) fn input_request(c: &Connection, catalog_id: Option<String>) -> CreateConnectionRequest {
    let c = c.clone();
    let authentication_configuration =
        c.authentication_configuration
            .map(|a| AuthenticationConfigurationInput {
                authentication_type: a.authentication_type,
                oauth2_properties: a.oauth2_properties.map(|o| OAuth2PropertiesInput {
                    grant_type: o.grant_type,
                    client_application: o.client_application,
                    token_url: o.token_url,
                    token_url_parameters_map: o.token_url_parameters_map,
                    ..OAuth2PropertiesInput::default()
                }),
                secret_arn: a.secret_arn,
                kms_key_arn: a.kms_key_arn,
                ..AuthenticationConfigurationInput::default()
            });
    CreateConnectionRequest {
        catalog_id,
        connection_input: ConnectionInput {
            name: c.name,
            description: c.description,
            connection_type: c.connection_type.unwrap_or_default(),
            match_criteria: c.match_criteria,
            connection_properties: c.connection_properties.unwrap_or_default(),
            spark_properties: c.spark_properties,
            athena_properties: c.athena_properties,
            python_properties: c.python_properties,
            physical_connection_requirements: c.physical_connection_requirements,
            authentication_configuration,
            validate_credentials: None,
            validate_for_compute_environments: None,
        },
        tags: None,
    }
}

impl Form {
    /// The request without any secret: what the draft file holds. Password-like properties (and those the type's
    /// description calls secret), the basic password, custom credentials, the authorization code and the OAuth2
    /// credentials are left out.
    pub fn draft(&self) -> CreateConnectionRequest {
        let mut r = self.to_request();
        let input = &mut r.connection_input;
        input.connection_properties =
            without_secrets(std::mem::take(&mut input.connection_properties))
                .into_iter()
                .filter(|(k, _)| !self.described_secret(k))
                .collect();
        for map in [
            &mut input.spark_properties,
            &mut input.athena_properties,
            &mut input.python_properties,
        ] {
            *map = map
                .take()
                .map(|m| {
                    without_secrets(m)
                        .into_iter()
                        .filter(|(k, _)| !self.described_secret(k))
                        .collect::<PropertyMap>()
                })
                .filter(|m| !m.is_empty());
        }
        if let Some(auth) = &mut input.authentication_configuration {
            auth.custom_authentication_credentials = None;
            if let Some(basic) = &mut auth.basic_authentication_credentials {
                basic.password = None;
            }
            if auth
                .basic_authentication_credentials
                .as_ref()
                .is_some_and(|b| b.username.is_none())
            {
                auth.basic_authentication_credentials = None;
            }
            if let Some(o) = &mut auth.oauth2_properties {
                o.credentials = None;
                // Every TokenUrlParametersMap value is a secret (model::secret_place says why).
                o.token_url_parameters_map = None;
                if let Some(code) = &mut o.authorization_code_properties {
                    code.authorization_code = None;
                }
                if o.authorization_code_properties
                    .as_ref()
                    .is_some_and(|c| c.redirect_uri.is_none())
                {
                    o.authorization_code_properties = None;
                }
            }
        }
        r
    }
}

impl Form {
    /// The secret fields holding a value, which [`Form::draft`] leaves out, by path and label — and those a restored
    /// draft still owes: what the next restore marks to type again.
    pub fn secrets_left_out(&self) -> Vec<SecretLeftOut> {
        let mut out: Vec<SecretLeftOut> = self
            .all_fields()
            .into_iter()
            .flatten()
            .filter(|f| f.secret && !f.value.trim().is_empty())
            .map(|f| SecretLeftOut {
                path: f.path,
                label: f.label,
            })
            .collect();
        for owed in &self.retype {
            if self.get(&owed.path).trim().is_empty() && !out.iter().any(|o| o.path == owed.path) {
                out.push(owed.clone());
            }
        }
        out
    }

    /// A restored draft's left-out secrets: each field is marked until a value is typed in it.
    pub fn mark_to_retype(&mut self, secrets: &[SecretLeftOut]) {
        self.retype = secrets.to_vec();
    }

    /// The left-out secrets still empty: the message beside each of these fields says to type it again.
    pub(super) fn still_to_retype(&self) -> impl Iterator<Item = &SecretLeftOut> {
        self.retype
            .iter()
            .filter(|s| self.get(&s.path).trim().is_empty())
    }
}

fn without_secrets(map: PropertyMap) -> PropertyMap {
    map.into_iter().filter(|(k, _)| !is_secret_key(k)).collect()
}
