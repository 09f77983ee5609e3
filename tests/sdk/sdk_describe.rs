//! DescribeConnectionType through the SDK adapter against aws-smithy-mocks: the request names the type, a realistic
//! answer becomes the model a form is built from, and each refusal reads as what to do.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use aws_sdk_glue::Client;
use aws_sdk_glue::error::ErrorMetadata;
use aws_sdk_glue::operation::describe_connection_type::{
    DescribeConnectionTypeError, DescribeConnectionTypeOutput,
};
use aws_sdk_glue::types as sdk;
use aws_sdk_glue::types::error::{
    AccessDeniedException, InternalServiceException, InvalidInputException, ValidationException,
};
use aws_smithy_mocks::mock;
use glue_tui::glue::{ErrorKind, GlueApi, GlueError};
use glue_tui::model::{AllowedValue, ConnectionTypeDescription};

use crate::support::mocks::{answering, retrying};

fn property(name: &str, required: bool) -> sdk::builders::PropertyBuilder {
    sdk::Property::builder()
        .name(name)
        .description(format!("{name} of the Salesforce org"))
        .required(required)
        .property_types(sdk::PropertyType::UserInput)
}

fn allowed(value: &str, description: Option<&str>) -> sdk::AllowedValue {
    sdk::AllowedValue::builder()
        .value(value)
        .set_description(description.map(str::to_owned))
        .build()
        .expect("value is set")
}

fn props(list: Vec<sdk::Property>) -> HashMap<String, sdk::Property> {
    list.into_iter().map(|p| (p.name.clone(), p)).collect()
}

/// A Salesforce answer shaped like what the service sends: maps keyed by name, OAuth2 with grant types.
fn salesforce() -> DescribeConnectionTypeOutput {
    let connection_properties = props(vec![
        property("INSTANCE_URL", true).build().unwrap(),
        property("API_VERSION", true)
            .default_value("v60.0")
            .allowed_values(allowed("v59.0", None))
            .allowed_values(allowed("v60.0", Some("latest")))
            .build()
            .unwrap(),
        property("ROLE_ARN", true).build().unwrap(),
        property("KMS_KEY_ARN", false).build().unwrap(),
    ]);
    let options = props(vec![
        property("ENTITY_NAME", true)
            .data_operation_scopes(sdk::DataOperation::Read)
            .data_operation_scopes(sdk::DataOperation::Write)
            .build()
            .unwrap(),
    ]);
    let oauth2 = props(vec![
        property("OAuth2GrantType", true)
            .default_value("AUTHORIZATION_CODE")
            .allowed_values(allowed("AUTHORIZATION_CODE", None))
            .allowed_values(allowed("JWT_BEARER", None))
            .build()
            .unwrap(),
        property("TokenUrl", true)
            .default_value("https://login.salesforce.com/services/oauth2/token")
            .build()
            .unwrap(),
        sdk::Property::builder()
            .name("JwtToken")
            .description("The signed JWT")
            .required(false)
            .property_types(sdk::PropertyType::Secret)
            .key_override("assertion")
            .property_location(sdk::PropertyLocation::Body)
            .build()
            .unwrap(),
    ]);
    let auth = sdk::AuthConfiguration::builder()
        .authentication_type(
            property("AuthenticationType", true)
                .default_value("OAUTH2")
                .allowed_values(allowed("OAUTH2", None))
                .build()
                .unwrap(),
        )
        .secret_arn(property("SecretArn", false).build().unwrap())
        .set_o_auth2_properties(Some(oauth2))
        .build();
    let spark = sdk::ComputeEnvironmentConfiguration::builder()
        .name("SparkConfiguration")
        .description("Glue ETL")
        .compute_environment(sdk::ComputeEnvironment::Spark)
        .supported_authentication_types(sdk::AuthenticationType::Oauth2)
        .set_connection_options(Some(HashMap::new()))
        .set_connection_property_name_overrides(Some(HashMap::new()))
        .set_connection_option_name_overrides(Some(HashMap::new()))
        .connection_properties_required_overrides("INSTANCE_URL")
        .physical_connection_properties_required(false)
        .build()
        .unwrap();
    DescribeConnectionTypeOutput::builder()
        .connection_type("SALESFORCE")
        .description("Salesforce CRM")
        .capabilities(
            sdk::Capabilities::builder()
                .supported_authentication_types(sdk::AuthenticationType::Oauth2)
                .supported_data_operations(sdk::DataOperation::Read)
                .supported_data_operations(sdk::DataOperation::Write)
                .supported_compute_environments(sdk::ComputeEnvironment::Spark)
                .build()
                .unwrap(),
        )
        .set_connection_properties(Some(connection_properties))
        .set_connection_options(Some(options))
        .authentication_configuration(auth)
        .compute_environment_configurations("SparkConfiguration", spark)
        .build()
}

