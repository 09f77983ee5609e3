//! Helpers for the end-to-end tests: the real binary run headless, a private moto server per test (moto's own, or
//! the test fixture `tests/moto_described.py`), seeded through `scripts/moto_seed.py`, a private tmux server per
//! test that runs the binary in a 120×35 pane, the steps that drive its create wizard there (`wizard`), and the
//! fault-injecting proxy (`tests/fault_proxy.py`). Every process started here is stopped by PID in a `Drop`, also
//! when the test panics; on a panic the scratch directory (logs) is kept and its path printed.

mod moto;
mod proxy;
mod tmux;
pub mod wizard;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use glue_tui::model::{Connection, ConnectionList};
pub use moto::Moto;
pub use proxy::{FaultProxy, ProxyStats};
pub use tmux::Tmux;

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

    /// The file `name` in the scratch directory, written with `text`.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.file(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        path
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

/// Variables that would point the app elsewhere, give it a system clipboard or change what its log file holds.
pub const UNSET_ENV: &[&str] = &[
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_SESSION_TOKEN",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_GLUE",
    "AWS_DEFAULT_REGION",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "GLUE_TUI_LOG",
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

/// Every name `Moto::seed(count, prefix)` gives, sorted: beside [`sorted_names`], "each seeded connection once".
pub fn seeded_names(prefix: &str, count: usize) -> Vec<String> {
    let mut names: Vec<String> = (0..count).map(|i| seeded_name(prefix, i)).collect();
    names.sort_unstable();
    names
}

/// The connections' names, sorted.
pub fn sorted_names(connections: &[Connection]) -> Vec<&str> {
    let mut names: Vec<&str> = connections.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    names
}

/// `glue-tui <args>` headless (e.g. `export`) with the moto environment; waits at most a deadline.
pub fn run_app(args: &[&str]) -> Output {
    run_app_with_env(args, &[])
}

/// Like [`run_app`], with extra variables for the app (e.g. `GLUE_TUI_LOG`).
pub fn run_app_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    run_app_with_env_unset(args, env, &[])
}

/// Like [`run_app_with_env`], with the variables in `unset` removed last (even the moto environment's own).
pub fn run_app_with_env_unset(args: &[&str], env: &[(&str, &str)], unset: &[&str]) -> Output {
    run(args, env, unset, None)
}

/// Like [`run_app`], with `stdin` for the app to read (e.g. `create --from-json -`).
pub fn run_app_with_stdin(args: &[&str], stdin: &str) -> Output {
    run(args, &[], &[], Some(stdin))
}

fn run(args: &[&str], env: &[(&str, &str)], unset: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in UNSET_ENV {
        cmd.env_remove(var);
    }
    cmd.envs(moto_env());
    cmd.envs(env.iter().copied());
    for var in unset {
        cmd.env_remove(var);
    }
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
    if let Some(text) = stdin {
        // Dropped once written: the app reads to the end of it.
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
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

/// What `glue-tui export` (with `--show-passwords` if asked) says the server at `endpoint` holds.
pub fn exported(endpoint: &str, show_passwords: bool) -> Vec<Connection> {
    let mut args = vec!["export", "--endpoint-url", endpoint];
    if show_passwords {
        args.push("--show-passwords");
    }
    let out = run_app(&args);
    assert!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: ConnectionList = serde_json::from_slice(&out.stdout).expect("export prints JSON");
    list.connection_list
}

/// The connection's ConnectionProperties value for `key`; panics (naming the connection) when there is none.
pub fn property<'a>(conn: &'a Connection, key: &str) -> &'a str {
    value_of(
        conn,
        conn.connection_properties.as_ref(),
        "ConnectionProperties",
        key,
    )
}

/// The connection's AthenaProperties value for `key`; panics (naming the connection) when there is none.
pub fn athena_property<'a>(conn: &'a Connection, key: &str) -> &'a str {
    value_of(
        conn,
        conn.athena_properties.as_ref(),
        "AthenaProperties",
        key,
    )
}

fn value_of<'a>(
    conn: &Connection,
    map: Option<&'a glue_tui::model::PropertyMap>,
    what: &str,
    key: &str,
) -> &'a str {
    map.and_then(|p| p.get(key))
        .map(String::as_str)
        .unwrap_or_else(|| panic!("{} has no {what}.{key}: {conn:?}", conn.name))
}

/// A process's output as text (lossy).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A path as the `&str` an argument list takes.
pub fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// A list row's text from its name on: after the pane's border, the mark gutter (`●`, `✗`, `…` or blank) and its
/// space. `None` for a line that is not a list row.
pub fn row_from_name(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('│')?;
    let mut chars = rest.char_indices();
    let (_, mark) = chars.next()?;
    let (at, space) = chars.next()?;
    (matches!(mark, ' ' | '●' | '✗' | '…') && space == ' ').then(|| &rest[at + 1..])
}

/// Rows of the list pane that show a connection whose name starts with `prefix`, from the name on.
pub fn list_rows<'a>(screen: &'a str, prefix: &str) -> Vec<&'a str> {
    let marker = format!("{prefix}-");
    screen
        .lines()
        .filter_map(row_from_name)
        .filter(|r| r.starts_with(&marker))
        .collect()
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

/// The file's text once it exists and is not empty. The app writes files (drafts, logs) from effects on tasks of
/// their own, so a screen that has moved on says nothing about the file yet: poll, bounded by [`DEADLINE`].
pub fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    loop {
        match std::fs::read_to_string(path) {
            Ok(text) if !text.is_empty() => return text,
            result => assert!(
                start.elapsed() < DEADLINE,
                "no file at {} after {DEADLINE:?}: {result:?}",
                path.display()
            ),
        }
        std::thread::sleep(POLL);
    }
}

/// Polls (bounded by [`DEADLINE`]) until there is no file at `path`; `what` names it in the failure.
pub fn wait_for_no_file(path: &Path, what: &str) {
    let start = Instant::now();
    while path.exists() {
        assert!(
            start.elapsed() < DEADLINE,
            "{what} is still at {} after {DEADLINE:?}: {}",
            path.display(),
            std::fs::read_to_string(path).unwrap_or_default()
        );
        std::thread::sleep(POLL);
    }
}
