"""Small inline SVG charts for the HTML report, drawn in Python: no scripts, no external files.

Every text that reaches the SVG goes through ``html.escape``. No ``xmlns`` attribute: SVG
inline in HTML5 needs none, and the report then holds no URL at all.
"""

from __future__ import annotations

import html
import math

from .network import ActorNetwork

HOSTILE, COOPERATIVE, NEUTRAL = "#c0392b", "#1e8449", "#7f8c8d"
# Community colours, cycled; parties outside any community are grey.
PALETTE = ("#2874a6", "#d68910", "#7d3c98", "#17a589", "#a93226", "#5d6d7e", "#b7950b", "#1f618d")
# The network drawing keeps the most active parties of connected groups of three or more, up to
# this many; more would be unreadable. Every tie is still listed in the report's table.
NETWORK_MAX_NODES = 30
NETWORK_MIN_COMPONENT = 3
NETWORK_LAYOUT_SEED = 7


def bars(values: list[tuple[str, float]], *, width: int = 640, height: int = 120, title: str = "",
         counts: bool = False) -> str:
    """Bars up (cooperative, green) and down (conflictual, red) from a zero line, one per period;
    ``counts``: plain counts, all one neutral colour."""
    if not values:
        return ""
    top = max([v for _, v in values] + [0.0])
    bottom = min([v for _, v in values] + [0.0])
    span = (top - bottom) or 1.0
    pad = 16
    zero = pad + (top / span) * (height - 2 * pad)
    step = (width - 2 * pad) / len(values)
    parts = [(f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
              f'aria-label="{html.escape(title)}"><title>{html.escape(title)}</title>'),
             f'<line x1="{pad}" y1="{zero:.1f}" x2="{width - pad}" y2="{zero:.1f}" stroke="#999" stroke-width="1"/>']
    for i, (label, value) in enumerate(values):
        h = abs(value) / span * (height - 2 * pad)
        y = zero - h if value > 0 else zero
        colour = PALETTE[0] if counts else COOPERATIVE if value > 0 else HOSTILE
        parts.append(f'<rect x="{pad + i * step + step * 0.1:.1f}" y="{y:.1f}" width="{max(step * 0.8, 1):.1f}" '
                     f'height="{max(h, 0.5 if value else 0):.1f}" fill="{colour}"><title>{html.escape(label)}: '
                     f'{value:g}</title></rect>')
    parts.append(f'<text x="{pad}" y="{height - 2}" font-size="10">{html.escape(values[0][0])}</text>')
    parts.append(f'<text x="{width - pad}" y="{height - 2}" font-size="10" text-anchor="end">'
                 f'{html.escape(values[-1][0])}</text></svg>')
    return "".join(parts)


def network(net: ActorNetwork, *, size: int = 760) -> str:
    """Parties as circles coloured by community, ties as lines (green cooperative, red hostile)."""
    import networkx as nx

    if not net.nodes:
        return ""
    whole = nx.Graph()
    whole.add_edges_from((e.source, e.target) for e in net.edges)
    activity = {n.name: n.acts + n.received for n in net.nodes}
    connected = [name for c in nx.connected_components(whole) if len(c) >= NETWORK_MIN_COMPONENT for name in c]
    kept = set(sorted(connected, key=lambda name: (-activity.get(name, 0), name))[:NETWORK_MAX_NODES])
    if not kept:
        return ""
    graph = whole.subgraph(kept)
    layout = nx.spring_layout(graph, seed=NETWORK_LAYOUT_SEED, k=1.5 / math.sqrt(max(len(kept), 1)))
    margin = 70

    def xy(name: str) -> tuple[float, float]:
        x, y = layout[name]
        return margin + (x + 1) / 2 * (size - 2 * margin), margin + (y + 1) / 2 * (size - 2 * margin)

    parts = [(f'<svg class="chart" width="{size}" height="{size}" viewBox="0 0 {size} {size}" role="img" '
              'aria-label="actor network"><title>actor network</title>')]
    for edge in net.edges:
        if edge.source not in kept or edge.target not in kept:
            continue
        (x1, y1), (x2, y2) = xy(edge.source), xy(edge.target)
        colour = {"cooperative": COOPERATIVE, "hostile": HOSTILE}.get(edge.kind, NEUTRAL)
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                     f'stroke-opacity="0.6" stroke-width="{min(1 + edge.count, 6)}"><title>'
                     f'{html.escape(edge.source)} → {html.escape(edge.target)}: {edge.kind}, {edge.count} event(s), '
                     f'score {edge.score:g}</title></line>')
    for node in net.nodes:
        if node.name not in kept:
            continue
        x, y = xy(node.name)
        colour = PALETTE[node.community % len(PALETTE)] if node.community is not None else "#aaa"
        radius = 4 + min(node.acts + node.received, 12)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}"><title>{html.escape(node.name)}'
                     f'</title></circle><text x="{x + radius + 2:.1f}" y="{y + 4:.1f}" font-size="11">'
                     f'{html.escape(node.name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
