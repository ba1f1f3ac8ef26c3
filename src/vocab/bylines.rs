//! Who wrote it: byline prefixes, roles, agencies and credits, organisations,
//! words that are no names.

use super::*;

/// Openers of a byline.
/// The word before the author's name inside a dateline ("Posted on 3 May 2024
/// by Jo Bloggs", "Veröffentlicht am 17. Dezember 2019 von Simon Dückert").
/// Words in a class or id that mark a byline element, anywhere in the value
/// ("article-byline", "post-author", "autorBox").
pub const BYLINE_CLASS_WORDS: &[&str] = &["byline", "author", "autor", "auteur", "writtenby"];

/// Words in a class or id that make a byline-marked element something else:
/// the author's picture, bio, follow buttons, other stories by them.
pub const NOT_BYLINE_CLASS_WORDS: &[&str] = &[
    "avatar", "image", "img", "photo", "thumb", "bio", "about", "social", "follow", "share",
    "comment", "more", "related", "recirc", "widget", "tab", "email", "twitter", "facebook",
    "authoris", "authoriz", "autoris", "autoriz",
];

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

/// What a piece is before the "by" of its author in an HTML byline
/// ("Analysis by", "Words by", "Compiled by"), lowercase.
#[rustfmt::skip]
pub const BYLINE_PIECES_BY: &[&str] = &[
    "analysis", "opinion", "commentary", "review", "story", "words", "text", "report",
    "reporting", "interview", "column", "essay", "photo", "photos", "video", "compiled",
    "posted", "published", "written",
];

/// Labels before a colon and the author's name in an HTML byline ("Texto:",
/// "Autorin:", "Auteur :"), lowercase.
#[rustfmt::skip]
pub const BYLINE_LABELS: &[&str] = &[
    "текст", "texto", "testo", "tekst", "autor", "autora", "autorin", "auteur", "auteure",
    "author", "by", "interview", "entrevista", "intervista",
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
pub(super) fn ends_like_domain(text: &str) -> bool {
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
