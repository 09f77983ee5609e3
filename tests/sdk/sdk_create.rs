//! CreateConnection and GetConnection through the SDK adapter against aws-smithy-mocks: every field of the model
//! request reaches the SDK input, statuses come back as the CLI prints them, and each refusal reads as what to do.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_sdk_glue::Client;
use aws_sdk_glue::error::ErrorMetadata;
use aws_sdk_glue::operation::create_connection::{
    CreateConnectionError, CreateConnectionInput, CreateConnectionOutput,
};
use aws_sdk_glue::operation::get_connection::{
    GetConnectionError, GetConnectionInput, GetConnectionOutput,
};
use aws_sdk_glue::types as sdk;
use aws_sdk_glue::types::error::{
    AlreadyExistsException, EntityNotFoundException, GlueEncryptionException,
    InvalidInputException, OperationTimeoutException, ResourceNumberLimitExceededException,
};
use aws_smithy_mocks::mock;
use glue_tui::glue::{ErrorKind, GlueApi, GlueError};
use glue_tui::model::{
    AuthenticationConfigurationInput, AuthorizationCodeProperties, BasicAuthenticationCredentials,
    ConnectionInput, CreateConnectionRequest, OAuth2ClientApplication, OAuth2Credentials,
    OAuth2PropertiesInput, PhysicalConnectionRequirements,
};

use crate::support::mocks::{answering, glue, retrying};
use crate::support::model::map;

fn hash(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    map(pairs).into_iter().collect()
}

/// Every field of CreateConnection's input set, none to its default.
fn full_request() -> CreateConnectionRequest {
    CreateConnectionRequest {
        catalog_id: Some("123456789012".into()),
        connection_input: ConnectionInput {
            name: "orders-sf".into(),
            description: Some("Orders from Salesforce".into()),
            connection_type: "SALESFORCE".into(),
            match_criteria: Some(vec!["prod".into(), "crm".into()]),
            connection_properties: map(&[
                ("INSTANCE_URL", "https://example.my.salesforce.com"),
                ("ROLE_ARN", "arn:aws:iam::123456789012:role/glue"),
            ]),
            spark_properties: Some(map(&[("spark.a", "1")])),
            athena_properties: Some(map(&[("athena.b", "2")])),
            python_properties: Some(map(&[("python.c", "3")])),
            physical_connection_requirements: Some(PhysicalConnectionRequirements {
                subnet_id: Some("subnet-1".into()),
                security_group_id_list: Some(vec!["sg-1".into(), "sg-2".into()]),
                availability_zone: Some("eu-west-1a".into()),
            }),
            authentication_configuration: Some(AuthenticationConfigurationInput {
                authentication_type: Some("OAUTH2".into()),
                oauth2_properties: Some(OAuth2PropertiesInput {
                    grant_type: Some("AUTHORIZATION_CODE".into()),
                    client_application: Some(OAuth2ClientApplication {
                        user_managed_client_id: Some("client-1".into()),
                        aws_managed_reference: Some("ref-1".into()),
                    }),
                    token_url: Some("https://login.example.com/token".into()),
                    token_url_parameters_map: Some(map(&[("scope", "api")])),
                    authorization_code_properties: Some(AuthorizationCodeProperties {
                        authorization_code: Some("code-1".into()),
                        redirect_uri: Some("https://example.com/cb".into()),
                    }),
                    credentials: Some(OAuth2Credentials {
                        user_managed_client_application_client_secret: Some("client-secret".into()),
                        access_token: Some("access".into()),
                        refresh_token: Some("refresh".into()),
                        jwt_token: Some("jwt".into()),
                    }),
                }),
                secret_arn: Some("arn:aws:secretsmanager:eu-west-1:1:secret:s".into()),
                kms_key_arn: Some("arn:aws:kms:eu-west-1:1:key/k".into()),
                basic_authentication_credentials: Some(BasicAuthenticationCredentials {
                    username: Some("admin".into()),
                    password: Some("hunter2".into()),
                }),
                custom_authentication_credentials: Some(map(&[("apiKey", "k-1")])),
            }),
            validate_credentials: Some(true),
            validate_for_compute_environments: Some(vec!["SPARK".into(), "ATHENA".into()]),
        },
        tags: Some(map(&[("team", "data"), ("env", "prod")])),
    }
}

