//! The request as `--dry-run` shows it: every secret replaced by [`SECRET_MASK`], every other value as is.

use crate::model::{CreateConnectionRequest, PropertyMap, SECRET_MASK, is_secret_key};

/// A copy with password-like properties, `BasicAuthenticationCredentials.Password`, every
/// `CustomAuthenticationCredentials` value, the `OAuth2Credentials` and the `AuthorizationCode` masked.
pub fn masked(request: &CreateConnectionRequest) -> CreateConnectionRequest {
    let mut r = request.clone();
    let input = &mut r.connection_input;
    mask_secret_keys(&mut input.connection_properties);
    for map in [
        &mut input.spark_properties,
        &mut input.athena_properties,
        &mut input.python_properties,
    ]
    .into_iter()
    .flatten()
    {
        mask_secret_keys(map);
    }
    if let Some(auth) = &mut input.authentication_configuration {
        if let Some(basic) = &mut auth.basic_authentication_credentials {
            mask(&mut basic.password);
        }
        if let Some(custom) = &mut auth.custom_authentication_credentials {
            custom.values_mut().for_each(mask_value);
        }
        if let Some(oauth) = &mut auth.oauth2_properties {
            if let Some(code) = &mut oauth.authorization_code_properties {
                mask(&mut code.authorization_code);
            }
            if let Some(c) = &mut oauth.credentials {
                mask(&mut c.user_managed_client_application_client_secret);
                mask(&mut c.access_token);
                mask(&mut c.refresh_token);
                mask(&mut c.jwt_token);
            }
            if let Some(params) = &mut oauth.token_url_parameters_map {
                mask_secret_keys(params);
            }
        }
    }
    r
}

fn mask_value(value: &mut String) {
    *value = SECRET_MASK.to_string();
}

fn mask(value: &mut Option<String>) {
    if let Some(v) = value {
        mask_value(v);
    }
}

fn mask_secret_keys(map: &mut PropertyMap) {
    map.iter_mut()
        .filter(|(k, _)| is_secret_key(k))
        .for_each(|(_, v)| mask_value(v));
}
