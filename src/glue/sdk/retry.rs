//! Tells the UI when an attempt starts and when the SDK backs off before retrying a throttled or transient failure,
//! so the status bar can say so instead of sitting silent through a stalled attempt or the backoff. Also makes an
//! answer that cannot be read (cut short, not JSON) a transient fault, retried like a dropped connection.

use std::fmt;
use std::sync::Arc;

use aws_sdk_glue::config::interceptors::{
    BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_sdk_glue::config::retry::{ClassifyRetry, RetryAction, RetryConfig};
use aws_sdk_glue::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_glue::error::{BoxError, ProvideErrorMetadata};
use aws_sdk_glue::operation::get_connections::GetConnectionsError;
use aws_smithy_runtime_api::client::interceptors::context::InterceptorContext;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_types::config_bag::{Storable, StoreReplace};
use aws_smithy_types::timeout::TimeoutConfig;

use super::errors::{THROTTLING_CODES, listed};

/// Called when an attempt starts, and when a call failed with a retryable error and the SDK is about to try again.
pub type RetryNotifier = Arc<dyn Fn(RetryNotice) + Send + Sync>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryNotice {
    /// The operation, e.g. `GetConnections`: only the listing's attempts belong in the status bar.
    pub operation: String,
    /// The attempt this is about: 1 for the first, 2 for the first retry.
    pub attempt: u32,
    /// How many attempts the retry policy allows in all.
    pub max_attempts: u32,
    pub event: AttemptEvent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttemptEvent {
    /// The attempt's request is about to go out (the UI times how long it goes unanswered from here).
    Started,
    /// The previous attempt failed and this one follows after the backoff. `reason` says why, e.g.
    /// `Glue is throttling (ThrottlingException)` or `no answer within 20 s`.
    Retrying { reason: String },
}

/// Counts attempts per operation call, in the call's own config bag: concurrent calls share the hook, not this.
/// (The SDK's own counter type is not reachable from this crate.)
#[derive(Debug, Clone, Copy)]
struct Attempt(u32);
impl Storable for Attempt {
    type Storer = StoreReplace<Self>;
}

/// The last attempt that reached `read_after_attempt`. The attempt timeout cancels an attempt together with that
/// hook (the orchestrator runs it inside the timed future), so a retry whose predecessor is not marked here follows
/// an attempt that got no answer in time.
#[derive(Debug, Clone, Copy)]
struct Finished(u32);
impl Storable for Finished {
    type Storer = StoreReplace<Self>;
}

fn max_attempts(cfg: &ConfigBag) -> u32 {
    cfg.load::<RetryConfig>()
        .map_or(1, RetryConfig::max_attempts)
}

fn operation(cfg: &ConfigBag) -> String {
    cfg.load::<Metadata>()
        .map_or_else(String::new, |m| m.name().to_owned())
}

/// "no answer within 20 s", for an attempt the attempt timeout cut off.
fn no_answer(cfg: &ConfigBag) -> String {
    match cfg
        .load::<TimeoutConfig>()
        .and_then(TimeoutConfig::operation_attempt_timeout)
    {
        Some(limit) => format!("no answer within {} s", limit.as_secs_f64().round()),
        None => "the request timed out".to_owned(),
    }
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
        let notice = |event| RetryNotice {
            operation: operation(cfg),
            attempt,
            max_attempts: max_attempts(cfg),
            event,
        };
        let previous_answered = cfg.load::<Finished>().is_some_and(|f| f.0 + 1 == attempt);
        if attempt > 1 && !previous_answered {
            // Announced after the backoff rather than before it: the SDK gives no earlier hook for a timeout.
            (self.on_retry)(notice(AttemptEvent::Retrying {
                reason: no_answer(cfg),
            }));
        }
        (self.on_retry)(notice(AttemptEvent::Started));
        Ok(())
    }

    /// Runs before the backoff sleep, so the UI can show the notice while the SDK waits. An attempt cut off by the
    /// attempt timeout skips this hook; `read_before_attempt` announces that retry instead (see `Finished`).
    fn read_after_attempt(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        runtime_components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let attempt = cfg.load::<Attempt>().map_or(1, |a| a.0);
        cfg.interceptor_state().store_put(Finished(attempt));
        let Some(Err(error)) = context.output_or_error() else {
            return Ok(());
        };
        let max_attempts = max_attempts(cfg);
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
        let unreadable = error.is_response_error()
            || (error.is_operation_error() && status.is_some_and(|s| (200..300).contains(&s)));
        let reason = match (code, status) {
            (Some(code), _) if listed(THROTTLING_CODES, &code) => {
                format!("Glue is throttling ({code})")
            }
            (_, Some(429)) => "Glue is throttling (HTTP 429)".to_owned(),
            (Some(code), _) => format!("Glue returned {code}"),
            (None, Some(status)) if status >= 500 => format!("Glue returned HTTP {status}"),
            _ if unreadable => "Glue's answer could not be read".to_owned(),
            _ if error.is_timeout_error() => no_answer(cfg),
            _ => "the connection failed".to_owned(),
        };
        (self.on_retry)(RetryNotice {
            operation: operation(cfg),
            attempt: attempt + 1,
            max_attempts,
            event: AttemptEvent::Retrying { reason },
        });
        Ok(())
    }
}

/// A success status whose body did not parse (cut short, or not JSON — a proxy's page, a half-closed connection)
/// is a transient fault, like a connection dropped mid-answer: the SDK's own classifiers leave it unretried.
#[derive(Debug)]
pub(super) struct UnreadableAnswer;

impl ClassifyRetry for UnreadableAnswer {
    fn classify_retry(&self, ctx: &InterceptorContext) -> RetryAction {
        let Some(Err(error)) = ctx.output_or_error() else {
            return RetryAction::NoActionIndicated;
        };
        let answered_ok = ctx.response().is_some_and(|r| r.status().is_success());
        if answered_ok && error.is_operation_error() {
            RetryAction::transient_error()
        } else {
            RetryAction::NoActionIndicated
        }
    }

    fn name(&self) -> &'static str {
        "glue-tui unreadable answer"
    }
}
