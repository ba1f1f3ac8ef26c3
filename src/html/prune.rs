//! Which elements are page furniture, decided from the element alone: tag, ARIA
//! role, visibility, and class/id tokens. The word lists live in `vocab`.

use super::dom::Element;
use crate::vocab;
use std::borrow::Cow;

/// Why an element and everything inside it is dropped, if it is.
pub fn reason(el: &Element, inside_article: bool) -> Option<&'static str> {
    let name = el.name();
    if vocab::DROP_TAGS.contains(&name) {
        return Some("tag");
    }
    if matches!(name, "nav" | "aside") {
        return Some("navigation");
    }
    if !inside_article && matches!(name, "header" | "footer") {
        return Some("page header or footer");
    }
    if inside_article && name == "footer" {
        return Some("article footer");
    }
    // aria-hidden hides from assistive technology, not from view: on the page's
    // main landmark it is the state of an open dialog, and the page shows its text
    let landmark = matches!(name, "main" | "article" | "body");
    if el.attr("hidden").is_some() || !landmark && el.attr("aria-hidden") == Some("true") {
        return Some("hidden");
    }
    if el.attr("style").is_some_and(hides) {
        return Some("hidden");
    }
    // a modal dialog is shown over the page when asked for: a policy, a form
    // or a notice the page holds in wait, however long
    if el
        .attr("aria-modal")
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("true"))
    {
        return Some("hidden");
    }
    if let Some(role) = el.attr("role")
        && vocab::DROP_ROLES.contains(&role.trim().to_ascii_lowercase().as_str())
    {
        return Some("role");
    }
    if furniture_tokens(el) {
        return Some("class");
    }
    None
}

/// Does a `style` attribute hide its element (`display: none`, `visibility:
/// hidden`, white space and case aside)?
fn hides(style: &str) -> bool {
    // (squashed on the stack: most styles are short)
    let mut squashed = [0u8; 256];
    let mut n = 0;
    for c in style.chars().filter(|c| !c.is_whitespace()) {
        let mut utf8 = [0u8; 4];
        let c = c.encode_utf8(&mut utf8).as_bytes();
        let Some(room) = squashed.get_mut(n..n + c.len()) else {
            let long: String = style.chars().filter(|c| !c.is_whitespace()).collect();
            return squashed_hides(long.to_ascii_lowercase().as_bytes());
        };
        room.copy_from_slice(c);
        n += c.len();
    }
    squashed[..n].make_ascii_lowercase();
    squashed_hides(&squashed[..n])
}

fn squashed_hides(style: &[u8]) -> bool {
    memchr::memmem::find(style, b"display:none").is_some()
        || memchr::memmem::find(style, b"visibility:hidden").is_some()
}

