//! Helpers for the end-to-end tests: a private moto server per test, seeded through `scripts/moto_seed.py`, and a
//! private tmux server per test that runs the real binary in a 120×35 pane. Every process started here is stopped
//! by PID in a `Drop`, also when the test panics; on a panic the scratch directory (logs) is kept and its path
//! printed.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long any one wait may take. Generous: two cores may be running several moto servers and apps at once.
/// Nothing asserts on elapsed time; this only turns a hang into a failure with the last screen attached.
pub const DEADLINE: Duration = Duration::from_secs(30);
const POLL: Duration = Duration::from_millis(50);

pub const WIDTH: u16 = 120;
pub const HEIGHT: u16 = 35;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_glue-tui")
}

/// `GLUE_TUI_MOTO_SERVER`, else `.venv/bin/moto_server`. Panics when neither exists: a test that skips itself
/// could never fail.
pub fn moto_server_path() -> PathBuf {
    if let Some(p) = std::env::var_os("GLUE_TUI_MOTO_SERVER").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        assert!(
            p.exists(),
            "GLUE_TUI_MOTO_SERVER={} does not exist",
            p.display()
        );
        return p;
    }
    let p = manifest_dir().join(".venv/bin/moto_server");
    if p.exists() {
        return p;
    }
    panic!(
        "moto_server not found — run scripts/test.sh (it installs moto into .venv) or set GLUE_TUI_MOTO_SERVER"
    );
}

/// `GLUE_TUI_PYTHON`, else `.venv/bin/python` (the one with boto3 next to moto).
pub fn python_path() -> PathBuf {
    if let Some(p) = std::env::var_os("GLUE_TUI_PYTHON").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let p = manifest_dir().join(".venv/bin/python");
    if p.exists() {
        return p;
    }
    panic!(
        "python with boto3 not found — run scripts/test.sh (it installs moto into .venv) or set GLUE_TUI_PYTHON"
    );
}

/// A scratch directory for one test, removed on success and kept (path printed) on failure.
pub struct Scratch {
    pub path: PathBuf,
}

