/* eventwire dashboard: plain JavaScript, no framework, no network beyond its own server.
 *
 * Safety rule: every piece of data (article text, titles, names, URLs) reaches the page as a
 * text node (textContent) or an attribute set by setAttribute on an allow-listed name; links to
 * articles' URLs are kept only when they are http(s). innerHTML is never used.
 */
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const FILTERS = ["actor", "target", "type", "status", "country", "since", "until"];
const PAGE = 50;

// ---- DOM helpers -------------------------------------------------------------------------

const SAFE_ATTRS = new Set(["class", "href", "title", "colspan", "data-view", "data-id", "name", "value",
  "type", "placeholder", "size", "min", "max", "step", "role", "aria-label", "id", "target", "rel"]);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (!SAFE_ATTRS.has(key)) throw new Error("attribute not allowed: " + key);
    if (key === "href" && !safeHref(value)) continue;
    node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

function append(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (/^on/i.test(key) || key === "href" || key === "xlink:href") throw new Error("attribute not allowed: " + key);
    node.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Local paths and http(s) URLs only: no javascript:, data:, vbscript: or other schemes. */
function safeHref(value) {
  const text = String(value);
  if (text.startsWith("/") && !text.startsWith("//")) return true;
  try {
    const url = new URL(text, window.location.origin);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch (e) {
    return false;
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function table(columns, rows) {
  return el("table", {}, el("thead", {}, el("tr", {}, columns.map((c) => el("th", {}, c)))),
    el("tbody", {}, rows.length ? rows : [el("tr", {}, el("td", { colspan: columns.length, class: "note" },
      "Nothing matches."))]));
}

function td(content, cls) {
  return el("td", cls ? { class: cls } : {}, content);
}

// ---- data --------------------------------------------------------------------------------

function params(extra) {
  const query = new URLSearchParams(window.location.search);
  const out = new URLSearchParams();
  for (const [key, value] of query.entries()) if (value !== "") out.set(key, value);
  for (const [key, value] of Object.entries(extra || {})) {
    if (value === null || value === undefined || value === "") out.delete(key); else out.set(key, String(value));
  }
  return out;
}

/** The page's query parameters named in ``keys``, plus (always) those given in ``extra``. */
function only(keys, extra) {
  const all = params(extra);
  const wanted = [...keys, ...Object.keys(extra || {})];
  const out = new URLSearchParams();
  for (const [key, value] of all.entries()) if (wanted.includes(key)) out.set(key, value);
  return out;
}

async function api(path, query) {
  const url = path + (query && String(query) ? "?" + String(query) : "");
  setJsonLink(url);
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!body.ok) throw new Error(body.error || ("HTTP " + response.status));
  return body;
}

function setJsonLink(url) {
  const link = document.getElementById("json-link");
  link.setAttribute("href", url);
  link.textContent = url;
}

// ---- formatting --------------------------------------------------------------------------

function who(participant) {
  if (!participant) return "";
  return participant.name + (participant.affiliation ? " / " + participant.affiliation : "");
}

function did(event) {
  return event.type + (event.mode ? " (" + event.mode + ")" : "") + (event.fatalities ? ", " + event.fatalities + " dead" : "");
}

function where(place) {
  return place ? place.name + (place.country ? ", " + place.country : "") : "";
}

function saysWho(source) {
  if (!source) return "";
  return [source.name, source.anonymous ? el("span", { class: "anon" }, " (anonymous)") : null];
}

function statusBadge(status) {
  return status === "occurred" ? null : el("span", { class: "status " + status }, status);
}

function articleLink(id, label) {
  return el("a", { href: "/articles/" + encodeURIComponent(id) }, label || id);
}

function evidenceCell(event) {
  const ctx = event.context || { before: "", after: "" };
  return td([ctx.before, el("mark", { class: "ev" }, event.evidence.text), ctx.after], "evidence");
}

function pager(total, offset, limit, go) {
  const end = Math.min(total, offset + limit);
  const prev = el("button", { type: "button", class: "prev" }, "‹ prev");
  const next = el("button", { type: "button", class: "next" }, "next ›");
  prev.disabled = offset <= 0;
  next.disabled = end >= total;
  prev.addEventListener("click", () => go(Math.max(0, offset - limit)));
  next.addEventListener("click", () => go(offset + limit));
  return el("div", { class: "pager" }, prev,
    el("span", { class: "page-info" }, total ? `${offset + 1}–${end} of ${total}` : "0 of 0"), next);
}

// ---- charts ------------------------------------------------------------------------------

const PALETTE = ["#457b9d", "#e63946", "#2a9d8f", "#f4a261", "#6d597a", "#264653", "#b5838d", "#8ab17d",
  "#e76f51", "#1d3557"];

/** A bar (one series) or line (several series) chart of values per period label. */
function periodChart(labels, series, opts) {
  const width = Math.max(560, Math.min(1100, labels.length * 28 + 80));
  const height = opts.height || 260;
  const m = { top: 12, right: 12, bottom: 46, left: 44 };
  const values = series.flatMap((s) => s.values);
  const hi = Math.max(0, ...values), lo = Math.min(0, ...values);
  const span = hi - lo || 1;
  // Bars sit in equal bands; line points at the bands' centres, so both fit inside the axes.
  const band = (width - m.left - m.right) / Math.max(1, labels.length);
  const x = (i) => m.left + (i + 0.5) * band;
  const y = (v) => m.top + (hi - v) * (height - m.top - m.bottom) / span;
  const chart = svg("svg", { class: "chart " + (opts.cls || ""), width, height, viewBox: `0 0 ${width} ${height}`,
    role: "img", "aria-label": opts.label || "chart" });
  chart.appendChild(svg("line", { class: "axis", x1: m.left, x2: width - m.right, y1: y(0), y2: y(0) }));
  chart.appendChild(svg("line", { class: "axis", x1: m.left, x2: m.left, y1: m.top, y2: height - m.bottom }));
  for (const tick of [lo, (lo + hi) / 2, hi]) {
    chart.appendChild(svg("text", { x: m.left - 4, y: y(tick) + 3, "text-anchor": "end" },
      Number.isInteger(tick) ? tick : tick.toFixed(1)));
  }
  const every = Math.max(1, Math.ceil(labels.length * 64 / (width - m.left - m.right)));
  labels.forEach((label, i) => {
    if (i % every) return;
    chart.appendChild(svg("text", { x: x(i), y: height - m.bottom + 14, "text-anchor": "middle" }, label));
  });
  if (series.length === 1 && !opts.lines) {
    const bar = Math.max(2, band * 0.7);
    series[0].values.forEach((v, i) => {
      const top = Math.min(y(v), y(0));
      chart.appendChild(svg("rect", { class: "bar" + (v < 0 ? " neg" : ""), x: x(i) - bar / 2, y: top, width: bar,
        height: Math.max(1, Math.abs(y(v) - y(0))) }, svg("title", {}, labels[i] + ": " + v)));
    });
  } else {
    series.forEach((s, k) => {
      const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
      chart.appendChild(svg("polyline", { class: "line", points, stroke: PALETTE[k % PALETTE.length] },
        svg("title", {}, s.name)));
      s.values.forEach((v, i) => chart.appendChild(svg("circle", { cx: x(i), cy: y(v), r: 2.5,
        fill: PALETTE[k % PALETTE.length] }, svg("title", {}, s.name + " " + labels[i] + ": " + v))));
    });
  }
  return chart;
}

function seriesKey(series) {
  return el("div", { class: "series-key" }, series.map((s, k) => {
    const swatch = el("i");
    swatch.style.background = PALETTE[k % PALETTE.length];
    return el("span", {}, swatch, s.name);
  }));
}

// ---- views -------------------------------------------------------------------------------

const views = {};

views.events = async function (root) {
  const offset = Number(params().get("offset") || 0);
  const query = only(FILTERS, { limit: PAGE, offset, context: "true" });
  const body = await api("/api/events", query);
  const rows = body.items.map((e) => el("tr", { "data-id": e.id },
    td([e.date || "(undated)", " ", statusBadge(e.status)]),
    td(who(e.actor) || "unknown"), td(did(e)), td(who(e.target)), td(where(e.location)), td(saysWho(e.source)),
    evidenceCell(e), td(articleLink(e.article, e.title || e.article))));
  append(root, el("h2", {}, "Events"),
    el("p", { class: "note" }, "Each row's evidence is highlighted in its sentence; the article link shows it in context."),
    pager(body.total, offset, PAGE, (o) => navigate(location.pathname, { offset: o })),
    table(["when", "who", "did", "to whom", "where", "says who", "evidence", "article"], rows));
};

views.incidents = async function (root) {
  const offset = Number(params().get("offset") || 0);
  const body = await api("/api/incidents", only(FILTERS, { limit: PAGE, offset }));
  const rows = body.items.map((i) => el("tr", {},
    td(i.date || "(undated)"), td(i.type + (i.mode ? " (" + i.mode + ")" : "")), td(i.actor || "unknown"),
    td(i.target || ""), td(where(i.location)), td(i.report_count, "num"), td(i.outlets, "num"),
    td(i.disagreements.map((d) => d.field).join(", ")),
    td(i.reports.map((r) => [articleLink(r.article, r.outlet || r.article), " "]))));
  append(root, el("h2", {}, "Incidents"),
    el("p", { class: "note" }, "Reports from different articles grouped as one happening."),
    pager(body.total, offset, PAGE, (o) => navigate(location.pathname, { offset: o })),
    table(["when", "type", "who", "to whom", "where", "reports", "outlets", "disagree on", "reported by"], rows));
};

views.actors = async function (root) {
  const offset = Number(params().get("offset") || 0);
  const body = await api("/api/actors", only(FILTERS, { limit: PAGE, offset }));
  const rows = body.items.map((a) => el("tr", {},
    td(el("a", { href: "/events?actor=" + encodeURIComponent(a.name) }, a.name)), td(a.kind || ""),
    td(a.country || ""), td(a.code || ""), td(a.events, "num"), td(a.as_actor, "num"), td(a.as_target, "num"),
    td([el("a", { href: "/timeline?actor=" + encodeURIComponent(a.name) }, "timeline"), " · ",
      el("a", { href: "/network?around=" + encodeURIComponent(a.name) }, "network")])));
  append(root, el("h2", {}, "Actors"),
    pager(body.total, offset, PAGE, (o) => navigate(location.pathname, { offset: o })),
    table(["actor", "kind", "country", "code", "events", "as actor", "as target", ""], rows));
};

views.articles = async function (root, rest) {
  if (rest) return articleView(root, rest);
  const offset = Number(params().get("offset") || 0);
  const body = await api("/api/articles", only(["since", "until", "outlet"], { limit: PAGE, offset }));
  const rows = body.items.map((a) => el("tr", {}, td(a.published || ""), td(articleLink(a.id, a.title || a.id)),
    td(a.outlet || ""), td(a.events, "num"), td(a.quotes, "num")));
  append(root, el("h2", {}, "Articles"),
    pager(body.total, offset, PAGE, (o) => navigate(location.pathname, { offset: o })),
    table(["published", "title", "outlet", "events", "quotes"], rows));
};

/** The article text with every event's evidence and every quotation highlighted. */
function highlighted(text, events, quotes) {
  const spans = [];
  events.forEach((e, i) => spans.push({ start: e.evidence.start, end: e.evidence.end, kind: "ev", i }));
  quotes.forEach((q, i) => spans.push({ start: q.start, end: q.end, kind: "q", i }));
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el("div", { class: "article-text" });
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const piece = text.slice(a, b);
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    if (!over.length) { out.appendChild(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(over.map((s) => s.kind))];
    const label = over.map((s) => s.kind === "ev" ? "event " + (s.i + 1) + ": " + did(events[s.i])
      : "quote " + (s.i + 1) + (quotes[s.i].speaker ? " by " + quotes[s.i].speaker.name : "")).join("; ");
    out.appendChild(el("mark", { class: kinds.join(" "), title: label }, piece));
  }
  return out;
}

async function articleView(root, id) {
  const body = await api("/api/articles/" + encodeURIComponent(id));
  const meta = [body.outlet, body.published].filter(Boolean).join(" · ");
  const events = body.events.map((e, i) => el("tr", {}, td(i + 1, "num"), td([e.date || "", " ", statusBadge(e.status)]),
    td(who(e.actor) || "unknown"), td(did(e)), td(who(e.target)), td(where(e.location)), td(saysWho(e.source))));
  const quotes = body.quotes.map((q, i) => el("tr", {}, td(i + 1, "num"),
    td([q.speaker ? who(q.speaker) : "(unnamed)", q.anonymous ? el("span", { class: "anon" }, " anonymous") : null]),
    td(q.cue || ""), td(q.text)));
  append(root,
    el("h2", { class: "article-title" }, body.title || body.id),
    el("p", { class: "note" }, meta, body.url ? " · " : null,
      body.url && safeHref(body.url) && !body.url.startsWith("/")
        ? el("a", { href: body.url, rel: "noopener noreferrer nofollow", class: "source-url" }, body.url)
        : body.url ? el("span", { class: "unsafe-url" }, "URL not linked (not http/https): " + body.url) : null),
    el("div", { class: "legend" }, el("mark", { class: "ev" }, "event evidence"), " ", el("mark", { class: "q" }, "quotation")),
    el("div", { class: "cols" }, highlighted(body.text, body.events, body.quotes),
      el("div", { class: "side" }, el("h3", {}, "Events"),
        table(["#", "when", "who", "did", "to whom", "where", "says who"], events),
        el("h3", {}, "Quotations"), table(["#", "speaker", "cue", "quote"], quotes))));
}

views.timeline = async function (root) {
  addExtraInputs([["with", "With (other side)"], ["period", "Period", ["week", "day", "month"]],
    ["directed", "Directed", ["", "true"]]]);
  const q = params();
  const actor = q.get("actor");
  append(root, el("h2", {}, "Timeline"));
  if (!actor) {
    append(root, el("p", { class: "note" }, "Give an actor (and optionally the other side of the dyad) in the filters."));
    const top = await api("/api/actors", only(FILTERS, { limit: 12 }));
    append(root, el("ul", { class: "plain" }, top.items.map((a) =>
      el("li", {}, el("a", { href: "/timeline?actor=" + encodeURIComponent(a.name) }, a.name), " (" + a.events + " events)"))));
    return;
  }
  const query = only(["actor", "type", "status", "country", "since", "until", "with", "period", "directed"]);
  const body = await api("/api/analysis/timeline", query);
  renderTimeline(root, body);
};

views.escalation = async function (root) {
  addExtraInputs([["period", "Period", ["week", "day", "month"]], ["top", "Top dyads"]]);
  const body = await api("/api/analysis/escalation", only([...FILTERS, "period", "top"]));
  append(root, el("h2", {}, "Escalation"));
  renderEscalation(root, body);
};

views.map = async function (root) {
  const [atlas, body] = await Promise.all([
    fetch("/static/vendor/countries-110m.json").then((r) => r.json()),
    api("/api/places", only(FILTERS)),
  ]);
  append(root, el("h2", {}, "Map"),
    el("p", { class: "note" }, body.total + " places with coordinates; circle area by number of events."));
  append(root, drawMap(atlas, body.items));
  const rows = body.items.map((p) => el("tr", {}, td(p.name), td(p.country || ""), td(p.events, "num"),
    td(p.fatalities, "num")));
  append(root, table(["place", "country", "events", "dead"], rows));
};

function drawMap(atlas, places) {
  const width = 960, height = 480;
  const x = (lon) => (lon + 180) / 360 * width;
  const y = (lat) => (90 - lat) / 180 * height;
  const map = svg("svg", { class: "map", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "map of events" });
  const countries = topojson.feature(atlas, atlas.objects.countries);
  for (const feature of countries.features) {
    const d = pathOf(feature.geometry, x, y);
    if (d) map.appendChild(svg("path", { class: "country", d }, svg("title", {}, feature.properties.name || "")));
  }
  const most = Math.max(1, ...places.map((p) => p.events));
  for (const p of places) {
    map.appendChild(svg("circle", { class: "place", cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1),
      r: (3 + 12 * Math.sqrt(p.events / most)).toFixed(1) },
      svg("title", {}, p.name + (p.country ? ", " + p.country : "") + ": " + p.events + " events")));
  }
  return map;
}

/** SVG path data of a GeoJSON (Multi)Polygon in an equirectangular projection; rings that
 * cross the antimeridian are split where they jump. */
function pathOf(geometry, x, y) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] :
    geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  let d = "";
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previous = null;
      ring.forEach(([lon, lat], i) => {
        const jump = previous !== null && Math.abs(lon - previous) > 180;
        d += (i === 0 || jump ? "M" : "L") + x(lon).toFixed(1) + "," + y(lat).toFixed(1);
        previous = lon;
      });
      d += "Z";
    }
  }
  return d;
}

