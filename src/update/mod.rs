//! `update(&mut Model, Msg) -> Vec<Effect>`: the only place state changes. No I/O, no runtime, no clock.

mod command;
mod created;
mod deleting;
mod described_secrets;
pub(crate) mod editing;
mod external_edit;
mod help;
mod listed_types;
mod paging;
mod read_only;
mod tested;
mod wizard;
mod writing;

use crate::glue::GlueReply;
use crate::keymap::{self, Action};
use crate::msg::{CopyDestination, Effect, Msg};
use crate::screen::{detail_text, group_digits, layout};
use crate::state::{Focus, Model, View};

pub use paging::start_listing;

/// The effects to run before the first key arrives: the first page, and the draft an earlier session left.
pub fn init(model: &mut Model) -> Vec<Effect> {
    let mut effects = start_listing(model, None);
    effects.push(Effect::LoadDraft);
    effects
}

pub fn update(model: &mut Model, msg: Msg) -> Vec<Effect> {
    let mut effects = dispatch(model, msg);
    effects.extend(described_secrets::describe_selected(model));
    effects
}

fn dispatch(model: &mut Model, msg: Msg) -> Vec<Effect> {
    if matches!(msg, Msg::Key(_) | Msg::Paste(_)) {
        model.user_acted();
    }
    match msg {
        // Keys and pastes go to the view; an open dialog is part of the view's key context (`keymap::Context`).
        Msg::Key(key) => match model.view {
            View::Wizard(_) => wizard::on_key(model, key),
            View::Browser => {
                let context = keymap::Context::browser(model.focus, model.dialog);
                match keymap::action(context, key) {
                    Some(action) => on_action(model, action),
                    None => Vec::new(),
                }
            }
        },
        Msg::Paste(text) => match model.view {
            View::Wizard(_) => wizard::paste(model, &text),
            View::Browser => paste(model, &text),
        },
        Msg::Resize { width, height } => {
            model.width = width;
            model.height = height;
            keep_selection_visible(model);
            paging::fetch_if_wanted(model)
        }
        Msg::Tick(now) => {
            model.spinner = model.spinner.wrapping_add(1);
            model.ticks += 1;
            model.now = Some(now);
            model.expire_message();
            Vec::new()
        }
        Msg::AttemptStarted {
            generation,
            attempt,
            max_attempts,
            at,
        } => {
            if generation == model.list.generation && model.list.in_flight {
                model.attempt = Some(crate::state::AttemptClock {
                    attempt,
                    max_attempts,
                    started: at,
                });
            }
            Vec::new()
        }
        Msg::Glue(reply) => on_glue(model, reply),
        Msg::Retrying {
            generation,
            attempt,
            reason,
        } => {
            if generation == model.list.generation {
                model.retry_note = Some(format!(
                    "{reason} — retrying with backoff (attempt {attempt})"
                ));
            }
            Vec::new()
        }
        Msg::Copied(result) => {
            match result {
                Ok(report) => {
                    let place = match report.destination {
                        CopyDestination::SystemClipboard => "the system clipboard",
                        CopyDestination::Osc52 => "the terminal clipboard (OSC 52)",
                    };
                    model.info(format!(
                        "Copied {} bytes of {} to {place}",
                        group_digits(report.bytes),
                        report.what
                    ));
                }
                Err(reason) => model.error(format!("Copy failed: {reason}")),
            }
            Vec::new()
        }
        Msg::ProfilesListed(known) => {
            model.known_profiles = Some(known);
            Vec::new()
        }
        Msg::PathListed { typed, candidates } => wizard::on_path_listed(model, &typed, candidates),
        Msg::DraftLoaded(draft) => {
            model.draft = draft;
            Vec::new()
        }
        Msg::DraftFailed(reason) => {
            model.error(format!("The draft could not be kept: {reason}"));
            Vec::new()
        }
        Msg::FileRead { path, result } => wizard::on_file_read(model, path, result),
        Msg::FileWritten { path, what, result } => writing::on_written(model, path, what, result),
        Msg::Edited(result) => external_edit::on_edited(model, result),
        Msg::ProfileChecked { profile, result } => {
            command::on_profile_checked(model, profile, result)
        }
        Msg::Terminate => wizard::quit_requested(model, false),
    }
}

