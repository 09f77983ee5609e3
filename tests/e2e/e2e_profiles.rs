//! End to end: a profile that neither shared AWS file defines is refused by the real binary — every command and the
//! browser at start-up with one line and exit 2, `:profile nosuch` in the browser in its status bar — and nothing is
//! sent: the endpoint is a loopback listener that records every connection, and the same listener sees the request
//! of a profile that exists (so a count of zero means something).

use std::path::PathBuf;
use std::process::Output;

use crate::support::e2e::{Moto, Scratch, Tmux, path_str, run_app_with_env_unset};
use crate::support::endpoint::SilentEndpoint;

const CONFIG: &str = "\
[default]
region = us-east-1

[profile dev]
region = eu-west-1

[sso-session corp]
sso_start_url = https://example.awsapps.com/start
sso_region = us-east-1
";

/// `<scratch>/home` with `.aws/config` holding `default`, `dev` and an sso-session, and `credentials` if given.
fn home_with_config(scratch: &Scratch, credentials: Option<&str>) -> PathBuf {
    let home = scratch.file("home");
    std::fs::create_dir_all(home.join(".aws")).expect("create ~/.aws");
    std::fs::write(home.join(".aws/config"), CONFIG).expect("write the config file");
    if let Some(text) = credentials {
        std::fs::write(home.join(".aws/credentials"), text).expect("write the credentials file");
    }
    home
}

fn assert_refused(out: &Output, expected_stderr: &str, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: exit status {:?}, stderr:\n{stderr}",
        out.status
    );
    assert_eq!(stderr, expected_stderr, "{what}");
    assert!(out.stdout.is_empty(), "{what}: stdout {:?}", out.stdout);
}

#[test]
fn every_command_refuses_an_unknown_profile_with_the_files_and_the_profiles_and_sends_nothing() {
    let scratch = Scratch::new("profiles-commands");
    let home = home_with_config(&scratch, None);
    let config = home.join(".aws/config");
    let credentials = scratch.file("credentials");
    // Outside the home directory: the message shows the paths as they are.
    let other_home = scratch.file("elsewhere");
    std::fs::create_dir_all(&other_home).expect("create a home");
    let env = [
        ("HOME", path_str(&other_home)),
        ("AWS_CONFIG_FILE", path_str(&config)),
        ("AWS_SHARED_CREDENTIALS_FILE", path_str(&credentials)),
    ];
    let request = scratch.file("request.json");
    std::fs::write(
        &request,
        r#"{"ConnectionInput": {"Name": "k", "ConnectionType": "KAFKA",
            "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.example:9092"}}}"#,
    )
    .expect("write the request");
    let recorder = SilentEndpoint::start();
    let url = recorder.url();
    let expected = format!(
        "glue-tui: profile nosuch does not exist; the profiles are default, dev (read {}; no file {})\n",
        config.display(),
        credentials.display()
    );
    let commands: [(&str, Vec<&str>); 4] = [
        ("export", vec!["export"]),
        ("create", vec!["create", "--from-json", path_str(&request)]),
        (
            "create --dry-run",
            vec!["create", "--from-json", path_str(&request), "--dry-run"],
        ),
        // No terminal here, so the browser would refuse to start: the profile is said first.
        ("the browser", vec![]),
    ];
    for (what, mut args) in commands {
        args.extend(["--profile", "nosuch", "--endpoint-url", &url]);
        let out = run_app_with_env_unset(&args, &env, &[]);
        assert_refused(&out, &expected, what);
    }
    assert_eq!(recorder.connections(), 0, "a request reached the endpoint");

    // The same listener sees a profile that exists go out (one attempt of one second), so the zero above counts.
    let out = run_app_with_env_unset(
        &[
            "export",
            "--profile",
            "dev",
            "--endpoint-url",
            &url,
            "--timeout",
            "1",
        ],
        &[env.as_slice(), &[("AWS_MAX_ATTEMPTS", "1")]].concat(),
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "dev against a silent endpoint: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    recorder.wait_for_connections(1);
}

#[test]
fn the_home_directory_files_and_aws_profile_are_checked_the_same_way() {
    let scratch = Scratch::new("profiles-home");
    let home = home_with_config(
        &scratch,
        Some("[default]\naws_access_key_id = x\n[ci]\n[profile not-here]\n"),
    );
    let recorder = SilentEndpoint::start();
    let url = recorder.url();
    let env = [("HOME", path_str(&home)), ("AWS_PROFILE", "nosuch")];
    let unset = ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"];
    let out = run_app_with_env_unset(&["export", "--endpoint-url", &url], &env, &unset);
    assert_refused(
        &out,
        "glue-tui: profile nosuch (from AWS_PROFILE) does not exist; the profiles are ci, default, dev (read \
         ~/.aws/config and ~/.aws/credentials)\n",
        "AWS_PROFILE=nosuch",
    );
    assert_eq!(recorder.connections(), 0, "a request reached the endpoint");
}

