//! The fault-injecting proxy (`tests/fault_proxy.py`, a test fixture) between the real binary and a moto server:
//! started with the venv's python on 127.0.0.1, waited for until it says it listens, killed by PID on drop.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{DEADLINE, POLL, Scratch, manifest_dir, python_path};

/// A running `tests/fault_proxy.py`; killed and reaped on drop.
pub struct FaultProxy {
    child: Child,
    pub port: u16,
    stats: PathBuf,
    log: PathBuf,
    stop_file: PathBuf,
}

/// What the proxy counted so far (its `--stats-file`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProxyStats {
    pub requests: u64,
    pub faulted: u64,
    pub forwarded: u64,
}

impl FaultProxy {
    /// A proxy in front of `upstream` (`http://127.0.0.1:PORT`, e.g. `Moto::endpoint()`), faulting as `args` say
    /// (`["--fault", "throttle", "--every", "3"]`; see the fixture's docstring). `name` keeps the files of several
    /// proxies in one scratch directory apart.
    pub fn start(scratch: &Scratch, name: &str, upstream: &str, args: &[&str]) -> Self {
        let upstream = upstream
            .strip_prefix("http://")
            .unwrap_or(upstream)
            .trim_end_matches('/')
            .to_owned();
        let stats = scratch.file(&format!("{name}-stats.json"));
        let log = scratch.file(&format!("{name}.log"));
        let stop_file = scratch.file(&format!("{name}-stop"));
        let err = std::fs::File::create(&log).expect("create the proxy log");
        let mut child = Command::new(python_path())
            .arg(manifest_dir().join("tests/fault_proxy.py"))
            .args(["--upstream", &upstream])
            .args(["--stats-file", stats.to_str().expect("utf-8 path")])
            .args(["--stop-file", stop_file.to_str().expect("utf-8 path")])
            // Bounded even if this test process is killed before its Drop runs.
            .args(["--max-seconds", "240", "--max-requests", "2000"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(err)
            .spawn()
            .expect("start tests/fault_proxy.py with the venv's python");

        // Its first stdout line is `listening on 127.0.0.1:PORT`; read on a thread so the wait stays bounded.
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let start = Instant::now();
        let line = loop {
            if let Ok(line) = rx.try_recv() {
                break line;
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!(
                    "the fault proxy exited ({status}) before listening; its log:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            if start.elapsed() > DEADLINE {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the fault proxy did not say it listens within {DEADLINE:?}");
            }
            std::thread::sleep(POLL);
        };
        let port = line
            .trim()
            .strip_prefix("listening on 127.0.0.1:")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line from the fault proxy: {line:?}"));
        Self {
            child,
            port,
            stats,
            log,
            stop_file,
        }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The counts as of the last request the proxy finished reading.
    pub fn stats(&self) -> ProxyStats {
        let text = std::fs::read_to_string(&self.stats).expect("read the proxy's stats file");
        let json: serde_json::Value = serde_json::from_str(&text).expect("the stats file is JSON");
        let n = |k: &str| json[k].as_u64().expect("a count");
        ProxyStats {
            requests: n("requests"),
            faulted: n("faulted"),
            forwarded: n("forwarded"),
        }
    }

    /// From now on every request is forwarded as it is (the proxy checks its stop file on each request).
    pub fn stop_faulting(&self) {
        std::fs::write(&self.stop_file, "stop").expect("write the proxy's stop file");
    }

    /// The proxy's log: one line per request with the fault it got.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Polls until `ok` holds for the stats (bounded by [`DEADLINE`]).
    pub fn wait_stats(&self, what: &str, ok: impl Fn(ProxyStats) -> bool) -> ProxyStats {
        let start = Instant::now();
        loop {
            let stats = self.stats();
            if ok(stats) {
                return stats;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "proxy stats never showed {what}: {stats:?}; its log:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!("fault proxy log:\n{}", self.log());
        }
    }
}