/// A Glue call's reply, to the update code of the call that asked for it.
fn on_glue(model: &mut Model, reply: GlueReply) -> Vec<Effect> {
    match reply {
        GlueReply::GetConnectionsPage { generation, result } => {
            paging::on_page(model, generation, result)
        }
        GlueReply::CreateConnection { name, result } => created::on_created(model, name, result),
        GlueReply::GetConnection {
            name,
            catalog_id,
            attempt,
            result,
        } => created::on_polled(model, name, catalog_id, attempt, result),
        GlueReply::DescribeConnectionType {
            connection_type,
            result,
        } => created::on_described(model, connection_type, result),
        GlueReply::DeleteConnections { outcomes } => deleting::on_deleted(model, outcomes),
        GlueReply::UpdateConnection {
            name,
            new_name,
            catalog_id,
            result,
        } => editing::on_updated(model, name, new_name, catalog_id, result),
        GlueReply::ReadStoredSecrets { name, result } => editing::on_stored(model, name, result),
        GlueReply::TestUnsaved { result } => tested::on_form_tested(model, result),
        GlueReply::TestConnection {
            name,
            finished,
            result,
        } => tested::on_tested(model, name, finished, result),
        GlueReply::ListConnectionTypes { origin, result } => {
            listed_types::on_listed(model, origin, result)
        }
    }
}

/// A paste in the browser goes to the line being typed, if one is.
fn paste(model: &mut Model, text: &str) -> Vec<Effect> {
    match model.focus {
        Focus::Filter => {
            model.filter_input.insert(text);
            return apply_filter(model, Cursor::BestMatch);
        }
        Focus::Command => model.command_input.insert(text),
        Focus::List | Focus::Detail => {}
    }
    Vec::new()
}

fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    use Action::*;
    if read_only::refuses(
        model,
        keymap::Context::browser(model.focus, model.dialog),
        action,
    ) {
        return Vec::new();
    }
    let typing = matches!(model.focus, Focus::Filter | Focus::Command);
    if action != Complete {
        // Any other key ends a completion: the next Tab completes what the line then holds.
        model.command_completion = None;
    }
    match action {
        Complete => return command::complete(model),
        Quit => return quit(model),
        NewConnection => return wizard::open_new(model),
        CloneConnection => return wizard::open_clone(model),
        EditConnection => return editing::open(model),
        EditInEditor => return external_edit::open(model),
        ToggleHelp => model.toggle_help(),
        ToggleMessages => model.toggle_messages(),
        _ if model.dialog == Some(crate::state::Dialog::ConfirmDelete) => {
            return deleting::confirm_key(model, action);
        }
        _ if model.dialog == Some(crate::state::Dialog::WritePath) => {
            return writing::prompt_key(model, action);
        }
        WriteConnections => writing::ask(model),
        ToggleMark => deleting::toggle_mark(model),
        MarkShown => deleting::mark_shown(model),
        ClearMarks => deleting::clear_marks(model),
        DeleteConnections => deleting::ask(model),
        TestConnection => return tested::start(model),
        _ if model.dialog.is_some() => help::scroll(model, action),
        Up | Down | Top | Bottom | PageUp | PageDown if model.focus == Focus::Detail => {
            scroll_detail(model, action)
        }
        Up => return move_selection(model, -1),
        Down => return move_selection(model, 1),
        Top => return move_selection(model, isize::MIN),
        Bottom => return move_selection(model, isize::MAX),
        PageUp => return move_selection(model, -(list_page(model) as isize)),
        PageDown => return move_selection(model, list_page(model) as isize),
        OpenFilter => {
            model.focus = Focus::Filter;
            model.filter_input.end();
        }
        OpenCommand => {
            model.focus = Focus::Command;
            model.command_input.clear();
            // The profiles `:profile` Tab offers: read once, while the user types the command.
            if !model.session.demo && model.known_profiles.is_none() {
                return vec![Effect::ListProfiles];
            }
        }
        FocusDetail if model.selected_connection().is_some() => model.focus = Focus::Detail,
        Back if model.focus == Focus::Filter => {
            model.filter_input.clear();
            model.focus = Focus::List;
            return apply_filter(model, Cursor::SameConnection);
        }
        // From the list, Esc clears a filter Enter kept, the cursor staying on the connection it found.
        Back if model.focus == Focus::List && !model.filter_input.text().is_empty() => {
            model.filter_input.clear();
            return apply_filter(model, Cursor::SameConnection);
        }
        Back => model.focus = Focus::List,
        Submit if model.focus == Focus::Filter => model.focus = Focus::List,
        Submit => return command::run(model),
        Copy => return copy_selected(model),
        Reload => return paging::reload(model),
        LoadAll => {
            model.list.load_all = true;
            if !model.list.more_available() && !model.list.in_flight {
                model.info("Every page is already loaded");
            }
            return paging::fetch_if_wanted(model);
        }
        ToggleRaw => {
            model.detail.raw = !model.detail.raw;
            model.detail.scroll = 0;
        }
        Reveal => reveal(model),
        _ if typing => return edit_input(model, action),
        _ => {}
    }
    Vec::new()
}

