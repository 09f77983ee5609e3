//! `update` driven by messages, as the event loop drives it: no runtime, no terminal.

use crossterm::event::KeyCode;
use glue_tui::glue::{ErrorKind, GlueCall, GlueError, GlueReply};
use glue_tui::model::Connection;
use glue_tui::msg::{CopyDestination, CopyReport, Effect, Msg};
use glue_tui::state::{Focus, Model, Session};
use glue_tui::update::{init, update};

use crate::support::keys::{ch, ctrl, key, typed};
use crate::support::model::{conn, fetches, loaded, screen, session, status};

fn rows(prefix: &str, range: std::ops::Range<usize>) -> Vec<Connection> {
    range
        .map(|i| {
            conn(
                &format!("{prefix}-{i:03}"),
                if i % 2 == 0 { "JDBC" } else { "KAFKA" },
            )
        })
        .collect()
}

fn selected(model: &Model) -> String {
    model
        .selected_connection()
        .map(|c| c.name.clone())
        .unwrap_or_default()
}

/// A model 120×35 (the list shows about 27 rows) with its first page requested.
fn started() -> (Model, Vec<Effect>) {
    let mut model = Model::new(session(), 120, 35);
    let effects = init(&mut model);
    (model, effects)
}

#[test]
fn start_up_requests_the_first_page_with_hidden_passwords() {
    let (model, effects) = started();
    assert_eq!(fetches(&effects), [(1, None)]);
    let Effect::Glue {
        call: GlueCall::GetConnectionsPage { request, .. },
        ..
    } = &effects[0]
    else {
        panic!()
    };
    assert!(request.hide_password);
    assert_eq!(request.max_results, 10);
    assert!(model.list.in_flight);
}

#[test]
fn pages_keep_coming_while_the_screen_is_not_full_then_stop() {
    let (mut model, _) = started();
    // The list shows 29 rows: while the selection is within a screen of the last row, the next page is wanted.
    let fx = loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    assert_eq!(fetches(&fx), [(1, Some("t1".into()))]);
    let fx = loaded(&mut model, 1, rows("a", 10..20), Some("t2"));
    assert_eq!(fetches(&fx), [(1, Some("t2".into()))]);
    let fx = loaded(&mut model, 1, rows("a", 20..30), Some("t3"));
    assert!(
        fetches(&fx).is_empty(),
        "30 rows fill the screen: no more until the user moves"
    );
    // Moving down to within a screen of the last row asks for the next page, once while it is in flight.
    let mut asked = Vec::new();
    for _ in 0..5 {
        asked.extend(fetches(&update(&mut model, ch('j'))));
    }
    assert_eq!(asked, [(1, Some("t3".into()))]);
    assert_eq!(model.list.items.len(), 30);
}

#[test]
fn load_all_fetches_every_remaining_page() {
    let (mut model, _) = started();
    for (i, token) in ["t1", "t2", "t3", "t4"].iter().enumerate() {
        loaded(&mut model, 1, rows("a", i * 10..i * 10 + 10), Some(token));
    }
    assert!(
        !model.list.in_flight,
        "a full screen is loaded: paging rests"
    );
    assert_eq!(
        fetches(&update(&mut model, ch('L'))),
        [(1, Some("t4".into()))]
    );
    let fx = loaded(&mut model, 1, rows("a", 40..50), Some("t5"));
    assert_eq!(fetches(&fx), [(1, Some("t5".into()))]);
    let fx = loaded(&mut model, 1, rows("a", 50..55), None);
    assert!(fetches(&fx).is_empty());
    assert!(model.list.complete);
    assert_eq!(model.list.items.len(), 55);
}

#[test]
fn a_reload_drops_late_pages_of_the_old_listing() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    let fx = update(&mut model, ch('r'));
    // The old listing's page 2 is in flight; the reload still starts generation 2 without waiting for it.
    assert_eq!(fetches(&fx), [(2, None)]);
    let fx = loaded(&mut model, 1, rows("stale", 0..10), Some("old"));
    assert!(fx.is_empty());
    assert!(
        model
            .list
            .items
            .iter()
            .all(|c| !c.name.starts_with("stale"))
    );
    loaded(&mut model, 2, rows("b", 0..5), None);
    assert_eq!(model.list.items.len(), 5);
    assert!(model.list.items.iter().all(|c| c.name.starts_with("b-")));
}

