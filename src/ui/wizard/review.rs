//! The review step: the request as editable JSON, and under it whether it parses (with the line and column where
//! it stops) and what the keys copy.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::screen::text::clean;
use crate::screen::wrap::wrap;
use crate::state::Wizard;

pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard) {
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(1),
        ..area
    };
    // The message box grows to show the whole message (a parse error names where and why), up to a third of the
    // step; the editor keeps the rest.
    let (text, style) = match &w.review_error {
        Some(error) => (
            format!(
                "✗ Does not parse: {} — the form keeps its last good state",
                clean(error)
            ),
            Style::new().fg(Color::Red),
        ),
        None => {
            let problems = w.form.problems().len();
            let warnings = w.form.warnings().len();
            if problems == 0 && warnings > 0 {
                let what = if warnings == 1 { "warning" } else { "warnings" };
                (
                    format!(
                        "✓ Valid, {warnings} {what} beside the fields (advice: Glue decides) — Ctrl-S creates the connection"
                    ),
                    Style::new().fg(Color::Yellow),
                )
            } else if problems == 0 {
                (
                    "✓ Valid — Ctrl-S creates the connection".to_string(),
                    Style::new().fg(Color::Green),
                )
            } else {
                let what = if problems == 1 { "problem" } else { "problems" };
                (
                    format!("✗ {problems} {what} in the form — Ctrl-S goes to the first"),
                    Style::new().fg(Color::Red),
                )
            }
        }
    };
    let lines = wrap(&text, area.width as usize);
    let most = (area.height / 3).max(1) as usize;
    let shown = lines.len().clamp(1, most);
    let status_height = shown as u16 + 1;
    let [heading, editor, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(status_height),
    ])
    .areas(area);
    let masked = if w.reveal {
        ""
    } else {
        " · secrets masked (Alt-R)"
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            ratatui::text::Span::styled(
                "Review ",
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            ),
            ratatui::text::Span::styled(
                format!(" --cli-input-json{masked}"),
                Style::new().add_modifier(Modifier::DIM),
            ),
        ])),
        heading,
    );
    if let Some(review) = &w.review {
        frame.render_widget(review.widget(), editor);
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(Style::new().fg(Color::DarkGray));
    frame.render_widget(
        Paragraph::new(
            lines
                .into_iter()
                .take(shown)
                .map(|l| Line::styled(l, style))
                .collect::<Vec<_>>(),
        )
        .block(block),
        status,
    );
}