/// A line-editing action on a one-line input (the filter, the command line, a dialog's typed answer).
pub(crate) fn line_edit(input: &mut crate::state::LineInput, action: Action) {
    match action {
        Action::Input(c) => input.insert(c.encode_utf8(&mut [0; 4])),
        Action::Backspace => input.backspace(),
        Action::Delete => input.delete(),
        Action::DeleteWord => input.delete_word(),
        Action::ClearLine => input.clear(),
        Action::Left => input.left(),
        Action::Right => input.right(),
        Action::Home => input.home(),
        Action::End => input.end(),
        _ => {}
    }
}

fn edit_input(model: &mut Model, action: Action) -> Vec<Effect> {
    let input = if model.focus == Focus::Filter {
        &mut model.filter_input
    } else {
        &mut model.command_input
    };
    let before = input.text().to_string();
    line_edit(input, action);
    // Backspace on an empty command line closes it, as in vim.
    if model.focus == Focus::Command && action == Action::Backspace && before.is_empty() {
        model.focus = Focus::List;
    }
    if model.focus == Focus::Filter && model.filter_input.text() != before {
        return apply_filter(model, Cursor::BestMatch);
    }
    Vec::new()
}

enum Cursor {
    /// Typing moves the cursor to the best match, as fzf does.
    BestMatch,
    /// Clearing the query keeps the connection it found, now shown among all the others.
    SameConnection,
}

/// Re-filter after the query changed and start paging through the rest so the query sees every connection.
fn apply_filter(model: &mut Model, cursor: Cursor) -> Vec<Effect> {
    let query = model.filter_input.text().to_string();
    model.filter.set_query(&query);
    if let Cursor::BestMatch = cursor {
        model.selected = 0;
        model.selected_name = model.selected_connection().map(|c| c.name.clone());
        model.detail.scroll = 0;
    }
    restore_selection(model);
    paging::fetch_if_wanted(model)
}

/// Put the cursor back on `selected_name` if it is visible, else clamp it, and remember where it landed.
pub(crate) fn restore_selection(model: &mut Model) {
    let found = model.selected_name.as_ref().and_then(|name| {
        model
            .filter
            .visible()
            .iter()
            .position(|&row| model.list.items[row].name == *name)
    });
    match found {
        Some(pos) => model.selected = pos,
        None => {
            model.selected = model.selected.min(model.visible_len().saturating_sub(1));
            // While a reload is still looking for the old selection, keep its name rather than the stand-in's.
            if model.list.seek.is_none() {
                model.selected_name = model.selected_connection().map(|c| c.name.clone());
            }
        }
    }
    keep_selection_visible(model);
}

fn move_selection(model: &mut Model, delta: isize) -> Vec<Effect> {
    let len = model.visible_len();
    if len == 0 {
        return Vec::new();
    }
    let target = (model.selected as isize)
        .saturating_add(delta)
        .clamp(0, len as isize - 1) as usize;
    if target != model.selected {
        model.selected = target;
        model.detail.scroll = 0;
    }
    model.selected_name = model.selected_connection().map(|c| c.name.clone());
    model.list.seek = None;
    keep_selection_visible(model);
    paging::fetch_if_wanted(model)
}

fn list_page(model: &Model) -> usize {
    layout::list_rows(model.width, model.height).max(1)
}

