//! `draw(&Model, &mut Frame)`: reads the model, never changes it. One file per pane.

pub mod detail;
mod help;
pub mod layout;
mod list;
mod popup;
mod status;
pub mod text;
mod wizard;
pub(crate) mod wrap;

use ratatui::Frame;
use ratatui::style::{Color, Style};

use crate::state::Model;

/// What a field the server left out shows as (moto leaves out ConnectionType, for one).
pub const MISSING: &str = "—";

pub fn draw(frame: &mut Frame, model: &Model) {
    let areas = layout::areas(frame.area());
    status::draw_title(frame, areas.title, model);
    if let Some(w) = &model.wizard {
        let body = areas.list.union(areas.detail);
        wizard::draw(frame, body, w);
    } else {
        list::draw(frame, areas.list, model);
        detail::draw(frame, areas.detail, model);
    }
    status::draw_status(frame, areas.status, model);
    status::draw_hints(frame, areas.hints, model);
    if model.help_open {
        help::draw(frame, frame.area(), model.wizard.is_some());
    }
}

fn border_style(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}
