//! Marks and deletes through `update`: Space, `*` and `U`; `d` with its typed confirmation; the answer removing only
//! the rows that went, and what the screen says of each.

use crossterm::event::KeyCode;
use glue_tui::glue::{DeleteRefused, Deleted, GlueCall, GlueReply};
use glue_tui::model::Connection;
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Dialog, Model};
use glue_tui::update::{init, update};

use crate::support::keys::{ch, key, typed};
use crate::support::model::{conn, loaded, screen, session, status};

fn rows(range: std::ops::Range<usize>) -> Vec<Connection> {
    range.map(|i| conn(&format!("c-{i:03}"), "JDBC")).collect()
}

/// 120×35, the first page (10 rows) loaded and more to come.
fn browser() -> Model {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(&mut model, 1, rows(0..10), Some("t1"));
    model
}

fn selected(model: &Model) -> String {
    model
        .selected_connection()
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// The DeleteConnections calls among `effects`: the names each asks for.
fn deletes(effects: &[Effect]) -> Vec<Vec<String>> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::DeleteConnections { names, .. },
                ..
            } => Some(names.clone()),
            _ => None,
        })
        .collect()
}

/// A name's outcome as a test writes it: `Err((reason, not_found))`.
type Outcome<'a> = (&'a str, Result<(), (&'a str, bool)>);

fn answered(model: &mut Model, outcomes: Vec<Outcome>) -> Vec<Effect> {
    let outcomes = outcomes
        .into_iter()
        .map(|(name, outcome)| Deleted {
            name: name.to_string(),
            outcome: outcome.map_err(|(reason, not_found)| DeleteRefused {
                reason: reason.to_string(),
                not_found,
            }),
        })
        .collect();
    update(model, Msg::Glue(GlueReply::DeleteConnections { outcomes }))
}

#[test]
fn marks_survive_paging_and_filtering_and_u_clears_them() {
    let mut model = browser();
    update(&mut model, ch(' '));
    update(&mut model, ch('j'));
    update(&mut model, ch('j'));
    update(&mut model, ch(' '));
    assert_eq!(model.marks.iter().collect::<Vec<_>>(), ["c-000", "c-002"]);
    assert!(status(&model).is_empty() || !status(&model).contains("marked"));
    assert!(screen(&model).contains("2 marked"), "{}", screen(&model));
    // The next page comes; the marks stay.
    loaded(&mut model, 1, rows(10..20), None);
    assert_eq!(model.marks.len(), 2);
    // A filter hides c-000: its mark stays, and `*` marks what the filter shows.
    update(&mut model, ch('/'));
    typed(&mut model, "'c-01");
    update(&mut model, key(KeyCode::Enter));
    update(&mut model, ch('*'));
    assert_eq!(model.marks.len(), 12, "c-000, c-002 and the ten c-01x");
    assert_eq!(status(&model), "12 marked");
    // `*` again, with all shown marked: unmarks the shown only.
    update(&mut model, ch('*'));
    assert_eq!(model.marks.iter().collect::<Vec<_>>(), ["c-000", "c-002"]);
    update(&mut model, ch('U'));
    assert!(model.marks.is_empty());
    // Space again on a marked row unmarks it.
    update(&mut model, ch(' '));
    update(&mut model, ch(' '));
    assert!(model.marks.is_empty());
}

/// One connection: its name must be typed; a wrong text sends nothing and keeps the dialog; Esc deletes nothing.
#[test]
fn d_asks_for_the_name_and_only_the_right_name_deletes() {
    let mut model = browser();
    update(&mut model, ch('j'));
    assert!(deletes(&update(&mut model, ch('d'))).is_empty());
    assert_eq!(model.dialog, Some(Dialog::ConfirmDelete));
    assert!(
        screen(&model).contains("Type c-001 to delete it:"),
        "{}",
        screen(&model)
    );
    typed(&mut model, "c-00");
    assert!(deletes(&update(&mut model, key(KeyCode::Enter))).is_empty());
    assert_eq!(model.dialog, Some(Dialog::ConfirmDelete), "still asking");
    assert!(
        status(&model).contains("type its name, c-001"),
        "{}",
        status(&model)
    );
    // Keys that mean something in the list are text here: `q` does not quit, `j` does not move.
    typed(&mut model, "q");
    assert!(!model.quitting);
    update(&mut model, key(KeyCode::Backspace));
    update(&mut model, key(KeyCode::Esc));
    assert_eq!(model.dialog, None);
    assert_eq!(status(&model), "Nothing deleted");

    update(&mut model, ch('d'));
    typed(&mut model, "c-001");
    let sent = deletes(&update(&mut model, key(KeyCode::Enter)));
    assert_eq!(sent, [vec!["c-001".to_string()]]);
    assert_eq!(model.dialog, None);
    assert!(screen(&model).contains("deleting 1…"), "{}", screen(&model));

    answered(&mut model, vec![("c-001", Ok(()))]);
    assert_eq!(status(&model), "Deleted c-001");
    assert!(!model.list.names.contains("c-001"));
    assert_eq!(model.list.items.len(), 9);
    assert_eq!(
        selected(&model),
        "c-002",
        "the cursor on the row that took its place"
    );
}

/// Several marked: the count is typed; a partial failure removes only what went, keeps the rest marked with
/// their reason (in the detail pane too), and a name Glue no longer has leaves the list as well.
#[test]
fn a_batch_with_a_partial_failure_keeps_the_refused_rows_marked_with_their_reason() {
    let mut model = browser();
    for _ in 0..3 {
        update(&mut model, ch(' '));
        update(&mut model, ch('j'));
    }
    update(&mut model, ch('d'));
    let shown = screen(&model);
    assert!(shown.contains("Delete 3 connections?"), "{shown}");
    assert!(
        shown.contains("• c-000") && shown.contains("• c-002"),
        "{shown}"
    );
    typed(&mut model, "c-002");
    assert!(
        deletes(&update(&mut model, key(KeyCode::Enter))).is_empty(),
        "the count, not a name"
    );
    update(&mut model, key(KeyCode::Esc));
    update(&mut model, ch('d'));
    typed(&mut model, "3");
    let sent = deletes(&update(&mut model, key(KeyCode::Enter)));
    assert_eq!(
        sent,
        [vec!["c-000".to_string(), "c-001".into(), "c-002".into()]]
    );

    answered(
        &mut model,
        vec![
            ("c-000", Ok(())),
            ("c-001", Err(("AccessDeniedException: not allowed", false))),
            (
                "c-002",
                Err(("EntityNotFoundException: Connection not found.", true)),
            ),
        ],
    );
    assert_eq!(
        status(&model),
        "Deleted 2 of 3 — not c-001: AccessDeniedException: not allowed"
    );
    let names: Vec<&str> = model.list.items.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names[..2], ["c-001", "c-003"]);
    assert_eq!(model.marks.iter().collect::<Vec<_>>(), ["c-001"]);
    // The refused row: ✗ in the gutter, the reason at the top of its detail pane.
    update(&mut model, ch('g'));
    assert_eq!(selected(&model), "c-001");
    let shown = screen(&model);
    assert!(shown.contains("│✗ c-001"), "{shown}");
    assert!(
        shown.contains("✗ Not deleted: AccessDeniedException: not allowed"),
        "{shown}"
    );
}

