"""Runs the HazChem benchmarks against their baselines and writes bench/results.json.

    python bench/harness.py --hazchem .build/release/hazchem --c-register bench/out/register-c \
        --python bench/out/venv/bin/python --db bench/out/province.sqlite [--runs 5] [--only register,…]

Every figure is the median of --runs runs; HazChem and its baseline run one after the other in each
round (the order alternates between rounds), wall time from the parent and peak RSS from wait4(2) of
each child. `ratio` is the median of the per-round HazChem/baseline ratios. scripts/bench.sh prepares
the inputs and calls this; see bench/README.md.
"""
import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
sys.path.insert(0, str(BENCH))
import make_inputs  # noqa: E402
import rows as register_rows  # noqa: E402


TIME = "/usr/bin/time"


class Failure(Exception):
    pass


def run(cmd, stdin=None, cwd=ROOT, expect=(0,)):
    """Runs `cmd` once under /usr/bin/time: (wall seconds, peak RSS in MB, stdout text).

    The peak RSS comes from GNU time rather than from wait4() here: a child forked from this Python
    process inherits its resident-set high-water mark through exec, so it would report at least the
    harness's own size. time(1) is small, so its children start near zero.
    """
    log, err_log, rss_log = OUT / "last-run.out", OUT / "last-run.err", OUT / "last-run.rss"
    with open(log, "wb") as out, open(err_log, "wb") as err:
        stdin_file = open(stdin, "rb") if stdin else subprocess.DEVNULL
        start = time.perf_counter()
        code = subprocess.call([TIME, "-q", "-f", "%M", "-o", str(rss_log)] + [str(c) for c in cmd],
                               stdin=stdin_file, stdout=out, stderr=err, cwd=cwd)
        wall = time.perf_counter() - start
        if stdin:
            stdin_file.close()
    if code not in expect:
        message = err_log.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise Failure("command failed (exit %d): %s\n%s" % (code, " ".join(map(str, cmd)), message))
    rss_kb = int(rss_log.read_text().split()[-1])
    return wall, rss_kb / 1024.0, log.read_text(encoding="utf-8", errors="replace")


def median(values):
    return statistics.median(values) if values else None


def pairwise(hazchem, baseline, name, base_name, runs, target=None, extra=None):
    """A result row from per-round (wall, rss) samples of HazChem and its baseline."""
    h_wall = [w for w, _ in hazchem]
    b_wall = [w for w, _ in baseline]
    row = {
        "name": name,
        "baseline": base_name,
        "hazchem_s": round(median(h_wall), 4),
        "baseline_s": round(median(b_wall), 4),
        "ratio": round(median([h / b for h, b in zip(h_wall, b_wall)]), 3),
        "hazchem_rss_mb": round(median([r for _, r in hazchem]), 1),
        "baseline_rss_mb": round(median([r for _, r in baseline]), 1),
        "runs": runs,
        "target": target,
        "met": None,
    }
    row.update(extra or {})
    return row


def rounds(runs, commands, prepare=None):
    """Runs each labelled command once per round, rotating the order; returns {label: [(wall, rss)]}."""
    samples = {label: [] for label, _ in commands}
    for r in range(runs):
        order = commands[r % len(commands):] + commands[:r % len(commands)]
        for label, spec in order:
            if prepare:
                prepare(label)
            wall, rss, _ = run(spec["cmd"], stdin=spec.get("stdin"))
            samples[label].append((wall, rss))
            print("  round %d %-12s %7.3f s %7.1f MB" % (r + 1, label, wall, rss), flush=True)
    return samples


# ---------------------------------------------------------------- register


def register_commands(args, n, suffix=""):
    return [
        ("hazchem", {"cmd": [args.hazchem, "export", "register", "--synthetic", str(n),
                             "--out", str(OUT / ("register-hazchem%s.xlsx" % suffix))]}),
        ("c", {"cmd": [args.c_register, str(n), str(OUT / ("register-c%s.xlsx" % suffix))]}),
        ("xlsxwriter", {"cmd": [args.python, str(BENCH / "register_xlsxwriter.py"), str(n),
                                str(OUT / ("register-xlsxwriter%s.xlsx" % suffix))]}),
        ("openpyxl", {"cmd": [args.python, str(BENCH / "register_openpyxl.py"), str(n),
                              str(OUT / ("register-openpyxl%s.xlsx" % suffix))]}),
    ]


