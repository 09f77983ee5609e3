//! The create-connection form: everything the user typed, as typed, and the request it stands for.
//!
//! Pure state — no I/O, no clock — for `update` to drive. Values are kept as strings exactly as entered (invalid
//! text stays in its field); [`Form::to_request`] trims them and leaves empty ones out, and every rule is the one
//! `request::problems` applies to the request, so the form, `--from-json` and the review JSON can never disagree.
//!
//! Fields are addressed by a path: the JSON path of the value where it has one (`ConnectionInput.Name`,
//! `ConnectionInput.ConnectionProperties.HOST`), `PREFIX[i]` for the i-th item of a list, `PREFIX[i].Key` /
//! `PREFIX[i].Value` for a row of a map, and `ConnectionInput.ConnectionProperties:GROUP` for the choice of an
//! either/or group. [`Form::fields`] hands out the paths; the UI passes them back to [`Form::set`] and
//! [`Form::choose`].
//!
//! The spec table knows the properties of a few types only; the rest come from DescribeConnectionType, whose answer
//! the UI hands to [`Form::apply_description`] (see `described` for what it merges in).

mod build;
mod described;
mod described_auth;
mod described_maps;
mod edit;
mod locate;
mod paths;
mod summary;
mod view;

use std::collections::BTreeMap;

use crate::glue::parse_connection_type;
use crate::model::{ConnectionTypeDescription, SecretLeftOut};
use crate::request::spec::{TypeSpec, spec_for};
use crate::request::{Assessment, Problem};

pub use paths::*;
pub use view::FieldView;

/// The form's sections, in the order Tab walks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Type,
    Basics,
    Properties,
    Authentication,
    Network,
    Compute,
    Options,
    Review,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Type,
        Section::Basics,
        Section::Properties,
        Section::Authentication,
        Section::Network,
        Section::Compute,
        Section::Options,
        Section::Review,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Type => "Type",
            Section::Basics => "Basics",
            Section::Properties => "Connection properties",
            Section::Authentication => "Authentication",
            Section::Network => "Network",
            Section::Compute => "Compute environments",
            Section::Options => "Options",
            Section::Review => "Review",
        }
    }

    fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

/// One row of a list (only `value`) or a map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Row {
    key: String,
    value: String,
}

/// The wizard's form. `section` and `focus` (the field index within the section's [`Form::fields`]) are where
/// the cursor is; everything else is what the user entered.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub section: Section,
    pub focus: usize,
    /// Single-value fields by path; property fields of every type the user visited keep their text.
    text: BTreeMap<String, String>,
    /// The chosen alternative of each either/or group, by group id (default: the first).
    alternatives: BTreeMap<String, usize>,
    rows: BTreeMap<Rows, Vec<Row>>,
    /// DescribeConnectionType's answers by type (see `described`), kept when the user moves to another type.
    descriptions: BTreeMap<String, ConnectionTypeDescription>,
    /// Defaults the form filled in (path → value) and the user has not touched since.
    prefilled: BTreeMap<String, String>,
    /// Types this build does not know that Glue said do not exist, with its words (see `refuse_type`).
    type_refusals: BTreeMap<String, String>,
    /// Secret fields a restored draft held a value in, which it did not keep: marked until typed again.
    retype: Vec<SecretLeftOut>,
    /// An edit (`e`): the name the connection is stored under, which UpdateConnection's `Name` carries.
    edit_of: Option<String>,
    /// An edit whose stored secrets could not be read: why. Every empty secret field then says so, and Ctrl-S asks
    /// before sending without them (the update replaces the whole definition, and would drop them).
    secrets_unreadable: Option<String>,
    dirty: bool,
}

impl Form {
    /// An empty form; `catalog_id` is the catalog being browsed (`None`: the account's own).
    pub fn new(catalog_id: Option<String>) -> Form {
        let mut form = Form {
            section: Section::Type,
            focus: 0,
            text: BTreeMap::new(),
            alternatives: BTreeMap::new(),
            rows: BTreeMap::new(),
            descriptions: BTreeMap::new(),
            prefilled: BTreeMap::new(),
            type_refusals: BTreeMap::new(),
            retype: Vec::new(),
            edit_of: None,
            secrets_unreadable: None,
            dirty: false,
        };
        if let Some(id) = catalog_id {
            form.text.insert(CATALOG_ID.to_string(), id);
        }
        form
    }

