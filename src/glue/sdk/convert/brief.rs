//! ListConnectionTypes' SDK briefs into the model.

use aws_sdk_glue::types as sdk;

use crate::model::{ConnectionTypeBrief, ConnectionTypeVariant};

impl From<sdk::ConnectionTypeBrief> for ConnectionTypeBrief {
    fn from(b: sdk::ConnectionTypeBrief) -> Self {
        ConnectionTypeBrief {
            // The SDK's enum keeps a type it does not know (a `REST-…` connector) as its own string.
            connection_type: b
                .connection_type
                .map(|t| t.as_str().to_owned())
                .unwrap_or_default(),
            display_name: b.display_name,
            vendor: b.vendor,
            description: b.description,
            categories: b.categories.unwrap_or_default(),
            capabilities: b.capabilities.map(Into::into),
            logo_url: b.logo_url,
            connection_type_variants: b
                .connection_type_variants
                .unwrap_or_default()
                .into_iter()
                .map(|v| ConnectionTypeVariant {
                    connection_type_variant_name: v.connection_type_variant_name,
                    display_name: v.display_name,
                    description: v.description,
                    logo_url: v.logo_url,
                })
                .collect(),
        }
    }
}
