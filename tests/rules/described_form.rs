//! The form built from everything a DescribeConnectionType answer says: the authentication block (types, grant
//! types, token URL, SecretArn, custom credentials), the compute environments' property maps, the per-environment
//! overrides, and keys whose display names differ.

use glue_tui::model::{ConnectionTypeDescription, SECRET_MASK};
use glue_tui::wizard::form::*;

use crate::support::form::{add_entry, add_item, field, messages_at, started, strings};
use crate::support::model::{demo_description, map};

const ATHENA: &str = "ConnectionInput.AthenaProperties";
const CUSTOM: &str = "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials";

fn described(ty: &str, name: &str) -> Form {
    let mut f = started(ty, name);
    assert!(f.apply_description(demo_description(ty)));
    f
}

fn labels(f: &Form) -> Vec<String> {
    f.fields().into_iter().map(|v| v.label).collect()
}

#[test]
fn oauth2_grant_types_are_narrowed_and_its_defaults_follow_the_authentication_type() {
    // ServiceNow starts on BASIC: no OAuth2 default is filled in for a type the user has not picked.
    let mut f = described("SERVICENOW", "itsm");
    f.goto(Section::Authentication, 0);
    assert_eq!(field(&f, AUTHENTICATION_TYPE).value, "BASIC");
    assert_eq!(
        f.to_request()
            .connection_input
            .authentication_configuration
            .unwrap()
            .oauth2_properties,
        None
    );

    f.choose(AUTHENTICATION_TYPE, "OAUTH2").unwrap();
    let grant = field(&f, GRANT_TYPE);
    assert_eq!(
        grant.choices,
        strings(&["", "AUTHORIZATION_CODE"]),
        "AWS's ServiceNow guide"
    );
    assert_eq!(grant.value, "AUTHORIZATION_CODE", "the described default");
    assert!(f.choose(GRANT_TYPE, "CLIENT_CREDENTIALS").is_err());
    let token = field(&f, TOKEN_URL);
    assert!(token.required, "the description requires it");
    assert_eq!(
        token.value, "",
        "ServiceNow's token URL is the instance's own: no default"
    );
    assert!(token.help.contains("oauth_token.do"), "{}", token.help);

    // Back to BASIC: the untouched default goes with the type it belonged to.
    f.choose(AUTHENTICATION_TYPE, "BASIC").unwrap();
    let auth = f
        .to_request()
        .connection_input
        .authentication_configuration
        .unwrap();
    assert_eq!(auth.oauth2_properties, None);
}

#[test]
fn a_described_token_url_is_prefilled_and_a_typed_one_stays() {
    let mut f = described("SALESFORCE", "crm");
    f.goto(Section::Authentication, 0);
    assert_eq!(
        field(&f, AUTHENTICATION_TYPE).choices,
        strings(&["OAUTH2"]),
        "required: no blank"
    );
    let token = field(&f, TOKEN_URL);
    assert_eq!(
        token.value,
        "https://login.salesforce.com/services/oauth2/token"
    );
    assert!(token.required);
    f.set(
        TOKEN_URL,
        "https://test.salesforce.com/services/oauth2/token",
    )
    .unwrap();
    f.choose(CONNECTION_TYPE, "SLACK").unwrap();
    f.choose(CONNECTION_TYPE, "SALESFORCE").unwrap();
    f.goto(Section::Authentication, 0);
    assert_eq!(
        field(&f, TOKEN_URL).value,
        "https://test.salesforce.com/services/oauth2/token",
        "typed: the user's"
    );
}

