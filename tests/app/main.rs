//! The app below the terminal: `update` driven by messages and keys as the event loop drives it (the browser, the
//! profile switch, the create wizard and its submit through the SDK over mocks), and what the screen then shows —
//! insta snapshots on ratatui's `TestBackend`, and searches for secrets.

#[path = "../support/mod.rs"]
mod support;

mod deleting;
mod editing;
mod external_edit;
mod profiles;
mod render;
mod render_wizard;
mod secrets;
mod testing;
mod update_sequences;
mod wizard_submit;
mod wizard_update;
mod writing;