/// Class and id tokens naming furniture ("share-bar", "related-posts", "newsletter").
/// A heading's id is an anchor made of its own words (`id=nav_nur_die_folie`,
/// `id=newsletter-tips`), so a heading is judged by its class alone.
fn furniture_tokens(el: &Element) -> bool {
    let heading = matches!(el.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let furniture = if heading {
        classes_match(el, &vocab::FURNITURE_CLASS)
    } else {
        names_match(el, &vocab::FURNITURE_CLASS)
    };
    furniture && !names_match(el, &vocab::CONTENT_CLASS)
}

/// Does a vocabulary of class tokens match the element's `class`?
fn classes_match(el: &Element, vocabulary: &crate::phrase::ClassNames) -> bool {
    el.attrs
        .iter()
        .filter(|a| &*a.name.local == "class")
        .any(|a| vocabulary.is_match(&ascii_lowercase(&a.value)))
}

/// Does a vocabulary of class tokens match the element's `class` or `id`? The
/// vocabularies match whole tokens, never across a space, so each attribute is
/// matched on its own, lowercased (no copy when it already is).
fn names_match(el: &Element, vocabulary: &crate::phrase::ClassNames) -> bool {
    classes_match(el, vocabulary)
        || el
            .id()
            .is_some_and(|id| vocabulary.is_match(&ascii_lowercase(id)))
}

fn ascii_lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Reader comments or an author's bio, by class: however much text they hold, not
/// the story.
pub fn is_thread_or_bio(el: &Element) -> bool {
    names_match(el, &vocab::THREAD_CLASS)
}

/// Is this an element that flows inside a line of text?
pub fn is_inline(name: &str) -> bool {
    vocab::INLINE_ELEMENTS.contains(&name)
}

/// A furniture class token on an inline element in the middle of a sentence (a
/// glossary link, a "newsletter" link in "sign up for my newsletter!") names a style,
/// not furniture; screen-reader-only text stays out.
pub fn spares_inline(el: &Element, mid_sentence: bool) -> bool {
    mid_sentence && is_inline(el.name()) && !names_match(el, &vocab::SCREEN_READER_CLASS)
}

/// Does this element say it is the article's body (`itemprop=articleBody`)? The
/// strongest evidence a page gives.
pub fn is_article_body(el: &Element) -> bool {
    el.attr("itemprop").is_some_and(|p| {
        p.split_whitespace()
            .any(|t| t.eq_ignore_ascii_case("articleBody"))
    })
}

/// Does this element hold an image caption or credit (by its class)?
pub fn is_caption(el: &Element) -> bool {
    el.classes()
        .any(|c| vocab::CAPTION_CLASS.is_match(&ascii_lowercase(c)))
}

/// Is this element a post embedded from a social network?
pub fn is_embed(el: &Element) -> bool {
    el.classes()
        .any(|c| vocab::EMBED_CLASS.is_match(&ascii_lowercase(c)))
}

/// Is this element a dialog or notice over the page (its ARIA role, or its
/// class or id)?
pub fn is_dialog(el: &Element) -> bool {
    el.attr("role").is_some_and(|r| {
        let r = r.trim();
        r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
    }) || el.classes().chain(el.id()).any(names_dialog)
}

/// Does a class or id end with a word of `vocab::DIALOG_NAMES`?
fn names_dialog(name: &str) -> bool {
    let name = ascii_lowercase(name);
    vocab::DIALOG_NAMES.iter().any(|w| {
        name.strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(['-', '_']))
    })
}

/// Is this the page's footer (`<footer>` outside the article, or the
/// `contentinfo` landmark)?
pub fn is_page_footer(el: &Element, inside_article: bool) -> bool {
    !inside_article && el.name() == "footer"
        || el
            .attr("role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("contentinfo"))
}

/// Does this element mark the article itself? A dialog does not, whatever its
/// tag (`<article class="login-modal">`).
pub fn is_article_container(el: &Element) -> bool {
    let name = el.name();
    let marked = name == "article"
        || name == "main"
        || el
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
        || el
            .attr("role")
            .is_some_and(|r| r.eq_ignore_ascii_case("main"))
        || names_match(el, &vocab::CONTENT_CLASS);
    marked && !is_dialog(el)
}

#[cfg(test)]
mod tests {
    use super::{hides, names_dialog};

    #[test]
    fn a_dialog_is_named_by_the_last_word_of_a_class() {
        for name in ["login-modal", "Newsletter_Popup", "dialog"] {
            assert!(names_dialog(name), "{name}");
        }
        // what opens a dialog, or a page that can show one, is no dialog
        for name in [
            "modal-trigger",
            "modal-enabled",
            "popupbanner-wrapper",
            "nomodal",
        ] {
            assert!(!names_dialog(name), "{name}");
        }
    }

    #[test]
    fn a_style_hides_whatever_its_spacing_case_and_length() {
        assert!(hides("display: none"));
        assert!(hides("color:red; VISIBILITY :\u{a0}Hidden"));
        assert!(hides("font-family: \"Ünïcode\"; dis play:none"));
        assert!(!hides("display: block; visibility: visible"));
        // past the squashing buffer: the same answers
        let long = format!("{}display : None", "margin: 0; ".repeat(40));
        assert!(hides(&long));
        assert!(!hides(&long.replace("None", "flex")));
    }
}