#[test]
fn the_athena_type_gets_fields_for_its_athena_properties() {
    let mut f = described("DYNAMODB", "orders-ddb");
    f.goto(Section::Compute, 0);
    let bucket = format!("{ATHENA}.spill_bucket");
    assert_eq!(
        labels(&f)[..4],
        strings(&[
            "lambda_function_arn",
            "spill_bucket",
            "disable_spill_encryption",
            "spill_prefix"
        ]),
        "required first, then by key"
    );
    assert!(
        field(&f, &bucket).required,
        "ATHENA is the environment DYNAMODB supports"
    );
    assert_eq!(
        field(&f, &format!("{ATHENA}.spill_prefix")).value,
        "athena-spill"
    );
    let encryption = field(&f, &format!("{ATHENA}.disable_spill_encryption"));
    assert_eq!(encryption.choices, strings(&["", "true", "false"]));
    let i = f.add_row(Rows::ComputeEnvironments);
    assert_eq!(
        field(&f, &row_path(Rows::ComputeEnvironments, i, RowPart::Value)).choices,
        strings(&["ATHENA"]),
        "what DYNAMODB supports"
    );

    f.set(&bucket, " spill-here ").unwrap();
    let athena = f.to_request().connection_input.athena_properties.unwrap();
    assert_eq!(
        athena,
        map(&[
            ("disable_spill_encryption", "false"),
            ("spill_bucket", "spill-here"),
            ("spill_prefix", "athena-spill"),
        ])
    );
}

#[test]
fn an_imported_athena_row_moves_into_its_field() {
    let request = glue_tui::model::CreateConnectionRequest {
        connection_input: glue_tui::model::ConnectionInput {
            name: "ddb".into(),
            connection_type: "DYNAMODB".into(),
            athena_properties: Some(map(&[("spill_bucket", "b"), ("extra_option", "1")])),
            ..Default::default()
        },
        ..Default::default()
    };
    let mut f = Form::from_request(&request);
    f.apply_description(demo_description("DYNAMODB"));
    f.goto(Section::Compute, 0);
    assert_eq!(field(&f, &format!("{ATHENA}.spill_bucket")).value, "b");
    let athena = f.to_request().connection_input.athena_properties.unwrap();
    assert_eq!(
        athena.get("extra_option").map(String::as_str),
        Some("1"),
        "the row stays a row"
    );
    assert_eq!(athena.get("spill_bucket").map(String::as_str), Some("b"));
}

#[test]
fn a_rest_type_asks_for_its_custom_credential_by_key_and_keeps_it_secret() {
    let mut f = described("REST-ACME-TICKETS", "tickets");
    f.goto(Section::Properties, 0);
    let url = field(&f, &property_path("INSTANCE_URL"));
    assert!(
        url.help.starts_with("Instance URL — "),
        "the display name: {}",
        url.help
    );
    f.goto(Section::Authentication, 0);
    assert_eq!(field(&f, AUTHENTICATION_TYPE).value, "CUSTOM");
    let key_path = format!("{CUSTOM}.apiKey");
    let key = field(&f, &key_path);
    assert!(key.secret && key.required, "{key:?}");
    assert!(key.help.starts_with("API key — "), "{}", key.help);
    f.set(&key_path, " k3y ").unwrap();
    let auth = f
        .to_request()
        .connection_input
        .authentication_configuration
        .unwrap();
    assert_eq!(
        auth.custom_authentication_credentials,
        Some(map(&[("apiKey", " k3y ")])),
        "sent as typed"
    );
    let masked = f
        .masked_request()
        .connection_input
        .authentication_configuration
        .unwrap();
    assert_eq!(
        masked.custom_authentication_credentials,
        Some(map(&[("apiKey", SECRET_MASK)]))
    );
    let draft = f
        .draft()
        .connection_input
        .authentication_configuration
        .unwrap();
    assert_eq!(
        draft.custom_authentication_credentials, None,
        "never in a draft"
    );
    // A secret holds the credentials instead: the field is no longer required.
    f.set(
        SECRET_ARN,
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:acme-AbCdEf",
    )
    .unwrap();
    assert!(!field(&f, &key_path).required);
}