#[tokio::test]
async fn the_request_names_the_type_and_the_answer_becomes_the_model() {
    let seen: Arc<Mutex<Vec<Option<String>>>> = Arc::default();
    let log = seen.clone();
    let rule = mock!(Client::describe_connection_type)
        .match_requests(move |input| {
            log.lock()
                .expect("log")
                .push(input.connection_type().map(str::to_owned));
            true
        })
        .then_output(salesforce);

    let d = answering([&rule])
        .describe_connection_type("SALESFORCE".into())
        .await
        .expect("described");
    assert_eq!(*seen.lock().expect("log"), [Some("SALESFORCE".to_owned())]);

    assert_eq!(d.connection_type, "SALESFORCE");
    assert_eq!(d.description.as_deref(), Some("Salesforce CRM"));
    let caps = d.capabilities.as_ref().expect("capabilities");
    assert_eq!(caps.supported_authentication_types, ["OAUTH2"]);
    assert_eq!(caps.supported_data_operations, ["READ", "WRITE"]);
    assert_eq!(caps.supported_compute_environments, ["SPARK"]);

    let names: Vec<_> = d
        .connection_properties
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["API_VERSION", "INSTANCE_URL", "KMS_KEY_ARN", "ROLE_ARN"],
        "sorted by name"
    );
    let required: Vec<_> = d.required_properties().map(|p| p.name.as_str()).collect();
    assert_eq!(required, ["API_VERSION", "INSTANCE_URL", "ROLE_ARN"]);
    let version = d.property("API_VERSION").expect("API_VERSION");
    assert_eq!(version.default_value.as_deref(), Some("v60.0"));
    assert_eq!(
        version.allowed_values,
        [
            AllowedValue {
                value: "v59.0".into(),
                description: None
            },
            AllowedValue {
                value: "v60.0".into(),
                description: Some("latest".into())
            }
        ]
    );
    assert_eq!(version.property_types, ["USER_INPUT"]);
    assert_eq!(version.description, "API_VERSION of the Salesforce org");
    assert_eq!(
        d.connection_options[0].data_operation_scopes,
        ["READ", "WRITE"]
    );

    assert_eq!(d.default_authentication_type(), Some("OAUTH2"));
    let auth = d.authentication_configuration.as_ref().expect("auth");
    assert!(auth.secret_arn.as_ref().is_some_and(|s| !s.required));
    let grant = &auth.oauth2_properties[1];
    assert_eq!(grant.name, "OAuth2GrantType");
    assert_eq!(
        grant.allowed_value_names(),
        ["AUTHORIZATION_CODE", "JWT_BEARER"]
    );
    let jwt = &auth.oauth2_properties[0];
    assert!(jwt.is_secret());
    assert_eq!(jwt.key_override.as_deref(), Some("assertion"));
    assert_eq!(jwt.property_location.as_deref(), Some("BODY"));
    assert!(auth.basic_authentication_properties.is_empty());

    let spark = &d.compute_environment_configurations[0];
    assert_eq!(spark.name, "SparkConfiguration");
    assert_eq!(spark.compute_environment, "SPARK");
    assert_eq!(spark.supported_authentication_types, ["OAUTH2"]);
    assert_eq!(
        spark.connection_properties_required_overrides,
        ["INSTANCE_URL"]
    );
    assert_eq!(spark.physical_connection_properties_required, Some(false));
    assert!(d.physical_connection_requirements.is_empty());

    // The model is stored and tested as the JSON the AWS CLI prints.
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(
        json["ConnectionProperties"]["API_VERSION"]["AllowedValues"][1]["Value"],
        "v60.0"
    );
    assert_eq!(
        json["AuthenticationConfiguration"]["OAuth2Properties"]["TokenUrl"]["DefaultValue"],
        "https://login.salesforce.com/services/oauth2/token"
    );
    assert!(json.get("SparkConnectionProperties").is_none());
    let back: ConnectionTypeDescription = serde_json::from_value(json).unwrap();
    assert_eq!(back, d);
}

