//! The create wizard on screen, driven through `update` with keys as a user types them: every section at 120×35
//! and at 80×24, and a few moments in between (the leave question, a type described by the server, a name the
//! server already has). Text snapshots of ratatui's TestBackend, as in `render.rs`.

use crossterm::event::KeyCode;
use glue_tui::glue::{ErrorKind, GlueCall, GlueError, GlueReply};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::Model;
use glue_tui::update::{init, update};

use crate::support::keys::{alt, ctrl, press, typed};
use crate::support::model::{demo_description, demo_rows, demo_session, drawn, loaded};

const SIZES: [(u16, u16); 3] = [(120, 35), (80, 24), (60, 20)];

/// The demo catalog in the browser, as after start-up; no draft waiting.
fn browser(width: u16, height: u16) -> Model {
    let mut model = Model::new(demo_session(), width, height);
    init(&mut model);
    loaded(&mut model, 1, demo_rows(), None);
    update(&mut model, Msg::DraftLoaded(None));
    model
}

/// The whole screen, under a line telling where the terminal's cursor stands (where typing goes), if shown.
fn screen(model: &Model) -> String {
    let terminal = drawn(model);
    let backend = terminal.backend();
    let cursor = if backend.cursor_visible() {
        let p = backend.cursor_position();
        format!("cursor: column {}, row {}", p.x, p.y)
    } else {
        "cursor: hidden".to_string()
    };
    format!("{cursor}\n{backend}")
}

/// `n` in the browser: the wizard opens on the Type step.
fn wizard(width: u16, height: u16) -> Model {
    let mut model = browser(width, height);
    press(&mut model, KeyCode::Char('n'));
    assert!(model.wizard().is_some(), "n opens the wizard");
    model
}

/// The wizard with `query` typed into the picker and the first match picked: focus on Basics → Name.
fn picked(width: u16, height: u16, query: &str) -> Model {
    let mut model = wizard(width, height);
    typed(&mut model, query);
    press(&mut model, KeyCode::Enter);
    model
}

/// A JDBC form with a name and a description, on Basics → Description.
fn jdbc_basics(width: u16, height: u16) -> Model {
    let mut model = picked(width, height, "jdbc");
    typed(&mut model, "orders-db");
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "Orders replica for reporting");
    model
}

fn section_title(model: &Model) -> &'static str {
    model.wizard().unwrap().form.section.title()
}

fn for_each_size(name: &str, build: impl Fn(u16, u16) -> Model) {
    for (width, height) in SIZES {
        let model = build(width, height);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen(&model));
    }
}

#[test]
fn wizard_type() {
    for_each_size("wizard_type", |w, h| {
        let mut model = wizard(w, h);
        typed(&mut model, "sql");
        model
    });
}

#[test]
fn wizard_basics() {
    for_each_size("wizard_basics", |w, h| {
        let model = jdbc_basics(w, h);
        assert_eq!(section_title(&model), "Basics");
        model
    });
}

/// The JDBC form on Properties, host + port + engine chosen: a port that is not a number, a password typed (masked),
/// the focus on the password.
fn jdbc_properties(width: u16, height: u16) -> Model {
    let mut model = jdbc_basics(width, height);
    press(&mut model, KeyCode::PageDown);
    assert_eq!(section_title(&model), "Connection properties");
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "db.internal");
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "54x2");
    press(&mut model, KeyCode::Tab);
    press(&mut model, ctrl('n'));
    // Required first: after the endpoint's fields come the credentials' choice and the user name, before the
    // optional engine version.
    for _ in 0..2 {
        press(&mut model, KeyCode::Tab);
    }
    typed(&mut model, "reporter");
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "s3cret!");
    model
}

#[test]
fn wizard_properties() {
    for_each_size("wizard_properties", |w, h| {
        let model = jdbc_properties(w, h);
        let f = &model.wizard().unwrap().form;
        let field = &f.fields()[f.focus];
        assert!(field.secret, "the focus is on the password");
        model
    });
}

#[test]
fn wizard_authentication() {
    for_each_size("wizard_authentication", |w, h| {
        let mut model = picked(w, h, "salesforce");
        typed(&mut model, "crm-prod");
        press(&mut model, KeyCode::PageDown);
        press(&mut model, KeyCode::PageDown);
        assert_eq!(section_title(&model), "Authentication");
        // A letter picks the first choice starting with it.
        typed(&mut model, "o");
        model
    });
}

