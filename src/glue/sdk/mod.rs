//! The aws-sdk-glue adapter: one `send()` per page (the UI decides when to ask for the next one), SDK errors turned
//! into what the user can act on (`errors.rs`), and a hook that tells the UI while the SDK retries (`retry.rs`).

mod convert;
mod create;
mod delete;
mod describe;
mod errors;
mod list_types;
mod retry;
mod test_connection;
mod update;

use std::fmt;
use std::time::Duration;

use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region};
use aws_sdk_glue::Client;
use aws_sdk_glue::error::SdkError;
use aws_sdk_glue::types::{ConnectionType, GetConnectionsFilter};

pub(crate) use errors::{OperationError, map_error};
pub use retry::{AttemptEvent, RetryNotice, RetryNotifier};
use retry::{RetryHook, UnreadableAnswer};
pub use test_connection::TEST_ATTEMPT_TIMEOUT;

use super::{BatchDeleted, ErrorKind, GlueApi, GlueError, GlueFuture, Page, PageRequest};
use crate::model::{
    Connection, ConnectionTypeBrief, ConnectionTypeDescription, CreateConnectionRequest,
    CreateConnectionResponse, UpdateConnectionRequest,
};

/// The SDK crate's `tracing` target, for the log filter that keeps response bodies out of the log file.
pub const LOG_TARGET: &str = "aws_sdk_glue";

pub struct SdkGlue {
    client: Client,
    principal: String,
    region: Option<String>,
}

impl SdkGlue {
    /// `principal` names the credentials in messages (`profile dev`, `default credentials`); `region` falls back to
    /// the client's own.
    pub fn new(client: Client, principal: String, region: Option<String>) -> Self {
        let region = region.or_else(|| client.config().region().map(|r| r.to_string()));
        Self {
            client,
            principal,
            region,
        }
    }

    /// Rebuilds the client with the retry hook and the unreadable-answer classifier, so a caller-built client (a
    /// mock in tests) gets them too.
    pub fn with_retry_notifier(mut self, on_retry: RetryNotifier) -> Self {
        let config = self
            .client
            .config()
            .to_builder()
            .interceptor(RetryHook { on_retry })
            .retry_classifier(UnreadableAnswer)
            .build();
        self.client = Client::from_conf(config);
        self
    }

    /// Loads the shared AWS configuration (profile files, environment, SSO…) the way the AWS CLI does.
    /// `AWS_ENDPOINT_URL` and `AWS_MAX_ATTEMPTS` are honoured by aws-config itself. `attempt_timeout` abandons an
    /// attempt (and a TCP connect) that gets no answer in that time, so the retry policy can try again.
    pub async fn connect(
        profile: Option<&str>,
        region: Option<&str>,
        endpoint_url: Option<&str>,
        attempt_timeout: Duration,
        on_retry: RetryNotifier,
    ) -> SdkGlue {
        let timeouts = TimeoutConfig::builder()
            .operation_attempt_timeout(attempt_timeout)
            .connect_timeout(attempt_timeout)
            .build();
        let mut loader = aws_config::defaults(BehaviorVersion::latest()).timeout_config(timeouts);
        if let Some(profile) = profile {
            loader = loader.profile_name(profile);
        }
        if let Some(region) = region {
            loader = loader.region(Region::new(region.to_owned()));
        }
        if let Some(url) = endpoint_url {
            loader = loader.endpoint_url(url);
        }
        let sdk_config = loader.load().await;
        let profile = profile
            .map(str::to_owned)
            .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()));
        let principal = profile.map_or_else(
            || "default credentials".to_owned(),
            |p| format!("profile {p}"),
        );
        let region = sdk_config.region().map(|r| r.to_string());
        SdkGlue::new(Client::new(&sdk_config), principal, region).with_retry_notifier(on_retry)
    }

    pub fn principal(&self) -> &str {
        &self.principal
    }

    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// [`SdkGlue::error`] for a call about one connection, `name`, logged (kind only: no secrets in errors).
    fn connection_error<E: OperationError, R: fmt::Debug + 'static>(
        &self,
        err: SdkError<E, R>,
        operation: &'static str,
        catalog_id: Option<String>,
        name: String,
    ) -> GlueError {
        let error = self.error(err, operation, catalog_id).with_subject(name);
        tracing::debug!(kind = ?error.kind, "{operation} failed: {error}");
        error
    }

    fn error<E: OperationError, R: fmt::Debug + 'static>(
        &self,
        err: SdkError<E, R>,
        operation: &'static str,
        catalog_id: Option<String>,
    ) -> GlueError {
        let mut error = map_error(err, operation, self.region.as_deref());
        if let ErrorKind::NoAnswer { seconds, attempts } = &mut error.kind {
            let config = self.client.config();
            *seconds = config
                .timeout_config()
                .and_then(|t| t.operation_attempt_timeout())
                .map_or(0, |d| d.as_secs().try_into().unwrap_or(u16::MAX));
            *attempts = config
                .retry_config()
                .map_or(1, |r| r.max_attempts().try_into().unwrap_or(u16::MAX));
        }
        error
            .with_principal(self.principal.clone())
            .with_region(self.region.clone())
            .with_catalog(catalog_id)
    }
}

