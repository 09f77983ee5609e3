//! `e` through `update`: the edit form prefilled from the listing, the stored secrets read in the background and
//! carried (Ctrl-S waits for them), UpdateConnection's request and answer, a rename, secrets that cannot be read,
//! refusals that keep the form, the Review step's diff — and that no secret reaches the screen.

use crossterm::event::KeyCode;
use glue_tui::glue::{ErrorKind, GlueCall, GlueError, GlueReply};
use glue_tui::model::{Connection, UpdateConnectionRequest};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Model, StoredSecrets};
use glue_tui::update::{init, update};

use crate::support::keys::{ch, ctrl, key, tab_to, typed};
use crate::support::model::{
    conn, fetches, loaded, map, screen, session, status, with_password, wizard,
};

const PASSWORD: &str = "hunter2-stored";

/// `orders` as a HidePassword listing shows it: the user name, no password.
fn listed() -> Connection {
    Connection {
        description: Some("old".into()),
        connection_properties: Some(map(&[
            ("HOST", "db.internal"),
            ("PORT", "5432"),
            ("USERNAME", "etl"),
            (
                "JDBC_CONNECTION_URL",
                "jdbc:postgresql://db.internal:5432/orders",
            ),
        ])),
        ..conn("orders", "JDBC")
    }
}

/// `orders` as GetConnection with HidePassword=false answers: the password too.
fn stored() -> Connection {
    with_password(listed(), PASSWORD)
}

fn browser(width: u16, height: u16) -> Model {
    let mut model = Model::new(session(), width, height);
    init(&mut model);
    loaded(&mut model, 1, vec![conn("alpha", "KAFKA"), listed()], None);
    update(&mut model, ch('j'));
    model
}

/// The stored-secret reads among `effects`.
fn reads(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::ReadStoredSecrets { name, .. },
                ..
            } => Some(name.clone()),
            _ => None,
        })
        .collect()
}

fn updates(effects: &[Effect]) -> Vec<UpdateConnectionRequest> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::UpdateConnection { request },
                ..
            } => Some((**request).clone()),
            _ => None,
        })
        .collect()
}

fn secrets_arrive(model: &mut Model, result: Result<Connection, GlueError>) -> Vec<Effect> {
    update(
        model,
        Msg::Glue(GlueReply::ReadStoredSecrets {
            name: "orders".into(),
            result,
        }),
    )
}

fn updated(model: &mut Model, new_name: &str, result: Result<(), GlueError>) -> Vec<Effect> {
    update(
        model,
        Msg::Glue(GlueReply::UpdateConnection {
            name: "orders".into(),
            new_name: new_name.into(),
            catalog_id: None,
            result,
        }),
    )
}

/// `e`, and the stored secrets carried into the form.
fn editing(width: u16, height: u16) -> Model {
    let mut model = browser(width, height);
    let effects = update(&mut model, ch('e'));
    assert_eq!(reads(&effects), ["orders"], "{effects:?}");
    secrets_arrive(&mut model, Ok(stored()));
    model
}

#[test]
fn e_opens_the_edit_form_and_ctrl_s_waits_for_the_stored_secret_then_carries_it() {
    let mut model = browser(120, 35);
    let effects = update(&mut model, ch('e'));
    assert_eq!(reads(&effects), ["orders"]);
    let shown = screen(&model);
    assert!(shown.contains("Edit orders"), "{shown}");
    assert_eq!(wizard(&model).form.edit_of(), Some("orders"));

    // Before the secret is in, Ctrl-S sends nothing: the update would drop it.
    let early = update(&mut model, ctrl('s'));
    assert!(updates(&early).is_empty(), "{early:?}");
    assert!(status(&model).starts_with("Not sent yet: still reading orders's stored secrets"));

    secrets_arrive(&mut model, Ok(stored()));
    assert_eq!(
        wizard(&model).editing.as_ref().map(|e| e.secrets.clone()),
        Some(StoredSecrets::Carried(vec!["PASSWORD".into()]))
    );
    assert!(status(&model).starts_with("Carried orders's stored secret (PASSWORD)"));
    assert!(!wizard(&model).form.is_dirty(), "carrying is not an edit");
    assert!(!screen(&model).contains(PASSWORD), "{}", screen(&model));

    tab_to(&mut model, "Description");
    typed(&mut model, " new");
    let sent = updates(&update(&mut model, ctrl('s')));
    let [request] = sent.as_slice() else {
        panic!("one UpdateConnection: {sent:?}");
    };
    assert_eq!(request.name, "orders");
    assert_eq!(request.connection_input.name, "orders");
    assert_eq!(
        request.connection_input.description.as_deref(),
        Some("old new")
    );
    let properties = &request.connection_input.connection_properties;
    assert_eq!(
        properties.get("PASSWORD").map(String::as_str),
        Some(PASSWORD)
    );
    assert_eq!(properties.get("USERNAME").map(String::as_str), Some("etl"));
    assert_eq!(status(&model), "Updating orders…");

    let effects = updated(&mut model, "orders", Ok(()));
    assert!(model.wizard().is_none());
    assert_eq!(status(&model), "Updated orders");
    assert_eq!(fetches(&effects).len(), 1, "the list reloads: {effects:?}");
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::Glue {
                call: GlueCall::GetConnection { name, attempt: 0, .. },
                ..
            } if name == "orders"
        )),
        "its status is followed as after a create: {effects:?}"
    );
    // IN_PROGRESS: asked again; READY: said.
    let later = update(
        &mut model,
        Msg::Glue(GlueReply::GetConnection {
            name: "orders".into(),
            catalog_id: None,
            attempt: 0,
            result: Ok(Connection {
                status: Some("IN_PROGRESS".into()),
                ..listed()
            }),
        }),
    );
    assert!(
        status(&model).starts_with("orders is IN_PROGRESS"),
        "{}",
        status(&model)
    );
    assert!(matches!(
        later.as_slice(),
        [Effect::Glue {
            call: GlueCall::GetConnection { attempt: 1, .. },
            ..
        }]
    ));
    assert_eq!(model.selected_name.as_deref(), Some("orders"));
}

