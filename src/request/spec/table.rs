//! The data behind `spec_for` / `all_specs`. See the module comment of `spec` for why most types have no fields.

use super::{EitherOr, FieldKind, PropertyField, Requirement, TypeGroup, TypeSpec};
use FieldKind::*;
use Requirement::{OneOf, Optional, Required, Usual};
use TypeGroup::*;

const fn f(key: &'static str, label: &'static str, kind: FieldKind, required: Requirement, help: &'static str) -> PropertyField {
    PropertyField { key, label, kind, required, help }
}

// Either/or group ids, named by what the group chooses.
const ENDPOINT: &str = "endpoint";
const CREDENTIALS: &str = "credentials";
const TARGET: &str = "target";

const JDBC_ENGINES: &[&str] = &["mysql", "postgres", "oracle", "sqlserver", "redshift"];
const SASL_MECHANISMS: &[&str] = &["SCRAM-SHA-512", "GSSAPI", "AWS_MSK_IAM", "PLAIN"];

const JDBC_FIELDS: &[PropertyField] = &[
    f("HOST", "Host", Text, OneOf(ENDPOINT), "Database host name; with PORT and JDBC_ENGINE instead of a JDBC URL"),
    f("PORT", "Port", Port, OneOf(ENDPOINT), "Database port, 1024–65535"),
    f("JDBC_ENGINE", "Engine", Choice(JDBC_ENGINES), OneOf(ENDPOINT), "Database engine behind HOST and PORT"),
    f("JDBC_ENGINE_VERSION", "Engine version", Text, Optional, "Engine version, e.g. 8.0"),
    f("JDBC_CONNECTION_URL", "JDBC URL", Url { prefixes: &["jdbc:"] }, OneOf(ENDPOINT), "e.g. jdbc:postgresql://host:5432/db; instead of HOST, PORT and JDBC_ENGINE"),
    f("USERNAME", "User name", Text, OneOf(CREDENTIALS), "With PASSWORD, or give SECRET_ID instead"),
    f("PASSWORD", "Password", Secret, OneOf(CREDENTIALS), "With USERNAME, or give SECRET_ID instead"),
    f("SECRET_ID", "Secret", Text, OneOf(CREDENTIALS), "Secrets Manager secret holding the credentials"),
    f("JDBC_ENFORCE_SSL", "Require SSL", Bool, Optional, "true: the connection fails without SSL"),
    f("CUSTOM_JDBC_CERT", "Custom certificate", S3Uri, Optional, "S3 location of a root certificate for SSL"),
    f("SKIP_CUSTOM_JDBC_CERT_VALIDATION", "Skip certificate validation", Bool, Optional, "true: do not validate CUSTOM_JDBC_CERT's signing algorithm and key length"),
    f("CUSTOM_JDBC_CERT_STRING", "Certificate string", Text, Optional, "Domain match string for the server certificate"),
    f("JDBC_DRIVER_JAR_URI", "Driver JAR", S3Uri, Optional, "S3 location of a custom JDBC driver JAR"),
    f("JDBC_DRIVER_CLASS_NAME", "Driver class", Text, Optional, "Class name of the custom JDBC driver"),
];

