/* Central Asia Cooperation Tracker: search in Material's search box, answered by Pagefind.
 * Pagefind's index is split into small chunks: the first query fetches the few it needs, not the
 * whole index. The library is loaded on first use, from this site only. */
(function () {
  "use strict";
  var toggle = document.getElementById("__search");
  var box = document.querySelector(".tracker-search");
  if (!toggle || !box) return;
  var input = box.querySelector(".md-search__input");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base, window.location.href);  // the site root, also under a sub-path
  var pagefind = null;
  var latest = 0;
  var RANKED = 20;  // results whose details are fetched, so that an exact name can come first

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").toLowerCase().trim();
  }

  /* Pagefind's order, except that a record whose name or alias is exactly the query comes first:
     "Turkey" and "Turkiye" reach the Türkiye page before the councils that mention it. */
  function rank(query, results) {
    var q = fold(query);
    function exact(r) {
      var names = (r.meta.names || "").split("|").concat([r.meta.title]);
      return names.some(function (n) { return fold(n) === q; });
    }
    return results.filter(exact).concat(results.filter(function (r) { return !exact(r); }));
  }

  function load() {
    if (!pagefind) {
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (module) {
        return module.options({ baseUrl: base.pathname, ranking: { pageLength: 0.3, termFrequency: 0.5 } })
          .then(function () { module.init(); return module; });
      });
    }
    return pagefind;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(query, results, total) {
    list.textContent = "";
    if (!query) { meta.textContent = "Type to start searching"; return; }
    meta.textContent = total === 0 ? "No matching documents" : total === 1 ? "1 matching document" : total + " matching documents";
    results.forEach(function (r) {
      var item = el("li", { "class": "md-search-result__item" });
      var link = el("a", { "class": "md-search-result__link", href: r.url, tabindex: "-1" });
      var article = el("article", { "class": "md-search-result__article md-typeset" });
      article.append(el("h1", {}, r.meta.title || r.url));
      if (r.meta.kind) article.append(el("p", { "class": "tracker-search__kind" }, r.meta.kind));
      var excerpt = el("p");
      excerpt.innerHTML = r.excerpt;  // Pagefind escapes the page text and adds only <mark>
      article.append(excerpt);
      link.append(article);
      item.append(link);
      list.append(item);
    });
  }

  function search() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) { render("", [], 0); return; }
    meta.textContent = "Searching…";
    load().then(function (module) {
      return module.debouncedSearch(query, {}, 120);
    }).then(function (found) {
      if (found === null || ticket !== latest) return null;  // a newer query superseded this one
      return Promise.all(found.results.slice(0, RANKED).map(function (r) { return r.data(); })).then(function (data) {
        if (ticket === latest) render(query, rank(query, data).slice(0, 10), found.results.length);
      });
    }).catch(function () {
      meta.textContent = "Search is unavailable; the explorer lists every agreement.";
    });
  }

  input.addEventListener("input", search);
  input.addEventListener("focus", load);  // start fetching the small entry files before the first key
  box.querySelector("form").addEventListener("submit", function (event) { event.preventDefault(); search(); });
  box.querySelector("form").addEventListener("reset", function () { setTimeout(search, 0); });
  toggle.addEventListener("change", function () { if (toggle.checked) setTimeout(function () { input.focus(); }, 50); });

  document.addEventListener("keydown", function (event) {
    var typing = /input|select|textarea/i.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
    if (toggle.checked && event.key === "Escape") {
      toggle.checked = false;
      input.blur();
      event.preventDefault();
    } else if (!toggle.checked && !typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
      toggle.checked = true;
      input.focus();
      event.preventDefault();
    } else if (toggle.checked && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      if (!links.length) return;
      var index = links.indexOf(document.activeElement);
      index = event.key === "ArrowDown" ? Math.min(index + 1, links.length - 1) : index - 1;
      (index < 0 ? input : links[index]).focus();
      event.preventDefault();
    }
  });
})();
