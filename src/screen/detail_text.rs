//! What the detail pane says: every field the connection has, in the API's own order, or the raw JSON of the same
//! connection, as lines wrapped to the pane's width. Both views say the same [`shown`] connection: every secret
//! masked by the one rule (`model::secret_place`, with the SECRET properties of the type when this session has its
//! description) until revealed. `ui::detail` draws these lines; `update` counts them to know how far the pane scrolls.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::text::clean;
use super::wrap::wrap;
use super::{MISSING, status_style};
use crate::model::{Connection, Hide, PropertyMap, SECRET_MASK, Timestamp, hide_secrets};
use crate::state::Model;

/// The key column: wide enough for `  AuthenticationType` and `  JDBC_CONNECTION_URL` beside their values when the
/// pane has room, 20 columns in a narrow pane where the values need the width.
fn key_width(width: usize) -> usize {
    if width >= 56 { 23 } else { 20 }
}

/// The pane's text at `width` columns.
pub fn lines(model: &Model, width: usize) -> Vec<Line<'static>> {
    match model.selected_connection() {
        None => vec![Line::styled(
            "No connection selected",
            Style::new().add_modifier(Modifier::DIM),
        )],
        Some(c) if model.detail.raw => raw_lines(&shown(model, c), width),
        Some(c) => {
            let mut out = last_test(model, &c.name, width);
            out.extend(delete_refused(model, &c.name, width));
            out.extend(field_lines(&shown(model, c), width));
            out
        }
    }
}

/// How this session's last TestConnection of the connection went, above its fields.
fn last_test(model: &Model, name: &str, width: usize) -> Vec<Line<'static>> {
    use crate::state::TestState;
    let (text, style) = match model.tests.get(name) {
        None => return Vec::new(),
        Some(TestState::Running) => (
            "Testing… (TestConnection)".to_string(),
            Style::new().fg(Color::Cyan),
        ),
        Some(TestState::Passed(at)) => (
            format!("Last test: passed {}", at.short()),
            Style::new().fg(Color::Green),
        ),
        Some(TestState::Failed(at, reason)) => (
            format!("Last test: failed {} — {}", at.short(), clean(reason)),
            Style::new().fg(Color::Red),
        ),
    };
    let mut out: Vec<Line<'static>> = wrap(&text, width.max(8))
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect();
    out.push(Line::raw(""));
    out
}

/// Why the last delete left this connection, above its fields: the row's `✗` says only that it did.
fn delete_refused(model: &Model, name: &str, width: usize) -> Vec<Line<'static>> {
    let Some(reason) = model.delete_refused.get(name) else {
        return Vec::new();
    };
    let style = Style::new().fg(Color::Red);
    let mut out: Vec<Line<'static>> =
        wrap(&format!("✗ Not deleted: {}", clean(reason)), width.max(8))
            .into_iter()
            .map(|l| Line::styled(l, style))
            .collect();
    out.push(Line::raw(""));
    out
}

/// The connection as the pane shows it: revealed as fetched, or with every secret masked.
pub fn shown(model: &Model, c: &Connection) -> Connection {
    if model.show_secrets() {
        c.clone()
    } else {
        let names = model.secret_names(c.connection_type.as_deref());
        hide_secrets(c, names, Hide::Mask).0
    }
}

/// Lines the detail pane's text takes at `width`: how far it can scroll.
pub fn content_height(model: &Model, width: u16) -> usize {
    lines(model, width as usize).len()
}

/// The connection's pretty JSON, each line that does not fit cut where a reader expects: a `"key": value` line puts
/// its value on the lines under the key, and a trailing comma stays with the text it follows.
fn raw_lines(shown: &Connection, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for line in shown.to_pretty_json().lines() {
        let line = clean(line);
        let depth = line.len() - line.trim_start().len();
        let body = line.trim_start();
        if depth + body.width() <= width {
            out.push(Line::raw(line.into_owned()));
            continue;
        }
        let (text, comma) = match body.strip_suffix(',') {
            Some(text) => (text, ","),
            None => (body, ""),
        };
        let hang = depth + 4;
        let value = match text.split_once("\": ") {
            Some((key, value)) if text.starts_with('"') => {
                out.push(Line::raw(format!("{}{key}\":", " ".repeat(depth))));
                value
            }
            _ => text,
        };
        let room = width.saturating_sub(hang + comma.len()).max(8);
        let parts = wrap(value, room);
        let last = parts.len().saturating_sub(1);
        for (i, part) in parts.into_iter().enumerate() {
            let tail = if i == last { comma } else { "" };
            out.push(Line::raw(format!("{}{part}{tail}", " ".repeat(hang))));
        }
    }
    out
}

