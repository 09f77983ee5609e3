//! Property tests of the create wizard's round trips (issue 3, test 3): a request the form can produce goes through
//! the form, the review JSON (revealed or masked) and the review's edit path unchanged, and the draft the form
//! saves never holds one of its secrets. `wizard_form` has the hand-written cases these generalise.
//!
//! The strategies generate *normalised* requests — what `Form::to_request` can give — so the property is that
//! nothing is lost or changed, not that the form cleans input up: values are trimmed except secrets (kept as typed,
//! blank ones included where a map row carries them), blank optional fields are absent, nested objects are present
//! only when they hold something (`OAuth2Properties` also whenever the authentication type is `OAUTH2`). Values
//! need not be valid: validation is a separate concern.

use std::collections::BTreeSet;

use glue_tui::model::{
    AuthenticationConfigurationInput, AuthorizationCodeProperties, BasicAuthenticationCredentials,
    ConnectionInput, CreateConnectionRequest, OAuth2ClientApplication, OAuth2Credentials,
    OAuth2PropertiesInput, PhysicalConnectionRequirements, PropertyMap, is_secret_key,
};
use glue_tui::request::masked;
use glue_tui::wizard::form::{Form, Section};
use glue_tui::wizard::review::ReviewEditor;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

use crate::support::model::demo_description;

/// Characters values are made of: ASCII (JSON's escapes `"` and `\`, JSON-pointer's `/` and `~` included),
/// accents, CJK, an emoji, and whitespace that `str::trim` removes at the ends but keeps inside (line breaks, a tab,
/// a no-break and an ideographic space).
const CHARS: &[char] = &[
    'a', 'b', 'z', 'A', 'Q', '0', '7', '-', '_', '.', ':', '/', '~', '"', '\\', '=', ',', '@', 'é',
    'ß', 'Ω', '东', '京', '🦀', ' ', ' ', '\n', '\t', '\u{a0}', '\u{3000}',
];

/// Any text, whitespace at the ends included (up to 10 characters).
fn raw() -> impl Strategy<Value = String> {
    prop::collection::vec(select(CHARS), 0..10).prop_map(|cs| cs.into_iter().collect())
}

/// A value as the form sends a non-secret: trimmed, possibly empty.
fn trimmed() -> impl Strategy<Value = String> {
    raw().prop_map(|s| s.trim().to_string())
}

/// A non-secret single value: trimmed and not empty.
fn text() -> impl Strategy<Value = String> {
    trimmed().prop_map(|s| if s.is_empty() { "x".to_string() } else { s })
}

/// A secret single value: as typed (whitespace at the ends kept), not blank.
fn secret() -> impl Strategy<Value = String> {
    raw().prop_map(|mut s| {
        if s.trim().is_empty() {
            s.push('s');
        }
        s
    })
}

fn opt<T: std::fmt::Debug>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::of(s)
}

/// `Some` only when `value` holds something, as the form leaves empty objects out.
fn non_default<T: Default + PartialEq>(value: T) -> Option<T> {
    (value != T::default()).then_some(value)
}

/// A list as the form sends it: trimmed non-empty items (repeats kept), absent when empty.
fn list() -> impl Strategy<Value = Option<Vec<String>>> {
    prop::collection::vec(text(), 0..4).prop_map(|v| (!v.is_empty()).then_some(v))
}

/// Keys that `is_secret_key` calls secret, and some it does not although they look close.
const KEYS: &[&str] = &[
    "PASSWORD",
    "db_password",
    "ENCRYPTED_PASSWORD",
    "ENCRYPTED_X",
    "api_token",
    "CLIENT_SECRET",
    "API_KEY",
    "SECRET_ID",
    "TOKEN_URL",
    "KAFKA_SASL_SCRAM_SECRETS_ARN",
    "INSTANCE_URL",
    "spark.ssl.keyPassword",
    "scope",
    "",
];

/// A map key: one of `known` (a type's field keys), one of [`KEYS`], or any trimmed text (the empty key
/// included).
fn key(known: &'static [&'static str]) -> BoxedStrategy<String> {
    let named = select(KEYS).prop_map(str::to_string);
    if known.is_empty() {
        prop_oneof![named, trimmed()].boxed()
    } else {
        prop_oneof![
            3 => select(known).prop_map(str::to_string),
            1 => named,
            1 => trimmed(),
        ]
        .boxed()
    }
}

/// A map as the form sends one of its row lists: keys trimmed, values trimmed unless the key is secret-like (or
/// `all_secret`: custom credentials), rows with neither key nor value left out; absent when empty.
fn map_with(
    known: &'static [&'static str],
    all_secret: bool,
    max: usize,
) -> impl Strategy<Value = Option<PropertyMap>> {
    prop::collection::vec((key(known), raw()), 0..max).prop_map(move |rows| {
        let mut map = PropertyMap::new();
        for (k, v) in rows {
            let v = if all_secret || is_secret_key(&k) {
                v
            } else {
                v.trim().to_string()
            };
            if k.is_empty() && v.trim().is_empty() {
                continue;
            }
            map.insert(k, v);
        }
        (!map.is_empty()).then_some(map)
    })
}

