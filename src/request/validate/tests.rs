use super::*;
use crate::request::spec::spec_for;

/// Properties given, and the `(key, message)` errors expected from them.
type EitherOrCase<'a> = (Vec<(&'a str, &'a str)>, Vec<(&'a str, &'a str)>);

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn strings(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("sg-{i}")).collect()
}

#[test]
fn name_limits_at_the_edges() {
    let cases: &[(String, Result<(), &str>)] = &[
        ("a".into(), Ok(())),
        ("x".repeat(255), Ok(())),
        ("with\ttab and ünïcödé 😀".into(), Ok(())),
        (String::new(), Err("Name must not be empty")),
        (
            "x".repeat(256),
            Err("Name must be at most 255 characters (it has 256)"),
        ),
        (
            "two\nlines".into(),
            Err("Name must contain printable characters or tabs only (found U+000A)"),
        ),
        (
            "bad\u{FFFF}".into(),
            Err("Name must contain printable characters or tabs only (found U+FFFF)"),
        ),
    ];
    for (value, expected) in cases {
        assert_eq!(name(value), expected.map_err(String::from), "{value:?}");
    }
}

#[test]
fn description_allows_empty_and_line_breaks() {
    assert!(description("").is_ok());
    assert!(description("line one\r\nline two\tend").is_ok());
    assert!(description(&"d".repeat(2048)).is_ok());
    assert_eq!(
        description(&"d".repeat(2049)).unwrap_err(),
        "Description must be at most 2048 characters (it has 2049)"
    );
    assert!(description("bell\u{7}").unwrap_err().contains("U+0007"));
}

#[test]
fn match_criteria_count_and_items() {
    assert!(match_criteria(&[]).is_ok());
    assert!(match_criteria(&strings(10)).is_ok());
    assert_eq!(
        match_criteria(&strings(11)).unwrap_err(),
        "Match criteria: at most 10 items (there are 11)"
    );
    let with_empty = vec!["a".to_string(), String::new()];
    assert_eq!(
        match_criteria(&with_empty).unwrap_err(),
        "Match criterion 2 must not be empty"
    );
}

#[test]
fn catalog_subnet_zone_and_security_groups() {
    assert!(catalog_id("123456789012").is_ok());
    assert!(catalog_id(&"1".repeat(255)).is_ok());
    assert_eq!(catalog_id("").unwrap_err(), "Catalog ID must not be empty");
    assert!(catalog_id(&"1".repeat(256)).is_err());
    assert!(catalog_id("12\n").is_err());
    assert!(subnet_id("subnet-0abc").is_ok() && subnet_id("").is_err());
    assert!(
        availability_zone("eu-west-1a").is_ok() && availability_zone(&"z".repeat(256)).is_err()
    );
    assert!(security_groups(&strings(50)).is_ok());
    assert_eq!(
        security_groups(&strings(51)).unwrap_err(),
        "Security groups: at most 50 (there are 51)"
    );
    assert_eq!(
        security_groups(&[String::new()]).unwrap_err(),
        "Security group must not be empty"
    );
}

#[test]
fn tags_count_key_and_value_limits() {
    let fifty: BTreeMap<String, String> =
        (0..50).map(|i| (format!("k{i}"), String::new())).collect();
    assert!(tags(&fifty).is_ok(), "empty tag values are allowed");
    let mut fifty_one = fifty.clone();
    fifty_one.insert("k50".into(), "v".into());
    assert_eq!(
        tags(&fifty_one).unwrap_err(),
        "Tags: at most 50 (there are 51)"
    );
    assert!(tags(&map(&[(&"k".repeat(128), &"v".repeat(256))])).is_ok());
    assert_eq!(
        tags(&map(&[("", "v")])).unwrap_err(),
        "Tag key must not be empty"
    );
    assert!(tags(&map(&[(&"k".repeat(129), "v")])).is_err());
    assert_eq!(
        tags(&map(&[("team", &"v".repeat(257))])).unwrap_err(),
        "Tag team must be at most 256 characters (it has 257)"
    );
}

#[test]
fn property_maps_check_keys_and_values() {
    assert!(property_map("SparkProperties", &map(&[("spark.x", "1")])).is_ok());
    assert_eq!(
        property_map("SparkProperties", &map(&[("spark.x", "")])).unwrap_err(),
        "SparkProperties spark.x must not be empty"
    );
    assert!(property_map("AthenaProperties", &map(&[(&"k".repeat(129), "1")])).is_err());
    assert!(property_map("PythonProperties", &map(&[("k", &"v".repeat(2049))])).is_err());
}

