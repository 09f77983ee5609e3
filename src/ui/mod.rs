//! `draw(&Model, &mut Frame)`: reads the model, never changes it. One file per pane.

mod confirm_delete;
mod detail;
mod help;
mod list;
mod messages;
mod popup;
pub(crate) mod status;
mod wizard;
mod write_path;

use ratatui::Frame;
use ratatui::style::{Color, Style};

use crate::screen::layout;
use crate::state::{Dialog, Model, View};

pub fn draw(frame: &mut Frame, model: &Model) {
    let areas = layout::areas(frame.area());
    status::draw_title(frame, areas.title, model);
    match &model.view {
        View::Browser => {
            list::draw(frame, areas.list, model);
            detail::draw(frame, areas.detail, model);
        }
        View::Wizard(w) => wizard::draw(
            frame,
            areas.list.union(areas.detail),
            w,
            model.listed_types.as_ref().map(|l| &l.state),
        ),
    }
    status::draw_status(frame, areas.status, model);
    status::draw_hints(frame, areas.hints, model);
    match model.dialog {
        Some(Dialog::Help) => help::draw(frame, frame.area(), model),
        Some(Dialog::Messages) => messages::draw(frame, frame.area(), model),
        Some(Dialog::ConfirmDelete) => confirm_delete::draw(frame, frame.area(), model),
        Some(Dialog::WritePath) => write_path::draw(frame, frame.area(), model),
        None => {}
    }
}

fn border_style(focused: bool) -> Style {
    if focused {
        Style::new().fg(Color::Cyan)
    } else {
        Style::new().fg(Color::DarkGray)
    }
}
