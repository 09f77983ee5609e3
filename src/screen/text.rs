//! Text from the server is data. Control characters (an escape sequence in a description would otherwise reach the
//! terminal), bidi overrides and zero-width characters (which make a cell's width disagree with what the terminal
//! draws) are taken out before anything is rendered.

use std::borrow::Cow;

pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if c.is_control() => Some('\u{FFFD}'),
                c if is_invisible(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

fn needs_cleaning(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Zero-width and bidirectional formatting characters.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn escapes_and_invisibles_are_removed_plain_text_is_borrowed() {
        assert!(matches!(
            clean("plain 東京 مرحبا"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(clean("a\x1b[2Jb\u{202E}c\u{200B}d\ne"), "a\u{FFFD}[2Jbcd e");
        assert_eq!(clean("\u{9b}31m"), "\u{FFFD}31m");
    }
}
