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
