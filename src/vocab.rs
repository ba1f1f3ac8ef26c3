//! Every word list the passes use, in one place, as data.
//!
//! Lists are matched case-insensitively against whole short lines (headings,
//! labels) or their starts, never against running text. Compiled once per process.

use crate::phrase::{
    self, Anywhere, ClassNames, Gated, Prefixed, Suffixed, Test, WholeLine, Words,
};
use std::sync::LazyLock;

/// Headings of lists of other stories ("Latest Stories", "Most Read", ...).
pub const STORY_LIST_HEADINGS: &[&str] = &[
    // English
    "latest",
    "latest news",
    "latest stories",
    "latest articles",
    "latest posts",
    "latest headlines",
    "most read",
    "most popular",
    "most viewed",
    "most shared",
    "most commented",
    "most emailed",
    "popular",
    "popular now",
    "popular stories",
    "popular articles",
    "popular posts",
    "popular news",
    "trending",
    "trending now",
    "trending stories",
    "trending topics",
    "trending news",
    "hot topics",
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related news",
    "related content",
    "related coverage",
    "related topics",
    "related reading",
    "related links",
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "we recommend",
    "you may be interested in",
    "you might be interested in",
    "recommended",
    "recommended for you",
    "recommended stories",
    "recommended articles",
    "recommended reading",
    "more stories",
    "more news",
    "more articles",
    "more from",
    "more on this",
    "more on this story",
    "more to explore",
    "more in",
    "more like this",
    "top stories",
    "top news",
    "top articles",
    "top headlines",
    "editor's picks",
    "editors' picks",
    "editors picks",
    "editor’s picks",
    "staff picks",
    "weekly best",
    "weekly best articles",
    "best articles",
    "best of the week",
    "must read",
    "must reads",
    "must-read",
    "must-reads",
    "don't miss",
    "don’t miss",
    "do not miss",
    "in case you missed it",
    "read next",
    "read this next",
    "read this",
    "what to read next",
    "up next",
    "what to read next",
    "next article",
    "previous article",
    "next story",
    "previous story",
    "next post",
    "previous post",
    "see also",
    "also read",
    "also on",
    "other news",
    "in other news",
    "around the web",
    "from around the web",
    "from the web",
    "sponsored",
    "sponsored stories",
    "sponsored content",
    "promoted",
    "promoted stories",
    "from our partners",
    "partner content",
    "headlines",
    "news in brief",
    "featured",
    "featured stories",
    "featured articles",
    "featured posts",
    "recent posts",
    "recent articles",
    "recent stories",
    "recent news",
    "archives",
    "categories",
    "tags",
    "topics",
    "more videos",
    "videos",
    "latest videos",
    "photo galleries",
    "galleries",
    "today's headlines",
    "news feed",
    "story timeline",
    "timeline",
    "further reading",
    // German
    "meistgelesen",
    "meistgelesene artikel",
    "am meisten gelesen",
    "mehr zum thema",
    "weitere artikel",
    "das könnte sie auch interessieren",
    "auch interessant",
    "ähnliche artikel",
    "neueste artikel",
    "top-themen",
    "empfehlungen",
    // French
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "les plus lus",
    "sur le même sujet",
    "articles similaires",
    "à découvrir",
    "dernières actualités",
    "les plus partagés",
    // Spanish / Portuguese / Italian / Dutch
    "más leídas",
    "más leído",
    "lo más visto",
    "lo más leído",
    "te puede interesar",
    "noticias relacionadas",
    "también te puede interesar",
    "lee también",
    "últimas noticias",
    "mais lidas",
    "você pode gostar",
    "você também pode gostar",
    "você pode gostar também",
    "pode te interessar",
    "te puede gustar",
    "también te puede gustar",
    "quizás te interese",
    "otras noticias",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "à voir aussi",
    "a voir aussi",
    "ti potrebbe interessare",
    "potrebbe interessarti anche",
    "weitere themen",
    "lesen sie auch",
    "leia também",
    "veja também",
    "notícias relacionadas",
    "últimas notícias",
    "più letti",
    "potrebbe interessarti",
    "articoli correlati",
    "leggi anche",
    "ultime notizie",
    "meest gelezen",
    "lees ook",
    "gerelateerd",
    "gerelateerde artikelen",
    // Russian, Korean, Japanese, Chinese
    "читайте также",
    "популярное",
    "самое читаемое",
    "похожие новости",
    "последние новости",
    "많이 본 뉴스",
    "관련기사",
    "인기기사",
    "최신기사",
    "関連記事",
    "人気記事",
    "アクセスランキング",
    "相关文章",
    "热门文章",
    "相关新闻",
    "推荐阅读",
];

/// Headings that open reader comments: nothing after them belongs to the article.
pub const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "comment",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "join the discussion",
    "join the conversation",
    "reader comments",
    "show comments",
    "view comments",
    "discussion",
    "responses",
    "reactions",
    "what do you think",
    "replies",
    "thoughts",
    "thought",
    "response",
    "reader comments",
    "user comments",
    "most recent comments",
    "kommentare",
    "commentaires",
    "comentarios",
    "comentários",
    "commenti",
    "reacties",
    "комментарии",
    "댓글",
    "コメント",
    "评论",
];

/// Headings of the list of sources or references that closes an article.
pub const REFERENCE_HEADINGS: &[&str] = &[
    "sources",
    "source list",
    "references",
    "bibliography",
    "citations",
    "works cited",
    "external links",
    "quellen",
    "quellenangaben",
    "fuentes",
    "références",
    "referências",
    "fonti",
    "bronnen",
    "источники",
    "литература",
];

/// Headings of a page's own key-point summary.
pub const SUMMARY_HEADINGS: &[&str] = &[
    "key points",
    "key takeaways",
    "takeaways",
    "highlights",
    "story highlights",
    "summary",
    "in brief",
    "at a glance",
    "the big picture",
    "what you need to know",
    "tl;dr",
    "tldr",
    "the gist",
    "quick read",
    "das wichtigste",
    "auf einen blick",
    "en bref",
    "l'essentiel",
    "l’essentiel",
    "en resumen",
    "claves",
    "in sintesi",
    "em resumo",
    "коротко",
    "핵심",
    "要点",
];

/// Words that count things next to an article (views, comments, ...).
pub const COUNTER_WORDS: &[&str] = &[
    "views",
    "view",
    "comments",
    "comment",
    "shares",
    "share",
    "likes",
    "like",
    "reads",
    "hits",
    "votes",
    "reactions",
    "claps",
    "responses",
    "replies",
    "reply",
    "points",
    "recommends",
    "aufrufe",
    "kommentare",
    "vues",
    "commentaires",
    "visitas",
    "comentarios",
    "visite",
    "commenti",
    "просмотров",
    "просмотры",
    "комментарии",
    "조회",
    "조회수",
    "댓글",
];

/// Share and follow buttons, as they appear as lines of a text rendering.
pub const SHARE_WORDS: &[&str] = &[
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "tweet",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "mail",
    "print",
    "pinterest",
    "linkedin",
    "whatsapp",
    "reddit",
    "copy link",
    "copy",
    "link",
    "flipboard",
    "telegram",
    "tumblr",
    "pocket",
    "messenger",
    "sms",
    "save",
    "bookmark",
    "follow",
    "follow us",
    "comment",
    "comments",
    "like",
    "youtube",
    "instagram",
    "rss",
    "rss feed",
    "subscribe",
    "gift article",
    "listen",
    "listen to article",
    "teilen",
    "partager",
    "compartir",
    "condividi",
];

/// Verbs that open a call to follow the publisher elsewhere ("Follow Newsbeat on
/// Instagram and Twitter").
pub const FOLLOW_CALLS: &[&str] = &[
    "follow",
    "find us",
    "like us",
    "join us",
    "connect with",
    "keep up with",
    "stay connected",
    "siga",
    "síguenos",
    "sigue",
    "suivez",
    "retrouvez",
    "folgen sie",
    "folge uns",
    "seguici",
    "segui",
    "volg",
];

