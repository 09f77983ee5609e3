//! The aws-sdk-glue adapter: one `send()` per page (the UI decides when to ask for the next one), SDK errors turned
//! into what the user can act on, and a hook that tells the UI while the SDK retries a throttled call.

use std::error::Error as StdError;
use std::fmt;
use std::sync::Arc;

use aws_config::{BehaviorVersion, Region};
use aws_sdk_glue::Client;
use aws_sdk_glue::config::interceptors::{
    BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_sdk_glue::config::retry::{ClassifyRetry, RetryAction, RetryConfig};
use aws_sdk_glue::config::{ConfigBag, Intercept, RuntimeComponents};
use aws_sdk_glue::error::{BoxError, ProvideErrorMetadata, SdkError};
use aws_sdk_glue::operation::get_connections::GetConnectionsError;
use aws_sdk_glue::types::{ConnectionType, GetConnectionsFilter};
use aws_smithy_types::config_bag::{Storable, StoreReplace};

use super::{ErrorKind, GlueApi, GlueError, GlueFuture, Page, PageRequest};

/// Called when a call failed with a retryable error and the SDK is about to try again.
pub type RetryNotifier = Arc<dyn Fn(RetryNotice) + Send + Sync>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryNotice {
    /// The attempt about to start: 2 for the first retry.
    pub attempt: u32,
    /// Why the previous attempt failed, e.g. `Glue is throttling (ThrottlingException)`.
    pub reason: String,
}

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

    /// Rebuilds the client with the retry hook, so a caller-built client (a mock in tests) gets it too.
    pub fn with_retry_notifier(mut self, on_retry: RetryNotifier) -> Self {
        let config = self
            .client
            .config()
            .to_builder()
            .interceptor(RetryHook { on_retry })
            .build();
        self.client = Client::from_conf(config);
        self
    }

    /// Loads the shared AWS configuration (profile files, environment, SSO…) the way the AWS CLI does.
    /// `AWS_ENDPOINT_URL` and `AWS_MAX_ATTEMPTS` are honoured by aws-config itself.
    pub async fn connect(
        profile: Option<&str>,
        region: Option<&str>,
        endpoint_url: Option<&str>,
        on_retry: RetryNotifier,
    ) -> SdkGlue {
        let mut loader = aws_config::defaults(BehaviorVersion::latest());
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

    fn error<E: OperationError, R: fmt::Debug + 'static>(
        &self,
        err: SdkError<E, R>,
        operation: &'static str,
        catalog_id: Option<String>,
    ) -> GlueError {
        map_error(err, operation, self.region.as_deref())
            .with_principal(self.principal.clone())
            .with_region(self.region.clone())
            .with_catalog(catalog_id)
    }
}

impl GlueApi for SdkGlue {
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

/// What `map_error` needs beyond error metadata: modeled exceptions can arrive without a code in their metadata
/// (mocks build them bare), so the variant is the reliable signal. Implement per operation (CreateConnection…).
pub(crate) trait OperationError: ProvideErrorMetadata + StdError + 'static {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)>;
}

impl OperationError for GetConnectionsError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::EntityNotFoundException(e) => Some((ErrorKind::EntityNotFound, e.message())),
            Self::InvalidInputException(e) => Some((ErrorKind::InvalidInput, e.message())),
            Self::OperationTimeoutException(e) => Some((ErrorKind::OperationTimeout, e.message())),
            Self::GlueEncryptionException(e) => Some((ErrorKind::GlueEncryption, e.message())),
            _ => None,
        }
    }
}

// Space-separated lists: one line each, and `listed` reads them.
const THROTTLING_CODES: &str = "Throttling ThrottlingException ThrottledException RequestThrottledException \
    RequestThrottled TooManyRequestsException RequestLimitExceeded SlowDown";