#[tokio::test]
async fn a_sparse_answer_keeps_the_type_asked_for() {
    let rule = mock!(Client::describe_connection_type)
        .then_output(|| DescribeConnectionTypeOutput::builder().build());
    let d = answering([&rule])
        .describe_connection_type("SLACK".into())
        .await
        .expect("described");
    assert_eq!(
        d,
        ConnectionTypeDescription {
            connection_type: "SLACK".into(),
            ..ConnectionTypeDescription::default()
        }
    );
}

async fn describe_fails_with(
    error: impl Fn() -> DescribeConnectionTypeError + Send + Sync + 'static,
) -> GlueError {
    let rule = mock!(Client::describe_connection_type)
        .sequence()
        .error(error)
        .repeatedly()
        .build();
    retrying([&rule])
        .describe_connection_type("GOOGLEADS".into())
        .await
        .expect_err("the mock answers with an error")
}

#[tokio::test]
async fn validation_and_invalid_input_are_invalid_input_with_the_servers_words() {
    let validation = || {
        DescribeConnectionTypeError::ValidationException(
            ValidationException::builder()
                .message("1 validation error detected: connectionType")
                .build(),
        )
    };
    let err = describe_fails_with(validation).await;
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(err.operation, "DescribeConnectionType");
    assert_eq!(err.subject.as_deref(), Some("GOOGLEADS"));
    let line = err.to_string();
    assert!(
        line.contains("1 validation error detected: connectionType"),
        "{line}"
    );

    let invalid = || {
        DescribeConnectionTypeError::InvalidInputException(
            InvalidInputException::builder()
                .message("Unsupported connection type")
                .build(),
        )
    };
    let err = describe_fails_with(invalid).await;
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(err.detail, "Unsupported connection type");
}

#[tokio::test]
async fn access_denied_names_glue_describe_connection_type() {
    let modeled = || {
        DescribeConnectionTypeError::AccessDeniedException(
            AccessDeniedException::builder()
                .message("User: arn:aws:iam::1:user/dev is not authorized to perform: glue:DescribeConnectionType")
                .build(),
        )
    };
    let generic = || {
        DescribeConnectionTypeError::generic(
            ErrorMetadata::builder()
                .code("AccessDeniedException")
                .message("not authorized")
                .build(),
        )
    };
    for err in [
        describe_fails_with(modeled).await,
        describe_fails_with(generic).await,
    ] {
        assert_eq!(err.kind, ErrorKind::AccessDenied);
        let line = err.to_string();
        assert!(
            line.starts_with("AccessDenied on glue:DescribeConnectionType for profile dev — check the role's policy allows glue:DescribeConnectionType"),
            "{line}"
        );
        assert!(line.contains("not authorized"), "{line}");
    }
}

#[tokio::test]
async fn an_internal_service_error_says_try_again() {
    let internal = || {
        DescribeConnectionTypeError::InternalServiceException(
            InternalServiceException::builder()
                .message("Internal failure")
                .build(),
        )
    };
    let err = describe_fails_with(internal).await;
    assert_eq!(err.kind, ErrorKind::Other);
    assert_eq!(err.detail, "Internal failure — try again");
    assert_eq!(
        err.to_string(),
        "DescribeConnectionType failed for profile dev (Internal failure — try again)"
    );

    let bare = || {
        DescribeConnectionTypeError::InternalServiceException(
            InternalServiceException::builder().build(),
        )
    };
    let err = describe_fails_with(bare).await;
    assert_eq!(err.kind, ErrorKind::Other);
    assert_eq!(err.detail, "internal service error — try again");
}