/// Social networks named in follow calls.
pub const SOCIAL_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "instagram",
    "youtube",
    "tiktok",
    "linkedin",
    "snapchat",
    "telegram",
    "whatsapp",
    "pinterest",
    "threads",
    "mastodon",
    "bluesky",
];

/// Lines that are advertising slots or calls to read something else.
pub const AD_LINES: &[&str] = &[
    "advertisement",
    "advert",
    "adverts",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "paid content",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "continue reading",
    "scroll to continue",
    "scroll to continue with content",
    "content continues below",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "реклама",
    "광고",
];

/// Line openings of calls to read, watch or subscribe elsewhere.
pub const READ_MORE_PREFIXES: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "read next",
    "see also",
    "related:",
    "more:",
    "recommended:",
    "read:",
    "watch:",
    "listen:",
    "watch now",
    "click here",
    "sign up",
    "subscribe to",
    "subscribe now",
    "follow us",
    "follow @",
    "download the",
    "get the app",
    "lire aussi",
    "à lire aussi",
    "lea también",
    "lee también",
    "leia também",
    "leggi anche",
    "lesen sie auch",
    "mehr zum thema",
    "читайте также",
    "관련기사",
];

/// Markers of footers, legal text and newsletter boxes.
pub const FOOTER_MARKERS: &[&str] = &[
    "©",
    "(c) 19",
    "(c) 20",
    "copyright",
    "all rights reserved",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "cookie policy",
    "cookie settings",
    "cookie preferences",
    "do not sell my",
    "accessibility statement",
    "contact us",
    "about us",
    "advertise with us",
    "sitemap",
    "site map",
    "powered by",
    "newsletter",
    "sign up for",
    "delivered to your inbox",
    "enter your email",
    "your email address",
    "alle rechte vorbehalten",
    "impressum",
    "datenschutz",
    "tous droits réservés",
    "mentions légales",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "все права защищены",
    "무단 전재",
    "版权所有",
];

/// The words `SKIP_LINK_PATTERN` starts with: keep them in step.
pub const SKIP_LINK_STARTS: &[&str] = &[
    "skip",
    "jump",
    "go",
    "direct access",
    "quick access",
    "move",
    "back",
];
/// Skip links and accessibility jump links.
pub const SKIP_LINK_PATTERN: &str = r"(?i)^(skip|jump|go|direct access|quick access|move|back)\b.{0,40}\b(content|navigation|menu|main|search|footer|page|article|top|bottom|sidebar)\b";

/// Openers of a byline.
/// The word before the author's name inside a dateline ("Posted on 3 May 2024
/// by Jo Bloggs", "Veröffentlicht am 17. Dezember 2019 von Simon Dückert").
/// Classes of a microformat card (hCard, h-card) or its author property: an
/// element marked "author" with one of them names the writer.
pub const HCARD_CLASSES: &[&str] = &["vcard", "h-card", "p-author"];
/// An hCard author holds a name, not a sentence.
pub const MAX_HCARD_NAME_WORDS: usize = 4;
/// The path segment before an author's own archive page, as blog and news
/// software address it ("/author/matthias/", "/autoren/jane-doe"): a byline
/// link there whose text is the page's name declares the writer, even by one
/// word.
pub const AUTHOR_ARCHIVE_SEGMENTS: &[&str] = &[
    "author",
    "authors",
    "autor",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "writer",
    "writers",
    "journalist",
    "journalists",
];

pub const INNER_BYLINE_WORDS: &[&str] =
    &["by", "von", "par", "por", "di", "door", "przez", "af", "av"];

pub const BYLINE_PREFIXES: &[&str] = &[
    "by",
    "written by",
    "posted by",
    "reported by",
    "words by",
    "story by",
    "author",
    "authors",
    "text",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "autor",
    "auteur",
    "autore",
    "автор",
    "veröffentlicht von",
    "erstellt von",
    "geschrieben von",
    "verfasst von",
    "thread starter",
    "themenstarter",
    "started by",
    "ein beitrag von",
    "beitrag von",
    "gespeichert von",
    "eingestellt von",
    "publié par",
    "écrit par",
    "publicado por",
    "escrito por",
    "scritto da",
    "pubblicato da",
    "geplaatst door",
    "geschreven door",
];

/// Words naming a piece of writing, before the "by"/"von" of its author ("A
/// column by", "Ein Gastbeitrag von").
pub const PIECE_WORDS: &[&str] = &[
    "column",
    "commentary",
    "analysis",
    "essay",
    "interview",
    "review",
    "story",
    "article",
    "report",
    "kolumne",
    "kommentar",
    "gastkommentar",
    "gastbeitrag",
    "beitrag",
    "analyse",
    "artikel",
    "blogbeitrag",
    "bericht",
    "reportage",
    "glosse",
    "chronique",
    "tribune",
    "columna",
    "crónica",
    "rubrica",
];

/// Words that open the date label of a byline line, after the name ("Jane
/// Doe Last updated ...", "Zuletzt geändert am ...", "Stand: ..."): a name
/// ends before them.
pub const DATE_LABEL_WORDS: &[&str] = &[
    "last",
    "updated",
    "published",
    "posted",
    "zuletzt",
    "aktualisiert",
    "veröffentlicht",
    "erstellt",
    "geändert",
    "stand",
    "uhr",
    "publié",
    "actualizado",
    "publicado",
    "aggiornato",
    "pubblicato",
];

/// Job titles that follow an author's name.
pub const ROLES: &[&str] = &[
    "staff writer",
    "staff reporter",
    "senior reporter",
    "senior writer",
    "senior editor",
    "staff",
    "reporter",
    "correspondent",
    "foreign correspondent",
    "editor",
    "news editor",
    "deputy editor",
    "managing editor",
    "editor-in-chief",
    "executive editor",
    "contributing writer",
    "contributing editor",
    "contributor",
    "columnist",
    "writer",
    "photographer",
    "journalist",
    "political editor",
    "business reporter",
    "science editor",
    "technology reporter",
    "special correspondent",
    "associate editor",
    "intern",
    "software engineer",
    "engineer",
    "product manager",
    "developer advocate",
    "freelance writer",
    "guest author",
    "guest writer",
    "redakteur",
    "redakteurin",
    "journaliste",
    "periodista",
    "giornalista",
    "기자",
];

/// News and photo agencies.
pub const AGENCIES: &[&str] = &[
    "reuters",
    "associated press",
    "the associated press",
    "ap",
    "afp",
    "agence france-presse",
    "agence france presse",
    "bloomberg",
    "bloomberg news",
    "dpa",
    "efe",
    "agencia efe",
    "agencia afp",
    "agencia ap",
    "europa press",
    "lusa",
    "agência lusa",
    "agência brasil",
    "ansa",
    "agenzia ansa",
    "adnkronos",
    "keystone-sda",
    "xinhua",
    "kyodo",
    "kyodo news",
    "jiji",
    "jiji press",
    "yonhap",
    "yonhap news",
    "yonhap news agency",
    "newsis",
    "news1",
    "tass",
    "ria novosti",
    "interfax",
    "pa",
    "pa media",
    "press association",
    "upi",
    "anadolu",
    "anadolu agency",
    "pti",
    "ians",
    "ani",
    "aap",
    "cna",
    "bernama",
    "antara",
    "kpa",
    "apa",
    "sda",
    "ats",
    "ctk",
    "pap",
    "mti",
    "belga",
    "anp",
    "tt",
    "ntb",
    "ritzau",
    "stt",
    "epa",
    "getty",
    "getty images",
    "shutterstock",
    "ap photo",
    "afp photo",
    "reuters photo",
    "alamy",
    "zuma",
    "zuma press",
    "sipa",
    "imago",
    "picture alliance",
    "news agencies",
    "agencies",
    "wire services",
    "cnn wire",
    "the canadian press",
    "canadian press",
    "aap image",
];

