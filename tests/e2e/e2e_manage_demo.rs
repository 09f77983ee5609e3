//! End to end: edits, marks, deletes and tests in the real binary in a real terminal (a private tmux server, 120×35) against
//! `--demo`, whose backend deletes as Glue does and refuses `finance-oracle-erp` as an IAM policy would. Every
//! check is part of a bounded wait.

use crate::support::e2e::wizard::list_row;
use crate::support::e2e::{Scratch, Tmux};

fn start() -> (Scratch, Tmux) {
    let scratch = Scratch::new("manage-demo");
    let tmux = Tmux::start(&scratch, &["--demo"]);
    tmux.wait_text("all 79 loaded");
    (scratch, tmux)
}

/// A row's gutter mark (`●`, `✗`, `…`, or ' ').
fn mark(screen: &str, name: &str) -> Option<char> {
    screen
        .lines()
        .find(|l| list_row(l, name).is_some())
        .and_then(|l| l.chars().nth(1))
}

/// Filters to `name`, presses `d`, and waits for the dialog asking for the name.
fn ask_to_delete(tmux: &Tmux, name: &str) {
    tmux.type_text(&format!("/{name}"));
    tmux.keys(&["Enter"]);
    tmux.wait_text(&format!("┌ {name} "));
    tmux.keys(&["d"]);
    tmux.wait_text(&format!("Type {name} to delete it:"));
}