fn map() -> impl Strategy<Value = Option<PropertyMap>> {
    map_with(&[], false, 4)
}

/// The property keys of the types the spec table has fields for (every alternative of each either/or group).
const JDBC_KEYS: &[&str] = &[
    "HOST",
    "PORT",
    "JDBC_ENGINE",
    "JDBC_ENGINE_VERSION",
    "JDBC_CONNECTION_URL",
    "USERNAME",
    "PASSWORD",
    "SECRET_ID",
    "JDBC_ENFORCE_SSL",
    "CUSTOM_JDBC_CERT",
];
const KAFKA_KEYS: &[&str] = &[
    "KAFKA_BOOTSTRAP_SERVERS",
    "KAFKA_SSL_ENABLED",
    "KAFKA_CLIENT_KEYSTORE_PASSWORD",
    "KAFKA_CLIENT_KEY_PASSWORD",
    "KAFKA_SASL_MECHANISM",
    "KAFKA_SASL_SCRAM_USERNAME",
    "KAFKA_SASL_SCRAM_PASSWORD",
    "KAFKA_SASL_SCRAM_SECRETS_ARN",
    "KAFKA_SASL_GSSAPI_KEYTAB",
];
const MONGODB_KEYS: &[&str] = &["CONNECTION_URL", "USERNAME", "PASSWORD", "SECRET_ID"];
const CONNECTOR_KEYS: &[&str] = &[
    "CONNECTOR_URL",
    "CONNECTOR_TYPE",
    "CONNECTOR_CLASS_NAME",
    "CONNECTION_URL",
    "USERNAME",
    "PASSWORD",
    "SECRET_ID",
];
const VIEW_REDSHIFT_KEYS: &[&str] = &[
    "ROLE_ARN",
    "REGION",
    "WORKGROUP_NAME",
    "CLUSTER_IDENTIFIER",
    "DATABASE",
];

/// The types and the keys their properties are mostly drawn from. SALESFORCE and SLACK have no fields without a
/// DescribeConnectionType answer (which `from_request` has not got): all their properties are rows. NETWORK has
/// none.
const TYPES: &[(&str, &[&str])] = &[
    ("JDBC", JDBC_KEYS),
    ("KAFKA", KAFKA_KEYS),
    ("MONGODB", MONGODB_KEYS),
    ("NETWORK", &[]),
    ("CUSTOM", CONNECTOR_KEYS),
    ("MARKETPLACE", CONNECTOR_KEYS),
    ("SALESFORCE", &["INSTANCE_URL", "API_VERSION"]),
    ("SLACK", &["INSTANCE_URL"]),
    ("VIEW_VALIDATION_REDSHIFT", VIEW_REDSHIFT_KEYS),
    // The form keeps the type as spelt and still finds its spec; an unknown type has no fields.
    ("jdbc", JDBC_KEYS),
    ("Kafka", KAFKA_KEYS),
    ("NOT_A_TYPE", &["weird key"]),
];

/// SALESFORCE's properties as the demo's DescribeConnectionType answer lists them (`assets/demo`).
const SALESFORCE: &[(&str, &[&str])] = &[(
    "SALESFORCE",
    &[
        "INSTANCE_URL",
        "API_VERSION",
        "IS_SANDBOX",
        "ROLE_ARN",
        "KMS_KEY_ARN",
    ],
)];

/// A type and its connection properties. Either/or groups may get both alternatives (or neither): the form shows
/// the alternative the request fills most and keeps the other's keys as rows, so nothing is lost either way.
fn typed_properties(
    types: &'static [(&'static str, &'static [&'static str])],
) -> impl Strategy<Value = (String, PropertyMap)> {
    select(types).prop_flat_map(|(ty, keys)| {
        let props = if ty == "NETWORK" {
            Just(None).boxed()
        } else {
            map_with(keys, false, 7).boxed()
        };
        (
            Just(ty.to_string()),
            props.prop_map(Option::unwrap_or_default),
        )
    })
}

fn physical() -> impl Strategy<Value = Option<PhysicalConnectionRequirements>> {
    (opt(text()), list(), opt(text())).prop_map(
        |(subnet_id, security_group_id_list, availability_zone)| {
            non_default(PhysicalConnectionRequirements {
                subnet_id,
                security_group_id_list,
                availability_zone,
            })
        },
    )
}

