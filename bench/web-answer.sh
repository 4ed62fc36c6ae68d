#!/usr/bin/env bash
# Web bench: saving a checklist answer under 32 concurrent connections for 30 s on loopback (wrk from Debian).
#
# Builds hazchem in release mode, creates a database with one on-site assessment (the worked example
# Checklists/examples/assessment/hongda-2019.yaml without its submission, signatures and disposition) and an expert
# user for its panel leader (安全管理), starts `hazchem serve` on a free loopback port, signs the leader in SESSIONS
# times (default 8, as 8 browsers; the server runs at most 4 requests of one session at once) with curl (sign-in
# form, then each session's CSRF token from the assessment page), and runs `wrk -t2 -c32 -d30s --latency` with
# bench/web-answer.lua POSTing answers to the save endpoint for the 46 items of the leader's sections, the requests
# spread over the sessions. wrk's
# per-request timeout is raised from its default 2 s to 10 s so that a slow answer counts in the latency
# percentiles rather than as a failure; a request not answered within 10 s still fails the run.
#
# Checks, each failing the script: no non-2xx answer and no socket error; every answer the script saw acknowledged
# is in the audit log (audit rows of checklist_response grew by at least the acknowledged saves and by at most those
# plus the 32 requests still in flight when wrk stopped); every posted item still has exactly one stored row; and
# each row holds the value of the last audit entry of its item (no update lost between the table and its log).
# Beside the saves, in the same run (issue 12): two ceilings — SQLite's durable commit rate on the same disk
# (bench/commit-rate.py: WAL, synchronous=FULL, two small inserts per transaction), sampled before and after since the
# disk's speed drifts, and a static file served by the same server (wrk, 32 connections) — a reader's page latency
# (a prefecture user GETting /assessments on one connection during the saves), and GET /login latency during 16
# concurrent failed sign-ins (bcrypt cost 12; each from its own loopback address 127.0.0.x so that the address
# throttle leaves them all to bcrypt; unknown user names, so no account locks).
# Writes bench/out/web-answer.json {requests_per_s, p99_ms, errors, checked_rows, ceilings, targets …} and stops the
# server. DURATION (default 30s) is the save run; PHASE (default 5) the seconds of each ceiling and of the storm.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/web-fixture.sh

OUT=bench/out
WORK="$OUT/web-answer"
BIN=${BIN:-.build/release/hazchem}  # another binary to compare (SKIP_BUILD=1)
DURATION=${DURATION:-30s}
PHASE=${PHASE:-5}
DB_PATH=${DB_PATH:-}  # an existing database (the national-scale run); the example assessment is imported into it
CONNECTIONS=${CONNECTIONS:-32}
SESSIONS=${SESSIONS:-8}
# The reader (a prefecture user browsing the assessment list during the saves) waits READER_PAUSE_MS between a page
# and the next: 0 (the default) makes the reader a second load loop beside the saves; 100 is ten pages a second.
READER_PAUSE_MS=${READER_PAUSE_MS:-0}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need() {  # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  echo "安装系统软件包：$2"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
}
# wrk (Debian) drives the load; without it (or with LOADER=python) bench/load.py does, with the same checks.
LOADER=${LOADER:-wrk}
if [ "$LOADER" = wrk ]; then need wrk wrk; fi
need sqlite3 sqlite3
need curl curl