/// Marks name connections of one catalog: `:catalog` clears them.
#[test]
fn another_catalog_clears_the_marks() {
    let mut model = browser();
    update(&mut model, ch(' '));
    assert_eq!(model.marks.len(), 1);
    typed(&mut model, ":catalog 123456789012");
    update(&mut model, key(KeyCode::Enter));
    assert!(model.marks.is_empty());
}

/// The confirmations (one, several) and the mark gutter, at 120×35 and 80×24, over the demo catalog.
#[test]
fn the_confirmations_and_the_mark_gutter_on_screen() {
    for (width, height) in [(120, 35), (80, 24)] {
        let mut model = Model::new(crate::support::model::demo_session(), width, height);
        init(&mut model);
        loaded(&mut model, 1, crate::support::model::demo_rows(), None);
        update(&mut model, ch('d'));
        insta::assert_snapshot!(format!("delete_one_{width}x{height}"), screen(&model));
        update(&mut model, key(KeyCode::Esc));
        for _ in 0..3 {
            update(&mut model, ch(' '));
            update(&mut model, ch('j'));
        }
        insta::assert_snapshot!(format!("marked_three_{width}x{height}"), screen(&model));
        update(&mut model, ch('d'));
        typed(&mut model, "3");
        insta::assert_snapshot!(format!("delete_three_{width}x{height}"), screen(&model));
    }
}

