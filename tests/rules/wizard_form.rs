//! The wizard's form: what it builds, what it reads back, where it reports problems, what it keeps secret.

use std::collections::BTreeMap;

use glue_tui::model::{
    AuthenticationConfiguration, AuthenticationConfigurationInput, AuthorizationCodeProperties,
    BasicAuthenticationCredentials, Connection, ConnectionInput, CreateConnectionRequest,
    OAuth2ClientApplication, OAuth2Credentials, OAuth2Properties, OAuth2PropertiesInput,
    PhysicalConnectionRequirements,
};
use glue_tui::wizard::form::*;

use crate::support::form::{add_entry, add_item, field, messages_at, started, strings};
use crate::support::model::{demo_description, map};

fn input(name: &str, ty: &str, props: &[(&str, &str)]) -> ConnectionInput {
    ConnectionInput {
        name: name.into(),
        connection_type: ty.into(),
        connection_properties: map(props),
        ..ConnectionInput::default()
    }
}

fn request(input: ConnectionInput) -> CreateConnectionRequest {
    CreateConnectionRequest {
        connection_input: input,
        ..CreateConnectionRequest::default()
    }
}

#[test]
fn jdbc_with_a_url_sends_only_the_url_alternative() {
    let mut f = started("JDBC", " orders-db ");
    // HOST typed first, then the user switches to the URL alternative: HOST is kept but not sent.
    f.set(&property_path("HOST"), "db.internal").unwrap();
    f.choose(&alternative_path("endpoint"), "JDBC_CONNECTION_URL")
        .unwrap();
    f.set(
        &property_path("JDBC_CONNECTION_URL"),
        " jdbc:postgresql://db:5432/orders ",
    )
    .unwrap();
    f.choose(&alternative_path("credentials"), "SECRET_ID")
        .unwrap();
    f.set(&property_path("SECRET_ID"), "prod/orders").unwrap();
    f.set(&property_path("JDBC_ENFORCE_SSL"), "true").unwrap();
    let r = f.to_request();
    assert_eq!(r.connection_input.name, "orders-db");
    assert_eq!(
        r.connection_input.connection_properties,
        map(&[
            ("JDBC_CONNECTION_URL", "jdbc:postgresql://db:5432/orders"),
            ("SECRET_ID", "prod/orders"),
            ("JDBC_ENFORCE_SSL", "true"),
        ])
    );
    assert_eq!(r.catalog_id, None);
    assert_eq!(r.connection_input.authentication_configuration, None);
    assert!(f.problems().is_empty(), "{:?}", f.problems());
    // Back to HOST/PORT/ENGINE: what was typed there is still there.
    f.choose(&alternative_path("endpoint"), "HOST + PORT + JDBC_ENGINE")
        .unwrap();
    f.goto(Section::Properties, 0);
    assert_eq!(field(&f, &property_path("HOST")).value, "db.internal");
}

#[test]
fn jdbc_with_host_port_engine_and_a_password() {
    let mut f = started("JDBC", "orders-db");
    f.set(&property_path("HOST"), "db.internal").unwrap();
    f.set(&property_path("PORT"), "5432").unwrap();
    f.choose(&property_path("JDBC_ENGINE"), "postgres").unwrap();
    f.set(&property_path("USERNAME"), "app").unwrap();
    f.set(&property_path("PASSWORD"), " s3cret ").unwrap();
    let r = f.to_request();
    assert_eq!(
        r.connection_input.connection_properties,
        map(&[
            ("HOST", "db.internal"),
            ("PORT", "5432"),
            ("JDBC_ENGINE", "postgres"),
            ("USERNAME", "app"),
            ("PASSWORD", " s3cret "), // a secret goes out as typed
        ])
    );
    assert!(f.problems().is_empty(), "{:?}", f.problems());
    f.goto(Section::Properties, 0);
    let views = f.fields();
    let labels: Vec<&str> = views.iter().map(|v| v.path.as_str()).collect();
    assert!(!labels.contains(&property_path("JDBC_CONNECTION_URL").as_str()));
    assert!(!labels.contains(&property_path("SECRET_ID").as_str()));
    assert!(field(&f, &property_path("PASSWORD")).secret);
    assert!(field(&f, &property_path("PORT")).required);
}

