//! The create wizard driven by keys through `update`, as a user drives it: what each key does to the form, which
//! effects leave, and what the screen is left saying. No runtime, no terminal.

use std::collections::BTreeMap;

use crossterm::event::KeyCode;
use glue_tui::glue::{GlueCall, GlueReply};
use glue_tui::model::{
    Connection, ConnectionInput, ConnectionTypeDescription, CreateConnectionRequest,
};
use glue_tui::msg::{Effect, Msg};
use glue_tui::state::{Ask, Level, Model};
use glue_tui::update::init;
use glue_tui::wizard::form::{FieldView, NAME, PASSWORD, Section, property_path};
use serde_json::json;

use crate::support::keys::{alt, ch, ctrl, key, press, tab_to, typed};
use crate::support::model::{
    demo_description, described_types, loaded, screen, session, status, wizard,
};

// ---- what the user sees -----------------------------------------------------------------------------------------

fn focused(model: &Model) -> FieldView {
    let w = wizard(model);
    w.form
        .fields()
        .get(w.form.focus)
        .cloned()
        .unwrap_or_else(|| panic!("no field has the focus in {:?}", w.form.section))
}

fn labels(model: &Model) -> Vec<String> {
    wizard(model)
        .form
        .fields()
        .into_iter()
        .map(|f| f.label)
        .collect()
}

fn paths(model: &Model) -> Vec<String> {
    wizard(model)
        .form
        .fields()
        .into_iter()
        .map(|f| f.path)
        .collect()
}

fn request(model: &Model) -> CreateConnectionRequest {
    wizard(model).form.to_request()
}

fn creates(effects: &[Effect]) -> Vec<CreateConnectionRequest> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::CreateConnection { request },
                ..
            } => Some((**request).clone()),
            _ => None,
        })
        .collect()
}

/// The ListConnectionTypes calls among `effects`, by the origin they were asked for.
fn type_lists(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Glue {
                call: GlueCall::ListConnectionTypes { origin },
                ..
            } => Some(origin.clone()),
            _ => None,
        })
        .collect()
}

// ---- set-ups ----------------------------------------------------------------------------------------------------

/// The browser with its first page requested, nothing loaded yet.
fn browser() -> Model {
    let mut model = Model::new(session(), 120, 35);
    init(&mut model);
    model
}

/// `n`, then the type picked by typing its name and Enter.
fn new_form(ty: &str) -> (Model, Vec<Effect>) {
    let mut model = browser();
    let mut effects = press(&mut model, ch('n'));
    effects.extend(typed(&mut model, ty));
    effects.extend(press(&mut model, key(KeyCode::Enter)));
    (model, effects)
}

/// A JDBC form filled by keys: name, host, `port`, engine (Ctrl-N), user name and password.
fn jdbc_form(port: &str) -> Model {
    let (mut model, _) = new_form("jdbc");
    typed(&mut model, "orders-db");
    tab_to(&mut model, "Host");
    typed(&mut model, "db.internal");
    tab_to(&mut model, "Port");
    typed(&mut model, port);
    tab_to(&mut model, "Engine");
    press(&mut model, ctrl('n'));
    tab_to(&mut model, "User name");
    typed(&mut model, "admin");
    tab_to(&mut model, "Password");
    typed(&mut model, "s3cret");
    model
}

// ---- opening and picking a type ---------------------------------------------------------------------------------

#[test]
fn n_opens_the_wizard_on_the_type_picker_and_kafka_enter_picks_kafka() {
    let mut model = browser();
    let effects = press(&mut model, ch('n'));
    assert_eq!(type_lists(&effects).len(), 1, "{effects:?}");
    assert_eq!(effects.len(), 1, "{effects:?}");
    assert_eq!(wizard(&model).section(), Section::Type);
    assert!(!wizard(&model).form.is_dirty());

    let mut effects = typed(&mut model, "kafka");
    assert_eq!(wizard(&model).picker.query.text(), "kafka");
    assert_eq!(
        wizard(&model).picker.highlighted().unwrap().connection_type,
        "KAFKA"
    );
    effects.extend(press(&mut model, key(KeyCode::Enter)));

    assert_eq!(request(&model).connection_input.connection_type, "KAFKA");
    assert_eq!(wizard(&model).section(), Section::Basics);
    assert_eq!(focused(&model).path, NAME);
    assert_eq!(described_types(&effects), ["KAFKA"]);
    // Moving around the form does not ask again.
    let mut later = press(&mut model, key(KeyCode::PageDown));
    later.extend(press(&mut model, key(KeyCode::PageUp)));
    later.extend(press(&mut model, key(KeyCode::PageUp)));
    later.extend(press(&mut model, key(KeyCode::Enter)));
    assert_eq!(wizard(&model).section(), Section::Basics);
    assert!(described_types(&later).is_empty(), "{later:?}");
}

/// The demo's ListConnectionTypes answer: the described SaaS types and a registered `REST-…` connector.
fn demo_list() -> Vec<glue_tui::model::ConnectionTypeBrief> {
    let v: serde_json::Value =
        serde_json::from_str(glue_tui::glue::memory::DEMO_CONNECTION_TYPE_LIST_JSON).unwrap();
    serde_json::from_value(v["ConnectionTypes"].clone()).unwrap()
}

fn listed(
    origin: &str,
    result: Result<Vec<glue_tui::model::ConnectionTypeBrief>, glue_tui::glue::GlueError>,
) -> Msg {
    Msg::Glue(GlueReply::ListConnectionTypes {
        origin: origin.to_string(),
        result,
    })
}

#[test]
fn the_picker_offers_the_types_glue_lists_and_a_registered_one_is_described_when_picked() {
    let mut model = browser();
    let asked = type_lists(&press(&mut model, ch('n')));
    assert_eq!(asked.len(), 1);
    // The answer arrives while the picker is open: the registered connector joins it, under its own heading.
    press(&mut model, listed(&asked[0], Ok(demo_list())));
    let picker = &wizard(&model).picker;
    let types: Vec<&str> = picker
        .matches()
        .iter()
        .map(|&e| picker.type_of(e))
        .collect();
    assert_eq!(types.last(), Some(&"REST-ACME-TICKETS"));
    assert_eq!(
        types.iter().filter(|t| **t == "SALESFORCE").count(),
        1,
        "a table type Glue lists too is not shown twice"
    );

    // Found by the name the console shows; Enter picks it and asks Glue to describe it.
    typed(&mut model, "acme tickets");
    assert!(wizard(&model).picker.on_listed());
    let effects = press(&mut model, key(KeyCode::Enter));
    assert_eq!(
        request(&model).connection_input.connection_type,
        "REST-ACME-TICKETS"
    );
    assert_eq!(wizard(&model).section(), Section::Basics);
    assert_eq!(described_types(&effects), ["REST-ACME-TICKETS"]);

    // The list is kept for this account and region: a second wizard does not ask again.
    let mut model = browser();
    let first = type_lists(&press(&mut model, ch('n')));
    press(&mut model, listed(&first[0], Ok(demo_list())));
    press(&mut model, key(KeyCode::Esc));
    assert!(model.wizard().is_none());
    assert!(type_lists(&press(&mut model, ch('n'))).is_empty());
    assert!(
        wizard(&model).picker.brief("REST-ACME-TICKETS").is_some(),
        "the kept list is in the new picker"
    );
}