#[test]
fn wizard_network() {
    for_each_size("wizard_network", |w, h| {
        let mut model = picked(w, h, "network");
        typed(&mut model, "vpc-path");
        for _ in 0..3 {
            press(&mut model, KeyCode::PageDown);
        }
        assert_eq!(section_title(&model), "Network");
        model
    });
}

#[test]
fn wizard_compute() {
    for_each_size("wizard_compute", |w, h| {
        let mut model = jdbc_basics(w, h);
        for _ in 0..4 {
            press(&mut model, KeyCode::PageDown);
        }
        assert_eq!(section_title(&model), "Compute environments");
        press(&mut model, alt('a'));
        press(&mut model, KeyCode::Char('1'));
        typed(&mut model, "spark.executor.memory");
        press(&mut model, KeyCode::Tab);
        typed(&mut model, "4g");
        model
    });
}

#[test]
fn wizard_options() {
    for_each_size("wizard_options", |w, h| {
        let mut model = jdbc_basics(w, h);
        for _ in 0..5 {
            press(&mut model, KeyCode::PageDown);
        }
        assert_eq!(section_title(&model), "Options");
        press(&mut model, alt('a'));
        typed(&mut model, "team");
        press(&mut model, KeyCode::Tab);
        typed(&mut model, "data-eng");
        model
    });
}

#[test]
fn wizard_review() {
    for_each_size("wizard_review", |w, h| {
        let mut model = jdbc_properties(w, h);
        for _ in 0..5 {
            press(&mut model, KeyCode::PageDown);
        }
        assert_eq!(section_title(&model), "Review");
        press(&mut model, KeyCode::Down);
        press(&mut model, KeyCode::Down);
        press(&mut model, KeyCode::End);
        typed(&mut model, ",");
        let error = model.wizard().unwrap().review_error.clone();
        assert!(
            error.as_deref().is_some_and(|e| e.starts_with("line ")),
            "{error:?}"
        );
        model
    });
}

#[test]
fn wizard_leave_question() {
    for_each_size("wizard_leave", |w, h| {
        let mut model = jdbc_basics(w, h);
        press(&mut model, KeyCode::Esc);
        model
    });
}

#[test]
fn wizard_salesforce_described() {
    for_each_size("wizard_salesforce_described", |w, h| {
        let mut model = picked(w, h, "salesforce");
        typed(&mut model, "crm-prod");
        let description = demo_description("SALESFORCE");
        update(
            &mut model,
            Msg::Glue(GlueReply::DescribeConnectionType {
                connection_type: "SALESFORCE".into(),
                result: Ok(description),
            }),
        );
        press(&mut model, KeyCode::PageDown);
        assert_eq!(section_title(&model), "Connection properties");
        model
    });
}

#[test]
fn wizard_already_exists() {
    for_each_size("wizard_already_exists", |w, h| {
        let mut model = jdbc_basics(w, h);
        press(&mut model, KeyCode::PageDown);
        // Endpoint: the JDBC URL instead of host + port + engine; Tab goes straight to it.
        press(&mut model, KeyCode::Right);
        press(&mut model, KeyCode::Tab);
        typed(&mut model, "jdbc:postgresql://db.internal:5432/orders");
        press(&mut model, KeyCode::Tab);
        press(&mut model, KeyCode::Tab);
        typed(&mut model, "reporter");
        press(&mut model, KeyCode::Tab);
        typed(&mut model, "s3cret!");
        let effects = press(&mut model, ctrl('s'));
        assert!(
            effects.iter().any(|e| matches!(
                e,
                Effect::Glue {
                    call: GlueCall::CreateConnection { .. },
                    ..
                }
            )),
            "Ctrl-S sends a valid form: {:?}",
            model.message
        );
        let err = GlueError::new(
            ErrorKind::AlreadyExists,
            "CreateConnection",
            "Connection already exists.",
        )
        .with_subject("orders-db");
        update(
            &mut model,
            Msg::Glue(GlueReply::CreateConnection {
                name: "orders-db".into(),
                result: Err(err),
            }),
        );
        assert_eq!(section_title(&model), "Basics");
        model
    });
}

/// F1: the wizard's keys, drawn from the keymap's table.
#[test]
fn wizard_help() {
    for_each_size("wizard_help", |w, h| {
        let mut model = jdbc_basics(w, h);
        press(&mut model, KeyCode::F(1));
        assert!(model.help_open());
        model
    });
}

