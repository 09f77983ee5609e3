//! Logs go to `--log-file` only: a TUI owns the terminal, and `export` owns stdout.
//!
//! Secrets never reach the file, whatever `GLUE_TUI_LOG` asks for: at TRACE the SDK's orchestrator logs each
//! response body it reads (`read HTTP response body`) and the deserialised output (`output_or_error`), which carry
//! the passwords `--show-passwords` fetches. Those crates' TRACE events are dropped after the user's filter.

use std::fs::OpenOptions;
use std::path::Path;
use std::sync::Mutex;

use tracing::{Level, Metadata};
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer};

/// Crates whose TRACE events carry request or response bodies (the SDK's, smithy's and the HTTP stack's).
const BODY_LOGGING_CRATES: &[&str] = &[
    "aws_smithy_runtime",
    "aws_smithy_runtime_api",
    "aws_smithy_http",
    "aws_smithy_http_client",
    "aws_smithy_types",
    "aws_smithy_json",
    crate::glue::sdk::LOG_TARGET,
    "aws_runtime",
    "hyper",
    "hyper_util",
    "h2",
];

pub fn to_file(path: &Path) -> std::io::Result<()> {
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    let filter = EnvFilter::try_from_env("GLUE_TUI_LOG")
        .unwrap_or_else(|_| EnvFilter::new("glue_tui=debug,info"));
    let layer = tracing_subscriber::fmt::layer()
        .with_ansi(false)
        .with_writer(Mutex::new(file))
        .with_filter(filter)
        .with_filter(filter_fn(may_log));
    tracing_subscriber::registry().with(layer).init();
    Ok(())
}

/// False for a TRACE event or span of a body-logging crate; everything else is up to the user's filter.
fn may_log(meta: &Metadata<'_>) -> bool {
    *meta.level() < Level::TRACE || !is_body_logging(meta.target())
}

fn is_body_logging(target: &str) -> bool {
    let krate = target.split("::").next().unwrap_or(target);
    BODY_LOGGING_CRATES.contains(&krate)
}

#[cfg(test)]
mod tests {
    use super::is_body_logging;

    #[test]
    fn the_sdk_and_http_stack_are_body_logging_our_crate_is_not() {
        let sdk_operation = format!("{}::operation", crate::glue::sdk::LOG_TARGET);
        for target in [
            "aws_smithy_runtime::client::orchestrator",
            "aws_smithy_runtime::client::orchestrator::http",
            "aws_smithy_runtime_api::client::runtime_plugin",
            "hyper_util::client::legacy::pool",
            "h2::codec",
            sdk_operation.as_str(),
        ] {
            assert!(is_body_logging(target), "{target}");
        }
        for target in ["glue_tui::app", "glue_tui", "aws_smithy_runtimex", "tokio"] {
            assert!(!is_body_logging(target), "{target}");
        }
    }
}
