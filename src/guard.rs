//! Containment for panics in code tpmdocs does not own (diagram renderers, the highlighter)
//! and a last line of defence around each file: a crash there degrades one block or one
//! file to a diagnostic, and the rest of the site still builds.
//!
//! Rust's default panic hook prints a message and backtrace to stderr before the panic can
//! be caught; inside [`catch`] that output is suppressed (the caller reports the panic as a
//! diagnostic instead). Panics anywhere else are printed as usual.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static CATCHING: Cell<u32> = const { Cell::new(0) };
}

static QUIET_HOOK: Once = Once::new();

/// Runs `work`, turning a panic into `Err(message)` without printing it.
pub(crate) fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    QUIET_HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if CATCHING.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    CATCHING.with(|depth| depth.set(depth.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    CATCHING.with(|depth| depth.set(depth.get() - 1));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|text| (*text).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_catch() {
        let caught = crate::guard::catch(|| -> u32 { panic!("renderer bug") });
        assert_eq!(caught, Err("renderer bug".to_owned()));
        assert_eq!(crate::guard::catch(|| 2 + 2), Ok(4));
    }

    #[test]
    fn nested_catches_and_formatted_messages() {
        let outer = catch(|| {
            let inner = catch(|| panic!("inner {}", 1));
            assert_eq!(inner, Err("inner 1".to_owned()));
            7
        });
        assert_eq!(outer, Ok(7));
    }
}
