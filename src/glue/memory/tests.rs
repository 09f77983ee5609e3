//! The in-memory backend: paging, hiding passwords, creates, faults and the canned DescribeConnectionType answers.

use super::*;
use crate::glue::ConnectionFilter;

fn request(token: Option<String>, size: i32) -> PageRequest {
    PageRequest {
        catalog_id: None,
        filter: ConnectionFilter::default(),
        hide_password: true,
        next_token: token,
        max_results: size,
    }
}

#[test]
fn the_demo_catalog_parses_and_is_rich_enough() {
    let demo = MemoryGlue::demo();
    assert!(demo.len() >= 60, "demo has {} connections", demo.len());
    let types: std::collections::BTreeSet<_> = demo
        .read()
        .iter()
        .filter_map(|c| c.connection_type.clone())
        .collect();
    assert!(types.len() >= 12, "demo has {} types", types.len());
    assert!(
        demo.read()
            .iter()
            .any(|c| c.status.as_deref() == Some("FAILED") && c.status_reason.is_some())
    );
    assert!(
        demo.read()
            .iter()
            .any(|c| c.compatible_compute_environments.is_some())
    );
    assert!(
        demo.read()
            .iter()
            .any(|c| c.physical_connection_requirements.is_some())
    );
}

#[tokio::test]
async fn pages_thread_tokens_without_duplicates_or_losses() {
    let demo = MemoryGlue::demo().with_latency(Duration::ZERO);
    let mut names = Vec::new();
    let mut token = None;
    loop {
        let page = demo.get_connections_page(request(token, 7)).await.unwrap();
        assert!(page.connections.len() <= 7);
        names.extend(page.connections.into_iter().map(|c| c.name));
        token = page.next_token;
        if token.is_none() {
            break;
        }
    }
    let all: Vec<_> = demo.read().iter().map(|c| c.name.clone()).collect();
    assert_eq!(names, all);
}

#[tokio::test]
async fn hide_password_strips_secrets() {
    let demo = MemoryGlue::demo().with_latency(Duration::ZERO);
    let page = demo
        .get_connections_page(request(None, 1000))
        .await
        .unwrap();
    assert!(page.connections.iter().all(|c| c.secret_count() == 0));
    let mut shown = request(None, 1000);
    shown.hide_password = false;
    let page = demo.get_connections_page(shown).await.unwrap();
    assert!(page.connections.iter().any(|c| c.secret_count() > 0));
}

fn create_request(name: &str, connection_type: &str) -> CreateConnectionRequest {
    let mut props = crate::model::PropertyMap::new();
    props.insert("USERNAME".into(), "admin".into());
    props.insert("PASSWORD".into(), "hunter2".into());
    CreateConnectionRequest {
        catalog_id: None,
        connection_input: ConnectionInput {
            name: name.into(),
            connection_type: connection_type.into(),
            connection_properties: props,
            ..ConnectionInput::default()
        },
        tags: None,
    }
}

#[tokio::test]
async fn a_created_connection_is_listed_in_name_order_and_found_by_name() {
    let glue = MemoryGlue::new(vec![
        Connection {
            name: "a".into(),
            ..Default::default()
        },
        Connection {
            name: "c".into(),
            ..Default::default()
        },
    ]);
    let response = glue
        .create_connection(create_request("b", "SALESFORCE"))
        .await
        .unwrap();
    // A schema-version-2 type is validated after it is created, as Glue does.
    assert_eq!(
        response.create_connection_status.as_deref(),
        Some("IN_PROGRESS")
    );
    assert_eq!(glue.created(), ["b"]);

    let page = glue.get_connections_page(request(None, 100)).await.unwrap();
    let names: Vec<_> = page.connections.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    let b = &page.connections[1];
    assert_eq!(b.connection_type.as_deref(), Some("SALESFORCE"));
    assert_eq!(b.status.as_deref(), Some("IN_PROGRESS"));
    assert_eq!(b.connection_schema_version, Some(2));
    assert!(b.creation_time.is_some() && b.creation_time == b.last_updated_time);
    assert_eq!(
        b.secret_count(),
        0,
        "HidePassword hides the stored password"
    );

    let shown = glue.get_connection("b".into(), None, false).await.unwrap();
    assert_eq!(shown.secret_count(), 1);
    assert_eq!(shown.status.as_deref(), Some("IN_PROGRESS"));
    let hidden = glue.get_connection("b".into(), None, true).await.unwrap();
    assert_eq!(hidden.secret_count(), 0);
    assert_eq!(
        hidden.status.as_deref(),
        Some("READY"),
        "validated by the second GetConnection"
    );
    assert_eq!(hidden.status_reason, None);

    let classic = glue
        .create_connection(create_request("jdbc", "JDBC"))
        .await
        .unwrap();
    assert_eq!(classic.create_connection_status.as_deref(), Some("READY"));
    let jdbc = glue
        .get_connection("jdbc".into(), None, true)
        .await
        .unwrap();
    assert_eq!(jdbc.connection_schema_version, Some(1));
}

