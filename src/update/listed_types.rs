//! ListConnectionTypes for the wizard's type picker: asked when the wizard opens for an account and region it has
//! no list for, and merged into the open picker when it answers.

use crate::glue::{GlueCall, GlueError};
use crate::model::ConnectionTypeBrief;
use crate::msg::Effect;
use crate::state::{ListedState, ListedTypes, Model};

/// Asks for the list unless it is in hand or on its way for the session's account and region. A list that could
/// not be had is asked for again: the next wizard may find the endpoint answering.
pub fn ask_for_types(model: &mut Model) -> Vec<Effect> {
    let origin = model.session.types_origin();
    let known = model
        .listed_types
        .as_ref()
        .is_some_and(|l| l.origin == origin && !matches!(l.state, ListedState::Unavailable(_)));
    if known {
        return Vec::new();
    }
    model.listed_types = Some(ListedTypes {
        origin: origin.clone(),
        state: ListedState::Asking,
    });
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::ListConnectionTypes { origin },
    }]
}

/// The list arrived (or could not be had): kept for the account and region it was asked for, and given to the
/// open picker. A failure says nothing in the status bar — the picker's own table serves, and its header says why
/// no more types are listed.
pub fn on_listed(
    model: &mut Model,
    origin: String,
    result: Result<Vec<ConnectionTypeBrief>, GlueError>,
) -> Vec<Effect> {
    let Some(listed) = model.listed_types.as_mut().filter(|l| l.origin == origin) else {
        return Vec::new();
    };
    listed.state = match result {
        Ok(briefs) => ListedState::Listed(briefs),
        Err(e) => {
            tracing::info!(kind = ?e.kind, "ListConnectionTypes gave no answer: {e}");
            ListedState::Unavailable(e.to_string())
        }
    };
    model.refresh_picker_list();
    Vec::new()
}
