//! What a path typed at the wizard's Alt-O prompt could become: the entries of its directory, spelled as the user
//! typed the directory (`~/` stays `~/`), directories ending in `/`. Blocking file I/O: the runner calls it for
//! `Effect::ListPath`; `state::completion` picks among the answers.

use std::path::PathBuf;

/// At most this many entries of one directory are offered.
const MOST: usize = 1000;

/// The candidates for `typed`: every entry of its directory whose name starts like its last part (without case),
/// hidden ones only when that part starts with `.`; sorted. A directory that cannot be read offers none.
pub fn candidates(typed: &str) -> Vec<String> {
    let (dir_typed, name) = match typed.rfind('/') {
        Some(i) => typed.split_at(i + 1),
        None => ("", typed),
    };
    let dir = match dir_typed {
        "" => PathBuf::from("."),
        d => expand_home(d),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let lower = name.to_lowercase();
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let file = entry.file_name().into_string().ok()?;
            if file.starts_with('.') && !name.starts_with('.') {
                return None;
            }
            if !file.to_lowercase().starts_with(&lower) {
                return None;
            }
            let slash = if entry.path().is_dir() { "/" } else { "" };
            Some(format!("{dir_typed}{file}{slash}"))
        })
        .take(MOST)
        .collect();
    out.sort();
    out
}

/// `~/x` → `$HOME/x`, as a shell would have done it.
pub fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), dirs::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_the_directory_as_typed_with_directories_marked() {
        let dir = std::env::temp_dir().join(format!("glue-tui-paths-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("requests")).unwrap();
        std::fs::write(dir.join("orders-db.json"), "{}").unwrap();
        std::fs::write(dir.join("Orders-kafka.json"), "{}").unwrap();
        std::fs::write(dir.join(".hidden.json"), "{}").unwrap();
        let typed = format!("{}/", dir.display());
        assert_eq!(
            candidates(&format!("{typed}or")),
            [
                format!("{typed}Orders-kafka.json"),
                format!("{typed}orders-db.json")
            ]
        );
        assert_eq!(
            candidates(&format!("{typed}re")),
            [format!("{typed}requests/")]
        );
        assert_eq!(
            candidates(&format!("{typed}.h")),
            [format!("{typed}.hidden.json")]
        );
        assert!(candidates(&format!("{typed}nothing-like-it")).is_empty());
        assert!(candidates("/no/such/dir/x").is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
