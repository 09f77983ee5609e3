//! No secret text gets out: the detail pane, the raw JSON view, every copy (`y`, `C`, the wizard's Alt-Y and Alt-C)
//! and the review editor after Alt-O and after a paste are searched for the secrets themselves — not compared with
//! snapshots, which can be accepted with a leak in them. And the secret-key rule checked against the SDK's
//! `ConnectionPropertyKey` list and an independent list of secret-like names, each decided by hand.
//!
//! Every secret of the fixtures contains `S3CRET`, so one search finds any of them.

use crossterm::event::KeyCode;
use glue_tui::glue::{GlueReply, connection_property_keys};
use glue_tui::model::{Connection, ConnectionTypeDescription, SECRET_MASK, is_secret_key};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Model, Session};
use glue_tui::update::{init, update};
use glue_tui::wizard::form::Section;

use crate::support::keys::{alt, ch, ctrl, key, press, typed};
use crate::support::model::{described_types, loaded, screen, wizard};

const LEAK: &str = "S3CRET";

// ---- the rule -----------------------------------------------------------------------------------------------------

/// The SDK's `ConnectionPropertyKey` values that hold secrets, written out by hand: the passwords and their
/// `ENCRYPTED_*` copies. Not secret, and checked to stay so: `SECRET_ID` and `KAFKA_SASL_SCRAM_SECRETS_ARN` (they
/// name a Secrets Manager secret), `KAFKA_CLIENT_KEYSTORE`, `KAFKA_SASL_GSSAPI_KEYTAB`, `KAFKA_SASL_GSSAPI_KRB5_CONF`,
/// `CUSTOM_JDBC_CERT`, `KAFKA_CUSTOM_CERT` (S3 locations of key material, not the material), `CUSTOM_JDBC_CERT_STRING`
/// (a certificate is public), `JDBC_CONNECTION_URL` and `CONNECTION_URL`.
const SDK_SECRET_KEYS: [&str; 10] = [
    "ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD",
    "ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD",
    "ENCRYPTED_KAFKA_SASL_PLAIN_PASSWORD",
    "ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD",
    "ENCRYPTED_PASSWORD",
    "KAFKA_CLIENT_KEYSTORE_PASSWORD",
    "KAFKA_CLIENT_KEY_PASSWORD",
    "KAFKA_SASL_PLAIN_PASSWORD",
    "KAFKA_SASL_SCRAM_PASSWORD",
    "PASSWORD",
];

/// Names collected from AWS's connector guides (the keys their Secrets Manager secrets and connection options
/// use), Spark's and Kafka's configuration references and OAuth 2.0 token requests, each decided by hand.
const NAMED_ELSEWHERE: &[(&str, bool)] = &[
    // Spark (spark.redaction.regex redacts `secret|password|token|access[.]key` by default; we agree).
    ("spark.ssl.keyStorePassword", true),
    ("spark.ssl.keyPassword", true),
    ("spark.ssl.trustStorePassword", true), // a trust store's password still opens the store
    ("spark.authenticate.secret", true),
    ("spark.hadoop.fs.s3a.secret.key", true),
    ("spark.hadoop.fs.s3a.session.token", true),
    ("spark.hadoop.fs.s3a.access.key", true), // the id half of a key pair: Spark redacts it; so do we
    (
        "spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net",
        true,
    ), // an Azure storage account key
    ("spark.ssl.keyStore", false),            // a path
    ("spark.ssl.keyStoreType", false),
    ("spark.executor.memory", false),
    // Kafka client options.
    ("sasl.jaas.config", true), // its login line carries username="…" password="…"
    ("ssl.key.password", true),
    ("ssl.keystore.password", true),
    ("ssl.keystore.location", false),
    ("ssl.client.auth", false), // required / requested / none
    ("sasl.mechanism", false),
    ("sasl.kerberos.service.name", false),
    // AWS connector guides.
    ("USER_MANAGED_CLIENT_APPLICATION_CLIENT_SECRET", true), // SAP OData, Salesforce… secrets
    ("basicAuthPassword", true),                             // SAP OData custom auth
    ("basicAuthUsername", false),
    ("API_KEY", true),         // Datadog
    ("APPLICATION_KEY", true), // Datadog: with the API key, full API access
    ("DEVELOPER_TOKEN", true), // Google Ads
    ("INSTANCE_URL", false),   // Salesforce, Datadog, ServiceNow: where, not who
    ("ACCESS_TOKEN", true),
    ("REFRESH_TOKEN", true),
    ("client_secret", true),
    ("client_id", false),
    ("api_key", true),
    ("apiKey", true),
    ("x-api-key", true),
    ("APIKEY", true),
    ("privateKey", true),
    ("pem_private_key", true),        // Snowflake key-pair authentication
    ("private_key_passphrase", true), // …and the passphrase of that key
    ("sfPassword", true),             // Snowflake's Spark connector
    ("sfUser", false),
    ("sfURL", false),
    ("access_token", true),
    ("refreshToken", true),
    ("credentials", true), // BigQuery: a base64 service-account key
    ("credentialsFile", false),
    ("parentProject", false),
    ("PWD", true), // ODBC's password keyword
    ("UID", false),
    ("AWS_SECRET_ACCESS_KEY", true),
    ("AWS_SESSION_TOKEN", true),
    ("AWS_ACCESS_KEY_ID", false), // an identifier; AWS does not treat it as secret
    ("Authorization", true),      // a REST connector's header value: "Bearer …"
    ("AUTHORIZATION_TYPE", false),
    // OAuth 2.0 token request parameters (RFC 6749, 7523, 7636).
    ("assertion", true),
    ("client_assertion", true),
    ("client_assertion_type", false), // a URN naming the assertion's kind
    ("code", true),                   // an authorization code
    ("code_verifier", true),          // PKCE
    ("code_challenge_method", false),
    ("redirect_uri", false),
    ("scope", false),
    ("grant_type", false),
    // References to a secret, or descriptions of one, are not the secret.
    ("SECRET_ID", false),
    ("secretId", false),
    ("secretName", false),
    ("SecretArn", false),
    ("KmsKeyArn", false),
    ("TokenUrl", false),
    ("tokenEndpoint", false),
    ("TOKEN_TYPE", false),
    ("passwordFile", false),
    ("aws.credentials.provider", false),
    ("USERNAME", false),
    ("HOST", false),
];

