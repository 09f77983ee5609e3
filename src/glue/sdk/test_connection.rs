//! TestConnection through the SDK: Glue starts a test of the stored connection from its network (a VPC path, a
//! database login) and answers when it is done — far longer than a listing may take, so the call has an attempt
//! timeout of its own, [`TEST_ATTEMPT_TIMEOUT`], instead of `--timeout`.

use std::time::Duration;

use aws_sdk_glue::config::timeout::TimeoutConfig;

use super::SdkGlue;
use crate::glue::GlueError;

/// How long one TestConnection attempt may go unanswered. AWS documents no bound; the console's own test runs for
/// minutes on a slow VPC path, so five.
pub const TEST_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(300);

impl SdkGlue {
    pub(super) async fn test(
        &self,
        name: String,
        catalog_id: Option<String>,
    ) -> Result<(), GlueError> {
        const OP: &str = "TestConnection";
        tracing::info!(name = %name, "TestConnection");
        let timeouts = TimeoutConfig::builder()
            .operation_attempt_timeout(TEST_ATTEMPT_TIMEOUT)
            .build();
        let result = self
            .client
            .test_connection()
            .set_catalog_id(catalog_id.clone())
            .connection_name(name.clone())
            .customize()
            .config_override(aws_sdk_glue::config::Builder::default().timeout_config(timeouts))
            .send()
            .await;
        result
            .map(|_| ())
            .map_err(|err| self.connection_error(err, OP, catalog_id, name))
    }
}
