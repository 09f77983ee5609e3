//! The layers, checked on the source: the SDK stops at `src/glue/`. Everything above it (update, state, ui, model,
//! the wizard and the commands) works on the AWS JSON model and the `GlueApi` trait, so the demo backend, the tests'
//! fakes and the headless commands share it all. A mention anywhere outside `src/glue/`, comments included, fails.

use std::fs;
use std::path::Path;

use crate::support::source::rust_files;

const SDK: &str = "aws_sdk_glue";

#[test]
fn nothing_outside_src_glue_names_the_sdk() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let glue = src.join("glue");
    let files = rust_files(&src);
    assert!(files.len() > 20, "the source tree was found: {files:?}");
    let mut offenders = Vec::new();
    for path in files.iter().filter(|p| !p.starts_with(&glue)) {
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (n, line) in text.lines().enumerate() {
            if line.contains(SDK) {
                let shown = path.strip_prefix(root).unwrap_or(path).display();
                offenders.push(format!("{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "{SDK} is named outside src/glue/ — convert to the model (src/model/) inside src/glue/sdk/ instead:\n{}",
        offenders.join("\n")
    );
    // And the check is looking where the SDK is: the adapter names it.
    assert!(
        files
            .iter()
            .filter(|p| p.starts_with(&glue))
            .any(|p| fs::read_to_string(p).is_ok_and(|t| t.contains(SDK))),
        "no file under src/glue/ names {SDK}: is the check looking in the right place?"
    );
}

/// Code lines (not comments) under `dir` that name `module`, as `path:line: text`.
fn code_naming(root: &Path, dir: &str, module: &str) -> Vec<String> {
    let files = rust_files(&root.join(dir));
    assert!(!files.is_empty(), "{dir} was found");
    let mut found = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if !code.starts_with("//") && code.contains(module) {
                let shown = path.strip_prefix(root).unwrap_or(&path).display();
                found.push(format!("{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

/// `update` decides and `ui` draws; what both need to know about the screen (pane sizes, the detail pane's lines)
/// is in `src/screen/`, below them both. So update never asks the view, and the view never reaches into update.
#[test]
fn update_and_ui_do_not_import_each_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut offenders = Vec::new();
    for dir in ["src/update", "src/state", "src/screen"] {
        offenders.extend(code_naming(root, dir, "crate::ui"));
    }
    for dir in ["src/ui", "src/state", "src/screen"] {
        offenders.extend(code_naming(root, dir, "crate::update"));
    }
    assert!(
        offenders.is_empty(),
        "the arrows run one way (update → screen ← ui); move what both need into src/screen/:\n{}",
        offenders.join("\n")
    );
    // The check is looking where the imports are: ui draws the state, update changes it.
    assert!(!code_naming(root, "src/ui", "crate::state").is_empty());
    assert!(!code_naming(root, "src/update", "crate::state").is_empty());
}
