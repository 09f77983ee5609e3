//! A `GlueApi` whose DescribeConnectionType answers as given and whose other calls must not happen: what
//! `create --from-json`'s check of a type newer than this build asks of Glue, without a server.

use glue_tui::glue::{GlueApi, GlueError, GlueFuture, Page, PageRequest};
use glue_tui::model::{
    Connection, ConnectionInput, ConnectionTypeBrief, ConnectionTypeDescription,
    CreateConnectionRequest, CreateConnectionResponse, UpdateConnectionRequest,
};

pub struct Describes(pub Result<ConnectionTypeDescription, GlueError>);

impl GlueApi for Describes {
    fn get_connections_page(&self, _: PageRequest) -> GlueFuture<'_, Page> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn create_connection(
        &self,
        _: CreateConnectionRequest,
    ) -> GlueFuture<'_, CreateConnectionResponse> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn get_connection(&self, _: String, _: Option<String>, _: bool) -> GlueFuture<'_, Connection> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn describe_connection_type(&self, _: String) -> GlueFuture<'_, ConnectionTypeDescription> {
        let answer = self.0.clone();
        Box::pin(async move { answer })
    }
    fn list_connection_types(&self) -> GlueFuture<'_, Vec<ConnectionTypeBrief>> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn test_unsaved(&self, _: ConnectionInput, _: Option<String>) -> GlueFuture<'_, ()> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn update_connection(&self, _: UpdateConnectionRequest) -> GlueFuture<'_, ()> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn delete_connection(&self, _: String, _: Option<String>) -> GlueFuture<'_, ()> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn test_connection(&self, _: String, _: Option<String>) -> GlueFuture<'_, ()> {
        unreachable!("only DescribeConnectionType is asked")
    }
    fn batch_delete_connection(
        &self,
        _: Vec<String>,
        _: Option<String>,
    ) -> GlueFuture<'_, glue_tui::glue::BatchDeleted> {
        unreachable!("only DescribeConnectionType is asked")
    }
}