views.network = async function (root) {
  addExtraInputs([["around", "Around actor"], ["depth", "Depth", ["1", "2", "3"]]]);
  const body = await api("/api/analysis/network", only([...FILTERS, "around", "depth"]));
  append(root, el("h2", {}, "Actor network"));
  renderNetwork(root, body, params().get("around"));
};

views.followthrough = async function (root) {
  addExtraInputs([["within", "Within days"]]);
  const body = await api("/api/analysis/followthrough", only([...FILTERS, "within", "offset"], { limit: PAGE }));
  append(root, el("h2", {}, "Threat follow-through"));
  renderFollowthrough(root, body);
};

views.contradictions = async function (root) {
  const body = await api("/api/analysis/contradictions", only([...FILTERS, "offset"], { limit: PAGE }));
  append(root, el("h2", {}, "Contradictions"));
  renderContradictions(root, body);
};

// ---- analysis renderers (records of eventwire.analysis, see /docs) ------------------------

function eventRefRow(ref, extra) {
  return el("tr", {}, td([ref.date || "(undated)", " ", statusBadge(ref.status)]), td(ref.actor || "unknown"),
    td(ref.type + (ref.mode ? " (" + ref.mode + ")" : "")), td(ref.target || ""),
    td(el("mark", { class: "ev" }, ref.evidence.text), "evidence"),
    td(articleLink(ref.article, ref.outlet || ref.article)), extra || null);
}