/// Openers of a photo or source credit line.
pub const CREDIT_PREFIXES: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "pictures",
    "credit",
    "credits",
    "source",
    "photograph",
    "illustration",
    "video",
    "courtesy",
    "courtesy of",
    "via",
    "foto",
    "fotos",
    "bild",
    "quelle",
    "fuente",
    "crédit",
    "crédits",
    "fonte",
    "источник",
    "фото",
    "사진",
    "자료",
];

/// Words that end an organisation's name rather than a person's.
pub const ORGANISATION_WORDS: &[&str] = &[
    "news",
    "agency",
    "press",
    "media",
    "times",
    "post",
    "daily",
    "journal",
    "herald",
    "tribune",
    "wire",
    "group",
    "inc",
    "ltd",
    "corp",
    "network",
    "channel",
    "tv",
    "radio",
    "staff",
    "desk",
    "team",
    "editors",
    "editorial",
    "newsroom",
    "online",
    "magazine",
    "gazette",
    "images",
    "photos",
];

pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words of a cookie or consent notice: a block naming cookies (or tracking
/// consent) together with one of `CONSENT_CONTEXT` is the site's notice, not text.
pub const CONSENT_SUBJECTS: &[&str] = &[
    "cookie",
    "cookies",
    "tracking technologies",
    "consent preferences",
];

/// How a consent notice speaks: the site about itself, or asking to agree. An
/// article about cookies speaks of them in the third person.
pub const CONSENT_CONTEXT: &[&str] = &[
    // English
    "we use",
    "we and our partners",
    "our website",
    "our site",
    "this website",
    "this site",
    "by continuing",
    "if you continue",
    "you agree",
    "you consent",
    "accept all",
    "your consent",
    "cookie settings",
    "cookie policy",
    "manage cookies",
    // German
    "wir verwenden",
    "wir nutzen",
    "wir setzen",
    "wir können",
    "diese website",
    "diese webseite",
    "dieser website",
    "dieser webseite",
    "unsere website",
    "unsere webseite",
    "unserer website",
    "unserer webseite",
    "ihre zustimmung",
    "ihre einwilligung",
    "einverstanden",
    "cookie-einstellungen",
    "cookie-richtlinie",
    "akzeptieren",
    "zustimmen",
    // French, Spanish, Italian, Portuguese, Dutch, Polish
    "nous utilisons",
    "ce site",
    "notre site",
    "en poursuivant",
    "utilizamos",
    "usamos",
    "este sitio",
    "nuestro sitio",
    "questo sito",
    "utilizziamo",
    "nosso site",
    "este site",
    "wij gebruiken",
    "deze website",
    "ta strona",
    "korzystamy",
];

/// How a blog or news system states where a post was filed, below or above it:
/// "This entry was posted in News. Bookmark the permalink."
pub const POST_META_OPENINGS: &[&str] = &[
    "this entry was posted in",
    "this entry was posted on",
    "this entry was filed under",
    "this post was posted in",
    "posted in",
    "filed under",
    "dieser eintrag wurde veröffentlicht",
    "dieser beitrag wurde veröffentlicht",
    "der beitrag wurde am",
    "dieser beitrag wurde am",
    "veröffentlicht in",
    "abgelegt unter",
    "kategorie:",
    "kategorien:",
    "categories:",
    "category:",
    "tags:",
    "schlagwörter:",
    "ce message a été publié dans",
    "publié dans",
    "publicado en",
    "archiviato in",
];

/// How much each piece of evidence says that a line of a text page is its
/// headline (a weight per feature, the line with the highest sum wins), as
/// `fields::text_headline_candidates` computes them. Fitted as a conditional
/// logit on the tuning half of trafilatura-eval (`metaeval::held_out` false),
/// its w3m, lynx and elinks renderings together, by `examples/fit_text_headline.rs`;
/// the features are general (position, shape, repetition, the lines around
/// it), none is a word of one site.
pub const TEXT_HEADLINE_EVIDENCE: [(&str, f32); 28] = [
    // rank among the candidates counting back from the body (0 = nearest), /10
    ("rank", -0.44),
    // blocks between the line and the body, /40
    ("distance", 0.21),
    // words, /10
    ("words", 0.41),
    // 4 to 20 words: the length of a headline
    ("headline_length", 1.22),
    // at most 2 words: a label more often than a headline
    ("two_words_or_fewer", -0.65),
    ("title_case_share", 0.14),
    ("heading", 2.40),
    // the same line elsewhere in the page
    ("repeated", 0.33),
    // the line inside a longer one elsewhere: a page title with the site
    // name, the last step of a breadcrumb
    ("inside_another_line", 1.45),
    // a date or a byline in the 3 blocks after it
    ("dated_after", 0.80),
    // a date in the 2 blocks before it
    ("dated_before", 0.14),
    // a photo credit or source line
    ("credit", -0.22),
    ("starts_lower_case", -0.49),
    // commas, at most 3, /3
    ("commas", 0.01),
    // ends with a colon: introduces what follows
    ("ends_with_colon", -0.73),
    ("ends_with_question_mark", 1.21),
    // holds `|` or `/`: a menu, a path, a credit
    ("bar_or_slash", -1.29),
    // prose right after it
    ("prose_after", -0.20),
    // marked as furniture (repeated, in a link list)
    ("furniture", 0.38),
    // inside the page's first line (a crawl export's `<title>`)
    ("in_first_line", 0.69),
    // all in capitals: a section label or a kicker
    ("all_caps", -0.11),
    // prose in the 3 blocks after it
    ("prose_soon_after", 0.95),
    // where it sits in the page, 0 (top) to 1
    ("page_position", 0.84),
    // a line alone in its group (blank lines around it)
    ("stands_alone", 2.53),
    // a list item
    ("list_item", -1.59),
    // a single word
    ("one_word", -0.60),
    // at most 3 words that read as a person's name
    ("reads_as_name", -0.11),
    // share of its words (of 4 letters or more) in the story's first 3 paragraphs
    ("words_in_lead", 2.12),
];

// The matchers below are built from the lists without compiling regexes where
// the pattern is a list of phrases (see `phrase`); each comment gives the regex
// it matches exactly. The rest are regexes compiled the first time a text holds
// one of their phrases (`Gated`).

/// A whole line equal to one of `phrases` (after the caller's cleaning),
/// case-insensitively: `(?i)^(?:PHRASES)$`.
fn whole_line(phrases: &[&str]) -> WholeLine {
    WholeLine::new(phrases)
}

/// `(?i)^(?:PHRASES)(?:\b|\s|$)`.
fn line_start(phrases: &[&str]) -> Prefixed {
    Prefixed::new(phrases, word_end)
}

/// `(?:\b|\s|$)` at `end`, in that order.
fn word_end(text: &str, end: usize) -> Option<usize> {
    let (before, after) = phrase::around(text, end);
    if phrase::boundary(before, after) {
        Some(end)
    } else {
        match after {
            Some(c) if phrase::is_space(c) => Some(end + c.len_utf8()),
            Some(_) => None,
            None => Some(end),
        }
    }
}

/// `(?i)(?:PHRASES)`.
fn anywhere(phrases: &[&str]) -> Anywhere {
    Anywhere::new(phrases)
}

/// `pattern`, compiled once a text holds one of `phrases` (every match of
/// `pattern` must hold one, case-insensitively).
fn gated(phrases: &[&str], pattern: String) -> Gated {
    let any = Anywhere::new(phrases);
    Gated::new(move |t| any.is_match(t), pattern)
}

/// The end of the text after `(?:\s+\S+){0,5}` from `at`: up to five more words.
fn few_words_to_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let starts_spaced = rest.chars().next().is_none_or(phrase::is_space);
    let ends_word = rest
        .chars()
        .next_back()
        .is_none_or(|c| !phrase::is_space(c));
    (starts_spaced && ends_word && rest.split_whitespace().nth(5).is_none()).then_some(text.len())
}

