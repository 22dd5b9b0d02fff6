"""Who signed with whom, as networks.

- On each country's and actor's page: its counterparts, drawn at build time as an SVG (no script) with a table that says
  the same. The subject is at the centre and its counterparts on a circle, most shared agreements first from the top,
  clockwise: an ego network needs no layout algorithm, and a circle keeps every label readable.
- On the network page: every country with its partners, placed once at build time by networkx's force-directed layout
  (Fruchterman–Reingold, seeded: the same data gives the same picture). The page draws it without a script; its
  script redraws the lines and circles for a sector or a period from the explorer's data, the countries staying where
  they are so that two views can be compared.

An edge's weight is the number of agreements both are parties to (a country: through its bodies, companies and
people too).
"""

from __future__ import annotations

import html
import math
from collections import Counter
from dataclasses import dataclass

from .addresses import Addresses, relative_url
from .dataset import Dataset
from .model import Country

EGO_W, EGO_H = 640.0, 460.0  # the frame an ego network is drawn in: room for the labels either side
MOST = 12  # counterparts drawn around the subject; the table lists them all
REGION_W, REGION_H = 900.0, 640.0
SPREAD = 0.6  # distances from the centre raised to this power: the closely tied core spreads out, their order kept


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def counterparts(dataset: Dataset, record_id: str) -> list[tuple[str, int]]:
    """(other record, agreements shared), most first, then by name. A country's are the other countries of its
    agreements; an actor's, the other parties of the agreements it is a party to, signed or witnessed (its own country
    left out: a minister's agreements all have it)."""
    if isinstance(dataset.get(record_id), Country):
        return dataset.partners_of(record_id)
    own = {record_id, dataset.country_of(record_id)}
    counts = Counter(p for a in dataset.agreements_of(record_id) for p in dict.fromkeys(dataset.agreement(a).parties) if p not in own)
    return sorted(counts.items(), key=lambda item: (-item[1], dataset.name(item[0])))


@dataclass(frozen=True)
class Node:
    record_id: str
    x: float
    y: float
    shared: int  # agreements shared with the subject (0 for the subject)


def ego_network(dataset: Dataset, addresses: Addresses, here: str, record_id: str, figure_id: str = "network") -> str:
    """The record and its MOST first counterparts, each a link to its page; the lines between two counterparts count the
    agreements they share (any, not only the subject's)."""
    around = counterparts(dataset, record_id)[:MOST]
    if not around:
        return ""
    centre, middle, radius = EGO_W / 2, EGO_H / 2, EGO_H / 2 - 70
    nodes = [Node(record_id, centre, middle, 0)]
    for i, (other, shared) in enumerate(around):
        angle = -math.pi / 2 + 2 * math.pi * i / len(around)
        nodes.append(Node(other, centre + radius * math.cos(angle), middle + radius * math.sin(angle), shared))
    most = max(n.shared for n in nodes)
    agreements = {n.record_id: set(dataset.agreements_of(n.record_id)) for n in nodes[1:]}
    # Lines between two counterparts, in one group and without a title each (the pairs are the network page's): a
    # country page with 55 of them had passed its 60 kB budget.
    links = []
    for i, a in enumerate(nodes[1:], 1):
        for b in nodes[i + 1:]:
            both = len(agreements[a.record_id] & agreements[b.record_id])
            if both:
                links.append(f'<line x1="{a.x:.0f}" y1="{a.y:.0f}" x2="{b.x:.0f}" y2="{b.y:.0f}" '
                             f'stroke-width="{0.5 + 2.5 * min(both, most) / most:.1f}"/>')
    parts = [f'<g class="tracker-network__link">{"".join(links)}</g>'] if links else []
    for n in nodes[1:]:
        label = f"{dataset.name(record_id)} and {dataset.name(n.record_id)}: {n.shared} shared"
        parts.append(f'<line class="tracker-network__spoke" x1="{centre:.0f}" y1="{middle:.0f}" x2="{n.x:.0f}" y2="{n.y:.0f}" '
                     f'stroke-width="{1 + 6 * n.shared / most:.1f}"><title>{_e(label)}</title></line>')
    for n in nodes:
        subject = n.record_id == record_id
        r = 16.0 if subject else 5 + 9 * math.sqrt(n.shared / most)
        name = dataset.name(n.record_id)
        label = name if subject else f"{name}: {n.shared} {'agreement' if n.shared == 1 else 'agreements'} shared"
        anchor = "middle" if subject or abs(n.x - centre) < 1 else "start" if n.x > centre else "end"
        tx = n.x if anchor == "middle" else n.x + (r + 4) * (1 if anchor == "start" else -1)
        ty = n.y + r + 14 if subject or (anchor == "middle" and n.y > middle) else n.y - r - 6 if anchor == "middle" else n.y + 4
        node = (f'<circle class="tracker-network__{"subject" if subject else "node"}" cx="{n.x:.0f}" cy="{n.y:.0f}" r="{r:.1f}"/>'
                f'<text class="tracker-network__label" x="{tx:.0f}" y="{ty:.0f}" text-anchor="{anchor}">{_e(name)}</text>')
        if subject:
            parts.append(node)
        else:
            href = relative_url(here, addresses.page(n.record_id))
            parts.append(f'<a href="{_e(href)}" aria-label="{_e(label)}"><title>{_e(label)}</title>{node}</a>')
    title = f"{dataset.name(record_id)} and its counterparts"
    desc = (f"{dataset.name(record_id)} at the centre, its {len(around)} counterparts with most agreements around it, each "
            "a link; the thicker a line, the more agreements shared. The table after the figure lists them all.")
    return (
        '<figure class="tracker-figure tracker-network" data-pagefind-ignore="all">'
        f'<svg class="tracker-network__svg" viewBox="0 0 {EGO_W:g} {EGO_H:g}" aria-labelledby="{figure_id}-title {figure_id}-desc" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{figure_id}-title">{_e(title)}</title><desc id="{figure_id}-desc">{_e(desc)}</desc>'
        + "".join(parts) + "</svg>"
        + f"<figcaption>{_e(title)}: the {len(around)} with most shared agreements. Lines between two counterparts count "
        "every agreement they share.</figcaption></figure>"
    )


