//! Keys to actions: ONE table, `BINDINGS`, for the browser and the create wizard, k9s and vim habits. Each entry
//! names the context it applies in, the key, the action, the help row it is listed under and, when it is one of the
//! few always shown, its place on the hint line. `action` looks keys up in it, the help overlays (`ui/help.rs`) and
//! the hint lines (`ui/status.rs`, `ui/wizard.rs`) are drawn from it, and a test checks that every bound key is in
//! the help drawn for its context. It is data, not a `match`, so that a config file can later override it.
//!
//! What the table does not hold, on purpose: the printable characters typed into a text-entry context (the entries
//! keyed `TYPING` say which contexts take them — see `action`), and inside the wizard the keys that a field, the
//! type picker's query or the review editor interpret themselves (line editing, cycling a choice, Ctrl-N / Ctrl-P
//! suggestions, the editor's undo). `action` returns `None` (or `WizardEdit`) for those and the wizard hands the raw
//! key to the section's editor (`update/wizard/edit.rs`). The wizard's questions (`Ask`) read their answers raw too.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::state::{Dialog, Focus};
use crate::wizard::form::Section;

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
    /// `M`: the message log.
    ToggleMessages,
    /// Space: mark or unmark the selected connection.
    ToggleMark,
    /// `*`: mark every connection the filter shows (or unmark them, when all are marked).
    MarkShown,
    /// `U`: clear every mark.
    ClearMarks,
    /// `d`: delete the selected connection, or the marked ones (asks first).
    DeleteConnections,
    /// `t`: TestConnection on the selected connection.
    TestConnection,
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
    /// The command line: Tab completes the word at the cursor.
    Complete,
    NewConnection,
    CloneConnection,
    /// `e`: the wizard as an edit of the selected connection (UpdateConnection).
    EditConnection,
    /// `E`: the selected connection's UpdateConnection request in the user's editor.
    EditInEditor,
    /// `w`: write the selected or marked connections to a file (asks the path).
    WriteConnections,
    /// Wizard: Ctrl-S, create (or go to the first problem).
    WizardSubmit,
    /// Wizard: Esc, leave (asking first when something was typed).
    WizardLeave,
    WizardNextSection,
    WizardPrevSection,
    /// Wizard: Alt-R, show / mask secrets on screen and in copies.
    WizardReveal,
    WizardCopyJson,
    WizardCopyCommand,
    /// Wizard: Alt-T, TestConnection of the form's input before it is saved.
    WizardTest,
    /// Wizard review step: Alt-O, load a request file.
    WizardOpenFile,
    WizardNextField,
    WizardPrevField,
    WizardAddRow,
    WizardRemoveRow,
    /// Wizard review step: Tab, which has nowhere further to go (it says so).
    WizardLastStep,
    PickerUp,
    PickerDown,
    PickerTop,
    PickerBottom,
    PickerPick,
    /// Wizard: the key goes to the focused field, the picker's query or the review editor as it is.
    WizardEdit,
}

/// Where a key is pressed. A context may fall back to a shared one (`chain`): the browser's list and detail pane
/// share `Browse`, the filter and the command line share `LineEdit`, the wizard's steps share `Wizard`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Keys the list and the detail pane share.
    Browse,
    List,
    Detail,
    /// Line editing shared by the filter and the command line.
    LineEdit,
    Filter,
    Command,
    /// The browser's help overlay.
    Help,
    /// The browser's message log.
    Messages,
    /// Keys both browser dialogs share: scrolling, quitting.
    Overlay,
    /// The delete confirmation: the name or count is typed into it.
    ConfirmDelete,
    /// `w`'s path prompt.
    WritePath,
    /// Keys every wizard step shares.
    Wizard,
    /// A wizard step with fields (everything but Type and Review).
    WizardForm,
    /// The wizard's Type step.
    WizardPicker,
    /// The wizard's Review step.
    WizardReview,
    /// The wizard's help overlay.
    WizardHelp,
}

impl Context {
    /// The browser's context for a focus, or for the dialog open over it.
    pub fn browser(focus: Focus, dialog: Option<Dialog>) -> Context {
        match (dialog, focus) {
            (Some(Dialog::Help), _) => Context::Help,
            (Some(Dialog::Messages), _) => Context::Messages,
            (Some(Dialog::ConfirmDelete), _) => Context::ConfirmDelete,
            (Some(Dialog::WritePath), _) => Context::WritePath,
            (None, Focus::List) => Context::List,
            (None, Focus::Detail) => Context::Detail,
            (None, Focus::Filter) => Context::Filter,
            (None, Focus::Command) => Context::Command,
        }
    }

