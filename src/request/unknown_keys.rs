//! ConnectionProperties keys nobody knows. Not refused — the service has accepted keys before the published
//! `ConnectionPropertyKey` enum listed them (the `KAFKA_SASL_*` keys, 2023) — but warned about, with the nearest
//! known key when one is a typo away (`JDBC_CONECTION_URL` → `JDBC_CONNECTION_URL`).
//!
//! Only where the keys are known: for a type whose properties the spec table lists (JDBC, KAFKA, MONGODB…), or
//! whose DescribeConnectionType answer is at hand. The SaaS types' keys (`INSTANCE_URL`, `API_VERSION`) are not in
//! the enum at all, so without their description a warning would be noise.

use std::collections::BTreeMap;

use super::problems::{Found, key_path};
use crate::glue::connection_property_keys;
use crate::request::spec::TypeSpec;

/// Warns about each key of `props` outside the enum, the spec's fields and `described` (the property names of the
/// type's DescribeConnectionType answer, when there is one). `spec`: the type's row, `None` for a type this build
/// does not know.
pub(super) fn unknown_keys(
    found: &mut Found,
    spec: Option<&TypeSpec>,
    props: &BTreeMap<String, String>,
    described: Option<&[&str]>,
) {
    let spec_lists_keys = spec.is_some_and(|s| !s.fields.is_empty() || s.needs_network);
    if !spec_lists_keys && described.is_none() {
        return;
    }
    let known: Vec<&str> = connection_property_keys()
        .iter()
        .copied()
        .chain(
            spec.into_iter()
                .flat_map(|s| s.fields.iter().map(|f| f.key)),
        )
        .chain(described.unwrap_or_default().iter().copied())
        .collect();
    for (key, hint) in strangers(props.keys(), &known) {
        found.warn(
            key_path("ConnectionInput.ConnectionProperties", key),
            format!("{key} is not a connection property key Glue documents{hint} (sent as written; Glue decides)"),
        );
    }
}

/// Each key outside `known` (blank ones aside), with ` — did you mean K?` when a known key is a typo away.
pub(super) fn strangers<'a>(
    keys: impl IntoIterator<Item = &'a String>,
    known: &[&str],
) -> Vec<(&'a str, String)> {
    keys.into_iter()
        .filter(|k| !k.trim().is_empty() && !known.contains(&k.as_str()))
        .map(|k| {
            let hint = nearest(k, known)
                .map(|n| format!(" — did you mean {n}?"))
                .unwrap_or_default();
            (k.as_str(), hint)
        })
        .collect()
}

/// The known key a typo away from `key`: case aside, at most one edit for short keys and two for longer ones.
pub fn nearest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let wanted = key.to_ascii_uppercase();
    let limit = if wanted.chars().count() >= 8 { 2 } else { 1 };
    known
        .iter()
        .map(|k| (distance(&wanted, &k.to_ascii_uppercase()), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Edits (insert, delete, substitute, swap two neighbours) between `a` and `b`: the optimal string alignment
/// distance.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_its_key_and_nonsense_finds_none() {
        let known = connection_property_keys();
        assert_eq!(
            nearest("JDBC_CONECTION_URL", known),
            Some("JDBC_CONNECTION_URL")
        );
        assert_eq!(nearest("host", known), Some("HOST"));
        assert_eq!(nearest("PROT", known), Some("PORT"));
        assert_eq!(nearest("FOO_BAR", known), None);
        assert_eq!(
            nearest("KAFKA_BOOTSTRAP_SERVER", known),
            Some("KAFKA_BOOTSTRAP_SERVERS")
        );
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("ABC", "ABC"), 0);
        assert_eq!(distance("ABC", "ACB"), 1);
        assert_eq!(distance("", "AB"), 2);
        assert_eq!(distance("KITTEN", "SITTING"), 3);
    }
}
