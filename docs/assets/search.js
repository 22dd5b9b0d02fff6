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
  // Results whose details are fetched before anything is shown, so that an exact name can come first
  // (a record's names, indexed apart, rank high among them). 10 rather than 20: at 10,000 agreements
  // the first result came 0.05 s sooner (make bench); a query is searched 80 ms after the last key.
  var RANKED = 10;

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").toLowerCase().trim();
  }

  /* Pagefind's order, except that a record whose name or alias is exactly the query comes first:
     "Turkey" and "Turkiye" reach the Türkiye page before the councils that mention it. Each page
     once: the index holds, besides every page, a record of each page's names and their spellings
     (accords.names), shown as that page. */
  function rank(query, results) {
    var q = fold(query);
    function exact(r) {
      var names = (r.meta.names || "").split("|").concat([r.meta.title]);
      return names.some(function (n) { return fold(n) === q; });
    }
    var ordered = results.filter(exact).concat(results.filter(function (r) { return !exact(r); }));
    var byUrl = {};
    return ordered.filter(function (r) {
      var first = byUrl[r.url];
      if (!first) { byUrl[r.url] = r; return true; }
      if (first.meta.names_of && !r.meta.names_of) first.excerpt = r.excerpt;  // the page's own words
      return false;
    });
  }

  /* Whether a result is named by the query: one of its words starts a word of its name or aliases. */
  function named(query, r) {
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 2; });
    var names = (r.meta.names || "").split("|").concat([r.meta.title]).map(function (n) { return fold(n).split(/[\s\-]+/); });
    return words.some(function (w) {
      return names.some(function (ws) { return ws.some(function (x) { return x.lastIndexOf(w, 0) === 0; }); });
    });
  }

  /* The fallback when Pagefind has no good answer: search/names.json holds every record's name keys
     and the rules that make them (accords/names.yml), applied here as the build applies them. */
  var namesIndex = null;
  function loadNames() {
    if (!namesIndex) {
      namesIndex = fetch(new URL("search/names.json", base).href).then(function (response) {
        if (!response.ok) throw new Error("names index: " + response.status);
        return response.json();
      }).then(function (data) {
        var rules = data.rules;
        rules.key = rules.key.map(function (rule) { return [new RegExp(rule[0], "g"), rule[1]]; });
        return { rules: rules, records: data.records.map(function (r) {
          return { url: r[0], title: r[1], kind: data.kinds[r[2]], keys: r[3] ? r[3].split("|") : [] };
        }) };
      });
      namesIndex.catch(function () { namesIndex = null; });
    }
    return namesIndex;
  }

  function nameFold(text, rules) {
    var mapped = Array.from((text || "").normalize("NFC").toLowerCase()).map(function (c) {
      return Object.prototype.hasOwnProperty.call(rules.letters, c) ? rules.letters[c] : c;
    }).join("");
    return mapped.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function nameKey(text, rules) {
    return rules.key.reduce(function (key, rule) { return key.replace(rule[0], rule[1]); }, nameFold(text, rules));
  }

  /* rapidfuzz's fuzz.ratio, as accords.names scores typos: 100 × (1 − Indel distance / total length). */
  function ratio(a, b) {
    if (!a.length && !b.length) return 100;
    var previous = new Array(b.length + 1).fill(0), current = new Array(b.length + 1).fill(0);
    for (var i = 1; i <= a.length; i++) {
      for (var j = 1; j <= b.length; j++) {
        current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      var swap = previous; previous = current; current = swap;
    }
    return 100 * (2 * previous[b.length]) / (a.length + b.length);
  }

  var EXACT_ONLY_BELOW = 5, CUTOFF = 80, SUGGESTED = 3;  // as in accords/names.py

  function suggest(query, index) {
    var q = nameKey(query, index.rules);
    if (!q) return [];
    var found = [];
    index.records.forEach(function (record) {
      var best = 0;
      record.keys.forEach(function (k) {
        if (k === q) { best = 100; return; }
        if (q.length < EXACT_ONLY_BELOW || k.length < EXACT_ONLY_BELOW || best >= 99) return;
        var total = q.length + k.length;  // a ratio of CUTOFF needs lengths this close
        if (Math.abs(q.length - k.length) > total * (1 - CUTOFF / 100)) return;
        best = Math.max(best, Math.min(ratio(q, k), 99));
      });
      if (best >= CUTOFF) found.push({ record: record, score: best });
    });
    found.sort(function (a, b) { return b.score - a.score || a.record.title.localeCompare(b.record.title); });
    return found.slice(0, SUGGESTED).map(function (s) { return s.record; });
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

  function item(href, title, kind, excerptHtml, excerptText) {
    var entry = el("li", { "class": "md-search-result__item" });
    var link = el("a", { "class": "md-search-result__link", href: href, tabindex: "-1" });
    var article = el("article", { "class": "md-search-result__article md-typeset" });
    article.append(el("h1", {}, title));
    if (kind) article.append(el("p", { "class": "tracker-search__kind" }, kind));
    var excerpt = el("p");
    if (excerptHtml) excerpt.innerHTML = excerptHtml;  // Pagefind escapes the page text and adds only <mark>
    else if (excerptText) excerpt.textContent = excerptText;
    article.append(excerpt);
    link.append(article);
    entry.append(link);
    return entry;
  }

  function render(query, results, total, suggestions) {
    list.textContent = "";
    list.setAttribute("data-query", query);  // which query the list answers (tests wait for it)
    if (!query) { meta.textContent = "Type to start searching"; return; }
    meta.textContent = total === 0 ? "No matching documents" : total === 1 ? "1 matching document" : total + " matching documents";
    (suggestions || []).forEach(function (s) {
      var entry = item(new URL(s.url, base).href, s.title, s.kind, "", "Did you mean " + s.title + "?");
      entry.classList.add("tracker-search__suggestion");
      list.append(entry);
    });
    results.forEach(function (r) {
      list.append(item(r.url, r.meta.title || r.url, r.meta.kind, r.meta.names_of ? "" : r.excerpt, r.meta.names_of ? "" : undefined));
    });
  }

  function search() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) { render("", [], 0); return; }
    meta.textContent = "Searching…";
    load().then(function (module) {
      return module.debouncedSearch(query, {}, 80);
    }).then(function (found) {
      if (found === null || ticket !== latest) return null;  // a newer query superseded this one
      return Promise.all(found.results.slice(0, RANKED).map(function (r) { return r.data(); })).then(function (data) {
        if (ticket !== latest) return null;
        var ranked = rank(query, data);
        var total = found.results.length - (data.length - ranked.length);
        var top = ranked.slice(0, 10);
        if (top.slice(0, 3).some(function (r) { return named(query, r); })) { render(query, top, total); return null; }
        // No good answer from Pagefind: offer the records whose names are closest to the query.
        return loadNames().then(function (index) {
          if (ticket !== latest) return;
          var shown = top.slice(0, 3).map(function (r) { return new URL(r.url, base).pathname; });
          var suggestions = suggest(query, index).filter(function (s) { return shown.indexOf(new URL(s.url, base).pathname) < 0; });
          render(query, top, total, suggestions);
        }, function () { render(query, top, total); });
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
    } else if ((toggle.checked || box.contains(document.activeElement)) && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      if (!links.length) return;
      var index = links.indexOf(document.activeElement);
      index = event.key === "ArrowDown" ? Math.min(index + 1, links.length - 1) : index - 1;
      (index < 0 ? input : links[index]).focus();
      event.preventDefault();
    }
  });
})();