/// The OAuth2 part for `grant` (its own fields likely, the others' rarely; all of it stays in the form either
/// way).
fn oauth2(grant: Option<&'static str>) -> impl Strategy<Value = OAuth2PropertiesInput> {
    let p = |own: bool| if own { 0.8 } else { 0.15 };
    let code = grant == Some("AUTHORIZATION_CODE");
    let jwt = grant == Some("JWT_BEARER");
    let client = grant == Some("CLIENT_CREDENTIALS") || code;
    (
        (opt(text()), opt(text())),
        opt(text()),
        map_with(&["scope", "audience", "client_secret", "x_token"], false, 3),
        (prop::option::weighted(p(code), secret()), opt(text())),
        (
            prop::option::weighted(p(client), secret()),
            prop::option::weighted(p(code), secret()),
            prop::option::weighted(p(code), secret()),
            prop::option::weighted(p(jwt), secret()),
        ),
    )
        .prop_map(
            move |(
                (client_id, managed),
                token_url,
                params,
                (auth_code, redirect),
                (cs, at, rt, jwt),
            )| {
                OAuth2PropertiesInput {
                    grant_type: grant.map(str::to_string),
                    client_application: non_default(OAuth2ClientApplication {
                        user_managed_client_id: client_id,
                        aws_managed_reference: managed,
                    }),
                    token_url,
                    token_url_parameters_map: params,
                    authorization_code_properties: non_default(AuthorizationCodeProperties {
                        authorization_code: auth_code,
                        redirect_uri: redirect,
                    }),
                    credentials: non_default(OAuth2Credentials {
                        user_managed_client_application_client_secret: cs,
                        access_token: at,
                        refresh_token: rt,
                        jwt_token: jwt,
                    }),
                }
            },
        )
}

/// An authentication configuration of each kind (or none), with the parts of other kinds now and then: the form
/// keeps every authentication value that holds text and leaves the mismatch to `problems`.
fn authentication() -> impl Strategy<Value = Option<AuthenticationConfigurationInput>> {
    let kinds = prop_oneof![
        2 => Just(None),
        1 => Just(Some("BASIC")),
        1 => Just(Some("OAUTH2")),
        1 => Just(Some("CUSTOM")),
        1 => Just(Some("IAM")),
    ];
    let grants = opt(select(
        &["AUTHORIZATION_CODE", "CLIENT_CREDENTIALS", "JWT_BEARER"][..],
    ));
    (kinds, grants).prop_flat_map(|(kind, grant)| {
        let p = |own: bool| if own { 0.9 } else { 0.1 };
        let is_oauth = kind == Some("OAUTH2");
        (
            Just(kind),
            (opt(text()), opt(text())),
            prop::option::weighted(p(kind == Some("BASIC")), (opt(text()), opt(secret()))),
            prop::option::weighted(p(is_oauth), oauth2(grant)),
            prop::option::weighted(p(kind == Some("CUSTOM")), map_with(&[], true, 3)),
        )
            .prop_map(
                move |(kind, (secret_arn, kms_key_arn), basic, oauth, custom)| {
                    let oauth = if is_oauth {
                        Some(oauth.unwrap_or_default())
                    } else {
                        oauth.and_then(non_default)
                    };
                    non_default(AuthenticationConfigurationInput {
                        authentication_type: kind.map(str::to_string),
                        oauth2_properties: oauth,
                        secret_arn,
                        kms_key_arn,
                        basic_authentication_credentials: basic.and_then(|(username, password)| {
                            non_default(BasicAuthenticationCredentials { username, password })
                        }),
                        custom_authentication_credentials: custom.flatten(),
                    })
                },
            )
    })
}

/// A subset of the compute environments, in any order; absent when empty.
fn compute_environments() -> impl Strategy<Value = Option<Vec<String>>> {
    prop::sample::subsequence(&["SPARK", "ATHENA", "PYTHON"][..], 0..=3)
        .prop_shuffle()
        .prop_map(|v| (!v.is_empty()).then(|| v.into_iter().map(str::to_string).collect()))
}

/// A request `Form::to_request` can produce.
fn request() -> impl Strategy<Value = CreateConnectionRequest> {
    request_of(TYPES)
}

/// A request `Form::to_request` can produce, of one of `types`.
fn request_of(
    types: &'static [(&'static str, &'static [&'static str])],
) -> impl Strategy<Value = CreateConnectionRequest> {
    (
        (opt(text()), trimmed(), opt(text())),
        typed_properties(types),
        list(),
        (map(), map(), map()),
        physical(),
        authentication(),
        (opt(any::<bool>()), compute_environments()),
        map(),
    )
        .prop_map(
            |(
                (catalog_id, name, description),
                (connection_type, connection_properties),
                match_criteria,
                (spark_properties, athena_properties, python_properties),
                physical_connection_requirements,
                authentication_configuration,
                (validate_credentials, validate_for_compute_environments),
                tags,
            )| CreateConnectionRequest {
                catalog_id,
                connection_input: ConnectionInput {
                    name,
                    description,
                    connection_type,
                    match_criteria,
                    connection_properties,
                    spark_properties,
                    athena_properties,
                    python_properties,
                    physical_connection_requirements,
                    authentication_configuration,
                    validate_credentials,
                    validate_for_compute_environments,
                },
                tags,
            },
        )
}

