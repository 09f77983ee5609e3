//! End to end, over HTTP: editing (the stored password kept), deleting (one by its name, several marked with one
//! refused) and testing connections with the real binary's keys in a real terminal (a private tmux server, 120×35), and what plain moto's missing
//! operations look like to a user.
//!
//! The server is the TEST FIXTURE `tests/moto_manage.py`: moto 5.2 with DeleteConnection, BatchDeleteConnection,
//! UpdateConnection and TestConnection added on moto's own store, so what the app deletes is gone from moto's
//! GetConnections too (checked with `export`). `--protect NAME` refuses NAME's delete as an IAM Deny would;
//! `--unreachable NAME` fails NAME's TestConnection. Plain moto answers those operations with a bare HTTP 500 page.

use crate::support::e2e::wizard::{
    list_row, pick_type, start_app, state_home, to_section, type_into, wait_focus,
};
use crate::support::e2e::{Moto, Scratch, Tmux, exported, sorted_names};

const PREFIX: &str = "seed";

/// Filters the list to `name` (kept with Enter) and waits until the detail pane shows it.
fn select(tmux: &Tmux, name: &str) {
    tmux.type_text(&format!("/{name}"));
    tmux.keys(&["Enter"]);
    tmux.wait_text(&format!("┌ {name} "));
}