impl GlueApi for SdkGlue {
    fn describe_connection_type(
        &self,
        connection_type: String,
    ) -> GlueFuture<'_, ConnectionTypeDescription> {
        Box::pin(self.describe(connection_type))
    }

    fn list_connection_types(&self) -> GlueFuture<'_, Vec<ConnectionTypeBrief>> {
        Box::pin(self.list_types())
    }

    fn delete_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()> {
        Box::pin(self.delete(name, catalog_id))
    }

    fn test_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()> {
        Box::pin(self.test(name, catalog_id))
    }

    fn batch_delete_connection(
        &self,
        names: Vec<String>,
        catalog_id: Option<String>,
    ) -> GlueFuture<'_, BatchDeleted> {
        Box::pin(self.batch_delete(names, catalog_id))
    }

    fn create_connection(
        &self,
        request: CreateConnectionRequest,
    ) -> GlueFuture<'_, CreateConnectionResponse> {
        Box::pin(self.create(request))
    }

    fn test_unsaved(
        &self,
        input: crate::model::ConnectionInput,
        catalog_id: Option<String>,
    ) -> GlueFuture<'_, ()> {
        Box::pin(self.test_unsaved(input, catalog_id))
    }

    fn update_connection(&self, request: UpdateConnectionRequest) -> GlueFuture<'_, ()> {
        Box::pin(self.update(request))
    }

    fn get_connection(
        &self,
        name: String,
        catalog_id: Option<String>,
        hide_password: bool,
    ) -> GlueFuture<'_, Connection> {
        Box::pin(self.get(name, catalog_id, hide_password))
    }

    fn get_connections_page(&self, request: PageRequest) -> GlueFuture<'_, Page> {
        Box::pin(async move {
            let f = &request.filter;
            tracing::debug!(
                catalog = ?request.catalog_id,
                connection_type = ?f.connection_type,
                match_criteria = ?f.match_criteria,
                schema_version = ?f.schema_version,
                hide_password = request.hide_password,
                has_next_token = request.next_token.is_some(),
                max_results = request.max_results,
                "GetConnections request"
            );
            let filter = (!f.is_empty()).then(|| {
                GetConnectionsFilter::builder()
                    .set_connection_type(f.connection_type.as_deref().map(ConnectionType::from))
                    .set_match_criteria(
                        (!f.match_criteria.is_empty()).then(|| f.match_criteria.clone()),
                    )
                    .set_connection_schema_version(f.schema_version)
                    .build()
            });
            let result = self
                .client
                .get_connections()
                .set_catalog_id(request.catalog_id.clone())
                .set_filter(filter)
                .hide_password(request.hide_password)
                .set_next_token(request.next_token.clone())
                .max_results(request.max_results)
                .send()
                .await;
            match result {
                Ok(out) => {
                    let page = Page {
                        connections: out
                            .connection_list
                            .unwrap_or_default()
                            .into_iter()
                            .map(Into::into)
                            .collect(),
                        // An empty token would make "load more" ask for the first page again, forever.
                        next_token: out.next_token.filter(|t| !t.is_empty()),
                    };
                    tracing::debug!(
                        count = page.connections.len(),
                        more = page.next_token.is_some(),
                        "GetConnections page"
                    );
                    Ok(page)
                }
                Err(err) => {
                    let error = self.error(err, "GetConnections", request.catalog_id);
                    tracing::debug!(kind = ?error.kind, "GetConnections failed: {error}");
                    Err(error)
                }
            }
        })
    }
}
