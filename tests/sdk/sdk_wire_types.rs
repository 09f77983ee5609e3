//! DescribeConnectionType and ListConnectionTypes answers as Glue sends them on the wire — an HTTP 200 whose JSON
//! body is in the shape of the API reference and botocore's `service-2.json` — through the SDK's own deserializer
//! and the adapter's conversion. No public recording of a real answer was found, so the bodies are written from the
//! reference: every member it documents, with a map key that differs from its property's `Name`.
//!
//! The model is the AWS JSON shape, so the same body read by serde is what the conversion must give: a member the
//! conversion drops or mangles shows up as a difference.

use aws_sdk_glue::Client;
use aws_smithy_mocks::mock;
use aws_smithy_runtime_api::http::{Response, StatusCode};
use aws_smithy_types::body::SdkBody;
use glue_tui::glue::GlueApi;
use glue_tui::model::{ConnectionTypeBrief, ConnectionTypeDescription};

use crate::support::mocks::answering;

const DESCRIBED: &str = include_str!("wire/describe_connection_type.json");

fn ok(body: &'static str) -> Response {
    let mut response = Response::new(
        StatusCode::try_from(200).expect("status"),
        SdkBody::from(body),
    );
    response
        .headers_mut()
        .insert("Content-Type", "application/x-amz-json-1.1");
    response
}

#[tokio::test]
async fn a_described_type_on_the_wire_becomes_the_model_member_for_member() {
    let rule = mock!(Client::describe_connection_type)
        .match_requests(|input| input.connection_type() == Some("SALESFORCE"))
        .then_http_response(|| ok(DESCRIBED));
    let got = answering([&rule])
        .describe_connection_type("SALESFORCE".into())
        .await
        .expect("described");

    let expected: ConnectionTypeDescription =
        serde_json::from_str(DESCRIBED).expect("the body in the model's shape");
    assert_eq!(got, expected);

    // What the form leans on, spelled out.
    let url = got.property("INSTANCE_URL").expect("keyed by its map key");
    assert_eq!(url.name, "Instance URL", "Name is a display name here");
    assert_eq!(url.display_name(), Some("Instance URL"));
    let version = got.property("API_VERSION").expect("API_VERSION");
    assert_eq!(version.key_override.as_deref(), Some("api_version"));
    assert_eq!(version.property_location.as_deref(), Some("QUERY_PARAM"));
    assert_eq!(version.data_operation_scopes, ["READ"]);
    assert_eq!(version.allowed_value_names(), ["v59.0", "v60.0"]);
    let auth = got.authentication_configuration.as_ref().expect("auth");
    assert_eq!(got.default_authentication_type(), Some("OAUTH2"));
    assert!(auth.secret_arn.is_some());
    assert!(
        got.oauth2_property("JwtToken")
            .expect("JwtToken")
            .is_secret()
    );
    let custom = &auth.custom_authentication_properties[0];
    assert_eq!((custom.id(), custom.name.as_str()), ("apiKey", "API key"));
    assert!(custom.is_secret(), "SECRET_OR_USER_INPUT");
    let spark = got
        .compute_environment_configurations
        .iter()
        .find(|c| c.compute_environment == "SPARK")
        .expect("SparkConfiguration");
    assert_eq!(
        spark.connection_properties_required_overrides,
        ["API_VERSION", "INSTANCE_URL"]
    );
    assert_eq!(
        spark.connection_property_name_overrides["INSTANCE_URL"],
        "instanceUrl"
    );
    let athena = got
        .compute_environment_configurations
        .iter()
        .find(|c| c.compute_environment == "ATHENA")
        .expect("AthenaConfiguration");
    assert_eq!(athena.physical_connection_properties_required, Some(true));
    assert_eq!(got.athena_connection_properties[0].id(), "spill_bucket");
    assert_eq!(
        got.python_connection_properties[0].display_name(),
        Some("Pool size")
    );
    assert!(
        !got.spark_connection_properties[0].is_user_input(),
        "READ_ONLY gets no field"
    );
    assert_eq!(got.physical_connection_requirements[0].id(), "SubnetId");
    assert_eq!(got.connection_options[0].id(), "ENTITY_NAME");
}

const LISTED_FIRST: &str = r#"{
  "ConnectionTypes": [
    {"ConnectionType": "SALESFORCE", "DisplayName": "Salesforce", "Vendor": "Salesforce",
     "Description": "Salesforce CRM", "Categories": ["SaaS", "CRM"],
     "Capabilities": {"SupportedAuthenticationTypes": ["OAUTH2"], "SupportedDataOperations": ["READ", "WRITE"],
                      "SupportedComputeEnvironments": ["SPARK"]},
     "LogoUrl": "https://example.com/salesforce.svg",
     "ConnectionTypeVariants": [{"ConnectionTypeVariantName": "SALESFORCE_SANDBOX", "DisplayName": "Salesforce sandbox",
                                 "Description": "A sandbox org", "LogoUrl": "https://example.com/sandbox.svg"}]}
  ],
  "NextToken": "page-2"
}"#;

const LISTED_SECOND: &str = r#"{
  "ConnectionTypes": [
    {"ConnectionType": "REST-ACME-TICKETS", "DisplayName": "Acme Tickets (custom)", "Vendor": "Acme",
     "Description": "Acme Tickets: a REST connector", "Categories": ["Custom"],
     "Capabilities": {"SupportedAuthenticationTypes": ["CUSTOM"], "SupportedDataOperations": ["READ"],
                      "SupportedComputeEnvironments": ["SPARK"]}}
  ]
}"#;

#[tokio::test]
async fn listed_types_on_the_wire_are_read_across_pages_into_briefs() {
    let first = mock!(Client::list_connection_types)
        .match_requests(|input| input.next_token().is_none())
        .then_http_response(|| ok(LISTED_FIRST));
    let second = mock!(Client::list_connection_types)
        .match_requests(|input| input.next_token() == Some("page-2"))
        .then_http_response(|| ok(LISTED_SECOND));
    let got = answering([&first, &second])
        .list_connection_types()
        .await
        .expect("listed");
    assert_eq!((first.num_calls(), second.num_calls()), (1, 1));

    let pages = [LISTED_FIRST, LISTED_SECOND].map(|body| {
        let page: serde_json::Value = serde_json::from_str(body).expect("JSON");
        serde_json::from_value::<Vec<ConnectionTypeBrief>>(page["ConnectionTypes"].clone())
            .expect("briefs in the model's shape")
    });
    assert_eq!(got, pages.concat());
    assert_eq!(got[0].display_name(), Some("Salesforce"));
    assert_eq!(
        got[0].connection_type_variants[0].display_name.as_deref(),
        Some("Salesforce sandbox")
    );
    assert_eq!(got[1].display_name(), Some("Acme Tickets (custom)"));
}
