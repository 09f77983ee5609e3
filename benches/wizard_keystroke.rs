//! One keystroke in the create wizard: `update` with the key, then a whole frame drawn at 120×35 on a TestBackend —
//! what the user waits for between pressing a key and seeing it. Beside it, a peer measured in the same run (this
//! machine is noisy, so docs/PERFORMANCE.md reports ratios): ratatui drawing a bare Paragraph that fills the same
//! screen, the floor cost of any frame.
//!
//! Each case alternates a letter and Backspace, so the screen measured stays the same one:
//! * the Type step with every one of the 92 types listed (every other keystroke re-scores them all);
//! * the JDBC Connection properties with a port that is not a number (the form re-validated, errors drawn);
//! * the Review step's JSON editor (the text parsed back into the form on each key).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use glue_tui::glue::{GlueReply, Page};
use glue_tui::msg::Msg;
use glue_tui::request::spec::all_specs;
use glue_tui::state::{Model, Session};
use glue_tui::{ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Paragraph;

const WIDTH: u16 = 120;
const HEIGHT: u16 = 35;

fn press(model: &mut Model, code: KeyCode) {
    update::update(model, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(model: &mut Model, text: &str) {
    for c in text.chars() {
        press(model, KeyCode::Char(c));
    }
}

/// The browser with an empty catalog, then `n`: the wizard on its Type step.
fn wizard() -> Model {
    let mut model = Model::new(
        Session {
            demo: true,
            page_size: 100,
            ..Session::default()
        },
        WIDTH,
        HEIGHT,
    );
    update::init(&mut model);
    update::update(
        &mut model,
        Msg::Glue(GlueReply::GetConnectionsPage {
            generation: 1,
            result: Ok(Page::default()),
        }),
    );
    update::update(&mut model, Msg::DraftLoaded(None));
    press(&mut model, KeyCode::Char('n'));
    assert!(model.wizard().is_some(), "n opens the wizard");
    model
}

/// A JDBC form on Connection properties, focus on Port holding `54x2` (a message under it: a warning, as no API
/// rule states a port's form), user name and password typed.
fn jdbc_properties() -> Model {
    let mut model = wizard();
    typed(&mut model, "jdbc");
    press(&mut model, KeyCode::Enter);
    typed(&mut model, "orders-db");
    press(&mut model, KeyCode::PageDown);
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "db.internal");
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "54x2");
    for _ in 0..5 {
        press(&mut model, KeyCode::Tab);
    }
    typed(&mut model, "reporter");
    press(&mut model, KeyCode::Tab);
    typed(&mut model, "s3cret!");
    // Back up to Port.
    for _ in 0..6 {
        press(&mut model, KeyCode::BackTab);
    }
    model
}

fn keystrokes(c: &mut Criterion) {
    let mut group = c.benchmark_group("wizard_keystroke");
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test backend");

    let mut cases: Vec<(&str, Model, char)> = Vec::new();
    let picker = wizard();
    assert_eq!(
        picker.wizard().unwrap().picker.matches().len(),
        all_specs().len(),
        "the picker lists every type"
    );
    cases.push(("type_picker_all_types", picker, 's'));
    let properties = jdbc_properties();
    {
        let w = wizard_of(&properties);
        let field = &w.form.fields()[w.form.focus];
        assert!(
            field.label.starts_with("Port") && (field.error.is_some() || field.warning.is_some()),
            "the focus is on Port, with its message: {field:?}"
        );
    }
    cases.push(("jdbc_properties_with_errors", properties, '1'));
    let mut review = jdbc_properties();
    for _ in 0..5 {
        press(&mut review, KeyCode::PageDown);
    }
    // Inside the value of "Name", so each letter keeps the JSON valid and is parsed back into the form.
    press(&mut review, KeyCode::Down);
    press(&mut review, KeyCode::Down);
    press(&mut review, KeyCode::End);
    press(&mut review, KeyCode::Left);
    press(&mut review, KeyCode::Left);
    press(&mut review, KeyCode::Char('x'));
    assert!(
        wizard_of(&review).review_error.is_none()
            && wizard_of(&review).form.to_request().connection_input.name == "orders-dbx",
        "the letter lands in the name and parses"
    );
    press(&mut review, KeyCode::Backspace);
    cases.push(("review_json_editor", review, 'x'));

    for (name, mut model, letter) in cases {
        let mut letter_next = true;
        group.bench_function(name, |b| {
            b.iter(|| {
                let code = if letter_next {
                    KeyCode::Char(letter)
                } else {
                    KeyCode::Backspace
                };
                letter_next = !letter_next;
                black_box(update::update(
                    &mut model,
                    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)),
                ));
                terminal
                    .draw(|f| ui::draw(f, black_box(&model)))
                    .map(|_| ())
            })
        });
    }

    let text = "x".repeat(usize::from(WIDTH) * usize::from(HEIGHT));
    group.bench_function("peer_bare_paragraph_120x35", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(Paragraph::new(black_box(text.as_str())), f.area()))
                .map(|_| ())
        })
    });
    group.finish();
}

fn wizard_of(model: &Model) -> &glue_tui::state::Wizard {
    model.wizard().expect("the wizard is open")
}

criterion_group!(benches, keystrokes);
criterion_main!(benches);
