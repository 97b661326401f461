//! What git knows about the sources, read with the `git` command: where the repository is
//! and how to link to one of its files on the web ([`repository`]), and when each file was
//! added and last changed ([`history`]). Outside git, or without `git`, both say so and
//! nothing else breaks.

pub(crate) mod history;
pub(crate) mod repository;
