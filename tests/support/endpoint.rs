//! A loopback endpoint that accepts connections, counts them and never answers (a dead proxy, a half-open socket).

use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::e2e::DEADLINE;

/// Every connection is held open unanswered, so a client gives up by its own timeout. Stopped on drop.
pub struct SilentEndpoint {
    port: u16,
    count: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SilentEndpoint {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("non-blocking");
        let port = listener.local_addr().expect("local addr").port();
        let count = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (count, stop) = (count.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut open: Vec<TcpStream> = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            count.fetch_add(1, Ordering::Relaxed);
                            open.push(stream);
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(20)),
                    }
                }
            })
        };
        SilentEndpoint {
            port,
            count,
            stop,
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Connections accepted so far (one per attempt). The kernel queues a connection whether or not it was
    /// accepted yet, so after the client exited this settles within a few polls of the accept loop.
    pub fn connections(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }

    /// Waits (bounded by [`DEADLINE`]) until at least `n` connections were accepted; how many were.
    pub fn wait_for_connections(&self, n: usize) -> usize {
        let start = Instant::now();
        while self.connections() < n {
            assert!(
                start.elapsed() < DEADLINE,
                "{} of {n} connections reached {} within {DEADLINE:?}",
                self.connections(),
                self.url()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        self.connections()
    }
}

impl Drop for SilentEndpoint {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