def check_register_outputs(args, n, suffix=""):
    """Every writer's workbook has the same cell values: all rows of the header and a sample, via openpyxl."""
    sample = sorted(i for i in {1, 2, 3, 6, 7, 12, 60, 365, 1000, 9999, n}
                    | set(random.Random(7).sample(range(1, n + 1), min(200, n))) if i <= n)
    script = """
import json, sys
from openpyxl import load_workbook
path, wanted = sys.argv[1], set(json.loads(sys.argv[2]))
ws = load_workbook(path, read_only=True)["企业台账"]
found, count = {}, 0
for index, values in enumerate(ws.iter_rows(values_only=True)):
    count += 1
    if index == 0 or index in wanted:
        found[index] = [v.isoformat() if hasattr(v, "isoformat") else v for v in values]
print(json.dumps({"rows": count, "cells": found}, ensure_ascii=False))
"""
    results = {}
    for label, spec in register_commands(args, n, suffix):
        path = spec["cmd"][-1]
        out = subprocess.run([args.python, "-c", script, path, json.dumps(sample)], check=True,
                             capture_output=True, text=True).stdout
        results[label] = json.loads(out)
    reference = results["hazchem"]
    if reference["rows"] != n + 1:
        raise Failure("hazchem register has %d rows, expected %d" % (reference["rows"], n + 1))
    # HazChem against bench/rows.py, every cell of the header and the sampled rows (so all four writers agree
    # with the columns HazChem writes, not merely with each other).
    expected = {"0": list(register_rows.HEADERS)}
    expected.update({str(i): register_rows.read_back(i) for i in sample})
    for key, cells in expected.items():
        if reference["cells"].get(key) != cells:
            raise Failure("hazchem register row %s differs from bench/rows.py:\n  hazchem %r\n  rows.py %r" % (
                key, reference["cells"].get(key), cells))
    for label, result in results.items():
        if result != reference:
            for key in reference["cells"]:
                if reference["cells"][key] != result["cells"].get(key):
                    raise Failure("register %s differs from hazchem at row %s:\n  hazchem %r\n  %s %r" % (
                        label, key, reference["cells"][key], label, result["cells"].get(key)))
            raise Failure("register %s has %d rows, hazchem %d" % (label, result["rows"], reference["rows"]))
    print("  same cell values in all four workbooks (header + %d sampled rows of %d)" % (len(sample), n))


def idle_floors(args):
    """Peak RSS of each program doing nothing: HazChem printing its help, the C program its usage, Python
    importing the library. Median of five."""
    specs = {
        "hazchem": ([args.hazchem, "--help"], (0,)),
        "c": ([args.c_register], (2,)),
        "xlsxwriter": ([args.python, "-c", "import xlsxwriter"], (0,)),
        "openpyxl": ([args.python, "-c", "import openpyxl"], (0,)),
    }
    floors = {}
    for label, (cmd, expect) in specs.items():
        floors[label] = round(median([run(cmd, expect=expect)[1] for _ in range(5)]), 1)
    print("  idle RSS floors (MB): %s" % floors)
    return floors


