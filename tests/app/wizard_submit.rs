//! Ctrl-S end to end below the terminal: the wizard's Create effect is run against `SdkGlue` over aws-smithy-mocks,
//! and Glue's answer goes back through `update` as the event loop would hand it over. A refused create keeps the
//! form as typed and says what to do; an `IN_PROGRESS` create is followed with GetConnection until it settles.

use aws_sdk_glue::Client;
use aws_sdk_glue::error::ErrorMetadata;
use aws_sdk_glue::operation::create_connection::{CreateConnectionError, CreateConnectionOutput};
use aws_sdk_glue::operation::get_connection::GetConnectionOutput;
use aws_sdk_glue::types as sdk;
use aws_sdk_glue::types::error::{
    AlreadyExistsException, GlueEncryptionException, InvalidInputException,
    OperationTimeoutException, ResourceNumberLimitExceededException,
};
use aws_smithy_mocks::mock;
use crossterm::event::KeyCode;
use glue_tui::glue::sdk::SdkGlue;
use glue_tui::glue::{GlueApi, GlueCall, GlueReply};
use glue_tui::model::CreateConnectionRequest;
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Level, Model};
use glue_tui::update::{init, update};
use glue_tui::wizard::form::{NAME, Section};

use crate::support::keys::{ctrl, key, tab_to, typed};
use crate::support::mocks::{answering, retrying};
use crate::support::model::{fetches, loaded, session, status, wizard};

// ---- keys and the form ------------------------------------------------------------------------------------------

/// The browser with an empty first page loaded, then `n` and a JDBC form filled by keys.
fn filled_form() -> Model {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(&mut model, 1, Vec::new(), None);
    update(&mut model, key(KeyCode::Char('n')));
    typed(&mut model, "jdbc");
    update(&mut model, key(KeyCode::Enter));
    typed(&mut model, "orders-db");
    tab_to(&mut model, "Description");
    typed(&mut model, "Orders, for reporting");
    tab_to(&mut model, "Host");
    typed(&mut model, "db.internal");
    tab_to(&mut model, "Port");
    typed(&mut model, "3306");
    tab_to(&mut model, "Engine");
    update(&mut model, ctrl('n'));
    tab_to(&mut model, "User name");
    typed(&mut model, "admin");
    tab_to(&mut model, "Password");
    typed(&mut model, "s3cret");
    model
}

