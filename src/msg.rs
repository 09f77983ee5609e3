//! Everything that can happen (`Msg`) and everything the app can ask the world to do (`Effect`).

use crossterm::event::KeyEvent;

use crate::glue::{GlueCall, GlueReply};
use crate::model::Draft;
use crate::state::Session;

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    Resize {
        width: u16,
        height: u16,
    },
    /// Animates the spinner and carries the clock (update reads no clock of its own); only sent while something is
    /// in flight.
    Tick(std::time::Instant),
    /// A Glue call answered (the reply to an `Effect::Glue`).
    Glue(GlueReply),
    /// A GetConnections attempt went out at `at` (attempt `attempt` of `max_attempts`).
    AttemptStarted {
        generation: u64,
        attempt: u32,
        max_attempts: u32,
        at: std::time::Instant,
    },
    /// The SDK is backing off before another attempt (throttling, a transient failure, no answer in time).
    Retrying {
        generation: u64,
        attempt: u32,
        reason: String,
    },
    Copied(Result<CopyReport, String>),
    /// The draft left by an earlier session (`None`: there is none, or it could not be read).
    DraftLoaded(Option<Draft>),
    /// Saving or removing the draft failed; the reason, for the status bar.
    DraftFailed(String),
    /// A request file the review step asked for: its text, or why it could not be read.
    FileRead {
        path: String,
        result: Result<String, String>,
    },
    /// The user's editor closed (`E`): the file's text, or why there is none.
    Edited(Result<String, String>),
    /// `w` wrote a file (its size in bytes) or could not.
    FileWritten {
        path: String,
        what: String,
        result: Result<usize, String>,
    },
    /// `:profile` asked whether a profile exists in the shared AWS files: `Err` says it does not, and which exist.
    ProfileChecked {
        profile: String,
        result: Result<(), String>,
    },
    /// The profiles the shared AWS files define, for `:profile` Tab completion.
    ProfilesListed(Vec<String>),
    /// What a path typed at the Alt-O prompt could become: `typed`, as it was when Tab asked, and each entry of its
    /// directory that starts like it (a directory ends in `/`).
    PathListed {
        typed: String,
        candidates: Vec<String>,
    },
    /// SIGTERM, SIGINT or SIGHUP from outside.
    Terminate,
}

/// Where copied text went, for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    pub bytes: usize,
    pub destination: CopyDestination,
    pub what: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyDestination {
    SystemClipboard,
    Osc52,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// One Glue call against the backend the session names; answers with `Msg::Glue`.
    Glue {
        session: Box<Session>,
        call: GlueCall,
    },
    /// Put text on the clipboard; answers with `Msg::Copied`. `what` names it for the status bar.
    Copy {
        text: String,
        what: String,
    },
    /// Reads the draft file; answers with `Msg::DraftLoaded`.
    LoadDraft,
    /// Writes the draft (already without secrets), or removes it with `None`.
    SaveDraft(Option<Box<Draft>>),
    /// Reads a request file for the review step; answers with `Msg::FileRead`.
    ReadFile {
        path: String,
    },
    /// Suspends the TUI and runs the user's editor on a file holding `text` (`E`); answers with `Msg::Edited`.
    OpenEditor {
        text: String,
    },
    /// Writes `text` to a new file at `path` (never over an existing one), readable by the user only; answers with
    /// `Msg::FileWritten`.
    WriteFile {
        path: String,
        text: String,
        what: String,
    },
    /// Reads the shared AWS config and credentials files for `:profile`; answers with `Msg::ProfileChecked`.
    CheckProfile {
        profile: String,
    },
    /// Reads the profile names of the shared AWS files; answers with `Msg::ProfilesListed`.
    ListProfiles,
    /// Lists the directory of a path typed at the Alt-O prompt; answers with `Msg::PathListed`.
    ListPath {
        typed: String,
    },
    Quit,
}
