"""`kg report`: one self-contained HTML page about the graph, readable offline.

`collect(store, data_dir)` reads what the page shows (read-only, bounded queries) into plain
data; `render(data)` puts that data as JSON into a page whose small inline JavaScript draws the
charts as SVG (no CDN, no library): bar charts of the top entities of each type, entities over
time (only from real ISO `date`s; papers with only a `date_raw` such as "Mar 14" are counted
and said to be undated, never placed on a timeline), leaderboards (Results grouped by dataset
and metric), a force-directed view of the neighbourhood of the top entities (hover for
details, click to focus a node) and the extraction's own statistics (edges per rule, rejects).
"""

from __future__ import annotations

import html
import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from kg.models import ENTITY_TYPES
from kg.store import GraphStore
from kg.store.writer import stats

TOP = 10  # entities per bar chart
HUB_COUNT = 8  # entities whose neighbourhood is drawn
NEIGHBOURS = 12  # neighbours per hub
LEADERBOARDS = 12  # dataset+metric groups shown
LEADERBOARD_ROWS = 10  # results per leaderboard
TIMELINE_ENTITIES = 6

TOP_ENTITIES = """
MATCH (p:Paper)-[:MENTIONS]->(e:{label})
RETURN e.key AS key, e.name AS name, count(DISTINCT p) AS papers
ORDER BY papers DESC, name
LIMIT $limit
"""

DATES = """
MATCH (p:Paper)
RETURN count(p) AS papers, count(p.date) AS dated, min(p.date) AS first, max(p.date) AS last
"""

RAW_DATES = """
MATCH (p:Paper)
WHERE p.date IS NULL AND p.date_raw IS NOT NULL
RETURN p.date_raw AS raw, count(*) AS papers
ORDER BY papers DESC, raw
LIMIT 5
"""

PAPERS_PER_YEAR = """
MATCH (p:Paper)
WHERE p.date IS NOT NULL
RETURN substring(p.date, 0, 4) AS year, count(*) AS papers
ORDER BY year
"""

ENTITY_YEARS = """
UNWIND $keys AS key
MATCH (e:Entity {key: key})<-[:MENTIONS]-(p:Paper)
WHERE p.date IS NOT NULL
RETURN e.key AS key, e.name AS name, substring(p.date, 0, 4) AS year, count(DISTINCT p) AS papers
ORDER BY key, year
"""

LEADERBOARD_GROUPS = """
MATCH (x:Result)
WHERE x.dataset IS NOT NULL AND x.metric IS NOT NULL
RETURN x.dataset AS dataset, x.metric AS metric, count(*) AS results
ORDER BY results DESC, dataset, metric
LIMIT $limit
"""

LEADERBOARD_ROWS_QUERY = """
UNWIND $groups AS g
MATCH (x:Result {dataset: g.dataset, metric: g.metric})
WHERE coalesce(x.bound, '') = ''
OPTIONAL MATCH (x)-[:IN_METRIC]->(m:Entity)
OPTIONAL MATCH (p:Paper {key: x.paper})
RETURN x.dataset AS dataset, x.metric AS metric, x.subject AS subject, x.value AS value, x.unit AS unit,
       x.kind AS kind, m.higher_is_better AS higher_is_better, p.title AS paper, x.sentence AS sentence
"""

HUBS_BY_PAGERANK = """
MATCH (e:Entity)
WHERE e.pagerank IS NOT NULL
RETURN e.key AS key, e.name AS name, e.type AS type, e.pagerank AS score
ORDER BY score DESC, key
LIMIT $limit
"""

HUBS_BY_MENTIONS = """
MATCH (p:Paper)-[:MENTIONS]->(e:Entity)
RETURN e.key AS key, e.name AS name, e.type AS type, count(DISTINCT p) AS score
ORDER BY score DESC, key
LIMIT $limit
"""

NEIGHBOURHOOD = """
MATCH (h:Entity {key: $key})-[r]-(n:Entity)
RETURN n.key AS key, n.name AS name, n.type AS type, type(r) AS type_r,
       startNode(r) = h AS outgoing, count(r) AS weight
ORDER BY weight DESC, key
LIMIT $limit
"""

RULES = """
MATCH ()-[r]->()
WHERE r.rule IS NOT NULL
RETURN r.rule AS rule, type(r) AS type, count(*) AS edges
ORDER BY edges DESC, rule, type
"""

