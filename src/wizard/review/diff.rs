//! An edit's changes against the stored definition, field by field, for the Review step: what UpdateConnection
//! would change, add and remove. Secrets are compared without being shown — "changed" or "unchanged" — unless the
//! user revealed them.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::model::{CreateConnectionRequest, SECRET_MASK};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Changed {
        before: String,
        after: String,
    },
    Added(String),
    Removed(String),
    /// A secret, compared without showing it.
    Secret {
        changed: bool,
        present: bool,
    },
}

/// One line of the diff: the field's path (`ConnectionProperties.PORT`, `MatchCriteria[1]`) and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub path: String,
    pub change: Change,
}

/// The leaves that differ between `before` and `after` (the stored definition and the form, both as the request
/// they stand for), in path order; every secret leaf is listed, changed or not, so the user sees each one is kept.
/// A leaf is secret where `before_masked` or `after_masked` (the same requests with secrets masked) shows the mask;
/// with `reveal`, secrets are shown as values like the rest.
pub fn diff(
    before: &CreateConnectionRequest,
    after: &CreateConnectionRequest,
    before_masked: &CreateConnectionRequest,
    after_masked: &CreateConnectionRequest,
    reveal: bool,
) -> Vec<FieldChange> {
    let [before, after, before_masked, after_masked] = [before, after, before_masked, after_masked]
        .map(|r| {
            let mut out = BTreeMap::new();
            let value = serde_json::to_value(&r.connection_input)
                .expect("model types serialise infallibly: string keys and plain values only");
            leaves(&value, String::new(), &mut out);
            out
        });
    let mut paths: Vec<&String> = before.keys().chain(after.keys()).collect();
    paths.sort();
    paths.dedup();
    let mut out = Vec::new();
    for path in paths {
        let (old, new) = (before.get(path), after.get(path));
        let secret = !reveal
            && [&before_masked, &after_masked].iter().any(|m| {
                m.get(path)
                    .is_some_and(|v| v == &format!("\"{SECRET_MASK}\""))
            });
        let change = match (old, new) {
            _ if secret => Change::Secret {
                changed: old != new,
                present: new.is_some(),
            },
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => Change::Changed {
                before: a.clone(),
                after: b.clone(),
            },
            (None, Some(b)) => Change::Added(b.clone()),
            (Some(a), None) => Change::Removed(a.clone()),
            (None, None) => continue,
        };
        out.push(FieldChange {
            path: path.clone(),
            change,
        });
    }
    out
}

/// The diff as the lines the Review step shows.
pub fn diff_lines(changes: &[FieldChange]) -> Vec<String> {
    changes
        .iter()
        .map(|c| match &c.change {
            Change::Changed { before, after } => format!("~ {}: {before} → {after}", c.path),
            Change::Added(v) => format!("+ {}: {v}", c.path),
            Change::Removed(v) => format!("- {}: {v}", c.path),
            Change::Secret {
                changed: false,
                present: true,
            } => format!("· {}: unchanged (secret)", c.path),
            Change::Secret { present: false, .. } => format!("- {}: removed (secret)", c.path),
            Change::Secret { .. } => format!("~ {}: changed (secret)", c.path),
        })
        .collect()
}

/// Every scalar of `value` by its dotted path, each as compact JSON.
fn leaves(value: &Value, at: String, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                leaves(child, path, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, format!("{at}[{i}]"), out);
            }
        }
        scalar => {
            out.insert(at, scalar.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ConnectionInput;

    fn request(
        description: &str,
        password: Option<&str>,
        port: Option<&str>,
    ) -> CreateConnectionRequest {
        let mut properties = crate::model::PropertyMap::new();
        properties.insert("USERNAME".into(), "etl".into());
        if let Some(p) = password {
            properties.insert("PASSWORD".into(), p.into());
        }
        if let Some(p) = port {
            properties.insert("PORT".into(), p.into());
        }
        CreateConnectionRequest {
            catalog_id: None,
            connection_input: ConnectionInput {
                name: "orders".into(),
                description: Some(description.into()),
                connection_type: "JDBC".into(),
                connection_properties: properties,
                ..ConnectionInput::default()
            },
            tags: None,
        }
    }

    fn lines(
        before: &CreateConnectionRequest,
        after: &CreateConnectionRequest,
        reveal: bool,
    ) -> Vec<String> {
        let mask = |r: &CreateConnectionRequest| crate::request::masked(r);
        diff_lines(&diff(before, after, &mask(before), &mask(after), reveal))
    }

    #[test]
    fn changed_added_and_removed_fields_are_listed_and_secrets_only_said_to_be_kept() {
        let before = request("old", Some("hunter2"), Some("5432"));
        let after = request("new", Some("hunter2"), None);
        assert_eq!(
            lines(&before, &after, false),
            [
                "· ConnectionProperties.PASSWORD: unchanged (secret)",
                "- ConnectionProperties.PORT: \"5432\"",
                "~ Description: \"old\" → \"new\"",
            ]
        );
        let changed = lines(&before, &request("old", Some("other"), Some("5432")), false);
        assert_eq!(
            changed,
            ["~ ConnectionProperties.PASSWORD: changed (secret)"]
        );
        assert!(!changed.concat().contains("other") && !changed.concat().contains("hunter2"));
        let dropped = lines(&before, &request("old", None, Some("5432")), false);
        assert_eq!(
            dropped,
            ["- ConnectionProperties.PASSWORD: removed (secret)"]
        );
    }

    #[test]
    fn revealed_secrets_diff_like_any_value() {
        let before = request("d", Some("a"), None);
        let after = request("d", Some("b"), None);
        assert_eq!(
            lines(&before, &after, true),
            ["~ ConnectionProperties.PASSWORD: \"a\" → \"b\""]
        );
        assert!(lines(&before, &before, true).is_empty());
    }
}
