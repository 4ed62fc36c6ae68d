#!/usr/bin/env bash
# Register benchmark: the Swift writer (release hazchem) against the same workbook written by
# bench/c/register.c through libxlsxwriter directly. Prints wall time and max RSS of each.
#   bash bench/register.sh [ROWS]      (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
out=bench/out
mkdir -p "$out"
cc -O2 -o "$out/register-c" bench/c/register.c $(pkg-config --cflags --libs xlsxwriter)
swift build -c release --product hazchem >/dev/null
measure() {
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$out/$label.time"
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$out/$label.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$out/$label.time" | awk '{print $NF}')
  printf '%-6s rows=%s wall=%s maxRSS=%s KB\n' "$label" "$rows" "$wall" "$rss"
}
measure c "$out/register-c" "$rows" "$out/register-c.xlsx"
measure swift .build/release/hazchem export register --synthetic "$rows" --out "$out/register-swift.xlsx"