/// The words of a vocabulary as one regex alternation, each escaped: `a|b\.c`.
pub fn alternation(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// "More from Reuters", "Latest in Tech", "\[WORLD\] Latest Stories":
/// `(?i)^(?:HEADINGS)(?:\s+\S+){0,5}$`.
pub static STORY_LIST_HEADING: LazyLock<Prefixed> =
    LazyLock::new(|| Prefixed::new(STORY_LIST_HEADINGS, few_words_to_end));
pub static COMMENT_HEADING: LazyLock<Gated> = LazyLock::new(|| {
    let alts = alternation(COMMENT_HEADINGS);
    gated(
        COMMENT_HEADINGS,
        format!(
            r"(?i)^(?:(?:\d+|one|no)\s+)?(?:{})(?:\s*\(?\d+\)?)?(?:\s+(?:to|on|for|about)\b.*)?$|^(?:{})\b",
            alts,
            // phrases of several words may carry a tail ("Leave a Reply Cancel reply")
            COMMENT_HEADINGS
                .iter()
                .filter(|p| p.contains(' '))
                .map(|p| regex::escape(p))
                .collect::<Vec<_>>()
                .join("|")
        ),
    )
});

/// Words with which comment systems introduce a reader's comment ("jane says:").
pub const COMMENT_VERBS: &[&str] = &[
    "says",
    "said",
    "wrote",
    "writes",
    "commented",
    "replied",
    "responded",
    "sagt",
    "schreibt",
    "dit",
    "a écrit",
    "dice",
    "dijo",
    "escribió",
    "disse",
    "scrive",
    "пишет",
    "написал",
];
/// The line that opens one reader's comment: a name (and date) ending in "says:".
/// `(?i)\b(?:VERBS)\s*:$`.
pub static COMMENT_BYLINE: LazyLock<Suffixed> =
    LazyLock::new(|| Suffixed::new(COMMENT_VERBS, ends_before_colon, word_start));

/// Where a phrase may end for `\s*:$` to follow: before the final colon and
/// any spaces before it.
fn ends_before_colon(text: &str) -> Vec<usize> {
    let Some(head) = text.strip_suffix(':') else {
        return Vec::new();
    };
    let spaced = head.trim_end_matches(phrase::is_space).len();
    let mut ends: Vec<usize> = head[spaced..]
        .char_indices()
        .map(|(i, _)| spaced + i)
        .collect();
    ends.push(head.len());
    ends
}

/// `\b` before a phrase starting at `start`.
fn word_start(text: &str, start: usize) -> bool {
    let (before, after) = phrase::around(text, start);
    phrase::boundary(before, after)
}

pub static REFERENCE_HEADING: LazyLock<WholeLine> =
    LazyLock::new(|| whole_line(REFERENCE_HEADINGS));
pub static SUMMARY_HEADING: LazyLock<WholeLine> = LazyLock::new(|| whole_line(SUMMARY_HEADINGS));
pub static COUNTER: LazyLock<Gated> = LazyLock::new(|| {
    let w = alternation(COUNTER_WORDS);
    gated(
        COUNTER_WORDS,
        format!(
            r"(?i)(?:^|\s)(?:(?:{w})\s*:?\s*[\d][\d.,]*[km]?|[\d][\d.,]*[km]?\s*(?:{w})|(?:{w}))(?:\s|$)"
        ),
    )
});
pub static SHARE_LINE: LazyLock<Gated> = LazyLock::new(|| {
    let w = alternation(SHARE_WORDS);
    // a share line starts with a share word
    let start = Prefixed::new(SHARE_WORDS, |_, end| Some(end));
    Gated::new(
        move |t| start.is_match(t),
        format!(r"(?i)^(?:(?:{w})(?:\s*[\d.,]+[km]?)?[\s|/·•,:-]*)+$"),
    )
});
pub static AD_LINE: LazyLock<WholeLine> = LazyLock::new(|| whole_line(AD_LINES));
pub static FOLLOW_CALL: LazyLock<Prefixed> = LazyLock::new(|| line_start(FOLLOW_CALLS));
/// `(?i)\b(?:NETWORKS)\b`.
pub static SOCIAL_NETWORK: LazyLock<Words> = LazyLock::new(|| Words::new(SOCIAL_NETWORKS));
/// "This slideshow requires JavaScript.", "Please enable JavaScript to view the
/// comments": what a page shows where a script would have run.
pub static SCRIPT_NOTICE: LazyLock<Gated> = LazyLock::new(|| {
    gated(&["javascript"], r"(?i)\b(?:requires?|enable|enabled|turn\s+on|need|support)\b.{0,40}\bjavascript\b|\bjavascript\b.{0,30}\b(?:disabled|required|turned\s+off)\b".into())
});
/// What error pages, login walls and paywalls say instead of an article, in
/// their text. Every alternative holds one of the gate's words: keep them in step.
pub static NOT_AN_ARTICLE: LazyLock<Gated> = LazyLock::new(|| {
    gated(
        &[
            "found", "exist", "looking", "denied", "reading", "subscriber", "members",
            "gefunden", "encontrada", "introuvable", "trovata", "найдена", "ページ", "页面",
            "페이지",
        ],
        r"(?ix)
          \b(?:page|file|article|content|story)\s+(?:was\s+|could\s+not\s+be\s+|cannot\s+be\s+)?not\s+(?:be\s+)?found\b
        | \bpage\s+(?:does\s+not|doesn'?t)\s+exist\b
        | \bpage\s+you\s+(?:are|were|re)\s+looking\s+for\b
        | \baccess\s+denied\b
        | \b(?:subscribe|log\s*in|sign\s*in|register)\s+to\s+(?:continue|keep)\s+reading\b
        | \b(?:is|are)\s+(?:only\s+)?(?:for|available\s+to)\s+(?:paid\s+)?(?:subscribers|members)\b
        | \bsubscribers?\s+only\b
        | \bseite\s+nicht\s+gefunden\b|\bp[áa]gina\s+no\s+encontrada\b|\bpage\s+introuvable\b
        | \bpagina\s+non\s+trovata\b|\bp[áa]gina\s+n[ãa]o\s+encontrada\b|\bстраница\s+не\s+найдена\b
        | ページが見つかりません|页面不存在|找不到页面|페이지를\s*찾을\s*수\s*없습니다
        ".into(),
    )
});

/// An HTTP error status as a page title: "404 - Page not found", "Error 403".
pub static ERROR_STATUS_TITLE: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(
        |t| t.contains(['4', '5']),
        r"(?i)^\s*(?:error\s*)?(?:4\d\d|5\d\d)\b|\berror\s+(?:4\d\d|5\d\d)\b".into(),
    )
});

