//! End to end against an endpoint that accepts connections and never answers (a dead proxy, a half-open socket):
//! every attempt is abandoned after `--timeout` and retried, and the command ends with one line naming the timeout
//! instead of hanging. The stalling server is a thread of this test on 127.0.0.1 (`support::endpoint`), stopped when
//! the test ends.

use crate::support::e2e::run_app;
use crate::support::endpoint::SilentEndpoint;

#[test]
fn export_against_a_stalled_endpoint_gives_up_after_the_timeout_with_one_line() {
    let silent = SilentEndpoint::start();
    let endpoint = silent.url();
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
    assert_eq!(silent.wait_for_connections(3), 3, "attempts made");
}
