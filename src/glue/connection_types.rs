//! The ConnectionType values the SDK knows, so a typo in `--type` or `:type` is caught before a request is sent, and
//! the ConnectionPropertyKey values, which the wizard offers as property keys.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};

/// Every `ConnectionType` the SDK knows, as the API spells them.
pub fn connection_types() -> &'static [&'static str] {
    aws_sdk_glue::types::ConnectionType::values()
}

/// Every `ConnectionPropertyKey` the SDK knows: what the wizard offers for a property row's key.
pub fn connection_property_keys() -> &'static [&'static str] {
    aws_sdk_glue::types::ConnectionPropertyKey::values()
}

/// `kafka` → `KAFKA`; an unknown type → a message naming the nearest known ones.
pub fn parse_connection_type(input: &str) -> Result<String, String> {
    let wanted = input.trim().to_ascii_uppercase();
    if connection_types().contains(&wanted.as_str()) {
        return Ok(wanted);
    }
    let mut matcher = Matcher::new(Config::DEFAULT);
    let pattern = Pattern::parse(&wanted, CaseMatching::Ignore, Normalization::Smart);
    let near: Vec<&str> = pattern
        .match_list(connection_types().iter().copied(), &mut matcher)
        .into_iter()
        .take(4)
        .map(|(t, _)| t)
        .collect();
    let hint = if near.is_empty() {
        "e.g. JDBC, KAFKA, MONGODB, NETWORK, SALESFORCE".to_string()
    } else {
        format!("did you mean {}?", near.join(", "))
    };
    Err(format!("Unknown connection type {wanted} — {hint}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_types_in_any_case_pass_and_typos_get_suggestions() {
        assert_eq!(parse_connection_type("kafka").unwrap(), "KAFKA");
        assert_eq!(parse_connection_type(" salesforce ").unwrap(), "SALESFORCE");
        let err = parse_connection_type("salesfrce").unwrap_err();
        assert!(
            err.starts_with("Unknown connection type SALESFRCE — did you mean SALESFORCE"),
            "{err}"
        );
        assert!(connection_types().len() >= 80);
    }
}