#[test]
fn a_failed_page_keeps_rows_and_r_resumes_from_the_same_token() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    let err = GlueError::new(ErrorKind::Throttled, "GetConnections", "Rate exceeded");
    let fx = update(
        &mut model,
        Msg::Glue(GlueReply::GetConnectionsPage {
            generation: 1,
            result: Err(err),
        }),
    );
    assert!(fx.is_empty(), "no automatic retry storm after a failure");
    assert_eq!(model.list.items.len(), 10);
    let status = model.message.as_ref().unwrap().text.clone();
    assert!(status.contains("throttling"), "{status}");
    // Moving does not hammer the failed page either.
    assert!(fetches(&update(&mut model, ch('j'))).is_empty());
    assert_eq!(
        fetches(&update(&mut model, ch('r'))),
        [(1, Some("t1".into()))]
    );
    loaded(&mut model, 1, rows("a", 10..12), None);
    assert_eq!(model.list.items.len(), 12);
    let names: std::collections::HashSet<_> = model.list.items.iter().map(|c| &c.name).collect();
    assert_eq!(names.len(), 12, "no duplicates");
}

/// `r` after a failed first page says it is retrying, and a second failure says it is the second: the same text
/// again would look as if `r` did nothing.
#[test]
fn r_after_a_failed_first_page_says_it_retries_and_a_second_failure_says_so() {
    let (mut model, _) = started();
    let fail = |model: &mut Model, generation: u64| {
        let err = GlueError::new(
            ErrorKind::Unreachable,
            "GetConnections",
            "connection refused",
        );
        update(
            model,
            Msg::Glue(GlueReply::GetConnectionsPage {
                generation,
                result: Err(err),
            }),
        );
        model.message.as_ref().unwrap().text.clone()
    };
    let first = fail(&mut model, 1);
    assert!(!first.starts_with("Failed again"), "{first}");
    let fx = update(&mut model, ch('r'));
    let generation = fetches(&fx)[0].0;
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "Retrying: listing again from the first page"
    );
    let second = fail(&mut model, generation);
    assert!(second.starts_with("Failed again (2 tries): "), "{second}");
    assert!(second.ends_with(&first), "{second} / {first}");
    // A new listing (another catalog) is not a retry: its failure is a first again.
    typed(&mut model, ":catalog 123456789012");
    let fx = update(&mut model, key(KeyCode::Enter));
    let generation = fetches(&fx)[0].0;
    let other = fail(&mut model, generation);
    assert!(!other.starts_with("Failed again"), "{other}");
}

#[test]
fn rows_repeated_by_the_server_are_shown_once() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    loaded(&mut model, 1, rows("a", 5..15), None);
    assert_eq!(model.list.items.len(), 15);
}

#[test]
fn the_selection_is_kept_by_name_across_a_reload_even_when_it_moved_pages() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    loaded(&mut model, 1, rows("a", 10..20), Some("t2"));
    for _ in 0..12 {
        update(&mut model, ch('j'));
    }
    assert_eq!(selected(&model), "a-012");
    let fx = update(&mut model, ch('r'));
    let generation = fetches(&fx)[0].0;
    // New rows were created ahead of it, so it is on the second page now; the reload keeps paging to find it.
    let mut first = rows("a", 0..8);
    first.insert(0, conn("0-new", "JDBC"));
    first.insert(0, conn("0-newer", "JDBC"));
    let fx = loaded(&mut model, generation, first, Some("n1"));
    assert_eq!(fetches(&fx), [(generation, Some("n1".into()))]);
    loaded(&mut model, generation, rows("a", 8..18), Some("n2"));
    assert_eq!(selected(&model), "a-012");
}