fn names_on(moto: &Moto) -> Vec<String> {
    let connections = exported(&moto.endpoint(), false);
    sorted_names(&connections)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn delete_one_by_name_then_two_marked_with_one_refused_over_http() {
    let scratch = Scratch::new("manage-moto-delete");
    let moto = Moto::start_with_manage(&scratch, &["--protect", "seed-0005-kafka"]);
    moto.seed(8, PREFIX);
    let state = state_home(&scratch);
    let tmux = start_app(&scratch, &moto, &state);
    tmux.wait_text("all 8 loaded");

    // One, by its name: DeleteConnection.
    select(&tmux, "seed-0003-network");
    tmux.keys(&["d"]);
    tmux.wait_text("Type seed-0003-network to delete it:");
    tmux.type_text("seed-0003-network");
    tmux.keys(&["Enter"]);
    tmux.wait_text("Deleted seed-0003-network");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_text("all 7 loaded");
    assert!(list_row(&screen, "seed-0003-network").is_none(), "{screen}");
    assert!(
        !names_on(&moto).contains(&"seed-0003-network".to_string()),
        "moto still has it"
    );

    // Two marked by the filter's `*`: BatchDeleteConnection; the protected one stays, marked, with its reason.
    tmux.type_text("/kafka");
    tmux.keys(&["Enter"]);
    tmux.wait_text("┌ seed-000");
    tmux.keys(&["*"]);
    tmux.wait_text("2 marked");
    tmux.keys(&["d"]);
    tmux.wait_text("Type 2 (how many) to delete them:");
    tmux.type_text("2");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("Deleted 1 of 2");
    assert!(
        screen.contains("not seed-0005-kafka") && screen.contains("AccessDenied"),
        "{screen}"
    );
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_text("all 6 loaded · 1 marked");
    assert!(list_row(&screen, "seed-0001-kafka").is_none(), "{screen}");
    assert!(list_row(&screen, "seed-0005-kafka").is_some(), "{screen}");
    let left = names_on(&moto);
    assert_eq!(left.len(), 6, "{left:?}");
    assert!(left.contains(&"seed-0005-kafka".to_string()), "{left:?}");
    assert!(!left.contains(&"seed-0001-kafka".to_string()), "{left:?}");

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

#[test]
fn t_tests_over_http_and_the_detail_pane_says_how_it_went() {
    let scratch = Scratch::new("manage-moto-test");
    let moto = Moto::start_with_manage(&scratch, &["--unreachable", "seed-0002-mongodb"]);
    moto.seed(4, PREFIX);
    let state = state_home(&scratch);
    let tmux = start_app(&scratch, &moto, &state);
    tmux.wait_text("all 4 loaded");

    select(&tmux, "seed-0002-mongodb");
    tmux.keys(&["t"]);
    let screen = tmux.wait_text("Last test: failed");
    assert!(screen.contains("could not connect"), "{screen}");

    tmux.keys(&["Escape"]);
    select(&tmux, "seed-0001-kafka");
    tmux.keys(&["t"]);
    tmux.wait_text("Last test: passed");
    tmux.wait_text("TestConnection passed for seed-0001-kafka");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

/// Plain moto lacks DeleteConnection and UpdateConnection: the user reads what came back and that the row is kept.
#[test]
fn plain_moto_without_the_operations_says_so_and_keeps_the_row() {
    let scratch = Scratch::new("manage-moto-plain");
    let moto = Moto::start(&scratch);
    moto.seed(4, PREFIX);
    let state = state_home(&scratch);
    let tmux = start_app(&scratch, &moto, &state);
    tmux.wait_text("all 4 loaded");

    select(&tmux, "seed-0001-kafka");
    tmux.keys(&["d"]);
    tmux.wait_text("Type seed-0001-kafka to delete it:");
    tmux.type_text("seed-0001-kafka");
    tmux.keys(&["Enter"]);
    tmux.wait_text("✗ Not deleted:");
    tmux.keys(&["M"]);
    let screen = tmux.wait_text("DeleteConnection got HTTP 500 from the endpoint");
    assert!(
        screen.contains("does not implement"),
        "names what a bare 500 means:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_text("t test  e edit");

    // UpdateConnection likewise: the edit form stays as typed.
    tmux.keys(&["e"]);
    tmux.wait_text("Edit seed-0001-kafka");
    pick_type(&tmux, "kafka", "KAFKA");
    wait_focus(&tmux, "Name");
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_text("UpdateConnection got HTTP 500 from the endpoint");
    assert!(
        screen.contains("Edit seed-0001-kafka"),
        "the form stays open:\n{screen}"
    );
    tmux.keys(&["Escape"]);
    tmux.wait_text("Leave");
    tmux.keys(&["d"]);
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_text("all 4 loaded");
    assert!(list_row(&screen, "seed-0001-kafka").is_some(), "{screen}");

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

/// `e` on a seeded JDBC connection, whose PASSWORD moto's HidePassword listing leaves out: the description is
/// edited, the type picked again (moto does not answer ConnectionType), and after Ctrl-S moto holds the new
/// description and still the old password — the form read it with GetConnection and carried it.
#[test]
fn edit_over_http_keeps_the_stored_password() {
    let scratch = Scratch::new("manage-moto-edit");
    let moto = Moto::start_with_manage(&scratch, &[]);
    moto.seed(8, PREFIX);
    let password_before = exported(&moto.endpoint(), true)
        .into_iter()
        .find(|c| c.name == "seed-0004-jdbc")
        .and_then(|c| c.connection_properties?.get("PASSWORD").cloned())
        .expect("the seed gives JDBC connections a password");
    let state = state_home(&scratch);
    let tmux = start_app(&scratch, &moto, &state);
    tmux.wait_text("all 8 loaded");

    select(&tmux, "seed-0004-jdbc");
    tmux.keys(&["e"]);
    tmux.wait_text("Edit seed-0004-jdbc");
    tmux.wait_text("Carried seed-0004-jdbc's stored secret (PASSWORD)");
    pick_type(&tmux, "jdbc", "JDBC");
    wait_focus(&tmux, "Name");
    tmux.keys(&["Tab"]);
    wait_focus(&tmux, "Description");
    type_into(&tmux, "Description", "edited over HTTP");
    to_section(&tmux, "Options");
    tmux.keys(&["PgDn"]);
    let review = tmux.wait_text("Review  update-connection --cli-input-json");
    assert!(
        !review.contains(&password_before),
        "the password stays masked:\n{review}"
    );
    let review = tmux.wait_text("against the stored definition");
    assert!(
        review.contains("ConnectionProperties.PASSWORD: unchanged (secret)"),
        "{review}"
    );
    tmux.keys(&["C-s"]);
    // "Updated …", then (a second later, after following its status) "… is READY".
    tmux.wait_for("the update said", |s| {
        s.contains("Updated seed-0004-jdbc") || s.contains("seed-0004-jdbc is READY")
    });

    let after = exported(&moto.endpoint(), true)
        .into_iter()
        .find(|c| c.name == "seed-0004-jdbc")
        .expect("still there");
    assert_eq!(after.description.as_deref(), Some("edited over HTTP"));
    assert_eq!(
        after
            .connection_properties
            .and_then(|p| p.get("PASSWORD").cloned())
            .as_deref(),
        Some(password_before.as_str()),
        "the update carried the stored password"
    );
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}
