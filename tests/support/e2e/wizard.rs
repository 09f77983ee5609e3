//! Driving the create wizard of the app in tmux against a moto server: start-up, the type picker, fields and
//! rows as the screen shows them. Every wait is a bounded poll of the screen ([`Tmux::wait_for`]).

use std::path::{Path, PathBuf};

use super::{Moto, Scratch, Tmux};

/// The app's state directory (`XDG_STATE_HOME`) inside the scratch directory, so drafts stay private to the test.
pub fn state_home(scratch: &Scratch) -> PathBuf {
    let dir = scratch.file("state");
    std::fs::create_dir_all(&dir).expect("create the state directory");
    dir
}

/// The app against `moto` (region us-east-1) with its state in `state`, once the list has loaded.
pub fn start_app(scratch: &Scratch, moto: &Moto, state: &Path) -> Tmux {
    let tmux = Tmux::start_with_env(
        scratch,
        &["--endpoint-url", &moto.endpoint(), "--region", "us-east-1"],
        &[("XDG_STATE_HOME", state.to_str().expect("UTF-8 path"))],
    );
    tmux.wait_text("loaded");
    tmux
}

/// The line of the form that shows the field `label` (the focus marker and `*` come before/after it), if any.
pub fn find_field_line<'a>(screen: &'a str, label: &str) -> Option<&'a str> {
    screen
        .lines()
        .find(|l| l.contains(&format!("  {label} ")) || l.contains(&format!("▸ {label} ")))
}

/// Like [`find_field_line`], for a field that must be on screen.
pub fn field_line<'a>(screen: &'a str, label: &str) -> &'a str {
    find_field_line(screen, label)
        .unwrap_or_else(|| panic!("no {label:?} field on screen:\n{screen}"))
}

/// Whether the field `label` is on screen and its line shows `value`. For wait predicates: a screen captured while
/// the app is still drawing its frame may lack the field yet, which must mean "not yet" rather than a panic.
pub fn field_has(screen: &str, label: &str, value: &str) -> bool {
    find_field_line(screen, label).is_some_and(|l| l.contains(value))
}

/// Waits until one screen shows every field of `fields` with its value (see [`field_has`]) and every text of
/// `texts`: all in one predicate, so no check reads a frame the app is still drawing. `what` and the lists name
/// the wait in a failure, with the last screen.
pub fn wait_form(tmux: &Tmux, what: &str, fields: &[(&str, &str)], texts: &[&str]) -> String {
    tmux.wait_for(
        &format!("{what}: fields {fields:?}, texts {texts:?}"),
        |s| {
            fields
                .iter()
                .all(|(label, value)| field_has(s, label, value))
                && texts.iter().all(|t| s.contains(t))
        },
    )
}

/// Waits until the focus marker is on the field `label`.
pub fn wait_focus(tmux: &Tmux, label: &str) -> String {
    let marker = format!("▸ {label} ");
    tmux.wait_for(&format!("the focus on {label:?}"), |s| s.contains(&marker))
}

/// Rows of the list pane that show a connection named `name`.
pub fn list_row<'a>(screen: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!("{name} ");
    screen
        .lines()
        .filter_map(super::row_from_name)
        .find(|l| l.starts_with(&marker))
}

/// `n` from the list: the wizard on its Type step, with no draft offered.
pub fn open_wizard(tmux: &Tmux) -> String {
    tmux.keys(&["n"]);
    let screen = tmux.wait_text("┌ New connection ");
    assert!(
        !screen.contains("A draft is waiting"),
        "`n` offered a draft although none was left:\n{screen}"
    );
    screen
}

/// In the type picker: `query` typed, until the search line shows it.
pub fn search_types(tmux: &Tmux, query: &str) -> String {
    tmux.type_text(query);
    tmux.wait_text(&format!("Type  {query}   "))
}

/// Enter in the type picker, on the row the cursor is on, which must be `ty`: the focus lands on Basics → Name.
pub fn pick_highlighted(tmux: &Tmux, ty: &str) -> String {
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("{ty} picked, the focus on Name"), |s| {
        s.contains(&format!("│1 {ty} ")) && s.contains("▸ Name *")
    })
}

/// [`search_types`] for `query`, then Enter on the best match, which must be `ty`.
pub fn pick_type(tmux: &Tmux, query: &str, ty: &str) -> String {
    search_types(tmux, query);
    pick_highlighted(tmux, ty)
}

/// [`open_wizard`], then [`pick_type`].
pub fn open_wizard_with_type(tmux: &Tmux, query: &str, ty: &str) -> String {
    open_wizard(tmux);
    pick_type(tmux, query, ty)
}

/// `text` typed into the focused field `label`, until the screen shows it there.
pub fn type_into(tmux: &Tmux, label: &str, text: &str) -> String {
    tmux.type_text(text);
    wait_form(tmux, &format!("{text:?} typed"), &[(label, text)], &[])
}

/// The title of the wizard's section on screen (the first line of the form pane), e.g. "Basics".
pub fn section_title(screen: &str) -> Option<&str> {
    let line = screen.lines().find(|l| l.starts_with("│1 "))?;
    Some(line.split('│').nth(2)?.trim())
}

/// PgDn, one section at a time (each awaited), until the section titled `title` is on screen.
pub fn to_section(tmux: &Tmux, title: &str) -> String {
    let mut screen = tmux.screen();
    for _ in 0..8 {
        let now = section_title(&screen).map(str::to_owned);
        if now.as_deref() == Some(title) {
            return screen;
        }
        tmux.keys(&["PgDn"]);
        screen = tmux.wait_for(&format!("the section after {now:?}"), |s| {
            section_title(s).map(str::to_owned) != now
        });
    }
    panic!("no section {title:?} within eight PgDn:\n{screen}");
}

/// The screen line the focus marker is on: it moves with Tab, not with what is typed.
pub fn focused_line(screen: &str) -> Option<usize> {
    screen.lines().position(|l| l.contains("▸ "))
}

/// Tab, one field at a time (each awaited), until the focus is on the field `label`.
pub fn tab_to(tmux: &Tmux, label: &str) -> String {
    let marker = format!("▸ {label} ");
    let mut screen = tmux.screen();
    for _ in 0..16 {
        if screen.contains(&marker) {
            return screen;
        }
        let line = focused_line(&screen);
        tmux.keys(&["Tab"]);
        screen = tmux.wait_for("the focus to move", |s| focused_line(s) != line);
    }
    panic!("no field {label:?} within sixteen Tabs:\n{screen}");
}

/// The help box's text as one line: what it wraps at the pane's width, joined again.
pub fn help_text(screen: &str) -> String {
    screen
        .lines()
        .skip_while(|l| !l.contains(" Help ─"))
        .skip(1)
        .take_while(|l| !l.starts_with('└'))
        .filter_map(|l| l.split('│').nth(2))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Waits until the focus is on `label` and the help box says `says`.
pub fn wait_help(tmux: &Tmux, label: &str, says: &str) -> String {
    let marker = format!("▸ {label} ");
    tmux.wait_for(&format!("the help of {label:?} saying {says:?}"), |s| {
        s.contains(&marker) && help_text(s).contains(says)
    })
}
