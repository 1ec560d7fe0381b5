-- wrk script: cycle through every page URL listed in a file, asking for gzip.
-- Usage: wrk ... -s bench/urls.lua http://127.0.0.1:PORT -- urls.txt
-- The requests are formatted once: building one per call would spend wrk's CPU, which
-- shares the machine with the server under test.
local requests = {}
local i = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      requests[#requests + 1] = wrk.format("GET", line, { ["Accept-Encoding"] = "gzip" })
    end
  end
  -- Each wrk thread starts at a different place in the list.
  i = math.random(#requests)
end

function request()
  i = i % #requests + 1
  return requests[i]
end

function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p99_us=%d errors=%d p50_us=%d max_us=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99),
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency.max))
end
