//! The title bar (where the app is looking), the status line (what is loaded, what happened) and the hint line
//! (keys for the focused pane, or the filter / command being typed).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::keymap::{self, Context};
use crate::screen::group_digits;
use crate::screen::text::{clean, ellipsize};
use crate::state::{Focus, Level, Model};
use unicode_width::UnicodeWidthStr;

const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

pub fn draw_title(frame: &mut Frame, area: Rect, model: &Model) {
    let s = &model.session;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut spans = vec![
        Span::styled(" glue-tui ", bold.fg(Color::Black).bg(Color::Cyan)),
        Span::raw(" "),
    ];
    let mut part = |label: &str, value: String| {
        spans.push(Span::styled(
            format!("{label} "),
            Style::new().add_modifier(Modifier::DIM),
        ));
        spans.push(Span::styled(clean(&value).into_owned(), bold));
        spans.push(Span::raw("  "));
    };
    part(
        "catalog",
        s.catalog_id.clone().unwrap_or_else(|| "default".into()),
    );
    if s.demo {
        part("source", "DEMO".into());
    } else {
        part(
            "region",
            s.region.clone().unwrap_or_else(|| "from config".into()),
        );
        part(
            "profile",
            s.profile.clone().unwrap_or_else(|| "default".into()),
        );
        if let Some(url) = &s.endpoint_url {
            part("endpoint", url.clone());
        }
    }
    if let Some(t) = &s.filter.connection_type {
        part("type", t.clone());
    }
    if !s.filter.match_criteria.is_empty() {
        part("match", s.filter.match_criteria.join(","));
    }
    if let Some(v) = s.filter.schema_version {
        part("schema", v.to_string());
    }
    if s.readonly {
        part("mode", "read-only".into());
    }
    if s.show_passwords {
        part(
            "passwords",
            if model.revealed {
                "revealed"
            } else {
                "fetched, masked"
            }
            .into(),
        );
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn draw_status(frame: &mut Frame, area: Rect, model: &Model) {
    let mut spans = Vec::new();
    if model.list.in_flight {
        let frame_char = SPINNER[model.spinner % SPINNER.len()];
        spans.push(Span::styled(
            format!("{frame_char} "),
            Style::new().fg(Color::Cyan),
        ));
    }
    let state = load_state(model);
    let used = state.width() + if model.list.in_flight { 2 } else { 0 } + 3;
    spans.push(Span::raw(state));
    if let Some(note) = model.waiting_note().as_ref().or(model.retry_note.as_ref()) {
        spans.push(Span::raw(" │ "));
        spans.push(Span::styled(note.clone(), Style::new().fg(Color::Yellow)));
    } else if let Some(msg) = &model.message {
        spans.push(Span::raw(" │ "));
        let style = match msg.level {
            Level::Info => Style::new().fg(Color::Green),
            Level::Error => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        };
        // Cut with `…` where it does not fit: `M` (hinted then) shows it whole.
        let room = (area.width as usize).saturating_sub(used);
        spans.push(Span::styled(
            ellipsize(&clean(&msg.text), room).into_owned(),
            style,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// "300 loaded · more available", "all 2,002 loaded", "12 of 300 match · loading page 4…".
pub fn load_state(model: &Model) -> String {
    let list = &model.list;
    let loaded = group_digits(list.items.len());
    let mut out = if list.stale && list.in_flight && list.items.is_empty() {
        // Start-up (or a listing with nothing yet on screen): nothing is being reloaded.
        "loading connections…".to_string()
    } else if list.stale && list.in_flight {
        "reloading…".to_string()
    } else if !model.filter.query().is_empty() {
        format!("{} of {loaded} match", group_digits(model.visible_len()))
    } else if list.complete {
        format!("all {loaded} loaded")
    } else {
        format!("{loaded} loaded")
    };
    if list.in_flight && !list.stale {
        out.push_str(&format!(" · loading page {}…", list.pages + 1));
    } else if list.failed.is_some() && !list.stale {
        out.push_str(" · page failed, r resumes");
    } else if list.more_available() && !list.stale {
        out.push_str(" · more available");
    } else if list.complete && !model.filter.query().is_empty() {
        out.push_str(" · all loaded");
    }
    if !model.marks.is_empty() {
        out.push_str(&format!(" · {} marked", group_digits(model.marks.len())));
    }
    if !model.deleting.is_empty() {
        out.push_str(&format!(
            " · deleting {}…",
            group_digits(model.deleting.len())
        ));
    }
    out
}

pub fn draw_hints(frame: &mut Frame, area: Rect, model: &Model) {
    if let Some(w) = model.wizard() {
        return hints(frame, area, &super::wizard::hints(w));
    }
    let enter = match model.dialog {
        Some(crate::state::Dialog::ConfirmDelete) => Some("delete"),
        Some(crate::state::Dialog::WritePath) => Some("write"),
        _ => None,
    };
    if let Some(enter) = enter {
        let keys = [
            keymap::Hint::shown("Enter", enter),
            keymap::Hint::shown("Esc", "cancel"),
        ];
        return hints(frame, area, &keys);
    }
    let (prompt, input) = match model.focus {
        Focus::Filter => ("/", &model.filter_input),
        Focus::Command => (":", &model.command_input),
        Focus::List => {
            let mut keys = keymap::hints(Context::List);
            if model.filter_input.text().is_empty() {
                keys.retain(|h| h.text != keymap::CLEAR_FILTER_HINT);
            }
            whole_message_hint(&mut keys, model, area.width);
            read_only_hints(&mut keys, model);
            return hints(frame, area, &keys);
        }
        Focus::Detail => {
            let mut keys = keymap::hints(Context::Detail);
            if model.detail.raw {
                for h in keys.iter_mut().filter(|h| h.text == keymap::RAW_HINT) {
                    h.text = keymap::FIELDS_HINT;
                }
            }
            whole_message_hint(&mut keys, model, area.width);
            read_only_hints(&mut keys, model);
            return hints(frame, area, &keys);
        }
    };
    let text = clean(input.text());
    let context = Context::browser(model.focus, None);
    let trailer = keymap::hints(context)
        .iter()
        .map(|h| format!("{} {}", h.keys, h.text))
        .collect::<Vec<_>>()
        .join(" · ");
    let trailer = format!("   {trailer}");
    let mut spans = vec![
        Span::styled(
            prompt,
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        ),
        Span::raw(text.clone().into_owned()),
    ];
    match model
        .command_completion
        .as_ref()
        .filter(|_| model.focus == Focus::Command)
    {
        // While a Tab found several, they take the keys' place: what the next Tab walks through.
        Some(c) => spans.extend(choices(c)),
        None => spans.push(Span::styled(
            trailer,
            Style::new().add_modifier(Modifier::DIM),
        )),
    }
    let line = Line::from(spans);
    frame.render_widget(Paragraph::new(line), area);
    let before: String = text.chars().take(input.cursor()).collect();
    let x = area
        .x
        .saturating_add(1)
        .saturating_add(ratatui::text::Line::raw(before).width() as u16);
    if area.height > 0 && x < area.right() {
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// Under `--readonly`, a key that would change a definition says it is off: `d off`.
fn read_only_hints(keys: &mut [keymap::Hint], model: &Model) {
    if model.session.readonly {
        for h in keys.iter_mut().filter(|h| h.changes) {
            h.text = "off";
        }
    }
}

/// `M whole message` only while the status line cuts the message short, and then kept: it is how to read it.
fn whole_message_hint(keys: &mut Vec<keymap::Hint>, model: &Model, width: u16) {
    if message_is_cut(model, width) {
        for h in keys.iter_mut().filter(|h| h.text == keymap::MESSAGES_HINT) {
            h.kept = true;
        }
    } else {
        keys.retain(|h| h.text != keymap::MESSAGES_HINT);
    }
}

/// Whether the status line (as `draw_status` lays it out) cuts the message short.
pub fn message_is_cut(model: &Model, width: u16) -> bool {
    let Some(msg) = &model.message else {
        return false;
    };
    if model.waiting_note().is_some() || model.retry_note.is_some() {
        return false;
    }
    let used = load_state(model).width() + if model.list.in_flight { 2 } else { 0 } + 3;
    clean(&msg.text).width() > (width as usize).saturating_sub(used)
}

/// A completion's candidates after the typed line: `   Tab: eu-west-1 · eu-west-2`, the one shown in bold.
pub fn choices(c: &crate::state::LineCompletion) -> Vec<Span<'static>> {
    let dim = Style::new().add_modifier(Modifier::DIM);
    let mut spans = vec![Span::styled("   Tab: ", dim)];
    for (i, candidate) in c.candidates.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", dim));
        }
        let style = if c.index == Some(i) {
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        spans.push(Span::styled(clean(candidate).into_owned(), style));
    }
    spans
}

/// The hints that fit `width` columns, in their order: whole hints only (a cut-off "r relo" helps nobody), the
/// kept ones (help, quit, leave) first to get room, then the others by rank while they fit.
fn fitting(keys: &[keymap::Hint], width: usize) -> Vec<keymap::Hint> {
    let cost = |h: &keymap::Hint| h.keys.chars().count() + h.text.chars().count() + 3;
    let mut used: usize = keys.iter().filter(|h| h.kept).map(cost).sum();
    let mut room_left = true;
    keys.iter()
        .filter(|h| {
            if h.kept {
                return true;
            }
            room_left &= used + cost(h) <= width;
            if room_left {
                used += cost(h);
            }
            room_left
        })
        .copied()
        .collect()
}

fn hints(frame: &mut Frame, area: Rect, keys: &[keymap::Hint]) {
    let mut spans = Vec::new();
    for keymap::Hint {
        keys: key,
        text: what,
        ..
    } in fitting(keys, area.width as usize)
    {
        spans.push(Span::styled(
            format!(" {key}"),
            Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        ));
        spans.push(Span::styled(
            format!(" {what} "),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
