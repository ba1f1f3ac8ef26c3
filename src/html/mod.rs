//! HTML front end: one parse, pruning, metadata, DOM → `Block`s.

pub mod meta;
