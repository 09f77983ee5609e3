//! UpdateConnection through the SDK. Like CreateConnection, the input carries secrets: logs name the connection
//! and its type, never a value.

use super::SdkGlue;
use super::create::keep_validate_credentials_false;
use crate::glue::GlueError;
use crate::model::UpdateConnectionRequest;

impl SdkGlue {
    pub(super) async fn update(&self, request: UpdateConnectionRequest) -> Result<(), GlueError> {
        const OP: &str = "UpdateConnection";
        let UpdateConnectionRequest {
            catalog_id,
            name,
            connection_input,
        } = request;
        let skip_validation = connection_input.validate_credentials == Some(false);
        tracing::info!(
            name = %name,
            new_name = %connection_input.name,
            connection_type = %connection_input.connection_type,
            "UpdateConnection"
        );
        let input = self.sdk_input(connection_input, OP, &name, &catalog_id)?;
        let mut call = self
            .client
            .update_connection()
            .set_catalog_id(catalog_id.clone())
            .name(name.clone())
            .connection_input(input)
            .customize();
        if skip_validation {
            // As for CreateConnection: the SDK would drop an explicit false.
            call = call.mutate_request(keep_validate_credentials_false);
        }
        call.send()
            .await
            .map(|_| ())
            .map_err(|err| self.connection_error(err, OP, catalog_id, name))
    }
}
