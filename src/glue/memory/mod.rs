//! An in-memory Glue: the `--demo` catalog and the tests' backend. It pages, filters and hides passwords the way
//! the service does, with injectable latency and faults so lazy paging and error paths can be seen.

mod delete;
mod update;

use std::collections::VecDeque;
use std::sync::{LazyLock, Mutex, RwLock};
use std::time::Duration;

use super::{BatchDeleted, ErrorKind, GlueApi, GlueError, GlueFuture, Page, PageRequest};
use crate::model::{
    AuthenticationConfiguration, Connection, ConnectionInput, ConnectionList, ConnectionTypeBrief,
    ConnectionTypeDescription, CreateConnectionRequest, CreateConnectionResponse, OAuth2Properties,
    Timestamp, UpdateConnectionRequest,
};

/// The catalog `--demo` browses, compiled in so the binary needs nothing beside it.
pub const DEMO_CATALOG_JSON: &str = include_str!("../../../assets/demo/connections.json");

/// The DescribeConnectionType answers the in-memory backend gives (a few SaaS types), as the AWS CLI prints them.
pub const DEMO_CONNECTION_TYPES_JSON: &str =
    include_str!("../../../assets/demo/connection_types.json");

/// The ListConnectionTypes answer the in-memory backend gives: the described types above, with the names the
/// console would show, one of them a registered custom connector (`REST-ACME-TICKETS`).
pub const DEMO_CONNECTION_TYPE_LIST_JSON: &str =
    include_str!("../../../assets/demo/connection_type_list.json");

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct TypeList {
    connection_types: Vec<ConnectionTypeBrief>,
}

static LISTED: LazyLock<Vec<ConnectionTypeBrief>> = LazyLock::new(|| {
    serde_json::from_str::<TypeList>(DEMO_CONNECTION_TYPE_LIST_JSON)
        .expect("assets/demo/connection_type_list.json is checked by a test")
        .connection_types
});

static DESCRIBED: LazyLock<Vec<ConnectionTypeDescription>> = LazyLock::new(|| {
    serde_json::from_str(DEMO_CONNECTION_TYPES_JSON)
        .expect("assets/demo/connection_types.json is checked by a test")
});

/// GetConnection calls after which a new schema-version-2 connection is READY.
const VALIDATION_READS: u32 = 2;

