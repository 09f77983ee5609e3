#!/usr/bin/env python3
"""TEST FIXTURE for tests/e2e/e2e_described_moto.rs — not part of glue-tui. moto's server with Glue's
DescribeConnectionType and ListConnectionTypes added, which moto 5.2 does not implement.

    .venv/bin/python tests/moto_described.py -H 127.0.0.1 -p 5000

It registers `describe_connection_type` and `list_connection_types` on moto's Glue responses class (moto's server
calls the snake_case method named by the JSON protocol's `X-Amz-Target: AWSGlue.<Operation>`), then runs moto's
server as `moto_server -H 127.0.0.1 -p PORT` does; every other Glue operation is moto's own. It listens on
127.0.0.1 only. The answers come from the demo's canned descriptions, which are in the API's JSON shape:

  DescribeConnectionType {ConnectionType}
      the entry of assets/demo/connection_types.json (a list of DescribeConnectionTypeResponse objects) whose
      ConnectionType is the one asked for. Unknown type: HTTP 400, InvalidInputException (the operation's error
      for a bad input; it lists no EntityNotFoundException). ConnectionType missing, empty or not a string: HTTP
      400, ValidationException.
  ListConnectionTypes {MaxResults, NextToken}
      the ConnectionTypes of assets/demo/connection_type_list.json, in file order, MaxResults (1..100) per page,
      with an opaque NextToken while more follow. The API reference names no default page size: without
      MaxResults a page holds --page-size briefs (default 4, so the demo's six take two pages and a client's
      paging is exercised). MaxResults out of range or a NextToken this server did not give: HTTP 400,
      ValidationException.

Errors are answered as Glue's JSON protocol does: the status, `x-amzn-ErrorType: <name>` and the body
`{"__type": "<name>", "Message": "..."}`.

At start-up both files are checked against botocore's Glue model: a member a shape lacks (a typo, or a field the
API does not have) stops the fixture with its path, so what it answers stays in the API's shape.

Bounded: it exits when its parent process goes away and when the test kills it by PID. moto's server logs
`Running on http://127.0.0.1:PORT` and each request to stderr.
"""

import argparse
import base64
import json
import os
import threading

import botocore.session
import moto.server
from moto.glue.responses import GlueResponse

# The fixtures' shared helpers, beside this file (a script's own directory is on sys.path).
from moto_fixture import LOOPBACK, answer, error, request_body, watch_parent

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES_FILE = os.path.join(ROOT, "assets", "demo", "connection_types.json")
LIST_FILE = os.path.join(ROOT, "assets", "demo", "connection_type_list.json")
MAX_RESULTS = (1, 100)
TOKEN_PREFIX = "moto-described:"


def check_shape(value, shape, path):
    """Raises ValueError naming the first member of `value` that `shape` (a botocore shape) does not have."""
    if shape.type_name == "structure":
        if not isinstance(value, dict):
            raise ValueError(f"{path}: {shape.name} is a structure, not {type(value).__name__}")
        for key, member in value.items():
            if key not in shape.members:
                raise ValueError(f"{path}.{key}: {shape.name} has no member {key}")
            check_shape(member, shape.members[key], f"{path}.{key}")
    elif shape.type_name == "map":
        if not isinstance(value, dict):
            raise ValueError(f"{path}: {shape.name} is a map, not {type(value).__name__}")
        for key, member in value.items():
            check_shape(member, shape.value, f"{path}.{key}")
    elif shape.type_name == "list":
        if not isinstance(value, list):
            raise ValueError(f"{path}: {shape.name} is a list, not {type(value).__name__}")
        for i, member in enumerate(value):
            check_shape(member, shape.member, f"{path}[{i}]")
    elif shape.type_name == "string":
        if not isinstance(value, str):
            raise ValueError(f"{path}: {shape.name} is a string, not {type(value).__name__}")
        # Not checked against the shape's enum: AWS's enums are open (a registered REST-… type is in none).
    elif shape.type_name == "boolean":
        if not isinstance(value, bool):
            raise ValueError(f"{path}: {shape.name} is a boolean, not {type(value).__name__}")


