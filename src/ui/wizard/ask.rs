//! The wizard's questions, in a box over the form.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::keymap::Hint;
use crate::screen::text::clean;
use crate::state::{Ask, Wizard};

pub fn draw(frame: &mut Frame, area: Rect, ask: &Ask, w: &Wizard) {
    let key = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
    let (title, lines): (&str, Vec<Line>) = match ask {
        Ask::Leave => (
            " Leave the form? ",
            vec![
                Line::raw(
                    "What you typed is kept as a draft (without secrets) and offered on the next n.",
                ),
                Line::from(vec![
                    Span::styled("y", key),
                    Span::raw(" leave, keep the draft   "),
                    Span::styled("d", key),
                    Span::raw(" discard it   "),
                    Span::styled("n/Esc", key),
                    Span::raw(" stay"),
                ]),
            ],
        ),
        Ask::Quit => (
            " Quit with the form open? ",
            vec![
                Line::raw(
                    "The form is kept as a draft (without secrets) and offered on the next n.",
                ),
                Line::from(vec![
                    Span::styled("y", key),
                    Span::raw(" quit   "),
                    Span::styled("n/Esc", key),
                    Span::raw(" stay"),
                ]),
            ],
        ),
        Ask::ResumeDraft(draft) => {
            let input = &draft.request.connection_input;
            let name = if input.name.is_empty() {
                "unnamed"
            } else {
                &input.name
            };
            let ty = if input.connection_type.is_empty() {
                "no type yet".to_string()
            } else {
                input.connection_type.clone()
            };
            (
                " A draft is waiting ",
                vec![
                    Line::raw(format!(
                        "{} ({}) — left unsent last time.",
                        clean(name),
                        clean(&ty)
                    )),
                    Line::from(vec![
                        Span::styled("y/Enter", key),
                        Span::raw(" go on with it   "),
                        Span::styled("n/Esc", key),
                        Span::raw(" start empty (the draft stays until replaced)"),
                    ]),
                ],
            )
        }
        Ask::AddRowTo => {
            let mut spans = vec![Span::raw("Add a row to: ")];
            for (i, rows) in w.form.row_lists().iter().enumerate() {
                spans.push(Span::styled(format!("{}", i + 1), key));
                let name = rows.path().rsplit('.').next().unwrap_or_default();
                spans.push(Span::raw(format!(" {name}   ")));
            }
            let here = w
                .form
                .fields()
                .get(w.form.focus)
                .and_then(|f| f.row)
                .map(|(rows, _)| rows)
                .or_else(|| w.form.row_lists().first().copied());
            let enter = here.map_or("", |r| r.path().rsplit('.').next().unwrap_or_default());
            (
                " Add a row ",
                vec![
                    Line::from(spans),
                    Line::from(vec![
                        Span::styled("Enter", key),
                        Span::raw(format!(" {enter}   ")),
                        Span::styled("Esc", key),
                        Span::raw(" none"),
                    ]),
                ],
            )
        }
        Ask::OpenFile(input) => {
            let mut lines = vec![
                Line::raw(
                    "A JSON file shaped like `aws glue create-connection --cli-input-json` input:",
                ),
                Line::from(vec![
                    Span::styled("› ", key),
                    Span::raw(clean(input.text()).into_owned()),
                ]),
            ];
            // The entries the next Tab walks through, by name: their directory is the one typed.
            if let Some(c) = &w.path_completion {
                let mut names = c.clone();
                for name in names.candidates.iter_mut() {
                    let trimmed = name.trim_end_matches('/');
                    let base = trimmed.rsplit('/').next().unwrap_or(trimmed);
                    *name = format!("{base}{}", if name.ends_with('/') { "/" } else { "" });
                }
                lines.push(Line::from(crate::ui::status::choices(&names)));
            }
            lines.push(Line::styled(
                "Enter load · Tab complete · Esc cancel",
                Style::new().add_modifier(Modifier::DIM),
            ));
            (" Load a request file ", lines)
        }
        Ask::SendWithoutSecrets(labels) => (
            " Send without the stored secrets? ",
            vec![
                Line::raw(
                    "They could not be read, and UpdateConnection replaces the whole definition: sending now \
                     removes these if the connection has them:",
                ),
                Line::raw(format!("  {}", clean(&labels.join(", ")))),
                Line::from(vec![
                    Span::styled("y", key),
                    Span::raw(" send anyway   "),
                    Span::styled("n/Esc", key),
                    Span::raw(" go back and type them"),
                ]),
            ],
        ),
        Ask::ReplaceForm { path, .. } => (
            " Replace the form? ",
            vec![
                Line::raw(format!(
                    "{} replaces what you typed; the form cannot be brought back.",
                    clean(path)
                )),
                Line::from(vec![
                    Span::styled("y/Enter", key),
                    Span::raw(" replace   "),
                    Span::styled("n/Esc", key),
                    Span::raw(" keep the form"),
                ]),
            ],
        ),
    };
    let width = area.width.saturating_sub(4).min(90);
    let popup = crate::ui::popup::draw(frame, area, width, title, Color::Yellow, lines);
    if let Ask::OpenFile(input) = ask {
        let before: String = clean(input.text()).chars().take(input.cursor()).collect();
        let x = popup.x + 3 + before.width() as u16;
        if x < popup.right() {
            frame.set_cursor_position(Position::new(x, popup.y + 2));
        }
    }
}

/// A question's hint line: the keys its box offers, in the same words (not a bare "y yes  n/Esc no").
pub fn hints(ask: &Ask) -> Vec<Hint> {
    let keys: &[(&'static str, &'static str)] = match ask {
        Ask::Leave => &[
            ("y", "leave, keep the draft"),
            ("d", "discard it"),
            ("n/Esc", "stay"),
        ],
        Ask::Quit => &[("y", "quit"), ("n/Esc", "stay")],
        Ask::ResumeDraft(_) => &[("y/Enter", "go on with it"), ("n/Esc", "start empty")],
        Ask::AddRowTo => &[
            ("1-9", "that list"),
            ("Enter", "the focused one"),
            ("Esc", "none"),
        ],
        Ask::OpenFile(_) => &[("Enter", "load"), ("Tab", "complete"), ("Esc", "cancel")],
        Ask::ReplaceForm { .. } => &[("y/Enter", "replace"), ("n/Esc", "keep the form")],
        Ask::SendWithoutSecrets(_) => &[("y", "send anyway"), ("n/Esc", "go back")],
    };
    keys.iter().map(|(k, t)| Hint::shown(k, t)).collect()
}
