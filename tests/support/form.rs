//! The wizard's form as a user fills it: a form started with a type and a name, entries and items added, a field
//! looked up by its path.

use glue_tui::wizard::form::*;

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// A form with a type and a name, as the first two sections leave it.
pub fn started(ty: &str, name: &str) -> Form {
    let mut f = Form::new(None);
    f.set(CONNECTION_TYPE, ty).unwrap();
    f.set(NAME, name).unwrap();
    f
}

pub fn add_entry(f: &mut Form, rows: Rows, key: &str, value: &str) {
    let i = f.add_row(rows);
    f.set(&row_path(rows, i, RowPart::Key), key).unwrap();
    f.set(&row_path(rows, i, RowPart::Value), value).unwrap();
}

pub fn add_item(f: &mut Form, rows: Rows, value: &str) {
    let i = f.add_row(rows);
    f.set(&row_path(rows, i, RowPart::Value), value).unwrap();
}

pub fn field(f: &Form, path: &str) -> FieldView {
    f.fields()
        .into_iter()
        .find(|v| v.path == path)
        .unwrap_or_else(|| panic!("no field {path} in {:?}", f.section))
}

/// The messages of the refusals at `path`.
pub fn messages_at(f: &Form, path: &str) -> Vec<String> {
    f.problems()
        .into_iter()
        .filter(|p| p.path == path)
        .map(|p| p.message)
        .collect()
}
