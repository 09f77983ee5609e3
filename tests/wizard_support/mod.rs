//! Keys and reads shared by the wizard's update-level tests: what a user presses and what the screen says.
#![allow(dead_code)] // each test crate uses its own subset

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Model, Wizard};
use glue_tui::update::update;

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ch(c: char) -> Msg {
    key(KeyCode::Char(c))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn alt(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT))
}

/// Each character of `text` as a key press; the effects they asked for.
pub fn typed(model: &mut Model, text: &str) -> Vec<Effect> {
    text.chars().flat_map(|c| update(model, ch(c))).collect()
}

pub fn wizard(model: &Model) -> &Wizard {
    model.wizard().expect("the wizard is open")
}

/// Presses Tab until the field labelled `label` has the focus (as a user tabbing down the form would).
pub fn tab_to(model: &mut Model, label: &str) {
    for _ in 0..60 {
        let w = wizard(model);
        if w.form
            .fields()
            .get(w.form.focus)
            .is_some_and(|f| f.label == label)
        {
            return;
        }
        update(model, key(KeyCode::Tab));
    }
    panic!("Tab never reached {label:?}");
}

/// The status bar's message ("" when there is none).
pub fn status(model: &Model) -> String {
    model
        .message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}
