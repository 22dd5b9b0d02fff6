"""HTML that layouts write themselves, kept out of Python-Markdown.

Python-Markdown re-reading each generated page was most of a build (about 60% at 1,000 records): every
link, table cell and escaped character of a layout's output parsed again. A layout writes its large,
regular parts (facts tables, lists of records, sources) as HTML in a `{% call tracker.html() %}` block;
the block leaves a placeholder paragraph in the page's Markdown, and once MkDocs has turned the (now
short) Markdown into HTML, `fill` puts each block back in place of its paragraph. Headings, prose and the
page's table of contents stay with Markdown and MkDocs.

Links inside a block start from `root`, which `fill` replaces with the way from the page to the site's
root ("../../"), so that the site works under any sub-path. The placeholders carry a token made for each
build: text from the data cannot forge one.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable


class HtmlChunks:
    def __init__(self) -> None:
        token = secrets.token_hex(8)
        self.root = f"tracker-root-{token}/"  # the start of every site link inside a block
        self._marker = f"tracker-html-{token}-"
        self._paragraph = re.compile(rf"<p>{self._marker}(\d+)</p>")
        self._blocks: dict[int, str] = {}
        self._count = 0

    def __call__(self, caller: Callable[[], str]) -> str:
        """`{% call tracker.html() %}…{% endcall %}`: keep the block's HTML, leave a paragraph in its place."""
        number = self._count
        self._count += 1
        self._blocks[number] = caller().strip()
        return f"\n\n{self._marker}{number}\n\n"

    def fill(self, html: str, page_url: str) -> str:
        """The page's HTML with each block in place and its links relative to the page at `page_url`."""
        if self._marker not in html:
            return html
        html = self._paragraph.sub(lambda m: self._blocks.pop(int(m.group(1))), html)
        return html.replace(self.root, "../" * page_url.count("/"))

    def inline(self, markdown: str, page_url: str) -> str:
        """The page's Markdown with each block written in place (for tests and the benchmark's baseline)."""
        blocks = re.compile(rf"^{self._marker}(\d+)$", re.MULTILINE)
        return blocks.sub(lambda m: self._blocks[int(m.group(1))], markdown).replace(self.root, "../" * page_url.count("/"))

    def forget(self) -> None:
        """Drop blocks whose page was never written (a quick rebuild renders some pages only)."""
        self._blocks.clear()
