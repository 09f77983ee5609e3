//! The create wizard's draft: the form a user left unsent, kept (without secrets — `Form::draft` strips them) in
//! the user's state directory and offered the next time they press `n`.
//!
//! One draft per user, `$XDG_STATE_HOME/glue-tui/draft.json` (`~/.local/state/glue-tui/draft.json`; the platform's
//! local data directory where there is no state directory). The file holds the `--cli-input-json` shape, so a draft
//! can also be finished by hand and sent with `glue-tui create --from-json`. Beside it, `draft-secrets.json` names
//! the secret fields that held a value (labels and form paths, never values), so the restored form marks them, and
//! for the draft of an edit, `draft-edit.json` names the connection it edits.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::model::{CreateConnectionRequest, Draft, SecretLeftOut};

/// Where the draft lives; `None` when the platform names no home for it (then drafts are not kept).
pub fn draft_path() -> Option<PathBuf> {
    let base = dirs::state_dir().or_else(dirs::data_local_dir)?;
    Some(base.join("glue-tui").join("draft.json"))
}

/// The file beside the draft naming its left-out secrets.
fn secrets_path(draft: &Path) -> PathBuf {
    draft.with_file_name("draft-secrets.json")
}

/// The file beside the draft of an edit, naming the connection it edits (`{"EditOf": NAME}`).
fn edit_path(draft: &Path) -> PathBuf {
    draft.with_file_name("draft-edit.json")
}

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct EditOf {
    edit_of: String,
}

/// The draft at `path`; `Ok(None)` when there is none. A file that is not a request is an error, not silently
/// dropped: the user may want what is in it. The names of its left-out secrets are a nicety: a missing or
/// unreadable list is no list.
pub fn load(path: &Path) -> io::Result<Option<Draft>> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let request: CreateConnectionRequest =
        serde_json::from_str(&text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    let secrets_left_out = fs::read_to_string(secrets_path(path))
        .ok()
        .and_then(|t| serde_json::from_str::<Vec<SecretLeftOut>>(&t).ok())
        .unwrap_or_default();
    let edit_of = fs::read_to_string(edit_path(path))
        .ok()
        .and_then(|t| serde_json::from_str::<EditOf>(&t).ok())
        .map(|e| e.edit_of);
    Ok(Some(Draft {
        request,
        secrets_left_out,
        edit_of,
    }))
}

/// Writes the draft through a temporary file, so a crash mid-write never leaves half a draft; readable by the user
/// only, as names and hosts can be sensitive even without passwords.
pub fn save(path: &Path, draft: &Draft) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    write_json(path, &draft.request)?;
    let secrets = secrets_path(path);
    if draft.secrets_left_out.is_empty() {
        remove(&secrets)?;
    } else {
        write_json(&secrets, &draft.secrets_left_out)?;
    }
    match &draft.edit_of {
        None => remove(&edit_path(path)),
        Some(name) => write_json(
            &edit_path(path),
            &EditOf {
                edit_of: name.clone(),
            },
        ),
    }
}

fn write_json(path: &Path, value: &impl serde::Serialize) -> io::Result<()> {
    let mut json = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    json.push('\n');
    let tmp = path.with_extension("json.tmp");
    write_private(&tmp, json.as_bytes())?;
    fs::rename(&tmp, path)
}

/// Removes the draft (after the form was sent or discarded); no draft is fine.
pub fn clear(path: &Path) -> io::Result<()> {
    remove(path)?;
    remove(&secrets_path(path))?;
    remove(&edit_path(path))
}

fn remove(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    fs::write(path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(name: &str) -> CreateConnectionRequest {
        serde_json::from_str(&format!(
            r#"{{"ConnectionInput": {{"Name": "{name}", "ConnectionType": "JDBC", "ConnectionProperties": {{}}}}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn saves_loads_and_clears_a_draft() {
        let dir = std::env::temp_dir().join(format!("glue-tui-draft-{}", std::process::id()));
        let path = dir.join("glue-tui").join("draft.json");
        assert_eq!(load(&path).unwrap(), None);
        save(&path, &request("orders-db").into()).unwrap();
        assert_eq!(load(&path).unwrap(), Some(request("orders-db").into()));
        assert!(
            !secrets_path(&path).exists(),
            "no secrets left out, no list"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        clear(&path).unwrap();
        clear(&path).unwrap();
        assert_eq!(load(&path).unwrap(), None);
        // The names of left-out secrets come back beside the request, and go with it.
        let draft = Draft {
            request: request("orders-db"),
            secrets_left_out: vec![SecretLeftOut {
                path: "ConnectionInput.ConnectionProperties.PASSWORD".into(),
                label: "Password".into(),
            }],
            edit_of: None,
        };
        save(&path, &draft).unwrap();
        assert_eq!(load(&path).unwrap(), Some(draft.clone()));
        let file: CreateConnectionRequest =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            file, draft.request,
            "the draft file stays a --cli-input-json file"
        );
        // A draft of an edit knows which connection it edits; a create's draft after it does not.
        let edit = Draft {
            edit_of: Some("orders-db".into()),
            ..draft.clone()
        };
        save(&path, &edit).unwrap();
        assert_eq!(load(&path).unwrap(), Some(edit));
        save(&path, &draft).unwrap();
        assert_eq!(load(&path).unwrap().unwrap().edit_of, None);
        save(
            &path,
            &Draft {
                edit_of: Some("x".into()),
                ..draft.clone()
            },
        )
        .unwrap();
        clear(&path).unwrap();
        assert!(!secrets_path(&path).exists());
        assert!(!edit_path(&path).exists());
        fs::write(&path, "not json").unwrap();
        assert_eq!(load(&path).unwrap_err().kind(), io::ErrorKind::InvalidData);
        fs::remove_dir_all(&dir).unwrap();
    }
}
