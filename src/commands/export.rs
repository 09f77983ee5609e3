//! `glue-tui export`: every page, then `{"ConnectionList": [...]}` on stdout in the AWS CLI's layout.

use std::io::Write;

use crate::glue::{GlueApi, GlueError};
use crate::model::{ConnectionList, Hide, SecretNames, SecretPlace, hide_secrets, to_cli_json};
use crate::state::Session;

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub connections: usize,
    /// Password-like values the server sent although HidePassword asked it not to, left out of the output.
    pub secrets_left_out: usize,
    /// `TokenUrlParametersMap` values left out: the one rule calls each a secret (see `model::secret_place`), though
    /// HidePassword does not cover them, so the server is not to blame for sending them.
    pub token_url_parameters_left_out: usize,
}

/// Walks every page the session's listing has and writes them as one document.
///
/// Without `--show-passwords` every secret the one rule (`model::secret_place`) finds is left out here as well, as
/// HidePassword would have: not every Glue-compatible server honours HidePassword, and `connections.json` files end
/// up in repositories. The browser's masks and copies follow the same rule.
pub async fn export(
    api: &dyn GlueApi,
    session: &Session,
    out: &mut impl Write,
) -> Result<Exported, ExportError> {
    let mut list = ConnectionList::default();
    let mut token = None;
    loop {
        let page = api
            .get_connections_page(session.page_request(token))
            .await?;
        list.connection_list.extend(page.connections);
        token = page.next_token;
        if token.is_none() {
            break;
        }
    }
    let mut secrets_left_out = 0;
    let mut token_url_parameters_left_out = 0;
    if !session.show_passwords {
        let (clean, hidden) = hide_secrets(&list, &SecretNames::NONE, Hide::LeaveOut);
        list = clean;
        for place in hidden {
            match place {
                SecretPlace::TokenUrlParameter => token_url_parameters_left_out += 1,
                SecretPlace::Property | SecretPlace::Credential => secrets_left_out += 1,
            }
        }
    }
    let mut json = to_cli_json(&list);
    json.push('\n');
    out.write_all(json.as_bytes()).map_err(ExportError::Write)?;
    out.flush().map_err(ExportError::Write)?;
    Ok(Exported {
        connections: list.connection_list.len(),
        secrets_left_out,
        token_url_parameters_left_out,
    })
}

#[derive(Debug)]
pub enum ExportError {
    Glue(GlueError),
    Write(std::io::Error),
}

impl From<GlueError> for ExportError {
    fn from(e: GlueError) -> Self {
        Self::Glue(e)
    }
}

impl ExportError {
    /// A reader that stopped reading (`export | head`): the normal end of a pipeline, not a failure to report.
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, Self::Write(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Glue(e) => e.fmt(f),
            Self::Write(e) => write!(f, "could not write the JSON to stdout: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::memory::MemoryGlue;
    use crate::glue::{GlueFuture, Page, PageRequest};
    use crate::model::{
        Connection, ConnectionTypeBrief, ConnectionTypeDescription, CreateConnectionRequest,
        CreateConnectionResponse, UpdateConnectionRequest,
    };

    /// A server that ignores HidePassword, as LocalStack's moto fork does: every page comes with passwords.
    struct IgnoresHidePassword(MemoryGlue);

    impl GlueApi for IgnoresHidePassword {
        fn get_connections_page(&self, mut request: PageRequest) -> GlueFuture<'_, Page> {
            request.hide_password = false;
            self.0.get_connections_page(request)
        }
        fn create_connection(
            &self,
            request: CreateConnectionRequest,
        ) -> GlueFuture<'_, CreateConnectionResponse> {
            self.0.create_connection(request)
        }
        fn test_unsaved(
            &self,
            input: crate::model::ConnectionInput,
            catalog_id: Option<String>,
        ) -> GlueFuture<'_, ()> {
            self.0.test_unsaved(input, catalog_id)
        }
        fn update_connection(&self, request: UpdateConnectionRequest) -> GlueFuture<'_, ()> {
            self.0.update_connection(request)
        }
        fn get_connection(
            &self,
            name: String,
            catalog_id: Option<String>,
            _hide_password: bool,
        ) -> GlueFuture<'_, Connection> {
            self.0.get_connection(name, catalog_id, false)
        }
        fn describe_connection_type(
            &self,
            connection_type: String,
        ) -> GlueFuture<'_, ConnectionTypeDescription> {
            self.0.describe_connection_type(connection_type)
        }

        fn list_connection_types(&self) -> GlueFuture<'_, Vec<ConnectionTypeBrief>> {
            self.0.list_connection_types()
        }

        fn delete_connection(
            &self,
            name: String,
            catalog_id: Option<String>,
        ) -> GlueFuture<'_, ()> {
            self.0.delete_connection(name, catalog_id)
        }

        fn test_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()> {
            self.0.test_connection(name, catalog_id)
        }

        fn batch_delete_connection(
            &self,
            names: Vec<String>,
            catalog_id: Option<String>,
        ) -> GlueFuture<'_, crate::glue::BatchDeleted> {
            self.0.batch_delete_connection(names, catalog_id)
        }
    }

    fn server() -> IgnoresHidePassword {
        let connection: Connection = serde_json::from_str(
            r#"{"Name": "orders", "ConnectionType": "JDBC", "ConnectionProperties": {
                "JDBC_CONNECTION_URL": "jdbc:mysql://db:3306/orders", "USERNAME": "app",
                "PASSWORD": "pl41ntext-pw", "KAFKA_SASL_SCRAM_PASSWORD": "sc4am-pw"},
                "SparkProperties": {"spark.ssl.keyPassword": "k3y-pw"},
                "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2", "OAuth2Properties": {
                    "TokenUrl": "https://t.example/token",
                    "TokenUrlParametersMap": {"client_assertion": "a55ert-pw", "audience": "aud-pw"}}}}"#,
        )
        .expect("a connection");
        IgnoresHidePassword(
            MemoryGlue::new(vec![connection]).with_latency(std::time::Duration::ZERO),
        )
    }

    fn session(show_passwords: bool) -> Session {
        Session {
            page_size: 100,
            show_passwords,
            ..Session::default()
        }
    }

    async fn run(show_passwords: bool) -> (Exported, String) {
        let mut out = Vec::new();
        let exported = export(&server(), &session(show_passwords), &mut out)
            .await
            .expect("export");
        (exported, String::from_utf8(out).expect("utf-8"))
    }

    #[tokio::test]
    async fn passwords_a_server_sends_anyway_are_left_out_without_show_passwords() {
        let (exported, json) = run(false).await;
        for secret in ["pl41ntext-pw", "sc4am-pw", "k3y-pw", "a55ert-pw", "aud-pw"] {
            assert!(!json.contains(secret), "{secret} exported:\n{json}");
        }
        assert!(json.contains("\"USERNAME\": \"app\""), "{json}");
        assert!(json.contains("https://t.example/token"), "{json}");
        assert_eq!(
            exported,
            Exported {
                connections: 1,
                secrets_left_out: 3,
                token_url_parameters_left_out: 2,
            }
        );
    }

    #[tokio::test]
    async fn show_passwords_exports_them_as_sent() {
        let (exported, json) = run(true).await;
        for secret in ["pl41ntext-pw", "sc4am-pw", "k3y-pw", "a55ert-pw", "aud-pw"] {
            assert!(json.contains(secret), "{secret} missing:\n{json}");
        }
        assert_eq!(exported.secrets_left_out, 0);
        assert_eq!(exported.token_url_parameters_left_out, 0);
    }
}