    /// The wizard's context for a step, or its help overlay.
    pub fn wizard(section: Section, help_open: bool) -> Context {
        match (help_open, section) {
            (true, _) => Context::WizardHelp,
            (false, Section::Type) => Context::WizardPicker,
            (false, Section::Review) => Context::WizardReview,
            (false, _) => Context::WizardForm,
        }
    }

    /// The contexts a key is looked up in, first match wins.
    pub fn chain(self) -> &'static [Context] {
        use Context::*;
        match self {
            Browse => &[Browse],
            List => &[List, Browse],
            Detail => &[Detail, Browse],
            LineEdit => &[LineEdit],
            Filter => &[Filter, LineEdit],
            Command => &[Command, LineEdit],
            Help => &[Help, Overlay],
            Messages => &[Messages, Overlay],
            Overlay => &[Overlay],
            ConfirmDelete => &[ConfirmDelete, LineEdit],
            WritePath => &[WritePath, LineEdit],
            Wizard => &[Wizard],
            WizardForm => &[WizardForm, Wizard],
            WizardPicker => &[WizardPicker, Wizard],
            WizardReview => &[WizardReview, Wizard],
            WizardHelp => &[WizardHelp],
        }
    }

    /// Whether this context is drawn in the wizard's help overlay (else in the browser's).
    pub fn in_wizard(self) -> bool {
        use Context::*;
        matches!(
            self,
            Wizard | WizardForm | WizardPicker | WizardReview | WizardHelp
        )
    }
}

/// A key: its code and the modifiers it needs (Ctrl and Alt; Shift is in the character or in BackTab).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

/// Any printable character without Ctrl: in a context holding an entry with this key, typing is input.
pub const TYPING: Key = Key {
    code: KeyCode::Null,
    mods: KeyModifiers::NONE,
};

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ch(c: char) -> Key {
    code(KeyCode::Char(c))
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}

impl Key {
    /// How the help and the hint line spell the key: `j`, `Ctrl-F`, `Alt-R`, `PgDn`, `Shift-Tab`, `↓`.
    pub fn name(self) -> String {
        let base = match self.code {
            KeyCode::Null => return "type".into(),
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) if self.mods.is_empty() => c.to_string(),
            KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut name = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            name.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            name.push_str("Alt-");
        }
        name + &base
    }

    /// Whether a pressed key (its Ctrl and Alt, Shift left out) is this binding. `exact`: the same modifiers.
    /// Otherwise the binding's modifiers must be held, and others are ignored — except that Ctrl on a character
    /// is never ignored (Ctrl-J is not j), as the browser and the wizard have always read keys.
    fn matches(self, code: KeyCode, mods: KeyModifiers, exact: bool) -> bool {
        if self.code != code {
            return false;
        }
        if exact {
            return self.mods == mods;
        }
        let ctrl = KeyModifiers::CONTROL;
        mods.contains(self.mods)
            && (!matches!(code, KeyCode::Char(_))
                || mods.contains(ctrl) == self.mods.contains(ctrl))
    }
}

/// A row of the help overlay: the keys column, and the text (more than one line for a long one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    pub heading: &'static str,
    pub keys: &'static str,
    pub text: &'static [&'static str],
}

/// A place on the hint line: sorted by `rank` among the context's hints; entries sharing a label show once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub rank: u8,
    pub keys: &'static str,
    pub text: &'static str,
    /// The way to the keys and the way out (help, quit, leave): the last to go from a line too short for all.
    pub kept: bool,
    /// Its action changes a connection definition: `--readonly` shows it as off.
    pub changes: bool,
}

impl Hint {
    /// A hint of a dialog's own line (`y yes`), not of a binding.
    pub const fn shown(keys: &'static str, text: &'static str) -> Hint {
        Hint {
            rank: 0,
            keys,
            text,
            kept: true,
            changes: false,
        }
    }
}

/// One key in one context.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub context: Context,
    pub key: Key,
    pub action: Action,
    pub help: Help,
    pub hint: Option<Hint>,
}

/// What `key` means in `context`: the first binding along its chain (same modifiers first, then the loose rule of
/// `Key::matches`); failing that, in a context with a `TYPING` entry, a printable character without Ctrl is that
/// entry's action (`Input(c)` carrying the character). `None`: the key is not bound there.
pub fn action(context: Context, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    let chain = context.chain();
    for exact in [true, false] {
        for ctx in chain {
            let found = BINDINGS
                .iter()
                .find(|b| b.context == *ctx && b.key.matches(key.code, mods, exact));
            if let Some(b) = found {
                return Some(b.action);
            }
        }
    }
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    if mods.contains(KeyModifiers::CONTROL) {
        return None;
    }
    let typing = chain.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .find(|b| b.context == *ctx && b.key == TYPING)
    })?;
    Some(match typing.action {
        Action::Input(_) => Action::Input(c),
        other => other,
    })
}

