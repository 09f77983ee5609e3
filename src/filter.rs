//! The list filter: fuzzy text over name, type and description (nucleo's pattern syntax, so `!text` excludes and
//! `'exact`, `^prefix`, `suffix$` work), plus `type:KAFKA` (or `type:jdbc,kafka`, `!type:network`) on the type.
//!
//! Haystacks are built once per row as rows arrive; a keystroke that only narrows the previous query re-scores the
//! previous matches instead of every row, which is what keeps 100k rows inside a few milliseconds.

use std::cmp::Reverse;

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::model::Connection;

/// A parsed query. Empty when the user typed nothing (or only spaces).
#[derive(Debug, Clone, Default)]
pub struct Query {
    raw: String,
    pattern: Option<Pattern>,
    types: Vec<String>,
    not_types: Vec<String>,
}

impl Query {
    pub fn parse(raw: &str) -> Self {
        let mut text = Vec::new();
        let mut types = Vec::new();
        let mut not_types = Vec::new();
        for word in raw.split_whitespace() {
            let lower = word.to_ascii_lowercase();
            if let Some(list) = lower.strip_prefix("type:") {
                types.extend(split_types(list));
            } else if let Some(list) = lower.strip_prefix("!type:") {
                not_types.extend(split_types(list));
            } else {
                text.push(word);
            }
        }
        let text = text.join(" ");
        let pattern = (!text.is_empty())
            .then(|| Pattern::parse(&text, CaseMatching::Smart, Normalization::Smart));
        Self {
            raw: raw.to_string(),
            pattern,
            types,
            not_types,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.pattern.is_none() && self.types.is_empty() && self.not_types.is_empty()
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// Whether every row matching `self` also matches `previous`, so only `previous`'s matches need scoring.
    fn narrows(&self, previous: &Query) -> bool {
        let old = previous.raw.as_str();
        let last_old_word = old.split_whitespace().last().unwrap_or("");
        self.raw.starts_with(old)
            && !self.raw.contains('!')
            && !old.contains(['^', '$', '\'', '\\'])
            && (!last_old_word.to_ascii_lowercase().starts_with("type:") || old.ends_with(' '))
    }
}

fn split_types(list: &str) -> impl Iterator<Item = String> + '_ {
    list.split(',')
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_uppercase)
}

/// The rows a query keeps, best first, and what it takes to keep that answer current as rows and keystrokes arrive.
pub struct FilterIndex {
    haystacks: Vec<Utf32String>,
    types: Vec<String>,
    matcher: Matcher,
    query: Query,
    /// (score, row) for the current query, sorted best first; row order breaks ties so the list stays stable.
    matches: Vec<(u32, u32)>,
    visible: Vec<usize>,
}

impl Default for FilterIndex {
    fn default() -> Self {
        Self {
            haystacks: Vec::new(),
            types: Vec::new(),
            matcher: Matcher::new(Config::DEFAULT),
            query: Query::default(),
            matches: Vec::new(),
            visible: Vec::new(),
        }
    }
}

impl FilterIndex {
    pub fn clear(&mut self) {
        self.haystacks.clear();
        self.types.clear();
        self.matches.clear();
        self.visible.clear();
    }

    pub fn query(&self) -> &Query {
        &self.query
    }

    /// Row indices (into the list's items) that the query keeps, in display order.
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// Index rows appended to the list and fold those that match into the current answer.
    pub fn extend<'a>(&mut self, rows: impl IntoIterator<Item = &'a Connection>) {
        let start = self.haystacks.len();
        for c in rows {
            let ty = c.connection_type.as_deref().unwrap_or("");
            let desc = c.description.as_deref().unwrap_or("");
            self.haystacks.push(Utf32String::from(
                format!("{}  {}  {}", c.name, ty, desc).as_str(),
            ));
            self.types.push(ty.to_ascii_uppercase());
        }
        let end = self.haystacks.len();
        let mut found: Vec<(u32, u32)> = (start..end).filter_map(|row| self.score(row)).collect();
        if self.query.pattern.is_none() {
            // Unscored rows keep list order, and new rows come after the old ones.
            self.matches.extend(found);
        } else {
            // Merge rather than re-sort: pages arrive one after another while a query is active.
            sort_best_first(&mut found);
            let old = std::mem::take(&mut self.matches);
            self.matches = merge_best_first(old, found);
        }
        self.refresh_visible();
    }

    /// Apply a new query, re-scoring only the previous matches when the new query can only narrow them.
    pub fn set_query(&mut self, raw: &str) {
        let query = Query::parse(raw);
        let narrowing = !self.query.is_empty() && query.narrows(&self.query);
        let candidates: Vec<u32> = if narrowing {
            self.matches.iter().map(|&(_, row)| row).collect()
        } else {
            (0..self.haystacks.len() as u32).collect()
        };
        self.query = query;
        let mut found: Vec<(u32, u32)> = candidates
            .into_iter()
            .filter_map(|row| self.score(row as usize))
            .collect();
        if self.query.pattern.is_some() {
            sort_best_first(&mut found);
        } else {
            found.sort_unstable_by_key(|&(_, row)| row);
        }
        self.matches = found;
        self.refresh_visible();
    }

    fn score(&mut self, row: usize) -> Option<(u32, u32)> {
        let ty = &self.types[row];
        if !self.query.types.is_empty() && !self.query.types.iter().any(|t| t == ty) {
            return None;
        }
        if self.query.not_types.iter().any(|t| t == ty) {
            return None;
        }
        let score = match &self.query.pattern {
            None => 0,
            Some(p) => p.score(self.haystacks[row].slice(..), &mut self.matcher)?,
        };
        Some((score, row as u32))
    }

    fn refresh_visible(&mut self) {
        self.visible.clear();
        self.visible
            .extend(self.matches.iter().map(|&(_, row)| row as usize));
    }
}

