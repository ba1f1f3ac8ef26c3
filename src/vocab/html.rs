//! HTML vocabulary: tags, ARIA roles and class/id tokens of furniture, captions,
//! embeds and content containers.

use super::*;

/// Elements whose content is never article text.
pub const DROP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "button", "select", "option", "textarea", "input", "label", "form",
    "dialog", "head", "title", "meta", "link", "map", "area", "picture", "source", "track",
];

/// ARIA roles of furniture.
pub const DROP_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "tablist",
    "tooltip",
];

/// Class/id tokens of furniture, matched as whole tokens of `class` and `id`.
pub static FURNITURE_CLASS: LazyLock<ClassNames> = LazyLock::new(|| {
    ClassNames::new(
        r"(?x)(?:^|[\s_-])(?:
          share|sharing|sharebar|share-?tools|newsletter|subscribe|subscription|signup|cta|call-?to-?action|donate|donation
        | comments?|comment-?list|disqus|respond|replies
        | related|related-?(?:posts|articles|stories|content|links)|recommend(?:ed|ations)?|read-?more|more-?stories
        | popular|most-?(?:read|popular|viewed|shared)|trending|top-?stories|editors?-?picks|also-?read
        | cookie|cookies|consent|gdpr|privacy-?banner
        | promo|promotion|advert|advertisement|advertising|ads?|ad-?(?:slot|unit|container|wrapper|block)|dfp|gpt|sponsor(?:ed)?|outbrain|taboola|zergnet
        | sidebar|side-?bar|rail|breadcrumbs?|navbar|nav|navigation|menu|masthead|site-?header|site-?footer|topbar|toolbar
        | tags|tag-?list|taglist|tag-?cloud|categories|pagination|pager
        | modal|overlay|popup|popover|tooltip|hover-?card|rollover|paywall|login|signin|skip-?link|visually-?hidden|sr-only|screen-?reader-?text
        | author-?bio|about-?the-?author|newsletter-?signup|print-?only
        )(?:$|[\s_-])",
    )
});

/// The last word of a class or id naming a dialog laid over the page
/// (`login-modal`, `newsletter_popup`): never the article's container, and its
/// share of the page's text does not protect it (a short story's page may hold
/// more words in its dialogs than in its story). Only as the last word:
/// `modal-trigger`, `modal-enabled` name what opens one; and an overlay is as
/// often a layer of the page's own content.
pub const DIALOG_NAMES: &[&str] = &["modal", "popup", "dialog"];

/// Class tokens of reader comments and author bios, never protected by their size.
pub static THREAD_CLASS: LazyLock<ClassNames> = LazyLock::new(|| {
    ClassNames::new(
        r"(?x)(?:^|[\s_-])(?:comments?|comment-?list|disqus|respond|replies|author-?bio|about-?the-?author|bio)(?:$|[\s_-])",
    )
});

/// Elements that flow inside a line of text: they join their neighbours with the
/// source's own white space, and a furniture class token does not remove one that
/// sits in the middle of a sentence.
pub const INLINE_ELEMENTS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// Class tokens of text meant for screen readers only: hidden wherever it sits.
pub static SCREEN_READER_CLASS: LazyLock<ClassNames> = LazyLock::new(|| {
    ClassNames::new(
        r"(?x)(?:^|[\s_-])(?:visually-?hidden|sr-only|screen-?reader-?text|hidden)(?:$|[\s_-])",
    )
});

/// Class tokens of image captions and credits: kept out of the body, but not
/// breaking the article around them.
pub static CAPTION_CLASS: LazyLock<ClassNames> = LazyLock::new(|| {
    // one whole class token: "caption", "wp-caption-text", "photo-credit", ...
    ClassNames::new(
        r"^(?:wp|photo|image|img|media|picture|figure|article|story|inline|embed)?[-_]?(?:caption|figcaption|credit|credits)(?:[-_]text)?$",
    )
});

/// Class tokens of a post embedded from a social network (`twitter-tweet`,
/// `instagram-media`, `tiktok-embed`): a quotation of another site, not the text's
/// own.
pub static EMBED_CLASS: LazyLock<ClassNames> = LazyLock::new(|| {
    ClassNames::new(
        r"(?x)(?:^|[\s_-])(?:tweet|embed|instagram|tiktok|bluesky|mastodon|threads)(?:$|[\s_-])",
    )
});

/// Class/id tokens of the article body; these win over furniture tokens.
pub static CONTENT_CLASS: LazyLock<ClassNames> = LazyLock::new(|| {
    ClassNames::new(
        r"(?x)(?:^|[\s_-])(?:
          article-?(?:body|content|text)|story-?(?:body|content|text)|entry-?content|post-?(?:body|content|text)
        | body-?text|main-?content|articlebody|content-?body|text-?body|news-?(?:body|text|content)
        )(?:$|[\s_-])",
    )
});
