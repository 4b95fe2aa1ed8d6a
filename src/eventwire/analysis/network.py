"""Actor networks: who acts on whom, cooperative and hostile ties, and the alliances they draw.

Nodes are parties (``_common.party``: an actor's affiliation, else its name, so Hassan
Nasrallah's acts are Hezbollah's). An edge A → B of a kind sums the events A directs at B
whose PLOVER type score (``data/plover_weights.yaml``, before status) is positive
(cooperative), negative (hostile) or zero (neutral, e.g. a plain REQUEST). Denied events are
left out (status factor 0: the act did not happen); an incident reported by several articles
counts once.

Each pair's ties are netted: its cooperative score minus its hostile score, both directions
(``net_ties``), so a ceasefire signed between enemies does not make them allies. A party's
allies (``ActorNetwork.allies_of``) are those it has a positive net tie with. Communities
(alliances) are found on the graph of positive net ties with NetworkX's Louvain method seeded
with ``COMMUNITY_SEED``, so the same store always gives the same communities; only
communities of two or more parties are listed.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..errors import AnalysisError
from ..store import EventQuery, Store
from ._common import EventRef, events, party
from .weights import weights

# Louvain is randomised; a fixed seed makes communities reproducible run to run.
COMMUNITY_SEED = 42
KINDS = ("cooperative", "hostile", "neutral")


@dataclass(frozen=True)
class NetworkEdge:
    source: str
    target: str
    kind: str  # cooperative, hostile or neutral
    count: int
    score: float
    events: tuple[EventRef, ...]

    def to_record(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "kind": self.kind, "count": self.count,
                "score": self.score, "events": [e.to_record() for e in self.events]}


@dataclass(frozen=True)
class NetworkNode:
    name: str
    acts: int       # events as actor
    received: int   # events as target
    cooperative: int  # cooperative events, either side
    hostile: int      # hostile events, either side
    community: int | None  # index into ActorNetwork.communities

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "acts": self.acts, "received": self.received,
                "cooperative": self.cooperative, "hostile": self.hostile, "community": self.community}


@dataclass(frozen=True)
class ActorNetwork:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]
    communities: tuple[tuple[str, ...], ...]  # largest first; members sorted

    def node(self, name: str) -> NetworkNode | None:
        lowered = name.lower()
        return next((n for n in self.nodes if n.name.lower() == lowered), None)

    def community_of(self, name: str) -> tuple[str, ...]:
        """The alliance ``name`` belongs to (empty if none)."""
        found = self.node(name)
        return self.communities[found.community] if found and found.community is not None else ()

    def allies_of(self, name: str) -> tuple[str, ...]:
        """The parties ``name`` has ties with that outweigh its hostilities with them (net score
        above zero), most cooperative first: direct allies, not the whole community."""
        return self._allies.get(name.lower(), ())

    @functools.cached_property
    def _allies(self) -> dict[str, tuple[str, ...]]:
        """Lower-cased party → its allies; netted once per network, not once per question."""
        found: dict[str, dict[str, float]] = defaultdict(dict)
        for pair, score in net_ties(self.edges).items():
            if score > 0:
                a, b = sorted(pair)
                found[a.lower()][b] = found[b.lower()][a] = score
        return {party: tuple(sorted(net, key=lambda p: (-net[p], p))) for party, net in found.items()}

    def edges_of(self, kind: str) -> tuple[NetworkEdge, ...]:
        return tuple(e for e in self.edges if e.kind == kind)

    def to_record(self) -> dict[str, Any]:
        return {"nodes": [n.to_record() for n in self.nodes], "edges": [e.to_record() for e in self.edges],
                "communities": [list(c) for c in self.communities]}


def network(store: Store, *, query: EventQuery | None = None) -> ActorNetwork:
    """Who acts on whom in the stored events matching ``query``."""
    table = weights()
    counted: set[str] = set()
    grouped: dict[tuple[str, str, str], list[EventRef]] = defaultdict(list)
    for item in events(store, query):
        a, b = party(item.event.actor), party(item.event.target)
        incident = item.incident
        if not a or not b or a == b or incident in counted or table.status.get(item.event.status, 0.0) == 0.0:
            continue
        if incident is not None:
            counted.add(incident)
        base = table.base(item.event.type, item.event.mode)
        kind = "cooperative" if base > 0 else "hostile" if base < 0 else "neutral"
        grouped[(a, b, kind)].append(EventRef.of(item, score=table.score(item.event), incident=incident))
    edges = tuple(NetworkEdge(source=a, target=b, kind=kind, count=len(refs),
                              score=round(sum(r.score or 0.0 for r in refs), 4), events=tuple(refs))
                  for (a, b, kind), refs in sorted(grouped.items()))
    return _assemble(edges, _communities(edges))


def net_ties(edges: Iterable[NetworkEdge]) -> dict[frozenset[str], float]:
    """Each pair's cooperative score net of its hostile score, either direction."""
    net: dict[frozenset[str], float] = defaultdict(float)
    for edge in edges:
        if edge.kind in ("cooperative", "hostile") and edge.source != edge.target:
            net[frozenset((edge.source, edge.target))] += edge.score
    return net


