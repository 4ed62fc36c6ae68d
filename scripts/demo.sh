#!/usr/bin/env bash
# Runs the main job on synthetic data and writes the outputs; called by `make demo`.
set -euo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"

echo "== 校验 Checklists/ 中的全部检查表和分级表 =="
"$BIN" checklists validate Checklists

for f in Checklists/examples/*.yaml Checklists/examples/*.json; do
  [ -e "$f" ] || continue
  echo
  echo "== 算例 $f =="
  "$BIN" score --answers "$f"
done

echo
echo "== 重大危险源辨识与分级算例 Checklists/examples/mhi/units.yaml =="
"$BIN" mhi compute --units Checklists/examples/mhi/units.yaml
