//! The whole state of the app. `update` is the only writer; `ui` only reads.

pub mod completion;
mod input;
mod list;
mod listed_types;
mod session;
mod view;
mod wizard;

pub use completion::{Completed, LineCompletion};
pub use input::LineInput;
pub use list::ListState;
pub use listed_types::{ListedState, ListedTypes};
pub use session::Session;
pub use view::{Dialog, View};
pub use wizard::{
    Ask, Completion, DescribeState, Editing, ServerError, StoredSecrets, Wizard, suggestions,
};

use crate::filter::FilterIndex;
use crate::glue::GlueError;

/// Which part of the screen keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Detail,
    /// Typing a filter query; the list narrows as you type.
    Filter,
    /// Typing a `:` command.
    Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

/// Whether a status message answers something the user did, or reports work going on in the background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    /// The outcome of a user action ("Created …", "Copied …", an error): background progress does not replace it
    /// until the user acts again or [`OUTCOME_HOLD_TICKS`] have passed.
    Outcome,
    /// Background progress ("All 305 connections loaded").
    Progress,
}

/// How long an outcome outranks background progress: 5 s of 100 ms ticks.
pub const OUTCOME_HOLD_TICKS: u64 = 50;

/// How many status messages `M` keeps.
pub const MESSAGE_LOG: usize = 100;

/// How long an informational message stays before it gives way: 5 s of 100 ms ticks (the app ticks while one is
/// shown, [`Model::wants_ticks`]). Errors stay until the user's next key.
pub const MESSAGE_TICKS: u64 = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusMessage {
    pub level: Level,
    pub text: String,
    pub kind: MessageKind,
    /// `Model::ticks` when it was set.
    pub since: u64,
}

#[derive(Debug, Default)]
pub struct DetailView {
    pub scroll: u16,
    /// Raw JSON instead of the field-by-field view.
    pub raw: bool,
}

pub struct Model {
    pub session: Session,
    pub list: ListState,
    pub filter: FilterIndex,
    /// Position in `filter.visible()`.
    pub selected: usize,
    /// First visible row of the list pane.
    pub list_offset: usize,
    /// What the selection is kept by across reloads and filter changes.
    pub selected_name: Option<String>,
    pub focus: Focus,
    /// What has the screen and the keys: the browser or the wizard.
    pub view: View,
    /// The dialog over the view, while one is open; it takes the keys first.
    pub dialog: Option<Dialog>,
    pub filter_input: LineInput,
    pub command_input: LineInput,
    /// The `:` line's Tab completion under way (its candidates show on the hint line).
    pub command_completion: Option<LineCompletion>,
    /// The profiles of the shared AWS files, read when the command line first opens (for `:profile` Tab).
    pub known_profiles: Option<Vec<String>>,
    pub detail: DetailView,
    /// Secrets shown on screen and included in copies; only possible with `--show-passwords`.
    pub revealed: bool,
    pub message: Option<StatusMessage>,
    /// The last [`MESSAGE_LOG`] status messages, oldest first: `M` shows them whole.
    pub message_log: std::collections::VecDeque<StatusMessage>,
    /// Set while the SDK backs off before a retry.
    pub retry_note: Option<String>,
    /// The listing's attempt in flight, to say how long it has gone unanswered.
    pub attempt: Option<AttemptClock>,
    /// The clock as of the last tick.
    pub now: Option<std::time::Instant>,
    pub spinner: usize,
    /// Ticks seen so far: the model's only clock, so `update` stays pure.
    pub ticks: u64,
    pub width: u16,
    pub height: u16,
    pub quitting: bool,
    /// The draft an earlier session left, offered on `n`.
    pub draft: Option<crate::model::Draft>,
    /// The SECRET properties of each connection type DescribeConnectionType has described this session, by type:
    /// the browser masks them too (see [`Model::secret_names`]).
    pub described_secrets: std::collections::BTreeMap<String, crate::model::SecretNames>,
    /// The types the browser has asked DescribeConnectionType about for its masking, answered or not: each is
    /// asked once a session (`update::described_secrets`).
    pub asked_for_secrets: std::collections::BTreeSet<String>,
    /// Connections marked with Space, by name: `d` deletes them all, `y` copies them all. They stay across paging
    /// and filtering, and go with a change of catalog, region or profile.
    pub marks: std::collections::BTreeSet<String>,
    /// Why the last delete left each of these connections (still marked) in place.
    pub delete_refused: std::collections::BTreeMap<String, String>,
    /// The delete waiting for its typed confirmation (`Dialog::ConfirmDelete`).
    pub confirm_delete: Option<ConfirmDelete>,
    /// `E` under way: the connection being edited in the user's editor.
    pub external_edit: Option<ExternalEdit>,
    /// `w`'s prompt while it is open (`Dialog::WritePath`).
    pub write_prompt: Option<WritePrompt>,
    /// Connections a delete is on its way for.
    pub deleting: std::collections::BTreeSet<String>,
    /// TestConnection of each connection tested this session: running, or how the last one went.
    pub tests: std::collections::BTreeMap<String, TestState>,
    /// How many lines of the open dialog (help or messages) are scrolled away (`screen::help_text::max_scroll` and
    /// `screen::messages_text::max_scroll` bound it).
    pub help_scroll: usize,
    /// ListConnectionTypes' answer for the type picker, once the wizard has asked for it.
    pub listed_types: Option<ListedTypes>,
}

