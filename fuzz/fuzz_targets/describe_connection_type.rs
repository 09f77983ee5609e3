//! DescribeConnectionType's answer (`aws glue describe-connection-type` JSON, as `assets/demo/connection_types.json`
//! holds it, one type per document) → `ConnectionTypeDescription` → the wizard's form built from it.
//!
//! Beyond "no panic":
//! * once written, a description reads back as itself and writes the same text (the first write may merge two
//!   definitions that give the same `Name`: the JSON keys them by name);
//! * a form on the described type takes the description (`apply_description` is true), and every section's fields,
//!   the problems, the request and the Review JSON come out of it; picking a choice of every choice field keeps the
//!   form consistent; the request the form stands for reads back through `create --from-json`'s reader.
//!
//! A description of a type the SDK does not know is also merged into a form on a known type (picked from the
//! input's length), so unknown type names do not hide the form code from the fuzzer.
#![no_main]

use glue_tui::commands::create;
use glue_tui::glue::parse_connection_type;
use glue_tui::model::ConnectionTypeDescription;
use glue_tui::wizard::form::{CONNECTION_TYPE, Form, NAME, Section};
use glue_tui::wizard::review::form_json;
use libfuzzer_sys::fuzz_target;

/// Types with a spec row and without, classic and SaaS.
const TYPES: &[&str] = &[
    "SALESFORCE",
    "JDBC",
    "KAFKA",
    "SLACK",
    "GOOGLEADS",
    "BIGQUERY",
    "MONGODB",
    "NETWORK",
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(mut description) = serde_json::from_str::<ConnectionTypeDescription>(&text) else {
        return;
    };
    let _ = description.supported_authentication_types();
    let _ = description.default_authentication_type();
    let _ = description.required_properties().count();

    let once = serde_json::to_string(&description).expect("a description serialises");
    let read: ConnectionTypeDescription = serde_json::from_str(&once)
        .unwrap_or_else(|e| panic!("a written description does not read back: {e}\n{once}"));
    let twice = serde_json::to_string(&read).expect("a description serialises");
    let again: ConnectionTypeDescription = serde_json::from_str(&twice).expect("reads back");
    assert_eq!(again, read, "a description read back differs:\n{twice}");
    assert_eq!(twice, once, "a description written twice differs");

    let ty = match parse_connection_type(&description.connection_type) {
        Ok(ty) => ty,
        Err(_) => {
            let ty = TYPES[data.len() % TYPES.len()];
            description.connection_type = ty.to_string();
            ty.to_string()
        }
    };
    let mut form = Form::new(None);
    form.set(CONNECTION_TYPE, &ty)
        .unwrap_or_else(|e| panic!("the form refuses the type {ty}: {e}"));
    form.set(NAME, "fuzz").expect("a name");
    assert!(
        form.apply_description(description),
        "a description of {ty} not taken"
    );
    assert!(form.description().is_some());
    walk(&mut form);

    // Pick a choice of every choice field, section by section, as a user cycling through them would.
    for section in Section::ALL {
        form.goto(section, 0);
        for field in form.fields() {
            if let Some(choice) = field.choices.last() {
                let _ = form.choose(&field.path, choice);
            }
        }
    }
    walk(&mut form);
});

/// Every view of the form, and its request through the `--from-json` reader.
fn walk(form: &mut Form) {
    for section in Section::ALL {
        form.goto(section, usize::MAX);
        let _ = form.fields();
        let _ = form.row_lists();
    }
    let _ = form.problems();
    let _ = form.first_problem_location();
    let _ = form.problem_counts();
    let _ = form.draft();
    let _ = form_json(form, false);
    let request = form.to_request();
    let shown = create::dry_run(&request, true);
    let back = create::parse("form", &shown)
        .unwrap_or_else(|e| panic!("the form's request does not read back: {e}\n{shown}"));
    assert_eq!(back, request, "the form's request reads back as another");
}
