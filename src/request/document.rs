//! The documents `create --from-json` and the wizard's review read: the `--cli-input-json` shape
//! (`{"ConnectionInput": {…}}`), strictly; and what GetConnection prints (`{"Connection": {…}}`, or the bare
//! connection — what `y` copies), whose server-only fields are dropped and named, so a copied connection goes back in
//! as it came out.

use serde_json::Value;

use crate::model::CreateConnectionRequest;

/// The fields GetConnection's `Connection` has and `ConnectionInput` does not: Glue sets them.
pub const SERVER_ONLY_FIELDS: &[&str] = &[
    "CreationTime",
    "LastUpdatedTime",
    "LastUpdatedBy",
    "Status",
    "StatusReason",
    "LastConnectionValidationTime",
    "ConnectionSchemaVersion",
    "CompatibleComputeEnvironments",
];

/// A document read: the request, and the server-only fields dropped from a GetConnection-shaped one.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub request: CreateConnectionRequest,
    pub dropped: Vec<String>,
}

/// Not JSON, or not the CreateConnection shape (a misspelt or missing key): serde's position and words. `source`
/// names the document (a file, `stdin`, `review`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub source: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Reads `text` as a CreateConnection request: strictly in the `--cli-input-json` shape — an unknown key is an
/// error naming the key, its line and column — or as GetConnection's output, without the fields Glue sets.
pub fn read_document(source: &str, text: &str) -> Result<Document, ParseError> {
    // Editors on Windows like to start a file with a byte-order mark; serde_json does not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| parse_error(source, &e, None))?;
    let Value::Object(top) = &value else {
        return Err(ParseError {
            source: source.to_string(),
            line: 1,
            column: 1,
            message: format!(
                "expected a JSON object such as {{\"ConnectionInput\": {{\"Name\": …, \"ConnectionType\": …}}}} (what \
                 `aws glue create-connection --cli-input-json` reads) or GetConnection's output, found {}",
                kind_of(&value)
            ),
        });
    };
    let connection = if top.contains_key("ConnectionInput") {
        None
    } else if let Some(Value::Object(inner)) = top.get("Connection")
        && top.len() == 1
    {
        Some(inner.clone())
    } else if top.contains_key("Name")
        && (top.contains_key("ConnectionType")
            || SERVER_ONLY_FIELDS.iter().any(|f| top.contains_key(*f)))
    {
        Some(top.clone())
    } else {
        None
    };
    let Some(mut connection) = connection else {
        // The strict shape, from the text itself so an unknown key's error keeps its line and column.
        let request =
            serde_json::from_str(text).map_err(|e| parse_error(source, &e, Some(text)))?;
        return Ok(Document {
            request,
            dropped: Vec::new(),
        });
    };
    let dropped: Vec<String> = SERVER_ONLY_FIELDS
        .iter()
        .filter(|f| connection.remove(**f).is_some())
        .map(|f| f.to_string())
        .collect();
    if !connection.contains_key("ConnectionType") {
        // Some Glue-compatible servers leave the type out of what they answer; CreateConnection needs it.
        return Err(ParseError {
            source: source.to_string(),
            line: 1,
            column: 1,
            message: "this connection (GetConnection's output) has no ConnectionType — some Glue-compatible \
                      servers leave it out of their answers; add \"ConnectionType\": \"JDBC\" (or its type) to it"
                .to_string(),
        });
    }
    let wrapped = serde_json::json!({ "ConnectionInput": Value::Object(connection) });
    let request =
        serde_json::from_value(wrapped).map_err(|e| parse_error(source, &e, Some(text)))?;
    Ok(Document { request, dropped })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Array(_) => "an array",
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "true or false",
        Value::Null => "null",
        Value::Object(_) => "an object",
    }
}

/// serde's words and position. An error from a `Value` has no position: it is looked up as the first place the
/// key it names appears in `text`. A server-only field inside `ConnectionInput` gets told what it is.
fn parse_error(source: &str, e: &serde_json::Error, text: Option<&str>) -> ParseError {
    let full = e.to_string();
    let position = format!(" at line {} column {}", e.line(), e.column());
    let mut message = full.strip_suffix(&position).unwrap_or(&full).to_string();
    let field = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once('`'))
        .map(|(field, _)| field.to_string());
    let (mut line, mut column) = (e.line(), e.column());
    if line == 0
        && let (Some(text), Some(field)) = (text, &field)
        && let Some(at) = text.find(&format!("\"{field}\""))
    {
        line = text[..at].matches('\n').count() + 1;
        column = text[..at]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
    }
    if let Some(field) = &field
        && SERVER_ONLY_FIELDS.contains(&field.as_str())
    {
        message = format!(
            "{field} is set by Glue (GetConnection prints it), not read by CreateConnection — remove it, or give \
             GetConnection's output as it is ({{\"Connection\": …}}) and glue-tui drops such fields"
        );
    }
    ParseError {
        source: source.to_string(),
        line: line.max(1),
        column: column.max(1),
        message,
    }
}
