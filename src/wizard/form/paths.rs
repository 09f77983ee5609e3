//! How the form names its fields: the JSON path of a value where it has one, `PREFIX[i]` for a list item,
//! `PREFIX[i].Key` / `.Value` for a map row, `ConnectionInput.ConnectionProperties:GROUP` for an either/or choice.

/// The lists and maps whose rows the user adds and removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rows {
    MatchCriteria,
    /// `ConnectionProperties` keys beyond the type's own fields.
    ExtraProperties,
    SparkProperties,
    AthenaProperties,
    PythonProperties,
    SecurityGroups,
    ComputeEnvironments,
    TokenUrlParameters,
    CustomCredentials,
    Tags,
}

impl Rows {
    /// The JSON path of the list or map; also the prefix of its rows' paths.
    pub fn path(self) -> &'static str {
        match self {
            Rows::MatchCriteria => "ConnectionInput.MatchCriteria",
            Rows::ExtraProperties => PROPERTIES,
            Rows::SparkProperties => "ConnectionInput.SparkProperties",
            Rows::AthenaProperties => "ConnectionInput.AthenaProperties",
            Rows::PythonProperties => "ConnectionInput.PythonProperties",
            Rows::SecurityGroups => {
                "ConnectionInput.PhysicalConnectionRequirements.SecurityGroupIdList"
            }
            Rows::ComputeEnvironments => "ConnectionInput.ValidateForComputeEnvironments",
            Rows::TokenUrlParameters => {
                "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.TokenUrlParametersMap"
            }
            Rows::CustomCredentials => {
                "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials"
            }
            Rows::Tags => "Tags",
        }
    }

    /// A list (one value per row) rather than a map (key and value).
    pub fn is_list(self) -> bool {
        matches!(
            self,
            Rows::MatchCriteria | Rows::SecurityGroups | Rows::ComputeEnvironments
        )
    }

    pub(super) const ALL: [Rows; 10] = [
        Rows::MatchCriteria,
        Rows::ExtraProperties,
        Rows::SparkProperties,
        Rows::AthenaProperties,
        Rows::PythonProperties,
        Rows::SecurityGroups,
        Rows::ComputeEnvironments,
        Rows::TokenUrlParameters,
        Rows::CustomCredentials,
        Rows::Tags,
    ];
}

// Paths of the single-value fields.
pub const CATALOG_ID: &str = "CatalogId";
pub const NAME: &str = "ConnectionInput.Name";
pub const DESCRIPTION: &str = "ConnectionInput.Description";
pub const CONNECTION_TYPE: &str = "ConnectionInput.ConnectionType";
pub const PROPERTIES: &str = "ConnectionInput.ConnectionProperties";
pub const VALIDATE_CREDENTIALS: &str = "ConnectionInput.ValidateCredentials";
pub const SUBNET_ID: &str = "ConnectionInput.PhysicalConnectionRequirements.SubnetId";
pub const AVAILABILITY_ZONE: &str =
    "ConnectionInput.PhysicalConnectionRequirements.AvailabilityZone";
pub const AUTHENTICATION_TYPE: &str =
    "ConnectionInput.AuthenticationConfiguration.AuthenticationType";
pub const SECRET_ARN: &str = "ConnectionInput.AuthenticationConfiguration.SecretArn";
pub const KMS_KEY_ARN: &str = "ConnectionInput.AuthenticationConfiguration.KmsKeyArn";
pub const USERNAME: &str =
    "ConnectionInput.AuthenticationConfiguration.BasicAuthenticationCredentials.Username";
pub const PASSWORD: &str =
    "ConnectionInput.AuthenticationConfiguration.BasicAuthenticationCredentials.Password";
pub const GRANT_TYPE: &str =
    "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2GrantType";
pub const CLIENT_ID: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2ClientApplication.UserManagedClientApplicationClientId";
pub const AWS_MANAGED_CLIENT: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2ClientApplication.AWSManagedClientApplicationReference";
pub const TOKEN_URL: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.TokenUrl";
pub const AUTHORIZATION_CODE: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.AuthorizationCodeProperties.AuthorizationCode";
pub const REDIRECT_URI: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.AuthorizationCodeProperties.RedirectUri";
pub const CLIENT_SECRET: &str = "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.UserManagedClientApplicationClientSecret";
pub const ACCESS_TOKEN: &str =
    "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.AccessToken";
pub const REFRESH_TOKEN: &str =
    "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.RefreshToken";
pub const JWT_TOKEN: &str =
    "ConnectionInput.AuthenticationConfiguration.OAuth2Properties.OAuth2Credentials.JwtToken";

/// The single-value fields whose text is a secret (kept untrimmed, masked, never in a draft).
pub(super) const SECRET_PATHS: &[&str] = &[
    PASSWORD,
    AUTHORIZATION_CODE,
    CLIENT_SECRET,
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    JWT_TOKEN,
];

/// `ConnectionInput.ConnectionProperties.KEY`: the path of a property field of the type's spec.
pub fn property_path(key: &str) -> String {
    format!("{PROPERTIES}.{key}")
}

/// `ConnectionInput.ConnectionProperties:GROUP`: the path of an either/or group's choice.
pub fn alternative_path(group: &str) -> String {
    format!("{PROPERTIES}:{group}")
}

/// The path of row `i` of `rows`: the item of a list, or `part` (`Key` / `Value`) of a map row.
pub fn row_path(rows: Rows, i: usize, part: RowPart) -> String {
    match (rows.is_list(), part) {
        (true, _) => format!("{}[{i}]", rows.path()),
        (false, RowPart::Key) => format!("{}[{i}].Key", rows.path()),
        (false, RowPart::Value) => format!("{}[{i}].Value", rows.path()),
    }
}

/// Which half of a map row a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowPart {
    Key,
    Value,
}

pub(super) fn parse_row_path(path: &str) -> Option<(Rows, usize, RowPart)> {
    Rows::ALL.into_iter().find_map(|rows| {
        let rest = path.strip_prefix(rows.path())?.strip_prefix('[')?;
        let (index, tail) = rest.split_once(']')?;
        let i = index.parse().ok()?;
        let part = match (rows.is_list(), tail) {
            (true, "") => RowPart::Value,
            (false, ".Key") => RowPart::Key,
            (false, ".Value") => RowPart::Value,
            _ => return None,
        };
        Some((rows, i, part))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_paths_parse_back() {
        for rows in Rows::ALL {
            for part in [RowPart::Key, RowPart::Value] {
                let path = row_path(rows, 3, part);
                let want = if rows.is_list() { RowPart::Value } else { part };
                assert_eq!(parse_row_path(&path), Some((rows, 3, want)), "{path}");
            }
        }
        assert_eq!(parse_row_path("Tags[x].Key"), None);
        assert_eq!(parse_row_path("ConnectionInput.Name"), None);
    }
}