impl Scratch {
    pub fn new(test: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("glue-tui-e2e-{}-{test}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the scratch directory");
        Self { path }
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("e2e: logs kept in {}", self.path.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// A port nobody listens on right now (bound, read, released).
pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().expect("local addr").port()
}

/// A moto server on 127.0.0.1 and a random port; killed and reaped on drop.
pub struct Moto {
    child: Child,
    pub port: u16,
    log: PathBuf,
}

impl Moto {
    pub fn start(scratch: &Scratch) -> Self {
        let server = moto_server_path();
        let mut last_log = String::new();
        // The port is free when chosen but another process could take it before moto binds: try a few.
        for attempt in 0..3 {
            let port = free_port();
            let log = scratch.file(&format!("moto-{attempt}.log"));
            let out = std::fs::File::create(&log).expect("create the moto log");
            let err = out.try_clone().expect("clone the log handle");
            let child = Command::new(&server)
                .args(["-H", "127.0.0.1", "-p", &port.to_string()])
                .stdin(Stdio::null())
                .stdout(out)
                .stderr(err)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {}: {e}", server.display()));
            let mut moto = Moto { child, port, log };
            if moto.wait_ready() {
                return moto;
            }
            last_log = std::fs::read_to_string(&moto.log).unwrap_or_default();
            // Drop kills it.
        }
        panic!("moto_server did not come up on 127.0.0.1; its log:\n{last_log}");
    }

    /// Until moto answers HTTP (its dashboard API), or exits, or the deadline passes.
    fn wait_ready(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < DEADLINE * 2 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return false;
            }
            if http_get_ok(self.port, "/moto-api/data.json") {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Creates `count` connections named like `seeded_name(prefix, i)` through `scripts/moto_seed.py`.
    pub fn seed(&self, count: usize, prefix: &str) {
        let script = manifest_dir().join("scripts/moto_seed.py");
        let out = Command::new(python_path())
            .arg(&script)
            .args([
                "--endpoint",
                &self.endpoint(),
                "--count",
                &count.to_string(),
                "--prefix",
                prefix,
            ])
            .envs(moto_env())
            .env_remove("AWS_PROFILE")
            .stdin(Stdio::null())
            .output()
            .expect("run scripts/moto_seed.py");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stdout.contains(&format!("created {count} connections")),
            "seeding failed ({}):\n{stdout}\n{stderr}\nmoto log:\n{}",
            out.status,
            std::fs::read_to_string(&self.log).unwrap_or_default()
        );
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn http_get_ok(port: u16, path: &str) -> bool {
    let Ok(mut stream) =
        TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(500))
    else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let _ = stream.shutdown(Shutdown::Write);
    let mut head = [0u8; 12];
    let mut got = 0;
    while got < head.len() {
        match stream.read(&mut head[got..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => got += n,
        }
    }
    head[..got].starts_with(b"HTTP/1.") && head[..got].ends_with(b"200")
}

/// The environment that points the AWS SDK at moto and nowhere else.
pub fn moto_env() -> Vec<(&'static str, String)> {
    vec![
        ("AWS_ACCESS_KEY_ID", "testing".into()),
        ("AWS_SECRET_ACCESS_KEY", "testing".into()),
        ("AWS_REGION", "us-east-1".into()),
        ("AWS_EC2_METADATA_DISABLED", "true".into()),
        ("AWS_CONFIG_FILE", "/nonexistent/glue-tui-e2e/config".into()),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/glue-tui-e2e/credentials".into(),
        ),
    ]
}

/// Variables that would point the app elsewhere or give it a system clipboard.
pub const UNSET_ENV: &[&str] = &[
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_SESSION_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_GLUE",
    "AWS_DEFAULT_REGION",
    "DISPLAY",
    "WAYLAND_DISPLAY",
];

/// The names `scripts/moto_seed.py` gives: connection 0 is the escape-sequence one, then jdbc, kafka, mongodb,
/// network by `i % 4`.
pub fn seeded_name(prefix: &str, i: usize) -> String {
    if i == 0 {
        return format!("{prefix}-0000-escape");
    }
    let kind = ["jdbc", "kafka", "mongodb", "network"][i % 4];
    format!("{prefix}-{i:04}-{kind}")
}

/// `glue-tui <args>` headless (e.g. `export`) with the moto environment; waits at most a deadline.
pub fn run_app(args: &[&str]) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in UNSET_ENV {
        cmd.env_remove(var);
    }
    cmd.envs(moto_env());
    let mut child = cmd.spawn().expect("start glue-tui");
    // Read both pipes on threads so a large export cannot fill a pipe and stall.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for glue-tui") {
            break status;
        }
        if start.elapsed() > DEADLINE * 2 {
            let _ = child.kill();
            let _ = child.wait();
            panic!("glue-tui {args:?} did not exit within {:?}", DEADLINE * 2);
        }
        std::thread::sleep(POLL);
    };
    Output {
        status,
        stdout: out_thread.join().expect("stdout reader"),
        stderr: err_thread.join().expect("stderr reader"),
    }
}

/// Single-quotes a word for sh.
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// A private tmux server (its own socket) with one 120×35 session running the app under a small sh wrapper:
/// the wrapper records the tty settings before, runs the app, then prints `EXITED:<status> TTY:same|changed` on
/// the normal screen and lingers so the pane can be read. Killed on drop.
pub struct Tmux {
    socket: String,
    scratch_log: PathBuf,
}

impl Tmux {
    pub fn start(scratch: &Scratch, test: &str, app_args: &[&str]) -> Self {
        let socket = format!("glue-tui-e2e-{}-{test}", std::process::id());
        let app_log = scratch.file("app.log");
        let mut script = String::from("#!/bin/sh\n");
        for var in UNSET_ENV {
            script.push_str(&format!("unset {var}\n"));
        }
        for (k, v) in moto_env() {
            script.push_str(&format!("export {k}={}\n", sh_quote(&v)));
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
        // A stale server from an earlier run of the same pid is impossible, but a clean slate costs nothing.
        let _ = tmux.cmd(&["kill-server"]).output();
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
        c.arg("-L")
            .arg(&self.socket)
            .args(args)
            .stdin(Stdio::null());
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

    /// Text typed literally.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
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

/// Every (key, value) pair in a JSON document whose key mentions PASSWORD, at any depth.
pub fn password_entries(value: &serde_json::Value) -> Vec<(String, String)> {
    let mut found = Vec::new();
    walk(value, &mut found);
    found
}

fn walk(value: &serde_json::Value, found: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k.to_ascii_uppercase().contains("PASSWORD") {
                    found.push((k.clone(), v.to_string()));
                }
                walk(v, found);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
        _ => {}
    }
}

/// The status line: the second-to-last row of the screen.
pub fn status_line(screen: &str) -> &str {
    let lines: Vec<&str> = screen.lines().collect();
    lines.len().checked_sub(2).map(|i| lines[i]).unwrap_or("")
}
