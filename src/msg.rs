//! Everything that can happen (`Msg`) and everything the app can ask the world to do (`Effect`).

use crossterm::event::KeyEvent;

use crate::glue::{GlueError, Page, PageRequest};
use crate::state::Session;

#[derive(Debug)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    Resize {
        width: u16,
        height: u16,
    },
    /// Animates the spinner; only sent while something is in flight.
    Tick,
    PageLoaded {
        generation: u64,
        result: Result<Page, GlueError>,
    },
    /// The SDK is backing off before another attempt (throttling or a transient failure).
    Retrying {
        generation: u64,
        attempt: u32,
        reason: String,
    },
    Copied(Result<CopyReport, String>),
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
    Quit,
}