/// A connection's TestConnection: on its way, or how it went and when (the runner's clock).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TestState {
    Running,
    Passed(crate::model::Timestamp),
    Failed(crate::model::Timestamp, String),
}

/// `E`: an UpdateConnection being written in the user's editor.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalEdit {
    /// The connection's stored name.
    pub name: String,
    /// Its stored definition, secrets included; `None` until GetConnection brings it.
    pub stored: Option<crate::model::Connection>,
    /// What the editor last saved, heading stripped: reopened with the problems (or Glue's refusal) above it.
    pub last: Option<String>,
    /// An UpdateConnection of it is on its way.
    pub sending: bool,
}

/// `w` asked for a path: the connections it writes (what `y` would copy, as one ConnectionList) and the path typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WritePrompt {
    /// The file's text, made when `w` was pressed (secrets left out unless revealed).
    pub text: String,
    /// What it holds, for the status bar: `3 marked connections`, `orders-db`.
    pub what: String,
    pub path: LineInput,
}

/// A delete asked for and not yet confirmed: the names, and what the user has typed to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmDelete {
    pub names: Vec<String>,
    pub typed: LineInput,
}

impl ConfirmDelete {
    /// What must be typed: the connection's name for one, the number of connections for several.
    pub fn expected(&self) -> String {
        match self.names.as_slice() {
            [one] => one.clone(),
            many => many.len().to_string(),
        }
    }
}

/// When the listing's current attempt went out, and which of how many it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttemptClock {
    pub attempt: u32,
    pub max_attempts: u32,
    pub started: std::time::Instant,
}

/// An attempt unanswered this long is worth a word in the status bar; a normal page takes well under this.
const QUIET_AFTER: std::time::Duration = std::time::Duration::from_secs(3);

impl Model {
    /// "no answer from Glue for 7 s — attempt 1 of 3", while the listing's attempt has gone unanswered ≥ 3 s.
    pub fn waiting_note(&self) -> Option<String> {
        let clock = self.attempt.filter(|_| self.list.in_flight)?;
        let waited = self.now?.checked_duration_since(clock.started)?;
        (waited >= QUIET_AFTER).then(|| {
            format!(
                "no answer from Glue for {} s — attempt {} of {}",
                waited.as_secs(),
                clock.attempt,
                clock.max_attempts
            )
        })
    }

    pub fn new(session: Session, width: u16, height: u16) -> Self {
        Self {
            session,
            list: ListState::default(),
            filter: FilterIndex::default(),
            selected: 0,
            list_offset: 0,
            selected_name: None,
            focus: Focus::List,
            view: View::Browser,
            dialog: None,
            filter_input: LineInput::default(),
            command_input: LineInput::default(),
            command_completion: None,
            known_profiles: None,
            detail: DetailView::default(),
            revealed: false,
            message: None,
            message_log: std::collections::VecDeque::new(),
            retry_note: None,
            attempt: None,
            now: None,
            spinner: 0,
            ticks: 0,
            width,
            height,
            quitting: false,
            draft: None,
            described_secrets: std::collections::BTreeMap::new(),
            asked_for_secrets: std::collections::BTreeSet::new(),
            marks: Default::default(),
            delete_refused: Default::default(),
            confirm_delete: None,
            write_prompt: None,
            external_edit: None,
            deleting: Default::default(),
            tests: Default::default(),
            help_scroll: 0,
            listed_types: None,
        }
    }

