//! The list pane: one row per connection — name, type, status, last updated — drawing only the rows on screen, so a
//! frame costs the same at 100 rows or 100,000. The columns (`screen::columns`) hold still while scrolling; a cut
//! name or type ends in `…`.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::border_style;
use crate::screen::columns::{STATUS_WIDTH, list_columns};
use crate::screen::text::{clean, ellipsize};
use crate::screen::{MISSING, group_digits, status_style};
use crate::state::{Focus, Model};

pub fn draw(frame: &mut Frame, area: Rect, model: &Model) {
    let focused = matches!(model.focus, Focus::List | Focus::Filter);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border_style(focused))
        .title(title(model))
        .title_bottom(position(model).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    if model.visible_len() == 0 {
        frame.render_widget(empty_message(model), inner);
        return;
    }

    let rows_on_screen = inner.height.saturating_sub(1) as usize;
    let visible = model.filter.visible();
    let start = model.list_offset.min(visible.len());
    let end = (start + rows_on_screen).min(visible.len());
    let window = &visible[start..end];

    // The mark gutter is always there (one column and its space), so marking the first row moves nothing.
    let columns = list_columns(
        inner.width.saturating_sub(GUTTER + 1),
        model.list.widest_type,
        model.list.widest_name,
    );
    let (show_status, updated_width) = (columns.status, columns.updated);
    let (name_width, type_width) = (columns.name as usize, columns.connection_type);
    let mut widths = vec![
        Constraint::Length(GUTTER),
        Constraint::Fill(1),
        Constraint::Length(type_width),
    ];
    let mut header = vec!["", "NAME", "TYPE"];
    if show_status {
        widths.push(Constraint::Length(STATUS_WIDTH));
        header.push("STATUS");
    }
    if updated_width > 0 {
        widths.push(Constraint::Length(updated_width));
        header.push(if updated_width > 10 {
            "LAST UPDATED"
        } else {
            "UPDATED"
        });
    }

    let mut highlighter = model.filter.query().highlighter();
    let rows = window.iter().map(|&i| {
        let c = &model.list.items[i];
        let name = clean(&c.name);
        let hits = highlighter
            .as_mut()
            .map(|h| h.name(&name))
            .unwrap_or_default();
        let mut cells = vec![
            gutter(model, &c.name),
            Cell::from(marked(&ellipsize(&name, name_width), &hits)),
            Cell::from(
                ellipsize(
                    &clean(c.connection_type.as_deref().unwrap_or(MISSING)),
                    type_width as usize,
                )
                .into_owned(),
            ),
        ];
        if show_status {
            let status = c.status.as_deref().unwrap_or(MISSING);
            cells.push(Cell::from(Span::styled(
                clean(status).into_owned(),
                status_style(status),
            )));
        }
        if updated_width > 0 {
            let updated = c.last_updated_time.or(c.creation_time);
            let text = updated.map_or_else(|| MISSING.to_string(), |t| t.short());
            cells.push(Cell::from(
                text.chars()
                    .take(updated_width as usize)
                    .collect::<String>(),
            ));
        }
        Row::new(cells)
    });

    let table = Table::new(rows, widths)
        .header(Row::new(header).style(Style::new().add_modifier(Modifier::BOLD | Modifier::DIM)))
        .column_spacing(1)
        .row_highlight_style(highlight_style(focused));
    let mut state = TableState::default().with_selected(Some(model.selected.saturating_sub(start)));
    frame.render_stateful_widget(table, inner, &mut state);
}

/// The mark gutter's width.
const GUTTER: u16 = 1;

/// A row's mark: a spinner while TestConnection runs, `…` a delete on its way, `✗` refused by the last delete, `●`
/// marked, else blank.
fn gutter(model: &Model, name: &str) -> Cell<'static> {
    const SPIN: [&str; 4] = ["◐", "◓", "◑", "◒"];
    let testing = model.tests.get(name) == Some(&crate::state::TestState::Running);
    let (mark, style) = if testing {
        (
            SPIN[model.spinner % SPIN.len()],
            Style::new().fg(Color::Cyan),
        )
    } else if model.deleting.contains(name) {
        ("…", Style::new().fg(Color::Yellow))
    } else if model.delete_refused.contains_key(name) {
        (
            "✗",
            Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        )
    } else if model.marks.contains(name) {
        (
            "●",
            Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
        )
    } else {
        (" ", Style::new())
    };
    Cell::from(Span::styled(mark, style))
}

