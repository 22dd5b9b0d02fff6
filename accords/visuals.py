"""Static SVG for maps and charts, rendered at build time: no charting script runs in the browser.

Every figure has a <title> and <desc> for screen readers; colours come from CSS classes whose values
follow Material's light and dark schemes (docs/assets/tracker.css). Links inside figures are relative
to the page they appear on, so the site works under any sub-path.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import network
from .addresses import Addresses, relative_url
from .dataset import Dataset
from .geo import HEIGHT, SHAPES_CREDIT, WIDTH, Shape
from .model import Agreement, Country

SERIES_COUNT = 6  # colours in the palette; further sectors are drawn as "other"
NOT_STATED = "sector not stated"  # agreements whose sources state no sector: a series of their own, never "other"
# What the figures say: the wording lives beside the layouts, this module draws.
LABELS: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "layouts" / "figures.yml").read_text(encoding="utf-8"))


def _agreements(count: int) -> str:
    """'agreement' or 'agreements', as the count asks."""
    return LABELS["agreements"]["one" if count == 1 else "many"]


def _n(value: float) -> str:
    """A coordinate to one decimal, without a trailing ".0" (pages carry hundreds of them)."""
    return f"{value:.1f}".removesuffix(".0")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _svg_open(view_w: float, view_h: float, css_class: str, title: str, desc: str, figure_id: str, role: str | None = "img") -> str:
    """The opening of a figure's SVG. A chart is one image (role img); a map or a matrix whose parts are links keeps
    the SVG's own role (graphics-document), so that its links stay links: role group is not allowed on svg."""
    role_attribute = f'role="{role}" ' if role else ""
    return (
        f'<svg class="{css_class}" viewBox="0 0 {view_w:g} {view_h:g}" {role_attribute}'
        f'aria-labelledby="{figure_id}-title {figure_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{figure_id}-title">{_e(title)}</title><desc id="{figure_id}-desc">{_e(desc)}</desc>'
    )


# --- Map --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapOptions:
    highlight: str | None = None  # country id drawn as the subject of the page
    partners: tuple[str, ...] = ()  # country ids drawn as its partners
    route: tuple[str, ...] = ()  # country ids a corridor passes through, in order
    title: str = LABELS["map"]["title"]


def region_map(addresses: Addresses, shapes: Mapping[str, Shape], here: str, options: MapOptions, figure_id: str = "map") -> str:
    """The region with each tracked country shaded by its number of agreements and linked to its page."""
    dataset = addresses.data
    counts = {c: len(dataset.agreements_of(c)) for c in dataset.ids_of_type(Country)}
    scale = Scale.of(counts.values())
    tracked = {dataset.get(c).iso2: c for c in counts}
    parts = []
    described = []
    beyond = []  # tracked countries the region's map does not reach (the United States): linked below it
    for code, tracked_id in sorted(tracked.items(), key=lambda item: dataset.name(item[1])):
        if code not in shapes:
            beyond.append(_country_link(dataset, addresses, here, options, tracked_id, counts[tracked_id]))
    for iso2, shape in sorted(shapes.items()):
        country_id = tracked.get(iso2)
        if country_id is None:
            parts.append(f'<path class="tracker-map__land" d="{shape.path}"/>')
            continue
        n = counts[country_id]
        role = _role(options, country_id)
        # The subject and its partners have a colour of their own: their level class would be overridden.
        classes = f"tracker-map__country tracker-map__{role}" if role else f"tracker-map__country tracker-map__level-{scale.level(n)}"
        label = _country_label(dataset, options, country_id, n)
        described.append(label)
        href = relative_url(here, addresses.page(country_id))
        parts.append(f'<a href="{_e(href)}" aria-label="{_e(label)}"><path class="{classes}" d="{shape.path}"><title>{_e(label)}</title></path></a>')
    if options.route:
        parts.append(_route(dataset, shapes, options.route))
    desc = LABELS["map"]["description"].format(count=len(described))
    if options.route:
        desc += LABELS["map"]["route"].format(countries=", ".join(dataset.name(c) for c in options.route))
    return (
        '<figure class="tracker-figure tracker-map" data-pagefind-ignore="all">'
        + _svg_open(WIDTH, HEIGHT, "tracker-map__svg", options.title, desc, figure_id, role=None)
        + f'<rect class="tracker-map__sea" width="{WIDTH:g}" height="{HEIGHT:g}"/>'
        + "".join(parts)
        + "</svg>"
        + f"<figcaption>{_legend(options, scale)}{_beyond(beyond)} <span class=\"tracker-credit\">{_e(SHAPES_CREDIT)}.</span></figcaption></figure>"
    )


