//! Runs what `update` asks for. Glue calls run on tasks and answer on the message channel; the backend for a
//! profile/region/endpoint is built once (credentials resolve lazily, inside the first request) and reused.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{Mutex, mpsc};

use crate::glue::memory::MemoryGlue;
use crate::glue::sdk::{AttemptEvent, RetryNotice, SdkGlue};
use crate::glue::{GlueApi, GlueCall};
use crate::msg::Msg;
use crate::state::Session;

type BackendKey = (Option<String>, Option<String>, Option<String>, bool);

/// The backends the session has used, by profile, region, endpoint and demo flag.
pub struct Backends {
    cache: Mutex<HashMap<BackendKey, Arc<dyn GlueApi>>>,
    demo: Arc<dyn GlueApi>,
    tx: mpsc::Sender<Msg>,
    /// The generation of the request in flight, so a retry notice can be matched to its listing.
    current_generation: Arc<AtomicU64>,
    /// `--timeout`: how long one attempt of a call may go unanswered.
    attempt_timeout: Duration,
}

impl Backends {
    pub fn new(tx: mpsc::Sender<Msg>, demo: Arc<dyn GlueApi>, attempt_timeout: Duration) -> Self {
        Self {
            cache: Mutex::default(),
            demo,
            tx,
            current_generation: Arc::default(),
            attempt_timeout,
        }
    }

    pub fn with_demo(tx: mpsc::Sender<Msg>, attempt_timeout: Duration) -> Self {
        Self::new(tx, Arc::new(MemoryGlue::demo()), attempt_timeout)
    }

    async fn get(&self, session: &Session) -> Arc<dyn GlueApi> {
        if session.demo {
            return self.demo.clone();
        }
        let key = (
            session.profile.clone(),
            session.region.clone(),
            session.endpoint_url.clone(),
            session.demo,
        );
        let mut cache = self.cache.lock().await;
        if let Some(api) = cache.get(&key) {
            return api.clone();
        }
        let tx = self.tx.clone();
        let generation = self.current_generation.clone();
        let notify = Arc::new(move |notice: RetryNotice| {
            // The status bar's retry note is about the listing; a create or describe reports its own outcome.
            if notice.operation != "GetConnections" {
                return;
            }
            let generation = generation.load(Ordering::Relaxed);
            let msg = match notice.event {
                AttemptEvent::Started => Msg::AttemptStarted {
                    generation,
                    attempt: notice.attempt,
                    max_attempts: notice.max_attempts,
                    at: std::time::Instant::now(),
                },
                AttemptEvent::Retrying { reason } => Msg::Retrying {
                    generation,
                    attempt: notice.attempt,
                    reason,
                },
            };
            let _ = tx.try_send(msg);
        });
        let api: Arc<dyn GlueApi> = Arc::new(
            SdkGlue::connect(
                session.profile.as_deref(),
                session.region.as_deref(),
                session.endpoint_url.as_deref(),
                self.attempt_timeout,
                notify,
            )
            .await,
        );
        cache.insert(key, api.clone());
        api
    }

    /// Runs one Glue call on a task against the session's backend; the reply arrives as `Msg::Glue`. Which call it
    /// is matters only to `GlueCall::run`.
    pub fn spawn_glue(self: &Arc<Self>, session: Box<Session>, call: GlueCall) {
        let this = self.clone();
        tokio::spawn(async move {
            if let Some(generation) = call.listing_generation() {
                this.current_generation.store(generation, Ordering::Relaxed);
            }
            let api = this.get(&session).await;
            let reply = call.run(api.as_ref()).await;
            // The receiver is gone only when the app is exiting.
            let _ = this.tx.send(Msg::Glue(reply)).await;
        });
    }
}