#[test]
fn the_secret_key_rule_agrees_with_the_sdk_key_list_and_with_names_decided_by_hand() {
    let sdk = connection_property_keys();
    let mut wrong = Vec::new();
    for expected in SDK_SECRET_KEYS {
        assert!(
            sdk.contains(&expected),
            "{expected} is no longer an SDK key: update SDK_SECRET_KEYS"
        );
    }
    for key in sdk {
        let expected = SDK_SECRET_KEYS.contains(key);
        if is_secret_key(key) != expected {
            wrong.push(format!("SDK key {key}: expected secret = {expected}"));
        }
    }
    for (key, expected) in NAMED_ELSEWHERE {
        if is_secret_key(key) != *expected {
            wrong.push(format!("{key}: expected secret = {expected}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "the rule decides wrongly:\n{}",
        wrong.join("\n")
    );
}

// ---- the browser ---------------------------------------------------------------------------------------------------

/// A connection with a secret in every place one can be: each property map by name, a property only the type's
/// description calls SECRET, and TokenUrlParametersMap values (a credential under a name no rule knows, and a
/// harmless-looking one).
fn leaky() -> Connection {
    serde_json::from_str(
        r#"{
            "Name": "leaky-crm",
            "ConnectionType": "SALESFORCE",
            "ConnectionProperties": {
                "INSTANCE_URL": "https://acme.my.salesforce.com",
                "USERNAME": "app-user",
                "PASSWORD": "S3CRET-pw",
                "TENANT_SIGNATURE": "S3CRET-described"
            },
            "SparkProperties": {"spark.ssl.keyStorePassword": "S3CRET-spark", "spark.executor.memory": "4g"},
            "AthenaProperties": {"api_key": "S3CRET-athena", "WORKGROUP": "primary"},
            "PythonProperties": {"refreshToken": "S3CRET-python"},
            "AuthenticationConfiguration": {
                "AuthenticationType": "OAUTH2",
                "SecretArn": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:crm",
                "OAuth2Properties": {
                    "OAuth2GrantType": "JWT_BEARER",
                    "TokenUrl": "https://login.salesforce.com/token",
                    "TokenUrlParametersMap": {"client_assertion": "S3CRET-param", "audience": "S3CRET-aud"}
                }
            },
            "Status": "READY"
        }"#,
    )
    .expect("the fixture")
}

/// DescribeConnectionType's answer for SALESFORCE as far as the test needs it: `TENANT_SIGNATURE` is SECRET.
fn salesforce_described() -> ConnectionTypeDescription {
    serde_json::from_str(
        r#"{"ConnectionType": "SALESFORCE", "ConnectionProperties": {
            "TENANT_SIGNATURE": {"Name": "TENANT_SIGNATURE", "Required": false, "PropertyTypes": ["SECRET"]},
            "INSTANCE_URL": {"Name": "INSTANCE_URL", "Required": true, "PropertyTypes": ["USER_INPUT"]}}}"#,
    )
    .expect("the description")
}

