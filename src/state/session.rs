use crate::glue::{ConnectionFilter, PageRequest};

/// Where the app is looking: which backend (profile, region, endpoint or the demo), which catalog, and the
/// server-side filter. Changing any of it starts a new listing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Session {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub demo: bool,
    pub catalog_id: Option<String>,
    pub filter: ConnectionFilter,
    /// MaxResults per GetConnections call.
    pub page_size: i32,
    /// HidePassword=false on every request.
    pub show_passwords: bool,
    /// `--readonly`: no key or command changes a connection definition (`update::read_only`).
    pub readonly: bool,
}

impl Session {
    pub fn page_request(&self, next_token: Option<String>) -> PageRequest {
        PageRequest {
            catalog_id: self.catalog_id.clone(),
            filter: self.filter.clone(),
            hide_password: !self.show_passwords,
            next_token,
            max_results: self.page_size,
        }
    }

    /// Whose credentials the requests run as, in the words error messages use.
    pub fn principal(&self) -> String {
        if self.demo {
            "the demo catalog".into()
        } else {
            match &self.profile {
                Some(p) => format!("profile {p}"),
                None => "the default credentials".into(),
            }
        }
    }
}