RESULT_RULES = """
MATCH (x:Result)
WHERE x.rule IS NOT NULL
RETURN x.rule AS rule, 'Result' AS type, count(*) AS edges
ORDER BY edges DESC, rule
"""


def read_rejects(path: Path, limit: int = 10) -> dict:
    """Count the rejects of a rejects.jsonl file by reason and by source (streamed)."""
    if not path.is_file():
        return {"present": False, "path": str(path), "total": 0, "reasons": [], "sources": []}
    reasons: Counter = Counter()
    sources: Counter = Counter()
    total = 0
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.strip():
                continue
            total += 1
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                reasons["(unreadable line in rejects file)"] += 1
                continue
            reason = str(item.get("reason", "?"))
            reasons[reason if len(reason) <= 120 else reason[:117] + "…"] += 1
            sources[str(item.get("source", "?"))] += 1
    return {"present": True, "path": str(path), "total": total,
            "reasons": [{"reason": r, "count": c} for r, c in reasons.most_common(limit)],
            "sources": [{"source": s, "count": c} for s, c in sources.most_common(limit)]}


def _timeline(store: GraphStore, top: dict) -> dict:
    dates = store.read(DATES)[0]
    out = {"papers": dates["papers"], "dated": dates["dated"], "first": dates["first"], "last": dates["last"],
           "raw_examples": store.read(RAW_DATES), "years": [], "series": []}
    if not dates["dated"]:
        return out
    out["years"] = store.read(PAPERS_PER_YEAR)
    keys = []
    for label in ENTITY_TYPES:
        keys += [row["key"] for row in top.get(label, [])[:2]]
    keys = keys[:TIMELINE_ENTITIES]
    series: dict[str, dict] = {}
    for row in store.read(ENTITY_YEARS, {"keys": keys}):
        series.setdefault(row["key"], {"name": row["name"], "points": []})["points"].append(
            {"year": row["year"], "papers": row["papers"]})
    out["series"] = [series[k] for k in keys if k in series]
    return out


def _leaderboards(store: GraphStore) -> list[dict]:
    groups = store.read(LEADERBOARD_GROUPS, {"limit": LEADERBOARDS})
    if not groups:
        return []
    rows = store.read(LEADERBOARD_ROWS_QUERY,
                      {"groups": [{"dataset": g["dataset"], "metric": g["metric"]} for g in groups]})
    boards = {(g["dataset"], g["metric"]): {"dataset": g["dataset"], "metric": g["metric"], "results": g["results"],
                                             "higher_is_better": None, "rows": []} for g in groups}
    for row in rows:
        board = boards[(row["dataset"], row["metric"])]
        if row["higher_is_better"] is not None:
            board["higher_is_better"] = row["higher_is_better"]
        board["rows"].append({k: row[k] for k in ("subject", "value", "unit", "kind", "paper", "sentence")})
    for board in boards.values():
        lower_first = board["higher_is_better"] is False
        board["rows"].sort(key=lambda r: (r["value"] if lower_first else -r["value"], r["subject"] or ""))
        board["rows"] = board["rows"][:LEADERBOARD_ROWS]
    return list(boards.values())


def _neighbourhoods(store: GraphStore) -> dict:
    hubs = store.read(HUBS_BY_PAGERANK, {"limit": HUB_COUNT})
    ranked_by = "PageRank (kg analyze)"
    if not hubs:
        hubs = store.read(HUBS_BY_MENTIONS, {"limit": HUB_COUNT})
        ranked_by = "papers mentioning them (run `kg analyze` to rank by PageRank)"
    nodes = {h["key"]: {"key": h["key"], "name": h["name"], "type": h["type"], "hub": True} for h in hubs}
    links: dict[tuple, dict] = {}
    for hub in hubs:
        for row in store.read(NEIGHBOURHOOD, {"key": hub["key"], "limit": NEIGHBOURS}):
            nodes.setdefault(row["key"], {"key": row["key"], "name": row["name"], "type": row["type"], "hub": False})
            source, target = (hub["key"], row["key"]) if row["outgoing"] else (row["key"], hub["key"])
            link = links.setdefault((source, target, row["type_r"]),
                                    {"source": source, "target": target, "type": row["type_r"], "weight": 0})
            link["weight"] = max(link["weight"], row["weight"])
    return {"ranked_by": ranked_by, "nodes": list(nodes.values()), "links": list(links.values())}


