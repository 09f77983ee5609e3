//! A form the user left unsent: the request without its secrets, and which secret fields held something, by name
//! only, so the restored form can mark the fields to type again. The request is the whole draft file (a
//! `--cli-input-json` file `create --from-json` reads); the names live beside it (`drafts.rs`).

use serde::{Deserialize, Serialize};

use super::CreateConnectionRequest;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub request: CreateConnectionRequest,
    /// The secret fields that held a value when the draft was kept; their values were not kept.
    pub secrets_left_out: Vec<SecretLeftOut>,
    /// A draft of an edit (`e`): the name the connection is stored under.
    pub edit_of: Option<String>,
}

/// A secret field whose value a draft did not keep: where the form writes it, and how the form labels it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretLeftOut {
    /// The form's edit path of the field (`ConnectionInput.ConnectionProperties.PASSWORD`).
    pub path: String,
    pub label: String,
}

impl From<CreateConnectionRequest> for Draft {
    /// A draft that says nothing of left-out secrets (a draft file written by hand, or by an older build).
    fn from(request: CreateConnectionRequest) -> Draft {
        Draft {
            request,
            secrets_left_out: Vec::new(),
            edit_of: None,
        }
    }
}