#[test]
fn three_marked_rows_are_deleted_by_typing_their_count() {
    let (_scratch, tmux) = start();
    for _ in 0..3 {
        tmux.keys(&["Space", "j"]);
    }
    let screen = tmux.wait_text("all 79 loaded · 3 marked");
    for name in [
        "analytics-redshift-ro",
        "analytics-redshift-rw",
        "azuresql-partner-portal",
    ] {
        assert_eq!(
            mark(&screen, name),
            Some('●'),
            "{name} not marked:\n{screen}"
        );
    }
    tmux.keys(&["d"]);
    tmux.wait_text("Type 3 (how many) to delete them:");
    tmux.type_text("3");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("Deleted 3 connections");
    assert!(
        list_row(&screen, "analytics-redshift-ro").is_none(),
        "{screen}"
    );
    assert!(
        list_row(&screen, "bigquery-ga-export").is_some(),
        "{screen}"
    );
    assert!(
        !screen.contains("marked"),
        "the marks went with the rows:\n{screen}"
    );
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

#[test]
fn one_row_is_deleted_by_its_name_and_a_refused_one_stays_with_the_reason() {
    let (_scratch, tmux) = start();
    // The refused one: the reason in the status bar and the detail pane, the row kept.
    ask_to_delete(&tmux, "finance-oracle-erp");
    // A wrong name deletes nothing and says what to type.
    tmux.type_text("finance");
    tmux.keys(&["Enter"]);
    tmux.wait_text("type its name, finance-oracle-erp");
    tmux.type_text("-oracle-erp");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("✗ Not deleted:");
    assert!(
        screen.contains("AccessDenied on glue:DeleteConnection"),
        "{screen}"
    );
    assert_eq!(mark(&screen, "finance-oracle-erp"), Some('✗'), "{screen}");

    // Another one goes, by its name.
    tmux.keys(&["Escape"]);
    ask_to_delete(&tmux, "zoho-crm-emea");
    tmux.type_text("zoho-crm-emea");
    tmux.keys(&["Enter"]);
    tmux.wait_text("Deleted zoho-crm-emea");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_text("all 78 loaded");
    assert!(list_row(&screen, "zoho-crm-emea").is_none(), "{screen}");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

/// `t` in the demo: a FAILED connection's test fails with its StatusReason, a READY one's passes, each after about a
/// second, the outcome at the top of the detail pane.
#[test]
fn t_tests_a_connection_and_the_detail_pane_says_how_it_went() {
    let (_scratch, tmux) = start();
    tmux.type_text("/fraud-features-postgres");
    tmux.keys(&["Enter"]);
    tmux.wait_text("┌ fraud-features-postgres ");
    tmux.keys(&["t"]);
    let screen = tmux.wait_text("Last test: failed");
    assert!(screen.contains("TestConnection"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.type_text("/zoho-crm-emea");
    tmux.keys(&["Enter"]);
    tmux.wait_text("┌ zoho-crm-emea ");
    tmux.keys(&["t"]);
    tmux.wait_text("Last test: passed");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

/// `e` in the demo: the description edited in the wizard, the row showing it after Ctrl-S.
#[test]
fn e_edits_a_description_and_the_row_shows_it() {
    let (_scratch, tmux) = start();
    tmux.type_text("/zoho-crm-emea");
    tmux.keys(&["Enter"]);
    tmux.wait_text("┌ zoho-crm-emea ");
    tmux.keys(&["e"]);
    tmux.wait_text("Edit zoho-crm-emea");
    tmux.wait_text("stored definition read");
    tmux.keys(&["Tab"]);
    tmux.wait_text("▸ Description ");
    tmux.keys(&["C-u"]);
    tmux.type_text("Edited in the demo");
    tmux.wait_text("Edited in the demo");
    tmux.keys(&["C-s"]);
    // "Updated …", then (a second later, after following its status) "… is READY".
    tmux.wait_for("the update said", |s| {
        s.contains("Updated zoho-crm-emea") || s.contains("zoho-crm-emea is READY")
    });
    let screen = tmux.wait_for("the detail pane with the new description", |s| {
        s.contains("Edited in the demo") && s.contains("┌ zoho-crm-emea ")
    });
    assert!(!screen.contains("Edit zoho-crm-emea"), "{screen}");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

/// `w` with two marks: the path typed at the prompt, a new file holding both as one ConnectionList; a second `w` to
/// the same path leaves the file alone and says why.
#[test]
fn w_writes_the_marked_connections_to_a_new_file() {
    let (scratch, tmux) = start();
    tmux.keys(&["Space", "j", "Space"]);
    tmux.wait_text("2 marked");
    let path = scratch.file("written.json");
    let path_text = path.to_str().expect("UTF-8 path");
    tmux.keys(&["w"]);
    tmux.wait_text("Write to a file");
    tmux.type_text(path_text);
    tmux.keys(&["Enter"]);
    tmux.wait_text("Wrote 2 marked connections");
    let list: glue_tui::model::ConnectionList =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("the file")).expect("JSON");
    let names: Vec<&str> = list
        .connection_list
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["analytics-redshift-ro", "analytics-redshift-rw"]);
    let before = std::fs::read_to_string(&path).unwrap();

    tmux.keys(&["w"]);
    tmux.wait_text("Write to a file");
    tmux.type_text(path_text);
    tmux.keys(&["Enter"]);
    tmux.wait_text("Not written: ");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

/// `E` with `$EDITOR` a script that rewrites the description: the TUI gives the terminal to the editor and takes it
/// back, the update is sent, and the detail pane shows it. An editor that fails sends nothing.
#[test]
fn e_in_the_users_editor_sends_what_it_saved() {
    let scratch = Scratch::new("manage-demo-editor");
    let script = scratch.write(
        "edit.sh",
        "#!/bin/sh\nsed -i 's/\"Description\": \"[^\"]*\"/\"Description\": \"Edited in the editor\"/' \"$1\"\n",
    );
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let tmux = Tmux::start_with_env(
        &scratch,
        &["--demo"],
        &[
            ("EDITOR", script.to_str().expect("UTF-8 path")),
            ("VISUAL", ""),
        ],
    );
    tmux.wait_text("all 79 loaded");
    tmux.type_text("/zoho-crm-emea");
    tmux.keys(&["Enter"]);
    tmux.wait_text("┌ zoho-crm-emea ");
    tmux.keys(&["E"]);
    // "Updated …", then (a second later, after following its status) "… is READY".
    tmux.wait_for("the update said", |s| {
        s.contains("Updated zoho-crm-emea") || s.contains("zoho-crm-emea is READY")
    });
    tmux.wait_for("the new description in the detail pane", |s| {
        s.contains("Edited in the editor") && s.contains("┌ zoho-crm-emea ")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));

    let other = Scratch::new("manage-demo-editor-fails");
    let failing = Tmux::start_with_env(&other, &["--demo"], &[("EDITOR", "false"), ("VISUAL", "")]);
    failing.wait_text("all 79 loaded");
    failing.keys(&["E"]);
    failing.wait_text("Not sent: the editor");
    failing.keys(&["q"]);
    failing.assert_restored(Some(0));
}

/// `--readonly` in a real terminal: the title says so, the hint line shows the keys that change definitions as
/// off, and each of them is refused with a word; testing and marking still work.
#[test]
fn read_only_refuses_every_change_and_still_tests() {
    let scratch = Scratch::new("manage-demo-readonly");
    let tmux = Tmux::start(&scratch, &["--demo", "--readonly"]);
    let screen = tmux.wait_text("all 79 loaded");
    assert!(
        screen
            .lines()
            .next()
            .unwrap_or_default()
            .contains("mode read-only"),
        "{screen}"
    );
    assert!(
        screen.contains("d off") && screen.contains("e off"),
        "{screen}"
    );
    for key in ["d", "e", "E", "n", "C"] {
        tmux.keys(&[key]);
        tmux.wait_text(&format!("read-only: {key} is off"));
    }
    tmux.keys(&["Space"]);
    tmux.wait_text("1 marked");
    tmux.keys(&["t"]);
    tmux.wait_text("Last test: passed");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}
