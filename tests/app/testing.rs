//! `t` through `update`: TestConnection asked for the selected connection, the user browsing on while it runs,
//! and its outcome in the status bar and the detail pane.

use crossterm::event::KeyCode;
use glue_tui::glue::{ErrorKind, GlueCall, GlueError, GlueReply};
use glue_tui::model::Timestamp;
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Model, TestState};
use glue_tui::update::{init, update};

use crate::support::keys::{ch, key};
use crate::support::model::{conn, loaded, screen, session, status};

fn tests_asked(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::TestConnection { name, .. },
                ..
            } => Some(name.clone()),
            _ => None,
        })
        .collect()
}

fn at(text: &str) -> Timestamp {
    Timestamp(text.parse().expect("a timestamp"))
}

#[test]
fn t_tests_the_selected_connection_while_the_user_browses_on() {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(
        &mut model,
        1,
        vec![conn("orders-db", "JDBC"), conn("events", "KAFKA")],
        None,
    );
    assert_eq!(tests_asked(&update(&mut model, ch('t'))), ["orders-db"]);
    assert_eq!(model.tests.get("orders-db"), Some(&TestState::Running));
    assert!(model.wants_ticks(), "the gutter spins while it runs");
    assert!(
        screen(&model).contains("Testing… (TestConnection)"),
        "{}",
        screen(&model)
    );
    assert!(
        tests_asked(&update(&mut model, ch('t'))).is_empty(),
        "one at a time per connection"
    );
    // Browsing on: the next row, and a test of it too.
    update(&mut model, ch('j'));
    assert_eq!(tests_asked(&update(&mut model, ch('t'))), ["events"]);

    update(
        &mut model,
        Msg::Glue(GlueReply::TestConnection {
            name: "orders-db".into(),
            finished: at("2026-12-03T12:03:00Z"),
            result: Ok(()),
        }),
    );
    assert_eq!(status(&model), "TestConnection passed for orders-db");
    let err = GlueError::new(
        ErrorKind::InvalidInput,
        "TestConnection",
        "Unable to connect to b-1.msk:9094: timed out",
    )
    .with_subject("events");
    update(
        &mut model,
        Msg::Glue(GlueReply::TestConnection {
            name: "events".into(),
            finished: at("2026-12-03T12:04:00Z"),
            result: Err(err),
        }),
    );
    assert!(
        status(&model).contains("Unable to connect to b-1.msk:9094"),
        "{}",
        status(&model)
    );
    let shown = screen(&model);
    assert!(
        shown.contains("Last test: failed 2026-12-03 12:04"),
        "{shown}"
    );
    insta::assert_snapshot!("test_failed_120x35", shown);
    update(
        &mut model,
        Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    insta::assert_snapshot!("test_failed_80x24", screen(&model));
    update(
        &mut model,
        Msg::Resize {
            width: 120,
            height: 35,
        },
    );
    update(&mut model, key(KeyCode::Up));
    let shown = screen(&model);
    assert!(
        shown.contains("Last test: passed 2026-12-03 12:03"),
        "{shown}"
    );
    assert!(!model.wants_ticks() || model.message.is_some());
}

/// Alt-T in the wizard: the form's input goes to TestConnection as TestConnectionInput, the form stays open and
/// editable, and the outcome is said in the status bar.
#[test]
fn alt_t_tests_the_forms_unsaved_input() {
    use crate::support::keys::{alt, typed};
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(&mut model, 1, Vec::new(), None);
    update(&mut model, ch('n'));
    let nothing = update(&mut model, alt('t'));
    assert!(nothing.is_empty(), "no type yet: {nothing:?}");
    assert!(
        status(&model).starts_with("Nothing to test yet"),
        "{}",
        status(&model)
    );
    typed(&mut model, "kafka");
    update(&mut model, key(KeyCode::Enter));
    let effects = update(&mut model, alt('t'));
    let [
        Effect::Glue {
            call: GlueCall::TestUnsaved { input, .. },
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("one TestConnectionInput call: {effects:?}");
    };
    assert_eq!(input.connection_type, "KAFKA");
    assert!(status(&model).starts_with("Testing the form's KAFKA connection"));
    assert!(
        update(&mut model, alt('t')).is_empty(),
        "one test at a time"
    );
    let refused = GlueError::new(
        ErrorKind::InvalidInput,
        "TestConnection",
        "Unable to reach the brokers",
    );
    update(
        &mut model,
        Msg::Glue(GlueReply::TestUnsaved {
            result: Err(refused),
        }),
    );
    assert!(model.wizard().is_some(), "the form stays");
    assert!(
        status(&model).contains("The form's input: Glue rejected the TestConnection request: Unable to reach the brokers"),
        "{}",
        status(&model)
    );
    update(
        &mut model,
        Msg::Glue(GlueReply::TestUnsaved { result: Ok(()) }),
    );
    assert!(status(&model).starts_with("TestConnection passed for the form's input"));
}