/// A caption's closing credit in brackets: "(Image: GETTY)", "[Photo: Reuters]".
pub static BRACKETED_CREDIT: LazyLock<Gated> = LazyLock::new(|| {
    let alts = alternation(CREDIT_PREFIXES);
    let any = Anywhere::new(CREDIT_PREFIXES);
    Gated::new(
        move |t| t.contains(':') && t.contains(['(', '[']) && any.is_match(t),
        format!(r"(?i)[(\[]\s*(?:{})\s*:[^()\[\]]{{1,60}}[)\]]\s*$", alts),
    )
});
pub static READ_MORE: LazyLock<Prefixed> = LazyLock::new(|| line_start(READ_MORE_PREFIXES));
pub static FOOTER: LazyLock<Anywhere> = LazyLock::new(|| anywhere(FOOTER_MARKERS));
/// `SKIP_LINK_PATTERN`, compiled once a line starts with one of its first words.
pub static SKIP_LINK: LazyLock<Gated> = LazyLock::new(|| {
    let start = Prefixed::new(SKIP_LINK_STARTS, |_, end| Some(end));
    Gated::new(move |t| start.is_match(t), SKIP_LINK_PATTERN.into())
});
pub static CONSENT_SUBJECT: LazyLock<Anywhere> = LazyLock::new(|| anywhere(CONSENT_SUBJECTS));
pub static CONSENT_CONTEXT_WORD: LazyLock<Anywhere> = LazyLock::new(|| anywhere(CONSENT_CONTEXT));
pub static POST_META: LazyLock<Prefixed> = LazyLock::new(|| line_start(POST_META_OPENINGS));
/// `(?i)^(?:PREFIXES)\s*[:\s]\s*`.
pub static BYLINE_PREFIX: LazyLock<Prefixed> =
    LazyLock::new(|| Prefixed::new(BYLINE_PREFIXES, colon_or_space));

/// `\s*[:\s]\s*` from `at`, greedy: spaces, then a colon and the spaces after
/// it, or else the last of the spaces stands for `[:\s]`.
fn colon_or_space(text: &str, at: usize) -> Option<usize> {
    let spaced = at + spaces(&text[at..]);
    if text[spaced..].starts_with(':') {
        Some(spaced + 1 + spaces(&text[spaced + 1..]))
    } else {
        (spaced > at).then_some(spaced)
    }
}

/// The length in bytes of the spaces `text` starts with.
fn spaces(text: &str) -> usize {
    text.len() - text.trim_start_matches(phrase::is_space).len()
}

pub static ROLE: LazyLock<Gated> = LazyLock::new(|| {
    let alts = alternation(ROLES);
    gated(
        ROLES,
        format!(r"(?i)(?:^|[\s,|/–—-]+)(?:{})s?(?:\s*$|[\s,|/–—-]+)", alts),
    )
});
pub static AGENCY: LazyLock<WholeLine> = LazyLock::new(|| whole_line(AGENCIES));
/// `(?i)\b(?:AGENCIES)\b`.
pub static AGENCY_WORD: LazyLock<Words> = LazyLock::new(|| Words::new(AGENCIES));
/// `(?i)^(?:PREFIXES)\s*(?:[:/|©]|by\b)`.
pub static CREDIT_PREFIX: LazyLock<Prefixed> =
    LazyLock::new(|| Prefixed::new(CREDIT_PREFIXES, credit_mark));

/// `\s*(?:[:/|©]|by\b)` from `at`.
fn credit_mark(text: &str, at: usize) -> Option<usize> {
    let at = at + spaces(&text[at..]);
    let mut rest = text[at..].chars();
    match rest.next()? {
        c @ (':' | '/' | '|' | '©') => Some(at + c.len_utf8()),
        b if phrase::fold(b) == 'b' && rest.next().is_some_and(|y| phrase::fold(y) == 'y') => {
            let end = at
                + text[at..]
                    .char_indices()
                    .nth(2)
                    .map_or(text.len() - at, |(i, _)| i);
            let (before, after) = phrase::around(text, end);
            phrase::boundary(before, after).then_some(end)
        }
        _ => None,
    }
}

/// `(?i)\b(?:WORDS)\.?$`.
pub static ORGANISATION: LazyLock<Suffixed> =
    LazyLock::new(|| Suffixed::new(ORGANISATION_WORDS, before_final_dot, word_start));

/// Where a phrase may end for `\.?$` to follow (the dot taken first).
fn before_final_dot(text: &str) -> Vec<usize> {
    match text.strip_suffix('.') {
        Some(head) => vec![head.len(), text.len()],
        None => vec![text.len()],
    }
}

/// A date as pages print it: ISO, numeric with separators, or with a month name.
/// Every form holds a year starting 19 or 20.
pub static DATE: LazyLock<Gated> = LazyLock::new(|| {
    let months = MONTHS.join("|");
    Gated::new(
        |t| t.contains("19") || t.contains("20"),
        format!(
            r"(?ix)
        (?P<iso>\b(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>[01]?\d)[-/.](?P<d1>[0-3]?\d)\b(?:[T\s]+(?P<t1>[0-2]?\d:[0-5]\d(?::[0-5]\d)?))?)
        | (?P<mdy>\b(?P<mon2>{months})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)\b)
        | (?P<dmy>\b(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon3>{months})\.?,?\s+(?P<y3>(?:19|20)\d\d)\b)
        | (?P<num>\b(?P<a4>[0-3]?\d)[./](?P<b4>[0-3]?\d)[./](?P<y4>(?:19|20)\d\d)\b)
        "
        ),
    )
});

/// "3 hours ago", "yesterday at 5:02 pm": how comment systems and feeds date
/// entries. Either "ago", or a clock time (a `[:.h]` before a digit 0-5).
pub static RELATIVE_TIME: LazyLock<Gated> = LazyLock::new(|| {
    let ago = Anywhere::new(&["ago"]);
    Gated::new(
        move |t| {
            t.as_bytes()
                .windows(2)
                .any(|w| matches!(w[0], b':' | b'.' | b'h' | b'H') && (b'0'..=b'5').contains(&w[1]))
                || ago.is_match(t)
        },
        r"(?i)\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|\b(?:at|um|à|a las)\s+[0-2]?\d[:.h][0-5]\d".into(),
    )
});

// ---------------------------------------------------------------- HTML vocabulary

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

/// Words that make a credited name an organisation rather than a person, anywhere
/// in the name (HTML metadata authors: "Contributors to Wikimedia projects").
pub const ORGANISATION_NAME_WORDS: &[&str] = &[
    "contributors",
    "foundation",
    "university",
    "institute",
    "association",
    "society",
    "council",
    "committee",
    "department",
    "ministry",
    "company",
    "corporation",
    "organization",
    "organisation",
    "inc",
    "llc",
    "llp",
    "ltd",
    "plc",
    "pc",
    "corp",
    "gmbh",
    "agency",
    "studios",
    "wikipedia",
    "wikimedia",
    "redaktion",
    "rédaction",
    "redacción",
    "redação",
    "redazione",
    "redactie",
    "editorial board",
    "editorial staff",
    "our foreign staff",
    "staff",
    "web desk",
    "news desk",
    "newsdesk",
];
/// `(?i)(?:^|\W)(?:WORDS)(?:\W|$)|\w\.[a-z]{2,6}$`: one of the words between
/// non-word characters, or a name ending like a domain ("example.com").
pub static ORGANISATION_NAME_WORD: LazyLock<Test> = LazyLock::new(|| {
    let words = phrase::Delimited::new(ORGANISATION_NAME_WORDS, |c| !phrase::is_word(c));
    Test::new(move |t| words.is_match(t) || ends_like_domain(t))
});

/// `(?i)\w\.[a-z]{2,6}$`.
fn ends_like_domain(text: &str) -> bool {
    let letters = text.trim_end_matches(|c| phrase::fold(c).is_ascii_lowercase());
    let n = text[letters.len()..].chars().count();
    let mut before = letters.chars().rev();
    (2..=6).contains(&n) && before.next() == Some('.') && before.next().is_some_and(phrase::is_word)
}

/// Labels of a Twitter card's data field that names the author
/// (`twitter:label1` "Written by", `twitter:data1` "Jane Doe"), lowercase.
#[rustfmt::skip]
pub const AUTHOR_CARD_LABELS: &[&str] = &[
    "written by", "author", "by", "verfasst von", "geschrieben von", "autor", "von",
    "écrit par", "auteur", "par", "escrito por", "por", "scritto da", "autore", "di",
    "geschreven door", "door", "napisane przez", "автор",
];

