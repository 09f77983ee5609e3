//! The `:` command line: `:catalog ID`, `:region R`, `:profile P`, `:type T`, `:match M…`, `:schema N`, `:reload`,
//! `:q`. Each change of where the app looks starts a new listing without a restart.

use super::paging::{reload, start_listing};
use crate::glue::regions::GLUE_REGIONS;
use crate::glue::{connection_types, parse_connection_type};
use crate::msg::Effect;
use crate::state::completion::{tab, word_start};
use crate::state::{Completed, Focus, Model};

const USAGE: &str =
    "try :catalog ID, :region R, :profile P, :type T, :match M, :schema N, :reload, :q";

pub fn run(model: &mut Model) -> Vec<Effect> {
    let line = model.command_input.text().trim().to_string();
    let mut words = line.split_whitespace();
    let Some(verb) = words.next() else {
        model.focus = Focus::List;
        return Vec::new();
    };
    let args: Vec<String> = words.map(str::to_string).collect();
    let one = args.first().cloned();
    let demo = model.session.demo;
    let session = &mut model.session;
    let done = match verb {
        "q" | "quit" | "q!" => {
            model.focus = Focus::List;
            model.quitting = true;
            return vec![Effect::Quit];
        }
        "reload" | "r" => {
            model.focus = Focus::List;
            return reload(model);
        }
        "catalog" | "c" => {
            session.catalog_id = one;
            Ok(format!(
                "Catalog {}",
                session.catalog_id.as_deref().unwrap_or("(account default)")
            ))
        }
        "region" => match one {
            Some(r) => {
                session.region = Some(r);
                Ok(format!(
                    "Region {}",
                    session.region.as_deref().unwrap_or_default()
                ))
            }
            None => Err("`:region` needs a region, e.g. :region eu-west-1".to_string()),
        },
        "profile" => match one {
            // Whether the profile exists is in files: an effect reads them and `on_profile_checked` switches, or
            // says why not and keeps the current profile. The demo has no profiles to check.
            Some(profile) if !demo => {
                model.focus = Focus::List;
                model.command_input.clear();
                model.info(format!("Profile {profile}: reading the AWS config files…"));
                return vec![Effect::CheckProfile { profile }];
            }
            Some(p) => {
                session.profile = Some(p);
                Ok(format!(
                    "Profile {}",
                    session.profile.as_deref().unwrap_or_default()
                ))
            }
            None => Err("`:profile` needs a profile name from ~/.aws/config".to_string()),
        },
        "type" | "t" => match one.as_deref().map(parse_connection_type).transpose() {
            Ok(t) => {
                session.filter.connection_type = t;
                Ok(format!(
                    "Server filter: type {}",
                    session.filter.connection_type.as_deref().unwrap_or("any")
                ))
            }
            Err(message) => Err(message),
        },
        "match" | "m" => {
            session.filter.match_criteria = args;
            Ok(if session.filter.match_criteria.is_empty() {
                "Server filter: any match criteria".to_string()
            } else {
                format!(
                    "Server filter: match {}",
                    session.filter.match_criteria.join(", ")
                )
            })
        }
        "schema" => match one.as_deref().map(str::parse::<i32>) {
            None => {
                session.filter.schema_version = None;
                Ok("Server filter: any schema version".to_string())
            }
            Some(Ok(v @ 1..=2)) => {
                session.filter.schema_version = Some(v);
                Ok(format!("Server filter: schema version {v}"))
            }
            Some(_) => Err("`:schema` takes 1 or 2 (or nothing to clear it)".to_string()),
        },
        other => Err(format!("Unknown command :{other} — {USAGE}")),
    };
    match done {
        Ok(note) => {
            model.focus = Focus::List;
            model.command_input.clear();
            if matches!(verb, "catalog" | "c" | "region" | "profile") {
                // Marks name connections of one catalog: another catalog's rows are other connections.
                forget_marks(model);
            }
            if model.session.demo && matches!(verb, "region" | "profile") {
                model.info(format!("{note} (the demo catalog is the same everywhere)"));
            } else {
                model.info(note);
            }
            // Another catalog or region is another list: the selection stays only if the same name is there.
            start_listing(model, None)
        }
        Err(message) => {
            // Keep the line open with what was typed, so a typo is one edit away.
            model.error(message);
            Vec::new()
        }
    }
}

/// The answer to `:profile P`: switch to it and list again, or say it does not exist (and which do) and keep the
/// profile in use, with no new listing.
pub fn on_profile_checked(
    model: &mut Model,
    profile: String,
    result: Result<(), String>,
) -> Vec<Effect> {
    match result {
        Ok(()) => {
            forget_marks(model);
            model.info(format!("Profile {profile}"));
            model.session.profile = Some(profile);
            start_listing(model, None)
        }
        Err(message) => {
            model.error(message);
            Vec::new()
        }
    }
}

fn forget_marks(model: &mut Model) {
    model.marks.clear();
    model.delete_refused.clear();
}

/// The commands `:` runs, as Tab completes them.
const COMMANDS: &[&str] = &[
    "catalog", "match", "profile", "q", "region", "reload", "schema", "type",
];

/// Tab on the command line: completes the command, or the argument of `:type`, `:region`, `:profile` and `:schema`
/// (a catalog ID, match criteria and `:reload` have nothing to complete). Candidates show on the hint line while
/// there are several; a Tab with no candidate says so.
pub fn complete(model: &mut Model) -> Vec<Effect> {
    let input = &model.command_input;
    let start = word_start(input, false);
    let before: String = input.text().chars().take(start).collect();
    let mut words = before.split_whitespace();
    let verb = words.next();
    let (what, candidates): (&str, Vec<String>) = match (verb, words.next()) {
        (None, _) => ("command", strings(COMMANDS)),
        (Some("type" | "t"), None) => ("connection type", sorted(connection_types())),
        (Some("region"), None) => ("region", strings(GLUE_REGIONS)),
        (Some("profile"), None) if model.session.demo => {
            model.info("The demo has no AWS profiles to complete");
            return Vec::new();
        }
        (Some("profile"), None) => match &model.known_profiles {
            Some(known) => ("profile", known.clone()),
            None => {
                model.info("Still reading the AWS config files — Tab again in a moment");
                return vec![Effect::ListProfiles];
            }
        },
        (Some("schema"), None) => ("schema version", strings(&["1", "2"])),
        _ => ("", Vec::new()),
    };
    if what.is_empty() {
        model.command_completion = None;
        return Vec::new();
    }
    // A command that takes an argument is followed by a space, so the next Tab completes the argument.
    let then = |word: &str| {
        if what == "command" && !matches!(word, "q" | "reload") {
            " "
        } else {
            ""
        }
    };
    let walking = model.command_completion.take();
    match tab(&mut model.command_input, start, &candidates, then, walking) {
        Completed::Nothing => {
            let word: String = model.command_input.text().chars().skip(start).collect();
            model.info(format!("No {what} starts with “{word}”"));
        }
        Completed::Unique => {}
        Completed::Several(c) => model.command_completion = Some(c),
    }
    Vec::new()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn sorted(list: &[&str]) -> Vec<String> {
    let mut out = strings(list);
    out.sort();
    out
}
