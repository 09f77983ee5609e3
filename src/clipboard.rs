//! Copy text where the user can paste it: the system clipboard (arboard) when this process can own it, otherwise
//! the terminal's clipboard through OSC 52, which also works over SSH and inside tmux.
//!
//! X11 and Wayland clipboards are served by the program that copied: the text is gone when that program exits.
//! So on quit, [`Clipboard::hand_off`] passes what this process still owns to a short-lived holder — this same
//! binary, run as `glue-tui hold-clipboard` — that serves it until another program takes the clipboard, as `xclip`
//! does by forking.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crossterm::clipboard::CopyToClipboard;

use crate::msg::CopyDestination;

/// The most base64 an OSC 52 sequence carries here: terminals cut or drop longer ones (tmux, xterm and others
/// have limits of their own), and k9s caps its payload at this many encoded bytes. Past it the copy is refused
/// whole — a truncated JSON on the clipboard would paste as something broken.
pub const OSC52_MAX_ENCODED: usize = 74_994;

/// Whether `text` fits one OSC 52 sequence, or why not.
pub fn osc52_fits(text: &str) -> Result<(), String> {
    let encoded = text.len().div_ceil(3) * 4;
    if encoded <= OSC52_MAX_ENCODED {
        return Ok(());
    }
    Err(format!(
        "{} bytes is more than the terminal's clipboard (OSC 52) takes here ({OSC52_MAX_ENCODED} bytes encoded); \
         nothing was copied — w writes them to a file instead (or copy fewer)",
        text.len()
    ))
}

/// The hidden subcommand the holder runs as.
pub const HOLD_COMMAND: &str = "hold-clipboard";

#[derive(Default)]
pub struct Clipboard {
    /// Kept alive for the whole session: on X11 the copied text is served by this process until it exits.
    system: Option<arboard::Clipboard>,
    /// The last text put on the system clipboard, for the holder on quit.
    owned: Option<String>,
}

impl Clipboard {
    /// Copies `text`; `terminal` is where OSC 52 is written (the TUI's own output, between frames).
    pub fn copy(
        &mut self,
        text: &str,
        terminal: &mut impl Write,
    ) -> Result<CopyDestination, String> {
        if system_clipboard_reachable() {
            match self.system_copy(text) {
                Ok(()) => {
                    self.owned = Some(text.to_owned());
                    return Ok(CopyDestination::SystemClipboard);
                }
                Err(e) => tracing::info!("system clipboard unavailable, using OSC 52: {e}"),
            }
        }
        osc52_fits(text)?;
        crossterm::execute!(terminal, CopyToClipboard::to_clipboard_from(text))
            .map_err(|e| format!("could not write OSC 52 to the terminal: {e}"))?;
        Ok(CopyDestination::Osc52)
    }

    fn system_copy(&mut self, text: &str) -> Result<(), arboard::Error> {
        if self.system.is_none() {
            self.system = Some(arboard::Clipboard::new()?);
        }
        self.system.as_mut().expect("set above").set_text(text)
    }

    /// On quit: if the system clipboard still holds what this process copied, start the holder and give it the
    /// text on its stdin. Nothing to do when nothing was copied, when another program has taken the clipboard
    /// since, or on macOS and Windows, whose clipboards outlive the program that copied.
    pub fn hand_off(mut self) {
        if !cfg!(all(unix, not(target_os = "macos"))) {
            return;
        }
        let (Some(text), Some(system)) = (self.owned.take(), self.system.as_mut()) else {
            return;
        };
        if system.get_text().ok().as_deref() != Some(text.as_str()) {
            return;
        }
        if let Err(e) = spawn_holder(&text) {
            // Never the text itself: it may be a revealed secret.
            tracing::warn!("could not keep the clipboard after quitting: {e}");
        }
    }
}

fn spawn_holder(text: &str) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let mut command = Command::new(exe);
    command
        .arg(HOLD_COMMAND)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // Its own process group: the terminal's hang-up or Ctrl-C after glue-tui has gone is not meant for it.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn()?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(text.as_bytes())?;
    // Closing stdin tells the holder the text is complete; it is not waited for (it outlives this process).
    drop(stdin);
    Ok(())
}

/// `glue-tui hold-clipboard`: reads the text on stdin, owns the clipboard with it, and returns once another
/// program has taken the clipboard (or the display has gone).
pub fn hold_from_stdin() -> Result<(), String> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| format!("could not read the text to hold: {e}"))?;
    hold(text)
}

#[cfg(all(unix, not(target_os = "macos")))]
fn hold(text: String) -> Result<(), String> {
    use arboard::SetExtLinux;
    let mut clipboard =
        arboard::Clipboard::new().map_err(|e| format!("no system clipboard: {e}"))?;
    clipboard
        .set()
        .wait()
        .text(text)
        .map_err(|e| format!("could not hold the clipboard: {e}"))
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn hold(_text: String) -> Result<(), String> {
    Ok(())
}

/// A clipboard owner exists only with a local display; over SSH the remote display is not the user's.
fn system_clipboard_reachable() -> bool {
    let has = |var| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let local_display = cfg!(any(target_os = "macos", target_os = "windows"))
        || has("DISPLAY")
        || has("WAYLAND_DISPLAY");
    local_display && !has("SSH_CONNECTION") && !has("SSH_TTY")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Up to the limit it goes; one byte past it, the copy is refused whole with the size and what to do instead.
    #[test]
    fn osc52_takes_up_to_its_limit_and_refuses_more_whole() {
        let most = OSC52_MAX_ENCODED / 4 * 3;
        assert!(osc52_fits(&"x".repeat(most)).is_ok());
        let refused = osc52_fits(&"x".repeat(most + 1)).unwrap_err();
        assert!(
            refused.starts_with(&format!("{} bytes is more than", most + 1)),
            "{refused}"
        );
        assert!(refused.contains("nothing was copied"), "{refused}");
        // Through `copy`, with no system clipboard: nothing is written to the terminal.
        if !system_clipboard_reachable() {
            let mut terminal = Vec::new();
            let result = Clipboard::default().copy(&"x".repeat(most + 1), &mut terminal);
            assert!(result.is_err());
            assert!(terminal.is_empty(), "a refused copy writes nothing");
        }
    }
}
