//! `--readonly`: the one gate every key's action passes before it does anything — the browser's (`on_action`) and
//! the wizard's (`wizard::on_key`) — so no view can forget it. What it refuses is `keymap::changes_definitions`;
//! `create --from-json` is refused by the same flag in `main.rs`.

use crate::keymap::{self, Action, Context};
use crate::state::Model;

/// True (and a word in the status bar) when `action` would change a definition and the session is read-only.
pub fn refuses(model: &mut Model, context: Context, action: Action) -> bool {
    if !model.session.readonly || !keymap::changes_definitions(action) {
        return false;
    }
    let key = keymap::key_name(context, action).unwrap_or_else(|| "that key".to_string());
    model.error(format!(
        "read-only: {key} is off (started with --readonly; browsing, copying and exporting still work)"
    ));
    true
}
