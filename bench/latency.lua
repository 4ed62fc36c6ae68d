-- wrk script for bench/web-answer.sh: GET one path with an optional session cookie (COOKIE) and print the latency
-- figures in one RESULT line (the save benchmark's reader, GET /login during the sign-in storm, the static file).
-- DELAY_MS: a pause between a response and the connection's next request (a person reading a page, not a loop).
local pause = tonumber(os.getenv("DELAY_MS") or "")
if pause and pause > 0 then
  function delay() return pause end
end

function init(args)
  local cookie = os.getenv("COOKIE")
  if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
