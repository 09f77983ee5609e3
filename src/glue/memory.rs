//! An in-memory Glue: the `--demo` catalog and the tests' backend. It pages, filters and hides passwords the way
//! the service does, with injectable latency and faults so lazy paging and error paths can be seen.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use super::{GlueApi, GlueError, GlueFuture, Page, PageRequest};
use crate::model::{Connection, ConnectionList};

/// The catalog `--demo` browses, compiled in so the binary needs nothing beside it.
pub const DEMO_CATALOG_JSON: &str = include_str!("../../assets/demo/connections.json");

/// The delay per page in `--demo`: long enough to see the spinner and lazy paging, short enough not to annoy.
pub const DEMO_LATENCY: Duration = Duration::from_millis(350);

pub struct MemoryGlue {
    connections: Vec<Connection>,
    latency: Duration,
    faults: Mutex<VecDeque<GlueError>>,
    requests: Mutex<Vec<PageRequest>>,
}

impl MemoryGlue {
    pub fn new(mut connections: Vec<Connection>) -> Self {
        connections.sort_by(|a, b| a.name.cmp(&b.name));
        Self {
            connections,
            latency: Duration::ZERO,
            faults: Mutex::default(),
            requests: Mutex::default(),
        }
    }

    pub fn demo() -> Self {
        let list: ConnectionList = serde_json::from_str(DEMO_CATALOG_JSON)
            .expect("assets/demo/connections.json is checked by a test");
        Self::new(list.connection_list).with_latency(DEMO_LATENCY)
    }

    pub fn with_latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// The next call fails with `error` (calls after it succeed again unless more faults are queued).
    pub fn fail_next(&self, error: GlueError) {
        self.faults.lock().expect("fault queue").push_back(error);
    }

    /// Every request received so far, for tests that check what reached the backend.
    pub fn requests(&self) -> Vec<PageRequest> {
        self.requests.lock().expect("request log").clone()
    }

    pub fn len(&self) -> usize {
        self.connections.len()
    }

    pub fn is_empty(&self) -> bool {
        self.connections.is_empty()
    }

    fn page(&self, request: &PageRequest) -> Result<Page, GlueError> {
        let start = match &request.next_token {
            None => 0,
            Some(token) => token
                .strip_prefix("memory:")
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| {
                    GlueError::new(
                        super::ErrorKind::InvalidInput,
                        "GetConnections",
                        format!("bad NextToken {token:?}"),
                    )
                })?,
        };
        let size = request.max_results.clamp(1, 1000) as usize;
        let f = &request.filter;
        let mut matching = self
            .connections
            .iter()
            .enumerate()
            .skip(start)
            .filter(|(_, c)| f.connection_type.is_none() || c.connection_type == f.connection_type)
            .filter(|(_, c)| {
                f.schema_version.is_none() || c.connection_schema_version == f.schema_version
            })
            .filter(|(_, c)| {
                let have = c.match_criteria.as_deref().unwrap_or_default();
                f.match_criteria.iter().all(|m| have.contains(m))
            });
        let mut connections = Vec::with_capacity(size);
        let mut next_token = None;
        for (index, c) in matching.by_ref() {
            if connections.len() == size {
                next_token = Some(format!("memory:{index}"));
                break;
            }
            connections.push(if request.hide_password {
                c.without_secrets()
            } else {
                c.clone()
            });
        }
        Ok(Page {
            connections,
            next_token,
        })
    }
}

impl GlueApi for MemoryGlue {
    fn get_connections_page(&self, request: PageRequest) -> GlueFuture<'_, Page> {
        Box::pin(async move {
            self.requests
                .lock()
                .expect("request log")
                .push(request.clone());
            if !self.latency.is_zero() {
                tokio::time::sleep(self.latency).await;
            }
            if let Some(fault) = self.faults.lock().expect("fault queue").pop_front() {
                return Err(fault);
            }
            self.page(&request)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::ConnectionFilter;

    fn request(token: Option<String>, size: i32) -> PageRequest {
        PageRequest {
            catalog_id: None,
            filter: ConnectionFilter::default(),
            hide_password: true,
            next_token: token,
            max_results: size,
        }
    }

    #[test]
    fn the_demo_catalog_parses_and_is_rich_enough() {
        let demo = MemoryGlue::demo();
        assert!(demo.len() >= 60, "demo has {} connections", demo.len());
        let types: std::collections::BTreeSet<_> = demo
            .connections
            .iter()
            .filter_map(|c| c.connection_type.clone())
            .collect();
        assert!(types.len() >= 12, "demo has {} types", types.len());
        assert!(
            demo.connections
                .iter()
                .any(|c| c.status.as_deref() == Some("FAILED") && c.status_reason.is_some())
        );
        assert!(
            demo.connections
                .iter()
                .any(|c| c.compatible_compute_environments.is_some())
        );
        assert!(
            demo.connections
                .iter()
                .any(|c| c.physical_connection_requirements.is_some())
        );
    }

    #[tokio::test]
    async fn pages_thread_tokens_without_duplicates_or_losses() {
        let demo = MemoryGlue::demo().with_latency(Duration::ZERO);
        let mut names = Vec::new();
        let mut token = None;
        loop {
            let page = demo.get_connections_page(request(token, 7)).await.unwrap();
            assert!(page.connections.len() <= 7);
            names.extend(page.connections.into_iter().map(|c| c.name));
            token = page.next_token;
            if token.is_none() {
                break;
            }
        }
        let all: Vec<_> = demo.connections.iter().map(|c| c.name.clone()).collect();
        assert_eq!(names, all);
    }

    #[tokio::test]
    async fn hide_password_strips_secrets() {
        let demo = MemoryGlue::demo().with_latency(Duration::ZERO);
        let page = demo
            .get_connections_page(request(None, 1000))
            .await
            .unwrap();
        assert!(page.connections.iter().all(|c| c.secret_count() == 0));
        let mut shown = request(None, 1000);
        shown.hide_password = false;
        let page = demo.get_connections_page(shown).await.unwrap();
        assert!(page.connections.iter().any(|c| c.secret_count() > 0));
    }
}
