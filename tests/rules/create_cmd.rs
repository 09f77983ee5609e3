//! `glue-tui create --from-json`: the checks on a request (each problem at its JSON path, with the wizard's
//! messages), parsing, normalising and masking. The real binary in `--dry-run` and `--demo` runs: `e2e::create_cmd`.

use glue_tui::commands::create::{self, Invalid};
use glue_tui::model::{CreateConnectionRequest, SECRET_MASK};
use glue_tui::request::{Problem, problems, warnings};

use crate::support::requests::JDBC;

fn request(json: &str) -> CreateConnectionRequest {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("test JSON does not parse: {e}\n{json}"))
}

/// `(path, message)` pairs, for assertions that read like the output.
fn found(json: &str) -> Vec<(String, String)> {
    problems(&request(json))
        .into_iter()
        .map(|Problem { path, message }| (path, message))
        .collect()
}

/// The warnings' `(path, message)` pairs: advice that does not keep the request from being sent.
fn advised(json: &str) -> Vec<(String, String)> {
    warnings(&request(json))
        .into_iter()
        .map(|Problem { path, message }| (path, message))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(p, m)| (p.to_string(), m.to_string()))
        .collect()
}

#[test]
fn good_requests_have_no_problems() {
    let kafka = r#"{"ConnectionInput": {"Name": "events", "ConnectionType": "KAFKA",
        "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.msk:9094,b-2.msk:9094", "KAFKA_SSL_ENABLED": "true"}}}"#;
    let network = r#"{"CatalogId": "123456789012", "ConnectionInput": {"Name": "vpc", "ConnectionType": "NETWORK",
        "PhysicalConnectionRequirements": {"SubnetId": "subnet-1", "SecurityGroupIdList": ["sg-1", "sg-2"]}}}"#;
    let salesforce = r#"{"ConnectionInput": {"Name": "sf", "ConnectionType": "SALESFORCE",
        "ConnectionProperties": {"INSTANCE_URL": "https://example.my.salesforce.com"},
        "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2",
            "OAuth2Properties": {"OAuth2GrantType": "AUTHORIZATION_CODE",
                "OAuth2ClientApplication": {"AWSManagedClientApplicationReference": "salesforce-ref"},
                "TokenUrl": "https://login.salesforce.com/services/oauth2/token",
                "AuthorizationCodeProperties": {"AuthorizationCode": "abc123", "RedirectUri": "https://app.example.com/cb"}}},
        "ValidateForComputeEnvironments": ["SPARK", "ATHENA"]}}"#;
    let basic_secret = r#"{"ConnectionInput": {"Name": "snow", "ConnectionType": "BIGQUERY",
        "ConnectionProperties": {"PROJECT": "p"},
        "AuthenticationConfiguration": {"AuthenticationType": "BASIC",
            "SecretArn": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:bq-AbCd"}}}"#;
    for json in [JDBC, kafka, network, salesforce, basic_secret] {
        assert_eq!(found(json), pairs(&[]), "{json}");
    }
}

#[test]
fn name_description_type_and_properties_are_checked_at_their_paths() {
    let json = r#"{"CatalogId": "", "ConnectionInput": {"Name": "", "Description": "bad\u0007bell",
        "ConnectionType": "JDBC", "MatchCriteria": ["ok", ""],
        "ConnectionProperties": {"HOST": "db", "PORT": "80", "JDBC_ENGINE": "db2", "USERNAME": "u", "JDBC_ENFORCE_SSL": " "},
        "SparkProperties": {"spark.x": ""}},
        "Tags": {"team": "", "": "x"}}"#;
    assert_eq!(
        found(json),
        pairs(&[
            ("CatalogId", "Catalog ID must not be empty"),
            ("ConnectionInput.Name", "Name must not be empty"),
            (
                "ConnectionInput.Description",
                "Description must contain printable characters, tabs or line breaks only (found U+0007)"
            ),
            (
                "ConnectionInput.MatchCriteria[1]",
                "Match criterion 2 must not be empty"
            ),
            (
                "ConnectionInput.ConnectionProperties.PASSWORD",
                "Give USERNAME + PASSWORD, or SECRET_ID, or AuthenticationConfiguration.SecretArn"
            ),
            (
                r#"ConnectionInput.SparkProperties["spark.x"]"#,
                "SparkProperties spark.x must not be empty"
            ),
            (r#"Tags[""]"#, "Tag key must not be empty"),
        ])
    );
    // An engine the table does not list and a port below 1024 are advice: no API rule states either.
    assert_eq!(
        advised(json),
        pairs(&[
            (
                "ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL",
                "JDBC_ENFORCE_SSL holds only blanks — sent as written, though no property means that"
            ),
            (
                "ConnectionInput.ConnectionProperties.JDBC_ENGINE",
                "JDBC_ENGINE is usually one of: mysql, postgres, oracle, sqlserver, redshift"
            ),
            (
                "ConnectionInput.ConnectionProperties.PORT",
                "PORT is usually a port from 1024 to 65535"
            ),
        ])
    );
}

