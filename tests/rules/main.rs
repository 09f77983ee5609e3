//! The rules, without a terminal or a server: what a CreateConnection request may hold (`create --from-json`'s
//! checks, real inputs others wrote, the wizard's form and its round trips), inputs the fuzzers found, and the
//! layers of the source itself.

#[path = "../support/mod.rs"]
mod support;

mod create_cmd;
mod create_inputs;
mod described_form;
mod fuzz_regressions;
mod layering;
mod real_inputs;
mod request_layer;
mod wizard_form;
mod wizard_roundtrip;
