#!/usr/bin/env python3
"""Generate assets/demo/connections.json, the catalog served by `glue-tui --demo`.

The output mimics `aws glue get-connections --hide-password` (pretty-printed
like the AWS CLI). Everything is deterministic: per-connection randomness
(timestamps, secret suffixes, key ids) is seeded from the connection name.
Run: python3 scripts/gen_demo_catalog.py
"""
import json
import random
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "demo" / "connections.json"
ACCOUNT, REGION = "123456789012", "us-east-1"
NOW = datetime(2026, 2, 20, 17, 0, tzinfo=timezone.utc)

KEY_ORDER = [
    "Name", "Description", "ConnectionType", "MatchCriteria", "ConnectionProperties",
    "SparkProperties", "AthenaProperties", "PythonProperties",
    "PhysicalConnectionRequirements", "CreationTime", "LastUpdatedTime", "LastUpdatedBy",
    "Status", "StatusReason", "LastConnectionValidationTime",
    "AuthenticationConfiguration", "ConnectionSchemaVersion", "CompatibleComputeEnvironments",
]
CLASSIC = {"JDBC", "KAFKA", "MONGODB", "NETWORK", "MARKETPLACE", "CUSTOM", "SFTP"}

SUBNETS = {  # name -> (SubnetId, SecurityGroupIdList, AvailabilityZone)
    "a": ("subnet-0a1b2c3d4e5f60718", ["sg-0f1e2d3c4b5a69788"], "us-east-1a"),
    "b": ("subnet-0b2c3d4e5f6071829", ["sg-0f1e2d3c4b5a69788", "sg-03c4d5e6f7a8b9c0d"], "us-east-1b"),
    "c": ("subnet-0c3d4e5f607182930", ["sg-07a8b9c0d1e2f3a4b"], "us-east-1c"),
    "d": ("subnet-0d4e5f60718293a4b", ["sg-0e5f6a7b8c9d0e1f2", "sg-0a9b8c7d6e5f4a3b2"], "us-east-1d"),
    "f": ("subnet-0f60718293a4b5c6d", ["sg-01d2e3f4a5b6c7d8e"], "us-east-1f"),
}
EDITORS = [
    f"arn:aws:iam::{ACCOUNT}:role/DataPlatformAdmin",
    f"arn:aws:iam::{ACCOUNT}:role/GlueServiceRole-DataPlatform",
    f"arn:aws:iam::{ACCOUNT}:user/terraform-ci",
    f"arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_DataEngineer_3f9a1c2b7d4e5f60/maria.gonzalez@example.com",
    f"arn:aws:sts::{ACCOUNT}:assumed-role/AWSReservedSSO_AdministratorAccess_8b2e4c6d1a3f5e70/kenji.sato@example.com",
    f"arn:aws:sts::{ACCOUNT}:assumed-role/github-actions-deploy/GitHubActions",
]
# READY connections that still show the message from their last successful test.
TESTED_OK = {"prod-orders-postgres", "msk-clickstream", "salesforce-crm-prod", "vpc-private-us-east-1a"}
CONNECTIONS = []


def vpc(key):
    subnet, sgs, az = SUBNETS[key]
    return {"SubnetId": subnet, "SecurityGroupIdList": sgs, "AvailabilityZone": az}


def secret_arn(rng, name):
    suffix = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6))
    return f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:{name}-{suffix}"


def ts(dt):
    return dt.isoformat(timespec="microseconds")


