//! Input: bytes → text with the right charset, and what kind of document it is.

pub mod decode;

/// Which front end to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindChoice {
    /// Sniff the content.
    #[default]
    Auto,
    Html,
    Text,
}

/// Does this text look like HTML? Looks at the content, never at a file name.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<head")
        || head.starts_with("<body")
        || (head.starts_with("<?xml") && head.contains("<html"))
        || (head.starts_with("<!--") && head.contains("<html"))
    {
        return true;
    }
    // A fragment: several common tags near the start.
    let tags = [
        "<p>", "<p ", "<div", "<span", "<a href", "<br", "<meta", "<title", "<article", "<h1",
        "<h2", "<table", "<li>", "<ul",
    ];
    tags.iter().filter(|t| head.contains(*t)).count() >= 2 && head.starts_with('<')
}