const ACCESS_DENIED_CODES: &str = "AccessDeniedException AccessDenied UnauthorizedOperation";
/// The server refused the key or its signature: the fix is the same as for missing credentials (fix the profile or
/// log in again), so these map to NoCredentials with the server's words as detail.
const REJECTED_CREDENTIAL_CODES: &str = "UnrecognizedClientException InvalidClientTokenId \
    InvalidSignatureException SignatureDoesNotMatch IncompleteSignature MissingAuthenticationTokenException";
/// What credential-loading failures say; their error types are not reachable from this crate.
const CREDENTIAL_MARKERS: &[&str] = &[
    "credential",
    "identity resolver",
    "access token",
    "sso token",
];
/// Regions Glue's endpoint rules knew at the time of writing. Consulted only after a DNS failure, to tell a typo in
/// `--region` from a network that is down: a stale list can only mislabel a DNS failure in a brand-new region.
const KNOWN_REGIONS: &str = "af-south-1 ap-east-1 ap-east-2 ap-northeast-1 ap-northeast-2 ap-northeast-3 \
    ap-south-1 ap-south-2 ap-southeast-1 ap-southeast-2 ap-southeast-3 ap-southeast-4 ap-southeast-5 ap-southeast-6 \
    ap-southeast-7 ca-central-1 ca-west-1 cn-north-1 cn-northwest-1 eu-central-1 eu-central-2 eu-isoe-west-1 \
    eu-north-1 eu-south-1 eu-south-2 eu-west-1 eu-west-2 eu-west-3 eusc-de-east-1 il-central-1 me-central-1 \
    me-south-1 mx-central-1 sa-east-1 us-east-1 us-east-2 us-gov-east-1 us-gov-west-1 us-iso-east-1 us-iso-west-1 \
    us-isob-east-1 us-isob-west-1 us-isof-east-1 us-isof-south-1 us-west-1 us-west-2";

fn listed(list: &str, item: &str) -> bool {
    list.split_whitespace().any(|listed| listed == item)
}

/// Turns any operation's SDK error into a `GlueError` (kind and detail; the caller adds principal and catalog).
/// `region` is only used to tell a mistyped region from an unreachable network.
pub(crate) fn map_error<E: OperationError, R: fmt::Debug + 'static>(
    err: SdkError<E, R>,
    operation: &'static str,
    region: Option<&str>,
) -> GlueError {
    let (kind, detail) = match &err {
        SdkError::ServiceError(ctx) => service_error(ctx.err()),
        SdkError::TimeoutError(_) => (ErrorKind::Unreachable, chain(&err)),
        SdkError::DispatchFailure(_) => {
            transport_error(chain(&err), region, ErrorKind::Unreachable)
        }
        _ => transport_error(chain(&err), region, ErrorKind::Other),
    };
    GlueError::new(kind, operation, detail)
}

fn service_error<E: OperationError>(err: &E) -> (ErrorKind, String) {
    if let Some((kind, message)) = err.modeled() {
        return (
            kind,
            message.or(err.message()).unwrap_or_default().to_owned(),
        );
    }
    let code = err.code().unwrap_or_default();
    let message = err.message().unwrap_or_default();
    let kind = if listed(ACCESS_DENIED_CODES, code) {
        ErrorKind::AccessDenied
    } else if code.starts_with("ExpiredToken") {
        ErrorKind::ExpiredToken
    } else if listed(THROTTLING_CODES, code) {
        ErrorKind::Throttled
    } else if listed(REJECTED_CREDENTIAL_CODES, code) {
        ErrorKind::NoCredentials
    } else {
        ErrorKind::Other
    };
    let detail = match (kind, code, message) {
        (ErrorKind::AccessDenied, _, m) if !m.is_empty() => m.to_owned(),
        (_, "", "") => err.to_string(),
        (_, c, "") => c.to_owned(),
        (_, "", m) => m.to_owned(),
        (_, c, m) => format!("{c}: {m}"),
    };
    (kind, detail)
}

