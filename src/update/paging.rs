//! Lazy paging: when to ask for the next page, what a page's arrival changes, and which answers are stale.

use super::restore_selection;
use crate::glue::{GlueCall, GlueError, Page};
use crate::msg::Effect;
use crate::screen::{group_digits, layout};
use crate::state::Model;

/// A new listing (start-up, reload, another catalog, region, profile or server filter): new generation, first page.
/// The old rows stay on screen until the first page replaces them. `seek` keeps paging until that name is back.
pub fn start_listing(model: &mut Model, seek: Option<String>) -> Vec<Effect> {
    let generation = model.list.restart(seek);
    model.list.failures_in_a_row = 0;
    model.retry_note = None;
    model.attempt = None;
    vec![fetch(model, generation, None)]
}

/// `r`: resume from the failed page's token when a page failed mid-listing, otherwise list again from the start.
pub fn reload(model: &mut Model) -> Vec<Effect> {
    if model.list.failed.is_some() && model.list.next_token.is_some() && !model.list.stale {
        model.list.failed = None;
        model.list.in_flight = true;
        model.info("Resuming from the page that failed");
        let token = model.list.next_token.clone();
        return vec![fetch(model, model.list.generation, token)];
    }
    if model.list.in_flight && model.list.pages == 0 {
        // The first page of a listing is already on its way; asking again would only race it.
        return Vec::new();
    }
    if model.list.failed.is_some() {
        model.info("Retrying: listing again from the first page");
    } else {
        model.message = None;
    }
    let seek = model.selected_name.clone();
    let failures = model.list.failures_in_a_row;
    let effects = start_listing(model, seek);
    // A retry, not a new listing: its failure counts on from the last.
    model.list.failures_in_a_row = failures;
    effects
}

fn fetch(model: &Model, generation: u64, token: Option<String>) -> Effect {
    Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::GetConnectionsPage {
            generation,
            request: model.session.page_request(token),
        },
    }
}

pub fn on_page(model: &mut Model, generation: u64, result: Result<Page, GlueError>) -> Vec<Effect> {
    if generation != model.list.generation {
        tracing::debug!(
            generation,
            current = model.list.generation,
            "dropped a page of an older listing"
        );
        return Vec::new();
    }
    model.list.in_flight = false;
    model.retry_note = None;
    model.attempt = None;
    match result {
        Ok(page) => {
            let was_stale = model.list.stale;
            let start = model.list.append(page.connections);
            if was_stale {
                model.filter.clear();
                model.list_offset = 0;
            }
            model.filter.extend(&model.list.items[start..]);
            model.list.next_token = page.next_token;
            model.list.complete = model.list.next_token.is_none();
            model.list.pages += 1;
            model.list.failed = None;
            model.list.failures_in_a_row = 0;
            let found = model
                .list
                .seek
                .as_ref()
                .is_some_and(|name| model.list.names.contains(name));
            if found || model.list.complete {
                model.list.seek = None;
            }
            restore_selection(model);
            if model.list.complete && model.list.pages > 1 {
                model.progress(format!(
                    "All {} connections loaded",
                    group_digits(model.list.items.len())
                ));
            }
            fetch_if_wanted(model)
        }
        Err(err) => {
            tracing::warn!(kind = ?err.kind, "GetConnections page failed");
            model.list.failures_in_a_row += 1;
            match model.list.failures_in_a_row {
                1 => model.glue_error(&err),
                n => model.error(format!("Failed again ({n} tries): {err}")),
            }
            model.list.failed = Some(err);
            model.list.seek = None;
            Vec::new()
        }
    }
}

/// Ask for the next page if the user is near the end of what is loaded, pressed `L`, is filtering (the filter must
/// see every connection) or a reload is still looking for the old selection.
pub fn fetch_if_wanted(model: &mut Model) -> Vec<Effect> {
    let list = &model.list;
    if list.in_flight || list.failed.is_some() || list.stale || !list.more_available() {
        return Vec::new();
    }
    let screen = layout::list_rows(model.width, model.height).max(1);
    let near_end = model.selected + screen >= model.visible_len();
    let wanted =
        near_end || list.load_all || list.seek.is_some() || !model.filter.query().is_empty();
    if !wanted {
        return Vec::new();
    }
    model.list.in_flight = true;
    let token = model.list.next_token.clone();
    vec![fetch(model, model.list.generation, token)]
}