/// `--readonly`: every key that would change a definition is refused with a word (and nothing asked of Glue);
/// marking and browsing still work; the hint line, the help and the title say so.
#[test]
fn read_only_refuses_create_clone_edit_and_delete_in_one_gate() {
    let mut model = Model::new(
        glue_tui::state::Session {
            readonly: true,
            ..session()
        },
        120,
        35,
    );
    init(&mut model);
    loaded(&mut model, 1, rows(0..10), None);
    for (key_pressed, name) in [('n', "n"), ('C', "C"), ('e', "e"), ('d', "d")] {
        let effects = update(&mut model, ch(key_pressed));
        assert!(effects.is_empty(), "{key_pressed}: {effects:?}");
        assert!(model.wizard().is_none() && model.dialog.is_none());
        assert_eq!(
            status(&model),
            format!(
                "read-only: {name} is off (started with --readonly; browsing, copying and exporting still work)"
            )
        );
    }
    update(&mut model, ch(' '));
    assert_eq!(model.marks.len(), 1, "a mark changes nothing: allowed");
    let shown = screen(&model);
    assert!(
        shown
            .lines()
            .next()
            .unwrap_or_default()
            .contains("mode read-only"),
        "{shown}"
    );
    assert!(
        shown.lines().last().unwrap_or_default().contains("d off"),
        "{shown}"
    );
    insta::assert_snapshot!("read_only_120x35", shown);
    update(
        &mut model,
        glue_tui::msg::Msg::Resize {
            width: 80,
            height: 24,
        },
    );
    insta::assert_snapshot!("read_only_80x24", screen(&model));
    update(
        &mut model,
        glue_tui::msg::Msg::Resize {
            width: 120,
            height: 35,
        },
    );
    update(&mut model, ch('?'));
    let help = screen(&model);
    assert!(
        help.contains("new connection (the create wizard) — off: started with --readonly"),
        "{help}"
    );
}

/// `y` with marks copies every marked connection as one `{"ConnectionList": [...]}` — export's shape — with each
/// one's secrets left out; without marks, the selected connection alone.
#[test]
fn y_with_marks_copies_them_all_as_one_connection_list() {
    let mut model = browser();
    let mut secret = conn("c-001", "JDBC");
    secret.connection_properties = Some(
        [("PASSWORD".to_string(), "hunter2".to_string())]
            .into_iter()
            .collect(),
    );
    model.list.items[1] = secret;
    update(&mut model, ch(' '));
    update(&mut model, ch('j'));
    update(&mut model, ch(' '));
    let effects = update(&mut model, ch('y'));
    let [Effect::Copy { text, what }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(what, "2 marked connections as JSON (1 secret left out)");
    assert!(!text.contains("hunter2"), "{text}");
    let list: glue_tui::model::ConnectionList = serde_json::from_str(text).expect("export's shape");
    let names: Vec<&str> = list
        .connection_list
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["c-000", "c-001"]);

    update(&mut model, ch('U'));
    let effects = update(&mut model, ch('y'));
    let [Effect::Copy { what, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(what, "c-001 JSON (1 secret left out)");
}
