use std::fmt;

/// What went wrong, in the terms a user can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NoCredentials,
    ExpiredToken,
    AccessDenied,
    UnknownRegion,
    Unreachable,
    /// Every attempt was abandoned after the attempt timeout (`--timeout`): the endpoint accepted and never answered.
    /// `seconds` 0: not known.
    /// (u16: the kind must stay small, see `the_error_stays_small_enough_to_return_by_value`.)
    NoAnswer {
        seconds: u16,
        attempts: u16,
    },
    /// Glue's answer could not be read: cut short, or not the JSON it should be (a proxy's page, a dropped body).
    Unreadable,
    Throttled,
    EntityNotFound,
    InvalidInput,
    OperationTimeout,
    GlueEncryption,
    /// CreateConnection: a connection with that name is already in the catalog.
    AlreadyExists,
    /// CreateConnection: the catalog's connections quota is used up.
    ResourceNumberLimitExceeded,
    /// The endpoint said it has no such operation (`UnknownOperationException`, HTTP 501, "not implemented").
    NotImplemented,
    /// An HTTP error status with neither a Glue error code nor a message: not Glue's own answer (moto answers an
    /// operation it lacks with a bare 500 page).
    BareStatus {
        status: u16,
    },
    Other,
}

/// A failed Glue call, carrying what the user needs to read: the operation, the credentials it ran as, and the
/// server's own words. `Display` is the one line the status bar and `export` show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlueError {
    pub kind: ErrorKind,
    /// `GetConnections`, `CreateConnection`…
    pub operation: &'static str,
    /// `profile dev`, `default credentials`, `the demo catalog`.
    pub principal: String,
    // Boxed strs keep `Result<_, GlueError>` small (clippy's result_large_err); read them with `as_deref()`.
    pub region: Option<Box<str>>,
    pub catalog_id: Option<Box<str>>,
    /// The server's message or the transport's reason, already one line.
    pub detail: String,
    /// What the call was about, when it names one thing: the connection of CreateConnection and GetConnection.
    pub subject: Option<Box<str>>,
}

impl GlueError {
    pub fn new(kind: ErrorKind, operation: &'static str, detail: impl Into<String>) -> Self {
        Self {
            kind,
            operation,
            principal: String::new(),
            region: None,
            catalog_id: None,
            detail: one_line(&detail.into()),
            subject: None,
        }
    }

    /// Names the connection the call was about (`A connection named X already exists…`).
    pub fn with_subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(one_line(&subject.into()).into_boxed_str());
        self
    }

    pub fn with_principal(mut self, principal: impl Into<String>) -> Self {
        self.principal = principal.into();
        self
    }

    pub fn with_region(mut self, region: Option<String>) -> Self {
        self.region = region.map(String::into_boxed_str);
        self
    }

    pub fn with_catalog(mut self, catalog_id: Option<String>) -> Self {
        self.catalog_id = catalog_id.map(String::into_boxed_str);
        self
    }

    fn for_principal(&self) -> String {
        if self.principal.is_empty() {
            String::new()
        } else {
            format!(" for {}", self.principal)
        }
    }

    fn detail_suffix(&self) -> String {
        if self.detail.is_empty() {
            String::new()
        } else {
            format!(" ({})", self.detail)
        }
    }
}

