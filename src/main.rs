use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use glue_tui::cli::{BROWSE_PAGE_SIZE, Cli, Command, EXPORT_PAGE_SIZE};
use glue_tui::glue::GlueApi;
use glue_tui::glue::memory::MemoryGlue;
use glue_tui::glue::sdk::SdkGlue;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    if let Some(path) = &cli.target.log_file
        && let Err(e) = glue_tui::logging::to_file(path)
    {
        eprintln!(
            "glue-tui: cannot write the log file {}: {e}",
            path.display()
        );
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("glue-tui: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        None => {
            let session = cli.target.session(BROWSE_PAGE_SIZE);
            if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
                eprintln!(
                    "glue-tui: the browser needs a terminal; for JSON on stdout use `glue-tui export`"
                );
                return ExitCode::from(2);
            }
            match runtime.block_on(glue_tui::app::run(session, started)) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("glue-tui: terminal error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Export) => runtime.block_on(async {
            let session = cli.target.session(EXPORT_PAGE_SIZE);
            let api: Arc<dyn GlueApi> = if session.demo {
                Arc::new(MemoryGlue::demo().with_latency(std::time::Duration::ZERO))
            } else {
                Arc::new(
                    SdkGlue::connect(
                        session.profile.as_deref(),
                        session.region.as_deref(),
                        session.endpoint_url.as_deref(),
                        // stderr carries one line, the outcome; the retries go to --log-file.
                        Arc::new(|notice| {
                            tracing::info!(attempt = notice.attempt, "{} — retrying", notice.reason)
                        }),
                    )
                    .await,
                )
            };
            let mut out = std::io::stdout().lock();
            match glue_tui::export::export(api.as_ref(), &session, &mut out).await {
                Ok(n) => {
                    tracing::info!(connections = n, "export finished");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("glue-tui: {e}");
                    ExitCode::FAILURE
                }
            }
        }),
    }
}
