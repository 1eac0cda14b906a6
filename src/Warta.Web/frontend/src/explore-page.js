// The Explore page: filters, a paged table of stored events sortable by column, and exports of the filtered set. The
// filters, sort and page are the address's parameters (url-state.js); the table becomes cards on a phone.
import { el, message, actorCell, articleLink, originalLink, emptyResult } from "./dom.js";
import { getJson, params } from "./api.js";
import { filterForm } from "./filters.js";
import { go, filtersOf } from "./url-state.js";
import { QUADS } from "./palette.js";

const COLUMNS = [
  ["date", "Date"], ["source", "Source"], ["cameo", "CAMEO"], ["target", "Target"], ["goldstein", "Goldstein"], ["articles", "Articles"],
];

export function explorePage(root, search) {
  const filters = filtersOf(search);
  const state = { page: Number(search.get("page")) || 1, sort: search.get("sort") || "date", desc: search.get("desc") !== "false" };
  const table = el("div", { id: "explore-table", "aria-live": "polite" });
  const exports = el("p", { class: "exports" });
  const open = (change) => go("explore", { ...filters, page: state.page > 1 ? state.page : "", sort: state.sort === "date" ? "" : state.sort,
    desc: state.desc ? "" : "false", ...change });
  const { form } = filterForm((v) => go("explore", { ...v, sort: search.get("sort"), desc: search.get("desc") }), search, "#/explore");

  function exportLinks() {
    const p = params(filters);
    exports.replaceChildren("Export the filtered events: ",
      ...[["csv", "CSV"], ["parquet", "Parquet"], ["gdelt", "GDELT TSV"]].map(([format, label]) => {
        const q = new URLSearchParams(p);
        q.set("format", format);
        return el("a", { class: "button", href: `/api/events/export?${q}`, download: "" }, label);
      }));
  }

  async function load() {
    table.replaceChildren(message("Loading…"));
    try {
      const page = await getJson("/api/events", params({ ...filters, page: state.page, page_size: 50, sort: state.sort, desc: state.desc }));
      if (page.total === 0) {
        exports.replaceChildren();
        table.replaceChildren(emptyResult("events", "#/explore"));
        return;
      }
      exportLinks();
      table.replaceChildren(render(page));
    } catch (error) {
      table.replaceChildren(message(error.message, "error"));
    }
  }

  function header([key, label]) {
    const active = state.sort === key;
    const button = el("button", { type: "button", class: "sort" }, label, active ? (state.desc ? " ▼" : " ▲") : "");
    button.addEventListener("click", () => open({ sort: key === "date" ? "" : key, desc: active && state.desc ? "false" : "", page: "" }));
    return el("th", { scope: "col", "aria-sort": active ? (state.desc ? "descending" : "ascending") : "none" }, button);
  }

  function render(page) {
    const pages = Math.max(1, Math.ceil(page.total / page.page_size));
    const rows = page.items.map((item) => {
      const e = item.event;
      const quad = QUADS[e.quad - 1];
      return el("tr", { class: e.modality === "asserted" ? "" : "not-asserted" },
        el("td", { "data-label": "Date" }, e.date), el("td", { "data-label": "Source" }, actorCell(e.source)),
        el("td", { "data-label": "CAMEO" }, `${e.cameo} ${e.cameo_name} `, el("span", { class: `quad-tag quad-${e.quad}`, title: quad.label }, quad.short)),
        el("td", { "data-label": "Target" }, actorCell(e.target)),
        el("td", { class: "num", "data-label": "Goldstein" }, String(e.goldstein)), el("td", { class: "num", "data-label": "Articles" }, String(item.num_articles)),
        el("td", { class: "sentence", "data-label": "Sentence" }, e.sentence, " ", articleLink(e.doc, item), " ", originalLink(item.document_url)));
    });
    const prev = el("button", { type: "button", disabled: state.page <= 1 }, "← Previous");
    const next = el("button", { type: "button", disabled: state.page >= pages }, "Next →");
    prev.addEventListener("click", () => open({ page: state.page - 1 > 1 ? state.page - 1 : "" }));
    next.addEventListener("click", () => open({ page: state.page + 1 }));
    return el("div", {},
      el("table", { class: "events cards" }, el("thead", {}, el("tr", {}, COLUMNS.map(header), el("th", { scope: "col" }, "Sentence"))), el("tbody", {}, rows)),
      el("p", { class: "pager" }, prev, ` Page ${page.page} of ${pages} (${page.total} events) `, next));
  }

  root.replaceChildren(el("h1", {}, "Explore events"), form, ...(filters.area ? [el("p", { class: "meta" }, `Events mapped to ${filters.area}.`)] : []), exports, table);
  load();
}
