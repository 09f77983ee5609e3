//! What the `?` and F1 overlays say — every key, drawn from the keymap's table (`keymap::help`) — wrapped to the
//! box's width with each text's continuation hung under its text column, and how far it scrolls: `ui::help` draws
//! these lines from `Model::help_scroll`; `update` clamps the scroll by [`max_scroll`], so a help taller than the
//! terminal can be read to its end.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

use super::wrap::wrap;
use crate::keymap;

/// The overlay's widest box.
pub const MAX_WIDTH: u16 = 92;
/// The keys column, its indent included.
const KEYS_WIDTH: usize = 18;

/// The width inside the box in a terminal `width` columns wide.
pub fn inner_width(width: u16) -> usize {
    MAX_WIDTH.min(width).saturating_sub(2).max(1) as usize
}

/// The browser's keys, or the wizard's while it is open, as lines at most `inner` columns wide.
/// `readonly`: the rows of keys that change a definition say they are off.
pub fn lines(wizard: bool, inner: usize, readonly: bool) -> Vec<Line<'static>> {
    let text_width = inner.saturating_sub(KEYS_WIDTH).max(12);
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
            // A long text goes on under the first line, its keys column left blank. The table's lines are one text
            // wrapped to the box, so a narrow box does not break each of them again.
            let mut text = row.text.join(" ");
            let off = readonly && keymap::row_changes(&row);
            if off {
                text.push_str(" — off: started with --readonly");
            }
            let parts = wrap(&text, text_width);
            for (i, part) in parts.into_iter().enumerate() {
                let key = if i == 0 { row.keys } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("  {key:<width$}", width = KEYS_WIDTH - 2),
                        Style::new().add_modifier(Modifier::BOLD),
                    ),
                    Span::raw(part),
                ]));
            }
        }
    }
    lines
}

/// How many of the help's lines can be scrolled away in a terminal of `width`×`height`: what does not fit the box.
pub fn max_scroll(wizard: bool, width: u16, height: u16, readonly: bool) -> usize {
    let shown = height.saturating_sub(2) as usize;
    lines(wizard, inner_width(width), readonly)
        .len()
        .saturating_sub(shown)
}
