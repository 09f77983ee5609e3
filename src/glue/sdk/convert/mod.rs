//! Between the SDK's types and the AWS JSON model (`crate::model`): `From` the SDK's outputs, `TryFrom` the model's
//! CreateConnection input. They live here so that nothing outside `src/glue/` names an `aws_sdk_glue` type.

mod brief;
mod connection;
mod describe;
mod input;

pub(super) use input::test_input;
