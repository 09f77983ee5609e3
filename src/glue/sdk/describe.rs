//! DescribeConnectionType through the SDK: the property definitions behind a type's form.

use aws_sdk_glue::operation::describe_connection_type::DescribeConnectionTypeError;

use super::SdkGlue;
use crate::glue::GlueError;
use crate::model::ConnectionTypeDescription;

impl SdkGlue {
    pub(super) async fn describe(
        &self,
        connection_type: String,
    ) -> Result<ConnectionTypeDescription, GlueError> {
        const OP: &str = "DescribeConnectionType";
        tracing::debug!(connection_type = %connection_type, "DescribeConnectionType request");
        let result = self
            .client
            .describe_connection_type()
            .connection_type(connection_type.clone())
            .send()
            .await;
        match result {
            Ok(out) => {
                let mut description = ConnectionTypeDescription::from(out);
                // The answer names its type; an answer that does not is still about the one asked for.
                if description.connection_type.is_empty() {
                    description.connection_type = connection_type;
                }
                tracing::debug!(
                    connection_type = %description.connection_type,
                    properties = description.connection_properties.len(),
                    "DescribeConnectionType done"
                );
                Ok(description)
            }
            Err(err) => {
                let internal = matches!(
                    err.as_service_error(),
                    Some(DescribeConnectionTypeError::InternalServiceException(_))
                );
                let mut error = self.error(err, OP, None).with_subject(connection_type);
                if internal {
                    // A fault on AWS's side: nothing to fix here, and the built-in form serves meanwhile.
                    error.detail = if error.detail.is_empty() {
                        "internal service error — try again".to_owned()
                    } else {
                        format!("{} — try again", error.detail)
                    };
                }
                tracing::debug!(kind = ?error.kind, "DescribeConnectionType failed: {error}");
                Err(error)
            }
        }
    }
}
