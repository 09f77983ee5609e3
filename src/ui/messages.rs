//! The `M` overlay: the last status messages, whole (`screen::messages_text`), scrolled by `Model::help_scroll`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Color;

use crate::screen::help_text::{MAX_WIDTH, inner_width};
use crate::screen::messages_text::{lines, max_scroll};
use crate::state::Model;

pub fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let max = max_scroll(model, area.width, area.height);
    let scroll = model.help_scroll.min(max);
    let count = model.message_log.len();
    let title = if max == 0 {
        format!(" Messages ({count}), newest first — Esc or M closes ")
    } else {
        let more = if scroll < max {
            "j/↓ more"
        } else {
            "the end"
        };
        format!(
            " Messages ({count}) {}/{} · {more} — Esc or M closes ",
            scroll + 1,
            max + 1
        )
    };
    let shown = lines(model, inner_width(area.width))
        .into_iter()
        .skip(scroll)
        .collect();
    super::popup::draw(frame, area, MAX_WIDTH, &title, Color::Cyan, shown);
}