fn session() -> Session {
    Session {
        page_size: 100,
        ..Session::default()
    }
}

/// The browser showing `leaky`, SALESFORCE described earlier in the session (as the wizard asks for it).
fn browser() -> Model {
    let mut model = Model::new(session(), 160, 90);
    init(&mut model);
    loaded(&mut model, 1, vec![leaky()], None);
    update(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SALESFORCE".into(),
            result: Ok(salesforce_described()),
        }),
    );
    assert_eq!(
        model.selected_connection().map(|c| c.name.as_str()),
        Some("leaky-crm")
    );
    model
}

fn copies(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Copy { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn one_copy(effects: &[Effect]) -> String {
    let copies = copies(effects);
    assert_eq!(copies.len(), 1, "{effects:?}");
    copies[0].clone()
}

fn no_leak(what: &str, text: &str) {
    assert!(!text.contains(LEAK), "a secret in {what}:\n{text}");
}

/// A type the built-in table gives no fields (SALESFORCE's come from its description) is described the first time
/// one of its connections is selected, once a session; until then the name rule masks, after it the properties the
/// description calls SECRET too. A type the table knows field by field is not asked about.
#[test]
fn the_browser_asks_once_about_a_type_the_table_cannot_mask_and_then_masks_its_secrets() {
    let mut model = Model::new(session(), 160, 90);
    init(&mut model);
    let mut second = leaky();
    second.name = "leaky-crm-2".into();
    let jdbc = crate::support::model::conn("orders-jdbc", "JDBC");
    let effects = loaded(&mut model, 1, vec![leaky(), second, jdbc], None);
    assert_eq!(described_types(&effects), ["SALESFORCE"]);
    assert!(
        screen(&model).contains("S3CRET-described"),
        "the name rule alone cannot know it"
    );
    assert!(!screen(&model).contains("S3CRET-pw"));

    update(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SALESFORCE".into(),
            result: Ok(salesforce_described()),
        }),
    );
    no_leak("the detail pane once described", &screen(&model));
    let effects = press(&mut model, KeyCode::Char('j'));
    assert!(
        described_types(&effects).is_empty(),
        "asked once: {effects:?}"
    );
    assert_eq!(
        model.selected_connection().map(|c| c.name.as_str()),
        Some("leaky-crm-2")
    );
    no_leak("the next SALESFORCE row", &screen(&model));
    let effects = press(&mut model, KeyCode::Char('j'));
    assert_eq!(
        model.selected_connection().map(|c| c.name.as_str()),
        Some("orders-jdbc")
    );
    assert!(
        described_types(&effects).is_empty(),
        "the table knows JDBC's secrets: {effects:?}"
    );
}

#[test]
fn the_detail_pane_masks_every_secret_the_rule_finds() {
    let model = browser();
    let shown = screen(&model);
    no_leak("the detail pane", &shown);
    // It shows what it masks, and what is not secret.
    for seen in [
        "app-user",
        "4g",
        "primary",
        "TENANT_SIGNATURE",
        "client_assertion",
        "audience",
        SECRET_MASK,
    ] {
        assert!(shown.contains(seen), "{seen} missing:\n{shown}");
    }
}

#[test]
fn the_raw_json_view_masks_every_secret_the_rule_finds() {
    let mut model = browser();
    press(&mut model, ch('v'));
    assert!(model.detail.raw);
    let shown = screen(&model);
    no_leak("the raw JSON view", &shown);
    for seen in [
        "\"USERNAME\": \"app-user\"",
        "\"TokenUrlParametersMap\": {",
        "\"client_assertion\":",
        "\"PythonProperties\": {",
    ] {
        assert!(shown.contains(seen), "{seen} missing:\n{shown}");
    }
}

