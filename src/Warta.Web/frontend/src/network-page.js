// The Network page: countries (and IGOs, named with their codes) as nodes, edges weighted by event counts and coloured by
// mean Goldstein. Laid out by d3-force, with each node kept apart by the room its label needs (so labels never
// overlap), zoomed and panned by d3-zoom. Nodes and edges are focusable: Enter on a node filters the network by it,
// Enter on (or a click of) an edge opens the pair's timeline with the same filters.
import { forceSimulation, forceLink, forceManyBody, forceCollide, forceX, forceY } from "d3-force";
import { select } from "d3-selection";
import { zoom, zoomIdentity } from "d3-zoom";
import { el, message, emptyResult } from "./dom.js";
import { getJson, params } from "./api.js";
import { filterForm } from "./filters.js";
import { go, filtersOf } from "./url-state.js";

/** The drawing's size in SVG units: wide on a desktop, nearly square on a phone so labels stay readable there. */
const size = () => (window.innerWidth < 700 ? { WIDTH: 480, HEIGHT: 560 } : { WIDTH: 1000, HEIGHT: 600 });
const FONT = 12, CHAR = 7.2;

/** Red for conflict (−10), grey for neutral, blue for cooperation (+10). */
export function goldsteinColour(value) {
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 150], red = [213, 94, 0], blue = [0, 114, 178];
  const end = t < 0 ? red : blue, k = Math.abs(t);
  const c = grey.map((g, i) => Math.round(g + (end[i] - g) * k));
  return `rgb(${c.join(",")})`;
}

/** What a node is called: a country by its code; an actor without a country (an IGO) by its name with its code. */
function labelOf(node) {
  return node.id.length > 3 && node.name ? `${node.name} (${node.id})` : node.id;
}

/** Positions every node (deterministic: d3-force starts from a fixed phyllotaxis and its own seeded random source). */
export function layout(nodes, edges, { WIDTH, HEIGHT } = size()) {
  const biggest = Math.max(1, ...nodes.map((n) => n.events));
  const sim = nodes.map((n) => ({ ...n, label: labelOf(n), r: 8 + 18 * Math.sqrt(n.events / biggest) }));
  for (const n of sim) n.half = Math.max(n.r, (n.label.length * CHAR) / 2 + 4);
  const links = edges.map((e) => ({ source: e.a, target: e.b, events: e.events }));
  const simulation = forceSimulation(sim)
    .force("link", forceLink(links).id((n) => n.id).distance((l) => 60 + l.source.half + l.target.half).strength(0.4))
    .force("charge", forceManyBody().strength(-260))
    // Each node claims a circle as wide as its label, so neither labels nor circles overlap.
    .force("collide", forceCollide((n) => n.half + 6).strength(1).iterations(3))
    .force("x", forceX(WIDTH / 2).strength(0.04)).force("y", forceY(HEIGHT / 2).strength(0.07))
    .stop();
  for (let i = 0; i < 400; i++) simulation.tick();
  return { nodes: sim, links };
}

export function networkPage(root, search) {
  const filters = filtersOf(search);
  const picture = el("div", { id: "network", "aria-live": "polite" });
  const { form } = filterForm((v) => go("network", v), search, "#/network");

  async function load() {
    picture.replaceChildren(message("Loading…"));
    try {
      const network = await getJson("/api/network", params(filters));
      picture.replaceChildren(network.nodes.length ? draw(network) : emptyResult("events", "#/network"));
    } catch (error) {
      picture.replaceChildren(message(error.message, "error"));
    }
  }

  function draw({ nodes, edges }) {
    const { WIDTH, HEIGHT } = size();
    const { nodes: placed, links } = layout(nodes, edges, { WIDTH, HEIGHT });
    const most = Math.max(1, ...edges.map((e) => e.events));
    const svg = select(document.createElementNS("http://www.w3.org/2000/svg", "svg"))
      .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`).attr("class", "network").attr("role", "group").attr("aria-label", "Actor network");
    const scene = svg.append("g").attr("class", "scene");
    const zoomer = zoom().scaleExtent([0.3, 6]).on("zoom", (event) => scene.attr("transform", event.transform));
    svg.call(zoomer);
    // Fit the laid-out graph into the view.
    const xs = placed.flatMap((n) => [n.x - n.half, n.x + n.half]), ys = placed.flatMap((n) => [n.y - n.r - 4, n.y + n.r + 18]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Fitted, but never enlarged past 1.2: a small graph keeps readable, not giant, labels.
    const k = Math.min(1.2, 0.95 * Math.min(WIDTH / (x1 - x0 || 1), HEIGHT / (y1 - y0 || 1)));
    svg.call(zoomer.transform, zoomIdentity.translate(WIDTH / 2 - k * (x0 + x1) / 2, HEIGHT / 2 - k * (y0 + y1) / 2).scale(k));

    for (const [i, e] of edges.entries()) {
      const l = links[i];
      const text = `${e.a}–${e.b}: ${e.events} events, mean Goldstein ${e.mean_goldstein.toFixed(1)}`;
      const open = () => go("timeline", { ...filters, a: e.a, b: e.b });
      scene.append("line").attr("class", "edge").attr("tabindex", 0).attr("role", "link").attr("aria-label", text)
        .attr("x1", l.source.x).attr("y1", l.source.y).attr("x2", l.target.x).attr("y2", l.target.y)
        .attr("stroke", goldsteinColour(e.mean_goldstein)).attr("stroke-width", 1.5 + 8 * Math.sqrt(e.events / most))
        .attr("stroke-dasharray", e.mean_goldstein < 0 ? "8 4" : null)
        .on("click", open).on("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); } })
        .append("title").text(text);
    }
    for (const n of placed) {
      const text = `${n.label}: ${n.events} events`;
      const g = scene.append("g").attr("class", "node").attr("transform", `translate(${n.x},${n.y})`).attr("tabindex", 0)
        .attr("role", "button").attr("aria-label", `${text}; Enter filters the network by ${n.id}`).attr("data-id", n.id);
      g.append("circle").attr("r", n.r);
      g.append("text").attr("class", "node-label").attr("dy", n.r + FONT + 2).attr("text-anchor", "middle").text(n.label);
      g.append("title").text(text);
      const choose = () => go("network", { ...filters, actor: n.id });
      g.on("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); choose(); } }).on("dblclick", choose);
    }
    const controls = el("p", { class: "zoom-controls" },
      el("button", { type: "button", onclick: () => svg.call(zoomer.scaleBy, 1.4) }, "Zoom in"),
      el("button", { type: "button", onclick: () => svg.call(zoomer.scaleBy, 1 / 1.4) }, "Zoom out"));
    return el("div", {}, controls, svg.node(), el("p", { class: "legend" }, "Edge width: events; colour: mean Goldstein from ",
      el("span", { class: "swatch conflict" }, "conflict (dashed)"), " to ", el("span", { class: "swatch coop" }, "cooperation (solid)"),
      ". Scroll or pinch to zoom, drag to pan. Click an edge (or Tab to it and press Enter) to open its timeline; Enter on a node filters by it."));
  }

  root.replaceChildren(el("h1", {}, "Actor network"), form, picture);
  load();
}
