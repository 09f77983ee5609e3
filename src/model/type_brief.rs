//! ListConnectionTypes' answer: one brief per connection type the account can create — the built-in ones and the
//! custom connectors registered with RegisterConnectionType (`REST-…`) — in the shape the AWS CLI prints
//! (`aws glue list-connection-types`).

use serde::{Deserialize, Serialize};

use super::Capabilities;

/// `ConnectionTypeBrief`: what the type picker shows for a type before DescribeConnectionType is asked about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionTypeBrief {
    pub connection_type: String,
    /// The name the Glue console shows (`Salesforce`, `Amazon DynamoDB`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub connection_type_variants: Vec<ConnectionTypeVariant>,
}

/// `ConnectionTypeVariant`: a flavour of a type the console offers separately (its own name and logo).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionTypeVariant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_type_variant_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}

impl ConnectionTypeBrief {
    /// The display name, when Glue gives one other than the type's own name.
    pub fn display_name(&self) -> Option<&str> {
        self.display_name
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty() && *d != self.connection_type)
    }
}