function renderTimeline(root, body) {
  const r = body.result;
  const title = r.actor_a + (r.actor_b ? (r.directed ? " → " : " – ") + r.actor_b : "");
  append(root, el("p", { class: "note" }, `${title}: ${r.count} events per ${r.period}` +
    (r.undated.length ? ` (${r.undated.length} undated, not charted)` : "") + "; bar height = events, colour = net score."));
  if (!r.buckets.length) { append(root, el("p", { class: "note" }, "No dated events.")); return; }
  const labels = r.buckets.map((b) => b.period);
  append(root, periodChart(labels, [{ name: "events", values: r.buckets.map((b) => b.count) }],
    { cls: "timeline", label: "events per " + r.period }));
  append(root, periodChart(labels, [{ name: "score", values: r.buckets.map((b) => b.score) }],
    { cls: "timeline-score", label: "conflict–cooperation score per " + r.period, height: 180 }));
  const rows = r.buckets.flatMap((b) => b.events.map((e) => eventRefRow(e, td(b.period))));
  append(root, table(["when", "who", "did", "to whom", "evidence", "article", "period"], rows));
}

function renderEscalation(root, body) {
  const r = body.result;
  const charted = r.undirected.slice(0, 6);
  append(root, el("p", { class: "note" }, `Goldstein-style score per ${r.period} (negative = conflict) of the ` +
    `${charted.length} most conflictual dyads; below, the dyads that moved most in the last ${r.recent} ${r.period}(s).`));
  if (!charted.length) { append(root, el("p", { class: "note" }, "No dyads.")); return; }
  const starts = [...new Set(charted.flatMap((d) => d.series.map((p) => p.start)))].sort();
  const labelOf = {};
  charted.forEach((d) => d.series.forEach((p) => { labelOf[p.start] = p.period; }));
  const series = charted.map((d) => {
    const by = Object.fromEntries(d.series.map((p) => [p.start, p.score]));
    return { name: d.dyad, values: starts.map((s) => by[s] || 0) };
  });
  append(root, periodChart(starts.map((s) => labelOf[s]), series, { cls: "escalation", lines: true,
    label: "escalation per " + r.period }), seriesKey(series));
  const dyadRows = (list) => list.map((d) => el("tr", {},
    td(el("a", { href: "/timeline?actor=" + encodeURIComponent(d.actor) + "&with=" + encodeURIComponent(d.target) }, d.dyad)),
    td(d.events, "num"), td(d.total.toFixed(1), "num"), td((d.change ?? 0).toFixed(1), "num"),
    td((d.trend ?? 0).toFixed(2), "num"), td(d.change_points.map((c) => c.period).join(", "))));
  append(root, el("h3", {}, "Movers"), table(["dyad", "events", "total", "change", "trend", "change points"], dyadRows(r.movers)),
    el("h3", {}, "Most conflictual"), table(["dyad", "events", "total", "change", "trend", "change points"],
      dyadRows(r.undirected.slice(0, 20))));
}

