//! The GetConnections model: `{"ConnectionList": [...]}` as `export` writes it and `assets/demo/connections.json`
//! (the `--demo` catalog, read by `MemoryGlue::demo`) holds it, read with the same `serde_json::from_str`; also one
//! bare connection, as `y` copies it.
//!
//! Beyond "no panic", for every document that reads:
//! * parse → serialise (`to_cli_json`, the export layout) → parse gives the same list, and serialising that again
//!   gives the same text;
//! * `without_secrets` (what export writes without `--show-passwords`) leaves no password-like key, and `masked`
//!   keeps every key and masks exactly the password-like values;
//! * the wizard's copy of a connection (`C`) reads in, and its request carries no password-like value.
#![no_main]

use glue_tui::model::{Connection, ConnectionList, SECRET_MASK, is_secret_key, to_cli_json};
use glue_tui::wizard::form::Form;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(list) = serde_json::from_str::<ConnectionList>(&text) {
        let written = to_cli_json(&list);
        let back: ConnectionList = serde_json::from_str(&written)
            .unwrap_or_else(|e| panic!("what export writes does not read back: {e}\n{written}"));
        assert_eq!(back, list, "a list read back differs:\n{written}");
        assert_eq!(to_cli_json(&back), written, "a list written twice differs");
        list.connection_list.iter().for_each(connection);
    }
    if let Ok(c) = serde_json::from_str::<Connection>(&text) {
        let written = c.to_pretty_json();
        let back: Connection = serde_json::from_str(&written)
            .unwrap_or_else(|e| panic!("a copied connection does not read back: {e}\n{written}"));
        assert_eq!(back, c, "a connection read back differs:\n{written}");
        connection(&c);
    }
});

fn connection(c: &Connection) {
    let clean = c.without_secrets();
    assert_eq!(clean.secret_count(), 0);
    for (label, map) in clean.property_maps() {
        for key in map.into_iter().flat_map(|m| m.keys()) {
            assert!(!is_secret_key(key), "{label}.{key} kept by without_secrets");
        }
    }
    let masked = c.masked();
    for ((label, before), (_, after)) in c.property_maps().into_iter().zip(masked.property_maps()) {
        let (before, after) = (
            before.cloned().unwrap_or_default(),
            after.cloned().unwrap_or_default(),
        );
        assert_eq!(
            before.keys().collect::<Vec<_>>(),
            after.keys().collect::<Vec<_>>(),
            "masked changed the keys of {label}"
        );
        for (key, value) in &after {
            if is_secret_key(key) {
                assert_eq!(value, SECRET_MASK, "{label}.{key} unmasked");
            } else {
                assert_eq!(value, &before[key], "{label}.{key} masked but not secret");
            }
        }
    }

    let form = Form::from_connection(c, None);
    let request = form.to_request();
    let _ = form.problems();
    let input = &request.connection_input;
    for map in [
        Some(&input.connection_properties),
        input.spark_properties.as_ref(),
        input.athena_properties.as_ref(),
        input.python_properties.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        for key in map.keys() {
            assert!(!is_secret_key(key), "the copy carries {key}");
        }
    }
}
