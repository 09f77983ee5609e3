//! What the `M` message log says: every status message kept (`Model::message_log`), newest first, each wrapped
//! whole to the box's width, and how far it scrolls (`ui::messages` draws it from `Model::help_scroll`).

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use super::help_text::inner_width;
use super::text::clean;
use super::wrap::wrap;
use crate::state::{Level, Model};

/// The log as lines at most `inner` columns wide: a mark (✗ an error, · the rest) and the text hung under it.
pub fn lines(model: &Model, inner: usize) -> Vec<Line<'static>> {
    if model.message_log.is_empty() {
        return vec![Line::styled(
            "No messages yet: what your actions did, and errors, show here whole.",
            Style::new().add_modifier(Modifier::DIM),
        )];
    }
    let mut out = Vec::new();
    for message in model.message_log.iter().rev() {
        let (mark, style) = match message.level {
            Level::Error => ("✗ ", Style::new().fg(Color::Red)),
            Level::Info => ("· ", Style::new().fg(Color::Green)),
        };
        let text = clean(&message.text);
        for (i, part) in wrap(&text, inner.saturating_sub(2).max(8))
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 { mark } else { "  " };
            out.push(Line::from(vec![
                Span::styled(lead, style),
                Span::styled(part, style),
            ]));
        }
    }
    out
}

/// How many of the log's lines can be scrolled away in a terminal of `width`×`height`.
pub fn max_scroll(model: &Model, width: u16, height: u16) -> usize {
    let shown = height.saturating_sub(2) as usize;
    lines(model, inner_width(width)).len().saturating_sub(shown)
}
