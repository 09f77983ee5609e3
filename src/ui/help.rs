//! The `?` and F1 overlays: every key (`screen::help_text`), scrolled by `Model::help_scroll`, the title saying
//! where the view is when the help does not fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Color;

use crate::screen::help_text::{MAX_WIDTH, inner_width, lines, max_scroll};
use crate::state::Model;

/// The browser's keys, or the wizard's while it is open.
pub fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let wizard = model.wizard().is_some();
    let readonly = model.session.readonly;
    let max = max_scroll(wizard, area.width, area.height, readonly);
    let scroll = model.help_scroll.min(max);
    let (name, close) = if wizard {
        ("Wizard keys", "Esc or F1 closes")
    } else {
        ("Keys", "Esc or ? closes")
    };
    let title = if max == 0 {
        format!(" {name} — {close} ")
    } else {
        let more = if scroll < max {
            "j/↓ more"
        } else {
            "the end"
        };
        format!(" {name} {}/{} · {more} — {close} ", scroll + 1, max + 1)
    };
    let all = lines(wizard, inner_width(area.width), readonly);
    let shown = all.into_iter().skip(scroll).collect();
    super::popup::draw(frame, area, MAX_WIDTH, &title, Color::Cyan, shown);
}
