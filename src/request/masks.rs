//! A mask is never a secret: `--dry-run`, the wizard's review and its Alt-C command print [`SECRET_MASK`] in place of
//! every secret, and a file made from that output would otherwise set a password of eight bullets. Every value of
//! the request is looked at, not only the ones the secret rule names, so a mask is caught wherever it was pasted.

use serde_json::Value;

use super::problems::{Found, key_path};
use crate::model::{CreateConnectionRequest, SECRET_MASK};

pub(super) fn masks(found: &mut Found, request: &CreateConnectionRequest) {
    let value = serde_json::to_value(request)
        .expect("model types serialise infallibly: string keys and plain values only");
    walk(found, "", &value);
}

fn walk(found: &mut Found, path: &str, value: &Value) {
    match value {
        Value::String(s) if s.trim() == SECRET_MASK => found.add(
            path,
            format!(
                "{SECRET_MASK} is the mask glue-tui prints in place of a secret, not the secret — put the real \
                 value here (or run the dry run with --show-passwords)"
            ),
        ),
        Value::Object(map) => {
            for (key, child) in map {
                let at = if path.is_empty() {
                    key.clone()
                } else {
                    key_path(path, key)
                };
                walk(found, &at, child);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(found, &format!("{path}[{i}]"), child);
            }
        }
        _ => {}
    }
}
