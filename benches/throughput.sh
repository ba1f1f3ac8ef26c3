#!/usr/bin/env bash
# Speed benchmark, all in one run:
#   1. single-thread extraction throughput on the 181 scrapinghub pages, all
#      decompressed into memory first: newsclip (extract_str, extract_bytes),
#      parse-only (html5ever alone, into newsclip's DOM) and parse-newsclip
#      (newsclip's tokenizer and html5ever's tree builder) from
#      `cargo bench --bench throughput`,
#      and trafilatura's extract() on the same decompressed pages, installed from
#      PyPI into a virtualenv under target/, in paired rounds (a newsclip run,
#      then a trafilatura round); medians over rounds; the ratios as medians of
#      the rounds' ratios;
#   2. start-up: `newsclip tiny.html` and `newsclip --help` (the floor), as
#      instructions (callgrind, when valgrind is installed: repeatable on a busy
#      machine) and wall time (median of STARTUP_RUNS runs);
#   3. full-size pages: every page over 250 KB of ../shared/bench/wceb and
#      trafilatura-eval, decompressed under target/, whole process, one worker:
#      `newsclip --jobs 1`, html5ever parse-only (examples/parse_only.rs: read,
#      decode, parse) and trafilatura (one Python process extracting every
#      page), in the same run, medians over FULLSIZE_ROUNDS;
#   4. whole-process runs of `newsclip --jobs 1` and `--jobs 2` over a directory
#      of >= 5,000 pages (copies of the corpus under target/, gzipped as they
#      are), with wall time, CPU time and peak RSS from /usr/bin/time -v.
#
#   bash benches/throughput.sh   # ROUNDS=5 PROCESS_ROUNDS=5 COPIES=28 STARTUP_RUNS=20 FULLSIZE_ROUNDS=3
#   SECTIONS="startup fullsize" bash benches/throughput.sh   # some of: inprocess startup fullsize crawl
#
# Nothing is written outside target/. Needs python3 (with venv), /usr/bin/time.
# Wall-clock figures need an otherwise idle machine: the load average is printed
# at the start and the end, and every figure also has its CPU-time version.
set -euo pipefail
cd "$(dirname "$0")/.."

bench="${NEWSCLIP_BENCH:-../shared/bench}"
pages="$bench/scrapinghub/html"
rounds="${ROUNDS:-5}"
process_rounds="${PROCESS_ROUNDS:-5}"
copies="${COPIES:-28}"
startup_runs="${STARTUP_RUNS:-20}"
fullsize_rounds="${FULLSIZE_ROUNDS:-3}"
sections=" ${SECTIONS:-inprocess startup fullsize crawl} "
has() { [[ "$sections" == *" $1 "* ]]; }
trafilatura_version="${TRAFILATURA_VERSION:-2.3.1}"
out=target/throughput
venv=target/bench-venv
mkdir -p "$out"

if [ ! -d "$pages" ]; then
  echo "throughput.sh: corpus missing at $pages" >&2
  exit 1
fi
if [ ! -x /usr/bin/time ]; then
  echo "throughput.sh: /usr/bin/time is needed (apt-get install time)" >&2
  exit 1
fi

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== trafilatura $trafilatura_version in $venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import trafilatura, sys; sys.exit(trafilatura.__version__ != '$trafilatura_version')" 2>/dev/null; then
  # lxml >= 5.2 moved lxml.html.clean (used by jusText, which trafilatura
  # imports) into the separate lxml_html_clean package.
  "$venv/bin/pip" install --quiet "trafilatura==$trafilatura_version" lxml_html_clean
fi

if has inprocess; then
echo "== in-process, single thread, same pages: newsclip and parse-only (cargo bench --bench throughput)"
echo "   and trafilatura extract(), in $rounds paired rounds (one newsclip run, then one trafilatura round)"
cargo bench --quiet --no-run --bench throughput 2>/dev/null
"$venv/bin/python" - "$pages" "$rounds" "$out" <<'EOF'
import csv, gzip, pathlib, statistics, subprocess, sys, time, warnings
import trafilatura

warnings.filterwarnings("ignore")
import logging
logging.disable(logging.CRITICAL)

folder, rounds, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
pages = [gzip.decompress(p.read_bytes()) for p in sorted(folder.glob("*.html.gz"))]
n, mb = len(pages), sum(map(len, pages)) / 1e6

def trafilatura_round():
    w0, c0 = time.perf_counter(), time.thread_time()
    for page in pages:
        trafilatura.extract(page)
    return n / (time.perf_counter() - w0), n / (time.thread_time() - c0)

