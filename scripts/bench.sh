#!/usr/bin/env bash
# `make bench` (not part of `make test`). For now it runs the register comparison that exists:
# HazChem's constant-memory register export vs the C floor (bench/c/register.c), five interleaved runs.
# The full issue-5 harness (XlsxWriter/openpyxl baselines, monthly vs sqlite3, import vs .import,
# scoring rate, bench/results.json) is still to be written.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get install -y -qq time >/dev/null 2>&1 || sudo apt-get install -y -qq time >/dev/null; }
for run in 1 2 3 4 5; do
  echo "== 第 $run 次 / run $run"
  bash bench/register.sh "${ROWS:-100000}"
done