#[test]
fn kafka() {
    let mut f = started("KAFKA", "events");
    f.set(
        &property_path("KAFKA_BOOTSTRAP_SERVERS"),
        "b-1.msk:9094,b-2.msk:9094",
    )
    .unwrap();
    f.choose(&property_path("KAFKA_SSL_ENABLED"), "true")
        .unwrap();
    f.choose(&property_path("KAFKA_SASL_MECHANISM"), "SCRAM-SHA-512")
        .unwrap();
    f.set(&property_path("KAFKA_SASL_SCRAM_USERNAME"), "svc")
        .unwrap();
    f.set(&property_path("KAFKA_SASL_SCRAM_PASSWORD"), "pw")
        .unwrap();
    add_item(&mut f, Rows::ComputeEnvironments, "SPARK");
    let r = f.to_request();
    assert_eq!(
        r.connection_input.connection_properties,
        map(&[
            ("KAFKA_BOOTSTRAP_SERVERS", "b-1.msk:9094,b-2.msk:9094"),
            ("KAFKA_SSL_ENABLED", "true"),
            ("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
            ("KAFKA_SASL_SCRAM_USERNAME", "svc"),
            ("KAFKA_SASL_SCRAM_PASSWORD", "pw"),
        ])
    );
    assert_eq!(
        r.connection_input.validate_for_compute_environments,
        Some(strings(&["SPARK"]))
    );
    assert!(f.problems().is_empty(), "{:?}", f.problems());
}

#[test]
fn network_needs_physical_requirements() {
    let mut f = started("NETWORK", "vpc-path");
    let before = f.problems();
    assert!(
        before
            .iter()
            .any(|p| p.path == "ConnectionInput.PhysicalConnectionRequirements"),
        "{before:?}"
    );
    assert_eq!(f.first_problem_location(), Some((Section::Network, 0)));
    f.set(SUBNET_ID, "subnet-0abc").unwrap();
    add_item(&mut f, Rows::SecurityGroups, "sg-1");
    add_item(&mut f, Rows::SecurityGroups, " ");
    add_item(&mut f, Rows::SecurityGroups, "sg-2");
    f.set(AVAILABILITY_ZONE, "eu-west-1a").unwrap();
    let r = f.to_request();
    assert_eq!(
        r.connection_input.physical_connection_requirements,
        Some(PhysicalConnectionRequirements {
            subnet_id: Some("subnet-0abc".into()),
            security_group_id_list: Some(strings(&["sg-1", "sg-2"])),
            availability_zone: Some("eu-west-1a".into()),
        })
    );
    assert!(r.connection_input.connection_properties.is_empty());
    assert!(f.problems().is_empty(), "{:?}", f.problems());
    f.goto(Section::Network, 0);
    assert!(field(&f, SUBNET_ID).required);
}

#[test]
fn saas_with_oauth2_authorization_code() {
    let mut f = started("SALESFORCE", "crm");
    add_entry(
        &mut f,
        Rows::ExtraProperties,
        "INSTANCE_URL",
        "https://acme.my.salesforce.com",
    );
    f.goto(Section::Authentication, 0);
    let before: Vec<String> = f.fields().into_iter().map(|v| v.path).collect();
    assert!(!before.contains(&GRANT_TYPE.to_string()));
    f.choose(AUTHENTICATION_TYPE, "OAUTH2").unwrap();
    f.choose(GRANT_TYPE, "AUTHORIZATION_CODE").unwrap();
    let shown: Vec<String> = f.fields().into_iter().map(|v| v.path).collect();
    for path in [
        AUTHORIZATION_CODE,
        REDIRECT_URI,
        ACCESS_TOKEN,
        REFRESH_TOKEN,
        CLIENT_ID,
    ] {
        assert!(shown.contains(&path.to_string()), "{path} in {shown:?}");
    }
    assert!(!shown.contains(&JWT_TOKEN.to_string()));
    assert!(!shown.contains(&USERNAME.to_string()));
    // The code is required before it is typed.
    assert_eq!(
        f.first_problem_location(),
        Some((
            Section::Authentication,
            shown.iter().position(|p| p == AUTHORIZATION_CODE).unwrap()
        ))
    );
    f.set(AUTHORIZATION_CODE, "code-123").unwrap();
    f.set(REDIRECT_URI, "https://login.salesforce.com/callback")
        .unwrap();
    f.set(CLIENT_ID, "client-1").unwrap();
    f.set(
        TOKEN_URL,
        "https://login.salesforce.com/services/oauth2/token",
    )
    .unwrap();
    f.set(ACCESS_TOKEN, "at").unwrap();
    f.set(REFRESH_TOKEN, "rt").unwrap();
    let r = f.to_request();
    let want = AuthenticationConfigurationInput {
        authentication_type: Some("OAUTH2".into()),
        oauth2_properties: Some(OAuth2PropertiesInput {
            grant_type: Some("AUTHORIZATION_CODE".into()),
            client_application: Some(OAuth2ClientApplication {
                user_managed_client_id: Some("client-1".into()),
                aws_managed_reference: None,
            }),
            token_url: Some("https://login.salesforce.com/services/oauth2/token".into()),
            token_url_parameters_map: None,
            authorization_code_properties: Some(AuthorizationCodeProperties {
                authorization_code: Some("code-123".into()),
                redirect_uri: Some("https://login.salesforce.com/callback".into()),
            }),
            credentials: Some(OAuth2Credentials {
                access_token: Some("at".into()),
                refresh_token: Some("rt".into()),
                ..OAuth2Credentials::default()
            }),
        }),
        ..AuthenticationConfigurationInput::default()
    };
    assert_eq!(r.connection_input.authentication_configuration, Some(want));
    assert_eq!(
        r.connection_input.connection_properties,
        map(&[("INSTANCE_URL", "https://acme.my.salesforce.com")])
    );
    assert!(f.problems().is_empty(), "{:?}", f.problems());
}

#[test]
fn custom_with_custom_credentials_and_tags() {
    let mut f = started("CUSTOM", "my-connector");
    f.set(&property_path("CONNECTOR_URL"), "s3://bucket/connector.jar")
        .unwrap();
    f.choose(AUTHENTICATION_TYPE, "CUSTOM").unwrap();
    add_entry(&mut f, Rows::CustomCredentials, "apiKey", " k-1 ");
    add_entry(&mut f, Rows::CustomCredentials, "tenant", "acme");
    add_entry(&mut f, Rows::Tags, "team", " data ");
    add_entry(&mut f, Rows::Tags, "env", "");
    f.add_row(Rows::Tags); // an untouched row is not sent
    let r = f.to_request();
    let auth = r.connection_input.authentication_configuration.unwrap();
    assert_eq!(auth.authentication_type.as_deref(), Some("CUSTOM"));
    assert_eq!(
        auth.custom_authentication_credentials,
        Some(map(&[("apiKey", " k-1 "), ("tenant", "acme")])) // secrets as typed
    );
    assert_eq!(r.tags, Some(map(&[("team", "data"), ("env", "")])));
    assert!(f.problems().is_empty(), "{:?}", f.problems());
    f.goto(Section::Authentication, 0);
    assert!(
        f.fields()
            .iter()
            .filter(|v| v
                .row
                .is_some_and(|(rows, _)| rows == Rows::CustomCredentials))
            .filter(|v| v.path.ends_with(".Value"))
            .all(|v| v.secret)
    );
}

#[test]
fn catalog_id_and_validate_credentials_defaults() {
    let f = Form::new(Some("123456789012".into()));
    assert_eq!(f.to_request().catalog_id.as_deref(), Some("123456789012"));
    assert_eq!(f.to_request().connection_input.validate_credentials, None);
    assert!(!f.is_dirty());
    let mut f = f;
    f.goto(Section::Options, 0);
    assert_eq!(field(&f, VALIDATE_CREDENTIALS).value, "true");
    assert!(f.set(VALIDATE_CREDENTIALS, "maybe").is_err());
    f.choose(VALIDATE_CREDENTIALS, "false").unwrap();
    assert!(f.is_dirty());
    assert_eq!(
        f.to_request().connection_input.validate_credentials,
        Some(false)
    );
}

fn round_trip_table() -> Vec<CreateConnectionRequest> {
    let mut jdbc_url = input(
        "a",
        "JDBC",
        &[
            ("JDBC_CONNECTION_URL", "jdbc:mysql://h:3306/d"),
            ("SECRET_ID", "s"),
        ],
    );
    jdbc_url.description = Some("orders\nline two".into());
    jdbc_url.match_criteria = Some(strings(&["one", "two"]));
    let jdbc_host = input(
        "b",
        "JDBC",
        &[
            ("HOST", "h"),
            ("PORT", "5432"),
            ("JDBC_ENGINE", "postgres"),
            ("USERNAME", "u"),
            ("PASSWORD", " p w "),
            ("CUSTOM_FIELD", "x"),
        ],
    );
    // Both alternatives given: invalid, but nothing is lost on the way through the form.
    let jdbc_both = input(
        "c",
        "JDBC",
        &[
            ("HOST", "h"),
            ("PORT", "1"),
            ("JDBC_ENGINE", "mysql"),
            ("JDBC_CONNECTION_URL", "jdbc:x"),
            ("SECRET_ID", ""),
        ],
    );
    let mut kafka = input(
        "d",
        "KAFKA",
        &[
            ("KAFKA_BOOTSTRAP_SERVERS", "b:9092"),
            ("KAFKA_CLIENT_KEY_PASSWORD", "kp"),
        ],
    );
    kafka.spark_properties = Some(map(&[("spark.ssl.keyPassword", "x"), ("spark.a", "b")]));
    kafka.athena_properties = Some(map(&[("k", "v")]));
    kafka.python_properties = Some(map(&[("p", "q")]));
    kafka.validate_for_compute_environments = Some(strings(&["SPARK", "ATHENA"]));
    kafka.validate_credentials = Some(true);
    let mut network = input("e", "NETWORK", &[]);
    network.physical_connection_requirements = Some(PhysicalConnectionRequirements {
        subnet_id: Some("subnet-1".into()),
        security_group_id_list: Some(strings(&["sg-1", "sg-2"])),
        availability_zone: None,
    });
    let mut saas = input("f", "SALESFORCE", &[("INSTANCE_URL", "https://x")]);
    saas.authentication_configuration = Some(AuthenticationConfigurationInput {
        authentication_type: Some("OAUTH2".into()),
        oauth2_properties: Some(OAuth2PropertiesInput {
            grant_type: Some("CLIENT_CREDENTIALS".into()),
            client_application: Some(OAuth2ClientApplication {
                user_managed_client_id: Some("id".into()),
                aws_managed_reference: None,
            }),
            token_url: Some("https://t".into()),
            token_url_parameters_map: Some(map(&[("scope", "api"), ("audience", "x")])),
            authorization_code_properties: None,
            credentials: Some(OAuth2Credentials {
                user_managed_client_application_client_secret: Some("cs".into()),
                ..OAuth2Credentials::default()
            }),
        }),
        kms_key_arn: Some("arn:aws:kms:eu-west-1:123456789012:key/abc".into()),
        ..AuthenticationConfigurationInput::default()
    });
    let mut custom = input("g", "CUSTOM", &[("CONNECTOR_URL", "s3://b/k.jar")]);
    custom.authentication_configuration = Some(AuthenticationConfigurationInput {
        authentication_type: Some("CUSTOM".into()),
        custom_authentication_credentials: Some(map(&[("a", "1"), ("b", " 2 ")])),
        secret_arn: Some("arn:aws:secretsmanager:eu-west-1:123456789012:secret:s-AbCdEf".into()),
        ..AuthenticationConfigurationInput::default()
    });
    let mut basic = input("h", "MONGODB", &[("CONNECTION_URL", "mongodb://h:27017/d")]);
    basic.authentication_configuration = Some(AuthenticationConfigurationInput {
        authentication_type: Some("BASIC".into()),
        basic_authentication_credentials: Some(BasicAuthenticationCredentials {
            username: Some("u".into()),
            password: Some("p".into()),
        }),
        ..AuthenticationConfigurationInput::default()
    });
    basic.validate_credentials = Some(false);
    // Values that belong to another authentication type, an unknown type, odd keys: kept as they are.
    let mut odd = input("i", "NOT_A_TYPE", &[("weird key", "v"), ("", "empty key")]);
    odd.authentication_configuration = Some(AuthenticationConfigurationInput {
        authentication_type: Some("IAM".into()),
        basic_authentication_credentials: Some(BasicAuthenticationCredentials {
            username: Some("u".into()),
            password: None,
        }),
        oauth2_properties: Some(OAuth2PropertiesInput {
            grant_type: Some("JWT_BEARER".into()),
            credentials: Some(OAuth2Credentials {
                jwt_token: Some("j".into()),
                ..OAuth2Credentials::default()
            }),
            ..OAuth2PropertiesInput::default()
        }),
        ..AuthenticationConfigurationInput::default()
    });
    let view = input(
        "j",
        "VIEW_VALIDATION_REDSHIFT",
        &[
            ("ROLE_ARN", "arn:aws:iam::123456789012:role/r"),
            ("CLUSTER_IDENTIFIER", "c"),
            ("DATABASE", "dev"),
        ],
    );

    let mut out: Vec<CreateConnectionRequest> = [
        jdbc_url, jdbc_host, jdbc_both, kafka, network, saas, custom, basic, odd, view,
    ]
    .into_iter()
    .map(request)
    .collect();
    out[0].catalog_id = Some("123456789012".into());
    out[3].tags = Some(map(&[("team", "data"), ("empty", ""), ("with space", "v")]));
    out
}

#[test]
fn request_form_request_round_trips() {
    let table = round_trip_table();
    assert!(table.len() >= 8);
    for r in &table {
        let f = Form::from_request(r);
        assert!(!f.is_dirty());
        assert_eq!(
            &f.to_request(),
            r,
            "round trip of {}",
            r.connection_input.name
        );
        // And through the JSON the review step shows.
        let json = serde_json::to_string(&f.to_request()).unwrap();
        let back: CreateConnectionRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(Form::from_request(&back).to_request(), *r);
    }
}

#[test]
fn the_alternative_read_back_is_the_one_given() {
    let r = &round_trip_table()[0];
    let mut f = Form::from_request(r);
    f.goto(Section::Properties, 0);
    assert_eq!(
        field(&f, &alternative_path("endpoint")).value,
        "JDBC_CONNECTION_URL"
    );
    assert_eq!(
        field(&f, &alternative_path("credentials")).value,
        "SECRET_ID"
    );
    // An unlisted key becomes a row.
    let r = &round_trip_table()[1];
    let mut f = Form::from_request(r);
    f.goto(Section::Properties, 0);
    let rows: Vec<FieldView> = f.fields().into_iter().filter(|v| v.row.is_some()).collect();
    assert_eq!(rows[0].value, "CUSTOM_FIELD");
    assert_eq!(rows[1].value, "x");
}

#[test]
fn invalid_text_is_kept_and_reported_at_its_field() {
    let mut f = started("JDBC", "orders");
    f.set(&property_path("PORT"), "80x").unwrap();
    f.goto(Section::Properties, 0);
    let port = field(&f, &property_path("PORT"));
    assert_eq!(port.value, "80x");
    // A port that is not a number is advice (no API rule states the format): a warning, not a refusal.
    assert!(
        port.warning.as_deref().is_some_and(|m| m.contains("PORT")),
        "{port:?}"
    );
    assert_eq!(port.error, None, "{port:?}");
    assert_eq!(
        f.to_request().connection_input.connection_properties["PORT"],
        "80x"
    );
    // A bad tag, a bad list item, a bad name: each message lands beside its own field.
    f.set(NAME, "bad\u{7}name").unwrap();
    add_entry(&mut f, Rows::Tags, &"k".repeat(200), "v");
    add_item(&mut f, Rows::SecurityGroups, "");
    add_item(&mut f, Rows::SecurityGroups, &"s".repeat(300));
    f.goto(Section::Basics, 0);
    assert!(field(&f, NAME).error.is_some());
    assert_eq!(field(&f, NAME).value, "bad\u{7}name");
    assert!(field(&f, DESCRIPTION).error.is_none());
    f.goto(Section::Options, 0);
    let tag = field(&f, &row_path(Rows::Tags, 0, RowPart::Value));
    assert!(tag.error.is_some(), "{tag:?}");
    f.goto(Section::Network, 0);
    assert!(
        field(&f, &row_path(Rows::SecurityGroups, 0, RowPart::Value))
            .error
            .is_none()
    );
    assert!(
        field(&f, &row_path(Rows::SecurityGroups, 1, RowPart::Value))
            .error
            .is_some()
    );
    // Choice-only fields refuse what is not a choice; paths that are not fields are refused.
    assert!(f.set(AUTHENTICATION_TYPE, "KERBEROS").is_err());
    assert!(f.choose(NAME, "x").is_err());
    assert!(f.set("ConnectionInput.Nope", "x").is_err());
}

#[test]
fn a_repeated_row_key_is_a_problem_not_a_silent_loss() {
    let mut f = started("KAFKA", "k");
    f.set(&property_path("KAFKA_BOOTSTRAP_SERVERS"), "b:9092")
        .unwrap();
    add_entry(&mut f, Rows::Tags, "team", "a");
    add_entry(&mut f, Rows::Tags, "team", "b");
    add_entry(
        &mut f,
        Rows::ExtraProperties,
        "KAFKA_BOOTSTRAP_SERVERS",
        "c:9092",
    );
    let problems = f.problems();
    assert!(
        problems
            .iter()
            .any(|p| p.path == row_path(Rows::Tags, 1, RowPart::Key)),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.path == row_path(Rows::ExtraProperties, 0, RowPart::Key)),
        "{problems:?}"
    );
    assert_eq!(
        f.to_request().connection_input.connection_properties["KAFKA_BOOTSTRAP_SERVERS"],
        "b:9092"
    );
    f.goto(Section::Options, 0);
    assert!(
        field(&f, &row_path(Rows::Tags, 1, RowPart::Key))
            .error
            .is_some()
    );
}

