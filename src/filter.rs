//! The list filter, with nucleo-matcher and its pattern syntax (`!text` excludes; `'exact`, `^prefix`, `suffix$`),
//! plus `type:KAFKA` (or `type:jdbc,kafka`, `!type:network`) on the type.
//!
//! Each word matches fuzzily against the name and type, or (from three letters on) as a substring of the
//! description: fuzzy matching over prose finds scattered letters everywhere ("or" is in almost every sentence), so
//! it ranks noise and costs time.
//! Fuzzy words use nucleo's greedy matcher, which ranks like the optimal one except between near-equal matches and
//! is several times faster. Haystacks are built once per row as rows arrive, and a keystroke that only narrows the
//! previous query re-scores the previous matches: that is what keeps 100k rows near 5 ms a keystroke.

use std::cmp::Reverse;

use memchr::memmem::Finder;
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use rayon::prelude::*;

use crate::model::Connection;

/// Below this many rows one core filters faster than work can be handed to others.
const PARALLEL_MIN_ROWS: usize = 16_384;

/// One or two letters are in nearly every sentence: descriptions join in from the third letter on.
const DESCRIPTION_MIN_LETTERS: usize = 3;

/// What a description match scores: below any match in the name or type, which nucleo scores from 16 up.
const DESCRIPTION_SCORE: u16 = 1;

/// A parsed query. Empty when the user typed nothing (or only spaces).
#[derive(Debug, Clone, Default)]
pub struct Query {
    raw: String,
    pattern: Option<Pattern>,
    /// Per atom of `pattern`: its lower-case text as a substring searcher over descriptions, when long enough.
    in_description: Vec<Option<Finder<'static>>>,
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
        let in_description = pattern
            .iter()
            .flat_map(|p| &p.atoms)
            .map(|atom| {
                let needle: String = atom
                    .needle_text()
                    .chars()
                    .collect::<String>()
                    .to_lowercase();
                (needle.chars().count() >= DESCRIPTION_MIN_LETTERS)
                    .then(|| Finder::new(needle.as_bytes()).into_owned())
            })
            .collect();
        Self {
            raw: raw.to_string(),
            pattern,
            in_description,
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

    /// What marks the matched characters of the names on screen; `None` without words to match.
    pub fn highlighter(&self) -> Option<Highlighter<'_>> {
        let pattern = self.pattern.as_ref()?;
        Some(Highlighter {
            pattern,
            matcher: Matcher::new(Config::DEFAULT),
        })
    }

    /// Whether every row matching `self` also matches `previous`, so only `previous`'s matches need scoring.
    fn narrows(&self, previous: &Query) -> bool {
        let old = previous.raw.as_str();
        let last_old_word = old.split_whitespace().last().unwrap_or("");
        let extends = self.raw.starts_with(old)
            && !self.raw.contains('!')
            && !old.contains(['^', '$', '\'', '\\'])
            && (!last_old_word.to_ascii_lowercase().starts_with("type:") || old.ends_with(' '));
        let added = self.raw.get(old.len()..).unwrap_or("");
        let grows_last_word =
            !old.ends_with(char::is_whitespace) && added.starts_with(|c: char| !c.is_whitespace());
        if !extends || !grows_last_word {
            return extends;
        }
        // A growing word must stay a text word (`ty` → `type:x` is a type filter, not narrower text) that was
        // already searched in descriptions: one of one or two letters was not, so its third letter can add rows.
        let grown = format!(
            "{last_old_word}{}",
            added.split(char::is_whitespace).next().unwrap_or("")
        );
        !grown.to_ascii_lowercase().starts_with("type:")
            && previous.in_description.last().is_some_and(Option::is_some)
    }
}

fn split_types(list: &str) -> impl Iterator<Item = String> + '_ {
    list.split(',')
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_uppercase)
}

