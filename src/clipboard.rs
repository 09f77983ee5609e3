//! Copy text where the user can paste it: the system clipboard (arboard) when this process can own it, otherwise
//! the terminal's clipboard through OSC 52, which also works over SSH and inside tmux.

use std::io::Write;

use crossterm::clipboard::CopyToClipboard;

use crate::msg::CopyDestination;

#[derive(Default)]
pub struct Clipboard {
    /// Kept alive for the whole session: on X11 the copied text is served by this process until it exits.
    system: Option<arboard::Clipboard>,
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
                Ok(()) => return Ok(CopyDestination::SystemClipboard),
                Err(e) => tracing::info!("system clipboard unavailable, using OSC 52: {e}"),
            }
        }
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
}

/// A clipboard owner exists only with a local display; over SSH the remote display is not the user's.
fn system_clipboard_reachable() -> bool {
    let has = |var| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let local_display = cfg!(any(target_os = "macos", target_os = "windows"))
        || has("DISPLAY")
        || has("WAYLAND_DISPLAY");
    local_display && !has("SSH_CONNECTION") && !has("SSH_TTY")
}