    /// Whether the user changed anything since the form was opened (Esc and quit ask first when so).
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The spec of the chosen connection type, when it is a known one.
    pub fn spec(&self) -> Option<&'static TypeSpec> {
        parse_connection_type(self.get(CONNECTION_TYPE))
            .ok()
            .and_then(|t| spec_for(&t))
    }

    /// The text of a single-value field ("" when never set).
    fn get(&self, path: &str) -> &str {
        self.text.get(path).map_or("", String::as_str)
    }

    fn rows(&self, rows: Rows) -> &[Row] {
        self.rows.get(&rows).map_or(&[], Vec::as_slice)
    }

    /// The index of the chosen alternative of an either/or group.
    fn alternative(&self, group: &str) -> usize {
        self.alternatives.get(group).copied().unwrap_or(0)
    }

    /// The field shown at `path` in any section; Err names the path when no section shows it.
    fn shown_field(&self, path: &str) -> Result<FieldView, String> {
        self.all_fields()
            .into_iter()
            .flatten()
            .find(|f| f.path == path)
            .ok_or_else(|| format!("no field {path} in this form"))
    }

    /// Sets a field's text, as typed. Fields with a fixed set of values (authentication type, grant type, either/or
    /// choices…) accept only one of their choices. Err names why the path was refused.
    pub fn set(&mut self, path: &str, text: &str) -> Result<(), String> {
        let field = self.shown_field(path)?;
        if field.choice_only && !field.choices.iter().any(|c| c == text) {
            return Err(format!(
                "{}: one of {}",
                field.label,
                field.choices.join(", ")
            ));
        }
        if let Some((rows, i, part)) = parse_row_path(path) {
            let list = self.rows.entry(rows).or_default();
            // Typing into the empty first row a list shows before any row was added makes it a real row.
            if i == list.len() {
                list.push(Row::default());
            }
            let row = &mut list[i];
            match part {
                RowPart::Key => row.key = text.to_string(),
                RowPart::Value => row.value = text.to_string(),
            }
        } else if let Some(group) = path
            .strip_prefix(PROPERTIES)
            .and_then(|p| p.strip_prefix(':'))
        {
            let index = field.choices.iter().position(|c| c == text).unwrap_or(0);
            self.alternatives.insert(group.to_string(), index);
        } else {
            self.text.insert(path.to_string(), text.to_string());
            // Once touched, a default is the user's value: a type change keeps it.
            self.prefilled.remove(path);
        }
        self.dirty = true;
        if path == CONNECTION_TYPE {
            self.forget_defaults();
            self.merge_description();
        } else if path == AUTHENTICATION_TYPE {
            self.authentication_changed();
        } else if parse_row_path(path).is_some_and(|(rows, _, _)| rows == Rows::ComputeEnvironments)
        {
            // Other environments in play: their maps' defaults apply.
            self.environments_changed();
        }
        self.clamp_focus();
        Ok(())
    }

    /// Picks one of a field's choices (a type, an authentication or grant type, an either/or alternative, a JDBC
    /// engine, true/false…). Err when the field has no choices or `option` is not one of them.
    pub fn choose(&mut self, path: &str, option: &str) -> Result<(), String> {
        let field = self.shown_field(path)?;
        if !field.choices.iter().any(|c| c == option) {
            return Err(format!("{option:?} is not a choice of {}", field.label));
        }
        self.set(path, option)
    }

    /// Appends an empty row to a list or map; returns its index.
    pub fn add_row(&mut self, rows: Rows) -> usize {
        let list = self.rows.entry(rows).or_default();
        list.push(Row::default());
        self.dirty = true;
        list.len() - 1
    }

    /// Removes row `i`; false when there is no such row.
    pub fn remove_row(&mut self, rows: Rows, i: usize) -> bool {
        let Some(list) = self.rows.get_mut(&rows).filter(|l| i < l.len()) else {
            return false;
        };
        list.remove(i);
        self.dirty = true;
        self.clamp_focus();
        true
    }

    /// Tab: the next field, or the first of the next section after the last.
    pub fn next_field(&mut self) {
        if self.focus + 1 < self.fields().len() {
            self.focus += 1;
        } else if self.section != Section::Review {
            self.next_section();
        }
    }

    /// Shift-Tab: the previous field, or the last of the previous section before the first.
    pub fn prev_field(&mut self) {
        if self.focus > 0 {
            self.focus -= 1;
        } else if self.section != Section::Type {
            self.prev_section();
            self.focus = self.fields().len().saturating_sub(1);
        }
    }

    /// The first field of the next section (stays on Review).
    pub fn next_section(&mut self) {
        let i = (self.section.index() + 1).min(Section::ALL.len() - 1);
        self.goto(Section::ALL[i], 0);
    }

    /// The first field of the previous section (stays on Type).
    pub fn prev_section(&mut self) {
        let i = self.section.index().saturating_sub(1);
        self.goto(Section::ALL[i], 0);
    }

    /// Moves the cursor, clamped to the section's fields.
    pub fn goto(&mut self, section: Section, focus: usize) {
        self.section = section;
        self.focus = focus;
        self.clamp_focus();
    }

    fn clamp_focus(&mut self) {
        let n = self.fields().len();
        self.focus = self.focus.min(n.saturating_sub(1));
    }

    /// Everything that keeps the form from being sent: the request's refusals (`request::assess`, the rules
    /// `--from-json` applies), what the type's description refuses (required properties, allowed values,
    /// supported authentication types) and the rows whose key repeats an earlier one (a map would silently keep
    /// only one of them).
    pub fn problems(&self) -> Vec<Problem> {
        self.assess().refusals
    }

    /// Advice shown beside its field that does not block sending: a value unlike its field's kind, a usual
    /// property missing, a key nobody documents (see `request::assess`).
    pub fn warnings(&self) -> Vec<Problem> {
        self.assess().warnings
    }

    fn assess(&self) -> Assessment {
        let request = self.to_request();
        let mut found = crate::request::assess(&request);
        let described = self.description_problems(&request);
        // A type this build does not know: `assess` only warns, Glue's answer about it decides.
        let (refused_type, described_type) = self.type_verdict();
        if let Some(message) = refused_type {
            found.warnings.retain(|w| w.path != CONNECTION_TYPE);
            found.refusals.push(Problem {
                path: CONNECTION_TYPE.to_string(),
                message: message.clone(),
            });
        } else if described_type && self.spec().is_none() {
            found.warnings.retain(|w| w.path != CONNECTION_TYPE);
        }
        found.refusals.extend(described.refusals);
        found.refusals.extend(self.duplicate_keys());

        found.warnings.extend(described.warnings);
        found.warnings.extend(self.unreadable_secrets());
        // A refusal inside a block says more than a warning about the whole block ("apiKey is required…" beside
        // "CUSTOM authentication needs CustomAuthenticationCredentials"): the field shows the refusal alone.
        let refused: Vec<String> = found.refusals.iter().map(|r| r.path.clone()).collect();
        found.warnings.retain(|w| {
            !refused.iter().any(|r| {
                r.strip_prefix(w.path.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
            })
        });
        found
    }

    fn duplicate_keys(&self) -> Vec<Problem> {
        let mut found = Vec::new();
        let fields: Vec<String> = self
            .field_property_keys()
            .into_iter()
            .filter(|k| !self.get(&property_path(k)).trim().is_empty())
            .collect();
        for rows in Rows::ALL.into_iter().filter(|r| !r.is_list()) {
            let mut seen: Vec<String> = if rows == Rows::ExtraProperties {
                fields.clone()
            } else {
                Vec::new()
            };
            for (i, row) in self.rows(rows).iter().enumerate() {
                let key = row.key.trim();
                if key.is_empty() {
                    continue;
                }
                if seen.iter().any(|k| k == key) {
                    found.push(Problem {
                        path: row_path(rows, i, RowPart::Key),
                        message: format!("{key} is given twice"),
                    });
                } else {
                    seen.push(key.to_string());
                }
            }
        }
        found
    }

    /// Where Ctrl-S moves the focus: the first field (in form order) that has a problem; `None` when the form may
    /// be sent.
    pub fn first_problem_location(&self) -> Option<(Section, usize)> {
        let all = self.all_fields();
        self.problems()
            .iter()
            .filter_map(|p| locate::locate(&all, p))
            .min()
    }
}
