"""data/signatures.graphml: who signed with whom, as a graph for Gephi, networkx, igraph or Cytoscape.

Nodes are the agreements and the actors and countries that took part in them; each edge goes from an actor
to an agreement and carries the role the data gives it (party, signatory, witness) and the date of signing at the
precision the sources give ("2025-06"; none where they give none). Two actors signed with each other where they share an
agreement: a reader projects the two-mode graph as the question needs.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

from ..addresses import DATA_DIR
from .context import TITLE, ExportContext, Output
from .tables import agreement_parts

GRAPH_PATH = f"{DATA_DIR}/signatures.graphml"
NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
# (id, for, name, type, description): GraphML's declared attributes
KEYS = [
    ("kind", "node", "kind", "string", "agreement, country, government-body, organisation, mechanism, company or person"),
    ("name", "node", "name", "string", "name or title"),
    ("page", "node", "page", "string", "the record's page on the site"),
    ("role", "edge", "role", "string", "party, signatory (for the party named in on_behalf_of) or witness"),
    ("on_behalf_of", "edge", "on_behalf_of", "string", "signatories: the party they signed for"),
    ("date", "edge", "date", "string", "when the agreement was signed: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources; absent if they do not say"),
]


def edges(ctx: ExportContext) -> list[tuple[str, str, dict[str, str]]]:
    """(actor, agreement, attributes) for every part an actor took in an agreement, in the data's order (the
    rows of agreement_parties.csv)."""
    found = []
    for part in agreement_parts(ctx):
        signed = ctx.data.agreement(part.agreement_id).date_signed  # never an event's date instead
        attributes = {"role": part.role}
        if part.role == "signatory":
            attributes["on_behalf_of"] = part.on_behalf_of
        if signed:
            attributes["date"] = str(signed)
        found.append((part.actor_id, part.agreement_id, attributes))
    return found


def graphml(ctx: ExportContext) -> str:
    ElementTree.register_namespace("", NAMESPACE)
    root = ElementTree.Element(f"{{{NAMESPACE}}}graphml")
    for key, target, name, kind, description in KEYS:
        element = ElementTree.SubElement(root, f"{{{NAMESPACE}}}key", {"id": key, "for": target, "attr.name": name, "attr.type": kind})
        ElementTree.SubElement(element, f"{{{NAMESPACE}}}desc").text = description
    graph = ElementTree.SubElement(root, f"{{{NAMESPACE}}}graph", {"id": "signatures", "edgedefault": "directed"})
    ElementTree.SubElement(graph, f"{{{NAMESPACE}}}desc").text = f"{TITLE}: who took part in which agreement, and how"
    found = edges(ctx)
    nodes = list(dict.fromkeys(n for actor, agreement, _ in found for n in (actor, agreement)))
    for node in sorted(nodes):
        element = ElementTree.SubElement(graph, f"{{{NAMESPACE}}}node", {"id": node})
        _data(element, {"kind": ctx.data.kind(node), "name": ctx.data.name(node), "page": ctx.page(node)})
    for number, (actor, agreement, attributes) in enumerate(found):
        element = ElementTree.SubElement(graph, f"{{{NAMESPACE}}}edge", {"id": f"e{number}", "source": actor, "target": agreement})
        _data(element, attributes)
    ElementTree.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def _data(element: ElementTree.Element, values: dict[str, Any]) -> None:
    for key, value in values.items():
        ElementTree.SubElement(element, f"{{{NAMESPACE}}}data", {"key": key}).text = str(value)


def outputs(ctx: ExportContext) -> list[Output]:
    return [Output(GRAPH_PATH, "application/graphml+xml", "signatures.graphml",
                   "Who took part in which agreement: agreements and actors as nodes, each part (party, signatory, witness) "
                   "as an edge with its role and the date of signing; for Gephi, networkx, igraph or Cytoscape",
                   lambda: graphml(ctx), package={"format": "graphml", "encoding": "utf-8"})]