def add(name, ctype, desc=None, status="READY", reason=None, validated=None, **fields):
    """Register one connection; timestamps and audit fields are derived from the name."""
    rng = random.Random(name)
    if name in TESTED_OK:
        reason, validated = "Connection test succeeded.", True
    v2 = ctype not in CLASSIC
    if status == "IN_PROGRESS":  # being created right now
        created = NOW - timedelta(minutes=rng.randint(3, 40))
        updated = created + timedelta(seconds=rng.randint(1, 20))
    else:
        start = datetime(2024, 7, 1, tzinfo=timezone.utc) if v2 else datetime(2023, 1, 9, tzinfo=timezone.utc)
        span = (NOW - start).total_seconds() * 0.92
        created = start + timedelta(seconds=rng.uniform(0, span))
        updated = created + timedelta(seconds=rng.uniform(0, (NOW - created).total_seconds()) * rng.choice([0, 0.02, 0.3, 0.8]))
    created = created.replace(microsecond=rng.randint(0, 999) * 1000)
    updated = max(updated.replace(microsecond=rng.randint(0, 999) * 1000), created)
    conn = dict(fields, Name=name, Description=desc, ConnectionType=ctype, Status=status, StatusReason=reason,
                CreationTime=ts(created), LastUpdatedTime=ts(updated), LastUpdatedBy=rng.choice(EDITORS),
                ConnectionSchemaVersion=2 if v2 else 1)
    if validated if validated is not None else (status != "IN_PROGRESS" and rng.random() < 0.55):
        check = updated + timedelta(seconds=rng.uniform(5, (NOW - updated).total_seconds()))
        conn["LastConnectionValidationTime"] = ts(check.replace(microsecond=rng.randint(0, 999) * 1000))
    auth = conn.get("AuthenticationConfiguration")
    if auth is not None and auth.get("SecretArn") is True:  # placeholder -> deterministic ARN
        auth["SecretArn"] = secret_arn(rng, f"glue/{name}")
    if auth is not None and auth.pop("Kms", False):
        auth["KmsKeyArn"] = f"arn:aws:kms:{REGION}:{ACCOUNT}:key/{uuid.UUID(int=rng.getrandbits(128), version=4)}"
    if auth is not None:  # API order: AuthenticationType, SecretArn, KmsKeyArn, OAuth2Properties
        order = ["AuthenticationType", "SecretArn", "KmsKeyArn", "OAuth2Properties"]
        conn["AuthenticationConfiguration"] = {k: auth[k] for k in order if k in auth}
    CONNECTIONS.append({k: conn[k] for k in KEY_ORDER if conn.get(k) is not None})


def oauth2(grant, token_url, client_id=None, aws_ref=None, params=None, kms=False):
    app = {"UserManagedClientApplicationClientId": client_id} if client_id else {"AWSManagedClientApplicationReference": aws_ref}
    props = {"OAuth2GrantType": grant, "OAuth2ClientApplication": app, "TokenUrl": token_url}
    if params:
        props["TokenUrlParametersMap"] = params
    return {"AuthenticationType": "OAUTH2", "SecretArn": True, "Kms": kms, "OAuth2Properties": props}


def basic(kind="BASIC", kms=False):
    return {"AuthenticationType": kind, "SecretArn": True, "Kms": kms}


def role(name):
    return f"arn:aws:iam::{ACCOUNT}:role/{name}"


def athena_lambda(fn):
    return {"lambda_function_arn": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{fn}",
            "spill_bucket": "acme-athena-federation-spill", "spill_prefix": "spill", "disable_spill_encryption": "false"}


# --- JDBC (schema v1; catalog is served as if HidePassword=true, except two legacy dev connections) ---
def jdbc(name, url, desc=None, subnet="a", user=None, secret=None, ssl="true", password=None, **kw):
    props = {"JDBC_CONNECTION_URL": url, "JDBC_ENFORCE_SSL": ssl}
    if user:
        props["USERNAME"] = user
    if password:
        props["PASSWORD"] = password
    if secret:
        props["SECRET_ID"] = secret
    props.update(kw.pop("extra", {}))
    add(name, "JDBC", desc, ConnectionProperties=props, PhysicalConnectionRequirements=vpc(subnet) if subnet else None, **kw)


jdbc("prod-orders-postgres", "jdbc:postgresql://orders-db.internal.example.com:5432/orders",
     "Primary OLTP database for the order service (read-only user).", user="glue_reader", MatchCriteria=["orders", "prod"])
jdbc("prod-orders-postgres-replica", "jdbc:postgresql://orders-db-replica-1.internal.example.com:5432/orders",
     "Streaming replica used by nightly ETL to keep load off the primary.", subnet="b", secret="prod/orders/glue-etl",
     MatchCriteria=["orders", "prod", "replica"])
jdbc("analytics-redshift-rw", "jdbc:redshift://analytics-cluster.c7xk2pq9rtz1.us-east-1.redshift.amazonaws.com:5439/analytics",
     "Redshift warehouse, write access for curated-layer loads.", subnet="c", secret="prod/redshift/etl_writer",
     MatchCriteria=["redshift", "warehouse"])
jdbc("analytics-redshift-ro", "jdbc:redshift://analytics-cluster.c7xk2pq9rtz1.us-east-1.redshift.amazonaws.com:5439/analytics",
     "", subnet="c", user="bi_readonly")
jdbc("billing-mysql-prod", "jdbc:mysql://billing-db.internal.example.com:3306/billing",
     "Billing service MySQL 8.0 (Aurora). Invoices, payments, refunds.", subnet="a", secret="prod/billing/glue",
     MatchCriteria=["billing", "prod"])
