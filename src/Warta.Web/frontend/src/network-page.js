// The Network page: countries as nodes, edges weighted by event counts and coloured by mean Goldstein; clicking
// (or pressing Enter on) an edge opens the dyad timeline for that pair.
import { el, message } from "./dom.js";
import { getJson, params } from "./api.js";
import { filterForm } from "./filters.js";
import { layout } from "./force-layout.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 1000, HEIGHT = 560;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Red for conflict (−10), grey for neutral, blue for cooperation (+10). */
export function goldsteinColour(value) {
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 150], red = [192, 57, 43], blue = [31, 97, 141];
  const end = t < 0 ? red : blue, k = Math.abs(t);
  const c = grey.map((g, i) => Math.round(g + (end[i] - g) * k));
  return `rgb(${c.join(",")})`;
}

export function networkPage(root) {
  const picture = el("div", { id: "network", "aria-live": "polite" });
  const { form, values } = filterForm((v) => load(v));

  async function load(filters) {
    picture.replaceChildren(message("Loading…"));
    try {
      const network = await getJson("/api/network", params(filters));
      picture.replaceChildren(network.nodes.length ? draw(network) : message("No events match these filters."));
    } catch (error) {
      picture.replaceChildren(message(error.message, "error"));
    }
  }

  function draw({ nodes, edges }) {
    const pos = layout(nodes, edges, WIDTH, HEIGHT);
    const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
    const most = Math.max(1, ...edges.map((e) => e.events));
    const biggest = Math.max(1, ...nodes.map((n) => n.events));
    const picture = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "network", role: "group", "aria-label": "Actor network" });
    for (const e of edges) {
      const p = at.get(e.a), q = at.get(e.b);
      if (!p || !q) continue;
      const line = svg("line", {
        x1: p.x, y1: p.y, x2: q.x, y2: q.y, class: "edge", tabindex: 0, role: "link",
        stroke: goldsteinColour(e.mean_goldstein), "stroke-width": 1.5 + 8 * Math.sqrt(e.events / most),
        "aria-label": `${e.a}–${e.b}: ${e.events} events, mean Goldstein ${e.mean_goldstein.toFixed(1)}`,
      });
      const title = svg("title");
      title.textContent = `${e.a} – ${e.b}: ${e.events} events, mean Goldstein ${e.mean_goldstein.toFixed(1)}`;
      line.append(title);
      const open = () => { location.hash = `#/timeline?${params({ a: e.a, b: e.b })}`; };
      line.addEventListener("click", open);
      line.addEventListener("keydown", (k) => { if (k.key === "Enter" || k.key === " ") { k.preventDefault(); open(); } });
      picture.append(line);
    }
    for (const [i, n] of nodes.entries()) {
      const g = svg("g", { class: "node", transform: `translate(${pos[i].x},${pos[i].y})` });
      g.append(svg("circle", { r: 8 + 18 * Math.sqrt(n.events / biggest) }));
      const label = svg("text", { dy: 4, "text-anchor": "middle" });
      label.textContent = n.id;
      const title = svg("title");
      title.textContent = `${n.name || n.id}: ${n.events} events`;
      g.append(label, title);
      picture.append(g);
    }
    return el("div", {}, picture, el("p", { class: "legend" }, "Edge width: events; colour: mean Goldstein from ",
      el("span", { class: "swatch conflict" }, "conflict"), " to ", el("span", { class: "swatch coop" }, "cooperation"),
      ". Click an edge (or Tab to it and press Enter) to open its timeline."));
  }

  root.replaceChildren(el("h1", {}, "Actor network"), form, picture);
  load(values());
}
