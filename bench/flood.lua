-- wrk script for the flood of plan answers: every request asks for a plan answer (rendered
-- per request), with gzip. Counts answers by status, and 503s without Retry-After.
-- Usage: wrk ... -s bench/flood.lua http://127.0.0.1:PORT -- /en/plan/?operator=smart&ends=YYYY-MM-DD
local counts = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  req = wrk.format("GET", args[1], { ["Accept-Encoding"] = "gzip" })
  ok, busy, busy_without_retry, other = 0, 0, 0, 0
end

function request()
  return req
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  elseif status == 503 then
    busy = busy + 1
    if headers["retry-after"] == nil and headers["Retry-After"] == nil then
      busy_without_retry = busy_without_retry + 1
    end
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local t = { ok = 0, busy = 0, busy_without_retry = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  io.write(string.format(
    "FLOOD requests=%d ok=%d busy503=%d busy503_without_retry_after=%d other=%d socket_errors=%d\n",
    summary.requests, t.ok, t.busy, t.busy_without_retry, t.other,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
