//! The create-connection wizard: the [`form`], its [`review`] step and the type [`picker`]. What each connection type
//! asks for and the constraints the Glue API puts on every value are the rules of a request (`crate::request`),
//! which the form, `create --from-json` and the review JSON share. All of it pure state — no I/O — for `update` to
//! drive and `ui` to draw, so it and its tests run without a terminal or a network.

pub mod form;
pub mod picker;
pub mod review;
