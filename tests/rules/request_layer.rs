//! `src/request/` — the rules of a CreateConnection request — is one layer below its users: the wizard, the headless
//! commands, `update`, `ui` and `state` use it, and it uses none of them. A mention of one of them in any file under
//! it (code or comment) fails here, so a cycle cannot creep back in.

use std::path::Path;

use crate::support::source::rust_files;

/// The modules above the rules.
const ABOVE: &[&str] = &[
    "crate::wizard",
    "crate::commands",
    "crate::update",
    "crate::ui",
    "crate::state",
];

#[test]
fn the_request_rules_import_nothing_above_them() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/request");
    let files = rust_files(&root);
    // Not vacuous: the module, the table and the validators are there.
    for expected in [
        "mod.rs",
        "spec.rs",
        "spec/table.rs",
        "validate.rs",
        "problems.rs",
    ] {
        assert!(
            files.contains(&root.join(expected)),
            "src/request/{expected} is missing; found {files:?}"
        );
    }
    let mut offences = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (i, line) in text.lines().enumerate() {
            for above in ABOVE {
                if line.contains(above) {
                    offences.push(format!(
                        "{}:{}: names {above}: {}",
                        file.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                            .unwrap_or(file)
                            .display(),
                        i + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "src/request/ must not use what is built on it:\n{}",
        offences.join("\n")
    );
}