#[test]
fn first_problem_location_is_the_earliest_field() {
    let f = Form::new(None);
    assert_eq!(f.first_problem_location(), Some((Section::Type, 0)));
    let mut f = started("JDBC", "orders");
    // JDBC with nothing: the endpoint group's first missing key (HOST) comes first.
    f.goto(Section::Properties, 0);
    let views = f.fields();
    let host = views
        .iter()
        .position(|v| v.path == property_path("HOST"))
        .unwrap();
    assert_eq!(
        f.first_problem_location(),
        Some((Section::Properties, host))
    );
    f.set(&property_path("JDBC_CONNECTION_URL"), "x")
        .unwrap_err(); // not shown: HOST/PORT/ENGINE is chosen
    f.choose(&alternative_path("endpoint"), "JDBC_CONNECTION_URL")
        .unwrap();
    f.set(&property_path("JDBC_CONNECTION_URL"), "jdbc:x")
        .unwrap();
    f.choose(&alternative_path("credentials"), "SECRET_ID")
        .unwrap();
    // Chosen SECRET_ID, nothing typed: the group's message goes to a field of this section.
    let (section, _) = f.first_problem_location().unwrap();
    assert_eq!(section, Section::Properties);
    f.set(&property_path("SECRET_ID"), "s").unwrap();
    assert_eq!(f.first_problem_location(), None);
    f.set(NAME, "").unwrap();
    assert_eq!(f.first_problem_location(), Some((Section::Basics, 0)));
    let mut g = f.clone();
    let (s, i) = g.first_problem_location().unwrap();
    g.goto(s, i);
    assert!(g.fields()[g.focus].error.is_some());
}

