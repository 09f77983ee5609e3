//! The Type step: a fuzzy picker over every connection type, kept in the table's grouped order with the cursor on
//! the best match (as the list filter does), so the groups stay readable while typing narrows them.
//!
//! The table follows the SDK's list, which lags the service: below the matches the picker offers the typed name
//! itself as "another type…", which the wizard then asks DescribeConnectionType about — Glue decides.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::request::spec::{TypeGroup, TypeSpec, all_specs};
use crate::state::LineInput;

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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypePicker {
    pub query: LineInput,
    /// Indices into `all_specs()`, in table order.
    matches: Vec<usize>,
    /// Position in `matches`; `matches.len()` is the "another type" row, when [`TypePicker::another`] offers one.
    cursor: usize,
}

impl TypePicker {
    /// Every type, the cursor on `current` (the form's type) when it is one.
    pub fn new(current: &str) -> Self {
        let matches: Vec<usize> = (0..all_specs().len()).collect();
        let cursor = all_specs()
            .iter()
            .position(|s| s.connection_type == current)
            .unwrap_or(0);
        TypePicker {
            query: LineInput::default(),
            matches,
            cursor,
        }
    }

    pub fn matches(&self) -> &[usize] {
        &self.matches
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The type under the cursor.
    pub fn highlighted(&self) -> Option<&'static TypeSpec> {
        self.matches.get(self.cursor).map(|&i| &all_specs()[i])
    }

    /// The typed name as a type of its own, when it is one word no listed type is spelt as: `snowflake` →
    /// `SNOWFLAKE`.
    pub fn another(&self) -> Option<String> {
        let name = self.query.text().trim().to_ascii_uppercase();
        let word = !name.is_empty() && !name.chars().any(char::is_whitespace);
        let listed = all_specs().iter().any(|s| s.connection_type == name);
        (word && !listed).then_some(name)
    }

    /// Whether the cursor is on the "another type" row.
    pub fn on_another(&self) -> bool {
        self.cursor == self.matches.len() && self.another().is_some()
    }

    fn rows(&self) -> usize {
        self.matches.len() + usize::from(self.another().is_some())
    }

    /// Re-match after the query changed: a type matches on its name, its summary or its group's title.
    pub fn refresh(&mut self) {
        let pattern = Pattern::parse(
            self.query.text(),
            CaseMatching::Ignore,
            Normalization::Smart,
        );
        let mut matcher = Matcher::new(Config::DEFAULT);
        let mut buf = Vec::new();
        let mut best: Option<(u32, usize)> = None;
        self.matches.clear();
        for (i, spec) in all_specs().iter().enumerate() {
            // The name alone first, so typing "kafka" lands on KAFKA rather than on a summary mentioning it.
            let on_name = pattern.score(
                Utf32Str::new(&spec.connection_type.replace('_', " "), &mut buf),
                &mut matcher,
            );
            let haystack = format!("{} {}", spec.summary, spec.group.title());
            let score = on_name
                .map(|s| s.saturating_mul(4))
                .or_else(|| pattern.score(Utf32Str::new(&haystack, &mut buf), &mut matcher));
            if let Some(score) = score {
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, self.matches.len()));
                }
                self.matches.push(i);
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
                .any(|&i| all_specs()[i].connection_type == "KAFKA")
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
}