// Which SASL keys matter depends on KAFKA_SASL_MECHANISM; one static table cannot say so, the help does.
const KAFKA_FIELDS: &[PropertyField] = &[
    f("KAFKA_BOOTSTRAP_SERVERS", "Bootstrap servers", HostPortList, Required, "Comma-separated host:port list, e.g. b-1.msk:9094,b-2.msk:9094"),
    f("KAFKA_SSL_ENABLED", "SSL", Bool, Optional, "true: connect over SSL"),
    f("KAFKA_CUSTOM_CERT", "Custom CA certificate", S3Uri, Optional, "S3 location of a private CA certificate"),
    f("KAFKA_SKIP_CUSTOM_CERT_VALIDATION", "Skip certificate validation", Bool, Optional, "true: do not validate KAFKA_CUSTOM_CERT"),
    f("KAFKA_CLIENT_KEYSTORE", "Client keystore", S3Uri, Optional, "S3 location of the client keystore for TLS"),
    f("KAFKA_CLIENT_KEYSTORE_PASSWORD", "Keystore password", Secret, Optional, "Password of the client keystore"),
    f("KAFKA_CLIENT_KEY_PASSWORD", "Key password", Secret, Optional, "Password of the key in the keystore"),
    f("KAFKA_SASL_MECHANISM", "SASL mechanism", Choice(SASL_MECHANISMS), Optional, "How the client authenticates"),
    f("KAFKA_SASL_PLAIN_USERNAME", "SASL/PLAIN user name", Text, Optional, "For SASL mechanism PLAIN"),
    f("KAFKA_SASL_PLAIN_PASSWORD", "SASL/PLAIN password", Secret, Optional, "For SASL mechanism PLAIN"),
    f("KAFKA_SASL_SCRAM_USERNAME", "SASL/SCRAM user name", Text, Optional, "For SCRAM-SHA-512"),
    f("KAFKA_SASL_SCRAM_PASSWORD", "SASL/SCRAM password", Secret, Optional, "For SCRAM-SHA-512"),
    f("KAFKA_SASL_SCRAM_SECRETS_ARN", "SASL/SCRAM secret", Arn, Optional, "For SCRAM-SHA-512: Secrets Manager ARN instead of user name and password"),
    f("KAFKA_SASL_GSSAPI_KEYTAB", "Kerberos keytab", S3Uri, Optional, "For GSSAPI: S3 location of the keytab"),
    f("KAFKA_SASL_GSSAPI_KRB5_CONF", "krb5.conf", S3Uri, Optional, "For GSSAPI: S3 location of krb5.conf"),
    f("KAFKA_SASL_GSSAPI_SERVICE", "Kerberos service", Text, Optional, "For GSSAPI: the brokers' service name"),
    f("KAFKA_SASL_GSSAPI_PRINCIPAL", "Kerberos principal", Text, Optional, "For GSSAPI: the client principal"),
];

const MONGODB_FIELDS: &[PropertyField] = &[
    f("CONNECTION_URL", "Connection URL", Url { prefixes: &["mongodb://", "mongodb+srv://"] }, Required, "e.g. mongodb://host:27017/db"),
    f("USERNAME", "User name", Text, OneOf(CREDENTIALS), "With PASSWORD, or give SECRET_ID instead"),
    f("PASSWORD", "Password", Secret, OneOf(CREDENTIALS), "With USERNAME, or give SECRET_ID instead"),
    f("SECRET_ID", "Secret", Text, OneOf(CREDENTIALS), "Secrets Manager secret holding the credentials"),
];

// Marketplace requires the credentials only for Jdbc connectors, which one static group cannot say: they stay
// optional here and the help says when they matter. CONNECTOR_TYPE stays free text: the reference names no values.
// The reference lists CONNECTION_URL as required, but Spark connectors are created without one by code that runs
// against Glue (awslabs/aws-athena-query-federation's TPC-DS generator, tests/real_inputs/athena-fed-*-marketplace.json):
// Glue decides, so a missing one is a warning.
const MARKETPLACE_FIELDS: &[PropertyField] = &[
    f("CONNECTOR_URL", "Connector URL", Text, Required, "Where the connector image or JAR is"),
    f("CONNECTOR_TYPE", "Connector type", Text, Required, "Jdbc, Spark or Athena"),
    f("CONNECTOR_CLASS_NAME", "Connector class", Text, Required, "Class name of the connector"),
    f("CONNECTION_URL", "Connection URL", Text, Usual, "URL the connector connects to; Spark connectors may have none"),
    f("USERNAME", "User name", Text, Optional, "Jdbc connectors: with PASSWORD, or SECRET_ID"),
    f("PASSWORD", "Password", Secret, Optional, "Jdbc connectors: with USERNAME, or SECRET_ID"),
    f("SECRET_ID", "Secret", Text, Optional, "Jdbc connectors: instead of USERNAME and PASSWORD"),
];

