"""TEST FIXTURE helpers shared by tests/moto_described.py and tests/moto_manage.py — not part of glue-tui. Answers as
Glue's JSON protocol gives them, the request body, the loopback-only rule, and a watch that ends a fixture whose
test went away.
"""

import json
import os
import sys
import time

LOOPBACK = ("127.0.0.1", "localhost")
CONTENT_TYPE = "application/x-amz-json-1.1"


def error(name, message, status=400):
    """An error as Glue's JSON protocol sends it; moto's dispatcher takes (body, headers with the status)."""
    body = json.dumps({"__type": name, "Message": message})
    return body, {"status": status, "x-amzn-ErrorType": name, "Content-Type": CONTENT_TYPE}


def answer(result):
    return json.dumps(result), {"status": 200, "Content-Type": CONTENT_TYPE}


def request_body(response):
    """The request's JSON object ({} for an empty body); None when it is not a JSON object."""
    raw = response.body
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8")
    if not raw:
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def watch_parent(name):
    """Exits once the process that started this one is gone (a test killed before it could stop the fixture)."""
    parent = os.getppid()
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            print(f"{name}: parent went away", file=sys.stderr, flush=True)
            os._exit(0)
