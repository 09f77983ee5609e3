//! Groundwork of the create-connection wizard: what each connection type asks for ([`spec`]) and the constraints
//! the Glue API puts on every value ([`validate`]). Both are pure tables and functions — no UI, no I/O — so the form
//! and its tests can lean on them without a terminal or a network.

pub mod form;
pub mod picker;
pub mod review;
pub mod spec;
pub mod validate;
