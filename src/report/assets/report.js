(function () {
  "use strict";
  var root = document.documentElement;
  var form = document.getElementById("filters");
  var list = document.getElementById("cards");
  var counter = document.getElementById("shown");
  if (!form || !list || !counter) {
    root.setAttribute("data-ready", "true");
    return;
  }
  var facets = ["severity", "category", "platform", "action", "status"];
  var items = Array.prototype.slice.call(list.children);

  function boxes(facet) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + facet + '"]'));
  }

  function selection() {
    var sel = {};
    facets.forEach(function (f) {
      var all = boxes(f);
      if (!all.length) { return; }
      var on = all.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      sel[f] = { all: on.length === all.length, values: on };
    });
    return sel;
  }

  function apply() {
    var sel = selection();
    var shown = 0;
    items.forEach(function (li) {
      var visible = facets.every(function (f) {
        var s = sel[f];
        return !s || s.values.indexOf(li.getAttribute("data-" + f) || "") !== -1;
      });
      li.hidden = !visible;
      if (visible) { shown += 1; }
    });
    list.setAttribute("data-shown", String(shown));
    counter.textContent = "Showing " + shown + " of " + items.length + " finding" + (items.length === 1 ? "" : "s") + ".";
    return sel;
  }

  function writeHash(sel) {
    var parts = [];
    facets.forEach(function (f) {
      var s = sel[f];
      if (s && !s.all) { parts.push(f + "=" + s.values.map(encodeURIComponent).join(",")); }
    });
    var url = location.pathname + location.search + (parts.length ? "#" + parts.join("&") : "");
    try { history.replaceState(null, "", url); } catch (e) { /* file:// in some browsers */ }
  }

  function readHash() {
    facets.forEach(function (f) { boxes(f).forEach(function (b) { b.checked = true; }); });
    var hash = location.hash.replace(/^#/, "");
    if (!hash) { return; }
    hash.split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq < 1) { return; }
      var facet = decodeURIComponent(part.slice(0, eq));
      if (facets.indexOf(facet) === -1) { return; }
      var wanted = part.slice(eq + 1).split(",").map(function (v) { return decodeURIComponent(v); });
      boxes(facet).forEach(function (b) { b.checked = wanted.indexOf(b.value) !== -1; });
    });
  }

  form.addEventListener("change", function () { writeHash(apply()); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  var reset = document.getElementById("show-all");
  if (reset) {
    reset.addEventListener("click", function () {
      facets.forEach(function (f) { boxes(f).forEach(function (b) { b.checked = true; }); });
      writeHash(apply());
      counter.focus();
    });
  }
  window.addEventListener("hashchange", function () { readHash(); apply(); });

  readHash();
  apply();
  root.setAttribute("data-ready", "true");
})();
