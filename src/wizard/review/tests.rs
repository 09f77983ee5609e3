use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::model::{CreateConnectionRequest, SECRET_MASK};
use crate::wizard::form::{CONNECTION_TYPE, DESCRIPTION, NAME, property_path};

/// A JDBC form with host, port, engine, user and password: every kind of value the review shows.
fn jdbc_form() -> Form {
    let mut form = Form::new(None);
    form.set(CONNECTION_TYPE, "JDBC").unwrap();
    form.set(NAME, "orders-db").unwrap();
    form.set(&property_path("HOST"), "db.internal").unwrap();
    form.set(&property_path("PORT"), "5432").unwrap();
    form.choose(&property_path("JDBC_ENGINE"), "postgres")
        .unwrap();
    form.set(&property_path("USERNAME"), "app").unwrap();
    form.set(&property_path("PASSWORD"), "s3cret").unwrap();
    form
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn password(request: &CreateConnectionRequest) -> &str {
    &request.connection_input.connection_properties["PASSWORD"]
}

#[test]
fn the_masked_preview_hides_the_password_and_parses_back_to_it() {
    let form = jdbc_form();
    let editor = ReviewEditor::new(&form, false);
    let text = editor.text();
    assert!(
        text.contains(&format!("\"PASSWORD\": \"{SECRET_MASK}\"")),
        "{text}"
    );
    assert!(!text.contains("s3cret"));
    assert_eq!(
        text,
        serde_json::to_string_pretty(&masked_request(&form)).unwrap()
    );
    let request = editor.parse(&form).unwrap();
    assert_eq!(password(&request), "s3cret");
    assert_eq!(request, form.to_request());
}

fn masked_request(form: &Form) -> CreateConnectionRequest {
    crate::request::masked(&form.to_request())
}

#[test]
fn revealed_the_preview_shows_the_real_secret() {
    let form = jdbc_form();
    let editor = ReviewEditor::new(&form, true);
    assert!(editor.reveals_secrets());
    assert!(editor.text().contains("\"PASSWORD\": \"s3cret\""));
    assert!(!editor.text().contains(SECRET_MASK));
}

#[test]
fn a_renamed_request_goes_back_into_the_form() {
    let mut form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    editor.replace_all(&editor.text().replace("\"orders-db\"", "\"orders-db-2\""));
    let request = editor.parse(&form).unwrap();
    assert_eq!(request.connection_input.name, "orders-db-2");
    assert_eq!(password(&request), "s3cret");
    form.replace_with(&request);
    assert_eq!(form.to_request().connection_input.name, "orders-db-2");
    assert_eq!(form.to_request(), request);
}

#[test]
fn typed_keys_edit_the_text_and_ctrl_z_undoes_them() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    let before = editor.text();
    assert!(!editor.input(key(KeyCode::Down, KeyModifiers::NONE)));
    assert!(editor.input(key(KeyCode::Char('x'), KeyModifiers::NONE)));
    assert_eq!(
        editor.text().lines().nth(1).unwrap(),
        format!("x{}", before.lines().nth(1).unwrap())
    );
    assert!(editor.parse(&form).is_err());
    assert!(editor.input(key(KeyCode::Char('z'), KeyModifiers::CONTROL)));
    assert_eq!(editor.text(), before);
}

/// Ctrl-U clears what is left of the cursor, as it clears a field elsewhere; Ctrl-Z brings it back.
#[test]
fn ctrl_u_clears_the_line_up_to_the_cursor_and_ctrl_z_brings_it_back() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    let before = editor.text();
    editor.input(key(KeyCode::Down, KeyModifiers::NONE));
    editor.input(key(KeyCode::End, KeyModifiers::NONE));
    assert!(editor.input(key(KeyCode::Char('u'), KeyModifiers::CONTROL)));
    assert_eq!(editor.text().lines().nth(1), Some(""));
    assert_eq!(editor.text().lines().count(), before.lines().count());
    assert!(editor.input(key(KeyCode::Char('z'), KeyModifiers::CONTROL)));
    assert_eq!(editor.text(), before);
}

