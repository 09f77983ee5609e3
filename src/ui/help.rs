//! The `?` overlay: every key, from the keymap's own table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use crate::keymap::{HELP, WIZARD_HELP};

/// The browser's keys, or the wizard's while it is open.
pub fn draw(frame: &mut Frame, area: Rect, wizard: bool) {
    let (table, close) = if wizard {
        (WIZARD_HELP, " Wizard keys — Esc or F1 closes ")
    } else {
        (HELP, " Keys — Esc or ? closes ")
    };
    let mut lines = Vec::new();
    for (heading, keys) in table {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(
            *heading,
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        ));
        for (key, what) in *keys {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {key:<16}"),
                    Style::new().add_modifier(Modifier::BOLD),
                ),
                Span::raw(*what),
            ]));
        }
    }
    super::popup::draw(frame, area, 92, close, Color::Cyan, lines);
}
