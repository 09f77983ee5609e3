//! The Type step: the search line (with where ListConnectionTypes stands), then every matching type under its
//! group's heading, one line each with the name the console shows and its summary; the cursor's row kept in view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::request::spec::all_specs;
use crate::screen::text::clean;
use crate::state::{ListedState, Wizard};
use crate::wizard::picker::{Entry, LISTED_TITLE};

/// Wide enough for the longest type name (MICROSOFTDYNAMIC365FINANCEANDOPS) on a wide screen.
const NAME_WIDTH: usize = 33;

/// The header's word on ListConnectionTypes: how many types it adds to the table's, or why none.
fn listed_note(listed: Option<&ListedState>, added: usize) -> String {
    match listed {
        None => String::new(),
        Some(ListedState::Asking) => " · asking Glue for its list…".to_string(),
        Some(ListedState::Listed(_)) if added == 0 => " · Glue lists no others".to_string(),
        Some(ListedState::Listed(_)) => format!(" · {added} more listed by Glue"),
        Some(ListedState::Unavailable(_)) => {
            " · Glue's list unavailable (ListConnectionTypes) — type a name for another".to_string()
        }
    }
}

pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard, listed: Option<&ListedState>) {
    let area = Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(1),
        ..area
    };
    let [search, list] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    let query = clean(w.picker.query.text()).into_owned();
    let n = w.picker.matches().len();
    // What Glue adds to the table whatever the query: "no others" must not mean "none match".
    let added = w.picker.listed_count();
    let total = all_specs().len() + added;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                "Type  ",
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            ),
            Span::raw(query.clone()),
            Span::styled(
                format!("   {n} of {total} types{}", listed_note(listed, added)),
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
    for (pos, &entry) in w.picker.matches().iter().enumerate() {
        let (heading, supported, summary) = match entry {
            Entry::Table(i) => {
                let spec = &all_specs()[i];
                let summary = match w
                    .picker
                    .brief(spec.connection_type)
                    .and_then(|b| b.display_name())
                    .filter(|d| !spec.summary.to_lowercase().starts_with(&d.to_lowercase()))
                {
                    Some(display) => format!("{} — {}", clean(display), spec.summary),
                    None => spec.summary.to_string(),
                };
                (spec.group.title(), spec.supported, summary)
            }
            Entry::Listed(i) => {
                let brief = w.picker.listed(i);
                let parts: Vec<String> = [brief.display_name(), brief.description.as_deref()]
                    .into_iter()
                    .flatten()
                    .map(|p| clean(p).into_owned())
                    .filter(|p| !p.is_empty())
                    .collect();
                (LISTED_TITLE, true, parts.join(" — "))
            }
        };
        if group != Some(heading) {
            group = Some(heading);
            lines.push(Line::styled(
                heading,
                Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            ));
        }
        let highlighted = pos == w.picker.cursor();
        if highlighted {
            cursor_line = lines.len();
        }
        let connection_type = w.picker.type_of(entry);
        let mark = if connection_type == current {
            "●"
        } else {
            " "
        };
        let name: String = clean(connection_type).chars().take(name_width).collect();
        let summary = if supported {
            summary
        } else {
            format!("not supported — {summary}")
        };
        let mut style = if highlighted {
            Style::new().fg(Color::Black).bg(Color::Cyan)
        } else {
            Style::new()
        };
        if !supported {
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