def newsclip_run():
    # Three rounds of every row (interleaved inside the bench), medians.
    subprocess.run(["cargo", "bench", "--quiet", "--bench", "throughput", "--",
                    "--rounds", "3", str(folder)], stdout=subprocess.DEVNULL, check=True)
    rows = csv.DictReader(open(out / "rust.tsv"), delimiter="\t")
    return {r["name"]: (float(r["pages_per_s"]), float(r["cpu_pages_per_s"])) for r in rows}

# Load moves on a scale of seconds on a shared machine: each round pairs a
# newsclip run with the trafilatura round right after it, and a ratio is the
# median of the rounds' ratios.
trafilatura_round()  # warm-up
paired = []
for _ in range(rounds):
    paired.append((newsclip_run(), trafilatura_round()))

names = list(paired[0][0])
print(f"{n} pages, {mb:.1f} MB decompressed; trafilatura {trafilatura.__version__}: 1 warm-up + {rounds} rounds")
print(f"{'':<16} {'pages/s':>9} {'MB/s':>8} {'ms/page':>9} {'cpu p/s':>9}   (medians of the rounds)")
def row(name, rates):
    w = statistics.median(r[0] for r in rates)
    c = statistics.median(r[1] for r in rates)
    print(f"{name:<16} {w:>9.1f} {mb * w / n:>8.2f} {1e3 / w:>9.2f} {c:>9.1f}")
for name in names:
    row(name, [nc[name] for nc, _ in paired])
row("trafilatura", [t for _, t in paired])
print()
print("ratios: median of the paired rounds' ratios, wall clock (CPU time in brackets), [lowest, highest round]")
def ratio(label, a, b, target):
    w = [nc[a][0] / (t[0] if b is None else nc[b][0]) for nc, t in paired]
    c = [nc[a][1] / (t[1] if b is None else nc[b][1]) for nc, t in paired]
    print(f"{label:<38} {statistics.median(w):6.2f}x  ({statistics.median(c):.2f}x)  "
          f"[{min(w):.2f}, {max(w):.2f}]   {target}")
for name in ("extract_bytes", "extract_str"):
    ratio(f"newsclip {name} / trafilatura", name, None, "[target >= 17x]")
    ratio(f"newsclip {name} / parse-only", name, "parse-only", "[target >= 0.5x]")
ratio("parse-newsclip / parse-only", "parse-newsclip", "parse-only", "")
w = [nc["parse-only"][0] / t[0] for nc, t in paired]
print(f"{'parse-only / trafilatura':<38} {statistics.median(w):6.2f}x")
with open(out / "trafilatura.tsv", "w") as f:
    f.write("name\tpages_per_s\tcpu_pages_per_s\n")
    f.write(f"trafilatura\t{statistics.median(t[0] for _, t in paired):.2f}\t"
            f"{statistics.median(t[1] for _, t in paired):.2f}\n")
EOF
fi

bin=target/release/newsclip
if has startup; then
  echo
  echo "== start-up: one tiny page, and --help as the floor (wall: median of $startup_runs runs)"
  cargo build --quiet --release
  tiny="$out/tiny.html"
  printf '<!doctype html><html><head><title>Hello</title></head><body><p>Hello world, this is a tiny page.</p></body></html>\n' >"$tiny"
  python3 - "$bin" "$tiny" "$startup_runs" <<'EOF'
import re, shutil, statistics, subprocess, sys, time
bin, tiny, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def wall_ms(args):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3

def instructions(args):
    if not shutil.which("valgrind"):
        return float("nan")
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"Collected : (\d+)", r.stderr)
    return int(m.group(1)) / 1e6 if m else float("nan")

for name, args, target in [("tiny page", [bin, tiny], "[target <= 10 M instructions, <= 5 ms]"),
                           ("--help", [bin, "--help"], "(the floor)")]:
    print(f"start-up {name:<10} {instructions(args):8.2f} M instructions {wall_ms(args):7.2f} ms wall   {target}")
EOF
fi

if has fullsize; then
  echo
  big="$out/fullsize"
  if [ ! -f "$big/.complete" ]; then
    rm -rf "$big"
    mkdir -p "$big"
    python3 - "$bench" "$big" <<'EOF'
import gzip, pathlib, sys
bench, big = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for corpus in ("wceb", "trafilatura-eval"):
    for f in sorted((bench / corpus / "html").glob("*.html.gz")):
        page = gzip.decompress(f.read_bytes())
        if len(page) > 250_000:
            (big / f"{corpus}-{f.name[:-3]}").write_bytes(page)