fn bare_request(name: &str) -> CreateConnectionRequest {
    CreateConnectionRequest {
        catalog_id: None,
        connection_input: ConnectionInput {
            name: name.into(),
            connection_type: "JDBC".into(),
            ..ConnectionInput::default()
        },
        tags: None,
    }
}

#[tokio::test]
async fn every_field_of_a_full_request_reaches_the_sdk_input() {
    let seen: Arc<Mutex<Vec<CreateConnectionInput>>> = Arc::default();
    let log = seen.clone();
    let rule = mock!(Client::create_connection)
        .match_requests(move |input| {
            log.lock().expect("log").push(input.clone());
            true
        })
        .then_output(|| {
            CreateConnectionOutput::builder()
                .create_connection_status(sdk::ConnectionStatus::Ready)
                .build()
        });

    let response = answering([&rule])
        .create_connection(full_request())
        .await
        .expect("created");
    assert_eq!(response.create_connection_status.as_deref(), Some("READY"));

    let seen = seen.lock().expect("log");
    assert_eq!(seen.len(), 1);
    let input = &seen[0];
    assert_eq!(input.catalog_id(), Some("123456789012"));
    assert_eq!(input.tags, Some(hash(&[("team", "data"), ("env", "prod")])));
    let c = input.connection_input.as_ref().expect("ConnectionInput");
    assert_eq!(c.name, "orders-sf");
    assert_eq!(c.description.as_deref(), Some("Orders from Salesforce"));
    assert_eq!(c.connection_type, sdk::ConnectionType::Salesforce);
    assert_eq!(
        c.match_criteria,
        Some(vec!["prod".to_owned(), "crm".to_owned()])
    );
    let props: HashMap<sdk::ConnectionPropertyKey, String> = [
        (
            sdk::ConnectionPropertyKey::from("INSTANCE_URL"),
            "https://example.my.salesforce.com".to_owned(),
        ),
        (
            sdk::ConnectionPropertyKey::RoleArn,
            "arn:aws:iam::123456789012:role/glue".to_owned(),
        ),
    ]
    .into_iter()
    .collect();
    assert_eq!(c.connection_properties, props);
    assert_eq!(c.spark_properties, Some(hash(&[("spark.a", "1")])));
    assert_eq!(c.athena_properties, Some(hash(&[("athena.b", "2")])));
    assert_eq!(c.python_properties, Some(hash(&[("python.c", "3")])));
    assert_eq!(
        c.physical_connection_requirements,
        Some(
            sdk::PhysicalConnectionRequirements::builder()
                .subnet_id("subnet-1")
                .security_group_id_list("sg-1")
                .security_group_id_list("sg-2")
                .availability_zone("eu-west-1a")
                .build()
        )
    );
    assert!(c.validate_credentials);
    assert_eq!(
        c.validate_for_compute_environments,
        Some(vec![
            sdk::ComputeEnvironment::Spark,
            sdk::ComputeEnvironment::Athena
        ])
    );
    let expected_auth = sdk::AuthenticationConfigurationInput::builder()
        .authentication_type(sdk::AuthenticationType::Oauth2)
        .o_auth2_properties(
            sdk::OAuth2PropertiesInput::builder()
                .o_auth2_grant_type(sdk::OAuth2GrantType::AuthorizationCode)
                .o_auth2_client_application(
                    sdk::OAuth2ClientApplication::builder()
                        .user_managed_client_application_client_id("client-1")
                        .aws_managed_client_application_reference("ref-1")
                        .build(),
                )
                .token_url("https://login.example.com/token")
                .token_url_parameters_map("scope", "api")
                .authorization_code_properties(
                    sdk::AuthorizationCodeProperties::builder()
                        .authorization_code("code-1")
                        .redirect_uri("https://example.com/cb")
                        .build(),
                )
                .o_auth2_credentials(
                    sdk::OAuth2Credentials::builder()
                        .user_managed_client_application_client_secret("client-secret")
                        .access_token("access")
                        .refresh_token("refresh")
                        .jwt_token("jwt")
                        .build(),
                )
                .build(),
        )
        .secret_arn("arn:aws:secretsmanager:eu-west-1:1:secret:s")
        .kms_key_arn("arn:aws:kms:eu-west-1:1:key/k")
        .basic_authentication_credentials(
            sdk::BasicAuthenticationCredentials::builder()
                .username("admin")
                .password("hunter2")
                .build(),
        )
        .custom_authentication_credentials("apiKey", "k-1")
        .build();
    assert_eq!(c.authentication_configuration, Some(expected_auth));
}

