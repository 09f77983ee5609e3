//! CreateConnection and GetConnection through the SDK. Logs name the connection and its type, never a value: the
//! input carries passwords, OAuth2 secrets and tokens.

use aws_sdk_glue::types as sdk;
use aws_smithy_types::body::SdkBody;

use super::SdkGlue;
use crate::glue::{ErrorKind, GlueError};
use crate::model::{Connection, CreateConnectionRequest, CreateConnectionResponse};

impl SdkGlue {
    pub(super) async fn create(
        &self,
        request: CreateConnectionRequest,
    ) -> Result<CreateConnectionResponse, GlueError> {
        const OP: &str = "CreateConnection";
        let CreateConnectionRequest {
            catalog_id,
            connection_input,
            tags,
        } = request;
        let name = connection_input.name.clone();
        let skip_validation = connection_input.validate_credentials == Some(false);
        tracing::debug!(
            catalog = ?catalog_id,
            name = %name,
            connection_type = %connection_input.connection_type,
            "CreateConnection request"
        );
        let input = self.sdk_input(connection_input, OP, &name, &catalog_id)?;
        let mut call = self
            .client
            .create_connection()
            .set_catalog_id(catalog_id.clone())
            .connection_input(input)
            .set_tags(tags.map(|t| t.into_iter().collect()))
            .customize();
        if skip_validation {
            call = call.mutate_request(keep_validate_credentials_false);
        }
        match call.send().await {
            Ok(out) => {
                let status = out.create_connection_status.map(|s| s.as_str().to_owned());
                tracing::debug!(name = %name, status = ?status, "CreateConnection done");
                Ok(CreateConnectionResponse {
                    create_connection_status: status,
                })
            }
            Err(err) => {
                let error = self.error(err, OP, catalog_id).with_subject(name);
                tracing::debug!(kind = ?error.kind, "CreateConnection failed: {error}");
                Err(error)
            }
        }
    }

    pub(super) async fn get(
        &self,
        name: String,
        catalog_id: Option<String>,
        hide_password: bool,
    ) -> Result<Connection, GlueError> {
        const OP: &str = "GetConnection";
        tracing::debug!(catalog = ?catalog_id, name = %name, hide_password, "GetConnection request");
        let result = self
            .client
            .get_connection()
            .set_catalog_id(catalog_id.clone())
            .name(name.clone())
            .hide_password(hide_password)
            .send()
            .await;
        match result {
            Ok(out) => match out.connection {
                Some(c) => Ok(Connection::from(c)),
                // A 200 without a connection: report it as the absence it is.
                None => Err(GlueError::new(ErrorKind::EntityNotFound, OP, "")
                    .with_subject(name)
                    .with_principal(self.principal.clone())
                    .with_region(self.region.clone())
                    .with_catalog(catalog_id)),
            },
            Err(err) => {
                let error = self.error(err, OP, catalog_id).with_subject(name);
                tracing::debug!(kind = ?error.kind, "GetConnection failed: {error}");
                Err(error)
            }
        }
    }
}

impl SdkGlue {
    /// The SDK's ConnectionInput for `input` (of CreateConnection or UpdateConnection, `operation`); an input the
    /// SDK cannot build (a required member missing) is the user's invalid input, about `name`.
    pub(super) fn sdk_input(
        &self,
        input: crate::model::ConnectionInput,
        operation: &'static str,
        name: &str,
        catalog_id: &Option<String>,
    ) -> Result<sdk::ConnectionInput, GlueError> {
        sdk::ConnectionInput::try_from(input).map_err(|e| {
            GlueError::new(
                ErrorKind::InvalidInput,
                operation,
                format!("the connection input is incomplete: {e}"),
            )
            .with_subject(name)
            .with_principal(self.principal.clone())
            .with_region(self.region.clone())
            .with_catalog(catalog_id.clone())
        })
    }
}

/// For `mutate_request`: an explicit `ValidateCredentials: false` written back into the serialised body.
pub(super) fn keep_validate_credentials_false(req: &mut aws_smithy_runtime_api::http::Request) {
    if let Some(body) = req.body().bytes().and_then(with_validate_credentials_false) {
        let len = body.len();
        *req.body_mut() = SdkBody::from(body);
        req.headers_mut().insert("content-length", len.to_string());
    }
}

/// The SDK leaves `ValidateCredentials` out of the request unless it is true, while the service defaults it to true:
/// an explicit `false` would be lost. This puts it back into the serialised JSON body.
pub(crate) fn with_validate_credentials_false(body: &[u8]) -> Option<Vec<u8>> {
    let mut json: serde_json::Value = serde_json::from_slice(body).ok()?;
    let input = json.get_mut("ConnectionInput")?.as_object_mut()?;
    input.insert(
        "ValidateCredentials".to_owned(),
        serde_json::Value::Bool(false),
    );
    serde_json::to_vec(&json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validate_credentials_false_is_written_into_the_body() {
        let body = br#"{"CatalogId":"1","ConnectionInput":{"Name":"a","ConnectionType":"JDBC"}}"#;
        let out = with_validate_credentials_false(body).expect("a JSON body");
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(json["ConnectionInput"]["ValidateCredentials"], false);
        assert_eq!(json["ConnectionInput"]["Name"], "a");
        assert_eq!(json["CatalogId"], "1");
        assert_eq!(with_validate_credentials_false(b"not json"), None);
        assert_eq!(with_validate_credentials_false(b"{}"), None);
    }
}
