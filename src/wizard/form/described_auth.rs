//! What the authentication step offers for a described type: the authentication types its `Capabilities` (or the
//! described `AuthenticationType`'s allowed values) permit, the OAuth2 grant types the described `OAuth2GrantType`
//! allows (AWS's ServiceNow guide: AUTHORIZATION_CODE only), and whether the type requires an authentication type
//! and a SecretArn. Without a description, every type and grant the API knows.

use super::described_maps::DescribedMap;
use super::*;
use crate::request::{AUTHENTICATION_TYPES, GRANT_TYPES};

pub(super) struct AuthChoices {
    /// The authentication types offered, "" (none) first unless one is required.
    pub types: Vec<String>,
    pub type_required: bool,
    pub secret_required: bool,
    /// The grant types offered, "" first.
    pub grants: Vec<String>,
}

impl Form {
    pub(super) fn described_authentication(&self) -> AuthChoices {
        let description = self.description();
        let config = description.and_then(|d| d.authentication_configuration.as_ref());
        let type_definition = config.and_then(|c| c.authentication_type.as_ref());
        let type_required = type_definition.is_some_and(|d| d.required);
        let supported = description.map_or(&[][..], |d| d.supported_authentication_types());
        let narrowed: Vec<&str> = if !supported.is_empty() {
            supported.iter().map(String::as_str).collect()
        } else if let Some(d) = type_definition.filter(|d| !d.allowed_values.is_empty()) {
            d.allowed_value_names()
        } else {
            AUTHENTICATION_TYPES.to_vec()
        };
        let grant_definition = description.and_then(|d| d.oauth2_property("OAuth2GrantType"));
        let grants: Vec<&str> = match grant_definition.filter(|d| !d.allowed_values.is_empty()) {
            Some(d) => d.allowed_value_names(),
            None => GRANT_TYPES.to_vec(),
        };
        AuthChoices {
            types: self.offered(AUTHENTICATION_TYPE, narrowed, !type_required),
            type_required,
            secret_required: config
                .and_then(|c| c.secret_arn.as_ref())
                .is_some_and(|d| d.required),
            grants: self.offered(GRANT_TYPE, grants, true),
        }
    }

    /// `choices` for the field at `path`, "" first when `blank`; a value already there that is not among them
    /// stays offered, so narrowing never takes away what the user (or an import) put in — the request's problems
    /// say why it does not fit.
    fn offered(&self, path: &str, choices: Vec<&str>, blank: bool) -> Vec<String> {
        let current = self.get(path);
        let mut out: Vec<String> = blank.then(String::new).into_iter().collect();
        out.extend(choices.into_iter().map(str::to_string));
        if !out.iter().any(|c| c == current) {
            out.push(current.to_string());
        }
        out
    }

    /// Whether the form gives the credentials of authentication type `kind` inline, which Glue stores in a secret
    /// it creates (CreateConnection's reference), so a required SecretArn is not needed.
    pub(super) fn gives_inline_credentials(&self, kind: &str) -> bool {
        let any = |paths: &[&str]| paths.iter().any(|p| !self.get(p).trim().is_empty());
        match kind {
            "BASIC" => any(&[USERNAME, PASSWORD]),
            "OAUTH2" => any(&[
                AUTHORIZATION_CODE,
                CLIENT_SECRET,
                ACCESS_TOKEN,
                REFRESH_TOKEN,
                JWT_TOKEN,
            ]),
            "CUSTOM" => {
                !self.rows(Rows::CustomCredentials).is_empty()
                    || self.map_definitions(DescribedMap::Custom).iter().any(|d| {
                        !self
                            .get(&DescribedMap::Custom.field_path(d.id()))
                            .is_empty()
                    })
            }
            _ => false,
        }
    }
}
