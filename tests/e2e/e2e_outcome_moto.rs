//! End to end: the outcome of the user's own create outranks the background reload in the status bar. Against moto
//! with a catalog of several pages (`--page-size 50`), `n` … `Ctrl-S` used to end with the reload's progress
//! replacing "Created … READY" at once, so the confirmation was never seen. (The update-level test
//! `a_users_outcome_outranks_background_progress` pins the rule; this one sees it through the real terminal.)

use crate::support::e2e::{Moto, Scratch, Tmux};

#[test]
fn the_created_line_is_seen_while_a_long_list_reloads() {
    let scratch = Scratch::new("outcome");
    let state = scratch.file("state");
    std::fs::create_dir_all(&state).expect("state dir");
    let moto = Moto::start(&scratch);
    moto.seed(300, "seeded");
    let tmux = Tmux::start_with_env(
        &scratch,
        &[
            "--endpoint-url",
            &moto.endpoint(),
            "--region",
            "us-east-1",
            "--page-size",
            "50",
        ],
        &[("XDG_STATE_HOME", state.to_str().expect("UTF-8 path"))],
    );
    tmux.wait_text("loaded");
    tmux.keys(&["n"]);
    tmux.wait_text("┌ New connection ");
    tmux.type_text("kafka");
    tmux.wait_text(" 1 of ");
    tmux.keys(&["Enter"]);
    tmux.wait_text("▸ Name *");
    tmux.type_text("outcome-events");
    tmux.keys(&["PgDn"]);
    tmux.wait_text("▸ Bootstrap servers *");
    tmux.type_text("b-1.example:9092");
    tmux.wait_text("b-1.example:9092");
    // moto has no DescribeConnectionType: its answer comes first, so the next status line is the create's.
    tmux.wait_text("DescribeConnectionType had no answer for KAFKA");
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_text("Created outcome-events in the default catalog: READY");
    assert!(
        !screen.contains("New connection"),
        "the wizard stayed open:\n{screen}"
    );
}
