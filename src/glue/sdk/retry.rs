//! Tells the UI when the SDK backs off before retrying a throttled or transient failure, so the status bar can
//! say so instead of sitting silent through the backoff.

use std::fmt;
use std::sync::Arc;

use aws_sdk_glue::config::interceptors::{
    BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_sdk_glue::config::retry::{ClassifyRetry, RetryAction, RetryConfig};
use aws_sdk_glue::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_glue::error::{BoxError, ProvideErrorMetadata};
use aws_sdk_glue::operation::get_connections::GetConnectionsError;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_types::config_bag::{Storable, StoreReplace};

use super::errors::{THROTTLING_CODES, listed};

/// Called when a call failed with a retryable error and the SDK is about to try again.
pub type RetryNotifier = Arc<dyn Fn(RetryNotice) + Send + Sync>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryNotice {
    /// The operation being retried, e.g. `GetConnections`: only the listing's retries belong in the status bar.
    pub operation: String,
    /// The attempt about to start: 2 for the first retry.
    pub attempt: u32,
    /// Why the previous attempt failed, e.g. `Glue is throttling (ThrottlingException)`.
    pub reason: String,
}

/// Counts attempts per operation call, in the call's own config bag: concurrent calls share the hook, not this.
/// (The SDK's own counter type is not reachable from this crate.)
#[derive(Debug, Clone, Copy)]
struct Attempt(u32);
impl Storable for Attempt {
    type Storer = StoreReplace<Self>;
}

pub(super) struct RetryHook {
    pub(super) on_retry: RetryNotifier,
}

impl fmt::Debug for RetryHook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RetryHook")
    }
}

impl Intercept for RetryHook {
    fn name(&self) -> &'static str {
        "glue-tui retry notice"
    }

    fn read_before_attempt(
        &self,
        _context: &BeforeTransmitInterceptorContextRef<'_>,
        _runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let attempt = cfg.load::<Attempt>().map_or(1, |a| a.0 + 1);
        cfg.interceptor_state().store_put(Attempt(attempt));
        Ok(())
    }

    /// Runs before the backoff sleep, so the UI can show the notice while the SDK waits. An attempt cut off by
    /// `--timeout` (the attempt timeout) skips this hook: such retries are not announced here (seen with a stalled
    /// endpoint: three attempts, no notice), and the final error says no answer came.
    fn read_after_attempt(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let Some(Err(error)) = context.output_or_error() else {
            return Ok(());
        };
        let attempt = cfg.load::<Attempt>().map_or(1, |a| a.0);
        let max_attempts = cfg
            .load::<RetryConfig>()
            .map_or(1, RetryConfig::max_attempts);
        if attempt >= max_attempts {
            return Ok(());
        }
        // The same classifiers, in the same order, as the retry strategy that decides next.
        let mut action = RetryAction::NoActionIndicated;
        for classifier in runtime_components.retry_classifiers() {
            match classifier.classify_retry(context.inner()) {
                RetryAction::NoActionIndicated => {}
                RetryAction::RetryForbidden => return Ok(()),
                other => action = other,
            }
        }
        if !action.should_retry() {
            return Ok(());
        }
        let code = error
            .as_operation_error()
            .and_then(|e| e.downcast_ref::<GetConnectionsError>())
            .and_then(|e| e.code().map(str::to_owned));
        let status = context.response().map(|r| r.status().as_u16());
        let reason = match (code, status) {
            (Some(code), _) if listed(THROTTLING_CODES, &code) => {
                format!("Glue is throttling ({code})")
            }
            (_, Some(429)) => "Glue is throttling (HTTP 429)".to_owned(),
            (Some(code), _) => format!("Glue returned {code}"),
            (None, Some(status)) if status >= 500 => format!("Glue returned HTTP {status}"),
            _ if error.is_timeout_error() => "the request timed out".to_owned(),
            _ => "the connection failed".to_owned(),
        };
        let operation = cfg
            .load::<Metadata>()
            .map_or_else(String::new, |m| m.name().to_owned());
        (self.on_retry)(RetryNotice {
            operation,
            attempt: attempt + 1,
            reason,
        });
        Ok(())
    }
}