def _role(options: MapOptions, country_id: str) -> str:
    return "subject" if country_id == options.highlight else "partner" if country_id in options.partners else ""


def _country_label(dataset: Dataset, options: MapOptions, country_id: str, count: int) -> str:
    """'Kazakhstan: 54 agreements (partner)': a country as the map names it, drawn or beyond the map."""
    role = _role(options, country_id)
    return LABELS["map"]["country"].format(name=dataset.name(country_id), count=count, agreements=_agreements(count)) + (
        LABELS["map"]["subject"] if role == "subject" else LABELS["map"]["partner"] if role else "")


def _country_link(dataset: Dataset, addresses: Addresses, here: str, options: MapOptions, country_id: str, count: int) -> str:
    """A link to a tracked country the map cannot draw."""
    label = _country_label(dataset, options, country_id, count)
    return f'<a href="{_e(relative_url(here, addresses.page(country_id)))}">{_e(label)}</a>'


def _beyond(links: list[str]) -> str:
    return f' <span class="tracker-map__beyond">{_e(LABELS["map"]["outside"])}{", ".join(links)}.</span>' if links else ""


@dataclass(frozen=True)
class Scale:
    """Shades of a count, computed from the counts shown: up to four quantile classes of those above zero, each a range
    that the legend gives ("1–3", "4–20", "21–96", "97–357"), so that 2 and 96 agreements look different."""

    highs: tuple[int, ...]  # the largest count of each class, ascending

    @classmethod
    def of(cls, counts: Iterable[int], classes: int = 4) -> Scale:
        values = sorted(c for c in counts if c > 0)
        highs: list[int] = []
        for k in range(1, classes + 1):
            high = values[math.ceil(k * len(values) / classes) - 1] if values else 0
            if values and (not highs or high > highs[-1]):
                highs.append(high)
        return cls(tuple(highs))

    def level(self, count: int) -> int:
        """The shade (0 for none, up to 4, the darkest): classes spread over the four shades when there are fewer."""
        if count <= 0 or not self.highs:
            return 0
        index = next((i for i, high in enumerate(self.highs, 1) if count <= high), len(self.highs))
        return round(index * 4 / len(self.highs))

    def keys(self) -> list[tuple[int, str]]:
        """(shade, the range it stands for), as a legend lists them: none first."""
        found, low = [(0, LABELS["map"]["none"])], 1
        for high in self.highs:
            found.append((self.level(high), str(low) if low == high else f"{low}–{high}"))
            low = high + 1
        return found


def _legend(options: MapOptions, scale: Scale) -> str:
    words = LABELS["map"]
    items = _scale_keys(scale)
    if options.highlight:
        items += _key("tracker-swatch--subject", words["key_subject"]) + _key("tracker-swatch--partner", words["key_partners"])
    if options.route:
        items += _key("tracker-swatch--route", words["key_route"])
    return f'<span class="tracker-legend">{_e(words["legend"])}{items}</span>'


def _key(swatch: str, label: str) -> str:
    """One entry of a legend: a colour swatch and what it stands for."""
    return f'<span class="tracker-key"><span class="tracker-swatch {swatch}"></span>{_e(label)}</span>'


def _route(dataset: Dataset, shapes: Mapping[str, Shape], route: Sequence[str]) -> str:
    points = [shapes[dataset.get(c).iso2].centre for c in route if dataset.get(c).iso2 in shapes]
    if len(points) < 2:
        return ""
    coordinates = " ".join(f"{x:.0f},{y:.0f}" for x, y in points)
    stops = "".join(f'<circle class="tracker-map__stop" cx="{x:.0f}" cy="{y:.0f}" r="5"/>' for x, y in points)
    return f'<polyline class="tracker-map__route" points="{coordinates}"/>{stops}'


# --- Charts -----------------------------------------------------------------------------------------


def sector_series(dataset: Dataset, agreement_ids: Iterable[str]) -> list[str]:
    """The sectors to colour, most frequent first; the rest count as 'other' (agreements with none, as NOT_STATED)."""
    counts = Counter(s for a in agreement_ids for s in dataset.get(a).sectors)
    ranked = [s for s, _ in sorted(counts.items(), key=lambda item: (-item[1], dataset.name(item[0])))]
    return ranked[:SERIES_COUNT - 1] if len(ranked) > SERIES_COUNT else ranked