#[tokio::test]
async fn a_duplicate_name_already_exists_and_an_empty_type_is_invalid() {
    let glue = MemoryGlue::demo().with_latency(Duration::ZERO);
    let before = glue.len();
    let taken = glue.read()[0].name.clone();
    let err = glue
        .create_connection(create_request(&taken, "JDBC"))
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::AlreadyExists);
    assert_eq!(
        err.to_string(),
        format!(
            "A connection named {taken} already exists in the account's default catalog — pick another name"
        )
    );
    let err = glue
        .create_connection(create_request("fresh", ""))
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert_eq!(glue.len(), before);
    assert!(glue.created().is_empty());

    let err = glue
        .get_connection("ghost".into(), None, true)
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::EntityNotFound);
    assert!(
        err.to_string().starts_with("Connection ghost not found"),
        "{err}"
    );
}

#[tokio::test]
async fn faults_apply_to_every_method() {
    let glue = MemoryGlue::new(Vec::new());
    let fault = || GlueError::new(ErrorKind::Throttled, "any", "Rate exceeded");
    glue.fail_next(fault());
    let err = glue
        .create_connection(create_request("x", "JDBC"))
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Throttled);
    assert!(glue.created().is_empty());
    glue.fail_next(fault());
    assert!(glue.get_connection("x".into(), None, true).await.is_err());
    glue.create_connection(create_request("x", "JDBC"))
        .await
        .unwrap();
    assert_eq!(
        glue.get_connection("x".into(), None, true)
            .await
            .unwrap()
            .name,
        "x"
    );
}

#[test]
fn the_canned_connection_types_parse_and_describe_real_forms() {
    let types: Vec<ConnectionTypeDescription> =
        serde_json::from_str(DEMO_CONNECTION_TYPES_JSON).expect("connection_types.json parses");
    let names: Vec<_> = types.iter().map(|d| d.connection_type.as_str()).collect();
    assert_eq!(
        names,
        [
            "SALESFORCE",
            "SLACK",
            "SERVICENOW",
            "GOOGLEADS",
            "DYNAMODB",
            "REST-ACME-TICKETS"
        ]
    );
    for d in &types {
        let t = &d.connection_type;
        assert!(d.description.is_some(), "{t}");
        // KMS_KEY_ARN is AuthenticationConfiguration.KmsKeyArn, never a connection property.
        assert!(d.property("KMS_KEY_ARN").is_none(), "{t}");
        // KeyOverride and PropertyLocation describe a REST connector's own requests.
        let every = d.connection_properties.iter().chain(
            d.authentication_configuration
                .iter()
                .flat_map(|a| a.custom_authentication_properties.iter()),
        );
        for p in every {
            let rest = t.starts_with("REST-");
            assert!(rest || p.key_override.is_none(), "{t} {}", p.id());
            assert!(rest || p.property_location.is_none(), "{t} {}", p.id());
        }
    }
    // The SaaS applications: OAuth2 apps that take an instance or account and a role.
    for d in &types[..4] {
        let t = &d.connection_type;
        assert!(d.required_properties().count() >= 2, "{t}");
        assert!(d.property("ROLE_ARN").is_some_and(|p| p.required), "{t}");
        assert!(
            d.connection_properties
                .iter()
                .all(|p| !p.description.is_empty() && !p.property_types.is_empty()),
            "{t}"
        );
        // Every default is one of the allowed values, when there is a list.
        let auth = d.authentication_configuration.as_ref().expect("auth");
        let every = d
            .connection_properties
            .iter()
            .chain(&auth.oauth2_properties)
            .chain(auth.authentication_type.iter());
        for p in every {
            if let Some(default) = &p.default_value {
                assert!(p.allows(default), "{t} {}: {default}", p.id());
            }
        }
        assert!(
            d.supported_authentication_types()
                .iter()
                .any(|a| a == "OAUTH2"),
            "{t}"
        );
        let grant = auth
            .oauth2_properties
            .iter()
            .find(|p| p.id() == "OAuth2GrantType")
            .expect("grant type");
        assert!(grant.allowed_value_names().contains(&"AUTHORIZATION_CODE"));
        let default_auth = d.default_authentication_type().expect("default auth");
        assert!(
            d.supported_authentication_types()
                .iter()
                .any(|a| a == default_auth)
        );
        // Compare through JSON: the model keeps every key the form needs.
        let back: ConnectionTypeDescription =
            serde_json::from_value(serde_json::to_value(d).unwrap()).unwrap();
        assert_eq!(&back, d);
    }
}