#[test]
fn unknown_types_are_warned_about_and_unsupported_ones_refused() {
    // The SDK's list lags the service: Glue decides (create --from-json asks DescribeConnectionType).
    let json = r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "SALESFRCE", "ConnectionProperties": {}}}"#;
    assert_eq!(found(json), pairs(&[]));
    let unknown = advised(json);
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert_eq!(unknown[0].0, "ConnectionInput.ConnectionType");
    assert!(
        unknown[0]
            .1
            .starts_with("Unknown connection type SALESFRCE — did you mean SALESFORCE"),
        "{unknown:?}"
    );
    assert_eq!(
        found(r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "SFTP"}}"#),
        pairs(&[(
            "ConnectionInput.ConnectionType",
            "SFTP connections cannot be created: the CreateConnection reference says SFTP is not supported"
        )])
    );
    assert_eq!(
        found(r#"{"ConnectionInput": {"Name": "a", "ConnectionType": " "}}"#),
        pairs(&[(
            "ConnectionInput.ConnectionType",
            "ConnectionType must not be empty, e.g. JDBC, KAFKA, NETWORK"
        )])
    );
}

#[test]
fn required_properties_and_network_requirements() {
    assert_eq!(
        found(r#"{"ConnectionInput": {"Name": "k", "ConnectionType": "KAFKA"}}"#),
        pairs(&[(
            "ConnectionInput.ConnectionProperties.KAFKA_BOOTSTRAP_SERVERS",
            "KAFKA_BOOTSTRAP_SERVERS is required"
        )])
    );
    assert_eq!(
        found(r#"{"ConnectionInput": {"Name": "n", "ConnectionType": "NETWORK"}}"#),
        pairs(&[(
            "ConnectionInput.PhysicalConnectionRequirements",
            "NETWORK connections need PhysicalConnectionRequirements with SubnetId and SecurityGroupIdList"
        )])
    );
    assert_eq!(
        found(
            r#"{"ConnectionInput": {"Name": "n", "ConnectionType": "network",
                "PhysicalConnectionRequirements": {"SecurityGroupIdList": [], "AvailabilityZone": ""}}}"#
        ),
        pairs(&[
            (
                "ConnectionInput.PhysicalConnectionRequirements.SubnetId",
                "NETWORK connections need a SubnetId"
            ),
            (
                "ConnectionInput.PhysicalConnectionRequirements.SecurityGroupIdList",
                "NETWORK connections need at least one security group"
            ),
            (
                "ConnectionInput.PhysicalConnectionRequirements.AvailabilityZone",
                "Availability Zone must not be empty"
            ),
        ])
    );
}

