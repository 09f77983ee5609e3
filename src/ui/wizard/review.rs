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
use crate::wizard::review::diff::{Change, diff, diff_lines};

pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard) {
    let sends = match w.form.edit_of() {
        Some(name) => format!("Ctrl-S updates {}", clean(name)),
        None => "Ctrl-S creates the connection".to_string(),
    };
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
                        "✓ Valid, {warnings} {what} beside the fields (advice: Glue decides) — {sends}"
                    ),
                    Style::new().fg(Color::Yellow),
                )
            } else if problems == 0 {
                (format!("✓ Valid — {sends}"), Style::new().fg(Color::Green))
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
    // An edit shows what the update changes, under the editor: as much as a quarter of the step holds.
    let changes = changes(w, area.width as usize);
    let changes_height = if changes.is_empty() {
        0
    } else {
        (changes.len() as u16 + 1).min((area.height / 4).max(2))
    };
    let [heading, editor, diff, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(changes_height),
        Constraint::Length(status_height),
    ])
    .areas(area);
    if changes_height > 0 {
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(Style::new().fg(Color::DarkGray));
        frame.render_widget(Paragraph::new(changes).block(block), diff);
    }
    let masked = if w.reveal {
        ""
    } else {
        " · secrets masked (Alt-R)"
    };
    let shape = if w.form.edit_of().is_some() {
        "update-connection"
    } else {
        "create-connection"
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            ratatui::text::Span::styled(
                "Review ",
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            ),
            ratatui::text::Span::styled(
                heading_note(shape, masked, area.width as usize),
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

/// An edit's changes against the stored definition, a heading first; none for a create.
fn changes(w: &Wizard, width: usize) -> Vec<Line<'static>> {
    let Some(editing) = &w.editing else {
        return Vec::new();
    };
    let (after, after_masked) = (w.form.to_request(), w.form.masked_request());
    let found = diff(
        &editing.original,
        &after,
        &editing.original_masked,
        &after_masked,
        w.reveal,
    );
    let changed = found
        .iter()
        .filter(|c| !matches!(c.change, Change::Secret { changed: false, .. }))
        .count();
    let heading = match changed {
        0 => "No changes against the stored definition".to_string(),
        1 => "1 change against the stored definition".to_string(),
        n => format!("{n} changes against the stored definition"),
    };
    let mut out = vec![Line::styled(
        heading,
        Style::new().add_modifier(Modifier::BOLD),
    )];
    for line in diff_lines(&found) {
        let style = match line.chars().next() {
            Some('+') => Style::new().fg(Color::Green),
            Some('-') => Style::new().fg(Color::Red),
            Some('~') => Style::new().fg(Color::Yellow),
            _ => Style::new().add_modifier(Modifier::DIM),
        };
        for part in wrap(&clean(&line), width) {
            out.push(Line::styled(part, style));
        }
    }
    out
}

/// What the heading says after "Review": the request's shape and whether secrets are masked, the shape dropped
/// first where the step is too narrow to say both.
fn heading_note(shape: &str, masked: &str, width: usize) -> String {
    let full = format!(" {shape} --cli-input-json{masked}");
    if "Review ".len() + full.chars().count() <= width {
        full
    } else {
        format!(" --cli-input-json{masked}")
    }
}
