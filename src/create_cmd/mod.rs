//! `glue-tui create --from-json FILE [--dry-run]`: the headless way to create a connection from the JSON that
//! `aws glue create-connection --cli-input-json file://FILE` reads.
//!
//! [`load`] reads, parses, normalises and checks the file with the wizard's rules; [`dry_run`] renders what would
//! be sent; [`submit`] sends it. `main.rs` only prints and picks the exit code: 0 created (or dry run), 1 the call
//! failed, 2 the file is unreadable or invalid and nothing was sent.

mod auth_problems;
mod mask;
mod problems;

use std::io::Read;
use std::path::Path;

pub use auth_problems::{AUTHENTICATION_TYPES, GRANT_TYPES};
pub use mask::masked;
pub use problems::{COMPUTE_ENVIRONMENTS, Problem, key_path, problems};

use crate::glue::{GlueApi, GlueError, parse_connection_type};
use crate::model::{CreateConnectionRequest, to_cli_json};

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

/// Reads `path` (`-` = stdin), then [`parse`]s and checks it. `catalog_id` (`--catalog-id`) fills `CatalogId` when
/// the file has none.
pub fn load(path: &Path, catalog_id: Option<&str>) -> Result<CreateConnectionRequest, Invalid> {
    let source = source_name(path);
    let read = if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(path)
    };
    let text = read.map_err(|e| Invalid::Read {
        source: source.clone(),
        reason: e.to_string(),
    })?;
    check(&source, &text, catalog_id)
}

/// [`parse`], [`normalise`], then [`problems`]: the request to send, or why not.
pub fn check(
    source: &str,
    text: &str,
    catalog_id: Option<&str>,
) -> Result<CreateConnectionRequest, Invalid> {
    let request = parse(source, text)?;
    let request = normalise(request, catalog_id);
    let problems = problems(&request);
    if problems.is_empty() {
        Ok(request)
    } else {
        Err(Invalid::Problems {
            source: source.to_string(),
            problems,
        })
    }
}

/// The `--cli-input-json` shape, strictly: an unknown key (`"ConectionProperties"`) is an error naming the key,
/// its line and column — not silently dropped as the AWS CLI's own parser would not do either.
pub fn parse(source: &str, text: &str) -> Result<CreateConnectionRequest, Invalid> {
    // Editors on Windows like to start a file with a byte-order mark; serde_json does not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&position).unwrap_or(&full).to_string();
        Invalid::Parse {
            source: source.to_string(),
            line: e.line(),
            column: e.column(),
            message,
        }
    })
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
