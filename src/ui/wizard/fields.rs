//! An ordinary section: one line per field (label, value, the problem under it), scrolled to keep the focused
//! field in view, and a help box for the focused field.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::masked;
use crate::screen::text::clean;
use crate::screen::wrap::wrap;
use crate::state::{DescribeState, Wizard, suggestions};
use crate::wizard::form::{FieldView, Section};

const HELP_HEIGHT: u16 = 6;
const LABEL_MAX: usize = 30;
const LABEL_MIN: usize = 19;
/// Suggestions listed in the help box; the rest are counted.
const SUGGESTIONS_SHOWN: usize = 8;

pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard) {
    let [body, help] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(HELP_HEIGHT)]).areas(area);
    let body = Rect {
        x: body.x.saturating_add(1),
        width: body.width.saturating_sub(1),
        ..body
    };
    let fields = w.form.fields();
    let title = Line::styled(
        w.form.section.title(),
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    );
    let [heading, list] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(body);
    frame.render_widget(Paragraph::new(title), heading);
    if fields.is_empty() {
        frame.render_widget(
            Paragraph::new(empty_text(w))
                .style(Style::new().add_modifier(Modifier::DIM))
                .wrap(Wrap { trim: false }),
            list,
        );
    } else {
        draw_fields(frame, list, w, &fields);
    }
    draw_help(frame, help, w, fields.get(w.form.focus));
}

/// What an empty section says instead of nothing.
fn empty_text(w: &Wizard) -> String {
    let lists: Vec<&str> = w.form.row_lists().iter().map(|r| r.path()).collect();
    match (w.form.section, &w.described) {
        // The description fills in the steps it speaks of: until it comes, an empty one says it is on its way.
        (
            Section::Properties | Section::Authentication | Section::Network | Section::Compute,
            Some((ty, DescribeState::Asking)),
        ) => {
            format!("Asking Glue (DescribeConnectionType) what {ty} takes…")
        }
        (Section::Properties, _) if w.form.connection_type().is_none() => {
            "Pick a connection type first (PgUp to the Type step).".to_string()
        }
        (Section::Properties, Some((ty, DescribeState::Unavailable(_)))) => format!(
            "Glue did not describe {ty} and the built-in table has no fields for it: Alt-A adds a \
             property row (Ctrl-N completes its key from ConnectionPropertyKey)."
        ),
        (Section::Properties, _) => {
            "No property fields for this type. Alt-A adds a property row.".to_string()
        }
        _ if lists.is_empty() => "Nothing to fill in here for this connection type.".to_string(),
        _ => format!(
            "Nothing here yet. Alt-A adds a row to {}.",
            lists
                .iter()
                .map(|p| p.rsplit('.').next().unwrap_or(p))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn draw_fields(frame: &mut Frame, area: Rect, w: &Wizard, fields: &[FieldView]) {
    let label_width = fields
        .iter()
        .map(|f| f.label.width() + 2)
        .max()
        .unwrap_or(0)
        .min(LABEL_MAX)
        // A narrow pane keeps two thirds of its width for values, but labels get 19 columns at least (most
        // labels are shorter; "Bootstrap servers" is not cut at 60 columns).
        .min((area.width as usize / 3).max(LABEL_MIN));
    let value_width = (area.width as usize).saturating_sub(label_width + 3);
    let mut lines: Vec<Line> = Vec::new();
    let mut focus_line = 0;
    // The line after the focused field's messages.
    let mut focus_end = 0;
    let mut cursor_at = None;
    for (i, field) in fields.iter().enumerate() {
        let focused = i == w.form.focus;
        if focused {
            focus_line = lines.len();
        }
        let label = format!(
            "{}{}",
            clean(&field.label),
            if field.required { " *" } else { "" }
        );
        let label = fit_label(label, label_width);
        let pad = label_width.saturating_sub(label.width());
        let marker = if focused { "▸ " } else { "  " };
        let label_style = if focused {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let (shown, cursor) = shown_value(w, field, focused);
        let mut spans = vec![
            Span::styled(marker, label_style),
            Span::styled(format!("{label}{} ", " ".repeat(pad)), label_style),
        ];
        if shown.is_empty() && !focused {
            spans.push(Span::styled(
                placeholder(field),
                Style::new().add_modifier(Modifier::DIM),
            ));
        } else {
            let style = if focused {
                Style::new().add_modifier(Modifier::UNDERLINED)
            } else {
                Style::new()
            };
            // The tail of a long value, so the cursor (at the end unless moved) stays in view.
            let skip = cursor.saturating_sub(value_width.saturating_sub(1));
            let visible: String = shown.chars().skip(skip).take(value_width).collect();
            spans.push(Span::styled(visible, style));
            if focused && let Some(c) = cursor_chars(field, cursor) {
                let before: String = shown.chars().skip(skip).take(c - skip).collect();
                cursor_at = Some((lines.len(), 2 + label_width + 1 + before.width()));
            }
        }
        lines.push(Line::from(spans));
        let warning = field
            .warning
            .iter()
            .map(|m| (m.clone(), "⚠", Color::Yellow));
        let refused = messages(w, field).into_iter().map(|m| (m, "✗", Color::Red));
        for (message, mark, color) in refused.chain(warning) {
            let indent = label_width + 3;
            let text = format!("{mark} {}", clean(&message));
            for part in wrap(&text, (area.width as usize).saturating_sub(indent)) {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(indent)),
                    Span::styled(part, Style::new().fg(color)),
                ]));
            }
        }
        if focused {
            focus_end = lines.len();
        }
    }
    let height = area.height as usize;
    // Keep the focused field and its messages in view.
    let offset = focus_end.saturating_sub(height).min(focus_line);
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown), area);
    if let Some((line, x)) = cursor_at
        && line >= offset
        && line - offset < height
        && x < area.width as usize
    {
        frame.set_cursor_position(Position::new(
            area.x + x as u16,
            area.y + (line - offset) as u16,
        ));
    }
}

