use std::fmt;

/// What went wrong, in the terms a user can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NoCredentials,
    ExpiredToken,
    AccessDenied,
    UnknownRegion,
    Unreachable,
    Throttled,
    EntityNotFound,
    InvalidInput,
    OperationTimeout,
    GlueEncryption,
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
    pub region: Option<String>,
    pub catalog_id: Option<String>,
    /// The server's message or the transport's reason, already one line.
    pub detail: String,
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
        }
    }

    pub fn with_principal(mut self, principal: impl Into<String>) -> Self {
        self.principal = principal.into();
        self
    }

    pub fn with_region(mut self, region: Option<String>) -> Self {
        self.region = region;
        self
    }

    pub fn with_catalog(mut self, catalog_id: Option<String>) -> Self {
        self.catalog_id = catalog_id;
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
            ErrorKind::Throttled => write!(
                f,
                "Glue kept throttling {op} after retries with backoff — wait a moment and try again"
            ),
            ErrorKind::EntityNotFound => write!(
                f,
                "Catalog {catalog} not found in {region} — check the catalog ID (`:catalog ID`){}",
                self.detail_suffix()
            ),
            ErrorKind::InvalidInput => write!(
                f,
                "Glue rejected the {op} request as invalid — check --type/--match/--catalog-id{}",
                self.detail_suffix()
            ),
            ErrorKind::OperationTimeout => write!(
                f,
                "{op} timed out on the server — try again{}",
                self.detail_suffix()
            ),
            ErrorKind::GlueEncryption => write!(
                f,
                "Glue could not decrypt with the catalog's KMS key{who} — grant kms:Decrypt, or browse without --show-passwords{}",
                self.detail_suffix()
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
}
