//! Word wrapping by display width (CJK counts two columns), breaking long tokens such as ARNs and URLs where
//! they must, so the detail pane can hang values under their key.

use unicode_width::UnicodeWidthChar;

/// Splits `text` into lines of at most `width` columns, preferring to break after a space, comma or slash.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    // Byte offset in `line` just after the last good break point, and the width up to it.
    let mut last_break: Option<(usize, usize)> = None;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if line_width + w > width && !line.is_empty() {
            match last_break {
                Some((at, at_width)) if at < line.len() && at_width * 2 >= width => {
                    let rest = line.split_off(at);
                    lines.push(line.trim_end().to_string());
                    line_width -= at_width;
                    line = rest;
                }
                _ => {
                    lines.push(std::mem::take(&mut line).trim_end().to_string());
                    line_width = 0;
                }
            }
            last_break = None;
        }
        if line.is_empty() && c == ' ' {
            continue;
        }
        line.push(c);
        line_width += w;
        if matches!(c, ' ' | ',' | '/' | '&' | ';') {
            last_break = Some((line.len(), line_width));
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn breaks_at_spaces_and_slashes_and_hard_breaks_long_tokens() {
        assert_eq!(wrap("alpha beta gamma", 11), ["alpha beta", "gamma"]);
        assert_eq!(
            wrap("s3://bucket/some/deep/key.pem", 14),
            ["s3://bucket/", "some/deep/", "key.pem"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
    }

    #[test]
    fn wide_characters_never_overflow() {
        for line in wrap("東京東京東京 warehouse مرحبا", 5) {
            assert!(line.width() <= 5, "{line:?}");
        }
    }
}
