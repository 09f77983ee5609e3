//! Tab completion of the word a line input ends in, shell-style: one candidate completes it; several extend it to
//! what they share and are listed (the hint line shows them); Tab again with nothing more in common walks through
//! them in turn. The `:` command line completes commands and their arguments (`update/command.rs` says which),
//! the wizard's Alt-O prompt completes file paths (the runner lists the directory: `Effect::ListPath`).

use super::LineInput;

/// A completion under way: the candidates found for the word, and which one the input shows now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineCompletion {
    /// Every candidate for the word, in the order Tab walks them.
    pub candidates: Vec<String>,
    /// The candidate the input shows; `None` before Tab has walked to one (the shared part is shown).
    pub index: Option<usize>,
    /// Where the word starts in the line, in chars.
    start: usize,
    /// The line as this completion left it: a Tab on the same line walks on, any edit starts again.
    shown: String,
}

impl LineCompletion {
    /// Whether `input` is still as this completion left it: a Tab now walks on to the next candidate.
    pub fn continues(&self, input: &LineInput) -> bool {
        self.shown == input.text()
    }
}

/// What a Tab did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completed {
    /// Nothing starts with the word.
    Nothing,
    /// The one candidate was put in (and `then` after it, e.g. a space before a command's argument).
    Unique,
    /// Several: the input shows their shared part or one of them; the completion lists them all.
    Several(LineCompletion),
}

/// The start (in chars) of the word the cursor ends: after the last space, or the line's start when `whole_line`
/// (a file path may hold spaces).
pub fn word_start(input: &LineInput, whole_line: bool) -> usize {
    if whole_line {
        return 0;
    }
    let before: Vec<char> = input.text().chars().take(input.cursor()).collect();
    before
        .iter()
        .rposition(|c| c.is_whitespace())
        .map_or(0, |i| i + 1)
}

/// A Tab in `input`, whose word (from `start` to the cursor) `candidates` may complete. `then` follows a unique
/// completion (" " after a command that takes an argument, "" after a directory's `/`). `before`: the completion the
/// last Tab left, walked on when the line is still as it left it.
pub fn tab(
    input: &mut LineInput,
    start: usize,
    candidates: &[String],
    then: impl Fn(&str) -> &'static str,
    before: Option<LineCompletion>,
) -> Completed {
    if let Some(mut walking) =
        before.filter(|b| b.shown == input.text() && !b.candidates.is_empty())
    {
        let next = walking
            .index
            .map_or(0, |i| (i + 1) % walking.candidates.len());
        walking.index = Some(next);
        replace_word(input, walking.start, &walking.candidates[next]);
        walking.shown = input.text().to_string();
        return Completed::Several(walking);
    }
    let word: String = input
        .text()
        .chars()
        .skip(start)
        .take(input.cursor().saturating_sub(start))
        .collect();
    let lower = word.to_lowercase();
    let mut found: Vec<String> = candidates
        .iter()
        .filter(|c| c.to_lowercase().starts_with(&lower))
        .cloned()
        .collect();
    found.dedup();
    match found.as_slice() {
        [] => Completed::Nothing,
        [one] => {
            let text = format!("{one}{}", then(one));
            replace_word(input, start, &text);
            Completed::Unique
        }
        many => {
            let shared = shared_prefix(many);
            let index = if shared.chars().count() > word.chars().count() {
                replace_word(input, start, &shared);
                None
            } else {
                replace_word(input, start, &many[0]);
                Some(0)
            };
            Completed::Several(LineCompletion {
                candidates: found,
                index,
                start,
                shown: input.text().to_string(),
            })
        }
    }
}

/// The longest start every candidate shares, compared without case, spelled as the first spells it.
fn shared_prefix(all: &[String]) -> String {
    let first: Vec<char> = all[0].chars().collect();
    let mut len = first.len();
    for other in &all[1..] {
        len = len.min(
            first
                .iter()
                .zip(other.chars())
                .take_while(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
                .count(),
        );
    }
    first[..len].iter().collect()
}

/// The input with the chars from `start` to the cursor replaced by `text`, the cursor after it; the rest stays.
fn replace_word(input: &mut LineInput, start: usize, text: &str) {
    let chars: Vec<char> = input.text().chars().collect();
    let head: String = chars[..start.min(chars.len())].iter().collect();
    let tail: String = chars[input.cursor().min(chars.len())..].iter().collect();
    let line = format!("{head}{text}{tail}");
    *input = LineInput::with_text(&line, head.chars().count() + text.chars().count());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn at_end(text: &str) -> LineInput {
        LineInput::with_text(text, text.chars().count())
    }

    #[test]
    fn one_candidate_completes_with_what_follows_it() {
        let mut input = at_end("reg");
        let done = tab(&mut input, 0, &words(&["region", "reload"]), |_| " ", None);
        assert_eq!(done, Completed::Unique);
        assert_eq!(input.text(), "region ");
        assert_eq!(input.cursor(), 7);
    }

    #[test]
    fn several_extend_to_what_they_share_then_tab_walks_them() {
        let candidates = words(&["eu-west-1", "eu-west-2", "eu-west-3"]);
        let mut input = at_end("region eu");
        let start = word_start(&input, false);
        assert_eq!(start, 7);
        let Completed::Several(c) = tab(&mut input, start, &candidates, |_| "", None) else {
            panic!()
        };
        assert_eq!(input.text(), "region eu-west-");
        assert_eq!(c.index, None);
        let Completed::Several(c) = tab(&mut input, start, &candidates, |_| "", Some(c)) else {
            panic!()
        };
        assert_eq!(input.text(), "region eu-west-1");
        let Completed::Several(c) = tab(&mut input, start, &candidates, |_| "", Some(c)) else {
            panic!()
        };
        assert_eq!(input.text(), "region eu-west-2");
        let Completed::Several(c) = tab(&mut input, start, &candidates, |_| "", Some(c)) else {
            panic!()
        };
        let Completed::Several(_) = tab(&mut input, start, &candidates, |_| "", Some(c)) else {
            panic!()
        };
        assert_eq!(input.text(), "region eu-west-1", "round again");
    }

    #[test]
    fn an_edit_between_tabs_starts_a_new_completion_and_case_is_ignored() {
        let candidates = words(&["KAFKA", "KINESIS"]);
        let mut input = at_end("type k");
        let Completed::Several(c) = tab(&mut input, 5, &candidates, |_| "", None) else {
            panic!()
        };
        assert_eq!(
            input.text(),
            "type KAFKA",
            "no shared part: the first at once"
        );
        input.backspace();
        input.backspace();
        assert_eq!(
            tab(&mut input, 5, &candidates, |_| "", Some(c)),
            Completed::Unique
        );
        assert_eq!(input.text(), "type KAFKA");
        assert_eq!(
            tab(&mut at_end("type x"), 5, &candidates, |_| "", None),
            Completed::Nothing
        );
    }
}
