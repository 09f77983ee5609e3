//! `:profile P` driven through `update` as the event loop drives it: the shared AWS files are read by an effect
//! (`Effect::CheckProfile`), and only its answer switches the profile — or says it does not exist and keeps the one
//! in use, with no new listing.

use std::path::PathBuf;

use crossterm::event::KeyCode;
use glue_tui::glue::GlueCall;
use glue_tui::glue::profiles::{FileKind, check_texts};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Focus, Level, Model, Session};
use glue_tui::update::{init, update};

use crate::support::keys::{ch, key, typed};
use crate::support::model::{conn, fetches, loaded, session};

fn command(model: &mut Model, line: &str) -> Vec<Effect> {
    update(model, ch(':'));
    typed(model, line);
    update(model, key(KeyCode::Enter))
}

/// A browser on profile `dev` with one row loaded.
fn browsing(demo: bool) -> Model {
    let session = Session {
        profile: Some("dev".into()),
        demo,
        ..session()
    };
    let mut model = Model::new(session, 120, 35);
    init(&mut model);
    let generation = model.list.generation;
    loaded(
        &mut model,
        generation,
        vec![conn("orders-db", "JDBC")],
        None,
    );
    model
}

/// What the effect answers for `nosuch` when the config file holds `default` and `dev` and there is no
/// credentials file: the real check, on texts instead of files.
fn unknown_nosuch() -> String {
    check_texts(
        "nosuch",
        &[
            (
                FileKind::Config,
                PathBuf::from("/home/u/.aws/config"),
                Some("[default]\n[profile dev]\n[sso-session corp]\n".into()),
            ),
            (
                FileKind::Credentials,
                PathBuf::from("/home/u/.aws/credentials"),
                None,
            ),
        ],
    )
    .expect_err("nosuch is not in the files")
    .to_string()
}

#[test]
fn profile_asks_the_effect_to_read_the_files_and_lists_nothing_yet() {
    let mut model = browsing(false);
    let generation = model.list.generation;
    let effects = command(&mut model, "profile nosuch");
    assert_eq!(
        effects,
        [Effect::CheckProfile {
            profile: "nosuch".into()
        }]
    );
    assert_eq!(model.session.profile.as_deref(), Some("dev"));
    assert_eq!(model.list.generation, generation, "a listing started");
    assert_eq!(model.focus, Focus::List);
}

#[test]
fn an_unknown_profile_is_named_with_the_files_and_the_profiles_and_the_current_one_stays() {
    let mut model = browsing(false);
    let generation = model.list.generation;
    command(&mut model, "profile nosuch");
    let message = unknown_nosuch();
    let effects = update(
        &mut model,
        Msg::ProfileChecked {
            profile: "nosuch".into(),
            result: Err(message.clone()),
        },
    );
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(model.session.profile.as_deref(), Some("dev"));
    assert_eq!(model.list.generation, generation, "a listing started");
    assert_eq!(model.list.items.len(), 1, "the rows were dropped");
    let shown = model.message.as_ref().expect("a status message");
    assert_eq!(shown.level, Level::Error);
    assert_eq!(shown.text, message);
    assert_eq!(
        shown.text,
        "profile nosuch does not exist; the profiles are default, dev (read /home/u/.aws/config; no file \
         /home/u/.aws/credentials)"
    );
}

#[test]
fn a_profile_that_exists_switches_and_lists_again() {
    let mut model = browsing(false);
    let generation = model.list.generation;
    command(&mut model, "profile default");
    let effects = update(
        &mut model,
        Msg::ProfileChecked {
            profile: "default".into(),
            result: Ok(()),
        },
    );
    assert_eq!(model.session.profile.as_deref(), Some("default"));
    assert_eq!(fetches(&effects).len(), 1, "{effects:?}");
    assert!(model.list.generation > generation);
    let Some(Effect::Glue {
        session,
        call: GlueCall::GetConnectionsPage { .. },
    }) = effects.first()
    else {
        panic!("a FetchPage first: {effects:?}");
    };
    assert_eq!(session.profile.as_deref(), Some("default"));
    assert_eq!(model.message.as_ref().unwrap().text, "Profile default");
}

#[test]
fn the_demo_switches_at_once_it_has_no_profiles_to_check() {
    let mut model = browsing(true);
    let effects = command(&mut model, "profile anything");
    assert_eq!(fetches(&effects).len(), 1, "{effects:?}");
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::CheckProfile { .. }))
    );
    assert_eq!(model.session.profile.as_deref(), Some("anything"));
}
