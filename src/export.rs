//! `glue-tui export`: every page, then `{"ConnectionList": [...]}` on stdout in the AWS CLI's layout.

use std::io::Write;

use crate::glue::{GlueApi, GlueError};
use crate::model::{ConnectionList, to_cli_json};
use crate::state::Session;

/// Walks every page the session's listing has and writes them as one document. Returns how many were written.
pub async fn export(
    api: &dyn GlueApi,
    session: &Session,
    out: &mut impl Write,
) -> Result<usize, ExportError> {
    let mut list = ConnectionList::default();
    let mut token = None;
    loop {
        let page = api
            .get_connections_page(session.page_request(token))
            .await?;
        list.connection_list.extend(page.connections);
        token = page.next_token;
        if token.is_none() {
            break;
        }
    }
    let mut json = to_cli_json(&list);
    json.push('\n');
    out.write_all(json.as_bytes()).map_err(ExportError::Write)?;
    out.flush().map_err(ExportError::Write)?;
    Ok(list.connection_list.len())
}

#[derive(Debug)]
pub enum ExportError {
    Glue(GlueError),
    Write(std::io::Error),
}

impl From<GlueError> for ExportError {
    fn from(e: GlueError) -> Self {
        Self::Glue(e)
    }
}

impl ExportError {
    /// A reader that stopped reading (`export | head`): the normal end of a pipeline, not a failure to report.
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, Self::Write(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Glue(e) => e.fmt(f),
            Self::Write(e) => write!(f, "could not write the JSON to stdout: {e}"),
        }
    }
}
