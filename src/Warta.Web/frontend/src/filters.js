// The event filters shared by Explore, Network, the map and the timeline, as form fields initialised from the address.
// Actor fields take a code or a name: suggestions come from the dictionaries and the store (/api/actors), and a name
// is turned into its code when the form is applied ("Kazakhstan" → KAZ).
import { el, field } from "./dom.js";
import { getJson, params } from "./api.js";

const CODE = /^[A-Z0-9]{3,}$/;

/** An input with a datalist of actor codes for what is typed; the option's label is the name it matched. */
export function actorInput(name, value, attrs = {}) {
  const list = el("datalist", { id: `${name}-options` });
  const input = el("input", { name, value: value || "", list: list.id, autocomplete: "off", ...attrs });
  let asked = "";
  input.addEventListener("input", async () => {
    const text = input.value.trim();
    const last = text.split(",").pop().trim();
    if (last.length < 2 || last === asked || CODE.test(last)) return;
    asked = last;
    try {
      const { actors } = await getJson("/api/actors", params({ q: last }));
      if (asked !== last) return;
      const prefix = text.includes(",") ? `${text.slice(0, text.lastIndexOf(",") + 1)}` : "";
      list.replaceChildren(...actors.map((a) => el("option", { value: `${prefix}${a.code}`, label: `${a.name || a.code} (${a.code})` })));
    } catch { /* suggestions are a help only */ }
  });
  return { input, list };
}

/** Each comma-separated part that is not a code becomes the code the API suggests first for it; unknown names stay. */
export async function resolveActors(text) {
  if (!text) return text;
  const parts = await Promise.all(text.split(",").map(async (part) => {
    const p = part.trim();
    if (!p || CODE.test(p)) return p;
    try {
      const { actors } = await getJson("/api/actors", params({ q: p }));
      return actors.length ? actors[0].code : p;
    } catch { return p; }
  }));
  return parts.join(",");
}

export function filterForm(onSubmit, initial = new URLSearchParams(), resetHref = null) {
  const input = (name, attrs = {}) => el("input", { name, value: initial.get(name) || "", ...attrs });
  const actor = actorInput("actor", initial.get("actor"), { placeholder: "Kazakhstan or KAZGOV", size: 14 });
  const dyad = actorInput("dyad", initial.get("dyad"), { placeholder: "RUS,KAZ", size: 12 });
  const inputs = {
    q: input("q", { type: "search", placeholder: "words in sentence or title", size: 18 }),
    from: input("from", { type: "date" }),
    to: input("to", { type: "date" }),
    actor: actor.input,
    dyad: dyad.input,
    root: input("root", { placeholder: "11", size: 4, inputmode: "numeric" }),
    cameo: input("cameo", { placeholder: "111", size: 5, inputmode: "numeric" }),
    quad: el("select", { name: "quad" }, el("option", { value: "" }, "any"),
      ...[["1", "1 verbal coop."], ["2", "2 material coop."], ["3", "3 verbal conflict"], ["4", "4 material conflict"]]
        .map(([v, t]) => el("option", { value: v, selected: initial.get("quad") === v }, t))),
    lang: el("select", { name: "lang" }, el("option", { value: "" }, "any"),
      el("option", { value: "id", selected: initial.get("lang") === "id" }, "id"), el("option", { value: "en", selected: initial.get("lang") === "en" }, "en")),
    outlet: input("outlet", { size: 12 }),
    all: el("input", { name: "all", type: "checkbox", checked: initial.get("all") === "true" }),
  };
  const form = el("form", { class: "filters", "aria-label": "Filters" },
    field("Keywords", inputs.q), field("From", inputs.from), field("To", inputs.to),
    field("Actor / country", inputs.actor), actor.list, field("Dyad", inputs.dyad), dyad.list,
    field("CAMEO root", inputs.root), field("CAMEO code", inputs.cameo), field("QuadClass", inputs.quad), field("Language", inputs.lang),
    field("Outlet", inputs.outlet), el("label", { class: "check" }, inputs.all, " all modalities"),
    el("button", { type: "submit" }, "Apply"),
    resetHref ? el("a", { class: "button secondary", href: resetHref }, "Reset") : null);
  const values = () => {
    const v = {};
    for (const [name, node] of Object.entries(inputs)) v[name] = node.type === "checkbox" ? (node.checked ? "true" : "") : node.value.trim();
    // A map area chosen on the map stays until reset.
    if (initial.get("area")) v.area = initial.get("area");
    return v;
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const v = values();
    v.actor = await resolveActors(v.actor);
    v.dyad = await resolveActors(v.dyad);
    onSubmit(v);
  });
  return { form, values };
}
