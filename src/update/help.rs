//! The help overlay's and the message log's scrolling: the keys that move a list move the dialog while it is open,
//! bounded by what does not fit the terminal (`screen::help_text::max_scroll`, `screen::messages_text::max_scroll`).

use crate::keymap::Action;
use crate::screen::{help_text, messages_text};
use crate::state::{Dialog, Model};

/// Scrolls the open dialog by `action` (Up, Down, PageUp, PageDown, Top, Bottom); other actions do nothing.
pub fn scroll(model: &mut Model, action: Action) {
    let max = match model.dialog {
        Some(Dialog::Messages) => messages_text::max_scroll(model, model.width, model.height),
        _ => help_text::max_scroll(
            model.wizard().is_some(),
            model.width,
            model.height,
            model.session.readonly,
        ),
    };
    let page = (model.height as usize).saturating_sub(4).max(1);
    let now = model.help_scroll.min(max);
    model.help_scroll = match action {
        Action::Down => now + 1,
        Action::Up => now.saturating_sub(1),
        Action::PageDown => now + page,
        Action::PageUp => now.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => max,
        _ => now,
    }
    .min(max);
}
