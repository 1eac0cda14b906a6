// Renders an article with each event's trigger, source and target marked, beside a table of its events; hovering or
// focusing a row lights its words, and hovering a word lights its rows.
import { el, actorLabel } from "./dom.js";

const ROLES = ["trigger", "source", "target"];

/** Splits the text at every highlight boundary; each piece knows which events use it, and in which role. */
function pieces(text, highlights) {
  const cuts = new Set([0, text.length]);
  highlights.forEach((h) => ROLES.forEach((role) => {
    if (h[role]) { cuts.add(h[role].start); cuts.add(h[role].end); }
  }));
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const uses = [];
    highlights.forEach((h, index) => ROLES.forEach((role) => {
      const r = h[role];
      if (r && r.start <= start && end <= r.end) uses.push({ index, role });
    }));
    result.push({ text: text.slice(start, end), uses });
  }
  return result;
}

function isAsserted(e) {
  return e.modality === "asserted";
}

/** The article view: returns an element holding the marked text and the event table. */
export function renderArticle(article) {
  const { text, events, highlights } = article;
  const wordsOf = new Map(events.map((_, i) => [i, []]));
  const rowsOf = [];

  const body = el("div", { class: "article-text", "aria-label": "Article text" });
  for (const piece of pieces(text, highlights)) {
    if (piece.uses.length === 0) {
      body.append(document.createTextNode(piece.text));
      continue;
    }
    const roles = new Set(piece.uses.map((u) => u.role));
    const role = ROLES.find((r) => roles.has(r));
    const indices = [...new Set(piece.uses.map((u) => u.index))];
    const triggerOf = piece.uses.filter((u) => u.role === "trigger").map((u) => u.index);
    const struck = triggerOf.length > 0 && triggerOf.every((i) => !isAsserted(events[i]));
    const span = el("mark", {
      class: `hl hl-${role}${struck ? " struck" : ""}`,
      "data-events": indices.join(" "),
      "data-trigger-of": triggerOf.length ? triggerOf.join(" ") : null,
      title: indices.map((i) => `${events[i].cameo} ${events[i].cameo_name}`).join("; "),
    });
    span.textContent = piece.text;
    indices.forEach((i) => wordsOf.get(i).push(span));
    span.addEventListener("mouseenter", () => light(indices, true));
    span.addEventListener("mouseleave", () => light(indices, false));
    body.append(span);
  }

  function light(indices, on) {
    for (const i of indices) {
      wordsOf.get(i).forEach((w) => w.classList.toggle("lit", on));
      if (rowsOf[i]) rowsOf[i].classList.toggle("lit", on);
    }
  }

  const rows = events.map((e, i) => {
    const row = el("tr", {
      tabindex: 0,
      class: isAsserted(e) ? "" : "not-asserted",
      "data-event": i,
      "aria-label": `Event ${i + 1}: ${actorLabel(e.source)} ${e.cameo_name} ${actorLabel(e.target)}`,
    },
    el("td", {}, e.date),
    el("td", {}, el("span", { class: "chip chip-source" }, actorLabel(e.source))),
    el("td", { class: "trigger-cell" }, el("strong", {}, e.evidence.trigger), el("br"), el("small", {}, `${e.cameo} ${e.cameo_name}`)),
    el("td", {}, e.target ? el("span", { class: "chip chip-target" }, actorLabel(e.target)) : "—"),
    el("td", { class: `quad quad-${e.quad}` }, String(e.quad)),
    el("td", { class: "num" }, String(e.goldstein)),
    el("td", {}, e.modality));
    row.addEventListener("mouseenter", () => light([i], true));
    row.addEventListener("mouseleave", () => light([i], false));
    row.addEventListener("focus", () => { light([i], true); wordsOf.get(i)[0]?.scrollIntoView({ block: "nearest" }); });
    row.addEventListener("blur", () => light([i], false));
    rowsOf[i] = row;
    return row;
  });

  const table = el("table", { class: "events", "aria-label": "Events" },
    el("thead", {}, el("tr", {}, ["Date", "Source", "Event", "Target", "Quad", "Goldstein", "Modality"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows));

  return el("div", { class: "article" },
    el("section", { class: "article-pane" }, el("p", { class: "legend" },
      el("mark", { class: "hl hl-trigger" }, "trigger"), " ", el("mark", { class: "hl hl-source" }, "source"), " ",
      el("mark", { class: "hl hl-target" }, "target")), body),
    el("section", { class: "events-pane" },
      el("h2", {}, `${events.length} event${events.length === 1 ? "" : "s"}`),
      events.length ? table : el("p", { class: "message" }, "No events found in this text.")));
}
