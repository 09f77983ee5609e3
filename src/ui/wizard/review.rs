//! The review step: the request as editable JSON, and under it whether it parses (with the line and column where
//! it stops) and what the keys copy.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::screen::text::clean;
use crate::state::Wizard;

pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard) {
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(1),
        ..area
    };
    let [heading, editor, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(3),
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
    let line = match &w.review_error {
        Some(error) => Line::styled(
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
                Line::styled(
                    format!(
                        "✓ Valid, {warnings} {what} beside the fields (advice: Glue decides) — Ctrl-S creates the connection"
                    ),
                    Style::new().fg(Color::Yellow),
                )
            } else if problems == 0 {
                Line::styled(
                    "✓ Valid — Ctrl-S creates the connection",
                    Style::new().fg(Color::Green),
                )
            } else {
                let what = if problems == 1 { "problem" } else { "problems" };
                Line::styled(
                    format!("✗ {problems} {what} in the form — Ctrl-S goes to the first"),
                    Style::new().fg(Color::Red),
                )
            }
        }
    };
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(Style::new().fg(Color::DarkGray));
    frame.render_widget(
        Paragraph::new(line).block(block).wrap(Wrap { trim: false }),
        status,
    );
}