/// A type whose Athena environment needs WAREHOUSE and a VPC, and whose Spark one needs neither — in the shape of
/// API_ComputeEnvironmentConfiguration (no public recording of such an answer exists).
fn per_environment() -> ConnectionTypeDescription {
    serde_json::from_str(
        r#"{"ConnectionType": "SNOWFLAKE",
            "Capabilities": {"SupportedAuthenticationTypes": ["BASIC"], "SupportedDataOperations": ["READ"],
                             "SupportedComputeEnvironments": ["SPARK", "ATHENA"]},
            "ConnectionProperties": {
                "WAREHOUSE": {"Name": "WAREHOUSE", "Description": "The warehouse", "Required": false,
                              "PropertyTypes": ["USER_INPUT"]}},
            "ComputeEnvironmentConfigurations": {
                "AthenaConfiguration": {"Name": "AthenaConfiguration", "Description": "", "ComputeEnvironment": "ATHENA",
                    "SupportedAuthenticationTypes": ["BASIC"], "ConnectionOptions": {},
                    "ConnectionPropertyNameOverrides": {}, "ConnectionOptionNameOverrides": {},
                    "ConnectionPropertiesRequiredOverrides": ["WAREHOUSE"],
                    "PhysicalConnectionPropertiesRequired": true},
                "SparkConfiguration": {"Name": "SparkConfiguration", "Description": "", "ComputeEnvironment": "SPARK",
                    "SupportedAuthenticationTypes": ["BASIC"], "ConnectionOptions": {},
                    "ConnectionPropertyNameOverrides": {}, "ConnectionOptionNameOverrides": {},
                    "ConnectionPropertiesRequiredOverrides": []}}}"#,
    )
    .unwrap()
}

#[test]
fn an_environments_overrides_apply_while_it_is_in_play() {
    let mut f = started("SNOWFLAKE", "sf");
    assert!(f.apply_description(per_environment()));
    let warehouse = property_path("WAREHOUSE");
    f.goto(Section::Properties, 0);
    assert!(
        field(&f, &warehouse).required,
        "none picked: every supported environment is in play"
    );
    f.goto(Section::Network, 0);
    assert!(
        field(&f, SUBNET_ID).required,
        "ATHENA needs PhysicalConnectionRequirements"
    );

    f.goto(Section::Compute, 0);
    add_item(&mut f, Rows::ComputeEnvironments, "SPARK");
    f.goto(Section::Properties, 0);
    assert!(!field(&f, &warehouse).required, "only SPARK is picked now");
    f.goto(Section::Network, 0);
    assert!(!field(&f, SUBNET_ID).required);
}

/// The warnings at `path`.
fn warnings_at(f: &Form, path: &str) -> Vec<String> {
    f.warnings()
        .into_iter()
        .filter(|p| p.path == path)
        .map(|p| p.message)
        .collect()
}

#[test]
fn what_the_description_requires_is_refused_beside_its_field() {
    let mut f = described("SALESFORCE", "sf");
    f.goto(Section::Authentication, 0);
    assert_eq!(field(&f, AUTHENTICATION_TYPE).value, "OAUTH2");
    // The prefilled TokenUrl meets the rule; cleared, the description's requirement shows.
    f.set(TOKEN_URL, "").unwrap();
    assert_eq!(
        messages_at(&f, TOKEN_URL),
        [
            "TokenUrl is required for SALESFORCE — its default is https://login.salesforce.com/services/oauth2/token"
        ]
    );
    assert_eq!(
        field(&f, TOKEN_URL).error.as_deref(),
        Some(messages_at(&f, TOKEN_URL)[0].as_str()),
        "shown beside the field"
    );
}

#[test]
fn a_required_secret_arn_is_refused_until_a_secret_or_inline_credentials_are_given() {
    let mut d = demo_description("SERVICENOW");
    let auth = d.authentication_configuration.as_mut().unwrap();
    auth.secret_arn.as_mut().unwrap().required = true;
    let mut f = started("SERVICENOW", "itsm");
    assert!(f.apply_description(d));
    f.goto(Section::Authentication, 0);
    assert_eq!(field(&f, AUTHENTICATION_TYPE).value, "BASIC");
    let refused = messages_at(&f, SECRET_ARN);
    assert_eq!(refused.len(), 1, "{:?}", f.problems());
    assert!(
        refused[0].starts_with("SecretArn is required for SERVICENOW"),
        "{refused:?}"
    );
    f.set(
        SECRET_ARN,
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:itsm-AbCdEf",
    )
    .unwrap();
    assert!(messages_at(&f, SECRET_ARN).is_empty());
}

