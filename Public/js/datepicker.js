// The date fields' calendar picker (`<input data-datefield="be|ce">`, see Views/Shared/DateField.swift).
// The field is plain text in the reader's calendar — dd/mm/yyyy, Buddhist era ("be") in Thai,
// Gregorian ("ce") in English — and the server reads it; this script only adds a button that opens a
// month grid and writes the chosen day into the field in that same form. No inline script or style
// (the Content-Security-Policy forbids them): classes only, words from #datepicker-words.
(function () {
  "use strict";

  function two(n) { return (n < 10 ? "0" : "") + n; }

  function daysIn(year, month) { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }

  // Monday = 0 … Sunday = 6.
  function weekdayIndex(year, month, day) { return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; }

  // What the server accepts: dd/mm/yyyy (also - or .), yyyy-mm-dd, Thai digits; a year above 2400 is B.E.
  function parse(text) {
    var normalised = String(text || "").replace(/[\u0E50-\u0E59]/g, function (c) { return String(c.charCodeAt(0) - 0x0E50); }).trim();
    var parts = normalised.split(/\s*[-\/.]\s*/);
    if (parts.length !== 3 || !parts.every(function (p) { return /^\d+$/.test(p); })) return null;
    var year, month, day;
    if (parts[0].length === 4) { year = +parts[0]; month = +parts[1]; day = +parts[2]; }
    else if (parts[2].length === 4) { year = +parts[2]; month = +parts[1]; day = +parts[0]; }
    else return null;
    if (year > 2400) year -= 543;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
    return { year: year, month: month, day: day };
  }

  function format(date, era) {
    return two(date.day) + "/" + two(date.month) + "/" + (date.year + (era === "be" ? 543 : 0));
  }

  function today() {
    // The library's day: Asia/Bangkok, whatever the browser's zone.
    var text = new Date(Date.now() + 7 * 3600 * 1000).toISOString();
    return { year: +text.slice(0, 4), month: +text.slice(5, 7), day: +text.slice(8, 10) };
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(className, label, text) {
    var node = element("button", className, text);
    node.type = "button";
    if (label) { node.setAttribute("aria-label", label); node.title = label; }
    return node;
  }

  function attach(input, words) {
    var era = input.getAttribute("data-datefield") === "be" ? "be" : "ce";
    var wrapper = element("span", "datefield");
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var open = button("datefield-open", words.open, "\u25A6");
    wrapper.appendChild(open);
    var popup = null;
    var shown = null; // { year, month } on screen

    function close(focusInput) {
      if (!popup) return;
      popup.parentNode.removeChild(popup);
      popup = null;
      open.setAttribute("aria-expanded", "false");
      if (focusInput) input.focus();
    }

    function choose(date) {
      input.value = format(date, era);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.dispatchEvent(new Event("change", { bubbles: true }));
      close(true);
    }

    function render() {
      popup.textContent = "";
      var head = element("div", "datepicker-head");
      var previous = button("datepicker-previous", words.previous, "\u2039");
      var next = button("datepicker-next", words.next, "\u203A");
      var title = element("span", "datepicker-title", words.months[shown.month - 1] + " " + (shown.year + (era === "be" ? 543 : 0)));
      title.setAttribute("aria-live", "polite");
      previous.addEventListener("click", function () { step(-1); });
      next.addEventListener("click", function () { step(1); });
      head.appendChild(previous);
      head.appendChild(title);
      head.appendChild(next);
      popup.appendChild(head);

      var grid = element("table", "datepicker-grid");
      var row = element("tr");
      words.weekdays.forEach(function (name) { row.appendChild(element("th", null, name)); });
      var thead = element("thead");
      thead.appendChild(row);
      grid.appendChild(thead);
      var body = element("tbody");
      var selected = parse(input.value);
      var now = today();
      var first = weekdayIndex(shown.year, shown.month, 1);
      var count = daysIn(shown.year, shown.month);
      row = element("tr");
      for (var blank = 0; blank < first; blank++) row.appendChild(element("td"));
      for (var day = 1; day <= count; day++) {
        if (row.children.length === 7) { body.appendChild(row); row = element("tr"); }
        var cell = element("td");
        var date = { year: shown.year, month: shown.month, day: day };
        var pick = button("datepicker-day", format(date, era), String(day));
        pick.setAttribute("data-day", String(day));
        if (selected && selected.year === date.year && selected.month === date.month && selected.day === day) {
          pick.className += " is-selected";
          pick.setAttribute("aria-pressed", "true");
        }
        if (now.year === date.year && now.month === date.month && now.day === day) pick.className += " is-today";
        pick.addEventListener("click", (function (d) { return function () { choose(d); }; })(date));
        cell.appendChild(pick);
        row.appendChild(cell);
      }
      body.appendChild(row);
      grid.appendChild(body);
      popup.appendChild(grid);

      var foot = element("div", "datepicker-foot");
      var todayButton = button("datepicker-today", null, words.today);
      todayButton.addEventListener("click", function () { choose(today()); });
      var closeButton = button("datepicker-close", null, words.close);
      closeButton.addEventListener("click", function () { close(true); });
      foot.appendChild(todayButton);
      foot.appendChild(closeButton);
      popup.appendChild(foot);
    }

    function step(months) {
      var index = shown.year * 12 + (shown.month - 1) + months;
      shown = { year: Math.floor(index / 12), month: index % 12 + 1 };
      render();
    }

    open.setAttribute("aria-haspopup", "dialog");
    open.setAttribute("aria-expanded", "false");
    open.addEventListener("click", function (event) {
      event.preventDefault();
      if (popup) { close(false); return; }
      var start = parse(input.value) || today();
      shown = { year: start.year, month: start.month };
      popup = element("div", "datepicker");
      popup.setAttribute("role", "dialog");
      popup.setAttribute("aria-label", words.open);
      popup.addEventListener("keydown", function (event) { if (event.key === "Escape") { event.preventDefault(); close(true); } });
      // A click inside must not reach an enclosing <label> (which would focus the field and close nothing).
      popup.addEventListener("click", function (event) { event.preventDefault(); event.stopPropagation(); });
      render();
      wrapper.appendChild(popup);
      open.setAttribute("aria-expanded", "true");
      var focus = popup.querySelector(".is-selected") || popup.querySelector(".is-today") || popup.querySelector(".datepicker-day");
      if (focus) focus.focus();
    });
    document.addEventListener("click", function (event) { if (popup && !wrapper.contains(event.target)) close(false); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var source = document.getElementById("datepicker-words");
    if (!source) return;
    var words = {
      months: (source.getAttribute("data-months") || "").split(","),
      weekdays: (source.getAttribute("data-weekdays") || "").split(","),
      open: source.getAttribute("data-open"),
      previous: source.getAttribute("data-previous"),
      next: source.getAttribute("data-next"),
      today: source.getAttribute("data-today"),
      close: source.getAttribute("data-close")
    };
    if (words.months.length !== 12 || words.weekdays.length !== 7) return;
    document.querySelectorAll("input[data-datefield]").forEach(function (input) { attach(input, words); });
  });
})();