#[test]
fn without_glues_list_the_table_serves_and_the_next_wizard_asks_again() {
    let mut model = browser();
    let asked = type_lists(&press(&mut model, ch('n')));
    let refused = glue_tui::glue::GlueError::new(
        glue_tui::glue::ErrorKind::Other,
        "ListConnectionTypes",
        "InvalidAction: ListConnectionTypes is not implemented",
    );
    press(&mut model, listed(&asked[0], Err(refused)));
    let picker = &wizard(&model).picker;
    assert_eq!(picker.listed_count(), 0);
    assert_eq!(
        picker.matches().len(),
        glue_tui::request::spec::all_specs().len()
    );
    assert_eq!(
        model.message, None,
        "nothing in the status bar: the table serves"
    );
    press(&mut model, key(KeyCode::Esc));
    assert_eq!(type_lists(&press(&mut model, ch('n'))).len(), 1);

    // An answer for another account or region (a switch while it was on its way) is dropped.
    press(&mut model, listed("another|origin", Ok(demo_list())));
    assert_eq!(wizard(&model).picker.listed_count(), 0);
}

#[test]
fn sftp_cannot_be_picked() {
    let (model, effects) = new_form("sftp");
    assert_eq!(wizard(&model).section(), Section::Type);
    assert_eq!(request(&model).connection_input.connection_type, "");
    assert!(described_types(&effects).is_empty(), "{effects:?}");
    let message = model.message.as_ref().expect("a message");
    assert_eq!(message.level, Level::Error);
    assert!(message.text.contains("SFTP"), "{}", message.text);
}

// ---- Ctrl-S -----------------------------------------------------------------------------------------------------

#[test]
fn a_port_below_1024_is_advice_shown_beside_the_field_and_sent() {
    // No API rule states a port range: the wizard warns, Glue decides.
    let mut model = jdbc_form("70");
    let port = wizard(&model)
        .form
        .fields()
        .into_iter()
        .find(|f| f.label == "Port")
        .expect("the Properties section shows the port");
    assert_eq!(port.error, None, "{port:?}");
    assert_eq!(
        port.warning.as_deref(),
        Some("PORT is usually a port from 1024 to 65535")
    );
    let effects = press(&mut model, ctrl('s'));
    let sent = creates(&effects);
    assert_eq!(sent.len(), 1, "{effects:?}");
    assert_eq!(sent[0].connection_input.connection_properties["PORT"], "70");
}

#[test]
fn ctrl_s_with_a_bad_port_sends_nothing_and_goes_to_the_port() {
    // Longer than ValueString's 1024 characters: the API's own limit, refused before sending.
    let long = "7".repeat(1025);
    let mut model = jdbc_form(&long);
    // The cursor is elsewhere when the user presses Ctrl-S.
    press(&mut model, key(KeyCode::PageUp));
    assert_eq!(wizard(&model).section(), Section::Basics);

    let effects = press(&mut model, ctrl('s'));
    assert!(creates(&effects).is_empty(), "{effects:?}");
    assert!(!wizard(&model).submitting);
    assert_eq!(wizard(&model).section(), Section::Properties);
    let port = focused(&model);
    assert_eq!(port.label, "Port");
    assert_eq!(port.value, long);
    assert!(port.error.is_some(), "the Port field shows its problem");
    let message = model.message.as_ref().expect("a message");
    assert_eq!(message.level, Level::Error);
    assert!(
        message
            .text
            .starts_with("Not sent: 1 problem in the form — "),
        "{}",
        message.text
    );
    // The text cursor is at the end of the field: typing goes after what is there.
    assert_eq!(wizard(&model).cursor, 1025);

    // Fixing the port clears the complaint and Ctrl-S sends exactly the form.
    press(&mut model, ctrl('u'));
    typed(&mut model, "3306");
    assert!(model.message.is_none(), "the stale complaint is gone");
    let effects = press(&mut model, ctrl('s'));
    let sent = creates(&effects);
    assert_eq!(sent.len(), 1, "{effects:?}");
    assert_eq!(effects.len(), 1, "{effects:?}");
    assert_eq!(
        serde_json::to_value(&sent[0]).unwrap(),
        json!({
            "ConnectionInput": {
                "Name": "orders-db",
                "ConnectionType": "JDBC",
                "ConnectionProperties": {
                    "HOST": "db.internal",
                    "PORT": "3306",
                    "JDBC_ENGINE": "mysql",
                    "USERNAME": "admin",
                    "PASSWORD": "s3cret"
                }
            }
        })
    );
    assert!(wizard(&model).submitting);
    assert_eq!(status(&model), "Creating orders-db…");

    // While the call is out, keys do not change the form.
    let before = request(&model);
    let effects = typed(&mut model, "zz");
    assert!(effects.is_empty());
    assert_eq!(request(&model), before);
    assert!(press(&mut model, ctrl('s')).is_empty(), "no second Create");
}

// ---- choices, suggestions, rows ---------------------------------------------------------------------------------