EOF
    touch "$big/.complete" # hidden: not an input
  fi
  n_big=$(find "$big" -name '*.html' | wc -l)
  echo "== full-size pages: $n_big pages over 250 KB ($(du -sh "$big" | cut -f1)) from wceb and trafilatura-eval, whole process, one worker, $fullsize_rounds rounds"
  cargo build --quiet --release --example parse_only
  "$venv/bin/python" - "$bin" target/release/examples/parse_only "$big" "$fullsize_rounds" "$n_big" <<'EOF'
import statistics, subprocess, sys, time
bin, parse_only, big, rounds, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
trafilatura = [sys.executable, "-c", """
import logging, pathlib, sys, warnings
warnings.filterwarnings("ignore"); logging.disable(logging.CRITICAL)
import trafilatura
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    trafilatura.extract(f.read_bytes())
""", big]
runs = {"newsclip --jobs 1": [bin, "--jobs", "1", "--quiet", "--format", "jsonl", big],
        "parse-only": [parse_only, big],
        "trafilatura": trafilatura}
times = {name: [] for name in runs}
for _ in range(rounds):
    for name, args in runs.items():
        t0 = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        times[name].append(time.perf_counter() - t0)
rate = {}
for name, ts in times.items():
    w = statistics.median(ts)
    rate[name] = n / w
    print(f"{name:<18} {n / w:8.1f} pages/s  {w:7.2f} s (median of {rounds})")
nc = rate["newsclip --jobs 1"]
print(f"full-size newsclip / trafilatura: {nc / rate['trafilatura']:6.2f}x   [target >= 20x]")
print(f"full-size newsclip / parse-only:  {nc / rate['parse-only']:6.2f}x   [target >= 1.2x]")
EOF
fi

if has crawl; then

echo
crawl="$out/crawl"
n_pages=$(find "$pages" -name '*.html.gz' | wc -l)
total=$((n_pages * copies))
if [ ! -f "$crawl/.complete-$copies" ]; then
  rm -rf "$crawl"
  for i in $(seq -w 1 "$copies"); do
    mkdir -p "$crawl/copy$i"
    cp "$pages"/*.html.gz "$crawl/copy$i/"
  done
  touch "$crawl/.complete-$copies" # hidden: not an input
fi
echo "== whole process over $crawl: $total pages ($copies copies), $(du -sh "$crawl" | cut -f1) gzipped"
cargo build --quiet --release

for round in $(seq 1 "$process_rounds"); do
  for jobs in 1 2; do
    log="$out/time-j$jobs-r$round.txt"
    status=0
    /usr/bin/time -v -o "$log" "$bin" --jobs "$jobs" "$crawl" >/dev/null 2>"$out/stderr-j$jobs-r$round.txt" || status=$?
    echo "  round $round --jobs $jobs: exit $status; $(tail -1 "$out/stderr-j$jobs-r$round.txt")"
  done
done

"$venv/bin/python" - "$out" "$process_rounds" "$total" <<'EOF'
import re, statistics, sys
out, rounds, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

def parse(path):
    text = open(path).read()
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    parts = [float(x) for x in m.group(1).split(":")]
    wall = sum(x * 60 ** i for i, x in enumerate(reversed(parts)))
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return wall, user + system, rss / 1024

res = {}
for jobs in (1, 2):
    runs = [parse(f"{out}/time-j{jobs}-r{r}.txt") for r in range(1, rounds + 1)]
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    rss = max(r[2] for r in runs)
    res[jobs] = wall
    res[f"cpu{jobs}"] = cpu
    print(f"--jobs {jobs}: wall {wall:6.2f} s (median of {rounds}), {total / wall:6.1f} pages/s, "
          f"CPU {cpu:6.2f} s, peak RSS {rss:5.1f} MB   [target < 150 MB]")
print(f"speedup --jobs 2 / --jobs 1: {res[1] / res[2]:.2f}x   [target >= 1.7x]")
# Only meaningful when the machine is otherwise idle (see the load averages):
# with two cores, the best wall-time speedup is bounded by the extra CPU that the
# second worker costs.
print(f"  (CPU time --jobs 2 / --jobs 1: {res['cpu2'] / res['cpu1']:.2f}; on an idle machine the "
      f"speedup could reach 2 x {res['cpu1']:.2f} / {res['cpu2']:.2f} = {2 * res['cpu1'] / res['cpu2']:.2f}x)")
EOF
fi
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
