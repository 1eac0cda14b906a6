// The event filters shared by Explore and Network, as form fields that turn into API query parameters.
import { el, field } from "./dom.js";

export function filterForm(onSubmit, initial = new URLSearchParams()) {
  const input = (name, attrs = {}) => el("input", { name, value: initial.get(name) || "", ...attrs });
  const inputs = {
    from: input("from", { type: "date" }),
    to: input("to", { type: "date" }),
    actor: input("actor", { placeholder: "RUS or RUSGOV", size: 10 }),
    dyad: input("dyad", { placeholder: "RUS,KAZ", size: 10 }),
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
    field("From", inputs.from), field("To", inputs.to), field("Actor / country", inputs.actor), field("Dyad", inputs.dyad),
    field("CAMEO root", inputs.root), field("CAMEO code", inputs.cameo), field("QuadClass", inputs.quad), field("Language", inputs.lang),
    field("Outlet", inputs.outlet), el("label", { class: "check" }, inputs.all, " all modalities"),
    el("button", { type: "submit" }, "Apply"));
  const values = () => {
    const v = {};
    for (const [name, node] of Object.entries(inputs)) v[name] = node.type === "checkbox" ? (node.checked ? "true" : "") : node.value.trim();
    return v;
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); onSubmit(values()); });
  return { form, values };
}
