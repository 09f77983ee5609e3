//! Everything the app asks of AWS Glue, behind one trait: the SDK adapter, the in-memory demo backend and the
//! tests' fakes are interchangeable, and nothing above this module names an `aws_sdk_glue` type (`sdk/convert/`
//! turns the SDK's types into the model's; `tests/rules/layering.rs` checks the rule). `call.rs` is the same asks as data,
//! `GlueCall` in and `GlueReply` out, so the effect runner runs any of them the same way.

mod call;
mod connection_types;
mod deleted;
mod error;
pub mod memory;
pub mod profiles;
pub mod regions;
pub mod sdk;

use std::future::Future;
use std::pin::Pin;

pub use call::{GlueCall, GlueReply};
pub use connection_types::{connection_property_keys, connection_types, parse_connection_type};
pub use deleted::{BATCH_DELETE_MAX, BatchDeleted, DeleteRefused, Deleted};
pub use error::{ErrorKind, GlueError};

use crate::model::{
    Connection, ConnectionInput, ConnectionTypeBrief, ConnectionTypeDescription,
    CreateConnectionRequest, CreateConnectionResponse, UpdateConnectionRequest,
};

/// `Filter` of GetConnections.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConnectionFilter {
    pub connection_type: Option<String>,
    pub match_criteria: Vec<String>,
    pub schema_version: Option<i32>,
}

impl ConnectionFilter {
    pub fn is_empty(&self) -> bool {
        self.connection_type.is_none()
            && self.match_criteria.is_empty()
            && self.schema_version.is_none()
    }
}

/// One GetConnections call: the UI decides when the next page is worth asking for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRequest {
    pub catalog_id: Option<String>,
    pub filter: ConnectionFilter,
    pub hide_password: bool,
    pub next_token: Option<String>,
    pub max_results: i32,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub connections: Vec<Connection>,
    pub next_token: Option<String>,
}

pub type GlueFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, GlueError>> + Send + 'a>>;

pub trait GlueApi: Send + Sync {
    fn get_connections_page(&self, request: PageRequest) -> GlueFuture<'_, Page>;

    /// CreateConnection. Errors name the connection (`GlueError::subject`); `AlreadyExists` and
    /// `ResourceNumberLimitExceeded` are the create-specific kinds.
    fn create_connection(
        &self,
        request: CreateConnectionRequest,
    ) -> GlueFuture<'_, CreateConnectionResponse>;

    /// UpdateConnection: replaces the stored definition of `request.name` with `request.connection_input` (a rename
    /// when its Name differs). Errors name the connection; `EntityNotFound` when it is gone.
    fn update_connection(&self, request: UpdateConnectionRequest) -> GlueFuture<'_, ()>;

    /// GetConnection of one connection by name; `EntityNotFound` when there is none.
    fn get_connection(
        &self,
        name: String,
        catalog_id: Option<String>,
        hide_password: bool,
    ) -> GlueFuture<'_, Connection>;

    /// DescribeConnectionType: the property definitions the wizard merges into its form for this type.
    /// `EntityNotFound` when the backend has no description for it (the built-in form serves).
    fn describe_connection_type(
        &self,
        connection_type: String,
    ) -> GlueFuture<'_, ConnectionTypeDescription>;

    /// ListConnectionTypes, every page: the types the account can create, registered `REST-…` connectors
    /// included, with the names the console shows. Where it fails (moto has no such operation), the picker lists
    /// this build's own table.
    fn list_connection_types(&self) -> GlueFuture<'_, Vec<ConnectionTypeBrief>>;

    /// TestConnection of a stored connection, by name: `Ok` when Glue's test passed.
    fn test_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()>;

    /// TestConnection of an unsaved connection (`TestConnectionInput`: its type, properties, authentication).
    fn test_unsaved(
        &self,
        input: ConnectionInput,
        catalog_id: Option<String>,
    ) -> GlueFuture<'_, ()>;

    /// DeleteConnection: one connection, by name.
    fn delete_connection(&self, name: String, catalog_id: Option<String>) -> GlueFuture<'_, ()>;

    /// BatchDeleteConnection: at most [`BATCH_DELETE_MAX`] names; each name's outcome is in the answer.
    fn batch_delete_connection(
        &self,
        names: Vec<String>,
        catalog_id: Option<String>,
    ) -> GlueFuture<'_, BatchDeleted>;
}