#[test]
fn right_arrow_on_the_endpoint_choice_switches_to_a_jdbc_url() {
    let (mut model, _) = new_form("jdbc");
    tab_to(&mut model, "Endpoint");
    let endpoint = focused(&model);
    assert!(endpoint.choice_only);
    assert_eq!(endpoint.value, "HOST + PORT + JDBC_ENGINE");
    assert!(labels(&model).contains(&"Host".to_string()));
    assert!(!labels(&model).contains(&"JDBC URL".to_string()));

    press(&mut model, key(KeyCode::Right));
    assert_eq!(focused(&model).label, "Endpoint", "the focus stays");
    assert_eq!(focused(&model).value, "JDBC_CONNECTION_URL");
    let shown = labels(&model);
    assert!(shown.contains(&"JDBC URL".to_string()), "{shown:?}");
    for gone in ["Host", "Port", "Engine"] {
        assert!(!shown.contains(&gone.to_string()), "{gone} in {shown:?}");
    }
    // Typing a letter does not write into a choice; ← goes back.
    typed(&mut model, "x");
    assert_eq!(focused(&model).value, "JDBC_CONNECTION_URL");
    press(&mut model, key(KeyCode::Left));
    assert_eq!(focused(&model).value, "HOST + PORT + JDBC_ENGINE");

    // The URL typed under the URL alternative is what gets sent.
    press(&mut model, key(KeyCode::Right));
    tab_to(&mut model, "JDBC URL");
    typed(&mut model, "jdbc:mysql://db:3306/orders");
    let props = request(&model).connection_input.connection_properties;
    assert_eq!(
        props.get("JDBC_CONNECTION_URL").map(String::as_str),
        Some("jdbc:mysql://db:3306/orders")
    );
    assert!(!props.contains_key("HOST"));
}

#[test]
fn ctrl_n_and_ctrl_p_walk_the_engine_suggestions() {
    let (mut model, _) = new_form("jdbc");
    tab_to(&mut model, "Engine");
    assert_eq!(focused(&model).value, "");
    press(&mut model, ctrl('n'));
    assert_eq!(focused(&model).value, "mysql");
    press(&mut model, ctrl('n'));
    assert_eq!(focused(&model).value, "postgres");
    press(&mut model, ctrl('p'));
    assert_eq!(focused(&model).value, "mysql");
    // A suggestion is not a cage: typing is still possible.
    press(&mut model, ctrl('u'));
    typed(&mut model, "mariadb");
    assert_eq!(
        request(&model)
            .connection_input
            .connection_properties
            .get("JDBC_ENGINE")
            .map(String::as_str),
        Some("mariadb")
    );
}

#[test]
fn alt_a_adds_a_match_criterion_in_basics_and_alt_d_removes_it() {
    let (mut model, _) = new_form("jdbc");
    typed(&mut model, "orders-db");
    press(&mut model, alt('a'));
    assert_eq!(wizard(&model).section(), Section::Basics);
    assert_eq!(focused(&model).label, "Match criterion 1");
    typed(&mut model, "prod");
    press(&mut model, alt('a'));
    assert_eq!(focused(&model).label, "Match criterion 2");
    typed(&mut model, "crm");
    assert_eq!(
        request(&model).connection_input.match_criteria,
        Some(vec!["prod".to_string(), "crm".to_string()])
    );

    press(&mut model, alt('d'));
    assert_eq!(
        request(&model).connection_input.match_criteria,
        Some(vec!["prod".to_string()])
    );
    assert_eq!(focused(&model).label, "Match criterion 1");
    press(&mut model, alt('d'));
    assert_eq!(request(&model).connection_input.match_criteria, None);
    // The list is empty again: one blank row shows where criteria go (nothing is sent for it).
    let blank: Vec<String> = labels(&model)
        .into_iter()
        .filter(|l| l.starts_with("Match"))
        .collect();
    assert_eq!(blank, ["Match criterion 1"]);
    assert_eq!(focused(&model).label, "Match criterion 1");
    assert_eq!(focused(&model).value, "");
    press(&mut model, key(KeyCode::BackTab));
    assert_eq!(focused(&model).label, "Description");

    // Alt-D on the Name field removes nothing.
    press(&mut model, key(KeyCode::BackTab));
    assert_eq!(focused(&model).label, "Name");
    press(&mut model, alt('d'));
    assert_eq!(request(&model).connection_input.name, "orders-db");
    assert!(
        status(&model).contains("Alt-D removes"),
        "{}",
        status(&model)
    );
}

// ---- leaving --------------------------------------------------------------------------------------------------

#[test]
fn esc_on_an_untouched_form_closes_it_without_a_draft() {
    let mut model = browser();
    press(&mut model, ch('n'));
    let effects = press(&mut model, key(KeyCode::Esc));
    assert!(model.wizard().is_none());
    assert!(effects.is_empty(), "{effects:?}");
    assert!(model.draft.is_none());
}

#[test]
fn esc_on_a_changed_form_asks_and_n_keeps_it() {
    let mut model = jdbc_form("3306");
    let before = request(&model);
    let effects = press(&mut model, key(KeyCode::Esc));
    assert!(effects.is_empty());
    assert_eq!(wizard(&model).ask, Some(Ask::Leave));
    // The question holds the keys: typing does not reach the form.
    typed(&mut model, "q");
    assert_eq!(wizard(&model).ask, Some(Ask::Leave));

    let effects = press(&mut model, ch('n'));
    assert!(effects.is_empty());
    assert_eq!(wizard(&model).ask, None);
    assert_eq!(request(&model), before);
    assert_eq!(focused(&model).label, "Password");
}

#[test]
fn esc_then_y_closes_and_keeps_a_draft_without_the_password() {
    let mut model = jdbc_form("3306");
    press(&mut model, key(KeyCode::Esc));
    let effects = press(&mut model, ch('y'));
    assert!(model.wizard().is_none());
    let [Effect::SaveDraft(Some(draft))] = effects.as_slice() else {
        panic!("one SaveDraft(Some): {effects:?}");
    };
    assert_eq!(draft.request.connection_input.name, "orders-db");
    assert_eq!(draft.request.connection_input.connection_type, "JDBC");
    let props = &draft.request.connection_input.connection_properties;
    assert_eq!(props.get("USERNAME").map(String::as_str), Some("admin"));
    assert!(!props.contains_key("PASSWORD"), "{props:?}");
    let text = serde_json::to_string(&draft.request).unwrap();
    assert!(!text.contains("s3cret"), "{text}");
    assert_eq!(model.draft.as_ref(), Some(&**draft));
    assert!(status(&model).contains("draft"), "{}", status(&model));
}