#[test]
fn navigation_walks_fields_then_sections() {
    let mut f = started("JDBC", "a");
    assert_eq!((f.section, f.focus), (Section::Type, 0));
    f.next_field();
    assert_eq!((f.section, f.focus), (Section::Basics, 0));
    // Name, Description, then the blank Match criterion row Basics shows before Alt-A.
    f.next_field();
    f.next_field();
    assert_eq!((f.section, f.focus), (Section::Basics, 2));
    f.next_field();
    assert_eq!((f.section, f.focus), (Section::Properties, 0));
    f.prev_field();
    assert_eq!((f.section, f.focus), (Section::Basics, 2));
    f.prev_section();
    f.prev_section();
    assert_eq!(f.section, Section::Type);
    for _ in 0..20 {
        f.next_section();
    }
    assert_eq!(f.section, Section::Review);
    assert!(f.fields().is_empty());
    f.next_field();
    assert_eq!(f.section, Section::Review);
    // Removing a row keeps the focus inside the section.
    f.goto(Section::Options, 0);
    add_entry(&mut f, Rows::Tags, "a", "b");
    f.goto(Section::Options, 3);
    assert!(f.remove_row(Rows::Tags, 0));
    assert!(f.focus < f.fields().len());
    assert!(!f.remove_row(Rows::Tags, 0));
}

