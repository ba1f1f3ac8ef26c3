#!/usr/bin/env python3
"""newsclip as the mapper of a real Apache Spark job (local mode).

Run from the repository: `python3 tests/spark_pipe.py`. It creates a virtualenv
under target/spark-venv, installs pyspark from PyPI into it (a failure to
install is a test failure, never a skip), and uses the machine's Java. It then
runs `RDD.pipe` with newsclip three ways:

1. over file paths (`newsclip --files-from -`),
2. over pages as JSON Lines records (`newsclip --input-format jsonl`),
3. over WARC archives, by path (`newsclip --files-from -`),

and, for (2), also from a DataFrame of pages turned into JSON by Spark
(`to_json(struct(...))`),

and checks that every input gives exactly one record, in input order, equal to
a plain single-process run of newsclip over the same pages.

Pages: the bundled sample, and the first pages (sorted by name) of the
scrapinghub benchmark in ../shared/bench, as HTML and as w3m text; missing
benchmark pages are a failure.
"""

import gzip
import json
import os
import shlex
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "target" / "spark-venv"
PYSPARK = "pyspark>=3.5,<5"
BENCH = Path(os.environ.get("NEWSCLIP_BENCH", ROOT.parent / "shared" / "bench"))
HTML_PAGES = 24
TEXT_PAGES = 8
PARTITIONS = 4


def fail(message):
    print(f"spark_pipe: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def in_venv():
    """Re-run this script with the virtualenv's Python, installing pyspark first."""
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not python.exists():
        print(f"spark_pipe: creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    check = subprocess.run([python, "-c", "import pyspark"], capture_output=True)
    if check.returncode != 0:
        print(f"spark_pipe: installing {PYSPARK} from PyPI", flush=True)
        pip = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYSPARK]
        )
        if pip.returncode != 0:
            fail(f"could not install {PYSPARK} into {VENV}")
    os.execv(python, [str(python), __file__, *sys.argv[1:]])


def newsclip_binary():
    """The debug binary (`cargo test` has built it; this is quick if so)."""
    if "NEWSCLIP_BIN" in os.environ:
        return os.environ["NEWSCLIP_BIN"]
    build = subprocess.run(["cargo", "build", "--locked", "--quiet", "--bin", "newsclip"], cwd=ROOT)
    if build.returncode != 0:
        fail("cargo build failed")
    return str(ROOT / "target" / "debug" / "newsclip")


def run_newsclip(binary, args, stdin=None):
    """A plain single-process run; returns its JSON Lines as objects."""
    out = subprocess.run(
        [binary, "--quiet", "--format", "jsonl", *args],
        input=stdin,
        capture_output=True,
        check=False,
    )
    if out.returncode != 0:
        fail(f"newsclip {' '.join(args[:3])}... exited {out.returncode}: {out.stderr.decode()[:500]}")
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def pages():
    html_dir = BENCH / "scrapinghub" / "html"
    text_dir = BENCH / "scrapinghub-text" / "w3m"
    html = sorted(html_dir.glob("*.html.gz"))[:HTML_PAGES]
    text = sorted(text_dir.glob("*.txt"))[:TEXT_PAGES]
    if len(html) < HTML_PAGES or len(text) < TEXT_PAGES:
        fail(f"benchmark pages missing under {BENCH}")
    return [ROOT / "fixtures" / "viewus-world.txt", *html, *text]


def warc_archives(paths, where):
    """Three gzipped WARC archives (one gzip member per record) holding the
    HTML pages as HTTP responses, plus a request record each (skipped)."""
    archives, expected = [], 0
    html = [p for p in paths if p.name.endswith(".html.gz")]
    for n in range(3):
        archive = where / f"crawl-{n}.warc.gz"
        with open(archive, "wb") as out:
            for i, page in enumerate(html[n::3]):
                body = gzip.decompress(page.read_bytes())
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
                uri = f"https://example.com/{n}/{i}"
                for kind, block in (("request", b"GET / HTTP/1.1\r\n\r\n"), ("response", http)):
                    head = (
                        f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
                        f"WARC-Record-ID: <urn:uuid:{n}-{i}-{kind}>\r\n"
                        f"WARC-Target-URI: {uri}\r\n"
                        f"Content-Type: application/http; msgtype={kind}\r\n"
                        f"Content-Length: {len(block)}\r\n\r\n"
                    ).encode()
                    out.write(gzip.compress(head + block + b"\r\n\r\n"))
                expected += 1
        archives.append(archive)
    return archives, expected