/// What an author's link says before the name ("View all posts by Jane Doe",
/// "Zeige alle Beiträge von ..."), lowercase: the name is what follows.
#[rustfmt::skip]
pub const ALL_POSTS_BY: &[&str] = &[
    "view all posts by", "see all posts by", "all posts by", "more posts by",
    "more articles by", "all articles by", "more from", "posts by", "articles by",
    "zeige alle beiträge von", "alle beiträge von", "weitere beiträge von",
    "mehr artikel von", "alle artikel von", "voir tous les articles de",
    "tous les articles de", "voir tous les articles par", "ver todas las entradas de",
    "todas las entradas de", "ver todos los artículos de", "más artículos de",
    "tutti gli articoli di", "altri articoli di", "ver todos os posts de",
    "todos os posts de", "alle berichten van", "meer artikelen van",
];

/// The longest user name read as a declared author ("freeman1984").
pub const MAX_USER_NAME_CHARS: usize = 24;

/// Words that never occur in a person's name, only in labels near one
/// ("Follow Author", "View Profile", "Admin").
pub const NOT_NAME_WORDS: &[&str] = &[
    "by",
    "written",
    "from",
    "webmaster",
    "dealer",
    "official",
    "admin",
    "administrator",
    "anonymous",
    "unknown",
    "undefined",
    "null",
    "guest",
    "follow",
    "author",
    "authors",
    "profile",
    "share",
    "posted",
    "updated",
    "published",
    "view",
    "views",
    "more",
    "comments",
    "comment",
    "subscribe",
    "email",
    "twitter",
    "facebook",
    "read",
    "minutes",
    "min",
    "home",
    "news",
    "contact",
    "about",
    "login",
    "sign",
    // labels of author boxes and page tools: "Full Bio", "Zur Person", "Text Size"
    "bio",
    "biography",
    "person",
    "size",
    "posts",
    "articles",
    "beiträge",
];

/// More words of labels that look like names in a text rendering
/// ("Breaking News Emails", "Photo Gallery"), and the function words of a
/// title-cased headline ("A Headline For The Story", "Bridge Reopens After
/// Repairs"), which no personal name holds.
pub const NOT_NAME_WORDS_EXTRA: &[&str] = &[
    "a",
    "an",
    "the",
    "for",
    "of",
    "to",
    "with",
    "after",
    "before",
    "over",
    "into",
    "is",
    "are",
    "was",
    "how",
    "why",
    "what",
    "emails",
    "newsletter",
    "newsletters",
    "breaking",
    "photo",
    "photos",
    "image",
    "images",
    "video",
    "videos",
    "gallery",
    "getty",
    "archive",
    "feed",
    "rss",
    "print",
    "search",
    "menu",
    "sections",
    "weather",
    "sports",
    "opinion",
    "business",
    "latest",
    "trending",
    "live",
    // labels a story is filed under, dated like a byline
    "paid",
    "content",
    "sponsored",
    "aktuell",
    "aktuelle",
    "meldung",
    "pressemitteilung",
    "anzeige",
];

/// Degrees and honorifics written after a name, set off by a comma.
pub const NAME_SUFFIXES: &[&str] = &[
    "ma", "md", "phd", "ph.d.", "mph", "rn", "ms", "msc", "bsc", "ba", "do", "dds", "esq", "esq.",
    "cpa", "mba", "jd", "lpn", "np", "pa-c", "rd", "ld", "rdn", "cdn", "cde", "facs", "faap",
    "dnp", "msn", "lcsw", "lmft", "psyd", "edd", "dvm", "od", "pharmd", "cnm", "ibclc",
];

/// Name parts that stay with the name before them: "Martin Luther King, Jr."
pub const NAME_GENERATIONS: &[&str] = &["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/// Section labels that pages put before a headline: "Opinion | ...", "Politics: ...".
pub const HEADLINE_SECTION_PREFIXES: &[&str] = &[
    "opinion",
    "opinions",
    "analysis",
    "editorial",
    "commentary",
    "comment",
    "op-ed",
    "oped",
    "perspective",
    "explainer",
    "fact check",
    "exclusive",
    "breaking",
    "breaking news",
    "live",
    "live updates",
    "watch",
    "video",
    "podcast",
    "interview",
    "letters",
    "obituary",
    "sponsored",
    "politics",
    "business",
    "sport",
    "sports",
    "world",
    "tech",
    "technology",
    "science",
    "health",
    "culture",
    "entertainment",
    "news",
    "meinung",
    "kommentar",
    "tribune",
    "opinión",
    "opinião",
];

// ---------------------------------------------------------------- dates

/// Month names and abbreviations as pages print them, with the month's number:
/// English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and
/// Russian (genitive and nominative). Matched case-insensitively, a trailing
/// dot allowed after any of them.
#[rustfmt::skip]
pub const MONTH_NAMES: &[(&str, u8)] = &[
    // English
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    // German
    ("januar", 1), ("jänner", 1), ("jän", 1), ("februar", 2), ("märz", 3), ("maerz", 3),
    ("mär", 3), ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("okt", 10),
    ("dezember", 12), ("dez", 12),
    // French
    ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fév", 2),
    ("mars", 3), ("avril", 4), ("avr", 4), ("juin", 6), ("juillet", 7), ("juil", 7),
    ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("déc", 12),
    // Spanish
    ("enero", 1), ("ene", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("abr", 4),
    ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("ago", 8), ("septiembre", 9),
    ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12), ("dic", 12),
    // Italian
    ("gennaio", 1), ("gen", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("mag", 5),
    ("giugno", 6), ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9), ("set", 9),
    ("ottobre", 10), ("ott", 10), ("dicembre", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("fev", 2), ("março", 3), ("marco", 3), ("maio", 5),
    ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10), ("out", 10),
    ("dezembro", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mrt", 3), ("mei", 5), ("augustus", 8),
    // Polish (genitive, as dates print them)
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5),
    ("czerwca", 6), ("lipca", 7), ("sierpnia", 8), ("września", 9), ("października", 10),
    ("listopada", 11), ("grudnia", 12),
    // Russian (genitive, then nominative)
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11),
    ("декабря", 12), ("январь", 1), ("февраль", 2), ("март", 3), ("апрель", 4), ("май", 5),
    ("июнь", 6), ("июль", 7), ("август", 8), ("сентябрь", 9), ("октябрь", 10),
    ("ноябрь", 11), ("декабрь", 12),
];

/// Words that label a date as the publication date ("Published", "Veröffentlicht",
/// "Publié le", ...), in the languages of `MONTH_NAMES`, Chinese, Japanese, Korean.
#[rustfmt::skip]
pub const DATE_PUBLISHED_LABELS: &[&str] = &[
    "published", "published on", "first published", "posted", "posted on", "date published",
    "publish date", "publication date", "released", "veröffentlicht", "veröffentlicht am",
    "erschienen", "erschienen am", "erstellt", "erstellt am", "publiziert", "datum",
    "publié", "publié le", "paru le", "mis en ligne le", "publicado", "publicada",
    "publicado el", "publicado em", "fecha de publicación", "pubblicato", "pubblicata",
    "pubblicato il", "gepubliceerd", "gepubliceerd op", "geplaatst", "geplaatst op",
    "opublikowano", "опубликовано", "дата публикации", "发布", "发表", "發佈", "發表",
    "公開", "掲載", "投稿", "게시", "입력", "등록",
];

/// Words that label a date as a later modification ("Updated", "Aktualisiert",
/// "Mis à jour", "Actualizado", ...).
#[rustfmt::skip]
pub const DATE_UPDATED_LABELS: &[&str] = &[
    "updated", "last updated", "updated on", "last modified", "modified", "revised",
    "reviewed", "last reviewed", "aktualisiert", "aktualisiert am", "zuletzt aktualisiert",
    "geändert", "zuletzt geändert", "stand", "mis à jour", "mis à jour le", "modifié",
    "modifié le", "actualizado", "actualizada", "actualizado el", "última actualización",
    "aggiornato", "aggiornata", "aggiornato il", "atualizado", "atualizada", "atualizado em",
    "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "zaktualizowano", "aktualizacja",
    "обновлено", "изменено", "更新", "修改", "最終更新", "수정", "업데이트",
];

