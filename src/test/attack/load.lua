-- wrk script for the edge suite: counts answers by status and prints them at the end as one line,
-- "statuses 200=1234 503=5". What each request asks for depends on the arguments after "--":
--   (none)            the address given to wrk, again and again
--   misses            a distinct valid skills-check result each time (a render, never a cache hit)
--   pages             the canonical pages below in turn
--   spellings N       a pool of N other spellings of those pages (escaped letters), in turn
-- Headers given with -H are sent with every request.
local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
local pages = { "/", "/roles", "/roles/data-scientist", "/roles/machine-learning-engineer",
  "/compare/machine-learning-engineer-vs-data-scientist", "/quiz", "/skills-check", "/sources" }
local threads = {}
local mode, pool, next_index = nil, {}, 0
counts = {}

setup = function(thread)
  table.insert(threads, thread)
end

local function spell(path)
  local out = {}
  for i = 1, #path do
    local c = path:sub(i, i)
    if c ~= "/" and math.random(3) == 1 then
      local hex = string.format("%%%02X", c:byte())
      if math.random(2) == 1 then hex = hex:lower() end
      out[#out + 1] = hex
    else
      out[#out + 1] = c
    end
  end
  return table.concat(out)
end

init = function(args)
  mode = args[1]
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
  if mode == "spellings" then
    -- The same pool in every thread and process: a fixed seed.
    math.randomseed(42)
    local seen, n, tries = {}, tonumber(args[2]), 0
    -- A page at random but "/", which has no letter to escape; short ones run out of spellings
    -- ("/quiz" has 23), the long ones never do.
    while #pool < n and tries < 100 * n do
      tries = tries + 1
      local spelled = spell(pages[math.random(2, #pages)])
      if not seen[spelled] and spelled:find("%%") then
        seen[spelled] = true
        pool[#pool + 1] = spelled
      end
    end
    next_index = math.random(#pool)
  end
end

local function headers()
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  return h
end

request = function()
  if mode == "misses" then
    local n, have = math.random(1, 1073741823), {}
    for k = 1, 30 do
      if n % 2 == 1 then have[#have + 1] = digits:sub(k + 1, k + 1) end
      n = math.floor(n / 2)
    end
    if #have == 0 then have[1] = "1" end
    return wrk.format("GET", "/skills-check/result?v=3&have=" .. table.concat(have, "."), headers())
  elseif mode == "pages" then
    next_index = next_index % #pages + 1
    return wrk.format("GET", pages[next_index], headers())
  elseif mode == "spellings" then
    next_index = next_index % #pool + 1
    return wrk.format("GET", pool[next_index], headers())
  end
  return wrk.format(nil, nil, headers())
end

response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do parts[#parts + 1] = status .. "=" .. n end
  table.sort(parts)
  io.write("statuses " .. table.concat(parts, " ") .. "\n")
  io.write(string.format("errors connect=%d read=%d write=%d timeout=%d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
end
