//! The `d` confirmation: which connections would go, and a line to type the name (one) or the count (several)
//! into — a delete that cannot be undone is not one keypress away.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::screen::group_digits;
use crate::screen::text::clean;
use crate::state::Model;

/// The box's widest.
const MAX_WIDTH: u16 = 76;
/// Names listed before "… and N more".
const LISTED: usize = 8;

pub fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let Some(confirm) = &model.confirm_delete else {
        return;
    };
    let key = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
    let (title, ask) = match confirm.names.as_slice() {
        [one] => (
            format!(" Delete {}? ", clean(one)),
            format!("Type {} to delete it:", clean(one)),
        ),
        many => (
            format!(" Delete {} connections? ", group_digits(many.len())),
            format!("Type {} (how many) to delete them:", many.len()),
        ),
    };
    let them = if confirm.names.len() == 1 {
        "it"
    } else {
        "them"
    };
    let mut lines = vec![Line::raw(format!(
        "This cannot be undone: jobs and crawlers that use {them} lose their connection."
    ))];
    if confirm.names.len() > 1 {
        for name in confirm.names.iter().take(LISTED) {
            lines.push(Line::raw(format!("  • {}", clean(name))));
        }
        if confirm.names.len() > LISTED {
            lines.push(Line::raw(format!(
                "  … and {} more",
                group_digits(confirm.names.len() - LISTED)
            )));
        }
    }
    lines.push(Line::raw(ask));
    let typed = clean(confirm.typed.text()).into_owned();
    lines.push(Line::from(vec![
        Span::styled("› ", key),
        Span::raw(typed.clone()),
    ]));
    lines.push(Line::from(vec![
        Span::styled("Enter", key),
        Span::raw(" delete   "),
        Span::styled("Esc", key),
        Span::raw(" cancel"),
    ]));
    let prompt_row = lines.len() - 2;
    let popup = super::popup::draw(frame, area, MAX_WIDTH, &title, Color::Red, lines);
    // The cursor after what was typed: the prompt is the box's next-to-last line (no line above it wraps at this
    // width for the names Glue allows in a 76-column box, except very long names — then the cursor is left out).
    let before: String = typed.chars().take(confirm.typed.cursor()).collect();
    let x = popup.x + 3 + before.width() as u16;
    let y = popup.y + 1 + prompt_row as u16;
    if x < popup.right().saturating_sub(1) && y < popup.bottom().saturating_sub(1) {
        frame.set_cursor_position(Position::new(x, y));
    }
}
