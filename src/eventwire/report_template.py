"""The Jinja2 template of ``eventwire report``: one HTML file, inline CSS, no script, no URL."""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>eventwire report</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; padding: 0 1em; }
h1 { font-size: 1.6em; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f5f5f5; font-weight: 600; }
.figures { display: flex; flex-wrap: wrap; gap: 1em; }
.figure { background: #f5f7fa; border-radius: 6px; padding: .7em 1.1em; min-width: 8em; }
.figure b { display: block; font-size: 1.6em; }
.hostile { color: #c0392b; } .cooperative { color: #1e8449; } .muted { color: #777; }
.ev { font-size: .92em; } .ev q { font-style: italic; }
.evidence dt { font-weight: 600; margin-top: .8em; } .evidence dd { margin: .2em 0 0 1.2em; }
.evidence dd blockquote { margin: .3em 0; padding-left: .8em; border-left: 3px solid #ccc; }
:target { background: #fff7c2; }
.chart { display: block; margin: .4em 0; max-width: 100%; height: auto; }
nav a { margin-right: 1em; }
</style>
</head>
<body>
<h1>eventwire report</h1>
<p class="muted">Generated {{ generated }} · filters: {{ filters }} · period: {{ period }} ·
scores: {{ weights.source }} (weights v{{ weights.version }})</p>
<nav><a href="#figures">Figures</a><a href="#timelines">Timelines</a><a href="#escalation">Escalation</a>
<a href="#network">Network</a><a href="#followthrough">Follow-through</a><a href="#contradictions">Contradictions</a>
<a href="#evidence">Evidence</a></nav>

{% macro ev(ref) %}<a class="ev" href="#{{ ref.anchor }}">{{ ref.article }}</a>{% endmacro %}
{% macro who(name, affiliation) %}{{ name or "unknown" }}{% if affiliation and affiliation != name %} ({{ affiliation }}){% endif %}{% endmacro %}

<h2 id="figures">Headline figures</h2>
<div class="figures">
<div class="figure"><b>{{ counts.articles }}</b>articles</div>
<div class="figure"><b>{{ counts.events }}</b>events</div>
<div class="figure"><b>{{ counts.incidents }}</b>incidents</div>
<div class="figure"><b>{{ escalation.undirected|length }}</b>dyads</div>
<div class="figure"><b>{{ network.communities|length }}</b>alliances</div>
<div class="figure"><b>{{ threat_counts.followed }} / {{ threats|length }}</b>threats followed within {{ within_days }} days</div>
<div class="figure"><b>{{ contradictions|length }}</b>contradictions</div>
</div>

<h2 id="timelines">Timelines</h2>
{% for t, chart in timelines %}
<h3>{{ t.actor_a }} – {{ t.actor_b }}: {{ t.count }} event(s)</h3>
{{ chart }}
<table><tr><th>{{ period }}</th><th>date</th><th>who</th><th>did</th><th>to whom</th><th>status</th><th>evidence</th></tr>
{% for b in t.buckets %}{% for e in b.events %}
<tr><td>{{ b.label }}</td><td>{{ e.date }}{% if e.date_source == "publication" %} <span class="muted">(published)</span>{% endif %}</td>
<td>{{ who(e.actor, e.actor_affiliation) }}</td><td class="{{ 'hostile' if (e.score or 0) < 0 else 'cooperative' if (e.score or 0) > 0 else '' }}">{{ e.type }}{% if e.mode %} ({{ e.mode }}){% endif %}</td>
<td>{{ who(e.target, e.target_affiliation) }}</td><td>{{ e.status }}</td><td>{{ ev(e) }}</td></tr>
{% endfor %}{% endfor %}
</table>
{% else %}<p class="muted">No dyad has events.</p>{% endfor %}

<h2 id="escalation">Escalation</h2>
<p>Each event scores its PLOVER conflict–cooperation weight (−10 to +10) times its status factor
(occurred 1, planned 0.5, possible 0.25, denied 0); an incident counts once. Dyads whose summed score
moved most between the last {{ escalation.recent }} {{ period }}(s) up to {{ escalation.last_period }} and the one(s) before:</p>
{% for d, chart in escalation_charts %}
<h3>{{ d.name }}: change {{ d.change }}, total {{ d.total }} over {{ d.event_count }} event(s), trend {{ d.trend }} per {{ period }}</h3>
{{ chart }}
<p>{% if d.change_points %}Change points: {% for c in d.change_points %}{{ c.label }} (mean {{ c.before }} → {{ c.after }}){% if not loop.last %}; {% endif %}{% endfor %}.{% else %}<span class="muted">No change point.</span>{% endif %}
Events: {% for e in d.events %}{{ ev(e) }} {{ e.type }} {{ e.score }}{% if not loop.last %}, {% endif %}{% endfor %}</p>
{% else %}<p class="muted">No dyad's score changed in the last period.</p>{% endfor %}
<table><tr><th>most conflictual dyads</th><th>events</th><th>total</th><th>trend</th></tr>
{% for d in escalation.undirected[:10] %}<tr><td>{{ d.name }}</td><td>{{ d.event_count }}</td><td class="hostile">{{ d.total }}</td><td>{{ d.trend }}</td></tr>{% endfor %}
</table>

<h2 id="network">Network</h2>
{{ network_svg }}
<p>{{ network.nodes|length }} parties, {{ network.edges|length }} ties
(<span class="cooperative">{{ network.edges_of("cooperative")|length }} cooperative</span>,
<span class="hostile">{{ network.edges_of("hostile")|length }} hostile</span>).</p>
<h3>Alliances (communities of the cooperative ties)</h3>
<ol start="0">{% for c in network.communities %}<li>{{ c|join(", ") }}</li>{% else %}<li class="muted">none</li>{% endfor %}</ol>
<table><tr><th>who</th><th>on whom</th><th>tie</th><th>events</th><th>score</th><th>evidence</th></tr>
{% for e in edges %}<tr><td>{{ e.source }}</td><td>{{ e.target }}</td><td class="{{ e.kind }}">{{ e.kind }}</td><td>{{ e.count }}</td><td>{{ e.score }}</td>
<td>{% for r in e.events %}{{ ev(r) }}{% if not loop.last %}, {% endif %}{% endfor %}</td></tr>{% endfor %}
</table>

<h2 id="followthrough">Threat follow-through (within {{ within_days }} days)</h2>
<p>{{ threat_counts.followed }} followed, {{ threat_counts.unfulfilled }} not followed in this corpus,
{{ threat_counts.unassessable }} cannot be checked (no target or no date).</p>
<table><tr><th>outcome</th><th>threat</th><th>date</th><th>followed by</th><th>lag</th></tr>
{% for o in threats %}{% set t = o.threat %}
<tr><td>{{ o.status }}</td>
<td>{{ who(t.actor, t.actor_affiliation) }} {{ t.type }} ({{ t.status }}) → {{ who(t.target, t.target_affiliation) }} {{ ev(t) }}</td>
<td>{{ t.date or "" }}{% if t.date_source == "publication" %} <span class="muted">(published)</span>{% endif %}</td>
<td>{% if o.followed_by %}{% set f = o.followed_by.event %}{{ f.type }} by {{ who(f.actor, f.actor_affiliation) }} on {{ f.date }}
({{ o.followed_by.via }}{% if o.followed_by.ally %}: ally {{ o.followed_by.ally }}{% endif %}) {{ ev(f) }}{% else %}<span class="muted">{{ o.reason or "none" }}</span>{% endif %}</td>
<td>{{ o.lag_days if o.lag_days is not none else "" }}</td></tr>
{% else %}<tr><td colspan="5" class="muted">No threats.</td></tr>{% endfor %}
</table>

<h2 id="contradictions">Contradictions</h2>
<table><tr><th>incident</th><th>what</th><th>disagree on</th><th>versions</th></tr>
{% for c in contradictions %}
<tr><td>{{ c.incident }}</td><td>{{ c.date or "" }} {{ c.actor or "unknown" }} {{ c.type }} {{ c.target or "" }}{% if c.place %} in {{ c.place }}{% endif %}</td>
<td>{{ c.aspect }}</td>
<td>{% for s in c.sides %}<b>{{ s.value }}</b>: {{ s.outlets|join(", ") }}
({% for r in s.reports %}<a class="ev" href="#ev-{{ r.event_id }}">{{ r.article_id }}</a>{% if not loop.last %}, {% endif %}{% endfor %}){% if not loop.last %}<br>{% endif %}{% endfor %}</td></tr>
{% else %}<tr><td colspan="4" class="muted">No incident's reports disagree.</td></tr>{% endfor %}
</table>

<h2 id="evidence">Evidence</h2>
<dl class="evidence">
{% for e in evidence %}
<dt id="{{ e.anchor }}">{{ e.article }} · {{ e.outlet or "unknown outlet" }}{% if e.published %} · {{ e.published }}{% endif %}</dt>
<dd>{% set title = e.title or titles.get(e.article) %}{% if title %}<i>{{ title }}</i>{% endif %}
<blockquote>{{ e.text }}</blockquote><span class="muted">characters {{ e.start }}–{{ e.end }}</span></dd>
{% endfor %}
</dl>
</body>
</html>
"""