def collect(store: GraphStore, data_dir: Path | None = None) -> dict:
    """Everything the report shows, as plain JSON-able data; reads only."""
    summary = stats(store)
    top = {label: store.read(TOP_ENTITIES.format(label=label), {"limit": TOP}) for label in ENTITY_TYPES}
    rules = store.read(RULES) + store.read(RESULT_RULES)
    rejects = read_rejects(Path(data_dir) / "rejects.jsonl") if data_dir else \
        {"present": False, "path": None, "total": 0, "reasons": [], "sources": []}
    return {
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "store": {"name": store.name, "location": store.location},
        "summary": {"papers": summary["papers"],
                    "entities": {t: summary["nodes"].get(t, 0) for t in ENTITY_TYPES},
                    "nodes": summary["nodes"], "relationships": summary["relationships"]},
        "top": top,
        "timeline": _timeline(store, top),
        "leaderboards": _leaderboards(store),
        "neighbourhood": _neighbourhoods(store),
        "rules": rules,
        "rejects": rejects,
    }


def _json_for_script(data: dict) -> str:
    """JSON safe inside <script>: no `</script>` or `<!--` can end or confuse the element."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render(data: dict) -> str:
    """The HTML page: the data as JSON plus the inline CSS and JavaScript that draw it."""
    title = f"kg report: {data['summary']['papers']} papers"
    return (PAGE.replace("%%TITLE%%", html.escape(title))
            .replace("%%STORE%%", html.escape(f"{data['store']['name']} store at {data['store']['location']}"))
            .replace("%%GENERATED%%", html.escape(data["generated"]))
            .replace("%%DATA%%", _json_for_script(data)))


def report(store: GraphStore, out: Path, data_dir: Path | None = None) -> dict:
    """Write the report to `out`; returns {out, papers, bytes}."""
    data = collect(store, data_dir)
    page = render(data)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return {"out": str(out), "papers": data["summary"]["papers"], "bytes": len(page.encode())}


PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%%TITLE%%</title>
<style>
  :root { --fg:#1d2330; --muted:#5b6475; --line:#dde1e8; --bg:#f6f7f9; --card:#fff; --accent:#3461c1; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--fg); background:var(--bg); }
  header { padding:20px 28px; background:#1d2330; color:#fff; }
  header h1 { margin:0 0 4px; font-size:22px; }
  header p { margin:0; color:#b9c2d3; }
  main { padding:18px 28px 40px; max-width:1280px; }
  section { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:16px 20px; margin:0 0 18px; }
  h2 { margin:0 0 12px; font-size:18px; }
  h3 { margin:8px 0 6px; font-size:15px; }
  .muted { color:var(--muted); }
  .cards { display:flex; flex-wrap:wrap; gap:12px; }
  .card { border:1px solid var(--line); border-radius:6px; padding:10px 14px; min-width:120px; }
  .card b { display:block; font-size:22px; }
  .grid { display:grid; grid-template-columns:repeat(auto-fill, minmax(380px, 1fr)); gap:16px; }
  table { border-collapse:collapse; width:100%; }
  th, td { text-align:left; padding:4px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
  th { font-weight:600; color:var(--muted); }
  td.num { text-align:right; font-variant-numeric:tabular-nums; }
  .note { background:#fff8e1; border:1px solid #f1d98b; padding:8px 12px; border-radius:6px; }
  svg text { font:12px system-ui, sans-serif; fill:var(--fg); }
  .bar { fill:var(--accent); }
  .bar:hover { fill:#1f3f87; }
  #graph { width:100%; height:560px; border:1px solid var(--line); border-radius:6px; background:#fbfcfd; }
  #graph .link { stroke:#9aa3b2; stroke-opacity:.6; }
  #graph .node circle { stroke:#fff; stroke-width:1.5px; cursor:pointer; }
  #graph .node text { pointer-events:none; font-size:11px; }
  #graph .dim { opacity:.15; }
  #graph .minor-label { display:none; }
  #graph .node:hover .minor-label, #graph .node.shown .minor-label { display:inline; }
  #tooltip { position:fixed; pointer-events:none; background:#1d2330; color:#fff; padding:6px 9px; border-radius:4px;
             font-size:12px; display:none; max-width:320px; z-index:10; }
  .legend span { display:inline-block; margin-right:14px; }
  .legend i { display:inline-block; width:10px; height:10px; border-radius:50%; margin-right:4px; }
  details summary { cursor:pointer; }
</style>
</head>
<body>
<header>
  <h1>%%TITLE%%</h1>
  <p>%%STORE%% · generated %%GENERATED%% · kg report (works offline)</p>
</header>
<main>
  <section id="summary"><h2>Corpus</h2><div class="cards" id="summary-cards"></div>
    <div class="grid" style="margin-top:14px"><div><h3>Entities per type</h3><div id="chart-entity-types"></div></div>
    <div><h3>Edges per type</h3><div id="chart-edge-types"></div></div></div></section>
  <section id="top"><h2>Top entities <span class="muted">(papers mentioning them)</span></h2><div class="grid" id="top-charts"></div></section>
  <section id="timeline"><h2>Entities over time</h2><div id="timeline-body"></div></section>
  <section id="leaderboards"><h2>Leaderboards <span class="muted">(results grouped by dataset and metric)</span></h2><div id="leaderboards-body"></div></section>
  <section id="neighbourhood"><h2>Neighbourhood of the top entities</h2>
    <p class="muted" id="graph-caption"></p><div class="legend" id="graph-legend"></div>
    <svg id="graph" role="img" aria-label="neighbourhood graph"></svg>
    <p id="graph-details" class="muted">Hover a node for its name and links; click one to focus on its neighbours (and name them), click the background to reset.</p></section>
  <section id="extraction"><h2>Extraction</h2><div class="grid"><div><h3>Edges per rule</h3><div id="chart-rules"></div></div>
    <div><h3>Rejected input records</h3><div id="rejects-body"></div></div></div></section>
</main>
<div id="tooltip"></div>
<script type="application/json" id="kg-data">%%DATA%%</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("kg-data").textContent);
const SVG_NS = "http://www.w3.org/2000/svg";
const COLOURS = {Method:"#3461c1", Model:"#d9534f", Dataset:"#2e9e5b", Metric:"#e69a19", Task:"#8a4fbf"};

function el(tag, attrs, parent, text) {
  const node = tag === "svg" || ["g","rect","text","line","circle","path","polyline","title"].includes(tag)
    ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}
function fmt(n) { return typeof n === "number" ? n.toLocaleString("en") : String(n); }

/* Horizontal bar chart: items [{label, value}] */
function barChart(container, items, opts) {
  opts = opts || {};
  if (!items.length) { el("p", {class:"muted"}, container, opts.empty || "nothing to show"); return; }
  const rowH = 22, labelW = opts.labelWidth || 170, width = 420, chartW = width - labelW - 50;
  const max = Math.max(...items.map(d => d.value)) || 1;
  const svg = el("svg", {width, height: items.length * rowH + 6, class:"bar-chart", viewBox:`0 0 ${width} ${items.length * rowH + 6}`}, container);
  items.forEach((d, i) => {
    const y = i * rowH + 3;
    const maxChars = Math.floor((labelW - 8) / 7.2);
    const label = d.label.length > maxChars ? d.label.slice(0, maxChars - 1) + "…" : d.label;
    el("text", {x: labelW - 6, y: y + 14, "text-anchor":"end"}, svg, label);
    const bar = el("rect", {class:"bar", x: labelW, y, height: rowH - 6, width: Math.max(1, chartW * d.value / max),
                            fill: d.colour || ""}, svg);
    if (d.colour) bar.style.fill = d.colour;
    el("title", {}, bar, `${d.label}: ${fmt(d.value)}`);
    el("text", {x: labelW + Math.max(1, chartW * d.value / max) + 4, y: y + 14, class:"bar-value"}, svg, fmt(d.value));
  });
}

/* Line chart of yearly counts: series [{name, points:[{year, papers}]}] */
function lineChart(container, years, series) {
  const width = 900, height = 300, left = 40, bottom = 30, top = 10, right = 160;
  const svg = el("svg", {width, height, class:"line-chart", viewBox:`0 0 ${width} ${height}`}, container);
  const max = Math.max(1, ...series.flatMap(s => s.points.map(p => p.papers)));
  const x = i => left + (years.length < 2 ? (width - left - right) / 2 : i * (width - left - right) / (years.length - 1));
  const y = v => height - bottom - v * (height - bottom - top) / max;
  el("line", {x1:left, x2:width - right, y1:height - bottom, y2:height - bottom, stroke:"#9aa3b2"}, svg);
  years.forEach((yr, i) => el("text", {x:x(i), y:height - 10, "text-anchor":"middle"}, svg, yr));
  el("text", {x:4, y:top + 10}, svg, fmt(max));
  const palette = ["#3461c1","#d9534f","#2e9e5b","#e69a19","#8a4fbf","#17a2b8","#6c757d"];
  series.forEach((s, k) => {
    const byYear = Object.fromEntries(s.points.map(p => [p.year, p.papers]));
    const pts = years.map((yr, i) => `${x(i)},${y(byYear[yr] || 0)}`).join(" ");
    el("polyline", {points: pts, fill:"none", stroke: palette[k % palette.length], "stroke-width": 2, class:"series"}, svg);
    el("text", {x: width - right + 8, y: top + 14 + k * 16, fill: palette[k % palette.length]}, svg, s.name);
  });
}

function table(container, columns, rows) {
  const t = el("table", {}, container);
  const head = el("tr", {}, el("thead", {}, t));
  columns.forEach(c => el("th", {}, head, c.title));
  const body = el("tbody", {}, t);
  rows.forEach(r => {
    const tr = el("tr", {}, body);
    columns.forEach(c => { const td = el("td", c.num ? {class:"num"} : {}, tr, r[c.key] == null ? "" : String(r[c.key]));
                           if (c.tip && r[c.tip]) td.title = r[c.tip]; });
  });
  return t;
}

function summary() {
  const s = DATA.summary;
  const cards = document.getElementById("summary-cards");
  const entityTotal = Object.values(s.entities).reduce((a, b) => a + b, 0);
  const edgeTotal = Object.values(s.relationships).reduce((a, b) => a + b, 0);
  [["papers", s.papers], ["entities", entityTotal], ["results", s.nodes.Result || 0], ["edges", edgeTotal]].forEach(([k, v]) => {
    const c = el("div", {class:"card"}, cards); el("b", {}, c, fmt(v)); el("span", {class:"muted"}, c, k);
  });
  barChart(document.getElementById("chart-entity-types"),
           Object.entries(s.entities).map(([k, v]) => ({label:k, value:v, colour:COLOURS[k]})));
  barChart(document.getElementById("chart-edge-types"),
           Object.entries(s.relationships).sort((a, b) => b[1] - a[1]).map(([k, v]) => ({label:k, value:v})));
}

function topCharts() {
  const box = document.getElementById("top-charts");
  const names = {Dataset:"Datasets", Method:"Methods", Model:"Models", Metric:"Metrics", Task:"Tasks"};
  ["Dataset","Method","Model","Metric","Task"].forEach(type => {
    const div = el("div", {id:`top-${type}`}, box);
    el("h3", {}, div, names[type]);
    barChart(div, (DATA.top[type] || []).map(r => ({label:r.name, value:r.papers, colour:COLOURS[type]})),
             {empty:`no ${names[type].toLowerCase()} found`});
  });
}

function timeline() {
  const t = DATA.timeline, box = document.getElementById("timeline-body");
  if (!t.dated) {
    const note = el("p", {class:"note", id:"no-dates"}, box,
      `No dated papers: none of the ${fmt(t.papers)} papers has an ISO date, so nothing is plotted over time.`);
    if (t.raw_examples.length) {
      el("span", {}, note, " The sources only give dates such as " +
        t.raw_examples.map(r => `"${r.raw}" (${fmt(r.papers)} papers)`).join(", ") + ", without a year.");
    }
    return;
  }
  el("p", {class:"muted"}, box, `${fmt(t.dated)} of ${fmt(t.papers)} papers are dated, ${t.first} to ${t.last}. ` +
     "Lines: papers per year mentioning the top entities.");
  const years = t.years.map(r => r.year);
  lineChart(box, years, [{name:"all papers", points:t.years}].concat(t.series));
}

function leaderboards() {
  const box = document.getElementById("leaderboards-body");
  if (!DATA.leaderboards.length) { el("p", {class:"muted", id:"no-leaderboards"}, box, "No results with both a dataset and a metric were extracted."); return; }
  const grid = el("div", {class:"grid"}, box);
  DATA.leaderboards.forEach(b => {
    const div = el("div", {class:"leaderboard"}, grid);
    const order = b.higher_is_better === false ? "lower is better" : "higher is better";
    el("h3", {}, div, `${b.dataset} · ${b.metric}`);
    el("p", {class:"muted"}, div, `${fmt(b.results)} results, ${order}`);
    table(div, [{key:"subject", title:"method / model"}, {key:"score", title:"score", num:true}, {key:"paper", title:"paper", tip:"sentence"}],
          b.rows.map(r => Object.assign({}, r, {score: `${r.value}${r.unit === "%" ? "%" : r.unit ? " " + r.unit : ""}${r.kind === "gain" ? " (gain)" : ""}`,
                                                subject: r.subject || "(unnamed)"})));
  });
}

/* A small force-directed layout: repulsion between all nodes, springs along links, gravity. */
function neighbourhood() {
  const g = DATA.neighbourhood, svg = document.getElementById("graph");
  document.getElementById("graph-caption").textContent =
    `${g.nodes.filter(n => n.hub).length} entities ranked by ${g.ranked_by}, with their closest neighbours (${g.nodes.length} nodes, ${g.links.length} links).`;
  const legend = document.getElementById("graph-legend");
  Object.entries(COLOURS).forEach(([k, c]) => { const s = el("span", {}, legend); el("i", {style:`background:${c}`}, s); s.append(k); });
  if (!g.nodes.length) { el("text", {x:20, y:30}, svg, "no entities"); return; }
  const width = svg.clientWidth || 1000, height = svg.clientHeight || 560;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const index = new Map(g.nodes.map((n, i) => [n.key, i]));
  const nodes = g.nodes.map((n, i) => Object.assign({}, n, {
    x: width / 2 + Math.cos(i * 2.4) * (40 + 6 * i), y: height / 2 + Math.sin(i * 2.4) * (40 + 6 * i), vx: 0, vy: 0}));
  const links = g.links.filter(l => index.has(l.source) && index.has(l.target))
                       .map(l => Object.assign({}, l, {s: nodes[index.get(l.source)], t: nodes[index.get(l.target)]}));
  const neighbours = new Map(nodes.map(n => [n.key, new Set([n.key])]));
  links.forEach(l => { neighbours.get(l.s.key).add(l.t.key); neighbours.get(l.t.key).add(l.s.key); });
  for (let step = 0; step < 300; step++) {
    const alpha = 1 - step / 300;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy || 0.01;
      const f = 3000 / d2 * alpha, d = Math.sqrt(d2);
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    }
    links.forEach(l => {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = (d - 90) * 0.02 * alpha;
      l.s.vx += dx / d * f; l.s.vy += dy / d * f; l.t.vx -= dx / d * f; l.t.vy -= dy / d * f;
    });
    nodes.forEach(n => {
      n.vx += (width / 2 - n.x) * 0.002 * alpha; n.vy += (height / 2 - n.y) * 0.003 * alpha;
      n.x = Math.min(width - 20, Math.max(20, n.x + n.vx)); n.y = Math.min(height - 20, Math.max(20, n.y + n.vy));
      n.vx *= 0.6; n.vy *= 0.6;
    });
  }
  const linkLayer = el("g", {class:"links"}, svg), nodeLayer = el("g", {class:"nodes"}, svg);
  const linkEls = links.map(l => el("line", {class:"link", x1:l.s.x, y1:l.s.y, x2:l.t.x, y2:l.t.y,
                                             "stroke-width": Math.min(6, 1 + Math.log2(l.weight))}, linkLayer));
  const tooltip = document.getElementById("tooltip"), details = document.getElementById("graph-details");
  const nodeEls = nodes.map(n => {
    const group = el("g", {class:"node", "data-key": n.key, transform:`translate(${n.x},${n.y})`}, nodeLayer);
    el("circle", {r: n.hub ? 11 : 6, fill: COLOURS[n.type] || "#888"}, group);
    el("text", {x: n.hub ? 14 : 9, y: 4, "font-weight": n.hub ? 600 : 400, class: n.hub ? "hub-label" : "minor-label"}, group, n.name);
    group.addEventListener("mousemove", ev => {
      const rels = links.filter(l => l.s === n || l.t === n).map(l => `${l.s.name} ${l.type} ${l.t.name}`);
      tooltip.style.display = "block"; tooltip.style.left = ev.clientX + 12 + "px"; tooltip.style.top = ev.clientY + 12 + "px";
      tooltip.textContent = `${n.name} (${n.type}) · ${rels.length} links`;
    });
    group.addEventListener("mouseleave", () => { tooltip.style.display = "none"; });
    group.addEventListener("click", ev => { ev.stopPropagation(); focus(n); });
    return group;
  });
  function focus(n) {
    const keep = n ? neighbours.get(n.key) : null;
    nodeEls.forEach((e, i) => { e.classList.toggle("dim", !!keep && !keep.has(nodes[i].key));
                                e.classList.toggle("shown", !!keep && keep.has(nodes[i].key)); });
    linkEls.forEach((e, i) => e.classList.toggle("dim", !!n && links[i].s !== n && links[i].t !== n));
    if (!n) { details.textContent = "Hover a node for its name and links; click one to focus on its neighbours (and name them), click the background to reset."; return; }
    const rels = links.filter(l => l.s === n || l.t === n).map(l => `${l.s.name} —${l.type}→ ${l.t.name}`);
    details.textContent = `${n.name} (${n.type}): ` + (rels.join("; ") || "no links");
  }
  svg.addEventListener("click", () => focus(null));
}

function extraction() {
  const rules = {};
  DATA.rules.forEach(r => { rules[r.rule] = (rules[r.rule] || 0) + r.edges; });
  barChart(document.getElementById("chart-rules"),
           Object.entries(rules).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => ({label:k, value:v})),
           {labelWidth: 220, empty:"no edge carries a rule"});
  const box = document.getElementById("rejects-body"), r = DATA.rejects;
  if (!r.present) { el("p", {class:"muted", id:"no-rejects"}, box, r.path ? `No rejects file (${r.path}): nothing was rejected.` : "No data dir given: rejects not read."); return; }
  el("p", {}, box, `${fmt(r.total)} records rejected (${r.path}).`);
  table(box, [{key:"reason", title:"reason"}, {key:"count", title:"records", num:true}], r.reasons);
  el("h3", {}, box, "By source");
  table(box, [{key:"source", title:"source"}, {key:"count", title:"records", num:true}], r.sources);
}

for (const part of [summary, topCharts, timeline, leaderboards, neighbourhood, extraction]) {
  try { part(); } catch (err) { console.error(err); const p = document.createElement("pre"); p.className = "render-error";
        p.textContent = `${part.name}: ${err}`; document.querySelector("main").prepend(p); }
}
document.body.setAttribute("data-rendered", "true");
</script>
</body>
</html>
"""