#[test]
fn authentication_follows_the_type_and_grant_type() {
    let auth = |block: &str| {
        found(&format!(
            r#"{{"ConnectionInput": {{"Name": "s", "ConnectionType": "SALESFORCE",
                "AuthenticationConfiguration": {block}}}}}"#
        ))
    };
    assert_eq!(
        auth(
            r#"{"AuthenticationType": "OAUTH2", "OAuth2Properties": {"OAuth2GrantType": "AUTHORIZATION_CODE"}}"#
        ),
        pairs(&[(
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.AuthorizationCodeProperties",
            "AUTHORIZATION_CODE grants need AuthorizationCodeProperties with an AuthorizationCode, or a SecretArn \
             whose secret holds the tokens"
        )])
    );
    // botocore makes BasicAuthenticationCredentials optional: advice.
    assert_eq!(auth(r#"{"AuthenticationType": "BASIC"}"#), pairs(&[]));
    assert_eq!(
        auth(
            r#"{"AuthenticationType": "OAUTH2", "SecretArn": "my-secret", "KmsKeyArn": "alias/k",
                "OAuth2Properties": {"OAuth2GrantType": "JWT_BEARER", "TokenUrl": "ftp://x",
                    "OAuth2ClientApplication": {}, "OAuth2Credentials": {"AccessToken": "a b\u0001"}},
                "BasicAuthenticationCredentials": {"Username": "u"}}"#
        ),
        pairs(&[
            (
                "ConnectionInput.AuthenticationConfiguration.SecretArn",
                "Secret ARN must be a Secrets Manager ARN: arn:aws:secretsmanager:region:account:secret:name"
            ),
            (
                "ConnectionInput.AuthenticationConfiguration.KmsKeyArn",
                "KMS key ARN must be empty or a KMS ARN: arn:aws:kms:region:account:key/id"
            ),
            (
                "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.TokenUrl",
                "Token URL must be an http(s):// URL without spaces, not ending in ? ! : , . or ;"
            ),
            (
                "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.AccessToken",
                "Access token must contain printable ASCII characters only (found U+0001)"
            ),
        ])
    );
    // A JWT_BEARER grant whose token is in the secret at SecretArn needs no inline JwtToken.
    let jwt = |secret: &str| {
        format!(
            r#"{{"ConnectionInput": {{"Name": "s", "ConnectionType": "SALESFORCE",
                "AuthenticationConfiguration": {{"AuthenticationType": "OAUTH2", {secret}
                    "OAuth2Properties": {{"OAuth2GrantType": "JWT_BEARER",
                        "OAuth2ClientApplication": {{"UserManagedClientApplicationClientId": "client"}}}}}}}}}}"#
        )
    };
    assert_eq!(
        found(&jwt(
            r#""SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:sf-jwt-AbCdEf","#
        )),
        pairs(&[])
    );
    assert_eq!(
        found(&jwt("")),
        pairs(&[(
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.JwtToken",
            "JWT_BEARER grants need OAuth2Credentials.JwtToken, or a SecretArn whose secret holds the token"
        )])
    );
    assert_eq!(
        auth(
            r#"{"AuthenticationType": "OAUTH2", "OAuth2Properties": {"OAuth2GrantType": "CLIENT_CREDENTIALS"}}"#
        ),
        pairs(&[(
            "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.UserManagedClientApplicationClientSecret",
            "CLIENT_CREDENTIALS grants need the client secret here or in the secret at SecretArn"
        )])
    );
    assert_eq!(
        auth(
            r#"{"AuthenticationType": "KERBEROS", "OAuth2Properties": {"OAuth2GrantType": "PASSWORD"}}"#
        ),
        pairs(&[
            (
                "ConnectionInput.AuthenticationConfiguration.AuthenticationType",
                "\"KERBEROS\" is not an authentication type: BASIC, OAUTH2, CUSTOM, IAM"
            ),
            (
                "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2GrantType",
                "\"PASSWORD\" is not a grant type: AUTHORIZATION_CODE, CLIENT_CREDENTIALS, JWT_BEARER"
            ),
        ])
    );
    assert_eq!(
        auth(
            r#"{"AuthenticationType": "CUSTOM", "CustomAuthenticationCredentials": {"apiKey": ""}}"#
        ),
        pairs(&[(
            "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials.apiKey",
            "Credential apiKey must not be empty"
        )])
    );
}

#[test]
fn compute_environments_and_tag_counts() {
    let tags: Vec<String> = (0..51).map(|i| format!("\"k{i}\": \"v\"")).collect();
    let json = format!(
        r#"{{"ConnectionInput": {{"Name": "k", "ConnectionType": "KAFKA",
            "ConnectionProperties": {{"KAFKA_BOOTSTRAP_SERVERS": "b:9092"}},
            "ValidateForComputeEnvironments": ["SPARK", "spark"]}}, "Tags": {{{}}}}}"#,
        tags.join(",")
    );
    assert_eq!(
        found(&json),
        pairs(&[
            (
                "ConnectionInput.ValidateForComputeEnvironments[1]",
                "\"spark\" is not a compute environment: SPARK, ATHENA, PYTHON"
            ),
            ("Tags", "Tags: at most 50 (there are 51)"),
        ])
    );
}

