//! A connection type this build does not know. The SDK's enum lags the service (`SNOWFLAKE`, `REDSHIFT`,
//! `DATABRICKSICEBERGRESTCATALOG` were created against Glue before it listed them), so the service decides: it is
//! asked with DescribeConnectionType — in a dry run too, as the call changes nothing.
//!
//! - Glue describes the type: the request is checked against the description (`described_problems`).
//! - Glue answers that there is no such type (InvalidInputException, EntityNotFoundException): refused, in its
//!   words.
//! - Glue cannot be asked (offline, an endpoint without the operation, no permission): a warning, and the request
//!   goes out as written.

use super::described::described_problems;
use super::problems::{Assessment, Problem};
use crate::glue::{ErrorKind, GlueApi, parse_connection_type};
use crate::model::CreateConnectionRequest;

const AT: &str = "ConnectionInput.ConnectionType";

/// The request's ConnectionType when this build does not know it.
pub fn unknown_type(request: &CreateConnectionRequest) -> Option<String> {
    let ty = request.connection_input.connection_type.trim();
    (!ty.is_empty() && parse_connection_type(ty).is_err()).then(|| ty.to_string())
}

/// What Glue's answer about the request's unknown type adds to its assessment; empty for a known type. The
/// caller drops `assess`'s own "this build does not know it" warning at `ConnectionInput.ConnectionType`, which
/// this answer replaces.
pub async fn ask_about_type(api: &dyn GlueApi, request: &CreateConnectionRequest) -> Assessment {
    let Some(ty) = unknown_type(request) else {
        return Assessment::default();
    };
    match api.describe_connection_type(ty.clone()).await {
        Ok(description) => {
            let mut found = described_problems(&description, None, request);
            found.warnings.insert(
                0,
                Problem {
                    path: AT.to_string(),
                    message: format!(
                        "{ty} is newer than this build's list of types; checked against Glue's description of it"
                    ),
                },
            );
            found
        }
        Err(e) if matches!(e.kind, ErrorKind::InvalidInput | ErrorKind::EntityNotFound) => {
            let near = parse_connection_type(&ty)
                .err()
                .and_then(|m| m.split_once(" — ").map(|(_, hint)| hint.to_string()))
                .filter(|hint| hint.starts_with("did you mean"))
                .map(|hint| format!(" — {hint}"))
                .unwrap_or_default();
            let words = if e.detail.is_empty() {
                String::new()
            } else {
                format!(": {}", e.detail)
            };
            Assessment {
                refusals: vec![Problem {
                    path: AT.to_string(),
                    message: format!("Glue does not describe a connection type {ty}{words}{near}"),
                }],
                warnings: Vec::new(),
            }
        }
        Err(e) => Assessment {
            refusals: Vec::new(),
            warnings: vec![Problem {
                path: AT.to_string(),
                message: format!(
                    "{ty} is not a type this build knows, and Glue could not be asked about it ({e}) — sent as \
                     written; Glue decides"
                ),
            }],
        },
    }
}
