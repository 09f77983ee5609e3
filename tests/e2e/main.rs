//! End to end: the real binary, headless and in tmux, against moto on 127.0.0.1 (also with the described-type
//! operations the test fixture `tests/moto_described.py` adds), a fault-injecting proxy, loopback
//! endpoints that never answer, closed pipes and an X11 display of its own. Run through `scripts/test.sh`, which
//! installs moto into `.venv` and tmux, Xvfb and xclip; without them these tests fail rather than skip.

#[path = "../support/mod.rs"]
mod support;

mod cli_pipes;
mod create_cmd;
mod create_inputs;
mod e2e_clipboard;
mod e2e_create_moto;
mod e2e_described_demo;
mod e2e_described_moto;
mod e2e_faults;
mod e2e_import_moto;
mod e2e_logs;
mod e2e_manage_demo;
mod e2e_manage_moto;
mod e2e_moto;
mod e2e_outcome_moto;
mod e2e_profiles;
mod e2e_stall;
mod e2e_wizard_moto;