def region_positions(pairs: list[tuple[str, str, int]]) -> dict[str, tuple[float, float]]:
    """Each country of the pairs (`region_pairs`), placed by networkx's spring layout (seeded), in the network page's
    frame: {country id: (x, y)}."""
    import networkx  # only the network page needs it

    if not pairs:
        return {}
    ordered = networkx.Graph()  # nodes and edges in a stable order: the seeded layout then gives the same places
    ordered.add_nodes_from(sorted({c for a, b, _ in pairs for c in (a, b)}))
    ordered.add_edges_from(sorted((a, b, {"weight": n}) for a, b, n in pairs))
    # Weights damped by a logarithm: otherwise the pairs with hundreds of agreements pull the rest into a ball.
    for _, _, data in ordered.edges(data=True):
        data["pull"] = math.log1p(data["weight"])
    layout = networkx.spring_layout(ordered, weight="pull", seed=28, iterations=200)
    # The Central Asian states share agreements with one another and with most others: the layout packs them in the
    # middle, 30 units apart in this frame. Spread from the centre (a fisheye), they stand 44 or more apart.
    cx, cy = (sum(float(p[i]) for p in layout.values()) / len(layout) for i in (0, 1))
    far = max(math.hypot(float(p[0]) - cx, float(p[1]) - cy) for p in layout.values()) or 1.0
    placed = {}
    for n, p in layout.items():
        dx, dy = float(p[0]) - cx, float(p[1]) - cy
        r = math.hypot(dx, dy) / far
        factor = r ** SPREAD / r if r > 0 else 0.0
        placed[n] = (dx * factor, dy * factor)
    xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
    margin = 70.0

    def scale(value: float, low: float, high: float, size: float) -> float:
        return margin + (size - 2 * margin) * ((value - low) / (high - low) if high > low else 0.5)

    return {n: (round(scale(p[0], min(xs), max(xs), REGION_W), 1), round(scale(p[1], min(ys), max(ys), REGION_H), 1))
            for n, p in sorted(placed.items())}


def region_network(dataset: Dataset, addresses: Addresses, here: str, pairs: list[tuple[str, str, int]], figure_id: str = "region-network") -> str:
    """Every country of the pairs (`region_pairs`), placed by `region_positions`, each a link; a line for each pair, as
    thick as the agreements they share. Elements carry their country codes (data-a, data-b, data-code) for the page's
    script."""
    places = region_positions(pairs)
    if not places:
        return "<p>No agreement between two countries is recorded yet.</p>"
    code = {c: dataset.get(c).iso2.lower() for c in places}
    most = max(n for _, _, n in pairs)
    totals = {c: len(dataset.agreements_of(c)) for c in places}
    biggest = max(totals.values())
    parts = []
    for a, b, n in sorted(pairs):  # by the countries' ids
        (x1, y1), (x2, y2) = places[a], places[b]
        label = f"{dataset.name(a)} and {dataset.name(b)}: {n} shared"
        parts.append(f'<line class="tracker-network__link" data-a="{code[a]}" data-b="{code[b]}" x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" '
                     f'y2="{y2:g}" stroke-width="{0.4 + 7 * n / most:.1f}"><title>{_e(label)}</title></line>')
    for c, (x, y) in places.items():
        label = f"{dataset.name(c)}: {totals[c]} {'agreement' if totals[c] == 1 else 'agreements'}"
        href = relative_url(here, addresses.page(c))
        parts.append(f'<a href="{_e(href)}" aria-label="{_e(label)}" data-code="{code[c]}"><title>{_e(label)}</title>'
                     f'<circle class="tracker-network__node" cx="{x:g}" cy="{y:g}" r="{4 + 14 * math.sqrt(totals[c] / biggest):.1f}"/>'
                     f'<text class="tracker-network__label" x="{x:g}" y="{y - 8 - 14 * math.sqrt(totals[c] / biggest):.1f}" '
                     f'text-anchor="middle">{_e(dataset.name(c))}</text></a>')
    desc = (f"{len(places)} countries, each a link to its page, placed so that countries sharing many agreements stand close; "
            "the thicker a line, the more agreements the two share. The table after the figure lists the pairs.")
    return (
        '<figure class="tracker-figure tracker-network tracker-network--region" data-pagefind-ignore="all">'
        f'<svg class="tracker-network__svg" viewBox="0 0 {REGION_W:g} {REGION_H:g}" aria-labelledby="{figure_id}-title {figure_id}-desc" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="{figure_id}-title">Countries and their partners</title>'
        f'<desc id="{figure_id}-desc">{_e(desc)}</desc>' + "".join(parts) + "</svg>"
        "<figcaption>Placed by a force-directed layout (networkx): the distances show who signs with whom, not geography."
        "</figcaption></figure>"
    )


def region_pairs(dataset: Dataset) -> list[tuple[str, str, int]]:
    """Every pair of countries with an agreement in common, most shared first, then by name."""
    pairs = {tuple(sorted((c, o))): n for c in dataset.ids_of_type(Country) for o, n in dataset.partners_of(c)}
    return sorted(((a, b, n) for (a, b), n in pairs.items()), key=lambda p: (-p[2], dataset.name(p[0]), dataset.name(p[1])))