#[tokio::test]
async fn describe_connection_type_answers_for_saas_types_from_the_canned_set() {
    let glue = MemoryGlue::new(Vec::new());
    let sf = glue
        .describe_connection_type("SALESFORCE".into())
        .await
        .unwrap();
    assert_eq!(sf.connection_type, "SALESFORCE");
    let url = sf.property("INSTANCE_URL").expect("INSTANCE_URL");
    assert!(url.required);
    let version = sf.property("API_VERSION").expect("API_VERSION");
    assert_eq!(version.default_value.as_deref(), Some("v60.0"));
    assert!(version.allowed_value_names().contains(&"v59.0"));
    assert_eq!(sf.default_authentication_type(), Some("OAUTH2"));

    let now = glue
        .describe_connection_type("SERVICENOW".into())
        .await
        .unwrap();
    assert_eq!(now.default_authentication_type(), Some("BASIC"));
    let basic = &now
        .authentication_configuration
        .as_ref()
        .unwrap()
        .basic_authentication_properties;
    assert!(basic.iter().any(|p| p.id() == "Password" && p.is_secret()));

    let ads = glue
        .describe_connection_type("GOOGLEADS".into())
        .await
        .unwrap();
    let token = ads.property("DEVELOPER_TOKEN").expect("developer token");
    assert!(token.is_secret() && token.required);
    assert!(glue.describe_connection_type("SLACK".into()).await.is_ok());

    // AWS's ServiceNow guide: the AUTHORIZATION_CODE grant and Table API v2 only.
    let now_auth = now.authentication_configuration.as_ref().unwrap();
    let grant = now_auth
        .oauth2_properties
        .iter()
        .find(|p| p.id() == "OAuth2GrantType")
        .unwrap();
    assert_eq!(grant.allowed_value_names(), ["AUTHORIZATION_CODE"]);
    let version = now.property("API_VERSION").unwrap();
    assert_eq!(version.allowed_value_names(), ["v2"]);
}

#[tokio::test]
async fn the_demo_describes_an_athena_type_and_a_registered_rest_type() {
    let glue = MemoryGlue::new(Vec::new());
    let dynamo = glue
        .describe_connection_type("DYNAMODB".into())
        .await
        .unwrap();
    let spill: Vec<_> = dynamo
        .athena_connection_properties
        .iter()
        .map(|p| (p.id(), p.required))
        .collect();
    assert_eq!(
        spill,
        [
            ("disable_spill_encryption", false),
            ("lambda_function_arn", true),
            ("spill_bucket", true),
            ("spill_prefix", false)
        ]
    );
    assert_eq!(
        dynamo
            .capabilities
            .as_ref()
            .unwrap()
            .supported_compute_environments,
        ["ATHENA"]
    );

    let rest = glue
        .describe_connection_type("REST-ACME-TICKETS".into())
        .await
        .unwrap();
    let url = rest.property("INSTANCE_URL").expect("found by its key");
    assert_eq!(url.display_name(), Some("Instance URL"));
    let version = rest.property("API_VERSION").unwrap();
    assert_eq!(version.key_override.as_deref(), Some("api-version"));
    assert_eq!(version.property_location.as_deref(), Some("QUERY_PARAM"));
    let auth = rest.authentication_configuration.as_ref().unwrap();
    let key = &auth.custom_authentication_properties[0];
    assert_eq!(key.id(), "apiKey");
    assert!(key.is_secret() && key.required);
    assert_eq!(rest.default_authentication_type(), Some("CUSTOM"));
}

#[tokio::test]
async fn an_undescribed_type_is_not_found_and_the_built_in_form_serves() {
    let glue = MemoryGlue::demo().with_latency(Duration::ZERO);
    let err = glue
        .describe_connection_type("JDBC".into())
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::EntityNotFound);
    assert_eq!(err.operation, "DescribeConnectionType");
    assert!(
        err.detail.starts_with("the demo describes "),
        "{}",
        err.detail
    );
    assert!(
        err.to_string().contains("the built-in form is used"),
        "{err}"
    );
    assert_eq!(err.subject.as_deref(), Some("JDBC"));
    // Types are matched exactly, as the service does.
    assert!(
        glue.describe_connection_type("salesforce".into())
            .await
            .is_err()
    );
    // Faults reach DescribeConnectionType like every other call.
    glue.fail_next(GlueError::new(ErrorKind::Throttled, "any", "Rate exceeded"));
    let err = glue
        .describe_connection_type("SALESFORCE".into())
        .await
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::Throttled);
}

#[tokio::test]
async fn the_listed_types_are_the_described_ones_with_their_console_names() {
    let listed = MemoryGlue::new(Vec::new())
        .list_connection_types()
        .await
        .expect("listed");
    let described: Vec<&str> = DESCRIBED
        .iter()
        .map(|d| d.connection_type.as_str())
        .collect();
    let names: Vec<&str> = listed.iter().map(|b| b.connection_type.as_str()).collect();
    assert_eq!(names, described, "every listed type can be described");
    for b in &listed {
        let t = &b.connection_type;
        assert!(b.display_name().is_some(), "{t}");
        let described = DESCRIBED.iter().find(|d| &d.connection_type == t).unwrap();
        assert_eq!(b.capabilities, described.capabilities, "{t}");
    }
    let acme = listed
        .iter()
        .find(|b| b.connection_type == "REST-ACME-TICKETS")
        .unwrap();
    assert_eq!(acme.display_name(), Some("Acme Tickets (custom)"));
}
