//! What Glue accepts: the rules of a `CreateConnection` request, one layer below everything that builds or sends
//! one.
//!
//! - [`spec`]: per connection type, the `ConnectionProperties` it takes (the one table).
//! - [`validate`]: the constraints the API puts on every value (lengths, patterns, ports, counts).
//! - [`assess`] / [`problems`] / [`warnings`]: everything wrong with a whole request, each at its JSON path;
//!   [`described_problems`]: the same against DescribeConnectionType's answer for a type; [`ask_about_type`] for a
//!   type this build does not know.
//! - [`masked`]: the request with every secret masked; [`read_document`]: the `--cli-input-json` and
//!   GetConnection-shaped documents read into a request.
//!
//! Pure tables and functions — no UI, no terminal, no command — so the wizard's form, review and picker
//! (`src/wizard/`), the headless commands (`src/commands/`) and the tests lean on the same rules, never a second copy
//! of a limit. Nothing here imports the wizard, a command, `update`, `ui` or `state` (`tests/rules/request_layer.rs`
//! checks it).

pub mod spec;
pub mod validate;

mod auth_problems;
mod described;
mod described_auth;
mod described_compute;
mod document;
mod mask;
mod masks;
mod problems;
mod unknown_keys;
mod unknown_type;

pub use auth_problems::{AUTHENTICATION_TYPES, GRANT_TYPES};
pub use described::{described_problems, either};
pub use document::{Document, ParseError, SERVER_ONLY_FIELDS, read_document};
pub use mask::masked;
pub use problems::{
    Assessment, COMPUTE_ENVIRONMENTS, Problem, assess, key_path, problems, warnings,
};
pub use unknown_keys::nearest;
pub use unknown_type::{ask_about_type, unknown_type};
