//! What each section shows: its fields, in order, with the message of the problem found at each.

use super::described::joined;
use super::described_maps::{DescribedMap, described_help, offer_choices};
use super::locate::locate;
use super::*;
use crate::model::is_secret_key;
use crate::request::spec::{FieldKind, PropertyField, Requirement, all_specs};

/// One field as the UI draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldView {
    pub label: String,
    /// Where [`Form::set`] / [`Form::choose`] write (see the module comment of `form`).
    pub path: String,
    /// The JSON path the request's problems name this value by.
    pub problem_path: String,
    /// The text as typed (a choice field shows its choice, "" for none).
    pub value: String,
    /// Masked while typed; never in a draft.
    pub secret: bool,
    pub required: bool,
    /// The values offered; empty for free text.
    pub choices: Vec<String>,
    /// Only one of `choices` is accepted (otherwise they are suggestions, e.g. the JDBC engines).
    pub choice_only: bool,
    pub help: String,
    /// The row this field belongs to, for removing it.
    pub row: Option<(Rows, usize)>,
    /// What is wrong with the value, when anything is: sending is refused until it is fixed.
    pub error: Option<String>,
    /// Advice about the value that does not block sending (Glue decides).
    pub warning: Option<String>,
}

impl FieldView {
    pub(super) fn new(
        path: impl Into<String>,
        label: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        let path = path.into();
        FieldView {
            label: label.into(),
            problem_path: path.clone(),
            path,
            value: value.into(),
            secret: false,
            required: false,
            choices: Vec::new(),
            choice_only: false,
            help: String::new(),
            row: None,
            error: None,
            warning: None,
        }
    }

    fn required(mut self, yes: bool) -> Self {
        self.required = yes;
        self
    }

    fn help(mut self, help: &str) -> Self {
        self.help = help.to_string();
        self
    }

    fn only(mut self, choices: &[&str]) -> Self {
        self.choices = choices.iter().map(|c| c.to_string()).collect();
        self.choice_only = true;
        self
    }
}

impl Form {
    /// The fields of the current section, each with its problem's message.
    pub fn fields(&self) -> Vec<FieldView> {
        let mut all = self.all_fields();
        let found = self.assess();
        let marks = found
            .refusals
            .into_iter()
            .map(|p| (p, true))
            .chain(found.warnings.into_iter().map(|p| (p, false)));
        for (p, refused) in marks {
            if let Some((section, i)) = locate(&all, &p) {
                let field = &mut all[section.index()][i];
                let slot = if refused {
                    &mut field.error
                } else {
                    &mut field.warning
                };
                *slot = Some(match slot.take() {
                    Some(before) => format!("{before}; {}", p.message),
                    None => p.message,
                });
            }
        }
        let mut fields = std::mem::take(&mut all[self.section.index()]);
        for owed in self.still_to_retype() {
            if let Some(field) = fields.iter_mut().find(|f| f.path == owed.path) {
                let note = "type it again: the draft did not keep this secret".to_string();
                field.warning = Some(match field.warning.take() {
                    Some(before) => format!("{before}; {note}"),
                    None => note,
                });
            }
        }
        self.point_secrets_at_secret_arn(&mut fields);
        fields
    }

    /// Where the type's description names a SecretArn, a secret typed here has a better home: a Secrets Manager
    /// secret whose ARN the connection gives (AWS's connector guides say so for the SaaS types). Each secret
    /// field's help says it; the value typed stays masked and out of drafts either way.
    fn point_secrets_at_secret_arn(&self, fields: &mut [FieldView]) {
        let described = self
            .description()
            .and_then(|d| d.authentication_configuration.as_ref())
            .is_some_and(|a| a.secret_arn.is_some());
        if !described {
            return;
        }
        for field in fields
            .iter_mut()
            .filter(|f| f.secret && f.path != SECRET_ARN)
        {
            field.help = joined(
                &field.help,
                "masked, never kept in drafts — or keep it in Secrets Manager and give its ARN in Secret ARN",
            );
        }
    }

