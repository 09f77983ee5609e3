//! `glue-tui create --from-json`: the checks on a request (each problem at its JSON path, with the wizard's
//! messages), parsing, normalising and masking, and the real binary in `--dry-run` and `--demo` runs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use glue_tui::commands::create::{self, Invalid};
use glue_tui::model::{CreateConnectionRequest, SECRET_MASK};
use glue_tui::request::{Problem, problems, warnings};

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

const JDBC: &str = r#"{
    "ConnectionInput": {
        "Name": "orders-db",
        "Description": "Orders, read-only",
        "ConnectionType": "JDBC",
        "ConnectionProperties": {
            "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/orders",
            "USERNAME": "reader",
            "PASSWORD": "hunter2"
        },
        "PhysicalConnectionRequirements": {
            "SubnetId": "subnet-0123",
            "SecurityGroupIdList": ["sg-0123"],
            "AvailabilityZone": "eu-west-1a"
        }
    },
    "Tags": {"team": "data"}
}"#;

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

// --- the real binary --------------------------------------------------------------------------------------------

struct TempDir(PathBuf);

impl TempDir {
    fn new(test: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("glue-tui-create-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the temp dir");
        Self(path)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).expect("write the request file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The binary, never pointed at AWS: no credentials, no endpoint but a closed local port.
fn glue_tui(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glue-tui"));
    cmd.args(args)
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_ENDPOINT_URL")
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/nonexistent/glue-tui-test/config")
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/glue-tui-test/credentials",
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
    let mut child = cmd.spawn().expect("start glue-tui");
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    }
    child.wait_with_output().expect("wait for glue-tui")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

#[test]
fn dry_run_prints_the_normalised_request_masked_and_sends_nothing() {
    let dir = TempDir::new("dry-run");
    let file = dir.write("orders.json", &JDBC.replace("\"JDBC\"", "\"jdbc\""));
    // The endpoint is a closed port: were anything sent, the run would fail.
    let out = glue_tui(
        &[
            "create",
            "--from-json",
            path_str(&file),
            "--dry-run",
            "--catalog-id",
            "123456789012",
            "--endpoint-url",
            "http://127.0.0.1:9",
        ],
        None,
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("{\n    \"CatalogId\": \"123456789012\",\n    \"ConnectionInput\": {\n        \"Name\": \"orders-db\","),
        "{stdout}"
    );
    assert!(stdout.contains("\"ConnectionType\": \"JDBC\""), "{stdout}");
    assert!(
        stdout.contains(&format!("\"PASSWORD\": \"{SECRET_MASK}\"")),
        "{stdout}"
    );
    assert!(!stdout.contains("hunter2"), "{stdout}");

    let shown = glue_tui(
        &[
            "create",
            "--from-json",
            path_str(&file),
            "--dry-run",
            "--show-passwords",
        ],
        None,
    );
    assert!(shown.status.success(), "{shown:?}");
    let req: CreateConnectionRequest =
        serde_json::from_slice(&shown.stdout).expect("dry-run output is the request");
    assert_eq!(
        req.connection_input.connection_properties["PASSWORD"],
        "hunter2"
    );
    assert_eq!(req.catalog_id, None);
}

#[test]
fn stdin_is_read_for_a_dash() {
    let out = glue_tui(
        &["create", "--from-json", "-", "--dry-run", "--demo"],
        Some(JDBC),
    );
    assert!(out.status.success(), "{out:?}");
    let req: CreateConnectionRequest = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(req.connection_input.name, "orders-db");
}

#[test]
fn an_invalid_file_exits_2_with_each_problem_at_its_path() {
    let dir = TempDir::new("invalid");
    let file = dir.write(
        "bad.json",
        r#"{"ConnectionInput": {"Name": "", "ConnectionType": "JDBC",
            "ConnectionProperties": {"HOST": "db", "PORT": "5432", "JDBC_ENGINE": "postgres", "SECRET_ID": "s"},
            "ValidateForComputeEnvironments": ["GLUE"]}}"#,
    );
    let out = glue_tui(&["create", "--from-json", path_str(&file), "--demo"], None);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        format!(
            "glue-tui: {}: 2 problems — nothing was sent\n  \
             ConnectionInput.Name: Name must not be empty\n  \
             ConnectionInput.ValidateForComputeEnvironments[0]: \"GLUE\" is not a compute environment: SPARK, ATHENA, PYTHON\n",
            file.display()
        )
    );

    let misspelt = dir.write(
        "misspelt.json",
        "{\"ConnectionInput\": {\"Name\": \"a\", \"ConnectionType\": \"JDBC\", \"Descripton\": \"x\"}}",
    );
    let out = glue_tui(&["create", "--from-json", path_str(&misspelt)], None);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!(
            "glue-tui: {}:1:72: unknown field `Descripton`",
            misspelt.display()
        )),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let out = glue_tui(&["create", "--from-json", "/nonexistent/x.json"], None);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        text(&out.stderr).starts_with("glue-tui: cannot read /nonexistent/x.json: "),
        "{out:?}"
    );
}

#[test]
fn demo_creates_and_refuses_a_name_taken() {
    let dir = TempDir::new("demo");
    let file = dir.write("orders.json", JDBC);
    let out = glue_tui(&["create", "--from-json", path_str(&file), "--demo"], None);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        text(&out.stdout),
        "Created orders-db in catalog default: READY\n"
    );
    assert_eq!(text(&out.stderr), "");

    // The demo catalog already has this one.
    let taken = dir.write(
        "taken.json",
        &JDBC.replace("\"orders-db\"", "\"analytics-redshift-ro\""),
    );
    let out = glue_tui(&["create", "--from-json", path_str(&taken), "--demo"], None);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("analytics-redshift-ro already exists"),
        "{stderr}"
    );
}
