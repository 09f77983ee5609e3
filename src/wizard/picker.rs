//! The Type step: a fuzzy picker over every connection type, kept in the table's grouped order with the cursor on
//! the best match (as the list filter does), so the groups stay readable while typing narrows them.
//!
//! The table follows the SDK's list, which lags the service. Two ways past it: the types ListConnectionTypes
//! gives that the table lacks (custom `REST-…` connectors registered in the account, types newer than this build)
//! follow the table as one more group, with the names the console shows; and below the matches the picker offers
//! the typed name itself as "another type…". The wizard asks DescribeConnectionType about either — Glue decides.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::model::ConnectionTypeBrief;
use crate::request::spec::{TypeGroup, TypeSpec, all_specs};
use crate::state::LineInput;

/// The heading of the types Glue lists that this build's table lacks.
pub const LISTED_TITLE: &str = "Listed by Glue (not in this build's table)";

impl TypeGroup {
    /// The heading the picker shows above the group.
    pub fn title(self) -> &'static str {
        match self {
            TypeGroup::Databases => "Databases",
            TypeGroup::Streaming => "Streaming",
            TypeGroup::DocumentStores => "Document stores",
            TypeGroup::FileStores => "File stores",
            TypeGroup::Network => "Network",
            TypeGroup::MarketplaceCustom => "Marketplace and custom",
            TypeGroup::SaasApps => "SaaS applications",
            TypeGroup::ViewValidation => "View validation",
        }
    }
}

