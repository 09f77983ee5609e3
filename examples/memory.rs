//! Resident memory of the browser's model holding N connections, beside a peer: the same connections held as
//! `serde_json::Value` (what a JSON-first tool keeps). Figures go in docs/PERFORMANCE.md.
//!
//!     cargo run --release --example memory -- 100000        # Linux: reads VmRSS from /proc/self/status

use std::collections::BTreeMap;

use glue_tui::glue::{GlueReply, Page};
use glue_tui::model::{Connection, PhysicalConnectionRequirements};
use glue_tui::msg::Msg;
use glue_tui::state::{Model, Session};
use glue_tui::update;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

/// A JDBC connection of realistic size: five properties, a VPC, times, a description.
fn connection(i: usize) -> Connection {
    let props: BTreeMap<String, String> = [
        (
            "JDBC_CONNECTION_URL",
            format!("jdbc:postgresql://db-{i}.cluster-abc.us-east-1.rds.amazonaws.com:5432/app"),
        ),
        ("USERNAME", format!("svc_{i}")),
        ("JDBC_ENFORCE_SSL", "true".into()),
        ("SECRET_ID", format!("prod/db-{i}")),
        ("JDBC_ENGINE", "postgres".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let json = serde_json::json!({
        "Name": format!("orders-db-{i:06}"),
        "Description": format!("Orders replica {i} for the analytics team"),
        "ConnectionType": "JDBC",
        "CreationTime": "2025-03-14T09:26:53.589000+00:00",
        "LastUpdatedTime": "2025-03-14T09:26:53.589000+00:00",
        "LastUpdatedBy": "arn:aws:iam::123456789012:role/DataPlatformAdmin",
        "Status": "READY",
        "ConnectionSchemaVersion": 1,
    });
    let mut c: Connection = serde_json::from_value(json).expect("valid connection JSON");
    c.connection_properties = Some(props);
    c.physical_connection_requirements = Some(PhysicalConnectionRequirements {
        subnet_id: Some(format!("subnet-{i:017x}")),
        security_group_id_list: Some(vec![format!("sg-{i:017x}")]),
        availability_zone: Some("us-east-1a".into()),
    });
    c
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let rows: Vec<Connection> = (0..n).map(connection).collect();
    let json_text = serde_json::to_string(&rows).expect("serialise");
    drop(rows);

    let before = rss_kib();
    let mut model = Model::new(
        Session {
            page_size: 1000,
            ..Session::default()
        },
        120,
        35,
    );
    update::init(&mut model);
    for chunk in (0..n).collect::<Vec<_>>().chunks(1000) {
        let connections = chunk.iter().map(|&i| connection(i)).collect();
        let result = Ok(Page {
            connections,
            next_token: Some("more".into()),
        });
        update::update(
            &mut model,
            Msg::Glue(GlueReply::GetConnectionsPage {
                generation: 1,
                result,
            }),
        );
    }
    let model_kib = rss_kib().saturating_sub(before);

    let before = rss_kib();
    let peer: serde_json::Value = serde_json::from_str(&json_text).expect("parse");
    let peer_kib = rss_kib().saturating_sub(before);

    println!(
        "connections: {n} ({} KiB as compact JSON)",
        json_text.len() / 1024
    );
    println!("model (list + filter index): {model_kib} KiB");
    println!("peer (serde_json::Value):    {peer_kib} KiB");
    println!(
        "model / peer: {:.2}",
        model_kib as f64 / peer_kib.max(1) as f64
    );
    std::hint::black_box((&model.list.items, &peer));
}
