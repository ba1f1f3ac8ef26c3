//! `page_meta`: metadata from HTML pages, on small inline pages and on the
//! Readability.js test pages (../shared/bench or $NEWSCLIP_BENCH; a missing corpus
//! fails the test, it never skips it).

use newsclip::html::meta::{PageMeta, normalize_date, normalize_lang, page_meta};
use std::path::{Path, PathBuf};

fn meta(html: &str) -> PageMeta {
    page_meta(&newsclip::html::dom::Dom::parse(html))
}

fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>")
}

fn ld(json: &str) -> String {
    format!(r#"<script type="application/ld+json">{json}</script>"#)
}

#[test]
fn json_ld_graph_with_references() {
    let html = page(
        &ld(r#"{
          "@context": "https://schema.org",
          "@graph": [
            {"@type": "WebSite", "@id": "https://ex.com/#site", "name": "Example Daily"},
            {"@type": "Organization", "@id": "https://ex.com/#org", "name": "Example Media Group"},
            {"@type": "Person", "@id": "https://ex.com/#/person/1", "name": "Maria Lopez"},
            {"@type": "WebPage", "@id": "https://ex.com/a", "name": "Page name | Example Daily"},
            {"@type": ["NewsArticle", "Article"],
             "headline": "Council approves the new bridge",
             "author": {"@id": "https://ex.com/#/person/1"},
             "publisher": {"@id": "https://ex.com/#org"},
             "datePublished": "2024-03-05T14:20:00+01:00",
             "dateModified": "2024-03-06T09:00:00+01:00",
             "articleSection": ["Local", "Transport"],
             "inLanguage": "es-ES",
             "mainEntityOfPage": "https://ex.com/a",
             "articleBody": "<p>First paragraph.</p><p>Second paragraph.</p>"}
          ]
        }"#),
        "",
    );
    let m = meta(&html);
    assert_eq!(
        m.headline.as_deref(),
        Some("Council approves the new bridge")
    );
    assert_eq!(m.authors, ["Maria Lopez"]);
    assert_eq!(m.byline.as_deref(), Some("Maria Lopez"));
    assert_eq!(m.published.as_deref(), Some("2024-03-05T14:20:00+01:00"));
    assert_eq!(m.modified.as_deref(), Some("2024-03-06T09:00:00+01:00"));
    assert_eq!(m.section.as_deref(), Some("Local"));
    assert_eq!(m.lang.as_deref(), Some("es"));
    assert_eq!(m.url.as_deref(), Some("https://ex.com/a"));
    assert_eq!(
        m.article_body.as_deref(),
        Some("First paragraph.\n\nSecond paragraph.")
    );
    // the publisher is a corporate parent, but nothing better is said
    assert_eq!(m.site_name.as_deref(), Some("Example Media Group"));
}

#[test]
fn json_ld_top_level_array_and_type_array() {
    let html = page(
        &ld(r#"[
          {"@type": "BreadcrumbList", "itemListElement": []},
          {"@type": ["ReportageNewsArticle"], "headline": "Floods reach the capital",
           "datePublished": "2019-11-19T10:31:00+00:00", "dateModified": "2019-11-20T08:00:00+00:00",
           "publisher": {"@type": "NewsMediaOrganization", "name": "The Herald"}}
        ]"#),
        "",
    );
    let m = meta(&html);
    assert_eq!(m.headline.as_deref(), Some("Floods reach the capital"));
    // datePublished wins over dateModified, and stays as written
    assert_eq!(m.published.as_deref(), Some("2019-11-19T10:31:00+00:00"));
    assert_eq!(m.site_name.as_deref(), Some("The Herald"));
}

#[test]
fn author_array_with_person_and_organization() {
    let html = page(
        &ld(
            r#"{"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Markets rally after rate decision",
          "author": [
            {"@type": "Person", "name": "Stella Kim"},
            "Jennifer Jett",
            {"@type": "Organization", "name": "Reuters"},
            {"@type": "Person", "name": "Stella Kim"}
          ]}"#,
        ),
        "",
    );
    let m = meta(&html);
    assert_eq!(m.authors, ["Stella Kim", "Jennifer Jett"]);
    assert_eq!(m.byline.as_deref(), Some("Stella Kim, Jennifer Jett"));
    assert_eq!(m.credit.as_deref(), Some("Reuters"));
}

#[test]
fn organisation_only_author_is_a_credit() {
    let html = page(
        &ld(r#"{"@type": "Article", "name": "New Zealand",
          "author": {"@type": "Organization", "name": "Contributors to Wikimedia projects"}}"#),
        "",
    );
    let m = meta(&html);
    assert!(m.authors.is_empty());
    assert_eq!(
        m.credit.as_deref(),
        Some("Contributors to Wikimedia projects")
    );
    assert_eq!(
        m.byline.as_deref(),
        Some("Contributors to Wikimedia projects")
    );
}

#[test]
fn invalid_json_ld_is_repaired() {
    // HTML comment around it, a raw newline inside a string, trailing commas
    let html = page(
        &ld(
            "<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Storm hits\nthe coast\",\n \"author\": [{\"@type\": \"Person\", \"name\": \"Ann Lee\",},],\n}\n-->",
        ),
        "",
    );
    let m = meta(&html);
    assert_eq!(m.headline.as_deref(), Some("Storm hits the coast"));
    assert_eq!(m.authors, ["Ann Lee"]);
}

#[test]
fn broken_json_ld_does_not_panic() {
    let broken = [
        r#"{"@type": "NewsArticle", "headline": "Unclosed"#,
        r#"{ & #34;@context&# 34;: & #34;https://schema.org&# 34; }"#,
        "]]]]}}}}",
        r#"{"@type": "NewsArticle", "headline": "\ud800 bad surrogate", "author": {"name": ["x", {"y": 1}]}}"#,
        r#"{"@graph": {"@graph": {"@graph": [[[[[[[[[[{"@type": "Article"}]]]]]]]]]]}}}"#,
        "",
        "\u{0}\u{1}",
    ];
    for json in broken {
        let html = page(
            &format!(
                "{}<meta property=\"og:title\" content=\"Fallback title\">",
                ld(json)
            ),
            "",
        );
        let m = meta(&html);
        assert!(m.headline.is_some(), "{json}");
    }
    assert!(newsclip::html::meta::parse_json_lenient("{,,}").is_empty());
}

#[test]
fn og_title_site_suffix_stripped() {
    let html = page(
        r#"<meta property="og:title" content="Big News Today | The Daily Site">
           <meta property="og:site_name" content="The Daily Site">
           <title>Big News Today | The Daily Site</title>"#,
        "",
    );
    assert_eq!(meta(&html).headline.as_deref(), Some("Big News Today"));
    // the site only known from the canonical address
    let html = page(
        r#"<meta property="og:title" content="Wildfires spread north - Examplepost">
           <link rel="canonical" href="https://www.examplepost.com/news/1">"#,
        "",
    );
    let m = meta(&html);
    assert_eq!(m.headline.as_deref(), Some("Wildfires spread north"));
    assert_eq!(m.url.as_deref(), Some("https://www.examplepost.com/news/1"));
}