def all_statements() -> list[tuple[str, str, dict]]:
    """(id, text, example parameters) of every statement of this module, for kg.cypher_lint."""
    limit = {"limit": 10}
    out = [(f"report:top_entities:{label}", TOP_ENTITIES.format(label=label).strip(), limit)
           for label in ENTITY_TYPES]
    out += [
        ("report:dates", DATES.strip(), {}),
        ("report:raw_dates", RAW_DATES.strip(), {}),
        ("report:papers_per_year", PAPERS_PER_YEAR.strip(), {}),
        ("report:entity_years", ENTITY_YEARS.strip(), {"keys": ["bert"]}),
        ("report:leaderboard_groups", LEADERBOARD_GROUPS.strip(), limit),
        ("report:leaderboard_rows", LEADERBOARD_ROWS_QUERY.strip(),
         {"groups": [{"dataset": "ImageNet", "metric": "accuracy"}]}),
        ("report:hubs_by_pagerank", HUBS_BY_PAGERANK.strip(), limit),
        ("report:hubs_by_mentions", HUBS_BY_MENTIONS.strip(), limit),
        ("report:neighbourhood", NEIGHBOURHOOD.strip(), {"key": "bert", "limit": 12}),
        ("report:rules", RULES.strip(), {}),
        ("report:result_rules", RESULT_RULES.strip(), {}),
    ]
    return out
