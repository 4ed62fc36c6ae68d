# Shared by scripts/browser-test.sh and bench/web-answer.sh (source it; needs BIN set to the hazchem binary).

# onsite_example OUT [ITEM…]: the worked example Checklists/examples/assessment/hongda-2019.yaml kept on site
# (its top-level submitted, conclusion, signatures and disposition parts dropped), without the answers of the named items.
onsite_example() {
  python3 - Checklists/examples/assessment/hongda-2019.yaml "$@" <<'PY'
import sys
skip = False
open_items = {f"  {item}:" for item in sys.argv[3:]}
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line[:1] not in (" ", "#", "\n", ""):
        skip = line.split(":")[0] in ("submitted", "signatures", "disposition", "conclusion")
    if not skip and line.split("{")[0].rstrip() not in open_items:
        out.append(line)
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
PY
}

# start_server DB LOG [serve options…]: starts `hazchem serve` on a free loopback port and waits until it answers;
# sets PORT, BASE and SERVER, and stops the server when the script exits.
start_server() {
  local db=$1 log=$2
  shift 2
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$PORT"
  "$BIN" serve --db "$db" --port "$PORT" "$@" >"$log" 2>&1 &
  SERVER=$!
  trap 'kill "$SERVER" 2>/dev/null || true' EXIT
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "$BASE/login" && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
  done
  echo "服务器在 20 秒内没有响应（日志：$log）" >&2
  exit 1
}