def load():
    """The descriptions by type and the briefs in order, both checked against the operations' output shapes."""
    model = botocore.session.get_session().get_service_model("glue")
    describe_shape = model.operation_model("DescribeConnectionType").output_shape
    list_shape = model.operation_model("ListConnectionTypes").output_shape
    with open(TYPES_FILE, encoding="utf-8") as f:
        descriptions = json.load(f)
    with open(LIST_FILE, encoding="utf-8") as f:
        listed = json.load(f)
    by_type = {}
    for i, description in enumerate(descriptions):
        check_shape(description, describe_shape, f"connection_types.json[{i}]")
        by_type[description["ConnectionType"]] = description
    check_shape(listed, list_shape, "connection_type_list.json")
    return by_type, listed.get("ConnectionTypes", [])


def token_for(offset):
    return base64.b64encode(f"{TOKEN_PREFIX}{offset}".encode()).decode()


def offset_of(token, total):
    """The offset a NextToken of ours stands for, or None."""
    try:
        text = base64.b64decode(token.encode(), validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    if not text.startswith(TOKEN_PREFIX):
        return None
    digits = text[len(TOKEN_PREFIX) :]
    if not digits.isdigit() or not 0 < int(digits) < total:
        return None
    return int(digits)


def install(by_type, briefs, page_size):
    """Adds the two operations to moto's Glue responses class."""

    def describe_connection_type(self):
        body = request_body(self)
        if body is None:
            return error("ValidationException", "The request body is not a JSON object")
        connection_type = body.get("ConnectionType")
        if not isinstance(connection_type, str) or not connection_type:
            return error(
                "ValidationException",
                "1 validation error detected: Value at 'connectionType' failed to satisfy constraint: "
                "Member must not be null",
            )
        description = by_type.get(connection_type)
        if description is None:
            return error("InvalidInputException", f"Connection type {connection_type} is not supported")
        return answer(description)

    def list_connection_types(self):
        body = request_body(self)
        if body is None:
            return error("ValidationException", "The request body is not a JSON object")
        max_results = body.get("MaxResults", page_size)
        low, high = MAX_RESULTS
        if isinstance(max_results, bool) or not isinstance(max_results, int) or not low <= max_results <= high:
            return error(
                "ValidationException",
                f"1 validation error detected: Value '{max_results}' at 'maxResults' failed to satisfy "
                f"constraint: Member must have value between {low} and {high}",
            )
        offset = 0
        token = body.get("NextToken")
        if token is not None:
            offset = offset_of(token, len(briefs)) if isinstance(token, str) else None
            if offset is None:
                return error("ValidationException", "The NextToken is not valid")
        page = briefs[offset : offset + max_results]
        result = {"ConnectionTypes": page}
        if offset + max_results < len(briefs):
            result["NextToken"] = token_for(offset + max_results)
        return answer(result)

    GlueResponse.describe_connection_type = describe_connection_type
    GlueResponse.list_connection_types = list_connection_types


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-H", "--host", default="127.0.0.1", help="loopback only (default 127.0.0.1)")
    p.add_argument("-p", "--port", type=int, default=5000)
    p.add_argument(
        "--page-size",
        type=int,
        default=4,
        help="ListConnectionTypes briefs per page when the request gives no MaxResults (default 4)",
    )
    args = p.parse_args()
    if args.host not in LOOPBACK:
        p.error("it listens on loopback only: -H 127.0.0.1")
    if not MAX_RESULTS[0] <= args.page_size <= MAX_RESULTS[1]:
        p.error(f"--page-size must be between {MAX_RESULTS[0]} and {MAX_RESULTS[1]}")
    by_type, briefs = load()
    install(by_type, briefs, args.page_size)
    threading.Thread(target=watch_parent, args=("moto_described",), daemon=True).start()
    moto.server.main(["-H", "127.0.0.1", "-p", str(args.port)])


if __name__ == "__main__":
    main()
