//! Metadata quality: headline, authors, date and page kind of the final records
//! on trafilatura-eval (both fixed halves, see `metaeval::held_out`), WCEB (with its halves) and
//! Readability's test pages, and on the text renderings of trafilatura-eval (w3m
//! with its halves, lynx, elinks) and WCEB (w3m, with its halves), scored as
//! `../shared/bench/meta_score.py` scores them;
//! then agreement with Readability.js's own metadata on its test pages.
//!
//!     cargo bench --bench metadata
//!
//! Per-page verdicts go to `target/quality/meta-<corpus>.tsv` and the predictions
//! to `target/quality/meta-<corpus>.jsonl` (what `meta_score.py --pred` reads).
//!
//! For every folder of `<bench>/readability-pages` (the bench root is
//! `$NEWSCLIP_BENCH` or `../shared/bench`), `page_meta` runs on `source.html` and
//! is compared with `expected-metadata.json`, field by field, counting only pages
//! where Readability found a value. Disagreements go to
//! `target/quality/metadata-mismatches.tsv` (page, field, expected, got).
//! Everything found, page by page, goes to `target/quality/metadata-pages.tsv`;
//! `NEWSCLIP_META_DUMP=page,page` also prints the whole `PageMeta` of those pages.
//!
//! `NEWSCLIP_META_ROWS=text` scores only the corpora whose row name holds
//! that string, or one of several separated by commas (while iterating).
//!
//!     cargo bench --bench metadata -- DIR...
//!
//! also reads every `*.html` / `*.html.gz` file of those folders (no expectations)
//! and writes what it found to `target/quality/metadata-<folder>.tsv`, to eyeball.

use newsclip::html::meta::{PageMeta, page_meta};
use newsclip::metaeval;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn bench_root() -> PathBuf {
    std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"))
}

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strip_by(s: &str) -> String {
    let s = ws(s).to_lowercase();
    s.strip_prefix("by ").map(str::to_string).unwrap_or(s)
}

/// One field's tally.
#[derive(Default)]
struct Tally {
    agree: usize,
    total: usize,
    /// pages without an expected value where we found one
    extra: usize,
}

struct Field {
    name: &'static str,
    expected_key: &'static str,
    got: fn(&PageMeta) -> Option<String>,
    agrees: fn(&str, &str) -> bool,
}

fn headline_agrees(expected: &str, got: &str) -> bool {
    ws(expected) == ws(got)
}

fn byline_agrees(expected: &str, got: &str) -> bool {
    let (e, g) = (ws(expected).to_lowercase(), ws(got).to_lowercase());
    if e == g {
        return true;
    }
    let (e, g) = (strip_by(expected), strip_by(got));
    !e.is_empty() && !g.is_empty() && (e.contains(&g) || g.contains(&e))
}

fn date_agrees(expected: &str, got: &str) -> bool {
    let day = |s: &str| s.trim().get(..10).map(str::to_string);
    day(expected).is_some() && day(expected) == day(got)
}

