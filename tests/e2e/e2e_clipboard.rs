//! End to end on an X11 display (Xvfb, private to the test): `y` puts the JSON on the system clipboard, and it is
//! still there to paste after glue-tui quits — the holder serves it until another program takes the clipboard, then
//! exits. Needs Xvfb and xclip (`scripts/test.sh` installs them); without them the test fails rather than skips.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::e2e::{DEADLINE, Scratch, Tmux};

/// A private X server; stopped by PID on drop.
struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    fn start() -> Self {
        // `-displayfd 1`: the server picks a free display number and prints it once it accepts connections.
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "640x480x24",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb is needed for this test (scripts/test.sh installs it)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut line)
            .expect("Xvfb prints its display number");
        let number = line.trim();
        assert!(!number.is_empty(), "Xvfb did not start");
        Self {
            child,
            display: format!(":{number}"),
        }
    }

    /// What `xclip -o` pastes from the CLIPBOARD selection, or None when nobody owns it.
    fn paste(&self) -> Option<String> {
        let out = Command::new("xclip")
            .args(["-o", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stderr(Stdio::null())
            .output()
            .expect("xclip is needed for this test (scripts/test.sh installs it)");
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Another program copies `text` (xclip forks a holder of its own, which exits when the server stops).
    fn copy_elsewhere(&self, text: &str) {
        let mut child = Command::new("xclip")
            .args(["-i", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip runs");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("piped")
            .write_all(text.as_bytes())
            .expect("xclip reads stdin");
        child.wait().expect("xclip returns once it has forked");
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Pids of `glue-tui hold-clipboard` processes serving `display`.
fn holders(display: &str) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
            let environ = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
            let has = |hay: &[u8], needle: &[u8]| hay.split(|b| *b == 0).any(|part| part == needle);
            has(&cmdline, b"hold-clipboard")
                && has(&environ, format!("DISPLAY={display}").as_bytes())
        })
        .collect()
}

fn poll<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    while start.elapsed() < DEADLINE {
        if let Some(v) = f() {
            return v;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("timed out after {DEADLINE:?} waiting for {what}");
}

#[test]
fn a_copy_outlives_the_program_until_another_program_copies() {
    let x = Xvfb::start();
    let scratch = Scratch::new("e2e-clipboard");
    let tmux = Tmux::start_with_env(&scratch, &["--demo"], &[("DISPLAY", x.display.as_str())]);
    tmux.wait_text("all 79 loaded");
    tmux.keys(&["y"]);
    tmux.wait_text("to the system clipboard");
    let copied = poll("the JSON on the X clipboard while glue-tui runs", || {
        x.paste().filter(|t| t.contains("\"Name\""))
    });
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));

    // glue-tui has exited: the same text still pastes, served by the holder.
    let after = poll("the JSON still on the X clipboard after quitting", || {
        x.paste().filter(|t| !t.is_empty())
    });
    assert_eq!(
        after, copied,
        "the clipboard after quitting holds what y copied"
    );
    assert_eq!(holders(&x.display).len(), 1, "one holder serves the copy");

    // Another program copies: the holder lets go and exits.
    x.copy_elsewhere("something else");
    poll(
        "the holder to exit once another program owns the clipboard",
        || holders(&x.display).is_empty().then_some(()),
    );
    assert_eq!(x.paste().as_deref(), Some("something else"));
}