    /// The lists and maps of the current section a row can be added to.
    pub fn row_lists(&self) -> Vec<Rows> {
        match self.section {
            Section::Basics => vec![Rows::MatchCriteria],
            Section::Properties => vec![Rows::ExtraProperties],
            Section::Authentication => {
                let kind = self.get(AUTHENTICATION_TYPE);
                let mut out = Vec::new();
                if kind == "OAUTH2" || !self.rows(Rows::TokenUrlParameters).is_empty() {
                    out.push(Rows::TokenUrlParameters);
                }
                if kind == "CUSTOM" || !self.rows(Rows::CustomCredentials).is_empty() {
                    out.push(Rows::CustomCredentials);
                }
                out
            }
            Section::Network => vec![Rows::SecurityGroups],
            Section::Compute => vec![
                Rows::SparkProperties,
                Rows::AthenaProperties,
                Rows::PythonProperties,
                Rows::ComputeEnvironments,
            ],
            Section::Options => vec![Rows::Tags],
            Section::Type | Section::Review => Vec::new(),
        }
    }

    /// The property keys of `spec` the form shows: every field but those of the alternatives not chosen.
    pub(super) fn visible_property_keys(&self, spec: &TypeSpec) -> Vec<&'static str> {
        spec.fields
            .iter()
            .filter(|f| match f.required {
                Requirement::OneOf(group) => self.in_chosen(spec, group, f.key),
                _ => true,
            })
            .map(|f| f.key)
            .collect()
    }

    /// The property keys the Properties section shows as fields: the spec's (see `visible_property_keys`), then
    /// those only the type's description lists.
    pub(super) fn field_property_keys(&self) -> Vec<String> {
        let spec = self.spec().map(|s| self.visible_property_keys(s));
        let described = self.described_only().into_iter().map(|d| d.id().to_owned());
        spec.into_iter()
            .flatten()
            .map(str::to_string)
            .chain(described)
            .collect()
    }

    fn in_chosen(&self, spec: &TypeSpec, group: &str, key: &str) -> bool {
        spec.either_or
            .iter()
            .find(|g| g.id == group)
            .and_then(|g| g.alternatives.get(self.alternative(group)))
            .is_some_and(|alt| alt.contains(&key))
    }

    /// Every section's fields, without messages.
    pub(super) fn all_fields(&self) -> [Vec<FieldView>; 8] {
        Section::ALL.map(|s| self.section_fields(s))
    }

    fn scalar(&self, path: &str, label: &str) -> FieldView {
        FieldView::new(path, label, self.get(path))
    }

    fn section_fields(&self, section: Section) -> Vec<FieldView> {
        let mut out = Vec::new();
        match section {
            Section::Type => {
                let help = self.spec().map_or("", |s| s.summary);
                let mut ty = self
                    .scalar(CONNECTION_TYPE, "Connection type")
                    .required(true)
                    .help(help);
                ty.choices = all_specs()
                    .iter()
                    .map(|s| s.connection_type.to_string())
                    .collect();
                out.push(ty);
            }
            Section::Basics => {
                out.push(self.scalar(NAME, "Name").required(true));
                out.push(self.scalar(DESCRIPTION, "Description"));
                self.push_rows(&mut out, Rows::MatchCriteria, "Match criterion");
            }
            Section::Properties => {
                if let Some(spec) = self.spec() {
                    self.property_fields(&mut out, spec);
                }
                self.described_fields(&mut out);
                // Required first (a stable sort: each either/or choice keeps its fields after it, as they are
                // required too), so Tab reaches what must be given before what may be.
                out.sort_by_key(|f| !f.required);
                self.push_rows(&mut out, Rows::ExtraProperties, "Property");
            }
            Section::Authentication => self.auth_fields(&mut out),
            Section::Network => {
                let needed = self.spec().is_some_and(|s| s.needs_network)
                    || self.network_required_by_environment();
                let subnet = self.scalar(SUBNET_ID, "Subnet").required(needed);
                out.push(subnet.help(&self.physical_help("SubnetId")));
                self.push_rows(&mut out, Rows::SecurityGroups, "Security group");
                let groups_help = self.physical_help("SecurityGroupIdList");
                for group in out.iter_mut().filter(|f| f.row.is_some()) {
                    group.help = joined(&group.help, &groups_help);
                }
                if needed && let Some(first) = out.iter_mut().find(|f| f.row.is_some()) {
                    first.required = true;
                }
                let zone = self.scalar(AVAILABILITY_ZONE, "Availability zone");
                out.push(zone.help(&self.physical_help("AvailabilityZone")));
            }
            Section::Compute => {
                self.map_fields(&mut out, DescribedMap::Spark);
                self.push_rows(&mut out, Rows::SparkProperties, "Spark property");
                self.map_fields(&mut out, DescribedMap::Athena);
                self.push_rows(&mut out, Rows::AthenaProperties, "Athena property");
                self.map_fields(&mut out, DescribedMap::Python);
                self.push_rows(&mut out, Rows::PythonProperties, "Python property");
                self.push_rows(&mut out, Rows::ComputeEnvironments, "Validate for");
            }
            Section::Options => {
                let mut validate = self
                    .scalar(VALIDATE_CREDENTIALS, "Validate credentials")
                    .only(&["true", "false"])
                    .help("Test the credentials when the connection is created (default true)");
                if validate.value.is_empty() {
                    validate.value = "true".to_string();
                }
                out.push(validate);
                self.push_rows(&mut out, Rows::Tags, "Tag");
                out.push(
                    self.scalar(CATALOG_ID, "Catalog ID")
                        .help("Empty: the account's own catalog"),
                );
            }
            Section::Review => {}
        }
        out
    }

    /// The spec's property fields in the order a person fills them: each either/or choice followed at once by the
    /// fields of the alternative chosen (so the JDBC URL comes right after "Endpoint", not after the optional
    /// engine version), then the remaining fields in the table's order. The caller puts required ones first.
    fn property_fields(&self, out: &mut Vec<FieldView>, spec: &'static TypeSpec) {
        let mut groups_shown: Vec<&str> = Vec::new();
        for field in spec.fields {
            let Requirement::OneOf(group) = field.required else {
                out.push(self.property_view(field));
                continue;
            };
            if groups_shown.contains(&group) {
                continue;
            }
            groups_shown.push(group);
            if let Some(g) = spec.either_or.iter().find(|g| g.id == group) {
                let choices: Vec<String> = g.alternatives.iter().map(|a| a.join(" + ")).collect();
                let mut choice = FieldView::new(alternative_path(group), capitalised(group), "");
                choice.value = choices
                    .get(self.alternative(group))
                    .cloned()
                    .unwrap_or_default();
                choice.choices = choices;
                choice.choice_only = true;
                choice.required = true;
                choice.help = "Give exactly one of these".to_string();
                out.push(choice);
            }
            let members = spec.fields.iter().filter(|f| {
                f.required == Requirement::OneOf(group) && self.in_chosen(spec, group, f.key)
            });
            for member in members {
                out.push(self.property_view(member));
            }
        }
    }

    fn property_view(&self, field: &PropertyField) -> FieldView {
        let path = property_path(field.key);
        let mut view = FieldView::new(&path, field.label, self.get(&path))
            .required(field.required != Requirement::Optional)
            .help(field.help);
        view.secret = field.kind == FieldKind::Secret;
        match field.kind {
            FieldKind::Choice(values) => view.choices = strings(values),
            // A select, so Space and ←/→ cycle it as the help says; "" leaves an optional one out.
            FieldKind::Bool => {
                let blank = (!view.required).then_some("");
                view.choices = strings(
                    &blank
                        .into_iter()
                        .chain(["true", "false"])
                        .collect::<Vec<_>>(),
                );
                view.choice_only = true;
            }
            _ => {}
        }
        self.merge_definition(&mut view, field.key, field.required);
        view
    }

    fn auth_fields(&self, out: &mut Vec<FieldView>) {
        let kind = self.get(AUTHENTICATION_TYPE);
        let grant = self.get(GRANT_TYPE);
        let has_secret = !self.get(SECRET_ARN).trim().is_empty();
        let auth = self.described_authentication();
        let mut kind_field = self.scalar(AUTHENTICATION_TYPE, "Authentication type");
        kind_field.choices = auth.types.clone();
        kind_field.choice_only = true;
        kind_field.required = auth.type_required;
        kind_field.help = match self.supported_authentication_help() {
            Some(supported) if auth.type_required => supported,
            Some(supported) => format!("Empty: none; {supported}"),
            None => "Empty: none".to_string(),
        };
        out.push(kind_field);
        let mut secret_arn = self
            .scalar(SECRET_ARN, "Secret ARN")
            .help("Secrets Manager secret holding the credentials, instead of typing them here");
        if auth.secret_required {
            secret_arn.required = !self.gives_inline_credentials(kind);
            secret_arn.help = format!(
                "Required by {}: a Secrets Manager secret holding the credentials (or type them here)",
                self.get(CONNECTION_TYPE).trim()
            );
        }
        out.push(secret_arn);
        out.push(self.scalar(KMS_KEY_ARN, "KMS key ARN"));
        // A field shows when its authentication (or grant) type wants it, or when it holds text — so a value
        // left over from another type stays visible, with the message saying it does not belong.
        let show = |wanted: bool, path: &str| wanted || !self.get(path).is_empty();
        let basic = kind == "BASIC";
        for (path, key, label) in [
            (USERNAME, "Username", "User name"),
            (PASSWORD, "Password", "Password"),
        ] {
            if show(basic, path) {
                let described = self.description().and_then(|d| d.basic_property(key));
                // Without a description both are needed for BASIC; a description may say one is optional.
                let required = described.is_none_or(|d| d.required);
                let mut view = self
                    .scalar(path, label)
                    .required(basic && !has_secret && required);
                view.secret = path == PASSWORD;
                if let Some(d) = described {
                    view.help = described_help(d);
                }
                out.push(view);
            }
        }
        let custom = kind == "CUSTOM";
        let described_custom = self.map_definitions(DescribedMap::Custom);
        let custom_text = described_custom.iter().any(|d| {
            !self
                .get(&DescribedMap::Custom.field_path(d.id()))
                .is_empty()
        });
        if custom || custom_text {
            self.map_fields(out, DescribedMap::Custom);
        }
        if custom || !self.rows(Rows::CustomCredentials).is_empty() {
            self.push_rows(out, Rows::CustomCredentials, "Credential");
        }
        let oauth = kind == "OAUTH2";
        let code = oauth && grant == "AUTHORIZATION_CODE";
        let client = oauth && grant == "CLIENT_CREDENTIALS";
        let jwt = oauth && grant == "JWT_BEARER";
        if show(oauth, GRANT_TYPE) {
            let mut grant_field = self.scalar(GRANT_TYPE, "OAuth2 grant type").required(oauth);
            grant_field.choices = auth.grants.clone();
            grant_field.choice_only = true;
            if let Some(d) = self
                .description()
                .and_then(|d| d.oauth2_property("OAuth2GrantType"))
            {
                grant_field.help = described_help(d);
            }
            out.push(grant_field);
        }
        let fields: [(&str, &str, bool, bool, bool); 9] = [
            // (path, label, wanted, required, secret)
            (CLIENT_ID, "Client ID", oauth, client, false),
            (
                AWS_MANAGED_CLIENT,
                "AWS managed client application",
                oauth,
                false,
                false,
            ),
            (TOKEN_URL, "Token URL", oauth, false, false),
            (AUTHORIZATION_CODE, "Authorization code", code, code, true),
            (REDIRECT_URI, "Redirect URI", code, false, false),
            (
                CLIENT_SECRET,
                "Client secret",
                code || client,
                client && !has_secret,
                true,
            ),
            (ACCESS_TOKEN, "Access token", code, false, true),
            (REFRESH_TOKEN, "Refresh token", code, false, true),
            (JWT_TOKEN, "JWT token", jwt, jwt, true),
        ];
        for (path, label, wanted, required, secret) in fields {
            if show(wanted, path) {
                let mut view = self.scalar(path, label).required(required);
                view.secret = secret;
                if path == TOKEN_URL
                    && let Some(d) = self
                        .description()
                        .and_then(|d| d.oauth2_property("TokenUrl"))
                {
                    view.required = oauth && d.required;
                    view.help = described_help(d);
                    offer_choices(&mut view, d);
                }
                out.push(view);
            }
            if path == TOKEN_URL && (oauth || !self.rows(Rows::TokenUrlParameters).is_empty()) {
                self.push_rows(out, Rows::TokenUrlParameters, "Token URL parameter");
            }
        }
    }

    /// The rows of a list (one field each) or a map (a key and a value field each).
    fn push_rows(&self, out: &mut Vec<FieldView>, rows: Rows, label: &str) {
        let mut sent = 0; // the index of the item in the request, where blank items are left out
        // Security groups and match criteria start with one empty row, so the step shows where they go without
        // Alt-A first (a blank row is not sent).
        let empty_first = [Row::default()];
        let shown = match self.rows(rows) {
            [] if matches!(rows, Rows::SecurityGroups | Rows::MatchCriteria) => &empty_first[..],
            stored => stored,
        };
        for (i, row) in shown.iter().enumerate() {
            let n = i + 1;
            if rows.is_list() {
                let mut view = FieldView::new(
                    row_path(rows, i, RowPart::Value),
                    format!("{label} {n}"),
                    &row.value,
                );
                // A blank item is not sent, so no problem can name it — but the one row shown for an empty list
                // stands for the list: "needs at least one security group" belongs beside it.
                let placeholder = self.rows(rows).is_empty();
                view.problem_path = if placeholder {
                    rows.path().to_string()
                } else if row.value.trim().is_empty() {
                    String::new()
                } else {
                    sent += 1;
                    format!("{}[{}]", rows.path(), sent - 1)
                };
                if rows == Rows::ComputeEnvironments {
                    view.choices = self.compute_environment_choices();
                }
                view.row = Some((rows, i));
                out.push(view);
                continue;
            }
            // As model::secret_place has it: every custom credential and TokenUrlParametersMap value is a secret.
            let secret = matches!(rows, Rows::CustomCredentials | Rows::TokenUrlParameters)
                || is_secret_key(row.key.trim());
            let entry = crate::request::key_path(rows.path(), row.key.trim());
            let mut key = FieldView::new(
                row_path(rows, i, RowPart::Key),
                format!("{label} {n} key"),
                &row.key,
            );
            key.row = Some((rows, i));
            let mut value = FieldView::new(
                row_path(rows, i, RowPart::Value),
                format!("{label} {n} value"),
                &row.value,
            );
            value.row = Some((rows, i));
            value.secret = secret;
            // A problem with the entry lands on the key while there is none, on the value once there is.
            if row.key.trim().is_empty() {
                key.problem_path = entry;
            } else {
                value.problem_path = entry;
            }
            if rows == Rows::ExtraProperties {
                key.help = "Any ConnectionPropertyKey".to_string();
                key.choices = strings(crate::glue::connection_property_keys());
            }
            out.push(key);
            out.push(value);
        }
    }
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

fn capitalised(id: &str) -> String {
    let mut chars = id.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_ids_become_labels() {
        assert_eq!(capitalised("endpoint"), "Endpoint");
        assert_eq!(capitalised(""), "");
    }
}