/// Ctrl-S: the request the wizard sends (the wizard now waits for the answer).
fn submit(model: &mut Model) -> CreateConnectionRequest {
    let effects = update(model, ctrl('s'));
    let [
        Effect::Glue {
            call: GlueCall::CreateConnection { request },
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("one Create: {effects:?}");
    };
    assert!(wizard(model).submitting);
    (**request).clone()
}

/// Fills the form, presses Ctrl-S, runs the Create through an SDK whose CreateConnection fails with `error`, and
/// hands the answer to `update`. Returns the model and the request as it was before Ctrl-S.
async fn refused_with(
    error: impl Fn() -> CreateConnectionError + Send + Sync + 'static,
) -> (Model, CreateConnectionRequest, Vec<Effect>) {
    let mut model = filled_form();
    let typed_in = wizard(&model).form.to_request();
    let request = submit(&mut model);
    assert_eq!(request, typed_in);

    let rule = mock!(Client::create_connection).then_error(error);
    let result = retrying([&rule]).create_connection(request).await;
    assert!(result.is_err(), "the mock refuses");
    let effects = update(
        &mut model,
        Msg::Glue(GlueReply::CreateConnection {
            name: "orders-db".into(),
            result,
        }),
    );
    (model, typed_in, effects)
}

/// What every refusal leaves: the form open, as typed, waiting for the user, and a readable error in the status bar
/// and beside the form.
fn assert_kept_and_told(model: &Model, typed_in: &CreateConnectionRequest, effects: &[Effect]) {
    assert!(effects.is_empty(), "nothing else happens: {effects:?}");
    let w = wizard(model);
    assert!(!w.submitting, "the wizard takes keys again");
    assert_eq!(&w.form.to_request(), typed_in, "every field as typed");
    let message = model.message.as_ref().expect("a status message");
    assert_eq!(message.level, Level::Error);
    let server = w.server_error.as_ref().expect("the error beside the form");
    assert_eq!(server.message, message.text);
    for dump in ["{", "Some(", "Error {", "ErrorMetadata", "\n"] {
        assert!(
            !message.text.contains(dump),
            "no debug dump ({dump:?}): {}",
            message.text
        );
    }
    assert!(
        !message.text.contains("s3cret"),
        "no password: {}",
        message.text
    );
}

// ---- refusals ---------------------------------------------------------------------------------------------------

#[tokio::test]
async fn already_exists_keeps_the_form_and_puts_the_cursor_on_the_name() {
    let (mut model, typed_in, effects) = refused_with(|| {
        CreateConnectionError::AlreadyExistsException(
            AlreadyExistsException::builder()
                .message("Connection already exists.")
                .build(),
        )
    })
    .await;
    assert_kept_and_told(&model, &typed_in, &effects);
    let w = wizard(&model);
    assert_eq!(w.section(), Section::Basics);
    let name = &w.form.fields()[w.form.focus];
    assert_eq!(name.path, NAME);
    assert_eq!(
        w.cursor,
        "orders-db".len(),
        "the cursor at the end of the name"
    );
    let server = w.server_error.as_ref().unwrap();
    assert_eq!(server.path.as_deref(), Some(NAME));
    assert!(
        server.message.starts_with(
            "A connection named orders-db already exists in the account's default catalog"
        ),
        "{}",
        server.message
    );

    // Typing a new name clears the complaint, and Ctrl-S sends the renamed form.
    typed(&mut model, "-2");
    assert_eq!(wizard(&model).server_error, None);
    let again = submit(&mut model);
    assert_eq!(again.connection_input.name, "orders-db-2");
    assert_eq!(
        again
            .connection_input
            .connection_properties
            .get("PASSWORD")
            .map(String::as_str),
        Some("s3cret"),
        "the password typed before is still there"
    );
}

#[tokio::test]
async fn already_exists_says_pick_another_name_once() {
    let (model, _, _) = refused_with(|| {
        CreateConnectionError::AlreadyExistsException(AlreadyExistsException::builder().build())
    })
    .await;
    let text = status(&model);
    assert_eq!(text.matches("another name").count(), 1, "{text}");
}

#[tokio::test]
async fn invalid_input_keeps_the_form_and_shows_the_servers_words() {
    let (model, typed_in, effects) = refused_with(|| {
        CreateConnectionError::InvalidInputException(
            InvalidInputException::builder()
                .message(
                    "Validation for connection properties failed: host db.internal is unreachable",
                )
                .build(),
        )
    })
    .await;
    assert_kept_and_told(&model, &typed_in, &effects);
    let text = status(&model);
    assert!(
        text.contains(
            "Validation for connection properties failed: host db.internal is unreachable"
        ),
        "{text}"
    );
    // Not about the name: the cursor stays where the user left it.
    let w = wizard(&model);
    assert_eq!(w.server_error.as_ref().unwrap().path, None);
    assert_eq!(w.section(), Section::Properties);
    assert_eq!(w.form.fields()[w.form.focus].label, "Password");
}

#[tokio::test]
async fn operation_timeout_offers_ctrl_s_again() {
    let (mut model, typed_in, effects) = refused_with(|| {
        CreateConnectionError::OperationTimeoutException(
            OperationTimeoutException::builder()
                .message("Timed out")
                .build(),
        )
    })
    .await;
    assert_kept_and_told(&model, &typed_in, &effects);
    let text = status(&model);
    assert!(text.contains("timed out"), "{text}");
    assert!(text.contains("Ctrl-S sends the form again"), "{text}");
    // And it does.
    assert_eq!(submit(&mut model), typed_in);
}

#[tokio::test]
async fn a_used_up_quota_explains_the_quota() {
    let (model, typed_in, effects) = refused_with(|| {
        CreateConnectionError::ResourceNumberLimitExceededException(
            ResourceNumberLimitExceededException::builder()
                .message("Number of connections exceeds the limit")
                .build(),
        )
    })
    .await;
    assert_kept_and_told(&model, &typed_in, &effects);
    let text = status(&model);
    assert!(text.contains("connections quota is used up"), "{text}");
    assert!(text.contains("Service Quotas"), "{text}");
}

#[tokio::test]
async fn an_encryption_failure_points_at_the_kms_key() {
    let (model, typed_in, effects) = refused_with(|| {
        CreateConnectionError::GlueEncryptionException(
            GlueEncryptionException::builder()
                .message("KMS access denied")
                .build(),
        )
    })
    .await;
    assert_kept_and_told(&model, &typed_in, &effects);
    let text = status(&model);
    assert!(text.contains("KMS key"), "{text}");
    assert!(text.contains("kms:GenerateDataKey"), "{text}");
}

#[tokio::test]
async fn access_denied_names_glue_create_connection() {
    let (model, typed_in, effects) = refused_with(|| {
        CreateConnectionError::generic(
            ErrorMetadata::builder()
                .code("AccessDeniedException")
                .message(
                    "User: arn:aws:iam::1:user/dev is not authorized to perform: glue:CreateConnection",
                )
                .build(),
        )
    })
    .await;
    assert_kept_and_told(&model, &typed_in, &effects);
    let text = status(&model);
    assert!(
        text.starts_with("AccessDenied on glue:CreateConnection"),
        "{text}"
    );
    assert!(text.contains("profile dev"), "{text}");
}

// ---- a create that takes a while --------------------------------------------------------------------------------

/// The form sent, CreateConnection answering `status`, and the answer handed to `update`.
async fn created_with(status: sdk::ConnectionStatus) -> (Model, Vec<Effect>) {
    let mut model = filled_form();
    let request = submit(&mut model);
    let rule = mock!(Client::create_connection).then_output(move || {
        CreateConnectionOutput::builder()
            .create_connection_status(status.clone())
            .build()
    });
    let result = answering([&rule]).create_connection(request).await;
    let effects = update(
        &mut model,
        Msg::Glue(GlueReply::CreateConnection {
            name: "orders-db".into(),
            result,
        }),
    );
    (model, effects)
}

fn polls(effects: &[Effect]) -> Vec<(String, Option<String>, u32, u64)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call:
                    GlueCall::GetConnection {
                        name,
                        catalog_id,
                        attempt,
                        delay_ms,
                    },
                ..
            } => Some((name.clone(), catalog_id.clone(), *attempt, *delay_ms)),
            _ => None,
        })
        .collect()
}

