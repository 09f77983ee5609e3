//! What Glue says about the request's connection type, asked with DescribeConnectionType — in a dry run too, as
//! the call changes nothing. The wizard asks about every type it builds a form for; `create --from-json` does the
//! same, so a file meets the rules the form would have shown (a SALESFORCE request without an
//! AuthenticationConfiguration is refused before it is sent, as Glue would refuse it).
//!
//! A type this build does not know: the SDK's enum lags the service (`SNOWFLAKE`, `REDSHIFT`,
//! `DATABRICKSICEBERGRESTCATALOG` were created against Glue before it listed them), so the service decides.
//!
//! - Glue describes the type: the request is checked against the description (`described_problems`).
//! - Glue answers that there is no such type (InvalidInputException, EntityNotFoundException): refused, in its
//!   words.
//! - Glue cannot be asked (offline, an endpoint without the operation, no permission): a warning, and the request
//!   goes out as written.
//!
//! A type this build knows: its description adds what the spec table does not say (the spec's own rules are not
//! reported twice). When Glue cannot describe it (moto has no DescribeConnectionType), the spec table's rules are
//! all there is, as before — nothing is added, and the reason is logged.

use super::described::described_problems;
use super::problems::{Assessment, Problem};
use super::spec::spec_for;
use crate::glue::{ErrorKind, GlueApi, parse_connection_type};
use crate::model::CreateConnectionRequest;

const AT: &str = "ConnectionInput.ConnectionType";

/// The request's ConnectionType when this build does not know it.
pub fn unknown_type(request: &CreateConnectionRequest) -> Option<String> {
    let ty = request.connection_input.connection_type.trim();
    (!ty.is_empty() && parse_connection_type(ty).is_err()).then(|| ty.to_string())
}

/// What Glue's description of the request's type adds to its assessment (see the module comment). For an unknown
/// type the caller drops `assess`'s own "this build does not know it" warning at `ConnectionInput.ConnectionType`,
/// which this answer replaces.
pub async fn ask_about_type(api: &dyn GlueApi, request: &CreateConnectionRequest) -> Assessment {
    let Some(ty) = unknown_type(request) else {
        return ask_about_known_type(api, request).await;
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

/// A type this build knows: its description's rules beyond the spec table's; nothing when Glue cannot describe it.
async fn ask_about_known_type(api: &dyn GlueApi, request: &CreateConnectionRequest) -> Assessment {
    let ty = request.connection_input.connection_type.trim();
    let Ok(parsed) = parse_connection_type(ty) else {
        return Assessment::default();
    };
    match api.describe_connection_type(parsed.clone()).await {
        Ok(description) => described_problems(&description, spec_for(&parsed), request),
        Err(e) => {
            tracing::info!(kind = ?e.kind, connection_type = %parsed, "DescribeConnectionType gave no answer");
            Assessment::default()
        }
    }
}