/// Whether `action` changes a connection definition (creates, clones, edits, deletes — and, as it comes, import): the one list `--readonly` refuses (`update::read_only`), and the help and hints show as off.
pub fn changes_definitions(action: Action) -> bool {
    matches!(
        action,
        Action::NewConnection
            | Action::CloneConnection
            | Action::EditConnection
            | Action::EditInEditor
            | Action::DeleteConnections
            | Action::WizardSubmit
    )
}

/// Whether a help row lists a key whose action changes a definition.
pub fn row_changes(help: &Help) -> bool {
    BINDINGS
        .iter()
        .any(|b| b.help == *help && changes_definitions(b.action))
}

/// How the key that does `action` in `context` is spelled (the first bound there), for messages about it.
pub fn key_name(context: Context, action: Action) -> Option<String> {
    context.chain().iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .find(|b| b.context == *ctx && b.action == action)
            .map(|b| b.key.name())
    })
}

/// The help overlay's rows, grouped by heading in the table's order: the browser's, or the wizard's.
pub fn help(wizard: bool) -> Vec<(&'static str, Vec<Help>)> {
    let mut groups: Vec<(&'static str, Vec<Help>)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| b.context.in_wizard() == wizard) {
        let at = match groups.iter().position(|(h, _)| *h == b.help.heading) {
            Some(at) => at,
            None => {
                groups.push((b.help.heading, Vec::new()));
                groups.len() - 1
            }
        };
        if !groups[at].1.contains(&b.help) {
            groups[at].1.push(b.help);
        }
    }
    groups
}

/// The hint line of a context: its chain's hints by rank, each label once; help, quit and leave marked kept.
pub fn hints(context: Context) -> Vec<Hint> {
    let mut found: Vec<Hint> = Vec::new();
    for ctx in context.chain() {
        for b in BINDINGS.iter().filter(|b| b.context == *ctx) {
            if let Some(mut h) = b.hint
                && !found.iter().any(|f| f.keys == h.keys && f.text == h.text)
            {
                h.kept = matches!(
                    b.action,
                    Action::ToggleHelp | Action::Quit | Action::WizardLeave
                );
                h.changes = changes_definitions(b.action);
                found.push(h);
            }
        }
    }
    found.sort_by_key(|h| h.rank);
    found
}

const fn bind(context: Context, key: Key, action: Action, help: Help) -> Binding {
    Binding {
        context,
        key,
        action,
        help,
        hint: None,
    }
}
const fn hinted(
    context: Context,
    key: Key,
    action: Action,
    help: Help,
    rank: u8,
    keys: &'static str,
    text: &'static str,
) -> Binding {
    Binding {
        context,
        key,
        action,
        help,
        hint: Some(Hint {
            rank,
            keys,
            text,
            kept: false,
            changes: false,
        }),
    }
}
const fn row(heading: &'static str, keys: &'static str, text: &'static [&'static str]) -> Help {
    Help {
        heading,
        keys,
        text,
    }
}