def agreements_by_year_chart(dataset: Dataset, agreement_ids: Sequence[str], figure_id: str = "by-year") -> str:
    """Stacked bars: agreements per year, split by sector (an agreement in two sectors counts in both)."""
    series = sector_series(dataset, agreement_ids)
    per_year: dict[int, Counter[str]] = {}
    undated = 0
    for agreement_id in agreement_ids:
        date, _ = dataset.date_of(agreement_id)
        if date is None:
            undated += 1
            continue
        sectors = dataset.get(agreement_id).sectors or [NOT_STATED]
        bucket = per_year.setdefault(date.year, Counter())
        for sector in sectors:
            bucket[sector if sector in series or sector == NOT_STATED else "other"] += 1
    if not per_year:
        return "<p>No dated agreements yet.</p>"
    years = list(range(min(per_year), max(per_year) + 1))
    names = series + [n for n in ("other", NOT_STATED) if any(n in c for c in per_year.values())]
    top = max(sum(c.values()) for c in per_year.values())
    chart_w, chart_h, left, bottom = 640.0, 240.0, 36.0, 28.0
    bar_w = (chart_w - left) / len(years)
    parts = _value_axis(chart_w, chart_h, left, bottom, top, grid=True)
    description = []
    for i, year in enumerate(years):
        x = left + i * bar_w
        y = chart_h - bottom
        counts = per_year.get(year, Counter())
        for s_index, name in enumerate(names):
            n = counts.get(name, 0)
            if not n:
                continue
            h = (chart_h - bottom - 10) * n / top
            y -= h
            label = LABELS["by_year"]["bar"].format(year=year, sector=dataset.name(name) if name in dataset.records else name, count=n)
            parts.append(f'<rect class="tracker-series-{_series_class(s_index, name)}" x="{_n(x + bar_w * 0.15)}" y="{_n(y)}" '
                         f'width="{_n(bar_w * 0.7)}" height="{_n(h)}"><title>{_e(label)}</title></rect>')
        parts.append(f'<text class="tracker-chart__label" x="{_n(x + bar_w / 2)}" y="{_n(chart_h - 8)}" text-anchor="middle">{year}</text>')
        if counts:
            description.append(LABELS["by_year"]["year"].format(
                year=year, counts=", ".join(f"{dataset.name(n) if n in dataset.records else n} {c}" for n, c in counts.most_common())))
    desc = LABELS["by_year"]["description"].format(years="; ".join(description))
    if undated:
        desc += LABELS["by_year"]["undated"].format(count=undated, agreements=_agreements(undated))
    legend = "".join(_key(f"tracker-series-{_series_class(i, n)}", dataset.name(n) if n in dataset.records else n) for i, n in enumerate(names))
    note = LABELS["by_year"]["note"] + (LABELS["by_year"]["note_undated"].format(count=undated) if undated else "")
    return (
        '<figure class="tracker-figure tracker-chart" data-pagefind-ignore="all">'
        + _svg_open(chart_w, chart_h, "tracker-chart__svg", LABELS["by_year"]["title"], desc, figure_id)
        + "".join(parts) + "</svg>"
        + f'<figcaption><span class="tracker-legend">{legend}</span><span class="tracker-note">{_e(note)}</span></figcaption></figure>'
    )


def _series_class(index: int, name: str) -> str:
    return {"other": "other", NOT_STATED: "not-stated"}.get(name, str(index))


def _value_axis(chart_w: float, chart_h: float, left: float, bottom: float, top: int, grid: bool) -> list[str]:
    """The baseline and the labelled ticks of a bar chart's value axis (0 to `top`)."""
    parts = [f'<line class="tracker-chart__axis" x1="{_n(left)}" y1="{_n(chart_h - bottom)}" x2="{_n(chart_w)}" y2="{_n(chart_h - bottom)}"/>']
    for tick in _ticks(top):
        y = chart_h - bottom - (chart_h - bottom - 10) * tick / top
        parts.append(f'<text class="tracker-chart__label" x="{_n(left - 6)}" y="{_n(y + 4)}" text-anchor="end">{tick}</text>')
        if grid:
            parts.append(f'<line class="tracker-chart__grid" x1="{_n(left)}" y1="{_n(y)}" x2="{_n(chart_w)}" y2="{_n(y)}"/>')
    return parts