fn server_connection() -> Connection {
    Connection {
        name: "orders-db".into(),
        description: Some("Orders".into()),
        connection_type: Some("JDBC".into()),
        match_criteria: Some(strings(&["m"])),
        connection_properties: Some(map(&[
            ("JDBC_CONNECTION_URL", "jdbc:postgresql://db:5432/orders"),
            ("USERNAME", "app"),
            ("PASSWORD", "hunter2"),
            ("ENCRYPTED_PASSWORD", "AQICAH..."),
        ])),
        spark_properties: Some(map(&[("spark.ssl.keyPassword", "x"), ("spark.a", "b")])),
        physical_connection_requirements: Some(PhysicalConnectionRequirements {
            subnet_id: Some("subnet-1".into()),
            security_group_id_list: Some(strings(&["sg-1"])),
            availability_zone: Some("eu-west-1a".into()),
        }),
        creation_time: None,
        last_updated_by: Some("arn:aws:iam::123456789012:user/x".into()),
        status: Some("READY".into()),
        status_reason: Some("ok".into()),
        authentication_configuration: Some(AuthenticationConfiguration {
            authentication_type: Some("OAUTH2".into()),
            secret_arn: None,
            kms_key_arn: None,
            oauth2_properties: Some(OAuth2Properties {
                grant_type: Some("JWT_BEARER".into()),
                client_application: None,
                token_url: Some("https://t".into()),
                token_url_parameters_map: Some(map(&[("client_secret", "cs"), ("scope", "s")])),
            }),
        }),
        connection_schema_version: Some(2),
        compatible_compute_environments: Some(strings(&["SPARK"])),
        ..Connection::default()
    }
}

#[test]
fn clone_drops_server_fields_and_passwords_and_appends_copy() {
    let mut f = Form::from_connection(&server_connection(), Some("123456789012".into()));
    assert!(!f.is_dirty());
    let r = f.to_request();
    assert_eq!(r.catalog_id.as_deref(), Some("123456789012"));
    let i = &r.connection_input;
    assert_eq!(i.name, "orders-db-copy");
    assert_eq!(i.description.as_deref(), Some("Orders"));
    assert_eq!(
        i.connection_properties,
        map(&[
            ("JDBC_CONNECTION_URL", "jdbc:postgresql://db:5432/orders"),
            ("USERNAME", "app")
        ])
    );
    assert_eq!(i.spark_properties, Some(map(&[("spark.a", "b")])));
    assert_eq!(i.validate_for_compute_environments, None);
    let oauth = i
        .authentication_configuration
        .as_ref()
        .unwrap()
        .oauth2_properties
        .as_ref()
        .unwrap();
    // Every TokenUrlParametersMap value is a secret (model::secret_place): the clone carries none of them.
    assert_eq!(oauth.token_url_parameters_map, None);
    let json = serde_json::to_string(&r).unwrap();
    for gone in [
        "hunter2",
        "AQICAH",
        "READY",
        "LastUpdatedBy",
        "Compatible",
        "SchemaVersion",
        "\"cs\"",
    ] {
        assert!(!json.contains(gone), "{gone} in {json}");
    }
    // The password comes back empty and required.
    f.goto(Section::Properties, 0);
    let pw = field(&f, &property_path("PASSWORD"));
    assert_eq!(pw.value, "");
    assert!(pw.required && pw.secret && pw.error.is_some(), "{pw:?}");
}