/** A force-directed layout, run a fixed number of steps (deterministic: seeded by node order). */
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({ x: width / 2 + Math.cos(i * 2.399) * (20 + 8 * Math.sqrt(i) * 6),
    y: height / 2 + Math.sin(i * 2.399) * (20 + 8 * Math.sqrt(i) * 4), dx: 0, dy: 0 }));
  const index = Object.fromEntries(nodes.map((node, i) => [node.name, i]));
  const k = Math.sqrt(width * height / Math.max(1, n)) * 0.3;
  for (let step = 0, t = width / 10; step < 250; step++, t *= 0.98) {
    for (const p of pos) { p.dx = 0; p.dy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x || 0.01, dy = pos[i].y - pos[j].y || 0.01;
      const d2 = dx * dx + dy * dy, f = k * k / d2;
      pos[i].dx += dx * f; pos[i].dy += dy * f; pos[j].dx -= dx * f; pos[j].dy -= dy * f;
    }
    for (const e of edges) {
      const a = pos[index[e.source]], b = pos[index[e.target]];
      if (!a || !b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01, f = d / k;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const p of pos) {
      p.dx += (width / 2 - p.x) * 0.2; p.dy += (height / 2 - p.y) * 0.3;
      const d = Math.sqrt(p.dx * p.dx + p.dy * p.dy) || 1;
      p.x = Math.max(20, Math.min(width - 20, p.x + p.dx / d * Math.min(d, t)));
      p.y = Math.max(20, Math.min(height - 20, p.y + p.dy / d * Math.min(d, t)));
    }
  }
  return pos;
}

