//! `create --from-json` / `--cli-input-json`: the reader and every rule it checks, on arbitrary text.
//!
//! Beyond "no panic", for every input the checks accept:
//! * the dry run with passwords shown reads back as the very request (`parse`), and passes the checks again;
//! * the masked dry run reads back as `masked(request)`, and when anything was masked the checks refuse it (it
//!   would send the mask as a password);
//! * the masked dry run shows no value of a password-like key: at every key `is_secret_key` marks (and in
//!   `AuthorizationCode` and every `CustomAuthenticationCredentials` entry) the mask stands, and no secret value of
//!   the request appears anywhere in it (unless the same text is also a non-secret value or key of the request).
#![no_main]

use glue_tui::create_cmd;
use glue_tui::model::{SECRET_MASK, is_secret_key};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let request = match create_cmd::check("fuzz", &text, None) {
        Ok(loaded) => {
            let _ = loaded.notes("fuzz");
            loaded.request
        }
        Err(invalid) => {
            // The message stderr shows must be printable for every refusal.
            let _ = invalid.to_string();
            return;
        }
    };

    let shown = create_cmd::dry_run(&request, true);
    let back = create_cmd::parse("dry-run", &shown)
        .unwrap_or_else(|e| panic!("the shown dry run does not read back: {e}\n{shown}"));
    assert_eq!(back, request, "the shown dry run reads back as another request");
    let again = create_cmd::check("dry-run", &shown, None)
        .unwrap_or_else(|e| panic!("the shown dry run fails the checks: {e}\n{shown}"));
    assert_eq!(again.request, request, "checking the dry run again changed it");
    assert!(again.dropped.is_empty(), "the dry run dropped {:?}", again.dropped);

    let masked = create_cmd::dry_run(&request, false);
    let masked_back = create_cmd::parse("masked dry-run", &masked)
        .unwrap_or_else(|e| panic!("the masked dry run does not read back: {e}\n{masked}"));
    assert_eq!(masked_back, create_cmd::masked(&request));

    let original = serde_json::to_value(&request).expect("a request serialises");
    let output: Value = serde_json::from_str(&masked).expect("the dry run is JSON");
    assert_masked(&output, false, &masked);
    // A masked dry run given back must be refused: it would send the mask as the password.
    if masked_back != request {
        assert!(
            create_cmd::check("masked dry-run", &masked, None).is_err(),
            "the masked dry run passes the checks:\n{masked}"
        );
    }

    let mut secrets = Vec::new();
    let mut plain = Vec::new();
    collect(&original, false, &mut secrets, &mut plain);
    let mut everything = Vec::new();
    strings(&output, &mut everything);
    for secret in secrets {
        if secret == SECRET_MASK || plain.contains(&secret) {
            continue;
        }
        assert!(
            !everything.contains(&secret),
            "the secret {secret:?} is in the masked dry run:\n{masked}"
        );
    }
});

/// Whether the member `key` holds a secret; `in_custom` for the members of `CustomAuthenticationCredentials`.
fn secret_member(key: &str, in_custom: bool) -> bool {
    in_custom || is_secret_key(key) || key == "AuthorizationCode"
}

/// Every string at a secret member is the mask.
fn assert_masked(value: &Value, in_custom: bool, text: &str) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if let Value::String(s) = v {
                    assert!(
                        !secret_member(key, in_custom) || s == SECRET_MASK,
                        "{key} is shown unmasked in the masked dry run:\n{text}"
                    );
                }
                assert_masked(v, key == "CustomAuthenticationCredentials", text);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| assert_masked(v, false, text)),
        _ => {}
    }
}

/// The strings at secret members into `secrets`, every other string (keys included) into `plain`.
fn collect(value: &Value, in_custom: bool, secrets: &mut Vec<String>, plain: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                plain.push(key.clone());
                match v {
                    Value::String(s) if secret_member(key, in_custom) => secrets.push(s.clone()),
                    _ => collect(v, key == "CustomAuthenticationCredentials", secrets, plain),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect(v, false, secrets, plain)),
        Value::String(s) => plain.push(s.clone()),
        _ => {}
    }
}

/// Every string of a document, keys included.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                out.push(key.clone());
                strings(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::String(s) => out.push(s.clone()),
        _ => {}
    }
}
