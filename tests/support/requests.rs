//! Requests shaped like the AWS CLI's `--cli-input-json`, for the tests that check them and the tests that hand them to
//! the real binary.

/// JDBC with a password, a VPC and a tag: nothing to refuse.
pub const JDBC: &str = r#"{
    "ConnectionInput": {
        "Name": "orders-db",
        "Description": "Orders, read-only",
        "ConnectionType": "JDBC",
        "ConnectionProperties": {
            "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/orders",
            "USERNAME": "reader",
            "PASSWORD": "hunter2"
        },
        "PhysicalConnectionRequirements": {
            "SubnetId": "subnet-0123",
            "SecurityGroupIdList": ["sg-0123"],
            "AvailabilityZone": "eu-west-1a"
        }
    },
    "Tags": {"team": "data"}
}"#;

/// A type newer than this build (SNOWFLAKE) with basic authentication through a secret: Glue decides, asked
/// through DescribeConnectionType.
pub const SNOWFLAKE: &str = r#"{"ConnectionInput": {"Name": "snowflake-conn", "ConnectionType": "SNOWFLAKE",
    "ConnectionProperties": {"HOST": "abc123.snowflakecomputing.com", "PORT": "443", "ROLE_ARN": "arn:aws:iam::1:role/r"},
    "AuthenticationConfiguration": {"AuthenticationType": "BASIC",
        "SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:snowflake-AbCdEf"}}}"#;

/// SALESFORCE without the AuthenticationConfiguration (nor the API_VERSION) its description requires.
pub const SALESFORCE_WITHOUT_AUTH: &str = r#"{"ConnectionInput": {"Name": "sf", "ConnectionType": "SALESFORCE",
    "ConnectionProperties": {"INSTANCE_URL": "https://example.my.salesforce.com",
                             "ROLE_ARN": "arn:aws:iam::123456789012:role/glue"}}}"#;

/// What the description says of [`SALESFORCE_WITHOUT_AUTH`].
pub const SALESFORCE_AUTH_REQUIRED: &str = "ConnectionInput.AuthenticationConfiguration: \
    AuthenticationConfiguration is required for SALESFORCE";

/// SALESFORCE as its description has it, plus a ConnectionProperties key it does not list (ROLE).
pub const SALESFORCE_WITH_ROLE: &str = r#"{"ConnectionInput": {"Name": "sf", "ConnectionType": "SALESFORCE",
    "ConnectionProperties": {"INSTANCE_URL": "https://example.my.salesforce.com",
                             "ROLE_ARN": "arn:aws:iam::123456789012:role/glue", "API_VERSION": "v60.0",
                             "ROLE": "x"},
    "AuthenticationConfiguration": {"AuthenticationType": "OAUTH2",
        "SecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:sf-AbCdEf",
        "OAuth2Properties": {"OAuth2GrantType": "JWT_BEARER",
            "TokenUrl": "https://login.salesforce.com/services/oauth2/token"}}}}"#;

/// What a create of [`SALESFORCE_WITH_ROLE`] warns.
pub const SALESFORCE_ROLE_UNLISTED: &str =
    "ROLE is not a connection property key Glue describes for SALESFORCE";
