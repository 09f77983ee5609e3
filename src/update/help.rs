//! The help overlay's scrolling: the keys that move a list move the help while it is open, bounded by what does not
//! fit the terminal (`screen::help_text::max_scroll`).

use crate::keymap::Action;
use crate::screen::help_text::max_scroll;
use crate::state::Model;

/// Scrolls the open help by `action` (Up, Down, PageUp, PageDown, Top, Bottom); other actions do nothing.
pub fn scroll(model: &mut Model, action: Action) {
    let max = max_scroll(model.wizard().is_some(), model.width, model.height);
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