#[tokio::test]
async fn a_bare_request_sends_only_what_was_given_and_unknown_strings_pass_through() {
    let rule = mock!(Client::create_connection)
        .match_requests(|input| {
            let c = input.connection_input.as_ref().expect("ConnectionInput");
            input.catalog_id.is_none()
                && input.tags.is_none()
                && c.connection_type == sdk::ConnectionType::from("QUANTUM")
                && c.connection_properties
                    .get(&sdk::ConnectionPropertyKey::from("NEW_KEY"))
                    == Some(&"v".to_owned())
                && c.description.is_none()
                && c.authentication_configuration.is_none()
                && c.validate_for_compute_environments.is_none()
        })
        .then_output(|| CreateConnectionOutput::builder().build());
    let mut request = bare_request("future");
    request.connection_input.connection_type = "QUANTUM".into();
    request
        .connection_input
        .connection_properties
        .insert("NEW_KEY".into(), "v".into());
    let response = answering([&rule])
        .create_connection(request)
        .await
        .expect("the rule matched the request");
    assert_eq!(response.create_connection_status, None);
}

#[tokio::test]
async fn ready_and_in_progress_statuses_come_back_as_strings() {
    let ready = mock!(Client::create_connection).then_output(|| {
        CreateConnectionOutput::builder()
            .create_connection_status(sdk::ConnectionStatus::Ready)
            .build()
    });
    let in_progress = mock!(Client::create_connection).then_output(|| {
        CreateConnectionOutput::builder()
            .create_connection_status(sdk::ConnectionStatus::InProgress)
            .build()
    });
    let glue = answering([&ready, &in_progress]);
    let first = glue.create_connection(bare_request("a")).await.unwrap();
    assert_eq!(first.create_connection_status.as_deref(), Some("READY"));
    let second = glue.create_connection(bare_request("b")).await.unwrap();
    assert_eq!(
        second.create_connection_status.as_deref(),
        Some("IN_PROGRESS")
    );
}

async fn create_fails_with(
    error: impl Fn() -> CreateConnectionError + Send + Sync + 'static,
    request: CreateConnectionRequest,
) -> GlueError {
    let rule = mock!(Client::create_connection).then_error(error);
    retrying([&rule])
        .create_connection(request)
        .await
        .expect_err("the mock answers with an error")
}

#[tokio::test]
async fn already_exists_names_the_connection_and_the_catalog() {
    let exists = || {
        CreateConnectionError::AlreadyExistsException(
            AlreadyExistsException::builder()
                .message("Connection already exists.")
                .build(),
        )
    };
    let err = create_fails_with(exists, bare_request("orders-db")).await;
    assert_eq!(err.kind, ErrorKind::AlreadyExists);
    assert_eq!(err.subject.as_deref(), Some("orders-db"));
    assert_eq!(
        err.to_string(),
        "A connection named orders-db already exists in the account's default catalog — pick another name"
    );

    let mut in_catalog = bare_request("orders-db");
    in_catalog.catalog_id = Some("123456789012".into());
    let err = create_fails_with(exists, in_catalog).await;
    assert_eq!(
        err.to_string(),
        "A connection named orders-db already exists in catalog 123456789012 — pick another name"
    );
}

