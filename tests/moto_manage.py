#!/usr/bin/env python3
"""TEST FIXTURE for tests/e2e/e2e_manage_moto.rs — not part of glue-tui. moto's server with Glue's
UpdateConnection, DeleteConnection, BatchDeleteConnection and TestConnection added, which moto 5.2 does not
implement (it answers them with a bare HTTP 500 page).

    .venv/bin/python tests/moto_manage.py -H 127.0.0.1 -p 5000 [--protect NAME]... [--unreachable NAME]...

It registers the four operations on moto's Glue responses class (moto's server calls the snake_case method named
by the JSON protocol's `X-Amz-Target: AWSGlue.<Operation>`), working on moto's own store of connections, so
GetConnection and GetConnections (moto's) see what they did. Then it runs moto's server as
`moto_server -H 127.0.0.1 -p PORT` does. It listens on 127.0.0.1 only. Shapes and errors follow the AWS Glue API
reference and botocore's service-2.json:

  DeleteConnection {CatalogId, ConnectionName}  ->  {}
      EntityNotFoundException when there is no such connection.
  BatchDeleteConnection {CatalogId, ConnectionNameList (at most 25)}  ->  {Succeeded: [names], Errors: {name:
      {ErrorCode, ErrorMessage}}}
      A name with no connection is an EntityNotFoundException entry in Errors. More than 25 names: HTTP 400
      ValidationException (the list's max length).
  UpdateConnection {CatalogId, Name, ConnectionInput}  ->  {}
      The stored definition is replaced by ConnectionInput whole (a property left out is gone, as the reference
      warns); ConnectionInput.Name other than Name renames the connection. LastUpdatedTime moves; CreationTime
      stays. EntityNotFoundException when Name is not there; InvalidInputException when the new name is taken
      (the reference lists no AlreadyExistsException for this operation) or ConnectionInput lacks Name or
      ConnectionType.
  TestConnection {ConnectionName | TestConnectionInput, CatalogId}  ->  {}
      The fixture cannot reach databases: a connection passes unless it is named by --unreachable, which answers
      InvalidInputException "... could not connect ..." (the reference does not say how a failed test is
      reported; the demo backend answers the same way). A TestConnectionInput (an unsaved connection) passes when
      it has a ConnectionType. No such connection: EntityNotFoundException.

--protect NAME makes DeleteConnection and BatchDeleteConnection refuse NAME as an IAM policy with a Deny on that
connection's ARN would: AccessDeniedException (HTTP 400 for DeleteConnection, an Errors entry in a batch).

Errors are answered as Glue's JSON protocol does: the status, `x-amzn-ErrorType: <name>` and the body
`{"__type": "<name>", "Message": "..."}`. Every request the four operations answer is logged to stderr with its
operation and connection names (never a property value).

Bounded: it exits when its parent process goes away and when the test kills it by PID. moto's server logs
`Running on http://127.0.0.1:PORT` and each request to stderr.
"""

import argparse
import sys
import threading

import moto.server
from moto.core.utils import utcnow
from moto.glue.responses import GlueResponse

# The fixtures' shared helpers, beside this file (a script's own directory is on sys.path).
from moto_fixture import LOOPBACK, answer, error, request_body, watch_parent

BATCH_MAX = 25


def log(operation, *names):
    print(f"moto_manage: {operation} {' '.join(names)}", file=sys.stderr, flush=True)


def denied(response, name):
    arn = f"arn:aws:glue:{response.region}:{response.current_account}:connection/{name}"
    return (
        "AccessDeniedException",
        f"User is not authorized to perform: glue:DeleteConnection on resource: {arn} "
        "with an explicit deny in an identity-based policy",
    )


