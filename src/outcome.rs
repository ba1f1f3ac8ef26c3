//! What `batch` and `output` both speak of: the result for one input, and I/O
//! errors worded as one-line reasons.

use std::io;

use newsclip::Article;

/// The result for one input: its source and either a record or a one-line reason.
#[derive(Debug)]
pub struct Outcome {
    pub source: String,
    pub result: Result<Article, String>,
}

/// An I/O error as a short reason: the OS message without "(os error N)".
pub fn io_reason(err: &io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_string(),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_reason_drops_os_error_code() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&err), "No such file or directory");
        let err = io::Error::other("plain message");
        assert_eq!(io_reason(&err), "plain message");
    }
}