#[test]
fn the_filter_narrows_as_you_type_loads_everything_and_esc_clears() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    loaded(&mut model, 1, rows("a", 10..20), Some("t2"));
    loaded(&mut model, 1, rows("a", 20..30), Some("t3"));
    loaded(&mut model, 1, rows("a", 30..40), Some("t4"));
    update(&mut model, ch('/'));
    assert_eq!(model.focus, Focus::Filter);
    let fx = typed(&mut model, "type:kafka");
    assert_eq!(
        fetches(&fx),
        [(1, Some("t4".into()))],
        "an active query pages through the rest"
    );
    assert_eq!(model.visible_len(), 20);
    assert!(
        model
            .filter
            .visible()
            .iter()
            .all(|&i| model.list.items[i].connection_type.as_deref() == Some("KAFKA"))
    );
    let fx = loaded(&mut model, 1, rows("a", 40..50), None);
    assert!(fetches(&fx).is_empty());
    assert_eq!(model.visible_len(), 25);
    typed(&mut model, " 04");
    assert_eq!(selected(&model), "a-041");
    // Enter keeps the query and returns to the list, with the selection on a match.
    update(&mut model, key(KeyCode::Enter));
    assert_eq!(model.focus, Focus::List);
    assert_eq!(model.filter_input.text(), "type:kafka 04");
    // Esc in the filter clears it; the selection stays on the same connection.
    update(&mut model, ch('/'));
    update(&mut model, key(KeyCode::Esc));
    assert_eq!(model.visible_len(), 50);
    assert_eq!(selected(&model), "a-041");
}

#[test]
fn commands_change_the_catalog_and_server_filter_and_start_a_new_listing() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..5), None);
    update(&mut model, ch(':'));
    let fx = typed(&mut model, "catalog 999999999999");
    assert!(fx.is_empty());
    let fx = update(&mut model, key(KeyCode::Enter));
    let Effect::Glue {
        call: GlueCall::GetConnectionsPage {
            generation,
            request,
        },
        ..
    } = &fx[0]
    else {
        panic!("{fx:?}")
    };
    assert_eq!(*generation, 2);
    assert_eq!(request.catalog_id.as_deref(), Some("999999999999"));
    update(&mut model, ch(':'));
    typed(&mut model, "type kafka");
    let fx = update(&mut model, key(KeyCode::Enter));
    let Effect::Glue {
        call: GlueCall::GetConnectionsPage { request, .. },
        ..
    } = &fx[0]
    else {
        panic!()
    };
    assert_eq!(request.filter.connection_type.as_deref(), Some("KAFKA"));
    update(&mut model, ch(':'));
    typed(&mut model, "match prod orders");
    let fx = update(&mut model, key(KeyCode::Enter));
    let Effect::Glue {
        call: GlueCall::GetConnectionsPage { request, .. },
        ..
    } = &fx[0]
    else {
        panic!()
    };
    assert_eq!(request.filter.match_criteria, ["prod", "orders"]);
}

#[test]
fn a_mistyped_command_keeps_the_line_and_says_what_went_wrong() {
    let (mut model, _) = started();
    update(&mut model, ch(':'));
    typed(&mut model, "catalgo 1");
    let fx = update(&mut model, key(KeyCode::Enter));
    assert!(fx.is_empty());
    assert_eq!(model.focus, Focus::Command);
    assert_eq!(model.command_input.text(), "catalgo 1");
    assert!(
        model
            .message
            .as_ref()
            .unwrap()
            .text
            .starts_with("Unknown command :catalgo")
    );
}