// The reference names no required keys for CUSTOM: the same fields as MARKETPLACE, all optional.
const CUSTOM_FIELDS: &[PropertyField] = &[
    f("CONNECTOR_URL", "Connector URL", Text, Optional, "S3 location of the connector JAR"),
    f("CONNECTOR_TYPE", "Connector type", Text, Optional, "Jdbc, Spark or Athena"),
    f("CONNECTOR_CLASS_NAME", "Connector class", Text, Optional, "Class name of the connector"),
    f("CONNECTION_URL", "Connection URL", Text, Optional, "URL the connector connects to"),
    f("USERNAME", "User name", Text, Optional, "With PASSWORD, or SECRET_ID"),
    f("PASSWORD", "Password", Secret, Optional, "With USERNAME, or SECRET_ID"),
    f("SECRET_ID", "Secret", Text, Optional, "Instead of USERNAME and PASSWORD"),
];

const VIEW_REDSHIFT_FIELDS: &[PropertyField] = &[
    f("ROLE_ARN", "Role", Arn, Usual, "IAM role Glue assumes to validate views in Redshift"),
    f("REGION", "Region", Text, Optional, "Region of the workgroup or cluster, e.g. eu-west-1"),
    f("WORKGROUP_NAME", "Workgroup", Text, OneOf(TARGET), "Redshift Serverless workgroup; or CLUSTER_IDENTIFIER"),
    f("CLUSTER_IDENTIFIER", "Cluster", Text, OneOf(TARGET), "Provisioned cluster; or WORKGROUP_NAME"),
    f("DATABASE", "Database", Text, Usual, "Redshift database"),
];

const VIEW_ATHENA_FIELDS: &[PropertyField] = &[
    f("ROLE_ARN", "Role", Arn, Usual, "IAM role Glue assumes to validate views in Athena"),
    f("REGION", "Region", Text, Optional, "Region of the workgroup, e.g. eu-west-1"),
    f("WORKGROUP_NAME", "Workgroup", Text, Usual, "Athena workgroup"),
];

const CREDENTIALS_GROUP: EitherOr = EitherOr { id: CREDENTIALS, alternatives: &[&["USERNAME", "PASSWORD"], &["SECRET_ID"]], stated: true, secret_reference: true };

const fn spec(connection_type: &'static str, group: TypeGroup, summary: &'static str, fields: &'static [PropertyField], either_or: &'static [EitherOr]) -> TypeSpec {
    TypeSpec { connection_type, group, summary, supported: true, fields, either_or, needs_network: false }
}

/// A type whose fields come from DescribeConnectionType at run time.
const fn runtime(connection_type: &'static str, group: TypeGroup, summary: &'static str) -> TypeSpec {
    spec(connection_type, group, summary, &[], &[])
}