// The browser's help rows.
const MOVE: Help = row(
    "Move",
    "j / k / ↓ / ↑",
    &["next / previous connection (scroll in the detail pane)"],
);
const ENDS: Help = row(
    "Move",
    "g / G",
    &["first / last loaded row (also Home / End)"],
);
const PAGE: Help = row(
    "Move",
    "PgDn / PgUp",
    &["a screen down / up (also Ctrl-F / Ctrl-B, Ctrl-D / Ctrl-U)"],
);
const TO_DETAIL: Help = row(
    "Move",
    "Enter / Tab / l",
    &["focus the detail pane (also →)"],
);
const TO_LIST: Help = row(
    "Move",
    "Esc / Tab / h",
    &["back to the list (also ← and Shift-Tab)"],
);
const FILTER: Help = row(
    "Find",
    "/",
    &[
        "filter: fuzzy over name, type, description",
        "type:KAFKA narrows by type, !text excludes, 'exact matches exactly,",
        "^prefix and suffix$ anchor to the name",
        "Enter keeps the query, Esc clears it, ↑ / ↓ (Ctrl-P / Ctrl-N) move",
    ],
);
const CLEAR_KEPT: Help = row("Find", "Esc", &["in the list: clear the filter Enter kept"]);
/// The list's Esc hint, shown only while a kept filter is there to clear (`ui::status`).
pub const CLEAR_FILTER_HINT: &str = "clear filter";
/// The detail pane's `v` hint; while the pane shows JSON it reads [`FIELDS_HINT`] (`ui::status`).
pub const RAW_HINT: &str = "raw JSON";
pub const FIELDS_HINT: &str = "fields";
const COMMAND: Help = row(
    "Find",
    ":",
    &[
        "command line: catalog ID, region R, profile P, type T, match M…,",
        "schema N, reload, q (a bare :catalog / :type / :match clears it)",
        "Enter runs it, Esc cancels, ↑ / ↓ (Ctrl-P / Ctrl-N) move; type to edit",
    ],
);
const COMPLETE: Help = row(
    "Find",
    "Tab",
    &["command line: complete the command or its argument (again: next choice)"],
);
const LINE: Help = row(
    "Find",
    "",
    &[
        "editing: ← / →, Home / End (Ctrl-A / Ctrl-E), Backspace, Delete,",
        "Ctrl-W deletes a word, Ctrl-U the line",
    ],
);
const COPY: Help = row("Act", "y", &["copy the connection as JSON (AWS CLI shape)"]);
const NEW: Help = row("Act", "n", &["new connection (the create wizard)"]);
const EDIT: Help = row(
    "Act",
    "e",
    &["edit the selected connection (UpdateConnection; its stored secrets are kept)"],
);
const CLONE: Help = row(
    "Act",
    "C",
    &["clone the selected connection into the wizard"],
);
const RAW: Help = row("Act", "v", &["raw JSON / fields in the detail pane"]);
const REVEAL: Help = row("Act", "x", &["reveal passwords (needs --show-passwords)"]);
const RELOAD: Help = row(
    "Act",
    "r / Ctrl-R",
    &["reload (after a failed page: resume from it)"],
);
const LOAD_ALL: Help = row("Act", "L", &["load every remaining page"]);
const HELP: Help = row("Act", "?", &["this help (Esc, ?, q or Enter close it)"]);
const QUIT: Help = row("Act", "q / Ctrl-C", &["quit"]);
const MARK: Help = row(
    "Act",
    "Space / * / U",
    &["mark the connection / mark all the filter shows / clear the marks"],
);
const DELETE: Help = row(
    "Act",
    "d",
    &["delete the connection, or the marked ones (type the name or the count to confirm)"],
);
const TEST: Help = row(
    "Act",
    "t",
    &["test the connection (TestConnection; keep browsing, the outcome shows in the detail pane)"],
);
const EDIT_IN_EDITOR: Help = row(
    "Act",
    "E",
    &["edit the connection's update-connection JSON in $EDITOR (checked when it closes)"],
);
const WRITE: Help = row(
    "Act",
    "w",
    &[
        "write the connection, or every marked one, to a new file ({\"ConnectionList\": […]}, what import reads)",
    ],
);
const WRITE_PROMPT: Help = row(
    "Act",
    "in w's prompt",
    &["type the path (~ is your home), Enter writes, Esc cancels"],
);
const CONFIRM: Help = row(
    "Act",
    "in a delete",
    &["type the name (or count), Enter deletes, Esc cancels"],
);
const MESSAGES: Help = row(
    "Act",
    "M",
    &["the last messages, whole (a cut one ends in …); Esc, M, q or Enter close them"],
);
/// The list's and detail pane's `M` hint, shown only while the status message is cut short (`ui::status`).
pub const MESSAGES_HINT: &str = "whole message";
/// In the browser's help and message log, while one is open.
const OVERLAY_SCROLL: Help = row(
    "Act",
    "j / k / ↓ / ↑",
    &["in this help or the messages: scroll (g/G, Home/End, PgDn/PgUp, Space)"],
);
/// In the wizard's help overlay, while it is open.
const HELP_SCROLL: Help = row(
    "Act",
    "j / k / ↓ / ↑",
    &["in this help: scroll (g / G, Home / End, PgDn / PgUp, Space too)"],
);

// The wizard's help rows.
const W_NEXT: Help = row("Move", "Tab / ↓", &["next field (then the next section)"]);
const W_PREV: Help = row("Move", "Shift-Tab / ↑", &["previous field"]);
const W_SECTION: Help = row("Move", "PgDn / PgUp", &["next / previous section"]);
const W_PICKER: Help = row(
    "Move",
    "Type step",
    &[
        "type to search, ↑ / ↓ (Ctrl-P / Ctrl-N) move,",
        "Home / End first / last, Enter or Tab picks",
    ],
);
const W_CHOICE: Help = row(
    "Edit",
    "←/→ Space",
    &["cycle a choice (auth type, either/or, true/false)"],
);
const W_SUGGEST: Help = row(
    "Edit",
    "Ctrl-N / Ctrl-P",
    &["next / previous suggestion (JDBC engine…)"],
);
const W_ROWS: Help = row(
    "Edit",
    "Alt-A / Alt-D",
    &["add a list or map row / remove the focused row"],
);
const W_REVEAL: Help = row(
    "Edit",
    "Alt-R",
    &["show / mask secrets on screen and in copies"],
);
const W_REVIEW: Help = row(
    "Edit",
    "Review step",
    &[
        "edit the JSON; Ctrl-Z undo, Ctrl-R redo, Ctrl-U clears to the",
        "line start; a pasted whole request replaces the text; Alt-O loads",
        "a file (Tab completes its path; elsewhere Tab stays: it is the last step)",
    ],
);
const W_SUBMIT: Help = row("Act", "Ctrl-S", &["create (or go to the first problem)"]);
const W_COPY: Help = row(
    "Act",
    "Alt-Y / Alt-C",
    &["copy the request JSON / the aws CLI command"],
);
const W_TEST: Help = row(
    "Act",
    "Alt-T",
    &["test the form's connection before it is saved (TestConnectionInput)"],
);
const W_LEAVE: Help = row("Act", "Esc", &["leave (asks first; keeps a draft)"]);
const W_QUIT: Help = row(
    "Act",
    "Ctrl-C",
    &["quit (asks first when something was typed)"],
);
const W_HELP: Help = row("Act", "F1", &["this help (Esc, F1 or Enter close it)"]);

