//! The AWS JSON shape, as `aws glue get-connections` prints it: the one model every part of the app shares
//! (detail pane, raw view, clipboard, export, demo catalog). Absent stays absent: every field is optional so a
//! round trip never invents a key the server did not send.

mod connection;
mod create;
mod describe;
mod draft;
mod secret;
mod timestamp;
mod type_brief;

pub use connection::{
    AuthenticationConfiguration, Connection, ConnectionList, OAuth2ClientApplication,
    OAuth2Properties, PhysicalConnectionRequirements, PropertyMap, to_cli_json,
};
pub use create::{
    AuthenticationConfigurationInput, AuthorizationCodeProperties, BasicAuthenticationCredentials,
    ConnectionInput, CreateConnectionRequest, CreateConnectionResponse, OAuth2Credentials,
    OAuth2PropertiesInput, UpdateConnectionRequest,
};
pub use describe::{
    AllowedValue, AuthConfiguration, Capabilities, ComputeEnvironmentConfiguration,
    ConnectionTypeDescription, PropertyDefinition,
};
pub use draft::{Draft, SecretLeftOut};
pub use secret::{
    Hide, PROPERTY_MAPS, SECRET_MASK, SecretNames, SecretPlace, hide_in_json, hide_secrets,
    is_secret_key, secret_place,
};
pub use timestamp::Timestamp;
pub use type_brief::{ConnectionTypeBrief, ConnectionTypeVariant};