#[test]
fn with_no_files_a_named_profile_is_unknown_but_default_goes_on() {
    let scratch = Scratch::new("profiles-none");
    let home = scratch.file("home");
    std::fs::create_dir_all(&home).expect("create the home directory");
    let recorder = SilentEndpoint::start();
    let url = recorder.url();
    let env = [("HOME", path_str(&home)), ("AWS_MAX_ATTEMPTS", "1")];
    let unset = ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"];
    let out = run_app_with_env_unset(
        &["export", "--profile", "dev", "--endpoint-url", &url],
        &env,
        &unset,
    );
    assert_refused(
        &out,
        "glue-tui: profile dev does not exist; there are no profiles (no file ~/.aws/config or \
         ~/.aws/credentials) — add it with `aws configure --profile dev`\n",
        "--profile dev with no files",
    );
    assert_eq!(recorder.connections(), 0, "a request reached the endpoint");

    // `default` with no files is environment credentials (or an instance role): it goes on to the endpoint.
    let out = run_app_with_env_unset(
        &[
            "export",
            "--profile",
            "default",
            "--endpoint-url",
            &url,
            "--timeout",
            "1",
        ],
        &env,
        &unset,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "default against a silent endpoint: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    recorder.wait_for_connections(1);
}

#[test]
fn the_browser_refuses_an_unknown_profile_at_start_up_in_a_terminal() {
    let scratch = Scratch::new("profiles-tui-start");
    let home = home_with_config(&scratch, None);
    let recorder = SilentEndpoint::start();
    let config = home.join(".aws/config");
    let credentials = home.join(".aws/credentials");
    let tmux = Tmux::start_with_env(
        &scratch,
        &["--profile", "nosuch", "--endpoint-url", &recorder.url()],
        &[
            ("HOME", path_str(&home)),
            ("AWS_CONFIG_FILE", path_str(&config)),
            ("AWS_SHARED_CREDENTIALS_FILE", path_str(&credentials)),
        ],
    );
    let screen = tmux.wait_text("EXITED:");
    assert!(
        screen.contains(
            "glue-tui: profile nosuch does not exist; the profiles are default, dev (read ~/.aws/config; no file \
             ~/.aws/credentials)"
        ),
        "{screen}"
    );
    tmux.assert_restored(Some(2));
    assert_eq!(recorder.connections(), 0, "a request reached the endpoint");
}

#[test]
fn colon_profile_nosuch_says_so_in_the_status_bar_and_keeps_the_current_profile() {
    let scratch = Scratch::new("profiles-tui");
    let home = home_with_config(&scratch, None);
    let moto = Moto::start(&scratch);
    moto.seed(3, "prof");
    let config = home.join(".aws/config");
    let credentials = home.join(".aws/credentials");
    let tmux = Tmux::start_with_env(
        &scratch,
        &["--endpoint-url", &moto.endpoint(), "--region", "us-east-1"],
        &[
            ("HOME", path_str(&home)),
            ("AWS_CONFIG_FILE", path_str(&config)),
            ("AWS_SHARED_CREDENTIALS_FILE", path_str(&credentials)),
        ],
    );
    let header = |s: &str, profile: &str| {
        s.lines()
            .next()
            .is_some_and(|l| l.contains(&format!("profile {profile} ")))
    };
    tmux.wait_for("three rows on profile default", |s| {
        s.contains("all 3 loaded") && header(s, "default")
    });

    tmux.type_text(":profile nosuch");
    tmux.keys(&["Enter"]);
    // The status bar is one line of 120 columns: the message is cut after the files' first words (the whole text
    // is asserted in `app::profiles`); the profiles come first so they are what stays.
    let screen = tmux.wait_text(
        "all 3 loaded │ profile nosuch does not exist; the profiles are default, dev (read ~/.aws/config; no",
    );
    assert!(header(&screen, "default"), "the profile changed:\n{screen}");
    // The status line cut it (`…`, and the hint offers M); M shows it whole, Esc closes the log.
    assert!(screen.contains("M whole message"), "{screen}");
    tmux.keys(&["M"]);
    tmux.wait_for("the whole message in the log", |s| {
        s.contains("Messages (") && s.contains("~/.aws/credentials)")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("the log closed", |s| !s.contains("Messages ("));

    // A profile that exists switches and lists again: typed with Tab, which completes from the files' profiles
    // (default and dev share "de"; Tab again walks them).
    tmux.type_text(":profile d");
    tmux.keys(&["Tab"]);
    tmux.wait_text(":profile de");
    tmux.keys(&["Tab"]);
    tmux.wait_text(":profile default");
    tmux.keys(&["Tab"]);
    tmux.wait_text(":profile dev");
    tmux.keys(&["Enter"]);
    tmux.wait_for("profile dev in the header and the rows again", |s| {
        header(s, "dev") && s.contains("all 3 loaded")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}
