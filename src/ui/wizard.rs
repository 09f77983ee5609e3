//! The create wizard's screen: the sections down the left (each with its count of problems), the current section
//! on the right with the focused field's help under it, and any question the wizard is asking on top.

mod ask;
mod fields;
mod picker;
mod review;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::border_style;
use crate::keymap::{self, Context};
use crate::screen::text::clean;
use crate::state::{ListedState, Wizard};
use crate::wizard::form::Section;

/// Width of the sections column.
const SECTIONS_WIDTH: u16 = 26;
const NARROW_SECTIONS_WIDTH: u16 = 21;
/// Below 72 columns the sections shrink to their numbers and problem counts, leaving the form its labels; the form
/// pane's heading names the section.
const COMPACT_SECTIONS_WIDTH: u16 = 7;
const COMPACT_BELOW: u16 = 72;

/// `listed`: where ListConnectionTypes stands, for the Type step's header.
pub fn draw(frame: &mut Frame, area: Rect, w: &Wizard, listed: Option<&ListedState>) {
    let title = match (w.form.edit_of(), &w.cloned_from) {
        (Some(name), _) => format!(" Edit {} ", clean(name)),
        (None, Some(name)) => format!(" New connection — a copy of {} ", clean(name)),
        (None, None) => " New connection ".to_string(),
    };
    let outer = Block::default()
        .borders(Borders::ALL)
        .border_style(border_style(true))
        .title(title);
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    let width = if area.width >= 100 {
        SECTIONS_WIDTH
    } else if area.width >= COMPACT_BELOW {
        NARROW_SECTIONS_WIDTH
    } else {
        COMPACT_SECTIONS_WIDTH
    };
    let [left, right] =
        Layout::horizontal([Constraint::Length(width), Constraint::Fill(1)]).areas(inner);
    draw_sections(frame, left, w);
    match w.form.section {
        Section::Type => picker::draw(frame, right, w, listed),
        Section::Review => review::draw(frame, right, w),
        _ => fields::draw(frame, right, w),
    }
    if let Some(ask) = &w.ask {
        ask::draw(frame, area, ask, w);
    }
}

fn draw_sections(frame: &mut Frame, area: Rect, w: &Wizard) {
    let counts = w.form.problem_counts();
    let advice = w.form.warning_counts();
    let ty = w.form.to_request().connection_input.connection_type;
    let mut lines = Vec::new();
    for (i, section) in Section::ALL.into_iter().enumerate() {
        let current = section == w.form.section;
        let style = if current {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let (mark, mark_style) = match (counts[i], advice[i]) {
            (0, 0) => (" ".to_string(), Style::new()),
            (0, n) => (format!("⚠{n}"), Style::new().fg(Color::Yellow)),
            (n, _) => (format!("✗{n}"), Style::new().fg(Color::Red)),
        };
        let compact = area.width <= COMPACT_SECTIONS_WIDTH;
        let mut title = format!("{} {}", i + 1, short_title(section));
        if compact {
            title = format!("{}", i + 1);
        } else if section == Section::Type && !ty.is_empty() {
            title = format!("1 {}", clean(&ty));
        }
        // The right border and the problem count take four columns.
        let room = (area.width as usize).saturating_sub(4);
        let title: String = title.chars().take(room).collect();
        let pad = room.saturating_sub(title.chars().count());
        lines.push(Line::from(vec![
            Span::styled(format!("{title}{}", " ".repeat(pad)), style),
            Span::styled(format!("{mark:>3}"), mark_style),
        ]));
    }
    lines.push(Line::raw(""));
    let hint = if area.width <= COMPACT_SECTIONS_WIDTH {
        "PgDn"
    } else {
        " PgDn/PgUp: section"
    };
    lines.push(Line::styled(hint, Style::new().add_modifier(Modifier::DIM)));
    let block = Block::default()
        .borders(Borders::RIGHT)
        .border_style(border_style(false));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Section names short enough for the narrow column.
fn short_title(section: Section) -> &'static str {
    match section {
        Section::Properties => "Properties",
        Section::Compute => "Compute",
        other => other.title(),
    }
}

/// The hint line while the wizard is open: the step's hints from the keymap's table. A question's keys are its
/// own (read raw in `update/wizard/ask.rs`), so its hint is here.
pub fn hints(w: &Wizard) -> Vec<keymap::Hint> {
    match &w.ask {
        Some(asked) => ask::hints(asked),
        None => {
            let mut hints = keymap::hints(Context::wizard(w.form.section, false));
            // The table names Ctrl-S for the create it usually is; an edit's sends UpdateConnection.
            if w.form.edit_of().is_some() {
                for hint in &mut hints {
                    if hint.keys == "Ctrl-S" {
                        hint.text = "update";
                    }
                }
            }
            hints
        }
    }
}

/// A masked secret: one dot per character, so the user sees how much was typed but not what.
fn masked(value: &str) -> String {
    "•".repeat(value.chars().count())
}
