"""What `make serve` says on the page when the data does not load.

Under `mkdocs serve`, a record saved with a mistake (a bad date, an unknown id) would otherwise stop the build:
MkDocs prints the problem in the terminal and the browser's request waits until the file is fixed. Instead the
build goes on with the last data that loaded, and writes the problems (file, line, column, field, message,
hint) to `_preview/problems.json`; every page served carries a small script (`_preview/problems.js`, written
only under `mkdocs serve`) that shows them above the page. The live reload that follows every build reloads
the page: the problems appear when the file is saved with a mistake, and go when it is saved fixed.

The problems' text comes from the data: the script writes it as text (`textContent`), never as markup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .addresses import relative_path
from .problems import Problem

FOLDER = "_preview"
PROBLEMS = f"{FOLDER}/problems.json"
SCRIPT = f"{FOLDER}/problems.js"

# Reads the problems next to it (no-store: the file changes on every build) and shows them, as text, above the page.
SCRIPT_TEXT = """\
(function () {
  "use strict";
  var script = document.currentScript;
  fetch(script.getAttribute("data-problems"), {cache: "no-store"}).then(function (response) {
    return response.ok ? response.json() : {problems: []};
  }).then(function (data) {
    if (!data.problems.length) { return; }
    var box = document.createElement("section");
    box.className = "tracker-preview-problems";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:sticky;top:0;z-index:10;margin:0;padding:.8em 1.2em;background:#fff3cd;color:#3d2a00;" +
      "border-bottom:3px solid #c77700;font:14px/1.45 sans-serif;max-height:50vh;overflow:auto";
    var title = document.createElement("strong");
    title.textContent = data.title;
    box.appendChild(title);
    var list = document.createElement("ul");
    data.problems.forEach(function (problem) {
      var item = document.createElement("li");
      var place = document.createElement("code");
      place.textContent = problem.place;
      item.appendChild(place);
      item.appendChild(document.createTextNode(" " + problem.message + (problem.hint ? " — " + problem.hint : "")));
      list.appendChild(item);
    });
    box.appendChild(list);
    var note = document.createElement("p");
    note.textContent = data.note;
    note.style.margin = "0";
    box.appendChild(note);
    document.body.insertBefore(box, document.body.firstChild);
  }).catch(function () {});
})();
"""


def problems_json(problems: Sequence[Problem]) -> str:
    """The problems as the script shows them (an empty list when the data loads)."""
    count = len(problems)
    data = {
        "title": f"The data does not load: {count} problem{'s' if count != 1 else ''}." if count else "",
        "note": "The site shows the last data that loaded. Save the file fixed and this page reloads.",
        "problems": [{"place": _place(p), "message": (f"{p.field}: " if p.field else "") + p.message, "hint": p.hint or ""}
                     for p in problems],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _place(problem: Problem) -> str:
    place = problem.path
    if problem.line is not None:
        place += f":{problem.line}" + (f":{problem.column}" if problem.column is not None else "")
    return place


def script_tag(page_url: str) -> str:
    """The element that loads the script, for the page at `page_url` ('agreements/x/'): addresses relative to it,
    so that the preview works under any path."""
    script, problems = relative_path(page_url, SCRIPT), relative_path(page_url, PROBLEMS)
    return f'<script src="{script}" data-problems="{problems}" defer></script>'


def with_script(html: str, page_url: str) -> str:
    """A served page with the script, just before `</body>`."""
    at = html.rfind("</body>")
    return html if at < 0 else html[:at] + script_tag(page_url) + html[at:]
