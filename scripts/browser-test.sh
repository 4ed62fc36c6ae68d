#!/usr/bin/env bash
# Drives the web app in a real headless Chromium and saves screenshots into browser-test/ (`make browser-test`).
#
# Builds hazchem and a demo database: enterprises imported from a generated CSV, a few signed assessments and
# hazards written with sqlite3, the worked example assessment imported on site with four of its panel leader's
# checklist items left open (and without its submission, signatures and disposition), and web users: the panel's
# five experts, a county bureau for the example's county, the prefecture, another county, an administrator.
# Starts `hazchem serve` on a free loopback port, checks with curl that a county cannot open another county's
# enterprise or assessment (404), then runs scripts/browser_drive.py, which drives Chromium over the DevTools
# protocol (--remote-debugging-pipe, Python standard library only):
#   1. the leader signs in through the form (a wrong password first: the error shows on the form);
#   2. answers the open items on the assessment page by clicking and typing (one 不符合 with finding and location),
#      waits for each autosave, checks the rows and the audit log with sqlite and the re-scored grading panel;
#   3. reloads the page: the answers and the new score are still there;
#   4. confirms the pre-filled grading answers, writes the risk texts the orange grade needs and submits; each
#      expert signs in their own browser context; the county bureau records the disposition;
#   5. the prefecture signs in: its dashboard counts the signed assessment, the hazard ledger and the monthly
#      review show it;
# then shoots the other pages as signed-in users through a one-off /dev-login token; downloads the signed
# report and its rectification notice as PDF (printed by headless Chromium) and turns their pages into PNG
# (pdftoppm -r 60), and prints the monthly summary workbook through LibreOffice into PNG pages. Nothing is
# fetched from the internet. Stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/web-fixture.sh

OUT=browser-test
WORK="$OUT/work"
BIN=.build/debug/hazchem
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

install_packages() {
  echo "安装系统软件包：$*"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "$@" >/dev/null
}

command -v chromium >/dev/null 2>&1 || install_packages chromium
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || install_packages fonts-noto-cjk
command -v sqlite3 >/dev/null 2>&1 || install_packages sqlite3
command -v curl >/dev/null 2>&1 || install_packages curl
command -v pdftoppm >/dev/null 2>&1 || install_packages poppler-utils
# The monthly workbook is printed through LibreOffice to check its pages (only here: the package is big).
command -v soffice >/dev/null 2>&1 || install_packages libreoffice-calc

# BROWSER_TEST_NO_BUILD=1 reuses the built binary (while iterating on the page scripts and templates).
[ -n "${BROWSER_TEST_NO_BUILD:-}" ] || swift build --product hazchem 2>&1 | grep -E "error:|Build complete|Build of product" || true
[ -x "$BIN" ] || { echo "构建失败：找不到 $BIN" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$WORK"
DB="$WORK/demo.sqlite"
export HAZCHEM_USER=browser-test

# Enterprises: 24 in the six counties of Config/regions.yaml, with valid GB 32100 credit codes.
python3 - "$WORK/enterprises.csv" <<'PY'
import sys
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def code(n):
    body = "9115220" + str(n).zfill(10)
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights))
    return body + alphabet[(31 - total % 31) % 31]
