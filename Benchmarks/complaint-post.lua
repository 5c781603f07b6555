-- wrk script: POSTs the public feedback form as an anonymous visitor would.
-- Environment: FORM_COOKIE (the signed `patroncare_form` cookie from GET /feedback) and FORM_TOKEN
-- (the `_csrf` value of that page; the same token, as the double-submit check wants).
-- Every request is a new, valid suggestion; the caller counts accepted submissions as new rows.
local cookie = os.getenv("FORM_COOKIE")
local token = os.getenv("FORM_TOKEN")
local counter = 0

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  counter = counter + 1
  local body = "_csrf=" .. encode(token) .. "&kind=suggestion&service=study-spaces" ..
    "&summary=" .. encode("ขอเพิ่มปลั๊กไฟที่โต๊ะอ่านหนังสือ " .. counter) ..
    "&details=" .. encode("Benchmark submission " .. counter .. ": please add power sockets at the desks.")
  return wrk.format("POST", "/feedback", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "patroncare_form=" .. cookie,
  }, body)
end