function nodes_focus(node, focus) {
  return Boolean(focus) && node.name.toLowerCase() === focus.toLowerCase();
}

const EDGE_COLOURS = { hostile: "#e63946", cooperative: "#2a9d8f", neutral: "#9aa5b1" };

function renderNetwork(root, body, focus) {
  const r = body.result;
  const strongest = [...r.nodes].sort((a, b) => (b.acts + b.received) - (a.acts + a.received) ||
    (a.name < b.name ? -1 : 1)).slice(0, 60);
  const kept = new Set(strongest.map((node) => node.name));
  const edges = r.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const tied = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = strongest.filter((node) => tied.has(node.name) || nodes_focus(node, focus));
  append(root, el("p", { class: "note" }, `${r.nodes.length} actors, ${r.edges.length} ties` +
    (r.nodes.length > nodes.length ? ` (the ${nodes.length} most active drawn)` : "") +
    "; red hostile, green cooperative; click an actor for its neighbourhood."));
  const width = 960, height = 600;
  const pos = layout(nodes, edges, width, height);
  const index = Object.fromEntries(nodes.map((node, i) => [node.name, i]));
  const graph = svg("svg", { class: "network", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "actor network" });
  for (const e of edges) {
    const a = pos[index[e.source]], b = pos[index[e.target]];
    graph.appendChild(svg("line", { class: "edge " + e.kind, x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1),
      y2: b.y.toFixed(1), stroke: EDGE_COLOURS[e.kind] || "#9aa5b1", "stroke-width": Math.min(6, 1 + Math.log2(e.count)) },
      svg("title", {}, `${e.source} → ${e.target}: ${e.count} ${e.kind}`)));
  }
  nodes.forEach((node, i) => {
    const radius = 4 + Math.sqrt(node.acts + node.received) * 2;
    const circle = svg("circle", { class: "node" + (focus && node.name.toLowerCase() === focus.toLowerCase() ? " focus" : ""),
      cx: pos[i].x.toFixed(1), cy: pos[i].y.toFixed(1), r: radius.toFixed(1) },
      svg("title", {}, `${node.name}: acts ${node.acts}, acted on ${node.received}`));
    circle.addEventListener("click", () => navigate("/network", { around: node.name, offset: null }));
    graph.appendChild(circle);
    graph.appendChild(svg("text", { x: (pos[i].x + radius + 2).toFixed(1), y: (pos[i].y + 3).toFixed(1) }, node.name));
  });
  append(root, graph);
  append(root, table(["source", "target", "kind", "events"], [...r.edges].sort((a, b) => b.count - a.count).slice(0, 50)
    .map((e) => el("tr", {}, td(e.source), td(e.target), td(e.kind), td(e.count, "num")))));
}

