#!/usr/bin/env python3
"""Seed a moto server with Glue connections of realistic variety.

    python scripts/moto_seed.py --endpoint http://127.0.0.1:5000 --count 300 [--prefix seed]

Names are `{prefix}-{i:04d}-{kind}`, kind cycling jdbc, kafka, mongodb, network (so `{prefix}-0001-kafka`,
`{prefix}-0004-jdbc`, ...). Connection 0 is always `{prefix}-0000-escape`: a JDBC connection whose Description
carries terminal escape sequences (`ESC[2J` clears the screen if printed raw) next to wide and right-to-left
text, to prove the UI renders server text as data. JDBC connections carry a PASSWORD.

Prints `created N connections` on success; exits non-zero if any creation failed.
"""

import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config

KINDS = ("jdbc", "kafka", "mongodb", "network")
ENGINES = (
    ("mysql", 3306, "jdbc:mysql://{host}:3306/{db}"),
    ("postgresql", 5432, "jdbc:postgresql://{host}:5432/{db}"),
    ("sqlserver", 1433, "jdbc:sqlserver://{host}:1433;databaseName={db}"),
    ("oracle", 1521, "jdbc:oracle:thin://@{host}:1521/{db}"),
)
AZS = ("us-east-1a", "us-east-1b", "us-east-1c")

ESCAPE_DESCRIPTION = (
    "\x1b[2J\x1b[H\x1b[31mred alert\x1b[0m injected by the server — "
    "עברית שלום · العربية مرحبا · 漢字テーブル · 🚀 wide"
)


def physical(i):
    return {
        "SubnetId": f"subnet-{i:08x}",
        "SecurityGroupIdList": [f"sg-{i:08x}", f"sg-{i + 1:08x}"],
        "AvailabilityZone": AZS[i % len(AZS)],
    }


def jdbc_input(name, i):
    engine, port, url = ENGINES[i % len(ENGINES)]
    host = f"{engine}-{i:04d}.cluster-abc123.us-east-1.rds.amazonaws.com"
    db = f"sales_{i % 7}"
    conn = {
        "Name": name,
        "ConnectionType": "JDBC",
        "ConnectionProperties": {
            "HOST": host,
            "PORT": str(port),
            "JDBC_CONNECTION_URL": url.format(host=host, db=db),
            "JDBC_ENFORCE_SSL": "true" if i % 2 else "false",
            "USERNAME": f"etl_user_{i % 13}",
            "PASSWORD": f"s3cret-{i:04d}-do-not-show",
        },
        "PhysicalConnectionRequirements": physical(i),
    }
    if i % 3 == 0:
        conn["Description"] = f"{engine} warehouse replica #{i} for the nightly ETL"
    if i % 5 == 0:
        conn["MatchCriteria"] = ["warehouse", engine]
    return conn


def kafka_input(name, i):
    brokers = ",".join(f"b-{n}.msk-{i:04d}.kafka.us-east-1.amazonaws.com:9094" for n in (1, 2, 3))
    conn = {
        "Name": name,
        "ConnectionType": "KAFKA",
        "ConnectionProperties": {
            "KAFKA_BOOTSTRAP_SERVERS": brokers,
            "KAFKA_SSL_ENABLED": "true",
        },
        "PhysicalConnectionRequirements": physical(i),
    }
    if i % 2:
        conn["Description"] = f"MSK cluster {i} (clickstream topics)"
    return conn


def mongodb_input(name, i):
    conn = {
        "Name": name,
        "ConnectionType": "MONGODB",
        "ConnectionProperties": {
            "CONNECTION_URL": f"mongodb://docdb-{i:04d}.cluster-xyz.us-east-1.docdb.amazonaws.com:27017/app",
            "USERNAME": f"reader_{i % 5}",
        },
    }
    if i % 4 == 2:
        conn["MatchCriteria"] = ["documents"]
    return conn


def network_input(name, i):
    conn = {
        "Name": name,
        "ConnectionType": "NETWORK",
        "ConnectionProperties": {},
        "PhysicalConnectionRequirements": physical(i),
        "Description": f"VPC reachability for job fleet {i % 9}",
    }
    return conn


BUILDERS = {"jdbc": jdbc_input, "kafka": kafka_input, "mongodb": mongodb_input, "network": network_input}


def connection_input(prefix, i):
    if i == 0:
        conn = jdbc_input(f"{prefix}-0000-escape", 0)
        conn["Description"] = ESCAPE_DESCRIPTION
        return conn
    kind = KINDS[i % len(KINDS)]
    return BUILDERS[kind](f"{prefix}-{i:04d}-{kind}", i)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", required=True, help="moto server URL, e.g. http://127.0.0.1:5000")
    parser.add_argument("--count", type=int, required=True, help="how many connections to create")
    parser.add_argument("--prefix", default="seed", help="name prefix (default: seed)")
    parser.add_argument("--region", default=os.environ.get("AWS_REGION") or "us-east-1")
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()

    # moto accepts any credentials; never reach for a real profile.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ.pop("AWS_PROFILE", None)

    client = boto3.client(
        "glue",
        endpoint_url=args.endpoint,
        region_name=args.region,
        config=Config(max_pool_connections=args.workers, retries={"max_attempts": 5, "mode": "standard"}),
    )

    def create(i):
        client.create_connection(ConnectionInput=connection_input(args.prefix, i))

    failures = []
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [pool.submit(create, i) for i in range(args.count)]
        for i, future in enumerate(futures):
            try:
                future.result()
            except Exception as e:  # noqa: BLE001 - report every failure, then exit non-zero
                failures.append(f"{args.prefix}-{i:04d}: {e}")

    for line in failures[:5]:
        print(f"moto_seed: {line}", file=sys.stderr)
    created = args.count - len(failures)
    print(f"created {created} connections")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