#[test]
fn either_or_needs_exactly_one_complete_alternative() {
    let jdbc = spec_for("JDBC").unwrap();
    let creds = [("USERNAME", "u"), ("PASSWORD", "p")];
    let cases: &[EitherOrCase] = &[
        (
            vec![],
            vec![
                (
                    "HOST",
                    "Give HOST + PORT + JDBC_ENGINE, or JDBC_CONNECTION_URL",
                ),
                (
                    "USERNAME",
                    "Give USERNAME + PASSWORD, or SECRET_ID, or AuthenticationConfiguration.SecretArn",
                ),
            ],
        ),
        // One complete in each group.
        (
            vec![
                ("JDBC_CONNECTION_URL", "jdbc:mysql://h/db"),
                ("SECRET_ID", "s"),
            ],
            vec![],
        ),
        (
            [
                vec![("HOST", "h"), ("PORT", "3306"), ("JDBC_ENGINE", "mysql")],
                creds.to_vec(),
            ]
            .concat(),
            vec![],
        ),
        // Half of an alternative: point at what is missing from it.
        (
            [
                vec![("HOST", "h"), ("JDBC_ENGINE", "mysql")],
                creds.to_vec(),
            ]
            .concat(),
            vec![(
                "PORT",
                "Give HOST + PORT + JDBC_ENGINE, or JDBC_CONNECTION_URL",
            )],
        ),
        (
            vec![("JDBC_CONNECTION_URL", "jdbc:x"), ("PASSWORD", "p")],
            vec![(
                "USERNAME",
                "Give USERNAME + PASSWORD, or SECRET_ID, or AuthenticationConfiguration.SecretArn",
            )],
        ),
        // Blank values do not count.
        (
            vec![("JDBC_CONNECTION_URL", "  "), ("SECRET_ID", "s")],
            vec![(
                "HOST",
                "Give HOST + PORT + JDBC_ENGINE, or JDBC_CONNECTION_URL",
            )],
        ),
        // Both given.
        (
            [
                vec![("JDBC_CONNECTION_URL", "jdbc:x"), ("SECRET_ID", "s")],
                creds.to_vec(),
            ]
            .concat(),
            vec![(
                "SECRET_ID",
                "Usually only one of: USERNAME + PASSWORD, or SECRET_ID — Glue decides which it uses",
            )],
        ),
    ];
    for (props, expected) in cases {
        let found = either_or(jdbc, &map(props), false);
        let got: Vec<_> = found.iter().map(|(k, m, _)| (*k, m.clone())).collect();
        let expected: Vec<_> = expected.iter().map(|(k, m)| (*k, m.to_string())).collect();
        assert_eq!(got, expected, "{props:?}");
        // JDBC's groups are the reference's own rules: an incomplete one is refused, two complete are advice.
        for (_, message, refused) in found {
            assert_eq!(refused, message.starts_with("Give "), "{message}");
        }
    }
    // A SecretArn under AuthenticationConfiguration holds the credentials as SECRET_ID would.
    let url_only = map(&[("JDBC_CONNECTION_URL", "jdbc:mysql://h/db")]);
    assert_eq!(either_or(jdbc, &url_only, true), vec![]);
    assert_eq!(either_or(jdbc, &url_only, false).len(), 1);
}

#[test]
fn required_fields_and_types_without_fields() {
    let kafka = spec_for("KAFKA").unwrap();
    assert_eq!(
        required(kafka, &map(&[])),
        (
            vec![(
                "KAFKA_BOOTSTRAP_SERVERS",
                "KAFKA_BOOTSTRAP_SERVERS is required".to_string()
            )],
            vec![]
        )
    );
    assert_eq!(
        required(kafka, &map(&[("KAFKA_BOOTSTRAP_SERVERS", "b:9092")])),
        (vec![], vec![])
    );
    // The reference names no property for the view-validation types: what they usually hold is advice.
    let redshift = spec_for("VIEW_VALIDATION_REDSHIFT").unwrap();
    let (refused, advised) = required(redshift, &map(&[]));
    assert_eq!(refused, vec![]);
    let advised: Vec<_> = advised.into_iter().map(|(k, _)| k).collect();
    assert_eq!(advised, ["ROLE_ARN", "DATABASE"]);
    assert_eq!(
        either_or(redshift, &map(&[("CLUSTER_IDENTIFIER", "c")]), false),
        vec![]
    );
    let target = either_or(redshift, &map(&[]), false);
    assert!(
        matches!(&target[..], [("WORKGROUP_NAME", _, false)]),
        "{target:?}"
    );
    // Types whose fields come from DescribeConnectionType have nothing static to require.
    let salesforce = spec_for("SALESFORCE").unwrap();
    assert_eq!(required(salesforce, &map(&[])), (vec![], vec![]));
    assert!(either_or(salesforce, &map(&[]), false).is_empty());
}

#[test]
fn properties_refuses_the_api_limits_and_warns_on_advice() {
    let jdbc = spec_for("JDBC").unwrap();
    let props = map(&[
        ("HOST", "h"),
        ("PORT", "80"),
        ("JDBC_ENGINE", "mysql"),
        ("SECRET_ID", "s"),
        ("EXTRA", ""),
    ]);
    // A port below 1024 is this tool's advice, not an API rule: Glue decides.
    assert_eq!(
        properties(jdbc, &props, false),
        PropertyFindings {
            refusals: vec![],
            warnings: vec![(
                "PORT".to_string(),
                "PORT is usually a port from 1024 to 65535".to_string()
            )],
        }
    );
    let long = "x".repeat(PROPERTY_VALUE_MAX + 1);
    let too_long = map(&[("JDBC_CONNECTION_URL", long.as_str()), ("SECRET_ID", "s")]);
    assert_eq!(
        properties(jdbc, &too_long, false).refusals,
        vec![(
            "JDBC_CONNECTION_URL".to_string(),
            "JDBC_CONNECTION_URL must be at most 1024 characters (it has 1025)".to_string()
        )]
    );
    let good = map(&[
        ("JDBC_CONNECTION_URL", "jdbc:postgresql://h/db"),
        ("SECRET_ID", "s"),
        ("JDBC_ENFORCE_SSL", "true"),
    ]);
    assert_eq!(properties(jdbc, &good, false), PropertyFindings::default());
    let too_many: BTreeMap<String, String> = (0..101)
        .map(|i| (format!("K{i}"), "v".to_string()))
        .collect();
    let found = properties(spec_for("SALESFORCE").unwrap(), &too_many, false);
    assert_eq!(
        found.refusals,
        vec![(
            String::new(),
            "At most 100 connection properties (there are 101)".to_string()
        )]
    );
}
