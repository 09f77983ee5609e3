//! The answers to the wizard's questions: leave, quit, resume a draft, which list gets a row, which file to load,
//! whether it replaces the form.

use crossterm::event::{KeyCode, KeyEvent};

use super::{add_row, describe_type, edit, keep_draft, load_file};
use crate::msg::Effect;
use crate::state::completion::tab;
use crate::state::{Ask, Completed, Model, View, Wizard};
use crate::wizard::form::{Form, Section};

pub(super) fn answer(model: &mut Model, ask: Ask, key: KeyEvent) -> Vec<Effect> {
    let yes = matches!(key.code, KeyCode::Char('y') | KeyCode::Char('Y'));
    let no = matches!(
        key.code,
        KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc
    );
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    match ask {
        Ask::Leave if yes || key.code == KeyCode::Enter => {
            let effects = keep_draft(model);
            let edit_of = model
                .close_wizard()
                .and_then(|w| w.form.edit_of().map(str::to_owned));
            model.info(match edit_of {
                Some(name) => format!(
                    "Edit closed, nothing sent — kept as a draft (without secrets); e on {name} or n offers it again"
                ),
                None => "Form closed — kept as a draft (without secrets); n offers it again".to_string(),
            });
            effects
        }
        Ask::Leave if key.code == KeyCode::Char('d') => {
            model.close_wizard();
            model.draft = None;
            model.info("Form discarded");
            vec![Effect::SaveDraft(None)]
        }
        Ask::Quit if yes || key.code == KeyCode::Enter => {
            let mut effects = keep_draft(model);
            effects.extend(crate::update::quit(model));
            effects
        }
        Ask::Leave | Ask::Quit if no => Vec::new(),
        Ask::ResumeDraft(draft) if yes || key.code == KeyCode::Enter => {
            let catalog = model.session.catalog_id.clone();
            let mut form = Form::from_request(&draft.request);
            form.mark_to_retype(&draft.secrets_left_out);
            form.set_edit_of(draft.edit_of.clone());
            if draft.request.catalog_id.is_none() && catalog.is_some() {
                let _ = form.set(
                    crate::wizard::form::CATALOG_ID,
                    catalog.as_deref().unwrap_or(""),
                );
            }
            let section = if draft.request.connection_input.connection_type.is_empty() {
                Section::Type
            } else {
                Section::Basics
            };
            form.goto(section, 0);
            **w = Wizard::new(form);
            model.refresh_picker_list();
            model.info(restored_note(&draft.secrets_left_out));
            let mut effects = Vec::new();
            // The draft kept no secret, so its form reads the stored ones again: the read `e` started carried them
            // into the form this one replaces.
            if let Some(name) = draft.edit_of.clone() {
                let listed = model.list.items.iter().find(|c| c.name == name).cloned();
                effects.extend(crate::update::editing::start(model, name, listed));
            }
            effects.extend(describe_type(model));
            effects
        }
        Ask::ResumeDraft(_) if no => {
            // The draft stays on disk until this form is sent or kept in its place.
            Vec::new()
        }
        Ask::AddRowTo => {
            let lists = w.form.row_lists();
            let focused_list = w.form.fields().get(w.form.focus).and_then(|f| f.row);
            let chosen = match key.code {
                KeyCode::Char(c) => c
                    .to_digit(10)
                    .and_then(|d| lists.get((d as usize).checked_sub(1)?))
                    .copied(),
                KeyCode::Enter => focused_list
                    .map(|(rows, _)| rows)
                    .or(lists.first().copied()),
                _ => None,
            };
            if let Some(rows) = chosen {
                add_row(w, rows);
            }
            Vec::new()
        }
        Ask::OpenFile(mut input) => match key.code {
            KeyCode::Enter if !input.text().trim().is_empty() => {
                let path = crate::path_completion::expand_home(input.text().trim())
                    .to_string_lossy()
                    .into_owned();
                vec![Effect::ReadFile { path }]
            }
            KeyCode::Esc => {
                w.path_completion = None;
                Vec::new()
            }
            // Tab again on what the last Tab left walks its candidates; otherwise the runner lists the directory
            // (`on_path_listed` completes from its answer).
            KeyCode::Tab => {
                if let Some(walking) = w.path_completion.take().filter(|c| c.continues(&input)) {
                    if let Completed::Several(next) = tab(&mut input, 0, &[], |_| "", Some(walking))
                    {
                        w.path_completion = Some(next);
                    }
                    w.ask = Some(Ask::OpenFile(input));
                    return Vec::new();
                }
                let typed = input.text().to_string();
                w.ask = Some(Ask::OpenFile(input));
                vec![Effect::ListPath { typed }]
            }
            _ => {
                w.path_completion = None;
                edit::line_key(&mut input, key);
                w.ask = Some(Ask::OpenFile(input));
                Vec::new()
            }
        },
        Ask::SendWithoutSecrets(_) if yes => {
            w.send_without_secrets = true;
            super::submit::submit(model)
        }
        Ask::SendWithoutSecrets(labels) if no => {
            if let Some((section, focus)) = labels.first().and_then(|l| w.form.field_labelled(l)) {
                w.form.goto(section, focus);
                w.cursor_to_end();
            }
            model.info("Not sent — type the secrets, then Ctrl-S");
            Vec::new()
        }
        Ask::ReplaceForm { path, text } if yes || key.code == KeyCode::Enter => {
            load_file(model, &path, &text)
        }
        Ask::ReplaceForm { path, .. } if no => {
            model.info(format!("Kept the form — {path} was not loaded"));
            Vec::new()
        }
        // Any other key leaves the question up.
        ask => {
            w.ask = Some(ask);
            Vec::new()
        }
    }
}

/// What restoring a draft says: which secrets to type again, by the labels of their fields (marked there too).
fn restored_note(left_out: &[crate::model::SecretLeftOut]) -> String {
    match left_out {
        [] => "Draft restored".to_string(),
        [one] => format!(
            "Draft restored — type {} again: drafts keep no secrets",
            one.label
        ),
        many => format!(
            "Draft restored — type these again, drafts keep no secrets: {}",
            many.iter()
                .map(|s| s.label.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The directory listing a Tab at the Alt-O prompt asked for: completes the path if the prompt still holds what was
/// typed then (a key pressed meanwhile wins).
pub fn on_path_listed(model: &mut Model, typed: &str, candidates: Vec<String>) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let Some(Ask::OpenFile(input)) = w.ask.as_mut() else {
        return Vec::new();
    };
    if input.text() != typed {
        return Vec::new();
    }
    match tab(input, 0, &candidates, |_| "", None) {
        Completed::Nothing => model.info(format!("Nothing there starts like “{typed}”")),
        Completed::Unique => w.path_completion = None,
        Completed::Several(c) => w.path_completion = Some(c),
    }
    Vec::new()
}
