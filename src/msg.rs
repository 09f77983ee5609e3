//! Everything that can happen (`Msg`) and everything the app can ask the world to do (`Effect`).

use crossterm::event::KeyEvent;

use crate::glue::{GlueError, Page, PageRequest};
use crate::model::{
    Connection, ConnectionTypeDescription, CreateConnectionRequest, CreateConnectionResponse,
};
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
    PageLoaded {
        generation: u64,
        result: Result<Page, GlueError>,
    },
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
    /// CreateConnection answered (for the connection named `name`).
    Created {
        name: String,
        result: Result<CreateConnectionResponse, GlueError>,
    },
    /// GetConnection answered while a connection is being created (`IN_PROGRESS`).
    Polled {
        name: String,
        catalog_id: Option<String>,
        attempt: u32,
        result: Result<Connection, GlueError>,
    },
    /// DescribeConnectionType answered for the type the wizard picked.
    TypeDescribed {
        connection_type: String,
        result: Result<ConnectionTypeDescription, GlueError>,
    },
    /// The draft left by an earlier session (`None`: there is none, or it could not be read).
    DraftLoaded(Option<CreateConnectionRequest>),
    /// Saving or removing the draft failed; the reason, for the status bar.
    DraftFailed(String),
    /// A request file the review step asked for: its text, or why it could not be read.
    FileRead {
        path: String,
        result: Result<String, String>,
    },
    /// `:profile` asked whether a profile exists in the shared AWS files: `Err` says it does not, and which exist.
    ProfileChecked {
        profile: String,
        result: Result<(), String>,
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
    /// One GetConnections call against the backend the session names; answers with `Msg::PageLoaded`.
    FetchPage {
        generation: u64,
        session: Box<Session>,
        request: PageRequest,
    },
    /// Put text on the clipboard; answers with `Msg::Copied`. `what` names it for the status bar.
    Copy {
        text: String,
        what: String,
    },
    /// CreateConnection; answers with `Msg::Created`.
    Create {
        session: Box<Session>,
        request: Box<CreateConnectionRequest>,
    },
    /// GetConnection after `delay_ms`, to follow a create that is `IN_PROGRESS`; answers with `Msg::Polled`.
    Poll {
        session: Box<Session>,
        name: String,
        catalog_id: Option<String>,
        attempt: u32,
        delay_ms: u64,
    },
    /// DescribeConnectionType; answers with `Msg::TypeDescribed`.
    DescribeType {
        session: Box<Session>,
        connection_type: String,
    },
    /// Reads the draft file; answers with `Msg::DraftLoaded`.
    LoadDraft,
    /// Writes the draft (already without secrets), or removes it with `None`.
    SaveDraft(Option<Box<CreateConnectionRequest>>),
    /// Reads a request file for the review step; answers with `Msg::FileRead`.
    ReadFile {
        path: String,
    },
    /// Reads the shared AWS config and credentials files for `:profile`; answers with `Msg::ProfileChecked`.
    CheckProfile {
        profile: String,
    },
    Quit,
}
