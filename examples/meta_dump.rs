//! What the metadata passes and the final record say about some pages:
//! `cargo run --release --example meta_dump -- PAGE.html[.gz]...`
fn main() -> anyhow::Result<()> {
    for arg in std::env::args().skip(1) {
        let bytes = newsclip::metaeval::read_page(std::path::Path::new(&arg))?;
        let html = newsclip::input::decode::decode(&bytes, None)
            .map_err(|e| anyhow::anyhow!("{arg}: {e}"))?;
        let dom = newsclip::html::dom::Dom::parse(&html);
        let meta = newsclip::html::meta::page_meta(&dom);
        if std::env::var_os("NEWSCLIP_DATES").is_some() {
            println!("{:#}", newsclip::html::meta::date_evidence(&dom));
        }
        let a = newsclip::extract_bytes(&arg, &bytes, &newsclip::Options::default())?;
        println!(
            "{arg}\n  meta: byline {:?} authors {:?} credit {:?} published {:?} headline {:?}\n  record: byline {:?} authors {:?} published {:?} kind {:?} words {}",
            meta.byline,
            meta.authors,
            meta.credit,
            meta.published,
            meta.headline,
            a.byline,
            a.authors,
            a.published,
            a.page_kind,
            a.word_count
        );
    }
    Ok(())
}