def bench_register(args):
    n = args.rows
    results = []
    print("register export: %d rows x %d columns" % (n, len(register_rows.HEADERS)), flush=True)
    commands = register_commands(args, n)
    samples = rounds(args.runs, commands)
    check_register_outputs(args, n)
    floors = idle_floors(args)
    names = {"c": "C + libxlsxwriter (constant memory)", "xlsxwriter": "Python XlsxWriter (constant_memory)",
             "openpyxl": "openpyxl (write-only)"}
    for label in ["c", "xlsxwriter", "openpyxl"]:
        h_rss = median([r for _, r in samples["hazchem"]])
        b_rss = median([r for _, r in samples[label]])
        extra = {
            "hazchem_idle_rss_mb": floors["hazchem"],
            "baseline_idle_rss_mb": floors[label],
            "hazchem_rss_above_idle_mb": round(h_rss - floors["hazchem"], 1),
            "baseline_rss_above_idle_mb": round(b_rss - floors[label], 1),
            "rss_ratio": round(h_rss / b_rss, 2),
            "rss_above_idle_ratio": round((h_rss - floors["hazchem"]) / max(b_rss - floors[label], 0.1), 2),
        }
        target = "time <= 1.15x, peak RSS <= 2x" if label == "c" else None
        row = pairwise(samples["hazchem"], samples[label], "register export %dk rows" % (n // 1000), names[label],
                       args.runs, target, extra)
        if label == "c":
            row["met_time"] = row["ratio"] <= 1.15
            row["met_memory"] = extra["rss_ratio"] <= 2
            row["met_memory_above_idle"] = extra["rss_above_idle_ratio"] <= 2
            row["met"] = row["met_time"] and row["met_memory"]
        results.append(row)
    # Memory stays flat as rows grow: 3x the rows, HazChem and C only.
    big = n * 3
    print("register export: %d rows (memory flatness, HazChem and C)" % big, flush=True)
    flat = rounds(min(args.runs, 3), register_commands(args, big, "-big")[:2])
    row = pairwise(flat["hazchem"], flat["c"], "register export %dk rows" % (big // 1000), names["c"],
                   min(args.runs, 3), "peak RSS flat from %dk rows" % (n // 1000))
    grown = row["hazchem_rss_mb"] - results[0]["hazchem_rss_mb"]
    row["hazchem_rss_growth_mb"] = round(grown, 1)
    row["baseline_rss_growth_mb"] = round(row["baseline_rss_mb"] - results[0]["baseline_rss_mb"], 1)
    row["met"] = grown <= 1.0
    results.append(row)
    for path in OUT.glob("register-*-big.xlsx"):
        path.unlink()
    return results


# ---------------------------------------------------------------- monthly


def bench_monthly(args):
    if not Path(args.db).exists():
        raise Failure("province database %s missing (scripts/bench.sh creates it with hazchem demo)" % args.db)
    sql = OUT / "monthly.sql"
    make_inputs.monthly_sql(sql)
    committed = (BENCH / "monthly.sql").read_text(encoding="utf-8")
    if committed != sql.read_text(encoding="utf-8"):
        raise Failure("bench/monthly.sql is out of date with MonthlySQL.swift: "
                      "run python3 bench/make_inputs.py monthly-sql bench/monthly.sql")
    print("monthly summary over %s (month %s)" % (args.db, args.month), flush=True)
    common = ["--db", args.db, "--month", args.month, "--as-of", args.as_of]
    commands = [
        ("report", {"cmd": [args.hazchem, "report", "monthly", "--format", "json"] + common}),
        ("sqlite3", {"cmd": [args.sqlite3, args.db], "stdin": str(BENCH / "monthly.sql")}),
        ("export", {"cmd": [args.hazchem, "export", "monthly", "--out", str(OUT / "monthly.xlsx")] + common}),
    ]
    _, _, text = run(commands[0][1]["cmd"])
    report = json.loads(text)
    enterprises = len(report.get("enterprises", []))
    print("  report lists %d counted assessments" % enterprises)
    samples = rounds(args.runs, commands)
    results = []
    for label, name in [("report", "monthly report --format json"), ("export", "monthly export (xlsx)")]:
        row = pairwise(samples[label], samples["sqlite3"], name, "sqlite3 shell, same queries (bench/monthly.sql)",
                       args.runs, "< 2x", {"enterprise_lines": enterprises})
        row["met"] = row["ratio"] < 2
        results.append(row)
    return results


# ---------------------------------------------------------------- register from a database


def bench_register_db(args):
    """`hazchem export register --db` over every enterprise of the database, beside the C program writing as many
    synthetic rows (the same 23 columns through libxlsxwriter: the floor of writing that many rows, without the
    database reads). A diagnostic figure: the issue sets no target for it."""
    if not Path(args.db).exists():
        raise Failure("database %s missing" % args.db)
    out = OUT / "register-db.xlsx"
    n = int(subprocess.run([args.sqlite3, str(args.db), "SELECT count(*) FROM enterprise"], check=True,
                           capture_output=True, text=True).stdout)
    print("register export from %s: %d enterprises" % (args.db, n), flush=True)
    _, _, text = run([args.hazchem, "export", "register", "--db", args.db, "--out", out])
    if str(n) not in text:
        raise Failure("register export did not report %d enterprises: %s" % (n, text.strip()))
    commands = [
        ("hazchem", {"cmd": [args.hazchem, "export", "register", "--db", args.db, "--out", out]}),
        ("c", {"cmd": [args.c_register, str(n), str(OUT / "register-c-db.xlsx")]}),
    ]
    samples = rounds(args.runs, commands)
    row = pairwise(samples["hazchem"], samples["c"], "register export from the database",
                   "C + libxlsxwriter writing as many synthetic rows (no database)", args.runs, None,
                   {"rows": n, "rows_per_s": round(n / median([w for w, _ in samples["hazchem"]]))})
    for path in [out, OUT / "register-c-db.xlsx"]:
        path.unlink(missing_ok=True)
    return [row]


# ---------------------------------------------------------------- import


def bench_import(args):
    csv = OUT / ("enterprises-%dk.csv" % (args.import_rows // 1000))
    if not csv.exists():
        make_inputs.write_enterprises(args.import_rows, csv)
    h_db, s_db, w_db = OUT / "import-hazchem.sqlite", OUT / "import-sqlite3.sqlite", OUT / "import-same.sqlite"
    template = OUT / "import-template.sqlite"

    def remove(db):
        for suffix in ["", "-wal", "-shm", "-journal"]:
            Path(str(db) + suffix).unlink(missing_ok=True)

    # A fresh HazChem database (schema and regions, nothing else) for the same-writes baseline.
    remove(template)
    run([args.hazchem, "region", "list", "--db", template])
    subprocess.run([args.sqlite3, str(template), "PRAGMA wal_checkpoint(TRUNCATE)"], check=True, capture_output=True)
    # HazChem's own result, once, as the input of the same-writes baseline.
    remove(h_db)
    run([args.hazchem, "enterprise", "import", csv, "--db", h_db, "--user", "bench"])
    stored = OUT / "import-stored.csv"
    columns = make_inputs.import_same_writes_sql(OUT / "import-same-writes.sql", stored)
    with open(stored, "wb") as f:
        subprocess.run([args.sqlite3, "-csv", "-header", str(h_db),
                        "SELECT %s FROM enterprise ORDER BY id" % ", ".join(columns)], check=True, stdout=f)

    def fresh(label):
        db = {"hazchem": h_db, "sqlite3": s_db, "same": w_db}[label]
        remove(db)
        if label == "same":
            shutil.copyfile(template, w_db)

    commands = [
        ("hazchem", {"cmd": [args.hazchem, "enterprise", "import", str(csv), "--db", str(h_db), "--user", "bench"]}),
        ("sqlite3", {"cmd": [args.sqlite3, str(s_db), ".import --csv %s plain" % csv]}),
        ("same", {"cmd": [args.sqlite3, str(w_db)], "stdin": str(OUT / "import-same-writes.sql")}),
    ]
    print("import of %d enterprises from CSV (fresh database each run)" % args.import_rows, flush=True)
    samples = rounds(args.runs, commands, prepare=fresh)
    created = "audit_log WHERE entity = 'enterprise' AND action = 'create'"
    for db, table in [(h_db, "enterprise"), (s_db, "plain"), (w_db, "enterprise"), (h_db, created), (w_db, created)]:
        count = int(subprocess.run([args.sqlite3, str(db), "SELECT count(*) FROM %s" % table], check=True,
                                   capture_output=True, text=True).stdout)
        if count != args.import_rows:
            raise Failure("%s: %s holds %d rows, expected %d" % (db, table, count, args.import_rows))
    name = "enterprise import %dk rows" % (args.import_rows // 1000)
    row = pairwise(samples["hazchem"], samples["sqlite3"], name, "sqlite3 shell .import --csv into a plain table",
                   args.runs, "<= 3x")
    row["met"] = row["ratio"] <= 3
    same = pairwise(samples["hazchem"], samples["same"], name,
                    "sqlite3 shell storing the same rows + audit rows, no validation", args.runs, None)
    return [row, same]


# ---------------------------------------------------------------- scoring


def bench_scoring(args):
    print("scoring: %d assessments in process" % args.score_count, flush=True)
    seconds, rates, rss, walls = [], [], [], []
    for r in range(args.runs):
        wall, peak, text = run([args.hazchem, "bench-score", "--count", str(args.score_count)])
        figures = json.loads(text)
        seconds.append(figures["seconds"])
        rates.append(figures["per_second"])
        rss.append(peak)
        walls.append(wall)
        print("  round %d %9.0f assessments/s (%.3f s scoring, %.3f s process)" % (
            r + 1, figures["per_second"], figures["seconds"], wall), flush=True)
    rate = median(rates)
    return [{
        "name": "scoring %dk assessments (one core)" % (args.score_count // 1000),
        "baseline": None, "hazchem_s": round(median(seconds), 4), "baseline_s": None, "ratio": None,
        "hazchem_rss_mb": round(median(rss), 1), "baseline_rss_mb": None, "runs": args.runs,
        "per_second": round(rate), "process_wall_s": round(median(walls), 4),
        "target": ">= 100000 assessments/s", "met": rate >= 100000,
    }]


# ---------------------------------------------------------------- output


def machine():
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu}


def print_table(results):
    header = ["benchmark", "baseline", "HazChem s", "base s", "ratio", "HazChem MB", "base MB", "target", "met"]
    lines = [header]
    for r in results:
        met = {True: "yes", False: "NO", None: "-"}[r.get("met")]
        if r["name"].startswith("scoring"):
            lines.append([r["name"], "-", "%.3f" % r["hazchem_s"], "-", "%d/s" % r["per_second"],
                          "%.1f" % r["hazchem_rss_mb"], "-", r["target"], met])
            continue
        lines.append([r["name"], r["baseline"], "%.3f" % r["hazchem_s"], "%.3f" % r["baseline_s"],
                      "%.2f" % r["ratio"], "%.1f" % r["hazchem_rss_mb"], "%.1f" % r["baseline_rss_mb"],
                      r["target"] or "-", met])
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(line)))
        if index == 0:
            print("  ".join("-" * w for w in widths))
    for r in results:
        if "rss_above_idle_ratio" in r and r.get("target"):
            print("register peak RSS vs C: raw %.1f / %.1f MB = %.2fx; above each program's idle floor "
                  "(%.1f MB HazChem, %.1f MB C): %.1f / %.1f MB = %.2fx" % (
                      r["hazchem_rss_mb"], r["baseline_rss_mb"], r["rss_ratio"], r["hazchem_idle_rss_mb"],
                      r["baseline_idle_rss_mb"], r["hazchem_rss_above_idle_mb"], r["baseline_rss_above_idle_mb"],
                      r["rss_above_idle_ratio"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hazchem", default=str(ROOT / ".build/release/hazchem"))
    parser.add_argument("--c-register", default=str(OUT / "register-c"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--sqlite3", default=shutil.which("sqlite3") or "sqlite3")
    parser.add_argument("--db", default=str(OUT / "province.sqlite"))
    parser.add_argument("--month", default="2019-11")
    parser.add_argument("--as-of", default="2019-12-31")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--import-rows", type=int, default=100000)
    parser.add_argument("--score-count", type=int, default=100000)
    parser.add_argument("--only", default="register,monthly,import,scoring")
    parser.add_argument("--results", default=str(BENCH / "results.json"))
    parser.add_argument("--scale", default=None,
                        help="a label added to every figure's name (the national run: '200,000 enterprises'); "
                             "its figures replace the rows of the same names in --results, other rows are kept")
    args = parser.parse_args()
    if args.runs < 5:
        print("note: fewer than 5 runs; figures are for development only", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    if not os.access(TIME, os.X_OK):
        print("bench failed: %s missing (apt-get install time)" % TIME, file=sys.stderr)
        return 1
    sections = {"register": bench_register, "monthly": bench_monthly, "import": bench_import,
                "scoring": bench_scoring, "register-db": bench_register_db}
    results = []
    try:
        for name in args.only.split(","):
            results += sections[name](args)
    except Failure as error:
        print("bench failed: %s" % error, file=sys.stderr)
        return 1
    info = machine()
    for r in results:
        r.update(info)
        r["date"] = time.strftime("%Y-%m-%d", time.gmtime())
        if args.scale:
            r["name"] = "%s [%s]" % (r["name"], args.scale)
            r["scale"] = args.scale
    print()
    print("machine: %d cores, %s" % (info["nproc"], info["cpu"]))
    print_table(results)
    # The figures of this run replace those of the same name; the others (not re-run with --only, the national
    # figures, the web rows scripts/bench.sh adds) are kept.
    kept = []
    if Path(args.results).exists():
        names = {r["name"] for r in results}
        kept = [r for r in json.loads(Path(args.results).read_text(encoding="utf-8")) if r.get("name") not in names]
    Path(args.results).write_text(json.dumps(kept + results, ensure_ascii=False, indent=2) + "\n",
                                  encoding="utf-8")
    print("wrote %s" % os.path.relpath(args.results, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
