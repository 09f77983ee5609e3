//! Inputs the fuzz targets (`fuzz/`, `scripts/fuzz.sh`, docs/FUZZING.md) found to break an invariant, kept as plain
//! tests so the suite fails if the bug comes back — without cargo-fuzz or a nightly flag. Each test names the target
//! that found it; the input is written out here, reduced to what still shows the bug.

use glue_tui::filter::FilterIndex;
use glue_tui::model::Connection;

fn row(name: &str, connection_type: &str, description: &str) -> Connection {
    Connection {
        name: name.into(),
        connection_type: (!connection_type.is_empty()).then(|| connection_type.into()),
        description: (!description.is_empty()).then(|| description.into()),
        ..Connection::default()
    }
}

/// What a fresh index shows for `query`: the answer typing must agree with.
fn fresh(rows: &[Connection], query: &str) -> Vec<usize> {
    let mut index = FilterIndex::default();
    index.extend(rows);
    index.set_query(query);
    index.visible().to_vec()
}

/// Types `queries` one after another into one index, checking each against a fresh index.
fn typed_agrees_with_fresh(rows: &[Connection], queries: &[&str]) {
    let mut index = FilterIndex::default();
    index.extend(rows);
    for q in queries {
        index.set_query(q);
        assert_eq!(index.visible(), fresh(rows, q), "after typing {q:?}");
    }
}

/// filter_query: "jd" then "jdb" lost a row whose description holds "jdb". A word of one or two letters is not
/// searched in descriptions, one of three is; treating "jdb" as a narrowing of "jd" re-scored only the rows "jd"
/// had matched in the name or type, so a row matching in its description alone never came back.
#[test]
fn the_third_letter_of_a_word_brings_in_description_matches() {
    let rows = [
        row("orders-postgres", "JDBC", ""),
        row("catalog-mongo", "MONGODB", "replaces the old jdbc bridge"),
    ];
    assert_eq!(fresh(&rows, "jdb"), [0, 1], "the description matches");
    typed_agrees_with_fresh(&rows, &["j", "jd", "jdb", "jdbc"]);
}

/// filter_query: "type" then "type:" showed only the rows matching "type" as fuzzy text, while `type:` alone
/// keeps every row; and "ty" then "type:x" (a paste) kept only rows matching "ty". A word that turns into
/// `type:` is no narrowing of the text it was.
#[test]
fn a_word_becoming_type_colon_is_not_a_narrowing() {
    let rows = [row("typed-events", "KAFKA", ""), row("orders", "X", "")];
    assert_eq!(fresh(&rows, "type:"), [0, 1]);
    typed_agrees_with_fresh(&rows, &["t", "ty", "typ", "type", "type:", "type:x"]);
    typed_agrees_with_fresh(&rows, &["ty", "type:x"]);
}
