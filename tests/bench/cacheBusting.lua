-- wrk: every request with a fresh tracking parameter, as a crawler's or an attacker's would be,
-- so a cache keyed on the whole address would render every one (tests/bench/pages.ts).
local counter = 0

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  counter = counter + 1
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  local path = wrk.path .. separator .. "utm_source=" .. math.random(1, 2000000000) .. "x" .. counter
  return wrk.format(nil, path)
end