#[test]
fn title_separators_and_section_prefixes() {
    let cases = [
        ("Opinion | Why the bridge matters", "Why the bridge matters"),
        (
            "Politics: Senate passes the budget bill",
            "Senate passes the budget bill",
        ),
        (
            "Lorem ipsum dolor sit amet – My website",
            "Lorem ipsum dolor sit amet",
        ),
        (
            "Xbox One X review: A console that keeps up with gaming PCs",
            "Xbox One X review: A console that keeps up with gaming PCs",
        ),
        (
            "Google - Site Reliability Engineering",
            "Google - Site Reliability Engineering",
        ),
        (
            "Minecraft 1.8 - The Bountiful Update",
            "Minecraft 1.8 - The Bountiful Update",
        ),
        (
            "Laufen im Winter: Von bäh zu yeah in 12 Monaten › Nordish by Nature",
            "Laufen im Winter: Von bäh zu yeah in 12 Monaten",
        ),
    ];
    for (title, want) in cases {
        let html = page(&format!("<title>{title}</title>"), "");
        assert_eq!(meta(&html).headline.as_deref(), Some(want), "{title}");
    }
    // " :: Site", " » Site", author after the headline
    let html = page(
        r#"<meta property="og:title" content="Bridge opens :: Example News">
           <meta property="og:site_name" content="Example News">"#,
        "",
    );
    assert_eq!(meta(&html).headline.as_deref(), Some("Bridge opens"));
    let html = page(
        r#"<title>Whales strand on the beach | Eleanor Roy | Environment | The Guardian</title>
           <meta name="author" content="Eleanor Roy">
           <meta property="article:section" content="Environment">
           <meta property="og:site_name" content="the Guardian">"#,
        "",
    );
    assert_eq!(
        meta(&html).headline.as_deref(),
        Some("Whales strand on the beach")
    );
}

#[test]
fn meta_author_with_two_people() {
    let html = page(
        r#"<meta name="author" content="By Jane Doe and John Smith"><title>A story about things</title>"#,
        "",
    );
    let m = meta(&html);
    assert_eq!(m.authors, ["Jane Doe", "John Smith"]);
    assert_eq!(m.byline.as_deref(), Some("Jane Doe and John Smith"));
}

