#!/usr/bin/env python3
"""Times `glue-tui import` creating 2,000 connections in a loopback moto, against a boto3 loop and a shell loop of
`aws glue create-connection`, in one run; each against a fresh moto server, each checked to have created them all.

    .venv/bin/python scripts/bench_import.py [--count 2000] [--cli-count 200] [--runs 1]
    GLUE_TUI_BIN=target/debug/glue-tui .venv/bin/python scripts/bench_import.py   (default target/release)

The AWS CLI starts a Python interpreter per call (about half a second here), so its loop runs over the first
--cli-count connections only and is compared per connection: the figures are connections per second. Needs .venv
from scripts/test.sh (moto, boto3); installs the AWS CLI into .venv/awscli as scripts/bench_export.sh does. moto
listens on 127.0.0.1 only and each server is stopped by its PID.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
KINDS = ("JDBC", "KAFKA", "NETWORK")


def request(i):
    """A CreateConnection request of one of three kinds, valid by the wizard's rules (and Glue's)."""
    kind = KINDS[i % len(KINDS)]
    name = f"import-{i:05d}-{kind.lower()}"
    physical = {
        "SubnetId": f"subnet-{i:08x}",
        "SecurityGroupIdList": [f"sg-{i:08x}"],
        "AvailabilityZone": "us-east-1a",
    }
    if kind == "JDBC":
        props = {
            "JDBC_CONNECTION_URL": f"jdbc:postgresql://db-{i:05d}.internal:5432/sales",
            "USERNAME": "etl",
            "PASSWORD": f"s3cret-{i:05d}",
        }
    elif kind == "KAFKA":
        props = {"KAFKA_BOOTSTRAP_SERVERS": f"b-1.msk-{i:05d}.internal:9094", "KAFKA_SSL_ENABLED": "true"}
    else:
        props = {}
    return {
        "ConnectionInput": {
            "Name": name,
            "Description": f"bench connection {i}",
            "ConnectionType": kind,
            "ConnectionProperties": props,
            "PhysicalConnectionRequirements": physical,
        }
    }


class Moto:
    """A fresh moto server on 127.0.0.1 and a free port."""

    def __enter__(self):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [os.path.join(VENV, "bin", "moto_server"), "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=self.log,
            stderr=self.log,
            stdin=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                urllib.request.urlopen(self.endpoint + "/moto-api/data.json", timeout=1).read()
                return self
            except Exception:
                time.sleep(0.1)
        self.proc.kill()
        sys.exit("moto did not come up")

    def __exit__(self, *exc):
        self.proc.kill()
        self.proc.wait()

    def count(self):
        import boto3

        glue = boto3.client("glue", endpoint_url=self.endpoint)
        names, token = set(), None
        while True:
            page = glue.get_connections(**({"NextToken": token} if token else {}))
            names.update(c["Name"] for c in page["ConnectionList"])
            token = page.get("NextToken")
            if not token:
                return len(names)


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--cli-count", type=int, default=200)
    args = p.parse_args()

    binary = os.environ.get("GLUE_TUI_BIN", os.path.join(ROOT, "target", "release", "glue-tui"))
    if not os.access(binary, os.X_OK):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    aws_venv = os.path.join(VENV, "awscli")
    aws = os.path.join(aws_venv, "bin", "aws")
    if not os.access(aws, os.X_OK):
        subprocess.run([sys.executable, "-m", "venv", aws_venv], check=True)
        subprocess.run([os.path.join(aws_venv, "bin", "python"), "-m", "pip", "install", "-q", "awscli"], check=True)

    # moto accepts any credentials; keep every real profile and config out of the measurement.
    work = tempfile.mkdtemp(prefix="glue-tui-import-bench.")
    for k in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        os.environ.pop(k, None)
    os.environ.update(
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_REGION="us-east-1",
        AWS_DEFAULT_REGION="us-east-1",
        AWS_EC2_METADATA_DISABLED="true",
        AWS_CONFIG_FILE=os.path.join(work, "no-config"),
        AWS_SHARED_CREDENTIALS_FILE=os.path.join(work, "no-credentials"),
    )
    requests = [request(i) for i in range(args.count)]
    file = os.path.join(work, "connections.json")
    with open(file, "w") as f:
        json.dump(requests, f)
    one_files = []
    for i, r in enumerate(requests[: args.cli_count]):
        path = os.path.join(work, f"one-{i}.json")
        with open(path, "w") as f:
            json.dump(r, f)
        one_files.append(path)

    results = {}
    with Moto() as moto:
        out = subprocess.run(
            [binary, "import", file, "--endpoint-url", moto.endpoint],
            capture_output=True,
            text=True,
        )
        seconds = None
        # Timed again on a fresh server below: this first run checks the outcome.
        if out.returncode != 0 or moto.count() != args.count:
            sys.exit(f"glue-tui import did not create {args.count}: exit {out.returncode}\n{out.stdout[-2000:]}{out.stderr}")
    with Moto() as moto:
        seconds = timed(
            lambda: subprocess.run(
                [binary, "import", file, "--endpoint-url", moto.endpoint],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        )
        assert moto.count() == args.count, "glue-tui import: not all created"
        results["glue-tui import"] = (args.count, seconds)

    with Moto() as moto:
        import boto3

        glue = boto3.client("glue", endpoint_url=moto.endpoint)
        seconds = timed(lambda: [glue.create_connection(**r) for r in requests])
        assert moto.count() == args.count, "boto3 loop: not all created"
        results["peer: boto3 loop (one client, sequential)"] = (args.count, seconds)

    with Moto() as moto:
        def cli_loop():
            for path in one_files:
                subprocess.run(
                    [aws, "glue", "create-connection", "--endpoint-url", moto.endpoint, "--cli-input-json", f"file://{path}"],
                    stdout=subprocess.DEVNULL,
                    check=True,
                )

        seconds = timed(cli_loop)
        assert moto.count() == args.cli_count, "aws CLI loop: not all created"
        results["peer: shell loop of aws glue create-connection"] = (args.cli_count, seconds)

    ours = args.count / results["glue-tui import"][1]
    print(f"{'':48} {'connections':>11} {'seconds':>9} {'per second':>11} {'vs glue-tui':>11}")
    for what, (n, s) in results.items():
        rate = n / s
        print(f"{what:48} {n:>11} {s:>9.2f} {rate:>11.1f} {ours / rate:>10.1f}×")


if __name__ == "__main__":
    main()
