//! The Type step: the search line, then every matching type under its group's heading, one line each with its
//! summary; the cursor's row kept in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::request::spec::all_specs;
use crate::screen::text::clean;
use crate::state::Wizard;

/// Wide enough for the longest type name (MICROSOFTDYNAMIC365FINANCEANDOPS) on a wide screen.
const NAME_WIDTH: usize = 33;

pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard) {
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(1),
        ..area
    };
    let [search, list] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    let query = clean(w.picker.query.text()).into_owned();
    let n = w.picker.matches().len();
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                "Type  ",
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            ),
            Span::raw(query.clone()),
            Span::styled(
                format!("   {n} of {} types", all_specs().len()),
                Style::new().add_modifier(Modifier::DIM),
            ),
        ])),
        search,
    );
    let before: String = query.chars().take(w.picker.query.cursor()).collect();
    frame.set_cursor_position(Position::new(
        search.x + 6 + before.width() as u16,
        search.y,
    ));
    let current = w.form.to_request().connection_input.connection_type;
    let name_width = if list.width >= 90 { NAME_WIDTH } else { 24 };
    let mut lines = Vec::new();
    let mut cursor_line = 0;
    let mut group = None;
    for (pos, &i) in w.picker.matches().iter().enumerate() {
        let spec = &all_specs()[i];
        if group != Some(spec.group) {
            group = Some(spec.group);
            lines.push(Line::styled(
                spec.group.title(),
                Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            ));
        }
        let highlighted = pos == w.picker.cursor();
        if highlighted {
            cursor_line = lines.len();
        }
        let mark = if spec.connection_type == current {
            "●"
        } else {
            " "
        };
        let name: String = spec.connection_type.chars().take(name_width).collect();
        let mut summary = spec.summary.to_string();
        if !spec.supported {
            summary = format!("not supported — {summary}");
        }
        let mut style = if highlighted {
            Style::new().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::new()
        };
        if !spec.supported {
            style = style.add_modifier(Modifier::DIM | Modifier::CROSSED_OUT);
        }
        lines.push(Line::from(vec![
            Span::styled(format!(" {mark} {name:<name_width$} "), style),
            Span::styled(
                summary,
                if highlighted {
                    style
                } else {
                    Style::new().add_modifier(Modifier::DIM)
                },
            ),
        ]));
    }
    if let Some(name) = w.picker.another() {
        let highlighted = w.picker.on_another();
        if highlighted {
            cursor_line = lines.len() + 1;
        }
        let style = if highlighted {
            Style::new().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            "Another type",
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        ));
        let shown: String = clean(&name).chars().take(name_width).collect();
        lines.push(Line::from(vec![
            Span::styled(format!(" + {shown:<name_width$} "), style),
            Span::styled(
                "not in this build's list — Glue decides",
                if highlighted {
                    style
                } else {
                    Style::new().add_modifier(Modifier::DIM)
                },
            ),
        ]));
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            "No connection type matches — Backspace widens the search",
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    let height = list.height as usize;
    // The cursor's row with its group heading above it where there is room.
    let offset = (cursor_line + 1).saturating_sub(height);
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(shown), list);
}
