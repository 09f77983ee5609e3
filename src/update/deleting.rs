//! Marks and deletes: Space marks, `*` marks what the filter shows, `U` clears; `d` asks to delete the selected
//! connection or every marked one, confirmed by typing its name (one) or their number (several), as the Glue
//! console asks for the name. The answer removes only the rows that went; the others stay marked with their reason.

use std::collections::BTreeSet;

use super::{line_edit, restore_selection};
use crate::glue::{Deleted, GlueCall};
use crate::keymap::Action;
use crate::msg::Effect;
use crate::screen::group_digits;
use crate::state::{ConfirmDelete, Dialog, Model};

/// Space: the selected connection in or out of the marks.
pub fn toggle_mark(model: &mut Model) {
    let Some(name) = model.selected_connection().map(|c| c.name.clone()) else {
        return;
    };
    if !model.marks.remove(&name) {
        model.marks.insert(name);
    } else {
        model.delete_refused.remove(&name);
    }
}

/// `*`: marks every connection the filter shows — or, when they are all marked already, unmarks them.
pub fn mark_shown(model: &mut Model) {
    let shown: Vec<String> = model
        .filter
        .visible()
        .iter()
        .map(|&row| model.list.items[row].name.clone())
        .collect();
    if shown.iter().all(|n| model.marks.contains(n)) {
        for name in &shown {
            model.marks.remove(name);
            model.delete_refused.remove(name);
        }
        model.info(format!("Unmarked {} shown", group_digits(shown.len())));
    } else {
        model.marks.extend(shown);
        model.info(format!("{} marked", group_digits(model.marks.len())));
    }
}

/// `U`: no marks.
pub fn clear_marks(model: &mut Model) {
    let had = model.marks.len();
    model.marks.clear();
    model.delete_refused.clear();
    if had > 0 {
        model.info(format!("Cleared {} marks", group_digits(had)));
    }
}

/// `d`: the marked connections (in list order), else the selected one, into the confirmation.
pub fn ask(model: &mut Model) {
    let names: Vec<String> = if model.marks.is_empty() {
        model
            .selected_connection()
            .map(|c| c.name.clone())
            .into_iter()
            .collect()
    } else {
        let mut in_order: Vec<String> = model
            .list
            .items
            .iter()
            .filter(|c| model.marks.contains(&c.name))
            .map(|c| c.name.clone())
            .collect();
        // A mark whose row a reload no longer lists is still asked about: Glue says whether it exists.
        in_order.extend(
            model
                .marks
                .iter()
                .filter(|n| !model.list.names.contains(*n))
                .cloned(),
        );
        in_order
    };
    if names.is_empty() {
        model.info("Nothing to delete: no connection is selected");
        return;
    }
    if names.iter().any(|n| model.deleting.contains(n)) {
        model.info("A delete of these connections is on its way already");
        return;
    }
    model.confirm_delete = Some(ConfirmDelete {
        names,
        typed: Default::default(),
    });
    model.help_scroll = 0;
    model.dialog = Some(Dialog::ConfirmDelete);
}

/// A key in the confirmation: typing, Enter (deletes only when the typed text is right), Esc.
pub fn confirm_key(model: &mut Model, action: Action) -> Vec<Effect> {
    let Some(confirm) = model.confirm_delete.as_mut() else {
        model.dialog = None;
        return Vec::new();
    };
    match action {
        Action::Back => {
            model.confirm_delete = None;
            model.dialog = None;
            model.info("Nothing deleted");
            Vec::new()
        }
        Action::Submit if confirm.typed.text().trim() == confirm.expected() => {
            let names = confirm.names.clone();
            model.confirm_delete = None;
            model.dialog = None;
            model.deleting.extend(names.iter().cloned());
            model.info(match names.as_slice() {
                [one] => format!("Deleting {one}…"),
                many => format!("Deleting {} connections…", group_digits(many.len())),
            });
            vec![Effect::Glue {
                session: Box::new(model.session.clone()),
                call: GlueCall::DeleteConnections {
                    names,
                    catalog_id: model.session.catalog_id.clone(),
                },
            }]
        }
        Action::Submit => {
            let expected = confirm.expected();
            let what = if confirm.names.len() == 1 {
                "its name"
            } else {
                "how many"
            };
            model.error(format!(
                "Not deleted: type {what}, {expected}, then Enter (Esc cancels)"
            ));
            Vec::new()
        }
        other => {
            line_edit(&mut confirm.typed, other);
            Vec::new()
        }
    }
}

/// Takes connections that are no longer in the catalog out of the list, the filter, the marks and what is known
/// about them; the selection stays on its row when that row stays, else on its neighbour.
pub(super) fn drop_rows(model: &mut Model, gone: &BTreeSet<String>) {
    model.list.remove(gone);
    model.filter.clear();
    model.filter.extend(&model.list.items);
    for name in gone {
        model.marks.remove(name);
        model.delete_refused.remove(name);
        model.tests.remove(name);
    }
    restore_selection(model);
}

/// The delete's answer: the rows that went (or were already gone) leave the list and the marks; the rest stay
/// marked, each with its reason (shown in the detail pane), and the status bar sums it up.
pub fn on_deleted(model: &mut Model, outcomes: Vec<Deleted>) -> Vec<Effect> {
    let mut gone = BTreeSet::new();
    let mut refused: Vec<(String, String)> = Vec::new();
    let mut already_gone = 0;
    for Deleted { name, outcome } in outcomes.iter().cloned() {
        model.deleting.remove(&name);
        match outcome {
            Ok(()) => {
                gone.insert(name);
            }
            Err(r) if r.not_found => {
                already_gone += 1;
                gone.insert(name);
            }
            Err(r) => refused.push((name, r.reason)),
        }
    }
    drop_rows(model, &gone);
    let several = outcomes.len() > 1;
    for (name, reason) in &refused {
        if several {
            model.marks.insert(name.clone());
        }
        model.delete_refused.insert(name.clone(), reason.clone());
    }
    let deleted = gone.len() - already_gone;
    match (outcomes.as_slice(), refused.first()) {
        ([one], None) if already_gone == 1 => model.info(format!(
            "{} was already gone (deleted elsewhere): it left the list",
            one.name
        )),
        ([one], None) => model.info(format!("Deleted {}", one.name)),
        ([_], Some((_, reason))) => model.error(reason.clone()),
        (all, None) => model.info(format!("Deleted {} connections", group_digits(all.len()))),
        (all, Some((name, reason))) => {
            let more = match refused.len() {
                1 => String::new(),
                n => format!(
                    " ({} more not deleted: they stay marked, each with its reason)",
                    n - 1
                ),
            };
            model.error(format!(
                "Deleted {} of {} — not {name}: {reason}{more}",
                group_digits(deleted + already_gone),
                group_digits(all.len())
            ));
        }
    }
    super::paging::fetch_if_wanted(model)
}