fn with_password() -> Connection {
    let mut c = conn("db", "JDBC");
    c.connection_properties = Some(
        [("USERNAME", "admin"), ("PASSWORD", "hunter2")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    );
    c
}

fn copied_text(effects: &[Effect]) -> String {
    match effects {
        [Effect::Copy { text, .. }] => text.clone(),
        other => panic!("expected one Copy, got {other:?}"),
    }
}

#[test]
fn copy_leaves_passwords_out_unless_fetched_and_revealed() {
    let (mut model, _) = started();
    loaded(&mut model, 1, vec![with_password()], None);
    let text = copied_text(&update(&mut model, ch('y')));
    assert!(
        text.contains("\"USERNAME\": \"admin\"") && !text.contains("hunter2"),
        "{text}"
    );
    // Without --show-passwords, x explains instead of revealing.
    update(&mut model, ch('x'));
    assert!(!model.revealed);
    assert!(!copied_text(&update(&mut model, ch('y'))).contains("hunter2"));

    let mut model = Model::new(
        Session {
            show_passwords: true,
            ..session()
        },
        120,
        35,
    );
    init(&mut model);
    loaded(&mut model, 1, vec![with_password()], None);
    assert!(
        !copied_text(&update(&mut model, ch('y'))).contains("hunter2"),
        "fetched but not revealed"
    );
    update(&mut model, ch('x'));
    assert!(copied_text(&update(&mut model, ch('y'))).contains("hunter2"));
}

#[test]
fn the_copy_report_says_how_many_bytes_went_where() {
    let (mut model, _) = started();
    update(
        &mut model,
        Msg::Copied(Ok(CopyReport {
            bytes: 1234,
            destination: CopyDestination::Osc52,
            what: "db JSON".into(),
        })),
    );
    assert_eq!(
        model.message.as_ref().unwrap().text,
        "Copied 1,234 bytes of db JSON to the terminal clipboard (OSC 52)"
    );
}

#[test]
fn quit_keys_and_signals() {
    for msg in [ch('q'), ctrl('c'), Msg::Terminate] {
        let (mut model, _) = started();
        assert_eq!(update(&mut model, msg), [Effect::Quit]);
        assert!(model.quitting);
    }
    // q typed into the filter is text, not quit.
    let (mut model, _) = started();
    update(&mut model, ch('/'));
    update(&mut model, ch('q'));
    assert!(!model.quitting);
    assert_eq!(model.filter_input.text(), "q");
}

/// Whether the detail pane (the right half) shows a row holding `text`.
fn detail_shows(model: &Model, text: &str) -> bool {
    let half = usize::from(model.width / 2);
    screen(model)
        .lines()
        .any(|l| l.chars().skip(half).collect::<String>().contains(text))
}

#[test]
fn detail_focus_scrolls_and_esc_comes_back() {
    let (mut model, _) = started();
    // Sixty properties: far more than the 35-row screen shows.
    let mut big = conn("big-detail", "JDBC");
    big.connection_properties = Some(
        (0..60)
            .map(|i| (format!("KEY_{i:02}"), format!("value-{i:02}")))
            .collect(),
    );
    loaded(&mut model, 1, vec![big, conn("other", "KAFKA")], None);
    let first_row = "Name                   big-detail";
    assert!(detail_shows(&model, first_row), "{}", screen(&model));
    assert!(detail_shows(&model, "value-00"), "{}", screen(&model));
    assert!(!detail_shows(&model, "value-59"), "{}", screen(&model));

    update(&mut model, key(KeyCode::Enter));
    assert_eq!(model.focus, Focus::Detail);
    // One line down: the first row scrolls out, the selection stays.
    update(&mut model, ch('j'));
    assert_eq!(model.detail.scroll, 1);
    assert!(!detail_shows(&model, first_row), "{}", screen(&model));
    assert_eq!(selected(&model), "big-detail");
    // To the end: the last property comes into view, the first ones are gone.
    update(&mut model, ch('G'));
    let text = screen(&model);
    assert!(detail_shows(&model, "value-59"), "{text}");
    assert!(!detail_shows(&model, "value-00"), "{text}");
    // Past the end does not scroll further.
    let bottom = model.detail.scroll;
    update(&mut model, ch('j'));
    assert_eq!(model.detail.scroll, bottom);

    update(&mut model, key(KeyCode::Esc));
    assert_eq!(model.focus, Focus::List);
    // In the list again, j moves the selection instead of the pane.
    update(&mut model, ch('j'));
    assert_eq!(selected(&model), "other");
    assert_eq!(
        model.detail.scroll, 0,
        "the next connection starts at its top"
    );
}

fn copied(model: &mut Model) {
    update(
        model,
        Msg::Copied(Ok(CopyReport {
            bytes: 10,
            what: "db JSON".into(),
            destination: CopyDestination::SystemClipboard,
        })),
    );
}

/// Starts a listing of two pages with `L` pressed, an outcome arriving while the second page is on its way.
fn outcome_then_last_page(ticks_between: u64, key_between: bool) -> Model {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    update(&mut model, ch('L'));
    copied(&mut model);
    for _ in 0..ticks_between {
        update(&mut model, Msg::Tick(std::time::Instant::now()));
    }
    if key_between {
        update(&mut model, ch('k'));
    }
    loaded(&mut model, 1, rows("b", 0..10), None);
    assert!(model.list.complete);
    model
}

#[test]
fn background_progress_does_not_replace_a_fresh_outcome() {
    let model = outcome_then_last_page(3, false);
    assert_eq!(
        status(&model),
        "Copied 10 bytes of db JSON to the system clipboard",
        "the outcome stays; the load state still says all are loaded"
    );
}

#[test]
fn background_progress_replaces_an_outcome_once_the_user_acted_or_time_passed() {
    let model = outcome_then_last_page(0, true);
    assert_eq!(status(&model), "All 20 connections loaded", "after a key");
    let model = outcome_then_last_page(glue_tui::state::OUTCOME_HOLD_TICKS, false);
    assert_eq!(
        status(&model),
        "All 20 connections loaded",
        "after the hold"
    );
}

/// A page that gets no answer: after 3 s the status bar says how long and which attempt, ticking with the clock the
/// ticks carry; when the page finally fails every loaded row stays, and `r` resumes from that page's token.
#[test]
fn a_stalled_page_says_how_long_it_has_waited_keeps_the_rows_and_r_resumes_from_it() {
    let (mut model, _) = started();
    // Ten rows fill less than a screen, so the next page is asked for at once.
    let effects = loaded(&mut model, 1, rows("a", 0..10), Some("t1"));
    assert_eq!(fetches(&effects), [(1, Some("t1".to_string()))]);
    let t0 = std::time::Instant::now();
    update(
        &mut model,
        Msg::AttemptStarted {
            generation: 1,
            attempt: 1,
            max_attempts: 3,
            at: t0,
        },
    );
    update(
        &mut model,
        Msg::Tick(t0 + std::time::Duration::from_secs(1)),
    );
    assert_eq!(model.waiting_note(), None, "a second is not worth a word");
    update(
        &mut model,
        Msg::Tick(t0 + std::time::Duration::from_secs(7)),
    );
    assert_eq!(
        model.waiting_note().as_deref(),
        Some("no answer from Glue for 7 s — attempt 1 of 3")
    );
    update(
        &mut model,
        Msg::Tick(t0 + std::time::Duration::from_secs(8)),
    );
    assert_eq!(
        model.waiting_note().as_deref(),
        Some("no answer from Glue for 8 s — attempt 1 of 3"),
        "it ticks"
    );

    let no_answer = GlueError::new(
        ErrorKind::NoAnswer {
            seconds: 20,
            attempts: 3,
        },
        "GetConnections",
        "",
    );
    update(
        &mut model,
        Msg::Glue(GlueReply::GetConnectionsPage {
            generation: 1,
            result: Err(no_answer),
        }),
    );
    assert_eq!(model.list.items.len(), 10, "no loaded row is lost");
    assert_eq!(model.waiting_note(), None, "nothing is in flight any more");
    let effects = update(&mut model, ch('r'));
    assert_eq!(
        fetches(&effects),
        [(1, Some("t1".to_string()))],
        "r resumes from the page that failed"
    );
    assert_eq!(model.list.items.len(), 10);
}

/// A message of the user's own action (a copy) gives way after five seconds of ticks — the runner ticks while it
/// waits, and stops once it is gone; an error stays through ticks until the next key.
#[test]
fn info_messages_expire_and_errors_wait_for_the_next_key() {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    loaded(&mut model, 1, rows("a", 0..10), None);
    assert!(!model.wants_ticks(), "idle, nothing ticks");
    copied(&mut model);
    assert!(
        status(&model).contains("Copied 10 bytes"),
        "{}",
        status(&model)
    );
    assert!(
        model.wants_ticks(),
        "a message waiting to expire keeps the ticks coming"
    );
    let tick = |m: &mut Model| {
        update(m, Msg::Tick(std::time::Instant::now()));
    };
    for _ in 0..glue_tui::state::MESSAGE_TICKS - 1 {
        tick(&mut model);
    }
    assert!(
        status(&model).contains("Copied 10 bytes"),
        "still there before 5 s"
    );
    tick(&mut model);
    assert!(!status(&model).contains("Copied"), "{}", status(&model));
    assert!(!model.wants_ticks());

    model.error("Copy failed: no clipboard");
    for _ in 0..2 * glue_tui::state::MESSAGE_TICKS {
        tick(&mut model);
    }
    assert!(
        status(&model).contains("Copy failed"),
        "errors do not expire"
    );
    assert!(!model.wants_ticks());
    update(&mut model, ch('j'));
    assert!(
        !status(&model).contains("Copy failed"),
        "read, and gone with the next key"
    );
}

/// Every message goes into the log `M` shows, newest last; a message repeated at once is one entry; the log is
/// bounded; and an informational message still expires from the status line after its ticks while the log keeps it.
#[test]
fn the_message_log_keeps_each_message_once_and_bounded() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..3), None);
    model.info("first");
    model.info("second");
    model.info("second");
    model.error("it broke");
    let texts: Vec<&str> = model.message_log.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["first", "second", "it broke"]);
    for i in 0..250 {
        model.info(format!("n{i}"));
    }
    assert_eq!(
        model.message_log.len(),
        glue_tui::state::MESSAGE_LOG,
        "bounded"
    );
    assert_eq!(model.message_log.back().unwrap().text, "n249");
    for _ in 0..glue_tui::state::MESSAGE_TICKS {
        update(&mut model, Msg::Tick(std::time::Instant::now()));
    }
    assert!(model.message.is_none(), "gone from the status line");
    assert_eq!(
        model.message_log.back().unwrap().text,
        "n249",
        "kept in the log"
    );
    // M opens the log over the list and takes j/k; Esc gives the keys back to the list.
    update(&mut model, ch('M'));
    assert!(model.messages_open());
    let selected_before = model.selected;
    update(&mut model, ch('j'));
    assert_eq!(
        model.selected, selected_before,
        "j scrolls the log, not the list"
    );
    update(&mut model, key(KeyCode::Esc));
    assert!(!model.messages_open());
}