/// The value as shown (masked when secret and not revealed; a choice between ‹ › when focused) and the text
/// cursor's place in it.
fn shown_value(w: &Wizard, field: &FieldView, focused: bool) -> (String, usize) {
    let value = clean(&field.value).into_owned();
    if field.choice_only {
        let text = if focused {
            format!("‹ {} ›", if value.is_empty() { "none" } else { &value })
        } else {
            value
        };
        return (text, 0);
    }
    let shown = if field.secret && !w.reveal {
        masked(&value)
    } else {
        value
    };
    let cursor = if focused { w.cursor } else { 0 };
    (shown, cursor)
}

/// Where the terminal's cursor goes: in free-text fields only.
fn cursor_chars(field: &FieldView, cursor: usize) -> Option<usize> {
    (!field.choice_only).then_some(cursor.min(field.value.chars().count()))
}

/// A label cut to `width`. A row's label keeps its tail ("… 1 key", "… 1 value"): cutting the end would give a
/// key and its value the same label.
fn fit_label(label: String, width: usize) -> String {
    if label.width() <= width {
        return label;
    }
    let words: Vec<&str> = label.split(' ').collect();
    let number = words
        .iter()
        .rposition(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()));
    let tail = number.map(|i| format!(" {}", words[i..].join(" ")));
    match tail {
        Some(tail) if tail.width() + 2 <= width => {
            let head_len = label.chars().count() - tail.chars().count();
            let head: String = label
                .chars()
                .take(head_len.min(width - tail.width() - 1))
                .collect();
            format!("{head}…{tail}")
        }
        _ => {
            let cut: String = label.chars().take(width.saturating_sub(1)).collect();
            format!("{cut}…")
        }
    }
}

fn placeholder(field: &FieldView) -> String {
    if field.required {
        "required".to_string()
    } else if let Some(example) = field.choices.iter().find(|c| !c.is_empty()) {
        format!("e.g. {example}")
    } else {
        "—".to_string()
    }
}

/// The problems the form finds in the field, and the server's complaint when it is about this field.
fn messages(w: &Wizard, field: &FieldView) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(error) = &field.error {
        out.push(error.clone());
    }
    if let Some(server) = &w.server_error
        && server.path.as_deref() == Some(field.path.as_str())
    {
        out.push(server.message.clone());
    }
    out
}

fn draw_help(frame: &mut Frame, area: Rect, w: &Wizard, field: Option<&FieldView>) {
    let mut lines = Vec::new();
    if let Some(server) = &w.server_error
        && server.path.is_none()
    {
        lines.push(Line::styled(
            format!("✗ {}", clean(&server.message)),
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        ));
    }
    if let Some(field) = field {
        if !field.help.is_empty() {
            lines.push(Line::raw(clean(&field.help).into_owned()));
        }
        if field.choice_only {
            let shown: Vec<&str> = field
                .choices
                .iter()
                .map(|c| if c.is_empty() { "none" } else { c.as_str() })
                .collect();
            lines.push(Line::from(vec![
                Span::styled("←/→ choose: ", Style::new().fg(Color::Cyan)),
                Span::raw(shown.join(" · ")),
            ]));
        } else if !field.choices.is_empty() {
            let typed = w
                .completion
                .as_ref()
                .map_or(field.value.as_str(), |c| c.typed.as_str());
            let found = suggestions(&field.choices, typed);
            let more = found.len().saturating_sub(SUGGESTIONS_SHOWN);
            let mut text = found
                .iter()
                .take(SUGGESTIONS_SHOWN)
                .copied()
                .collect::<Vec<_>>()
                .join(" · ");
            if more > 0 {
                text.push_str(&format!(" · … {more} more"));
            }
            if found.is_empty() {
                text = "none contains what is typed".to_string();
            }
            lines.push(Line::from(vec![
                Span::styled("Ctrl-N suggests: ", Style::new().fg(Color::Cyan)),
                Span::raw(text),
            ]));
        }
        if !field.problem_path.is_empty() {
            lines.push(Line::styled(
                field.problem_path.clone(),
                Style::new().add_modifier(Modifier::DIM),
            ));
        }
    }
    if w.form.section == Section::Properties
        && let Some((ty, state)) = &w.described
    {
        let note = match state {
            DescribeState::Asking => format!("Asking DescribeConnectionType about {ty}…"),
            DescribeState::Merged => {
                let can = w
                    .form
                    .description()
                    .and_then(|d| d.capabilities.as_ref())
                    .map(|c| c.summary())
                    .filter(|s| !s.is_empty())
                    .map(|s| format!("; it {s}"))
                    .unwrap_or_default();
                format!("Fields of {ty} as DescribeConnectionType describes them{can}")
            }
            DescribeState::Unavailable(_) => {
                format!("DescribeConnectionType had no answer for {ty} — the built-in table serves")
            }
        };
        lines.push(Line::styled(note, Style::new().add_modifier(Modifier::DIM)));
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(Style::new().fg(Color::DarkGray))
        .padding(ratatui::widgets::Padding::left(1))
        .title(" Help ");
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