function renderFollowthrough(root, body) {
  const counts = {};
  body.items.forEach((o) => { counts[o.status] = (counts[o.status] || 0) + 1; });
  append(root, el("p", { class: "note" }, `${body.total} threats; was the threatened action taken within ` +
    `${body.params.within} days? (this page: ` + Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ") + ")"));
  const rows = body.items.map((o) => el("tr", {},
    td([o.threat.date || "(undated)"]), td(o.threat.actor || "unknown"), td(o.threat.target || ""),
    td(el("mark", { class: "ev" }, o.threat.evidence.text), "evidence"),
    td(el("span", { class: o.status === "followed" ? "yes" : o.status === "unfulfilled" ? "no" : "" }, o.status)),
    td(o.followed_by ? [o.followed_by.type, " ", o.followed_by.date || "", o.followed_by.via === "ally" ? " (by ally " + o.followed_by.ally + ")" : "",
      el("br"), el("mark", { class: "ev" }, o.followed_by.evidence.text)] : (o.reason || ""), "evidence"),
    td(o.lag_days === null ? "" : o.lag_days, "num"), td(articleLink(o.threat.article, o.threat.outlet || o.threat.article))));
  append(root, pager(body.total, body.offset, body.limit, (off) => navigate(location.pathname, { offset: off })),
    table(["when", "who threatened", "whom", "threat", "outcome", "followed by", "days", "article"], rows));
}

function renderContradictions(root, body) {
  append(root, el("p", { class: "note" }, `${body.total} disagreements between reports of the same incident.`));
  if (!body.items.length) append(root, el("p", { class: "note empty" }, "No contradicting reports."));
  for (const c of body.items) {
    append(root, el("div", { class: "card contradiction" },
      el("strong", {}, `${c.type}: ${c.actor || "unknown"} → ${c.target || ""}`), " ",
      el("span", { class: "note" }, [c.date, c.place].filter(Boolean).join(", "), " · disagree on ", c.aspect),
      el("ul", { class: "plain" }, c.sides.map((side) => el("li", {}, el("strong", {}, plain(side.value)), " — ",
        side.reports.map((rep) => [articleLink(rep.article, rep.outlet || rep.article), " (", rep.published || "", "): ",
          el("mark", { class: "ev" }, rep.evidence.text), " "]))))));
  }
  append(root, pager(body.total, body.offset, body.limit, (off) => navigate(location.pathname, { offset: off })));
}

function plain(value) {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// ---- filters and routing -----------------------------------------------------------------

function addExtraInputs(specs) {
  const box = document.getElementById("extra-filters");
  const q = params();
  for (const [name, label, choices] of specs) {
    if (box.querySelector(`[name="${name}"]`)) continue;
    let input;
    if (choices) {
      input = el("select", { name }, choices.map((c) => el("option", { value: c }, c || "no")));
    } else {
      input = el("input", { name, size: 10 });
    }
    input.value = q.get(name) || (choices ? choices[0] : "");
    box.appendChild(el("label", {}, label, " ", input));
  }
}

function fillFilters() {
  const form = document.getElementById("filters");
  const q = params();
  for (const name of FILTERS) form.elements[name].value = q.get(name) || "";
}

function navigate(path, extra, replace) {
  const q = params(extra);
  const url = path + (String(q) ? "?" + String(q) : "");
  (replace ? history.replaceState : history.pushState).call(history, null, "", url);
  render();
}

async function render() {
  const root = clear(document.getElementById("view"));
  const parts = window.location.pathname.split("/").filter(Boolean);
  const name = parts[0] || "events";
  const rest = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : null;
  for (const link of document.querySelectorAll("#nav a")) {
    link.classList.toggle("active", link.dataset.view === name);
  }
  document.body.dataset.view = name;
  document.body.dataset.state = "loading";
  const view = views[name] || views.events;
  fillFilters();
  try {
    await view(root, rest);
    document.body.dataset.state = "ready";
  } catch (error) {
    append(root, el("p", { class: "error" }, String(error.message || error)));
    document.body.dataset.state = "error";
  }
}

function setup() {
  const typeSelect = document.querySelector('#filters select[name="type"]');
  for (const t of EVENT_TYPES) typeSelect.appendChild(el("option", { value: t }, t));
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const extra = { offset: null };
    for (const input of form.querySelectorAll("input, select")) extra[input.name] = input.value || null;
    let path = window.location.pathname;
    if (path.startsWith("/articles/")) path = "/events";
    navigate(path, extra);
  });
  document.getElementById("clear").addEventListener("click", () => {
    history.pushState(null, "", window.location.pathname);
    clear(document.getElementById("extra-filters"));
    render();
  });
  document.getElementById("nav").addEventListener("click", (event) => {
    const link = event.target.closest("a[data-view]");
    if (!link) return;
    event.preventDefault();
    clear(document.getElementById("extra-filters"));
    navigate(link.getAttribute("href"), { offset: null });
  });
  window.addEventListener("popstate", render);
  fetch("/api/counts").then((r) => r.json()).then((c) => {
    if (c.ok) document.getElementById("counts").textContent =
      `${c.articles} articles · ${c.events} events · ${c.quotes} quotes · ${c.incidents} incidents`;
  });
  render();
}

setup();