/// The draft names the secret it left out (label and path, never the value), and restoring it says which to type
/// again and marks that field until it is typed.
#[test]
fn a_restored_draft_names_and_marks_the_secret_to_type_again() {
    let mut model = jdbc_form("3306");
    press(&mut model, key(KeyCode::Esc));
    let effects = press(&mut model, ch('y'));
    let [Effect::SaveDraft(Some(draft))] = effects.as_slice() else {
        panic!("one SaveDraft(Some): {effects:?}");
    };
    let left_out: Vec<_> = draft
        .secrets_left_out
        .iter()
        .map(|s| (s.label.as_str(), s.path.as_str()))
        .collect();
    assert_eq!(
        left_out,
        [("Password", "ConnectionInput.ConnectionProperties.PASSWORD")]
    );
    assert!(!format!("{draft:?}").contains("s3cret"));

    press(&mut model, ch('n'));
    press(&mut model, ch('y'));
    assert_eq!(
        status(&model),
        "Draft restored — type Password again: drafts keep no secrets"
    );
    press(&mut model, key(KeyCode::PageDown));
    tab_to(&mut model, "Password");
    assert_eq!(
        focused(&model).warning.as_deref(),
        Some("type it again: the draft did not keep this secret")
    );
    typed(&mut model, "n3w");
    assert_eq!(focused(&model).warning, None, "typed again: no mark");
}

#[test]
fn esc_then_d_discards_the_form_and_the_draft() {
    let mut model = jdbc_form("3306");
    press(&mut model, key(KeyCode::Esc));
    let effects = press(&mut model, ch('d'));
    assert!(model.wizard().is_none());
    assert_eq!(effects, [Effect::SaveDraft(None)]);
    assert!(model.draft.is_none());
    // The next `n` is an empty form, no question.
    press(&mut model, ch('n'));
    assert_eq!(wizard(&model).ask, None);
    assert_eq!(request(&model).connection_input.name, "");
}

#[test]
fn ctrl_c_with_a_changed_form_asks_and_y_keeps_a_draft_and_quits() {
    let mut model = jdbc_form("3306");
    let effects = press(&mut model, ctrl('c'));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(wizard(&model).ask, Some(Ask::Quit));
    assert!(!model.quitting);

    let effects = press(&mut model, ch('y'));
    let [Effect::SaveDraft(Some(draft)), Effect::Quit] = effects.as_slice() else {
        panic!("SaveDraft(Some) then Quit: {effects:?}");
    };
    assert_eq!(draft.request.connection_input.name, "orders-db");
    assert!(
        !serde_json::to_string(&draft.request)
            .unwrap()
            .contains("s3cret")
    );
    assert!(model.quitting);
}

#[test]
fn ctrl_c_on_an_untouched_form_quits_at_once() {
    let mut model = browser();
    press(&mut model, ch('n'));
    let effects = press(&mut model, ctrl('c'));
    assert_eq!(effects, [Effect::Quit]);
    assert!(model.quitting);
}

#[test]
fn a_signal_with_a_changed_form_keeps_the_draft_and_quits_without_asking() {
    let mut model = jdbc_form("3306");
    let effects = press(&mut model, Msg::Terminate);
    let [Effect::SaveDraft(Some(draft)), Effect::Quit] = effects.as_slice() else {
        panic!("SaveDraft(Some) then Quit: {effects:?}");
    };
    assert_eq!(draft.request.connection_input.name, "orders-db");
    assert!(
        !serde_json::to_string(&draft.request)
            .unwrap()
            .contains("s3cret")
    );
    assert!(model.quitting);
}

// ---- drafts and clones ------------------------------------------------------------------------------------------

/// `update` given the draft the start-up effect loaded (`Msg::DraftLoaded`); that the draft really comes from a
/// file an earlier session left is `e2e_wizard_moto::a_draft_from_an_earlier_session_is_offered_on_n_and_y_restores_it`.
#[test]
fn a_loaded_draft_is_offered_on_n_and_y_restores_it() {
    let mut model = browser();
    let draft = CreateConnectionRequest {
        connection_input: ConnectionInput {
            name: "left-over".into(),
            connection_type: "KAFKA".into(),
            connection_properties: BTreeMap::from([(
                "KAFKA_BOOTSTRAP_SERVERS".to_string(),
                "b-1.msk:9094".to_string(),
            )]),
            ..ConnectionInput::default()
        },
        ..CreateConnectionRequest::default()
    };
    press(&mut model, Msg::DraftLoaded(Some(draft.clone().into())));
    assert!(model.wizard().is_none(), "a draft alone opens nothing");

    let effects = press(&mut model, ch('n'));
    assert!(described_types(&effects).is_empty(), "{effects:?}");
    assert!(matches!(wizard(&model).ask, Some(Ask::ResumeDraft(_))));
    let effects = press(&mut model, ch('y'));
    assert_eq!(wizard(&model).ask, None);
    assert_eq!(request(&model), draft);
    assert_eq!(wizard(&model).section(), Section::Basics);
    assert_eq!(focused(&model).value, "left-over");
    assert_eq!(described_types(&effects), ["KAFKA"]);
    assert!(
        status(&model).contains("Draft restored"),
        "{}",
        status(&model)
    );
}

#[test]
fn declining_the_draft_starts_an_empty_form() {
    let mut model = browser();
    let draft = CreateConnectionRequest {
        connection_input: ConnectionInput {
            name: "left-over".into(),
            connection_type: "KAFKA".into(),
            ..ConnectionInput::default()
        },
        ..CreateConnectionRequest::default()
    };
    press(&mut model, Msg::DraftLoaded(Some(draft.into())));
    press(&mut model, ch('n'));
    press(&mut model, ch('n'));
    assert_eq!(wizard(&model).ask, None);
    assert_eq!(wizard(&model).section(), Section::Type);
    assert_eq!(request(&model).connection_input.name, "");
}

#[test]
fn c_clones_the_selected_connection_with_a_copy_name_and_no_password() {
    let mut model = browser();
    let original = Connection {
        name: "orders-db".into(),
        connection_type: Some("JDBC".into()),
        description: Some("Orders".into()),
        connection_properties: Some(BTreeMap::from([
            ("HOST".to_string(), "db.internal".to_string()),
            ("PORT".to_string(), "3306".to_string()),
            ("JDBC_ENGINE".to_string(), "mysql".to_string()),
            ("USERNAME".to_string(), "admin".to_string()),
            ("PASSWORD".to_string(), "hunter2".to_string()),
        ])),
        status: Some("READY".into()),
        ..Default::default()
    };
    loaded(&mut model, 1, vec![original], None);
    assert_eq!(model.selected_connection().unwrap().name, "orders-db");

    let effects = press(&mut model, ch('C'));
    let w = wizard(&model);
    assert_eq!(w.cloned_from.as_deref(), Some("orders-db"));
    assert_eq!(w.section(), Section::Basics);
    assert_eq!(focused(&model).path, NAME);
    assert_eq!(focused(&model).value, "orders-db-copy");
    assert_eq!(described_types(&effects), ["JDBC"]);

    let sent = request(&model);
    assert_eq!(sent.connection_input.description.as_deref(), Some("Orders"));
    let props = &sent.connection_input.connection_properties;
    assert_eq!(props.get("HOST").map(String::as_str), Some("db.internal"));
    assert_eq!(props.get("USERNAME").map(String::as_str), Some("admin"));
    assert!(!props.contains_key("PASSWORD"), "{props:?}");

    press(&mut model, key(KeyCode::PageDown));
    tab_to(&mut model, "Password");
    assert_eq!(focused(&model).value, "");
    assert!(focused(&model).secret);
    // A clone without its password cannot be sent as it is: Ctrl-S lands on the Password.
    let effects = press(&mut model, ctrl('s'));
    assert!(creates(&effects).is_empty(), "{effects:?}");
    assert_eq!(focused(&model).label, "Password");
}

