//! The wizard's Review step: the request the form stands for as editable JSON, parsed back into a request on every
//! keystroke so the form and the text never disagree for long.
//!
//! Pure state — no I/O. Secrets are shown as [`SECRET_MASK`](crate::model::SECRET_MASK) unless revealed — those of
//! the form, and those of text that arrives from outside (a loaded file, a paste), which are masked before the text
//! is shown, by the one rule (`model::secret_place`) and the type's described SECRET properties, their values kept
//! by the editor. [`ReviewEditor::parse`] puts the real values back where the mask still stands (the editor's kept
//! ones first, then the form's), so editing the masked text never sends the mask as a password. The caller keeps the
//! form in step: after a successful parse, `form.replace_with(&request)`; to switch the reveal, a new
//! [`ReviewEditor::new`] from that form.

mod command;
pub mod diff;
mod restore;
mod secrets;
#[cfg(test)]
mod tests;

use ratatui::style::{Color, Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use std::collections::BTreeMap;

use crate::model::{CreateConnectionRequest, SecretNames};
use crate::request::read_document;
use crate::wizard::form::Form;

pub use command::{cli_command, cli_command_reading_secrets, edit_json, request_json};

/// The form's request as pretty JSON — CreateConnection's, or UpdateConnection's for an edit; unless `reveal`,
/// with every secret the form knows of masked.
pub fn form_json(form: &Form, reveal: bool) -> String {
    if reveal {
        edit_json(&form.to_request(), form.edit_of(), true)
    } else {
        edit_json(&form.masked_request(), form.edit_of(), true)
    }
}

/// The `aws glue create-connection` command for the form's request, masked as [`form_json`] is — each masked
/// secret read from an environment variable (see `command`).
pub fn form_cli_command(form: &Form, reveal: bool) -> String {
    form_cli_command_reading_secrets(form, reveal).0
}

/// [`form_cli_command`], and the environment variables it reads the secrets from.
pub fn form_cli_command_reading_secrets(form: &Form, reveal: bool) -> (String, Vec<String>) {
    if reveal {
        command::edit_command_reading_secrets(&form.to_request(), form.edit_of(), true)
    } else {
        command::edit_command_reading_secrets(&form.masked_request(), form.edit_of(), true)
    }
}

/// Why the text is not a request. `message` is what the user reads, position first
/// (``line 4, column 17: expected `,` or `}` ``); `line` and `column` are 1-based, for moving the cursor there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl ReviewError {
    fn at(line: usize, column: usize, what: &str) -> ReviewError {
        // serde_json says column 0 for an error before the line's first character; the promise is 1-based.
        let (line, column) = (line.max(1), column.max(1));
        ReviewError {
            line,
            column,
            message: format!("line {line}, column {column}: {what}"),
        }
    }
}

impl std::fmt::Display for ReviewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReviewError {}

/// The Review step's editor. Render [`ReviewEditor::widget`] with `frame.render_widget(editor.widget(), inner)`
/// inside the caller's own block; keys not meant for the editor (Esc, Ctrl-S, section switches…) are the caller's
/// to take before [`ReviewEditor::input`]. The editing keys are ratatui-textarea's defaults: arrows/Ctrl-F/B/N/P
/// move, Ctrl-A/E line start/end, Ctrl-K/J delete to line end/start, Ctrl-W delete word, Ctrl-Z undo (not Ctrl-U:
/// see [`ReviewEditor::input`]), Ctrl-R redo,
/// Ctrl-C/X/Y copy/cut/paste within the editor, Ctrl-V/Alt-V page down/up, Tab two spaces.
pub struct ReviewEditor {
    textarea: TextArea<'static>,
    reveal: bool,
    /// The SECRET properties of the form's described type, when it has a description: masked in incoming text too.
    described: SecretNames,
    /// Secrets masked out of incoming text, by JSON pointer: what their masks stand for.
    kept: BTreeMap<String, String>,
}

impl ReviewEditor {
    /// The request `form` stands for as pretty JSON ([`request_json`]), secrets masked unless `reveal`; the cursor at
    /// the top.
    pub fn new(form: &Form, reveal: bool) -> ReviewEditor {
        let json = form_json(form, reveal);
        let mut textarea = TextArea::from(json.lines());
        textarea.set_tab_length(2);
        // Long lines wrap under themselves, so the line numbers never scroll out of sight.
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_line_number_style(Style::new().fg(Color::DarkGray));
        textarea.set_placeholder_text(
            "Type or paste a request: the JSON `aws glue create-connection --cli-input-json` reads",
        );
        let described = form.description().map(SecretNames::of).unwrap_or_default();
        let mut editor = ReviewEditor {
            textarea,
            reveal,
            described,
            kept: BTreeMap::new(),
        };
        editor.set_focused(true);
        editor
    }