/// What a row is matched on, built once when the row arrives. The text lives in `Arena`: one contiguous buffer
/// instead of 100k small allocations, so a scan reads memory in order.
#[derive(Clone, Copy)]
struct Haystack {
    /// `name  type`: fuzzy matched.
    name_type: Span,
    /// The name alone (the start of `name_type`): what `^prefix`, `suffix$` and `^exact$` anchor to.
    name: Span,
    /// Lower case, matched as a substring: (start, len) in `Arena::lower`.
    description: (u32, u32),
    /// Index into `FilterIndex::types`, for `type:`.
    connection_type: u32,
}

#[derive(Clone, Copy)]
struct Span {
    unicode: bool,
    start: u32,
    len: u32,
}

#[derive(Default)]
struct Arena {
    ascii: Vec<u8>,
    unicode: Vec<char>,
    /// Lower-case UTF-8 of the descriptions, searched with memchr's SIMD substring finder.
    lower: Vec<u8>,
}

impl Arena {
    fn push(&mut self, text: &str) -> Span {
        if text.is_ascii() {
            let start = self.ascii.len() as u32;
            self.ascii.extend_from_slice(text.as_bytes());
            Span {
                unicode: false,
                start,
                len: text.len() as u32,
            }
        } else {
            let start = self.unicode.len() as u32;
            self.unicode.extend(text.chars());
            Span {
                unicode: true,
                start,
                len: self.unicode.len() as u32 - start,
            }
        }
    }

    fn get(&self, span: Span) -> Utf32Str<'_> {
        let range = span.start as usize..(span.start + span.len) as usize;
        if span.unicode {
            Utf32Str::Unicode(&self.unicode[range])
        } else {
            Utf32Str::Ascii(&self.ascii[range])
        }
    }

    fn push_lower(&mut self, text: &str) -> (u32, u32) {
        let start = self.lower.len() as u32;
        self.lower.extend_from_slice(text.to_lowercase().as_bytes());
        (start, self.lower.len() as u32 - start)
    }

    fn lower(&self, (start, len): (u32, u32)) -> &[u8] {
        &self.lower[start as usize..(start + len) as usize]
    }

    fn clear(&mut self) {
        self.ascii.clear();
        self.unicode.clear();
        self.lower.clear();
    }
}

/// The rows a query keeps, best first, and what it takes to keep that answer current as rows and keystrokes arrive.
pub struct FilterIndex {
    rows: Vec<Haystack>,
    text: Arena,
    /// Connection types seen, upper case; rows refer to them by index.
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
            rows: Vec::new(),
            text: Arena::default(),
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
        self.rows.clear();
        self.text.clear();
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
        let start = self.rows.len() as u32;
        for c in rows {
            let ty = c.connection_type.as_deref().unwrap_or("");
            let upper = ty.to_ascii_uppercase();
            let connection_type = match self.types.iter().position(|t| *t == upper) {
                Some(i) => i as u32,
                None => {
                    self.types.push(upper);
                    self.types.len() as u32 - 1
                }
            };
            let name_type = self.text.push(&format!("{}  {}", c.name, ty));
            let name = Span {
                len: if name_type.unicode {
                    c.name.chars().count() as u32
                } else {
                    c.name.len() as u32
                },
                ..name_type
            };
            let description = self.text.push_lower(c.description.as_deref().unwrap_or(""));
            self.rows.push(Haystack {
                name_type,
                name,
                description,
                connection_type,
            });
        }
        let found = self.score_rows(start..self.rows.len() as u32);
        if self.query.pattern.is_none() {
            // Unscored rows keep list order, and new rows come after the old ones.
            self.matches.extend(found);
        } else {
            // Merge rather than re-sort: pages arrive one after another while a query is active.
            let old = std::mem::take(&mut self.matches);
            self.matches = merge_best_first(old, sort_best_first(found));
        }
        self.refresh_visible();
    }

    /// Apply a new query, re-scoring only the previous matches when the new query can only narrow them.
    pub fn set_query(&mut self, raw: &str) {
        let query = Query::parse(raw);
        let narrowing = !self.query.is_empty() && query.narrows(&self.query);
        self.query = query;
        let found = if narrowing {
            // Back to row order (ties rank by it) with a mask: cheaper than sorting the rows.
            let mut kept = vec![false; self.rows.len()];
            for &(_, row) in &self.matches {
                kept[row as usize] = true;
            }
            self.score_rows((0..self.rows.len() as u32).filter(|&row| kept[row as usize]))
        } else {
            self.score_rows(0..self.rows.len() as u32)
        };
        self.matches = if self.query.pattern.is_some() {
            sort_best_first(found)
        } else {
            found
        };
        self.refresh_visible();
    }

    /// (score, row) of the rows that match, in the order given. Long lists are scored on every core.
    fn score_rows(&mut self, rows: impl Iterator<Item = u32>) -> Vec<(u32, u32)> {
        let rows: Vec<u32> = rows.collect();
        let (query, haystacks) = (&self.query, &self.rows);
        let (text, types) = (&self.text, &self.types);
        let score = |matcher: &mut Matcher, row: u32| {
            let row_text = RowText {
                row: haystacks[row as usize],
                text,
                types,
            };
            Some((score_row(query, row_text, matcher)?, row))
        };
        if rows.len() < PARALLEL_MIN_ROWS {
            let matcher = &mut self.matcher;
            return rows
                .into_iter()
                .filter_map(|row| score(matcher, row))
                .collect();
        }
        rows.par_iter()
            .with_min_len(PARALLEL_MIN_ROWS / 2)
            .map_init(
                || Matcher::new(Config::DEFAULT),
                |matcher, &row| score(matcher, row),
            )
            .flatten_iter()
            .collect()
    }

    fn refresh_visible(&mut self) {
        self.visible.clear();
        self.visible
            .extend(self.matches.iter().map(|&(_, row)| row as usize));
    }
}

