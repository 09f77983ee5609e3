//! `w` through `update`: the prompt, the file's text (one ConnectionList, secrets left out unless revealed), and
//! what the status bar says when it is written or refused.

use crossterm::event::KeyCode;
use glue_tui::model::{Connection, ConnectionList};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Dialog, Model};
use glue_tui::update::{init, update};

use crate::support::keys::{ch, key, typed};
use crate::support::model::{conn, loaded, map, screen, session, status};

fn browser(width: u16, height: u16) -> Model {
    let mut model = Model::new(session(), width, height);
    init(&mut model);
    let with_password = Connection {
        connection_properties: Some(map(&[("USERNAME", "etl"), ("PASSWORD", "hunter2")])),
        ..conn("orders-db", "JDBC")
    };
    loaded(
        &mut model,
        1,
        vec![
            with_password,
            conn("events", "KAFKA"),
            conn("net", "NETWORK"),
        ],
        None,
    );
    model
}

fn written(effects: &[Effect]) -> (String, ConnectionList, String) {
    let [Effect::WriteFile { path, text, what }] = effects else {
        panic!("one WriteFile: {effects:?}");
    };
    (
        path.clone(),
        serde_json::from_str(text).expect("a ConnectionList"),
        what.clone(),
    )
}

#[test]
fn w_asks_for_a_path_and_writes_the_selected_connection_without_its_password() {
    let mut model = browser(120, 35);
    update(&mut model, ch('w'));
    assert_eq!(model.dialog, Some(Dialog::WritePath));
    let shown = screen(&model);
    assert!(shown.contains("Write to a file"), "{shown}");
    assert!(shown.contains("Enter write"), "{shown}");
    insta::assert_snapshot!("write_prompt_120x35", shown);

    // Enter with nothing typed writes nothing.
    assert!(update(&mut model, key(KeyCode::Enter)).is_empty());
    assert!(status(&model).starts_with("Type the path of a new file"));
    typed(&mut model, "~/orders.json");
    let (path, list, what) = written(&update(&mut model, key(KeyCode::Enter)));
    assert_eq!(path, "~/orders.json");
    assert_eq!(what, "orders-db (1 secret left out)");
    let [one] = list.connection_list.as_slice() else {
        panic!("{list:?}");
    };
    let properties = one.connection_properties.as_ref().unwrap();
    assert!(!properties.contains_key("PASSWORD") && properties["USERNAME"] == "etl");
    assert_eq!(model.dialog, None);

    update(
        &mut model,
        Msg::FileWritten {
            path: "~/orders.json".into(),
            what,
            result: Ok(412),
        },
    );
    assert_eq!(
        status(&model),
        "Wrote orders-db (1 secret left out) to ~/orders.json (412 bytes) — glue-tui import ~/orders.json creates \
         them elsewhere"
    );
    update(
        &mut model,
        Msg::FileWritten {
            path: "~/orders.json".into(),
            what: "orders-db".into(),
            result: Err("File exists (os error 17)".into()),
        },
    );
    assert!(status(&model).starts_with("Not written: ~/orders.json exists"));
}

#[test]
fn w_with_marks_writes_every_marked_connection_and_esc_writes_nothing() {
    let mut model = browser(80, 24);
    update(&mut model, ch(' '));
    update(&mut model, ch('j'));
    update(&mut model, ch(' '));
    update(&mut model, ch('w'));
    insta::assert_snapshot!("write_prompt_marked_80x24", screen(&model));
    assert!(update(&mut model, key(KeyCode::Esc)).is_empty());
    assert_eq!(status(&model), "Nothing written");
    update(&mut model, ch('w'));
    typed(&mut model, "/tmp/two.json");
    let (_, list, what) = written(&update(&mut model, key(KeyCode::Enter)));
    assert_eq!(what, "2 marked connections (1 secret left out)");
    let names: Vec<&str> = list
        .connection_list
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["orders-db", "events"]);
}
