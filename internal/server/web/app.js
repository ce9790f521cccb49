// sitrep's page. Article text is untrusted: it only ever reaches the DOM
// through textContent and text nodes, never as HTML.
"use strict";
(function () {
  const colours = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  const state = { events: [], from: "", to: "", markers: null, map: null, plot: null };

  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const k of kids) if (k != null) e.append(k);
    return e;
  }
  const $ = (id) => document.getElementById(id);

  async function getJSON(url) {
    const r = await fetch(url, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(url + ": " + r.status);
    return r.json();
  }

  function query() {
    const p = new URLSearchParams();
    if ($("q").value) p.set("q", $("q").value);
    if ($("type").value) p.set("type", $("type").value);
    if ($("actor").value) p.set("actor", $("actor").value);
    if ($("disputed").checked) p.set("disputed", "true");
    if (state.from) p.set("from", state.from);
    if (state.to) p.set("to", state.to);
    p.set("limit", "1000");
    return p;
  }

  function dead(e) {
    const f = e.fatalities;
    if (!f || f.best == null) return "";
    if (f.low != null && f.high != null && f.low !== f.high) return f.low + "–" + f.high + " dead";
    return f.best + " dead";
  }
  function when(e) {
    if (!e.date) return "date unknown";
    return e.date.start === e.date.end ? e.date.start : e.date.start + " – " + e.date.end;
  }
  function where(e) {
    if (!e.place) return "place unknown";
    return e.place.name + (e.place.admin1 && e.place.admin1 !== e.place.name ? ", " + e.place.admin1 : "");
  }

  // The map: Natural Earth countries, offline; tiles when configured.
  async function initMap(about) {
    const map = L.map("map", { worldCopyJump: true, preferCanvas: true }).setView([35, 38], 5);
    if (about.tiles) {
      L.tileLayer(about.tiles, { maxZoom: 18, attribution: "tiles" }).addTo(map);
    } else {
      const topo = await getJSON("vendor/world-atlas/countries-50m.json");
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { style: { color: "#8a8a84", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 } }).addTo(map);
    }
    state.map = map;
    state.markers = L.layerGroup().addTo(map);
  }

  function drawMap() {
    state.markers.clearLayers();
    const pts = [];
    for (const e of state.events) {
      if (!e.place) continue;
      const best = e.fatalities && e.fatalities.best ? e.fatalities.best : 0;
      const m = L.circleMarker([e.place.lat, e.place.lon], {
        radius: 4 + Math.min(20, Math.sqrt(best) * 1.6),
        color: e.disputed ? "#b3261e" : "#333", weight: e.disputed ? 2 : 0.6,
        fillColor: colours[e.type] || "#555", fillOpacity: 0.7,
      });
      m.bindTooltip(e.subtype + " · " + where(e) + " · " + when(e));
      m.on("click", () => { location.hash = "#/event/" + e.id; });
      m.addTo(state.markers);
      pts.push([e.place.lat, e.place.lon]);
    }
    document.body.dataset.markers = String(pts.length);
    if (pts.length && !state.fitted) {
      state.map.fitBounds(L.latLngBounds(pts).pad(0.2), { maxZoom: 8, animate: false });
      state.fitted = true;
    }
  }

  function drawList(title) {
    $("listtitle").textContent = title;
    const list = $("list");
    list.replaceChildren();
    for (const e of state.events) {
      const li = el("li", { tabindex: "0", onclick: () => { location.hash = "#/event/" + e.id; },
        onkeydown: (ev) => { if (ev.key === "Enter") location.hash = "#/event/" + e.id; } },
        el("div", { class: "ev-title" },
          el("span", { class: "dot", style: "" }),
          e.disputed ? el("span", { class: "badge disputed", text: "disputed" }) : null,
          document.createTextNode(e.subtype + " — " + where(e))),
        el("div", { class: "ev-meta", text: [when(e), dead(e), e.actor1 ? e.actor1.name : "", e.reports.length + " report" + (e.reports.length === 1 ? "" : "s")].filter(Boolean).join(" · ") }));
      li.querySelector(".dot").style.background = colours[e.type] || "#555";
      list.append(li);
    }
    if (!state.events.length) list.append(el("li", { text: "No events match." }));
  }

  // The timeline: events per day; a drag picks the dates.
  function drawTimeline(all) {
    const counts = new Map();
    for (const e of all) {
      if (!e.date) continue;
      const t = Date.parse(e.date.start + "T00:00:00Z") / 1000;
      counts.set(t, (counts.get(t) || 0) + 1);
    }
    const xs = [...counts.keys()].sort((a, b) => a - b);
    const ys = xs.map((x) => counts.get(x));
    const box = $("timeline");
    box.replaceChildren();
    if (!xs.length) return;
    const opts = {
      width: box.clientWidth || 800, height: 120,
      scales: { x: { time: true } },
      series: [{}, { label: "events", stroke: "#b3261e", fill: "rgba(179,38,30,0.25)", paths: uPlot.paths.bars({ size: [0.9, 8] }) }],
      axes: [{}, { size: 30 }],
      legend: { show: false },
      cursor: { drag: { x: true, y: false } },
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 2) return;
          const a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
          state.from = new Date(a * 1000).toISOString().slice(0, 10);
          state.to = new Date(b * 1000).toISOString().slice(0, 10);
          load(false);
        }],
      },
    };
    state.plot = new uPlot(opts, [xs, ys], box);
  }

  async function load(retimeline) {
    const data = await getJSON("api/events?" + query());
    state.events = data.events;
    drawMap();
    const dates = state.from ? " (" + state.from + " to " + state.to + ")" : "";
    drawList(data.total + " events" + dates);
    if (retimeline !== false) {
      const p = query(); p.delete("from"); p.delete("to");
      const all = await getJSON("api/events?" + p);
      drawTimeline(all.events);
    }
    drawFacts(await getJSON("api/disputes?" + query()));
    const s = await getJSON("api/stats");
    $("stats").textContent = s.articles + " articles · " + s.events + " events · " + s.disputed + " disputed";
  }

  // Disputes of fact (the share of an area a side holds): each value
  // side by side with who claims it and a link to its article.
  function drawFacts(data) {
    const box = $("facts");
    box.replaceChildren();
    const facts = (data && data.facts) || [];
    box.hidden = !facts.length;
    if (!facts.length) return;
    box.append(el("h2", { text: "Disputed facts (" + facts.length + ")" }));
    for (const f of facts) {
      box.append(el("h3", { text: (f.place ? f.place.name + ": " : "") + "share of " + f.area + " held by " + f.holder }));
      const t = el("table", { class: "facts" }, el("tr", {}, el("th", { text: "Value" }), el("th", { text: "As written" }), el("th", { text: "Claimed by" }), el("th", { text: "Report" })));
      for (const c of f.claims) {
        const link = el("a", { href: "#/article/" + encodeURIComponent(c.doc) + "/" + c.article, text: (c.published || "undated") + " #" + c.article });
        t.append(el("tr", {}, el("td", { text: c.value + "%" }), el("td", { text: c.text }),
          el("td", { text: c.source ? c.source.name : "the publisher" }), el("td", {}, link)));
      }
      box.append(t);
    }
  }

  function showList() {
    $("detail").hidden = true;
    $("listview").hidden = false;
  }

  function back() {
    return el("button", { class: "back", type: "button", text: "← all events", onclick: () => { location.hash = "#/"; } });
  }

  function named(n) { return n ? n.name + " (“" + n.text + "”)" : "—"; }

  async function showEvent(id) {
    const e = await getJSON("api/events/" + encodeURIComponent(id));
    const d = $("detail");
    d.replaceChildren();
    $("listview").hidden = true;
    d.hidden = false;
    d.append(back(), el("h2", { text: e.type + " / " + e.subtype }));
    const dl = el("dl");
    const row = (k, v) => dl.append(el("dt", { text: k }), el("dd", { text: v }));
    row("When", when(e) + (e.date && e.date.text ? " (“" + e.date.text + "”)" : ""));
    row("Where", where(e) + (e.place ? " · " + e.place.precision + (e.place.qualifier ? " · " + e.place.qualifier : "") : ""));
    row("Actor 1", named(e.actor1));
    row("Actor 2", named(e.actor2));
    row("Dead", dead(e) || "—");
    row("Victims", e.victims || "—");
    row("Merged", e.why);
    d.append(dl);
    if (e.disputed && e.claims) {
      d.append(el("h3", { text: "Disputed figures" }));
      const t = el("table", {}, el("tr", {}, el("th", { text: "Figure" }), el("th", { text: "As written" }), el("th", { text: "Claimed by" })));
      for (const c of e.claims) t.append(el("tr", {}, el("td", { text: String(c.value) }), el("td", { text: c.text.join("; ") }), el("td", { text: c.sources.join("; ") })));
      d.append(t);
    }
    d.append(el("h3", { text: e.reports.length + " report" + (e.reports.length === 1 ? "" : "s") }));
    for (const r of e.reports) {
      const src = r.source ? r.source.name + " (" + r.source.type + ")" : "the publisher";
      const link = el("a", { href: "#/article/" + encodeURIComponent(r.doc) + "/" + r.article, text: r.title || r.doc });
      d.append(el("div", { class: "report" },
        el("div", {}, link, document.createTextNode(r.published ? " · " + r.published : "")),
        el("div", { class: "ev-meta", text: "according to " + src + (r.fatalities && r.fatalities.best != null ? " · “" + r.fatalities.text + "”" : "") }),
        el("blockquote", { text: r.text })));
    }
    if (e.place && state.map) state.map.setView([e.place.lat, e.place.lon], Math.max(state.map.getZoom(), 8));
  }

  // An article with its layers: every mark is made of text nodes.
  async function showArticle(docID, idx) {
    const a = await getJSON("api/articles/" + encodeURIComponent(docID) + "/" + encodeURIComponent(idx));
    const d = $("detail");
    d.replaceChildren();
    $("listview").hidden = true;
    d.hidden = false;
    d.append(back(), el("h2", { text: a.title || a.doc }));
    d.append(el("p", { class: "ev-meta", text: (a.published ? "published " + a.published + (a.published_inferred ? " (inferred)" : "") : "no publication date") + " · " + a.doc }));
    const spans = [];
    const m = a.mentions || {};
    for (const x of m.dates || []) spans.push([x.start, x.end, "date", x.value || ""]);
    for (const x of m.places || []) spans.push([x.start, x.end, "place", x.name + " " + x.country]);
    for (const x of m.quantities || []) spans.push([x.start, x.end, "quantity", x.what + " " + (x.who || "")]);
    for (const x of m.actors || []) spans.push([x.start, x.end, "actor", x.name]);
    for (const ev of a.events || []) spans.push([ev.evidence.start, ev.evidence.end, "evidence", ev.subtype]);
    d.append(el("p", { class: "legend" }, el("mark", { class: "evidence", text: "event" }), el("mark", { class: "date", text: "date" }),
      el("mark", { class: "place", text: "place" }), el("mark", { class: "quantity", text: "figure" }), el("mark", { class: "actor", text: "actor" })));
    d.append(highlight(a.text, spans));
  }

  // highlight renders text with its marks: event sentences as an outer
  // layer, and inside them the dates, places, figures and actors.
  function highlight(text, spans) {
    const enc = new TextEncoder(), dec = new TextDecoder();
    const bytes = enc.encode(text);
    const ok = (s) => s[0] >= 0 && s[1] <= bytes.length && s[0] < s[1];
    const outer = spans.filter((s) => ok(s) && s[2] === "evidence").sort((a, b) => a[0] - b[0]);
    const inner = spans.filter((s) => ok(s) && s[2] !== "evidence").sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const box = el("div", { class: "articletext" });
    // fill appends bytes [from, to) with the inner marks inside them.
    const fill = (parent, from, to) => {
      let at = from;
      for (const [s, e, cls, title] of inner) {
        if (s < at || e > to) continue;
        if (s > at) parent.append(document.createTextNode(dec.decode(bytes.slice(at, s))));
        parent.append(el("mark", { class: cls, title: title, text: dec.decode(bytes.slice(s, e)) }));
        at = e;
      }
      if (at < to) parent.append(document.createTextNode(dec.decode(bytes.slice(at, to))));
    };
    let at = 0;
    for (const [s, e, , title] of outer) {
      if (s < at) continue;
      fill(box, at, s);
      const m = el("mark", { class: "evidence", title: title });
      fill(m, s, e);
      box.append(m);
      at = e;
    }
    fill(box, at, bytes.length);
    return box;
  }

  function route() {
    const h = location.hash.replace(/^#\/?/, "");
    const parts = h.split("/");
    if (parts[0] === "event" && parts[1]) return showEvent(parts[1]).catch(fail);
    if (parts[0] === "article" && parts.length >= 3) return showArticle(decodeURIComponent(parts[1]), parts[2]).catch(fail);
    showList();
  }

  function fail(err) {
    const d = $("detail");
    d.hidden = false;
    d.replaceChildren(back(), el("p", { text: String(err) }));
  }

  async function main() {
    const about = await getJSON("api/about");
    await initMap(about);
    for (const id of ["q", "type", "actor", "disputed"]) $(id).addEventListener("change", () => load(true).catch(fail));
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(true).catch(fail); });
    $("clear").addEventListener("click", () => { state.from = state.to = ""; load(true).catch(fail); });
    window.addEventListener("hashchange", route);
    await load(true);
    route();
    document.title = "sitrep — ready";
  }
  main().catch(fail);
})();
