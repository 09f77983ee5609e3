//! The model's inputs and reads: sessions, connections, the demo data, a page answered, the effects asked for, and
//! what the screen and the status bar say.

use std::sync::LazyLock;

use glue_tui::glue::memory::{DEMO_CATALOG_JSON, DEMO_CONNECTION_TYPES_JSON};
use glue_tui::glue::{GlueCall, GlueReply, Page};
use glue_tui::model::{Connection, ConnectionList, ConnectionTypeDescription, PropertyMap};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Model, Session, Wizard};
use glue_tui::ui;
use glue_tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The default session with pages of 10.
pub fn session() -> Session {
    Session {
        page_size: 10,
        ..Session::default()
    }
}

/// `--demo`'s session, in pages of 100.
pub fn demo_session() -> Session {
    Session {
        demo: true,
        page_size: 100,
        ..Session::default()
    }
}

pub fn conn(name: &str, ty: &str) -> Connection {
    Connection {
        name: name.into(),
        connection_type: Some(ty.into()),
        ..Default::default()
    }
}

/// `c` as GetConnection with HidePassword=false answers it: with the `PASSWORD` a HidePassword listing left out.
pub fn with_password(mut c: Connection, password: &str) -> Connection {
    c.connection_properties
        .get_or_insert_with(Default::default)
        .insert("PASSWORD".into(), password.into());
    c
}

/// `(key, value)` pairs as a property map (a `BTreeMap`, as the model and the SDK request's maps are built).
pub fn map(pairs: &[(&str, &str)]) -> PropertyMap {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The catalog `--demo` browses.
pub fn demo_rows() -> Vec<Connection> {
    let list: ConnectionList = serde_json::from_str(DEMO_CATALOG_JSON).unwrap();
    list.connection_list
}

/// The DescribeConnectionType answer `--demo` gives for `connection_type` (`assets/demo/connection_types.json`).
pub fn demo_description(connection_type: &str) -> ConnectionTypeDescription {
    static ALL: LazyLock<Vec<ConnectionTypeDescription>> = LazyLock::new(|| {
        serde_json::from_str(DEMO_CONNECTION_TYPES_JSON).expect("the demo descriptions")
    });
    ALL.iter()
        .find(|d| d.connection_type == connection_type)
        .cloned()
        .unwrap_or_else(|| panic!("no demo description of {connection_type}"))
}

/// A listing page of `generation` answered with `connections` (and `token` for the next one); the effects it asked for.
pub fn loaded(
    model: &mut Model,
    generation: u64,
    connections: Vec<Connection>,
    token: Option<&str>,
) -> Vec<Effect> {
    update(
        model,
        Msg::Glue(GlueReply::GetConnectionsPage {
            generation,
            result: Ok(Page {
                connections,
                next_token: token.map(str::to_string),
            }),
        }),
    )
}

/// The listing requests (GetConnections) in `effects`, as (generation, next_token).
pub fn fetches(effects: &[Effect]) -> Vec<(u64, Option<String>)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call:
                    GlueCall::GetConnectionsPage {
                        generation,
                        request,
                    },
                ..
            } => Some((*generation, request.next_token.clone())),
            _ => None,
        })
        .collect()
}

/// A test terminal the model's size, drawn once as the event loop draws it.
pub fn drawn(model: &Model) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(model.width, model.height)).unwrap();
    terminal.draw(|f| ui::draw(f, model)).unwrap();
    terminal
}

/// The screen as text.
pub fn screen(model: &Model) -> String {
    drawn(model).backend().to_string()
}

/// The status bar's message ("" when there is none).
pub fn status(model: &Model) -> String {
    model
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// The open wizard.
pub fn wizard(model: &Model) -> &Wizard {
    model.wizard().expect("the wizard is open")
}

/// The DescribeConnectionType calls among `effects`, by the type they ask about.
pub fn described_types(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::DescribeConnectionType { connection_type },
                ..
            } => Some(connection_type.clone()),
            _ => None,
        })
        .collect()
}
