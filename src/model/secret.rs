/// What the screen shows in place of a secret value.
pub const SECRET_MASK: &str = "••••••••";

/// Whether a property key holds a password-like value (`PASSWORD`, `*_PASSWORD`, `ENCRYPTED_*`, client secrets,
/// tokens). References to secrets — `SECRET_ID`, `*_SECRETS_ARN`, token URLs — are not secrets themselves.
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_uppercase();
    if k.contains("PASSWORD") || k.starts_with("ENCRYPTED_") {
        return true;
    }
    let reference = ["ARN", "_ID", "URL", "URI", "_NAME", "_TYPE"]
        .iter()
        .any(|suffix| k.ends_with(suffix));
    // API_KEY only as words of its own: KAFKA_SASL_GSSAPI_KEYTAB is a file location.
    let words: Vec<&str> = k.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    let pair = |a, b| words.windows(2).any(|w| w[0] == a && w[1] == b);
    let secretish = ["SECRET", "TOKEN", "APIKEY"]
        .iter()
        .any(|word| k.contains(word))
        || pair("API", "KEY")
        || pair("PRIVATE", "KEY");
    secretish && !reference
}

#[cfg(test)]
mod tests {
    use super::is_secret_key;

    #[test]
    fn passwords_and_tokens_are_secret_references_are_not() {
        for key in [
            "PASSWORD",
            "KAFKA_SASL_SCRAM_PASSWORD",
            "ENCRYPTED_PASSWORD",
            "ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD",
            "client_secret",
            "ACCESS_TOKEN",
            "datadog.api_key",
            "spark.ssl.keyPassword",
        ] {
            assert!(is_secret_key(key), "{key} should be secret");
        }
        for key in [
            "USERNAME",
            "SECRET_ID",
            "KAFKA_SASL_SCRAM_SECRETS_ARN",
            "HOST",
            "TokenUrl",
            "KAFKA_SASL_GSSAPI_KEYTAB",
            "JDBC_CONNECTION_URL",
        ] {
            assert!(!is_secret_key(key), "{key} should not be secret");
        }
    }
}