pub(super) static SPECS: &[TypeSpec] = &[
    spec("JDBC", Databases, "Any database through a JDBC driver", JDBC_FIELDS, &[
        EitherOr { id: ENDPOINT, alternatives: &[&["HOST", "PORT", "JDBC_ENGINE"], &["JDBC_CONNECTION_URL"]], stated: true, secret_reference: false },
        CREDENTIALS_GROUP,
    ]),
    runtime("MYSQL", Databases, "MySQL"),
    runtime("POSTGRESQL", Databases, "PostgreSQL"),
    runtime("ORACLE", Databases, "Oracle Database"),
    runtime("SQLSERVER", Databases, "Microsoft SQL Server"),
    runtime("AZURESQL", Databases, "Azure SQL Database"),
    runtime("SYNAPSE", Databases, "Azure Synapse Analytics"),
    runtime("BIGQUERY", Databases, "Google BigQuery"),
    runtime("SAPHANA", Databases, "SAP HANA"),
    runtime("TERADATA", Databases, "Teradata"),
    runtime("TERADATANOS", Databases, "Teradata NOS (native object store)"),
    runtime("VERTICA", Databases, "Vertica"),
    runtime("DB2", Databases, "IBM Db2"),
    runtime("DB2AS400", Databases, "IBM Db2 for i (AS/400)"),
    runtime("CLOUDERAHIVE", Databases, "Cloudera Hive"),
    runtime("CLOUDERAIMPALA", Databases, "Cloudera Impala"),
    runtime("TIMESTREAM", Databases, "Amazon Timestream"),
    runtime("CLOUDWATCH", Databases, "Amazon CloudWatch Logs"),
    runtime("CLOUDWATCHMETRICS", Databases, "Amazon CloudWatch metrics"),
    runtime("CMDB", Databases, "AWS CMDB (resource inventory)"),
    runtime("TPCDS", Databases, "TPC-DS benchmark data generator"),
    spec("KAFKA", Streaming, "Apache Kafka or Amazon MSK", KAFKA_FIELDS, &[]),
    spec("MONGODB", DocumentStores, "MongoDB or Amazon DocumentDB through a MongoDB URL", MONGODB_FIELDS, &[CREDENTIALS_GROUP]),
    runtime("DOCUMENTDB", DocumentStores, "Amazon DocumentDB"),
    runtime("DYNAMODB", DocumentStores, "Amazon DynamoDB"),
    runtime("OPENSEARCH", DocumentStores, "Amazon OpenSearch Service"),
    runtime("AZURECOSMOS", DocumentStores, "Azure Cosmos DB"),
    runtime("HBASE", DocumentStores, "Apache HBase"),
    runtime("GOOGLECLOUDSTORAGE", FileStores, "Google Cloud Storage"),
    runtime("DATALAKEGEN2", FileStores, "Azure Data Lake Storage Gen2"),
    TypeSpec { supported: false, ..runtime("SFTP", FileStores, "SFTP — listed by the API but not supported by CreateConnection") },
    TypeSpec { needs_network: true, ..runtime("NETWORK", Network, "A VPC network path (subnet and security groups), no properties") },
    spec("MARKETPLACE", MarketplaceCustom, "A connector from AWS Marketplace", MARKETPLACE_FIELDS, &[]),
    spec("CUSTOM", MarketplaceCustom, "A custom connector", CUSTOM_FIELDS, &[]),
    runtime("SALESFORCE", SaasApps, "Salesforce"),
    runtime("SALESFORCEPARDOT", SaasApps, "Salesforce Marketing Cloud Account Engagement (Pardot)"),
    runtime("SALESFORCEMARKETINGCLOUD", SaasApps, "Salesforce Marketing Cloud"),
    runtime("SALESFORCECOMMERCECLOUD", SaasApps, "Salesforce Commerce Cloud"),
    runtime("SERVICENOW", SaasApps, "ServiceNow"),
    runtime("SAPODATA", SaasApps, "SAP OData"),
    runtime("SAPCONCUR", SaasApps, "SAP Concur"),
    runtime("NETSUITEERP", SaasApps, "Oracle NetSuite"),
    runtime("HUBSPOT", SaasApps, "HubSpot"),
    runtime("ZOHOCRM", SaasApps, "Zoho CRM"),
    runtime("MICROSOFTDYNAMICS365CRM", SaasApps, "Microsoft Dynamics 365 CRM"),
    runtime("MICROSOFTDYNAMIC365FINANCEANDOPS", SaasApps, "Microsoft Dynamics 365 Finance and Operations"),
    runtime("MICROSOFTTEAMS", SaasApps, "Microsoft Teams"),
    runtime("GOOGLEADS", SaasApps, "Google Ads"),
    runtime("GOOGLESHEETS", SaasApps, "Google Sheets"),
    runtime("GOOGLEANALYTICS4", SaasApps, "Google Analytics 4"),
    runtime("GOOGLESEARCHCONSOLE", SaasApps, "Google Search Console"),
    runtime("FACEBOOKADS", SaasApps, "Facebook Ads"),
    runtime("FACEBOOKPAGEINSIGHTS", SaasApps, "Facebook Page Insights"),
    runtime("INSTAGRAMADS", SaasApps, "Instagram Ads"),
    runtime("LINKEDIN", SaasApps, "LinkedIn"),
    runtime("SNAPCHATADS", SaasApps, "Snapchat Ads"),
    runtime("MARKETO", SaasApps, "Adobe Marketo Engage"),
    runtime("ADOBEANALYTICS", SaasApps, "Adobe Analytics"),
    runtime("MAILCHIMP", SaasApps, "Mailchimp"),
    runtime("SENDGRID", SaasApps, "SendGrid"),
    runtime("ZENDESK", SaasApps, "Zendesk"),
    runtime("FRESHDESK", SaasApps, "Freshdesk"),
    runtime("FRESHSALES", SaasApps, "Freshsales"),
    runtime("INTERCOM", SaasApps, "Intercom"),
    runtime("KUSTOMER", SaasApps, "Kustomer"),
    runtime("JIRACLOUD", SaasApps, "Jira Cloud"),
    runtime("ASANA", SaasApps, "Asana"),
    runtime("MONDAY", SaasApps, "monday.com"),
    runtime("SMARTSHEET", SaasApps, "Smartsheet"),
    runtime("SLACK", SaasApps, "Slack"),
    runtime("ZOOM", SaasApps, "Zoom"),
    runtime("GITLAB", SaasApps, "GitLab"),
    runtime("CIRCLECI", SaasApps, "CircleCI"),
    runtime("DATADOG", SaasApps, "Datadog"),
    runtime("DYNATRACE", SaasApps, "Dynatrace"),
    runtime("MIXPANEL", SaasApps, "Mixpanel"),
    runtime("PENDO", SaasApps, "Pendo"),
    runtime("PRODUCTBOARD", SaasApps, "Productboard"),
    runtime("STRIPE", SaasApps, "Stripe"),
    runtime("PAYPAL", SaasApps, "PayPal"),
    runtime("QUICKBOOKS", SaasApps, "QuickBooks"),
    runtime("WOOCOMMERCE", SaasApps, "WooCommerce"),
    runtime("TWILIO", SaasApps, "Twilio"),
    runtime("DOCUSIGNMONITOR", SaasApps, "DocuSign Monitor"),
    runtime("BLACKBAUD", SaasApps, "Blackbaud"),
    runtime("BLACKBAUDRAISEREDGENXT", SaasApps, "Blackbaud Raiser's Edge NXT"),
    runtime("DOMO", SaasApps, "Domo"),
    runtime("OKTA", SaasApps, "Okta"),
    runtime("PIPEDRIVE", SaasApps, "Pipedrive"),
    // The API lists this misspelling next to PIPEDRIVE; keep it so connections of that type still find an entry.
    runtime("PIPEDIVE", SaasApps, "Pipedrive (the API's older spelling)"),
    spec("VIEW_VALIDATION_REDSHIFT", ViewValidation, "Lets Amazon Redshift validate Data Catalog views", VIEW_REDSHIFT_FIELDS, &[
        EitherOr { id: TARGET, alternatives: &[&["WORKGROUP_NAME"], &["CLUSTER_IDENTIFIER"]], stated: false, secret_reference: false },
    ]),
    spec("VIEW_VALIDATION_ATHENA", ViewValidation, "Lets Amazon Athena validate Data Catalog views", VIEW_ATHENA_FIELDS, &[]),
];
