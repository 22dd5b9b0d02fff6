"""Read a source into its main text and what it says about itself: title, publisher, date, address.

A saved web page goes through trafilatura (maintained, the extractor that web-archiving projects and
academic comparisons rank first for news pages), which finds the article among menus, "related news"
and comments, and reads its title, site name and publication date. A plain-text copy of a page (the
kind `../shared/seeds/` holds: the page's text with its menus and footers) is cut to its prose here: the
lines before the first paragraph and after a trailer such as "Comments" are left out. A PDF goes
through pypdf. A URL is fetched (http and https only, bounded in size and time) and read as what it is.
"""

from __future__ import annotations

import io
import itertools
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..dates import PartialDate
from .when import dates_in

MAX_BYTES = 20 * 2**20  # a news page or statement is far smaller; a larger file is refused
FETCH_TIMEOUT = 20.0

# A line that ends an article's text on a saved page: what follows is the site's, not the article's.
TRAILERS = re.compile(
    r"^(comments?|\d+\s+comments?|related( news| articles| stories)?|read (more|also|next)|more (news|stories)|"
    r"recommended( for you)?|you may also like|most (read|popular)|tags?:?|share( this( article)?)?:?|page end|"
    r"latest news|popular news|other news|advertisement|subscribe.*|follow us.*|also read:?|"
    r"другие новости|последние новости|похожие новости|новости по теме|другие материалы|материалы по теме)$",
    re.IGNORECASE)
# A line that points to the site's other stories, in the article or after it: it ends the article where only headlines
# follow it ("Читайте также:" above "09.06.2025 Кабмин одобрил проект соглашения …"), else the article goes on.
POINTERS = re.compile(r"^(читайте также|смотрите также|читайте по теме|see also)$", re.IGNORECASE)
# Lines that are a site's own furniture wherever they stand.
FURNITURE = re.compile(
    r"(all rights? reserved|cookies?\b|newsletter|subscribe|download (our|the) app|follow us|terms of use|privacy policy|"
    r"legal disclaimer|sign up|log in|©)", re.IGNORECASE)
# A photo's caption, however long: "[Photo: Participants of the meeting … Photo: Ala-Too Herald]", "Фото: УзА".
CAPTION = re.compile(r"^\s*[\[(]?\s*(?:Photo|Picture|Image|Фото|Снимок)\b[^:]{0,20}:", re.IGNORECASE)
# A page's time stamp before its first sentence: "26.02.2025 | 22:00 |" is when the page was posted, not a date of the text.
TIME_STAMP = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{4}\s*\|\s*\d{1,2}:\d{2}\s*\|\s*")
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
REPORTS_VIA = re.compile(
    r"\b(?P<publisher>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:reports?|reported|said|writes?)(?:,)? (?:via|citing|quoting) "
    r"(?:the )?(?P<via>[\w'-]+(?: (?:of )?[\w'-]+){0,5}?)(?=[.,;]|$| (?:on|in|said|reports?)\b)")
MIN_PROSE_WORDS = 8
WRAPPED_LINE = 60  # a PDF line this long that ends mid-sentence goes on in the next line; a shorter one is a heading


class SourceError(Exception):
    """The source cannot be read: the message says why and what to do."""


@dataclass(frozen=True)
class Article:
    """The main text of a source, as paragraphs, and what the source says about itself."""

    paragraphs: tuple[str, ...]
    location: str  # the file or address read
    form: str  # "html", "text", "pdf"
    title: str | None = None
    publisher: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    via: str | None = None
    found: dict[str, str] = field(default_factory=dict)  # field -> where its value came from, for the review

    def with_headline(self) -> tuple[str, ...] | None:
        """The headline, where it is a statement the text does not open with ("Uzbekistan and Kazakhstan signed the Treaty
        of Alliance"), then the paragraphs; None where there is no such headline."""
        headline = (self.title or "").strip()
        if not headline or (self.paragraphs and self.paragraphs[0].startswith(headline)):
            return None
        return (headline, *self.paragraphs)


