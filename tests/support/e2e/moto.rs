//! A moto server per test — moto's own, or moto with the operations a test fixture adds (the described types of
//! `tests/moto_described.py`, the update, delete and test calls of `tests/moto_manage.py`) — seeded through
//! `scripts/moto_seed.py`.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{DEADLINE, Scratch, free_port, manifest_dir, moto_env, moto_server_path, python_path};

/// A moto server on 127.0.0.1 and a random port; killed and reaped on drop.
pub struct Moto {
    child: Child,
    pub port: u16,
    log: PathBuf,
}

impl Moto {
    /// moto's own server (`moto_server`).
    pub fn start(scratch: &Scratch) -> Self {
        Self::launch(scratch, "moto_server", &moto_server_path(), &[])
    }

    /// moto with DescribeConnectionType and ListConnectionTypes added by the test fixture `tests/moto_described.py`
    /// (the demo's descriptions and list, ListConnectionTypes in pages of 4), run with the venv's python.
    pub fn start_with_described(scratch: &Scratch) -> Self {
        let fixture = manifest_dir().join("tests/moto_described.py");
        let fixture = fixture.to_str().expect("UTF-8 path");
        Self::launch(
            scratch,
            "tests/moto_described.py",
            &python_path(),
            &[fixture],
        )
    }

    /// moto with UpdateConnection, DeleteConnection, BatchDeleteConnection and TestConnection added by the test
    /// fixture `tests/moto_manage.py`; `options` are its own (`--protect NAME`, `--unreachable NAME`).
    pub fn start_with_manage(scratch: &Scratch, options: &[&str]) -> Self {
        let fixture = manifest_dir().join("tests/moto_manage.py");
        let mut leading = vec![fixture.to_str().expect("UTF-8 path")];
        leading.extend_from_slice(options);
        Self::launch(scratch, "tests/moto_manage.py", &python_path(), &leading)
    }

    /// `program leading… -H 127.0.0.1 -p PORT`, waited for until it is ready.
    fn launch(scratch: &Scratch, what: &str, program: &Path, leading: &[&str]) -> Self {
        let mut last_log = String::new();
        // The port is free when chosen but another process could take it before moto binds: try a few.
        for attempt in 0..3 {
            let port = free_port();
            let log = scratch.file(&format!("moto-{attempt}.log"));
            let out = std::fs::File::create(&log).expect("create the moto log");
            let err = out.try_clone().expect("clone the log handle");
            let child = Command::new(program)
                .args(leading)
                .args(["-H", "127.0.0.1", "-p", &port.to_string()])
                .stdin(Stdio::null())
                .stdout(out)
                .stderr(err)
                .spawn()
                .unwrap_or_else(|e| panic!("cannot start {what} ({}): {e}", program.display()));
            let mut moto = Moto { child, port, log };
            if moto.wait_ready() {
                return moto;
            }
            last_log = std::fs::read_to_string(&moto.log).unwrap_or_default();
            // Drop kills it.
        }
        panic!("{what} did not come up on 127.0.0.1; its log:\n{last_log}");
    }

    /// Until this moto says it is listening and answers HTTP (its dashboard API), or exits, or the deadline
    /// passes. An answer alone is not enough: another test's moto may have taken the same port first, and then it
    /// is that one answering while ours fails to bind.
    fn wait_ready(&mut self) -> bool {
        let start = Instant::now();
        while start.elapsed() < DEADLINE * 2 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return false;
            }
            let listening =
                std::fs::read_to_string(&self.log).is_ok_and(|log| log.contains("Running on"));
            if listening && http_get_ok(self.port, "/moto-api/data.json") {
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
