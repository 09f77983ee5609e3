//! glue-tui: a terminal UI for AWS Glue Data Catalog connections.
//!
//! The library holds everything; `main.rs` only parses flags and picks the TUI or a headless command, so tests and
//! benches drive the same code a user runs.

pub mod app;
pub mod cli;
pub mod clipboard;
pub mod commands;
pub mod drafts;
pub mod editor;
pub mod effects;
pub mod files;
pub mod filter;
pub mod glue;
pub mod keymap;
pub mod logging;
pub mod model;
pub mod msg;
pub mod path_completion;
pub mod request;
pub mod screen;
pub mod state;
pub mod ui;
pub mod update;
pub mod wizard;
