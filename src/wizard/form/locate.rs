//! Which field a problem belongs to, so its message shows beside it and Ctrl-S can move there.

use super::*;

/// Whether `path` lies under `parent` (`parent.x` or `parent[…]`).
fn under(path: &str, parent: &str) -> bool {
    path.strip_prefix(parent)
        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// The field a problem belongs to: the one at its path; else the first under it (a block's problem goes to its
/// first field); else an either/or key that is not shown goes to its group's choice; else the nearest field above
/// it; else the first field of the section its path belongs to.
pub(super) fn locate(all: &[Vec<FieldView>; 8], p: &Problem) -> Option<(Section, usize)> {
    let find = |pred: &dyn Fn(&FieldView) -> bool| {
        Section::ALL
            .into_iter()
            .find_map(|s| all[s.index()].iter().position(pred).map(|i| (s, i)))
    };
    // The form's own problems (a repeated row key) name the field by its edit path.
    if let Some(at) = find(&|f| f.problem_path == p.path).or_else(|| find(&|f| f.path == p.path)) {
        return Some(at);
    }
    if let Some(at) = find(&|f| under(&f.problem_path, &p.path)) {
        return Some(at);
    }
    if let Some(key) = p
        .path
        .strip_prefix(PROPERTIES)
        .and_then(|k| k.strip_prefix('.'))
        && let Some(at) = find(&|f| {
            f.path.starts_with(&format!("{PROPERTIES}:"))
                && f.choices.iter().any(|c| c.split(" + ").any(|k| k == key))
        })
    {
        return Some(at);
    }
    let nearest = Section::ALL
        .into_iter()
        .flat_map(|s| {
            all[s.index()]
                .iter()
                .enumerate()
                .map(move |(i, f)| (s, i, f))
        })
        .filter(|(_, _, f)| under(&p.path, &f.problem_path))
        .max_by_key(|(_, _, f)| f.problem_path.len());
    if let Some((s, i, _)) = nearest {
        return Some((s, i));
    }
    let section = section_of(&p.path);
    (!all[section.index()].is_empty()).then_some((section, 0))
}

fn section_of(path: &str) -> Section {
    let field = path
        .strip_prefix("ConnectionInput.")
        .unwrap_or(path)
        .split(['.', '[', ':'])
        .next()
        .unwrap_or("");
    match field {
        "ConnectionType" => Section::Type,
        "Name" | "Description" | "MatchCriteria" => Section::Basics,
        "ConnectionProperties" => Section::Properties,
        "AuthenticationConfiguration" => Section::Authentication,
        "PhysicalConnectionRequirements" => Section::Network,
        "SparkProperties"
        | "AthenaProperties"
        | "PythonProperties"
        | "ValidateForComputeEnvironments" => Section::Compute,
        _ => Section::Options,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_paths_name_their_section() {
        assert_eq!(section_of("ConnectionInput.ConnectionType"), Section::Type);
        assert_eq!(
            section_of("ConnectionInput.MatchCriteria[2]"),
            Section::Basics
        );
        assert_eq!(
            section_of("ConnectionInput.PhysicalConnectionRequirements"),
            Section::Network
        );
        assert_eq!(section_of("Tags[\"a b\"]"), Section::Options);
        assert_eq!(section_of("CatalogId"), Section::Options);
    }
}
