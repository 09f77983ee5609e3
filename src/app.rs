//! The event loop: terminal events, backend answers and signals become `Msg`s on one queue; `update` decides;
//! effects go out; the screen is drawn once per batch of messages, and only when something changed.

use std::io::{self, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event, EventStream};
use futures::StreamExt;
use ratatui::DefaultTerminal;
use tokio::sync::mpsc;

use crate::clipboard::Clipboard;
use crate::effects::Backends;
use crate::glue::profiles;
use crate::msg::{CopyReport, Effect, Msg};
use crate::state::{Model, Session};
use crate::{drafts, ui, update};

/// How often the spinner moves while a request is in flight (and a message's age is counted). Idle, nothing ticks.
const TICK: Duration = Duration::from_millis(100);
const QUEUE: usize = 1024;

/// `started` is when the process began, for the start-up figures the log records (docs/PERFORMANCE.md).
/// `attempt_timeout` is `--timeout`, for the SDK backends the session builds.
pub async fn run(session: Session, started: Instant, attempt_timeout: Duration) -> io::Result<()> {
    let mut terminal = ratatui::init();
    let _ = crossterm::execute!(io::stdout(), EnableBracketedPaste);
    let mut clipboard = Clipboard::default();
    let result = event_loop(
        &mut terminal,
        session,
        started,
        attempt_timeout,
        &mut clipboard,
    )
    .await;
    let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    // After the terminal is restored: copy, quit, paste is what users do.
    clipboard.hand_off();
    result
}

async fn event_loop(
    terminal: &mut DefaultTerminal,
    session: Session,
    started: Instant,
    attempt_timeout: Duration,
    clipboard: &mut Clipboard,
) -> io::Result<()> {
    let size = terminal.size()?;
    let mut model = Model::new(session, size.width, size.height);
    let (tx, mut rx) = mpsc::channel(QUEUE);
    let backends = Arc::new(Backends::with_demo(tx.clone(), attempt_timeout));

    // The first frame goes out before any credential is resolved or request answered.
    terminal.draw(|f| ui::draw(f, &model))?;
    tracing::info!(
        elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
        "first frame drawn"
    );
    let mut first_rows_logged = false;
    let first = update::init(&mut model);
    run_effects(first, &backends, clipboard, &tx);

    // `None` while the user's editor has the terminal (`E`): nothing else may read its input then.
    let mut events = Some(EventStream::new());
    let mut signals = Signals::new()?;
    let mut ticker = tokio::time::interval(TICK);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);

    while !model.quitting {
        let msg = tokio::select! {
            event = async { events.as_mut()?.next().await }, if events.is_some() => match event {
                Some(Ok(event)) => translate(event),
                Some(Err(e)) => return Err(e),
                None => Some(Msg::Terminate),
            },
            Some(msg) = rx.recv() => Some(msg),
            now = ticker.tick(), if model.wants_ticks() => Some(Msg::Tick(now.into_std())),
            _ = signals.recv() => Some(Msg::Terminate),
        };
        let mut batch: Vec<Msg> = msg.into_iter().collect();
        // Drain the backend answers already waiting so a burst of pages costs one frame. (Terminal events are not
        // drained with `now_or_never`: polling crossterm's EventStream with a no-op waker loses its wake-up.)
        while let Ok(msg) = rx.try_recv() {
            batch.push(msg);
        }
        if batch.is_empty() {
            continue;
        }
        let mut to_edit = None;
        for msg in batch {
            let effects = update::update(&mut model, msg);
            to_edit = run_effects(effects, &backends, clipboard, &tx).or(to_edit);
        }
        // The editor answers with a message that may ask for it again (problems to fix): until it does not.
        while let Some(text) = to_edit.take() {
            // Dropping the stream stops its reader, so the keys typed in the editor stay the editor's.
            drop(events.take());
            let edited = tokio::task::block_in_place(|| crate::editor::edit(terminal, &text));
            events = Some(EventStream::new());
            let effects = update::update(&mut model, Msg::Edited(edited));
            to_edit = run_effects(effects, &backends, clipboard, &tx);
        }
        if !model.quitting {
            terminal.draw(|f| ui::draw(f, &model))?;
            if !first_rows_logged && !model.list.items.is_empty() {
                first_rows_logged = true;
                tracing::info!(
                    elapsed_ms = started.elapsed().as_secs_f64() * 1e3,
                    "first rows drawn"
                );
            }
        }
    }
    Ok(())
}