/// The `:` line's current text.
fn command_line(model: &Model) -> String {
    model.command_input.text().to_string()
}

/// Tab on the command line completes the command (a space after one that takes an argument), then its argument:
/// several candidates extend to what they share and show on the hint line, Tab again walks them, Enter runs.
#[test]
fn tab_completes_commands_and_regions_on_the_command_line() {
    let (mut model, _) = started();
    loaded(&mut model, 1, rows("a", 0..3), None);
    update(&mut model, ch(':'));
    typed(&mut model, "reg");
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "region ");
    typed(&mut model, "eu-w");
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "region eu-west-");
    let hints = screen(&model)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(
        hints.contains("Tab: eu-west-1 · eu-west-2 · eu-west-3"),
        "{hints}"
    );
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "region eu-west-1");
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "region eu-west-2");
    // Another key ends the walk: the next Tab completes what the line holds then (nothing more in common: the
    // first candidate at once).
    update(&mut model, key(KeyCode::Backspace));
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "region eu-west-1");
    update(&mut model, key(KeyCode::Backspace));
    typed(&mut model, "3");
    update(&mut model, key(KeyCode::Enter));
    assert_eq!(model.session.region.as_deref(), Some("eu-west-3"));

    update(&mut model, ch(':'));
    typed(&mut model, "type kaf");
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "type KAFKA");
    update(&mut model, key(KeyCode::Esc));
    update(&mut model, ch(':'));
    typed(&mut model, "region xx-");
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(
        command_line(&model),
        "region xx-",
        "nothing to complete: unchanged"
    );
    assert_eq!(
        model.message.as_ref().map(|m| m.text.as_str()),
        Some("No region starts with “xx-”")
    );
}

/// Outside the demo, opening the command line reads the profile names once (an effect); `:profile` Tab completes
/// from them, and asks again only while they have not come.
#[test]
fn tab_completes_profiles_from_the_shared_files() {
    let (mut model, _) = started();
    model.session.demo = false;
    loaded(&mut model, 1, rows("a", 0..3), None);
    assert_eq!(update(&mut model, ch(':')), [Effect::ListProfiles]);
    typed(&mut model, "profile d");
    assert_eq!(
        update(&mut model, key(KeyCode::Tab)),
        [Effect::ListProfiles],
        "not read yet: asks, and says to Tab again"
    );
    update(
        &mut model,
        Msg::ProfilesListed(vec!["default".into(), "dev".into(), "prod".into()]),
    );
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "profile de");
    update(&mut model, key(KeyCode::Tab));
    assert_eq!(command_line(&model), "profile default");
    update(&mut model, key(KeyCode::Esc));
    assert!(
        update(&mut model, ch(':')).is_empty(),
        "the names are read once"
    );
}
