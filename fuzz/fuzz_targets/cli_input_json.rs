//! `create --from-json` / `--cli-input-json`: the reader and every rule it checks, on arbitrary text.
//!
//! Beyond "no panic", for every input the checks accept:
//! * the dry run with passwords shown reads back as the very request (`parse`), and passes the checks again;
//! * the masked dry run reads back as `masked(request)`, and when anything was masked the checks refuse it (it
//!   would send the mask as a password);
//! * the masked dry run shows no secret: at every place the one secret rule (`model::secret_place`: password-like
//!   property names by `is_secret_key`, every `TokenUrlParametersMap` value, the credentials) names, the mask
//!   stands, as many as the request has secrets; and no secret value of the request appears anywhere in it (unless
//!   the same text is also a non-secret value or key of the request).
#![no_main]

use glue_tui::commands::create;
use glue_tui::model::{SECRET_MASK, SecretNames, secret_place};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let request = match create::check("fuzz", &text, None) {
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

    let shown = create::dry_run(&request, true);
    let back = create::parse("dry-run", &shown)
        .unwrap_or_else(|e| panic!("the shown dry run does not read back: {e}\n{shown}"));
    assert_eq!(
        back, request,
        "the shown dry run reads back as another request"
    );
    let again = create::check("dry-run", &shown, None)
        .unwrap_or_else(|e| panic!("the shown dry run fails the checks: {e}\n{shown}"));
    assert_eq!(
        again.request, request,
        "checking the dry run again changed it"
    );
    assert!(
        again.dropped.is_empty(),
        "the dry run dropped {:?}",
        again.dropped
    );

    let masked = create::dry_run(&request, false);
    let masked_back = create::parse("masked dry-run", &masked)
        .unwrap_or_else(|e| panic!("the masked dry run does not read back: {e}\n{masked}"));
    assert_eq!(masked_back, glue_tui::request::masked(&request));

    let original = serde_json::to_value(&request).expect("a request serialises");
    let output: Value = serde_json::from_str(&masked).expect("the dry run is JSON");
    let (mut secrets, mut plain) = (Vec::new(), Vec::new());
    split(&original, &mut Vec::new(), &mut secrets, &mut plain);
    let (mut shown_secrets, mut shown) = (Vec::new(), Vec::new());
    split(&output, &mut Vec::new(), &mut shown_secrets, &mut shown);
    for (path, value) in &shown_secrets {
        assert_eq!(
            value, SECRET_MASK,
            "{path} is shown unmasked in the masked dry run:\n{masked}"
        );
    }
    assert_eq!(
        shown_secrets.len(),
        secrets.len(),
        "secrets came or went:\n{masked}"
    );
    for (path, secret) in &secrets {
        if secret == SECRET_MASK || plain.iter().any(|(_, p)| p == secret) {
            continue;
        }
        assert!(
            !shown.iter().any(|(_, s)| s == secret),
            "the secret at {path} is in the masked dry run:\n{masked}"
        );
    }
    // A masked dry run given back must be refused: it would send the mask as the password.
    if masked_back != request {
        assert!(
            create::check("masked dry-run", &masked, None).is_err(),
            "the masked dry run passes the checks:\n{masked}"
        );
    }
});

/// Every string of a document, keys included, with its path: those the one secret rule (`secret_place`, by the
/// keys leading to it) calls secret into `secrets`, every other one (and every key) into `plain`.
fn split(
    value: &Value,
    path: &mut Vec<String>,
    secrets: &mut Vec<(String, String)>,
    plain: &mut Vec<(String, String)>,
) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                plain.push((path.join("."), key.clone()));
                path.push(key.clone());
                split(v, path, secrets, plain);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                split(v, path, secrets, plain);
                path.pop();
            }
        }
        Value::String(s) => {
            let keys: Vec<&str> = path.iter().map(String::as_str).collect();
            let at = (path.join("."), s.clone());
            if secret_place(&keys, SecretNames::none()).is_some() {
                secrets.push(at);
            } else {
                plain.push(at);
            }
        }
        _ => {}
    }
}
