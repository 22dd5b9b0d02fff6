/* Central Asia Cooperation Tracker: filters for the explorer and the timeline.
 * Progressive enhancement: without this script the pages show every record in plain HTML.
 * The filter state lives in the address (?country=kz&sector=mining…), so a view can be shared.
 * No request leaves the site: the explorer reads agreements.json beside its page. */
(function () {
  "use strict";
  var FILTERS = ["country", "partner", "sector", "mineral", "kind", "status", "after", "sources", "from", "to", "q"];
  var PAGE_SIZE = 100;

  function fold(text) {
    // as accords.names folds them: marks and punctuation off, words joined by single spaces ('"China + Five …"' sorts as
    // 'china five …', not before every letter)
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function readState(form) {
    var params = new URLSearchParams(window.location.search);
    var state = {};
    FILTERS.forEach(function (name) {
      state[name] = params.get(name) || "";
      var field = form.elements[name];
      if (field) field.value = state[name];
      if (field && field.value !== state[name]) state[name] = "";  // unknown value in the address
    });
    state.sort = params.get("sort") || "date";
    state.dir = params.get("dir") === "asc" ? "asc" : "desc";
    return state;
  }

  function writeState(state) {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    if (state.sort && state.sort !== "date") params.set("sort", state.sort);
    if (state.dir === "asc") params.set("dir", "asc");
    if (state.columns) params.set("columns", state.columns);
    var query = params.toString();
    history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  function formState(form, state) {
    FILTERS.forEach(function (name) { state[name] = form.elements[name] ? form.elements[name].value.trim() : ""; });
    return state;
  }

  /* A record matches when every filter that is set holds. `r` has countries, sectors, minerals,
     kind, status, after (the steps after the signing, explorer only), firsthand (it cites an official or agency report), year (number or null) and folded
     (its words, for the text filter). */
  function matches(r, s) {
    if (s.country && r.countries.indexOf(s.country) < 0) return false;
    if (s.partner && (r.countries.indexOf(s.partner) < 0 || (s.country && s.partner === s.country))) return false;
    if (s.sector && r.sectors.indexOf(s.sector) < 0) return false;
    if (s.mineral && r.minerals.indexOf(s.mineral) < 0) return false;
    if (s.kind && r.kind !== s.kind) return false;
    if (s.status && r.status !== s.status) return false;
    if (s.after && r.after !== s.after) return false;  // what the steps after the signing add up to (explorer only)
    if (s.sources === "firsthand" && !r.firsthand) return false;
    if ((s.from || s.to) && r.year === null) return false;
    if (s.from && r.year < +s.from) return false;
    if (s.to && r.year > +s.to) return false;
    if (s.q) {
      var words = fold(s.q).split(/\s+/);
      for (var i = 0; i < words.length; i++) if (words[i] && r.folded.indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* --- Downloads of the view on screen, made here from the data the page already has ---------- */
  var LIST_SEPARATOR = ";";  // as in the site's CSV files

  function csvCell(value) {
    var text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value === undefined || value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;  // as in the site's CSV files: a spreadsheet never runs it as a formula
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(columns, records) {
    var lines = [columns.map(csvCell).join(",")];
    records.forEach(function (r) { lines.push(columns.map(function (c) { return csvCell(r[c]); }).join(",")); });
    return lines.join("\r\n") + "\r\n";
  }

  /* The page's two buttons (partials/filters.md) save what the filters show (all of it, not only the rows
     drawn) as CSV or JSON; the address of the view, which holds the filters, goes into the JSON. */
  function downloads(bar, name, columns, current) {
    [["csv", "CSV", "text/csv"], ["json", "JSON", "application/json"]].forEach(function (format) {
      var button = bar.querySelector('button[data-download="' + format[0] + '"]');
      button.addEventListener("click", function () {
        var records = current();
        var text = format[0] === "csv" ? csv(typeof columns === "function" ? columns() : columns, records)
          : JSON.stringify({ view: window.location.href, count: records.length, records: records }, null, 1) + "\n";
        var link = el("a", { href: URL.createObjectURL(new Blob([text], { type: format[2] + ";charset=utf-8" })), download: name + "." + format[0] });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      });
    });
    return function ready() { bar.querySelectorAll("button").forEach(function (b) { b.disabled = false; }); };
  }

  function absolute(href) {
    return new URL(href, window.location.href).href;
  }

  /* A data file of the site (never another host's), parsed; a failed answer is an error. */
  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }

  /* The explorer's data file (accords.explorer), its rows given by column: one object per agreement, newest first. */
  function agreementRows(data) {
    var names = Object.keys(data.columns);
    return (data.columns.id || []).map(function (_, i) {
      var r = {};
      names.forEach(function (name) { r[name] = data.columns[name][i]; });
      r.year = r.date ? +r.date.slice(0, 4) : null;
      r.url = data.pages + r.id + "/";
      var words = [r.title, r.also || "", r.kind].concat(r.parties, r.parties.map(function (p) { return data.aka[p] || ""; }));
      r.folded = fold(words.join(" "));
      return r;
    });
  }

  /* --- The explorer ------------------------------------------------------------------------- */
  /* The explorer's columns, as the form's "Columns" boxes choose them ([field, heading]); the title, which links to the
     agreement, always follows the date. ?columns=… in the address keeps a choice other than the first one. */
  function chosenColumns(form) {
    var chosen = [];
    form.querySelectorAll('input[name="column"]').forEach(function (box) {
      if (box.checked) chosen.push([box.value, box.parentNode.textContent.trim()]);
      if (box.value === "date") chosen.push(["title", "Agreement"]);
    });
    return chosen;
  }

  function readColumns(form) {
    var wanted = new URLSearchParams(window.location.search).get("columns");
    if (wanted === null) return;
    var names = wanted.split(",");
    form.querySelectorAll('input[name="column"]').forEach(function (box) { box.checked = names.indexOf(box.value) >= 0; });
  }

  function columnsParam(form) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="column"]'));
    var changed = boxes.some(function (box) { return box.checked !== box.defaultChecked; });
    return changed ? boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; }).join(",") : "";
  }

  function explorer(root, form) {
    readColumns(form);
    var columns = chosenColumns(form);
    var names = {};  // a country's, sector's or mineral's label, by the value the filters give it
    ["country", "sector", "mineral"].forEach(function (field) {
      var select = form.elements[field];
      if (select) Array.prototype.forEach.call(select.options, function (o) { if (o.value) names[o.value] = o.textContent; });
    });
    var state = readState(form);
    state.columns = columnsParam(form);
    var rows = [];
    var shown = PAGE_SIZE;
    var summary = document.querySelector(".tracker-explorer__count");
    var bar = document.querySelector(".tracker-downloads");
    var table = el("table", { "class": "tracker-explorer__table" });
    var more = el("button", { type: "button", "class": "md-button", hidden: "" }, "Show more");
    root.append(table, more);
    var current = [];
    var ready = downloads(bar, "agreements", ["id", "date", "date_basis", "title", "kind", "status", "after", "parties", "countries",
                                                    "sectors", "minerals", "page"], function () {
      return current.map(function (r) {
        return { id: r.id, date: r.date, date_basis: r.fromEvent ? "event" : r.date ? "own" : "", title: r.title, kind: r.kind,
                 status: r.status, after: r.after, parties: r.parties, countries: r.countries, sectors: r.sectors, minerals: r.minerals,
                 page: absolute(r.url) };
      });
    });

    function cellText(r, key) {
      if (key === "parties") return r.parties.join(", ");
      if (key === "countries" || key === "sectors" || key === "minerals") {
        return r[key].map(function (v) { return names[v] || v; }).join(", ");
      }
      return r[key] || "";
    }

    function sortKey(r, key) {
      return key === "date" ? r.date || "" : fold(cellText(r, key));
    }

    function render() {
      var list = rows.filter(function (r) { return matches(r, state); });
      var dir = state.dir === "asc" ? 1 : -1;
      list.sort(function (a, b) {
        var x = sortKey(a, state.sort), y = sortKey(b, state.sort);
        return x < y ? -dir : x > y ? dir : (a.id < b.id ? -1 : 1);
      });
      current = list;
      summary.textContent = list.length + " of " + rows.length + " agreements";
      table.textContent = "";
      var head = el("tr");
      columns.forEach(function (c) {
        var th = el("th", { scope: "col" });
        if (state.sort === c[0]) th.setAttribute("aria-sort", state.dir === "asc" ? "ascending" : "descending");
        var button = el("button", { type: "button", "data-sort": c[0] }, c[1] + (state.sort === c[0] ? (state.dir === "asc" ? " ▲" : " ▼") : ""));
        th.append(button);
        head.append(th);
      });
      var thead = el("thead");
      thead.append(head);
      var body = el("tbody");
      table.append(thead, body);
      list.slice(0, shown).forEach(function (r) {
        var tr = el("tr");
        columns.forEach(function (c) {
          var td = el("td");
          if (c[0] === "date" && r.date && r.date.indexOf("/") < 0) td.append(el("time", { datetime: r.date }, r.dateText));
          else if (c[0] === "date") td.textContent = r.dateText;
          else if (c[0] === "title") td.append(el("a", { href: r.url }, r.title));
          else td.textContent = cellText(r, c[0]);
          tr.append(td);
        });
        body.append(tr);
      });
      more.hidden = list.length <= shown;
    }

    table.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-sort]");
      if (!button) return;
      var key = button.getAttribute("data-sort");
      state.dir = state.sort === key && state.dir === "desc" ? "asc" : state.sort === key ? "desc" : key === "date" ? "desc" : "asc";
      state.sort = key;
      writeState(state);
      render();
      var again = table.querySelector('button[data-sort="' + key + '"]');
      if (again) again.focus();
    });
    more.addEventListener("click", function () { shown += PAGE_SIZE; render(); });
    var timer = null;
    function onChange() {
      formState(form, state);
      columns = chosenColumns(form);
      state.columns = columnsParam(form);
      shown = PAGE_SIZE;
      clearTimeout(timer);
      // Typing stays fluid on large tables; the address changes once the table shows the result.
      timer = setTimeout(function () { render(); writeState(state); }, 80);
    }
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    form.addEventListener("reset", function () { setTimeout(onChange, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); onChange(); });

    fetchJson(root.getAttribute("data-source")).then(function (data) {
      rows = agreementRows(data);
      document.querySelectorAll(".tracker-static-table").forEach(function (n) { n.hidden = true; });
      ready();
      render();
    }).catch(function () {
      document.querySelectorAll(".tracker-static-table").forEach(function (n) { n.hidden = false; n.classList.add("tracker-static-table--shown"); });
      form.hidden = true;
      bar.hidden = true;
      table.hidden = true;
      summary.textContent = "The filters could not load; the table below lists every agreement.";
    });
  }

  /* --- The timeline: the same filters hide entries in the page ---------------------------- */
  function timeline(root, form) {
    var state = readState(form);
    var entries = Array.prototype.map.call(root.querySelectorAll("li[data-kind]"), function (li) {
      return {
        node: li,
        countries: (li.getAttribute("data-countries") || "").split(" "),
        sectors: (li.getAttribute("data-sectors") || "").split(" "),
        minerals: (li.getAttribute("data-minerals") || "").split(" "),
        kind: li.getAttribute("data-kind"),
        status: li.getAttribute("data-status"),
        firsthand: li.hasAttribute("data-firsthand"),
        year: li.getAttribute("data-year") ? +li.getAttribute("data-year") : null,
        folded: fold(li.textContent)
      };
    });
    var count = document.querySelector(".tracker-explorer__count");
    var ready = downloads(document.querySelector(".tracker-downloads"), "timeline", ["id", "date", "date_basis", "kind", "status", "title", "countries", "sectors", "minerals", "page"], function () {
      return entries.filter(function (e) { return !e.node.hidden; }).map(function (e) {
        var link = e.node.querySelector("a");
        var date = e.node.getAttribute("data-date");
        return { id: e.node.getAttribute("data-id"), date: date, date_basis: e.node.getAttribute("data-date-basis") || (date ? "own" : ""),
                 kind: e.kind, status: e.status,
                 title: link.textContent, countries: e.countries.filter(Boolean), sectors: e.sectors.filter(Boolean),
                 minerals: e.minerals.filter(Boolean), page: absolute(link.getAttribute("href")) };
      });
    });
    function render() {
      var visible = 0;
      entries.forEach(function (e) { e.node.hidden = !matches(e, state); if (!e.node.hidden) visible++; });
      root.querySelectorAll("[data-group]").forEach(function (group) {
        group.hidden = !group.querySelector("li[data-kind]:not([hidden])");
      });
      count.textContent = visible + " of " + entries.length + " entries";
    }
    function onChange() { formState(form, state); writeState(state); render(); }
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    form.addEventListener("reset", function () { setTimeout(onChange, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); onChange(); });
    ready();
    render();
  }

  /* --- Compare: countries side by side, as accords.compare computes them (the same figures, line by line) ---------- */
  var UNDATED = "date not stated", NOT_STATED = "sector not stated", PARTNERS = 5;

  function compare(rows, subjects, names) {
    var of = {};
    subjects.forEach(function (s) { of[s] = rows.filter(function (r) { return r.countries.indexOf(s) >= 0; }); });
    var table = [["Agreements", "All", subjects.map(function (s) { return String(of[s].length); })]];
    var dated = {};
    subjects.forEach(function (s) { dated[s] = of[s].filter(function (r) { return r.date; }); });
    table.push(["Agreements", "First signing", subjects.map(function (s) { return dated[s].length ? dated[s][dated[s].length - 1].dateText : "—"; })]);
    table.push(["Agreements", "Latest signing", subjects.map(function (s) { return dated[s].length ? dated[s][0].dateText : "—"; })]);
    function name(key) { return names[key] || key; }
    function section(title, values, first) {
      var counts = {}, total = {};
      subjects.forEach(function (s) {
        counts[s] = {};
        of[s].forEach(function (r) { values(r).forEach(function (v) { counts[s][v] = (counts[s][v] || 0) + 1; total[v] = (total[v] || 0) + 1; }); });
      });
      Object.keys(total).sort(function (a, b) { return order(first(a, total[a]), first(b, total[b])); }).forEach(function (key) {
        table.push([title, name(key), subjects.map(function (s) { return String(counts[s][key] || 0); })]);
      });
    }
    function order(x, y) {  // tuples compared item by item, as Python compares them
      for (var i = 0; i < x.length; i++) { if (x[i] < y[i]) return -1; if (x[i] > y[i]) return 1; }
      return 0;
    }
    function mostFirst(key, total) { return [key === UNDATED || key === NOT_STATED ? 1 : 0, -total, name(key)]; }
    section("By year", function (r) { return [r.date ? r.date.slice(0, 4) : UNDATED]; }, function (key) { return [key === UNDATED ? 1 : 0, key]; });
    section("By kind", function (r) { return [r.kind]; }, mostFirst);
    section("By sector", function (r) { return r.sectors.length ? r.sectors : [NOT_STATED]; }, mostFirst);
    section("By status", function (r) { return [r.status]; }, mostFirst);
    section("After signing", function (r) { return r.after ? [r.after] : []; }, mostFirst);
    table.push(["Partners", "Main partners", subjects.map(function (s) {
      var counts = {};
      of[s].forEach(function (r) { r.countries.forEach(function (c) { if (c !== s) counts[c] = (counts[c] || 0) + 1; }); });
      var top = Object.keys(counts).sort(function (a, b) { return order([-counts[a], name(a)], [-counts[b], name(b)]); }).slice(0, PARTNERS);
      return top.map(function (c) { return name(c) + " (" + counts[c] + ")"; }).join(", ") || "—";
    })]);
    var together = rows.filter(function (r) { return subjects.every(function (s) { return r.countries.indexOf(s) >= 0; }); });
    return { rows: table, together: together };
  }

  function comparePage(root, form) {
    var names = JSON.parse(document.getElementById("tracker-compare-names").textContent);
    var selects = Array.prototype.slice.call(form.querySelectorAll('select[name="country"]'));
    var built = chosen().join(",");  // the pair the page was built with
    var wanted = new URLSearchParams(window.location.search).get("countries");
    if (wanted !== null) {
      var codes = wanted.split(",");
      selects.forEach(function (select, i) { select.value = codes[i] || ""; if (select.value !== (codes[i] || "")) select.value = ""; });
    }
    var count = document.querySelector(".tracker-explorer__count");
    var rows = [], result = null, subjects = [];
    var TOGETHER = +root.getAttribute("data-limit");  // as the page lists them without a script (tracker.limits)
    function chosen() {
      var seen = [];
      selects.forEach(function (select) { if (select.value && seen.indexOf(select.value) < 0) seen.push(select.value); });
      return seen;
    }
    var ready = downloads(document.querySelector(".tracker-downloads"), "comparison", function () {
      return ["section", "row"].concat(subjects.map(function (s) { return names[s] || s; }));
    }, function () {
      return result.rows.map(function (line) {
        var record = { section: line[0], row: line[1] };
        subjects.forEach(function (s, i) { record[names[s] || s] = line[2][i]; });
        return record;
      });
    });
    function render() {
      subjects = chosen();
      if (subjects.length < 2) { count.textContent = "Choose at least two countries."; return; }
      result = compare(rows, subjects, names);
      root.textContent = "";
      var table = el("table", { "class": "tracker-compare__table" });
      table.append(el("caption", {}, "Compared: " + subjects.map(function (s) { return names[s] || s; }).join(", ")));
      var head = el("tr");
      head.append(el("th", { scope: "col" }, "Agreements"));
      subjects.forEach(function (s) { head.append(el("th", { scope: "col" }, names[s] || s)); });
      var thead = el("thead"); thead.append(head);
      var body = el("tbody");
      result.rows.forEach(function (line, i) {
        if (i === 0 || result.rows[i - 1][0] !== line[0]) {
          var sectionRow = el("tr", { "class": "tracker-compare__section" });
          sectionRow.append(el("th", { scope: "colgroup", colspan: String(subjects.length + 1) }, line[0]));
          body.append(sectionRow);
        }
        var tr = el("tr");
        tr.append(el("th", { scope: "row" }, line[1]));
        line[2].forEach(function (cell) { tr.append(el("td", {}, cell)); });
        body.append(tr);
      });
      table.append(thead, body);
      root.append(table, el("h2", { id: "signed-together" }, "Signed together (" + result.together.length + ")"));
      if (result.together.length) {
        var list = el("ul", { "class": "tracker-compare__together" });
        result.together.slice(0, TOGETHER).forEach(function (r) {
          var li = el("li");
          // a span of days ("2024-01-29/2024-01-30") is no valid datetime: its words only
          if (r.date && r.date.indexOf("/") < 0) li.append(el("time", { datetime: r.date }, r.dateText)); else li.append(r.dateText);
          li.append(": ");
          li.append(el("a", { href: r.url }, r.title));
          list.append(li);
        });
        root.append(list);
        if (result.together.length > TOGETHER) {
          var more = el("p", { "class": "tracker-compare__more" }, "The " + TOGETHER + " newest of " + result.together.length);
          if (subjects.length === 2) {  // the explorer filters a country and a partner: a pair
            more.append("; ");
            more.append(el("a", { href: root.getAttribute("data-explore") + "?country=" + subjects[0] + "&partner=" + subjects[1] }, "all of them in the explorer"));
          }
          more.append(".");
          root.append(more);
        }
      } else {
        root.append(el("p", {}, "No agreement of all of them is recorded."));
      }
      count.textContent = subjects.length + " countries compared";
      var params = new URLSearchParams(window.location.search);
      params.set("countries", subjects.join(","));
      history.replaceState(null, "", window.location.pathname + "?" + params.toString() + window.location.hash);
    }
    // The page as built already compares its pair: the explorer's data (323 kB compressed at 10,000 agreements) is
    // fetched only once a reader chooses other countries, arrives with them in the address, or saves the comparison.
    var loading = null;
    function load() {
      loading = loading || fetchJson(root.getAttribute("data-source")).then(function (data) {
        rows = agreementRows(data);
        ready();
      });
      return loading;
    }
    function onChange() {
      count.textContent = "Loading…";
      load().then(render).catch(function () {
        form.hidden = true;
        count.textContent = "The data could not load; the table compares the countries named in its caption.";
      });
    }
    form.addEventListener("change", onChange);
    var bar = document.querySelector(".tracker-downloads");
    bar.querySelectorAll("button").forEach(function (b) { b.disabled = false; });
    bar.addEventListener("click", function (event) {  // before the button's own listener: the data first, then the file
      var button = event.target.closest("button[data-download]");
      if (!button || result) return;
      event.stopPropagation();
      load().then(function () { render(); if (result) button.click(); });
    }, true);
    if (wanted !== null && wanted !== built) onChange();
    else count.textContent = built.split(",").length + " countries compared";
  }

  /* --- The network page: the lines, circles and pairs of a sector or a period (accords.network draws them all) ------ */
  function networkPage(root, form) {
    var state = readState(form);
    var count = document.querySelector(".tracker-explorer__count");
    var lines = Array.prototype.slice.call(root.querySelectorAll("line[data-a]"));
    var nodes = Array.prototype.slice.call(root.querySelectorAll("a[data-code]"));
    var table = document.querySelector(".tracker-network__pairs tbody");
    var pairRows = Array.prototype.slice.call(table.querySelectorAll("tr"));
    var names = {};
    nodes.forEach(function (a) { names[a.getAttribute("data-code")] = a.querySelector("text").textContent; });
    var rows = [];
    function render() {
      var pairs = {}, totals = {}, shown = 0;
      rows.forEach(function (r) {
        if ((state.sector && r.sectors.indexOf(state.sector) < 0) || ((state.from || state.to) && !r.year) ||
            (state.from && r.year < +state.from) || (state.to && r.year > +state.to)) return;
        shown++;
        r.countries.forEach(function (c, i) {
          totals[c] = (totals[c] || 0) + 1;
          r.countries.slice(i + 1).forEach(function (o) { var key = [c, o].sort().join(" "); pairs[key] = (pairs[key] || 0) + 1; });
        });
      });
      var most = Math.max.apply(null, Object.keys(pairs).map(function (k) { return pairs[k]; }).concat([1]));
      var biggest = Math.max.apply(null, Object.keys(totals).map(function (k) { return totals[k]; }).concat([1]));
      lines.forEach(function (line) {
        var a = line.getAttribute("data-a"), b = line.getAttribute("data-b");
        var n = pairs[[a, b].sort().join(" ")] || 0;
        line.style.display = n ? "" : "none";
        line.setAttribute("stroke-width", (0.4 + 7 * n / most).toFixed(1));
        line.querySelector("title").textContent = names[a] + " and " + names[b] + ": " + n + " shared";
      });
      nodes.forEach(function (a) {
        var n = totals[a.getAttribute("data-code")] || 0;
        var r = n ? 4 + 14 * Math.sqrt(n / biggest) : 2;
        var circle = a.querySelector("circle"), text = a.querySelector("text");
        circle.setAttribute("r", r.toFixed(1));
        text.setAttribute("y", (+circle.getAttribute("cy") - 8 - (n ? 14 * Math.sqrt(n / biggest) : 0)).toFixed(1));
        var label = names[a.getAttribute("data-code")] + ": " + n + (n === 1 ? " agreement" : " agreements");
        a.setAttribute("aria-label", label);
        a.querySelector("title").textContent = label;
        a.classList.toggle("tracker-network__none", !n);
      });
      pairRows.forEach(function (tr) {
        var n = pairs[[tr.getAttribute("data-a"), tr.getAttribute("data-b")].sort().join(" ")] || 0;
        tr.hidden = !n;
        tr.lastElementChild.textContent = String(n);
      });
      pairRows.slice().sort(function (x, y) { return (+y.lastElementChild.textContent) - (+x.lastElementChild.textContent); })
        .forEach(function (tr) { table.append(tr); });
      count.textContent = shown + " of " + rows.length + " agreements in this view";
    }
    // The page as built shows every agreement; its data (53 kB compressed at 10,000 agreements) is fetched only once a
    // filter is set, here or in the address.
    var loading = null;
    function load() {
      // accords.explorer.network_json: countries, sectors and year (0: none), by column
      loading = loading || fetchJson(root.getAttribute("data-source")).then(function (data) {
        rows = data.columns.year.map(function (year, i) {
          return { countries: data.columns.countries[i], sectors: data.columns.sectors[i], year: year || null };
        });
      });
      return loading;
    }
    function onChange() {
      formState(form, state);
      writeState(state);
      count.textContent = "Loading…";
      load().then(render).catch(function () {
        form.hidden = true;
        count.textContent = "The filters could not load; the figure shows every agreement.";
      });
    }
    form.addEventListener("change", onChange);
    form.addEventListener("reset", function () { setTimeout(onChange, 0); });
    if (state.sector || state.from || state.to) onChange();
    else count.textContent = "Every agreement: choose a sector or years to see a part of the record.";
  }

  window.tracker = { csv: csv, compare: compare };  // the CSV writer, for tests and for readers' own scripts

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.tracker-filters");
    if (!form) return;
    var compareRoot = document.getElementById("tracker-compare");
    if (compareRoot) return comparePage(compareRoot, form);
    var networkRoot = document.getElementById("tracker-network");
    if (networkRoot) return networkPage(networkRoot, form);
    var explorerRoot = document.getElementById("tracker-explorer");
    var timelineRoot = document.getElementById("tracker-timeline");
    if (explorerRoot) explorer(explorerRoot, form);
    else if (timelineRoot) timeline(timelineRoot, form);
  });
})();