    /// Whether the text was made with secrets shown.
    pub fn reveals_secrets(&self) -> bool {
        self.reveal
    }

    /// Shows the cursor and highlights its line only while the editor has the focus, so an unfocused editor does
    /// not look like it takes keys.
    pub fn set_focused(&mut self, focused: bool) {
        let (cursor, cursor_line) = if focused {
            (
                Style::new().add_modifier(Modifier::REVERSED),
                Style::new().add_modifier(Modifier::UNDERLINED),
            )
        } else {
            (Style::new(), Style::new())
        };
        self.textarea.set_cursor_style(cursor);
        self.textarea.set_cursor_line_style(cursor_line);
    }

    /// A key typed in the editor, with ratatui-textarea's default bindings but for two, made to agree with the
    /// rest of the app: Ctrl-Z undoes (the textarea's Ctrl-U), and Ctrl-U clears the line up to the cursor, as it
    /// clears a field or the command line. True when the text changed.
    pub fn input(&mut self, key: crossterm::event::KeyEvent) -> bool {
        use crossterm::event::{KeyCode, KeyModifiers};
        let ctrl_only =
            key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT) == KeyModifiers::CONTROL;
        match key.code {
            // A replacement (a loaded file, a pasted request) is a deletion and an insertion in the textarea's
            // history: an undo or redo that stops on the empty text between them takes the other half too.
            KeyCode::Char('z') if ctrl_only => {
                let changed = self.textarea.undo();
                if changed && self.textarea.is_empty() {
                    self.textarea.undo();
                }
                changed
            }
            KeyCode::Char('r') if ctrl_only => {
                let changed = self.textarea.redo();
                if changed && self.textarea.is_empty() {
                    self.textarea.redo();
                }
                changed
            }
            KeyCode::Char('u') if ctrl_only => self.textarea.delete_line_by_head(),
            _ => self.textarea.input(key),
        }
    }

    /// A bracketed paste, inserted at the cursor (over the selection, if any). Unless secrets are shown, a secret
    /// the paste brings (a string value at a secret place of the text as it will be) goes in masked, its value kept:
    /// the plain text is never on screen, nor in the undo history.
    ///
    /// A paste that is a whole request on its own (a JSON object with `ConnectionInput`, as copied from a file or
    /// `get-connection`) replaces the text instead: inserted into the request already there it could only make
    /// invalid JSON. Ctrl-Z brings the old text back. Returns whether it replaced the text.
    pub fn paste(&mut self, text: &str) -> Pasted {
        if is_whole_request(text) {
            self.replace_all(text);
            return Pasted::ReplacedAll;
        }
        self.insert_paste(text);
        Pasted::Inserted
    }

    fn insert_paste(&mut self, text: &str) {
        let text = normalise_newlines(text);
        if self.reveal {
            self.textarea.insert_str(text);
            return;
        }
        let old = self.text();
        let (start, end) = match self.textarea.selection_range() {
            Some((from, to)) => (offset(&old, from), offset(&old, to)),
            None => {
                let at = offset(&old, (self.textarea.cursor().0, self.textarea.cursor().1));
                (at, at)
            }
        };
        let whole = format!("{}{text}{}", &old[..start], &old[end..]);
        let masked = secrets::mask_text(&whole, &self.described, start..start + text.len());
        if masked.taken.is_empty() {
            self.textarea.insert_str(text);
            return;
        }
        let cursor = secrets::moved(start + text.len(), &masked.replaced);
        self.take_masked(masked, cursor);
    }

    /// The form's type has just been described: the properties its description calls SECRET are masked from now on,
    /// those already in the text too (a file loaded before the description came). The cursor stays where it was.
    pub fn learn_described(&mut self, form: &Form) {
        self.described = form.description().map(SecretNames::of).unwrap_or_default();
        if self.reveal || self.described.is_empty() {
            return;
        }
        let old = self.text();
        let masked = secrets::mask_text(&old, &self.described, 0..old.len());
        if masked.taken.is_empty() {
            return;
        }
        let at = offset(&old, (self.textarea.cursor().0, self.textarea.cursor().1));
        let cursor = secrets::moved(at, &masked.replaced);
        self.take_masked(masked, cursor);
    }

    /// Puts masked text in place of the whole text (one undoable change, with no plain secret in the history),
    /// keeps what it took out, and puts the cursor at byte `cursor` of the new text.
    fn take_masked(&mut self, masked: secrets::Masked, cursor: usize) {
        self.kept.extend(masked.taken);
        self.textarea.select_all();
        self.textarea.insert_str(&masked.text);
        let (row, col) = position(&masked.text, cursor);
        self.textarea.move_cursor(CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        ));
    }

    /// Keeps the secrets `form` holds behind their masks, before its text is replaced (a pasted request, a loaded
    /// file): Ctrl-Z brings the old text back with its masks, and each must still stand for the secret it hid — the
    /// form by then holds the replacement, not them.
    pub fn remember_secrets(&mut self, form: &Form) {
        let as_value = |r: &CreateConnectionRequest| {
            serde_json::to_value(r)
                .expect("model types serialise infallibly: string keys and plain values only")
        };
        let masked = as_value(&form.masked_request());
        let real = as_value(&form.to_request());
        let mut found = Vec::new();
        mask_pointers(&masked, String::new(), &mut found);
        for pointer in found {
            if let Some(serde_json::Value::String(secret)) = real.pointer(&pointer) {
                self.kept.insert(pointer, secret.clone());
            }
        }
    }

    /// Replaces the whole text (a loaded file, a paste meant as the whole request), cursor at the top. Undoable.
    /// Unless secrets are shown, its secrets go in masked, their values kept.
    pub fn replace_all(&mut self, text: &str) {
        let text = normalise_newlines(text);
        let text = if self.reveal {
            text
        } else {
            let masked = secrets::mask_text(&text, &self.described, 0..text.len());
            self.kept.extend(masked.taken);
            masked.text
        };
        self.textarea.select_all();
        self.textarea.insert_str(text);
        self.textarea.move_cursor(CursorMove::Top);
        self.textarea.move_cursor(CursorMove::Head);
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    /// The text as a request. A string equal to [`SECRET_MASK`](crate::model::SECRET_MASK) takes the value the editor
    /// masked out of incoming text at the same JSON path, or else the value at that path of `form`'s request; a mask
    /// with nothing behind it is an error rather than a password of bullets. Not JSON, or not
    /// the request's shape (unknown field, wrong type): an error with serde_json's position and words.
    pub fn parse(&self, form: &Form) -> Result<CreateConnectionRequest, ReviewError> {
        let text = self.text();
        if let Some(name) = form.edit_of() {
            return self.parse_update(&text, name, form);
        }
        // Checked against the typed model first: only it knows unknown fields and wrong types, with positions.
        read_document("review", &text)
            .map_err(|e| ReviewError::at(e.line, e.column, &e.message))?;
        let restored = restore::restore_secrets(&text, &self.kept, &form.to_request())?;
        serde_json::from_value(restored).map_err(|e| ReviewError::at(1, 1, &e.to_string()))
    }

    /// An edit's text: UpdateConnection's request, whose `Name` must stay the connection being edited (a rename
    /// is `ConnectionInput.Name`); the form gets its CatalogId and ConnectionInput.
    fn parse_update(
        &self,
        text: &str,
        name: &str,
        form: &Form,
    ) -> Result<CreateConnectionRequest, ReviewError> {
        let bare = text.strip_prefix('\u{feff}').unwrap_or(text);
        let typed: crate::model::UpdateConnectionRequest = serde_json::from_str(bare)
            .map_err(|e| ReviewError::at(e.line(), e.column(), &e.to_string()))?;
        if typed.name != name {
            return Err(ReviewError::at(
                1,
                1,
                &format!(
                    "Name is the connection being edited, {name}: keep it, and rename with ConnectionInput.Name"
                ),
            ));
        }
        let mut restored = restore::restore_secrets(text, &self.kept, &form.to_request())?;
        if let Some(top) = restored.as_object_mut() {
            top.remove("Name");
        }
        serde_json::from_value(restored).map_err(|e| ReviewError::at(1, 1, &e.to_string()))
    }

    /// The widget to render; the caller draws the border around it.
    pub fn widget(&self) -> &TextArea<'static> {
        &self.textarea
    }
}

