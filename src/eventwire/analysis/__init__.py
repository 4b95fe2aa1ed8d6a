"""Analyses over the event store: dyad timelines, escalation, actor networks, threat follow-through,
contradicting reports. Each takes an open ``Store`` (and optional ``EventQuery`` filters) and
returns frozen records with ``to_record()``; every figure links back to the events, articles and
sentences behind it.

    timeline(store, "Israel", "Hezbollah", period="week")     Timeline
    escalation(store, period="week", top=10)                  EscalationReport
    network(store); neighbourhood(net, "Iran", depth=1)       ActorNetwork
    followthrough(store, within_days=30)                      list[ThreatOutcome]
    contradictions(store)                                     list[Contradiction]
"""

from ._common import PERIODS, EventRef
from .contradictions import Contradiction, Side, contradictions
from .escalation import ChangePoint, DyadSeries, EscalationReport, PeriodScore, escalation
from .followthrough import FollowUp, ThreatOutcome, followthrough
from .network import ActorNetwork, NetworkEdge, NetworkNode, neighbourhood, network
from .timeline import Timeline, TimelineBucket, timeline
from .weights import Weights, weights

__all__ = ["PERIODS", "ActorNetwork", "ChangePoint", "Contradiction", "DyadSeries", "EscalationReport", "EventRef",
           "FollowUp", "NetworkEdge", "NetworkNode", "PeriodScore", "Side", "ThreatOutcome", "Timeline",
           "TimelineBucket", "Weights", "contradictions", "escalation", "followthrough", "neighbourhood",
           "network", "timeline", "weights"]