#[test]
fn changing_the_name_renames_and_the_list_follows_the_new_name() {
    let mut model = editing(120, 35);
    tab_to(&mut model, "Name");
    typed(&mut model, "-v2");
    let sent = updates(&update(&mut model, ctrl('s')));
    assert_eq!(sent.len(), 1);
    assert_eq!(
        (
            sent[0].name.as_str(),
            sent[0].connection_input.name.as_str()
        ),
        ("orders", "orders-v2")
    );
    assert_eq!(status(&model), "Updating orders (renaming it orders-v2)…");
    updated(&mut model, "orders-v2", Ok(()));
    assert_eq!(status(&model), "Updated orders: it is now called orders-v2");
    assert_eq!(model.selected_name.as_deref(), Some("orders-v2"));
}

#[test]
fn unreadable_stored_secrets_are_asked_for_and_never_dropped_without_a_yes() {
    let mut model = browser(120, 35);
    update(&mut model, ch('e'));
    let refused = GlueError::new(
        ErrorKind::AccessDenied,
        "GetConnection",
        "not authorized to perform glue:GetConnection",
    )
    .with_principal("profile dev");
    secrets_arrive(&mut model, Err(refused.clone()));
    let said = status(&model);
    assert!(
        said.starts_with("Could not read orders's stored secrets: AccessDenied on glue:GetConnection for profile dev")
            && said.contains("type each secret field, or the update would remove it"),
        "{said}"
    );
    // JDBC with a USERNAME needs its PASSWORD by the type's own rules: Ctrl-S goes there, and the field says why
    // it is empty.
    let effects = update(&mut model, ctrl('s'));
    assert!(updates(&effects).is_empty(), "{effects:?}");
    let w = wizard(&model);
    let field = &w.form.fields()[w.form.focus];
    assert_eq!(field.label, "Password", "Ctrl-S went to the field to type");
    assert!(
        field.warning.as_deref().is_some_and(|e| e
            .contains("its stored value could not be read (AccessDenied on glue:GetConnection)")),
        "{field:?}"
    );
    typed(&mut model, "retyped");
    let sent = updates(&update(&mut model, ctrl('s')));
    assert_eq!(
        sent[0]
            .connection_input
            .connection_properties
            .get("PASSWORD")
            .map(String::as_str),
        Some("retyped")
    );

    // A Kafka connection's secrets are optional: sending without them is the user's call, asked for by name.
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    let kafka = Connection {
        connection_properties: Some(map(&[("KAFKA_BOOTSTRAP_SERVERS", "b-1:9094")])),
        ..conn("events", "KAFKA")
    };
    loaded(&mut model, 1, vec![kafka], None);
    update(&mut model, ch('e'));
    update(
        &mut model,
        Msg::Glue(GlueReply::ReadStoredSecrets {
            name: "events".into(),
            result: Err(refused),
        }),
    );
    assert!(updates(&update(&mut model, ctrl('s'))).is_empty());
    let shown = screen(&model);
    assert!(
        shown.contains("Send without the stored secrets?") && shown.contains("Keystore password"),
        "{shown}"
    );
    // n: back to the first of them, nothing sent.
    assert!(updates(&update(&mut model, ch('n'))).is_empty());
    let w = wizard(&model);
    assert_eq!(w.form.fields()[w.form.focus].label, "Keystore password");
    // y: sent as it is.
    update(&mut model, ctrl('s'));
    let sent = updates(&update(&mut model, ch('y')));
    assert_eq!(sent.len(), 1, "sent after the yes");
    assert!(
        !sent[0]
            .connection_input
            .connection_properties
            .contains_key("KAFKA_CLIENT_KEY_PASSWORD")
    );
}

