//! How many problems each section holds, for the wizard's section list.

use super::locate::locate;
use super::*;

impl Form {
    /// Per section (in `Section::ALL` order), the problems whose field is in it.
    pub fn problem_counts(&self) -> [usize; 8] {
        let all = self.all_fields();
        let mut counts = [0; 8];
        for p in self.problems() {
            if let Some((section, _)) = locate(&all, &p) {
                counts[section.index()] += 1;
            }
        }
        counts
    }
}