use Action::*;
use Context::{
    Browse, Command, ConfirmDelete, Detail, Filter, Help as HelpOpen, LineEdit, List, Messages,
    Overlay, Wizard, WizardForm, WizardHelp, WizardPicker, WizardReview, WritePath,
};

/// Every key. The help overlays list the rows in the order they first appear here; hint lines sort by rank.
pub static BINDINGS: &[Binding] = &[
    // The browser: moving.
    hinted(List, ch('j'), Down, MOVE, 10, "j/k", "move"),
    hinted(Detail, ch('j'), Down, MOVE, 10, "j/k", "scroll"),
    bind(Browse, ch('k'), Up, MOVE),
    bind(Browse, code(KeyCode::Down), Down, MOVE),
    bind(Browse, code(KeyCode::Up), Up, MOVE),
    bind(Browse, ch('g'), Top, ENDS),
    bind(Browse, ch('G'), Bottom, ENDS),
    bind(Browse, code(KeyCode::Home), Top, ENDS),
    bind(Browse, code(KeyCode::End), Bottom, ENDS),
    bind(Browse, code(KeyCode::PageDown), PageDown, PAGE),
    bind(Browse, code(KeyCode::PageUp), PageUp, PAGE),
    bind(Browse, ctrl('f'), PageDown, PAGE),
    bind(Browse, ctrl('b'), PageUp, PAGE),
    bind(Browse, ctrl('d'), PageDown, PAGE),
    bind(Browse, ctrl('u'), PageUp, PAGE),
    hinted(
        List,
        code(KeyCode::Enter),
        FocusDetail,
        TO_DETAIL,
        40,
        "Enter",
        "detail",
    ),
    bind(List, code(KeyCode::Tab), FocusDetail, TO_DETAIL),
    bind(List, ch('l'), FocusDetail, TO_DETAIL),
    bind(List, code(KeyCode::Right), FocusDetail, TO_DETAIL),
    hinted(
        List,
        code(KeyCode::Esc),
        Back,
        CLEAR_KEPT,
        25,
        "Esc",
        CLEAR_FILTER_HINT,
    ),
    hinted(Detail, code(KeyCode::Esc), Back, TO_LIST, 55, "Esc", "back"),
    bind(Detail, code(KeyCode::Tab), Back, TO_LIST),
    bind(Browse, code(KeyCode::BackTab), Back, TO_LIST),
    bind(Browse, ch('h'), Back, TO_LIST),
    bind(Browse, code(KeyCode::Left), Back, TO_LIST),
    // The browser: finding.
    hinted(List, ch('/'), OpenFilter, FILTER, 20, "/", "filter"),
    bind(Detail, ch('/'), OpenFilter, FILTER),
    hinted(
        Filter,
        code(KeyCode::Enter),
        Submit,
        FILTER,
        1,
        "Enter",
        "keep",
    ),
    hinted(Filter, code(KeyCode::Esc), Back, FILTER, 2, "Esc", "clear"),
    hinted(Filter, code(KeyCode::Up), Up, FILTER, 3, "↑↓", "move"),
    bind(Filter, code(KeyCode::Down), Down, FILTER),
    bind(Filter, ctrl('p'), Up, FILTER),
    bind(Filter, ctrl('n'), Down, FILTER),
    // The filter narrows the list as it is typed, as in fzf.
    bind(Filter, TYPING, Input(' '), FILTER),
    hinted(List, ch(':'), OpenCommand, COMMAND, 30, ":", "command"),
    bind(Detail, ch(':'), OpenCommand, COMMAND),
    hinted(
        Command,
        code(KeyCode::Enter),
        Submit,
        COMMAND,
        1,
        "Enter",
        "run",
    ),
    hinted(
        Command,
        code(KeyCode::Esc),
        Back,
        COMMAND,
        2,
        "Esc",
        "cancel",
    ),
    hinted(
        Command,
        code(KeyCode::Tab),
        Complete,
        COMPLETE,
        3,
        "Tab",
        "complete",
    ),
    bind(Command, code(KeyCode::Up), Up, COMMAND),
    bind(Command, code(KeyCode::Down), Down, COMMAND),
    bind(Command, ctrl('p'), Up, COMMAND),
    bind(Command, ctrl('n'), Down, COMMAND),
    bind(Command, TYPING, Input(' '), COMMAND),
    bind(LineEdit, code(KeyCode::Backspace), Backspace, LINE),
    bind(LineEdit, code(KeyCode::Delete), Delete, LINE),
    bind(LineEdit, ctrl('w'), DeleteWord, LINE),
    bind(LineEdit, ctrl('u'), ClearLine, LINE),
    bind(LineEdit, ctrl('a'), Home, LINE),
    bind(LineEdit, code(KeyCode::Home), Home, LINE),
    bind(LineEdit, ctrl('e'), End, LINE),
    bind(LineEdit, code(KeyCode::End), End, LINE),
    bind(LineEdit, code(KeyCode::Left), Left, LINE),
    bind(LineEdit, code(KeyCode::Right), Right, LINE),
    // The browser: acting.
    hinted(Browse, ch('y'), Copy, COPY, 50, "y", "copy"),
    bind(Browse, ch('n'), NewConnection, NEW),
    bind(Browse, ch('C'), CloneConnection, CLONE),
    hinted(Browse, ch('e'), EditConnection, EDIT, 55, "e", "edit"),
    bind(List, ch('v'), ToggleRaw, RAW),
    hinted(Detail, ch('v'), ToggleRaw, RAW, 42, "v", RAW_HINT),
    bind(List, ch('x'), Reveal, REVEAL),
    hinted(Detail, ch('x'), Reveal, REVEAL, 44, "x", "reveal"),
    hinted(List, ch('r'), Reload, RELOAD, 60, "r", "reload"),
    bind(Detail, ch('r'), Reload, RELOAD),
    bind(Browse, ctrl('r'), Reload, RELOAD),
    hinted(List, ch('L'), LoadAll, LOAD_ALL, 70, "L", "load all"),
    bind(Detail, ch('L'), LoadAll, LOAD_ALL),
    hinted(Browse, ch('?'), ToggleHelp, HELP, 80, "?", "help"),
    bind(HelpOpen, code(KeyCode::Esc), ToggleHelp, HELP),
    bind(HelpOpen, ch('?'), ToggleHelp, HELP),
    bind(HelpOpen, ch('q'), ToggleHelp, HELP),
    bind(HelpOpen, code(KeyCode::Enter), ToggleHelp, HELP),
    // Scrolling either browser dialog, and quitting from one.
    bind(Overlay, ch('j'), Down, OVERLAY_SCROLL),
    bind(Overlay, ch('k'), Up, OVERLAY_SCROLL),
    bind(Overlay, code(KeyCode::Down), Down, OVERLAY_SCROLL),
    bind(Overlay, code(KeyCode::Up), Up, OVERLAY_SCROLL),
    bind(Overlay, ch('g'), Top, OVERLAY_SCROLL),
    bind(Overlay, ch('G'), Bottom, OVERLAY_SCROLL),
    bind(Overlay, code(KeyCode::Home), Top, OVERLAY_SCROLL),
    bind(Overlay, code(KeyCode::End), Bottom, OVERLAY_SCROLL),
    bind(Overlay, code(KeyCode::PageDown), PageDown, OVERLAY_SCROLL),
    bind(Overlay, code(KeyCode::PageUp), PageUp, OVERLAY_SCROLL),
    bind(Overlay, ch(' '), PageDown, OVERLAY_SCROLL),
    hinted(
        Browse,
        ch('M'),
        ToggleMessages,
        MESSAGES,
        75,
        "M",
        MESSAGES_HINT,
    ),
    bind(Browse, ch(' '), ToggleMark, MARK),
    bind(Browse, ch('*'), MarkShown, MARK),
    bind(Browse, ch('U'), ClearMarks, MARK),
    hinted(List, ch('d'), DeleteConnections, DELETE, 52, "d", "delete"),
    bind(Detail, ch('d'), DeleteConnections, DELETE),
    hinted(List, ch('t'), TestConnection, TEST, 54, "t", "test"),
    bind(Detail, ch('t'), TestConnection, TEST),
    bind(Browse, ch('E'), EditInEditor, EDIT_IN_EDITOR),
    bind(Browse, ch('w'), WriteConnections, WRITE),
    bind(WritePath, code(KeyCode::Enter), Submit, WRITE_PROMPT),
    bind(WritePath, code(KeyCode::Esc), Back, WRITE_PROMPT),
    bind(WritePath, TYPING, Input(' '), WRITE_PROMPT),
    bind(ConfirmDelete, code(KeyCode::Enter), Submit, CONFIRM),
    bind(ConfirmDelete, code(KeyCode::Esc), Back, CONFIRM),
    bind(ConfirmDelete, TYPING, Input(' '), CONFIRM),
    bind(Messages, code(KeyCode::Esc), ToggleMessages, MESSAGES),
    bind(Messages, ch('M'), ToggleMessages, MESSAGES),
    bind(Messages, ch('q'), ToggleMessages, MESSAGES),
    bind(Messages, code(KeyCode::Enter), ToggleMessages, MESSAGES),
    // Quit last: its help row closes the browser's help.
    bind(Overlay, ctrl('c'), Quit, QUIT),
    hinted(Browse, ch('q'), Quit, QUIT, 90, "q", "quit"),
    bind(Browse, ctrl('c'), Quit, QUIT),
    bind(LineEdit, ctrl('c'), Quit, QUIT),
    // The wizard: moving.
    hinted(
        WizardForm,
        code(KeyCode::Tab),
        WizardNextField,
        W_NEXT,
        1,
        "Tab/↓",
        "next",
    ),
    bind(WizardForm, code(KeyCode::Down), WizardNextField, W_NEXT),
    hinted(
        WizardForm,
        code(KeyCode::BackTab),
        WizardPrevField,
        W_PREV,
        2,
        "S-Tab/↑",
        "previous",
    ),
    bind(WizardForm, code(KeyCode::Up), WizardPrevField, W_PREV),
    bind(
        WizardReview,
        code(KeyCode::BackTab),
        WizardPrevField,
        W_PREV,
    ),
    hinted(
        WizardForm,
        code(KeyCode::PageDown),
        WizardNextSection,
        W_SECTION,
        40,
        "PgDn/PgUp",
        "section",
    ),
    bind(
        WizardForm,
        code(KeyCode::PageUp),
        WizardPrevSection,
        W_SECTION,
    ),
    hinted(
        WizardPicker,
        code(KeyCode::PageDown),
        WizardNextSection,
        W_SECTION,
        40,
        "PgDn",
        "next section",
    ),
    bind(
        WizardPicker,
        code(KeyCode::PageUp),
        WizardPrevSection,
        W_SECTION,
    ),
    bind(
        WizardReview,
        code(KeyCode::PageDown),
        WizardNextSection,
        W_SECTION,
    ),
    hinted(
        WizardReview,
        code(KeyCode::PageUp),
        WizardPrevSection,
        W_SECTION,
        40,
        "PgUp",
        "back",
    ),
    hinted(
        WizardPicker,
        TYPING,
        WizardEdit,
        W_PICKER,
        10,
        "type",
        "search",
    ),
    hinted(
        WizardPicker,
        code(KeyCode::Up),
        PickerUp,
        W_PICKER,
        11,
        "↑↓",
        "move",
    ),
    bind(WizardPicker, code(KeyCode::Down), PickerDown, W_PICKER),
    bind(WizardPicker, ctrl('p'), PickerUp, W_PICKER),
    bind(WizardPicker, ctrl('n'), PickerDown, W_PICKER),
    bind(WizardPicker, code(KeyCode::Home), PickerTop, W_PICKER),
    bind(WizardPicker, code(KeyCode::End), PickerBottom, W_PICKER),
    hinted(
        WizardPicker,
        code(KeyCode::Enter),
        PickerPick,
        W_PICKER,
        12,
        "Enter",
        "pick",
    ),
    bind(WizardPicker, code(KeyCode::Tab), PickerPick, W_PICKER),
    // The wizard: editing. ← and → go to the field (they move the text cursor or cycle a choice).
    hinted(
        WizardForm,
        code(KeyCode::Left),
        WizardEdit,
        W_CHOICE,
        30,
        "←→",
        "choose",
    ),
    bind(WizardForm, code(KeyCode::Right), WizardEdit, W_CHOICE),
    // Ctrl-N and Ctrl-P go to the field too: it completes from its suggestions.
    bind(WizardForm, ctrl('n'), WizardEdit, W_SUGGEST),
    bind(WizardForm, ctrl('p'), WizardEdit, W_SUGGEST),
    hinted(
        WizardForm,
        alt('a'),
        WizardAddRow,
        W_ROWS,
        31,
        "Alt-A/D",
        "add/remove row",
    ),
    bind(WizardForm, alt('d'), WizardRemoveRow, W_ROWS),
    hinted(
        WizardForm,
        alt('r'),
        WizardReveal,
        W_REVEAL,
        33,
        "Alt-R",
        "reveal",
    ),
    bind(WizardPicker, alt('r'), WizardReveal, W_REVEAL),
    hinted(
        WizardReview,
        alt('r'),
        WizardReveal,
        W_REVEAL,
        33,
        "Alt-R",
        "reveal",
    ),
    // Ctrl-Z and Ctrl-R are the review editor's undo and redo, Ctrl-U clears the line up to the cursor as it clears
    // a field elsewhere: the keys go to the editor (`ReviewEditor::input`).
    hinted(
        WizardReview,
        ctrl('z'),
        WizardEdit,
        W_REVIEW,
        34,
        "Ctrl-Z/R",
        "undo/redo",
    ),
    bind(WizardReview, ctrl('r'), WizardEdit, W_REVIEW),
    bind(WizardReview, ctrl('u'), WizardEdit, W_REVIEW),
    hinted(
        WizardReview,
        alt('o'),
        WizardOpenFile,
        W_REVIEW,
        32,
        "Alt-O",
        "load file",
    ),
    bind(WizardReview, code(KeyCode::Tab), WizardLastStep, W_REVIEW),
    // The wizard: acting.
    hinted(
        Wizard,
        ctrl('s'),
        WizardSubmit,
        W_SUBMIT,
        20,
        "Ctrl-S",
        "create",
    ),
    hinted(
        WizardReview,
        alt('y'),
        WizardCopyJson,
        W_COPY,
        30,
        "Alt-Y",
        "copy JSON",
    ),
    hinted(
        WizardReview,
        alt('c'),
        WizardCopyCommand,
        W_COPY,
        31,
        "Alt-C",
        "copy aws command",
    ),
    bind(Wizard, alt('t'), WizardTest, W_TEST),
    bind(WizardForm, alt('y'), WizardCopyJson, W_COPY),
    bind(WizardForm, alt('c'), WizardCopyCommand, W_COPY),
    bind(WizardPicker, alt('y'), WizardCopyJson, W_COPY),
    bind(WizardPicker, alt('c'), WizardCopyCommand, W_COPY),
    hinted(
        Wizard,
        code(KeyCode::Esc),
        WizardLeave,
        W_LEAVE,
        21,
        "Esc",
        "leave",
    ),
    bind(Wizard, ctrl('c'), Quit, W_QUIT),
    bind(WizardHelp, ctrl('c'), Quit, W_QUIT),
    hinted(
        Wizard,
        code(KeyCode::F(1)),
        ToggleHelp,
        W_HELP,
        22,
        "F1",
        "help",
    ),
    bind(WizardHelp, code(KeyCode::Esc), ToggleHelp, W_HELP),
    bind(WizardHelp, code(KeyCode::F(1)), ToggleHelp, W_HELP),
    bind(WizardHelp, code(KeyCode::Enter), ToggleHelp, W_HELP),
    bind(WizardHelp, ch('j'), Down, HELP_SCROLL),
    bind(WizardHelp, ch('k'), Up, HELP_SCROLL),
    bind(WizardHelp, code(KeyCode::Down), Down, HELP_SCROLL),
    bind(WizardHelp, code(KeyCode::Up), Up, HELP_SCROLL),
    bind(WizardHelp, ch('g'), Top, HELP_SCROLL),
    bind(WizardHelp, ch('G'), Bottom, HELP_SCROLL),
    bind(WizardHelp, code(KeyCode::Home), Top, HELP_SCROLL),
    bind(WizardHelp, code(KeyCode::End), Bottom, HELP_SCROLL),
    bind(WizardHelp, code(KeyCode::PageDown), PageDown, HELP_SCROLL),
    bind(WizardHelp, code(KeyCode::PageUp), PageUp, HELP_SCROLL),
    bind(WizardHelp, ch(' '), PageDown, HELP_SCROLL),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a help row, split where the help separates keys.
    fn words(help: &Help) -> Vec<String> {
        std::iter::once(help.keys)
            .chain(help.text.iter().copied())
            .flat_map(|t| t.split(|c: char| c.is_whitespace() || ",;()".contains(c)))
            .flat_map(|w| std::iter::once(w).chain(w.split('/')))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn every_bound_key_is_in_the_help_drawn_for_its_context() {
        for wizard in [false, true] {
            let drawn = help(wizard);
            for b in BINDINGS.iter().filter(|b| b.context.in_wizard() == wizard) {
                let row = drawn
                    .iter()
                    .flat_map(|(_, rows)| rows)
                    .find(|r| **r == b.help)
                    .unwrap_or_else(|| panic!("{b:?}: its row is not drawn"));
                let name = b.key.name();
                assert!(
                    words(row).contains(&name),
                    "{name} ({:?}) is bound but its help row does not name it: {row:?}",
                    b.context
                );
            }
        }
    }

    #[test]
    fn no_context_binds_a_key_twice() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                assert!(
                    !(a.context == b.context && a.key == b.key),
                    "{:?} binds {} twice",
                    a.context,
                    a.key.name()
                );
            }
        }
    }
}