/// Marks of a copyright line, whose year (or date) is the site's, not the story's.
#[rustfmt::skip]
pub const COPYRIGHT_MARKS: &[&str] = &[
    "©", "(c)", "copyright", "all rights reserved", "alle rechte vorbehalten",
    "tous droits réservés", "todos los derechos reservados", "tutti i diritti riservati",
    "todos os direitos reservados", "alle rechten voorbehouden", "все права защищены",
];

/// No page we read was published before the web had news sites: an earlier date
/// on a page is a date the story mentions (a birth, a founding), not its own.
pub const EARLIEST_PUBLICATION_YEAR: u16 = 1995;
/// Years after this are typos or counters, not dates.
pub const LATEST_PUBLICATION_YEAR: u16 = 2100;

/// Languages whose pages write an ambiguous `NN/NN/YYYY` month first.
pub const MONTH_FIRST_LANGS: &[&str] = &["en", "en-us", "en-ph", "en-ca"];
/// English variants that write the day first, like most of the world.
#[rustfmt::skip]
pub const DAY_FIRST_ENGLISH: &[&str] = &[
    "en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-sg", "en-ng", "en-ke", "en-pk",
];

/// Words of class and id names of page parts whose dates are not the story's:
/// comments, related and recommended stories, sidebars, footers.
#[rustfmt::skip]
pub const NOT_STORY_DATE_WORDS: &[&str] = &[
    "comment", "comments", "commentlist", "reply", "replies", "related", "recommended",
    "recommendations", "sidebar", "footer", "popular", "trending", "mostread", "newsletter",
    "breadcrumb", "breadcrumbs", "disqus", "pagination", "discussion", "nextpost", "prevpost",
    "yarpp", "outbrain", "taboola", "ticker",
];

/// A page that shows one date, outside where a story's stands, shows it at most
/// this many times (a list of teasers of one day shows it more often).
pub const MAX_REPEATS_OF_ONLY_DATE: usize = 2;

/// A declared publication date this many days after every date the page shows
/// is a crawl's or a rebuild's, not the story's (which the page shows).
pub const DECLARED_AFTER_SHOWN_DAYS: i64 = 7;

// ---------------------------------------------------------------- page kinds

/// JSON-LD types (lower case) of a shop's product page.
#[rustfmt::skip]
pub const PRODUCT_TYPES: &[&str] = &[
    "product", "productgroup", "productmodel", "individualproduct", "someproducts", "car",
    "vehicle", "aggregateoffer",
];
/// JSON-LD types of a page that lists products (a shop's category or search
/// page declares the products it lists as well).
#[rustfmt::skip]
pub const PRODUCT_LISTING_TYPES: &[&str] = &["collectionpage", "searchresultspage"];
/// JSON-LD types of a discussion thread.
#[rustfmt::skip]
pub const FORUM_TYPES: &[&str] = &["discussionforumposting", "qapage", "question"];
/// JSON-LD and microdata types of a page of frequently asked questions, and of
/// its entries (which are no thread's).
#[rustfmt::skip]
pub const FAQ_TYPES: &[&str] = &["faqpage"];
#[rustfmt::skip]
pub const FAQ_ENTRY_TYPES: &[&str] = &["question"];
/// JSON-LD types of a page listing other pages.
#[rustfmt::skip]
pub const LISTING_TYPES: &[&str] = &["collectionpage", "itemlist", "searchresultspage", "profilepage"];

/// A line a forum prints for every post.
/// Compiled once a line opens with a letter or character one of its
/// alternatives opens with.
pub static POST_MARK: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(|t| opens_with(t, "rqp#jm"), r"(?i)^(?:reply|quote|report|permalink|#\d+|post #?\d+|posted by\b.*|joined:?\s.*|posts:?\s*\d[\d,.]*|messages:?\s*\d[\d,.]*|\d+\s+(?:replies|posts|antworten|réponses|respuestas))$".into())
});
/// A line a shop prints on a product page.
pub static SHOP_MARK: LazyLock<Gated> = LazyLock::new(|| {
    Gated::new(|t| opens_with(t, "abiosfq$€£"), r"(?i)^(?:add to (?:cart|bag|basket)|buy now|in stock|out of stock|sold out|free shipping.*|in den warenkorb|ajouter au panier|añadir al carrito|quantity|qty:?|size guide|[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£]|sku:?\s.*)$".into())
});
/// The text opens with a digit (`\d`) or with one of `firsts` (folded).
fn opens_with(t: &str, firsts: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| phrase::is_digit(c) || firsts.contains(phrase::fold(c)))
}