#[test]
fn c_with_nothing_selected_says_so() {
    let mut model = browser();
    let effects = press(&mut model, ch('C'));
    assert!(effects.is_empty());
    assert!(model.wizard().is_none());
    assert!(status(&model).contains("Nothing to clone"));
}

// ---- review -----------------------------------------------------------------------------------------------------

fn to_review(model: &mut Model) {
    for _ in 0..8 {
        if wizard(model).section() == Section::Review {
            return;
        }
        press(model, key(KeyCode::PageDown));
    }
    panic!("PgDn never reached Review");
}

#[test]
fn a_typo_in_the_review_json_shows_where_and_keeps_the_form() {
    let mut model = jdbc_form("3306");
    to_review(&mut model);
    let before = request(&model);
    let text = wizard(&model).review.as_ref().unwrap().text();
    assert!(text.contains("\"orders-db\""), "{text}");
    assert!(!text.contains("s3cret"), "masked on screen: {text}");

    // The editor's cursor starts at the top: a stray character before `{` breaks the JSON.
    typed(&mut model, "x");
    let error = wizard(&model).review_error.clone().expect("a parse error");
    assert!(error.contains("line 1"), "{error}");
    assert!(error.contains("column"), "{error}");
    assert_eq!(request(&model), before, "the form keeps its values");
    // Ctrl-S with text that does not parse sends nothing.
    let effects = press(&mut model, ctrl('s'));
    assert!(creates(&effects).is_empty(), "{effects:?}");
    assert!(
        status(&model).contains("does not parse"),
        "{}",
        status(&model)
    );

    press(&mut model, key(KeyCode::Backspace));
    assert_eq!(wizard(&model).review_error, None);
    assert_eq!(request(&model), before, "the masked password was kept");
}

#[test]
fn editing_the_name_in_the_review_json_reaches_the_form() {
    let mut model = jdbc_form("3306");
    to_review(&mut model);
    let text = wizard(&model).review.as_ref().unwrap().text();
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("\"Name\""))
        .expect("a Name line");
    let tail = text.lines().nth(line).unwrap();
    // Down to the Name line, to its end, back over `"` (and `,` when more follows), then type.
    for _ in 0..line {
        press(&mut model, key(KeyCode::Down));
    }
    press(&mut model, key(KeyCode::End));
    let back = if tail.ends_with(',') { 2 } else { 1 };
    for _ in 0..back {
        press(&mut model, key(KeyCode::Left));
    }
    typed(&mut model, "-v2");

    assert_eq!(wizard(&model).review_error, None);
    let sent = request(&model);
    assert_eq!(sent.connection_input.name, "orders-db-v2");
    assert_eq!(
        sent.connection_input
            .connection_properties
            .get("PASSWORD")
            .map(String::as_str),
        Some("s3cret"),
        "the masked password stands for the one typed"
    );
    // Back in Basics the Name field shows it.
    press(&mut model, key(KeyCode::BackTab));
    for _ in 0..6 {
        press(&mut model, key(KeyCode::PageUp));
    }
    press(&mut model, key(KeyCode::PageDown));
    assert_eq!(focused(&model).path, NAME);
    assert_eq!(focused(&model).value, "orders-db-v2");
}

// ---- DescribeConnectionType -------------------------------------------------------------------------------------

#[test]
fn the_salesforce_description_adds_its_properties_to_the_form() {
    let (mut model, effects) = new_form("salesforce");
    assert_eq!(described_types(&effects), ["SALESFORCE"]);
    press(&mut model, key(KeyCode::PageDown));
    assert_eq!(wizard(&model).section(), Section::Properties);
    assert!(
        !paths(&model).contains(&property_path("INSTANCE_URL")),
        "{:?}",
        paths(&model)
    );

    let effects = press(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SALESFORCE".into(),
            result: Ok(demo_description("SALESFORCE")),
        }),
    );
    assert!(effects.is_empty());
    let shown = paths(&model);
    for key in ["INSTANCE_URL", "API_VERSION"] {
        assert!(shown.contains(&property_path(key)), "{key} in {shown:?}");
    }
    let instance = wizard(&model)
        .form
        .fields()
        .into_iter()
        .find(|f| f.path == property_path("INSTANCE_URL"))
        .unwrap();
    assert!(instance.required);
    // The user can type into it right away.
    tab_to(&mut model, &instance.label);
    typed(&mut model, "https://example.my.salesforce.com");
    assert_eq!(
        request(&model)
            .connection_input
            .connection_properties
            .get("INSTANCE_URL")
            .map(String::as_str),
        Some("https://example.my.salesforce.com")
    );
}

#[test]
fn a_late_description_for_a_type_the_user_left_is_ignored() {
    let (mut model, _) = new_form("salesforce");
    // Back to Type, and another type picked before Glue answered.
    press(&mut model, key(KeyCode::PageUp));
    assert_eq!(wizard(&model).section(), Section::Type);
    typed(&mut model, "kafka");
    let effects = press(&mut model, key(KeyCode::Enter));
    assert_eq!(described_types(&effects), ["KAFKA"]);
    let before = wizard(&model).form.clone();

    press(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SALESFORCE".into(),
            result: Ok(demo_description("SALESFORCE")),
        }),
    );
    assert_eq!(wizard(&model).form, before);
    assert_eq!(request(&model).connection_input.connection_type, "KAFKA");
    press(&mut model, key(KeyCode::PageDown));
    assert!(!paths(&model).contains(&property_path("INSTANCE_URL")));
}

// ---- paste ------------------------------------------------------------------------------------------------------

