-- wrk script: POST a distinct, valid report each time (bench/reports.sh).
-- wrk counts answers of 400 and above as errors; bench/reports.sh then checks that every
-- request answered is a stored report.
local n = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function request()
  n = n + 1
  local body = "page=%2Fen%2Fsmart%2Fkiosk%2F&kind=code&details=bench+report+" ..
    tostring(tid) .. "-" .. tostring(n) .. "+the+code+changed&contact=&website="
  return wrk.format("POST", "/en/report/",
    { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p50_us=%d p99_us=%d requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50),
    latency:percentile(99), summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