def _communities(edges: tuple[NetworkEdge, ...]) -> list[tuple[str, ...]]:
    import networkx as nx

    # A pair's ties net of its hostilities: a ceasefire signed between enemies does not make allies.
    graph = nx.Graph()
    for pair, weight in net_ties(edges).items():
        if weight > 0:
            graph.add_edge(*sorted(pair), weight=weight)
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, weight="weight", seed=COMMUNITY_SEED)
    return sorted((tuple(sorted(c)) for c in found if len(c) > 1), key=lambda c: (-len(c), c))


def _assemble(edges: tuple[NetworkEdge, ...], communities: list[tuple[str, ...]]) -> ActorNetwork:
    membership = {name: index for index, members in enumerate(communities) for name in members}
    tally: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("acts", "received", "cooperative", "hostile"), 0))
    for edge in edges:
        tally[edge.source]["acts"] += edge.count
        tally[edge.target]["received"] += edge.count
        if edge.kind in ("cooperative", "hostile"):
            tally[edge.source][edge.kind] += edge.count
            tally[edge.target][edge.kind] += edge.count
    nodes = tuple(NetworkNode(name=name, community=membership.get(name), **counts)
                  for name, counts in sorted(tally.items(), key=lambda kv: (-(kv[1]["acts"] + kv[1]["received"]), kv[0])))
    return ActorNetwork(nodes=nodes, edges=edges, communities=tuple(communities))


def neighbourhood(network: ActorNetwork, actor: str, depth: int = 1) -> ActorNetwork:
    """The parties within ``depth`` ties of ``actor`` (either direction, any kind), and their ties.

    Communities are those of the whole network, restricted to the parties kept.
    """
    if depth < 1:
        raise AnalysisError("E087", value=depth)
    centre = network.node(actor)
    if centre is None:
        raise AnalysisError("E083", actor=actor, count=len(network.nodes))
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in network.edges:
        adjacent[edge.source].add(edge.target)
        adjacent[edge.target].add(edge.source)
    kept, frontier = {centre.name}, {centre.name}
    for _ in range(depth):
        frontier = {n for f in frontier for n in adjacent[f]} - kept
        kept |= frontier
    edges = tuple(e for e in network.edges if e.source in kept and e.target in kept)
    communities = [tuple(m for m in c if m in kept) for c in network.communities]
    index = {old: new for new, old in enumerate(i for i, c in enumerate(communities) if len(c) > 1)}
    nodes = tuple(replace(n, community=index.get(n.community) if n.community is not None else None)
                  for n in network.nodes if n.name in kept)
    return ActorNetwork(nodes=nodes, edges=edges, communities=tuple(c for c in communities if len(c) > 1))
