//! Command-line flags: the same for the TUI and for `export`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::glue::profiles::{self, UnknownProfile};
use crate::glue::{ConnectionFilter, parse_connection_type};
use crate::state::Session;

#[derive(Debug, Parser)]
#[command(
    name = "glue-tui",
    version,
    about = "Browse AWS Glue Data Catalog connections in the terminal",
    long_about = "Browse AWS Glue Data Catalog connections in the terminal.\n\n\
        Credentials and region come from the standard AWS chain (environment, ~/.aws/config, SSO, IMDS). \
        Passwords are never fetched unless --show-passwords is given, and never shown or copied until revealed.",
    after_help = "Examples:\n  glue-tui --demo\n  glue-tui --profile dev --region eu-west-1\n  \
        glue-tui --endpoint-url http://127.0.0.1:5000\n  glue-tui export --profile dev > connections.json\n  \
        glue-tui create --from-json orders-db.json --dry-run"
)]
pub struct Cli {
    #[command(flatten)]
    pub target: TargetArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print every connection as GetConnections JSON ({"ConnectionList": [...]}) on stdout, walking all pages.
    Export,
    /// Create a connection from a `--cli-input-json` file, headless.
    ///
    /// Reads the JSON `aws glue create-connection --cli-input-json` reads ({"CatalogId", "ConnectionInput",
    /// "Tags"}) and checks it with the wizard's rules before sending anything. Exit 0 created, 1 the call failed
    /// (one line on stderr), 2 the file is unreadable or invalid (each problem printed with its JSON path) and
    /// nothing was sent.
    Create {
        /// The request file; `-` reads stdin.
        #[arg(long, value_name = "FILE")]
        from_json: PathBuf,
        /// Check the file and print the request that would be sent (secrets masked unless --show-passwords);
        /// send nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Create every connection of a file in the target the flags name (--profile, --region, --endpoint-url,
    /// --catalog-id): a copy between catalogs, regions or accounts.
    ///
    /// Reads what `export` writes ({"ConnectionList": [...]}), GetConnection's output ({"Connection": {...}}), or a
    /// JSON list of create-connection --cli-input-json requests. Each connection is checked with the wizard's rules;
    /// one with problems is skipped, with its JSON path, and the rest are created, --jobs at a time. One line per
    /// connection, then a summary. Exit 0 when all went in, 1 when some were skipped or failed, 2 when the file
    /// cannot be read.
    Import {
        /// The file; `-` reads stdin.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Check every connection and say what would be created; send nothing.
        #[arg(long)]
        dry_run: bool,
        /// Update (UpdateConnection) a connection whose name already exists, instead of skipping it.
        #[arg(long)]
        update: bool,
        /// CreateConnection calls in flight at once.
        #[arg(long, value_name = "N", default_value_t = glue_tui_import_jobs(), value_parser = clap::value_parser!(u16).range(1..=64))]
        jobs: u16,
    },
    /// Internal: serves copied text on the X11 clipboard after the browser quits (see `clipboard.rs`).
    #[command(name = "hold-clipboard", hide = true)]
    HoldClipboard,
}

const fn glue_tui_import_jobs() -> u16 {
    crate::commands::import::CONCURRENCY as u16
}

#[derive(Debug, Args)]
pub struct TargetArgs {
    /// AWS profile from ~/.aws/config (default: AWS_PROFILE or the default profile).
    #[arg(long, global = true, env = "AWS_PROFILE")]
    pub profile: Option<String>,
    /// AWS region (default: AWS_REGION or the profile's region).
    #[arg(long, global = true, env = "AWS_REGION")]
    pub region: Option<String>,
    /// A Glue-compatible endpoint instead of AWS's, e.g. moto or LocalStack.
    #[arg(long, global = true, env = "AWS_ENDPOINT_URL", value_name = "URL")]
    pub endpoint_url: Option<String>,
    /// The Data Catalog to list (default: the account's own).
    #[arg(long, global = true, value_name = "ID")]
    pub catalog_id: Option<String>,
    /// Connections per GetConnections request, MaxResults [default: 100 in the browser, 1000 for export].
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(i32).range(1..=1000))]
    pub page_size: Option<i32>,
    /// Only connections of this type (Filter.ConnectionType), e.g. JDBC, KAFKA, SALESFORCE.
    #[arg(long = "type", global = true, value_name = "T", value_parser = parse_connection_type)]
    pub connection_type: Option<String>,
    /// Only connections with this match criterion (Filter.MatchCriteria); repeat for several.
    #[arg(long = "match", global = true, value_name = "M")]
    pub match_criteria: Vec<String>,
    /// Only connections of this schema version, 1 or 2 (Filter.ConnectionSchemaVersion).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(i32).range(1..=2))]
    pub schema_version: Option<i32>,
    /// Fetch passwords (HidePassword=false): masked until you press x, copied only then. With `create --dry-run`,
    /// print the request's secrets unmasked.
    #[arg(long, global = true)]
    pub show_passwords: bool,
    /// Browse a built-in catalog: no AWS account needed.
    #[arg(long, global = true)]
    pub demo: bool,
    /// Change nothing: creating, cloning and deleting are off (and `create --from-json` refuses); browsing, copying
    /// and exporting stay.
    #[arg(long, global = true)]
    pub readonly: bool,
    /// Seconds to wait for each attempt of a Glue call before abandoning it and retrying (the SDK's retry policy).
    #[arg(long, global = true, value_name = "SECS", default_value_t = 20,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
    /// Write a debug log here (nothing is ever printed over the TUI; secrets are never logged).
    #[arg(long, global = true, value_name = "PATH")]
    pub log_file: Option<PathBuf>,
}

