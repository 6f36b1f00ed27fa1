"use strict";
(function () {
  // Every text from the data goes into the page through textContent, never as markup.
  var BATCH = 100;
  var DEBOUNCE_MS = 150;
  var data = JSON.parse(document.getElementById("quote-data").textContent);
  var articles = data.articles;
  var quotes = data.quotes;
  var $ = function (id) { return document.getElementById(id); };
  var list = $("list"), more = $("more"), count = $("count");
  var shown = [], rendered = 0, timer = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null && text !== "") node.textContent = text;
    return node;
  }

  function speakerOf(q) { return q.name || q.speaker || "(unattributed)"; }

  quotes.forEach(function (q) {
    var a = articles[q.art];
    q.year = a.date ? a.date.slice(0, 4) : "unknown";
    q.who = speakerOf(q);
    q.bad = q.status !== "ok";
    q.hay = [q.text, q.speaker, q.name, q.role, a.title, a.source, q.id, q.year].join("\n").toLowerCase();
  });

  function fillSelect(select, counts, order) {
    var frag = document.createDocumentFragment();
    Object.keys(counts).sort(order).forEach(function (key) {
      var option = el("option", null, key + " (" + counts[key] + ")");
      option.value = key;
      frag.appendChild(option);
    });
    select.appendChild(frag);
  }

  function tally(key) {
    var counts = {};
    quotes.forEach(function (q) { counts[q[key]] = (counts[q[key]] || 0) + 1; });
    return counts;
  }

  fillSelect($("speaker"), tally("who"), function (a, b) { return a.localeCompare(b, "de"); });
  fillSelect($("year"), tally("year"), function (a, b) { return a < b ? 1 : a > b ? -1 : 0; });

  function row(q) {
    var a = articles[q.art];
    var item = el("li", q.bad ? "quote bad" : "quote");
    item.dataset.id = q.id;
    item.dataset.status = q.status;
    var meta = el("div", "meta");
    var label = q.status === "ok" ? "✓ wörtlich" : q.status === "missing" ? "✗ Quelle fehlt" : "✗ abweichend";
    var marker = el("span", "marker", label);
    marker.title = q.status === "ok" ? "Der Text steht in der Quelle an den Zeichen " + q.start + "–" + q.end : q.reason;
    meta.appendChild(marker);
    meta.appendChild(el("span", "speaker", q.who));
    meta.appendChild(el("span", "role", q.role));
    meta.appendChild(el("span", "date", a.date || "ohne Datum"));
    meta.appendChild(el("span", "qid", q.id + " · " + q.kind));
    item.appendChild(meta);
    var context = el("p", "context");
    context.appendChild(document.createTextNode(q.before || ""));
    context.appendChild(el("mark", null, q.found !== undefined ? q.found : q.text));
    context.appendChild(document.createTextNode(q.after || ""));
    item.appendChild(context);
    if (q.bad) {
      item.appendChild(el("p", "expected", q.reason + " – das Zitat lautet: " + q.text));
    }
    var source = el("div", "source");
    source.appendChild(el("span", "title", a.title || "(ohne Titel)"));
    source.appendChild(document.createTextNode(" · "));
    source.appendChild(el("code", null, a.source + " [" + q.start + ":" + q.end + "]"));
    item.appendChild(source);
    return item;
  }

  function renderMore() {
    var frag = document.createDocumentFragment();
    var stop = Math.min(shown.length, rendered + BATCH);
    for (var i = rendered; i < stop; i++) frag.appendChild(row(shown[i]));
    list.appendChild(frag);
    rendered = stop;
    more.hidden = rendered >= shown.length;
  }

  function apply() {
    var who = $("speaker").value, year = $("year").value, status = $("status").value;
    var terms = $("q").value.toLowerCase().split(/\s+/).filter(Boolean);
    shown = quotes.filter(function (q) {
      if (who && q.who !== who) return false;
      if (year && q.year !== year) return false;
      if (status === "ok" && q.bad) return false;
      if (status === "bad" && !q.bad) return false;
      for (var t = 0; t < terms.length; t++) if (q.hay.indexOf(terms[t]) < 0) return false;
      return true;
    });
    list.textContent = "";
    rendered = 0;
    renderMore();
    if (!shown.length) list.appendChild(el("li", "empty", "Kein Zitat passt zu den Filtern."));
    count.textContent = shown.length + " von " + quotes.length + (quotes.length === 1 ? " Zitat" : " Zitaten");
    count.dataset.count = String(shown.length);
    document.body.dataset.ready = "true";
  }

  function applySoon() {
    clearTimeout(timer);
    timer = setTimeout(apply, DEBOUNCE_MS);
  }

  var bad = quotes.filter(function (q) { return q.bad; }).length;
  $("summary").textContent = (quotes.length === 1 ? "1 Zitat" : quotes.length + " Zitate") + " aus " +
    (articles.length === 1 ? "1 Artikel" : articles.length + " Artikeln") + "; " +
    (bad ? bad + " nicht wörtlich an ihrer Stelle in der Quelle" : "alle wörtlich in ihren Quellen") + ".";
  $("filters").addEventListener("submit", function (event) { event.preventDefault(); });
  $("q").addEventListener("input", applySoon);
  ["speaker", "year", "status"].forEach(function (id) { $(id).addEventListener("change", apply); });
  $("clear").addEventListener("click", function () {
    ["speaker", "year", "status", "q"].forEach(function (id) { $(id).value = ""; });
    apply();
  });
  more.addEventListener("click", renderMore);
  if ("IntersectionObserver" in window) {
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting && rendered < shown.length) renderMore();
    }, { rootMargin: "600px" }).observe($("more-wrap"));
  }
  apply();
})();
