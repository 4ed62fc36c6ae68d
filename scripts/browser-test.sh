#!/usr/bin/env bash
# Renders the web pages in headless Chromium and saves screenshots into browser-test/ (`make browser-test`).
#
# Builds hazchem, creates a demo database (enterprises imported from a generated CSV, a few signed
# assessments and hazards written with sqlite3, the worked example assessment imported on site, users), starts
# `hazchem serve` on a free loopback port with a one-off --dev-login-token, checks the real sign-in form
# with curl, then opens each page as a signed-in user through /dev-login (each Chromium run is a fresh
# profile: the dev sign-in sets the session cookie and redirects to the page). Stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

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
fc-list :lang=zh 2>/dev/null | grep -q . || install_packages fonts-noto-cjk
command -v sqlite3 >/dev/null 2>&1 || install_packages sqlite3
command -v curl >/dev/null 2>&1 || install_packages curl

swift build --product hazchem 2>&1 | grep -E "error:|Build complete|Build of product" || true
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

# A real assessment on site: the worked example without its submission, signatures and disposition, and a user for
# its panel leader (安全管理), who may fill sections A–D; one item is answered 不符合 so the grading sheet moves.
python3 - Checklists/examples/assessment/hongda-2019.yaml "$WORK/onsite.yaml" <<'PY'
import sys
skip = False
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line[:1] not in (" ", "#", "\n", ""):
        skip = line.split(":")[0] in ("submitted", "signatures", "disposition")
    if not skip:
        out.append(line)
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
PY
"$BIN" assessment import "$WORK/onsite.yaml" --db "$DB" >/dev/null
ASSESSMENT=$(sqlite3 "$DB" "SELECT a.id FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id WHERE e.name = '兴安盟宏达化工有限公司'")
LEADER=$(sqlite3 "$DB" "SELECT m.expert_id FROM panel_member m JOIN assessment a ON a.panel_id = m.panel_id WHERE a.id = $ASSESSMENT AND m.role = 'leader'")
printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username wjg --role expert --expert-id "$LEADER" --display-name 王建国 --password-stdin
printf 'BrowserTest1\n' | "$BIN" user add --db "$DB" --username meng --role prefecture --display-name 兴安盟应急管理局 --password-stdin
"$BIN" report submit --db "$DB" --county 乌兰浩特市 --month 2019-06 --date 2019-07-01 >/dev/null
"$BIN" assessment respond "$ASSESSMENT" --db "$DB" --item A01 --response 不符合 --finding 安全管理人员刘某未经考核合格即上岗 --expert 王建国 >/dev/null

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
BASE="http://127.0.0.1:$PORT"
"$BIN" serve --db "$DB" --port "$PORT" --dev-login-token "$TOKEN" >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -s -o /dev/null "$BASE/login" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.2
done

# The real sign-in form: token cookie + hidden field, then the dashboard with the session cookie.
JAR="$WORK/cookies.txt"
CSRF=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" -c "$JAR" \
  --data-urlencode "_csrf=$CSRF" --data-urlencode username=admin --data-urlencode password=BrowserTest1 "$BASE/login")
[ "$STATUS" = 303 ] || { echo "登录失败：HTTP $STATUS" >&2; exit 1; }
curl -s -b "$JAR" "$BASE/" | grep -q "演示管理员" || { echo "登录后首页不含用户姓名" >&2; exit 1; }
echo "表单登录：成功"

ENTERPRISE=$(sqlite3 "$DB" "SELECT enterprise_id FROM hazard WHERE level = 'major' ORDER BY id LIMIT 1")
OTHER=$(sqlite3 "$DB" "SELECT id FROM enterprise WHERE county_code <> '152221' ORDER BY id LIMIT 1")
COUNTY_JAR="$WORK/county-cookies.txt"
curl -s -o /dev/null -c "$COUNTY_JAR" "$BASE/dev-login?token=$TOKEN&user=kyqq"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "$COUNTY_JAR" "$BASE/enterprises/$OTHER")
[ "$STATUS" = 404 ] || { echo "旗县用户打开其他旗县企业应得到 404，实际 HTTP $STATUS" >&2; exit 1; }
echo "跨旗县访问：404"

shot() {  # name, window size, path, user (empty: not signed in)
  local url="$BASE$3"
  if [ -n "$4" ]; then url="$BASE/dev-login?token=$TOKEN&user=$4&next=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$3")"; fi
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$WORK/profile-$1" \
    --window-size="$2" --virtual-time-budget=3000 --screenshot="$OUT/$1.png" "$url" >/dev/null 2>&1
  echo "截图：$OUT/$1.png"
}
shot 01-login 1280,800 /login ""
shot 02-dashboard 1280,1700 / admin
shot 03-enterprises 1280,1300 "/enterprises" admin
shot 04-enterprise 1280,1300 "/enterprises/$ENTERPRISE" admin
shot 05-county-dashboard 1280,1200 / kyqq
shot 06-enterprises-tablet 768,1024 "/enterprises" kyqq
shot 07-users 1280,800 /admin/users admin
shot 08-user-form 1280,900 /admin/users/new admin
shot 09-forbidden 1280,600 /admin/users kyqq
shot 10-other-county 1280,600 "/enterprises/$OTHER" kyqq
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "$COUNTY_JAR" "$BASE/assessments/$ASSESSMENT")
[ "$STATUS" = 404 ] || { echo "旗县用户打开其他旗县的评估应得到 404，实际 HTTP $STATUS" >&2; exit 1; }
shot 11-assessment 1400,2200 "/assessments/$ASSESSMENT" wjg
shot 12-assessment-county-view 1280,1400 "/assessments/$ASSESSMENT" meng
shot 13-hazards 1280,900 /hazards admin
shot 14-monthly-review 1280,900 "/monthly?month=2019-06" meng

kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
trap - EXIT
echo "完成：截图保存在 $OUT/"