jdbc("hr-aurora-mysql", "jdbc:mysql://hr-aurora.cluster-ro-cq1z8abc2def.us-east-1.rds.amazonaws.com:3306/workday_sync",
     "HR data synced from Workday. Contains PII: restricted to the people-analytics team.", subnet="d", secret="prod/hr/aurora-readonly")
jdbc("inventory-sqlserver", "jdbc:sqlserver://inv-sql01.corp.example.com:1433;databaseName=Inventory",
     "On-prem warehouse management system via Direct Connect.", subnet="f", user="svc_glue_inventory",
     extra={"CUSTOM_JDBC_CERT": "s3://acme-glue-assets/certs/corp-root-ca.pem", "SKIP_CUSTOM_JDBC_CERT_VALIDATION": "false"})
jdbc("finance-oracle-erp", "jdbc:oracle:thin://@erp-ora.corp.example.com:1521/FINPROD",
     "Oracle EBS general ledger (GL_*, AP_*, AR_* schemas).", subnet="f", secret="prod/finance/oracle-ebs",
     MatchCriteria=["finance", "erp"])
jdbc("legacy-crm-mysql-dev", "jdbc:mysql://10.20.4.17:3306/crm_legacy",
     "Old CRM database kept for the migration backfill. TODO: move credentials to Secrets Manager.",
     subnet="b", ssl="false", user="crm_admin", password="Welcome2023!")
jdbc("staging-users-postgres", "jdbc:postgresql://users-db.staging.example.com:5432/users",
     None, subnet="a", user="etl_staging", password="stg-etl-Pa55w0rd")
jdbc("marketing-postgres-dev", "jdbc:postgresql://marketing-db.dev.example.com:5432/campaigns",
     "Dev copy of the campaigns DB.", subnet="b", user="dev_reader", ssl="false")
jdbc("tokyo-warehouse-replica", "jdbc:postgresql://tokyo-wh-replica.apne1.internal.example.com:5432/warehouse",
     "Tokyo 東京 warehouse replica — مرحبا بالعالم", subnet="d", secret="prod/apac/warehouse-replica")
jdbc("fraud-features-postgres", "jdbc:postgresql://fraud-db.internal.example.com:5432/features",
     "Feature tables for the fraud scoring model.", subnet="c", user="ml_features", status="FAILED", validated=True,
     reason="Unable to connect to host fraud-db.internal.example.com:5432 from subnet subnet-0c3d4e5f607182930: "
            "connection timed out. Check the security group's inbound rules.")
jdbc("logistics-sqlserver-dw", "jdbc:sqlserver://logistics-dw.corp.example.com:1433;databaseName=LogisticsDW;encrypt=true",
     "Carrier shipments and delivery SLAs.", subnet="f", secret="prod/logistics/dw-reader", MatchCriteria=["logistics"])

# --- Kafka (schema v1) ---
MSK = "b-{}.{}.k7f2m1.c3.kafka.us-east-1.amazonaws.com:{}"


def kafka(name, servers, desc=None, subnet="b", ssl="true", **kw):
    props = {"KAFKA_BOOTSTRAP_SERVERS": servers, "KAFKA_SSL_ENABLED": ssl}
    props.update(kw.pop("extra", {}))
    add(name, "KAFKA", desc, ConnectionProperties=props, PhysicalConnectionRequirements=vpc(subnet), **kw)


kafka("msk-clickstream", ",".join(MSK.format(i, "clickstream", 9098) for i in (1, 2, 3)),
      "Web and app clickstream events (IAM auth).", extra={"KAFKA_SASL_MECHANISM": "AWS_MSK_IAM"},
      MatchCriteria=["clickstream", "streaming"])
