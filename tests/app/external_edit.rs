//! `E` through `update`: the stored definition read, the editor asked to open on the update request (secrets
//! masked), and what each way the editor can close leads to — an update carrying the stored password, problems
//! listed at the top of the reopened file, an empty file sending nothing, Glue's refusal reopening it.

use glue_tui::glue::{ErrorKind, GlueCall, GlueError, GlueReply};
use glue_tui::model::{Connection, UpdateConnectionRequest};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::Model;
use glue_tui::update::{init, update};

use crate::support::keys::ch;
use crate::support::model::{conn, loaded, map, session, status, with_password};

const PASSWORD: &str = "stored-s3cret";

fn listed() -> Connection {
    Connection {
        description: Some("old".into()),
        connection_properties: Some(map(&[
            ("JDBC_CONNECTION_URL", "jdbc:postgresql://db:5432/orders"),
            ("USERNAME", "etl"),
        ])),
        ..conn("orders", "JDBC")
    }
}

fn stored() -> Connection {
    with_password(listed(), PASSWORD)
}

fn editor_text(effects: &[Effect]) -> String {
    match effects {
        [Effect::OpenEditor { text }] => text.clone(),
        other => panic!("the editor asked for: {other:?}"),
    }
}

fn update_sent(effects: &[Effect]) -> UpdateConnectionRequest {
    match effects {
        [
            Effect::Glue {
                call: GlueCall::UpdateConnection { request },
                ..
            },
        ] => (**request).clone(),
        other => panic!("one UpdateConnection: {other:?}"),
    }
}

/// `E` on `orders` and the stored definition answered: the text the editor opens on.
fn opened(model: &mut Model) -> String {
    let effects = update(model, ch('E'));
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Glue {
                call: GlueCall::ReadStoredSecrets { .. },
                ..
            }]
        ),
        "{effects:?}"
    );
    editor_text(&update(
        model,
        Msg::Glue(GlueReply::ReadStoredSecrets {
            name: "orders".into(),
            result: Ok(stored()),
        }),
    ))
}

fn browser() -> Model {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(&mut model, 1, vec![listed()], None);
    model
}

#[test]
fn the_editor_opens_on_the_masked_update_request_and_its_save_carries_the_stored_password() {
    let mut model = browser();
    let text = opened(&mut model);
    assert!(
        text.starts_with("// glue-tui: UpdateConnection of orders."),
        "{text}"
    );
    assert!(text.contains("\"Name\": \"orders\""), "{text}");
    assert!(text.contains("\"PASSWORD\": \"••••••••\""), "{text}");
    assert!(!text.contains(PASSWORD), "{text}");

    let saved = text.replace("\"Description\": \"old\"", "\"Description\": \"from vi\"");
    let request = update_sent(&update(&mut model, Msg::Edited(Ok(saved))));
    assert_eq!(request.name, "orders");
    assert_eq!(
        request.connection_input.description.as_deref(),
        Some("from vi")
    );
    assert_eq!(
        request.connection_input.connection_properties["PASSWORD"], PASSWORD,
        "the mask stood for the stored password"
    );
    update(
        &mut model,
        Msg::Glue(GlueReply::UpdateConnection {
            name: "orders".into(),
            new_name: "orders".into(),
            catalog_id: None,
            result: Ok(()),
        }),
    );
    assert_eq!(status(&model), "Updated orders");
    assert!(model.external_edit.is_none());
}

#[test]
fn problems_reopen_the_editor_with_them_on_top_and_an_empty_file_sends_nothing() {
    let mut model = browser();
    let text = opened(&mut model);
    // Not JSON any more: the position is the file's, heading lines counted.
    let broken = text.replace("\"Description\": \"old\",", "\"Description\": \"old\"");
    let again = editor_text(&update(&mut model, Msg::Edited(Ok(broken))));
    assert!(
        again.contains("// Not sent — fix these and save again:"),
        "{again}"
    );
    assert!(
        again.contains("//   line 10, column 5: expected `,` or `}`\n"),
        "{again}"
    );
    // The comma back, and a rule the wizard applies broken: the name's length.
    let long = again
        .replace("\"Description\": \"old\"\n", "\"Description\": \"old\",\n")
        .replace(
            "\"Name\": \"orders\",\n    \"Description\"",
            &format!("\"Name\": \"{}\",\n    \"Description\"", "x".repeat(300)),
        );
    let third = editor_text(&update(&mut model, Msg::Edited(Ok(long))));
    assert!(third.contains("ConnectionInput.Name"), "{third}");
    // An empty file abandons it.
    assert!(update(&mut model, Msg::Edited(Ok("// only a heading\n".into()))).is_empty());
    assert_eq!(
        status(&model),
        "Nothing sent: the file for orders was left empty"
    );
    assert!(model.external_edit.is_none());
}

#[test]
fn an_unchanged_file_a_failed_editor_and_glues_refusal() {
    let mut model = browser();
    let text = opened(&mut model);
    assert!(update(&mut model, Msg::Edited(Ok(text))).is_empty());
    assert_eq!(status(&model), "Nothing sent: orders was saved unchanged");

    opened(&mut model);
    assert!(
        update(
            &mut model,
            Msg::Edited(Err(
                "the editor \"vi\" exited with exit status: 1; nothing was sent".into()
            ))
        )
        .is_empty()
    );
    assert!(
        status(&model).starts_with("Not sent: the editor"),
        "{}",
        status(&model)
    );

    let text = opened(&mut model);
    let saved = text.replace("\"old\"", "\"new\"");
    update_sent(&update(&mut model, Msg::Edited(Ok(saved))));
    let refused = GlueError::new(
        ErrorKind::InvalidInput,
        "UpdateConnection",
        "PORT must be a number",
    )
    .with_subject("orders");
    let reopened = editor_text(&update(
        &mut model,
        Msg::Glue(GlueReply::UpdateConnection {
            name: "orders".into(),
            new_name: "orders".into(),
            catalog_id: None,
            result: Err(refused),
        }),
    ));
    assert!(reopened.contains("//   Glue refused it: Glue rejected the UpdateConnection request: PORT must be a number"), "{reopened}");
    assert!(
        reopened.contains("\"Description\": \"new\""),
        "the user's text is kept: {reopened}"
    );
}

#[test]
fn unreadable_stored_secrets_open_no_editor() {
    let mut model = browser();
    update(&mut model, ch('E'));
    let denied = GlueError::new(ErrorKind::AccessDenied, "GetConnection", "no")
        .with_principal("profile dev");
    let effects = update(
        &mut model,
        Msg::Glue(GlueReply::ReadStoredSecrets {
            name: "orders".into(),
            result: Err(denied),
        }),
    );
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        status(&model).starts_with(
            "Could not read orders's stored secrets: AccessDenied on glue:GetConnection"
        )
    );
    assert!(model.external_edit.is_none());
}
