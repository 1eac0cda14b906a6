// The Map: matching events per country as circles sized by count, each filled with the pattern and colour of the
// QuadClass most of its events have, and labelled with its count; filtered like Explore. An event is drawn where it
// happened when the coder found a place, else in its target's country, else its source's. The world layer is Natural
// Earth's 1:50m countries (world-atlas), bundled into the app: no tiles, nothing fetched from elsewhere. A circle stands
// at the centroid of its country's largest polygon. Clicking (or Enter on) a circle lists that country's events.
import { geoEqualEarth, geoPath, geoArea, geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import { select } from "d3-selection";
import { zoom, zoomIdentity } from "d3-zoom";
import world from "world-atlas/countries-50m.json";
import codes from "i18n-iso-countries/codes.json";
import { el, message, emptyResult, actorLabel, articleLink } from "./dom.js";
import { getJson, params } from "./api.js";
import { filterForm } from "./filters.js";
import { go, filtersOf } from "./url-state.js";
import { QUADS, quadPatterns, quadFill, quadLegend } from "./palette.js";

const WIDTH = 1000, HEIGHT = 520;
const ALPHA3 = new Map(codes.map(([, alpha3, numeric]) => [numeric, alpha3]));

let countries = null;
/** The shipped countries as GeoJSON, each with its ISO alpha-3 code and the centroid of its largest polygon. */
function worldCountries() {
  if (countries) return countries;
  countries = feature(world, world.objects.countries).features.map((f) => {
    const polygons = f.geometry?.type === "MultiPolygon"
      ? f.geometry.coordinates.map((c) => ({ type: "Polygon", coordinates: c })) : f.geometry ? [f.geometry] : [];
    const largest = polygons.reduce((best, p) => (!best || geoArea(p) > geoArea(best) ? p : best), null);
    return { feature: f, code: ALPHA3.get(f.id) || null, name: f.properties.name, centroid: largest ? geoCentroid(largest) : null };
  });
  return countries;
}

export function mapPage(root, search) {
  const filters = filtersOf(search);
  const picture = el("div", { id: "map", class: "map-box", "aria-live": "polite" });
  const list = el("div", { id: "map-events", "aria-live": "polite" });
  const { form } = filterForm((v) => go("map", { ...v, area: "" }), search, "#/map");

  const showArea = (area) => go("map", { ...filters, area: area.country });

  async function listArea(code) {
    list.replaceChildren(message("Loading…"));
    try {
      const page = await getJson("/api/events", params({ ...filters, area: code, page_size: 100 }));
      const name = worldCountries().find((c) => c.code === code)?.name || code;
      list.replaceChildren(el("h2", {}, `${name} (${code}): ${page.total} events`),
        el("p", {}, el("a", { href: `#/explore?${params({ ...filters, area: code })}` }, "Open them in Explore"), " · ",
          el("a", { href: `#/map?${params({ ...filters, area: "" })}` }, "Close")),
        el("ul", { class: "event-list" }, page.items.map((item) => el("li", {},
          el("strong", {}, `${item.event.date} ${actorLabel(item.event.source)} → ${item.event.cameo} ${item.event.cameo_name} → ${actorLabel(item.event.target)}`), " ",
          el("span", { class: `quad-tag quad-${item.event.quad}` }, QUADS[item.event.quad - 1].short), " ",
          el("span", { class: "sentence" }, item.event.sentence), " ", articleLink(item.event.doc, item)))));
    } catch (error) {
      list.replaceChildren(message(error.message, "error"));
    }
  }

  async function load() {
    picture.replaceChildren(message("Loading…"));
    try {
      const { areas } = await getJson("/api/map", params({ ...filters, area: "" }));
      if (!areas.length) {
        picture.replaceChildren(emptyResult("events with a country", "#/map"));
        return;
      }
      picture.replaceChildren(draw(areas));
      if (filters.area) listArea(filters.area);
    } catch (error) {
      picture.replaceChildren(message(error.message, "error"));
    }
  }

  function draw(areas) {
    const shapes = worldCountries();
    const byCode = new Map(shapes.filter((s) => s.code).map((s) => [s.code, s]));
    const projection = geoEqualEarth().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: "Sphere" });
    const path = geoPath(projection);
    // On a phone the 1000-unit map is drawn ~370 px wide: circles and counts are drawn larger to stay readable.
    const boost = window.innerWidth < 700 ? 2.4 : 1;
    const svg = select(document.createElementNS("http://www.w3.org/2000/svg", "svg")).attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
      .attr("class", "world").attr("role", "group").attr("aria-label", "Events by country");
    quadPatterns(svg.node());
    const scene = svg.append("g").attr("class", "scene");
    scene.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
    scene.append("g").attr("class", "countries").selectAll("path").data(shapes).join("path").attr("class", "country")
      .attr("d", (s) => path(s.feature)).append("title").text((s) => s.name);
    const most = Math.max(...areas.map((a) => a.events));
    const placed = areas.filter((a) => byCode.get(a.country)?.centroid).sort((p, q) => q.events - p.events);
    const circles = scene.append("g").attr("class", "areas");
    for (const a of placed) {
      const [x, y] = projection(byCode.get(a.country).centroid);
      const counts = QUADS.map((q) => a[q.key]);
      const top = QUADS[counts.indexOf(Math.max(...counts))];
      const name = byCode.get(a.country).name;
      const r = (6 + 24 * Math.sqrt(a.events / most)) * boost;
      const text = `${name} (${a.country}): ${a.events} events; ${QUADS.map((q) => `${q.label} ${a[q.key]}`).join(", ")}; placed by place ${a.by_place}, by target ${a.by_target}, by source ${a.by_source}`;
      const g = circles.append("g").attr("class", "area").attr("transform", `translate(${x},${y})`).datum([x, y]).attr("tabindex", 0).attr("role", "button")
        .attr("data-country", a.country).attr("aria-label", text)
        .on("click", () => showArea(a, name)).on("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); showArea(a, name); } });
      g.append("circle").attr("r", r).attr("fill", quadFill(top.quad)).attr("class", `quad-${top.quad}`);
      g.append("text").attr("class", "area-count").attr("dy", 4 * boost).attr("font-size", 11 * boost).attr("text-anchor", "middle").text(String(a.events));
      g.append("title").text(text);
    }
    // Zoom and pan (wheel, pinch, drag, buttons); circles keep their size on screen. It opens on the region the events
    // are in, so that a phone shows readable circles; Zoom out shows the whole world.
    const zoomer = zoom().scaleExtent([1, 12]).translateExtent([[0, 0], [WIDTH, HEIGHT]]).on("zoom", (event) => {
      scene.attr("transform", event.transform);
      circles.selectAll("g.area").attr("transform", ([x, y]) => `translate(${x},${y}) scale(${1 / event.transform.k})`);
    });
    svg.call(zoomer);
    const spots = circles.selectAll("g.area").data();
    if (spots.length) {
      const xs = spots.map(([x]) => x), ys = spots.map(([, y]) => y);
      const [x0, x1, y0, y1] = [Math.min(...xs) - 90, Math.max(...xs) + 90, Math.min(...ys) - 70, Math.max(...ys) + 70];
      const k = Math.max(1, Math.min(4, 0.9 * Math.min(WIDTH / (x1 - x0), HEIGHT / (y1 - y0))));
      svg.call(zoomer.transform, zoomIdentity.translate(WIDTH / 2 - k * (x0 + x1) / 2, HEIGHT / 2 - k * (y0 + y1) / 2).scale(k));
    }
    const controls = el("p", { class: "zoom-controls" },
      el("button", { type: "button", onclick: () => svg.call(zoomer.scaleBy, 1.5) }, "Zoom in"),
      el("button", { type: "button", onclick: () => svg.call(zoomer.scaleBy, 1 / 1.5) }, "Zoom out"),
      el("button", { type: "button", onclick: () => svg.call(zoomer.transform, zoomIdentity) }, "Whole world"));
    const missing = areas.filter((a) => !byCode.get(a.country)?.centroid);
    return el("div", {}, controls, svg.node(),
      quadLegend([el("span", { class: "legend-item" }, "Circle: events in the country (area ∝ count), filled by its most frequent QuadClass.")]),
      missing.length ? el("p", { class: "meta" }, `Not on the map (no shape for the code): ${missing.map((a) => `${a.country} (${a.events})`).join(", ")}.`) : null);
  }

  root.replaceChildren(el("h1", {}, "Map of events"), form, picture, list);
  load();
}
