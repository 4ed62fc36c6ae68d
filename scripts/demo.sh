#!/usr/bin/env bash
# Runs the main job on synthetic data and writes the outputs; called by `make demo`.
set -euo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"

echo "== 校验 Checklists/ 中的全部检查表和分级表 =="
"$BIN" checklists validate Checklists

for f in Checklists/examples/*.yaml; do
  echo
  echo "== 算例 $f =="
  "$BIN" score --answers "$f"
done
