//! SDK errors to `GlueError`: modeled exceptions by variant, unmodeled ones by code, transport failures by cause.

use std::error::Error as StdError;
use std::fmt;

use aws_sdk_glue::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_glue::operation::batch_delete_connection::BatchDeleteConnectionError;
use aws_sdk_glue::operation::create_connection::CreateConnectionError;
use aws_sdk_glue::operation::delete_connection::DeleteConnectionError;
use aws_sdk_glue::operation::describe_connection_type::DescribeConnectionTypeError;
use aws_sdk_glue::operation::get_connection::GetConnectionError;
use aws_sdk_glue::operation::get_connections::GetConnectionsError;
use aws_sdk_glue::operation::list_connection_types::ListConnectionTypesError;
use aws_sdk_glue::operation::test_connection::TestConnectionError;
use aws_sdk_glue::operation::update_connection::UpdateConnectionError;

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;

use crate::glue::{ErrorKind, GlueError};

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

impl OperationError for CreateConnectionError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::AlreadyExistsException(e) => Some((ErrorKind::AlreadyExists, e.message())),
            Self::InvalidInputException(e) => Some((ErrorKind::InvalidInput, e.message())),
            Self::OperationTimeoutException(e) => Some((ErrorKind::OperationTimeout, e.message())),
            Self::ResourceNumberLimitExceededException(e) => {
                Some((ErrorKind::ResourceNumberLimitExceeded, e.message()))
            }
            Self::GlueEncryptionException(e) => Some((ErrorKind::GlueEncryption, e.message())),
            _ => None,
        }
    }
}

impl OperationError for GetConnectionError {
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

/// InternalServiceException stays `Other`: `describe` adds "try again" to its detail.
impl OperationError for DescribeConnectionTypeError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::ValidationException(e) => Some((ErrorKind::InvalidInput, e.message())),
            Self::InvalidInputException(e) => Some((ErrorKind::InvalidInput, e.message())),
            Self::AccessDeniedException(e) => Some((ErrorKind::AccessDenied, e.message())),
            Self::InternalServiceException(e) => Some((ErrorKind::Other, e.message())),
            _ => None,
        }
    }
}

impl OperationError for DeleteConnectionError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::EntityNotFoundException(e) => Some((ErrorKind::EntityNotFound, e.message())),
            Self::OperationTimeoutException(e) => Some((ErrorKind::OperationTimeout, e.message())),
            _ => None,
        }
    }
}

impl OperationError for BatchDeleteConnectionError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::InternalServiceException(e) => Some((ErrorKind::Other, e.message())),
            Self::OperationTimeoutException(e) => Some((ErrorKind::OperationTimeout, e.message())),
            _ => None,
        }
    }
}

impl OperationError for UpdateConnectionError {
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

impl OperationError for TestConnectionError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::EntityNotFoundException(e) => Some((ErrorKind::EntityNotFound, e.message())),
            Self::InvalidInputException(e) => Some((ErrorKind::InvalidInput, e.message())),
            Self::OperationTimeoutException(e) => Some((ErrorKind::OperationTimeout, e.message())),
            Self::GlueEncryptionException(e) => Some((ErrorKind::GlueEncryption, e.message())),
            Self::AccessDeniedException(e) => Some((ErrorKind::AccessDenied, e.message())),
            Self::ResourceNumberLimitExceededException(e) => {
                Some((ErrorKind::ResourceNumberLimitExceeded, e.message()))
            }
            Self::InternalServiceException(e) => Some((ErrorKind::Other, e.message())),
            _ => None,
        }
    }
}

impl OperationError for ListConnectionTypesError {
    fn modeled(&self) -> Option<(ErrorKind, Option<&str>)> {
        match self {
            Self::AccessDeniedException(e) => Some((ErrorKind::AccessDenied, e.message())),
            Self::InternalServiceException(e) => Some((ErrorKind::Other, e.message())),
            _ => None,
        }
    }
}

// Space-separated lists: one line each, and `listed` reads them.
pub(super) const THROTTLING_CODES: &str = "Throttling ThrottlingException ThrottledException RequestThrottledException \
    RequestThrottled TooManyRequestsException RequestLimitExceeded SlowDown";
/// What AWS's JSON protocol answers for an operation the endpoint does not have, and what emulators say.
const NOT_IMPLEMENTED_CODES: &str = "UnknownOperationException UnknownOperation NotImplemented \
    NotImplementedException";
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

/// LocalStack answers "API action 'X' for service 'glue' not yet implemented or pro feature".
fn says_not_implemented(message: &str) -> bool {
    let lower = message.to_ascii_lowercase();
    lower.contains("not yet implemented") || lower.contains("not implemented")
}

pub(super) fn listed(list: &str, item: &str) -> bool {
    list.split_whitespace().any(|listed| listed == item)
}

/// Turns any operation's SDK error into a `GlueError` (kind and detail; the caller adds principal and catalog).
/// `region` is only used to tell a mistyped region from an unreachable network.
pub(crate) fn map_error<E: OperationError, R: fmt::Debug + 'static>(
    err: SdkError<E, R>,
    operation: &'static str,
    region: Option<&str>,
) -> GlueError {
    let no_answer = ErrorKind::NoAnswer {
        seconds: 0,
        attempts: 0,
    };
    let (kind, detail) = match &err {
        // A success status with an error means the body did not parse: the answer, not the request, is at fault.
        SdkError::ServiceError(ctx) if answered_ok(ctx.raw()) && ctx.err().modeled().is_none() => {
            (ErrorKind::Unreadable, String::new())
        }
        SdkError::ServiceError(ctx) => {
            let (kind, detail) = service_error(ctx.err());
            let bare = ctx.err().modeled().is_none()
                && ctx.err().code().is_none()
                && ctx.err().message().is_none();
            match http_status(ctx.raw()) {
                Some(501) if ctx.err().modeled().is_none() => {
                    (ErrorKind::NotImplemented, String::new())
                }
                // Neither a code nor a message (moto's 500 page for an operation it lacks): the status is all.
                Some(status) if bare => (ErrorKind::BareStatus { status }, String::new()),
                _ => (kind, detail),
            }
        }
        SdkError::TimeoutError(_) => (no_answer, String::new()),
        SdkError::DispatchFailure(f) if f.is_timeout() => (no_answer, String::new()),
        SdkError::DispatchFailure(_) => {
            transport_error(chain(&err), region, ErrorKind::Unreachable)
        }
        // The body stopped before its Content-Length (or the connection closed mid-answer).
        SdkError::ResponseError(_) => (ErrorKind::Unreadable, chain(&err)),
        _ => transport_error(chain(&err), region, ErrorKind::Other),
    };
    GlueError::new(kind, operation, detail)
}

fn http_status<R: 'static>(raw: &R) -> Option<u16> {
    (raw as &dyn std::any::Any)
        .downcast_ref::<HttpResponse>()
        .map(|r| r.status().as_u16())
}

fn answered_ok<R: 'static>(raw: &R) -> bool {
    (raw as &dyn std::any::Any)
        .downcast_ref::<HttpResponse>()
        .is_some_and(|r| r.status().is_success())
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
    } else if listed(NOT_IMPLEMENTED_CODES, code) || says_not_implemented(message) {
        ErrorKind::NotImplemented
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
        assert!(matches!(
            map_error(timeout, "GetConnections", None).kind,
            K::NoAnswer { .. }
        ));
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
