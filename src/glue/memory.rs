//! An in-memory Glue: the `--demo` catalog and the tests' backend. It pages, filters and hides passwords the way
//! the service does, with injectable latency and faults so lazy paging and error paths can be seen.

use std::collections::VecDeque;
use std::sync::{Mutex, RwLock};
use std::time::Duration;

use super::{ErrorKind, GlueApi, GlueError, GlueFuture, Page, PageRequest};
use crate::model::{
    AuthenticationConfiguration, Connection, ConnectionInput, ConnectionList,
    CreateConnectionRequest, CreateConnectionResponse, OAuth2Properties, Timestamp,
};

/// The catalog `--demo` browses, compiled in so the binary needs nothing beside it.
pub const DEMO_CATALOG_JSON: &str = include_str!("../../assets/demo/connections.json");

/// The delay per page in `--demo`: long enough to see the spinner and lazy paging, short enough not to annoy.
pub const DEMO_LATENCY: Duration = Duration::from_millis(350);

/// The types Glue created before connection schema version 2; the rest are created with version 2.
const CLASSIC_TYPES: &[&str] = &[
    "JDBC",
    "SFTP",
    "MONGODB",
    "KAFKA",
    "NETWORK",
    "MARKETPLACE",
    "CUSTOM",
];

pub struct MemoryGlue {
    /// Sorted by name, as GetConnections answers; creates insert in place.
    connections: RwLock<Vec<Connection>>,
    latency: Duration,
    faults: Mutex<VecDeque<GlueError>>,
    requests: Mutex<Vec<PageRequest>>,
    created: Mutex<Vec<String>>,
}

impl MemoryGlue {
    pub fn new(mut connections: Vec<Connection>) -> Self {
        connections.sort_by(|a, b| a.name.cmp(&b.name));
        Self {
            connections: RwLock::new(connections),
            latency: Duration::ZERO,
            faults: Mutex::default(),
            requests: Mutex::default(),
            created: Mutex::default(),
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

    /// The next call, whichever the method, fails with `error` (calls after it succeed again unless more faults are
    /// queued).
    pub fn fail_next(&self, error: GlueError) {
        self.faults.lock().expect("fault queue").push_back(error);
    }

    /// Every GetConnections request received so far, for tests that check what reached the backend.
    pub fn requests(&self) -> Vec<PageRequest> {
        self.requests.lock().expect("request log").clone()
    }

    /// The names of the connections created so far, in order.
    pub fn created(&self) -> Vec<String> {
        self.created.lock().expect("create log").clone()
    }

    pub fn len(&self) -> usize {
        self.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.read().is_empty()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<Connection>> {
        // A panic while holding the lock leaves the list intact (every write is a single insert).
        self.connections
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The latency, then the next queued fault: what every call goes through first.
    async fn arrive(&self) -> Result<(), GlueError> {
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        match self.faults.lock().expect("fault queue").pop_front() {
            Some(fault) => Err(fault),
            None => Ok(()),
        }
    }

    fn create(
        &self,
        request: CreateConnectionRequest,
    ) -> Result<CreateConnectionResponse, GlueError> {
        const OP: &str = "CreateConnection";
        let input = request.connection_input;
        let name = input.name.clone();
        let fail = |kind, detail: &str| {
            Err(GlueError::new(kind, OP, detail)
                .with_principal("the demo catalog")
                .with_catalog(request.catalog_id.clone())
                .with_subject(name.clone()))
        };
        if input.name.trim().is_empty() {
            return fail(ErrorKind::InvalidInput, "Connection name is required");
        }
        if input.connection_type.trim().is_empty() {
            return fail(ErrorKind::InvalidInput, "ConnectionType is required");
        }
        let mut connections = self
            .connections
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let at = match connections.binary_search_by(|c| c.name.as_str().cmp(&name)) {
            Ok(_) => return fail(ErrorKind::AlreadyExists, "Connection already exists."),
            Err(at) => at,
        };
        tracing::debug!(name = %name, connection_type = %input.connection_type, "memory CreateConnection");
        connections.insert(at, stored(input));
        self.created.lock().expect("create log").push(name);
        Ok(CreateConnectionResponse {
            create_connection_status: Some("READY".to_owned()),
        })
    }

    fn get(
        &self,
        name: &str,
        catalog_id: Option<String>,
        hide_password: bool,
    ) -> Result<Connection, GlueError> {
        let connections = self.read();
        let found = connections
            .binary_search_by(|c| c.name.as_str().cmp(name))
            .map(|i| &connections[i]);
        match found {
            Ok(c) if hide_password => Ok(c.without_secrets()),
            Ok(c) => Ok(c.clone()),
            Err(_) => Err(GlueError::new(
                ErrorKind::EntityNotFound,
                "GetConnection",
                "Connection not found.",
            )
            .with_principal("the demo catalog")
            .with_catalog(catalog_id)
            .with_subject(name)),
        }
    }

    fn page(&self, request: &PageRequest) -> Result<Page, GlueError> {
        let start = match &request.next_token {
            None => 0,
            Some(token) => token
                .strip_prefix("memory:")
                .and_then(|n| n.parse::<usize>().ok())
                .ok_or_else(|| {
                    GlueError::new(
                        ErrorKind::InvalidInput,
                        "GetConnections",
                        format!("bad NextToken {token:?}"),
                    )
                })?,
        };
        let size = request.max_results.clamp(1, 1000) as usize;
        let f = &request.filter;
        let all = self.read();
        let mut matching = all
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
            self.arrive().await?;
            self.page(&request)
        })
    }

    fn create_connection(
        &self,
        request: CreateConnectionRequest,
    ) -> GlueFuture<'_, CreateConnectionResponse> {
        Box::pin(async move {
            self.arrive().await?;
            self.create(request)
        })
    }

    fn get_connection(
        &self,
        name: String,
        catalog_id: Option<String>,
        hide_password: bool,
    ) -> GlueFuture<'_, Connection> {
        Box::pin(async move {
            self.arrive().await?;
            self.get(&name, catalog_id, hide_password)
        })
    }
}

