//! The detail pane: draws [`screen::detail_text`](crate::screen::detail_text)'s lines in a bordered block, scrolled
//! to where the model says.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::border_style;
use crate::screen::detail_text::lines;
use crate::screen::text::clean;
use crate::state::{Focus, Model};

pub fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let title = match (model.selected_connection(), model.detail.raw) {
        (Some(c), false) => format!(" {} ", clean(&c.name)),
        (Some(c), true) => format!(" {} · JSON ", clean(&c.name)),
        (None, _) => " Detail ".to_string(),
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(border_style(model.focus == Focus::Detail))
        .title(title);
    let inner = block.inner(area);
    let text = lines(model, inner.width as usize);
    // Where the pane is in a text taller than it: the first line shown, of how many.
    let height = inner.height as usize;
    if text.len() > height && height > 0 {
        let first = (model.detail.scroll as usize + 1).min(text.len());
        let last = (model.detail.scroll as usize + height).min(text.len());
        let more = if last < text.len() { " ↓" } else { "" };
        block = block.title_bottom(
            Line::from(format!(" lines {first}–{last} of {}{more} ", text.len())).right_aligned(),
        );
    }
    let paragraph = Paragraph::new(text)
        .scroll((model.detail.scroll, 0))
        .block(block);
    frame.render_widget(paragraph, area);
}
