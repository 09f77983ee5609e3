//! A bordered box over the middle of the screen: the help overlay and the wizard's questions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// Draws `lines` in a box at most `max_width` wide, centred in `area`, and returns the box. Lines wrap inside it,
/// so its height counts wrapped rows: the last line (often the keys to press) never falls outside.
pub fn draw(
    frame: &mut Frame,
    area: Rect,
    max_width: u16,
    title: &str,
    border: Color,
    lines: Vec<Line>,
) -> Rect {
    let width = max_width.min(area.width);
    let inner = width.saturating_sub(2).max(1) as usize;
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(inner)).sum();
    let height = (rows as u16).saturating_add(2).min(area.height);
    let [popup] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(popup);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(border))
        .title(title.to_string());
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
    popup
}
