//! What a delete of one or several connections came to, name by name: DeleteConnection answers for one,
//! BatchDeleteConnection for up to [`BATCH_DELETE_MAX`] at a time, with `Succeeded` and `Errors` (ErrorCode and
//! ErrorMessage by name). The update code removes the rows that went and keeps the others marked with their reason.

/// BatchDeleteConnection's `ConnectionNameList` holds at most 25 names (botocore `DeleteConnectionNameList`).
pub const BATCH_DELETE_MAX: usize = 25;

/// One name's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleted {
    pub name: String,
    pub outcome: Result<(), DeleteRefused>,
}

/// Why a connection was not deleted, in words for the status bar and the detail pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteRefused {
    pub reason: String,
    /// Glue says there is no such connection (deleted elsewhere): the row goes all the same.
    pub not_found: bool,
}

/// BatchDeleteConnection's answer for one chunk of names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchDeleted {
    pub succeeded: Vec<String>,
    /// (name, ErrorCode, ErrorMessage) for each name Glue did not delete.
    pub errors: Vec<(String, String, String)>,
}

impl BatchDeleted {
    /// The chunk's names with their outcomes, in the order asked; a name Glue left out of both lists is reported
    /// as not deleted rather than assumed gone.
    pub fn outcomes(&self, asked: &[String]) -> Vec<Deleted> {
        asked
            .iter()
            .map(|name| {
                let outcome = if self.succeeded.contains(name) {
                    Ok(())
                } else if let Some((_, code, message)) =
                    self.errors.iter().find(|(n, ..)| n == name)
                {
                    Err(DeleteRefused {
                        reason: match (code.as_str(), message.as_str()) {
                            ("", m) => m.to_string(),
                            (c, "") => c.to_string(),
                            (c, m) => format!("{c}: {m}"),
                        },
                        not_found: code == "EntityNotFoundException",
                    })
                } else {
                    Err(DeleteRefused {
                        reason: "BatchDeleteConnection named it neither deleted nor failed"
                            .to_string(),
                        not_found: false,
                    })
                };
                Deleted {
                    name: name.clone(),
                    outcome,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_name_gets_its_outcome_and_a_silent_name_is_not_taken_as_gone() {
        let answer = BatchDeleted {
            succeeded: vec!["a".into()],
            errors: vec![
                (
                    "b".into(),
                    "EntityNotFoundException".into(),
                    "Connection not found.".into(),
                ),
                ("c".into(), "AccessDeniedException".into(), String::new()),
            ],
        };
        let got = answer.outcomes(&["a".into(), "b".into(), "c".into(), "d".into()]);
        assert_eq!(got[0].outcome, Ok(()));
        assert_eq!(
            got[1].outcome,
            Err(DeleteRefused {
                reason: "EntityNotFoundException: Connection not found.".into(),
                not_found: true
            })
        );
        assert_eq!(
            got[2].outcome.as_ref().unwrap_err().reason,
            "AccessDeniedException"
        );
        assert!(!got[3].outcome.as_ref().unwrap_err().not_found);
    }
}
