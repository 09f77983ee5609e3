//! The headless commands, side by side: [`export`] writes the catalog's connections as JSON, [`create`] sends a
//! CreateConnection request read from a file, [`import`] creates every connection of a file. Above the rules of a request (`crate::request`) and beside the wizard,
//! which uses the same rules; `main.rs` only prints and picks the exit code.

pub mod create;
pub mod export;
pub mod import;

/// The text of `path`, or of stdin for `-`.
pub(crate) fn read_input(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    if path == std::path::Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(path)
    }
}
