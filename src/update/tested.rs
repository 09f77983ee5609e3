//! `t`: TestConnection on the selected connection, while the user keeps browsing; the row's gutter spins until
//! Glue answers, and the outcome goes to the status bar and (with its time) to the top of the detail pane. And the
//! wizard's Alt-T: TestConnection of the form's unsaved input, the outcome in the status bar.

use std::collections::BTreeSet;

use crate::glue::{ErrorKind, GlueCall, GlueError};
use crate::model::Timestamp;
use crate::msg::Effect;
use crate::state::{Model, TestState};

pub fn start(model: &mut Model) -> Vec<Effect> {
    let Some(name) = model.selected_connection().map(|c| c.name.clone()) else {
        model.info("Nothing to test: no connection is selected");
        return Vec::new();
    };
    if model.tests.get(&name) == Some(&TestState::Running) {
        model.info(format!("{name} is being tested already"));
        return Vec::new();
    }
    model.tests.insert(name.clone(), TestState::Running);
    model.info(format!("Testing {name}… (keep browsing)"));
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::TestConnection {
            name,
            catalog_id: model.session.catalog_id.clone(),
        },
    }]
}

pub fn on_tested(
    model: &mut Model,
    name: String,
    finished: Timestamp,
    result: Result<(), GlueError>,
) -> Vec<Effect> {
    match result {
        Ok(()) => {
            model.info(format!("TestConnection passed for {name}"));
            model.tests.insert(name, TestState::Passed(finished));
        }
        // Deleted elsewhere since it was listed: the row goes, with a word.
        Err(err) if err.kind == ErrorKind::EntityNotFound => {
            super::deleting::drop_rows(model, &BTreeSet::from([name.clone()]));
            let detail = if err.detail.is_empty() {
                String::new()
            } else {
                format!(" ({})", err.detail)
            };
            model.error(format!(
                "TestConnection found no connection {name} in the catalog — it left the list{detail}"
            ));
            return super::paging::fetch_if_wanted(model);
        }
        Err(err) => {
            model.error(err.to_string());
            model
                .tests
                .insert(name, TestState::Failed(finished, err.to_string()));
        }
    }
    Vec::new()
}

/// Alt-T in the wizard: TestConnection with `TestConnectionInput` — the form's type, properties and authentication,
/// as they would be sent — before anything is saved. Only what TestConnectionInput requires is checked here (a
/// type); Glue's test says the rest.
pub fn test_form(model: &mut Model) -> Vec<Effect> {
    let Some(w) = model.wizard_mut() else {
        return Vec::new();
    };
    if w.testing {
        model.info("The form's connection is being tested already");
        return Vec::new();
    }
    let request = w.form.to_request();
    if request.connection_input.connection_type.is_empty() {
        model.error("Nothing to test yet: pick a connection type first (Type step)");
        return Vec::new();
    }
    w.testing = true;
    model.info(format!(
        "Testing the form's {} connection (TestConnectionInput)… keep editing",
        request.connection_input.connection_type
    ));
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::TestUnsaved {
            input: Box::new(request.connection_input),
            catalog_id: request.catalog_id,
        },
    }]
}

pub fn on_form_tested(model: &mut Model, result: Result<(), GlueError>) -> Vec<Effect> {
    if let Some(w) = model.wizard_mut() {
        w.testing = false;
    }
    match result {
        Ok(()) => {
            model.info("TestConnection passed for the form's input — nothing is saved until Ctrl-S")
        }
        Err(err) => model.error(format!("The form's input: {err}")),
    }
    Vec::new()
}
