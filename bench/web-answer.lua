-- wrk script for bench/web-answer.sh: every request saves one checklist answer as the assessment page's script
-- does (POST /assessments/{id}/items/{item}, Accept: application/json, X-CSRF-Token), cycling through the items
-- of the expert's sections and the responses, and through the signed-in sessions (SESSIONS: "cookie csrf,…"; the
-- server runs at most 4 requests of one session at once, as 32 connections of 8 browsers would). Every finding is unique, so every request the server completes
-- changes the stored row and writes exactly one audit row; done() prints the counts the script then checks.
local items = {}
for item in string.gmatch(os.getenv("ITEMS") or "", "[^,]+") do items[#items + 1] = item end
local prefix = os.getenv("ITEM_PATH")
local responses = { "conforming", "nonConforming", "notApplicable" }
local threads = {}
local sessions = {}
for cookie, csrf in string.gmatch(os.getenv("SESSIONS") or "", "([^ ,]+) ([^ ,]+)") do
  sessions[#sessions + 1] = { cookie = cookie, csrf = csrf }
end

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  ok, bad, changed = 0, 0, 0
end

function request()
  counter = counter + 1
  local item = items[(counter + tid * 17) % #items + 1]
  local response = responses[math.floor(counter / #items) % #responses + 1]
  local body = "response=" .. response .. "&finding=bench-" .. tid .. "-" .. counter .. "&location=bench"
  local session = sessions[(counter + tid) % #sessions + 1]
  local headers = {
    Cookie = session.cookie, ["X-CSRF-Token"] = session.csrf, Accept = "application/json",
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  return wrk.format("POST", prefix .. item, headers, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"ok":true', 1, true) then
    ok = ok + 1
    if string.find(body, '"changed":true', 1, true) then changed = changed + 1 end
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local o, b, c = 0, 0, 0
  for _, thread in ipairs(threads) do
    o = o + thread:get("ok")
    b = b + thread:get("bad")
    c = c + thread:get("changed")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d ok=%d bad=%d changed=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout, o, b, c))
end