/// Every string of a JSON value: object keys and string values.
fn strings(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => {
            for (k, v) in map {
                out.insert(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

/// A SALESFORCE form holding `r1` once the type's description has arrived, as the review step has it.
fn described_form(r1: &CreateConnectionRequest) -> Form {
    let mut form = Form::from_request(r1);
    assert!(form.apply_description(demo_description("SALESFORCE")));
    form
}

/// A SALESFORCE request that leaves the description nothing to prefill: API_VERSION and IS_SANDBOX given (as a
/// field's value or a row's, blank ones too), and an authentication type.
fn salesforce_with_defaults_given() -> impl Strategy<Value = CreateConnectionRequest> {
    (request_of(SALESFORCE), trimmed(), trimmed()).prop_map(|(mut r, version, sandbox)| {
        let input = &mut r.connection_input;
        let props = &mut input.connection_properties;
        props.entry("API_VERSION".into()).or_insert(version);
        props.entry("IS_SANDBOX".into()).or_insert(sandbox);
        let auth = input
            .authentication_configuration
            .get_or_insert_with(Default::default);
        auth.authentication_type.get_or_insert_with(|| "IAM".into());
        r
    })
}

fn strings_of(request: &CreateConnectionRequest) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    strings(&serde_json::to_value(request).unwrap(), &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// 1. Request → form → request.
    #[test]
    fn request_form_request(r in request()) {
        let form = Form::from_request(&r);
        prop_assert!(!form.is_dirty());
        prop_assert_eq!(form.to_request(), r);
    }

    /// 2. The JSON the review step shows (and `--from-json` reads) gives the request back, and so does the review
    ///    editor's text parsed back against the form — revealed, and masked with the secrets restored from the form.
    #[test]
    fn request_json_request(r in request()) {
        let json = serde_json::to_string_pretty(&r).unwrap();
        let back: CreateConnectionRequest = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &r);

        let form = Form::from_request(&r);
        for reveal in [true, false] {
            let editor = ReviewEditor::new(&form, reveal);
            prop_assert_eq!(editor.parse(&form), Ok(r.clone()), "reveal: {}", reveal);
        }
    }

    /// 3. The review's edit path: a form holding r1 replaced with r2 stands for r2, is dirty, and keeps the cursor
    ///    in range (on the section it was on).
    #[test]
    fn replace_with_gives_the_new_request(
        r1 in request(),
        r2 in request(),
        section in select(&Section::ALL[..]),
        focus in 0usize..40,
    ) {
        let mut form = Form::from_request(&r1);
        form.goto(section, focus);
        form.replace_with(&r2);
        prop_assert_eq!(form.to_request(), r2);
        prop_assert!(form.is_dirty());
        prop_assert_eq!(form.section, section);
        let n = form.fields().len();
        prop_assert!(form.focus < n.max(1), "focus {} of {} fields", form.focus, n);
    }

    /// 3b. The same on a form the type's description has reached (the usual case in the review step): rows whose
    ///     key is a described property move into its field and come back out unchanged.
    #[test]
    fn replace_with_on_a_described_form_gives_the_new_request(
        r1 in request_of(SALESFORCE),
        r2 in salesforce_with_defaults_given(),
    ) {
        let mut form = described_form(&r1);
        form.replace_with(&r2);
        prop_assert_eq!(form.to_request(), r2);
    }

    /// 3c. …and when the edited JSON leaves out a property the description has a default for (or the
    ///     authentication type), the form must not put it back behind the user's back.
    #[test]
    fn replace_with_on_a_described_form_adds_no_default(
        r1 in request_of(SALESFORCE),
        r2 in request_of(SALESFORCE),
    ) {
        let mut form = described_form(&r1);
        form.replace_with(&r2);
        prop_assert_eq!(form.to_request(), r2);
    }

    /// 4. The draft holds no secret of the request: every string in it (key or value) is one the masked request
    ///    shows too, i.e. one found in the request at a place that is not a secret.
    #[test]
    fn the_draft_holds_no_secret(r in request()) {
        let draft = Form::from_request(&r).draft();
        let shown = strings_of(&masked(&r));
        let leaked: Vec<String> = strings_of(&draft).difference(&shown).cloned().collect();
        prop_assert!(leaked.is_empty(), "draft leaks {:?}", leaked);
    }
}