/// GetConnection answering each of `statuses` in turn, the last with `reason`.
fn get_connection_answers(statuses: &[(sdk::ConnectionStatus, Option<&'static str>)]) -> SdkGlue {
    let rules: Vec<_> = statuses
        .iter()
        .cloned()
        .map(|(status, reason)| {
            mock!(Client::get_connection).then_output(move || {
                let mut c = sdk::Connection::builder()
                    .name("orders-db")
                    .connection_type(sdk::ConnectionType::Jdbc)
                    .status(status.clone());
                if let Some(r) = reason {
                    c = c.status_reason(r);
                }
                GetConnectionOutput::builder().connection(c.build()).build()
            })
        })
        .collect();
    answering(&rules)
}

/// Runs a Poll effect as the effect runner would (GetConnection after the delay, here without waiting) and hands the
/// answer to `update`.
async fn run_poll(
    model: &mut Model,
    api: &SdkGlue,
    poll: (String, Option<String>, u32, u64),
) -> Vec<Effect> {
    let (name, catalog_id, attempt, _) = poll;
    let result = api
        .get_connection(name.clone(), catalog_id.clone(), true)
        .await;
    update(
        model,
        Msg::Glue(GlueReply::GetConnection {
            name,
            catalog_id,
            attempt,
            result,
        }),
    )
}

#[tokio::test]
async fn a_ready_create_closes_the_wizard_and_reloads_onto_the_new_connection() {
    let (model, effects) = created_with(sdk::ConnectionStatus::Ready).await;
    assert!(model.wizard().is_none());
    assert!(effects.contains(&Effect::SaveDraft(None)), "{effects:?}");
    assert!(polls(&effects).is_empty());
    assert_eq!(fetches(&effects).len(), 1, "{effects:?}");
    assert_eq!(model.selected_name.as_deref(), Some("orders-db"));
    assert_eq!(
        status(&model),
        "Created orders-db in the default catalog: READY"
    );
}

#[tokio::test]
async fn an_in_progress_create_is_followed_until_ready() {
    let (mut model, effects) = created_with(sdk::ConnectionStatus::InProgress).await;
    assert!(
        model.wizard().is_none(),
        "the user keeps browsing meanwhile"
    );
    assert!(effects.contains(&Effect::SaveDraft(None)), "{effects:?}");
    let first = polls(&effects);
    assert_eq!(first, [("orders-db".to_string(), None, 0, 1000)]);
    assert!(status(&model).contains("IN_PROGRESS"), "{}", status(&model));

    let api = get_connection_answers(&[
        (sdk::ConnectionStatus::InProgress, None),
        (sdk::ConnectionStatus::Ready, None),
    ]);
    let effects = run_poll(&mut model, &api, first[0].clone()).await;
    let second = polls(&effects);
    assert_eq!(second.len(), 1, "{effects:?}");
    assert_eq!(second[0].2, 1, "the next attempt");
    assert!(second[0].3 > 1000, "a longer wait: {}", second[0].3);
    assert_eq!(fetches(&effects).len(), 0);
    assert!(
        status(&model).contains("checking again"),
        "{}",
        status(&model)
    );

    let effects = run_poll(&mut model, &api, second[0].clone()).await;
    assert!(polls(&effects).is_empty(), "{effects:?}");
    assert_eq!(fetches(&effects).len(), 1, "the list reloads: {effects:?}");
    assert_eq!(model.selected_name.as_deref(), Some("orders-db"));
    let message = model.message.as_ref().unwrap();
    assert_eq!(message.level, Level::Info);
    assert_eq!(message.text, "orders-db is READY");
}

#[tokio::test]
async fn an_in_progress_create_that_fails_says_why() {
    let (mut model, effects) = created_with(sdk::ConnectionStatus::InProgress).await;
    let first = polls(&effects);
    assert_eq!(first.len(), 1, "{effects:?}");
    let api = get_connection_answers(&[
        (sdk::ConnectionStatus::InProgress, None),
        (
            sdk::ConnectionStatus::Failed,
            Some("Could not reach db.internal:3306 from subnet-1"),
        ),
    ]);
    let effects = run_poll(&mut model, &api, first[0].clone()).await;
    let second = polls(&effects);
    assert_eq!(second.len(), 1, "{effects:?}");

    let effects = run_poll(&mut model, &api, second[0].clone()).await;
    assert!(polls(&effects).is_empty(), "no more polling: {effects:?}");
    assert_eq!(fetches(&effects).len(), 1, "{effects:?}");
    let message = model.message.as_ref().unwrap();
    assert_eq!(message.level, Level::Error);
    assert!(message.text.contains("FAILED"), "{}", message.text);
    assert!(
        message
            .text
            .contains("Could not reach db.internal:3306 from subnet-1"),
        "{}",
        message.text
    );
}
