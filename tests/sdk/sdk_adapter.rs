//! The SDK adapter against aws-smithy-mocks: what reaches GetConnections, how pages thread, and what the user reads
//! when Glue says no. No network: the mock interceptor answers every attempt.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_sdk_glue::Client;
use aws_sdk_glue::config::retry::RetryConfig;
use aws_sdk_glue::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_glue::error::ErrorMetadata;
use aws_sdk_glue::operation::get_connections::{
    GetConnectionsError, GetConnectionsInput, GetConnectionsOutput,
};
use aws_sdk_glue::types::error::{
    EntityNotFoundException, GlueEncryptionException, InvalidInputException,
    OperationTimeoutException,
};
use aws_sdk_glue::types::{Connection, ConnectionType, GetConnectionsFilter};
use aws_smithy_mocks::{Rule, mock};
use glue_tui::glue::sdk::{AttemptEvent, RetryNotice, SdkGlue};
use glue_tui::glue::{ConnectionFilter, ErrorKind, GlueApi, GlueError, Page, PageRequest};

use crate::support::endpoint::SilentEndpoint;
use crate::support::mocks::{answering, glue, retrying};

type Seen = Arc<Mutex<Vec<GetConnectionsInput>>>;

fn request() -> PageRequest {
    PageRequest {
        catalog_id: None,
        filter: ConnectionFilter::default(),
        hide_password: true,
        next_token: None,
        max_results: 50,
    }
}

fn output(names: &[&str], next_token: Option<&str>) -> GetConnectionsOutput {
    let list = names
        .iter()
        .map(|n| {
            Connection::builder()
                .name(*n)
                .connection_type(ConnectionType::Jdbc)
                .build()
        })
        .collect();
    GetConnectionsOutput::builder()
        .set_connection_list(Some(list))
        .set_next_token(next_token.map(str::to_owned))
        .build()
}

/// A rule that answers once with `out` and keeps the request it answered.
fn recording(seen: &Seen, out: impl Fn() -> GetConnectionsOutput + Send + Sync + 'static) -> Rule {
    let seen = seen.clone();
    mock!(Client::get_connections).then_compute_output(move |input| {
        seen.lock().expect("request log").push(input.clone());
        out()
    })
}

fn names(page: &Page) -> Vec<&str> {
    page.connections.iter().map(|c| c.name.as_str()).collect()
}

fn service_error(code: &str, message: &str) -> GetConnectionsError {
    GetConnectionsError::generic(ErrorMetadata::builder().code(code).message(message).build())
}

async fn fail_with(
    error: impl Fn() -> GetConnectionsError + Send + Sync + 'static,
    req: PageRequest,
) -> GlueError {
    let rule = mock!(Client::get_connections).then_error(error);
    retrying([&rule])
        .get_connections_page(req)
        .await
        .expect_err("the mock answers with an error")
}

#[tokio::test]
async fn next_token_threads_from_the_first_page_into_the_second_request() {
    let seen = Seen::default();
    let first = recording(&seen, || output(&["a", "b"], Some("token-1")));
    let second = recording(&seen, || output(&["c"], None));
    let glue = answering([&first, &second]);

    let page1 = glue
        .get_connections_page(request())
        .await
        .expect("first page");
    assert_eq!(names(&page1), ["a", "b"]);
    assert_eq!(
        page1.connections[0].connection_type.as_deref(),
        Some("JDBC")
    );
    assert_eq!(page1.next_token.as_deref(), Some("token-1"));

    let next = PageRequest {
        next_token: page1.next_token.clone(),
        ..request()
    };
    let page2 = glue.get_connections_page(next).await.expect("second page");
    assert_eq!(names(&page2), ["c"]);
    assert_eq!(page2.next_token, None);

    let seen = seen.lock().expect("request log");
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].next_token(), None);
    assert_eq!(seen[1].next_token(), Some("token-1"));
}