/// What Glue keeps of a ConnectionInput. Credentials given inline (basic, OAuth2 tokens, custom) have no place in a
/// Connection — Glue moves them into a Secrets Manager secret — so they are not kept; property values are, and
/// HidePassword hides them like the rest.
fn stored(input: ConnectionInput) -> Connection {
    let now = Timestamp(jiff::Timestamp::now());
    let version = if CLASSIC_TYPES.contains(&input.connection_type.as_str()) {
        1
    } else {
        2
    };
    Connection {
        name: input.name,
        description: input.description,
        connection_type: Some(input.connection_type),
        match_criteria: input.match_criteria,
        connection_properties: Some(input.connection_properties),
        spark_properties: input.spark_properties,
        athena_properties: input.athena_properties,
        python_properties: input.python_properties,
        physical_connection_requirements: input.physical_connection_requirements,
        creation_time: Some(now),
        last_updated_time: Some(now),
        status: Some("READY".to_owned()),
        authentication_configuration: input.authentication_configuration.map(|a| {
            AuthenticationConfiguration {
                authentication_type: a.authentication_type,
                secret_arn: a.secret_arn,
                kms_key_arn: a.kms_key_arn,
                oauth2_properties: a.oauth2_properties.map(|o| OAuth2Properties {
                    grant_type: o.grant_type,
                    client_application: o.client_application,
                    token_url: o.token_url,
                    token_url_parameters_map: o.token_url_parameters_map,
                }),
            }
        }),
        connection_schema_version: Some(version),
        compatible_compute_environments: input.validate_for_compute_environments,
        ..Connection::default()
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
            .read()
            .iter()
            .filter_map(|c| c.connection_type.clone())
            .collect();
        assert!(types.len() >= 12, "demo has {} types", types.len());
        assert!(
            demo.read()
                .iter()
                .any(|c| c.status.as_deref() == Some("FAILED") && c.status_reason.is_some())
        );
        assert!(
            demo.read()
                .iter()
                .any(|c| c.compatible_compute_environments.is_some())
        );
        assert!(
            demo.read()
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
        let all: Vec<_> = demo.read().iter().map(|c| c.name.clone()).collect();
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

    fn create_request(name: &str, connection_type: &str) -> CreateConnectionRequest {
        let mut props = crate::model::PropertyMap::new();
        props.insert("USERNAME".into(), "admin".into());
        props.insert("PASSWORD".into(), "hunter2".into());
        CreateConnectionRequest {
            catalog_id: None,
            connection_input: ConnectionInput {
                name: name.into(),
                connection_type: connection_type.into(),
                connection_properties: props,
                ..ConnectionInput::default()
            },
            tags: None,
        }
    }

    #[tokio::test]
    async fn a_created_connection_is_listed_in_name_order_and_found_by_name() {
        let glue = MemoryGlue::new(vec![
            Connection {
                name: "a".into(),
                ..Default::default()
            },
            Connection {
                name: "c".into(),
                ..Default::default()
            },
        ]);
        let response = glue
            .create_connection(create_request("b", "SALESFORCE"))
            .await
            .unwrap();
        assert_eq!(response.create_connection_status.as_deref(), Some("READY"));
        assert_eq!(glue.created(), ["b"]);

        let page = glue.get_connections_page(request(None, 100)).await.unwrap();
        let names: Vec<_> = page.connections.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
        let b = &page.connections[1];
        assert_eq!(b.connection_type.as_deref(), Some("SALESFORCE"));
        assert_eq!(b.status.as_deref(), Some("READY"));
        assert_eq!(b.connection_schema_version, Some(2));
        assert!(b.creation_time.is_some() && b.creation_time == b.last_updated_time);
        assert_eq!(
            b.secret_count(),
            0,
            "HidePassword hides the stored password"
        );

        let shown = glue.get_connection("b".into(), None, false).await.unwrap();
        assert_eq!(shown.secret_count(), 1);
        let hidden = glue.get_connection("b".into(), None, true).await.unwrap();
        assert_eq!(hidden.secret_count(), 0);

        glue.create_connection(create_request("jdbc", "JDBC"))
            .await
            .unwrap();
        let jdbc = glue
            .get_connection("jdbc".into(), None, true)
            .await
            .unwrap();
        assert_eq!(jdbc.connection_schema_version, Some(1));
    }

    #[tokio::test]
    async fn a_duplicate_name_already_exists_and_an_empty_type_is_invalid() {
        let glue = MemoryGlue::demo().with_latency(Duration::ZERO);
        let before = glue.len();
        let taken = glue.read()[0].name.clone();
        let err = glue
            .create_connection(create_request(&taken, "JDBC"))
            .await
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::AlreadyExists);
        assert_eq!(
            err.to_string(),
            format!(
                "A connection named {taken} already exists in the account's default catalog — pick another name"
            )
        );
        let err = glue
            .create_connection(create_request("fresh", ""))
            .await
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidInput);
        assert_eq!(glue.len(), before);
        assert!(glue.created().is_empty());

        let err = glue
            .get_connection("ghost".into(), None, true)
            .await
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::EntityNotFound);
        assert!(
            err.to_string().starts_with("Connection ghost not found"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn faults_apply_to_every_method() {
        let glue = MemoryGlue::new(Vec::new());
        let fault = || GlueError::new(ErrorKind::Throttled, "any", "Rate exceeded");
        glue.fail_next(fault());
        let err = glue
            .create_connection(create_request("x", "JDBC"))
            .await
            .unwrap_err();
        assert_eq!(err.kind, ErrorKind::Throttled);
        assert!(glue.created().is_empty());
        glue.fail_next(fault());
        assert!(glue.get_connection("x".into(), None, true).await.is_err());
        glue.create_connection(create_request("x", "JDBC"))
            .await
            .unwrap();
        assert_eq!(
            glue.get_connection("x".into(), None, true)
                .await
                .unwrap()
                .name,
            "x"
        );
    }
}
