//! One table: per connection type, the `ConnectionProperties` the wizard asks for.
//!
//! Only the types whose properties the CreateConnection reference spells out (JDBC, KAFKA, MONGODB, NETWORK,
//! MARKETPLACE, CUSTOM, the two VIEW_VALIDATION types) carry a field list here. Every other type — the SaaS apps and
//! the native database types such as MYSQL or BIGQUERY — has an empty list by design: their fields differ per type
//! and change over time, so the wizard asks DescribeConnectionType for them at run time instead of freezing a copy.
//! `ENCRYPTED_*` keys are left out everywhere: Glue writes them when it encrypts a password, a user never types them.

/// How a property value is entered and checked (see `validate::property_value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// A TCP port, as decimal digits.
    Port,
    /// A URL that must start with one of these prefixes (e.g. `jdbc:`).
    Url {
        prefixes: &'static [&'static str],
    },
    /// Comma-separated `host:port` pairs (Kafka bootstrap servers).
    HostPortList,
    /// `true` or `false`.
    Bool,
    /// One of a fixed set of values.
    Choice(&'static [&'static str]),
    /// `s3://bucket/key`.
    S3Uri,
    /// An Amazon Resource Name.
    Arn,
    /// A password: masked on screen, never copied or written to a draft.
    Secret,
}

/// Whether a field must be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// The CreateConnection reference requires it: a request without it is refused before sending.
    Required,
    /// Usually given, but no rule of the reference requires it (e.g. VIEW_VALIDATION_*'s `ROLE_ARN`): a request
    /// without it gets a warning and is still sent — Glue decides.
    Usual,
    Optional,
    /// Part of the [`EitherOr`] group with this id: required only as a member of the alternative the user picks.
    OneOf(&'static str),
}

/// One connection property the wizard asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PropertyField {
    /// A `ConnectionPropertyKey` value, e.g. `HOST`.
    pub key: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub required: Requirement,
    pub help: &'static str,
}

/// A group where exactly one alternative — a set of keys that must all be filled — has to be complete, e.g. JDBC's
/// `[HOST, PORT, JDBC_ENGINE]` or `[JDBC_CONNECTION_URL]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EitherOr {
    pub id: &'static str,
    pub alternatives: &'static [&'static [&'static str]],
    /// The reference states the group ("Required: All of (USERNAME, PASSWORD) or SECRET_ID"): none complete is
    /// refused. Otherwise it is advice, and none complete is a warning.
    pub stated: bool,
    /// The group chooses credentials: a Secrets Manager secret named by `AuthenticationConfiguration.SecretArn`
    /// holds them just as well as `SECRET_ID` does, so a request with one completes the group.
    pub secret_reference: bool,
}

/// The heading a connection type is listed under in the type picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeGroup {
    Databases,
    Streaming,
    DocumentStores,
    FileStores,
    Network,
    MarketplaceCustom,
    SaasApps,
    ViewValidation,
}

/// What the wizard knows about one connection type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeSpec {
    pub connection_type: &'static str,
    pub group: TypeGroup,
    /// One line for the type picker.
    pub summary: &'static str,
    /// False for SFTP, which the API lists but does not accept.
    pub supported: bool,
    /// Empty for types whose fields come from DescribeConnectionType at run time (see the module comment).
    pub fields: &'static [PropertyField],
    pub either_or: &'static [EitherOr],
    /// PhysicalConnectionRequirements (subnet, security groups) must be given, e.g. NETWORK.
    pub needs_network: bool,
}

impl TypeSpec {
    pub fn field(&self, key: &str) -> Option<&'static PropertyField> {
        self.fields.iter().find(|f| f.key == key)
    }
}

/// The spec of a connection type as the API spells it (`JDBC`, `KAFKA`…).
pub fn spec_for(connection_type: &str) -> Option<&'static TypeSpec> {
    SPECS.iter().find(|s| s.connection_type == connection_type)
}

/// Every connection type, in picker order (grouped, most used first).
pub fn all_specs() -> &'static [TypeSpec] {
    SPECS
}

// The table reads best one field per line, wider than rustfmt's default width allows.
#[rustfmt::skip]
mod table;
use table::SPECS;

#[cfg(test)]
mod tests;
