//! The `?` and F1 overlays: every key, drawn from the keymap's table (`keymap::help`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::keymap;

/// The browser's keys, or the wizard's while it is open.
pub fn draw(frame: &mut Frame, area: Rect, wizard: bool) {
    let close = if wizard {
        " Wizard keys — Esc or F1 closes "
    } else {
        " Keys — Esc or ? closes "
    };
    let mut lines = Vec::new();
    for (heading, rows) in keymap::help(wizard) {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(
            heading,
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        ));
        for row in rows {
            // A long text goes on under the first line, its keys column left blank.
            for (i, what) in row.text.iter().enumerate() {
                let key = if i == 0 { row.keys } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("  {key:<16}"),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(*what),
                ]));
            }
        }
    }
    super::popup::draw(frame, area, 92, close, Color::Cyan, lines);
}