/// The pane's name, then what narrows it: the filter being typed or kept, and the server-side filters GetConnections
/// was asked with (`--type`, `--match`, `:schema`), which the title bar cuts off at 80 columns.
fn title(model: &Model) -> Line<'static> {
    let mut spans = vec![Span::raw(" Connections ")];
    let query = model.filter_input.text();
    if !query.is_empty() {
        spans.push(Span::styled(
            format!("/{} ", clean(query)),
            Style::new().fg(Color::Yellow),
        ));
    }
    let server = &model.session.filter;
    let mut narrowed = Vec::new();
    if let Some(t) = &server.connection_type {
        narrowed.push(format!("type {}", clean(t)));
    }
    if !server.match_criteria.is_empty() {
        narrowed.push(format!("match {}", clean(&server.match_criteria.join(","))));
    }
    if let Some(v) = server.schema_version {
        narrowed.push(format!("schema {v}"));
    }
    if !narrowed.is_empty() {
        spans.push(Span::styled(
            format!("[{}] ", narrowed.join(" · ")),
            Style::new().fg(Color::Magenta),
        ));
    }
    Line::from(spans)
}

/// Where the cursor is: `row 12 of 2,002`, with `+` while more pages can still come.
fn position(model: &Model) -> Line<'static> {
    let total = model.visible_len();
    if total == 0 {
        return Line::raw("");
    }
    let more = if model.list.more_available() { "+" } else { "" };
    Line::raw(format!(
        " row {} of {}{more} ",
        group_digits(model.selected + 1),
        group_digits(total)
    ))
}

fn empty_message(model: &Model) -> Paragraph<'static> {
    let (text, style) = if let Some(err) = &model.list.failed {
        (
            format!("{err}\n\nPress r to retry, : to change catalog, region or profile."),
            Style::new().fg(Color::Red),
        )
    } else if model.list.in_flight || model.list.stale {
        (
            "Loading connections…".to_string(),
            Style::new().add_modifier(Modifier::DIM),
        )
    } else if !model.filter.query().is_empty() {
        (
            format!(
                "No connection matches “{}” — Esc clears the filter",
                clean(model.filter_input.text())
            ),
            Style::new().add_modifier(Modifier::DIM),
        )
    } else {
        let catalog = model
            .session
            .catalog_id
            .as_deref()
            .unwrap_or("the account's default catalog");
        let filtered = if model.session.filter.is_empty() {
            ""
        } else {
            " with this server filter"
        };
        (
            format!(
                "No connections in {catalog}{filtered}. Press r to reload or : to change catalog, region or filter."
            ),
            Style::new().add_modifier(Modifier::DIM),
        )
    };
    Paragraph::new(text).style(style).wrap(Wrap { trim: true })
}

/// `text` with the characters at `hits` (char indices) drawn as the filter's matches; a cut text's ellipsis is
/// never one of them.
fn marked(text: &str, hits: &[usize]) -> Line<'static> {
    if hits.is_empty() {
        return Line::raw(text.to_string());
    }
    // Underlined too: the selected row's highlight repaints the colour, but keeps the underline, so its matches
    // still show.
    let hit = Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let cut = text.ends_with('…');
    let last = text.chars().count().saturating_sub(1);
    // Runs of matched and unmatched characters, a span each.
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, ch) in text.chars().enumerate() {
        let matched = hits.binary_search(&i).is_ok() && !(cut && i == last);
        if matched != run_matched && !run.is_empty() {
            let style = if run_matched { hit } else { Style::new() };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = matched;
        run.push(ch);
    }
    let style = if run_matched { hit } else { Style::new() };
    spans.push(Span::styled(run, style));
    Line::from(spans)
}

fn highlight_style(focused: bool) -> Style {
    if focused {
        Style::new()
            .bg(Color::Blue)
            .fg(Color::White)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}
