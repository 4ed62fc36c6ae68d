#!/usr/bin/env bash
# Web bench: saving a checklist answer under 32 concurrent connections for 30 s on loopback (wrk from Debian).
#
# Builds hazchem in release mode, creates a database with one on-site assessment (the worked example
# Checklists/examples/assessment/hongda-2019.yaml without its submission, signatures and disposition) and an expert
# user for its panel leader (安全管理), starts `hazchem serve` on a free loopback port, signs in with curl (sign-in
# form, then the session's CSRF token from the assessment page), and runs `wrk -t2 -c32 -d30s --latency` with
# bench/web-answer.lua POSTing answers to the save endpoint for the 46 items of the leader's sections. wrk's
# per-request timeout is raised from its default 2 s to 10 s so that a slow answer counts in the latency
# percentiles rather than as a failure; a request not answered within 10 s still fails the run.
#
# Checks, each failing the script: no non-2xx answer and no socket error; every answer the script saw acknowledged
# is in the audit log (audit rows of checklist_response grew by at least the acknowledged saves and by at most those
# plus the 32 requests still in flight when wrk stopped); every posted item still has exactly one stored row; and
# each row holds the value of the last audit entry of its item (no update lost between the table and its log).
# Writes bench/out/web-answer.json {requests_per_s, p99_ms, errors, checked_rows, …} and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/web-fixture.sh

