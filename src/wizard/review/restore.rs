//! Puts the real secrets back where the edited text still shows [`SECRET_MASK`]: those the editor masked out of
//! incoming text, else the form's.

use std::collections::BTreeMap;

use serde_json::Value;

use super::ReviewError;
use crate::model::{CreateConnectionRequest, SECRET_MASK};

/// One step of a JSON path: an object key or an array index.
enum Step {
    Key(String),
    Index(usize),
}

/// A mask with no secret behind it: its place among the text's masks (document order) and its path.
struct Orphan {
    nth_mask: usize,
    path: String,
}

/// `text` (already known to be a valid request) as JSON, every mask replaced by the value `kept` holds for its
/// JSON pointer, or else the string `known` holds at the same path. Err when a mask stands where neither has one:
/// sending it would set a password of bullets.
pub(super) fn restore_secrets(
    text: &str,
    kept: &BTreeMap<String, String>,
    known: &CreateConnectionRequest,
) -> Result<Value, ReviewError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut edited: Value = serde_json::from_str(text)
        .map_err(|e| ReviewError::at(e.line(), e.column(), &e.to_string()))?;
    let known = serde_json::to_value(known)
        .expect("model types serialise infallibly: string keys and plain values only");
    let mut walk = Walk {
        kept,
        known: &known,
        path: Vec::new(),
        masks_seen: 0,
        orphan: None,
    };
    walk.visit(&mut edited);
    if let Some(orphan) = walk.orphan {
        let (line, column) = nth_mask_position(text, orphan.nth_mask).unwrap_or((1, 1));
        return Err(ReviewError::at(
            line,
            column,
            &format!(
                "{SECRET_MASK} hides no secret at {}: type the value itself",
                orphan.path
            ),
        ));
    }
    Ok(edited)
}

struct Walk<'a> {
    kept: &'a BTreeMap<String, String>,
    known: &'a Value,
    path: Vec<Step>,
    masks_seen: usize,
    orphan: Option<Orphan>,
}

impl Walk<'_> {
    fn visit(&mut self, value: &mut Value) {
        match value {
            Value::String(s) if s == SECRET_MASK => {
                let pointer = self.pointer();
                match self
                    .kept
                    .get(&pointer)
                    .or(match self.known.pointer(&pointer) {
                        Some(Value::String(secret)) => Some(secret),
                        _ => None,
                    }) {
                    Some(secret) => *s = secret.clone(),
                    _ if self.orphan.is_none() => {
                        self.orphan = Some(Orphan {
                            nth_mask: self.masks_seen,
                            path: self.dotted(),
                        });
                    }
                    _ => {}
                }
                self.masks_seen += 1;
            }
            Value::Object(map) => {
                for (key, child) in map.iter_mut() {
                    self.path.push(Step::Key(key.clone()));
                    self.visit(child);
                    self.path.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter_mut().enumerate() {
                    self.path.push(Step::Index(i));
                    self.visit(child);
                    self.path.pop();
                }
            }
            _ => {}
        }
    }

    /// The path as a JSON pointer (RFC 6901) for [`Value::pointer`].
    fn pointer(&self) -> String {
        self.path
            .iter()
            .map(|step| match step {
                Step::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
                Step::Index(i) => format!("/{i}"),
            })
            .collect()
    }

    /// The path as the form names it: `ConnectionInput.ConnectionProperties.PASSWORD`, `X[0]`.
    fn dotted(&self) -> String {
        let mut out = String::new();
        for step in &self.path {
            match step {
                Step::Key(k) if out.is_empty() => out.push_str(k),
                Step::Key(k) => {
                    out.push('.');
                    out.push_str(k);
                }
                Step::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }
}

/// Line and column (1-based, in characters) of the `nth` mask used as a value — a quoted mask not followed by `:`.
fn nth_mask_position(text: &str, nth: usize) -> Option<(usize, usize)> {
    let quoted = format!("\"{SECRET_MASK}\"");
    let (offset, _) = text
        .match_indices(&quoted)
        .filter(|(i, m)| !text[i + m.len()..].trim_start().starts_with(':'))
        .nth(nth)?;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Some((line, column))
}
