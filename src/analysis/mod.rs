//! Analysis: what the linked site means for the people who read it — the problems `check`
//! reports (`check`) and the answers leadership asks for
//! ([`leadership`], one file per view), which the overview pages and `tpmdocs report` both
//! read; `report` writes those answers as a weekly status post ([`crate::Loaded::status_post`]).
//!
//! Analysis reads the site and the graph and nothing to its right: UI words come in from the
//! caller, never from the theme.

pub(crate) mod check;
pub mod leadership;
pub(crate) mod report;