/// Page kind (`pagekind::decide`): points of evidence that a page is one story.
/// A story shows one of these each: a date, a byline, a headline of
/// `KIND_STORY_HEADLINE_WORDS`, a URL whose last segment has
/// `KIND_STORY_SLUG_WORDS` words, a body of `KIND_STORY_BODY_SHARE` of the page,
/// `KIND_STORY_PARAGRAPHS` paragraphs.
pub const KIND_STORY_HEADLINE_WORDS: usize = 6;
pub const KIND_STORY_SLUG_WORDS: usize = 4;
pub const KIND_STORY_BODY_SHARE: f32 = 0.6;
pub const KIND_STORY_PARAGRAPHS: usize = 8;
/// A JSON-LD article type; `og:type` alone is worth a point less (some
/// publishing software gives it to every page).
pub const KIND_DECLARED_ARTICLE_POINTS: i32 = 2;
/// A URL under a section that holds stories (`/blog/`, `/news/`), or dated
/// (`/2024/03/`).
pub const KIND_STORY_SECTION_POINTS: i32 = 2;
pub const KIND_URL_DATE_POINTS: i32 = 3;
/// Points against: a URL under a section of threads, products, listings or
/// documentation; a last segment of at most one word (an id, a section name);
/// a home page's URL;
/// `KIND_MANY_HEADINGS` teaser-length headings outside the body;
/// `KIND_MANY_BYLINES` bylines outside it (each teaser's); a declared product
/// or thread; shop lines.
pub const KIND_OTHER_SECTION_POINTS: i32 = 3;
pub const KIND_BARE_SLUG_POINTS: i32 = 1;
pub const KIND_HOME_POINTS: i32 = 3;
pub const KIND_MANY_HEADINGS: usize = 10;
pub const KIND_MANY_HEADINGS_POINTS: i32 = 1;
pub const KIND_MANY_BYLINES: usize = 3;
pub const KIND_MANY_BYLINES_POINTS: i32 = 2;
pub const KIND_DECLARED_PRODUCT_POINTS: i32 = 3;
/// `KIND_SHOP_MARKS` shop lines (a price, a cart button) on the page: a shop's,
/// also where nothing declares a product (a text rendering).
pub const KIND_SHOP_MARKS_POINTS: i32 = 1;
pub const KIND_DECLARED_FORUM_POINTS: i32 = 3;
/// A page whose JSON-LD declares types but no article, and that shows neither
/// a byline nor a date: a site's static page (services, a guide).
pub const KIND_UNSIGNED_PAGE_POINTS: i32 = 2;
/// Points that make a story; a text rendering declares nothing and shows no
/// links, so there the points of a declared article are not to be had.
pub const KIND_STORY_POINTS: i32 = 3;
pub const KIND_TEXT_STORY_POINTS: i32 = 1;
/// A listing within this many points of a story keeps its byline (a story
/// whose body was found too small is called a listing, and its names are the
/// story's); below, the names are those of the stories it lists.
pub const KIND_BYLINE_KEPT_MARGIN: i32 = 1;
/// Teasers (short linked headings and items) of a listing page.
pub const KIND_MANY_TEASERS: usize = 10;
/// A page whose body is this little of its words lists other pages.
pub const KIND_LISTING_BODY_SHARE: f32 = 0.35;
pub const KIND_POST_MARKS: usize = 3;
pub const KIND_SHOP_MARKS: usize = 2;
/// Shop lines and teasers, this many of each: a price (or a cart button) for
/// each of many items, a shop's category page rather than one product.
pub const KIND_PRICED_ENTRIES: usize = 20;
/// Query keys (lower case) whose number names one item: WordPress's `?p=123`,
/// the `id`, `newsid`, `articleid` of other publishing software.
#[rustfmt::skip]
pub const QUERY_ITEM_KEYS: &[&str] = &[
    "p", "id", "newsid", "news_id", "articleid", "article_id", "storyid", "story_id", "postid",
    "post_id", "artikelid", "nid", "aid",
];
/// URL path segments (lower case, before the last) that name a site's section
/// of one kind of page, as common publishing, shop and forum software writes
/// them: WordPress and news sites (`/blog/`, `/news/`, `/category/`, `/tag/`),
/// shops (`/products/`, `/collections/`, Amazon's `/dp/`, eBay's `/itm/`),
/// forums (Discourse's `/t/`, XenForo's `/threads/`, Stack Exchange's
/// `/questions/`, Reddit's `/comments/`) and documentation sites. Sections of
/// stories are named in the languages of the date vocabularies too (news,
/// press releases, articles). A host's first label is read as a section of
/// its kind (`docs.`, `developer.` portals, `forum.`, `community.`, `store.`).
#[rustfmt::skip]
pub const STORY_URL_SECTIONS: &[&str] = &[
    "blog", "blogs", "news", "article", "articles", "post", "posts", "story", "stories",
    "nachrichten", "aktuelles", "aktuell", "meldungen", "meldung", "presse",
    "pressemitteilungen", "pressemitteilung", "artikel", "beitrag", "beitraege",
    "actualites", "actualite", "noticias", "noticia", "notizie", "nieuws", "nyheter",
    "wiadomosci", "artykuly", "artykul", "novosti", "noticies",
];
#[rustfmt::skip]
pub const FORUM_URL_SECTIONS: &[&str] = &[
    "threads", "thread", "t", "topic", "topics", "questions", "forum", "forums", "community",
    "comments", "discussion", "discussions", "viewtopic",
];
#[rustfmt::skip]
pub const PRODUCT_URL_SECTIONS: &[&str] = &["products", "product", "dp", "itm", "shop", "store"];
#[rustfmt::skip]
pub const LISTING_URL_SECTIONS: &[&str] = &[
    "collections", "collection", "category", "categories", "cat", "c", "tag", "tags", "search",
    "browse", "list", "subcategory",
];
#[rustfmt::skip]
pub const OTHER_URL_SECTIONS: &[&str] = &[
    "docs", "doc", "documentation", "api", "guide", "help", "support", "wiki", "services",
    "solutions", "manual", "reference", "developer",
];
/// The most words of a line that only stamps an entry (its date, its byline).
pub const KIND_STAMP_WORDS: usize = 12;

/// The share of words two wordings of one headline have in common, each way.
pub const SAME_HEADLINE_OVERLAP: f32 = 0.5;
/// A shown headline this short (letters and digits) is not matched inside a title.
pub const HEADLINE_MIN_CHARS: usize = 8;
/// The most words of a kicker a shown headline may put before the declared one.
pub const HEADLINE_MAX_KICKER_WORDS: usize = 4;

/// The most words of a short line a text region keeps between its paragraphs (a
/// subheading, a question, a remark).
pub const SHORT_LINE_WORDS: usize = 20;

/// A body with fewer words than this is asked for a second opinion: the page's
/// main element's whole text (`body::main_element_text`).
pub const SMALL_BODY_WORDS: usize = 50;
/// The main element's text replaces a small body when it holds this many times
/// its words,
pub const MAIN_ELEMENT_GAIN: f32 = 3.0;
/// and at least this many words,
pub const MAIN_ELEMENT_MIN_WORDS: usize = 80;
/// and this many words a block on average (teasers and paragraphs, not menus).
pub const MAIN_ELEMENT_BLOCK_WORDS: f32 = 5.0;
/// The least share of distinct words among the main element's words (a link
/// farm repeats one line with a number changed).
pub const MAIN_ELEMENT_DISTINCT_WORDS: f32 = 0.02;
/// Furniture labels (`boilerplate` passes) of what a listing's own text is made
/// of: its linked items, labels repeated on every teaser, the teasers' dates and
/// "Read more" headings.
pub const LISTED_FURNITURE: &[&str] = &[
    "link list",
    "repeated",
    "entry stamp",
    "story list",
    "read more",
    "link reference",
];

// The body region (`body`): block weights, region growth, the second opinion.

/// What a paragraph with no prose next to it (a caption, a teaser between a
/// title and a name) counts for, as a share of its weight.
pub const ISOLATED_PROSE_WEIGHT: f32 = 0.3;
/// What the article's own recurring furniture costs a region spanning it.
pub const RECURRING_FURNITURE: f32 = -1.0;
/// Link lists inside the article element it shows at least, for them to be its
/// recurring furniture.
pub const MIN_RECURRING_LISTS: usize = 3;
/// Lines opening an entry of a thread ("Jo says:") a page shows at least, for
/// them to separate entries.
pub const MIN_THREAD_ENTRIES: usize = 2;
/// The least weight of an item of a list a sentence introduces.
pub const INTRODUCED_ITEM: f32 = 0.5;
/// Words a line introducing what follows has at most.
pub const INTRODUCING_LINE_WORDS: usize = 12;
/// Lines dating or signing a story one page holds at most.
pub const MAX_LEAD_LINES: usize = 2;
/// Prose with inline links up to this density is still text (a digest of linked
/// stories, a post citing its sources).
pub const PROSE_LINKS: f32 = 0.75;
/// What a word of a short line of running text inside an element (a table
/// cell, a list item) adds to the region.
pub const SHORT_TEXT_WEIGHT: f32 = 0.8;
/// What a word of a linked line (a title of another story, a menu) costs the
/// region.
pub const LINKED_LINE_PENALTY: f32 = 0.6;
/// What prose outside the page's article element counts for, as a share of its
/// weight.
pub const OUTSIDE_ARTICLE_WEIGHT: f32 = 0.2;

// Region growth (`grow_up`).
/// The least net weight an extension of the region must add.
pub const GROW_MIN_GAIN: f32 = 5.0;
/// The most furniture weight a growing region crosses before it stops looking.
pub const GROW_MAX_COST: f32 = 60.0;
/// What a short line outside the element costs a growing region: this much,
pub const GROW_SHORT_COST: f32 = 2.0;
/// and this much a word.
pub const GROW_WORD_COST: f32 = 0.3;

// The second opinion (`second_opinion`).
/// The element's region is asked for a second opinion when it holds less than this
/// share of the page's prose weight.
pub const SECOND_OPINION_WHEN_BELOW: f32 = 0.7;
/// The whole-page span replaces it when it holds this many times its prose weight,
pub const SECOND_OPINION_GAIN: f32 = 1.25;
/// and its net weight grows by at least this share of the prose weight it adds.
pub const SECOND_OPINION_NET_SHARE: f32 = 0.3;
/// A whole-page span apart from the element's region replaces it when it holds
/// this many times its prose weight and its net weight.
pub const SECOND_OPINION_ELSEWHERE: f32 = 3.0;

// The element regions (`element_region`, `thread_region`).
/// The share of a thread page's prose weight its region holds.
pub const THREAD_SHARE: f32 = 0.8;
/// How much of the heaviest element's weight a tighter element must keep.
pub const ELEMENT_SHARE: f32 = 0.9;