#[test]
fn a_syntax_error_names_its_line_and_column_and_keeps_the_text() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    let broken = "{\n  \"ConnectionInput\": {\n    \"Name\": \"a\"\n    \"ConnectionType\": \"JDBC\"\n  }\n}";
    editor.replace_all(broken);
    let err = editor.parse(&form).unwrap_err();
    assert_eq!((err.line, err.column), (4, 5));
    assert_eq!(err.message, "line 4, column 5: expected `,` or `}`");
    assert_eq!(err.to_string(), err.message);
    assert_eq!(editor.text(), broken);
}

#[test]
fn an_unknown_field_is_reported_at_its_line() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    editor.replace_all(
        "{\n  \"ConnectionInput\": {\n    \"Name\": \"a\",\n    \"ConectionType\": \"JDBC\"\n  }\n}",
    );
    let err = editor.parse(&form).unwrap_err();
    assert_eq!(err.line, 4);
    assert!(err.message.starts_with("line 4, column "), "{err}");
    assert!(
        err.message.contains("unknown field `ConectionType`"),
        "{err}"
    );
}

#[test]
fn a_mask_with_no_secret_behind_it_is_an_error_not_a_password() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    let moved = editor
        .text()
        .replace("\"PASSWORD\"", "\"ENCRYPTED_PASSWORD\"");
    editor.replace_all(&moved);
    let err = editor.parse(&form).unwrap_err();
    let line = moved
        .lines()
        .position(|l| l.contains("ENCRYPTED_PASSWORD"))
        .unwrap()
        + 1;
    assert_eq!(err.line, line);
    assert_eq!(
        err.column,
        moved.lines().nth(line - 1).unwrap().find(": \"").unwrap() + 3
    );
    assert!(
        err.message
            .contains("ConnectionInput.ConnectionProperties.ENCRYPTED_PASSWORD"),
        "{err}"
    );
}

#[test]
fn a_paste_lands_at_the_cursor_with_its_line_breaks() {
    let form = Form::new(None);
    let mut editor = ReviewEditor::new(&form, false);
    editor.replace_all("");
    editor.paste("{\r\n  \"ConnectionInput\": {\"Name\": \"n\",\r\"ConnectionType\": \"JDBC\"}}");
    assert_eq!(editor.widget().lines().len(), 3);
    let request = editor.parse(&form).unwrap();
    assert_eq!(request.connection_input.name, "n");
}

/// A whole request pasted into the request already there would make invalid JSON: it takes the text's place, and
/// Ctrl-Z brings the old text back. A fragment still goes in at the cursor.
#[test]
fn a_pasted_whole_request_replaces_the_text_and_ctrl_z_brings_it_back() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    let before = editor.text();
    editor.input(key(KeyCode::Down, KeyModifiers::NONE));
    let pasted = "{\"ConnectionInput\": {\"Name\": \"pasted\", \"ConnectionType\": \"KAFKA\",\n\"ConnectionProperties\": {\"KAFKA_BOOTSTRAP_SERVERS\": \"b:9094\"}}}";
    assert_eq!(editor.paste(pasted), Pasted::ReplacedAll);
    let request = editor.parse(&form).unwrap();
    assert_eq!(request.connection_input.name, "pasted");
    assert_eq!(editor.text(), pasted);
    assert!(editor.input(key(KeyCode::Char('z'), KeyModifiers::CONTROL)));
    assert_eq!(editor.text(), before);

    assert_eq!(editor.paste("\"Description\": \"x\","), Pasted::Inserted);
    assert!(editor.text().contains("\"Description\": \"x\","));
    // An object that is not a request (a properties map copied alone) is a fragment too.
    assert_eq!(editor.paste("{\"PORT\": \"5432\"}"), Pasted::Inserted);
}

