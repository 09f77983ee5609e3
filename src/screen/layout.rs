//! Where each pane goes. Pure arithmetic on the terminal size, shared by `draw` and by `update` (which needs the
//! list's height for paging and PgUp/PgDn, and the detail pane's for its scroll limit).

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Below this width the detail pane goes under the list instead of beside it.
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 100;

pub struct Areas {
    pub title: Rect,
    pub list: Rect,
    pub detail: Rect,
    pub status: Rect,
    pub hints: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let [title, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let direction = if area.width >= SIDE_BY_SIDE_MIN_WIDTH {
        Direction::Horizontal
    } else {
        Direction::Vertical
    };
    let split = [Constraint::Percentage(50), Constraint::Percentage(50)];
    let [list, detail] = Layout::default()
        .direction(direction)
        .constraints(split)
        .areas(body);
    Areas {
        title,
        list,
        detail,
        status,
        hints,
    }
}

fn full(width: u16, height: u16) -> Areas {
    areas(Rect::new(0, 0, width, height))
}

/// Rows of connections the list pane shows at once (inside its border, under the header).
pub fn list_rows(width: u16, height: u16) -> usize {
    full(width, height).list.height.saturating_sub(3) as usize
}

/// Lines of text the detail pane shows at once.
pub fn detail_rows(width: u16, height: u16) -> usize {
    full(width, height).detail.height.saturating_sub(2) as usize
}

/// Width of the detail pane's text.
pub fn detail_width(width: u16) -> u16 {
    full(width, 24).detail.width.saturating_sub(2)
}
