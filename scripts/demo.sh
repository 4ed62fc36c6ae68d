#!/usr/bin/env bash
# Runs the main job on synthetic data and writes the outputs; called by `make demo`.
#
# Validates the tables, scores the worked examples, generates the deterministic 兴安盟 demo campaign
# (`hazchem demo`, 600 enterprises, seed 2019, data as of 2019-12-06) into $OUT/hazchem-demo.sqlite,
# prints the November 2019 monthly report and writes the workbooks and the printed report, rectification
# notice and re-check opinion (PDF) into $OUT.
set -euo pipefail
BIN="$1"
OUT="$2"
mkdir -p "$OUT"
rm -f "$OUT"/*.xlsx "$OUT"/*.pdf  # only this run's files are listed at the end
DB="$OUT/hazchem-demo.sqlite"
MONTH=2019-11
AS_OF=2019-12-06
export HAZCHEM_USER="${HAZCHEM_USER:-demo}"

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
echo "== 生成兴安盟演示数据 =="
"$BIN" demo --db "$DB" --force

echo
echo "== ${MONTH} 月度评估情况表 =="
"$BIN" report monthly --month "$MONTH" --as-of "$AS_OF" --db "$DB"

# One decided assessment to report on: an orange or red one when there is one.
# (awk reads to the end: stopping early would kill hazchem with SIGPIPE.)
ASSESSMENT=$("$BIN" assessment list --db "$DB" --status 已处置 | awk -F'\t' '
  NR == 2 { first = $1 }
  NR > 1 && chosen == "" && ($8 == "橙色" || $8 == "红色") { chosen = $1 }
  END { print (chosen != "" ? chosen : first) }')

echo
echo "== 导出 =="
"$BIN" export monthly --month "$MONTH" --as-of "$AS_OF" --db "$DB" --out "$OUT/月度评估情况表-$MONTH.xlsx"
"$BIN" export register --db "$DB" --out "$OUT/企业台账.xlsx"
"$BIN" export hazards --db "$DB" --out "$OUT/隐患整改台账.xlsx"
"$BIN" export report "$ASSESSMENT" --db "$DB" --out "$OUT/评估报告-$ASSESSMENT.xlsx"
"$BIN" export form "$ASSESSMENT" --db "$DB" --out "$OUT/检查表-$ASSESSMENT.xlsx"
# The printed documents (A4 PDF by headless Chromium, installed by scripts/install-deps.sh).
"$BIN" export report "$ASSESSMENT" --format pdf --db "$DB" --out "$OUT/评估报告-$ASSESSMENT.pdf"
"$BIN" export notice "$ASSESSMENT" --date "$AS_OF" --db "$DB" --out "$OUT/整改通知书-$ASSESSMENT.pdf"
"$BIN" export recheck "$ASSESSMENT" --date "$AS_OF" --db "$DB" --out "$OUT/复查意见书-$ASSESSMENT.pdf"

echo
echo "== 输出文件 =="
for f in "$DB" "$OUT"/*.xlsx "$OUT"/*.pdf; do echo "  $f"; done
