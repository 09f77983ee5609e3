//! The request as `--dry-run` shows it: every secret replaced by [`SECRET_MASK`](crate::model::SECRET_MASK), every
//! other value as is.

use crate::model::{CreateConnectionRequest, Hide, SecretNames, hide_secrets};

/// A copy with every secret masked, as the one rule ([`crate::model::secret_place`]) says: password-like properties,
/// every `TokenUrlParametersMap` value, `BasicAuthenticationCredentials.Password`, every
/// `CustomAuthenticationCredentials` value, the `OAuth2Credentials` and the `AuthorizationCode`.
pub fn masked(request: &CreateConnectionRequest) -> CreateConnectionRequest {
    hide_secrets(request, &SecretNames::NONE, Hide::Mask).0
}
