//! UpdateConnection in memory: the stored definition is replaced by the input whole, as Glue does (a property left
//! out is gone), a different `ConnectionInput.Name` renames it; CreationTime stays, LastUpdatedTime moves.

use super::{MemoryGlue, stored};
use crate::glue::{ErrorKind, GlueError};
use crate::model::UpdateConnectionRequest;

impl MemoryGlue {
    pub(super) fn update(&self, request: UpdateConnectionRequest) -> Result<(), GlueError> {
        const OP: &str = "UpdateConnection";
        let UpdateConnectionRequest {
            catalog_id,
            name,
            connection_input: input,
        } = request;
        let fail = |kind, detail: &str| {
            Err(GlueError::new(kind, OP, detail)
                .with_principal("the demo catalog")
                .with_catalog(catalog_id.clone())
                .with_subject(name.clone()))
        };
        if input.name.trim().is_empty() || input.connection_type.trim().is_empty() {
            return fail(
                ErrorKind::InvalidInput,
                "ConnectionInput needs a Name and a ConnectionType",
            );
        }
        let mut connections = self
            .connections
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Ok(at) = connections.binary_search_by(|c| c.name.as_str().cmp(&name)) else {
            return fail(ErrorKind::EntityNotFound, "Connection not found.");
        };
        let renamed = input.name != name;
        if renamed && connections.iter().any(|c| c.name == input.name) {
            // The reference lists no AlreadyExistsException for UpdateConnection: Glue's word is InvalidInput.
            return fail(
                ErrorKind::InvalidInput,
                &format!("A connection named {} already exists", input.name),
            );
        }
        tracing::debug!(name = %name, new_name = %input.name, "memory UpdateConnection");
        let old = connections.remove(at);
        let mut updated = stored(input);
        updated.creation_time = old.creation_time;
        updated.status = Some("READY".to_owned());
        updated.status_reason = None;
        let at = connections
            .binary_search_by(|c| c.name.as_str().cmp(&updated.name))
            .unwrap_or_else(|at| at);
        connections.insert(at, updated);
        self.updated.lock().expect("update log").push(name.clone());
        Ok(())
    }
}