#[test]
fn a_paste_lands_in_the_focused_field_at_the_cursor() {
    let (mut model, _) = new_form("jdbc");
    typed(&mut model, "db");
    press(&mut model, key(KeyCode::Home));
    let effects = press(&mut model, Msg::Paste("orders-".into()));
    assert!(effects.is_empty());
    assert_eq!(focused(&model).value, "orders-db");
    assert_eq!(wizard(&model).cursor, "orders-".len());

    // A password with characters a shell or a key binding would eat arrives intact.
    tab_to(&mut model, "Password");
    press(&mut model, Msg::Paste("p@ss w0rd!$".into()));
    assert_eq!(
        request(&model)
            .connection_input
            .connection_properties
            .get("PASSWORD")
            .map(String::as_str),
        Some("p@ss w0rd!$")
    );
    assert!(wizard(&model).form.is_dirty());
}

#[test]
fn a_paste_on_a_choice_changes_nothing() {
    let (mut model, _) = new_form("jdbc");
    tab_to(&mut model, "Endpoint");
    let before = wizard(&model).form.clone();
    press(&mut model, Msg::Paste("JDBC_CONNECTION_URL".into()));
    assert_eq!(wizard(&model).form, before);
}

#[test]
fn a_paste_in_the_type_step_searches_the_picker() {
    let mut model = browser();
    press(&mut model, ch('n'));
    press(&mut model, Msg::Paste("kafka".into()));
    assert_eq!(
        wizard(&model).picker.highlighted().unwrap().connection_type,
        "KAFKA"
    );
    press(&mut model, key(KeyCode::Enter));
    assert_eq!(request(&model).connection_input.connection_type, "KAFKA");
}

#[test]
fn the_basic_authentication_password_is_secret_and_never_in_the_draft() {
    // The basic-auth password (Authentication section) is a secret field too, and never in a draft.
    let (mut model, _) = new_form("jdbc");
    typed(&mut model, "orders-db");
    press(&mut model, key(KeyCode::PageDown));
    press(&mut model, key(KeyCode::PageDown));
    assert_eq!(wizard(&model).section(), Section::Authentication);
    // `b` jumps the authentication type to BASIC.
    tab_to(&mut model, "Authentication type");
    typed(&mut model, "b");
    assert_eq!(focused(&model).value, "BASIC");
    tab_to(&mut model, "Password");
    assert_eq!(focused(&model).path, PASSWORD);
    assert!(focused(&model).secret);
    typed(&mut model, "basic-secret");
    press(&mut model, key(KeyCode::Esc));
    let effects = press(&mut model, ch('y'));
    let [Effect::SaveDraft(Some(draft))] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert!(
        !serde_json::to_string(&draft.request)
            .unwrap()
            .contains("basic-secret")
    );
}

// ---- loading a request file, completing property keys -------------------------------------------------------------

/// Tab at the Alt-O prompt asks the runner for the directory's entries; their answer completes what they share, the
/// box lists them, and Tab again walks them without asking again. A key typed before the answer wins over it.
#[test]
fn tab_at_the_alt_o_prompt_completes_the_path_from_the_listing() {
    let mut model = jdbc_form("3306");
    to_review(&mut model);
    press(&mut model, alt('o'));
    typed(&mut model, "~/req/or");
    let effects = press(&mut model, key(KeyCode::Tab));
    assert_eq!(
        effects,
        [Effect::ListPath {
            typed: "~/req/or".into()
        }]
    );
    let listed = || Msg::PathListed {
        typed: "~/req/or".into(),
        candidates: vec![
            "~/req/orders-db.json".into(),
            "~/req/orders-kafka.json".into(),
        ],
    };
    press(&mut model, listed());
    let prompt = |m: &Model| match &wizard(m).ask {
        Some(Ask::OpenFile(input)) => input.text().to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(prompt(&model), "~/req/orders-");
    assert!(
        screen(&model).contains("orders-db.json · orders-kafka.json"),
        "{}",
        screen(&model)
    );
    assert!(
        press(&mut model, key(KeyCode::Tab)).is_empty(),
        "walks, no new listing"
    );
    assert_eq!(prompt(&model), "~/req/orders-db.json");
    press(&mut model, key(KeyCode::Tab));
    assert_eq!(prompt(&model), "~/req/orders-kafka.json");

    // An answer to a line the user has since changed is dropped.
    typed(&mut model, "x");
    press(&mut model, listed());
    assert_eq!(prompt(&model), "~/req/orders-kafka.jsonx");
}

#[test]
fn alt_o_in_review_reads_the_file_typed_and_its_request_fills_the_form() {
    let mut model = jdbc_form("3306");
    to_review(&mut model);
    press(&mut model, alt('o'));
    assert!(matches!(wizard(&model).ask, Some(Ask::OpenFile(_))));
    typed(&mut model, "/tmp/orders.json");
    let effects = press(&mut model, key(KeyCode::Enter));
    assert_eq!(
        effects,
        [Effect::ReadFile {
            path: "/tmp/orders.json".into()
        }]
    );
    assert!(wizard(&model).ask.is_none());

    let file = json!({
        "ConnectionInput": {
            "Name": "from-file",
            "ConnectionType": "KAFKA",
            "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.example:9092"}
        }
    });
    let before = request(&model);
    let effects = press(
        &mut model,
        Msg::FileRead {
            path: "/tmp/orders.json".into(),
            result: Ok(serde_json::to_string_pretty(&file).unwrap()),
        },
    );
    // The form holds typed work: the file waits for a yes, as Esc's question does.
    assert!(effects.is_empty(), "{effects:?}");
    assert!(matches!(wizard(&model).ask, Some(Ask::ReplaceForm { .. })));
    assert_eq!(
        request(&model),
        before,
        "nothing replaced before the answer"
    );
    let effects = press(&mut model, ch('y'));
    assert!(wizard(&model).ask.is_none());
    let got = request(&model);
    assert_eq!(got.connection_input.name, "from-file");
    assert_eq!(got.connection_input.connection_type, "KAFKA");
    assert_eq!(wizard(&model).section(), Section::Review);
    assert!(wizard(&model).review_error.is_none());
    assert!(
        status(&model).contains("Loaded /tmp/orders.json"),
        "{}",
        status(&model)
    );
    assert_eq!(described_types(&effects), ["KAFKA"]);
}

