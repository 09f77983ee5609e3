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