def _ticks(top: int) -> list[int]:
    step = max(1, round(top / 4))
    return list(range(0, top + 1, step))


MATRIX_SIZE = 15  # the most active countries; the explorer filters any pair


def partner_matrix(dataset: Dataset, here: str, explore_page: str = "explore.md", figure_id: str = "matrix") -> str:
    """Country × country: how many agreements each pair shares; each cell links to the filtered explorer."""
    active = sorted((c for c in dataset.ids_of_type(Country) if dataset.agreements_of(c)),
                    key=lambda c: (-len(dataset.agreements_of(c)), dataset.name(c)))[:MATRIX_SIZE]
    countries = sorted(active, key=dataset.name)
    if len(countries) < 2:
        return "<p>Not enough agreements between countries yet.</p>"
    pairs = {c: dict(dataset.partners_of(c)) for c in countries}
    scale = Scale.of(pairs[c].get(o, 0) for i, c in enumerate(countries) for o in countries[i + 1:])
    longest = max(len(dataset.name(c)) for c in countries)
    # Column labels are turned 50°: they rise about sin 50° of their length (some 7 units a character) above the grid.
    cell, label_h = 34.0, max(110.0, 0.77 * 7 * longest + 16)
    label_w = max(120.0, 7.6 * longest + 12)  # row labels, written to the left
    size_w, size_h = label_w + cell * len(countries), label_h + cell * len(countries)
    # Column labels are turned 50°: the last ones reach past the grid on the right; leave them room
    # (about 7 units a character, cos 50° of it across).
    reach = max(label_w + i * cell + cell / 2 + 0.65 * 7 * len(dataset.name(c)) for i, c in enumerate(countries))
    size_w = max(size_w, reach)
    explore = relative_url(here, explore_page)
    parts = []
    described = []
    for i, country in enumerate(countries):
        iso = dataset.get(country).iso2
        x = label_w + i * cell + cell / 2
        parts.append(f'<text class="tracker-chart__label" transform="translate({x:.0f},{label_h - 8}) rotate(-50)">{_e(dataset.name(country))}</text>')
        row_y = label_h + i * cell + cell / 2 + 4
        parts.append(f'<text class="tracker-chart__label" x="{_n(label_w - 8)}" y="{row_y:.0f}" text-anchor="end">{_e(dataset.name(country))}</text>')
        for j, other in enumerate(countries):
            n = pairs[country].get(other, 0)
            cx, cy = label_w + j * cell, label_h + i * cell
            if country == other:
                parts.append(f'<rect class="tracker-matrix__self" x="{_n(cx)}" y="{_n(cy)}" width="{_n(cell)}" height="{_n(cell)}"/>')
                continue
            rect = f'<rect class="tracker-matrix__cell tracker-map__level-{scale.level(n)}" x="{_n(cx)}" y="{_n(cy)}" width="{_n(cell)}" height="{_n(cell)}"/>'
            if not n:
                parts.append(rect)
                continue
            label = LABELS["map"]["country"].format(name=f"{dataset.name(country)} and {dataset.name(other)}", count=n, agreements=_agreements(n))
            if i < j:
                described.append(label)
            href = f"{explore}?country={iso.lower()}&partner={dataset.get(other).iso2.lower()}"
            parts.append(
                f'<a href="{_e(href)}" aria-label="{_e(label)}"><title>{_e(label)}</title>{rect}'
                f'<text class="tracker-matrix__count" x="{_n(cx + cell / 2)}" y="{_n(cy + cell / 2 + 4)}" text-anchor="middle">{n}</text></a>'
            )
    words = LABELS["matrix"]
    caption = words["caption"] + (words["caption_top"].format(count=MATRIX_SIZE) if len(active) == MATRIX_SIZE else "")
    return (
        '<figure class="tracker-figure tracker-matrix" data-pagefind-ignore="all">'
        + _svg_open(size_w, size_h, "tracker-matrix__svg", words["title"], words["description"].format(pairs="; ".join(described)), figure_id,
                    role=None)
        + "".join(parts) + "</svg>"
        + f"<figcaption>{_e(caption)}{_scale_legend(scale)}</figcaption></figure>"
    )


def _scale_keys(scale: Scale) -> str:
    return "".join(_key(f"tracker-map__level-{level}", label) for level, label in scale.keys())


def _scale_legend(scale: Scale) -> str:
    return f'<span class="tracker-legend">{_e(LABELS["map"]["legend"])}{_scale_keys(scale)}</span>'


