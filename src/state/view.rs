//! What has the screen and the keys: one view at a time, and at most one dialog over it.
//!
//! `update` routes keys by these and `ui::draw` draws by them, so a new screen is a new variant here, an arm in
//! each of those two `match`es, and its own files (CONTRIBUTING.md, "Adding a view").

use super::Wizard;

/// The screen under any dialog.
pub enum View {
    /// The connection list beside the detail pane.
    Browser,
    /// The create wizard: it takes the keys and the body of the screen until it closes.
    Wizard(Box<Wizard>),
}

/// A box drawn over the view that takes the keys first while it is open (the confirmations and pickers of later
/// features join here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// `?`: the keys of the view under it, drawn from the key table.
    Help,
    /// `M`: the last status messages, whole and newest first (a status line cuts a long one).
    Messages,
    /// `d`: which connections a delete would remove, and the name (or count) to type to confirm
    /// (`Model::confirm_delete` holds them).
    ConfirmDelete,
    /// `w`: the path to write the selected or marked connections to (`Model::write_prompt`).
    WritePath,
}
