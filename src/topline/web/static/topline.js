// Grounding made visible: hovering, focusing or clicking a brief element highlights the
// article passages it comes from. Plain DOM, no dependencies; reads data-spans="s-e,s-e"
// on .grounded buttons and data-s / data-e on the article's text segments.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  if (!text) return;
  var segments = Array.prototype.slice.call(text.querySelectorAll("span[data-s]"));
  var status = document.getElementById("highlight-status");
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".grounded"));
  var pinned = null;

  function ranges(el) {
    return (el.getAttribute("data-spans") || "").split(",").filter(Boolean).map(function (p) {
      var parts = p.split("-");
      return [Number(parts[0]), Number(parts[1])];
    });
  }

  function clear() {
    segments.forEach(function (s) { s.classList.remove("hl"); });
    buttons.forEach(function (b) { b.classList.remove("active"); });
  }

  function show(el) {
    clear();
    var rs = ranges(el);
    var first = null;
    segments.forEach(function (seg) {
      var s = Number(seg.getAttribute("data-s")), e = Number(seg.getAttribute("data-e"));
      var hit = rs.some(function (r) { return s < r[1] && r[0] < e; });
      if (hit) {
        seg.classList.add("hl");
        if (!first) first = seg;
      }
    });
    el.classList.add("active");
    return first;
  }

  function restore() {
    if (pinned) show(pinned); else clear();
  }

  buttons.forEach(function (el) {
    el.addEventListener("mouseenter", function () { show(el); });
    el.addEventListener("mouseleave", restore);
    el.addEventListener("focus", function () { show(el); });
    el.addEventListener("blur", restore);
    el.addEventListener("click", function () {
      if (pinned) pinned.setAttribute("aria-pressed", "false");
      if (pinned === el) {
        pinned = null;
        clear();
        if (status) status.textContent = "Highlight removed.";
        return;
      }
      pinned = el;
      el.setAttribute("aria-pressed", "true");
      var first = show(el);
      if (first) first.scrollIntoView({ block: "nearest" });
      if (status) {
        status.textContent = first ? "Source highlighted in the article text." : "No source passage in this article.";
      }
    });
  });
})();
