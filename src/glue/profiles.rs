//! Which AWS profiles exist: the section names of the shared config and credentials files, so `--profile nosuch`
//! (or `AWS_PROFILE=nosuch`, or `:profile nosuch`) is refused with the list of profiles before any request goes out.
//! Without this, aws-config takes an unknown profile on to the next credential provider and the user sees a network
//! error or "no usable credentials … IMDS".
//!
//! aws-config's own parser (`aws_config::profile::load`) needs aws-types' internal `Fs`/`Env` shims and an async
//! runtime and does not say which files it read, and only the section headers matter here, so they are read by hand
//! with aws-config's rules (aws-runtime `env_config::{parse, normalize}`):
//! * a header is a line that starts with `[`; text after `#` or `;` is a comment; blanks and tabs are trimmed;
//! * config file: `[profile NAME]` and `[default]` are profiles; `[sso-session …]`, `[services …]` and a bare
//!   `[NAME]` other than `default` are not;
//! * credentials file: `[NAME]` is a profile; a prefixed `[profile NAME]` is ignored;
//! * a name is made of `A-Za-z0-9_-/.%@:+`; anything else is ignored.
//!
//! The files are `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/config` and `~/.aws/credentials`
//! (`~/` expanded with `HOME`). `default` always passes: with no files at all it means environment credentials or
//! an instance role.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

const DEFAULT: &str = "default";

/// Which of the two shared files a text comes from: they name profiles differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Config,
    Credentials,
}

impl FileKind {
    fn variable(self) -> &'static str {
        match self {
            FileKind::Config => "AWS_CONFIG_FILE",
            FileKind::Credentials => "AWS_SHARED_CREDENTIALS_FILE",
        }
    }

    fn default_path(self) -> &'static str {
        match self {
            FileKind::Config => "~/.aws/config",
            FileKind::Credentials => "~/.aws/credentials",
        }
    }
}

/// The profile names one file's text defines, in file order (duplicates kept).
pub fn profiles_in(text: &str, kind: FileKind) -> Vec<String> {
    text.lines()
        .filter(|line| line.starts_with('['))
        .filter_map(|line| section_profile(header_name(line)?, kind))
        .collect()
}

/// `[ name ]  # comment` → `name`; `None` when the line is not a well-formed header.
fn header_name(line: &str) -> Option<&str> {
    let line = line.trim_matches([' ', '\t']);
    let line = line.find(['#', ';']).map_or(line, |i| &line[..i]);
    line.trim_matches([' ', '\t'])
        .strip_prefix('[')?
        .strip_suffix(']')
        .map(|name| name.trim_matches([' ', '\t']))
}

/// The profile a section named `name` defines in a file of `kind`, if it is a profile at all.
fn section_profile(name: &str, kind: FileKind) -> Option<String> {
    let (prefix, suffix) = match name.split_once([' ', '\t']) {
        Some((prefix, suffix)) => (Some(prefix.trim()), suffix.trim()),
        None => (None, name.trim()),
    };
    let profile = match (kind, prefix) {
        (FileKind::Config, Some("profile")) => suffix,
        (FileKind::Config, None) if suffix == DEFAULT => suffix,
        (FileKind::Credentials, None) => suffix,
        // `sso-session`, `services` and other prefixed sections; bare names in the config file; prefixed
        // names in the credentials file.
        _ => return None,
    };
    valid_name(profile).then(|| profile.to_string())
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-/.%@:+".contains(c))
}

/// The two files aws-config reads, given the environment and the home directory.
pub fn file_paths(
    env: impl Fn(&str) -> Option<String>,
    home: Option<&Path>,
) -> [(FileKind, PathBuf); 2] {
    [FileKind::Config, FileKind::Credentials].map(|kind| {
        let path = env(kind.variable())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| kind.default_path().to_string());
        (kind, expand_home(&path, home))
    })
}

fn expand_home(path: &str, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~/"), home) {
        (Some(rest), Some(home)) => home.join(rest),
        _ if path == "~" => home.map_or_else(|| PathBuf::from(path), Path::to_path_buf),
        _ => PathBuf::from(path),
    }
}

/// One shared file as it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFile {
    pub path: PathBuf,
    /// `false` when there is no file at `path`.
    pub exists: bool,
}

/// A profile neither file defines: what to say instead of calling AWS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownProfile {
    pub profile: String,
    /// The files that were read, config first (under the home directory shown as `~/…`).
    pub files: Vec<ReadFile>,
    /// The profiles the files define, sorted, each once.
    pub known: Vec<String>,
    /// Where the name came from when it was not typed (e.g. `AWS_PROFILE`).
    pub from: Option<&'static str>,
}

