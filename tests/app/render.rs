//! What the screen shows, as text snapshots on ratatui's TestBackend.

use crossterm::event::KeyCode;
use glue_tui::glue::{ErrorKind, GlueError, GlueReply};
use glue_tui::model::Connection;
use glue_tui::msg::Msg;
use glue_tui::state::{Model, Session};
use glue_tui::ui;
use glue_tui::update::{init, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::support::keys::press;
use crate::support::model::{demo_rows, demo_session, loaded, screen};

fn model_with(width: u16, height: u16, rows: Vec<Connection>, token: Option<&str>) -> Model {
    let mut model = Model::new(demo_session(), width, height);
    init(&mut model);
    loaded(&mut model, 1, rows, token);
    model
}

fn select(model: &mut Model, name: &str) {
    press(model, KeyCode::Char('g'));
    while model.selected_connection().unwrap().name != name {
        press(model, KeyCode::Char('j'));
    }
}

#[test]
fn list_and_detail_wide() {
    let mut model = model_with(120, 35, demo_rows(), None);
    select(&mut model, "salesforce-crm-prod");
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn list_and_detail_stacked_on_a_narrow_terminal() {
    let mut model = model_with(60, 20, demo_rows(), Some("more"));
    select(&mut model, "fraud-features-postgres");
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn masked_password_and_raw_json() {
    let mut model = model_with(120, 35, demo_rows(), None);
    select(&mut model, "kafka-iot-telemetry");
    insta::assert_snapshot!("fields", screen(&model));
    press(&mut model, KeyCode::Char('v'));
    let raw = screen(&model);
    // A line that does not fit puts its value under its key; no comma is left alone on a line.
    let pane: Vec<&str> = raw
        .lines()
        .filter_map(|l| l.split("││").nth(1))
        .map(|l| l.trim_end_matches('"').trim_end_matches('│').trim())
        .collect();
    assert!(!pane.contains(&","), "{raw}");
    assert!(pane.contains(&"\"KAFKA_BOOTSTRAP_SERVERS\":"), "{raw}");
    insta::assert_snapshot!("raw_json", raw);
}

#[test]
fn wide_and_right_to_left_text_keep_the_columns() {
    let mut model = model_with(120, 35, demo_rows(), None);
    select(&mut model, "tokyo-warehouse-replica");
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn filter_being_typed() {
    let mut model = model_with(120, 35, demo_rows(), None);
    press(&mut model, KeyCode::Char('/'));
    for c in "type:kafka msk".chars() {
        press(&mut model, KeyCode::Char(c));
    }
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn empty_catalog() {
    let model = model_with(120, 35, Vec::new(), None);
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn loading_before_the_first_page() {
    let mut model = Model::new(demo_session(), 120, 35);
    init(&mut model);
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn first_page_failed() {
    let model = access_denied_on_the_first_page(120, 35);
    insta::assert_snapshot!(screen(&model));
}

/// Profile `dev`, not the demo, its first page refused with AccessDenied.
fn access_denied_on_the_first_page(width: u16, height: u16) -> Model {
    let mut model = Model::new(
        Session {
            profile: Some("dev".into()),
            ..demo_session()
        },
        width,
        height,
    );
    model.session.demo = false;
    init(&mut model);
    let err = GlueError::new(
        ErrorKind::AccessDenied,
        "GetConnections",
        "User is not authorized",
    )
    .with_principal("profile dev");
    update(
        &mut model,
        Msg::Glue(GlueReply::GetConnectionsPage {
            generation: 1,
            result: Err(err),
        }),
    );
    model
}

#[test]
fn help_overlay() {
    let mut model = model_with(120, 35, demo_rows(), None);
    press(&mut model, KeyCode::Char('?'));
    insta::assert_snapshot!(screen(&model));
}

#[test]
fn server_text_with_escape_sequences_is_drawn_as_data() {
    let evil = Connection {
        name: "evil\u{1b}[2J\u{1b}]52;c;aGk=\u{7}".into(),
        description: Some("line\nbreak \u{202E}reversed\u{202C} zero\u{200B}width".into()),
        ..Default::default()
    };
    let model = model_with(100, 12, vec![evil], None);
    let text = screen(&model);
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202E}'));
    insta::assert_snapshot!(text);
}

#[test]
fn tiny_terminals_and_resize_storms_do_not_panic() {
    let mut model = model_with(120, 35, demo_rows(), None);
    for (w, h) in [
        (1, 1),
        (0, 0),
        (2, 1),
        (1, 5),
        (10, 3),
        (30, 4),
        (200, 2),
        (3, 60),
        (120, 35),
    ] {
        update(
            &mut model,
            Msg::Resize {
                width: w,
                height: h,
            },
        );
        for code in [
            KeyCode::Char('G'),
            KeyCode::PageUp,
            KeyCode::Enter,
            KeyCode::Char('G'),
            KeyCode::Esc,
        ] {
            press(&mut model, code);
        }
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal.draw(|f| ui::draw(f, &model)).unwrap();
        // The overlays too: help, and the filter line with its cursor.
        press(&mut model, KeyCode::Char('?'));
        terminal.draw(|f| ui::draw(f, &model)).unwrap();
        press(&mut model, KeyCode::Esc);
        press(&mut model, KeyCode::Char('/'));
        press(&mut model, KeyCode::Char('東'));
        terminal.draw(|f| ui::draw(f, &model)).unwrap();
        press(&mut model, KeyCode::Esc);
    }
    update(
        &mut model,
        Msg::Resize {
            width: 1,
            height: 1,
        },
    );
    insta::assert_snapshot!(screen(&model));
}

/// The list's header line (the row under the pane's top border).
fn list_header(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.contains("NAME") && l.contains("TYPE"))
        .map(|l| l.split("││").next().unwrap_or(l).to_string())
        .unwrap_or_else(|| panic!("no list header:\n{screen}"))
}

/// At every size, the columns stay where they are whether the list is at its top, at its bottom (`G`, where the
/// demo's longest types are), back up (`PgUp`) or filtered; a name cut to fit ends in `…`. The bottom and filtered
/// screens are kept as snapshots.
#[test]
fn columns_hold_still_while_scrolling_and_filtering() {
    for (width, height) in [(120, 35), (80, 24), (60, 20)] {
        let mut model = model_with(width, height, demo_rows(), None);
        let top = list_header(&screen(&model));
        assert!(top.contains("STATUS"), "{width}×{height}: {top}");
        press(&mut model, KeyCode::Char('G'));
        let bottom = screen(&model);
        assert_eq!(list_header(&bottom), top, "{width}×{height} at the bottom");
        insta::assert_snapshot!(format!("list_bottom_{width}x{height}"), bottom);
        press(&mut model, KeyCode::PageUp);
        assert_eq!(
            list_header(&screen(&model)),
            top,
            "{width}×{height} after PgUp"
        );
        press(&mut model, KeyCode::Char('/'));
        crate::support::keys::typed(&mut model, "market");
        press(&mut model, KeyCode::Enter);
        let filtered = screen(&model);
        assert_eq!(list_header(&filtered), top, "{width}×{height} filtered");
        let line = filtered
            .lines()
            .find(|l| l.contains("elasticsearch-marketplace"))
            .unwrap_or_else(|| panic!("the row is there:\n{filtered}"));
        assert!(
            line.contains("elasticsearch-marketplace-logs") || line.contains("…"),
            "a cut name ends in an ellipsis:\n{filtered}"
        );
        insta::assert_snapshot!(format!("list_filtered_{width}x{height}"), filtered);
    }
}

/// The way to the keys and the way out are the last hints to go: at 80 and 60 columns the hint line drops others
/// first and still ends with `? help  q quit`.
#[test]
fn help_and_quit_stay_on_a_short_hint_line() {
    for (width, height) in [(120, 35), (80, 24), (60, 20)] {
        let model = model_with(width, height, demo_rows(), None);
        let text = screen(&model);
        let hints = text.lines().last().expect("the hint line");
        assert!(
            hints
                .trim_end()
                .trim_end_matches('"')
                .trim_end()
                .ends_with("? help  q quit"),
            "{width}×{height}: {hints}"
        );
    }
}

/// At 80×24 and 60×20 the help is taller than the terminal: it scrolls (j, G) to its last row, which names `q`, and
/// its title says where it is; g goes back to the top. The end at 80×24 is kept as a snapshot.
#[test]
fn help_scrolls_to_its_end_on_a_small_terminal() {
    for (width, height) in [(80, 24), (60, 20)] {
        let mut model = model_with(width, height, demo_rows(), None);
        press(&mut model, KeyCode::Char('?'));
        let top = screen(&model);
        assert!(top.contains("j/↓ more"), "{width}×{height}:\n{top}");
        assert!(
            !top.contains("q / Ctrl-C"),
            "{width}×{height}: fits already?\n{top}"
        );
        press(&mut model, KeyCode::Char('j'));
        assert!(screen(&model).contains(" Keys 2/"), "{}", screen(&model));
        press(&mut model, KeyCode::Char('G'));
        let end = screen(&model);
        assert!(
            end.contains("q / Ctrl-C") && end.contains("the end"),
            "{width}×{height}:\n{end}"
        );
        if width == 80 {
            assert!(
                end.contains("in this help or the messages: scroll"),
                "{end}"
            );
            insta::assert_snapshot!("help_scrolled_to_its_end_80x24", end);
        }
        press(&mut model, KeyCode::Char('j'));
        assert_eq!(screen(&model), end, "no scrolling past the end");
        press(&mut model, KeyCode::Char('g'));
        assert_eq!(screen(&model), top);
        press(&mut model, KeyCode::Esc);
        assert!(!model.help_open());
    }
}

/// At 80×24 the status line cuts a long error with `…` and the hint line offers `M`, kept among the last to go;
/// `M` shows the message whole (newest first, with what came before), and Esc closes it. Snapshot: the log.
#[test]
fn a_cut_message_can_be_read_whole_with_m() {
    let mut model = access_denied_on_the_first_page(80, 24);
    let whole = model.message.as_ref().unwrap().text.clone();
    let before = screen(&model);
    let lines: Vec<&str> = before.lines().collect();
    let status_line = lines[lines.len() - 2];
    assert!(
        status_line.trim_end_matches('"').ends_with('…'),
        "{status_line}"
    );
    assert!(!before.contains(&whole), "cut at 80 columns:\n{before}");
    let hints = lines[lines.len() - 1];
    assert!(hints.contains("M whole message"), "{hints}");
    assert!(hints.contains("? help  q quit"), "{hints}");

    press(&mut model, KeyCode::Char('M'));
    assert!(model.messages_open());
    let log = screen(&model);
    let joined: String = log
        .lines()
        .map(|l| {
            l.trim_matches('"')
                .trim_matches(|c| c == '│' || c == ' ')
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        joined.contains(&whole),
        "the whole message in the log:\n{log}"
    );
    insta::assert_snapshot!("messages_80x24", log);
    press(&mut model, KeyCode::Esc);
    assert!(!model.messages_open());
    // A message that fits is not offered in the log's hint.
    let hints = screen(&model)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string();
    assert!(!hints.contains("M whole message"), "{hints}");
}

/// A filter kept with Enter is cleared by Esc from the list, the cursor staying on the connection it found; the hint
/// line offers it only while there is one.
#[test]
fn esc_in_the_list_clears_a_kept_filter() {
    let mut model = model_with(120, 35, demo_rows(), None);
    let hint_line = |m: &Model| screen(m).lines().last().unwrap_or_default().to_string();
    assert!(
        !hint_line(&model).contains("Esc clear filter"),
        "{}",
        hint_line(&model)
    );
    press(&mut model, KeyCode::Char('/'));
    crate::support::keys::typed(&mut model, "kafka-pay");
    press(&mut model, KeyCode::Enter);
    let found = model.selected_connection().map(|c| c.name.clone());
    assert_eq!(found.as_deref(), Some("kafka-payments-stream"));
    assert!(
        hint_line(&model).contains("Esc clear filter"),
        "{}",
        hint_line(&model)
    );
    assert!(model.visible_len() < demo_rows().len());

    press(&mut model, KeyCode::Esc);
    assert_eq!(model.filter_input.text(), "");
    assert_eq!(model.visible_len(), demo_rows().len());
    assert_eq!(model.selected_connection().map(|c| c.name.clone()), found);
    assert!(!hint_line(&model).contains("Esc clear filter"));
    assert!(
        !screen(&model).contains("/kafka-pay"),
        "the title no longer shows it"
    );
}

/// The server-side filters GetConnections was asked with show on the list's own title at every width (the title bar
/// cuts off at 80 columns), and the list and the detail pane say where they are.
#[test]
fn server_filters_and_positions_show_at_every_width() {
    for (width, height) in [(120, 35), (80, 24), (60, 20)] {
        let mut session = demo_session();
        session.filter.connection_type = Some("JDBC".into());
        session.filter.match_criteria = vec!["orders".into()];
        let mut model = Model::new(session, width, height);
        init(&mut model);
        let rows: Vec<Connection> = demo_rows()
            .into_iter()
            .filter(|c| c.connection_type.as_deref() == Some("JDBC"))
            .collect();
        let total = rows.len();
        loaded(&mut model, 1, rows, None);
        press(&mut model, KeyCode::Char('j'));
        let text = screen(&model);
        assert!(
            text.contains("[type JDBC · match orders]"),
            "{width}×{height}:\n{text}"
        );
        assert!(
            text.contains(&format!(" row 2 of {total} ")),
            "{width}×{height}:\n{text}"
        );
        // The detail pane says where it is only when its text is taller than it.
        assert_eq!(
            text.contains(" lines 1–"),
            height < 35,
            "{width}×{height}: the detail pane's position\n{text}"
        );
    }
}

/// Empty property maps leave no "(none)" sections in the fields view; in the detail pane the `v` hint names the
/// view it goes to: `v raw JSON` over the fields, `v fields` over the JSON.
#[test]
fn empty_maps_are_left_out_and_the_v_hint_names_where_it_goes() {
    let mut bare: Connection = serde_json::from_str(
        r#"{"Name": "bare-net", "ConnectionType": "NETWORK", "ConnectionProperties": {},
            "SparkProperties": {}, "AthenaProperties": {}, "PythonProperties": {}, "Status": "READY"}"#,
    )
    .expect("a connection");
    bare.description = Some("no properties at all".into());
    let mut model = model_with(120, 35, vec![bare], None);
    let text = screen(&model);
    assert!(!text.contains("(none)"), "{text}");
    for map in [
        "SparkProperties",
        "AthenaProperties",
        "PythonProperties",
        "ConnectionProperties",
    ] {
        assert!(!text.contains(map), "{map} shown empty:\n{text}");
    }
    press(&mut model, KeyCode::Enter);
    let hint = |m: &Model| screen(m).lines().last().unwrap_or_default().to_string();
    assert!(hint(&model).contains("v raw JSON"), "{}", hint(&model));
    press(&mut model, KeyCode::Char('v'));
    assert!(
        screen(&model).contains("\"SparkProperties\": {}"),
        "the JSON keeps them"
    );
    assert!(hint(&model).contains("v fields"), "{}", hint(&model));
}

/// The letters of each name that the filter matched are drawn in the match style; the others are not.
#[test]
fn the_filters_matches_are_highlighted_in_the_names() {
    use ratatui::style::{Color, Modifier};
    let mut model = model_with(120, 35, demo_rows(), None);
    press(&mut model, KeyCode::Char('/'));
    crate::support::keys::typed(&mut model, "mktg");
    let terminal = crate::support::model::drawn(&model);
    let buffer = terminal.backend().buffer();
    let row = (0..buffer.area.height)
        .find(|&y| {
            // After the border and the mark gutter.
            let line: String = (3..32)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            line.starts_with("hubspot-marketing-prod")
        })
        .unwrap_or_else(|| panic!("no row of hubspot-marketing-prod:\n{}", screen(&model)));
    let styled: Vec<bool> = (3..25)
        .map(|x| {
            let cell = &buffer[(x, row)];
            cell.fg == Color::Yellow && cell.modifier.contains(Modifier::BOLD)
        })
        .collect();
    // "mktg" in "hubspot-marketing-prod": m(8) k(11) t(13) g(16).
    let marked: Vec<usize> = styled
        .iter()
        .enumerate()
        .filter(|(_, s)| **s)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(marked, [8, 11, 13, 16], "{}", screen(&model));

    // The selected row's highlight repaints the colours, but its matches stay marked: underlined.
    let selected_row = (0..buffer.area.height)
        .find(|&y| buffer[(1, y)].bg == Color::Blue)
        .unwrap_or_else(|| panic!("no selected row:\n{}", screen(&model)));
    let underlined = (1..40)
        .filter(|&x| {
            buffer[(x, selected_row)]
                .modifier
                .contains(Modifier::UNDERLINED)
        })
        .count();
    assert_eq!(
        underlined, 4,
        "the four matched letters of the selected row"
    );
}
