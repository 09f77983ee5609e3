//! The create wizard while it is open: the form, where the text cursor is, the type picker, the review editor, and
//! what the server said about the last attempt.

use crate::model::{Connection, CreateConnectionRequest, Draft};
use crate::wizard::form::{Form, Section};
use crate::wizard::picker::TypePicker;
use crate::wizard::review::ReviewEditor;

/// A question the wizard is waiting on; every other key is held back while it shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// Esc on a form with something typed in it.
    Leave,
    /// q / Ctrl-C / a signal with a form that has something typed in it.
    Quit,
    /// `n` found a draft from an earlier session.
    ResumeDraft(Box<Draft>),
    /// Alt-A in a section with more than one list: which one gets the row.
    AddRowTo,
    /// Alt-O on the review step: the path of a request file, as typed.
    OpenFile(crate::state::LineInput),
    /// Ctrl-S on an edit whose stored secrets could not be read, with these secret fields empty: send anyway?
    SendWithoutSecrets(Vec<String>),
    /// A request file arrived while the form holds typed work: replace the form with it?
    ReplaceForm { path: String, text: String },
}

/// The server's answer to the last submit, shown beside the form until the user changes something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerError {
    pub message: String,
    /// The field it is about (`NAME` for AlreadyExists), when it is about one.
    pub path: Option<String>,
}

pub struct Wizard {
    pub form: Form,
    /// Where the text cursor is in the focused field, in chars; it goes to the end when the focus moves.
    pub cursor: usize,
    pub picker: TypePicker,
    /// The review step's JSON, made from the form when the user enters the step.
    pub review: Option<ReviewEditor>,
    /// Why the review text does not parse (line and column), while it does not.
    pub review_error: Option<String>,
    /// Secrets shown as typed instead of masked, on screen and in copies.
    pub reveal: bool,
    pub ask: Option<Ask>,
    /// A CreateConnection call is on its way; keys wait for it.
    pub submitting: bool,
    /// Alt-T's TestConnection of the form's input is on its way (the form stays editable).
    pub testing: bool,
    /// The user said yes to sending this edit without the secrets that could not be read.
    pub send_without_secrets: bool,
    pub server_error: Option<ServerError>,
    /// The type DescribeConnectionType was last asked about, and what came of it for the help pane.
    pub described: Option<(String, DescribeState)>,
    /// The name of the connection a clone (`C`) copies, for the title.
    pub cloned_from: Option<String>,
    /// An edit (`e`): the stored definition the form started from, for the Review step's diff, and where its
    /// secrets stand. The name being edited is `form.edit_of()`.
    pub editing: Option<Editing>,
    /// Ctrl-N / Ctrl-P walking the suggestions that contain what was typed before the first press.
    pub completion: Option<Completion>,
    /// The Alt-O prompt's Tab completion under way.
    pub path_completion: Option<super::LineCompletion>,
}

/// What an edit started from. `original` is the stored definition as the form's request (made through the form, so
/// a field the user did not touch compares equal); `original_masked` the same with its secrets masked.
#[derive(Debug, Clone, PartialEq)]
pub struct Editing {
    /// The connection as the listing gave it (HidePassword may have left its secrets out); `None` for a restored
    /// draft of an edit whose connection is not in the list.
    pub listed: Option<Connection>,
    pub original: CreateConnectionRequest,
    pub original_masked: CreateConnectionRequest,
    pub secrets: StoredSecrets,
}

/// The stored secrets an update must carry, which a HidePassword listing leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredSecrets {
    /// The listing was made with HidePassword=false (`--show-passwords`): the form holds them already.
    Listed,
    /// GetConnection with HidePassword=false is on its way; Ctrl-S waits for it.
    Reading,
    /// They came and are in the form (their keys).
    Carried(Vec<String>),
    /// GetConnection refused (its message): every empty secret field must be typed.
    Unreadable(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The field's text before the first Ctrl-N: what the suggestions are narrowed by.
    pub typed: String,
    /// Position among the narrowed suggestions.
    pub index: usize,
}

/// The suggestions of a field containing `typed`, case-insensitively (all of them for an empty text).
pub fn suggestions<'a>(choices: &'a [String], typed: &str) -> Vec<&'a str> {
    let typed = typed.trim().to_lowercase();
    choices
        .iter()
        .filter(|c| c.to_lowercase().contains(&typed))
        .map(String::as_str)
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DescribeState {
    Asking,
    Merged,
    /// The service gave no description (offline, moto, an older region): the built-in table serves.
    Unavailable(String),
}

impl Wizard {
    pub fn new(form: Form) -> Self {
        let picker = TypePicker::new(&form.to_request().connection_input.connection_type);
        let mut wizard = Wizard {
            form,
            cursor: 0,
            picker,
            review: None,
            review_error: None,
            reveal: false,
            ask: None,
            submitting: false,
            testing: false,
            send_without_secrets: false,
            server_error: None,
            described: None,
            cloned_from: None,
            editing: None,
            completion: None,
            path_completion: None,
        };
        wizard.cursor_to_end();
        wizard
    }

    /// Puts the text cursor at the end of the focused field (after a focus move).
    pub fn cursor_to_end(&mut self) {
        self.cursor = self
            .form
            .fields()
            .get(self.form.focus)
            .map_or(0, |f| f.value.chars().count());
    }

    pub fn section(&self) -> Section {
        self.form.section
    }
}