fn keep_selection_visible(model: &mut Model) {
    let rows = list_page(model);
    if model.selected < model.list_offset {
        model.list_offset = model.selected;
    } else if model.selected >= model.list_offset + rows {
        model.list_offset = model.selected + 1 - rows;
    }
    model.list_offset = model
        .list_offset
        .min(model.visible_len().saturating_sub(rows));
}

fn scroll_detail(model: &mut Model, action: Action) {
    let page = layout::detail_rows(model.width, model.height).max(1);
    let max = detail_text::content_height(model, layout::detail_width(model.width))
        .saturating_sub(page)
        .min(u16::MAX as usize) as u16;
    let page = page.min(u16::MAX as usize) as u16;
    let s = &mut model.detail.scroll;
    *s = match action {
        Action::Up => s.saturating_sub(1),
        Action::Down => s.saturating_add(1),
        Action::Top => 0,
        Action::Bottom => max,
        Action::PageUp => s.saturating_sub(page),
        Action::PageDown => s.saturating_add(page),
        _ => *s,
    }
    .min(max);
}

/// `y`: the selected connection's JSON — or, with marks, every marked connection loaded as one
/// `{"ConnectionList": [...]}`, the shape `export` writes. Secrets are left out unless revealed.
fn copy_selected(model: &mut Model) -> Vec<Effect> {
    let Some(chosen) = chosen(model) else {
        model.info("Nothing to copy: no connection is selected");
        return Vec::new();
    };
    let (json, what) = match chosen.connections.as_slice() {
        [one] if marked_is_empty(model) => (
            one.to_pretty_json(),
            format!("{} JSON{}", one.name, chosen.left_out),
        ),
        _ => (
            chosen.as_list(),
            format!("{} as JSON{}", chosen.what, chosen.left_out),
        ),
    };
    vec![Effect::Copy { text: json, what }]
}

/// What `y` copies and `w` writes: the marked connections loaded, else the selected one, each with its secrets
/// left out unless revealed (the one rule with the type's described SECRET properties, as the detail pane masks).
pub(crate) struct Chosen {
    pub connections: Vec<crate::model::Connection>,
    /// `3 marked connections`, or the one connection's name.
    pub what: String,
    /// ` (2 secrets left out)`, or empty.
    pub left_out: String,
}

impl Chosen {
    pub fn as_list(&self) -> String {
        crate::model::to_cli_json(&crate::model::ConnectionList {
            connection_list: self.connections.clone(),
        })
    }
}

pub(crate) fn chosen(model: &Model) -> Option<Chosen> {
    let marked: Vec<&crate::model::Connection> = model
        .list
        .items
        .iter()
        .filter(|c| model.marks.contains(&c.name))
        .collect();
    let picked: Vec<&crate::model::Connection> = if marked.is_empty() {
        model.selected_connection().into_iter().collect()
    } else {
        marked
    };
    if picked.is_empty() {
        return None;
    }
    let mut secrets = 0;
    let connections: Vec<crate::model::Connection> = picked
        .iter()
        .map(|conn| {
            if model.show_secrets() {
                return (*conn).clone();
            }
            let names = model.secret_names(conn.connection_type.as_deref());
            let (clean, left_out) =
                crate::model::hide_secrets(*conn, names, crate::model::Hide::LeaveOut);
            secrets += left_out.len();
            clean
        })
        .collect();
    let what = match connections.as_slice() {
        [one] if marked_is_empty(model) => one.name.clone(),
        many => format!("{} marked connections", group_digits(many.len())),
    };
    let left_out = match secrets {
        0 => String::new(),
        1 => " (1 secret left out)".to_string(),
        n => format!(" ({n} secrets left out)"),
    };
    Some(Chosen {
        connections,
        what,
        left_out,
    })
}

fn marked_is_empty(model: &Model) -> bool {
    !model
        .list
        .items
        .iter()
        .any(|c| model.marks.contains(&c.name))
}

fn reveal(model: &mut Model) {
    if !model.session.show_passwords {
        model.info("Passwords were not fetched (HidePassword=true) — restart with --show-passwords to reveal them");
        return;
    }
    model.revealed = !model.revealed;
    if model.revealed {
        model.info("Passwords revealed on screen and in copies — x hides them");
    } else {
        model.info("Passwords hidden");
    }
}

fn quit(model: &mut Model) -> Vec<Effect> {
    model.quitting = true;
    vec![Effect::Quit]
}
