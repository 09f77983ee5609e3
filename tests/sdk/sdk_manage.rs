//! DeleteConnection, BatchDeleteConnection and TestConnection through the SDK: what goes out (the name, the catalog,
//! chunks of at most 25 names), what each outcome comes back as, and what the user reads when Glue says no.

use aws_sdk_glue::Client;
use aws_sdk_glue::error::ErrorMetadata;
use aws_sdk_glue::operation::batch_delete_connection::BatchDeleteConnectionOutput;
use aws_sdk_glue::operation::delete_connection::{DeleteConnectionError, DeleteConnectionOutput};
use aws_sdk_glue::types::ErrorDetail;
use aws_sdk_glue::types::error::EntityNotFoundException;
use aws_smithy_mocks::mock;
use glue_tui::glue::{GlueCall, GlueReply};

use crate::support::mocks::answering;

async fn delete(
    glue: &dyn glue_tui::glue::GlueApi,
    names: Vec<String>,
) -> Vec<glue_tui::glue::Deleted> {
    let call = GlueCall::DeleteConnections {
        names,
        catalog_id: Some("123456789012".into()),
    };
    let GlueReply::DeleteConnections { outcomes } = call.run(glue).await else {
        panic!("a delete's reply");
    };
    outcomes
}

#[tokio::test]
async fn one_name_is_a_delete_connection_with_its_catalog() {
    let rule = mock!(Client::delete_connection)
        .match_requests(|r| {
            r.connection_name() == Some("orders-db") && r.catalog_id() == Some("123456789012")
        })
        .then_output(|| DeleteConnectionOutput::builder().build());
    let glue = answering([&rule]);
    let outcomes = delete(&glue, vec!["orders-db".into()]).await;
    assert_eq!(outcomes.len(), 1);
    assert_eq!(outcomes[0].outcome, Ok(()));
    assert_eq!(rule.num_calls(), 1);
}

#[tokio::test]
async fn access_denied_and_not_found_say_what_happened() {
    let denied = mock!(Client::delete_connection).then_error(|| {
        DeleteConnectionError::generic(
            ErrorMetadata::builder()
                .code("AccessDeniedException")
                .message("User: arn:aws:iam::123456789012:user/dev is not authorized to perform: glue:DeleteConnection")
                .build(),
        )
    });
    let outcomes = delete(&answering([&denied]), vec!["orders-db".into()]).await;
    let refused = outcomes[0].outcome.as_ref().unwrap_err();
    assert!(!refused.not_found);
    assert!(
        refused
            .reason
            .contains("AccessDenied on glue:DeleteConnection"),
        "{}",
        refused.reason
    );
    assert!(refused.reason.contains("profile dev"), "{}", refused.reason);

    let missing = mock!(Client::delete_connection).then_error(|| {
        DeleteConnectionError::EntityNotFoundException(
            EntityNotFoundException::builder()
                .message("Connection not found.")
                .build(),
        )
    });
    let outcomes = delete(&answering([&missing]), vec!["gone-db".into()]).await;
    let refused = outcomes[0].outcome.as_ref().unwrap_err();
    assert!(refused.not_found, "{refused:?}");
}

/// 60 names go as 25, 25 and 10; the second chunk has one refusal: each name gets its own outcome, in order.
#[tokio::test]
async fn sixty_names_go_in_chunks_of_25_25_10_and_each_keeps_its_outcome() {
    let names: Vec<String> = (0..60).map(|i| format!("c-{i:02}")).collect();
    let answer = |asked: &[String], refuse: Option<&str>| {
        let mut out = BatchDeleteConnectionOutput::builder();
        for name in asked.iter().filter(|n| Some(n.as_str()) != refuse) {
            out = out.succeeded(name.clone());
        }
        if let Some(name) = refuse {
            out = out.errors(
                name,
                ErrorDetail::builder()
                    .error_code("AccessDeniedException")
                    .error_message("not authorized to delete it")
                    .build(),
            );
        }
        out.build()
    };
    let (first, second, third) = (
        names[..25].to_vec(),
        names[25..50].to_vec(),
        names[50..].to_vec(),
    );
    let (a, b, c) = (first.clone(), second.clone(), third.clone());
    let rules = [
        mock!(Client::batch_delete_connection)
            .match_requests(move |r| r.connection_name_list() == a.as_slice())
            .then_output(move || answer(&first, None)),
        mock!(Client::batch_delete_connection)
            .match_requests(move |r| r.connection_name_list() == b.as_slice())
            .then_output(move || answer(&second, Some("c-30"))),
        mock!(Client::batch_delete_connection)
            .match_requests(move |r| {
                r.connection_name_list() == c.as_slice() && r.catalog_id() == Some("123456789012")
            })
            .then_output(move || answer(&third, None)),
    ];
    let glue = answering(&rules);
    let outcomes = delete(&glue, names.clone()).await;
    assert!(
        rules.iter().all(|r| r.num_calls() == 1),
        "three calls, one per chunk"
    );
    assert_eq!(
        outcomes.iter().map(|d| d.name.clone()).collect::<Vec<_>>(),
        names,
        "every name, in order"
    );
    let refused: Vec<(&str, &str)> = outcomes
        .iter()
        .filter_map(|d| {
            d.outcome
                .as_ref()
                .err()
                .map(|r| (d.name.as_str(), r.reason.as_str()))
        })
        .collect();
    assert_eq!(
        refused,
        [("c-30", "AccessDeniedException: not authorized to delete it")]
    );
}

