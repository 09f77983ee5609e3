//! Keys to actions: one table per focus, k9s and vim habits. The help overlay is drawn from `HELP` below: keep the
//! two in step.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::state::Focus;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    OpenFilter,
    OpenCommand,
    FocusDetail,
    Back,
    Copy,
    Reload,
    LoadAll,
    ToggleRaw,
    Reveal,
    ToggleHelp,
    Quit,
    Input(char),
    Backspace,
    Delete,
    DeleteWord,
    ClearLine,
    Left,
    Right,
    Home,
    End,
    Submit,
    NewConnection,
    CloneConnection,
}

/// What `key` means where the focus is. `help_open` swallows everything but the keys that close it.
pub fn action(focus: Focus, help_open: bool, key: KeyEvent) -> Option<Action> {
    use Action::*;
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Quit);
    }
    if help_open {
        return match key.code {
            KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => {
                Some(ToggleHelp)
            }
            _ => None,
        };
    }
    match focus {
        Focus::Filter | Focus::Command => Some(match (key.code, ctrl) {
            (KeyCode::Enter, _) => Submit,
            (KeyCode::Esc, _) => Back,
            (KeyCode::Backspace, _) => Backspace,
            (KeyCode::Delete, _) => Delete,
            (KeyCode::Char('w'), true) => DeleteWord,
            (KeyCode::Char('u'), true) => ClearLine,
            (KeyCode::Char('a'), true) | (KeyCode::Home, _) => Home,
            (KeyCode::Char('e'), true) | (KeyCode::End, _) => End,
            (KeyCode::Left, _) => Left,
            (KeyCode::Right, _) => Right,
            // The filter narrows the list while the cursor keys keep moving through it, as in fzf.
            (KeyCode::Up, _) | (KeyCode::Char('p'), true) => Up,
            (KeyCode::Down, _) | (KeyCode::Char('n'), true) => Down,
            (KeyCode::Char(c), false) => Input(c),
            _ => return None,
        }),
        Focus::List | Focus::Detail => Some(match (key.code, ctrl) {
            (KeyCode::Char('j'), false) | (KeyCode::Down, _) => Down,
            (KeyCode::Char('k'), false) | (KeyCode::Up, _) => Up,
            (KeyCode::Char('g'), false) | (KeyCode::Home, _) => Top,
            (KeyCode::Char('G'), false) | (KeyCode::End, _) => Bottom,
            (KeyCode::PageDown, _) | (KeyCode::Char('f'), true) | (KeyCode::Char('d'), true) => {
                PageDown
            }
            (KeyCode::PageUp, _) | (KeyCode::Char('b'), true) | (KeyCode::Char('u'), true) => {
                PageUp
            }
            (KeyCode::Char('/'), false) => OpenFilter,
            (KeyCode::Char(':'), false) => OpenCommand,
            (KeyCode::Enter, _)
            | (KeyCode::Tab, _)
            | (KeyCode::Char('l'), false)
            | (KeyCode::Right, _)
                if focus == Focus::List =>
            {
                FocusDetail
            }
            (KeyCode::Esc, _)
            | (KeyCode::Tab, _)
            | (KeyCode::BackTab, _)
            | (KeyCode::Char('h'), false)
            | (KeyCode::Left, _) => Back,
            (KeyCode::Char('y'), false) => Copy,
            (KeyCode::Char('n'), false) => NewConnection,
            (KeyCode::Char('C'), false) => CloneConnection,
            (KeyCode::Char('r'), false) | (KeyCode::Char('r'), true) => Reload,
            (KeyCode::Char('L'), false) => LoadAll,
            (KeyCode::Char('v'), false) => ToggleRaw,
            (KeyCode::Char('x'), false) => Reveal,
            (KeyCode::Char('?'), false) => ToggleHelp,
            (KeyCode::Char('q'), false) => Quit,
            _ => return None,
        }),
    }
}

/// The help overlay: (keys, what they do), grouped by heading.
pub const HELP: &[(&str, &[(&str, &str)])] = &[
    (
        "Move",
        &[
            (
                "j / k / ↓ / ↑",
                "next / previous connection (scroll in the detail pane)",
            ),
            ("g / G", "first / last loaded row"),
            ("PgDn / PgUp", "a screen down / up (also Ctrl-F / Ctrl-B)"),
            ("Enter / Tab / l", "focus the detail pane"),
            ("Esc / Tab / h", "back to the list"),
        ],
    ),
    (
        "Find",
        &[
            ("/", "filter: fuzzy over name, type, description"),
            ("", "type:KAFKA narrows by type, !text excludes"),
            ("", "Enter keeps the query, Esc clears it"),
            (
                ":",
                "command line: catalog ID, region R, profile P, type T, match M…,",
            ),
            (
                "",
                "schema N, reload, q (a bare :catalog / :type / :match clears it)",
            ),
        ],
    ),
    (
        "Act",
        &[
            ("y", "copy the connection as JSON (AWS CLI shape)"),
            ("n", "new connection (the create wizard)"),
            ("C", "clone the selected connection into the wizard"),
            ("v", "raw JSON / fields in the detail pane"),
            ("x", "reveal passwords (needs --show-passwords)"),
            ("r", "reload (after a failed page: resume from it)"),
            ("L", "load every remaining page"),
            ("?", "this help"),
            ("q / Ctrl-C", "quit"),
        ],
    ),
];

/// The help overlay while the create wizard is open (F1).
pub const WIZARD_HELP: &[(&str, &[(&str, &str)])] = &[
    (
        "Move",
        &[
            ("Tab / ↓", "next field (then the next section)"),
            ("Shift-Tab / ↑", "previous field"),
            ("PgDn / PgUp", "next / previous section"),
            ("Type step", "type to search, ↑↓ move, Enter picks"),
        ],
    ),
    (
        "Edit",
        &[
            (
                "←/→ Space",
                "cycle a choice (auth type, either/or, true/false)",
            ),
            (
                "Ctrl-N / Ctrl-P",
                "next / previous suggestion (JDBC engine…)",
            ),
            (
                "Alt-A / Alt-D",
                "add a list or map row / remove the focused row",
            ),
            ("Alt-R", "show / mask secrets on screen and in copies"),
            (
                "Review step",
                "edit the JSON; Ctrl-U undo, Ctrl-R redo; Alt-O loads a file",
            ),
        ],
    ),
    (
        "Act",
        &[
            ("Ctrl-S", "create (or go to the first problem)"),
            (
                "Alt-Y / Alt-C",
                "copy the request JSON / the aws CLI command",
            ),
            ("Esc", "leave (asks first; keeps a draft)"),
            ("F1", "this help"),
        ],
    ),
];
