//! Starts the app; nothing else.

fn main() {
    calcinosis_aid::start();
}
