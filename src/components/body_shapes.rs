//! The body map's drawing, as data: simple shapes for a front and a back silhouette, each
//! tied to an option of the `sites` question. Drawn for this app; coordinates (whole
//! numbers, which print without float formatting) are in a 270 x 464 box, x relative to the figure's centre line.

#[derive(Clone, Copy)]
pub enum View {
    Front,
    Rear,
    Both,
}

#[derive(Clone, Copy)]
pub enum Shape {
    /// x, y, width, height, corner radius.
    Rect(i16, i16, i16, i16, i16),
    /// centre x, centre y, radius x, radius y.
    Ellipse(i16, i16, i16, i16),
}

pub struct Part {
    /// The `sites` option; `None` for parts that are not choosable.
    pub site: Option<&'static str>,
    pub view: View,
    pub shape: Shape,
    /// Drawn on both sides of the centre line.
    pub mirrored: bool,
}

const fn p(site: &'static str, view: View, shape: Shape, mirrored: bool) -> Part {
    Part {
        site: Some(site),
        view,
        shape,
        mirrored,
    }
}

// The figures are 112 wide: 8 of margin, 30 between them, so that on a phone the map is
// as large as its column allows (UX review F15: a third larger than in a 360-wide box).
pub const FRONT_X: i16 = 64;
pub const REAR_X: i16 = 206;
/// The drawing's box, 270 wide and 464 high, as the SVG `viewBox`.
pub const VIEW_BOX: &str = "0 0 270 464";
pub const CAPTION_Y: i16 = 458;
/// Options of the `sites` question that are not places on the body: listed after the body
/// parts, on their own line (UX review F22).
pub const NOT_ON_BODY: &[&str] = &["iv_site"];

use Shape::{Ellipse as E, Rect as R};
use View::{Both, Front, Rear};

pub const PARTS: &[Part] = &[
    Part {
        site: None,
        view: Front,
        shape: R(-30, 200, 60, 44, 12),
        mirrored: false,
    },
    p("face_ear", Front, E(0, 36, 22, 27), false),
    p("scalp_neck", Rear, E(0, 36, 22, 27), false),
    p("scalp_neck", Both, R(-9, 60, 18, 18, 4), false),
    p("shoulder", Both, E(36, 88, 15, 12), true),
    p("chest_breast", Front, R(-30, 78, 60, 72, 14), false),
    p("abdomen", Front, R(-28, 150, 56, 50, 8), false),
    p("back", Rear, R(-30, 78, 60, 122, 14), false),
    p("buttock_hip", Rear, R(-30, 200, 60, 44, 12), false),
    p("upper_arm", Both, R(38, 98, 16, 50, 7), true),
    p("elbow", Both, E(46, 157, 10, 10), true),
    p("forearm_wrist", Both, R(39, 167, 15, 55, 6), true),
    p("hand", Both, R(38, 223, 18, 24, 6), true),
    p("fingers", Both, R(39, 248, 16, 20, 5), true),
    p("thigh", Both, R(3, 245, 26, 74, 10), true),
    p("knee", Both, E(16, 330, 12, 11), true),
    p("lower_leg", Both, R(6, 342, 21, 57, 8), true),
    p("ankle_foot", Both, R(5, 400, 23, 16, 6), true),
    p("toes", Front, R(4, 417, 26, 12, 5), true),
    p("heel", Rear, E(16, 424, 11, 8), true),
];