fn field_lines(c: &Connection, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let kv = |key: &str, value: &str, style: Style| kv(key, value, style, width);
    let field = |out: &mut Vec<Line<'static>>, key: &str, value: Option<String>| {
        if let Some(v) = value {
            out.extend(kv(key, &v, Style::new()));
        }
    };
    field(&mut out, "Name", Some(c.name.clone()));
    field(&mut out, "Description", c.description.clone());
    out.extend(kv(
        "Type",
        c.connection_type.as_deref().unwrap_or(MISSING),
        Style::new(),
    ));
    field(
        &mut out,
        "Match criteria",
        c.match_criteria.as_ref().map(|m| m.join(", ")),
    );
    let status = c.status.as_deref().unwrap_or(MISSING);
    out.extend(kv("Status", status, status_style(status)));
    field(&mut out, "Status reason", c.status_reason.clone());
    field(
        &mut out,
        "Created",
        c.creation_time.as_ref().map(Timestamp::cli_format),
    );
    field(
        &mut out,
        "Last updated",
        c.last_updated_time.as_ref().map(Timestamp::cli_format),
    );
    field(&mut out, "Last updated by", c.last_updated_by.clone());
    field(
        &mut out,
        "Last validated",
        c.last_connection_validation_time
            .as_ref()
            .map(Timestamp::cli_format),
    );
    field(
        &mut out,
        "Schema version",
        c.connection_schema_version.map(|v| v.to_string()),
    );
    field(
        &mut out,
        "Compute envs",
        c.compatible_compute_environments
            .as_ref()
            .map(|e| e.join(", ")),
    );

    // An empty map says nothing a reader needs (the raw view still shows it as `{}`): no "(none)" sections.
    for (label, map) in c.property_maps() {
        if let Some(map) = map.filter(|m| !m.is_empty()) {
            section(&mut out, label);
            properties(&mut out, map, width);
        }
    }
    if let Some(p) = &c.physical_connection_requirements {
        section(&mut out, "PhysicalConnectionRequirements");
        field(&mut out, "  SubnetId", p.subnet_id.clone());
        field(
            &mut out,
            "  SecurityGroupIds",
            p.security_group_id_list.as_ref().map(|l| l.join(", ")),
        );
        field(&mut out, "  AvailabilityZone", p.availability_zone.clone());
    }
    if let Some(a) = &c.authentication_configuration {
        section(&mut out, "AuthenticationConfiguration");
        field(
            &mut out,
            "  AuthenticationType",
            a.authentication_type.clone(),
        );
        field(&mut out, "  SecretArn", a.secret_arn.clone());
        field(&mut out, "  KmsKeyArn", a.kms_key_arn.clone());
        if let Some(o) = &a.oauth2_properties {
            field(&mut out, "  OAuth2GrantType", o.grant_type.clone());
            if let Some(app) = &o.client_application {
                field(
                    &mut out,
                    "  ClientId (user)",
                    app.user_managed_client_id.clone(),
                );
                field(
                    &mut out,
                    "  AWS-managed app",
                    app.aws_managed_reference.clone(),
                );
            }
            field(&mut out, "  TokenUrl", o.token_url.clone());
            if let Some(params) = &o.token_url_parameters_map {
                out.push(Line::styled("  TokenUrlParameters", key_style()));
                for (k, v) in params {
                    out.extend(kv(&format!("    {k}"), v, value_style(v)));
                }
            }
        }
    }
    out
}

fn properties(out: &mut Vec<Line<'static>>, map: &PropertyMap, width: usize) {
    for (k, v) in map {
        out.extend(kv(&format!("  {k}"), v, value_style(v), width));
    }
}

/// A masked value stands out from the values around it.
fn value_style(value: &str) -> Style {
    if value == SECRET_MASK {
        Style::new().fg(Color::Magenta)
    } else {
        Style::new()
    }
}

fn section(out: &mut Vec<Line<'static>>, label: &str) {
    out.push(Line::raw(""));
    out.push(Line::styled(
        label.to_string(),
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
    ));
}

fn key_style() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// A key and its value, the value wrapped and hung under the value column; a key too long for its column gets a
/// line of its own with the value indented beneath it.
fn kv(key: &str, value: &str, value_style: Style, width: usize) -> Vec<Line<'static>> {
    let key = clean(key).into_owned();
    let value = clean(value);
    let key_width = key.width();
    let column = self::key_width(width);
    let mut out = Vec::new();
    let indent = if key_width < column {
        column
    } else {
        out.push(Line::styled(key.clone(), key_style()));
        key_width - key.trim_start().width() + 4
    };
    let parts = wrap(&value, width.saturating_sub(indent).max(8));
    for (i, part) in parts.into_iter().enumerate() {
        let lead = if i == 0 && key_width < column {
            Span::styled(
                format!("{key}{}", " ".repeat(indent - key_width)),
                key_style(),
            )
        } else {
            Span::raw(" ".repeat(indent))
        };
        out.push(Line::from(vec![lead, Span::styled(part, value_style)]));
    }
    out
}