#[test]
fn draft_holds_no_secret() {
    let mut f = started("JDBC", "d");
    f.set(&property_path("HOST"), "h").unwrap();
    f.set(&property_path("USERNAME"), "u").unwrap();
    f.set(&property_path("PASSWORD"), "SECRET-1").unwrap();
    add_entry(
        &mut f,
        Rows::SparkProperties,
        "spark.ssl.keyPassword",
        "SECRET-2",
    );
    f.choose(AUTHENTICATION_TYPE, "BASIC").unwrap();
    f.set(USERNAME, "bu").unwrap();
    f.set(PASSWORD, "SECRET-3").unwrap();
    f.choose(AUTHENTICATION_TYPE, "OAUTH2").unwrap();
    f.choose(GRANT_TYPE, "AUTHORIZATION_CODE").unwrap();
    f.set(AUTHORIZATION_CODE, "SECRET-4").unwrap();
    f.set(REDIRECT_URI, "https://r").unwrap();
    f.set(ACCESS_TOKEN, "SECRET-5").unwrap();
    add_entry(
        &mut f,
        Rows::TokenUrlParameters,
        "client_secret",
        "SECRET-6",
    );
    add_entry(&mut f, Rows::TokenUrlParameters, "scope", "api");
    f.choose(AUTHENTICATION_TYPE, "CUSTOM").unwrap();
    add_entry(&mut f, Rows::CustomCredentials, "k", "SECRET-7");
    let full = serde_json::to_string(&f.to_request()).unwrap();
    for n in 1..=7 {
        assert!(
            full.contains(&format!("SECRET-{n}")),
            "SECRET-{n} in the request"
        );
    }
    let draft = f.draft();
    let json = serde_json::to_string(&draft).unwrap();
    assert!(!json.contains("SECRET-"), "{json}");
    // Every TokenUrlParametersMap value is a secret (model::secret_place), "scope" too.
    assert!(!json.contains("\"scope\""), "{json}");
    for kept in ["\"HOST\":\"h\"", "\"bu\"", "https://r"] {
        assert!(json.contains(kept), "{kept} in {json}");
    }
    // A draft reads back into a form.
    let back = Form::from_request(&draft);
    assert_eq!(back.to_request(), draft);
}

#[test]
fn a_type_change_keeps_what_was_typed_but_sends_only_the_new_types_fields() {
    let mut f = started("MONGODB", "m");
    f.set(&property_path("CONNECTION_URL"), "mongodb://h:27017/d")
        .unwrap();
    f.set(CONNECTION_TYPE, "KAFKA").unwrap();
    assert!(
        !f.to_request()
            .connection_input
            .connection_properties
            .contains_key("CONNECTION_URL")
    );
    f.choose(CONNECTION_TYPE, "MONGODB").unwrap();
    assert_eq!(
        f.to_request().connection_input.connection_properties,
        BTreeMap::from([(
            "CONNECTION_URL".to_string(),
            "mongodb://h:27017/d".to_string()
        )])
    );
    let mut g = Form::new(None);
    g.replace_with(&f.to_request());
    assert!(g.is_dirty());
    assert_eq!(g.to_request(), f.to_request());
}