/// Finds which characters of a name the query's words match, for the list to highlight (a frame's worth of rows at
/// a time: it holds its own matcher).
pub struct Highlighter<'q> {
    pattern: &'q Pattern,
    matcher: Matcher,
}

impl Highlighter<'_> {
    /// The char indices of `name` the words match, ascending. A word that matched the type or the description
    /// instead marks nothing here; excluding words (`!text`) never mark.
    pub fn name(&mut self, name: &str) -> Vec<usize> {
        let mut buf = Vec::new();
        let haystack = Utf32Str::new(name, &mut buf);
        let mut hits: Vec<u32> = Vec::new();
        for atom in self.pattern.atoms.iter().filter(|a| !a.negative) {
            let before = hits.len();
            if atom
                .indices(haystack, &mut self.matcher, &mut hits)
                .is_none()
            {
                hits.truncate(before);
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits.into_iter().map(|i| i as usize).collect()
    }
}

/// A row with the buffers its text lives in.
#[derive(Clone, Copy)]
struct RowText<'a> {
    row: Haystack,
    text: &'a Arena,
    types: &'a [String],
}

fn score_row(query: &Query, row: RowText<'_>, matcher: &mut Matcher) -> Option<u32> {
    let ty = &row.types[row.row.connection_type as usize];
    if !query.types.is_empty() && !query.types.iter().any(|t| t == ty) {
        return None;
    }
    if query.not_types.iter().any(|t| t == ty) {
        return None;
    }
    let Some(pattern) = &query.pattern else {
        return Some(0);
    };
    let mut total = 0;
    for (atom, finder) in pattern.atoms.iter().zip(&query.in_description) {
        total += atom_score(atom, finder.as_ref(), row, matcher)? as u32;
    }
    Some(total)
}

