//! The detail pane: draws [`screen::detail_text`](crate::screen::detail_text)'s lines in a bordered block, scrolled
//! to where the model says.

use ratatui::Frame;
use ratatui::layout::Rect;
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
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border_style(model.focus == Focus::Detail))
        .title(title);
    let width = block.inner(area).width as usize;
    let paragraph = Paragraph::new(lines(model, width))
        .scroll((model.detail.scroll, 0))
        .block(block);
    frame.render_widget(paragraph, area);
}