#[test]
fn a_description_adds_the_types_properties_with_defaults() {
    let mut f = started("salesforce", "crm");
    assert_eq!(f.wants_description().as_deref(), Some("SALESFORCE"));
    assert!(f.description().is_none());
    assert!(f.apply_description(demo_description("SALESFORCE")));
    assert!(f.described("Salesforce"));
    assert_eq!(f.wants_description(), None);
    assert_eq!(f.description().unwrap().connection_type, "SALESFORCE");

    f.goto(Section::Properties, 0);
    let shown: Vec<(String, bool)> = f
        .fields()
        .into_iter()
        .map(|v| (v.label, v.required))
        .collect();
    let want = [
        ("API_VERSION", true),
        ("INSTANCE_URL", true),
        ("ROLE_ARN", true),
        ("IS_SANDBOX", false),
    ];
    let want: Vec<(String, bool)> = want.iter().map(|(l, r)| (l.to_string(), *r)).collect();
    assert_eq!(shown, want, "required first, then optional, each by name");

    let version = field(&f, &property_path("API_VERSION"));
    assert_eq!(version.value, "v60.0", "prefilled with its default");
    assert!(version.choice_only);
    assert_eq!(version.choices, strings(&["v58.0", "v59.0", "v60.0"]));
    assert!(version.help.contains("REST API version") && version.help.contains("default v60.0"));
    let sandbox = field(&f, &property_path("IS_SANDBOX"));
    assert_eq!(sandbox.value, "false");
    assert_eq!(
        sandbox.choices,
        strings(&["", "true", "false"]),
        "optional: may be left out"
    );
    assert!(f.set(&property_path("API_VERSION"), "v1").is_err());

    let url = property_path("INSTANCE_URL");
    assert_eq!(
        messages_at(&f, &url),
        ["INSTANCE_URL is required for SALESFORCE"]
    );
    assert_eq!(
        field(&f, &url).error.as_deref(),
        Some("INSTANCE_URL is required for SALESFORCE")
    );
    assert_eq!(
        f.first_problem_location(),
        Some((Section::Properties, 1)),
        "the first described field with a problem: API_VERSION holds its default"
    );
    f.set(&url, " https://acme.my.salesforce.com ").unwrap();
    f.set(
        &property_path("ROLE_ARN"),
        "arn:aws:iam::123456789012:role/glue",
    )
    .unwrap();
    assert!(messages_at(&f, &url).is_empty());
    let props = f.to_request().connection_input.connection_properties;
    assert_eq!(
        props,
        map(&[
            ("API_VERSION", "v60.0"),
            ("INSTANCE_URL", "https://acme.my.salesforce.com"),
            ("IS_SANDBOX", "false"),
            ("ROLE_ARN", "arn:aws:iam::123456789012:role/glue"),
        ])
    );

    // The type's default authentication type fills the empty field, and what it asks for is reported.
    f.goto(Section::Authentication, 0);
    assert_eq!(field(&f, AUTHENTICATION_TYPE).value, "OAUTH2");
    assert!(
        field(&f, AUTHENTICATION_TYPE)
            .help
            .contains("SALESFORCE supports OAUTH2")
    );
    // The grants SALESFORCE's description allows, and no other.
    assert_eq!(
        field(&f, GRANT_TYPE).choices,
        strings(&["", "AUTHORIZATION_CODE", "JWT_BEARER"])
    );
    assert!(f.choose(GRANT_TYPE, "CLIENT_CREDENTIALS").is_err());
    f.choose(GRANT_TYPE, "JWT_BEARER").unwrap();
    f.set(JWT_TOKEN, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").unwrap();
    assert!(f.problems().is_empty(), "{:?}", f.problems());
}

#[test]
fn a_late_answer_for_another_type_is_ignored() {
    let mut f = started("SALESFORCE", "crm");
    assert!(!f.apply_description(demo_description("SLACK")));
    assert!(f.description().is_none());
    assert!(!f.described("SLACK"));
    let mut blank = Form::new(None);
    assert!(
        !blank.apply_description(demo_description("SLACK")),
        "no type chosen yet"
    );
    assert_eq!(blank.wants_description(), None);
}

#[test]
fn an_imported_property_moves_into_its_described_field() {
    let r = request(input(
        "crm",
        "SALESFORCE",
        &[
            ("INSTANCE_URL", "https://acme.my.salesforce.com"),
            ("IS_SANDBOX", "true"),
            ("CUSTOM_KEY", "x"),
        ],
    ));
    let mut f = Form::from_request(&r);
    f.goto(Section::Properties, 0);
    let rows_before = f.fields().iter().filter(|v| v.row.is_some()).count();
    assert_eq!(rows_before, 6, "three rows before the description");

    assert!(f.apply_description(demo_description("SALESFORCE")));
    assert!(!f.is_dirty(), "the user changed nothing");
    assert_eq!(
        field(&f, &property_path("INSTANCE_URL")).value,
        "https://acme.my.salesforce.com"
    );
    assert_eq!(
        field(&f, &property_path("IS_SANDBOX")).value,
        "true",
        "not the default"
    );
    let row_keys: Vec<String> = f
        .fields()
        .into_iter()
        .filter(|v| v.row.is_some() && v.path.ends_with(".Key"))
        .map(|v| v.value)
        .collect();
    assert_eq!(row_keys, ["CUSTOM_KEY"], "shown once, not twice");
    assert!(
        !f.problems().iter().any(|p| p.message.contains("twice")),
        "{:?}",
        f.problems()
    );
    let props = f.to_request().connection_input.connection_properties;
    assert_eq!(
        props,
        map(&[
            ("API_VERSION", "v60.0"),
            ("CUSTOM_KEY", "x"),
            ("INSTANCE_URL", "https://acme.my.salesforce.com"),
            ("IS_SANDBOX", "true"),
        ])
    );

    // The review JSON read back keeps the description.
    let mut g = f.clone();
    g.replace_with(&f.to_request());
    assert!(g.description().is_some());
    assert_eq!(g.to_request(), f.to_request());
}

#[test]
fn a_row_repeating_a_described_field_is_reported() {
    let mut f = started("SALESFORCE", "crm");
    f.apply_description(demo_description("SALESFORCE"));
    add_entry(&mut f, Rows::ExtraProperties, "API_VERSION", "v59.0");
    let key = row_path(Rows::ExtraProperties, 0, RowPart::Key);
    assert_eq!(messages_at(&f, &key), ["API_VERSION is given twice"]);
}

#[test]
fn untouched_defaults_follow_the_type_typed_values_stay() {
    let mut f = started("SALESFORCE", "crm");
    f.apply_description(demo_description("SALESFORCE"));
    let version = property_path("API_VERSION");
    f.choose(CONNECTION_TYPE, "SLACK").unwrap();
    assert_eq!(
        f.to_request().connection_input.connection_properties,
        map(&[])
    );
    assert_eq!(
        f.to_request().connection_input.authentication_configuration,
        None
    );
    assert!(f.apply_description(demo_description("SLACK")));
    f.goto(Section::Properties, 0);
    assert_eq!(field(&f, &version).value, "v2");
    // Back to a described type: its fields and defaults return without asking again.
    f.choose(CONNECTION_TYPE, "SALESFORCE").unwrap();
    assert_eq!(f.wants_description(), None);
    assert_eq!(field(&f, &version).value, "v60.0");

    f.choose(&version, "v58.0").unwrap();
    f.choose(CONNECTION_TYPE, "SERVICENOW").unwrap();
    f.apply_description(demo_description("SERVICENOW"));
    assert_eq!(
        field(&f, &version).value,
        "v58.0",
        "the user's choice is kept"
    );
    assert_eq!(messages_at(&f, &version), ["API_VERSION: one of v2"]);
    f.goto(Section::Authentication, 0);
    assert_eq!(
        field(&f, AUTHENTICATION_TYPE).value,
        "BASIC",
        "SERVICENOW's default"
    );
}

#[test]
fn an_unsupported_authentication_type_is_reported() {
    // The form offers only the types the description supports…
    let mut f = started("SERVICENOW", "itsm");
    f.apply_description(demo_description("SERVICENOW"));
    f.goto(Section::Authentication, 0);
    assert_eq!(
        field(&f, AUTHENTICATION_TYPE).choices,
        strings(&["BASIC", "OAUTH2"]),
        "the description requires one: no blank"
    );
    assert!(f.choose(AUTHENTICATION_TYPE, "CUSTOM").is_err());
    // …and one an import brings stays, offered and reported, until the user picks another.
    let mut request = f.to_request();
    request
        .connection_input
        .authentication_configuration
        .get_or_insert_default()
        .authentication_type = Some("CUSTOM".into());
    let mut f = Form::from_request(&request);
    f.apply_description(demo_description("SERVICENOW"));
    f.goto(Section::Authentication, 0);
    assert_eq!(field(&f, AUTHENTICATION_TYPE).value, "CUSTOM");
    assert_eq!(
        messages_at(&f, AUTHENTICATION_TYPE),
        ["SERVICENOW does not support CUSTOM authentication; use BASIC or OAUTH2"]
    );
    f.choose(AUTHENTICATION_TYPE, "OAUTH2").unwrap();
    assert!(messages_at(&f, AUTHENTICATION_TYPE).is_empty());
}

#[test]
fn a_described_secret_is_masked_sent_as_typed_and_kept_out_of_the_draft() {
    let mut f = started("GOOGLEADS", "ads");
    f.apply_description(demo_description("GOOGLEADS"));
    let token = property_path("DEVELOPER_TOKEN");
    f.goto(Section::Properties, 0);
    assert!(field(&f, &token).secret);
    f.set(&token, " tok ").unwrap();
    let props = f.to_request().connection_input.connection_properties;
    assert_eq!(
        props.get("DEVELOPER_TOKEN").map(String::as_str),
        Some(" tok ")
    );
    assert!(
        !f.draft()
            .connection_input
            .connection_properties
            .contains_key("DEVELOPER_TOKEN")
    );
}

#[test]
fn a_description_of_a_spec_listed_type_merges_into_its_fields() {
    let json = r#"{
        "ConnectionType": "JDBC",
        "ConnectionProperties": {
            "JDBC_ENFORCE_SSL": {"Description": "Refuse plain connections.", "Required": true,
                                 "PropertyTypes": ["USER_INPUT"],
                                 "AllowedValues": [{"Value": "true"}, {"Value": "false"}]},
            "HOST": {"Description": "The host.", "Required": true, "PropertyTypes": ["USER_INPUT"]},
            "SESSION_TIMEOUT": {"Description": "Seconds.", "Required": false, "DefaultValue": "30",
                                "PropertyTypes": ["USER_INPUT"]},
            "CONNECTOR_ID": {"Description": "Set by Glue.", "Required": true, "PropertyTypes": ["READ_ONLY"]}
        }
    }"#;
    let mut f = started("JDBC", "db");
    assert!(f.apply_description(serde_json::from_str(json).unwrap()));
    f.choose(&alternative_path("endpoint"), "JDBC_CONNECTION_URL")
        .unwrap();
    f.goto(Section::Properties, 0);
    let ssl = field(&f, &property_path("JDBC_ENFORCE_SSL"));
    assert_eq!(ssl.label, "Require SSL", "the spec's field stays");
    assert!(ssl.required, "the description wins on required");
    assert!(ssl.choice_only);
    assert!(ssl.help.ends_with("— Refuse plain connections."));
    assert_eq!(
        messages_at(&f, &property_path("JDBC_ENFORCE_SSL")),
        ["JDBC_ENFORCE_SSL is required for JDBC: true or false"]
    );
    // HOST belongs to the endpoint group, whose rule stays the spec's: the URL alternative does without it.
    f.set(
        &property_path("JDBC_CONNECTION_URL"),
        "jdbc:mysql://db:3306/x",
    )
    .unwrap();
    assert!(
        messages_at(&f, &property_path("HOST")).is_empty(),
        "{:?}",
        f.problems()
    );
    let labels: Vec<String> = f.fields().into_iter().map(|v| v.label).collect();
    assert!(labels.contains(&"SESSION_TIMEOUT".to_string()));
    assert!(
        !labels.contains(&"CONNECTOR_ID".to_string()),
        "read-only: no field"
    );
    assert_eq!(field(&f, &property_path("SESSION_TIMEOUT")).value, "30");
}