fn merge_best_first(a: Vec<(u32, u32)>, b: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    let key = |&(score, row): &(u32, u32)| (Reverse(score), row);
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        if key(x) <= key(y) {
            out.extend(a.next());
        } else {
            out.extend(b.next());
        }
    }
    out.extend(a);
    out.extend(b);
    out
}

fn sort_best_first(matches: &mut [(u32, u32)]) {
    matches.sort_unstable_by_key(|&(score, row)| (Reverse(score), row));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn(name: &str, ty: &str, desc: &str) -> Connection {
        Connection {
            name: name.into(),
            connection_type: (!ty.is_empty()).then(|| ty.into()),
            description: (!desc.is_empty()).then(|| desc.into()),
            ..Default::default()
        }
    }

    fn names(index: &FilterIndex, rows: &[Connection]) -> Vec<String> {
        index
            .visible()
            .iter()
            .map(|&i| rows[i].name.clone())
            .collect()
    }

    fn sample() -> Vec<Connection> {
        vec![
            conn("orders-postgres", "JDBC", "orders database"),
            conn("clickstream", "KAFKA", "web events"),
            conn("crm", "SALESFORCE", "sales orders sync"),
            conn("vpc-only", "NETWORK", ""),
            conn("moto-made", "", "no type from moto"),
        ]
    }

    #[test]
    fn empty_query_keeps_every_row_in_order() {
        let rows = sample();
        let mut index = FilterIndex::default();
        index.extend(&rows);
        assert_eq!(index.visible(), &[0, 1, 2, 3, 4]);
    }

    #[test]
    fn fuzzy_text_matches_name_type_and_description_best_first() {
        let rows = sample();
        let mut index = FilterIndex::default();
        index.extend(&rows);
        index.set_query("orders");
        assert_eq!(names(&index, &rows), ["orders-postgres", "crm"]);
        index.set_query("kafka");
        assert_eq!(names(&index, &rows), ["clickstream"]);
    }

    #[test]
    fn type_prefix_and_exclusion() {
        let rows = sample();
        let mut index = FilterIndex::default();
        index.extend(&rows);
        index.set_query("type:jdbc,kafka");
        assert_eq!(names(&index, &rows), ["orders-postgres", "clickstream"]);
        index.set_query("!type:network !orders");
        assert_eq!(names(&index, &rows), ["clickstream", "moto-made"]);
    }

    #[test]
    fn narrowing_and_widening_agree_with_a_fresh_index() {
        let rows = sample();
        let mut typed = FilterIndex::default();
        typed.extend(&rows);
        for q in [
            "o",
            "or",
            "ord",
            "orde",
            "ord",
            "o",
            "",
            "type:K",
            "type:KAFKA",
            "type:KAFKA w",
        ] {
            typed.set_query(q);
            let mut fresh = FilterIndex::default();
            fresh.extend(&rows);
            fresh.set_query(q);
            assert_eq!(typed.visible(), fresh.visible(), "query {q:?}");
        }
    }

    #[test]
    fn rows_arriving_under_an_active_query_are_filtered_too() {
        let rows = sample();
        let mut index = FilterIndex::default();
        index.extend(&rows[..2]);
        index.set_query("orders");
        index.extend(&rows[2..]);
        assert_eq!(names(&index, &rows), ["orders-postgres", "crm"]);
    }
}
