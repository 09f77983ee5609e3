//! The headless commands, side by side: [`export`] writes the catalog's connections as JSON, [`create`] sends a
//! CreateConnection request read from a file. Above the rules of a request (`crate::request`) and beside the wizard,
//! which uses the same rules; `main.rs` only prints and picks the exit code.

pub mod create;
pub mod export;
