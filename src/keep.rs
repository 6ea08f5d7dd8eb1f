//! "Keep my answers on this device": the one place the app touches the browser's storage.
//!
//! Off by default: then the questionnaire is saved only for this tab (`sessionStorage`),
//! so that a reload or a pull-to-refresh loses nothing, and the browser forgets it when the
//! tab closes. When on, it is saved to `localStorage`, which outlives the tab. Either way
//! the engine's saved format is written after every change by one effect, [`use_keep`],
//! never by the reducer. On start the saved state is read back
//! through the exchange module; a state that cannot be read is reported and left in storage
//! untouched (no write happens) until the person downloads it or starts fresh. When storage
//! is unavailable or full the app says so and goes on in memory.

use std::rc::Rc;

use calcinosis_engine::flow::{Questionnaire, Step};
use calcinosis_engine::saved::{encode, Saved};
use calcinosis_engine::text::Lang;
use yew::prelude::*;

use crate::app::Flow;
use crate::exchange::{self, Problem};

/// The `localStorage` key.
pub const KEY: &str = "calcinosis-aid";

/// The device's storage (`localStorage`) when `device`, else this tab's (`sessionStorage`).
/// Neither on a clinic's page that did not opt in (`config::keep_off`): every script of that
/// page could read them, so nothing is read or written there.
fn storage(device: bool) -> Option<web_sys::Storage> {
    if crate::config::get().keep_off {
        return None;
    }
    let w = web_sys::window()?;
    if device {
        w.local_storage()
    } else {
        w.session_storage()
    }
    .ok()?
}

/// What is kept, on this device first, else for this tab, and whether it is on the device;
/// `None` when nothing is, or storage is unavailable.
fn stored() -> Option<(String, bool)> {
    [true, false]
        .into_iter()
        .find_map(|device| Some((storage(device)?.get_item(KEY).ok()??, device)))
}

/// Keep `text`; false when the browser refuses (no storage, private mode, quota).
fn store(text: &str, device: bool) -> bool {
    storage(device).is_some_and(|s| s.set_item(KEY, text).is_ok())
}

/// Remove what is kept, on the device or for this tab.
fn remove(device: bool) {
    if let Some(s) = storage(device) {
        let _ = s.remove_item(KEY);
    }
}

/// Remove what is kept on this device and for this tab (nothing happens when storage is
/// unavailable).
pub fn forget() {
    remove(true);
    remove(false);
}

/// A kept state that could not be read: the data as it is, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub raw: String,
    pub problem: Problem,
}

/// What the app starts with: whether saving is on, and a kept state it could not read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept {
    pub on: bool,
    pub unreadable: Option<Rc<Unreadable>>,
}

/// Reads what is kept on this device and calls `then` with the questionnaire to start
/// with: at once when nothing is kept, else once the exchange module has read it.
pub fn load(lang: Lang, then: impl FnOnce(Questionnaire, Kept) + 'static) {
    let fresh = Questionnaire {
        lang,
        ..Default::default()
    };
    let Some((raw, on)) = stored() else {
        then(fresh, Kept::default());
        return;
    };
    let text = raw.clone();
    exchange::request("restore", &text, lang, move |result| match result {
        Ok(object) => then(
            exchange::saved_from(&object).restore(lang),
            Kept {
                on,
                unreadable: None,
            },
        ),
        // What this tab kept and cannot read is not worth a warning: a fresh start.
        Err(_) if !on => then(fresh, Kept::default()),
        Err(problem) => then(
            fresh,
            Kept {
                on,
                unreadable: Some(Rc::new(Unreadable { raw, problem })),
            },
        ),
    });
}

/// What the panel has to say after an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// A file could not be opened (the answers did not change).
    NotOpened(Problem),
    /// A file could not be made.
    NotMade(Problem),
    Deleted,
}

/// The switch, what happened when saving, a kept state that could not be read, and what
/// the panel last said. (One state for all, so that the wasm carries one set of hooks.)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeepState {
    pub on: bool,
    /// The last save failed: storage is unavailable or full.
    pub failed: bool,
    /// While set, nothing is written, so the unreadable data stays as it is.
    pub unreadable: Option<Rc<Unreadable>>,
    pub said: Option<Said>,
}

pub enum KeepAction {
    /// Turn saving on or off (off also forgets what is kept).
    Switch(bool),
    Failed(bool),
    /// The unreadable data was deleted for a fresh start.
    Fresh,
    /// "Delete my answers": nothing kept, saving off.
    Deleted,
    Say(Option<Said>),
}

impl Reducible for KeepState {
    type Action = KeepAction;
    fn reduce(self: Rc<Self>, action: KeepAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            KeepAction::Switch(on) => {
                s.on = on;
                s.failed &= on;
            }
            KeepAction::Failed(failed) => s.failed = failed,
            KeepAction::Fresh => s.unreadable = None,
            KeepAction::Deleted => {
                s = KeepState {
                    said: Some(Said::Deleted),
                    ..KeepState::default()
                }
            }
            KeepAction::Say(said) => s.said = said,
        }
        Rc::new(s)
    }
}

pub type Keep = UseReducerHandle<KeepState>;

/// The state of "Keep my answers", and the one effect that saves after every change.
#[hook]
pub fn use_keep(flow: &UseReducerHandle<Flow>, kept: &Kept) -> Keep {
    let kept = kept.clone();
    let keep = use_reducer(move || KeepState {
        on: kept.on,
        unreadable: kept.unreadable,
        ..KeepState::default()
    });
    let deps = (flow.1, keep.on, keep.unreadable.is_some());
    let (failed, d, flow) = (keep.failed, keep.dispatcher(), flow.clone());
    use_effect_with(deps, move |&(_, on, blocked)| {
        let q = &flow.0;
        // Kept answers are read back, and files made, by the exchange module: once either
        // is likely (saving on, or the summary shown), fetch it so that it works offline.
        if on || q.step == Step::Result {
            exchange::warm();
        }
        if blocked {
            return;
        }
        if on {
            let ok = store(&encode(&Saved::of(q)), true);
            remove(false);
            if failed == ok {
                d.dispatch(KeepAction::Failed(!ok));
            }
        } else if q.answers.is_empty() && q.step == Step::Intro {
            remove(false);
        } else {
            // Off: for this tab only, so that a reload loses nothing; silently, when the
            // browser refuses.
            store(&encode(&Saved::of(q)), false);
        }
    });
    keep
}