def read_source(source: str) -> Article:
    """Read a saved page (.html), a plain-text copy (.txt or any text), a PDF, or an http(s) URL."""
    if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        data, content_type, final_url = fetch(source)
        form = "pdf" if "pdf" in content_type or data.startswith(b"%PDF") else "html" if "html" in content_type or _looks_html(data) else "text"
        return _read(data, form, source, final_url)
    path = Path(source)
    if not path.is_file():
        raise SourceError(f"{source}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise SourceError(f"{source}: the file is empty")
    if size > MAX_BYTES:
        raise SourceError(f"{source}: {size:,} bytes is more than a news page or statement ({MAX_BYTES:,} at most)")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    form = "pdf" if suffix == ".pdf" or data.startswith(b"%PDF") else "html" if suffix in (".html", ".htm", ".xhtml") or _looks_html(data) else "text"
    return _read(data, form, source, None)


def fetch(url: str) -> tuple[bytes, str, str]:
    """The body, content type and final address of an http(s) URL; a SourceError if it cannot be had."""
    if not re.match(r"^https?://[^\s/?#]+", url, re.IGNORECASE):
        raise SourceError(f"{url}: only http and https addresses can be fetched")
    request = urllib.request.Request(url, headers={"User-Agent": "accords-draft (Central Asia Cooperation Tracker)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 (scheme checked above)
            if not response.geturl().lower().startswith(("http://", "https://")):
                raise SourceError(f"{url}: redirected to {response.geturl()}, which is not http(s)")
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise SourceError(f"{url}: more than {MAX_BYTES:,} bytes; save the page and draft from the file")
            return data, response.headers.get("Content-Type", ""), response.geturl()
    except urllib.error.HTTPError as error:
        raise SourceError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise SourceError(f"{url}: could not be fetched ({reason}); save the page and draft from the file") from None


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _decode(data: bytes, location: str) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
            if "\x00" not in text:
                return text
        except UnicodeDecodeError:
            continue
    raise SourceError(f"{location}: the text is not UTF-8; save the page again as UTF-8")


def _read(data: bytes, form: str, location: str, url: str | None) -> Article:
    if form == "pdf":
        return _read_pdf(data, location, url)
    if form == "html":
        return _read_html(data, location, url)
    return _read_text(_decode(data, location), location, url)


def _read_html(data: bytes, location: str, url: str | None) -> Article:
    import trafilatura  # imported here: only drafting needs it, and it takes a while to import

    document = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    text = (getattr(document, "text", None) or "") if document is not None else ""
    paragraphs = tuple(p for p in (" ".join(line.split()) for line in text.split("\n")) if p)
    if not paragraphs:
        raise SourceError(f"{location}: no article text found on the page")
    found: dict[str, str] = {}
    title = getattr(document, "title", None) or None
    publisher = getattr(document, "sitename", None) or None
    date = None
    raw_date = getattr(document, "date", None)
    if raw_date and re.match(r"^\d{4}-\d{2}-\d{2}", raw_date):
        date = PartialDate.parse(raw_date[:10])
    if title:
        found["title"] = "the page's title"
    if publisher:
        found["publisher"] = "the page's site name"
    if date:
        found["date"] = "the page's publication date (its metadata)"
    article = Article(paragraphs, location, "html", title, publisher, date, url or getattr(document, "url", None), None, found)
    return _with_via(article)


def _read_pdf(data: bytes, location: str, url: str | None) -> Article:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        title = (reader.metadata.title if reader.metadata else None) or None
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise SourceError(f"{location}: not a readable PDF ({error})") from None
    lines = _unwrap(text.split("\n"))
    article = _read_lines(lines, location, "pdf", url)
    if title and not article.title:
        article = Article(article.paragraphs, location, "pdf", title, article.publisher, article.date, url, article.via,
                          {**article.found, "title": "the PDF's title"})
    return article


def _unwrap(lines: list[str], width: int = WRAPPED_LINE, ends: re.Pattern[str] = SENTENCE_END, items: bool = False) -> list[str]:
    """Lines joined into paragraphs: a line that does not end a sentence (`ends`) goes on in the next once its paragraph
    is `width` characters long (a shorter one is a heading); with `items`, a line that opens a list item ("- ", "2.")
    never goes on from the one before. A PDF's lines, and a copy broken at a fixed width (`unwrapped`)."""
    paragraphs: list[str] = []
    current = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        wrapped = current and not ends.search(current) and len(current) >= width and not (items and LIST_MARK.match(line))
        if wrapped:
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


# A copy kept from the store of pages the coverage ledger searches opens with the page's date (" date 2022-11-08
# Attending the COP27 …"): the store's metadata, not the page's words. Read as a dateline, it had dated what the lead
# sentence tells of to the day of publication.
STORED_COPY_DATE = re.compile(r"^\s*date (?P<date>\d{4}-\d{2}(?:-\d{2})?)\s+")  # the store gives a month where it has no day: " date 2023-05 "


# A line that ends a sentence (or a list item, or a heading's colon); a hard-wrapped copy's other lines go on.
LINE_END = re.compile(r"[.!?:;\"”»)]\s*$")
LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•–—·])\s*\S")
BROKEN_WIDTH = 40  # a line of a copy broken at a fixed width is at least this long


def unwrapped(lines: list[str]) -> list[str]:
    """The lines of a copy whose sentences are broken at a fixed width (a wire relay's 'The Zangezur / corridor is an
    important project …'), most of them 40 to 80 characters long and ending mid-sentence, joined again (`_unwrap`); any
    other copy as it is."""
    filled = [line.strip() for line in lines if line.strip()]
    broken = [line for line in filled if BROKEN_WIDTH <= len(line) <= 80 and not LINE_END.search(line)]
    if len(filled) < 6 or len(broken) * 2 < len(filled):
        return _rejoined(lines)
    return _unwrap(lines, BROKEN_WIDTH, LINE_END, items=True)


def _rejoined(lines: list[str]) -> list[str]:
    """Lines where a sentence plainly goes on in the next ("An exchange of documents signed" / "during the state visit …"):
    a line that ends no sentence, and the next starting in lower case, are one."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1].strip() and not LINE_END.search(joined[-1]) and re.match(r"[a-z]", line.strip()):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _read_text(text: str, location: str, url: str | None) -> Article:
    stored = STORED_COPY_DATE.match(text)
    article = _read_lines(unwrapped(text[stored.end():].split("\n") if stored else text.split("\n")), location, "text", url)
    if stored:
        # the store's date, before a date above the text, which on such copies is a site's banner of the day it was read
        # ("Tuesday, 02 January 2024" above a report of 14 November 2025)
        article = replace(article, date=PartialDate.parse(stored.group("date")),
                          found={**article.found, "date": "the store's date before the text"})
    return article


# The words alone on a line that introduce a list of documents ("Including:"); lists.LIST_INTRO knows them too.
LIST_LEAD = r"(?:Among them|Including|These include)"


# A line that breaks off at its verb, a list of documents on the lines after ("… included the", "… the Member States signed");
# lists.LIST_INTRO knows it too.
LIST_BREAK = re.compile(r"\b(?:signed|inked|adopted|include[ds]?)(?:\s+the)?\s*$", re.IGNORECASE)


# The heading of a page that is a list of documents: "ПЕРЕЧЕНЬ" over "документов, подписанных в ходе … визита …" and its
# place and date in brackets, or "List of documents signed during …". No verb ends its line and no full stop: read as
# furniture, it left the numbered items with no list to be of.
LIST_HEADING = re.compile(r"(?i)^(?:перечень\s+документов|list\s+of\s+(?:the\s+)?documents)\b.*\b(?:подписанн\w*|signed)\b")


def _list_headings(lines: list[str]) -> list[str]:
    """The lines, with a list's heading (its first word alone on a line, its place and date in brackets on the line after)
    made one line that introduces the list, as "… signed:" does."""
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line, take = lines[index], 1
        if re.fullmatch(r"(?i)перечень|list", line) and index + 1 < len(lines):
            line, take = f"{line} {lines[index + 1]}", 2
        if LIST_HEADING.match(line) and not line.endswith(":"):
            if index + take < len(lines) and re.fullmatch(r"\(.*\)", lines[index + take]):
                line, take = f"{line} {lines[index + take]}", take + 1
            joined.append(f"{line}:")
            index += take
        else:
            joined.append(lines[index])
            index += 1
    return joined


def _is_prose(line: str) -> bool:
    """A line of the article: a sentence of some length, or the items of a list of documents signed."""
    if re.match(r"^(?:\d{1,2}[.)]\s+|[-•–—·]\s*(?=[A-ZА-ЯЁ]))\S", line) and len(line.split()) >= 4:  # "- An agreement", "-An agreement"
        return True
    if line.endswith(":") and re.search(rf"\b(signed|signing|adopted|inked)\b|^{LIST_LEAD}:$|\b(?:подписан\w*|подписали|принят\w*|подписания)\b",
                                        line, re.IGNORECASE):
        return True  # "The parties signed:", "Including:", "Также были подписаны:" introduce a list of documents
    if line.endswith(":") and len(line.split()) <= 4 and re.search(r"\b(?:documents|agreements|документы|соглашения)\b|^(?:Это|Среди них|В их числе):$", line, re.IGNORECASE):
        return True  # "Key documents:", "Ключевые документы:", "Это:" (under "Какие документы приняты …"): a list's heading
    if LIST_BREAK.search(line) and len(line.split()) >= MIN_PROSE_WORDS:
        return True  # "Moreover, the Ministers … of the Member States signed", the list on the lines after
    words = line.split()
    if len(words) >= 2 * MIN_PROSE_WORDS and sum(w[:1].islower() for w in words) >= MIN_PROSE_WORDS:
        return True  # a long line of running words whose end is cut off (a copy that stops mid-sentence)
    return len(words) >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(line) or line.count(". ") >= 1 or line.endswith(":"))


def _a_headline(line: str, following: list[str]) -> bool:
    """Whether the first line of prose is the headline above the text: running words without a sentence's end ("Sohar Gulf
    Fertilisers and Taraz Chemical Holding sign joint venture agreement for phosphate fertiliser complex in Kazakhstan"),
    and after it a paragraph of the text that opens as one, not the rest of its sentence on the next line."""
    return not SENTENCE_END.search(line) and not line.endswith((":", ";", ",")) and not LIST_MARK.match(line) \
        and bool(following) and _article_line(following[0]) and not following[0][:1].islower()


def _cut_off(line: str) -> bool:
    """The last line of a copy that stops mid-sentence: running words, most in lower case ("В рамках рабочего визита было
    подписано восемь новых документов, направленных на расширение сот")."""
    words = line.split()
    return len(words) >= MIN_PROSE_WORDS and 2 * sum(w[:1].islower() for w in words) >= len(words)


def _article_line(line: str) -> bool:
    """A line of prose that is not the site's furniture."""
    return _is_prose(line) and not FURNITURE.search(line) and not CAPTION.match(line)


def _read_lines(raw_lines: list[str], location: str, form: str, url: str | None) -> Article:
    """The prose of a text copy of a page: from its first paragraph to the first trailer."""
    lines = [TIME_STAMP.sub("", " ".join(line.split())) for line in raw_lines]
    lines = _list_headings([line for line in lines if line])
    start = next((i for i, line in enumerate(lines) if _article_line(line)), None)
    if start is None:
        raise SourceError(f"{location}: no paragraph of text found (a page without an article?)")
    if _a_headline(lines[start], lines[start + 1:start + 2]):
        start += 1  # the headline above the first paragraph, read as a line of running words: the header's
    body: list[str] = []
    in_list = False  # after "The documents signed include:", short items ending in ";" are the list
    rest = lines[start:]
    for index, line in enumerate(rest):
        if POINTERS.match(line.strip(" :-–—•|")):
            if all(not SENTENCE_END.search(after.strip()) for after in _up_to_a_trailer(rest[index + 1:])):
                break  # the site's other stories, headlines without a full stop, to the page's end
            continue
        if TRAILERS.match(line.strip(" :-–—•|")):
            if len(body) < 2 or _prose_words_before_a_trailer(rest[index + 1:]) > sum(len(kept.split()) for kept in body):
                # "Share" under a picture's caption, "Subscribe" under a site's motto, with more prose after it than before:
                # above the article, and what came before it (the caption, the motto) is not the article
                body.clear()
                continue
            break
        # an item opens with a capital or a list mark, or in lower case as Russian lists do ("совместное заявление …;")
        item = in_list and len(line.split()) >= 3 and line.rstrip().endswith((";", ".", ",")) and (line[:1].isalpha() or bool(LIST_MARK.match(line)))
        if (_is_prose(line) or item or index == len(rest) - 1 and _cut_off(line)) and not FURNITURE.search(line) and not CAPTION.match(line):
            body.append(line)
            in_list = line.endswith(":") or bool(LIST_BREAK.search(line)) or (in_list and item)
        else:
            in_list = False
    header = lines[:start]
    found: dict[str, str] = {}
    title = _title(header, lines)
    if title:
        found["title"] = f"the line '{title}' above the text"
    date = None
    for line in header:
        full = [d.date for d in dates_in(line, None) if not d.relative and d.date.precision == "day"] or _russian_day(line)
        if full:
            date = full[0]
            found["date"] = f"the line '{line}' above the text"
            break
    publisher = None
    for line in header:
        candidate = line.strip(" -–—•|")
        if candidate and candidate != title and _is_name_line(candidate):
            publisher = candidate
            found["publisher"] = f"the line '{line}' above the text"
            break
    return _with_via(Article(tuple(body), location, form, title, publisher, date, url, None, found))


def _up_to_a_trailer(lines: list[str]) -> list[str]:
    """The lines up to the next trailer."""
    return list(itertools.takewhile(lambda line: not TRAILERS.match(line.strip(" :-–—•|")), lines))


def _prose_words_before_a_trailer(lines: list[str]) -> int:
    """How many words of prose the lines hold up to the next trailer."""
    words = 0
    for line in lines:
        if TRAILERS.match(line.strip(" :-–—•|")):
            break
        words += len(line.split()) if _article_line(line) else 0
    return words


def _title(header: list[str], lines: list[str]) -> str | None:
    """A headline: a line above the text that the page repeats, else the longest one of five words or more."""
    counts: dict[str, int] = {}
    for line in header:
        counts[line] = counts.get(line, 0) + 1
    repeated = [line for line, n in counts.items() if n > 1 and len(line.split()) >= 4 and not dates_in(line, None)]
    if repeated:
        return repeated[0]
    candidates = [line for line in header if sum(bool(re.search(r"[^\W\d_]{2}", w)) for w in line.split()) >= 4  # words, not "371 views Politics 0"
                  and not dates_in(line, None) and not FURNITURE.search(line)
                  and not _is_name_line(line.strip(" -–—•|")) and not re.search(r"\bmin(ute)?s? read\b", line, re.IGNORECASE)]
    return candidates[-1] if candidates else None  # the headline stands just above the text


def _russian_day(line: str) -> list[PartialDate]:
    """The days a Russian line above the text gives with their year ("Политика | 22 ноября 2023, 16:10"): none without one,
    which would be read against the day the tool runs."""
    if not re.search(r"[а-яё]", line, re.IGNORECASE) or not re.search(r"\b(?:19|20)\d{2}\b", line):
        return []
    from .russian_text import russian_dates

    return [d.date for d in russian_dates(line, None) if d.date.precision == "day" and re.search(r"\b(?:19|20)\d{2}\b", d.text)]


def _is_name_line(line: str) -> bool:
    """A short line of capitalised words (a site's name: 'Times Tengri'), not a date or a reading time."""
    words = line.split()
    return (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not dates_in(line, None)
            and not re.search(r"\d|read\b|edition|flag", line, re.IGNORECASE))


def _with_via(article: Article) -> Article:
    """'Trend reports via the Turkish Foreign Ministry': the publisher and the body it relays."""
    for paragraph in article.paragraphs[:3]:
        match = REPORTS_VIA.search(paragraph)
        if match:
            found = dict(article.found)
            publisher = article.publisher
            if not publisher:
                publisher = match.group("publisher")
                found["publisher"] = f"'{match.group(0)}'"
            found["via"] = f"'{match.group(0)}'"
            return Article(article.paragraphs, article.location, article.form, article.title, publisher, article.date,
                           article.url, match.group("via"), found)
    return article