#[test]
fn an_undocumented_key_is_a_warning_beside_its_row_and_still_sent() {
    let mut f = started("KAFKA", "events");
    f.set(&property_path("KAFKA_BOOTSTRAP_SERVERS"), "b-1:9092")
        .unwrap();
    let i = f.add_row(Rows::ExtraProperties);
    let key = row_path(Rows::ExtraProperties, i, RowPart::Key);
    f.set(&key, "KAFKA_SSL_ENABLD").unwrap();
    f.set(&row_path(Rows::ExtraProperties, i, RowPart::Value), "true")
        .unwrap();
    f.goto(Section::Properties, 0);
    // The row's value field carries what is said about the entry (its JSON path), drawn under the row.
    let row = field(&f, &row_path(Rows::ExtraProperties, i, RowPart::Value));
    assert_eq!(row.error, None, "{row:?}");
    assert_eq!(
        row.warning.as_deref(),
        Some(
            "KAFKA_SSL_ENABLD is not a connection property key Glue documents — did you mean KAFKA_SSL_ENABLED? \
             (sent as written; Glue decides)"
        )
    );
    assert!(
        f.problems()
            .iter()
            .all(|p| !p.path.contains("KAFKA_SSL_ENABLD")),
        "{:?}",
        f.problems()
    );
    assert_eq!(
        f.to_request().connection_input.connection_properties["KAFKA_SSL_ENABLD"],
        "true"
    );
}
