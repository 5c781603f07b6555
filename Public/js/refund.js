// The refund form: the proxy's fields are shown and sent only when "a proxy collects" is chosen.
// Without this script every field stays usable and the server checks the choice (CSP: no inline script).
document.addEventListener("DOMContentLoaded", function () {
  var fields = document.querySelector("[data-proxy-fields]");
  if (!fields) { return; }
  var radios = document.querySelectorAll("input[name=collector]");
  function update() {
    var proxy = document.querySelector("input[name=collector][value=proxy]");
    var byProxy = proxy !== null && proxy.checked;
    fields.disabled = !byProxy;
    fields.hidden = !byProxy;
  }
  radios.forEach(function (radio) { radio.addEventListener("change", update); });
  update();
});