#[test]
fn a_thread_declared_by_microdata_is_a_forum_page() {
    let html = page(
        "<title>Stuck on starting</title>",
        "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><h1>Stuck on starting</h1>\
         <div itemprop='comment' itemscope itemtype='http://schema.org/Comment'><p>Same here.</p></div></div>",
    );
    assert_eq!(
        meta(&html).declared_kind,
        Some(newsclip::record::PageKind::Forum)
    );
    let html = page(
        "<title>A story</title>",
        "<div itemscope itemtype='https://schema.org/Person'>Jo</div>",
    );
    assert_eq!(meta(&html).declared_kind, None);
    // the questions of an FAQ are no thread, in microdata or JSON-LD
    let faq = "<div itemscope itemtype='https://schema.org/FAQPage'>\
               <div itemscope itemprop='mainEntity' itemtype='https://schema.org/Question'>\
               <h3 itemprop='name'>How long does a move take?</h3></div></div>";
    assert_eq!(
        meta(&page("<title>Movers</title>", faq)).declared_kind,
        None
    );
    let faq = ld(
        r#"{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "How long does a move take?"}]}"#,
    );
    assert_eq!(meta(&page(&faq, "<h1>Movers</h1>")).declared_kind, None);
    let question =
        ld(r#"{"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "Why?"}}"#);
    assert_eq!(
        meta(&page(&question, "<h1>Why?</h1>")).declared_kind,
        Some(newsclip::record::PageKind::Forum)
    );
}

#[test]
fn a_declared_page_type_without_an_article_is_read_as_a_static_page() {
    let webpage = r#"{"@graph": [{"@type": "WebPage", "name": "Our services"}, {"@type": "BreadcrumbList"}]}"#;
    let m = meta(&page(&ld(webpage), "<h1>Our services</h1><p>We help.</p>"));
    assert!(m.typed_not_article);
    assert!(!m.shows_date);
    // a post declares its article beside its page
    let post = r#"{"@graph": [{"@type": "WebPage"}, {"@type": "BlogPosting", "headline": "Why we moved"}]}"#;
    assert!(!meta(&page(&ld(post), "<h1>Why we moved</h1>")).typed_not_article);
    // breadcrumbs or an organisation alone declare nothing of the page
    let crumbs =
        r#"{"@graph": [{"@type": "BreadcrumbList"}, {"@type": "Organization", "name": "Ex"}]}"#;
    assert!(!meta(&page(&ld(crumbs), "<h1>Ex</h1>")).typed_not_article);
    // a date shown next to the headline
    let dated = meta(&page(
        &ld(webpage),
        "<h1>Our services</h1><time datetime='2024-03-05'>5 March 2024</time><p>We help.</p>",
    ));
    assert!(dated.shows_date);
}

#[test]
fn products_on_a_declared_collection_page_make_a_listing() {
    let product = r#"{"@type": "Product", "name": "Wool Runner", "offers": {"@type": "Offer", "price": "98"}}"#;
    let html = page(&ld(product), "<h1>Wool Runner</h1>");
    assert_eq!(
        meta(&html).declared_kind,
        Some(newsclip::record::PageKind::Product)
    );
    let html = page(
        &ld(&format!(
            r#"{{"@graph": [{{"@type": "CollectionPage", "name": "Shoes"}}, {product}]}}"#
        )),
        "<h1>Shoes</h1>",
    );
    assert_eq!(
        meta(&html).declared_kind,
        Some(newsclip::record::PageKind::Listing)
    );
}

#[test]
fn byline_cleaning() {
    let cases: [(&str, &str, &[&str]); 6] = [
        ("By JANE DOE, Staff Writer", "JANE DOE", &["Jane Doe"]),
        (
            "Bradley M. Kuhn (http://ebb.org/bkuhn/)",
            "Bradley M. Kuhn",
            &["Bradley M. Kuhn"],
        ),
        (
            "Anna Smith <anna@example.com>",
            "Anna Smith",
            &["Anna Smith"],
        ),
        (
            "A. Jones & B. Brown | March 3, 2024",
            "A. Jones & B. Brown",
            &["A. Jones", "B. Brown"],
        ),
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            &["Martin Untersinger", "Damien Leloup", "Morgane Tual"],
        ),
        (
            "Jong, Michiel de",
            "Jong, Michiel de",
            &["Jong, Michiel de"],
        ),
    ];
    for (raw, byline, authors) in cases {
        let html = page(
            &format!(
                r#"<meta name="author" content="{}">"#,
                raw.replace('<', "&lt;").replace('>', "&gt;")
            ),
            "",
        );
        let m = meta(&html);
        assert_eq!(m.byline.as_deref(), Some(byline), "{raw}");
        assert_eq!(m.authors, authors, "{raw}");
    }
    // an agency named after the person goes to the credit
    let html = page(r#"<meta name="author" content="Sandee LaMotte, CNN">"#, "");
    let m = meta(&html);
    assert_eq!(m.byline.as_deref(), Some("Sandee LaMotte"));
    assert_eq!(m.credit.as_deref(), Some("CNN"));
}

#[test]
fn handles_and_urls_are_not_authors() {
    let html = page(
        r#"<meta property="article:author" content="https://www.facebook.com/someone">
           <meta name="twitter:creator" content="@someone">
           <title>Nothing to see here today</title>"#,
        "",
    );
    let m = meta(&html);
    assert_eq!(m.byline, None);
    assert!(m.authors.is_empty());
    // a twitter:creator that is a name is the last resort
    let html = page(
        r#"<meta name="twitter:creator" content="Ada Lovelace">"#,
        "",
    );
    assert_eq!(meta(&html).authors, ["Ada Lovelace"]);
}

#[test]
fn declared_user_names_are_authors_when_shown() {
    // a blog's rel=author link shows the login it declares
    let html = page(
        "<title>Nebel im Tal</title>",
        r#"<p class="byline">von <a href="/author/eseppelt" rel="author">eseppelt</a></p>"#,
    );
    assert_eq!(meta(&html).authors, ["eseppelt"]);
    let html = page(
        r#"<meta name="author" content="freeman1984">"#,
        r#"<span class="author">freeman1984</span>"#,
    );
    assert_eq!(meta(&html).authors, ["freeman1984"]);
    // in metadata alone, a login is not shown to anyone: not an author
    let html = page(
        &ld(r#"{"@type": "BlogPosting", "author": {"name": "brandon-peaktwo"}}"#),
        "",
    );
    assert!(meta(&html).authors.is_empty());
    // nor is a generated id, a placeholder or a capitalised word in a plain line
    for name in ["mdelatorreq6vkpg2ma0ci", "undefined", "admin"] {
        let html = page(
            "",
            &format!(r#"<a href="/u/{name}" rel="author">{name}</a>"#),
        );
        assert!(meta(&html).authors.is_empty(), "{name}");
    }
}

#[test]
fn twitter_card_written_by() {
    let html = page(
        r#"<meta name="twitter:label1" content="Verfasst von">
           <meta name="twitter:data1" content="Karoline Herr">
           <meta name="twitter:label2" content="Geschätzte Lesezeit">
           <meta name="twitter:data2" content="3 Minuten">"#,
        "",
    );
    assert_eq!(meta(&html).authors, ["Karoline Herr"]);
    // another label's data is no author
    let html = page(
        r#"<meta name="twitter:label1" content="Est. reading time">
           <meta name="twitter:data1" content="Five Minutes">"#,
        "",
    );
    assert!(meta(&html).authors.is_empty());
}

#[test]
fn microdata_and_rel_author() {
    let html = page(
        "<title>x</title>",
        r#"<article><span itemprop="author" itemscope itemtype="http://schema.org/Person">
             <a href="/a"><span itemprop="name">Nicolas Perriault</span></a></span>
             <time itemprop="datePublished" datetime="2013-09-29">Sep 29</time></article>"#,
    );
    let m = meta(&html);
    assert_eq!(m.authors, ["Nicolas Perriault"]);
    assert_eq!(m.published.as_deref(), Some("2013-09-29"));
    let html = page(
        "",
        r#"<p class="meta">Posted by <a href="/author/nm" rel="author">Nikhil Marathe</a>
           and <a href="/author/jd" rel="author">Jane Doe</a></p>"#,
    );
    assert_eq!(meta(&html).authors, ["Nikhil Marathe", "Jane Doe"]);
}

#[test]
fn the_site_between_two_separators_ends_the_title() {
    let titled = |title: &str| {
        meta(&page(
            &format!(
                "<title>{title}</title><meta property=\"og:url\" content=\"https://www.petri-heil.ch/de/a--1\">"
            ),
            "",
        ))
        .headline
    };
    // the site's address as its name, then its slogan
    assert_eq!(
        titled("Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin")
            .as_deref(),
        Some("Bielersee-Winterhechte")
    );
    // a segment that is not the site stays
    assert_eq!(
        titled("Winterhechte | Bielersee | Die Saison beginnt im Dezember am See").as_deref(),
        Some("Winterhechte | Bielersee | Die Saison beginnt im Dezember am See")
    );
}

#[test]
fn a_newsroom_signing_alone_is_the_author_when_shown() {
    // the desk the page shows as its byline is the author; an agency stays a credit
    let signed = |name: &str, shown: &str| {
        page(
            &ld(&format!(
                r#"{{"@type": "NewsArticle", "headline": "Pool opens",
                  "author": {{"@type": "Person", "name": "{name}"}}}}"#
            )),
            &format!("<article><h1>Pool opens</h1><span>{shown}</span><p>Text.</p></article>"),
        )
    };
    for desk in ["Redaktion", "PETA-Team", "Great Day Editorial Team"] {
        let m = meta(&signed(desk, desk));
        assert_eq!(m.authors, [desk], "{desk}");
        assert_eq!(m.credit, None, "{desk}");
    }
    let m = meta(&signed("Redaktion mit dpa", "Redaktion mit dpa"));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
    // a team named only in the markup may be the site's department
    let m = meta(&signed("Enrollment Team", "Apply now"));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
    assert_eq!(m.credit.as_deref(), Some("Enrollment Team"));
}

#[test]
fn the_articles_own_aside_holds_its_byline_the_pages_footer_does_not() {
    let html = page(
        "",
        r#"<article><header><h1>Sie wissen nicht, was sie tun</h1></header>
           <aside class="meta"><p class="authors">Von:<br><i><a href="/autor/mpf"
           class="author-name">Moritz Pieczewski-Freimuth</a></i></p></aside>
           <p>Text.</p></article>"#,
    );
    assert_eq!(meta(&html).authors, ["Moritz Pieczewski-Freimuth"]);
    // the same outside the article: a sidebar
    let html = page(
        "",
        r#"<article><h1>Headline</h1><p>Text.</p></article>
           <aside><p class="author">Von: Moritz Pieczewski-Freimuth</p></aside>"#,
    );
    assert!(meta(&html).authors.is_empty());
    // the page footer's credit to its designers, marked up as a creator
    let html = page(
        "",
        r#"<article><h1>Private Music Lessons</h1><p>Text.</p></article>
           <footer><p itemscope itemtype="http://schema.org/CreativeWork"><a href="/">
           <span itemprop="description">Site designed and developed</span> by
           <span itemprop="creator">Social Ink</span></a></p></footer>"#,
    );
    assert!(meta(&html).authors.is_empty(), "{:?}", meta(&html).authors);
    // the article's own footer still signs it
    let html = page(
        "",
        r#"<article><h1>Headline</h1><p>Text.</p><footer><span itemprop="author">Jane Doe</span></footer></article>"#,
    );
    assert_eq!(meta(&html).authors, ["Jane Doe"]);
}

#[test]
fn declared_organisation_leaves_the_people_of_the_byline() {
    // metadata names only the site's organisation; the byline names the writer
    let html = page(
        &ld(
            r#"{"@type": "NewsArticle", "headline": "Buses for the campaign",
          "author": {"@type": "Organization", "name": "El Colombiano"}}"#,
        ),
        r#"<div class="autor"><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>"#,
    );
    let m = meta(&html);
    assert_eq!(m.authors, ["Jacobo Betancur Peláez"]);
    assert_eq!(m.credit.as_deref(), Some("El Colombiano"));
    // a blog's owner typed both Person and Organization is a person
    let html = page(
        &ld(r#"{"@type": "BlogPosting", "headline": "Fifteen years",
          "author": {"@type": ["Person", "Organization"], "name": "Andreas Kalt"}}"#),
        "",
    );
    assert_eq!(meta(&html).authors, ["Andreas Kalt"]);
    // a blog named after its writer: the declared Person is its author, an
    // untyped name of the site is its credit
    let blog = |author: &str| {
        page(
            &format!(
                "<link rel=\"canonical\" href=\"https://www.bennadel.com/blog/kata.htm\">{}",
                ld(&format!(
                    r#"{{"@type": "BlogPosting", "headline": "Code kata", "author": {author}}}"#
                ))
            ),
            "",
        )
    };
    let m = meta(&blog(r#"{"@type": "Person", "name": "Ben Nadel"}"#));
    assert_eq!(m.authors, ["Ben Nadel"]);
    let m = meta(&blog(r#""Ben Nadel""#));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
    assert_eq!(m.credit.as_deref(), Some("Ben Nadel"));
    // entities encoded twice
    let html = page(
        "<meta name=\"author\" content=\"Camila M&amp;eacute;ndez\">",
        "",
    );
    assert_eq!(meta(&html).authors, ["Camila Méndez"]);
    // an author link's "all posts by"
    for text in [
        "Zeige alle Beiträge von Petra Ruland",
        "View all posts by Petra Ruland",
        "Voir tous les articles de Petra Ruland",
    ] {
        let html = page(
            "",
            &format!(r#"<p><a rel="author" href="/a/pr">{text}</a></p>"#),
        );
        assert_eq!(meta(&html).authors, ["Petra Ruland"], "{text}");
    }
    // an element about authorization is no byline
    let html = page(
        "",
        r#"<h3 id="authorization">Authorization Forms</h3><ul><li>Form A</li></ul>"#,
    );
    assert!(meta(&html).authors.is_empty());
}

#[test]
fn a_site_named_after_its_writer_is_written_by_a_person() {
    // the site's name is the author's and a descriptor
    let m = meta(&page(
        "<meta name=\"author\" content=\"Kyle Howells\">\
         <meta property=\"og:site_name\" content=\"Kyle Howells Blog\">",
        "<h1>Headline</h1>",
    ));
    assert_eq!(m.authors, vec!["Kyle Howells"]);
    assert_eq!(m.credit, None);
    // "von Heiko" on heiko-adams.de, in an hCard
    let m = meta(&page(
        "<meta property=\"og:url\" content=\"http://www.heiko-adams.de/laufen/\">",
        "<div class=\"entry-meta\"><span class=\"byline\"> von <span class=\"author vcard\">\
         <a class=\"url fn n\" href=\"/author/heiko/\">Heiko</a></span></span></div><h1>Headline</h1><p>Text.</p>",
    ));
    assert_eq!(m.authors, vec!["Heiko"]);
    // but one word that begins the site's name stays the credit
    let m = meta(&page(
        "<meta name=\"author\" content=\"BuzzFeed\">\
         <meta property=\"og:site_name\" content=\"BuzzFeed News\">",
        "<h1>Headline</h1>",
    ));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
}

#[test]
fn a_byline_shown_wins_over_the_site_declared_as_its_author() {
    let head = "<meta name=\"author\" content=\"Usa Today\">\
                <meta property=\"og:site_name\" content=\"USA TODAY\">";
    let m = meta(&page(
        head,
        "<h1>Headline</h1><div class=\"byline\">By Brian Truitt</div><p>Text.</p>",
    ));
    assert_eq!(m.authors, vec!["Brian Truitt"]);
    // with no byline shown, the declared name stays
    let m = meta(&page(head, "<h1>Headline</h1><p>Text.</p>"));
    assert_eq!(m.authors, vec!["Usa Today"]);
}

#[test]
fn an_hcard_author_names_the_writer() {
    // a blog theme's "author vcard": a one-word user name is the author's
    let m = meta(&page(
        "",
        "<header><div class=\"entry-meta\"><span class=\"byline\"><span class=\"author vcard\">\
         <a class=\"url fn n\" href=\"/author/tlow/\">tlow</a></span></span></div><h1>Headline</h1></header><p>Text.</p>",
    ));
    assert_eq!(m.authors, vec!["tlow"]);
    // not a sentence, nor a comment's author
    let m = meta(&page(
        "",
        "<h1>Headline</h1><p>Text.</p><div class=\"comment-author vcard\"><cite class=\"fn\">jdoe</cite></div>\
         <span class=\"author vcard\">Read more about the people who write for this site</span>",
    ));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
}

#[test]
fn visible_byline_is_the_last_resort() {
    let html = page(
        "",
        r#"<div class="story-byline">By <b>Nathan Willis</b><br>March 25, 2015</div>"#,
    );
    let m = meta(&html);
    assert_eq!(m.authors, ["Nathan Willis"]);
    assert_eq!(m.byline.as_deref(), Some("Nathan Willis"));
}

#[test]
fn languages() {
    let html =
        r#"<html lang="en-US"><head><meta property="og:locale" content="fr_FR"></head></html>"#;
    assert_eq!(meta(html).lang.as_deref(), Some("en"));
    let html = page(r#"<meta property="og:locale" content="pt_BR">"#, "");
    assert_eq!(meta(&html).lang.as_deref(), Some("pt"));
    assert_eq!(normalize_lang("zh-Hant-TW").as_deref(), Some("zh"));
    assert_eq!(normalize_lang("deu").as_deref(), Some("de"));
    assert_eq!(normalize_lang("x-default"), None);
    assert_eq!(normalize_lang(""), None);
}

#[test]
fn dates() {
    let html = page(
        r#"<meta property="article:published_time" content="2015-07-10 09:53:00 -0400">
           <meta property="article:modified_time" content="2015-07-11 13:38:15 -0400">"#,
        "",
    );
    let m = meta(&html);
    assert_eq!(m.published.as_deref(), Some("2015-07-10T09:53:00-04:00"));
    assert_eq!(m.modified.as_deref(), Some("2015-07-11T13:38:15-04:00"));

    let cases = [
        (
            "2019-11-19T10:31:00+00:00",
            Some("2019-11-19T10:31:00+00:00"),
        ),
        ("2019-11-19T10:31:00.123Z", Some("2019-11-19T10:31:00.123Z")),
        ("2017-11-16T14:15+0000", Some("2017-11-16T14:15:00+00:00")),
        ("20191119", Some("2019-11-19")),
        ("20170113033838", Some("2017-01-13T03:38:38")),
        (
            "Tue, 19 Nov 2019 10:31:00 +0000",
            Some("2019-11-19T10:31:00+00:00"),
        ),
        ("19 Nov 2019 10:31:00 GMT", Some("2019-11-19T10:31:00Z")),
        ("Fri Mar 13 21:30:09 EST 2015", Some("2015-03-13T21:30:09")),
        ("March 3, 2024", Some("2024-03-03")),
        ("05/29/2007 09:49:00", Some("2007-05-29T09:49:00")),
        ("2024-02-30", Some("2024-02-30")),
        ("2024-13-01", None),
        ("PDT08:05:41-07:00", None),
        ("comment_date", None),
        ("", None),
    ];
    for (raw, want) in cases {
        assert_eq!(normalize_date(raw).as_deref(), want, "{raw}");
    }
}

#[test]
fn empty_and_odd_documents() {
    for html in [
        "",
        "<html></html>",
        "<title></title>",
        "<meta name=author content='   '>",
        "<svg><title>Icon</title></svg>",
        "<html lang='?'><meta property='og:title' content=' | '></html>",
    ] {
        let m = meta(html);
        assert!(m.authors.is_empty(), "{html}");
    }
}

// ---------------------------------------------------------------------------
// the Readability.js pages

fn bench_root() -> PathBuf {
    std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn readability_pages_agreement() {
    let dir = bench_root().join("readability-pages");
    assert!(
        dir.is_dir(),
        "benchmark corpus missing: {} (set NEWSCLIP_BENCH to the shared/bench folder)",
        dir.display()
    );
    let (mut titles, mut titles_ok, mut bylines, mut bylines_ok) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    folders.sort();
    for folder in &folders {
        let bytes = std::fs::read(folder.join("source.html")).unwrap();
        let expected: serde_json::Value =
            serde_json::from_slice(&std::fs::read(folder.join("expected-metadata.json")).unwrap())
                .unwrap();
        let html = newsclip::input::decode::decode(&bytes, None).unwrap();
        let m = page_meta(&newsclip::html::dom::Dom::parse(&html));
        if let Some(want) = expected["title"].as_str() {
            titles += 1;
            let got = m.headline.as_deref().unwrap_or("");
            if ws(want) == ws(got) {
                titles_ok += 1;
            } else {
                misses.push(format!("{}: headline {want:?} ≠ {got:?}", folder.display()));
            }
        }
        if let Some(want) = expected["byline"].as_str().filter(|b| !b.trim().is_empty()) {
            bylines += 1;
            let norm = |s: &str| {
                let s = ws(s).to_lowercase();
                s.strip_prefix("by ").map(str::to_string).unwrap_or(s)
            };
            let (w, g) = (norm(want), norm(m.byline.as_deref().unwrap_or("")));
            if !g.is_empty() && (w.contains(&g) || g.contains(&w)) {
                bylines_ok += 1;
            }
        }
    }
    assert!(folders.len() >= 120, "only {} pages", folders.len());
    let headline = titles_ok as f64 / titles as f64;
    let byline = bylines_ok as f64 / bylines as f64;
    eprintln!(
        "headline {titles_ok}/{titles} = {headline:.3}, byline {bylines_ok}/{bylines} = {byline:.3}"
    );
    assert!(
        headline >= 0.85,
        "headline agreement {headline:.3} below 0.85:\n{}",
        misses.join("\n")
    );
    assert!(byline >= 0.82, "byline agreement {byline:.3} below 0.82");
}

// ---------------------------------------------------------------------------
// the final records against labelled metadata (meta_score.py's rules)

fn score(corpus: &[newsclip::metaeval::MetaPage]) -> newsclip::metaeval::MetaScore {
    scored(corpus, newsclip::KindChoice::Auto).0
}

/// The score of the records read as `kind`, with the page's URL as a crawl has
/// it, and the share of records that are not called articles.
fn scored(
    corpus: &[newsclip::metaeval::MetaPage],
    kind: newsclip::KindChoice,
) -> (newsclip::metaeval::MetaScore, f64) {
    let (score, got) = newsclip::metaeval::score_pages(corpus, |p| {
        let bytes = newsclip::metaeval::read_page(&p.path)?;
        let opts = newsclip::Options {
            url: p.url.clone(),
            kind,
            ..newsclip::Options::default()
        };
        newsclip::extract_bytes(&p.id, &bytes, &opts).map_err(|e| anyhow::anyhow!("{e}"))
    })
    .unwrap();
    let not_article = got
        .iter()
        .filter(|(a, _)| a.page_kind != newsclip::PageKind::Article)
        .count();
    (score, not_article as f64 / got.len().max(1) as f64)
}

/// A corpus's pages as a text renderer printed them (`<rendering>/<id>.txt`).
fn rendered(corpus: &str, rendering: &str) -> Vec<newsclip::metaeval::MetaPage> {
    let root = bench_root();
    newsclip::metaeval::load_corpus(&root.join(corpus))
        .unwrap_or_else(|e| panic!("benchmark corpus missing or unreadable: {e}"))
        .into_iter()
        .map(|p| newsclip::metaeval::MetaPage {
            path: root.join(rendering).join(format!("{}.txt", p.id)),
            ..p
        })
        .collect()
}

fn at_least(what: &str, got: f64, floor: f64) {
    assert!(got >= floor, "{what} {got:.3} below its floor {floor}");
}

#[test]
fn trafilatura_eval_metadata_floors() {
    let dir = bench_root().join("trafilatura-eval");
    let pages = newsclip::metaeval::load_corpus(&dir).unwrap_or_else(|e| {
        panic!("benchmark corpus missing or unreadable: {e} (set NEWSCLIP_BENCH)")
    });
    assert_eq!(pages.len(), 990);
    let s = score(&pages);
    eprintln!("{}", s.report(pages.len()));
    at_least("headline", s.headline_rate(), 0.82);
    at_least("authors", s.authors_rate(), 0.655);
    at_least("author names precision", s.names_precision(), 0.85);
    at_least("author names recall", s.names_recall(), 0.645);
    at_least("date", s.date_rate(), 0.878);
    // the held-out half on its own
    let held: Vec<_> = pages
        .into_iter()
        .filter(|p| newsclip::metaeval::held_out(&p.id))
        .collect();
    let h = score(&held);
    at_least("held-out headline", h.headline_rate(), 0.80);
    at_least("held-out authors", h.authors_rate(), 0.655);
    at_least("held-out date", h.date_rate(), 0.85);
}

#[test]
fn wceb_metadata_and_page_kind_floors() {
    let dir = bench_root().join("wceb");
    let pages = newsclip::metaeval::load_corpus(&dir).unwrap_or_else(|e| {
        panic!("benchmark corpus missing or unreadable: {e} (set NEWSCLIP_BENCH)")
    });
    assert_eq!(pages.len(), 999);
    let s = score(&pages);
    eprintln!(
        "{}\nkind {:.3} article-vs-not {:.3}",
        s.report(pages.len()),
        s.kind_rate(),
        s.article_vs_not_rate()
    );
    at_least("headline", s.headline_rate(), 0.66);
    at_least("authors", s.authors_rate(), 0.70);
    at_least("date", s.date_rate(), 0.91);
    // (forum threads read from their crawler view name their first poster; the
    // truth gives that name as the author on some threads, on others none)
    assert!(
        s.invented_rate() <= 0.049,
        "authors invented on {:.3} of the author-less pages",
        s.invented_rate()
    );
    // (0.926 before the byline was read where metadata declares only an
    // organisation: recall 0.628 -> 0.639, exact sets 312 -> 318 of 481)
    at_least("author names precision", s.names_precision(), 0.91);
    at_least("page kind", s.kind_rate(), 0.79);
    at_least("article vs not", s.article_vs_not_rate(), 0.905);
}

/// The page kind of text renderings, from the same layout evidence (WCEB's
/// pages as w3m prints them), and the articles of trafilatura-eval called
/// articles in both forms.
#[test]
fn page_kind_floors_of_text_and_of_article_corpora() {
    let (s, _) = scored(
        &rendered("wceb", "wceb-text/w3m"),
        newsclip::KindChoice::Text,
    );
    eprintln!(
        "wceb text: kind {:.3} article-vs-not {:.3}",
        s.kind_rate(),
        s.article_vs_not_rate()
    );
    at_least("text page kind", s.kind_rate(), 0.705);
    at_least("text article vs not", s.article_vs_not_rate(), 0.825);
    let pages = newsclip::metaeval::load_corpus(&bench_root().join("trafilatura-eval"))
        .unwrap_or_else(|e| panic!("benchmark corpus missing or unreadable: {e}"));
    let (_, html) = scored(&pages, newsclip::KindChoice::Auto);
    let (t, text) = scored(
        &rendered("trafilatura-eval", "trafilatura-eval-text/w3m"),
        newsclip::KindChoice::Text,
    );
    eprintln!("trafilatura-eval not article: html {html:.3} text {text:.3}");
    // the fields of the w3m rendering (0.670 / 0.424 / 0.688 before a byline or
    // date line a few blocks into the region ended a text page's lead, and a
    // line naming the site counted against the headline)
    eprintln!("trafilatura-eval text w3m: {}", t.report(990));
    at_least("text headline", t.headline_rate(), 0.675);
    at_least("text authors", t.authors_rate(), 0.425);
    at_least("text date", t.date_rate(), 0.695);
    // (0.121 before a declared `WebPage` without byline or shown date counted
    // against a story: the 9 pages it moved are about, lexicon and service
    // pages, checked one by one)
    assert!(html <= 0.129, "trafilatura-eval: {html:.3} not articles");
    assert!(
        text <= 0.08,
        "trafilatura-eval text: {text:.3} not articles"
    );
}

#[test]
fn readability_pages_record_floors() {
    let dir = bench_root().join("readability-pages");
    let pages = newsclip::metaeval::load_readability(&dir).unwrap();
    assert!(pages.len() >= 120, "only {} pages", pages.len());
    let s = score(&pages);
    eprintln!("{}", s.report(pages.len()));
    // (the truth here is Readability.js's reading of the declared date; on two
    // pages that show only their update, the shown day is taken, as WCEB's and
    // trafilatura-eval's readers date such pages)
    at_least("date", s.date_rate(), 0.87);
    at_least("authors", s.authors_rate(), 0.63);
    assert!(
        s.invented_rate() <= 0.10,
        "invented {:.3}",
        s.invented_rate()
    );
}

#[test]
fn page_kinds_of_small_pages() {
    let story = page(
        &ld(r#"{"@type": "NewsArticle", "headline": "Council approves the new bridge over the river",
               "datePublished": "2024-03-05", "author": {"@type": "Person", "name": "Maria Lopez"}}"#),
        &format!(
            "<article><h1>Council approves the new bridge over the river</h1>{}</article>",
            "<p>The council voted on Tuesday to build the bridge, ending a debate that lasted a decade and divided the town.</p>"
                .repeat(10)
        ),
    );
    let a = newsclip::extract_html("story.html", &story, &newsclip::Options::default());
    assert_eq!(a.page_kind, newsclip::PageKind::Article);
    assert_eq!(a.authors, ["Maria Lopez"]);

    let shop = page(
        &ld(r#"{"@type": "Product", "name": "Wool Runner", "brand": "Example"}"#),
        "<h1>Wool Runner</h1><p>Soft wool shoes for every day, made from natural materials and built to last.</p><p>$98</p><p>Add to cart</p>",
    );
    let a = newsclip::extract_html("shop.html", &shop, &newsclip::Options::default());
    assert_eq!(a.page_kind, newsclip::PageKind::Product);
    assert!(a.authors.is_empty());

    let teasers: String = (1..=15)
        .map(|i| {
            format!("<h3><a href=\"/story-{i}\">Story number {i} of the day in the city</a></h3>")
        })
        .collect();
    let home = page(
        "",
        &format!("<main>{teasers}<p>Welcome to the news site.</p></main>"),
    );
    let opts = newsclip::Options {
        url: Some("https://news.example/".into()),
        ..newsclip::Options::default()
    };
    let a = newsclip::extract_html("home.html", &home, &opts);
    assert_ne!(a.page_kind, newsclip::PageKind::Article);
}

#[test]
fn dates_from_each_source() {
    // JSON-LD in a @graph, over a meta tag
    let m = meta(&page(
        &format!(
            "{}<meta property=\"article:published_time\" content=\"2020-01-01\">",
            ld(r#"{"@graph": [{"@type": "WebSite", "name": "X"},
                    {"@type": "Article", "headline": "A", "datePublished": "2023-12-20T10:00:00+01:00"}]}"#)
        ),
        "",
    ));
    assert_eq!(m.published.as_deref(), Some("2023-12-20T10:00:00+01:00"));
    // meta tags
    for key in [
        "article:published_time",
        "og:published_time",
        "pubdate",
        "dc.date",
        "sailthru.date",
        "parsely-pub-date",
    ] {
        let attr = if key.contains(':') {
            "property"
        } else {
            "name"
        };
        let m = meta(&page(
            &format!("<meta {attr}=\"{key}\" content=\"2023-12-20\">"),
            "",
        ));
        assert_eq!(m.published.as_deref(), Some("2023-12-20"), "{key}");
    }
    // microdata
    let m = meta(&page(
        "",
        "<div itemscope itemtype=\"https://schema.org/Article\"><meta itemprop=\"datePublished\" content=\"2023-12-20\"></div>",
    ));
    assert_eq!(m.published.as_deref(), Some("2023-12-20"));
    // <time> under the headline
    let m = meta(&page(
        "",
        "<h1>Headline</h1><time datetime=\"2023-12-20T08:00\">20 Dec</time><p>Text.</p>",
    ));
    assert_eq!(m.published.as_deref().map(|d| &d[..10]), Some("2023-12-20"));
    // a visible date next to the byline, in German
    let m = meta(&page(
        "<meta http-equiv=\"content-language\" content=\"de\">",
        "<h1>Überschrift</h1><p class=\"meta\">Von Anna Muster, veröffentlicht am 20. Dezember 2023</p><p>Text.</p>",
    ));
    assert_eq!(m.published.as_deref(), Some("2023-12-20"));
    // a dateline opening the story's first paragraph, however long it is
    let long = "Die Branche hatte die Nachteile des Gesetzes dargelegt und Änderungen gefordert. "
        .repeat(6);
    let m = meta(&page(
        "",
        &format!("<h1>Überschrift</h1><p>BERLIN, 29.11.2022 – {long}</p><p>Mehr Text.</p>"),
    ));
    assert_eq!(m.published.as_deref(), Some("2022-11-29"));
    // but not a date a long text mentions later, nor one without the dash
    let m = meta(&page(
        "",
        &format!(
            "<h1>Überschrift</h1><p>{long} Am 29.11.2022 – so die Branche.</p><p>Seit 29.11.2022 gilt {long}</p>"
        ),
    ));
    assert_eq!(m.published, None);
    // a date in the URL path (canonical link)
    let m = meta(&page(
        "<link rel=\"canonical\" href=\"https://ex.com/2023/12/20/story\">",
        "<h1>H</h1>",
    ));
    assert_eq!(m.published.as_deref(), Some("2023-12-20"));
}

#[test]
fn dates_rejected_where_they_are_not_the_story_s() {
    // comments, related stories and the copyright line are not the story's dates
    let m = meta(&page(
        "",
        "<h1>Headline</h1><p>Text of the story.</p>\
         <div class=\"comments\"><p>12.01.2024</p></div>\
         <aside><p>5 January 2024</p></aside>\
         <div class=\"related-posts\"><span class=\"date\">2024-01-03</span></div>\
         <footer><p>© 2024-01-01 Example</p></footer>",
    ));
    assert_eq!(m.published, None);
    // a declared date long after every date the page shows is a crawl's
    let m = meta(&page(
        "<meta property=\"article:published_time\" content=\"2025-12-01T05:10:15Z\">",
        "<h1>Headline</h1><span class=\"date\">April 24, 2000</span><p>Text.</p>",
    ));
    assert_eq!(m.published.as_deref(), Some("2000-04-24"));
    // but a date the story's text mentions, or one above the headline, does
    // not overrule the declared one
    for (declared, body) in [
        (
            "2021-11-12T08:00:00Z",
            "<h1>Headline</h1><p>Text.</p><p>25. Dezember 2005</p><p>More text.</p>",
        ),
        (
            "2020-02-14T13:42:33+01:00",
            "<span class=\"date\">19.07.2019</span><h1>Headline</h1><p>Text.</p>",
        ),
    ] {
        let head = format!("<meta property=\"article:published_time\" content=\"{declared}\">");
        assert_eq!(
            meta(&page(&head, body)).published.as_deref(),
            Some(declared)
        );
    }
    // the page shows its local day of a UTC instant
    let m = meta(&page(
        "<meta property=\"article:published_time\" content=\"2022-11-06T23:00:00Z\">",
        "<h1>Headline</h1><span class=\"date\">07.11.2022</span><p>Text.</p>",
    ));
    assert_eq!(m.published.as_deref(), Some("2022-11-07"));
    // the page shows only its update, the declared modification, never the
    // declared publication: the shown day
    let declared = "<meta property=\"article:published_time\" content=\"2024-04-10T19:30:39Z\">\
                    <meta property=\"article:modified_time\" content=\"2025-09-04T19:24:33Z\">";
    let m = meta(&page(
        declared,
        "<h1>Headline</h1><span class=\"date\">Last updated: Sep 4, 2025</span><p>Text.</p>",
    ));
    assert_eq!(m.published.as_deref(), Some("2025-09-04"));
    // but not when it shows the publication too, nor a day that is not the
    // declared modification
    let m = meta(&page(
        declared,
        "<h1>Headline</h1><span class=\"date\">Last updated: Sep 4, 2025</span>\
         <p>Text.</p><p class=\"small\">First published on April 10, 2024 in the print edition of the weekly.</p>",
    ));
    assert_eq!(m.published.as_deref(), Some("2024-04-10T19:30:39Z"));
    let m = meta(&page(
        declared,
        "<h1>Headline</h1><span class=\"date\">Sep 1, 2025</span><p>Text.</p>",
    ));
    assert_eq!(m.published.as_deref(), Some("2024-04-10T19:30:39Z"));
    // before 1995: a date the story mentions
    let m = meta(&page(
        "",
        "<h1>Headline</h1><span class=\"date\">9 November 1989</span><p>Text.</p>",
    ));
    assert_eq!(m.published, None);
}

#[test]
fn a_declared_date_a_few_days_off_the_shown_one_gives_way() {
    let dated = |declared: &str, body: &str| {
        let head = format!("<meta property=\"article:published_time\" content=\"{declared}\">");
        meta(&page(&head, body)).published
    };
    // shown under the headline, the declared day shown nowhere: before or after it
    for declared in ["2022-01-15", "2022-01-30T10:00:00+01:00"] {
        let got = dated(
            declared,
            "<h1>Headline</h1><span class=\"date\">25.01.2022</span><p>Text.</p>",
        );
        assert_eq!(got.as_deref(), Some("2022-01-25"), "{declared}");
    }
    // not when the page shows the declared day too, nor weeks away, nor
    // among teasers of the same days (a list of posts under the headline)
    for body in [
        "<h1>Headline</h1><span class=\"date\">25.01.2022</span><p>Text.</p><p class=\"small\">Erstmals erschienen am 15.01.2022 in der gedruckten Ausgabe des Blattes.</p>",
        "<h1>Headline</h1><span class=\"date\">25.02.2022</span><p>Text.</p>",
        "<h1>Headline</h1><span class=\"date\">25.01.2022</span><p>Text.</p>\
         <div class=\"related\"><span class=\"date\">23.01.2022</span><span class=\"date\">21.01.2022</span></div>",
    ] {
        assert_eq!(
            dated("2022-01-15", body).as_deref(),
            Some("2022-01-15"),
            "{body}"
        );
    }
    // an "Updated" line under the headline is not the story's date
    let got = dated(
        "2022-01-15",
        "<h1>Headline</h1><span class=\"date\">Updated: 25.01.2022</span><p>Text.</p>",
    );
    assert_eq!(got.as_deref(), Some("2022-01-15"));
}

#[test]
fn a_zoneless_instant_late_at_night_is_the_next_day_the_page_shows() {
    // (the day in a line of text, where a story's date does not stand)
    let body = "<h1>Headline</h1><p>Text.</p><p>The port said on 11.05.2022 that the strike would go on for a while.</p>";
    let head = |d: &str| format!("<meta property=\"article:published_time\" content=\"{d}\">");
    let m = meta(&page(&head("2022-05-10T23:35:55"), body));
    assert_eq!(m.published.as_deref(), Some("2022-05-11"));
    // a zone given, or a day alone, stays as declared
    for d in ["2022-05-10T23:35:55+02:00", "2022-05-10"] {
        assert_eq!(meta(&page(&head(d), body)).published.as_deref(), Some(d));
    }
}

#[test]
fn a_page_showing_its_date_only_outside_the_story_still_dates_it() {
    // the one date a page shows, in a sidebar header
    let m = meta(&page(
        "",
        "<h1>Headline</h1><p>Text of the story.</p>\
         <div class=\"sidebar\"><time datetime=\"2022-01-28\">28. Januar 2022</time></div>",
    ));
    assert_eq!(m.published.as_deref(), Some("2022-01-28"));
    // the one date labelled as the publication's, among others
    let m = meta(&page(
        "",
        "<h1>Headline</h1><p>Text of the story.</p>\
         <footer><p>Letzte Änderung: 31.10.2023</p><p>Erschienen am: 01.11.2023</p></footer>",
    ));
    assert_eq!(m.published.as_deref(), Some("2023-11-01"));
    // not a list of teasers of one day, each "Published", nor a "Last updated"
    let teasers = "<div class=\"related\"><p>Published 06.03.2026</p></div>".repeat(3);
    let m = meta(&page(
        "",
        &format!("<h1>Headline</h1><p>Text.</p>{teasers}"),
    ));
    assert_eq!(m.published, None);
    let m = meta(&page(
        "",
        "<h1>Headline</h1><p>Text.</p><footer><p>Last updated on 2026-03-06.</p></footer>",
    ));
    assert_eq!(m.published, None);
    // nor over a declared date
    let m = meta(&page(
        "<meta property=\"article:published_time\" content=\"2022-01-20\">",
        "<h1>Headline</h1><div class=\"sidebar\"><time datetime=\"2021-03-02\"></time></div>",
    ));
    assert_eq!(m.published.as_deref(), Some("2022-01-20"));
}

#[test]
fn authors_split_cleaned_and_never_invented() {
    for (byline, want) in [
        (
            "By Anna Muster, Ben Test and Carla Probe",
            vec!["Anna Muster", "Ben Test", "Carla Probe"],
        ),
        (
            "Von Anna Muster und Ben Test",
            vec!["Anna Muster", "Ben Test"],
        ),
        (
            "Par Anna Muster et Ben Test",
            vec!["Anna Muster", "Ben Test"],
        ),
        (
            "Por Anna Muster y Ben Test",
            vec!["Anna Muster", "Ben Test"],
        ),
        ("By Anna Muster & Ben Test", vec!["Anna Muster", "Ben Test"]),
        ("By Anna Muster (anna@example.com)", vec!["Anna Muster"]),
    ] {
        let m = meta(&page(
            &format!("<meta name=\"author\" content=\"{byline}\">"),
            "",
        ));
        assert_eq!(m.authors, want, "{byline}");
    }
    // agencies are credits
    let m = meta(&page("<meta name=\"author\" content=\"Reuters\">", ""));
    assert!(m.authors.is_empty());
    assert_eq!(m.credit.as_deref(), Some("Reuters"));
    // no author: two capitalised words under a heading are not a byline
    let html = page(
        "",
        &format!(
            "<h1>Our services</h1><p>Personal Training</p>{}",
            "<p>We offer training sessions for every level, with coaches who know their trade and care about you.</p>"
                .repeat(6)
        ),
    );
    let a = newsclip::extract_html("s.html", &html, &newsclip::Options::default());
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn an_author_archive_link_names_the_writer_by_one_word() {
    // a byline link to the writer's own archive page declares the name
    let m = meta(&page(
        "",
        "<h1>Headline</h1><div class=\"entry-meta-author\">\
         <a class=\"author-name\" href=\"https://ex.com/author/matthias/\">Matthias</a></div><p>Text.</p>",
    ));
    assert_eq!(m.authors, vec!["Matthias"]);
    // a link elsewhere, or to another name, does not
    let m = meta(&page(
        "",
        "<h1>Headline</h1><div class=\"entry-meta-author\">\
         <a href=\"https://ex.com/author/jdoe/\">Matthias</a></div><p>Text.</p>",
    ));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
    let m = meta(&page(
        "",
        "<h1>Headline</h1><div class=\"entry-meta-author\">\
         <a href=\"https://ex.com/tag/matthias/\">Matthias</a></div><p>Text.</p>",
    ));
    assert!(m.authors.is_empty(), "{:?}", m.authors);
}

#[test]
fn a_label_before_a_byline_is_left_out() {
    // "Interview:" and Blogger's "Eingestellt von" stand before the name
    let m = meta(&page(
        "",
        "<h1>H</h1><div class=\"author\"><a href=\"/suche\">Interview: Julia Lauter</a></div><p>Text.</p>",
    ));
    assert_eq!(m.authors, vec!["Julia Lauter"]);
    let m = meta(&page(
        "",
        "<h1>H</h1><p>Text.</p><span class=\"post-author vcard\">Eingestellt von \
         <span class=\"fn\">Anna Weber</span></span>",
    ));
    assert_eq!(m.authors, vec!["Anna Weber"]);
}
