//! Inputs the fuzz targets (`fuzz/`, `scripts/fuzz.sh`, docs/FUZZING.md) found to break an invariant, kept as plain
//! tests so the suite fails if the bug comes back — without cargo-fuzz or a nightly flag. Each test names the target
//! that found it; the input is written out here, reduced to what still shows the bug.

use glue_tui::filter::FilterIndex;
use glue_tui::model::{Connection, ConnectionList, to_cli_json};

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

/// What export writes for `list`, read back.
fn written_and_read(list: &ConnectionList) -> ConnectionList {
    let written = to_cli_json(list);
    serde_json::from_str(&written)
        .unwrap_or_else(|e| panic!("what export writes does not read back: {e}\n{written}"))
}

/// connections_json (seeded by hand, see docs/FUZZING.md): a time given to the nanosecond was held to the
/// nanosecond but written to the microsecond, as the AWS CLI prints times, so a list read back was another list.
#[test]
fn a_time_is_read_to_the_microsecond_it_is_written_to() {
    let list: ConnectionList = serde_json::from_str(
        r#"{"ConnectionList": [{"Name": "a", "CreationTime": "2025-01-01T00:00:00.123456789Z",
            "LastUpdatedTime": "1960-01-01T00:00:00.0000005Z"}]}"#,
    )
    .expect("reads");
    assert_eq!(written_and_read(&list), list);
    let c = &list.connection_list[0];
    assert_eq!(
        c.creation_time.map(|t| t.cli_format()).as_deref(),
        Some("2025-01-01T00:00:00.123456+00:00")
    );
    assert_eq!(
        c.last_updated_time.map(|t| t.cli_format()).as_deref(),
        Some("1960-01-01T00:00:00.000000+00:00")
    );
}

/// connections_json: epoch seconds before the year 0 read as a time the CLI form cannot write back
/// (`-1199-02-15T14:13:20.000000+00:00` does not parse), so an exported list could not be read again. Times
/// outside the years 0000–9999 are refused when read, as epoch seconds beyond any date already were.
#[test]
fn a_time_outside_four_digit_years_is_refused_when_read() {
    for time in ["-99999999999.9999", "\"-001199-02-15T14:13:20Z\""] {
        let json = format!(r#"{{"Name": "a", "CreationTime": {time}}}"#);
        let read = serde_json::from_str::<Connection>(&json);
        assert!(read.is_err(), "{time} read as {read:?}");
    }
    for time in [
        "\"0000-01-01T00:00:00Z\"",
        "\"9999-12-30T21:59:59.999999Z\"",
        "0",
    ] {
        let json = format!(r#"{{"ConnectionList": [{{"Name": "a", "CreationTime": {time}}}]}}"#);
        let list: ConnectionList = serde_json::from_str(&json).expect("reads");
        assert_eq!(written_and_read(&list), list, "{time}");
    }
}