[ "${SKIP_BUILD:-0}" = 1 ] || echo "构建 release 版本…"
[ "${SKIP_BUILD:-0}" = 1 ] || swift build -c release --static-swift-stdlib --product hazchem 2>&1 | grep -E "error:|Compiling hazchem|Build of product|Build complete" || true
[ -x "$BIN" ] || { echo "构建失败：找不到 $BIN" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
DB="$WORK/bench.sqlite"
if [ -n "$DB_PATH" ]; then cp "$DB_PATH" "$DB"; fi
export HAZCHEM_USER=bench

# The example assessment, kept on site.
onsite_example "$WORK/onsite.yaml"
"$BIN" assessment import "$WORK/onsite.yaml" --db "$DB" >/dev/null
ASSESSMENT=$(sqlite3 "$DB" "SELECT max(id) FROM assessment")
STATUS=$(sqlite3 "$DB" "SELECT status FROM assessment WHERE id = $ASSESSMENT")
[ "$STATUS" = onSite ] || { echo "评估状态应为 onSite，实际为 $STATUS" >&2; exit 1; }
LEADER=$(sqlite3 "$DB" "SELECT m.expert_id FROM panel_member m JOIN assessment a ON a.panel_id = m.panel_id
  WHERE a.id = $ASSESSMENT AND m.role = 'leader'")
printf 'Saver-Pass-2026\n' | "$BIN" user add --db "$DB" --username bench --role expert --expert-id "$LEADER" \
  --display-name 王建国 --password-stdin >/dev/null
printf 'Viewer-Pass-2026\n' | "$BIN" user add --db "$DB" --username reader --role prefecture --display-name 李明 \
  --password-stdin >/dev/null
# The items of the leader's specialty (安全管理: sections A–D of the production-storage checklist).
ITEMS=$(sqlite3 "$DB" "SELECT group_concat(item_id) FROM (SELECT item_id FROM checklist_response
  WHERE assessment_id = $ASSESSMENT AND substr(item_id, 1, 1) IN ('A', 'B', 'C', 'D') ORDER BY item_id)")
ITEM_COUNT=$(echo "$ITEMS" | tr ',' '\n' | wc -l)

start_server "$DB" "$WORK/serve.log"

# signin USER PASSWORD JAR: signs in with the form (its CSRF cookie first); fails the run unless redirected.
signin() {
  local csrf code
  csrf=$(curl -s -c "$3" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | awk "NR == 1")
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$3" -c "$3" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" "$BASE/login")
  [ "$code" = 303 ] || { echo "登录失败（$1）：HTTP $code" >&2; exit 1; }
}
signin reader Viewer-Pass-2026 "$WORK/reader.txt"
READER="hazchem_session=$(awk '$6 == "hazchem_session" {print $7}' "$WORK/reader.txt")"
# The saving expert signs in SESSIONS times (8 browsers: the server runs at most 4 requests of one session at once,
# so 32 connections of one session would measure the fairness gate); each session has its own CSRF token.
SESSION_PAIRS=""
for n in $(seq 1 "$SESSIONS"); do
  JAR="$WORK/cookies-$n.txt"
  signin bench Saver-Pass-2026 "$JAR"
  SESSION=$(awk '$6 == "hazchem_session" {print $7}' "$JAR")
  CSRF=$(curl -s -b "$JAR" "$BASE/assessments/$ASSESSMENT" | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | awk "NR == 1")
  [ -n "$SESSION" ] && [ -n "$CSRF" ] || { echo "未取得会话 Cookie 或 CSRF 令牌" >&2; exit 1; }
  SESSION_PAIRS="$SESSION_PAIRS${SESSION_PAIRS:+,}hazchem_session=$SESSION $CSRF"
done
PROBE=$(curl -s -b "$JAR" -H 'Accept: application/json' -H "X-CSRF-Token: $CSRF" \
  --data 'response=conforming&finding=probe&location=' "$BASE/assessments/$ASSESSMENT/items/A01")
echo "$PROBE" | grep -q '"ok":true' || { echo "保存接口不可用：$PROBE" >&2; exit 1; }

# latency LOG PATH COOKIE CONNECTIONS SECONDS [PAUSE_MS]: wrk GETting PATH (each connection pausing PAUSE_MS
# between a response and its next request), its RESULT line kept in LOG.
latency() {
  if [ "$LOADER" = wrk ]; then
    DELAY_MS="${6:-0}" COOKIE="$3" wrk -t1 -c"$4" -d"$5"s --timeout 10s --latency -s bench/latency.lua "$BASE$2" >"$1" 2>&1 || true
  else
    python3 bench/load.py --base "$BASE" --connections "$4" --seconds "$5" get --path "$2" --cookie "$3" --pause "${6:-0}" >"$1" 2>&1 || true
  fi
}
commit_rate() { python3 bench/commit-rate.py "$WORK" "$PHASE"; }
echo "上限一：SQLite 持久提交速率（WAL，synchronous=FULL，每个事务两条插入），$PHASE 秒…"
CEILING_BEFORE=$(commit_rate)
echo "  $CEILING_BEFORE"
echo "上限二：同一服务器返回静态文件（wrk 32 个连接，$PHASE 秒）…"
latency "$WORK/static.txt" /static/app.css "" 32 "$PHASE"
grep '^RESULT' "$WORK/static.txt"

AUDIT_SQL="SELECT count(*) FROM audit_log WHERE entity = 'checklist_response' AND action = 'respond'"
ROWS_BEFORE=$(sqlite3 "$DB" "SELECT count(*) FROM checklist_response WHERE assessment_id = $ASSESSMENT")
AUDIT_BEFORE=$(sqlite3 "$DB" "$AUDIT_SQL")

echo "wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 10s：保存检查项答案（$ITEM_COUNT 个检查项，$SESSIONS 个会话），同时另一用户浏览评估列表…"
latency "$WORK/reader-during-saves.txt" /assessments "$READER" 1 "${DURATION%s}" "$READER_PAUSE_MS" &
READER_JOB=$!
if [ "$LOADER" = wrk ]; then
  ITEMS="$ITEMS" ITEM_PATH="/assessments/$ASSESSMENT/items/" SESSIONS="$SESSION_PAIRS" \
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/web-answer.lua "$BASE" | tee "$WORK/wrk.txt"
else
  python3 bench/load.py --base "$BASE" --connections "$CONNECTIONS" --seconds "${DURATION%s}" save \
    --item-path "/assessments/$ASSESSMENT/items/" --items "$ITEMS" --sessions "$SESSION_PAIRS" \
    | tee "$WORK/wrk.txt"
fi
wait "$READER_JOB" || true
sleep 1  # let the requests in flight when wrk stopped finish on the server

# The sign-in storm: 16 workers, each from its own loopback address, failing to sign in for PHASE seconds (at most 10
# attempts each, a new user name each time: within the per-address allowance before delays), while one connection
# GETs /login.
storm_worker() {  # N
  local jar="$WORK/storm-$1.txt" end=$((SECONDS + PHASE)) csrf n=0
  while [ $SECONDS -lt $end ] && [ $n -lt 10 ]; do
    csrf=$(curl -s --interface "127.0.0.$((10 + $1))" -c "$jar" "$BASE/login" \
      | sed -n 's/.*name="_csrf" value="\([0-9a-f]*\)".*/\1/p' | awk "NR == 1")
    curl -s -o /dev/null --interface "127.0.0.$((10 + $1))" -b "$jar" --data-urlencode "_csrf=$csrf" \
      --data-urlencode "username=nobody$1x$n" --data-urlencode "password=WrongPass$n" "$BASE/login" || true
    n=$((n + 1))
  done
  echo "$n" >"$WORK/storm-$1.count"
}
echo "登录风暴：16 个并发的错误登录（bcrypt 代价 12），$PHASE 秒，同时测 GET /login…"
STORM_PIDS=()
for i in $(seq 1 16); do storm_worker "$i" & STORM_PIDS+=($!); done
sleep 0.5
latency "$WORK/login-during-storm.txt" /login "" 1 "$((PHASE - 1))"
wait "${STORM_PIDS[@]}" || true
STORM_ATTEMPTS=$(cat "$WORK"/storm-*.count | paste -sd+ | bc)
grep '^RESULT' "$WORK/login-during-storm.txt"
echo "上限一（之后）…"
CEILING_AFTER=$(commit_rate)
echo "  $CEILING_AFTER"

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
# result_ms LOG FIELD: a RESULT field of LOG in milliseconds (microseconds for …_us), requests/s for "rps".
result() {
  python3 - "$1" "$2" <<'PY'
import re, sys
line = next((l for l in open(sys.argv[1], encoding="utf-8") if l.startswith("RESULT ")), "")
f = dict(p.split("=") for p in line.split()[1:])
if not f:
    print("null")
elif sys.argv[2] == "rps":
    print(round(int(f["requests"]) / (int(f["duration_us"]) / 1e6), 1))
elif sys.argv[2] in ("non2xx", "socket_errors", "requests"):
    print(f[sys.argv[2]])
else:
    print(round(int(f[sys.argv[2]]) / 1000, 2))
PY
}
CEILING=$(python3 -c "import json; a, b = json.loads('$CEILING_BEFORE'), json.loads('$CEILING_AFTER'); print(round((a['commits_per_s'] + b['commits_per_s']) / 2, 1))")
RATIO=$(python3 -c "print(round($RPS / $CEILING, 3))")
READER_P99=$(result "$WORK/reader-during-saves.txt" p99_us)
LOGIN_P99=$(result "$WORK/login-during-storm.txt" p99_us)
met() { python3 -c "print('true' if ($1) else 'false')"; }
P99_MS=$(python3 -c "print(round($P99_US / 1000, 2))")
P50_MS=$(python3 -c "print(round($P50_US / 1000, 2))")
ERRORS=$((NON2XX + SOCKET + BAD))
cat >"$OUT/web-answer.json" <<JSON
{
  "benchmark": "web-answer",
  "connections": $CONNECTIONS,
  "sessions": $SESSIONS,
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
  "commit_ceiling_before": $CEILING_BEFORE,
  "commit_ceiling_after": $CEILING_AFTER,
  "commit_ceiling_per_s": $CEILING,
  "saves_to_ceiling": $RATIO,
  "static_file": {"requests_per_s": $(result "$WORK/static.txt" rps), "p99_ms": $(result "$WORK/static.txt" p99_us)},
  "reader_during_saves": {"pause_ms": $READER_PAUSE_MS, "requests": $(result "$WORK/reader-during-saves.txt" requests), "p50_ms": $(result "$WORK/reader-during-saves.txt" p50_us), "p99_ms": $READER_P99, "non2xx": $(result "$WORK/reader-during-saves.txt" non2xx)},
  "login_during_storm": {"requests": $(result "$WORK/login-during-storm.txt" requests), "p50_ms": $(result "$WORK/login-during-storm.txt" p50_us), "p99_ms": $LOGIN_P99, "failed_sign_ins": $STORM_ATTEMPTS},
  "targets": {
    "saves_at_least_0.4x_ceiling": $(met "$RATIO >= 0.4"),
    "save_p99_at_most_50ms": $(met "$P99_MS <= 50"),
    "reader_p99_at_most_100ms": $(met "$READER_P99 <= 100"),
    "login_p99_at_most_20ms_in_storm": $(met "$LOGIN_P99 <= 20")
  },
  "passed": $([ ${#FAILURES[@]} -eq 0 ] && echo true || echo false)
}
JSON
echo "持久提交上限 $CEILING 次/秒（前后两次平均），保存/上限 = $RATIO；读者页面 p99 ${READER_P99} ms；登录风暴中 GET /login p99 ${LOGIN_P99} ms（$STORM_ATTEMPTS 次错误登录）"
echo "保存答案：$RPS 次/秒，p50 ${P50_MS} ms，p99 ${P99_MS} ms，错误 $ERRORS；确认保存 $OK 次，审计日志 $AUDITED 行；核对 $ROWS_AFTER 条检查项记录 → $OUT/web-answer.json"
if [ ${#FAILURES[@]} -gt 0 ]; then
  printf '失败：%s\n' "${FAILURES[@]}" >&2
  exit 1
fi