#[tokio::test]
async fn invalid_input_shows_the_servers_message() {
    let invalid = || {
        CreateConnectionError::InvalidInputException(
            InvalidInputException::builder()
                .message("Connection properties missing required key JDBC_CONNECTION_URL")
                .build(),
        )
    };
    let err = create_fails_with(invalid, bare_request("db")).await;
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(
        err.detail,
        "Connection properties missing required key JDBC_CONNECTION_URL"
    );
    assert_eq!(
        err.to_string(),
        "Glue rejected the CreateConnection request: Connection properties missing required key \
         JDBC_CONNECTION_URL — fix that and try again"
    );
}

#[tokio::test]
async fn operation_timeout_says_try_again() {
    let timeout = || {
        CreateConnectionError::OperationTimeoutException(
            OperationTimeoutException::builder().message("slow").build(),
        )
    };
    let err = create_fails_with(timeout, bare_request("db")).await;
    assert_eq!(err.kind, ErrorKind::OperationTimeout);
    assert_eq!(
        err.to_string(),
        "CreateConnection timed out on the server — try again (slow)"
    );
}

#[tokio::test]
async fn the_connections_quota_points_to_service_quotas() {
    let full = || {
        CreateConnectionError::ResourceNumberLimitExceededException(
            ResourceNumberLimitExceededException::builder()
                .message("Number of connections exceeds the limit")
                .build(),
        )
    };
    let err = create_fails_with(full, bare_request("db")).await;
    assert_eq!(err.kind, ErrorKind::ResourceNumberLimitExceeded);
    let line = err.to_string();
    assert!(line.contains("connections quota is used up"), "{line}");
    assert!(line.contains("Service Quotas"), "{line}");
    assert!(line.contains("the account's default catalog"), "{line}");
    assert!(
        line.ends_with("(Number of connections exceeds the limit)"),
        "{line}"
    );
}

#[tokio::test]
async fn an_encryption_failure_names_the_kms_permissions() {
    let kms = || {
        CreateConnectionError::GlueEncryptionException(
            GlueEncryptionException::builder()
                .message("KMS access denied")
                .build(),
        )
    };
    let err = create_fails_with(kms, bare_request("db")).await;
    assert_eq!(err.kind, ErrorKind::GlueEncryption);
    let line = err.to_string();
    assert!(line.contains("kms:GenerateDataKey"), "{line}");
    assert!(line.contains("kms:Decrypt"), "{line}");
    assert!(line.contains("profile dev"), "{line}");
    assert!(!line.contains("--show-passwords"), "{line}");
}

#[tokio::test]
async fn access_denied_on_create_names_create_and_pass_connection() {
    let denied = || {
        CreateConnectionError::generic(
            ErrorMetadata::builder()
                .code("AccessDeniedException")
                .message("User: arn:aws:iam::1:user/dev is not authorized to perform: glue:CreateConnection")
                .build(),
        )
    };
    let err = create_fails_with(denied, bare_request("db")).await;
    assert_eq!(err.kind, ErrorKind::AccessDenied);
    assert_eq!(err.operation, "CreateConnection");
    let line = err.to_string();
    assert!(
        line.starts_with("AccessDenied on glue:CreateConnection for profile dev — check the role's policy allows glue:CreateConnection"),
        "{line}"
    );
    assert!(line.contains("glue:PassConnection"), "{line}");
    assert!(line.contains("is not authorized"), "{line}");
}

