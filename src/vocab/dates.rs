//! Dates: month names, date labels, the years and rules a publication date keeps to.

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

/// A declared publication date the page shows nowhere, at most this many days
/// off the date shown under the headline, gives way to the shown one.
pub const DECLARED_OFF_SHOWN_DAYS: i64 = 14;