fn lang_agrees(expected: &str, got: &str) -> bool {
    let primary = |s: &str| {
        s.trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    primary(expected) == primary(got)
}

fn site_agrees(expected: &str, got: &str) -> bool {
    ws(expected).to_lowercase() == ws(got).to_lowercase()
}

const FIELDS: &[Field] = &[
    Field {
        name: "headline",
        expected_key: "title",
        got: |m| m.headline.clone(),
        agrees: headline_agrees,
    },
    Field {
        name: "byline",
        expected_key: "byline",
        got: |m| m.byline.clone(),
        agrees: byline_agrees,
    },
    Field {
        name: "published",
        expected_key: "publishedTime",
        got: |m| m.published.clone(),
        agrees: date_agrees,
    },
    Field {
        name: "lang",
        expected_key: "lang",
        got: |m| m.lang.clone(),
        agrees: lang_agrees,
    },
    Field {
        name: "site_name",
        expected_key: "siteName",
        got: |m| m.site_name.clone(),
        agrees: site_agrees,
    },
];

fn tsv(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn main() -> anyhow::Result<()> {
    let root = bench_root();
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/quality");
    std::fs::create_dir_all(&out_dir)?;
    let traf = metaeval::load_corpus(&root.join("trafilatura-eval"))?;
    let (tuning, held): (Vec<_>, Vec<_>) = traf
        .iter()
        .cloned()
        .partition(|p| !metaeval::held_out(&p.id));
    let wceb = metaeval::load_corpus(&root.join("wceb"))?;
    let readability = metaeval::load_readability(&root.join("readability-pages"))?;
    // the same pages as text renderers print them: fields without any markup
    let text = |pages: &[metaeval::MetaPage], dir: &str| -> Vec<metaeval::MetaPage> {
        pages
            .iter()
            .map(|p| metaeval::MetaPage {
                path: root.join(dir).join(format!("{}.txt", p.id)),
                ..p.clone()
            })
            .collect()
    };
    let traf_w3m = text(&traf, "trafilatura-eval-text/w3m");
    let (traf_w3m_tuning, traf_w3m_held): (Vec<_>, Vec<_>) = traf_w3m
        .iter()
        .cloned()
        .partition(|p| !metaeval::held_out(&p.id));
    let traf_lynx = text(&traf, "trafilatura-eval-text/lynx");
    let traf_elinks = text(&traf, "trafilatura-eval-text/elinks");
    let wceb_w3m = text(&wceb, "wceb-text/w3m");
    // WCEB is the only corpus with page kinds: tune on one half, look at the other
    let halves = |pages: &[metaeval::MetaPage]| -> (Vec<_>, Vec<_>) {
        pages
            .iter()
            .cloned()
            .partition(|p| !metaeval::held_out(&p.id))
    };
    let (wceb_tuning, wceb_held) = halves(&wceb);
    let (wceb_w3m_tuning, wceb_w3m_held) = halves(&wceb_w3m);
    // NEWSCLIP_META_ROWS=text: only the rows whose name holds that string
    let rows = std::env::var("NEWSCLIP_META_ROWS").ok();
    println!(
        "{:<34} {:>5} {:>9} {:>9} {:>7} {:>7} {:>7} {:>9} {:>8} {:>8}",
        "corpus",
        "pages",
        "headline",
        "authors",
        "names P",
        "names R",
        "date",
        "invented",
        "kind",
        "article?"
    );
    for (name, pages) in [
        ("trafilatura-eval", &traf),
        ("trafilatura-eval tuning", &tuning),
        ("trafilatura-eval held-out", &held),
        ("wceb", &wceb),
        ("wceb tuning", &wceb_tuning),
        ("wceb held-out", &wceb_held),
        ("readability-pages", &readability),
        ("trafilatura-eval text w3m", &traf_w3m),
        ("trafilatura-eval text w3m tuning", &traf_w3m_tuning),
        ("trafilatura-eval text w3m held-out", &traf_w3m_held),
        ("trafilatura-eval text lynx", &traf_lynx),
        ("trafilatura-eval text elinks", &traf_elinks),
        ("wceb text w3m", &wceb_w3m),
        ("wceb text w3m tuning", &wceb_w3m_tuning),
        ("wceb text w3m held-out", &wceb_w3m_held),
    ] {
        if rows
            .as_deref()
            .is_some_and(|r| !r.split(',').any(|r| name.contains(r)))
        {
            continue;
        }
        let start = Instant::now();
        let (score, got) = metaeval::score_pages(pages, |p| {
            let bytes = metaeval::read_page(&p.path)?;
            let kind = if p.path.extension().is_some_and(|e| e == "txt") {
                newsclip::KindChoice::Text
            } else {
                newsclip::KindChoice::Auto
            };
            // with the page's address, as a crawl has it
            let opts = newsclip::Options {
                url: p.url.clone(),
                kind,
                ..newsclip::Options::default()
            };
            newsclip::extract_bytes(&p.id, &bytes, &opts)
                .map_err(|e| anyhow::anyhow!("{}: {e}", p.id))
        })?;
        let elapsed = start.elapsed();
        let f = |x: f64| {
            if x.is_nan() {
                "-".to_string()
            } else {
                format!("{x:.3}")
            }
        };
        println!(
            "{:<34} {:>5} {:>9} {:>9} {:>7} {:>7} {:>7} {:>9} {:>8} {:>8}",
            name,
            pages.len(),
            f(score.headline_rate()),
            f(score.authors_rate()),
            f(score.names_precision()),
            f(score.names_recall()),
            f(score.date_rate()),
            f(score.invented_rate()),
            f(score.kind_rate()),
            f(score.article_vs_not_rate()),
        );
        let stem = name.replace(' ', "-");
        let mut preds = std::fs::File::create(out_dir.join(format!("meta-{stem}.jsonl")))?;
        let mut tsv_out = std::fs::File::create(out_dir.join(format!("meta-{stem}.tsv")))?;
        writeln!(
            tsv_out,
            "id\thalf\theadline\tauthors\tdate\tinvented\tkind\ttruth_headline\tgot_headline\ttruth_authors\tgot_authors\ttruth_date\tgot_date\tpage_type\tpage_kind"
        )?;
        let mark = |v: Option<bool>| match v {
            Some(true) => "1",
            Some(false) => "0",
            None => "",
        };
        for (p, (a, v)) in pages.iter().zip(&got) {
            writeln!(
                preds,
                "{}",
                serde_json::json!({"id": p.id, "headline": a.headline, "authors": a.authors, "published": a.published, "page_kind": a.page_kind})
            )?;
            let t = &p.truth;
            writeln!(
                tsv_out,
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                p.id,
                if metaeval::held_out(&p.id) {
                    "held-out"
                } else {
                    "tuning"
                },
                mark(v.headline),
                mark(v.authors),
                mark(v.date),
                mark(v.invented),
                mark(v.kind),
                tsv(t.headline.as_deref().unwrap_or("")),
                tsv(a.headline.as_deref().unwrap_or("")),
                tsv(&t
                    .authors
                    .as_ref()
                    .map(|s| s.iter().cloned().collect::<Vec<_>>().join("; "))
                    .unwrap_or_default()),
                tsv(&a.authors.join("; ")),
                t.date.as_deref().unwrap_or(""),
                a.published.as_deref().unwrap_or(""),
                t.page_type.as_deref().unwrap_or(""),
                a.page_kind.as_str(),
            )?;
        }
        println!(
            "  {} ({:.1?})",
            score.report(pages.len()).replace('\n', "\n  "),
            elapsed
        );
        let not_article = got
            .iter()
            .filter(|(a, _)| a.page_kind != newsclip::PageKind::Article)
            .count();
        println!(
            "  not article: {not_article}/{} ({:.3})",
            pages.len(),
            not_article as f64 / pages.len().max(1) as f64
        );
        if name == "wceb" || name == "wceb text w3m" {
            for (t, kinds) in metaeval::kinds_by_type(pages, &got) {
                let mut k: Vec<_> = kinds.into_iter().collect();
                k.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                let k: Vec<String> = k.iter().map(|(n, c)| format!("{n} {c}")).collect();
                println!("  page_type {t:<14} → {}", k.join(", "));
            }
        }
    }
    println!(
        "(invented: author-less pages given a name; kind: page_kind = WCEB page_type as mapped in the README; article?: article vs not)"
    );
    println!();

    let dir = root.join("readability-pages");
    anyhow::ensure!(
        dir.is_dir(),
        "corpus missing: {} (set NEWSCLIP_BENCH to the shared/bench folder)",
        dir.display()
    );
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file() && p.join("expected-metadata.json").is_file())
        .collect();
    pages.sort();

    let mut mismatches = std::fs::File::create(out_dir.join("metadata-mismatches.tsv"))?;
    writeln!(mismatches, "page\tfield\texpected\tgot")?;
    let mut all = std::fs::File::create(out_dir.join("metadata-pages.tsv"))?;
    writeln!(
        all,
        "page\theadline\tbyline\tauthors\tcredit\tpublished\tsite_name\tlang\tsection\turl"
    )?;

    // NEWSCLIP_META_DUMP=page1,page2 prints what page_meta found on those pages
    let dump: Vec<String> = std::env::var("NEWSCLIP_META_DUMP")
        .map(|v| v.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let mut tallies: Vec<Tally> = FIELDS.iter().map(|_| Tally::default()).collect();
    // the same fields in the final record (visible headline and byline, metadata
    // filling the gaps): what users get
    let mut record_tallies: Vec<Tally> = FIELDS.iter().map(|_| Tally::default()).collect();
    let mut record_mismatches = std::fs::File::create(out_dir.join("record-mismatches.tsv"))?;
    writeln!(record_mismatches, "page\tfield\texpected\tgot")?;
    let (mut elapsed, mut parse_time) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for page in &pages {
        let id = page.file_name().unwrap_or_default().to_string_lossy();
        let bytes = std::fs::read(page.join("source.html"))?;
        let expected: serde_json::Value =
            serde_json::from_slice(&std::fs::read(page.join("expected-metadata.json"))?)?;
        let html = newsclip::input::decode::decode(&bytes, None)
            .map_err(|e| anyhow::anyhow!("{id}: {e}"))?;
        let start = Instant::now();
        let doc = newsclip::html::dom::Dom::parse(&html);
        parse_time += start.elapsed();
        let start = Instant::now();
        let meta = page_meta(&doc);
        elapsed += start.elapsed();
        let o = |v: &Option<String>| tsv(v.as_deref().unwrap_or("∅"));
        writeln!(
            all,
            "{id}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            o(&meta.headline),
            o(&meta.byline),
            tsv(&meta.authors.join("; ")),
            o(&meta.credit),
            o(&meta.published),
            o(&meta.site_name),
            o(&meta.lang),
            o(&meta.section),
            o(&meta.url),
        )?;
        if dump.iter().any(|d| d == id.as_ref()) {
            println!("{id}: {meta:#?}");
        }

        let article = newsclip::extract_bytes(&id, &bytes, &newsclip::Options::default())
            .map_err(|e| anyhow::anyhow!("{id}: {e}"))?;
        let from_record = PageMeta {
            headline: article.headline.clone(),
            byline: article.byline.clone(),
            authors: article.authors.clone(),
            published: article.published.clone(),
            site_name: article.site_name.clone(),
            lang: article.lang.clone(),
            ..PageMeta::default()
        };
        tally_fields(
            &id,
            &expected,
            &from_record,
            &mut record_tallies,
            &mut record_mismatches,
        )?;

        tally_fields(&id, &expected, &meta, &mut tallies, &mut mismatches)?;
    }

    println!(
        "readability-pages: {} pages; page_meta {:.1?} (parsing {:.1?})",
        pages.len(),
        elapsed,
        parse_time
    );
    print_tallies(&tallies);
    println!("(pages: with an expected value; extra: found where Readability found none)");
    println!("final record (newsclip::extract_bytes):");
    print_tallies(&record_tallies);
    for extra in std::env::args().skip(1).filter(|a| !a.starts_with("--")) {
        eyeball(Path::new(&extra), &out_dir)?;
    }
    println!(
        "mismatches: {}; all fields: {}",
        out_dir.join("metadata-mismatches.tsv").display(),
        out_dir.join("metadata-pages.tsv").display()
    );
    Ok(())
}

/// Run `page_meta` over a folder of pages without expectations; one TSV row each.
fn eyeball(dir: &Path, out_dir: &Path) -> anyhow::Result<()> {
    use std::io::Read;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".html") || n.ends_with(".htm") || n.ends_with(".html.gz")
        })
        .collect();
    files.sort();
    let name = dir
        .file_name()
        .map_or("extra".into(), |n| n.to_string_lossy().into_owned());
    let path = out_dir.join(format!("metadata-{name}.tsv"));
    let mut out = std::fs::File::create(&path)?;
    writeln!(
        out,
        "file\theadline\tbyline\tauthors\tcredit\tpublished\tsite_name\tlang\tsection\turl"
    )?;
    let start = Instant::now();
    let mut found = [0usize; 4];
    for f in &files {
        let mut bytes = std::fs::read(f)?;
        if f.to_string_lossy().ends_with(".gz") {
            let mut raw = Vec::new();
            flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut raw)?;
            bytes = raw;
        }
        let Ok(html) = newsclip::input::decode::decode(&bytes, None) else {
            continue;
        };
        let meta = page_meta(&newsclip::html::dom::Dom::parse(&html));
        for (i, v) in [&meta.headline, &meta.byline, &meta.published, &meta.lang]
            .iter()
            .enumerate()
        {
            found[i] += usize::from(v.is_some());
        }
        let o = |v: &Option<String>| tsv(v.as_deref().unwrap_or("∅"));
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            f.file_name().unwrap_or_default().to_string_lossy(),
            o(&meta.headline),
            o(&meta.byline),
            tsv(&meta.authors.join("; ")),
            o(&meta.credit),
            o(&meta.published),
            o(&meta.site_name),
            o(&meta.lang),
            o(&meta.section),
            o(&meta.url),
        )?;
    }
    println!(
        "{}: {} pages in {:.1?}; headline {}, byline {}, published {}, lang {} → {}",
        dir.display(),
        files.len(),
        start.elapsed(),
        found[0],
        found[1],
        found[2],
        found[3],
        path.display()
    );
    Ok(())
}

