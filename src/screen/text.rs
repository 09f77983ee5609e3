//! Text from the server is data. Control characters (an escape sequence in a description would otherwise reach the
//! terminal), bidi overrides and zero-width characters (which make a cell's width disagree with what the terminal
//! draws) are taken out before anything is rendered.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

/// `s` cut to `width` terminal columns, its last one an ellipsis when anything was cut: a cut name says so.
pub fn ellipsize(s: &str, width: usize) -> Cow<'_, str> {
    if s.width() <= width {
        return Cow::Borrowed(s);
    }
    let Some(room) = width.checked_sub(1) else {
        return Cow::Borrowed("");
    };
    let mut used = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
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
    use super::{clean, ellipsize};

    #[test]
    fn a_cut_text_ends_in_an_ellipsis_within_its_width() {
        assert_eq!(
            ellipsize("documentdb-orders-archive", 25),
            "documentdb-orders-archive"
        );
        assert_eq!(
            ellipsize("documentdb-orders-archive", 24),
            "documentdb-orders-archi…"
        );
        assert_eq!(ellipsize("documentdb-orders-archive", 10), "documentd…");
        assert_eq!(
            ellipsize("東京東京", 5),
            "東京…",
            "wide characters count two columns"
        );
        assert_eq!(ellipsize("abc", 0), "");
        assert_eq!(ellipsize("abc", 1), "…");
    }

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
