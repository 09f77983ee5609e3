//! Filter and frame costs at 1k / 10k / 100k rows, each beside a peer measured in the same run (this machine is
//! noisy, so docs/PERFORMANCE.md reports ratios):
//! * filter peer: a plain lowercase substring scan over the same rows — the cheapest filter there is;
//! * frame peer: ratatui drawing a bare Paragraph that fills the same screen — the floor cost of any frame.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use glue_tui::filter::FilterIndex;
use glue_tui::glue::{GlueReply, Page};
use glue_tui::model::Connection;
use glue_tui::msg::Msg;
use glue_tui::state::{Model, Session};
use glue_tui::{ui, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Paragraph;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const TYPES: [&str; 8] = [
    "JDBC",
    "KAFKA",
    "MONGODB",
    "NETWORK",
    "SALESFORCE",
    "SLACK",
    "POSTGRESQL",
    "CUSTOM",
];
const WORDS: [&str; 12] = [
    "orders",
    "billing",
    "clickstream",
    "crm",
    "warehouse",
    "events",
    "ledger",
    "users",
    "inventory",
    "audit",
    "payments",
    "search",
];

fn rows(n: usize) -> Vec<Connection> {
    (0..n)
        .map(|i| Connection {
            name: format!(
                "{}-{}-{i:06}",
                WORDS[i % WORDS.len()],
                ["prod", "dev", "stage"][i % 3]
            ),
            connection_type: Some(TYPES[i % TYPES.len()].to_string()),
            description: Some(format!(
                "{} replica for the {} team",
                WORDS[(i / 7) % WORDS.len()],
                WORDS[(i / 3) % 12]
            )),
            status: Some("READY".into()),
            ..Default::default()
        })
        .collect()
}

/// Time `query` typed after `before`, `iters` times; setting `before` is not timed.
fn timed_keystrokes(index: &mut FilterIndex, iters: u64, before: &str, query: &str) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        index.set_query(before);
        let start = Instant::now();
        index.set_query(black_box(query));
        total += start.elapsed();
        black_box(index.visible().len());
    }
    total
}

fn filter(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter");
    for n in SIZES {
        let data = rows(n);
        let mut index = FilterIndex::default();
        index.extend(&data);
        // First keystroke: every row is scored. Only the keystroke is timed, not clearing the previous query.
        group.bench_with_input(BenchmarkId::new("first_keystroke", n), &n, |b, _| {
            b.iter_custom(|iters| timed_keystrokes(&mut index, iters, "", "o"))
        });
        // A keystroke that narrows the previous query: only its matches are scored.
        // The next keystroke, which narrows the previous query: only its matches are scored. Only that is timed.
        group.bench_with_input(BenchmarkId::new("narrowing_keystroke", n), &n, |b, _| {
            b.iter_custom(|iters| timed_keystrokes(&mut index, iters, "o", "or"))
        });
        // From the third letter on, descriptions are searched too.
        group.bench_with_input(BenchmarkId::new("fourth_keystroke", n), &n, |b, _| {
            b.iter_custom(|iters| timed_keystrokes(&mut index, iters, "rep", "repl"))
        });
        group.bench_with_input(
            BenchmarkId::new("fresh_query_type_and_text", n),
            &n,
            |b, _| {
                b.iter(|| {
                    index.set_query("");
                    index.set_query(black_box("type:kafka pay"));
                    black_box(index.visible().len())
                })
            },
        );
        let lower: Vec<String> = data
            .iter()
            .map(|c| {
                format!(
                    "{} {} {}",
                    c.name,
                    c.connection_type.as_deref().unwrap_or(""),
                    c.description.as_deref().unwrap_or("")
                )
                .to_lowercase()
            })
            .collect();
        group.bench_with_input(BenchmarkId::new("peer_substring_scan", n), &n, |b, _| {
            b.iter(|| black_box(lower.iter().filter(|h| h.contains(black_box("o"))).count()))
        });
    }
    group.finish();
}

fn model_with(n: usize) -> Model {
    let mut model = Model::new(
        Session {
            demo: true,
            page_size: 100,
            ..Session::default()
        },
        120,
        35,
    );
    update::init(&mut model);
    let result = Ok(Page {
        connections: rows(n),
        next_token: Some("more".into()),
    });
    update::update(
        &mut model,
        Msg::Glue(GlueReply::GetConnectionsPage {
            generation: 1,
            result,
        }),
    );
    model
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    let mut terminal = Terminal::new(TestBackend::new(120, 35)).expect("test backend");
    for n in SIZES {
        let mut model = model_with(n);
        // Somewhere in the middle, as after scrolling.
        for _ in 0..(n / 2).min(5_000) {
            update::update(
                &mut model,
                Msg::Key(crossterm::event::KeyCode::Char('j').into()),
            );
        }
        group.bench_with_input(BenchmarkId::new("draw_120x35", n), &n, |b, _| {
            b.iter(|| {
                terminal
                    .draw(|f| ui::draw(f, black_box(&model)))
                    .map(|_| ())
            })
        });
    }
    let text = "x".repeat(120 * 35);
    group.bench_function("peer_bare_paragraph_120x35", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(Paragraph::new(black_box(text.as_str())), f.area()))
                .map(|_| ())
        })
    });
    group.finish();
}

criterion_group!(benches, filter, frame);
criterion_main!(benches);
