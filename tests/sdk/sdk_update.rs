//! UpdateConnection through the SDK adapter: the body on the wire carries the stored secret the edit form carried
//! (the listing had hidden it), `Name` is the stored name and `ConnectionInput.Name` the new one; refusals read as
//! what happened, the connection named.

use aws_sdk_glue::Client;
use aws_sdk_glue::operation::update_connection::UpdateConnectionError;
use aws_sdk_glue::types::error::{EntityNotFoundException, InvalidInputException};
use aws_smithy_mocks::mock;
use glue_tui::glue::{ErrorKind, GlueApi};
use glue_tui::model::Connection;
use glue_tui::wizard::form::Form;

use crate::sdk_create::{one_shot_server, wire_glue};
use crate::support::mocks::answering;
use crate::support::model::map;

fn listed() -> Connection {
    Connection {
        name: "orders".into(),
        connection_type: Some("JDBC".into()),
        description: Some("old".into()),
        connection_properties: Some(map(&[
            (
                "JDBC_CONNECTION_URL",
                "jdbc:postgresql://db.internal:5432/orders",
            ),
            ("USERNAME", "etl"),
        ])),
        ..Connection::default()
    }
}

/// The edit form's request after GetConnection (HidePassword=false) brought the password the listing hid, renamed,
/// as it leaves on the wire.
#[tokio::test]
async fn the_wire_body_carries_the_stored_password_and_both_names() {
    let mut stored = listed();
    stored
        .connection_properties
        .as_mut()
        .unwrap()
        .insert("PASSWORD".into(), "s3cret-stored".into());
    let mut form = Form::for_edit(&listed(), Some("123456789012".into()));
    assert_eq!(form.carry_secrets(&listed(), &stored), ["PASSWORD"]);
    form.set("ConnectionInput.Name", "orders-v2").unwrap();
    let request = form.to_update_request().expect("an edit");

    let (url, body) = one_shot_server();
    wire_glue(url)
        .update_connection(request)
        .await
        .expect("the local server answers {}");
    let body: serde_json::Value = serde_json::from_str(
        &body
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("a request"),
    )
    .expect("a JSON body");
    assert_eq!(body["Name"], "orders");
    assert_eq!(body["CatalogId"], "123456789012");
    let input = &body["ConnectionInput"];
    assert_eq!(input["Name"], "orders-v2");
    assert_eq!(input["ConnectionType"], "JDBC");
    assert_eq!(input["ConnectionProperties"]["PASSWORD"], "s3cret-stored");
    assert_eq!(input["ConnectionProperties"]["USERNAME"], "etl");
    assert_eq!(input["Description"], "old");
}

#[tokio::test]
async fn not_found_and_invalid_input_name_the_connection_and_say_what_glue_said() {
    let gone = mock!(Client::update_connection).then_error(|| {
        UpdateConnectionError::EntityNotFoundException(
            EntityNotFoundException::builder()
                .message("Connection not found.")
                .build(),
        )
    });
    let taken = mock!(Client::update_connection).then_error(|| {
        UpdateConnectionError::InvalidInputException(
            InvalidInputException::builder()
                .message("Connection orders-v2 already exists")
                .build(),
        )
    });
    let glue = answering([&gone, &taken]);
    let request = Form::for_edit(&listed(), None)
        .to_update_request()
        .expect("an edit");
    let err = glue
        .update_connection(request.clone())
        .await
        .expect_err("gone");
    assert_eq!(err.kind, ErrorKind::EntityNotFound);
    assert_eq!(
        err.to_string(),
        "Connection orders not found in the account's default catalog — check the name and the catalog ID \
         (Connection not found.)"
    );
    let err = glue.update_connection(request).await.expect_err("taken");
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(
        err.to_string(),
        "Glue rejected the UpdateConnection request: Connection orders-v2 already exists — fix that and try again"
    );
}
