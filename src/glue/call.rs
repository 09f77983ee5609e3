//! Every Glue call the app makes, as data: `update` asks for one with `Effect::Glue { session, call }`, the runner
//! runs it against the session's backend (whichever `GlueApi` that is) and sends back `Msg::Glue(reply)`. Each
//! `GlueCall` variant has its `GlueReply` of the same name, carrying what the update code needs to place the answer
//! (a listing's generation, the connection's name, the poll's attempt) beside the result.
//!
//! A new AWS operation is a `GlueApi` method, its SDK adapter and in-memory backend, a variant here with its arm in
//! [`GlueCall::run`], and the update code that asks for it and reads its reply; the runner does not change.

use std::time::Duration;

use super::{BATCH_DELETE_MAX, DeleteRefused, Deleted, GlueApi, GlueError, Page, PageRequest};
use crate::model::{
    Connection, ConnectionInput, ConnectionTypeBrief, ConnectionTypeDescription,
    CreateConnectionRequest, CreateConnectionResponse, UpdateConnectionRequest,
};

#[derive(Debug, Clone, PartialEq)]
pub enum GlueCall {
    /// One GetConnections page of the listing `generation` (a reply of an older listing is dropped).
    GetConnectionsPage {
        generation: u64,
        request: PageRequest,
    },
    /// CreateConnection.
    CreateConnection {
        request: Box<CreateConnectionRequest>,
    },
    /// GetConnection after `delay_ms`, to follow a create that is `IN_PROGRESS` (`attempt` counts from 0). The
    /// status is all it reads, so passwords stay hidden.
    GetConnection {
        name: String,
        catalog_id: Option<String>,
        attempt: u32,
        delay_ms: u64,
    },
    /// UpdateConnection, from the edit form.
    UpdateConnection {
        request: Box<UpdateConnectionRequest>,
    },
    /// GetConnection with HidePassword=false for the edit form of `name`: the stored secrets a listing with
    /// HidePassword left out, which an update must carry or it removes them.
    ReadStoredSecrets {
        name: String,
        catalog_id: Option<String>,
    },
    /// DescribeConnectionType, for the type the wizard picked.
    DescribeConnectionType { connection_type: String },
    /// ListConnectionTypes, every page, for the wizard's type picker; `origin` says which account and region it
    /// was for, so a late answer after a switch is dropped.
    ListConnectionTypes { origin: String },
    /// TestConnection of the stored connection `name`.
    TestConnection {
        name: String,
        catalog_id: Option<String>,
    },
    /// TestConnection of the wizard's unsaved input (`TestConnectionInput`).
    TestUnsaved {
        input: Box<ConnectionInput>,
        catalog_id: Option<String>,
    },
    /// Deletes the named connections: DeleteConnection for one, BatchDeleteConnection in chunks of
    /// [`BATCH_DELETE_MAX`] (one after another) for several.
    DeleteConnections {
        names: Vec<String>,
        catalog_id: Option<String>,
    },
}

#[derive(Debug)]
pub enum GlueReply {
    GetConnectionsPage {
        generation: u64,
        result: Result<Page, GlueError>,
    },
    /// CreateConnection answered for the connection named `name`.
    CreateConnection {
        name: String,
        result: Result<CreateConnectionResponse, GlueError>,
    },
    GetConnection {
        name: String,
        catalog_id: Option<String>,
        attempt: u32,
        result: Result<Connection, GlueError>,
    },
    /// UpdateConnection answered for the connection stored as `name`, now called `new_name` if it went.
    UpdateConnection {
        name: String,
        new_name: String,
        catalog_id: Option<String>,
        result: Result<(), GlueError>,
    },
    ReadStoredSecrets {
        name: String,
        result: Result<Connection, GlueError>,
    },
    DescribeConnectionType {
        connection_type: String,
        result: Result<ConnectionTypeDescription, GlueError>,
    },
    ListConnectionTypes {
        origin: String,
        result: Result<Vec<ConnectionTypeBrief>, GlueError>,
    },
    /// TestConnection answered, at `finished` (the runner's clock: `update` has none).
    TestConnection {
        name: String,
        finished: crate::model::Timestamp,
        result: Result<(), GlueError>,
    },
    TestUnsaved {
        result: Result<(), GlueError>,
    },
    /// Every name asked, with its outcome, in the order asked.
    DeleteConnections {
        outcomes: Vec<Deleted>,
    },
}

impl GlueCall {
    /// The listing a GetConnections page belongs to, so the runner can tag the SDK's retry notices with it.
    pub fn listing_generation(&self) -> Option<u64> {
        match self {
            GlueCall::GetConnectionsPage { generation, .. } => Some(*generation),
            _ => None,
        }
    }