fn translate(event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => Some(Msg::Key(key)),
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        _ => None,
    }
}

/// Runs `effects`; the text for the user's editor, when one of them asks for it (the loop runs the editor, which
/// needs the terminal).
fn run_effects(
    effects: Vec<Effect>,
    backends: &Arc<Backends>,
    clipboard: &mut Clipboard,
    tx: &mpsc::Sender<Msg>,
) -> Option<String> {
    let mut to_edit = None;
    // On the way out a draft must be on disk before the runtime stops, so file work is done right here then.
    let quitting = effects.iter().any(|e| matches!(e, Effect::Quit));
    for effect in effects {
        match effect {
            Effect::Glue { session, call } => backends.spawn_glue(session, call),
            Effect::Copy { text, what } => {
                // Between two frames the terminal is ours to write to, so OSC 52 cannot tear a frame.
                let mut out = io::stdout();
                let result = clipboard
                    .copy(&text, &mut out)
                    .map(|destination| CopyReport {
                        bytes: text.len(),
                        destination,
                        what,
                    });
                let _ = out.flush();
                let _ = tx.try_send(Msg::Copied(result));
            }
            Effect::LoadDraft
            | Effect::SaveDraft(_)
            | Effect::ReadFile { .. }
            | Effect::WriteFile { .. }
            | Effect::CheckProfile { .. }
            | Effect::ListProfiles
            | Effect::ListPath { .. } => {
                if quitting {
                    if let Some(msg) = file_effect(effect) {
                        let _ = tx.try_send(msg);
                    }
                } else {
                    let tx = tx.clone();
                    tokio::task::spawn_blocking(move || {
                        if let Some(msg) = file_effect(effect) {
                            let _ = tx.blocking_send(msg);
                        }
                    });
                }
            }
            Effect::OpenEditor { text } => to_edit = Some(text),
            Effect::Quit => {}
        }
    }
    to_edit
}

/// The draft, the review step's request files and the shared AWS files `:profile` checks; the message to answer
/// with, if any.
fn file_effect(effect: Effect) -> Option<Msg> {
    {
        let msg = match effect {
            Effect::LoadDraft => {
                let loaded = drafts::draft_path().map(|p| drafts::load(&p)).transpose();
                match loaded {
                    Ok(draft) => Msg::DraftLoaded(draft.flatten()),
                    Err(e) => Msg::DraftFailed(format!("reading the draft: {e}")),
                }
            }
            Effect::SaveDraft(draft) => {
                let path = drafts::draft_path()?;
                let result = match draft {
                    Some(draft) => drafts::save(&path, &draft),
                    None => drafts::clear(&path),
                };
                match result {
                    Ok(()) => return None,
                    Err(e) => Msg::DraftFailed(format!("{}: {e}", path.display())),
                }
            }
            Effect::ReadFile { path } => {
                let result = std::fs::read_to_string(&path).map_err(|e| e.to_string());
                Msg::FileRead { path, result }
            }
            Effect::WriteFile { path, text, what } => Msg::FileWritten {
                result: crate::files::write_new(&crate::path_completion::expand_home(&path), &text)
                    .map(|()| text.len())
                    .map_err(|e| e.to_string()),
                path,
                what,
            },
            Effect::CheckProfile { profile } => Msg::ProfileChecked {
                result: profiles::check(&profile).map_err(|unknown| unknown.to_string()),
                profile,
            },
            Effect::ListProfiles => Msg::ProfilesListed(profiles::known()),
            Effect::ListPath { typed } => Msg::PathListed {
                candidates: crate::path_completion::candidates(&typed),
                typed,
            },
            _ => return None,
        };
        Some(msg)
    }
}

/// SIGTERM and SIGHUP end the app like `q` does, so the terminal is restored.
struct Signals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hup: tokio::signal::unix::Signal,
}

impl Signals {
    fn new() -> io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Self {
                term: signal(SignalKind::terminate())?,
                hup: signal(SignalKind::hangup())?,
            })
        }
        #[cfg(not(unix))]
        Ok(Self {})
    }

    async fn recv(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.term.recv() => {}
            _ = self.hup.recv() => {}
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await
    }
}