/// TestConnection: the name and catalog go out; a pass is `Ok`; Glue's refusal (InvalidInput with its words,
/// AccessDenied naming the permission) comes back as what the user reads.
#[tokio::test]
async fn test_connection_passes_or_says_why_not() {
    use aws_sdk_glue::operation::test_connection::{TestConnectionError, TestConnectionOutput};
    use aws_sdk_glue::types::error::InvalidInputException;
    use glue_tui::glue::{ErrorKind, GlueApi};

    let passes = mock!(Client::test_connection)
        .match_requests(|r| {
            r.connection_name() == Some("orders-db") && r.catalog_id() == Some("123456789012")
        })
        .then_output(|| TestConnectionOutput::builder().build());
    answering([&passes])
        .test_connection("orders-db".into(), Some("123456789012".into()))
        .await
        .expect("passed");
    assert_eq!(passes.num_calls(), 1);

    let fails = mock!(Client::test_connection).then_error(|| {
        TestConnectionError::InvalidInputException(
            InvalidInputException::builder()
                .message("Unable to connect to db.internal:5432")
                .build(),
        )
    });
    let err = answering([&fails])
        .test_connection("orders-db".into(), None)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(
        err.to_string()
            .contains("Unable to connect to db.internal:5432"),
        "{err}"
    );

    let denied = mock!(Client::test_connection).then_error(|| {
        TestConnectionError::generic(
            ErrorMetadata::builder()
                .code("AccessDeniedException")
                .message("not authorized to perform: glue:TestConnection")
                .build(),
        )
    });
    let err = answering([&denied])
        .test_connection("orders-db".into(), None)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::AccessDenied);
    assert!(
        err.to_string()
            .contains("AccessDenied on glue:TestConnection"),
        "{err}"
    );
}

/// The wizard's Alt-T: TestConnection with TestConnectionInput — the form's type, properties and authentication —
/// and no ConnectionName.
#[tokio::test]
async fn an_unsaved_input_is_tested_with_test_connection_input() {
    use aws_sdk_glue::operation::test_connection::TestConnectionOutput;
    use aws_sdk_glue::types::{AuthenticationType, ConnectionPropertyKey, ConnectionType};
    use glue_tui::glue::GlueApi;
    use glue_tui::model::{AuthenticationConfigurationInput, ConnectionInput};

    let passes = mock!(Client::test_connection)
        .match_requests(|r| {
            let Some(input) = r.test_connection_input() else {
                return false;
            };
            r.connection_name().is_none()
                && input.connection_type() == &ConnectionType::Jdbc
                && input
                    .connection_properties()
                    .get(&ConnectionPropertyKey::Password)
                    .map(String::as_str)
                    == Some("typed")
                && input
                    .authentication_configuration()
                    .and_then(|a| a.authentication_type())
                    == Some(&AuthenticationType::Basic)
        })
        .then_output(|| TestConnectionOutput::builder().build());
    let input = ConnectionInput {
        name: "orders-db".into(),
        connection_type: "JDBC".into(),
        connection_properties: crate::support::model::map(&[
            ("JDBC_CONNECTION_URL", "jdbc:postgresql://db:5432/o"),
            ("PASSWORD", "typed"),
        ]),
        authentication_configuration: Some(AuthenticationConfigurationInput {
            authentication_type: Some("BASIC".into()),
            ..AuthenticationConfigurationInput::default()
        }),
        ..ConnectionInput::default()
    };
    answering([&passes])
        .test_unsaved(input, None)
        .await
        .expect("passed");
    assert_eq!(passes.num_calls(), 1);
}

/// What an endpoint without the operation answers, as a user reads it: AWS's JSON protocol says
/// UnknownOperationException, LocalStack says "not yet implemented" with HTTP 501, and moto sends a bare HTTP 500
/// page with no Glue error at all — named as what it is, not guessed at.
#[tokio::test]
async fn an_endpoint_without_the_operation_is_named_so() {
    use aws_sdk_glue::operation::delete_connection::DeleteConnectionError;
    use aws_smithy_runtime_api::http::{Response, StatusCode};
    use aws_smithy_types::body::SdkBody;
    use glue_tui::glue::{ErrorKind, GlueApi};

    let unknown = mock!(Client::delete_connection).then_error(|| {
        DeleteConnectionError::generic(
            ErrorMetadata::builder()
                .code("UnknownOperationException")
                .build(),
        )
    });
    let err = answering([&unknown])
        .delete_connection("orders-db".into(), None)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotImplemented);
    assert!(
        err.to_string().starts_with(
            "This endpoint does not implement DeleteConnection — nothing was changed by it"
        ),
        "{err}"
    );

    let page = |status: u16, body: &'static str, json: bool| {
        move || {
            let mut r = Response::new(
                StatusCode::try_from(status).expect("status"),
                SdkBody::from(body),
            );
            let kind = if json {
                "application/x-amz-json-1.1"
            } else {
                "text/html"
            };
            r.headers_mut().insert("Content-Type", kind);
            r
        }
    };
    let localstack = mock!(Client::delete_connection).then_http_response(page(
        501,
        r#"{"__type": "InternalFailure", "message": "API action 'DeleteConnection' for service 'glue' not yet implemented or pro feature"}"#,
        true,
    ));
    let err = answering([&localstack])
        .delete_connection("orders-db".into(), None)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::NotImplemented, "{err}");

    let moto = mock!(Client::delete_connection).then_http_response(page(
        500,
        "<!doctype html><title>500 Internal Server Error</title>",
        false,
    ));
    let err = answering([&moto])
        .delete_connection("orders-db".into(), None)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::BareStatus { status: 500 }, "{err}");
    assert!(
        err.to_string().starts_with(
            "DeleteConnection got HTTP 500 from the endpoint for profile dev with no Glue error code or message"
        ),
        "{err}"
    );
}
