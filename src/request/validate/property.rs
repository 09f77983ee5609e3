//! One `ConnectionProperties` value, checked by the kind its field has in the spec table.

use super::text::length;
use crate::request::spec::FieldKind;

/// `ValueString`: a property value is 1–1024 characters.
pub const PROPERTY_VALUE_MAX: usize = 1024;
/// The JDBC `PORT` range the wizard accepts. A product rule, not an API limit: service-2.json types the value as
/// a plain string, and the wizard keeps database ports out of the privileged range below 1024.
pub const PORT_MIN: u32 = 1024;
pub const PORT_MAX: u32 = 65535;
/// Ports inside a `host:port` list (Kafka brokers) may be any TCP port.
pub const LIST_PORT_MIN: u32 = 1;

/// A property value of kind `kind`; `key` names it in the message: [`property_length`], then [`property_kind`].
pub fn property_value(key: &str, value: &str, kind: FieldKind) -> Result<(), String> {
    property_length(key, value)?;
    property_kind(key, value, kind)
}

/// `ValueString`'s 1–1024 characters: the API's own limit, so a value outside it is refused.
pub fn property_length(key: &str, value: &str) -> Result<(), String> {
    length(key, value, 1, PROPERTY_VALUE_MAX)
}

/// Whether a value looks like its field's kind (a port, a `jdbc:` URL, true/false…). No API rule states these
/// formats — `ValueString` is any text — so callers warn with this, and never refuse.
pub fn property_kind(key: &str, value: &str, kind: FieldKind) -> Result<(), String> {
    match kind {
        FieldKind::Text | FieldKind::Secret => Ok(()),
        FieldKind::Port => match port(value) {
            Some(p) if (PORT_MIN..=PORT_MAX).contains(&p) => Ok(()),
            _ => Err(format!(
                "{key} is usually a port from {PORT_MIN} to {PORT_MAX}"
            )),
        },
        FieldKind::Url { prefixes } => url(key, value, prefixes),
        FieldKind::HostPortList => host_port_list(key, value),
        FieldKind::Bool => {
            // Glue reads these flags with Java's Boolean.parseBoolean, which ignores case.
            if value.eq_ignore_ascii_case("true") || value.eq_ignore_ascii_case("false") {
                Ok(())
            } else {
                Err(format!(
                    "{key} is read as true or false; any other value counts as false"
                ))
            }
        }
        FieldKind::Choice(options) => {
            if options.contains(&value) {
                Ok(())
            } else {
                Err(format!("{key} is usually one of: {}", options.join(", ")))
            }
        }
        FieldKind::S3Uri => {
            if is_s3_uri(value) {
                Ok(())
            } else {
                Err(format!(
                    "{key} is usually an S3 URI like s3://bucket/path/to/file"
                ))
            }
        }
        FieldKind::Arn => {
            if is_arn(value) {
                Ok(())
            } else {
                Err(format!(
                    "{key} is usually an ARN like arn:aws:iam::123456789012:role/name"
                ))
            }
        }
    }
}

