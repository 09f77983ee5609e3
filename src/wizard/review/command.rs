//! The request as text to take elsewhere: pretty JSON for the clipboard, a shell command for a terminal.
//!
//! A masked command must not send the mask: pasted into a shell, `"PASSWORD": "••••••••"` would create the
//! connection with a password of eight bullets. So in the command each masked secret becomes a shell parameter,
//! `${GLUE_PASSWORD:?…}`: the shell fills it from the environment, or stops with that message and runs nothing.

use serde_json::Value;

use crate::model::{CreateConnectionRequest, SECRET_MASK, UpdateConnectionRequest};
use crate::request::masked;

/// The request as `serde_json::to_string_pretty` writes it (two-space indent), secrets masked unless `reveal`.
pub fn request_json(request: &CreateConnectionRequest, reveal: bool) -> String {
    edit_json(request, None, reveal)
}

/// [`request_json`], or for an edit of the connection stored as `edit_of`, UpdateConnection's request (what
/// `aws glue update-connection --cli-input-json` reads): `Name` that name, no Tags.
pub fn edit_json(request: &CreateConnectionRequest, edit_of: Option<&str>, reveal: bool) -> String {
    serde_json::to_string_pretty(&shown_value(request, edit_of, reveal))
        .expect("model types serialise infallibly: string keys and plain values only")
}

/// What the text shows of `request`: the create request, or the update request of `edit_of`.
fn shown_value(request: &CreateConnectionRequest, edit_of: Option<&str>, reveal: bool) -> Value {
    let shown = shown(request, reveal);
    let value = match edit_of {
        None => serde_json::to_value(shown),
        Some(name) => serde_json::to_value(UpdateConnectionRequest {
            catalog_id: shown.catalog_id,
            name: name.to_string(),
            connection_input: shown.connection_input,
        }),
    };
    value.expect("model types serialise infallibly: string keys and plain values only")
}

/// `aws glue create-connection --cli-input-json '<compact JSON>'`, quoted for POSIX shells. Unless `reveal`,
/// every secret — every value that is [`SECRET_MASK`] in what is shown — is read from an environment variable
/// instead (see the module comment).
pub fn cli_command(request: &CreateConnectionRequest, reveal: bool) -> String {
    cli_command_reading_secrets(request, reveal).0
}

/// [`cli_command`], and the environment variables it reads the secrets from, in document order.
pub fn cli_command_reading_secrets(
    request: &CreateConnectionRequest,
    reveal: bool,
) -> (String, Vec<String>) {
    edit_command_reading_secrets(request, None, reveal)
}

/// [`cli_command_reading_secrets`], or for an edit of `edit_of`, the `aws glue update-connection` command.
pub fn edit_command_reading_secrets(
    request: &CreateConnectionRequest,
    edit_of: Option<&str>,
    reveal: bool,
) -> (String, Vec<String>) {
    let mut value = shown_value(request, edit_of, reveal);
    let mut variables = Vec::new();
    replace_masks(&mut value, "", &mut variables);
    let json = serde_json::to_string(&value)
        .expect("model types serialise infallibly: string keys and plain values only");
    let verb = if edit_of.is_some() {
        "update"
    } else {
        "create"
    };
    let mut command = format!(
        "aws glue {verb}-connection --cli-input-json {}",
        single_quoted(&json)
    );
    for (i, variable) in variables.iter().enumerate() {
        // Out of the single quotes, into double ones, so the shell expands it; `:?` stops the command when unset.
        let reference =
            format!("'\"${{{variable}:?set {variable} to the secret glue-tui left out}}\"'");
        command = command.replacen(&sentinel(i), &reference, 1);
    }
    (command, variables)
}

/// A stand-in no JSON text holds by accident; replaced after quoting.
fn sentinel(i: usize) -> String {
    format!("@@glue-tui-secret-{i}@@")
}

/// Each mask becomes a sentinel, and `variables` gets its name: `GLUE_` and the key it stands under.
fn replace_masks(value: &mut Value, key: &str, variables: &mut Vec<String>) {
    match value {
        Value::String(s) if s == SECRET_MASK => {
            let base: String = format!("GLUE_{key}")
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() {
                        c.to_ascii_uppercase()
                    } else {
                        '_'
                    }
                })
                .collect();
            let mut name = base.clone();
            let mut n = 2;
            while variables.contains(&name) {
                name = format!("{base}_{n}");
                n += 1;
            }
            *s = sentinel(variables.len());
            variables.push(name);
        }
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                replace_masks(child, k, variables);
            }
        }
        Value::Array(items) => {
            for child in items {
                replace_masks(child, key, variables);
            }
        }
        _ => {}
    }
}

fn shown(request: &CreateConnectionRequest, reveal: bool) -> CreateConnectionRequest {
    if reveal {
        request.clone()
    } else {
        masked(request)
    }
}

/// Inside single quotes a POSIX shell takes everything literally except `'` itself, which has to close the quote,
/// come escaped, and reopen it.
fn single_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
