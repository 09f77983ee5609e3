//! What the test binaries share. Each `tests/<binary>/main.rs` declares it with
//! `#[path = "../support/mod.rs"] mod support;` and uses its own part of it.
#![allow(dead_code, unused_imports)]

pub mod describes;
pub mod e2e;
pub mod endpoint;
pub mod form;
pub mod keys;
pub mod mocks;
pub mod model;
pub mod requests;
pub mod source;