impl TargetArgs {
    /// `--timeout` as a duration.
    pub fn attempt_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.timeout)
    }

    /// Refuses a `--profile` (or `AWS_PROFILE`) that neither shared AWS file defines, before anything calls AWS:
    /// aws-config would go on to the next credential provider and fail with a network or IMDS error. Reads the
    /// files; `--demo` needs no profile.
    pub fn check_profile(&self) -> Result<(), UnknownProfile> {
        let Some(profile) = self.profile.as_deref().filter(|p| !p.is_empty()) else {
            return Ok(());
        };
        if self.demo {
            return Ok(());
        }
        profiles::check(profile).map_err(|unknown| {
            // clap filled `profile` from the variable when --profile was not given; say so, the user may not
            // remember setting it.
            let from_env = std::env::var("AWS_PROFILE").is_ok_and(|p| p == profile)
                && !std::env::args().any(|a| a == "--profile" || a.starts_with("--profile="));
            if from_env {
                unknown.from_variable("AWS_PROFILE")
            } else {
                unknown
            }
        })
    }
}

/// The exit status of a usage error (as clap's own): a flag or environment that cannot work, nothing sent.
pub const EXIT_USAGE: u8 = 2;

/// MaxResults when --page-size is not given: the browser pages lazily and wants the first rows soon; `export` wants
/// everything in as few round trips as the API allows.
pub const BROWSE_PAGE_SIZE: i32 = 100;
pub const EXPORT_PAGE_SIZE: i32 = 1000;

impl TargetArgs {
    /// The session these flags describe; `default_page_size` applies when --page-size was not given.
    pub fn session(&self, default_page_size: i32) -> Session {
        Session {
            profile: self.profile.clone().filter(|p| !p.is_empty()),
            region: self.region.clone().filter(|r| !r.is_empty()),
            endpoint_url: self.endpoint_url.clone().filter(|u| !u.is_empty()),
            demo: self.demo,
            catalog_id: self.catalog_id.clone(),
            filter: ConnectionFilter {
                connection_type: self.connection_type.clone(),
                match_criteria: self.match_criteria.clone(),
                schema_version: self.schema_version,
            },
            page_size: self.page_size.unwrap_or(default_page_size),
            show_passwords: self.show_passwords,
            readonly: self.readonly,
        }
    }
}
