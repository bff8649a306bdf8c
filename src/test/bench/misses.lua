-- Distinct valid skills-check results, one per request (a render each, never a cache hit): a set of the first 30
-- skills drawn at random, their codes (ids in base 36) ascending. Used by bench.sh and the attack suite.
local digits = "0123456789abcdefghijklmnopqrstuvwxyz"
init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end
request = function()
  local n = math.random(1, 1073741823)
  local have = {}
  for k = 1, 30 do
    if n % 2 == 1 then have[#have + 1] = digits:sub(k + 1, k + 1) end
    n = math.floor(n / 2)
  end
  if #have == 0 then have[1] = "1" end
  return wrk.format("GET", "/skills-check/result?v=3&have=" .. table.concat(have, "."), {["Accept-Language"] = "en"})
end
