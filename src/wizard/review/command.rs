//! The request as text to take elsewhere: pretty JSON for the clipboard, a shell command for a terminal.

use crate::create_cmd::masked;
use crate::model::CreateConnectionRequest;

/// The request as `serde_json::to_string_pretty` writes it (two-space indent), secrets masked unless `reveal`.
pub fn request_json(request: &CreateConnectionRequest, reveal: bool) -> String {
    let shown = shown(request, reveal);
    serde_json::to_string_pretty(&shown)
        .expect("model types serialise infallibly: string keys and plain values only")
}

/// `aws glue create-connection --cli-input-json '<compact JSON>'`, quoted for POSIX shells, secrets masked unless
/// `reveal`.
pub fn cli_command(request: &CreateConnectionRequest, reveal: bool) -> String {
    let json = serde_json::to_string(&shown(request, reveal))
        .expect("model types serialise infallibly: string keys and plain values only");
    format!(
        "aws glue create-connection --cli-input-json {}",
        single_quoted(&json)
    )
}

fn shown(request: &CreateConnectionRequest, reveal: bool) -> CreateConnectionRequest {
    if reveal {
        request.clone()
    } else {
        masked(request)
    }
}

/// Inside single quotes a POSIX shell takes everything literally except `'` itself, which has to close the quote,
/// come escaped, and reopen it.
fn single_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}