kafka("msk-orders-events", ",".join(MSK.format(i, "orders-events", 9096) for i in (1, 2)),
      "Order lifecycle events (OrderPlaced, OrderShipped, ...).", subnet="a",
      extra={"KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
             "KAFKA_SASL_SCRAM_SECRETS_ARN": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:AmazonMSK_orders-events-glue-Qm3xTz"},
      MatchCriteria=["orders", "prod"])
kafka("msk-cdc-debezium", ",".join(MSK.format(i, "cdc", 9096) for i in (1, 2, 3)),
      "Debezium CDC topics for the core Postgres databases.", subnet="c", status="FAILED", validated=True,
      extra={"KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
             "KAFKA_SASL_SCRAM_SECRETS_ARN": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:AmazonMSK_cdc-glue-7hKp2W"},
      reason="Authentication failed during SASL handshake with b-1.cdc.k7f2m1.c3.kafka.us-east-1.amazonaws.com:9096: "
             "Authentication failed due to invalid credentials with SASL mechanism SCRAM-SHA-512.")
kafka("kafka-iot-telemetry", "kafka-01.iot.internal.example.com:9093,kafka-02.iot.internal.example.com:9093,"
      "kafka-03.iot.internal.example.com:9093", "Self-managed Kafka cluster for device telemetry.", subnet="d",
      extra={"KAFKA_SASL_MECHANISM": "SCRAM-SHA-256", "KAFKA_SASL_SCRAM_USERNAME": "glue-telemetry",
             "KAFKA_SASL_SCRAM_PASSWORD": "t3lemetry-Scram-2024",
             "KAFKA_CUSTOM_CERT": "s3://acme-glue-assets/certs/iot-kafka-ca.pem", "KAFKA_SKIP_CUSTOM_CERT_VALIDATION": "false"})
kafka("kafka-logs-gssapi", "kafka-logs-1.corp.example.com:9092,kafka-logs-2.corp.example.com:9092",
      "Application logs from the on-prem Kerberized Kafka.", subnet="f",
      extra={"KAFKA_SASL_MECHANISM": "GSSAPI", "KAFKA_SASL_GSSAPI_KEYTAB": "s3://acme-glue-assets/kerberos/glue.keytab",
             "KAFKA_SASL_GSSAPI_KRB5_CONF": "s3://acme-glue-assets/kerberos/krb5.conf",
             "KAFKA_SASL_GSSAPI_SERVICE": "kafka", "KAFKA_SASL_GSSAPI_PRINCIPAL": "glue/etl@CORP.EXAMPLE.COM"})
kafka("kafka-payments-stream", "pkc-4r087.us-east-1.aws.confluent.cloud:9092", "", subnet="a",
      extra={"KAFKA_SASL_MECHANISM": "PLAIN", "KAFKA_SASL_PLAIN_USERNAME": "GLUEPAYMENTS7QX2",
             "SECRET_ID": "prod/confluent/payments-api-key"})

# --- MongoDB / DocumentDB (schema v1) ---
for name, url, desc, subnet, user in [
    ("catalog-mongodb-prod", "mongodb://catalog-mongo-0.internal.example.com:27017,catalog-mongo-1.internal.example.com:27017/catalog",
     "Product catalog (replica set rs0).", "a", "glue_catalog_ro"),
    ("docdb-user-profiles", "mongodb://user-profiles.cluster-c9abcd1efgh2.us-east-1.docdb.amazonaws.com:27017/profiles",
     "DocumentDB cluster with user profile documents.", "b", "glue_profiles"),
    ("reviews-atlas-mongodb", "mongodb+srv://reviews-prod.x7k2p.mongodb.net/reviews", None, "c", "glue-reviews"),
    ("sessions-mongodb-dev", "mongodb://sessions-mongo.dev.example.com:27017/sessions", "Dev sessions store; data is synthetic.", "d", "dev"),
]:
    add(name, "MONGODB", desc, ConnectionProperties={"CONNECTION_URL": url, "USERNAME": user, "JDBC_ENFORCE_SSL": "true"},
        PhysicalConnectionRequirements=vpc(subnet))

# --- Network-only (schema v1) ---
for name, desc, subnet in [
    ("vpc-private-us-east-1a", "Private subnet path for Glue jobs that read S3 via the gateway endpoint.", "a"),
    ("vpc-private-us-east-1b", None, "b"),
    ("vpc-private-us-east-1c", "", "c"),
    ("network-onprem-dx", "Route to the corporate data center over Direct Connect.", "f"),
    ("network-emr-shared", "Shared subnet with the EMR clusters (Hive metastore access).", "d"),
]:
    add(name, "NETWORK", desc, PhysicalConnectionRequirements=vpc(subnet))

# --- Marketplace and custom connectors (schema v1) ---
ECR = "https://709825985650.dkr.ecr.us-east-1.amazonaws.com"
for name, ctype, desc, subnet, props in [
    ("snowflake-marketplace-dw", "MARKETPLACE", "Snowflake (ACME_DW) through the AWS Marketplace connector.", "a",
     {"CONNECTOR_URL": f"{ECR}/snowflake/snowflake-connector-for-glue:2.12.0", "CONNECTOR_TYPE": "Spark",
      "CONNECTOR_CLASS_NAME": "net.snowflake.spark.snowflake", "SECRET_ID": "prod/snowflake/glue_loader"}),
    ("elasticsearch-marketplace-logs", "MARKETPLACE", None, "b",
     {"CONNECTOR_URL": f"{ECR}/amazon-web-services/glue-elasticsearch-connector:7.13.4", "CONNECTOR_TYPE": "Spark",
      "CONNECTOR_CLASS_NAME": "org.elasticsearch.spark.sql", "SECRET_ID": "prod/elastic/glue"}),
    ("cloudwatch-logs-marketplace", "MARKETPLACE", "CloudWatch Logs via the Athena federated query connector.", None,
     {"CONNECTOR_URL": f"{ECR}/amazon-web-services/athena-cloudwatch-connector:2022.47.1", "CONNECTOR_TYPE": "Athena",
      "CONNECTOR_CLASS_NAME": "com.amazonaws.athena.connectors.cloudwatch.CloudwatchCompositeHandler"}),
    ("clickhouse-events-custom", "CUSTOM", "ClickHouse product analytics; custom JDBC driver from S3.", "c",
     {"CONNECTOR_URL": "s3://acme-glue-assets/connectors/clickhouse-jdbc-0.6.0-all.jar", "CONNECTOR_TYPE": "JDBC",
      "CONNECTOR_CLASS_NAME": "com.clickhouse.jdbc.ClickHouseDriver",
      "JDBC_CONNECTION_URL": "jdbc:clickhouse://clickhouse.analytics.internal.example.com:8443/events?ssl=true",
      "SECRET_ID": "prod/clickhouse/glue"}),
    ("db2-mainframe-custom", "CUSTOM", "IBM Db2 z/OS core banking extracts (read-only).", "f",
     {"CONNECTOR_URL": "s3://acme-glue-assets/connectors/db2jcc4-11.5.9.jar", "CONNECTOR_TYPE": "JDBC",
      "CONNECTOR_CLASS_NAME": "com.ibm.db2.jcc.DB2Driver",
      "JDBC_CONNECTION_URL": "jdbc:db2://mf-db2.corp.example.com:446/DSNPROD", "SECRET_ID": "prod/mainframe/db2-glue"}),
    ("trino-lakehouse-custom", "CUSTOM", "", "d",
     {"CONNECTOR_URL": "s3://acme-glue-assets/connectors/trino-jdbc-435.jar", "CONNECTOR_TYPE": "JDBC",
      "CONNECTOR_CLASS_NAME": "io.trino.jdbc.TrinoDriver",
      "JDBC_CONNECTION_URL": "jdbc:trino://trino.lakehouse.internal.example.com:8443/hive", "SECRET_ID": "prod/trino/glue"}),
]:
    add(name, ctype, desc, ConnectionProperties=props, PhysicalConnectionRequirements=vpc(subnet) if subnet else None)

# --- SaaS connectors (schema v2, OAuth2 / custom auth) ---
SF_TOKEN = "https://login.salesforce.com/services/oauth2/token"
GOOGLE_TOKEN = "https://oauth2.googleapis.com/token"
SPARK_ATHENA_PY = ["SPARK", "ATHENA", "PYTHON"]


def saas(name, ctype, desc, props, auth, envs=("SPARK",), **kw):
    add(name, ctype, desc, ConnectionProperties=dict(props, ROLE_ARN=role("GlueSaaSConnectorRole")),
        AuthenticationConfiguration=auth, CompatibleComputeEnvironments=list(envs), **kw)


saas("salesforce-crm-prod", "SALESFORCE", "Sales Cloud production org (Accounts, Opportunities, Leads).",
     {"INSTANCE_URL": "https://acme.my.salesforce.com", "API_VERSION": "v60.0"},
     oauth2("AUTHORIZATION_CODE", SF_TOKEN, aws_ref="aws-glue-salesforce", kms=True), envs=SPARK_ATHENA_PY,
     MatchCriteria=["salesforce", "crm", "prod"], SparkProperties={"entityName": "Opportunity", "apiVersion": "v60.0"},
     AthenaProperties=athena_lambda("athena-salesforce-connector"))
saas("salesforce-crm-sandbox", "SALESFORCE", "Full-copy sandbox, refreshed monthly.",
     {"INSTANCE_URL": "https://acme--fullsb.sandbox.my.salesforce.com", "API_VERSION": "v60.0"},
     oauth2("AUTHORIZATION_CODE", "https://test.salesforce.com/services/oauth2/token",
            client_id="3MVG9dAEux2v1sLuH0qJ8rT5ZkXoYb7mC4nW1pEaFgHiJkLmNoPqRsTuVwXyZ"),
     status="FAILED", validated=True,
     reason="Failed to exchange the OAuth2 authorization code for an access token at "
            "https://test.salesforce.com/services/oauth2/token: invalid_grant (expired access/refresh token). "
            "Re-authorize the connection.")
saas("salesforce-service-cloud", "SALESFORCE", "Service Cloud cases via JWT bearer flow (integration user).",
     {"INSTANCE_URL": "https://acme.my.salesforce.com", "API_VERSION": "v59.0"},
     oauth2("JWT_BEARER", SF_TOKEN, client_id="3MVG9rZjd7MXFdLhQ2bT8vNcP1xK4sW6yA0uE5gH9jL3mR7tY2iO8pU4qZ6wS1",
            params={"aud": "https://login.salesforce.com"}), envs=["SPARK", "PYTHON"])
saas("servicenow-itsm-prod", "SERVICENOW", "ITSM incidents, changes and CMDB.",
     {"INSTANCE_URL": "https://acme.service-now.com"},
     oauth2("AUTHORIZATION_CODE", "https://acme.service-now.com/oauth_token.do", client_id="b7e4c2a19f3d4e8a9c6b5d2f1e0a7c3b"),
     envs=SPARK_ATHENA_PY, MatchCriteria=["itsm"])
saas("servicenow-hr-dev", "SERVICENOW", None, {"INSTANCE_URL": "https://acmedev.service-now.com"}, basic())
saas("slack-workspace-analytics", "SLACK", "Channel and message metadata for internal comms analytics.",
     {"INSTANCE_URL": "https://acme.slack.com"},
     oauth2("AUTHORIZATION_CODE", "https://slack.com/api/oauth.v2.access", client_id="4817203958.6120394857362"))
saas("slack-support-community", "SLACK", "", {"INSTANCE_URL": "https://acme-community.slack.com"},
     oauth2("AUTHORIZATION_CODE", "https://slack.com/api/oauth.v2.access", aws_ref="aws-glue-slack"))
saas("googleads-performance-marketing", "GOOGLEADS", "Google Ads MCC 123-456-7890: campaign and keyword stats.",
     {"API_VERSION": "v16", "ACCOUNT_ID": "1234567890"},
     oauth2("AUTHORIZATION_CODE", GOOGLE_TOKEN, client_id="842093756281-q3v8c1k2m9n4p7r5s6t0u.apps.googleusercontent.com",
            params={"access_type": "offline"}, kms=True), envs=["SPARK", "ATHENA"])
saas("googleads-brand-campaigns", "GOOGLEADS", None, {"API_VERSION": "v16", "ACCOUNT_ID": "9876543210"},
     oauth2("AUTHORIZATION_CODE", GOOGLE_TOKEN, aws_ref="aws-glue-googleads"))
saas("googlesheets-finance-forecasts", "GOOGLESHEETS", "Finance planning spreadsheets (FP&A shared drive).", {},
     oauth2("AUTHORIZATION_CODE", GOOGLE_TOKEN, aws_ref="aws-glue-googlesheets"), envs=["SPARK", "PYTHON"])
saas("ga4-web-property", "GOOGLEANALYTICS4", "GA4 property 312456789 (www.example.com).", {"API_VERSION": "v1beta"},
     oauth2("AUTHORIZATION_CODE", GOOGLE_TOKEN, client_id="842093756281-h5j2k8l1z4x7c0v3b6n9m.apps.googleusercontent.com"))
saas("zendesk-support-prod", "ZENDESK", "Tickets, users and satisfaction ratings.",
     {"INSTANCE_URL": "https://acme.zendesk.com"},
     oauth2("AUTHORIZATION_CODE", "https://acme.zendesk.com/oauth/tokens", client_id="glue_data_platform"),
     envs=SPARK_ATHENA_PY, AthenaProperties=athena_lambda("athena-zendesk-connector"))
saas("zendesk-guide-helpcenter", "ZENDESK", None, {"INSTANCE_URL": "https://acmehelp.zendesk.com"},
     oauth2("AUTHORIZATION_CODE", "https://acmehelp.zendesk.com/oauth/tokens", aws_ref="aws-glue-zendesk"))
saas("hubspot-marketing-prod", "HUBSPOT", "Contacts, companies and email engagement.",
     {"INSTANCE_URL": "https://api.hubapi.com"},
     oauth2("AUTHORIZATION_CODE", "https://api.hubapi.com/oauth/v1/token", client_id="5f3a9c1e-7b2d-4e8f-a6c0-91d2b3e4f5a6"),
     MatchCriteria=["marketing"])
saas("hubspot-sales-pipeline", "HUBSPOT", "", {"INSTANCE_URL": "https://api.hubapi.com"},
     oauth2("AUTHORIZATION_CODE", "https://api.hubapi.com/oauth/v1/token", aws_ref="aws-glue-hubspot"),
     status="IN_PROGRESS")
saas("jira-cloud-engineering", "JIRACLOUD", "Engineering issues and sprints for delivery metrics.",
     {"INSTANCE_URL": "https://acme.atlassian.net", "CLOUD_ID": "6c2d1f0e-9a8b-4c7d-8e6f-5a4b3c2d1e0f"},
     oauth2("AUTHORIZATION_CODE", "https://auth.atlassian.com/oauth/token", client_id="Zq8xK2mN4pR6sT0vW3yA5bC7dE9fG1hJ"),
     envs=["SPARK", "ATHENA"])
saas("jira-cloud-service-desk", "JIRACLOUD", None,
     {"INSTANCE_URL": "https://acme-support.atlassian.net", "CLOUD_ID": "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"},
     oauth2("AUTHORIZATION_CODE", "https://auth.atlassian.com/oauth/token", aws_ref="aws-glue-jiracloud", kms=True))
saas("marketo-leads", "MARKETO", "Marketo lead activity export.", {"INSTANCE_URL": "https://123-ABC-456.mktorest.com"},
     oauth2("CLIENT_CREDENTIALS", "https://123-ABC-456.mktorest.com/identity/oauth/token",
            client_id="a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"))
saas("netsuite-erp-finance", "NETSUITEERP", "NetSuite subsidiaries: journal entries and vendor bills.",
     {"INSTANCE_URL": "https://1234567.suitetalk.api.netsuite.com", "ACCOUNT_ID": "1234567"},
     oauth2("AUTHORIZATION_CODE", "https://1234567.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token",
            client_id="9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"), status="IN_PROGRESS")
saas("facebookads-paid-social", "FACEBOOKADS", "Meta ads account act_1029384756.", {"API_VERSION": "v19.0"},
     oauth2("AUTHORIZATION_CODE", "https://graph.facebook.com/v19.0/oauth/access_token", client_id="1234567890123456"))
saas("sap-odata-s4hana", "SAPODATA", "S/4HANA sales order OData services (API_SALES_ORDER_SRV).",
     {"INSTANCE_URL": "https://s4h.corp.example.com:44300", "SAP_CLIENT": "100"}, basic(kms=True),
     PhysicalConnectionRequirements=vpc("f"))
saas("stripe-payments", "STRIPE", "Charges, payouts and disputes (restricted API key).", {"API_VERSION": "2024-06-20"},
     basic("CUSTOM"), envs=["SPARK", "PYTHON"], PythonProperties={"page_size": "100"})
saas("datadog-observability", "DATADOG", None, {"INSTANCE_URL": "https://api.datadoghq.com"}, basic("CUSTOM"))
saas("zoho-crm-emea", "ZOHOCRM", "Zoho CRM used by the EMEA reseller team.", {"INSTANCE_URL": "https://www.zohoapis.eu"},
     oauth2("AUTHORIZATION_CODE", "https://accounts.zoho.eu/oauth/v2/token", client_id="1000.QWERTY12345ASDFG67890ZXCVB"))

# --- View validation (schema v2) ---
add("view-validation-redshift-prod", "VIEW_VALIDATION_REDSHIFT", "Validates multi-dialect Data Catalog views against Redshift.",
    ConnectionProperties={"ROLE_ARN": role("GlueViewValidationRole"), "REGION": REGION,
                          "CLUSTER_IDENTIFIER": "analytics-cluster", "DATABASE": "analytics"})
add("view-validation-redshift-serverless", "VIEW_VALIDATION_REDSHIFT", None,
    ConnectionProperties={"ROLE_ARN": role("GlueViewValidationRole"), "REGION": REGION,
                          "WORKGROUP_NAME": "bi-serverless", "DATABASE": "dev"})
add("view-validation-athena-primary", "VIEW_VALIDATION_ATHENA", "Athena dialect checks for catalog views.",
    ConnectionProperties={"ROLE_ARN": role("GlueViewValidationRole"), "REGION": REGION, "WORKGROUP_NAME": "primary"})
add("view-validation-athena-analysts", "VIEW_VALIDATION_ATHENA", "",
    ConnectionProperties={"ROLE_ARN": role("GlueViewValidationRole"), "REGION": REGION, "WORKGROUP_NAME": "analysts-v3"})

# --- Native database connectors (schema v2) ---
for name, ctype, desc, props, kind, subnet, envs in [
    ("pg-inventory-native", "POSTGRESQL", "Inventory service Postgres 16 (native connector).",
     {"HOST": "inventory-db.internal.example.com", "PORT": "5432", "DATABASE": "inventory"}, "BASIC", "a", SPARK_ATHENA_PY),
    ("pg-subscriptions-native", "POSTGRESQL", None,
     {"HOST": "subscriptions.cluster-cq1z8abc2def.us-east-1.rds.amazonaws.com", "PORT": "5432", "DATABASE": "subs"},
     "IAM", "b", ["SPARK"]),
    ("mysql-loyalty-native", "MYSQL", "Loyalty points ledger.",
     {"HOST": "loyalty-db.internal.example.com", "PORT": "3306", "DATABASE": "loyalty"}, "BASIC", "c", ["SPARK", "ATHENA"]),
    ("mysql-cms-native", "MYSQL", "", {"HOST": "cms-db.internal.example.com", "PORT": "3306", "DATABASE": "wordpress"},
     "BASIC", "a", ["SPARK"]),
    ("oracle-supply-chain", "ORACLE", "Supply chain planning (Oracle 19c).",
     {"HOST": "scm-ora.corp.example.com", "PORT": "1521", "DATABASE": "SCMPROD"}, "BASIC", "f", ["SPARK"]),
    ("sqlserver-pos-native", "SQLSERVER", "Point-of-sale transactions from stores.",
     {"HOST": "pos-sql.corp.example.com", "PORT": "1433", "DATABASE": "POS"}, "BASIC", "f", SPARK_ATHENA_PY),
    ("azuresql-partner-portal", "AZURESQL", "Partner portal DB hosted in Azure (over site-to-site VPN).",
     {"HOST": "partner-portal.database.windows.net", "PORT": "1433", "DATABASE": "portal"}, "BASIC", "d", ["SPARK"]),
    ("bigquery-ga-export", "BIGQUERY", "GA4 BigQuery export (project acme-analytics).",
     {"PROJECT_ID": "acme-analytics", "DATASET": "analytics_312456789"}, "CUSTOM", None, ["SPARK", "ATHENA"]),
    ("bigquery-marketing-mart", "BIGQUERY", None, {"PROJECT_ID": "acme-marketing-mart"}, "CUSTOM", None, ["SPARK"]),
    ("dynamodb-feature-store", "DYNAMODB", "Online feature store tables (cross-account read).",
     {"REGION": REGION}, "IAM", None, ["SPARK", "ATHENA"]),
    ("dynamodb-carts", "DYNAMODB", "", {"REGION": "us-west-2"}, "IAM", None, ["SPARK"]),
    ("opensearch-search-logs", "OPENSEARCH", "Search query logs domain.",
     {"ENDPOINT": "https://vpc-search-logs-a1b2c3d4e5f6g7h8.us-east-1.es.amazonaws.com", "REGION": REGION},
     "IAM", "c", ["SPARK"]),
    ("documentdb-orders-archive", "DOCUMENTDB", "Archived order documents (2019-2022).",
     {"HOST": "orders-archive.cluster-c9abcd1efgh2.us-east-1.docdb.amazonaws.com", "PORT": "27017",
      "DATABASE": "archive"}, "BASIC", "b", ["SPARK"]),
    ("teradata-edw-legacy", "TERADATA", "Legacy EDW, decommission planned for Q3.",
     {"HOST": "edw-td.corp.example.com", "PORT": "1025", "DATABASE": "EDW_PROD"}, "BASIC", "f", ["SPARK"]),
    ("saphana-bw", "SAPHANA", "SAP BW/4HANA reporting views.",
     {"HOST": "bw-hana.corp.example.com", "PORT": "30015", "DATABASE": "BWP"}, "BASIC", "f", ["SPARK"]),
    ("vertica-adtech", "VERTICA", None, {"HOST": "vertica.adtech.internal.example.com", "PORT": "5433", "DATABASE": "adtech"},
     "BASIC", "d", ["SPARK"]),
]:
    extra = {}
    if name == "pg-inventory-native":
        extra = {"SparkProperties": {"fetchsize": "10000"}, "AthenaProperties": athena_lambda("athena-postgresql-connector"),
                 "PythonProperties": {"sslmode": "require"}}
    add(name, ctype, desc, ConnectionProperties=props, AuthenticationConfiguration=basic(kind, kms=(ctype == "ORACLE")),
        PhysicalConnectionRequirements=vpc(subnet) if subnet else None, CompatibleComputeEnvironments=envs,
        status="IN_PROGRESS" if name == "bigquery-ga-export" else "READY", **extra)

CONNECTIONS.sort(key=lambda c: c["Name"])
OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({"ConnectionList": CONNECTIONS}, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {len(CONNECTIONS)} connections to {OUT}")
