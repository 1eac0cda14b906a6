// The Explore page: filters, a paged table of stored events sortable by column, and exports of the filtered set.
import { el, message, actorLabel, articleLink } from "./dom.js";
import { getJson, params } from "./api.js";
import { filterForm } from "./filters.js";

const COLUMNS = [
  ["date", "Date"], ["source", "Source"], ["cameo", "CAMEO"], ["target", "Target"], ["goldstein", "Goldstein"], ["articles", "Articles"],
];

export function explorePage(root) {
  const state = { filters: {}, page: 1, sort: "date", desc: true, pageSize: 50 };
  const table = el("div", { id: "explore-table", "aria-live": "polite" });
  const exports = el("p", { class: "exports" });
  const { form, values } = filterForm((v) => { state.filters = v; state.page = 1; load(); });

  function exportLinks() {
    const p = params(state.filters);
    exports.replaceChildren("Export the filtered events: ",
      ...[["csv", "CSV"], ["parquet", "Parquet"], ["gdelt", "GDELT TSV"]].map(([format, label]) => {
        const q = new URLSearchParams(p);
        q.set("format", format);
        return el("a", { class: "button", href: `/api/events/export?${q}`, download: "" }, label);
      }));
  }

  async function load() {
    exportLinks();
    table.replaceChildren(message("Loading…"));
    try {
      const page = await getJson("/api/events", params({ ...state.filters, page: state.page, page_size: state.pageSize, sort: state.sort, desc: state.desc }));
      table.replaceChildren(render(page));
    } catch (error) {
      table.replaceChildren(message(error.message, "error"));
    }
  }

  function header([key, label]) {
    const active = state.sort === key;
    const button = el("button", { type: "button", class: "sort" }, label, active ? (state.desc ? " ▼" : " ▲") : "");
    button.addEventListener("click", () => {
      state.desc = active ? !state.desc : true;
      state.sort = key;
      load();
    });
    return el("th", { scope: "col", "aria-sort": active ? (state.desc ? "descending" : "ascending") : "none" }, button);
  }

  function render(page) {
    const pages = Math.max(1, Math.ceil(page.total / page.page_size));
    const rows = page.items.map((item) => {
      const e = item.event;
      return el("tr", { class: e.modality === "asserted" ? "" : "not-asserted" },
        el("td", {}, e.date), el("td", {}, actorLabel(e.source)),
        el("td", {}, `${e.cameo} ${e.cameo_name}`), el("td", {}, actorLabel(e.target)),
        el("td", { class: "num" }, String(e.goldstein)), el("td", { class: "num" }, String(item.num_articles)),
        el("td", { class: "sentence" }, e.sentence, " ", articleLink(e.doc, item)));
    });
    const prev = el("button", { type: "button", disabled: state.page <= 1 }, "← Previous");
    const next = el("button", { type: "button", disabled: state.page >= pages }, "Next →");
    prev.addEventListener("click", () => { state.page--; load(); });
    next.addEventListener("click", () => { state.page++; load(); });
    return el("div", {},
      el("table", { class: "events" }, el("thead", {}, el("tr", {}, COLUMNS.map(header), el("th", { scope: "col" }, "Sentence"))), el("tbody", {}, rows)),
      el("p", { class: "pager" }, prev, ` Page ${page.page} of ${pages} (${page.total} events) `, next));
  }

  root.replaceChildren(el("h1", {}, "Explore events"), form, exports, table);
  state.filters = values();
  load();
}