counties = ["乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"]
kinds = ["生产", "储存", "经营(带储存)", "经营(不带储存)"]
words = ["化工", "石化", "燃气", "化学品储运", "精细化工", "能源"]
status = ["在产", "在产", "在产", "停产"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("统一社会信用代码,企业名称,旗县市,企业类型,地址,主要负责人,联系电话,经营状态,重大危险源等级\n")
    for n in range(1, 25):
        county = counties[n % 6]
        name = f"兴安{words[n % 6]}{n}号有限公司"
        levels = "二级" if n % 5 == 0 else ""
        f.write(f"{code(n)},{name},{county},{kinds[n % 4]},{county}工业园区{n}号,张{n},0482-80000{n:02d},{status[n % 4]},{levels}\n")
PY
"$BIN" enterprise import "$WORK/enterprises.csv" --db "$DB"

# Signed assessments (graded), one planned past its due date, and hazards, as the assessment commands will write them.
sqlite3 "$DB" <<'SQL'
INSERT INTO table_snapshot (hash, table_id, kind, version, yaml, stored_at) VALUES
  (printf('%064d', 1), 'production-storage', 'grading', 'demo', 'kind: grading', '2019-07-01'),
  (printf('%064d', 2), 'production-storage-checklist', 'checklist', 'demo', 'kind: checklist', '2019-07-01');
INSERT INTO assessment (enterprise_id, status, on_site_start, on_site_end, due_date, submitted_date,
    grading_table_hash, checklist_table_hash, score_tenths, grade, created_at, updated_at)
  SELECT id, 'signed', '2019-06-10', '2019-06-12', '2019-06-22', '2019-06-20', printf('%064d', 1), printf('%064d', 2),
    CASE id % 4 WHEN 0 THEN 550 WHEN 1 THEN 680 WHEN 2 THEN 820 ELSE 935 END,
    CASE id % 4 WHEN 0 THEN 'red' WHEN 1 THEN 'orange' WHEN 2 THEN 'yellow' ELSE 'blue' END,
    '2019-06-01', '2019-06-01'
  FROM enterprise WHERE id % 3 <> 0;
INSERT INTO assessment (enterprise_id, status, due_date, created_at, updated_at)
  SELECT id, 'planned', '2019-06-30', '2019-06-01', '2019-06-01' FROM enterprise WHERE id = 3;
INSERT INTO hazard (assessment_id, enterprise_id, description, location, level, criterion_number, measure, deadline,
    responsible_person, status, created_at, updated_at)
  SELECT a.id, a.enterprise_id, '液氯储罐区未设置独立的紧急切断装置', '罐区', 'major', 7, '增设紧急切断阀并接入SIS', '2019-08-31',
    '李主任', 'open', '2019-06-12', '2019-06-12' FROM assessment a WHERE a.grade = 'red';
INSERT INTO hazard (assessment_id, enterprise_id, description, location, level, measure, deadline, responsible_person,
    status, created_at, updated_at)
  SELECT a.id, a.enterprise_id, '消防通道堆放杂物', '装卸区', 'general', '清理并划线', '2019-06-25', '王班长', 'rectifying',
    '2019-06-12', '2019-06-12' FROM assessment a WHERE a.grade IN ('orange', 'red');
SQL

printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username admin --role administrator --display-name 演示管理员 --password-stdin
printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username kyqq --role county --county 科右前旗 --display-name 科右前旗应急管理局 --password-stdin

# A real assessment on site: the worked example without its submission, signatures and disposition, and with
# the answers to four items of its panel leader's sections (安全管理, A–D) removed: the browser enters them.
OPEN_ITEMS="A01 A02 A03 B01"
# Five more open items the leader answers offline first (scripts/browser_offline.py), one 不符合 with a photo.
OFFLINE_ITEMS="A04 A05 A06 A07 A08"
onsite_example "$WORK/onsite.yaml" $OPEN_ITEMS $OFFLINE_ITEMS
"$BIN" assessment import "$WORK/onsite.yaml" --db "$DB" >/dev/null
ASSESSMENT=$(sqlite3 "$DB" "SELECT a.id FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id WHERE e.name = '兴安盟宏达化工有限公司'")
for item in $OPEN_ITEMS $OFFLINE_ITEMS; do
  [ -z "$(sqlite3 "$DB" "SELECT 1 FROM checklist_response WHERE assessment_id = $ASSESSMENT AND item_id = '$item' AND response <> 'notChecked'")" ] \
    || { echo "示例评估中的检查项 $item 应未填写" >&2; exit 1; }
done
# A web user for each expert of the panel (leader first); the regulator on the panel does not sign.
MEMBERS=()
LEADER=""
while IFS='|' read -r expert_id name role; do
  if [ "$role" = leader ]; then
    LEADER="expert$expert_id"; LEADER_NAME="$name"
  else
    MEMBERS+=(--member "expert$expert_id:$name")
  fi
  printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username "expert$expert_id" --role expert --expert-id "$expert_id" \
    --display-name "$name" --password-stdin
done < <(sqlite3 "$DB" "SELECT x.id, x.name, m.role FROM panel_member m JOIN assessment a ON a.panel_id = m.panel_id
  JOIN expert x ON x.id = m.expert_id WHERE a.id = $ASSESSMENT AND m.role <> 'regulator' ORDER BY m.role = 'leader' DESC, x.id")
[ -n "$LEADER" ] || { echo "示例评估的专家组没有组长" >&2; exit 1; }
COUNTY=$(sqlite3 "$DB" "SELECT r.name FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id JOIN region r ON r.code = e.county_code WHERE a.id = $ASSESSMENT")
MONTH=$(sqlite3 "$DB" "SELECT substr(on_site_end, 1, 7) FROM assessment WHERE id = $ASSESSMENT")
printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username wlht --role county --county "$COUNTY" --display-name "${COUNTY}应急管理局" --password-stdin
printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username meng --role prefecture --display-name 兴安盟应急管理局 --password-stdin
"$BIN" report submit --db "$DB" --county 乌兰浩特市 --month 2019-06 --date 2019-07-01 >/dev/null

TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
start_server "$DB" "$WORK/serve.log" --dev-login-token "$TOKEN"

ENTERPRISE=$(sqlite3 "$DB" "SELECT enterprise_id FROM hazard WHERE level = 'major' ORDER BY id LIMIT 1")
OTHER=$(sqlite3 "$DB" "SELECT id FROM enterprise WHERE county_code <> '152221' ORDER BY id LIMIT 1")
COUNTY_JAR="$WORK/county-cookies.txt"
curl -s -o /dev/null -c "$COUNTY_JAR" "$BASE/dev-login?token=$TOKEN&user=kyqq"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "$COUNTY_JAR" "$BASE/enterprises/$OTHER")
[ "$STATUS" = 404 ] || { echo "旗县用户打开其他旗县企业应得到 404，实际 HTTP $STATUS" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "$COUNTY_JAR" "$BASE/assessments/$ASSESSMENT")
[ "$STATUS" = 404 ] || { echo "旗县用户打开其他旗县的评估应得到 404，实际 HTTP $STATUS" >&2; exit 1; }
echo "跨旗县访问：404"

# The offline scenario: the leader answers OFFLINE_ITEMS and adds a photo with the network off, reloads, comes back.
set -- $OFFLINE_ITEMS
python3 scripts/browser_offline.py --base "$BASE" --db "$DB" --out "$OUT" --work "$WORK" --dev-token "$TOKEN" \
  --assessment "$ASSESSMENT" --leader "$LEADER" --leader-name "$LEADER_NAME" \
  --nonconforming-item "$1" --conforming-items "$(shift; echo "$*" | tr ' ' ,)"
PHOTOS=$("$BIN" photo list --db "$DB" --assessment "$ASSESSMENT" 2>/dev/null)
[[ "$PHOTOS" == *"检查项 $1"* ]] || { echo "hazchem photo list 中没有检查项 $1 的照片：$PHOTOS" >&2; exit 1; }
echo "hazchem photo list：$(printf '%s\n' "$PHOTOS" | sed -n 2p | cut -f1-6)"
[ "${BROWSER_TEST_ONLY:-}" = offline ] && { echo "完成（只运行离线场景）：截图保存在 $OUT/"; exit 0; }

set -- $OPEN_ITEMS
python3 scripts/browser_drive.py --base "$BASE" --db "$DB" --out "$OUT" --work "$WORK" --password BrowserTest1 \
  --dev-token "$TOKEN" --assessment "$ASSESSMENT" --county "$COUNTY" --month "$MONTH" \
  --leader "$LEADER" --leader-name "$LEADER_NAME" "${MEMBERS[@]}" --county-user "wlht:${COUNTY}应急管理局" \
  --prefecture meng:兴安盟应急管理局 --admin admin --other-county-user kyqq --enterprise "$ENTERPRISE" \
  --other-enterprise "$OTHER" --nonconforming-item "$1" --conforming-items "$(shift; echo "$*" | tr ' ' ,)"

# The printed report of the signed assessment, downloaded as the county bureau, and its pages as images.
WLHT_JAR="$WORK/wlht-cookies.txt"
curl -s -o /dev/null -c "$WLHT_JAR" "$BASE/dev-login?token=$TOKEN&user=wlht"
TYPE=$(curl -s -o "$OUT/评估报告.pdf" -w '%{content_type}' -b "$WLHT_JAR" "$BASE/assessments/$ASSESSMENT/report.pdf")
[ "$TYPE" = application/pdf ] || { echo "下载评估报告 PDF 失败（$TYPE）：$(head -c 300 "$OUT/评估报告.pdf")" >&2; exit 1; }
curl -s -o "$OUT/整改通知书.pdf" -b "$WLHT_JAR" "$BASE/assessments/$ASSESSMENT/notice.pdf"
# The text is read once into a variable: `pdftotext | grep -q` fails under pipefail when grep stops reading early.
REPORT_TEXT=$(pdftotext "$OUT/评估报告.pdf" -)
set -- $OFFLINE_ITEMS
for part in 四、专家组综合意见 八、应知应会抽查 十三、报告校验码 企业签收 "检查项 $1"; do
  [[ "$REPORT_TEXT" == *"$part"* ]] || { echo "评估报告 PDF 中缺少“$part”" >&2; exit 1; }
done
[[ "$REPORT_TEXT" != *本报告未附现场照片* ]] || { echo "评估报告 PDF 中没有离线拍摄的照片" >&2; exit 1; }
echo "评估报告 PDF 的“十二、现场照片”中有检查项 $1 的照片（$(pdfimages -list "$OUT/评估报告.pdf" | tail -n +3 | wc -l) 幅图像）"
pdftoppm -r 60 -png "$OUT/评估报告.pdf" "$OUT/report-page"
pdftoppm -r 60 -png "$OUT/整改通知书.pdf" "$OUT/notice-page"
echo "评估报告 PDF：$(pdfinfo "$OUT/评估报告.pdf" | awk '/^Pages:/ { print $2 }') 页，页面图片 $OUT/report-page-*.png"

# The monthly summary workbook, printed through LibreOffice, its pages as images.
curl -s -o "$WORK/monthly.xlsx" -b "$WLHT_JAR" "$BASE/monthly/$MONTH/summary.xlsx"
if command -v soffice >/dev/null 2>&1; then
  (cd "$WORK" && HOME="$PWD" soffice --headless --convert-to pdf monthly.xlsx >/dev/null 2>&1) || true
  if [ -f "$WORK/monthly.pdf" ]; then
    cp "$WORK/monthly.pdf" "$OUT/月度汇总表.pdf"
    pdftoppm -r 50 -png "$OUT/月度汇总表.pdf" "$OUT/monthly-page"
    echo "月度汇总表经 LibreOffice 打印：$(pdfinfo "$OUT/月度汇总表.pdf" | awk '/^Pages:/ { print $2 }') 页"
  fi
fi

kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
trap - EXIT

# The county flow: its own empty database (the CLI makes only the regions, through migrations and
# Config/regions.yaml on open, and the first county clerk's account) and its own server; scripts/browser_county.py
# does everything else through the pages and checks the rows with sqlite; the audit log is checked here.
COUNTY_DB="$WORK/county.sqlite"
printf 'BrowserTest1\n' | "$BIN" user add --db "$COUNTY_DB" --username kyqq --role county --county 科右前旗 \
  --display-name 科右前旗应急管理局 --password-stdin
[ "$(sqlite3 "$COUNTY_DB" "SELECT count(*) FROM region WHERE level = 'county'")" -gt 0 ] \
  || { echo "空数据库中没有行政区划" >&2; exit 1; }
[ "$(sqlite3 "$COUNTY_DB" "SELECT count(*) FROM enterprise")" = 0 ] || { echo "县级流程的数据库应没有企业" >&2; exit 1; }
start_server "$COUNTY_DB" "$WORK/county-serve.log"
COUNTY_ACTIONS="enterprise:import hazard_unit:import expert:create panel:create panel_visit:schedule assessment:create app_user:create"
python3 scripts/browser_county.py --base "$BASE" --db "$COUNTY_DB" --out "$OUT" --work "$WORK" \
  --password BrowserTest1 --clerk kyqq --clerk-name 科右前旗应急管理局
for action in $COUNTY_ACTIONS; do
  entity=${action%%:*}
  [ "$(sqlite3 -cmd ".timeout 5000" "$COUNTY_DB" "SELECT count(*) FROM audit_log WHERE entity = '$entity' AND action = '${action#*:}' AND user = 'kyqq'")" -gt 0 ] \
    || { echo "审计日志中没有经办人 kyqq 的 $action 记录" >&2; exit 1; }
done
echo "县级流程的审计记录：$COUNTY_ACTIONS"
kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
trap - EXIT
echo "完成：截图和打印页面保存在 $OUT/"