OUT=bench/out
WORK="$OUT/web-answer"
BIN=.build/release/hazchem
DURATION=${DURATION:-30s}
CONNECTIONS=32
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need() {  # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  echo "安装系统软件包：$2"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk
need sqlite3 sqlite3
need curl curl

echo "构建 release 版本…"
swift build -c release --static-swift-stdlib --product hazchem 2>&1 | grep -E "error:|Compiling hazchem|Build of product|Build complete" || true
[ -x "$BIN" ] || { echo "构建失败：找不到 $BIN" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
DB="$WORK/bench.sqlite"
export HAZCHEM_USER=bench

# The example assessment, kept on site.
onsite_example "$WORK/onsite.yaml"
"$BIN" assessment import "$WORK/onsite.yaml" --db "$DB" >/dev/null
ASSESSMENT=$(sqlite3 "$DB" "SELECT id FROM assessment")
STATUS=$(sqlite3 "$DB" "SELECT status FROM assessment WHERE id = $ASSESSMENT")
[ "$STATUS" = onSite ] || { echo "评估状态应为 onSite，实际为 $STATUS" >&2; exit 1; }
LEADER=$(sqlite3 "$DB" "SELECT expert_id FROM panel_member WHERE role = 'leader'")
printf 'BenchPass1\n' | "$BIN" user add --db "$DB" --username bench --role expert --expert-id "$LEADER" \
  --display-name 王建国 --password-stdin >/dev/null
# The items of the leader's specialty (安全管理: sections A–D of the production-storage checklist).
ITEMS=$(sqlite3 "$DB" "SELECT group_concat(item_id) FROM (SELECT item_id FROM checklist_response
  WHERE assessment_id = $ASSESSMENT AND substr(item_id, 1, 1) IN ('A', 'B', 'C', 'D') ORDER BY item_id)")
ITEM_COUNT=$(echo "$ITEMS" | tr ',' '\n' | wc -l)

start_server "$DB" "$WORK/serve.log"

JAR="$WORK/cookies.txt"
LOGIN_CSRF=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
CODE=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$LOGIN_CSRF" \
  --data-urlencode username=bench --data-urlencode password=BenchPass1 "$BASE/login")
[ "$CODE" = 303 ] || { echo "登录失败：HTTP $CODE" >&2; exit 1; }
SESSION=$(awk '$6 == "hazchem_session" {print $7}' "$JAR")
CSRF=$(curl -s -b "$JAR" "$BASE/assessments/$ASSESSMENT" | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | head -1)
[ -n "$SESSION" ] && [ -n "$CSRF" ] || { echo "未取得会话 Cookie 或 CSRF 令牌" >&2; exit 1; }
PROBE=$(curl -s -b "$JAR" -H 'Accept: application/json' -H "X-CSRF-Token: $CSRF" \
  --data 'response=conforming&finding=probe&location=' "$BASE/assessments/$ASSESSMENT/items/A01")
echo "$PROBE" | grep -q '"ok":true' || { echo "保存接口不可用：$PROBE" >&2; exit 1; }

AUDIT_SQL="SELECT count(*) FROM audit_log WHERE entity = 'checklist_response' AND action = 'respond'"
ROWS_BEFORE=$(sqlite3 "$DB" "SELECT count(*) FROM checklist_response WHERE assessment_id = $ASSESSMENT")
AUDIT_BEFORE=$(sqlite3 "$DB" "$AUDIT_SQL")

echo "wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 10s：保存检查项答案（$ITEM_COUNT 个检查项）…"
ITEMS="$ITEMS" ITEM_PATH="/assessments/$ASSESSMENT/items/" COOKIE="hazchem_session=$SESSION" CSRF="$CSRF" \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/web-answer.lua "$BASE" | tee "$WORK/wrk.txt"
sleep 1  # let the requests in flight when wrk stopped finish on the server

kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
trap - EXIT

RESULT=$(grep '^RESULT ' "$WORK/wrk.txt")
field() { echo "$RESULT" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
REQUESTS=$(field requests); DURATION_US=$(field duration_us); P99_US=$(field p99_us); P50_US=$(field p50_us)
NON2XX=$(field non2xx); SOCKET=$(field socket_errors); OK=$(field ok); BAD=$(field bad); CHANGED=$(field changed)
ROWS_AFTER=$(sqlite3 "$DB" "SELECT count(*) FROM checklist_response WHERE assessment_id = $ASSESSMENT")
AUDIT_AFTER=$(sqlite3 "$DB" "$AUDIT_SQL")
AUDITED=$((AUDIT_AFTER - AUDIT_BEFORE))
# Rows whose stored finding differs from the one in the newest audit entry of the same item.
MISMATCHED=$(sqlite3 "$DB" "SELECT count(*) FROM checklist_response r WHERE r.assessment_id = $ASSESSMENT
  AND r.finding <> (SELECT json_extract(l.after_json, '$.finding') FROM audit_log l
    WHERE l.entity = 'checklist_response' AND l.entity_id = r.assessment_id || '/' || r.item_id ORDER BY l.id DESC LIMIT 1)")
POSTED_ROWS=$(sqlite3 "$DB" "SELECT count(*) FROM checklist_response WHERE assessment_id = $ASSESSMENT
  AND finding LIKE 'bench-%'")

FAILURES=()
[ "$NON2XX" = 0 ] || FAILURES+=("非2xx响应 $NON2XX 个")
[ "$SOCKET" = 0 ] || FAILURES+=("连接错误 $SOCKET 个")
[ "$BAD" = 0 ] || FAILURES+=("未确认保存的响应 $BAD 个")
[ "$CHANGED" = "$OK" ] || FAILURES+=("确认保存 $OK 个，其中有变化 $CHANGED 个（应相等）")
[ "$AUDITED" -ge "$OK" ] || FAILURES+=("审计日志只增加 $AUDITED 行，少于确认保存的 $OK 次（有答案丢失）")
[ "$AUDITED" -le $((OK + CONNECTIONS + 1)) ] || FAILURES+=("审计日志增加 $AUDITED 行，多于确认保存数加在途请求数")
[ "$ROWS_AFTER" = "$ROWS_BEFORE" ] || FAILURES+=("检查项记录数由 $ROWS_BEFORE 变为 $ROWS_AFTER")
[ "$POSTED_ROWS" = "$ITEM_COUNT" ] || FAILURES+=("被保存的检查项 $POSTED_ROWS 个，应为 $ITEM_COUNT 个")
[ "$MISMATCHED" = 0 ] || FAILURES+=("$MISMATCHED 个检查项的记录与其最后一条审计日志不一致")

RPS=$(python3 -c "print(round($REQUESTS / ($DURATION_US / 1e6), 1))")
P99_MS=$(python3 -c "print(round($P99_US / 1000, 2))")
P50_MS=$(python3 -c "print(round($P50_US / 1000, 2))")
ERRORS=$((NON2XX + SOCKET + BAD))
cat >"$OUT/web-answer.json" <<JSON
{
  "benchmark": "web-answer",
  "connections": $CONNECTIONS,
  "threads": 2,
  "duration_s": $(python3 -c "print(round($DURATION_US / 1e6, 1))"),
  "requests": $REQUESTS,
  "requests_per_s": $RPS,
  "p50_ms": $P50_MS,
  "p99_ms": $P99_MS,
  "errors": $ERRORS,
  "acknowledged_saves": $OK,
  "audited_saves": $AUDITED,
  "in_flight_at_stop": $((AUDITED - OK)),
  "items": $ITEM_COUNT,
  "checked_rows": $ROWS_AFTER,
  "rows_mismatching_audit": $MISMATCHED,
  "passed": $([ ${#FAILURES[@]} -eq 0 ] && echo true || echo false)
}
JSON
echo "保存答案：$RPS 次/秒，p50 ${P50_MS} ms，p99 ${P99_MS} ms，错误 $ERRORS；确认保存 $OK 次，审计日志 $AUDITED 行；核对 $ROWS_AFTER 条检查项记录 → $OUT/web-answer.json"
if [ ${#FAILURES[@]} -gt 0 ]; then
  printf '失败：%s\n' "${FAILURES[@]}" >&2
  exit 1
fi