    /// The wizard, while it is the view.
    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.view {
            View::Wizard(w) => Some(w),
            View::Browser => None,
        }
    }

    pub fn wizard_mut(&mut self) -> Option<&mut Wizard> {
        match &mut self.view {
            View::Wizard(w) => Some(w),
            View::Browser => None,
        }
    }

    /// The wizard takes the screen and the keys.
    pub fn open_wizard(&mut self, wizard: Wizard) {
        self.view = View::Wizard(Box::new(wizard));
        self.refresh_picker_list();
    }

    /// Gives the open wizard's type picker the types ListConnectionTypes listed for the session's account and
    /// region (none until it answers, or for another account).
    pub fn refresh_picker_list(&mut self) {
        let origin = self.session.types_origin();
        let briefs = self
            .listed_types
            .as_ref()
            .filter(|l| l.origin == origin)
            .map_or(&[][..], ListedTypes::briefs);
        if let View::Wizard(w) = &mut self.view {
            w.picker.set_listed(briefs);
        }
    }

    /// Back to the browser; the wizard that was open, if one was.
    pub fn close_wizard(&mut self) -> Option<Box<Wizard>> {
        match std::mem::replace(&mut self.view, View::Browser) {
            View::Wizard(w) => Some(w),
            View::Browser => None,
        }
    }

    pub fn help_open(&self) -> bool {
        self.dialog == Some(Dialog::Help)
    }

    pub fn messages_open(&self) -> bool {
        self.dialog == Some(Dialog::Messages)
    }

    /// `M` opens the message log at its newest, and closes it again.
    pub fn toggle_messages(&mut self) {
        self.help_scroll = 0;
        self.dialog = if self.messages_open() {
            None
        } else {
            Some(Dialog::Messages)
        };
    }

    /// `?` opens the help over the view, at its top, and closes it again.
    pub fn toggle_help(&mut self) {
        self.help_scroll = 0;
        self.dialog = if self.help_open() {
            None
        } else {
            Some(Dialog::Help)
        };
    }

    /// The described SECRET properties of a connection type, when this session has its description.
    pub fn secret_names(&self, connection_type: Option<&str>) -> &crate::model::SecretNames {
        connection_type
            .and_then(|t| self.described_secrets.get(&t.to_ascii_uppercase()))
            .unwrap_or(crate::model::SecretNames::none())
    }

    /// The connection under the cursor, if the (filtered) list has any.
    pub fn selected_connection(&self) -> Option<&crate::model::Connection> {
        let row = *self.filter.visible().get(self.selected)?;
        self.list.items.get(row)
    }

    pub fn visible_len(&self) -> usize {
        self.filter.visible().len()
    }

    pub fn is_busy(&self) -> bool {
        self.list.in_flight
    }

    pub fn show_secrets(&self) -> bool {
        self.session.show_passwords && self.revealed
    }

    /// The outcome of something the user did.
    pub fn info(&mut self, text: impl Into<String>) {
        self.set_message(Level::Info, text.into(), MessageKind::Outcome);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.set_message(Level::Error, text.into(), MessageKind::Outcome);
    }

    /// Background progress: shown unless a recent outcome the user has not acted on yet holds the status bar.
    pub fn progress(&mut self, text: impl Into<String>) {
        let held = self.message.as_ref().is_some_and(|m| {
            m.kind == MessageKind::Outcome
                && self.ticks.saturating_sub(m.since) < OUTCOME_HOLD_TICKS
        });
        if held {
            tracing::debug!("background progress left out: an outcome holds the status bar");
            return;
        }
        self.set_message(Level::Info, text.into(), MessageKind::Progress);
    }

    /// A key or paste: the user has seen the last outcome, so progress may replace it from now on, and an error
    /// has been read: it gives way to what the key does.
    pub fn user_acted(&mut self) {
        if self
            .message
            .as_ref()
            .is_some_and(|m| m.level == Level::Error)
        {
            self.message = None;
        }
        if let Some(m) = self.message.as_mut() {
            m.kind = MessageKind::Progress;
        }
    }

    /// A tick: an informational message older than [`MESSAGE_TICKS`] goes.
    pub fn expire_message(&mut self) {
        let old = self.message.as_ref().is_some_and(|m| {
            m.level == Level::Info && self.ticks.saturating_sub(m.since) >= MESSAGE_TICKS
        });
        if old {
            self.message = None;
        }
    }

    /// Whether the runner should send ticks: while a page is on its way (the spinner, the waiting note) and while
    /// an informational message waits to expire. Idle, nothing ticks.
    pub fn wants_ticks(&self) -> bool {
        self.is_busy()
            || self.tests.values().any(|t| *t == TestState::Running)
            || self
                .message
                .as_ref()
                .is_some_and(|m| m.level == Level::Info)
    }

    fn set_message(&mut self, level: Level, text: String, kind: MessageKind) {
        let message = StatusMessage {
            level,
            text,
            kind,
            since: self.ticks,
        };
        // The same message again (a key pressed twice) is one entry, at its latest.
        let repeated = self
            .message_log
            .back()
            .is_some_and(|last| last.level == level && last.text == message.text);
        if repeated {
            self.message_log.pop_back();
        }
        if self.message_log.len() == MESSAGE_LOG {
            self.message_log.pop_front();
        }
        self.message_log.push_back(message.clone());
        self.message = Some(message);
    }

    pub fn glue_error(&mut self, err: &GlueError) {
        self.error(err.to_string());
    }
}