#[test]
fn a_property_the_description_does_not_list_is_warned_and_still_sent() {
    let mut f = described("SALESFORCE", "sf");
    f.goto(Section::Properties, 0);
    add_entry(
        &mut f,
        Rows::ExtraProperties,
        "ROLE",
        "arn:aws:iam::123456789012:role/glue",
    );
    let warned = f
        .warnings()
        .into_iter()
        .find(|w| w.message.starts_with("ROLE "))
        .unwrap_or_else(|| panic!("{:?}", f.warnings()));
    assert!(warned.message.contains("SALESFORCE"), "{}", warned.message);
    assert!(
        f.problems().iter().all(|p| !p.message.starts_with("ROLE ")),
        "only a warning: Glue decides"
    );
    let sent = f.to_request().connection_input.connection_properties;
    assert_eq!(
        sent.get("ROLE").map(String::as_str),
        Some("arn:aws:iam::123456789012:role/glue")
    );
    assert!(!warnings_at(&f, &warned.path).is_empty());
}

#[test]
fn a_secret_of_a_type_that_takes_a_secret_arn_points_at_secrets_manager() {
    let mut f = described("GOOGLEADS", "ads");
    f.goto(Section::Properties, 0);
    let token = field(&f, "ConnectionInput.ConnectionProperties.DEVELOPER_TOKEN");
    assert!(token.secret, "typed SECRET in the description");
    assert!(
        token
            .help
            .contains("keep it in Secrets Manager and give its ARN in Secret ARN"),
        "{}",
        token.help
    );
    f.goto(Section::Authentication, 0);
    let arn = field(&f, SECRET_ARN);
    assert!(!arn.help.contains("give its ARN"), "{}", arn.help);

    // Without a description naming SecretArn the help stays as the table wrote it.
    let mut jdbc = started("JDBC", "warehouse");
    jdbc.goto(Section::Properties, 0);
    let password = field(&jdbc, "ConnectionInput.ConnectionProperties.PASSWORD");
    assert!(password.secret);
    assert!(
        !password.help.contains("Secrets Manager"),
        "{}",
        password.help
    );
}

#[test]
fn the_network_fields_and_environment_names_take_their_help_from_the_description() {
    let mut f = described("REST-ACME-TICKETS", "tickets");
    f.goto(Section::Properties, 0);
    let url = field(&f, "ConnectionInput.ConnectionProperties.INSTANCE_URL");
    assert!(
        url.help.contains("SPARK reads it as instanceUrl"),
        "{}",
        url.help
    );

    let described: ConnectionTypeDescription =
        serde_json::from_value(serde_json::json!({
            "ConnectionType": "SALESFORCE",
            "PhysicalConnectionRequirements": {
                "SubnetId": {"Name": "SubnetId", "Description": "The subnet Glue's network interface joins.",
                             "Required": true, "PropertyTypes": ["USER_INPUT"]},
                "AvailabilityZone": {"Name": "AvailabilityZone", "Description": "Must be the subnet's zone.",
                                     "Required": false, "PropertyTypes": ["USER_INPUT"]}
            }
        }))
        .expect("a description in the API's shape");
    let mut f = started("SALESFORCE", "crm");
    assert!(f.apply_description(described));
    f.goto(Section::Network, 0);
    assert!(
        field(&f, SUBNET_ID)
            .help
            .contains("The subnet Glue's network interface joins."),
        "{:?}",
        field(&f, SUBNET_ID)
    );
    assert!(
        field(&f, AVAILABILITY_ZONE)
            .help
            .contains("Must be the subnet's zone.")
    );
}