    /// Makes the call against `api` and pairs the result with what the update code needs to place it.
    pub async fn run(self, api: &dyn GlueApi) -> GlueReply {
        match self {
            GlueCall::GetConnectionsPage {
                generation,
                request,
            } => GlueReply::GetConnectionsPage {
                generation,
                result: api.get_connections_page(request).await,
            },
            GlueCall::CreateConnection { request } => {
                let name = request.connection_input.name.clone();
                // Names and types only: the request may hold passwords.
                tracing::info!(
                    name = %name,
                    connection_type = %request.connection_input.connection_type,
                    "CreateConnection"
                );
                let result = api.create_connection(*request).await;
                GlueReply::CreateConnection { name, result }
            }
            GlueCall::GetConnection {
                name,
                catalog_id,
                attempt,
                delay_ms,
            } => {
                tokio::time::sleep(Duration::from_millis(delay_ms)).await;
                let result = api
                    .get_connection(name.clone(), catalog_id.clone(), true)
                    .await;
                GlueReply::GetConnection {
                    name,
                    catalog_id,
                    attempt,
                    result,
                }
            }
            GlueCall::UpdateConnection { request } => {
                let name = request.name.clone();
                let new_name = request.connection_input.name.clone();
                let catalog_id = request.catalog_id.clone();
                let result = api.update_connection(*request).await;
                GlueReply::UpdateConnection {
                    name,
                    new_name,
                    catalog_id,
                    result,
                }
            }
            GlueCall::ReadStoredSecrets { name, catalog_id } => {
                let result = api.get_connection(name.clone(), catalog_id, false).await;
                GlueReply::ReadStoredSecrets { name, result }
            }
            GlueCall::DescribeConnectionType { connection_type } => {
                let result = api.describe_connection_type(connection_type.clone()).await;
                GlueReply::DescribeConnectionType {
                    connection_type,
                    result,
                }
            }
            GlueCall::ListConnectionTypes { origin } => GlueReply::ListConnectionTypes {
                origin,
                result: api.list_connection_types().await,
            },
            GlueCall::TestConnection { name, catalog_id } => {
                let result = api.test_connection(name.clone(), catalog_id).await;
                GlueReply::TestConnection {
                    name,
                    finished: crate::model::Timestamp(jiff::Timestamp::now()),
                    result,
                }
            }
            GlueCall::TestUnsaved { input, catalog_id } => GlueReply::TestUnsaved {
                result: api.test_unsaved(*input, catalog_id).await,
            },
            GlueCall::DeleteConnections { names, catalog_id } => GlueReply::DeleteConnections {
                outcomes: delete_all(api, names, catalog_id).await,
            },
        }
    }
}

/// One name: DeleteConnection, its error in the user's words. Several: a BatchDeleteConnection per chunk; a chunk
/// whose call failed as a whole gives each of its names that call's error.
async fn delete_all(
    api: &dyn GlueApi,
    names: Vec<String>,
    catalog_id: Option<String>,
) -> Vec<Deleted> {
    let refused = |err: &GlueError| DeleteRefused {
        reason: err.to_string(),
        not_found: err.kind == super::ErrorKind::EntityNotFound,
    };
    if let [name] = names.as_slice() {
        let outcome = api
            .delete_connection(name.clone(), catalog_id)
            .await
            .map_err(|e| refused(&e));
        return vec![Deleted {
            name: name.clone(),
            outcome,
        }];
    }
    let mut out = Vec::with_capacity(names.len());
    for chunk in names.chunks(BATCH_DELETE_MAX) {
        match api
            .batch_delete_connection(chunk.to_vec(), catalog_id.clone())
            .await
        {
            Ok(answer) => out.extend(answer.outcomes(chunk)),
            Err(err) => out.extend(chunk.iter().map(|name| Deleted {
                name: name.clone(),
                outcome: Err(refused(&err)),
            })),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::ConnectionFilter;
    use crate::glue::memory::MemoryGlue;
    use crate::model::ConnectionInput;

    /// Each call reaches its own method and its reply carries the call's tags back.
    #[tokio::test]
    async fn each_call_answers_with_its_own_reply_and_tags() {
        let glue = MemoryGlue::new(Vec::new());
        let page = GlueCall::GetConnectionsPage {
            generation: 7,
            request: PageRequest {
                catalog_id: None,
                filter: ConnectionFilter::default(),
                hide_password: true,
                next_token: None,
                max_results: 10,
            },
        };
        assert_eq!(page.listing_generation(), Some(7));
        let GlueReply::GetConnectionsPage { generation, result } = page.run(&glue).await else {
            panic!("a page");
        };
        assert_eq!((generation, result.unwrap()), (7, Page::default()));
        assert_eq!(glue.requests().len(), 1);

        let create = GlueCall::CreateConnection {
            request: Box::new(CreateConnectionRequest {
                catalog_id: None,
                connection_input: ConnectionInput {
                    name: "orders-db".into(),
                    connection_type: "JDBC".into(),
                    ..ConnectionInput::default()
                },
                tags: None,
            }),
        };
        assert_eq!(create.listing_generation(), None);
        let GlueReply::CreateConnection { name, result } = create.run(&glue).await else {
            panic!("a create");
        };
        assert_eq!(name, "orders-db");
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(glue.created(), ["orders-db"]);

        let poll = GlueCall::GetConnection {
            name: "orders-db".into(),
            catalog_id: None,
            attempt: 3,
            delay_ms: 0,
        };
        let GlueReply::GetConnection {
            name,
            catalog_id,
            attempt,
            result,
        } = poll.run(&glue).await
        else {
            panic!("a poll");
        };
        assert_eq!((name.as_str(), catalog_id, attempt), ("orders-db", None, 3));
        assert_eq!(result.unwrap().name, "orders-db");

        let describe = GlueCall::DescribeConnectionType {
            connection_type: "SALESFORCE".into(),
        };
        let GlueReply::DescribeConnectionType {
            connection_type,
            result,
        } = describe.run(&glue).await
        else {
            panic!("a description");
        };
        assert_eq!(connection_type, "SALESFORCE");
        assert_eq!(result.unwrap().connection_type, "SALESFORCE");

        let list = GlueCall::ListConnectionTypes {
            origin: "dev|eu-west-1".into(),
        };
        let GlueReply::ListConnectionTypes { origin, result } = list.run(&glue).await else {
            panic!("a list of types");
        };
        assert_eq!(origin, "dev|eu-west-1");
        assert!(
            result
                .unwrap()
                .iter()
                .any(|b| b.connection_type == "REST-ACME-TICKETS")
        );
    }
}
