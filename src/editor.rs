//! `E`: the user's own editor on a file, with the TUI suspended meanwhile and restored after — as k9s does for
//! `e`. `$VISUAL`, else `$EDITOR`, else `vi`; a value with arguments (`code --wait`) is split on whitespace. The
//! file is new, private to the user (it may hold a secret the user types), and removed afterwards.

use std::io;
use std::path::PathBuf;
use std::process::Command;

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::DefaultTerminal;

/// The editor command line the user's environment names.
pub fn editor_command() -> Vec<String> {
    let named = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string());
    named.split_whitespace().map(str::to_owned).collect()
}

/// Runs the editor on a file holding `text` and gives back what it holds when the editor exits; Err says why not
/// (no such editor, it failed, the file went away). The terminal is the editor's meanwhile.
pub fn edit(terminal: &mut DefaultTerminal, text: &str) -> Result<String, String> {
    let path = scratch_file(text).map_err(|e| format!("could not write the file to edit: {e}"))?;
    let command = editor_command();
    let _ = crossterm::execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    let status = Command::new(&command[0])
        .args(&command[1..])
        .arg(&path)
        .status();
    *terminal = ratatui::init();
    let _ = crossterm::execute!(io::stdout(), EnableBracketedPaste);
    let _ = terminal.clear();
    let read = std::fs::read_to_string(&path);
    let _ = std::fs::remove_file(&path);
    match status {
        Err(e) => Err(format!(
            "could not start the editor {:?}: {e} — set $EDITOR (or $VISUAL)",
            command.join(" ")
        )),
        Ok(s) if !s.success() => Err(format!(
            "the editor {:?} exited with {s}; nothing was sent",
            command.join(" ")
        )),
        Ok(_) => read.map_err(|e| format!("could not read the edited file back: {e}")),
    }
}

fn scratch_file(text: &str) -> io::Result<PathBuf> {
    let dir = std::env::temp_dir();
    for n in 0..100u32 {
        let path = dir.join(format!("glue-tui-edit-{}-{n}.json", std::process::id()));
        match crate::files::write_new(&path, text) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(
        "no free name for the file in the temporary directory",
    ))
}
