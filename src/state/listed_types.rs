//! ListConnectionTypes' answer for the account and region being browsed: asked for once when the wizard first
//! opens there, and asked again after a `:profile` or `:region` switch (the registered types are per account and
//! region; the catalog does not change them).

use super::Session;
use crate::model::ConnectionTypeBrief;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedTypes {
    /// Where the list was asked for ([`Session::types_origin`]); a reply for an older origin is dropped.
    pub origin: String,
    pub state: ListedState,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListedState {
    Asking,
    Listed(Vec<ConnectionTypeBrief>),
    /// No list (moto has no ListConnectionTypes; no permission): the picker offers this build's table alone.
    Unavailable(String),
}

impl ListedTypes {
    /// The types Glue listed; empty while asking or when it could not.
    pub fn briefs(&self) -> &[ConnectionTypeBrief] {
        match &self.state {
            ListedState::Listed(briefs) => briefs,
            _ => &[],
        }
    }
}

impl Session {
    /// What the account's list of connection types depends on: the credentials, the region and the endpoint.
    pub fn types_origin(&self) -> String {
        format!(
            "{}|{}|{}|{}",
            self.profile.as_deref().unwrap_or(""),
            self.region.as_deref().unwrap_or(""),
            self.endpoint_url.as_deref().unwrap_or(""),
            self.demo
        )
    }
}
