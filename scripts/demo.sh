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

echo
echo "== 评估工作数据库与报表（算例评估 Checklists/examples/assessment/hongda-2019.yaml） =="
DB="$OUT/hazchem-demo.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm"
export HAZCHEM_USER="演示"
"$BIN" assessment import Checklists/examples/assessment/hongda-2019.yaml --db "$DB"
ID=$("$BIN" assessment list --db "$DB" | awk -F'\t' 'NR>1 {print $1; exit}')
"$BIN" mhi import --enterprise 911522017566012341 Checklists/examples/mhi/units.yaml --db "$DB" >/dev/null
echo
"$BIN" report monthly --month 2019-07 --db "$DB"
"$BIN" export monthly --month 2019-07 --db "$DB" --out "$OUT/月度评估情况表-2019-07.xlsx"
"$BIN" export report "$ID" --db "$DB" --out "$OUT/评估报告-$ID.xlsx"
"$BIN" export form "$ID" --db "$DB" --out "$OUT/检查表-空白-$ID.xlsx" 2>/dev/null
"$BIN" export register --db "$DB" --out "$OUT/企业台账.xlsx"
"$BIN" export hazards --db "$DB" --out "$OUT/隐患整改台账.xlsx"
echo
echo "输出文件："
for f in "$OUT"/*.xlsx "$DB"; do echo "  $f"; done