/// One row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A type of this build's table: an index into `all_specs()`.
    Table(usize),
    /// A type only ListConnectionTypes gave: an index into [`TypePicker::listed`].
    Listed(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypePicker {
    pub query: LineInput,
    /// What ListConnectionTypes gave, for the display names of table types and the rows of the others.
    listed: Vec<ConnectionTypeBrief>,
    /// The table's types, then the listed ones it lacks, in that order.
    matches: Vec<Entry>,
    /// Position in `matches`; `matches.len()` is the "another type" row, when [`TypePicker::another`] offers one.
    cursor: usize,
    /// The form's type when the picker opened, where the cursor goes until the user moves it or types.
    current: String,
    moved: bool,
}

impl TypePicker {
    /// Every type, the cursor on `current` (the form's type) when it is one.
    pub fn new(current: &str) -> Self {
        let mut picker = TypePicker {
            query: LineInput::default(),
            listed: Vec::new(),
            matches: Vec::new(),
            cursor: 0,
            current: current.to_string(),
            moved: false,
        };
        picker.refresh();
        picker.cursor_on(current);
        picker
    }

    /// Takes ListConnectionTypes' answer (arriving while the picker is open, or when the wizard opens): the rows
    /// are matched again and the cursor stays on the type it was on.
    pub fn set_listed(&mut self, listed: &[ConnectionTypeBrief]) {
        if self.listed == listed {
            return;
        }
        let on = if self.moved {
            self.highlighted_type()
        } else {
            Some(self.current.clone())
        };
        self.listed = listed.to_vec();
        let cursor = self.cursor;
        self.refresh();
        match on {
            Some(t) => self.cursor_on(&t),
            None => self.cursor = cursor.min(self.rows().saturating_sub(1)),
        }
    }

    fn cursor_on(&mut self, connection_type: &str) {
        if let Some(at) = self
            .matches
            .iter()
            .position(|&e| self.type_of(e) == connection_type)
        {
            self.cursor = at;
        }
    }

    pub fn matches(&self) -> &[Entry] {
        &self.matches
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The type's name as the API spells it.
    pub fn type_of(&self, entry: Entry) -> &str {
        match entry {
            Entry::Table(i) => all_specs()[i].connection_type,
            Entry::Listed(i) => &self.listed[i].connection_type,
        }
    }

    /// What ListConnectionTypes says about `connection_type`, when it listed it.
    pub fn brief(&self, connection_type: &str) -> Option<&ConnectionTypeBrief> {
        self.listed
            .iter()
            .find(|b| b.connection_type == connection_type)
    }

    /// How many listed types the table lacks (the rows the list adds with an empty query).
    pub fn listed_count(&self) -> usize {
        self.listed
            .iter()
            .filter(|b| {
                !all_specs()
                    .iter()
                    .any(|s| s.connection_type == b.connection_type)
            })
            .count()
    }

    /// A listed row's brief.
    pub fn listed(&self, i: usize) -> &ConnectionTypeBrief {
        &self.listed[i]
    }

    /// The table type under the cursor.
    pub fn highlighted(&self) -> Option<&'static TypeSpec> {
        match self.matches.get(self.cursor) {
            Some(Entry::Table(i)) => Some(&all_specs()[*i]),
            _ => None,
        }
    }

    /// The type under the cursor, table or listed (not the "another type" row).
    pub fn highlighted_type(&self) -> Option<String> {
        self.matches
            .get(self.cursor)
            .map(|&e| self.type_of(e).to_string())
    }

    /// Whether the cursor is on a type only ListConnectionTypes gave.
    pub fn on_listed(&self) -> bool {
        matches!(self.matches.get(self.cursor), Some(Entry::Listed(_)))
    }

    /// The typed name as a type of its own, when it is one word no listed type is spelt as: `snowflake` →
    /// `SNOWFLAKE`.
    pub fn another(&self) -> Option<String> {
        let name = self.query.text().trim().to_ascii_uppercase();
        let word = !name.is_empty() && !name.chars().any(char::is_whitespace);
        let listed = all_specs().iter().any(|s| s.connection_type == name)
            || self
                .listed
                .iter()
                .any(|b| b.connection_type.eq_ignore_ascii_case(&name));
        (word && !listed).then_some(name)
    }

    /// Whether the cursor is on the "another type" row.
    pub fn on_another(&self) -> bool {
        self.cursor == self.matches.len() && self.another().is_some()
    }

    fn rows(&self) -> usize {
        self.matches.len() + usize::from(self.another().is_some())
    }

    /// Re-match after the query changed: a type matches on its name (the display name ListConnectionTypes gives
    /// counts as one), else on its summary or description, group title, vendor and categories.
    pub fn refresh(&mut self) {
        self.moved |= !self.query.is_empty();
        let pattern = Pattern::parse(
            self.query.text(),
            CaseMatching::Ignore,
            Normalization::Smart,
        );
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut buf = Vec::new();
        let mut best: Option<(u32, usize)> = None;
        let mut score = |name: &str, rest: &str| {
            // The name alone first, so typing "kafka" lands on KAFKA rather than on a summary mentioning it.
            pattern
                .score(Utf32Str::new(name, &mut buf), &mut matcher)
                .map(|s| s.saturating_mul(4))
                .or_else(|| pattern.score(Utf32Str::new(rest, &mut buf), &mut matcher))
        };
        let mut found: Vec<(Entry, Option<u32>)> = Vec::new();
        for (i, spec) in all_specs().iter().enumerate() {
            let display = self
                .brief(spec.connection_type)
                .and_then(ConnectionTypeBrief::display_name)
                .unwrap_or_default();
            let name = format!("{} {display}", spec.connection_type.replace('_', " "));
            let rest = format!("{} {}", spec.summary, spec.group.title());
            found.push((Entry::Table(i), score(&name, &rest)));
        }
        for (i, brief) in self.listed.iter().enumerate() {
            if all_specs()
                .iter()
                .any(|s| s.connection_type == brief.connection_type)
            {
                continue;
            }
            let name = format!(
                "{} {}",
                brief.connection_type,
                brief.display_name().unwrap_or_default()
            );
            let rest = format!(
                "{} {} {} {LISTED_TITLE}",
                brief.description.as_deref().unwrap_or_default(),
                brief.vendor.as_deref().unwrap_or_default(),
                brief.categories.join(" ")
            );
            found.push((Entry::Listed(i), score(&name, &rest)));
        }
        self.matches.clear();
        for (entry, score) in found {
            if let Some(score) = score {
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, self.matches.len()));
                }
                self.matches.push(entry);
            }
        }
        // No match: the cursor lands on the "another type" row (index `matches.len()`, 0 here) when there is one.
        self.cursor = if self.query.is_empty() {
            0
        } else {
            best.map_or(0, |(_, at)| at)
        };
    }

    pub fn move_by(&mut self, delta: isize) {
        self.moved = true;
        let last = self.rows().saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize).saturating_add(delta).clamp(0, last) as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TypePicker {
        let mut picker = TypePicker::new("");
        picker.query.insert(text);
        picker.refresh();
        picker
    }

    #[test]
    fn starts_on_the_forms_type_with_every_type_listed() {
        let picker = TypePicker::new("KAFKA");
        assert_eq!(picker.matches().len(), all_specs().len());
        assert_eq!(picker.highlighted().unwrap().connection_type, "KAFKA");
    }

    #[test]
    fn typing_narrows_and_lands_on_the_best_name() {
        let picker = typed("kafka");
        assert_eq!(picker.highlighted().unwrap().connection_type, "KAFKA");
        let picker = typed("salesf");
        assert_eq!(picker.highlighted().unwrap().connection_type, "SALESFORCE");
        assert!(picker.matches().len() < all_specs().len());
    }

    #[test]
    fn group_titles_match_too() {
        let picker = typed("streaming");
        assert!(
            picker
                .matches()
                .iter()
                .any(|&e| picker.type_of(e) == "KAFKA")
        );
    }

    #[test]
    fn no_match_offers_the_typed_name_as_another_type() {
        let mut picker = typed("snowflake");
        assert!(picker.highlighted().is_none());
        assert_eq!(picker.another().as_deref(), Some("SNOWFLAKE"));
        assert!(picker.on_another());
        picker.move_by(1);
        assert!(picker.on_another());
        // Two words are no type name: nothing to offer, nothing highlighted.
        let picker = typed("zz qq");
        assert!(picker.highlighted().is_none() && !picker.on_another());
    }

    #[test]
    fn another_type_is_the_row_after_the_matches() {
        let mut picker = typed("redshift");
        assert!(!picker.matches().is_empty());
        assert_eq!(picker.another().as_deref(), Some("REDSHIFT"));
        assert!(!picker.on_another());
        picker.move_by(isize::MAX);
        assert!(picker.on_another() && picker.highlighted().is_none());
        // A listed name is not offered twice.
        assert_eq!(typed("kafka").another(), None);
    }

    fn briefs() -> Vec<ConnectionTypeBrief> {
        serde_json::from_str(
            r#"[{"ConnectionType": "SALESFORCE", "DisplayName": "Salesforce", "Vendor": "Salesforce"},
                {"ConnectionType": "REST-ACME-TICKETS", "DisplayName": "Acme Tickets (custom)",
                 "Vendor": "Acme Corp", "Categories": ["Custom"]}]"#,
        )
        .unwrap()
    }

    #[test]
    fn listed_types_the_table_lacks_follow_it_and_match_by_display_name() {
        let mut picker = TypePicker::new("");
        picker.set_listed(&briefs());
        assert_eq!(
            picker.matches().len(),
            all_specs().len() + 1,
            "SALESFORCE once"
        );
        assert_eq!(picker.matches().last(), Some(&Entry::Listed(1)));

        picker.query.insert("acme tick");
        picker.refresh();
        assert!(picker.on_listed());
        assert_eq!(
            picker.highlighted_type().as_deref(),
            Some("REST-ACME-TICKETS")
        );
        assert_eq!(picker.highlighted(), None, "not a table type");
        assert_eq!(picker.another(), None, "two words are no type name");

        // Its exact name is not offered again as "another type", whatever the case.
        let mut picker = TypePicker::new("");
        picker.set_listed(&briefs());
        picker.query.insert("rest-acme-tickets");
        picker.refresh();
        assert_eq!(picker.another(), None);
        assert_eq!(
            picker.highlighted_type().as_deref(),
            Some("REST-ACME-TICKETS")
        );
    }

    #[test]
    fn a_list_arriving_keeps_the_cursor_on_its_type() {
        let mut picker = TypePicker::new("SALESFORCE");
        assert_eq!(picker.highlighted_type().as_deref(), Some("SALESFORCE"));
        picker.set_listed(&briefs());
        assert_eq!(picker.highlighted_type().as_deref(), Some("SALESFORCE"));
        let mut picker = TypePicker::new("REST-ACME-TICKETS");
        picker.set_listed(&briefs());
        assert_eq!(
            picker.highlighted_type().as_deref(),
            Some("REST-ACME-TICKETS"),
            "a form already on a listed type"
        );
    }
}