#[test]
fn a_request_file_over_typed_work_asks_first_and_no_keeps_the_form() {
    let mut model = jdbc_form("3306");
    to_review(&mut model);
    let before = request(&model);
    let review_before = wizard(&model).review.as_ref().unwrap().text().to_string();
    let file = json!({"ConnectionInput": {"Name": "from-file", "ConnectionType": "KAFKA"}});
    press(
        &mut model,
        Msg::FileRead {
            path: "/tmp/other.json".into(),
            result: Ok(file.to_string()),
        },
    );
    assert!(matches!(wizard(&model).ask, Some(Ask::ReplaceForm { .. })));
    let effects = press(&mut model, key(KeyCode::Esc));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(wizard(&model).ask.is_none(), "the wizard stays open");
    assert_eq!(request(&model), before, "the typed form is intact");
    assert_eq!(
        wizard(&model).review.as_ref().unwrap().text(),
        review_before,
        "and so is the review text"
    );
    assert!(
        status(&model).contains("Kept the form — /tmp/other.json was not loaded"),
        "{}",
        status(&model)
    );
}

#[test]
fn a_request_file_into_an_untouched_form_loads_without_asking() {
    let mut model = browser();
    press(&mut model, ch('n'));
    to_review(&mut model);
    assert!(!wizard(&model).form.is_dirty(), "nothing typed yet");
    let file = json!({"ConnectionInput": {"Name": "from-file", "ConnectionType": "KAFKA"}});
    press(
        &mut model,
        Msg::FileRead {
            path: "f.json".into(),
            result: Ok(file.to_string()),
        },
    );
    assert!(wizard(&model).ask.is_none());
    assert_eq!(request(&model).connection_input.name, "from-file");
}

#[test]
fn a_request_file_that_does_not_parse_keeps_its_text_and_says_where() {
    let mut model = jdbc_form("3306");
    to_review(&mut model);
    let before = request(&model);
    press(
        &mut model,
        Msg::FileRead {
            path: "bad.json".into(),
            result: Ok("{\"ConnectionInput\": {\"Name\": \"x\",}}".into()),
        },
    );
    assert!(matches!(wizard(&model).ask, Some(Ask::ReplaceForm { .. })));
    press(&mut model, key(KeyCode::Enter));
    let error = wizard(&model).review_error.clone().expect("a parse error");
    assert!(error.contains("line 1"), "{error}");
    assert_eq!(
        request(&model),
        before,
        "the form keeps its last good state"
    );
    assert!(
        wizard(&model)
            .review
            .as_ref()
            .unwrap()
            .text()
            .contains("\"x\",}"),
        "the file's text is kept for fixing"
    );

    press(
        &mut model,
        Msg::FileRead {
            path: "missing.json".into(),
            result: Err("No such file or directory (os error 2)".into()),
        },
    );
    assert_eq!(
        status(&model),
        "Could not read missing.json: No such file or directory (os error 2)"
    );
}

#[test]
fn ctrl_n_in_a_property_row_key_completes_from_the_connection_property_keys() {
    let (mut model, _) = new_form("kafka");
    press(&mut model, key(KeyCode::PageDown));
    press(&mut model, alt('a'));
    assert!(
        focused(&model).label.ends_with("key"),
        "{:?}",
        focused(&model)
    );
    typed(&mut model, "conn");
    press(&mut model, ctrl('n'));
    let first = focused(&model).value;
    assert!(first.contains("CONN"), "{first}");
    press(&mut model, ctrl('n'));
    let second = focused(&model).value;
    assert_ne!(first, second);
    assert!(
        second.contains("CONN"),
        "still narrowed by what was typed: {second}"
    );
    press(&mut model, ctrl('p'));
    assert_eq!(focused(&model).value, first);
}

#[test]
fn a_clone_of_a_connection_without_a_type_starts_on_the_type_picker() {
    let mut model = browser();
    let generation = model.list.generation;
    let untyped = Connection {
        name: "from-moto".into(),
        ..Connection::default()
    };
    loaded(&mut model, generation, vec![untyped], None);
    press(&mut model, ch('C'));
    assert_eq!(wizard(&model).section(), Section::Type);
    assert_eq!(request(&model).connection_input.name, "from-moto-copy");
}

// ---- true/false choices, the Network step's first row -------------------------------------------------------------

#[test]
fn space_cycles_the_true_false_choices_of_jdbc_and_kafka() {
    for (ty, label, key_name) in [
        ("jdbc", "Require SSL", "JDBC_ENFORCE_SSL"),
        ("kafka", "SSL", "KAFKA_SSL_ENABLED"),
    ] {
        let (mut model, _) = new_form(ty);
        press(&mut model, key(KeyCode::PageDown));
        tab_to(&mut model, label);
        let path = property_path(key_name);
        let mut seen = Vec::new();
        for _ in 0..3 {
            press(&mut model, ch(' '));
            seen.push(focused(&model).value);
        }
        assert_eq!(seen, ["true", "false", ""], "{ty} {label}: Space cycles");
        press(&mut model, key(KeyCode::Left));
        assert_eq!(focused(&model).value, "false", "{ty}: ← cycles back");
        assert_eq!(
            request(&model)
                .connection_input
                .connection_properties
                .get(key_name)
                .map(String::as_str),
            Some("false"),
            "{path} is sent"
        );
    }
}

/// NETWORK's "needs at least one security group" (once a subnet is given) sits beside the row shown for one, not
/// under Subnet; a group typed there answers it.
#[test]
fn the_missing_security_group_message_sits_beside_the_empty_row() {
    let (mut model, _) = new_form("network");
    tab_to(&mut model, "Subnet");
    typed(&mut model, "subnet-0123456789abcdef0");
    let fields = wizard(&model).form.fields();
    let subnet = fields.iter().find(|f| f.label == "Subnet").unwrap();
    assert!(
        subnet
            .error
            .as_deref()
            .is_none_or(|e| !e.contains("security group")),
        "{:?}",
        subnet.error
    );
    let row = fields
        .iter()
        .find(|f| f.label == "Security group 1")
        .unwrap();
    assert!(
        row.error
            .as_deref()
            .is_some_and(|e| e.contains("at least one security group")),
        "{row:?}"
    );
    tab_to(&mut model, "Security group 1");
    typed(&mut model, "sg-0abc");
    assert_eq!(focused(&model).error, None);
}