#[test]
fn y_copies_the_connection_without_any_secret_and_says_so() {
    let mut model = browser();
    let effects = press(&mut model, ch('y'));
    let [Effect::Copy { text, what }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    no_leak("the copy", text);
    let json: serde_json::Value = serde_json::from_str(text).expect("the copy is JSON");
    assert_eq!(json["ConnectionProperties"]["USERNAME"], "app-user");
    assert_eq!(json["SparkProperties"]["spark.executor.memory"], "4g");
    assert!(what.contains("7 secrets left out"), "{what}");
}

#[test]
fn c_clones_the_connection_without_any_secret() {
    let mut model = browser();
    press(&mut model, ch('C'));
    let request = wizard(&model).form.to_request();
    let json = serde_json::to_string(&request).unwrap();
    no_leak("the clone", &json);
    assert!(json.contains("app-user"), "{json}");
}

// ---- the wizard's review editor ---------------------------------------------------------------------------------

/// A request file with a secret in every place a request carries one.
const FILE: &str = r#"{
  "ConnectionInput": {
    "Name": "from-file",
    "ConnectionType": "JDBC",
    "ConnectionProperties": {
      "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/orders",
      "USERNAME": "app-user",
      "PASSWORD": "S3CRET-file-pw"
    },
    "SparkProperties": {"spark.ssl.keyPassword": "S3CRET-spark"},
    "AuthenticationConfiguration": {
      "AuthenticationType": "BASIC",
      "BasicAuthenticationCredentials": {"Username": "basic-user", "Password": "S3CRET-basic"}
    }
  }
}"#;

/// The wizard on its Review step, `text` loaded with Alt-O (answering yes if it asks to replace the form).
fn review_with_file(text: &str) -> Model {
    let mut model = Model::new(session(), 120, 60);
    init(&mut model);
    press(&mut model, ch('n'));
    typed(&mut model, "jdbc");
    press(&mut model, key(KeyCode::Enter));
    for _ in 0..8 {
        if wizard(&model).section() == Section::Review {
            break;
        }
        press(&mut model, key(KeyCode::PageDown));
    }
    assert_eq!(wizard(&model).section(), Section::Review);
    press(&mut model, alt('o'));
    typed(&mut model, "/tmp/request.json");
    let effects = press(&mut model, key(KeyCode::Enter));
    assert!(
        matches!(effects.as_slice(), [Effect::ReadFile { .. }]),
        "{effects:?}"
    );
    press(
        &mut model,
        Msg::FileRead {
            path: "/tmp/request.json".into(),
            result: Ok(text.to_string()),
        },
    );
    if wizard(&model).ask.is_some() {
        press(&mut model, ch('y'));
    }
    assert!(wizard(&model).ask.is_none());
    assert_eq!(wizard(&model).section(), Section::Review);
    model
}

fn review_text(model: &Model) -> String {
    wizard(model)
        .review
        .as_ref()
        .expect("the review editor")
        .text()
}

fn sent(model: &Model) -> serde_json::Value {
    serde_json::to_value(wizard(model).form.to_request()).unwrap()
}

#[test]
fn after_alt_o_the_review_masks_the_files_secrets_and_the_form_keeps_them() {
    let mut model = review_with_file(FILE);
    assert_eq!(wizard(&model).review_error, None);
    let text = review_text(&model);
    no_leak("the review text", &text);
    assert!(
        text.contains(&format!("\"PASSWORD\": \"{SECRET_MASK}\"")),
        "{text}"
    );
    assert!(
        text.contains("\"app-user\"") && text.contains("\"basic-user\""),
        "{text}"
    );
    let shown = screen(&model);
    assert!(shown.contains("secrets masked"), "{shown}");
    no_leak("the review on screen", &shown);

    // The form holds the real values: they are what a create sends.
    let request = sent(&model);
    let input = &request["ConnectionInput"];
    assert_eq!(input["ConnectionProperties"]["PASSWORD"], "S3CRET-file-pw");
    assert_eq!(
        input["SparkProperties"]["spark.ssl.keyPassword"],
        "S3CRET-spark"
    );
    assert_eq!(
        input["AuthenticationConfiguration"]["BasicAuthenticationCredentials"]["Password"],
        "S3CRET-basic"
    );

    // Copies from the review are masked too.
    no_leak("Alt-Y's copy", &one_copy(&press(&mut model, alt('y'))));
    no_leak("Alt-C's copy", &one_copy(&press(&mut model, alt('c'))));

    // Editing the text with the masks in place keeps the stored secrets, not the mask.
    press(&mut model, key(KeyCode::Down));
    press(&mut model, key(KeyCode::Down));
    press(&mut model, key(KeyCode::End));
    press(&mut model, key(KeyCode::Left));
    press(&mut model, key(KeyCode::Left));
    typed(&mut model, "-2");
    assert_eq!(wizard(&model).review_error, None, "{}", review_text(&model));
    let request = sent(&model);
    assert_eq!(request["ConnectionInput"]["Name"], "from-file-2");
    assert_eq!(
        request["ConnectionInput"]["ConnectionProperties"]["PASSWORD"],
        "S3CRET-file-pw"
    );
    no_leak("the edited review text", &review_text(&model));
}