#[tokio::test]
async fn every_request_parameter_reaches_get_connections() {
    let seen = Seen::default();
    let filtered = recording(&seen, || output(&[], None));
    let unfiltered = recording(&seen, || output(&[], None));
    let glue = answering([&filtered, &unfiltered]);

    let req = PageRequest {
        catalog_id: Some("123456789012".into()),
        filter: ConnectionFilter {
            connection_type: Some("JDBC".into()),
            match_criteria: vec!["prod".into(), "eu".into()],
            schema_version: Some(2),
        },
        hide_password: false,
        next_token: None,
        max_results: 25,
    };
    glue.get_connections_page(req).await.expect("filtered page");
    glue.get_connections_page(request())
        .await
        .expect("unfiltered page");

    let seen = seen.lock().expect("request log");
    let expected_filter = GetConnectionsFilter::builder()
        .connection_type(ConnectionType::Jdbc)
        .match_criteria("prod")
        .match_criteria("eu")
        .connection_schema_version(2)
        .build();
    assert_eq!(seen[0].catalog_id(), Some("123456789012"));
    assert_eq!(seen[0].filter(), Some(&expected_filter));
    assert_eq!(seen[0].hide_password(), Some(false));
    assert_eq!(seen[0].max_results(), Some(25));

    // An empty filter is left out rather than sent as `{}`; HidePassword is always explicit.
    assert_eq!(seen[1].catalog_id(), None);
    assert_eq!(seen[1].filter(), None);
    assert_eq!(seen[1].hide_password(), Some(true));
    assert_eq!(seen[1].max_results(), Some(50));
}

#[tokio::test]
async fn a_throttled_call_is_retried_and_the_ui_is_told() {
    let rule = mock!(Client::get_connections)
        .sequence()
        .error(|| service_error("ThrottlingException", "Rate exceeded"))
        .output(|| output(&["a"], None))
        .build();
    let notices = Arc::new(Mutex::new(Vec::<RetryNotice>::new()));
    let log = notices.clone();
    let glue = retrying([&rule])
        .with_retry_notifier(Arc::new(move |n| log.lock().expect("notices").push(n)));

    let page = glue
        .get_connections_page(request())
        .await
        .expect("the retry succeeds");
    assert_eq!(names(&page), ["a"]);
    assert_eq!(rule.num_calls(), 2);
    let notices = notices.lock().expect("notices");
    let notice = |attempt, event| RetryNotice {
        operation: "GetConnections".into(),
        attempt,
        max_attempts: 3,
        event,
    };
    // Each attempt announces its start too, so the status bar can time an attempt that goes unanswered.
    assert_eq!(
        *notices,
        [
            notice(1, AttemptEvent::Started),
            notice(
                2,
                AttemptEvent::Retrying {
                    reason: "Glue is throttling (ThrottlingException)".into()
                }
            ),
            notice(2, AttemptEvent::Started),
        ]
    );
}

#[tokio::test]
async fn throttling_that_outlasts_the_retries_says_so() {
    let rule = mock!(Client::get_connections)
        .sequence()
        .error(|| service_error("ThrottlingException", "Rate exceeded"))
        .times(3)
        .build();
    let count = Arc::new(Mutex::new(Vec::new()));
    let log = count.clone();
    let glue = retrying([&rule]).with_retry_notifier(Arc::new(move |n: RetryNotice| {
        if matches!(n.event, AttemptEvent::Retrying { .. }) {
            log.lock().expect("n").push(n.attempt)
        }
    }));

    let err = glue
        .get_connections_page(request())
        .await
        .expect_err("every attempt is throttled");
    assert_eq!(err.kind, ErrorKind::Throttled);
    assert_eq!(
        *count.lock().expect("n"),
        [2, 3],
        "no notice after the last attempt"
    );
}

#[tokio::test]
async fn access_denied_names_the_permission_and_the_profile() {
    let denied = || {
        service_error(
            "AccessDeniedException",
            "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: glue:GetConnections",
        )
    };
    let err = fail_with(denied, request()).await;
    assert_eq!(err.kind, ErrorKind::AccessDenied);
    let line = err.to_string();
    assert!(
        line.contains("AccessDenied on glue:GetConnections"),
        "{line}"
    );
    assert!(line.contains("profile dev"), "{line}");
    assert!(line.contains("is not authorized"), "{line}");
}

