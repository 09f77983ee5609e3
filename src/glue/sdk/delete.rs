//! DeleteConnection and BatchDeleteConnection through the SDK.

use super::SdkGlue;
use crate::glue::{BatchDeleted, GlueError};

impl SdkGlue {
    pub(super) async fn delete(
        &self,
        name: String,
        catalog_id: Option<String>,
    ) -> Result<(), GlueError> {
        const OP: &str = "DeleteConnection";
        tracing::info!(name = %name, "DeleteConnection");
        let result = self
            .client
            .delete_connection()
            .set_catalog_id(catalog_id.clone())
            .connection_name(name.clone())
            .send()
            .await;
        result
            .map(|_| ())
            .map_err(|err| self.connection_error(err, OP, catalog_id, name))
    }

    pub(super) async fn batch_delete(
        &self,
        names: Vec<String>,
        catalog_id: Option<String>,
    ) -> Result<BatchDeleted, GlueError> {
        const OP: &str = "BatchDeleteConnection";
        tracing::info!(count = names.len(), "BatchDeleteConnection");
        let result = self
            .client
            .batch_delete_connection()
            .set_catalog_id(catalog_id.clone())
            .set_connection_name_list(Some(names))
            .send()
            .await;
        match result {
            Ok(out) => {
                let mut errors: Vec<(String, String, String)> = out
                    .errors
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(name, detail)| {
                        (
                            name,
                            detail.error_code.unwrap_or_default(),
                            detail.error_message.unwrap_or_default(),
                        )
                    })
                    .collect();
                errors.sort();
                Ok(BatchDeleted {
                    succeeded: out.succeeded.unwrap_or_default(),
                    errors,
                })
            }
            Err(err) => {
                let error = self.error(err, OP, catalog_id);
                tracing::debug!(kind = ?error.kind, "BatchDeleteConnection failed: {error}");
                Err(error)
            }
        }
    }
}