/// Credential and endpoint failures surface as dispatch or construction failures; only their text tells them apart.
fn transport_error(
    detail: String,
    region: Option<&str>,
    fallback: ErrorKind,
) -> (ErrorKind, String) {
    let lower = detail.to_ascii_lowercase();
    if CREDENTIAL_MARKERS.iter().any(|m| lower.contains(m)) {
        let kind = if lower.contains("expired") {
            ErrorKind::ExpiredToken
        } else {
            ErrorKind::NoCredentials
        };
        // The first sentence says what is missing; the rest is advice for SDK developers, not for our users.
        let first = detail
            .split_once(". ")
            .map_or(detail.as_str(), |(first, _)| first);
        return (kind, first.to_owned());
    }
    let no_endpoint =
        lower.contains("failed to resolve endpoint") || lower.contains("missing region");
    let dns_failed = lower.contains("dns error") || lower.contains("failed to lookup address");
    let typo = dns_failed && region.is_some_and(|r| !listed(KNOWN_REGIONS, r));
    let kind = if no_endpoint || typo {
        ErrorKind::UnknownRegion
    } else {
        fallback
    };
    (kind, detail)
}

/// The source chain as one line. Not `DisplayErrorContext`: it appends the whole error's `Debug` form, which is
/// neither one readable line nor safe to show. The SDK's wrapper labels ("dispatch failure", "other") say nothing.
fn chain(err: &(dyn StdError + 'static)) -> String {
    const LABELS: &[&str] = &["other", "io error", "user error", "timeout"];
    let mut parts: Vec<String> = Vec::new();
    let mut next = err.source().or(Some(err));
    while let Some(e) = next {
        let text = e.to_string();
        if !LABELS.contains(&text.as_str())
            && !parts.last().is_some_and(|last| last.contains(&text))
        {
            parts.push(text);
        }
        next = e.source();
    }
    parts.join(": ")
}

/// Counts attempts per operation call, in the call's own config bag: concurrent calls share the hook, not this.
/// (The SDK's own counter type is not reachable from this crate.)
#[derive(Debug, Clone, Copy)]
struct Attempt(u32);
impl Storable for Attempt {
    type Storer = StoreReplace<Self>;
}

struct RetryHook {
    on_retry: RetryNotifier,
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

    /// Runs before the backoff sleep, so the UI can show the notice while the SDK waits. An attempt cut off by an
    /// attempt timeout skips this hook; none is configured, so every retry is announced here.
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
        (self.on_retry)(RetryNotice {
            attempt: attempt + 1,
            reason,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::ErrorKind as K;
    use aws_sdk_glue::error::ConnectorError;

    fn dispatch(message: &str, region: Option<&str>) -> GlueError {
        let err = SdkError::<GetConnectionsError, ()>::dispatch_failure(ConnectorError::io(
            message.to_owned().into(),
        ));
        map_error(err, "GetConnections", region)
    }

    #[test]
    fn a_dns_failure_is_a_typo_in_an_unknown_region_and_the_network_in_a_known_one() {
        let dns = "dns error: failed to lookup address information: Name or service not known";
        assert_eq!(dispatch(dns, Some("us-easst-1")).kind, K::UnknownRegion);
        assert_eq!(dispatch(dns, Some("eu-west-1")).kind, K::Unreachable);
        let refused = dispatch(
            "tcp connect error: Connection refused (os error 111)",
            Some("eu-west-1"),
        );
        assert_eq!(refused.kind, K::Unreachable);
        assert_eq!(
            refused.detail,
            "tcp connect error: Connection refused (os error 111)"
        );
        let timeout = SdkError::<GetConnectionsError, ()>::timeout_error(
            "operation timeout occurred after 30s",
        );
        assert_eq!(
            map_error(timeout, "GetConnections", None).kind,
            K::Unreachable
        );
    }

    #[test]
    fn credential_loading_failures_are_told_apart_from_the_network() {
        assert_eq!(
            dispatch("no providers in chain provided credentials", None).kind,
            K::NoCredentials
        );
        let sso = dispatch("the SSO token has expired and cannot be refreshed", None);
        assert_eq!(sso.kind, K::ExpiredToken);
    }
}
