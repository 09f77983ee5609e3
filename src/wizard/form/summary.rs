//! How many problems and warnings each section holds, for the wizard's section list.

use super::locate::locate;
use super::*;

impl Form {
    /// Per section (in `Section::ALL` order), the problems whose field is in it.
    pub fn problem_counts(&self) -> [usize; 8] {
        self.counts(&self.problems())
    }

    /// Per section, the warnings whose field is in it: advice that does not block sending.
    pub fn warning_counts(&self) -> [usize; 8] {
        self.counts(&self.warnings())
    }

    fn counts(&self, found: &[Problem]) -> [usize; 8] {
        let all = self.all_fields();
        let mut counts = [0; 8];
        for p in found {
            if let Some((section, _)) = locate(&all, p) {
                counts[section.index()] += 1;
            }
        }
        counts
    }
}