/// One word of the query against one row: `None` drops the row.
fn atom_score(
    atom: &Atom,
    finder: Option<&Finder<'static>>,
    row: RowText<'_>,
    matcher: &mut Matcher,
) -> Option<u16> {
    let needle = atom.needle_text();
    // Smart case, as the pattern was parsed: an upper-case letter makes the word case-sensitive.
    matcher.config.ignore_case = !needle.chars().any(char::is_uppercase);
    // Folding accents costs time on every character and is a no-op on ASCII text.
    matcher.config.normalize = row.row.name_type.unicode;
    let name_type = row.text.get(row.row.name_type);
    let name = row.text.get(row.row.name);
    let in_description = || {
        let description = row.text.lower(row.row.description);
        finder
            .and_then(|f| f.find(description))
            .map(|_| DESCRIPTION_SCORE)
    };
    let found = match atom.kind {
        AtomKind::Fuzzy => matcher
            .fuzzy_match_greedy(name_type, needle)
            .or_else(in_description),
        AtomKind::Substring => matcher
            .substring_match(name_type, needle)
            .or_else(in_description),
        // Anchors are about the name: `postgres$` means names ending in "postgres", not "… JDBC".
        AtomKind::Prefix => matcher.prefix_match(name, needle),
        AtomKind::Postfix => matcher.postfix_match(name, needle),
        // Exact, and whatever kinds a later nucleo adds: the whole name must equal the word.
        _ => matcher.exact_match(name, needle),
    };
    match (atom.negative, found) {
        (false, score) => score,
        (true, Some(_)) => None,
        (true, None) => Some(0),
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

/// Best score first, and row order among equal scores, from matches given in row order. Scores are small
/// integers, so a counting sort beats a comparison sort of 100k pairs by several times.
fn sort_best_first(found: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    let max = found.iter().map(|&(score, _)| score).max().unwrap_or(0);
    if max > 1 << 17 {
        let mut found = found;
        found.sort_by_key(|&(score, _)| Reverse(score));
        return found;
    }
    let mut starts = vec![0usize; max as usize + 2];
    for &(score, _) in &found {
        starts[(max - score) as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut out = vec![(0, 0); found.len()];
    for (score, row) in found {
        let slot = &mut starts[(max - score) as usize];
        out[*slot] = (score, row);
        *slot += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matched_letters_of_a_name_are_found_for_highlighting() {
        let marked = |query: &str, name: &str| {
            Query::parse(query)
                .highlighter()
                .map(|mut h| h.name(name))
                .unwrap_or_default()
        };
        assert_eq!(marked("ordrs", "orders-db"), [0, 1, 2, 4, 5]);
        assert_eq!(marked("'db", "orders-db"), [7, 8]);
        assert_eq!(marked("^ord", "orders-db"), [0, 1, 2]);
        assert_eq!(marked("ord !kafka", "orders-db"), [0, 1, 2]);
        assert!(
            marked("type:JDBC", "orders-db").is_empty(),
            "nothing typed to mark"
        );
        assert!(
            marked("zzz", "orders-db").is_empty(),
            "a word that does not match marks nothing"
        );
    }

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
    fn anchors_apply_to_the_name_not_the_type() {
        let mut rows = sample();
        rows.push(conn("ünïcode-postgres", "JDBC", ""));
        let mut index = FilterIndex::default();
        index.extend(&rows);
        index.set_query("postgres$");
        assert_eq!(
            names(&index, &rows),
            ["orders-postgres", "ünïcode-postgres"]
        );
        index.set_query("^crm$");
        assert_eq!(names(&index, &rows), ["crm"]);
        index.set_query("^vpc");
        assert_eq!(names(&index, &rows), ["vpc-only"]);
        index.set_query("jdbc$");
        assert!(
            names(&index, &rows).is_empty(),
            "the type is no suffix of a name"
        );
        index.set_query("!postgres$");
        assert_eq!(
            names(&index, &rows),
            ["clickstream", "crm", "vpc-only", "moto-made"]
        );
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

    #[test]
    fn large_lists_filtered_whole_match_the_same_list_filtered_page_by_page() {
        let rows: Vec<Connection> = (0..40_000)
            .map(|i| {
                conn(
                    &format!("conn-{i:05}"),
                    ["JDBC", "KAFKA"][i % 2],
                    ["orders", "events"][i % 3 % 2],
                )
            })
            .collect();
        let mut big = FilterIndex::default();
        big.extend(&rows);
        let mut small = FilterIndex::default();
        for chunk in rows.chunks(1_000) {
            small.extend(chunk);
        }
        for q in ["ord", "type:kafka 12", "!events 9"] {
            big.set_query(q);
            small.set_query(q);
            assert!(!big.visible().is_empty(), "{q}");
            assert_eq!(big.visible(), small.visible(), "{q}");
        }
    }
}