/// Compare one page's fields with Readability's expectations.
fn tally_fields(
    id: &str,
    expected: &serde_json::Value,
    got_meta: &PageMeta,
    tallies: &mut [Tally],
    mismatches: &mut std::fs::File,
) -> anyhow::Result<()> {
    for (field, tally) in FIELDS.iter().zip(tallies.iter_mut()) {
        let got = (field.got)(got_meta);
        let Some(want) = expected.get(field.expected_key).and_then(|v| v.as_str()) else {
            tally.extra += usize::from(got.is_some());
            continue;
        };
        if want.trim().is_empty() && field.name != "headline" {
            continue;
        }
        tally.total += 1;
        let ok = match &got {
            Some(g) => (field.agrees)(want, g),
            None => want.trim().is_empty(),
        };
        if ok {
            tally.agree += 1;
        } else {
            writeln!(
                mismatches,
                "{id}\t{}\t{}\t{}",
                field.name,
                tsv(want),
                tsv(got.as_deref().unwrap_or("∅"))
            )?;
        }
    }
    Ok(())
}

fn print_tallies(tallies: &[Tally]) {
    println!(
        "{:<10} {:>6} {:>6} {:>7} {:>6}",
        "field", "agree", "pages", "%", "extra"
    );
    for (field, t) in FIELDS.iter().zip(tallies) {
        let pct = if t.total == 0 {
            0.0
        } else {
            100.0 * t.agree as f64 / t.total as f64
        };
        println!(
            "{:<10} {:>6} {:>6} {:>6.1}% {:>6}",
            field.name, t.agree, t.total, pct, t.extra
        );
    }
}
