//! Files the browser writes for the user (`w`): new files only, private to the user.

use std::fs;
use std::io;
use std::path::Path;

/// Writes `text` to `path`, which must not exist yet (a file the user owns is never overwritten), readable by the
/// user only: it may hold revealed secrets.
pub fn write_new(path: &Path, text: &str) -> io::Result<()> {
    use std::io::Write;
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_written_private_and_an_existing_one_is_left_alone() {
        let dir = std::env::temp_dir().join(format!("glue-tui-files-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.json");
        let _ = fs::remove_file(&path);
        write_new(&path, "first").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
        let err = write_new(&path, "second").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "first",
            "never overwritten"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