/// Decimal digits only (no sign, no spaces), so `+80` or ` 80` are refused rather than silently trimmed.
fn port(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn url(key: &str, value: &str, prefixes: &[&str]) -> Result<(), String> {
    let rest = prefixes.iter().find_map(|p| value.strip_prefix(p));
    match rest {
        Some(rest) if !rest.is_empty() && !value.chars().any(char::is_whitespace) => Ok(()),
        Some(_) => Err(format!(
            "{key} is usually a URL without spaces after {}",
            prefixes.join(" or ")
        )),
        None => Err(format!(
            "{key} usually starts with {}",
            prefixes.join(" or ")
        )),
    }
}

fn host_port_list(key: &str, value: &str) -> Result<(), String> {
    for entry in value.split(',').map(str::trim) {
        if entry.is_empty() {
            return Err(format!(
                "{key} must be host:port pairs separated by commas, with no empty entry"
            ));
        }
        // rsplit: a bracketed IPv6 host such as [::1]:9092 keeps its own colons.
        let Some((host, p)) = entry.rsplit_once(':') else {
            return Err(format!("{key}: \"{entry}\" has no port — write host:port"));
        };
        if host.is_empty() || host.chars().any(|c| c.is_whitespace() || c == '/') {
            return Err(format!(
                "{key}: \"{entry}\" has no valid host — write host:port"
            ));
        }
        if !matches!(port(p), Some(n) if (LIST_PORT_MIN..=PORT_MAX).contains(&n)) {
            return Err(format!(
                "{key}: \"{entry}\" — the port must be a number from {LIST_PORT_MIN} to {PORT_MAX}"
            ));
        }
    }
    Ok(())
}

/// `s3://bucket/key` with a bucket that follows S3's naming rules (3–63 of `a-z 0-9 . -`, letter or digit at both
/// ends) and a non-empty key: every S3 property here names a file (a certificate, a JAR, a keytab).
fn is_s3_uri(value: &str) -> bool {
    let Some((bucket, key)) = value.strip_prefix("s3://").and_then(|r| r.split_once('/')) else {
        return false;
    };
    let edge_ok = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    (3..=63).contains(&bucket.len())
        && bucket
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && edge_ok(bucket.chars().next())
        && edge_ok(bucket.chars().last())
        && !key.is_empty()
        && !key.chars().any(char::is_control)
}

/// `arn:partition:service:region:account:resource`: partition `aws` or `aws-…`, a service, and a resource; region
/// and account may be empty (IAM roles have no region).
pub(super) fn is_arn(value: &str) -> bool {
    let parts: Vec<&str> = value.splitn(6, ':').collect();
    let [arn, partition, service, region, account, resource] = parts[..] else {
        return false;
    };
    let word = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    arn == "arn"
        && (partition == "aws" || (partition.starts_with("aws-") && word(partition)))
        && !service.is_empty()
        && word(service)
        && word(region)
        && account
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !resource.is_empty()
        && !resource.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldKind::*;

    const ENGINES: &[&str] = &["mysql", "postgres"];
    const JDBC: FieldKind = Url {
        prefixes: &["jdbc:"],
    };
    const MONGO: FieldKind = Url {
        prefixes: &["mongodb://", "mongodb+srv://"],
    };

    #[test]
    fn valid_values_pass() {
        let long = "x".repeat(PROPERTY_VALUE_MAX);
        let cases: &[(&str, FieldKind)] = &[
            (&long, Text),
            ("1024", Port),
            ("65535", Port),
            ("5432", Port),
            ("jdbc:postgresql://h:5432/db", JDBC),
            ("mongodb+srv://cluster.example.net/db", MONGO),
            ("b-1.msk:9094", HostPortList),
            ("b-1:9094, b-2:9094,[::1]:9092", HostPortList),
            ("true", Bool),
            ("FALSE", Bool),
            ("mysql", Choice(ENGINES)),
            ("s3://my-bucket/certs/root.pem", S3Uri),
            ("arn:aws:iam::123456789012:role/glue", Arn),
            (
                "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:x-AbC",
                Arn,
            ),
            ("hunter2 with spaces", Secret),
        ];
        for (value, kind) in cases {
            assert_eq!(
                property_value("K", value, *kind),
                Ok(()),
                "{value:?} as {kind:?}"
            );
        }
    }

    #[test]
    fn invalid_values_fail_with_what_is_allowed() {
        let too_long = "x".repeat(PROPERTY_VALUE_MAX + 1);
        let cases: &[(&str, FieldKind, &str)] = &[
            ("", Text, "PORT must not be empty"),
            (
                &too_long,
                Text,
                "PORT must be at most 1024 characters (it has 1025)",
            ),
            ("1023", Port, "PORT is usually a port from 1024 to 65535"),
            ("65536", Port, "PORT is usually a port from 1024 to 65535"),
            ("+5432", Port, "PORT is usually a port from 1024 to 65535"),
            ("54 32", Port, "PORT is usually a port from 1024 to 65535"),
            ("postgresql://h/db", JDBC, "PORT usually starts with jdbc:"),
            (
                "jdbc:",
                JDBC,
                "PORT is usually a URL without spaces after jdbc:",
            ),
            (
                "jdbc:mysql://h /db",
                JDBC,
                "PORT is usually a URL without spaces after jdbc:",
            ),
            (
                "http://h",
                MONGO,
                "PORT usually starts with mongodb:// or mongodb+srv://",
            ),
            (
                "b-1:9094,b-2",
                HostPortList,
                "PORT: \"b-2\" has no port — write host:port",
            ),
            (
                "b-1:9094,,b-2:9094",
                HostPortList,
                "PORT must be host:port pairs separated by commas, with no empty entry",
            ),
            (
                ":9094",
                HostPortList,
                "PORT: \":9094\" has no valid host — write host:port",
            ),
            (
                "b-1:0",
                HostPortList,
                "PORT: \"b-1:0\" — the port must be a number from 1 to 65535",
            ),
            (
                "b-1:",
                HostPortList,
                "PORT: \"b-1:\" — the port must be a number from 1 to 65535",
            ),
            (
                "yes",
                Bool,
                "PORT is read as true or false; any other value counts as false",
            ),
            (
                "MySQL",
                Choice(ENGINES),
                "PORT is usually one of: mysql, postgres",
            ),
            (
                "s3://bucket",
                S3Uri,
                "PORT is usually an S3 URI like s3://bucket/path/to/file",
            ),
            (
                "s3://bucket/",
                S3Uri,
                "PORT is usually an S3 URI like s3://bucket/path/to/file",
            ),
            (
                "s3://Bucket/k",
                S3Uri,
                "PORT is usually an S3 URI like s3://bucket/path/to/file",
            ),
            (
                "s3://ab/k",
                S3Uri,
                "PORT is usually an S3 URI like s3://bucket/path/to/file",
            ),
            (
                "https://bucket/k",
                S3Uri,
                "PORT is usually an S3 URI like s3://bucket/path/to/file",
            ),
            (
                "arn:aws:iam::123456789012",
                Arn,
                "PORT is usually an ARN like arn:aws:iam::123456789012:role/name",
            ),
            (
                "arn:gcp:iam::1:role/x",
                Arn,
                "PORT is usually an ARN like arn:aws:iam::123456789012:role/name",
            ),
            (
                "arn:aws:iam::1:",
                Arn,
                "PORT is usually an ARN like arn:aws:iam::123456789012:role/name",
            ),
        ];
        for (value, kind, message) in cases {
            assert_eq!(
                property_value("PORT", value, *kind),
                Err(message.to_string()),
                "{value:?} as {kind:?}"
            );
        }
    }
}
