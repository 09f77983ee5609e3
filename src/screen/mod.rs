//! What the screen holds, as pure functions of the model and the terminal size: where each pane goes (`layout`), the
//! detail pane's lines (`detail_text`), and the text rules every pane shares (`text::clean`, `wrap`, the dash for a
//! missing field, status colours, digit grouping).
//!
//! Both `update` (paging by the list's height, the detail pane's scroll limit) and `ui` (drawing) read it, so the
//! arrows run one way: `update` never imports `ui`, `ui` never imports `update`, and this module imports neither
//! (`tests/rules/layering.rs`).

pub mod columns;
pub mod detail_text;
pub mod help_text;
pub mod layout;
pub mod messages_text;
pub mod text;
pub mod wrap;

use ratatui::style::{Color, Style};

/// What a field the server left out shows as (moto leaves out ConnectionType, for one).
pub const MISSING: &str = "—";

/// A connection's status, coloured as the Glue console colours it.
pub fn status_style(status: &str) -> Style {
    match status {
        "READY" => Style::new().fg(Color::Green),
        "FAILED" => Style::new().fg(Color::Red),
        "IN_PROGRESS" => Style::new().fg(Color::Yellow),
        _ => Style::new(),
    }
}

/// `2002` → `2,002`, as the status bar counts.
pub fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
