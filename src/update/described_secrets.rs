//! The browser's half of "a property the type calls SECRET is masked everywhere": the detail pane, the raw view and
//! `y` mask by the one name rule plus the SECRET properties of the type's description (`Model::secret_names`). The
//! built-in table already knows every secret of the types it gives fields; for the others — the SaaS connectors,
//! custom `REST-…` types, types newer than this build — the browser asks DescribeConnectionType once a session, when
//! a connection of that type is first selected. Until the answer comes (or when none comes: moto, no permission)
//! the name rule alone masks, which catches passwords, tokens, keys and secrets by their names.

use crate::glue::GlueCall;
use crate::msg::Effect;
use crate::request::spec::spec_for;
use crate::state::{Model, View};

/// The DescribeConnectionType call the selected connection's type still needs for masking, if any.
pub fn describe_selected(model: &mut Model) -> Vec<Effect> {
    if model.quitting || !matches!(model.view, View::Browser) {
        return Vec::new();
    }
    let Some(connection_type) = model
        .selected_connection()
        .and_then(|c| c.connection_type.as_deref())
        .map(|t| t.trim().to_ascii_uppercase())
        .filter(|t| !t.is_empty())
    else {
        return Vec::new();
    };
    let table_knows = spec_for(&connection_type).is_some_and(|s| !s.fields.is_empty());
    if table_knows
        || model.described_secrets.contains_key(&connection_type)
        || !model.asked_for_secrets.insert(connection_type.clone())
    {
        return Vec::new();
    }
    tracing::debug!(
        connection_type,
        "describing the selected connection's type for masking"
    );
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::DescribeConnectionType { connection_type },
    }]
}