#[test]
fn a_refused_update_keeps_the_form_as_typed_and_says_why() {
    let mut model = editing(120, 35);
    tab_to(&mut model, "Description");
    typed(&mut model, " typed");
    update(&mut model, ctrl('s'));
    let gone = GlueError::new(
        ErrorKind::EntityNotFound,
        "UpdateConnection",
        "Connection not found.",
    )
    .with_subject("orders");
    updated(&mut model, "orders", Err(gone));
    let w = wizard(&model);
    assert_eq!(
        w.form.to_request().connection_input.description.as_deref(),
        Some("old typed")
    );
    assert!(
        status(&model).starts_with("Connection orders not found in the account's default catalog")
            && status(&model).contains("it left the list; the form is kept"),
        "{}",
        status(&model)
    );
    assert!(
        model.list.items.iter().all(|c| c.name != "orders"),
        "the row of a connection Glue no longer has goes"
    );
    // Esc asks before leaving (something was typed), and keeps a draft that knows it is an edit.
    update(&mut model, key(KeyCode::Esc));
    let effects = update(&mut model, ch('y'));
    let Some(Effect::SaveDraft(Some(draft))) = effects.first() else {
        panic!("a kept draft: {effects:?}");
    };
    assert_eq!(draft.edit_of.as_deref(), Some("orders"));
    assert!(
        !serde_json::to_string(&draft.request)
            .unwrap()
            .contains(PASSWORD),
        "a draft keeps no secret"
    );
    assert!(
        status(&model).contains("e on orders or n offers it again"),
        "{}",
        status(&model)
    );
    // The row is gone, so `n` offers the draft back (as an edit of orders).
    update(&mut model, ch('n'));
    assert!(screen(&model).contains("draft"), "{}", screen(&model));
}

/// The Review step of an edit: UpdateConnection's request, and what it changes against the stored definition,
/// the carried password only said to be unchanged.
#[test]
fn the_review_step_shows_the_update_request_and_its_diff() {
    for (width, height) in [(120, 35), (80, 24)] {
        let mut model = editing(width, height);
        tab_to(&mut model, "Description");
        typed(&mut model, " new");
        insta::assert_snapshot!(format!("edit_form_{width}x{height}"), screen(&model));
        for _ in 0..8 {
            update(&mut model, key(KeyCode::PageDown));
        }
        let shown = screen(&model);
        assert!(!shown.contains(PASSWORD), "{shown}");
        assert!(shown.contains("\"Name\": \"orders\""), "{shown}");
        assert!(
            shown.contains("1 change against the stored definition"),
            "{shown}"
        );
        assert!(
            shown.contains("~ Description: \"old\" → \"old new\""),
            "{shown}"
        );
        assert!(
            shown.contains("· ConnectionProperties.PASSWORD: unchanged (secret)"),
            "{shown}"
        );
        insta::assert_snapshot!(format!("edit_review_{width}x{height}"), shown);
    }
}

/// An edit kept as a draft comes back with `e` on the same connection, still an edit, and reads the stored secrets
/// again (the draft kept none).
#[test]
fn e_on_the_same_connection_offers_its_kept_edit_back() {
    let mut model = editing(120, 35);
    tab_to(&mut model, "Description");
    typed(&mut model, " draft");
    update(&mut model, key(KeyCode::Esc));
    update(&mut model, ch('y'));
    assert!(model.wizard().is_none());
    update(&mut model, ch('e'));
    assert!(screen(&model).contains("draft"), "{}", screen(&model));
    let effects = update(&mut model, key(KeyCode::Enter));
    assert_eq!(reads(&effects), ["orders"], "{effects:?}");
    let w = wizard(&model);
    assert_eq!(w.form.edit_of(), Some("orders"));
    assert_eq!(
        w.form.to_request().connection_input.description.as_deref(),
        Some("old draft")
    );
    secrets_arrive(&mut model, Ok(stored()));
    let sent = updates(&update(&mut model, ctrl('s')));
    assert_eq!(
        sent[0]
            .connection_input
            .connection_properties
            .get("PASSWORD")
            .map(String::as_str),
        Some(PASSWORD),
        "the resumed edit carries the stored password again"
    );
}
