#!/usr/bin/env bash
# Fill fuzz/corpus/<target>/ (not committed) with seeds: the small committed seeds
# in fuzz/seeds/, the fixture, and a few benchmark pages from ../shared/bench.
#   fuzz/seed.sh [N]     N pages per corpus (default 8), the smallest ones
set -euo pipefail
cd "$(dirname "$0")"
n="${1:-8}"
bench="${NEWSCLIP_BENCH:-../../shared/bench}"
for t in text html bytes; do
  mkdir -p "corpus/$t"
  cp seeds/"$t"/* "corpus/$t/"
done
cp ../fixtures/viewus-world.txt corpus/text/
cp ../fixtures/viewus-world.txt corpus/bytes/
if [ ! -d "$bench" ]; then
  echo "seed.sh: no benchmark corpus at $bench; committed seeds only" >&2
  mkdir -p corpus/tree
  cp corpus/html/* corpus/tree/
  exit 0
fi
smallest() { ls -S "$@" | tail -n "$n"; }
# plain-text renderings (w3m, lynx, elinks) of the scrapinghub pages
for r in w3m lynx elinks; do
  for f in $(smallest "$bench/scrapinghub-text/$r"); do
    cp "$bench/scrapinghub-text/$r/$f" "corpus/text/$r-$f"
  done
done
# HTML: decompressed for the html target, as stored (gzip) for the bytes target
for f in $(smallest "$bench/scrapinghub/html"); do
  gzip -dc "$bench/scrapinghub/html/$f" > "corpus/html/${f%.gz}"
  cp "$bench/scrapinghub/html/$f" "corpus/bytes/$f"
done
for d in $(ls "$bench/readability-pages" | head -n "$n"); do
  src="$bench/readability-pages/$d/source.html"
  [ -f "$src" ] || continue
  cp "$src" "corpus/html/readability-$d.html"
  cp "$src" "corpus/bytes/readability-$d.html"
done
# the tree target (tokenizer against html5ever's) starts from the HTML seeds
mkdir -p corpus/tree
cp corpus/html/* corpus/tree/
du -sh corpus/*
