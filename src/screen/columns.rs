//! The list's columns at a given width. They come from the pane's width and the widest type loaded, never from the
//! rows on screen, so no column comes, goes or moves while scrolling or filtering. NAME matters most; STATUS comes
//! next, then TYPE (at most ~30% of the pane, a longer type cut with `…`), then LAST UPDATED.

/// Under this NAME is squeezed no further: the later columns give way first.
const NAME_MIN: u16 = 24;
/// `IN_PROGRESS`, the longest status.
pub const STATUS_WIDTH: u16 = 11;
/// The narrowest TYPE column worth keeping STATUS for.
const TYPE_MIN: u16 = 8;

/// The widths of the list's columns, in terminal columns (one column of space between each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListColumns {
    pub name: u16,
    pub connection_type: u16,
    pub status: bool,
    /// 16 (`LAST UPDATED`, to the minute), 10 (`UPDATED`, the day) or 0 (not shown).
    pub updated: u16,
}

/// Names up to this wide keep LAST UPDATED out until they fit whole (Glue allows 255: longer ones are cut anyway).
const NAME_WANTED_MAX: u16 = 64;

/// The columns of a list pane `width` columns wide (inside its border) whose widest loaded type and name are
/// `widest_type` and `widest_name`.
pub fn list_columns(width: u16, widest_type: usize, widest_name: usize) -> ListColumns {
    let status = width >= NAME_MIN + 1 + TYPE_MIN + 1 + STATUS_WIDTH;
    let status_room = if status { STATUS_WIDTH + 1 } else { 0 };
    let widest = u16::try_from(widest_type).unwrap_or(u16::MAX).clamp(4, 24);
    let beside_name = width.saturating_sub(NAME_MIN + 1 + status_room).max(4);
    let connection_type = widest.min((width * 3 / 10).max(10)).min(beside_name);
    let fixed = connection_type + 1 + status_room;
    // LAST UPDATED only where it cuts no name that would otherwise fit.
    let name_wanted = u16::try_from(widest_name)
        .unwrap_or(u16::MAX)
        .clamp(NAME_MIN, NAME_WANTED_MAX);
    let room = |extra: u16| width.saturating_sub(fixed + extra) >= name_wanted;
    let updated = if room(17) {
        16
    } else if room(11) {
        10
    } else {
        0
    };
    let updated_room = if updated > 0 { updated + 1 } else { 0 };
    ListColumns {
        name: width.saturating_sub(fixed + updated_room),
        connection_type,
        status,
        updated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_type_is_cut_before_status_goes_and_name_keeps_the_most() {
        // The demo's widest type (MICROSOFTDYNAMIC365FINANCEANDOPS) in a 120-column terminal's list pane.
        let c = list_columns(58, 33, 30);
        assert!(c.status);
        assert_eq!(c.connection_type, 17);
        assert_eq!(c.name, 58 - 18 - 12);
        assert_eq!(c.updated, 0);
        // Short types leave room for LAST UPDATED on a wide pane.
        let c = list_columns(118, 8, 30);
        assert_eq!((c.connection_type, c.status, c.updated), (8, true, 16));
        assert_eq!(c.name, 118 - 9 - 12 - 17);
        // At 80 columns the names keep the room LAST UPDATED would take from them: beside names of 30 only the
        // day fits, beside longer ones nothing.
        let c = list_columns(78, 33, 30);
        assert_eq!(
            (c.connection_type, c.updated, c.name),
            (23, 10, 78 - 24 - 12 - 11)
        );
        let c = list_columns(78, 33, 36);
        assert_eq!((c.updated, c.name), (0, 78 - 24 - 12));
        // A 48-column name (seen against moto at 80×24) stays whole: the minute gives way to the day, which fits.
        let c = list_columns(78, 4, 48);
        assert_eq!(c.updated, 10);
        assert!(c.name >= 48, "{c:?}");
        let c = list_columns(78, 4, 60);
        assert_eq!(c.updated, 0, "{c:?}");
        let c = list_columns(78, 8, 20);
        assert_eq!((c.connection_type, c.updated), (8, 16));
    }

    #[test]
    fn every_width_adds_up_and_keeps_name_first() {
        for width in 10..200 {
            for widest in [0, 4, 16, 24, 33] {
                let c = list_columns(width, widest, 30);
                let used = c.name
                    + 1
                    + c.connection_type
                    + if c.status { STATUS_WIDTH + 1 } else { 0 }
                    + if c.updated > 0 { c.updated + 1 } else { 0 };
                if width >= 45 {
                    assert_eq!(used, width, "{widest}: {c:?}");
                }
                if width >= 60 {
                    assert!(c.name >= NAME_MIN, "{width} {widest}: {c:?}");
                }
            }
        }
    }
}