/// The wizard with the demo's ListConnectionTypes answer in: Glue's registered `REST-…` connector in the picker.
fn wizard_with_glues_list(width: u16, height: u16) -> Model {
    let mut model = browser(width, height);
    let effects = press(&mut model, KeyCode::Char('n'));
    let origin = effects
        .iter()
        .find_map(|e| match e {
            Effect::Glue {
                call: GlueCall::ListConnectionTypes { origin },
                ..
            } => Some(origin.clone()),
            _ => None,
        })
        .expect("n asks for Glue's list of types");
    let v: serde_json::Value =
        serde_json::from_str(glue_tui::glue::memory::DEMO_CONNECTION_TYPE_LIST_JSON).unwrap();
    update(
        &mut model,
        Msg::Glue(GlueReply::ListConnectionTypes {
            origin,
            result: Ok(serde_json::from_value(v["ConnectionTypes"].clone()).unwrap()),
        }),
    );
    model
}

/// `ty`'s demo description arrives for the form.
fn described(model: &mut Model, ty: &str) {
    update(
        model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: ty.into(),
            result: Ok(demo_description(ty)),
        }),
    );
}

/// Forward to the section titled `title`.
fn to_section(model: &mut Model, title: &str) {
    for _ in 0..8 {
        if section_title(model) == title {
            return;
        }
        press(model, KeyCode::PageDown);
    }
    panic!("no section {title}");
}

#[test]
fn wizard_type_listed_by_glue() {
    for_each_size("wizard_type_listed_by_glue", |w, h| {
        let mut model = wizard_with_glues_list(w, h);
        typed(&mut model, "acme");
        assert!(model.wizard().unwrap().picker.on_listed());
        model
    });
}

#[test]
fn wizard_salesforce_authentication() {
    for_each_size("wizard_salesforce_authentication", |w, h| {
        let mut model = picked(w, h, "salesforce");
        typed(&mut model, "crm-prod");
        described(&mut model, "SALESFORCE");
        to_section(&mut model, "Authentication");
        model
    });
}

#[test]
fn wizard_rest_type_steps() {
    for (section, name) in [
        ("Connection properties", "wizard_rest_properties"),
        ("Authentication", "wizard_rest_authentication"),
    ] {
        for_each_size(name, |w, h| {
            let mut model = wizard_with_glues_list(w, h);
            typed(&mut model, "acme");
            press(&mut model, KeyCode::Enter);
            typed(&mut model, "tickets");
            described(&mut model, "REST-ACME-TICKETS");
            to_section(&mut model, section);
            model
        });
    }
}

#[test]
fn wizard_athena_compute() {
    for_each_size("wizard_athena_compute", |w, h| {
        let mut model = picked(w, h, "dynamodb");
        typed(&mut model, "orders-ddb");
        described(&mut model, "DYNAMODB");
        to_section(&mut model, "Compute environments");
        model
    });
}

/// Until DescribeConnectionType answers, a type the build's table does not know has no fields yet: the steps the
/// description fills in say Glue is being asked, not "pick a type first".
#[test]
fn a_type_being_described_says_so_in_its_empty_steps() {
    let mut model = wizard_with_glues_list(120, 35);
    typed(&mut model, "acme");
    press(&mut model, KeyCode::Enter);
    typed(&mut model, "tickets");
    for section in ["Connection properties", "Compute environments"] {
        to_section(&mut model, section);
        let text = screen(&model);
        assert!(
            text.contains("Asking Glue (DescribeConnectionType) what REST-ACME-TICKETS takes…"),
            "{text}"
        );
        assert!(!text.contains("Pick a connection type first"), "{text}");
    }
}

/// The header counts what Glue's list adds to the table, whatever the query: a query that filters Glue's types out
/// must not read as "Glue lists no others".
#[test]
fn the_picker_header_counts_glues_types_whatever_the_query() {
    let mut model = wizard_with_glues_list(120, 35);
    typed(&mut model, "salesforce");
    let text = screen(&model);
    assert!(text.contains(" · 1 more listed by Glue"), "{text}");
    assert!(!text.contains("Glue lists no others"), "{text}");
}

/// At 60×20 the sections shrink to their numbers and counts, so the form's labels are not cut (`Bootstrap s…`).
#[test]
fn wizard_kafka_properties_at_60x20() {
    let mut model = picked(60, 20, "kafka");
    typed(&mut model, "msk-orders");
    to_section(&mut model, "Connection properties");
    let text = screen(&model);
    assert!(text.contains("Bootstrap servers"), "{text}");
    assert!(!text.contains("Bootstrap s…"), "{text}");
    insta::assert_snapshot!("wizard_kafka_properties_60x20", text);
}