impl fmt::Display for GlueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = self.operation;
        let who = self.for_principal();
        let region = self.region.as_deref().unwrap_or("the configured region");
        let catalog = self
            .catalog_id
            .as_deref()
            .unwrap_or("the account's default catalog");
        let in_catalog = self.catalog_id.as_deref().map_or_else(
            || "the account's default catalog".to_owned(),
            |id| format!("catalog {id}"),
        );
        let connection = self.subject.as_deref().map_or_else(
            || "The connection".to_owned(),
            |name| format!("Connection {name}"),
        );
        let creating = op == "CreateConnection";
        // Calls about one stored connection: not found means the connection, not the catalog.
        let about_one = matches!(
            op,
            "GetConnection" | "DeleteConnection" | "TestConnection" | "UpdateConnection"
        );
        match self.kind {
            // Detail tells "none found" (`profile dev` not in the config) from "rejected by AWS" (a deleted key).
            ErrorKind::NoCredentials => write!(
                f,
                "No usable AWS credentials{who} — run `aws configure`, `aws sso login`, or pass --profile{}",
                self.detail_suffix()
            ),
            ErrorKind::ExpiredToken => write!(
                f,
                "The credentials{who} have expired — run `aws sso login{}` and try again",
                self.principal
                    .strip_prefix("profile ")
                    .map(|p| format!(" --profile {p}"))
                    .unwrap_or_default()
            ),
            // Connections used by federated resources (Lake Formation, Athena federation) also need PassConnection.
            ErrorKind::AccessDenied if creating => write!(
                f,
                "AccessDenied on glue:CreateConnection{who} — check the role's policy allows glue:CreateConnection \
                 (and glue:PassConnection if federated resources will use the connection){}",
                self.detail_suffix()
            ),
            ErrorKind::AccessDenied => write!(
                f,
                "AccessDenied on glue:{op}{who} — check the role's policy allows glue:{op}{}",
                self.detail_suffix()
            ),
            ErrorKind::UnknownRegion if self.region.is_none() => write!(
                f,
                "No AWS region configured — pass --region (e.g. us-east-1) or set AWS_REGION{}",
                self.detail_suffix()
            ),
            ErrorKind::UnknownRegion => write!(
                f,
                "Unknown region {region} — pass a valid --region (e.g. us-east-1) or `:region R`{}",
                self.detail_suffix()
            ),
            ErrorKind::Unreachable => write!(
                f,
                "Could not reach the Glue endpoint in {region} — check the network or --endpoint-url{}",
                self.detail_suffix()
            ),
            ErrorKind::NoAnswer { seconds, attempts } => {
                let within = if seconds == 0 {
                    String::new()
                } else {
                    format!(" within {seconds} s")
                };
                let tries = if attempts == 1 { "attempt" } else { "attempts" };
                write!(
                    f,
                    "{op} got no answer from Glue{within}, {attempts} {tries} — check the endpoint URL, a proxy or VPN, \
                     or raise --timeout"
                )
            }
            ErrorKind::Unreadable => write!(
                f,
                "{op}: Glue's answer could not be read (cut short or not valid JSON), even after retries — check a \
                 proxy between here and Glue, or the endpoint URL{}",
                self.detail_suffix()
            ),
            ErrorKind::Throttled => write!(
                f,
                "Glue kept throttling {op} after retries with backoff — wait a moment and try again"
            ),
            ErrorKind::EntityNotFound if about_one => write!(
                f,
                "{connection} not found in {in_catalog} — check the name and the catalog ID{}",
                self.detail_suffix()
            ),
            ErrorKind::EntityNotFound if op == "DescribeConnectionType" => write!(
                f,
                "Glue has no description of this connection type — the built-in form is used{}",
                self.detail_suffix()
            ),
            ErrorKind::EntityNotFound => write!(
                f,
                "Catalog {catalog} not found in {region} — check the catalog ID (`:catalog ID`){}",
                self.detail_suffix()
            ),
            ErrorKind::InvalidInput if op == "GetConnections" => write!(
                f,
                "Glue rejected the {op} request as invalid — check --type/--match/--catalog-id{}",
                self.detail_suffix()
            ),
            // The server's message is the only precise account of what is wrong with the input.
            ErrorKind::InvalidInput if self.detail.is_empty() => write!(
                f,
                "Glue rejected the {op} request as invalid — check the connection's fields"
            ),
            ErrorKind::InvalidInput => write!(
                f,
                "Glue rejected the {op} request: {} — fix that and try again",
                self.detail
            ),
            ErrorKind::OperationTimeout => write!(
                f,
                "{op} timed out on the server — try again{}",
                self.detail_suffix()
            ),
            ErrorKind::GlueEncryption if creating => write!(
                f,
                "Glue could not encrypt the connection with the catalog's KMS key{who} — grant kms:GenerateDataKey \
                 and kms:Decrypt on the key set in the catalog's encryption settings{}",
                self.detail_suffix()
            ),
            ErrorKind::GlueEncryption => write!(
                f,
                "Glue could not decrypt with the catalog's KMS key{who} — grant kms:Decrypt, or browse without --show-passwords{}",
                self.detail_suffix()
            ),
            ErrorKind::AlreadyExists => write!(
                f,
                "A connection {} already exists in {in_catalog} — pick another name",
                self.subject
                    .as_deref()
                    .map_or_else(|| "with that name".to_owned(), |n| format!("named {n}"))
            ),
            ErrorKind::ResourceNumberLimitExceeded => write!(
                f,
                "No room for another connection in {in_catalog}: the account's Glue connections quota is used up \
                 — delete unused connections, or request a higher AWS Glue connections quota in Service Quotas{}",
                self.detail_suffix()
            ),
            ErrorKind::NotImplemented => write!(
                f,
                "This endpoint does not implement {op} — nothing was changed by it; use AWS Glue or an emulator \
                 that has {op}{}",
                self.detail_suffix()
            ),
            ErrorKind::BareStatus { status } => write!(
                f,
                "{op} got HTTP {status} from the endpoint{who} with no Glue error code or message — an emulator \
                 answers so for an operation it does not implement (moto does); against AWS Glue, try again"
            ),
            ErrorKind::Other => write!(f, "{op} failed{who}{}", self.detail_suffix()),
        }
    }
}

