//! TestConnection through the SDK: Glue starts a test of the stored connection from its network (a VPC path, a
//! database login) and answers when it is done — far longer than a listing may take, so the call has an attempt
//! timeout of its own, [`TEST_ATTEMPT_TIMEOUT`], instead of `--timeout`.

use std::time::Duration;

use aws_sdk_glue::config::timeout::TimeoutConfig;

use super::SdkGlue;
use super::convert::test_input;
use crate::glue::{ErrorKind, GlueError};
use crate::model::ConnectionInput;

/// How long one TestConnection attempt may go unanswered. AWS documents no bound; the console's own test runs for
/// minutes on a slow VPC path, so five.
pub const TEST_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(300);

impl SdkGlue {
    pub(super) async fn test(
        &self,
        name: String,
        catalog_id: Option<String>,
    ) -> Result<(), GlueError> {
        tracing::info!(name = %name, "TestConnection");
        self.send_test(Some(name.clone()), None, name, catalog_id)
            .await
    }

    /// TestConnection of an unsaved connection (the wizard's Alt-T): `TestConnectionInput` from the form's type,
    /// properties and authentication. Logs the type only: the input carries secrets.
    pub(super) async fn test_unsaved(
        &self,
        input: ConnectionInput,
        catalog_id: Option<String>,
    ) -> Result<(), GlueError> {
        let name = input.name.clone();
        tracing::info!(connection_type = %input.connection_type, "TestConnection of the form's input");
        let test_input = test_input(input).map_err(|e| {
            GlueError::new(
                ErrorKind::InvalidInput,
                OP,
                format!("the test input is incomplete: {e}"),
            )
        })?;
        self.send_test(None, Some(test_input), name, catalog_id)
            .await
    }

    /// One TestConnection, of a stored connection (`name`) or of an input, with the test's own attempt timeout;
    /// errors are about `subject`.
    async fn send_test(
        &self,
        name: Option<String>,
        input: Option<aws_sdk_glue::types::TestConnectionInput>,
        subject: String,
        catalog_id: Option<String>,
    ) -> Result<(), GlueError> {
        let result = self
            .client
            .test_connection()
            .set_catalog_id(catalog_id.clone())
            .set_connection_name(name)
            .set_test_connection_input(input)
            .customize()
            .config_override(own_timeout())
            .send()
            .await;
        result
            .map(|_| ())
            .map_err(|err| self.connection_error(err, OP, catalog_id, subject))
    }
}

const OP: &str = "TestConnection";

/// The test's own attempt timeout, in place of `--timeout`.
fn own_timeout() -> aws_sdk_glue::config::Builder {
    let timeouts = TimeoutConfig::builder()
        .operation_attempt_timeout(TEST_ATTEMPT_TIMEOUT)
        .build();
    aws_sdk_glue::config::Builder::default().timeout_config(timeouts)
}