def check(name, got, want, inputs):
    """`got` from Spark equals `want` from one process, one record per input."""
    print(f"spark_pipe: {name}: {inputs} inputs, {len(got)} records from Spark, "
          f"{len(want)} from one process", flush=True)
    if len(got) != inputs or len(want) != inputs:
        fail(f"{name}: expected {inputs} records")
    errors = [r for r in got if "error" in r]
    if errors:
        fail(f"{name}: error entries: {errors[:3]}")
    for g, w in zip(got, want):
        if g != w:
            keys = [k for k in w if g.get(k) != w.get(k)]
            fail(f"{name}: record for {w.get('source')} differs in {keys}")
    sources = [r["source"] for r in got]
    if len(set(sources)) != len(sources):
        fail(f"{name}: duplicate sources")


def main():
    in_venv()
    from pyspark import SparkConf, SparkContext

    # Spark's driver and executors stay on this machine's loopback
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    binary = newsclip_binary()
    paths = pages()
    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("newsclip-pipe-test")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.memory", "1g")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    print(f"spark_pipe: Spark {sc.version}, master {sc.master}, {PARTITIONS} partitions",
          flush=True)
    try:
        # 1. file paths, one per line, as the mapper's stdin
        names = [str(p) for p in paths]
        got = [json.loads(line) for line in
               sc.parallelize(names, PARTITIONS)
               .pipe(shlex.join([binary, "--quiet", "--files-from", "-"]), checkCode=True).collect()]
        want = run_newsclip(binary, names)
        check("paths (--files-from -)", got, want, len(names))
        if [r["source"] for r in got] != names:
            fail("paths: records are not in input order")
        by_path = dict(zip(names, want))

        # 2. the same pages as JSON Lines records, decoded here as a crawl's
        #    fetch step would (UTF-8 pages only, so both sides see one text)
        records, kept = [], []
        for p in paths:
            data = p.read_bytes()
            if p.name.endswith(".gz"):
                data = gzip.decompress(data)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            key = "html" if p.name.endswith(".html.gz") else "text"
            records.append(json.dumps({"id": p.name, key: text, "crawl_date": "2024-01-01"}))
            kept.append(p)
        got = [json.loads(line) for line in
               sc.parallelize(records, PARTITIONS)
               .pipe(shlex.join([binary, "--quiet", "--input-format", "jsonl"]), checkCode=True).collect()]
        want = run_newsclip(binary, ["--input-format", "jsonl"],
                            stdin=("\n".join(records) + "\n").encode())
        check("JSON Lines records (--input-format jsonl)", got, want, len(records))
        if [r["source"] for r in got] != [f"-#{p.name}" for p in kept]:
            fail("jsonl: sources are not INPUT#ID in input order")
        # and each record is the file's record, but for its source
        for record, p in zip(got, kept):
            from_file = dict(by_path[str(p)], source=record["source"])
            if record != from_file:
                keys = [k for k in record if record[k] != from_file.get(k)]
                fail(f"jsonl: {p.name} differs from the file's record in {keys}")
        print(f"spark_pipe: JSON Lines records equal the file records for {len(kept)} pages",
              flush=True)

        # 2b. the usual shape of crawl data after the fetch: a DataFrame of pages,
        #     turned into JSON Lines by Spark itself
        from pyspark.sql import SparkSession
        from pyspark.sql.functions import struct, to_json

        spark = SparkSession(sc)
        rows = [json.loads(r) for r in records]
        frame = spark.createDataFrame(
            [(r["id"], r.get("html"), r.get("text")) for r in rows], "id string, html string, text string"
        ).repartition(PARTITIONS)
        lines = frame.select(to_json(struct("id", "html", "text"))).rdd.map(lambda row: row[0])
        got = [json.loads(line) for line in
               lines.pipe(shlex.join([binary, "--quiet", "--input-format", "jsonl"]),
                          checkCode=True).collect()]
        # a repartitioned frame has no order: match records by source
        by_source = {r["source"]: r for r in want}
        print(f"spark_pipe: DataFrame to_json records: {len(rows)} inputs, {len(got)} records "
              f"from Spark", flush=True)
        if len(got) != len(rows) or sorted(r["source"] for r in got) != sorted(by_source):
            fail("DataFrame: expected one record per row, with its id")
        for record in got:
            if record != by_source[record["source"]]:
                fail(f"DataFrame: record for {record['source']} differs from one process")

        # 3. WARC archives, by path
        with tempfile.TemporaryDirectory(dir=ROOT / "target") as tmp:
            archives, responses = warc_archives(paths, Path(tmp))
            names = [str(a) for a in archives]
            got = [json.loads(line) for line in
                   sc.parallelize(names, len(names))
                   .pipe(shlex.join([binary, "--quiet", "--files-from", "-"]), checkCode=True).collect()]
            want = run_newsclip(binary, names)
            check("WARC archives (--files-from -)", got, want, responses)
            if not all(r["url"].startswith("https://example.com/") for r in got):
                fail("warc: records lack their target URI")
    finally:
        sc.stop()
    print("spark_pipe: 4 passed, 0 failed", flush=True)


if __name__ == "__main__":
    main()