impl std::error::Error for GlueError {}

/// Server text can carry newlines and control characters; a status line cannot.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|c| !c.is_control()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_denied_names_the_permission_and_the_profile() {
        let e = GlueError::new(
            ErrorKind::AccessDenied,
            "GetConnections",
            "User: arn:aws:iam::1:user/x is not authorized",
        )
        .with_principal("profile dev");
        let line = e.to_string();
        assert!(
            line.starts_with(
                "AccessDenied on glue:GetConnections for profile dev — check the role's policy"
            ),
            "{line}"
        );
    }

    #[test]
    fn detail_is_flattened_to_one_line_without_control_characters() {
        let e = GlueError::new(
            ErrorKind::Other,
            "GetConnections",
            "line one\nline\x1b[31m two",
        );
        assert_eq!(e.detail, "line one line[31m two");
    }

    #[test]
    fn create_messages_name_the_connection_and_the_catalog() {
        let exists = GlueError::new(ErrorKind::AlreadyExists, "CreateConnection", "exists")
            .with_catalog(Some("123456789012".into()));
        assert_eq!(
            exists.to_string(),
            "A connection with that name already exists in catalog 123456789012 — pick another name"
        );
        let named = exists.with_subject("orders\ndb");
        assert_eq!(named.subject.as_deref(), Some("orders db"));
        assert!(
            named
                .to_string()
                .starts_with("A connection named orders db already exists")
        );

        let bare = GlueError::new(ErrorKind::InvalidInput, "CreateConnection", "");
        assert_eq!(
            bare.to_string(),
            "Glue rejected the CreateConnection request as invalid — check the connection's fields"
        );
        let listing = GlueError::new(ErrorKind::InvalidInput, "GetConnections", "bad");
        assert!(listing.to_string().contains("--type/--match/--catalog-id"));

        let missing = GlueError::new(ErrorKind::EntityNotFound, "GetConnections", "")
            .with_catalog(Some("9".into()))
            .with_region(Some("eu-west-1".into()));
        assert_eq!(
            missing.to_string(),
            "Catalog 9 not found in eu-west-1 — check the catalog ID (`:catalog ID`)"
        );
        let gone =
            GlueError::new(ErrorKind::EntityNotFound, "GetConnection", "").with_subject("ghost");
        assert_eq!(
            gone.to_string(),
            "Connection ghost not found in the account's default catalog — check the name and the catalog ID"
        );
        let undescribed = GlueError::new(ErrorKind::EntityNotFound, "DescribeConnectionType", "")
            .with_subject("JDBC");
        assert!(
            undescribed
                .to_string()
                .starts_with("Glue has no description of this connection type")
        );
    }

    #[test]
    fn the_error_stays_small_enough_to_return_by_value() {
        // clippy's result_large_err fires at 128 bytes, in this crate and in every caller's.
        assert!(std::mem::size_of::<GlueError>() < 128);
    }
}