#[tokio::test]
async fn a_missing_catalog_names_the_catalog_id() {
    let missing = || {
        GetConnectionsError::EntityNotFoundException(
            EntityNotFoundException::builder()
                .message("Catalog not found")
                .build(),
        )
    };
    let req = PageRequest {
        catalog_id: Some("999988887777".into()),
        ..request()
    };
    let err = fail_with(missing, req).await;
    assert_eq!(err.kind, ErrorKind::EntityNotFound);
    assert_eq!(err.catalog_id.as_deref(), Some("999988887777"));
    let line = err.to_string();
    assert!(
        line.contains("Catalog 999988887777 not found in eu-west-1"),
        "{line}"
    );
}

#[tokio::test]
async fn modeled_exceptions_map_to_their_kinds_with_the_servers_message() {
    let invalid = || {
        GetConnectionsError::InvalidInputException(
            InvalidInputException::builder()
                .message("bad filter")
                .build(),
        )
    };
    let timeout = || {
        GetConnectionsError::OperationTimeoutException(
            OperationTimeoutException::builder().message("slow").build(),
        )
    };
    let kms = || {
        GetConnectionsError::GlueEncryptionException(
            GlueEncryptionException::builder().message("kms").build(),
        )
    };
    let err = fail_with(invalid, request()).await;
    assert_eq!(
        (err.kind, err.detail.as_str()),
        (ErrorKind::InvalidInput, "bad filter")
    );
    let err = fail_with(timeout, request()).await;
    assert_eq!(
        (err.kind, err.detail.as_str()),
        (ErrorKind::OperationTimeout, "slow")
    );
    let err = fail_with(kms, request()).await;
    assert_eq!(
        (err.kind, err.detail.as_str()),
        (ErrorKind::GlueEncryption, "kms")
    );
    assert_eq!(err.operation, "GetConnections");
    assert_eq!(err.region.as_deref(), Some("eu-west-1"));
}

#[tokio::test]
async fn unmodeled_error_codes_map_to_what_the_user_can_fix() {
    let cases = [
        ("AccessDenied", ErrorKind::AccessDenied),
        ("UnauthorizedOperation", ErrorKind::AccessDenied),
        ("ExpiredTokenException", ErrorKind::ExpiredToken),
        ("UnrecognizedClientException", ErrorKind::NoCredentials),
        ("InvalidSignatureException", ErrorKind::NoCredentials),
        ("InternalServiceException", ErrorKind::Other),
    ];
    for (code, kind) in cases {
        let err = fail_with(move || service_error(code, "boom"), request()).await;
        assert_eq!(err.kind, kind, "{code}");
        assert!(err.detail.ends_with("boom"), "{code}: {}", err.detail);
    }
}

/// A real client with nothing to call: these fail before any connection is attempted.
async fn unconfigured(config: aws_sdk_glue::config::Builder) -> GlueError {
    let config = config.behavior_version(BehaviorVersion::latest()).build();
    let glue = SdkGlue::new(Client::from_conf(config), "profile dev".into(), None);
    glue.get_connections_page(request())
        .await
        .expect_err("the client cannot sign or route the request")
}

#[tokio::test]
async fn a_client_without_credentials_says_so_and_names_the_profile() {
    let err = unconfigured(aws_sdk_glue::Config::builder().region(Region::new("eu-west-1"))).await;
    assert_eq!(err.kind, ErrorKind::NoCredentials, "{err}");
    assert!(
        err.to_string().contains("credentials for profile dev"),
        "{err}"
    );
}

#[tokio::test]
async fn a_client_without_a_region_says_so() {
    let creds = Credentials::new("AKIDEXAMPLE", "secret", None, None, "test");
    let err = unconfigured(aws_sdk_glue::Config::builder().credentials_provider(creds)).await;
    assert_eq!(err.kind, ErrorKind::UnknownRegion, "{err}");
    assert!(
        err.to_string().starts_with("No AWS region configured"),
        "{err}"
    );
}