def activity_chart(dataset: Dataset, country_id: str, figure_id: str = "activity") -> str:
    """Agreements and events per year for one country."""
    per_year: dict[int, Counter[str]] = {}
    for record_id in dataset.agreements_of(country_id) + dataset.events_of(country_id):
        date, _ = dataset.date_of(record_id)
        if date is not None:
            kind = "agreements" if isinstance(dataset.get(record_id), Agreement) else "events"
            per_year.setdefault(date.year, Counter())[kind] += 1
    if not per_year:
        return ""
    years = list(range(min(per_year), max(per_year) + 1))
    top = max(max(c.values()) for c in per_year.values())
    chart_w, chart_h, left, bottom = 480.0, 160.0, 30.0, 24.0
    group_w = (chart_w - left) / len(years)
    parts = _value_axis(chart_w, chart_h, left, bottom, top, grid=False)
    description = []
    for i, year in enumerate(years):
        counts = per_year.get(year, Counter())
        for k, kind in enumerate(("agreements", "events")):
            n = counts.get(kind, 0)
            if n:
                h = (chart_h - bottom - 10) * n / top
                x = left + i * group_w + group_w * (0.15 + 0.35 * k)
                title = LABELS["activity"]["bar"].format(year=year, count=n, kind=LABELS["activity"][kind])
                parts.append(f'<rect class="tracker-series-{k}" x="{_n(x)}" y="{_n(chart_h - bottom - h)}" width="{_n(group_w * 0.33)}" '
                             f'height="{_n(h)}"><title>{_e(title)}</title></rect>')
        parts.append(f'<text class="tracker-chart__label" x="{_n(left + (i + 0.5) * group_w)}" y="{_n(chart_h - 6)}" text-anchor="middle">{year}</text>')
        if counts:
            description.append(LABELS["activity"]["year"].format(year=year, agreements=counts.get("agreements", 0), events=counts.get("events", 0)))
    name = dataset.name(country_id)
    legend = ('<span class="tracker-legend">' + _key("tracker-series-0", LABELS["activity"]["agreements"])
              + _key("tracker-series-1", LABELS["activity"]["events"]) + "</span>")
    return (
        '<figure class="tracker-figure tracker-chart tracker-small" data-pagefind-ignore="all">'
        + _svg_open(chart_w, chart_h, "tracker-chart__svg", LABELS["activity"]["title"].format(name=name), "; ".join(description) + ".", figure_id)
        + "".join(parts) + "</svg>"
        + f"<figcaption>{legend}</figcaption></figure>"
    )



class Figures:
    """The figures layouts ask for (`tracker.figures`); `here` is the current page's URL, page.url in a layout."""

    def __init__(self, addresses: Addresses, shapes: Mapping[str, Shape], all_agreements: Callable[[], list[str]]):
        self.addresses = addresses
        self.data = addresses.data
        self.shapes = shapes
        self.all_agreements = all_agreements
        self._region_pairs: list[tuple[str, str, int]] | None = None

    def region_map(self, here: str, highlight: str | None = None, route: list[str] | None = None, title: str = LABELS["map"]["title"]) -> str:
        partners = tuple(c for c, _ in self.data.partners_of(highlight)) if highlight else ()
        options = MapOptions(highlight=highlight, partners=partners, route=tuple(route or ()), title=title)
        return region_map(self.addresses, self.shapes, here, options)

    def agreements_chart(self, agreement_ids: list[str] | None = None) -> str:
        return agreements_by_year_chart(self.data, self.all_agreements() if agreement_ids is None else agreement_ids)

    def partner_matrix(self, here: str) -> str:
        return partner_matrix(self.data, here)

    def activity_chart(self, country_id: str) -> str:
        return activity_chart(self.data, country_id)

    def network(self, here: str, record_id: str) -> str:
        return network.ego_network(self.data, self.addresses, here, record_id)

    def counterparts(self, record_id: str) -> list[tuple[str, int]]:
        return network.counterparts(self.data, record_id)

    def region_network(self, here: str) -> str:
        return network.region_network(self.data, self.addresses, here, self.region_pairs())

    def region_pairs(self) -> list[tuple[str, str, int]]:
        """The network page's pairs of countries, made once for its layout, its lines and its table."""
        if self._region_pairs is None:
            self._region_pairs = network.region_pairs(self.data)
        return self._region_pairs