def install(protected, unreachable):
    """Adds the four operations to moto's Glue responses class."""

    def delete_connection(self):
        body = request_body(self)
        if body is None:
            return error("ValidationException", "The request body is not a JSON object")
        name = body.get("ConnectionName")
        if not isinstance(name, str) or not name:
            return error("InvalidInputException", "ConnectionName is required")
        log("DeleteConnection", name)
        connections = self.glue_backend.connections
        if name in protected:
            return error(*denied(self, name))
        if name not in connections:
            return error("EntityNotFoundException", f"Connection {name} not found")
        del connections[name]
        return answer({})

    def batch_delete_connection(self):
        body = request_body(self)
        if body is None:
            return error("ValidationException", "The request body is not a JSON object")
        names = body.get("ConnectionNameList")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            return error("InvalidInputException", "ConnectionNameList is required")
        if len(names) > BATCH_MAX:
            return error(
                "ValidationException",
                f"1 validation error detected: Value at 'connectionNameList' failed to satisfy constraint: "
                f"Member must have length less than or equal to {BATCH_MAX}",
            )
        log("BatchDeleteConnection", *names)
        connections = self.glue_backend.connections
        succeeded, errors = [], {}
        for name in names:
            if name in protected:
                code, message = denied(self, name)
                errors[name] = {"ErrorCode": code, "ErrorMessage": message}
            elif name not in connections:
                errors[name] = {
                    "ErrorCode": "EntityNotFoundException",
                    "ErrorMessage": f"Connection {name} not found",
                }
            else:
                del connections[name]
                succeeded.append(name)
        return answer({"Succeeded": succeeded, "Errors": errors})

    def update_connection(self):
        body = request_body(self)
        if body is None:
            return error("ValidationException", "The request body is not a JSON object")
        name = body.get("Name")
        new = body.get("ConnectionInput")
        if not isinstance(name, str) or not name:
            return error("InvalidInputException", "Name is required")
        if not isinstance(new, dict) or not new.get("Name") or not new.get("ConnectionType"):
            return error("InvalidInputException", "ConnectionInput needs Name and ConnectionType")
        log("UpdateConnection", name, new["Name"])
        connections = self.glue_backend.connections
        connection = connections.get(name)
        if connection is None:
            return error("EntityNotFoundException", f"Connection {name} not found")
        renamed = new["Name"] != name
        if renamed and new["Name"] in connections:
            return error("InvalidInputException", f"Connection {new['Name']} already exists")
        connection.connection_input = new
        connection.name = new["Name"]
        connection.description = new.get("Description")
        connection.connection_properties = new.get("ConnectionProperties", {})
        connection.spark_properties = new.get("SparkProperties", {})
        connection.athena_properties = new.get("AthenaProperties", {})
        connection.python_properties = new.get("PythonProperties", {})
        connection.updated_time = utcnow()
        if renamed:
            # Keep the listing's order: the renamed connection stays where it was.
            rebuilt = [(new["Name"] if n == name else n, c) for n, c in connections.items()]
            connections.clear()
            connections.update(rebuilt)
        return answer({})

    def test_connection(self):
        body = request_body(self)
        if body is None:
            return error("ValidationException", "The request body is not a JSON object")
        name = body.get("ConnectionName")
        unsaved = body.get("TestConnectionInput")
        if isinstance(name, str) and name:
            log("TestConnection", name)
            if name not in self.glue_backend.connections:
                return error("EntityNotFoundException", f"Connection {name} not found")
            if name in unreachable:
                return error(
                    "InvalidInputException",
                    f"Test connection failed for {name}: could not connect to the host in its properties",
                )
            return answer({})
        if isinstance(unsaved, dict) and unsaved.get("ConnectionType"):
            log("TestConnection", "(TestConnectionInput)")
            return answer({})
        return error("InvalidInputException", "Either ConnectionName or TestConnectionInput is required")

    GlueResponse.delete_connection = delete_connection
    GlueResponse.batch_delete_connection = batch_delete_connection
    GlueResponse.update_connection = update_connection
    GlueResponse.test_connection = test_connection


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-H", "--host", default="127.0.0.1", help="loopback only (default 127.0.0.1)")
    p.add_argument("-p", "--port", type=int, default=5000)
    p.add_argument("--protect", action="append", default=[], help="refuse to delete NAME (AccessDenied)")
    p.add_argument("--unreachable", action="append", default=[], help="TestConnection of NAME fails")
    args = p.parse_args()
    if args.host not in LOOPBACK:
        p.error("it listens on loopback only: -H 127.0.0.1")
    install(set(args.protect), set(args.unreachable))
    threading.Thread(target=watch_parent, args=("moto_manage",), daemon=True).start()
    moto.server.main(["-H", "127.0.0.1", "-p", str(args.port)])


if __name__ == "__main__":
    main()
