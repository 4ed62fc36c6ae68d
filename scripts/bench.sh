#!/usr/bin/env bash
# make bench: HazChem against its baselines (see bench/README.md). Not part of make test.
#   bash scripts/bench.sh [harness options, e.g. --runs 7 --only register,scoring]
# Builds release, installs XlsxWriter and openpyxl into bench/out/venv, compiles the C register writer,
# creates the province database with `hazchem demo`, then runs bench/harness.py, which prints the table
# and writes bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"

step() { printf '\n== %s\n' "$*"; }

step "release build"
if ! swift build -c release --static-swift-stdlib --product hazchem >"$out/build.log" 2>&1; then
  grep -E "error" "$out/build.log" | head -20 >&2 || tail -20 "$out/build.log" >&2
  echo "release build failed (log: $out/build.log)" >&2
  exit 1
fi
bin=.build/release/hazchem

step "tools"
if [ ! -x /usr/bin/time ]; then  # GNU time measures each run's peak RSS
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -qq time >/dev/null
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
venv=$out/venv
if ! "$venv/bin/python" -c 'import xlsxwriter, openpyxl' >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet XlsxWriter openpyxl
fi
"$venv/bin/python" -c 'import xlsxwriter, openpyxl; print("XlsxWriter", xlsxwriter.__version__, "openpyxl", openpyxl.__version__)'
cc -O2 -o "$out/register-c" bench/c/register.c $(pkg-config --cflags --libs xlsxwriter)
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1), libxlsxwriter $(pkg-config --modversion xlsxwriter)"

step "province database (20,000 enterprises)"
db=$out/province.sqlite
"$bin" demo --db "$db" --enterprises 20000 --seed 1 --force

step "benchmarks"
"$venv/bin/python" bench/harness.py --hazchem "$bin" --c-register "$out/register-c" --python "$venv/bin/python" \
  --db "$db" "$@"

# add_web_row NAME JSON: one entry in bench/results.json from bench/web-answer.sh's figures (no baseline program,
# so no ratio); SCALE (optional) labels the national run, whose rows a province run keeps.
add_web_row() {
  SCALE="${SCALE:-}" python3 - bench/results.json "$2" "$1" <<'PY'
import datetime, json, os, sys
path, web_path, name = sys.argv[1:4]
results = [r for r in json.load(open(path, encoding="utf-8")) if r.get("name") != name]
web = json.load(open(web_path, encoding="utf-8"))
machine = {k: results[0][k] for k in ("nproc", "cpu")} if results else {}
row = dict({
    "name": name, "baseline": None, "hazchem_s": None, "baseline_s": None, "ratio": None,
    "hazchem_rss_mb": None, "baseline_rss_mb": None, "runs": 1,
    "target": "32 connections, no failed request, no lost answer; saves >= 0.4x the durable-commit ceiling, "
              "p99 <= 50 ms; reader p99 <= 100 ms; GET /login p99 <= 20 ms in the sign-in storm",
    "met": web["passed"] and all(web.get("targets", {}).values()),
    "date": datetime.date.today().isoformat(), "web": web}, **machine)
if os.environ.get("SCALE"):
    row["scale"] = os.environ["SCALE"]
results.append(row)
open(path, "w", encoding="utf-8").write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
print("%s: %s req/s, p99 %s ms, errors %s -> bench/results.json" % (
    name, web["requests_per_s"], web["p99_ms"], web["errors"]))
PY
}

if [ "${BENCH_WEB:-1}" = 1 ]; then
  step "web: saving answers under 32 connections beside the two ceilings (bench/web-answer.sh)"
  SKIP_BUILD=1 bash bench/web-answer.sh
  add_web_row "web answer save" bench/out/web-answer.json
fi

if [ "${BENCH_NATIONAL:-1}" = 1 ]; then
  # National scale (issue 12): 200,000 enterprises. The monthly report and export against the sqlite3 shell, the
  # register export from that database, and the save benchmark on it. BENCH_NATIONAL=0 skips it: the demo takes
  # about half an hour on 2 cores and the database is about 4 GB. An existing bench/out/national.sqlite is reused
  # (delete it to regenerate); `hazchem demo` draws its progress bar when stderr is a terminal.
  scale="200,000 enterprises"
  national=$out/national.sqlite
  if [ ! -f "$national" ]; then
    step "national database (200,000 enterprises; about half an hour)"
    /usr/bin/time -f "%e %M" -o "$out/national-demo.time" \
      "$bin" demo --db "$national" --enterprises 200000 --seed 1 --force
    read -r seconds peak <"$out/national-demo.time"
    echo "demo: $seconds s, peak $((peak / 1024)) MB, $(($(stat -c %s "$national") / 1048576)) MB on disk"
  fi
  step "national: monthly report and export vs the sqlite3 shell; register export from the database"
  "$venv/bin/python" bench/harness.py --hazchem "$bin" --c-register "$out/register-c" --db "$national" \
    --only monthly,register-db --runs "${NATIONAL_RUNS:-3}" --scale "$scale"
  step "national: saving answers on the national database (bench/web-answer.sh, DB_PATH)"
  SKIP_BUILD=1 DB_PATH="$national" bash bench/web-answer.sh
  cp bench/out/web-answer.json bench/out/web-answer-national.json
  SCALE="$scale" add_web_row "web answer save [$scale]" bench/out/web-answer-national.json
fi