/// Required first, in the order a person fills them: JDBC's endpoint choice is followed by the fields of the
/// alternative chosen (the URL right after it), the credentials after them, and only then the optional ones.
#[test]
fn jdbc_properties_put_the_chosen_endpoints_fields_and_the_required_ones_first() {
    let (mut model, _) = new_form("jdbc");
    press(&mut model, key(KeyCode::PageDown));
    assert_eq!(
        labels(&model)[..7],
        [
            "Endpoint",
            "Host",
            "Port",
            "Engine",
            "Credentials",
            "User name",
            "Password"
        ]
    );
    assert_eq!(labels(&model)[7], "Engine version");
    tab_to(&mut model, "Endpoint");
    press(&mut model, key(KeyCode::Right));
    press(&mut model, key(KeyCode::Tab));
    assert_eq!(
        focused(&model).label,
        "JDBC URL",
        "Tab goes from the choice to its field"
    );
    let required: Vec<bool> = wizard(&model)
        .form
        .fields()
        .iter()
        .filter(|f| f.row.is_none())
        .map(|f| f.required)
        .collect();
    let first_optional = required.iter().position(|r| !r).unwrap();
    assert!(
        required[first_optional..].iter().all(|r| !r),
        "no required field after an optional one: {:?}",
        labels(&model)
    );
}

/// A whole request pasted into the Review step replaces its text (with a message saying so and how to undo it), and
/// the form follows it; Ctrl-Z brings the old request back.
#[test]
fn a_whole_request_pasted_into_review_replaces_it_and_ctrl_z_undoes_it() {
    let mut model = jdbc_form("3306");
    tab_to(&mut model, "Catalog ID");
    press(&mut model, key(KeyCode::PageDown));
    assert_eq!(wizard(&model).section(), Section::Review);
    let before = request(&model);
    press(
        &mut model,
        Msg::Paste(
            r#"{"ConnectionInput": {"Name": "pasted-kafka", "ConnectionType": "KAFKA",
                "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.msk:9094"}}}"#
                .into(),
        ),
    );
    assert_eq!(request(&model).connection_input.name, "pasted-kafka");
    assert!(wizard(&model).review_error.is_none());
    assert!(
        status(&model).contains("replaced the text"),
        "{}",
        status(&model)
    );
    press(&mut model, ctrl('z'));
    assert_eq!(request(&model), before);
}

#[test]
fn the_network_step_shows_an_empty_security_group_row_to_type_into() {
    let (mut model, _) = new_form("network");
    tab_to(&mut model, "Subnet");
    assert!(
        labels(&model).iter().any(|l| l == "Security group 1"),
        "{:?}",
        labels(&model)
    );
    assert!(
        request(&model)
            .connection_input
            .physical_connection_requirements
            .is_none_or(|p| p.security_group_id_list.is_none_or(|l| l.is_empty())),
        "an empty row is not sent"
    );
    tab_to(&mut model, "Security group 1");
    typed(&mut model, "sg-0abc");
    let sent = request(&model)
        .connection_input
        .physical_connection_requirements
        .expect("requirements");
    assert_eq!(
        sent.security_group_id_list,
        Some(vec!["sg-0abc".to_string()])
    );
    assert_eq!(
        labels(&model)
            .iter()
            .filter(|l| l.starts_with("Security group"))
            .count(),
        1,
        "typing fills the row shown, it does not add another"
    );
}

// ---- a type newer than this build's list ------------------------------------------------------------------------

/// `n`, a type name no listed type has, then Enter on the "another type" row the picker offers for it.
fn another_type_form(name: &str) -> (Model, Vec<Effect>) {
    let (mut model, effects) = new_form(name);
    typed(&mut model, "snow-1");
    (model, effects)
}

#[test]
fn another_type_is_picked_by_its_name_and_glue_is_asked_about_it() {
    let (mut model, effects) = another_type_form("snowflake");
    assert_eq!(described_types(&effects), ["SNOWFLAKE"]);
    assert_eq!(
        request(&model).connection_input.connection_type,
        "SNOWFLAKE"
    );
    assert_eq!(wizard(&model).section(), Section::Basics);

    // Glue describes it: the form takes its fields, and nothing says the type is unknown any more.
    let description: ConnectionTypeDescription = serde_json::from_value(json!({
        "ConnectionType": "SNOWFLAKE",
        "ConnectionProperties": {
            "HOST": {"Name": "HOST", "Required": true, "PropertyTypes": ["USER_INPUT"]}
        }
    }))
    .unwrap();
    press(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SNOWFLAKE".into(),
            result: Ok(description),
        }),
    );
    let form = &wizard(&model).form;
    assert!(
        form.warnings()
            .iter()
            .all(|w| w.path != "ConnectionInput.ConnectionType"),
        "{:?}",
        form.warnings()
    );
    let refused: Vec<String> = form.problems().iter().map(|p| p.path.clone()).collect();
    assert_eq!(refused, ["ConnectionInput.ConnectionProperties.HOST"]);
}

#[test]
fn another_type_glue_does_not_know_is_refused_in_its_words() {
    let (mut model, _) = another_type_form("snowflak");
    press(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SNOWFLAK".into(),
            result: Err(glue_tui::glue::GlueError::new(
                glue_tui::glue::ErrorKind::InvalidInput,
                "DescribeConnectionType",
                "Connection type SNOWFLAK is not supported",
            )),
        }),
    );
    let message = model.message.as_ref().expect("a message");
    assert_eq!(message.level, Level::Error);
    assert_eq!(
        message.text,
        "Glue does not describe a connection type SNOWFLAK: Connection type SNOWFLAK is not supported — pick \
         another type (Type step)"
    );
    let effects = press(&mut model, ctrl('s'));
    assert!(creates(&effects).is_empty(), "{effects:?}");
    assert_eq!(wizard(&model).section(), Section::Type);
}

#[test]
fn another_type_glue_cannot_be_asked_about_is_sent_with_a_warning() {
    let (mut model, _) = another_type_form("snowflake");
    press(
        &mut model,
        Msg::Glue(GlueReply::DescribeConnectionType {
            connection_type: "SNOWFLAKE".into(),
            result: Err(glue_tui::glue::GlueError::new(
                glue_tui::glue::ErrorKind::Unreachable,
                "DescribeConnectionType",
                "connection refused",
            )),
        }),
    );
    let warnings = wizard(&model).form.warnings();
    assert!(
        warnings
            .iter()
            .any(|w| w.path == "ConnectionInput.ConnectionType"
                && w.message.contains("Glue decides")),
        "{warnings:?}"
    );
    let effects = press(&mut model, ctrl('s'));
    let sent = creates(&effects);
    assert_eq!(sent.len(), 1, "{effects:?}");
    assert_eq!(sent[0].connection_input.connection_type, "SNOWFLAKE");
    assert_eq!(sent[0].connection_input.name, "snow-1");
}