#[test]
fn a_misspelt_key_is_a_parse_error_with_its_line_and_column() {
    let text = "{\n  \"ConnectionInput\": {\n    \"Name\": \"a\",\n    \"ConnectionType\": \"JDBC\",\n    \"ConectionProperties\": {}\n  }\n}\n";
    let err = create::check("orders.json", text, None).unwrap_err();
    let Invalid::Parse {
        line,
        column,
        ref message,
        ..
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!((line, column), (5, 25));
    assert!(
        message.starts_with("unknown field `ConectionProperties`, expected one of `Name`"),
        "{message}"
    );
    let shown = err.to_string();
    assert!(
        shown.starts_with("orders.json:5:25: unknown field `ConectionProperties`"),
        "{shown}"
    );
    assert!(shown.ends_with(" — nothing was sent"), "{shown}");
    let missing = create::check("x.json", r#"{"Tags": {}}"#, None).unwrap_err();
    assert_eq!(
        missing.to_string(),
        "x.json:1:12: missing field `ConnectionInput` — nothing was sent"
    );
}

#[test]
fn normalising_fills_the_catalog_and_spells_the_type_as_the_api_does() {
    let r = create::normalise(
        request(r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "kafka"}}"#),
        Some("123456789012"),
    );
    assert_eq!(r.catalog_id.as_deref(), Some("123456789012"));
    assert_eq!(r.connection_input.connection_type, "KAFKA");
    let kept = create::normalise(
        request(
            r#"{"CatalogId": "111", "ConnectionInput": {"Name": "a", "ConnectionType": "nope"}}"#,
        ),
        Some("222"),
    );
    assert_eq!(kept.catalog_id.as_deref(), Some("111"));
    assert_eq!(kept.connection_input.connection_type, "nope");
}

#[test]
fn every_secret_is_masked_and_nothing_else() {
    let r = request(
        r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "SALESFORCE",
            "ConnectionProperties": {"USERNAME": "u", "PASSWORD": "p1", "SECRET_ID": "prod/db"},
            "SparkProperties": {"spark.ssl.keyPassword": "p2", "spark.app": "x"},
            "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2",
                "SecretArn": "arn:aws:secretsmanager:eu-west-1:1:secret:s",
                "BasicAuthenticationCredentials": {"Username": "bu", "Password": "p3"},
                "CustomAuthenticationCredentials": {"apiKey": "p4", "region": "p5"},
                "OAuth2Properties": {"OAuth2GrantType": "AUTHORIZATION_CODE",
                    "TokenUrl": "https://t", "TokenUrlParametersMap": {"client_secret": "p6", "scope": "read"},
                    "AuthorizationCodeProperties": {"AuthorizationCode": "p7", "RedirectUri": "https://r"},
                    "OAuth2Credentials": {"UserManagedClientApplicationClientSecret": "p8", "AccessToken": "p9",
                        "RefreshToken": "p10", "JwtToken": "p11"}}}}}"#,
    );
    let shown = create::dry_run(&r, false);
    for i in 1..=11 {
        assert!(
            !shown.contains(&format!("\"p{i}\"")),
            "p{i} leaked:\n{shown}"
        );
    }
    // Every TokenUrlParametersMap value is a secret (model::secret_place says why): "scope": "read" too.
    assert!(!shown.contains("\"read\""), "{shown}");
    assert_eq!(shown.matches(SECRET_MASK).count(), 12, "{shown}");
    for kept in ["\"u\"", "\"prod/db\"", "\"bu\"", "\"https://r\"", "\"x\""] {
        assert!(shown.contains(kept), "{kept} missing:\n{shown}");
    }
    let revealed = create::dry_run(&r, true);
    assert!(!revealed.contains(SECRET_MASK));
    assert_eq!(request(&revealed), r);
}

#[test]
fn the_outcome_line() {
    assert_eq!(
        create::created_line("orders-db", "default", Some("READY")),
        "Created orders-db in catalog default: READY"
    );
    assert_eq!(
        create::created_line("orders-db", "123", None),
        "Created orders-db in catalog 123"
    );
}
