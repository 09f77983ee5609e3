//! A private tmux server per test running the real binary in a 120×35 pane.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use super::{DEADLINE, HEIGHT, POLL, Scratch, UNSET_ENV, WIDTH, bin, moto_env};

/// Single-quotes a word for sh.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A private tmux server (its own socket, in the scratch directory) with one 120×35 session running the app under a small sh wrapper:
/// the wrapper records the tty settings before, runs the app, then prints `EXITED:<status> TTY:same|changed` on
/// the normal screen and lingers so the pane can be read. Killed on drop.
pub struct Tmux {
    /// `-S <path>`, or `-L <name>` when the scratch path is too long for a Unix socket.
    socket: [String; 2],
    scratch_log: PathBuf,
}

impl Tmux {
    pub fn start(scratch: &Scratch, app_args: &[&str]) -> Self {
        Self::start_with_env(scratch, app_args, &[])
    }

    /// Like `start`, with extra variables exported for the app (e.g. `XDG_STATE_HOME` for the wizard's drafts).
    pub fn start_with_env(scratch: &Scratch, app_args: &[&str], env: &[(&str, &str)]) -> Self {
        let path = scratch.file("tmux.sock");
        let socket = match path.to_str() {
            Some(p) if p.len() < 100 => ["-S".to_string(), p.to_string()],
            _ => {
                let name = scratch.path.file_name().expect("a name");
                ["-L".to_string(), name.to_string_lossy().into_owned()]
            }
        };
        let app_log = scratch.file("app.log");
        let mut script = String::from("#!/bin/sh\n");
        for var in UNSET_ENV {
            script.push_str(&format!("unset {var}\n"));
        }
        for (k, v) in moto_env() {
            script.push_str(&format!("export {k}={}\n", sh_quote(&v)));
        }
        // Drafts go to the scratch directory unless the test says where: never into the user's own state.
        let state = scratch.file("state");
        script.push_str(&format!(
            "export XDG_STATE_HOME={}\n",
            sh_quote(state.to_str().expect("utf-8 path"))
        ));
        for (k, v) in env {
            script.push_str(&format!("export {k}={}\n", sh_quote(v)));
        }
        script.push_str("before=$(stty -g)\n");
        script.push_str(&sh_quote(bin()));
        for arg in app_args
            .iter()
            .copied()
            .chain(["--log-file", app_log.to_str().expect("utf-8 path")])
        {
            script.push(' ');
            script.push_str(&sh_quote(arg));
        }
        script.push_str(
            "\nrc=$?\nafter=$(stty -g)\n\
             if [ \"$before\" = \"$after\" ]; then tty=same; else tty=changed; fi\n\
             echo \"EXITED:$rc TTY:$tty\"\n\
             sleep 600\n",
        );
        let script_path = scratch.file("run.sh");
        std::fs::write(&script_path, script).expect("write the wrapper script");

        let tmux = Tmux {
            socket,
            scratch_log: app_log,
        };
        let out = tmux
            .cmd(&[
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                &WIDTH.to_string(),
                "-y",
                &HEIGHT.to_string(),
                "-s",
                "t",
                &format!("sh {}", sh_quote(script_path.to_str().expect("utf-8 path"))),
                ";",
                "set-option",
                "-g",
                "set-clipboard",
                "on",
            ])
            .output()
            .expect("run tmux (install it, or run scripts/test.sh which does)");
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(&self.socket).args(args).stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Keys by tmux name (`Enter`, `Escape`, `C-c`, `j`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Text typed literally (`--` first, so a text that starts with `-` is not taken for a flag).
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", "--", text]);
    }

    /// The screen as plain text, one line per row.
    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    /// The screen with the escape sequences tmux uses to reproduce its styling (`-e`).
    pub fn screen_with_escapes(&self) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", "t"])
    }

    /// A tmux format for the pane, e.g. `#{alternate_on}`.
    pub fn display(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", "t", format])
            .trim()
            .to_string()
    }

    /// The newest paste buffer (where tmux puts what the app sent with OSC 52), or None.
    pub fn buffer(&self) -> Option<String> {
        let out = self.cmd(&["show-buffer"]).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Polls the screen until `ok` holds; panics with the last screen and the app log otherwise.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut screen = String::new();
        while start.elapsed() < DEADLINE {
            screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            std::thread::sleep(POLL);
        }
        let log = std::fs::read_to_string(&self.scratch_log).unwrap_or_default();
        let tail: Vec<&str> = log
            .lines()
            .rev()
            .take(30)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        panic!(
            "timed out after {DEADLINE:?} waiting for {what}; the screen:\n{screen}\n--- app log (tail) ---\n{}",
            tail.join("\n")
        );
    }

    /// Polls until the screen contains `text`.
    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?} on screen"), |s| s.contains(text))
    }

    /// Polls until some tmux value settles on `expected`.
    pub fn wait_display(&self, format: &str, expected: &str) {
        let start = Instant::now();
        let mut value = String::new();
        while start.elapsed() < DEADLINE {
            value = self.display(format);
            if value == expected {
                return;
            }
            std::thread::sleep(POLL);
        }
        panic!(
            "{format} stayed {value:?}, expected {expected:?}; the screen:\n{}",
            self.screen()
        );
    }

    /// The pid of the wrapper shell in the pane.
    pub fn pane_pid(&self) -> u32 {
        self.display("#{pane_pid}")
            .parse()
            .expect("pane_pid is a number")
    }

    /// The app's pid: the wrapper shell's child named glue-tui.
    pub fn app_pid(&self) -> u32 {
        let parent = self.pane_pid();
        let start = Instant::now();
        while start.elapsed() < DEADLINE {
            if let Some(pid) = child_named(parent, "glue-tui") {
                return pid;
            }
            std::thread::sleep(POLL);
        }
        panic!("no glue-tui process under the pane's shell (pid {parent})");
    }

    /// After the app quit: the wrapper printed its line on the normal screen with the tty settings as they were, and
    /// tmux sees the main screen and a visible cursor.
    pub fn assert_restored(&self, expect_status: Option<i32>) {
        let screen = self.wait_text("EXITED:");
        let line = screen
            .lines()
            .find(|l| l.contains("EXITED:"))
            .expect("the EXITED line");
        if let Some(code) = expect_status {
            assert!(
                line.contains(&format!("EXITED:{code} ")),
                "exit status: {line}"
            );
        }
        assert!(
            line.contains("TTY:same"),
            "the tty settings (raw mode, echo) were not restored: {line}"
        );
        assert_eq!(
            self.display("#{alternate_on}"),
            "0",
            "still on the alternate screen:\n{screen}"
        );
        assert_eq!(
            self.display("#{cursor_flag}"),
            "1",
            "the cursor is still hidden:\n{screen}"
        );
        assert!(
            !screen.contains("Connections") && !screen.contains("New connection"),
            "the app's frame is still on the main screen:\n{screen}"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self
            .cmd(&["kill-server"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// A direct child of `parent` whose command name is `name`, from /proc.
fn child_named(parent: u32, name: &str) -> Option<u32> {
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid ...; comm may hold spaces or parentheses, so split at the last ')'.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let comm = &stat[open + 1..close];
        let ppid = stat[close + 1..]
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse::<u32>().ok());
        if ppid == Some(parent) && comm == name {
            return Some(pid);
        }
    }
    None
}
