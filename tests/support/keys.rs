//! What a user presses, as the event loop hands it to `update`: keys with and without modifiers, typing, and
//! tabbing through the wizard's form.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::Model;
use glue_tui::update::update;

use super::model::wizard;

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

/// What [`press`] takes: a message, or a bare key (no modifiers) as shorthand for [`key`]`(code)`.
pub trait Pressed {
    fn msg(self) -> Msg;
}

impl Pressed for Msg {
    fn msg(self) -> Msg {
        self
    }
}

impl Pressed for KeyCode {
    fn msg(self) -> Msg {
        key(self)
    }
}

/// One message (`press(m, ctrl('s'))`) or key (`press(m, KeyCode::Tab)`) through `update`; the effects it asked for.
pub fn press(model: &mut Model, input: impl Pressed) -> Vec<Effect> {
    update(model, input.msg())
}

/// Each character of `text` as a key press; the effects they asked for.
pub fn typed(model: &mut Model, text: &str) -> Vec<Effect> {
    text.chars().flat_map(|c| update(model, ch(c))).collect()
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
