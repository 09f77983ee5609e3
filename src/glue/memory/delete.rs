//! DeleteConnection and BatchDeleteConnection in memory. One demo connection, [`KEPT`], is refused as an IAM policy
//! would refuse it, so `--demo` shows a delete that fails — alone, and as one name among a batch's `Errors`.

use super::MemoryGlue;
use crate::glue::{BATCH_DELETE_MAX, BatchDeleted, ErrorKind, GlueError};

/// The demo connection no delete removes.
pub const KEPT: &str = "finance-oracle-erp";

const DENIED: &str = "User: arn:aws:sts::123456789012:assumed-role/demo is not authorized to perform: \
    glue:DeleteConnection on this connection (the demo keeps it to show a refused delete)";

impl MemoryGlue {
    pub(super) fn delete(&self, name: &str, catalog_id: Option<String>) -> Result<(), GlueError> {
        const OP: &str = "DeleteConnection";
        let fail = |kind, detail: &str| {
            Err(GlueError::new(kind, OP, detail)
                .with_principal("the demo catalog")
                .with_catalog(catalog_id.clone())
                .with_subject(name))
        };
        if name == KEPT {
            return fail(ErrorKind::AccessDenied, DENIED);
        }
        if self.remove(name) {
            Ok(())
        } else {
            fail(ErrorKind::EntityNotFound, "Connection not found.")
        }
    }

    pub(super) fn batch_delete(&self, names: &[String]) -> Result<BatchDeleted, GlueError> {
        if names.len() > BATCH_DELETE_MAX {
            return Err(GlueError::new(
                ErrorKind::InvalidInput,
                "BatchDeleteConnection",
                format!("ConnectionNameList holds at most {BATCH_DELETE_MAX} names"),
            ));
        }
        let mut answer = BatchDeleted::default();
        for name in names {
            if name == KEPT {
                answer
                    .errors
                    .push((name.clone(), "AccessDeniedException".into(), DENIED.into()));
            } else if self.remove(name) {
                answer.succeeded.push(name.clone());
            } else {
                answer.errors.push((
                    name.clone(),
                    "EntityNotFoundException".into(),
                    "Connection not found.".into(),
                ));
            }
        }
        Ok(answer)
    }

    /// Takes the connection out; false when there is none of that name.
    fn remove(&self, name: &str) -> bool {
        let mut connections = self
            .connections
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match connections.binary_search_by(|c| c.name.as_str().cmp(name)) {
            Ok(at) => {
                connections.remove(at);
                self.deleted
                    .lock()
                    .expect("delete log")
                    .push(name.to_owned());
                true
            }
            Err(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::GlueApi;

    #[tokio::test]
    async fn deletes_one_or_a_batch_and_refuses_the_kept_one() {
        let glue = MemoryGlue::demo().with_latency(std::time::Duration::ZERO);
        let before = glue.len();
        let refused = glue.delete_connection(KEPT.into(), None).await.unwrap_err();
        assert_eq!(refused.kind, ErrorKind::AccessDenied);
        let first = glue.read()[0].name.clone();
        glue.delete_connection(first.clone(), None).await.unwrap();
        let gone = glue
            .delete_connection(first.clone(), None)
            .await
            .unwrap_err();
        assert_eq!(gone.kind, ErrorKind::EntityNotFound);
        let second = glue.read()[0].name.clone();
        let answer = glue
            .batch_delete_connection(vec![second.clone(), KEPT.into(), first.clone()], None)
            .await
            .unwrap();
        assert_eq!(answer.succeeded, std::slice::from_ref(&second));
        let failed: Vec<&str> = answer.errors.iter().map(|(_, c, _)| c.as_str()).collect();
        assert_eq!(failed, ["AccessDeniedException", "EntityNotFoundException"]);
        assert_eq!(glue.len(), before - 2);
        assert_eq!(glue.deleted(), [first, second]);
    }
}
