#!/usr/bin/env bash
# Records of every development corpus, for checking that a speed change leaves
# outputs byte-identical:
#
#   bash benches/outputs.sh save before     # target/outputs/before/*.jsonl
#   ... change, rebuild ...
#   bash benches/outputs.sh save after
#   bash benches/outputs.sh diff before after
#
# BIN picks the binary (default target/release/newsclip).
set -euo pipefail
cd "$(dirname "$0")/.."
bench="${NEWSCLIP_BENCH:-../shared/bench}"
bin="${BIN:-target/release/newsclip}"
out=target/outputs

corpora=(
  "scrapinghub:scrapinghub/html:*.html.gz"
  "readability:readability-pages:source.html"
  "trafilatura-eval:trafilatura-eval/html:*.html.gz"
  "wceb:wceb/html:*.html.gz"
  "scrapinghub-text:scrapinghub-text:*.txt"
  "trafilatura-eval-text:trafilatura-eval-text:*.txt"
  "wceb-text:wceb-text:*.txt"
)

case "${1:-}" in
  save)
    name="${2:?save NAME}"
    mkdir -p "$out/$name"
    for c in "${corpora[@]}"; do
      IFS=: read -r label dir glob <<<"$c"
      [ -d "$bench/$dir" ] || { echo "outputs.sh: missing $bench/$dir" >&2; exit 1; }
      "$bin" --quiet --format jsonl --glob "$glob" "$bench/$dir" >"$out/$name/$label.jsonl" || true
      echo "$label: $(wc -l <"$out/$name/$label.jsonl") records"
    done
    ;;
  diff)
    a="${2:?diff A B}" b="${3:?diff A B}" status=0
    for c in "${corpora[@]}"; do
      label="${c%%:*}"
      if cmp -s "$out/$a/$label.jsonl" "$out/$b/$label.jsonl"; then
        echo "$label: identical"
      else
        echo "$label: DIFFERENT ($(diff <(cat "$out/$a/$label.jsonl") "$out/$b/$label.jsonl" | grep -c '^>') records)"
        status=1
      fi
    done
    exit $status
    ;;
  *)
    echo "usage: outputs.sh save NAME | diff A B" >&2
    exit 2
    ;;
esac
