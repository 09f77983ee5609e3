//! `glue-tui create --from-json FILE [--dry-run]`: the headless way to create a connection from the JSON that
//! `aws glue create-connection --cli-input-json file://FILE` reads.
//!
//! [`load`] reads, parses, normalises and checks the file with the rules the wizard uses too (`crate::request`);
//! [`dry_run`] renders what would be sent; [`submit`] sends it. `main.rs` only prints and picks the exit code: 0
//! created (or dry run), 1 the call failed, 2 the file is unreadable or invalid and nothing was sent.

use std::path::Path;

use crate::glue::{GlueApi, GlueError, parse_connection_type};
use crate::model::{CreateConnectionRequest, to_cli_json};
use crate::request::{Assessment, ParseError, Problem, assess, masked, read_document};

/// The exit code of a file that cannot be read, parsed or passed: nothing was sent.
pub const EXIT_INVALID: u8 = 2;

/// Why nothing was sent. `Display` is what stderr shows: one line, or a heading and one line per problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// The file could not be read.
    Read { source: String, reason: String },
    /// Not JSON, or not the CreateConnection shape (a misspelt or missing key): serde's position and words.
    Parse {
        source: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON in the right shape that breaks the rules.
    Problems {
        source: String,
        problems: Vec<Problem>,
    },
}

impl From<ParseError> for Invalid {
    fn from(e: ParseError) -> Self {
        Self::Parse {
            source: e.source,
            line: e.line,
            column: e.column,
            message: e.message,
        }
    }
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Read { source, reason } => write!(f, "cannot read {source}: {reason}"),
            Self::Parse {
                source,
                line,
                column,
                message,
            } => write!(f, "{source}:{line}:{column}: {message} — nothing was sent"),
            Self::Problems { source, problems } => {
                let n = problems.len();
                let s = if n == 1 { "" } else { "s" };
                write!(f, "{source}: {n} problem{s} — nothing was sent")?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
        }
    }
}

/// How a path is named in messages: `-` is stdin.
fn source_name(path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".to_string()
    } else {
        path.display().to_string()
    }
}

/// A file that passed: the request to send, the advice to print beside it, and the server-only fields dropped from
/// a GetConnection-shaped document.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub request: CreateConnectionRequest,
    pub warnings: Vec<Problem>,
    pub dropped: Vec<String>,
}

impl Loaded {
    /// What stderr shows before the request goes out: one line per dropped set and per warning. Empty when there is
    /// nothing to say.
    pub fn notes(&self, source: &str) -> Vec<String> {
        let mut lines = Vec::new();
        if !self.dropped.is_empty() {
            lines.push(format!(
                "{source}: read as GetConnection's output; left out what Glue sets and CreateConnection does not \
                 read: {}",
                self.dropped.join(", ")
            ));
        }
        lines.extend(
            self.warnings
                .iter()
                .map(|w| format!("warning: {source}: {w}")),
        );
        lines
    }

    /// Adds what Glue's answer about an unknown type found (see
    /// [`ask_about_type`](crate::request::ask_about_type)): its warnings replace the "this build does not know it"
    /// one; its refusals make the file invalid.
    pub fn with_type_check(mut self, source: &str, found: Assessment) -> Result<Self, Invalid> {
        if found == Assessment::default() {
            return Ok(self);
        }
        if !found.refusals.is_empty() {
            return Err(Invalid::Problems {
                source: source.to_string(),
                problems: found.refusals,
            });
        }
        self.warnings
            .retain(|w| w.path != "ConnectionInput.ConnectionType");
        self.warnings.splice(0..0, found.warnings);
        Ok(self)
    }
}

/// Reads `path` (`-` = stdin), then [`parse`]s and checks it. `catalog_id` (`--catalog-id`) fills `CatalogId` when
/// the file has none.
pub fn load(path: &Path, catalog_id: Option<&str>) -> Result<Loaded, Invalid> {
    let source = source_name(path);
    let text = super::read_input(path).map_err(|e| Invalid::Read {
        source: source.clone(),
        reason: e.to_string(),
    })?;
    check(&source, &text, catalog_id)
}

/// How `path` is named in messages (`stdin` for `-`).
pub fn source_of(path: &Path) -> String {
    source_name(path)
}

/// Reads the document, [`normalise`]s it, then [`assess`]es it: the request to send with its warnings, or why not.
pub fn check(source: &str, text: &str, catalog_id: Option<&str>) -> Result<Loaded, Invalid> {
    let document = read_document(source, text)?;
    let request = normalise(document.request, catalog_id);
    let found = assess(&request);
    if found.refusals.is_empty() {
        Ok(Loaded {
            request,
            warnings: found.warnings,
            dropped: document.dropped,
        })
    } else {
        Err(Invalid::Problems {
            source: source.to_string(),
            problems: found.refusals,
        })
    }
}

/// The `--cli-input-json` shape, strictly: an unknown key (`"ConectionProperties"`) is an error naming the key,
/// its line and column — not silently dropped as the AWS CLI's own parser would not do either. GetConnection's
/// output (`{"Connection": …}` or the bare connection) is read too, without the fields Glue sets.
pub fn parse(source: &str, text: &str) -> Result<CreateConnectionRequest, Invalid> {
    read_document(source, text)
        .map(|d| d.request)
        .map_err(Invalid::from)
}

/// What is sent: `CatalogId` from `--catalog-id` when the file has none, and a known `ConnectionType` spelt as the
/// API spells it (`kafka` → `KAFKA`). Nothing else changes: every other value goes out as written.
pub fn normalise(
    mut request: CreateConnectionRequest,
    catalog_id: Option<&str>,
) -> CreateConnectionRequest {
    if request.catalog_id.is_none() {
        request.catalog_id = catalog_id.map(str::to_string);
    }
    let ty = &mut request.connection_input.connection_type;
    if let Ok(known) = parse_connection_type(ty) {
        *ty = known;
    }
    request
}

/// `--dry-run`'s output: the request in the AWS CLI's layout (four-space indent) with a trailing newline; secrets
/// masked unless `show_passwords`.
pub fn dry_run(request: &CreateConnectionRequest, show_passwords: bool) -> String {
    let mut json = if show_passwords {
        to_cli_json(request)
    } else {
        to_cli_json(&masked(request))
    };
    json.push('\n');
    json
}

/// Sends the request; the line to print on success, e.g. `Created orders-db in catalog default: READY`.
pub async fn submit(
    api: &dyn GlueApi,
    request: CreateConnectionRequest,
) -> Result<String, GlueError> {
    let name = request.connection_input.name.clone();
    let catalog = request
        .catalog_id
        .clone()
        .unwrap_or_else(|| "default".to_string());
    // Names and types only: the request may hold passwords.
    tracing::info!(
        name = %name,
        connection_type = %request.connection_input.connection_type,
        catalog = %catalog,
        "CreateConnection"
    );
    let response = api.create_connection(request).await?;
    let line = created_line(
        &name,
        &catalog,
        response.create_connection_status.as_deref(),
    );
    tracing::info!("{line}");
    Ok(line)
}

/// `Created NAME in catalog CATALOG: STATUS`; without the status when the server sent none (older services, moto).
pub fn created_line(name: &str, catalog: &str, status: Option<&str>) -> String {
    match status {
        Some(s) => format!("Created {name} in catalog {catalog}: {s}"),
        None => format!("Created {name} in catalog {catalog}"),
    }
}
