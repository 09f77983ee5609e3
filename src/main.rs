use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use glue_tui::cli::{BROWSE_PAGE_SIZE, Cli, Command, EXPORT_PAGE_SIZE};
use glue_tui::commands::create;
use glue_tui::glue::GlueApi;
use glue_tui::glue::memory::MemoryGlue;
use glue_tui::glue::sdk::{AttemptEvent, SdkGlue};
use glue_tui::state::Session;

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
    // Every command and the browser: an unknown profile is a usage error, said before anything calls AWS.
    if !matches!(cli.command, Some(Command::HoldClipboard))
        && let Err(unknown) = cli.target.check_profile()
    {
        tracing::warn!("{unknown}");
        eprintln!("glue-tui: {unknown}");
        return ExitCode::from(glue_tui::cli::EXIT_USAGE);
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
            match runtime.block_on(glue_tui::app::run(session, started, cli.target.attempt_timeout())) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("glue-tui: terminal error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Export) => runtime.block_on(async {
            let session = cli.target.session(EXPORT_PAGE_SIZE);
            let api = connect(&session, cli.target.attempt_timeout()).await;
            let mut out = std::io::stdout().lock();
            match glue_tui::commands::export::export(api.as_ref(), &session, &mut out).await {
                Ok(exported) => {
                    tracing::info!(
                        connections = exported.connections,
                        secrets_left_out = exported.secrets_left_out,
                        "export finished"
                    );
                    if exported.secrets_left_out > 0 {
                        eprintln!(
                            "glue-tui: the server sent {} password-like value(s) although HidePassword asked it not \
                             to; they were left out (--show-passwords keeps them)",
                            exported.secrets_left_out
                        );
                    }
                    if exported.token_url_parameters_left_out > 0 {
                        eprintln!(
                            "glue-tui: left out {} OAuth2 TokenUrlParametersMap value(s), which glue-tui treats as                              secrets (--show-passwords keeps them)",
                            exported.token_url_parameters_left_out
                        );
                    }
                    ExitCode::SUCCESS
                }
                // As `cat` and the AWS CLI do: no word when the reader has gone.
                Err(e) if e.is_closed_pipe() => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("glue-tui: {e}");
                    ExitCode::FAILURE
                }
            }
        }),
        Some(Command::Create { from_json, dry_run }) => runtime.block_on(async {
            let session = cli.target.session(EXPORT_PAGE_SIZE);
            // `--readonly` changes nothing; a dry run sends nothing, so it may still check a file.
            if session.readonly && !dry_run {
                eprintln!(
                    "glue-tui: read-only: create changes the catalog and --readonly is given; nothing was sent                      (--dry-run checks the file without sending)"
                );
                return ExitCode::from(glue_tui::cli::EXIT_USAGE);
            }
            let source = create::source_of(&from_json);
            let mut loaded = match create::load(&from_json, session.catalog_id.as_deref()) {
                Ok(loaded) => loaded,
                Err(invalid) => {
                    eprintln!("glue-tui: {invalid}");
                    return ExitCode::from(create::EXIT_INVALID);
                }
            };
            // Glue's description of the type adds its rules (and decides about a type this build does not know),
            // also in a dry run: DescribeConnectionType changes nothing.
            let glue = connect(&session, cli.target.attempt_timeout()).await;
            let found = glue_tui::request::ask_about_type(glue.as_ref(), &loaded.request).await;
            loaded = match loaded.with_type_check(&source, found) {
                Ok(loaded) => loaded,
                Err(invalid) => {
                    eprintln!("glue-tui: {invalid}");
                    return ExitCode::from(create::EXIT_INVALID);
                }
            };
            for line in loaded.notes(&source) {
                eprintln!("glue-tui: {line}");
            }
            let request = loaded.request;
            if dry_run {
                let json = create::dry_run(&request, session.show_passwords);
                let mut out = std::io::stdout().lock();
                // `print!` would panic on a closed pipe (`| head`); a closed pipe ends quietly, other errors say so.
                return match out.write_all(json.as_bytes()).and_then(|()| out.flush()) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                    Err(e) => {
                        eprintln!("glue-tui: could not write the request to stdout: {e}");
                        ExitCode::FAILURE
                    }
                };
            }
            match create::submit(glue.as_ref(), request).await {
                Ok(line) => {
                    println!("{line}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("glue-tui: {e}");
                    ExitCode::FAILURE
                }
            }
        }),
        Some(Command::Import {
            file,
            dry_run,
            update,
            jobs,
        }) => runtime.block_on(async {
            use glue_tui::commands::import;
            let session = cli.target.session(EXPORT_PAGE_SIZE);
            if session.readonly && !dry_run {
                eprintln!(
                    "glue-tui: read-only: import changes the catalog and --readonly is given; nothing was sent \
                     (--dry-run checks the file without sending)"
                );
                return ExitCode::from(glue_tui::cli::EXIT_USAGE);
            }
            let items = match import::load(&file, session.catalog_id.as_deref()) {
                Ok(items) => items,
                Err(invalid) => {
                    eprintln!("glue-tui: {invalid}");
                    return ExitCode::from(create::EXIT_INVALID);
                }
            };
            let glue = connect(&session, cli.target.attempt_timeout()).await;
            let mut out = std::io::stdout().lock();
            let mut closed = false;
            let outcomes = import::run(glue.as_ref(), items, dry_run, update, jobs.into(), |item, outcome| {
                // A closed pipe stops the printing, not the import: what was started goes on.
                if !closed {
                    closed = writeln!(out, "{}", import::line(&item.name, outcome)).is_err();
                }
            })
            .await;
            if !closed {
                let _ = writeln!(out, "{}", import::summary(&outcomes, dry_run));
                let _ = out.flush();
            }
            tracing::info!(connections = outcomes.len(), "import finished");
            ExitCode::from(import::exit_code(&outcomes))
        }),
        // Blocks this thread until another program takes the clipboard; the text is written nowhere else.
        Some(Command::HoldClipboard) => match glue_tui::clipboard::hold_from_stdin() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                tracing::warn!("{e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// The backend a headless command talks to: the demo catalog, or AWS through the SDK with its retries logged to
/// --log-file only (stderr carries one line, the outcome).
async fn connect(session: &Session, attempt_timeout: std::time::Duration) -> Arc<dyn GlueApi> {
    if session.demo {
        return Arc::new(MemoryGlue::demo().with_latency(std::time::Duration::ZERO));
    }
    Arc::new(
        SdkGlue::connect(
            session.profile.as_deref(),
            session.region.as_deref(),
            session.endpoint_url.as_deref(),
            attempt_timeout,
            Arc::new(|notice| {
                if let AttemptEvent::Retrying { reason } = notice.event {
                    tracing::info!(attempt = notice.attempt, "{reason} — retrying")
                }
            }),
        )
        .await,
    )
}