#[test]
fn the_command_line_quotes_an_apostrophe_for_the_shell() {
    let mut form = jdbc_form();
    form.set(DESCRIPTION, "Bob's orders").unwrap();
    let command = cli_command(&form.to_request(), false);
    assert!(
        command.starts_with("aws glue create-connection --cli-input-json '{"),
        "{command}"
    );
    assert!(
        command.contains(r#""Description":"Bob'\''s orders""#),
        "{command}"
    );
    assert!(command.ends_with("}'"));
    assert!(!command.contains("s3cret"), "{command}");
    assert!(cli_command(&form.to_request(), true).contains("s3cret"));
}

#[test]
fn a_masked_command_reads_its_secrets_from_the_environment_and_never_sends_the_mask() {
    let form = jdbc_form();
    let (command, variables) = cli_command_reading_secrets(&form.to_request(), false);
    assert_eq!(variables, ["GLUE_PASSWORD"]);
    assert!(!command.contains(SECRET_MASK), "{command}");
    assert!(
        command.contains(
            r#""PASSWORD":"'"${GLUE_PASSWORD:?set GLUE_PASSWORD to the secret glue-tui left out}"'""#
        ),
        "{command}"
    );
    // What a shell makes of it: with the variable set, the JSON the AWS CLI reads holds the secret…
    let run = |env: &[(&str, &str)]| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(command.replacen(
                "aws glue create-connection --cli-input-json",
                "printf %s",
                1,
            ))
            .env_clear()
            .envs(env.iter().copied())
            .output()
            .expect("run sh")
    };
    let set = run(&[("GLUE_PASSWORD", "from-env")]);
    assert!(set.status.success(), "{set:?}");
    let sent: CreateConnectionRequest = serde_json::from_slice(&set.stdout).expect("JSON");
    assert_eq!(
        sent.connection_input.connection_properties["PASSWORD"],
        "from-env"
    );
    // …and without it the shell stops before running anything.
    let unset = run(&[]);
    assert!(!unset.status.success());
    assert!(unset.stdout.is_empty(), "{unset:?}");
    assert!(
        String::from_utf8_lossy(&unset.stderr)
            .contains("set GLUE_PASSWORD to the secret glue-tui left out"),
        "{unset:?}"
    );
}

#[test]
fn the_copied_json_is_pretty_and_masked_unless_revealed() {
    let request = jdbc_form().to_request();
    assert!(
        request_json(&request, false).contains(&format!("\n      \"PASSWORD\": \"{SECRET_MASK}\""))
    );
    assert!(request_json(&request, true).contains("\"PASSWORD\": \"s3cret\""));
}

#[test]
fn a_replaced_text_can_be_undone() {
    let form = jdbc_form();
    let mut editor = ReviewEditor::new(&form, false);
    let before = editor.text();
    editor.replace_all("{}");
    assert_eq!(editor.text(), "{}");
    // One Ctrl-Z undoes the whole replacement, and one Ctrl-R redoes it.
    assert!(editor.input(key(KeyCode::Char('z'), KeyModifiers::CONTROL)));
    assert_eq!(editor.text(), before);
    assert!(editor.input(key(KeyCode::Char('r'), KeyModifiers::CONTROL)));
    assert_eq!(editor.text(), "{}");
}

#[test]
fn a_property_the_description_calls_secret_is_masked_whatever_its_name() {
    let mut form = Form::new(None);
    form.set(CONNECTION_TYPE, "SLACK").unwrap();
    form.set(NAME, "team-chat").unwrap();
    let description: crate::model::ConnectionTypeDescription = serde_json::from_str(
        r#"{"ConnectionType": "SLACK", "ConnectionProperties": {"SIGNING_MATERIAL": {
            "Name": "SIGNING_MATERIAL", "Required": true, "PropertyTypes": ["SECRET"]}}}"#,
    )
    .unwrap();
    assert!(form.apply_description(description));
    form.set(&property_path("SIGNING_MATERIAL"), "pa55-phrase")
        .unwrap();

    for text in [
        ReviewEditor::new(&form, false).text(),
        form_json(&form, false),
    ] {
        assert!(!text.contains("pa55-phrase"), "{text}");
        assert!(text.contains(SECRET_MASK), "{text}");
    }
    // The command reads it from the environment rather than sending the mask.
    let command = form_cli_command(&form, false);
    assert!(!command.contains("pa55-phrase"), "{command}");
    assert!(command.contains("${GLUE_SIGNING_MATERIAL:?"), "{command}");
    assert!(form_json(&form, true).contains("pa55-phrase"));
    // The mask in the preview stands for the value typed: parsing it back sends the real one.
    let parsed = ReviewEditor::new(&form, false).parse(&form).unwrap();
    assert_eq!(
        parsed.connection_input.connection_properties["SIGNING_MATERIAL"],
        "pa55-phrase"
    );
}
