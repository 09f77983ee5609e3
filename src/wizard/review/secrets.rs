//! Masks the secrets of text that came from outside (a loaded file, a paste) before the editor shows it: the one
//! rule ([`secret_place`]) applied to each string value of the text by the JSON path it stands at. The values taken
//! out are kept by JSON pointer, so the request parsed from the text still carries them.
//!
//! The text need not be valid JSON — a file with a stray comma, or a paste that leaves the document half-done — so
//! the scanner reads it token by token and keeps going where a parser would stop; only an unterminated string ends
//! it (nothing after it can be placed).

use std::ops::Range;

use crate::model::{SECRET_MASK, SecretNames, secret_place};

/// A string value of the text: where it stands (its quotes included), its JSON path and its value.
struct StringValue {
    range: Range<usize>,
    path: Vec<String>,
    value: String,
}

enum Frame {
    /// `key`: the last key read; `want_key`: the next string is a key (after `{` or `,`).
    Object {
        key: Option<String>,
        want_key: bool,
    },
    Array {
        index: usize,
    },
}

/// What [`mask_text`] did: the new text, the secrets it took out (JSON pointer → value), and how each replaced range
/// of the old text maps to the new one (old range, new length), in order.
pub(super) struct Masked {
    pub text: String,
    pub taken: Vec<(String, String)>,
    pub replaced: Vec<(Range<usize>, usize)>,
}

/// `text` with every secret string value that overlaps `within` (byte offsets) replaced by the quoted mask.
pub(super) fn mask_text(text: &str, described: &SecretNames, within: Range<usize>) -> Masked {
    let mut out = String::with_capacity(text.len());
    let mut taken = Vec::new();
    let mut replaced = Vec::new();
    let mut at = 0;
    for found in string_values(text) {
        let overlaps =
            found.range.start < within.end.max(within.start + 1) && within.start < found.range.end;
        let steps: Vec<&str> = found.path.iter().map(String::as_str).collect();
        if !overlaps || found.value == SECRET_MASK || secret_place(&steps, described).is_none() {
            continue;
        }
        out.push_str(&text[at..found.range.start]);
        let quoted = format!("\"{SECRET_MASK}\"");
        out.push_str(&quoted);
        replaced.push((found.range.clone(), quoted.len()));
        at = found.range.end;
        taken.push((pointer(&found.path), found.value));
    }
    out.push_str(&text[at..]);
    Masked {
        text: out,
        taken,
        replaced,
    }
}

/// Where byte `offset` of the old text is in the new one: shifted by every replacement before it, or at the end of
/// the replacement it falls inside.
pub(super) fn moved(offset: usize, replaced: &[(Range<usize>, usize)]) -> usize {
    let mut shift: isize = 0;
    for (range, new_len) in replaced {
        if range.end <= offset {
            shift += *new_len as isize - range.len() as isize;
        } else if range.start < offset {
            return (range.start as isize + shift) as usize + new_len;
        }
    }
    (offset as isize + shift) as usize
}

/// RFC 6901, as `serde_json::Value::pointer` reads it.
fn pointer(path: &[String]) -> String {
    path.iter()
        .map(|step| format!("/{}", step.replace('~', "~0").replace('/', "~1")))
        .collect()
}

fn string_values(text: &str) -> Vec<StringValue> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, want_key }) => {
                    *key = None;
                    *want_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let Some(end) = string_end(bytes, i) else {
                    break;
                };
                let value: String = serde_json::from_str(&text[i..end])
                    .unwrap_or_else(|_| text[i + 1..end - 1].to_string());
                match stack.last_mut() {
                    Some(Frame::Object { key, want_key }) if *want_key => {
                        *key = Some(value);
                        *want_key = false;
                    }
                    _ => found.push(StringValue {
                        range: i..end,
                        path: path_of(&stack),
                        value,
                    }),
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// The byte after the closing quote of the string opening at `start`; `None` when it never closes.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn path_of(stack: &[Frame]) -> Vec<String> {
    stack
        .iter()
        .map(|frame| match frame {
            Frame::Object { key, .. } => key.clone().unwrap_or_default(),
            Frame::Array { index } => index.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Masked {
        mask_text(text, &SecretNames::NONE, 0..text.len())
    }

    #[test]
    fn secrets_are_masked_by_their_path_and_kept_by_pointer() {
        let text = r#"{"ConnectionInput": {"Name": "n", "ConnectionProperties": {"USERNAME": "u",
            "PASSWORD": "p\"w"}, "AuthenticationConfiguration": {"OAuth2Properties": {"TokenUrlParametersMap":
            {"scope": "s"}, "OAuth2Credentials": {"AccessToken": "at"}}}}}"#;
        let m = all(text);
        assert!(
            !m.text.contains(r#"p\"w"#) && !m.text.contains("\"at\"") && !m.text.contains("\"s\"")
        );
        assert!(m.text.contains("\"u\"") && m.text.contains("\"n\""));
        assert_eq!(
            m.taken,
            [
                ("/ConnectionInput/ConnectionProperties/PASSWORD".to_string(), "p\"w".to_string()),
                (
                    "/ConnectionInput/AuthenticationConfiguration/OAuth2Properties/TokenUrlParametersMap/scope"
                        .to_string(),
                    "s".to_string()
                ),
                (
                    "/ConnectionInput/AuthenticationConfiguration/OAuth2Properties/OAuth2Credentials/AccessToken"
                        .to_string(),
                    "at".to_string()
                ),
            ]
        );
    }

    #[test]
    fn text_that_does_not_parse_is_masked_as_far_as_it_goes() {
        let m =
            all(r#"{"ConnectionInput": {"ConnectionProperties": {"PASSWORD": "pw",}, "Name": "#);
        assert!(!m.text.contains("\"pw\""), "{}", m.text);
        let m = all(r#"{"ConnectionInput": {"ConnectionProperties": {"PASSWORD": "pw"#);
        assert_eq!(
            m.taken,
            [],
            "an unterminated string has no end to mask up to"
        );
    }

    #[test]
    fn only_values_overlapping_the_range_are_masked_and_offsets_follow() {
        let text =
            r#"{"ConnectionProperties": {"PASSWORD": "one", "KAFKA_SASL_SCRAM_PASSWORD": "two"}}"#;
        let start = text.find("\"two\"").unwrap();
        let m = mask_text(text, &SecretNames::NONE, start..start + 5);
        assert!(m.text.contains("\"one\"") && !m.text.contains("\"two\""));
        assert_eq!(moved(text.len(), &m.replaced), m.text.len());
        assert_eq!(moved(start, &m.replaced), start);
        assert_eq!(moved(start + 2, &m.replaced), start + SECRET_MASK.len() + 2);
    }
}
