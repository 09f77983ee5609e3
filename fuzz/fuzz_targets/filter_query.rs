//! The list filter: `Query::parse` and `FilterIndex` on an arbitrary query over arbitrary rows.
//!
//! Input: UTF-8 text (lossy); the first line is the query, every further line a row `name<TAB>type<TAB>description`.
//! Beyond "no panic":
//! * a query of nothing but spaces keeps every row, in list order (the documented empty query);
//! * every visible index is a row, and none is shown twice;
//! * typing the query a character at a time and deleting it again (the index re-scoring only the previous matches
//!   whenever it judges the new query narrower) shows, after every keystroke, exactly what a fresh index shows;
//! * rows arriving in two pages under an active query end where one page of all the rows ends.
#![no_main]

use glue_tui::filter::FilterIndex;
use glue_tui::model::Connection;
use libfuzzer_sys::fuzz_target;

/// Enough rows and keystrokes to reach every branch; more only slows each run.
const MAX_ROWS: usize = 64;
const MAX_QUERY_CHARS: usize = 48;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.split('\n');
    let query: String = lines
        .next()
        .unwrap_or("")
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let rows: Vec<Connection> = lines.take(MAX_ROWS).map(row).collect();

    // What a fresh index shows: from an empty query every row is scored again, as in a new index (without building
    // the rows' text again for every keystroke).
    let mut reference = FilterIndex::default();
    reference.extend(&rows);
    let mut fresh = |q: &str| {
        reference.set_query("");
        reference.set_query(q);
        reference.visible().to_vec()
    };

    let mut all = FilterIndex::default();
    all.extend(&rows);
    let every: Vec<usize> = (0..rows.len()).collect();
    assert_eq!(all.visible(), every, "no query keeps every row in order");
    all.set_query(&query);
    let answer = all.visible().to_vec();
    let mut seen = vec![false; rows.len()];
    for &i in &answer {
        assert!(i < rows.len(), "visible row {i} of {}", rows.len());
        assert!(!seen[i], "row {i} shown twice for {query:?}");
        seen[i] = true;
    }
    if query.trim().is_empty() {
        assert_eq!(
            answer, every,
            "an empty query {query:?} keeps every row in order"
        );
    }

    // Keystroke by keystroke, forwards then back.
    let ends: Vec<usize> = query
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let typed = ends.iter().chain(ends.iter().rev().skip(1));
    let mut index = FilterIndex::default();
    index.extend(&rows);
    let mut previous = String::new();
    for &end in typed {
        let q = &query[..end];
        index.set_query(q);
        assert_eq!(
            index.visible(),
            fresh(q),
            "typing {q:?} after {previous:?} shows other rows than a fresh filter"
        );
        previous = q.to_string();
    }

    // Pages arriving under the query.
    let split = data.len() % (rows.len() + 1);
    let mut paged = FilterIndex::default();
    paged.set_query(&query);
    paged.extend(&rows[..split]);
    paged.extend(&rows[split..]);
    assert_eq!(
        paged.visible(),
        answer,
        "rows arriving in two pages ({split} first) under {query:?} end elsewhere"
    );
});

fn row(line: &str) -> Connection {
    let mut parts = line.splitn(3, '\t');
    let name = parts.next().unwrap_or("").to_string();
    let connection_type = parts.next().filter(|t| !t.is_empty()).map(str::to_string);
    let description = parts.next().filter(|d| !d.is_empty()).map(str::to_string);
    Connection {
        name,
        connection_type,
        description,
        ..Connection::default()
    }
}