/// A 200 whose body is cut short or is not JSON is retried like a dropped connection, and if it persists the user
/// reads that Glue's answer could not be read — not a credentials problem.
#[tokio::test]
async fn an_unreadable_answer_is_retried_and_then_named() {
    let garbage = || {
        aws_smithy_runtime_api::http::Response::new(
            aws_smithy_runtime_api::http::StatusCode::try_from(200).expect("status"),
            aws_smithy_types::body::SdkBody::from(r#"{"ConnectionList": [{"Name": "a""#),
        )
    };
    let rule = mock!(Client::get_connections)
        .sequence()
        .http_response(garbage)
        .times(3)
        .build();
    let retries = Arc::new(Mutex::new(Vec::new()));
    let log = retries.clone();
    let glue = retrying([&rule]).with_retry_notifier(Arc::new(move |n: RetryNotice| {
        if let AttemptEvent::Retrying { reason } = n.event {
            log.lock().expect("n").push(reason)
        }
    }));

    let err = glue
        .get_connections_page(request())
        .await
        .expect_err("every answer is unreadable");
    assert_eq!(rule.num_calls(), 3, "retried like a transient fault");
    assert_eq!(err.kind, ErrorKind::Unreadable);
    let line = err.to_string();
    assert!(
        line.starts_with(
            "GetConnections: Glue's answer could not be read (cut short or not valid JSON)"
        ),
        "{line}"
    );
    assert!(
        line.contains("proxy") && !line.contains("credentials"),
        "{line}"
    );
    assert_eq!(
        *retries.lock().expect("n"),
        [
            "Glue's answer could not be read",
            "Glue's answer could not be read"
        ]
    );
}

/// An endpoint that accepts the connection and never answers: each attempt is abandoned after the attempt timeout
/// and announced as a retry (the SDK skips read_after_attempt for it), and the error names the timeout.
#[tokio::test]
async fn a_stalled_endpoint_costs_one_timeout_per_attempt_and_names_it() {
    // Accepts and holds every connection, answering nothing, until the test ends.
    let silent = SilentEndpoint::start();
    let url = silent.url();
    let config = aws_sdk_glue::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("eu-west-1"))
        .credentials_provider(Credentials::for_tests())
        .endpoint_url(url)
        .timeout_config(
            aws_sdk_glue::config::timeout::TimeoutConfig::builder()
                .operation_attempt_timeout(Duration::from_secs(1))
                .build(),
        )
        .retry_config(
            RetryConfig::standard()
                .with_max_attempts(2)
                .with_initial_backoff(Duration::from_millis(1)),
        )
        .build();
    let notices = Arc::new(Mutex::new(Vec::new()));
    let log = notices.clone();
    let glue =
        glue(Client::from_conf(config)).with_retry_notifier(Arc::new(move |n: RetryNotice| {
            log.lock().expect("n").push(n)
        }));

    let err = tokio::time::timeout(
        Duration::from_secs(60),
        glue.get_connections_page(request()),
    )
    .await
    .expect("the attempt timeout ends the call")
    .expect_err("nothing ever answers");
    assert_eq!(
        err.kind,
        ErrorKind::NoAnswer {
            seconds: 1,
            attempts: 2
        }
    );
    assert_eq!(
        err.to_string(),
        "GetConnections got no answer from Glue within 1 s, 2 attempts — check the endpoint URL, a proxy or VPN, \
         or raise --timeout"
    );
    let events: Vec<_> = notices
        .lock()
        .expect("n")
        .iter()
        .map(|n| (n.attempt, n.max_attempts, n.event.clone()))
        .collect();
    assert_eq!(
        events,
        [
            (1, 2, AttemptEvent::Started),
            (
                2,
                2,
                AttemptEvent::Retrying {
                    reason: "no answer within 1 s".into()
                }
            ),
            (2, 2, AttemptEvent::Started),
        ]
    );
}
