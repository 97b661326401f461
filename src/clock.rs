//! What day it is: the one place tpmdocs reads the clock.
//!
//! "Today" decides which runbooks are stale, which date `new` writes into a document and
//! (through the portal's as-of date, see [`crate::config::TpmdocsConfig::as_of`]) what is
//! overdue. It is `SOURCE_DATE_EPOCH` when that is set — seconds since 1970-01-01 UTC, the
//! [reproducible-builds](https://reproducible-builds.org/specs/source-date-epoch/)
//! convention — else the system clock. The binary reads it once per command and passes it
//! down as a value; nothing else in the crate looks at the clock, so every test can pin it.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::deliverable::date::Date;

/// The environment variable that pins "today".
pub const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// Why "today" could not be known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    /// `SOURCE_DATE_EPOCH` is set but is not a usable number of seconds.
    #[error("SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC between years 1000 and 9999, not `{0}`")]
    InvalidEpoch(String),
    /// The system clock is set before 1970 or after 9999.
    #[error("the system clock is out of range; set SOURCE_DATE_EPOCH to say what day it is")]
    ClockOutOfRange,
}

/// Today's date (UTC): `SOURCE_DATE_EPOCH` when set and not empty, else the system clock.
pub fn today() -> Result<Date, ClockError> {
    let pinned = std::env::var_os(SOURCE_DATE_EPOCH).map(|value| value.to_string_lossy().into_owned());
    today_from(pinned.as_deref(), SystemTime::now())
}

/// [`today`] with its two inputs given: the value of `SOURCE_DATE_EPOCH` (if any) and the
/// clock's reading.
pub fn today_from(source_date_epoch: Option<&str>, now: SystemTime) -> Result<Date, ClockError> {
    match source_date_epoch.map(str::trim).filter(|value| !value.is_empty()) {
        Some(value) => {
            let invalid = || ClockError::InvalidEpoch(value.to_owned());
            let seconds: i64 = value.parse().map_err(|_| invalid())?;
            Date::from_days_since_epoch(seconds.div_euclid(86_400)).ok_or_else(invalid)
        }
        None => {
            let seconds = now.duration_since(UNIX_EPOCH).map_err(|_| ClockError::ClockOutOfRange)?.as_secs();
            let days = i64::try_from(seconds / 86_400).map_err(|_| ClockError::ClockOutOfRange)?;
            Date::from_days_since_epoch(days).ok_or(ClockError::ClockOutOfRange)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_today_from() {
        use crate::clock::today_from;
        use crate::deliverable::date::Date;
        use std::time::UNIX_EPOCH;
        assert_eq!(today_from(Some("1780000000"), UNIX_EPOCH), Ok(Date::new(2026, 5, 28).unwrap()));
        assert_eq!(today_from(None, UNIX_EPOCH), Ok(Date::new(1970, 1, 1).unwrap()));
        assert!(today_from(Some("tomorrow"), UNIX_EPOCH).is_err());
    }
    use std::time::Duration;

    #[test]
    fn source_date_epoch_wins_over_the_clock() {
        let clock = UNIX_EPOCH + Duration::from_secs(2_000_000_000);
        assert_eq!(today_from(Some("1767225599"), clock), Ok(Date::new(2025, 12, 31).unwrap()));
        assert_eq!(today_from(Some("1767225600"), clock), Ok(Date::new(2026, 1, 1).unwrap()));
        assert_eq!(today_from(Some(" 1767225600\n"), clock), Ok(Date::new(2026, 1, 1).unwrap()));
        assert_eq!(today_from(None, clock), Ok(Date::new(2033, 5, 18).unwrap()));
        assert_eq!(today_from(Some(""), clock), Ok(Date::new(2033, 5, 18).unwrap()), "empty means unset");
    }

    #[test]
    fn malformed_or_out_of_range_epochs_are_errors() {
        for bad in ["soon", "1.5e9", "-99999999999", "99999999999999", "0x10"] {
            assert_eq!(today_from(Some(bad), UNIX_EPOCH), Err(ClockError::InvalidEpoch(bad.to_owned())), "{bad}");
        }
    }
}
