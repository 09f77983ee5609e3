//! `w`'s prompt: what would be written, and a line to type the new file's path into.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::screen::text::clean;
use crate::state::Model;

const MAX_WIDTH: u16 = 76;

pub fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let Some(prompt) = &model.write_prompt else {
        return;
    };
    let key = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
    let typed = clean(prompt.path.text()).into_owned();
    let lines = vec![
        Line::raw(format!(
            "{} as {{\"ConnectionList\": […]}}, what glue-tui import reads.",
            clean(&prompt.what)
        )),
        Line::raw("Path of a new file (~ is your home; no file is overwritten):"),
        Line::from(vec![Span::styled("› ", key), Span::raw(typed.clone())]),
        Line::from(vec![
            Span::styled("Enter", key),
            Span::raw(" write   "),
            Span::styled("Esc", key),
            Span::raw(" cancel"),
        ]),
    ];
    let popup = super::popup::draw(
        frame,
        area,
        MAX_WIDTH,
        " Write to a file ",
        Color::Cyan,
        lines,
    );
    // The lines above may wrap in a narrow box; the prompt is always the one above the keys, over the border.
    let before: String = typed.chars().take(prompt.path.cursor()).collect();
    let x = popup.x + 3 + before.width() as u16;
    let y = popup.bottom().saturating_sub(3);
    if x < popup.right().saturating_sub(1) && y > popup.y {
        frame.set_cursor_position(Position::new(x, y));
    }
}
