//! Fits `vocab::TEXT_HEADLINE_EVIDENCE`: the weights of the evidence that a line
//! of a text page is its headline, as a conditional logit (the candidates of one
//! page compete; the one equal to the truth's title is the choice) on the tuning
//! half (`metaeval::held_out` false) of trafilatura-eval's w3m, lynx and elinks
//! renderings and of WCEB's w3m rendering together. Prints the headline hit rate of the current and
//! of the fitted weights on the tuning half (and with `--aside` on the held-out
//! half, for the check before a merge), then the fitted table.
//!
//!     cargo run --release --example fit_text_headline [-- --l2 0.002 --steps 2000 --aside]
//!
//! Reads `$NEWSCLIP_BENCH` or `../shared/bench`.

use newsclip::metaeval;
use newsclip::vocab::TEXT_HEADLINE_EVIDENCE;
use std::path::{Path, PathBuf};

const N: usize = TEXT_HEADLINE_EVIDENCE.len();

/// One page: its candidates' evidence, and which of them equal the truth.
struct Page {
    held_out: bool,
    candidates: Vec<[f32; N]>,
    right: Vec<bool>,
}

fn pages(root: &Path) -> anyhow::Result<Vec<Page>> {
    let traf = metaeval::load_corpus(&root.join("trafilatura-eval"))?;
    let wceb = metaeval::load_corpus(&root.join("wceb"))?;
    let mut out = Vec::new();
    let renderings = [
        (&traf, "trafilatura-eval-text/w3m"),
        (&traf, "trafilatura-eval-text/lynx"),
        (&traf, "trafilatura-eval-text/elinks"),
        (&wceb, "wceb-text/w3m"),
    ];
    for (corpus, folder) in renderings {
        let dir = root.join(folder);
        for p in corpus {
            let Some(title) = &p.truth.headline else {
                continue;
            };
            let Ok(text) = std::fs::read_to_string(dir.join(format!("{}.txt", p.id))) else {
                continue;
            };
            let (blocks, _, mut cands) =
                newsclip::fields::text_page_candidates(&text, p.url.as_deref());
            // as `find_text_headline` chooses: below the byline only when
            // nothing is above it
            if cands.iter().any(|c| !c.below_byline) {
                cands.retain(|c| !c.below_byline);
            }
            let want = metaeval::norm(title);
            let right: Vec<bool> = cands
                .iter()
                .map(|c| {
                    metaeval::norm(&newsclip::fields::headline_text(&blocks[c.index].text)) == want
                })
                .collect();
            out.push(Page {
                held_out: metaeval::held_out(&p.id),
                candidates: cands.into_iter().map(|c| c.evidence).collect(),
                right,
            });
        }
    }
    Ok(out)
}

fn score(w: &[f32; N], x: &[f32; N]) -> f32 {
    w.iter().zip(x).map(|(a, b)| a * b).sum()
}

/// Pages of one half (and those with a truth title) where the best candidate is right.
fn hits(pages: &[Page], w: &[f32; N], held_out: bool) -> (usize, usize) {
    let mut n = 0;
    let mut k = 0;
    for p in pages.iter().filter(|p| p.held_out == held_out) {
        n += 1;
        let best = (0..p.candidates.len()).max_by(|&a, &b| {
            score(w, &p.candidates[a])
                .partial_cmp(&score(w, &p.candidates[b]))
                .unwrap()
                .then(b.cmp(&a))
        });
        if best.is_some_and(|b| p.right[b]) {
            k += 1;
        }
    }
    (k, n)
}

/// Gradient ascent (Adam) on the log-likelihood of choosing a right candidate,
/// with an L2 penalty, on the tuning pages that have one.
fn fit(pages: &[Page], start: [f32; N], l2: f32, steps: usize) -> [f32; N] {
    let train: Vec<&Page> = pages
        .iter()
        .filter(|p| !p.held_out && p.right.iter().any(|r| *r))
        .collect();
    let mut w = start;
    let (mut m, mut v) = ([0f64; N], [0f64; N]);
    let (b1, b2, lr) = (0.9f64, 0.999f64, 0.05f64);
    for t in 1..=steps {
        let mut g = [0f64; N];
        for p in &train {
            let s: Vec<f64> = p.candidates.iter().map(|x| score(&w, x) as f64).collect();
            let top = s.iter().cloned().fold(f64::MIN, f64::max);
            let e: Vec<f64> = s.iter().map(|x| (x - top).exp()).collect();
            let all: f64 = e.iter().sum();
            let good: f64 = e
                .iter()
                .zip(&p.right)
                .filter(|(_, r)| **r)
                .map(|(x, _)| x)
                .sum();
            for (j, x) in p.candidates.iter().enumerate() {
                // d/dw log(sum_right e / sum_all e)
                let coef = if p.right[j] { e[j] / good } else { 0.0 } - e[j] / all;
                for f in 0..N {
                    g[f] += coef * x[f] as f64;
                }
            }
        }
        for f in 0..N {
            let grad = g[f] / train.len() as f64 - 2.0 * l2 as f64 * w[f] as f64;
            m[f] = b1 * m[f] + (1.0 - b1) * grad;
            v[f] = b2 * v[f] + (1.0 - b2) * grad * grad;
            let mh = m[f] / (1.0 - b1.powi(t as i32));
            let vh = v[f] / (1.0 - b2.powi(t as i32));
            w[f] += (lr * mh / (vh.sqrt() + 1e-8)) as f32;
        }
    }
    w
}

fn main() -> anyhow::Result<()> {
    let mut l2 = 0.002f32;
    let mut steps = 2000usize;
    let mut aside = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--l2" => l2 = args.next().and_then(|v| v.parse().ok()).unwrap_or(l2),
            "--steps" => steps = args.next().and_then(|v| v.parse().ok()).unwrap_or(steps),
            "--aside" => aside = true,
            _ => {}
        }
    }
    let root = std::env::var_os("NEWSCLIP_BENCH")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench"));
    let pages = pages(&root)?;
    let mut now = [0f32; N];
    for (f, (_, w)) in TEXT_HEADLINE_EVIDENCE.iter().enumerate() {
        now[f] = *w;
    }
    let fitted = fit(&pages, [0.0; N], l2, steps);
    let reachable = pages
        .iter()
        .filter(|p| !p.held_out && p.right.iter().any(|r| *r))
        .count();
    println!("tuning pages with the headline among the candidates: {reachable}");
    for (name, w) in [("current", &now), ("fitted", &fitted)] {
        let (kt, nt) = hits(&pages, w, false);
        print!("{name:<8} tuning {kt}/{nt}");
        if aside {
            let (kh, nh) = hits(&pages, w, true);
            print!("  held-out {kh}/{nh}");
        }
        println!("  (trafilatura-eval x3 renderers + WCEB)");
    }
    println!("pub const TEXT_HEADLINE_EVIDENCE: [(&str, f32); {N}] = [");
    for (f, (name, _)) in TEXT_HEADLINE_EVIDENCE.iter().enumerate() {
        println!("    (\"{name}\", {:.2}),", fitted[f]);
    }
    println!("];");
    Ok(())
}
