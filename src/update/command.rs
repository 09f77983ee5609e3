//! The `:` command line: `:catalog ID`, `:region R`, `:profile P`, `:type T`, `:match M…`, `:schema N`, `:reload`,
//! `:q`. Each change of where the app looks starts a new listing without a restart.

use super::paging::{reload, start_listing};
use crate::glue::parse_connection_type;
use crate::msg::Effect;
use crate::state::{Focus, Model};

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
