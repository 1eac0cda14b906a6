// The Dyad timeline: events between two actors per day or week by QuadClass, with the Goldstein sum; clicking a
// period lists its events with their sentences and links to the articles.
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend } from "chart.js";
import { el, field, message, actorLabel, articleLink } from "./dom.js";
import { getJson, params } from "./api.js";

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const QUADS = [
  ["verbal_cooperation", "Verbal cooperation", "#7fb3d5"],
  ["material_cooperation", "Material cooperation", "#1f618d"],
  ["verbal_conflict", "Verbal conflict", "#f0b27a"],
  ["material_conflict", "Material conflict", "#c0392b"],
];

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function timelinePage(root, initial) {
  let chart = null;
  const a = el("input", { id: "dyad-a", value: initial.get("a") || "", placeholder: "RUS", size: 10, required: true });
  const b = el("input", { id: "dyad-b", value: initial.get("b") || "", placeholder: "KAZ", size: 10, required: true });
  const interval = el("select", { id: "dyad-interval" }, el("option", { value: "day" }, "day"),
    el("option", { value: "week", selected: initial.get("interval") === "week" }, "week"));
  const from = el("input", { type: "date", value: initial.get("from") || "" });
  const to = el("input", { type: "date", value: initial.get("to") || "" });
  const canvas = el("canvas", { id: "dyad-chart", role: "img", "aria-label": "Events per period by QuadClass and the Goldstein sum" });
  const status = el("div", { "aria-live": "polite" });
  const details = el("div", { id: "dyad-events", "aria-live": "polite" });

  const form = el("form", { class: "filters" }, field("Actor A", a), field("Actor B", b), field("Per", interval),
    field("From", from), field("To", to), el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/timeline?${params({ a: a.value.trim().toUpperCase(), b: b.value.trim().toUpperCase(), interval: interval.value, from: from.value, to: to.value })}`;
  });

  async function showPeriod(timeline, point) {
    const last = timeline.interval === "week" ? addDays(point.period, 6) : point.period;
    details.replaceChildren(message("Loading…"));
    try {
      const page = await getJson("/api/events", params({ dyad: `${timeline.a},${timeline.b}`, from: point.period, to: last, page_size: 200 }));
      details.replaceChildren(el("h2", {}, `${point.period}${last !== point.period ? ` – ${last}` : ""}: ${page.total} events`),
        el("ul", { class: "event-list" }, page.items.map((item) => el("li", {},
          el("strong", {}, `${actorLabel(item.event.source)} → ${item.event.cameo} ${item.event.cameo_name} → ${actorLabel(item.event.target)}`), " ",
          el("span", { class: "sentence" }, item.event.sentence), " ",
          articleLink(item.event.doc, item)))));
    } catch (error) {
      details.replaceChildren(message(error.message, "error"));
    }
  }

  async function load() {
    if (!a.value.trim() || !b.value.trim()) {
      status.replaceChildren(message("Enter two actors or countries (e.g. RUS and KAZ)."));
      return;
    }
    status.replaceChildren(message("Loading…"));
    try {
      const timeline = await getJson(`/api/dyads/${encodeURIComponent(a.value.trim())}/${encodeURIComponent(b.value.trim())}/timeline`,
        params({ interval: interval.value, from: from.value, to: to.value }));
      status.replaceChildren(timeline.points.length ? message(`${timeline.points.reduce((s, p) => s + p.events, 0)} events. Click a bar to list them.`)
        : message("No events between these two."));
      chart?.destroy();
      chart = new Chart(canvas, {
        data: {
          labels: timeline.points.map((p) => p.period),
          datasets: [
            ...QUADS.map(([key, label, color]) => ({ type: "bar", label, data: timeline.points.map((p) => p[key]), backgroundColor: color, stack: "quad", yAxisID: "y" })),
            { type: "line", label: "Goldstein sum", data: timeline.points.map((p) => p.goldstein_sum), borderColor: "#333", backgroundColor: "#333", yAxisID: "g" },
          ],
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" } },
            g: { position: "right", title: { display: true, text: "Goldstein sum" }, grid: { drawOnChartArea: false } } },
          onClick: (_, elements) => { if (elements.length) showPeriod(timeline, timeline.points[elements[0].index]); },
        },
      });
    } catch (error) {
      status.replaceChildren(message(error.message, "error"));
    }
  }

  root.replaceChildren(el("h1", {}, "Dyad timeline"), form, status, el("div", { class: "chart-box" }, canvas), details);
  load();
}
