//! ListConnectionTypes through the SDK: every type the account can create, the registered `REST-…` connectors
//! included, for the wizard's type picker.

use super::SdkGlue;
use crate::glue::GlueError;
use crate::model::ConnectionTypeBrief;

/// Pages asked for before giving up on a token that never ends: Glue lists about 70 types, a few pages' worth.
const MAX_PAGES: usize = 20;

impl SdkGlue {
    pub(super) async fn list_types(&self) -> Result<Vec<ConnectionTypeBrief>, GlueError> {
        const OP: &str = "ListConnectionTypes";
        let mut briefs = Vec::new();
        let mut next_token: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let result = self
                .client
                .list_connection_types()
                .set_next_token(next_token.take())
                .send()
                .await;
            let out = match result {
                Ok(out) => out,
                Err(err) => {
                    let error = self.error(err, OP, None);
                    tracing::debug!(kind = ?error.kind, "ListConnectionTypes failed: {error}");
                    return Err(error);
                }
            };
            briefs.extend(
                out.connection_types
                    .unwrap_or_default()
                    .into_iter()
                    .map(ConnectionTypeBrief::from)
                    .filter(|b| !b.connection_type.is_empty()),
            );
            // An empty token would ask for the first page again.
            next_token = out.next_token.filter(|t| !t.is_empty());
            if next_token.is_none() {
                break;
            }
        }
        if next_token.is_some() {
            // The picker still offers every type its table knows and "another type…" for the rest.
            tracing::warn!(
                pages = MAX_PAGES,
                "ListConnectionTypes still had pages after {MAX_PAGES}; kept those read"
            );
        }
        tracing::debug!(count = briefs.len(), "ListConnectionTypes done");
        Ok(briefs)
    }
}
