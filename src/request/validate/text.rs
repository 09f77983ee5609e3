//! Character classes and length checks behind the service-2.json patterns, written by hand (no regex crate).
//!
//! AWS applies a shape's pattern to the whole value (Java `matches`), so each helper checks every character.
//! Lengths count Unicode scalar values, as Smithy's `@length` does for strings.

/// `NameString` / `CatalogIdString`: `[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*` — the UTF-16 pair
/// range `\uD800\uDC00-\uDBFF\uDFFF` is every supplementary character, so only C0 controls (bar tab), U+FFFE and
/// U+FFFF are refused.
pub(super) fn is_name_char(c: char) -> bool {
    matches!(c, '\t' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `DescriptionString`: the `NameString` class plus `\r` and `\n`.
pub(super) fn is_description_char(c: char) -> bool {
    is_name_char(c) || c == '\r' || c == '\n'
}

/// Java's `\s`: `[ \t\n\x0B\f\r]` (Rust's `is_ascii_whitespace` leaves out `\x0B`).
pub(super) fn is_java_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r')
}

/// What Java's `.` does not match by default.
pub(super) fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `[\x20-\x7E]`: printable ASCII.
pub(super) fn is_printable_ascii(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7E}')
}

/// `min..=max` characters, with a message that says both the limit and how long the value is.
pub(super) fn length(label: &str, value: &str, min: usize, max: usize) -> Result<(), String> {
    let n = value.chars().count();
    if n >= min && n <= max {
        Ok(())
    } else if n == 0 {
        Err(format!("{label} must not be empty"))
    } else if min <= 1 {
        Err(format!(
            "{label} must be at most {max} characters (it has {n})"
        ))
    } else {
        Err(format!(
            "{label} must be {min} to {max} characters (it has {n})"
        ))
    }
}

/// Every character passes `allowed`; otherwise name the first one that does not, by code point, since it is
/// usually invisible (a control character or a stray newline).
pub(super) fn only(
    label: &str,
    value: &str,
    allowed: fn(char) -> bool,
    what: &str,
) -> Result<(), String> {
    match value.chars().find(|c| !allowed(*c)) {
        None => Ok(()),
        Some(c) => Err(format!(
            "{label} must contain {what} only (found U+{:04X})",
            c as u32
        )),
    }
}

/// A `NameString`-shaped value: 1–255 name characters.
pub(super) fn name_string(label: &str, value: &str) -> Result<(), String> {
    length(label, value, 1, super::NAME_MAX)?;
    only(label, value, is_name_char, "printable characters or tabs")
}

/// `\S+` with a maximum length.
pub(super) fn no_spaces(label: &str, value: &str, max: usize) -> Result<(), String> {
    length(label, value, 1, max)?;
    if value.chars().any(is_java_space) {
        return Err(format!("{label} must not contain spaces or line breaks"));
    }
    Ok(())
}

/// `[\x20-\x7E]*` with a maximum length.
pub(super) fn printable_ascii(label: &str, value: &str, max: usize) -> Result<(), String> {
    length(label, value, 0, max)?;
    only(
        label,
        value,
        is_printable_ascii,
        "printable ASCII characters",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_class_follows_the_utf16_pattern() {
        for c in [
            '\t',
            ' ',
            'a',
            '\u{7F}',
            '\u{D7FF}',
            '\u{E000}',
            '\u{FFFD}',
            '\u{1F600}',
        ] {
            assert!(is_name_char(c), "{c:?}");
        }
        for c in ['\n', '\r', '\0', '\u{1F}', '\u{FFFE}', '\u{FFFF}'] {
            assert!(!is_name_char(c), "{c:?}");
        }
        assert!(
            is_description_char('\n')
                && is_description_char('\r')
                && !is_description_char('\u{0B}')
        );
    }

    #[test]
    fn length_messages_name_the_limits() {
        assert_eq!(
            length("Name", "", 1, 255).unwrap_err(),
            "Name must not be empty"
        );
        assert_eq!(
            length("X", "abc", 0, 2).unwrap_err(),
            "X must be at most 2 characters (it has 3)"
        );
        assert_eq!(
            length("X", "a", 2, 5).unwrap_err(),
            "X must be 2 to 5 characters (it has 1)"
        );
        // Characters, not bytes: four 3-byte characters fit a limit of 4.
        assert!(length("X", "€€€€", 0, 4).is_ok());
    }
}
