//! The headless commands in a pipeline whose reader stops early (`glue-tui export | head`): a closed pipe is the
//! normal end of a pipeline, so they exit quietly, as `cat` and the AWS CLI do.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::e2e::bin;

/// Runs the binary with its stdout already closed by the reader, and returns (exit code, stderr).
fn with_closed_stdout(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start glue-tui");
    // The reader goes away before a byte is read: every write glue-tui makes fails with EPIPE.
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    (child.wait().expect("wait").code(), stderr)
}

#[test]
fn export_into_a_closed_pipe_exits_quietly() {
    let (code, stderr) = with_closed_stdout(&["export", "--demo"]);
    assert_eq!(stderr, "", "a closed pipe is no error to report");
    assert_eq!(code, Some(0));
}

#[test]
fn a_dry_run_into_a_closed_pipe_exits_quietly() {
    let file = std::env::temp_dir().join(format!("glue-tui-pipe-{}.json", std::process::id()));
    std::fs::write(
        &file,
        r#"{"ConnectionInput": {"Name": "net", "ConnectionType": "NETWORK", "ConnectionProperties": {},
            "PhysicalConnectionRequirements": {"SubnetId": "subnet-1", "SecurityGroupIdList": ["sg-1"],
            "AvailabilityZone": "us-east-1a"}}}"#,
    )
    .expect("write the request file");
    let (code, stderr) = with_closed_stdout(&[
        "create",
        "--from-json",
        file.to_str().expect("utf-8"),
        "--dry-run",
    ]);
    let _ = std::fs::remove_file(&file);
    assert_eq!(stderr, "", "a closed pipe is no error to report");
    assert_eq!(code, Some(0));
}