impl UnknownProfile {
    /// Names where the profile came from, for the message.
    pub fn from_variable(mut self, variable: &'static str) -> Self {
        self.from = Some(variable);
        self
    }
}

impl fmt::Display for UnknownProfile {
    /// The profiles first: a status bar may cut the end of the line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "profile {}", self.profile)?;
        if let Some(variable) = self.from {
            write!(f, " (from {variable})")?;
        }
        write!(f, " does not exist; ")?;
        if self.known.is_empty() {
            write!(f, "there are no profiles")?;
        } else {
            write!(f, "the profiles are {}", self.known.join(", "))?;
        }
        let paths = |exists: bool, sep: &str| {
            self.files
                .iter()
                .filter(|file| file.exists == exists)
                .map(|file| file.path.display().to_string())
                .collect::<Vec<_>>()
                .join(sep)
        };
        let (read, missing) = (paths(true, " and "), paths(false, " or "));
        let sources: Vec<String> = [("read ", read), ("no file ", missing)]
            .into_iter()
            .filter(|(_, paths)| !paths.is_empty())
            .map(|(what, paths)| format!("{what}{paths}"))
            .collect();
        write!(f, " ({})", sources.join("; "))?;
        if self.known.is_empty() {
            write!(
                f,
                " — add it with `aws configure --profile {}`",
                self.profile
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownProfile {}

/// Whether `profile` exists, given the texts of the files (`None`: no such file). `default` always does.
pub fn check_texts(
    profile: &str,
    files: &[(FileKind, PathBuf, Option<String>)],
) -> Result<(), UnknownProfile> {
    let known: BTreeSet<String> = files
        .iter()
        .filter_map(|(kind, _, text)| Some(profiles_in(text.as_deref()?, *kind)))
        .flatten()
        .collect();
    if profile == DEFAULT || known.contains(profile) {
        return Ok(());
    }
    Err(UnknownProfile {
        profile: profile.to_string(),
        files: files
            .iter()
            .map(|(_, path, text)| ReadFile {
                path: path.clone(),
                exists: text.is_some(),
            })
            .collect(),
        known: known.into_iter().collect(),
        from: None,
    })
}

/// Reads the shared files (blocking file I/O: call it before the app starts or from an effect) and checks that
/// `profile` exists. A file that exists but cannot be read (permissions) leaves the question to aws-config, which
/// will say what it could not read.
pub fn check(profile: &str) -> Result<(), UnknownProfile> {
    let home = dirs::home_dir();
    let mut files = Vec::new();
    for (kind, path) in file_paths(|k| std::env::var(k).ok(), home.as_deref()) {
        let text = match std::fs::read(&path) {
            // aws-config reads a file that is not UTF-8 as empty.
            Ok(bytes) => Some(String::from_utf8(bytes).unwrap_or_default()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                tracing::debug!(path = %path.display(), "profile check skipped: {e}");
                return Ok(());
            }
        };
        files.push((kind, shown(&path, home.as_deref()), text));
    }
    check_texts(profile, &files)
}

/// Every profile the shared files define, sorted, `default` among them (blocking file I/O: call it from an
/// effect). For Tab completion of `:profile`: a file that cannot be read adds nothing.
pub fn known() -> Vec<String> {
    let home = dirs::home_dir();
    let mut names: BTreeSet<String> = BTreeSet::from([DEFAULT.to_string()]);
    for (kind, path) in file_paths(|k| std::env::var(k).ok(), home.as_deref()) {
        if let Ok(bytes) = std::fs::read(&path) {
            names.extend(profiles_in(
                &String::from_utf8(bytes).unwrap_or_default(),
                kind,
            ));
        }
    }
    names.into_iter().collect()
}

/// `path` as a message shows it: `~/…` under the home directory.
fn shown(path: &Path, home: Option<&Path>) -> PathBuf {
    match home
        .filter(|h| h.parent().is_some())
        .map(|h| path.strip_prefix(h))
    {
        Some(Ok(rest)) => Path::new("~").join(rest),
        _ => path.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "\
# a comment line
[default]
region = us-east-1

[profile dev] ; trailing comment
region = eu-west-1
[profile\tstaging]
[  profile   spaced  ]
[sso-session corp]
sso_start_url = https://example.awsapps.com/start
[services local]
glue =
  endpoint_url = http://127.0.0.1:5000
[bare]
[profile bad name!]
 [profile indented-is-a-continuation]
[profile unclosed
";

    const CREDENTIALS: &str = "\
[default]
aws_access_key_id = AKIDEXAMPLE
[dev]
[ci-bot] # comment
[profile prefixed]
[x@y.z:1+2/%]
";

    #[test]
    fn the_config_file_names_profiles_with_the_profile_prefix_and_default() {
        assert_eq!(
            profiles_in(CONFIG, FileKind::Config),
            ["default", "dev", "staging", "spaced"]
        );
    }

    #[test]
    fn sso_sessions_services_and_bare_names_are_not_profiles_in_the_config_file() {
        let names = profiles_in(CONFIG, FileKind::Config);
        for not_a_profile in ["corp", "local", "bare", "sso-session corp"] {
            assert!(!names.iter().any(|n| n == not_a_profile), "{names:?}");
        }
    }

    #[test]
    fn the_credentials_file_names_profiles_bare_and_ignores_the_prefix() {
        assert_eq!(
            profiles_in(CREDENTIALS, FileKind::Credentials),
            ["default", "dev", "ci-bot", "x@y.z:1+2/%"]
        );
    }

    #[test]
    fn profile_default_in_the_config_file_is_default() {
        assert_eq!(
            profiles_in("[profile default]\n", FileKind::Config),
            ["default"]
        );
    }

    fn files(
        config: Option<&str>,
        credentials: Option<&str>,
    ) -> Vec<(FileKind, PathBuf, Option<String>)> {
        vec![
            (
                FileKind::Config,
                PathBuf::from("/h/.aws/config"),
                config.map(str::to_string),
            ),
            (
                FileKind::Credentials,
                PathBuf::from("/h/.aws/credentials"),
                credentials.map(str::to_string),
            ),
        ]
    }

    #[test]
    fn an_unknown_profile_lists_the_known_ones_sorted_and_once() {
        let err = check_texts(
            "nosuch",
            &files(
                Some("[profile zeta]\n[default]\n[profile dev]\n"),
                Some("[dev]\n[alpha]\n"),
            ),
        )
        .unwrap_err();
        assert_eq!(err.known, ["alpha", "default", "dev", "zeta"]);
        assert_eq!(
            err.to_string(),
            "profile nosuch does not exist; the profiles are alpha, default, dev, zeta (read /h/.aws/config and \
             /h/.aws/credentials)"
        );
    }

    #[test]
    fn a_profile_from_either_file_exists() {
        let both = files(Some("[profile dev]\n"), Some("[ci]\n"));
        assert_eq!(check_texts("dev", &both), Ok(()));
        assert_eq!(check_texts("ci", &both), Ok(()));
        assert!(check_texts("corp", &files(Some("[sso-session corp]\n"), None)).is_err());
    }

    #[test]
    fn default_passes_even_with_no_files_and_anything_else_is_unknown() {
        assert_eq!(check_texts("default", &files(None, None)), Ok(()));
        let err = check_texts("dev", &files(None, None)).unwrap_err();
        assert!(err.known.is_empty());
        assert_eq!(
            err.to_string(),
            "profile dev does not exist; there are no profiles (no file /h/.aws/config or /h/.aws/credentials) — \
             add it with `aws configure --profile dev`"
        );
    }

    #[test]
    fn the_message_says_where_the_name_came_from() {
        let err = check_texts("nosuch", &files(Some("[default]\n"), None))
            .unwrap_err()
            .from_variable("AWS_PROFILE");
        assert_eq!(
            err.to_string(),
            "profile nosuch (from AWS_PROFILE) does not exist; the profiles are default (read /h/.aws/config; no \
             file /h/.aws/credentials)"
        );
    }

    #[test]
    fn paths_under_the_home_directory_are_shown_with_a_tilde() {
        let home = Some(Path::new("/home/u"));
        assert_eq!(
            shown(Path::new("/home/u/.aws/config"), home),
            Path::new("~/.aws/config")
        );
        assert_eq!(shown(Path::new("/etc/aws"), home), Path::new("/etc/aws"));
        assert_eq!(
            shown(Path::new("/etc/aws"), Some(Path::new("/"))),
            Path::new("/etc/aws")
        );
    }

    #[test]
    fn the_files_come_from_the_environment_else_the_home_directory() {
        let home = Path::new("/home/u");
        let none = |_: &str| None;
        assert_eq!(
            file_paths(none, Some(home)).map(|(_, p)| p),
            [
                PathBuf::from("/home/u/.aws/config"),
                PathBuf::from("/home/u/.aws/credentials")
            ]
        );
        let env = |k: &str| match k {
            "AWS_CONFIG_FILE" => Some("/etc/aws/config".to_string()),
            "AWS_SHARED_CREDENTIALS_FILE" => Some("~/creds".to_string()),
            _ => None,
        };
        assert_eq!(
            file_paths(env, Some(home)).map(|(_, p)| p),
            [
                PathBuf::from("/etc/aws/config"),
                PathBuf::from("/home/u/creds")
            ]
        );
    }
}
