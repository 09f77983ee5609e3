//! End to end against an endpoint that accepts connections and never answers (a dead proxy, a half-open socket):
//! every attempt is abandoned after `--timeout` and retried, and the command ends with one line naming the timeout
//! instead of hanging. The stalling server is a thread of this test on 127.0.0.1, gone when the test ends.

#[allow(unused_imports)]
mod e2e_support;

use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use e2e_support::run_app;

/// Accepts every connection and holds it open without a byte in reply; returns the endpoint and the count of
/// connections accepted (one per attempt).
fn stalling_endpoint() -> (String, Arc<Mutex<Vec<TcpStream>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let endpoint = format!("http://{}", listener.local_addr().expect("address"));
    let held = Arc::new(Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            keep.lock().expect("lock").push(stream);
        }
    });
    (endpoint, held)
}

#[test]
fn export_against_a_stalled_endpoint_gives_up_after_the_timeout_with_one_line() {
    let (endpoint, held) = stalling_endpoint();
    // run_app fails the test if the command does not exit within its deadline: a hang cannot pass.
    let out = run_app(&["export", "--endpoint-url", &endpoint, "--timeout", "1"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing is printed on stdout");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains("GetConnections got no answer from Glue")
            && stderr.contains("raise --timeout"),
        "{stderr}"
    );
    // The SDK's standard retry policy: three attempts, each abandoned after --timeout. The accepting thread may lag
    // behind on a busy machine, so its count is polled.
    let start = std::time::Instant::now();
    while held.lock().expect("lock").len() < 3 && start.elapsed() < e2e_support::DEADLINE {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(held.lock().expect("lock").len(), 3, "attempts made");
}
