use std::collections::HashSet;

use unicode_width::UnicodeWidthStr;

use crate::glue::GlueError;
use crate::model::Connection;

/// The connections loaded so far for the current listing, and where paging stands.
#[derive(Debug, Default)]
pub struct ListState {
    pub items: Vec<Connection>,
    /// Names already loaded: a row the server repeats across pages is shown once.
    pub names: HashSet<String>,
    /// Where the next page starts; also where `r` resumes after a failed page.
    pub next_token: Option<String>,
    /// The last page came back without a NextToken.
    pub complete: bool,
    /// Bumped by every new listing; a page answering an older generation is dropped.
    pub generation: u64,
    pub in_flight: bool,
    pub pages: usize,
    /// The last page request failed; loaded rows stay and `r` resumes from `next_token`.
    pub failed: Option<GlueError>,
    /// Pages that failed one after another, for this listing and the retries `r` started: the second failure says
    /// it is the second (the same text again would look like nothing happened).
    pub failures_in_a_row: u32,
    /// `L` was pressed: keep fetching until the last page.
    pub load_all: bool,
    /// The rows are from the previous generation, shown until the new one's first page replaces them.
    pub stale: bool,
    /// After a reload, keep paging until this name is found again (or the list ends).
    pub seek: Option<String>,
    /// The widest ConnectionType among the loaded rows, in terminal columns: the TYPE column is sized from every
    /// row loaded, not the ones on screen, so columns stay put while scrolling.
    pub widest_type: usize,
    /// The widest name loaded, likewise: LAST UPDATED gives way to names that would otherwise be cut.
    pub widest_name: usize,
}

impl ListState {
    /// Forget the rows' paging state for a new listing; the rows themselves stay on screen until replaced.
    pub fn restart(&mut self, seek: Option<String>) -> u64 {
        self.generation += 1;
        self.next_token = None;
        self.complete = false;
        self.in_flight = true;
        self.pages = 0;
        self.failed = None;
        self.load_all = false;
        self.stale = true;
        self.seek = seek;
        self.generation
    }

    /// Takes the rows named in `gone` out (deleted); the columns keep their widths, so nothing else moves.
    pub fn remove(&mut self, gone: &std::collections::BTreeSet<String>) {
        self.items.retain(|c| !gone.contains(&c.name));
        self.names.retain(|n| !gone.contains(n));
    }

    /// Append a page's rows, skipping any already loaded. Returns the index of the first new row.
    pub fn append(&mut self, rows: Vec<Connection>) -> usize {
        if self.stale {
            self.items.clear();
            self.names.clear();
            self.widest_type = 0;
            self.widest_name = 0;
            self.stale = false;
        }
        let start = self.items.len();
        for row in rows {
            if self.names.insert(row.name.clone()) {
                let ty = row
                    .connection_type
                    .as_deref()
                    .map_or(0, UnicodeWidthStr::width);
                self.widest_type = self.widest_type.max(ty);
                self.widest_name = self.widest_name.max(row.name.width());
                self.items.push(row);
            }
        }
        start
    }

    pub fn more_available(&self) -> bool {
        !self.complete && self.next_token.is_some()
    }
}