#[test]
fn after_alt_o_token_url_parameters_and_credentials_are_masked_too() {
    let file = r#"{"ConnectionInput": {"Name": "oauth-file", "ConnectionType": "SALESFORCE",
        "ConnectionProperties": {"INSTANCE_URL": "https://acme.my.salesforce.com"},
        "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2", "OAuth2Properties": {
            "OAuth2GrantType": "JWT_BEARER", "TokenUrl": "https://login.salesforce.com/token",
            "TokenUrlParametersMap": {"client_assertion": "S3CRET-param", "audience": "S3CRET-aud"},
            "OAuth2Credentials": {"JwtToken": "S3CRET.jwt.token"}}}}}"#;
    let mut model = review_with_file(file);
    no_leak("the review text", &review_text(&model));
    no_leak("the review on screen", &screen(&model));
    no_leak("Alt-Y's copy", &one_copy(&press(&mut model, alt('y'))));
    no_leak("Alt-C's copy", &one_copy(&press(&mut model, alt('c'))));
    let oauth = &sent(&model)["ConnectionInput"]["AuthenticationConfiguration"]["OAuth2Properties"];
    assert_eq!(
        oauth["TokenUrlParametersMap"]["client_assertion"],
        "S3CRET-param"
    );
    assert_eq!(oauth["OAuth2Credentials"]["JwtToken"], "S3CRET.jwt.token");
}

#[test]
fn a_pasted_secret_is_masked_in_the_review_and_in_its_undo_and_still_sent() {
    let file = r#"{
  "ConnectionInput": {
    "Name": "pasted",
    "ConnectionType": "JDBC",
    "ConnectionProperties": {
      "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/orders",
      "USERNAME": "app-user"
    }
  }
}"#;
    let mut model = review_with_file(file);
    // The cursor is at the top: down to the `"ConnectionProperties": {` line, to its end, and paste an entry.
    for _ in 0..4 {
        press(&mut model, key(KeyCode::Down));
    }
    press(&mut model, key(KeyCode::End));
    press(
        &mut model,
        Msg::Paste("\r\n      \"PASSWORD\": \"S3CRET-pasted\",".into()),
    );
    assert_eq!(wizard(&model).review_error, None, "{}", review_text(&model));
    let text = review_text(&model);
    no_leak("the review text after a paste", &text);
    assert!(
        text.contains(&format!("\"PASSWORD\": \"{SECRET_MASK}\",")),
        "{text}"
    );
    no_leak("the review on screen after a paste", &screen(&model));
    assert_eq!(
        sent(&model)["ConnectionInput"]["ConnectionProperties"]["PASSWORD"],
        "S3CRET-pasted"
    );
    // The cursor stays after the pasted text: typing goes on from there.
    typed(&mut model, " ");
    assert!(
        review_text(&model).contains(&format!("\"{SECRET_MASK}\", \n")),
        "{}",
        review_text(&model)
    );

    // Undo walks back through texts that never held the plain secret.
    for _ in 0..4 {
        press(&mut model, ctrl('z'));
        no_leak("the review text after undo", &review_text(&model));
    }

    no_leak("Alt-Y's copy", &one_copy(&press(&mut model, alt('y'))));
}

#[test]
fn a_secret_the_description_names_is_masked_once_the_description_arrives() {
    let file = r#"{"ConnectionInput": {"Name": "described", "ConnectionType": "SALESFORCE",
        "ConnectionProperties": {"INSTANCE_URL": "https://acme.my.salesforce.com", "TENANT_SIGNATURE": "S3CRET-described"}}}"#;
    let mut model = review_with_file(file);
    press(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SALESFORCE".into(),
            result: Ok(salesforce_described()),
        }),
    );
    no_leak("the review text", &review_text(&model));
    no_leak("Alt-Y's copy", &one_copy(&press(&mut model, alt('y'))));
    assert_eq!(
        sent(&model)["ConnectionInput"]["ConnectionProperties"]["TENANT_SIGNATURE"],
        "S3CRET-described"
    );
}

#[test]
fn revealed_the_review_shows_a_loaded_secret_as_it_is() {
    let mut model = review_with_file(FILE);
    press(&mut model, alt('r'));
    assert!(
        review_text(&model).contains("S3CRET-file-pw"),
        "{}",
        review_text(&model)
    );
}
