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

function only(keys, extra) {
  const all = params(extra);
  const out = new URLSearchParams();
  for (const [key, value] of all.entries()) if (keys.includes(key)) out.set(key, value);
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
  const x = (i) => m.left + (labels.length <= 1 ? (width - m.left - m.right) / 2 :
    i * (width - m.left - m.right) / (labels.length - 1));
  const y = (v) => m.top + (hi - v) * (height - m.top - m.bottom) / span;
  const chart = svg("svg", { class: "chart " + (opts.cls || ""), width, height, viewBox: `0 0 ${width} ${height}`,
    role: "img", "aria-label": opts.label || "chart" });
  chart.appendChild(svg("line", { class: "axis", x1: m.left, x2: width - m.right, y1: y(0), y2: y(0) }));
  chart.appendChild(svg("line", { class: "axis", x1: m.left, x2: m.left, y1: m.top, y2: height - m.bottom }));
  for (const tick of [lo, (lo + hi) / 2, hi]) {
    chart.appendChild(svg("text", { x: m.left - 4, y: y(tick) + 3, "text-anchor": "end" },
      Number.isInteger(tick) ? tick : tick.toFixed(1)));
  }
  const every = Math.ceil(labels.length / 16);
  labels.forEach((label, i) => {
    if (i % every) return;
    chart.appendChild(svg("text", { x: x(i), y: height - m.bottom + 14, "text-anchor": "middle" }, label));
  });
  if (series.length === 1 && !opts.lines) {
    const band = Math.max(3, (width - m.left - m.right) / Math.max(1, labels.length) * 0.7);
    series[0].values.forEach((v, i) => {
      const top = Math.min(y(v), y(0));
      chart.appendChild(svg("rect", { class: "bar" + (v < 0 ? " neg" : ""), x: x(i) - band / 2, y: top, width: band,
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
    el("p", { class: "note" }, meta, body.url ? [" · ", el("a", { href: body.url, rel: "noopener noreferrer nofollow", class: "source-url" },
      safeHref(body.url) ? body.url : "")] : null,
      body.url && !safeHref(body.url) ? el("span", { class: "unsafe-url" }, " (URL not linked: " + body.url + ")") : null),
    el("div", { class: "legend" }, el("mark", { class: "ev" }, "event evidence"), " ", el("mark", { class: "q" }, "quotation")),
    el("div", { class: "cols" }, highlighted(body.text, body.events, body.quotes),
      el("div", { class: "side" }, el("h3", {}, "Events"),
        table(["#", "when", "who", "did", "to whom", "where", "says who"], events),
        el("h3", {}, "Quotations"), table(["#", "speaker", "cue", "quote"], quotes))));
}

views.timeline = async function (root) {
  addExtraInputs([["with", "With (other side)"], ["period", "Period", ["week", "day", "month", "year"]],
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
  const query = only(["type", "status", "country", "since", "until", "with", "period", "directed"], { actor });
  const body = await api("/api/analysis/timeline", query);
  renderTimeline(root, body);
};

views.escalation = async function (root) {
  addExtraInputs([["period", "Period", ["week", "day", "month", "year"]], ["top", "Top dyads"]]);
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
  const body = await api("/api/analysis/followthrough", only([...FILTERS, "within"]));
  append(root, el("h2", {}, "Threat follow-through"));
  renderFollowthrough(root, body);
};

views.contradictions = async function (root) {
  const body = await api("/api/analysis/contradictions", only(FILTERS));
  append(root, el("h2", {}, "Contradictions"));
  renderContradictions(root, body);
};

// ---- analysis renderers (shapes from eventwire.analysis to_record) -------------------------

function renderTimeline(root, body) {
  append(root, el("p", { class: "note" }, body.total + " records"), recordsTable(body.items));
}

function renderEscalation(root, body) {
  append(root, recordsTable(body.items));
}

function renderNetwork(root, body) {
  append(root, recordsTable(body.items));
}

function renderFollowthrough(root, body) {
  append(root, recordsTable(body.items));
}

function renderContradictions(root, body) {
  append(root, recordsTable(body.items));
}

/** A table of any records: one column per top-level key, values as text. */
function recordsTable(items) {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
  return table(columns, items.map((item) => el("tr", {}, columns.map((c) => td(plain(item[c]))))));
}

function plain(value) {
  if (value === null || value === undefined) return "";
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