#[tokio::test]
async fn get_connection_converts_the_connection_and_passes_the_arguments() {
    let seen: Arc<Mutex<Vec<GetConnectionInput>>> = Arc::default();
    let log = seen.clone();
    let rule = mock!(Client::get_connection).then_compute_output(move |input| {
        log.lock().expect("log").push(input.clone());
        GetConnectionOutput::builder()
            .connection(
                sdk::Connection::builder()
                    .name("orders-db")
                    .connection_type(sdk::ConnectionType::Jdbc)
                    .connection_properties(sdk::ConnectionPropertyKey::Password, "hunter2")
                    .status(sdk::ConnectionStatus::Ready)
                    .connection_schema_version(1)
                    .build(),
            )
            .build()
    });
    let c = answering([&rule])
        .get_connection("orders-db".into(), Some("123456789012".into()), false)
        .await
        .expect("found");
    assert_eq!(c.name, "orders-db");
    assert_eq!(c.connection_type.as_deref(), Some("JDBC"));
    assert_eq!(c.status.as_deref(), Some("READY"));
    assert_eq!(c.connection_schema_version, Some(1));
    assert_eq!(
        c.connection_properties,
        Some(map(&[("PASSWORD", "hunter2")]))
    );
    let seen = seen.lock().expect("log");
    assert_eq!(seen[0].name(), Some("orders-db"));
    assert_eq!(seen[0].catalog_id(), Some("123456789012"));
    assert_eq!(seen[0].hide_password(), Some(false));
}

#[tokio::test]
async fn get_connection_maps_entity_not_found_to_the_connections_name() {
    let missing = || {
        GetConnectionError::EntityNotFoundException(
            EntityNotFoundException::builder()
                .message("Connection not found.")
                .build(),
        )
    };
    let rule = mock!(Client::get_connection).then_error(missing);
    let err = retrying([&rule])
        .get_connection("ghost".into(), None, true)
        .await
        .expect_err("not found");
    assert_eq!(err.kind, ErrorKind::EntityNotFound);
    assert_eq!(err.operation, "GetConnection");
    let line = err.to_string();
    assert!(
        line.starts_with("Connection ghost not found in the account's default catalog"),
        "{line}"
    );
}

/// Serves one HTTP request on 127.0.0.1 with `{}` and hands back the request body as sent on the wire.
pub(crate) fn one_shot_server() -> (String, std::sync::mpsc::Receiver<String>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            let lower = line.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = v.trim().parse().expect("length");
            }
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).expect("body");
        let mut stream = stream;
        stream
            .write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\n\r\n{}",
            )
            .expect("answer");
        tx.send(String::from_utf8(body).expect("utf-8"))
            .expect("send");
    });
    (url, rx)
}

/// The adapter over a real HTTP client, sending to `url` with dummy credentials.
pub(crate) fn wire_glue(url: String) -> glue_tui::glue::sdk::SdkGlue {
    let config = aws_sdk_glue::Config::builder()
        .behavior_version(aws_sdk_glue::config::BehaviorVersion::latest())
        .region(aws_sdk_glue::config::Region::new("eu-west-1"))
        .credentials_provider(aws_sdk_glue::config::Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .endpoint_url(url)
        .build();
    glue(Client::from_conf(config))
}

async fn wire_body(validate: Option<bool>) -> serde_json::Value {
    let (url, body) = one_shot_server();
    let mut request = bare_request("db");
    request.connection_input.validate_credentials = validate;
    wire_glue(url)
        .create_connection(request)
        .await
        .expect("the local server answers {}");
    let body = body
        .recv_timeout(Duration::from_secs(10))
        .expect("a request");
    serde_json::from_str(&body).expect("a JSON body")
}

/// The SDK drops `ValidateCredentials: false` (it only writes true) while the service defaults to true; the adapter
/// puts it back on the wire so "don't validate" is honoured.
#[tokio::test]
async fn validate_credentials_false_reaches_the_wire() {
    let off = wire_body(Some(false)).await;
    assert_eq!(off["ConnectionInput"]["ValidateCredentials"], false);
    assert_eq!(off["ConnectionInput"]["Name"], "db");
    let on = wire_body(Some(true)).await;
    assert_eq!(on["ConnectionInput"]["ValidateCredentials"], true);
    let unset = wire_body(None).await;
    assert!(
        unset["ConnectionInput"]
            .get("ValidateCredentials")
            .is_none(),
        "{unset}"
    );
}