/// What a paste did to the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pasted {
    /// Went in at the cursor.
    Inserted,
    /// Was a whole request, and took the place of the text.
    ReplacedAll,
}

/// The JSON pointers of every mask in `value`.
fn mask_pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) if s == crate::model::SECRET_MASK => out.push(at),
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let step = key.replace('~', "~0").replace('/', "~1");
                mask_pointers(child, format!("{at}/{step}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                mask_pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Whether pasted text is a request by itself: a JSON object holding `ConnectionInput`.
fn is_whole_request(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}').trim();
    text.starts_with('{')
        && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
            .is_ok_and(|object| object.contains_key("ConnectionInput"))
}

/// The byte offset in `text` (lines joined by `\n`) of a (row, column-in-chars) position of the editor.
fn offset(text: &str, (row, col): (usize, usize)) -> usize {
    let mut start = 0;
    for (i, line) in text.split('\n').enumerate() {
        if i == row {
            return start + line.char_indices().nth(col).map_or(line.len(), |(b, _)| b);
        }
        start += line.len() + 1;
    }
    text.len()
}

/// The (row, column-in-chars) position of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let row = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (row, before[line_start..].chars().count())
}

/// Terminals send a paste's line breaks as `\r` or `\r\n`; the editor splits lines on `\n` only.
fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}
