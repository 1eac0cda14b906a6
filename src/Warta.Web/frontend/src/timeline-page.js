// The Dyad timeline: events between two actors per period on a true date axis (every period drawn, quiet ones as zero),
// stacked by QuadClass with a pattern each, the Goldstein sum as a line above the bars with its zero line marked, a
// tooltip listing every series of a period, and a range brush below to zoom. The interval is picked for the range by the
// server unless chosen. Clicking (or Enter on) a period lists its events. Everything is in the address.
import { select, pointer } from "d3-selection";
import { scaleBand, scaleLinear } from "d3-scale";
import { axisBottom, axisLeft, axisRight } from "d3-axis";
import { line } from "d3-shape";
import { brushX } from "d3-brush";
import { el, field, message, actorLabel, articleLink } from "./dom.js";
import { getJson, params } from "./api.js";
import { actorInput, resolveActors } from "./filters.js";
import { go, filtersOf } from "./url-state.js";
import { QUADS, GOLDSTEIN, quadPatterns, quadFill, quadLegend } from "./palette.js";

const INTERVALS = ["auto", "day", "week", "month", "year"];

/** The last day of the period starting on `start`. */
export function periodEnd(start, interval) {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  else if (interval === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function periodName(start, interval) {
  if (interval === "year") return start.slice(0, 4);
  if (interval === "month") return start.slice(0, 7);
  if (interval === "week") return `week of ${start}`;
  return start;
}

export function timelinePage(root, search) {
  const filters = filtersOf(search);
  const pair = { a: search.get("a") || "", b: search.get("b") || "", interval: search.get("interval") || "" };
  const a = actorInput("dyad-a", pair.a, { id: "dyad-a", placeholder: "Russia or RUS", size: 12, required: true });
  const b = actorInput("dyad-b", pair.b, { id: "dyad-b", placeholder: "Kazakhstan or KAZ", size: 12, required: true });
  const interval = el("select", { id: "dyad-interval" }, INTERVALS.map((i) => el("option", { value: i, selected: (pair.interval || "auto") === i }, i)));
  const from = el("input", { type: "date", name: "from", value: filters.from || "" });
  const to = el("input", { type: "date", name: "to", value: filters.to || "" });
  const chart = el("div", { id: "dyad-chart", class: "chart-box" });
  const status = el("div", { id: "dyad-status", "aria-live": "polite" });
  const details = el("div", { id: "dyad-events", "aria-live": "polite" });
  const tooltip = el("div", { id: "dyad-tooltip", class: "tooltip", role: "tooltip", hidden: true });
  const others = Object.entries(filters).filter(([k]) => !["from", "to"].includes(k));
  const view = (change) => go("timeline", { ...filters, a: pair.a, b: pair.b, interval: pair.interval === "auto" ? "" : pair.interval, ...change });

  const form = el("form", { class: "filters" }, field("Actor A", a.input), a.list, field("Actor B", b.input), b.list, field("Per", interval),
    field("From", from), field("To", to), el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const [ra, rb] = await Promise.all([resolveActors(a.input.value.trim()), resolveActors(b.input.value.trim())]);
    go("timeline", { ...filters, a: ra.toUpperCase(), b: rb.toUpperCase(), interval: interval.value === "auto" ? "" : interval.value,
      from: from.value, to: to.value });
  });

  async function showPeriod(timeline, point) {
    const last = periodEnd(point.period, timeline.interval);
    details.replaceChildren(message("Loading…"));
    try {
      const page = await getJson("/api/events", params({ ...filters, dyad: `${timeline.a},${timeline.b}`, from: point.period, to: last, page_size: 200 }));
      details.replaceChildren(el("h2", {}, `${point.period}${last !== point.period ? ` – ${last}` : ""}: ${page.total} events`),
        el("ul", { class: "event-list" }, page.items.map((item) => el("li", {},
          el("strong", {}, `${actorLabel(item.event.source)} → ${item.event.cameo} ${item.event.cameo_name} → ${actorLabel(item.event.target)}`), " ",
          el("span", { class: `quad-tag quad-${item.event.quad}` }, QUADS[item.event.quad - 1].short), " ",
          el("span", { class: "sentence" }, item.event.sentence), " ",
          articleLink(item.event.doc, item)))));
    } catch (error) {
      details.replaceChildren(message(error.message, "error"));
    }
  }

  function showTooltip(point, timeline, x, y) {
    tooltip.hidden = false;
    tooltip.replaceChildren(el("strong", {}, periodName(point.period, timeline.interval)),
      el("ul", {}, QUADS.map((q) => el("li", {}, `${q.label}: ${point[q.key]}`)),
        el("li", {}, `Goldstein sum: ${point.goldstein_sum.toFixed(1)}`), el("li", {}, `All events: ${point.events}`)));
    // Beside the pointer, on the side with room, so it never hides the period it describes.
    const box = chart.getBoundingClientRect(), w = tooltip.offsetWidth || 190;
    tooltip.style.left = `${x + 16 + w < box.width ? x + 16 : Math.max(0, x - 16 - w)}px`;
    tooltip.style.top = `${Math.max(0, y - 10)}px`;
  }

  function draw(timeline, overview) {
    const width = Math.max(300, chart.clientWidth - 16), height = 340, over = 56;
    const margin = { top: 14, right: 52, bottom: 30, left: 44 };
    const points = timeline.points;
    const svg = select(chart).append("svg").attr("viewBox", `0 0 ${width} ${height + over + 24}`).attr("width", "100%")
      .attr("role", "img").attr("aria-label", `Events between ${timeline.a} and ${timeline.b} per ${timeline.interval}, by QuadClass, with the Goldstein sum`);
    quadPatterns(svg.node());
    const x = scaleBand().domain(points.map((p) => p.period)).range([margin.left, width - margin.right]).padding(0.15);
    // The Goldstein panel stands above the bars' panel, so the line never hides a bar; its zero line is dashed.
    const panel = Math.round((height - margin.top - margin.bottom) * 0.34), gap = 18;
    const barsTop = margin.top + panel + gap;
    const y = scaleLinear().domain([0, Math.max(1, ...points.map((p) => p.events))]).nice().range([height - margin.bottom, barsTop]);
    const extent = Math.max(1, ...points.map((p) => Math.abs(p.goldstein_sum))) * 1.1;
    const g = scaleLinear().domain([-extent, extent]).range([margin.top + panel, margin.top]);
    const every = Math.max(1, Math.ceil(points.length / Math.floor((width - 100) / 80)));
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
      .call(axisBottom(x).tickValues(points.filter((_, i) => i % every === 0).map((p) => p.period)).tickFormat((d) => periodName(d, timeline.interval).replace("week of ", "")));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`).call(axisLeft(y).ticks(4))
      .append("text").attr("class", "axis-title").attr("x", 0).attr("y", barsTop - 4).attr("text-anchor", "start").text(`events per ${timeline.interval}`);
    svg.append("g").attr("class", "axis goldstein-axis").attr("transform", `translate(${width - margin.right},0)`).call(axisRight(g).ticks(4))
      .append("text").attr("class", "axis-title").attr("x", 0).attr("y", margin.top - 4).attr("text-anchor", "end").text("Goldstein sum");
    const bars = svg.append("g").attr("class", "bars");
    for (const p of points) {
      let base = 0;
      for (const q of QUADS) {
        const n = p[q.key];
        if (!n) continue;
        bars.append("rect").attr("class", `bar quad-${q.quad}`).attr("x", x(p.period)).attr("width", x.bandwidth())
          .attr("y", y(base + n)).attr("height", y(base) - y(base + n)).attr("fill", quadFill(q.quad)).attr("data-period", p.period);
        base += n;
      }
    }
    svg.append("line").attr("class", "zero-line").attr("x1", margin.left).attr("x2", width - margin.right)
      .attr("y1", g(0)).attr("y2", g(0)).attr("stroke", GOLDSTEIN);
    svg.append("text").attr("class", "zero-label").attr("x", width - margin.right - 4).attr("y", g(0) - 4).attr("text-anchor", "end").text("Goldstein 0");
    const centre = (p) => x(p.period) + x.bandwidth() / 2;
    svg.append("path").attr("class", "goldstein-line").attr("fill", "none").attr("stroke", GOLDSTEIN).attr("stroke-width", 2)
      .attr("d", line().x(centre).y((p) => g(p.goldstein_sum))(points));
    svg.append("g").selectAll("circle").data(points.filter((p) => p.events > 0)).join("circle").attr("class", "goldstein-point")
      .attr("cx", centre).attr("cy", (p) => g(p.goldstein_sum)).attr("r", 3).attr("fill", GOLDSTEIN);
    // One focusable, clickable column per period: hover or focus shows the tooltip, click or Enter lists its events.
    const hits = svg.append("g").attr("class", "periods");
    for (const p of points) {
      const hit = hits.append("rect").attr("class", "period").attr("x", x(p.period) - x.step() * x.paddingInner() / 2).attr("width", x.step())
        .attr("y", margin.top).attr("height", height - margin.bottom - margin.top).attr("fill", "transparent")
        .attr("tabindex", 0).attr("role", "button").attr("data-period", p.period)
        .attr("aria-label", `${periodName(p.period, timeline.interval)}: ${p.events} events, Goldstein sum ${p.goldstein_sum.toFixed(1)}`);
      hit.on("mousemove", (event) => { const [px, py] = pointer(event, chart); showTooltip(p, timeline, px, py); })
        .on("mouseleave", () => { tooltip.hidden = true; })
        .on("focus", () => showTooltip(p, timeline, centre(p) * chart.clientWidth / width, 20))
        .on("blur", () => { tooltip.hidden = true; })
        .on("click", () => showPeriod(timeline, p))
        .on("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); showPeriod(timeline, p); } });
    }
    // The brush over the whole range: choose a stretch to zoom to it (its dates go into the address).
    const all = overview.points;
    if (all.length > 1) {
      const top = height + 16;
      const ox = scaleBand().domain(all.map((p) => p.period)).range([margin.left, width - margin.right]).padding(0);
      const oy = scaleLinear().domain([0, Math.max(1, ...all.map((p) => p.events))]).range([top + over - 8, top]);
      const strip = svg.append("g").attr("class", "overview");
      strip.append("text").attr("x", margin.left).attr("y", top - 4).attr("class", "axis-title").text("Whole range: drag to zoom");
      strip.selectAll("rect").data(all).join("rect").attr("x", (p) => ox(p.period)).attr("width", Math.max(1, ox.bandwidth() - 1))
        .attr("y", (p) => oy(p.events)).attr("height", (p) => oy(0) - oy(p.events)).attr("class", "overview-bar");
      const at = (px) => all[Math.max(0, Math.min(all.length - 1, Math.floor((px - margin.left) / ox.step())))];
      const brush = brushX().extent([[margin.left, top], [width - margin.right, top + over - 8]]).on("end", (event) => {
        if (!event.sourceEvent || !event.selection) return;
        const [s, e] = event.selection;
        view({ from: at(s).period, to: periodEnd(at(e).period, overview.interval), interval: "" });
      });
      const brushed = strip.append("g").attr("class", "brush").call(brush);
      if (filters.from || filters.to) {
        const first = all.findIndex((p) => periodEnd(p.period, overview.interval) >= (filters.from || all[0].period));
        const lastIndex = all.findLastIndex((p) => p.period <= (filters.to || all[all.length - 1].period));
        if (first >= 0 && lastIndex >= first) brush.move(brushed, [ox(all[first].period), ox(all[lastIndex].period) + ox.step()]);
      }
    }
  }

  async function load() {
    if (!pair.a || !pair.b) {
      status.replaceChildren(message("Enter two actors or countries (e.g. Russia and Kazakhstan, or RUS and KAZ)."));
      return;
    }
    status.replaceChildren(message("Loading…"));
    try {
      const path = `/api/dyads/${encodeURIComponent(pair.a)}/${encodeURIComponent(pair.b)}/timeline`;
      const [timeline, overview] = await Promise.all([
        getJson(path, params({ ...filters, interval: pair.interval })),
        getJson(path, params({ ...filters, from: "", to: "" })),
      ]);
      const total = timeline.points.reduce((s, p) => s + p.events, 0);
      if (total === 0) {
        status.replaceChildren(el("div", { class: "empty", role: "status" }, el("p", {}, `No events between ${pair.a} and ${pair.b} match these filters.`),
          el("a", { class: "button reset", href: `#/timeline?${params({ a: pair.a, b: pair.b })}` }, "Reset filters")));
        chart.replaceChildren();
        return;
      }
      status.replaceChildren(message(`${total} events per ${timeline.interval}${others.length ? ` (filtered: ${others.map(([k, v]) => `${k}=${v}`).join(", ")})` : ""}. Click a bar to list them.`),
        ...(filters.from || filters.to ? [el("a", { href: `#/timeline?${params({ ...filters, a: pair.a, b: pair.b, from: "", to: "" })}`, class: "reset-zoom" }, "Show the whole range")] : []));
      chart.replaceChildren(tooltip);
      draw(timeline, overview);
    } catch (error) {
      status.replaceChildren(message(error.message, "error"));
    }
  }

  root.replaceChildren(el("h1", {}, "Dyad timeline"), form, status, chart,
    quadLegend([el("span", { class: "legend-item" }, el("span", { class: "line-swatch" }), " Goldstein sum (top panel, right axis; dashed: 0)")]), details);
  load();
}