/// How long the demo's TestConnection takes.
const TEST_TAKES: Duration = Duration::from_millis(1000);

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
    deleted: Mutex<Vec<String>>,
    updated: Mutex<Vec<String>>,
    /// GetConnection calls per connection, for [`MemoryGlue::settle`].
    validation_reads: Mutex<std::collections::HashMap<String, u32>>,
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
            deleted: Mutex::default(),
            updated: Mutex::default(),
            validation_reads: Mutex::default(),
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

    /// The names (before any rename) of the connections updated so far, in order.
    pub fn updated(&self) -> Vec<String> {
        self.updated.lock().expect("update log").clone()
    }

    /// The names of the connections deleted so far, in order.
    pub fn deleted(&self) -> Vec<String> {
        self.deleted.lock().expect("delete log").clone()
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
        let connection = stored(input);
        let status = connection.status.clone();
        connections.insert(at, connection);
        self.created.lock().expect("create log").push(name);
        Ok(CreateConnectionResponse {
            create_connection_status: status,
        })
    }

    fn get(
        &self,
        name: &str,
        catalog_id: Option<String>,
        hide_password: bool,
    ) -> Result<Connection, GlueError> {
        self.settle(name);
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

    /// A schema-version-2 connection is validated after it is created, as Glue does: each GetConnection moves it
    /// along, and after [`VALIDATION_READS`] it is READY — so `--demo` shows a create being followed.
    fn settle(&self, name: &str) {
        let mut connections = self
            .connections
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Ok(i) = connections.binary_search_by(|c| c.name.as_str().cmp(name)) else {
            return;
        };
        let mut reads = self.validation_reads.lock().expect("validation reads");
        let seen = reads.entry(name.to_owned()).or_insert(0);
        *seen += 1;
        let c = &mut connections[i];
        if c.status.as_deref() == Some("IN_PROGRESS") && *seen >= VALIDATION_READS {
            c.status = Some("READY".to_owned());
            c.status_reason = None;
            c.last_updated_time = Some(Timestamp(jiff::Timestamp::now()));
        }
    }

    /// A FAILED connection fails its test with its StatusReason; the others pass.
    fn test(&self, name: &str, catalog_id: Option<String>) -> Result<(), GlueError> {
        let connections = self.read();
        let fail = |kind, detail: String| {
            Err(GlueError::new(kind, "TestConnection", detail)
                .with_principal("the demo catalog")
                .with_catalog(catalog_id.clone())
                .with_subject(name))
        };
        match connections.binary_search_by(|c| c.name.as_str().cmp(name)) {
            Err(_) => fail(ErrorKind::EntityNotFound, "Connection not found.".into()),
            Ok(i) if connections[i].status.as_deref() == Some("FAILED") => fail(
                ErrorKind::InvalidInput,
                connections[i]
                    .status_reason
                    .clone()
                    .unwrap_or_else(|| "the connection test failed".into()),
            ),
            Ok(_) => Ok(()),
        }
    }

    /// A canned answer for the few types in the asset; `EntityNotFound` for the rest, whose form is the built-in one.
    fn describe(&self, connection_type: &str) -> Result<ConnectionTypeDescription, GlueError> {
        DESCRIBED
            .iter()
            .find(|d| d.connection_type == connection_type)
            .cloned()
            .ok_or_else(|| {
                GlueError::new(
                    ErrorKind::EntityNotFound,
                    "DescribeConnectionType",
                    format!("the demo describes {} only", demo_described_types()),
                )
                .with_principal("the demo catalog")
                .with_subject(connection_type)
            })
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
    fn describe_connection_type(
        &self,
        connection_type: String,
    ) -> GlueFuture<'_, ConnectionTypeDescription> {
        Box::pin(async move {
            self.arrive().await?;
            self.describe(&connection_type)
        })
    }

    fn list_connection_types(&self) -> GlueFuture<'_, Vec<ConnectionTypeBrief>> {
        Box::pin(async move {
            self.arrive().await?;
            Ok(LISTED.clone())
        })
    }

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

    fn test_unsaved(
        &self,
        input: ConnectionInput,
        catalog_id: Option<String>,
    ) -> GlueFuture<'_, ()> {
        Box::pin(async move {
            self.arrive().await?;
            if !self.latency.is_zero() {
                tokio::time::sleep(TEST_TAKES).await;
            }
            // The demo cannot reach a database: an input passes when it names a type, as the fixture's does.
            if input.connection_type.trim().is_empty() {
                return Err(GlueError::new(
                    ErrorKind::InvalidInput,
                    "TestConnection",
                    "TestConnectionInput needs a ConnectionType",
                )
                .with_principal("the demo catalog")
                .with_catalog(catalog_id));
            }
            Ok(())
        })
    }

    fn update_connection(&self, request: UpdateConnectionRequest) -> GlueFuture<'_, ()> {
        Box::pin(async move {
            self.arrive().await?;
            self.update(request)
        })
    }

    fn delete_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()> {
        Box::pin(async move {
            self.arrive().await?;
            self.delete(&name, catalog_id)
        })
    }

    fn test_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()> {
        Box::pin(async move {
            self.arrive().await?;
            // A test takes Glue a while; the demo's about a second (none in the tests, which run without latency).
            if !self.latency.is_zero() {
                tokio::time::sleep(TEST_TAKES).await;
            }
            self.test(&name, catalog_id)
        })
    }

    fn batch_delete_connection(
        &self,
        names: Vec<String>,
        _catalog_id: Option<String>,
    ) -> GlueFuture<'_, BatchDeleted> {
        Box::pin(async move {
            self.arrive().await?;
            self.batch_delete(&names)
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
        // Glue validates the newer (schema version 2) connection types after creating them.
        status: Some(if version == 2 { "IN_PROGRESS" } else { "READY" }.to_owned()),
        status_reason: (version == 2).then(|| "Validating the connection".to_owned()),
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
mod tests;

/// The types the demo's canned DescribeConnectionType answers cover, for messages.
fn demo_described_types() -> String {
    let names: Vec<&str> = DESCRIBED
        .iter()
        .map(|d| d.connection_type.as_str())
        .collect();
    names.join(", ")
}
