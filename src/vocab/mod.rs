//! Every word list and threshold the passes use, in one place, as data, one
//! file a job: `headings`, `furniture`, `bylines`, `dates`, `headline`,
//! `html`, `kinds`, `region`, and `matchers` (what the lists compile to).
//!
//! Lists are matched case-insensitively against whole short lines (headings,
//! labels) or their starts, never against running text. Compiled once per process.

use crate::phrase::{
    self, Anywhere, ClassNames, Gated, Prefixed, Suffixed, Test, WholeLine, Words,
};
use std::sync::LazyLock;

mod bylines;
mod dates;
mod furniture;
mod headings;
mod headline;
mod html;
mod kinds;
mod matchers;
mod region;

pub use bylines::*;
pub use dates::*;
pub use furniture::*;
pub use headings::*;
pub use headline::*;
pub use html::*;
pub use kinds::*;
pub use matchers::*;
pub use region::*;
