//! The SDK adapter against aws-smithy-mocks (and a loopback socket or two): what reaches Glue's calls, what comes
//! back as the model, and what the user reads when Glue says no.

#[path = "../support/mod.rs"]
mod support;

mod sdk_adapter;
mod sdk_create;
mod sdk_describe;
mod sdk_manage;
mod sdk_update;
mod sdk_wire_types;
