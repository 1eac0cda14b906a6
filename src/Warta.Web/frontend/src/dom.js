// Small DOM helpers. Text always goes in through textContent, never innerHTML, so article text cannot become markup.

/** Creates an element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name === "class") node.className = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A labelled form field. */
export function field(label, input) {
  return el("label", { class: "field" }, el("span", {}, label), input);
}

export function message(text, kind = "info") {
  return el("p", { class: `message ${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}

export function actorLabel(actor) {
  if (!actor) return "—";
  return actor.code || actor.text;
}

/** A link to a stored article's view, named by its title and outlet when the store has them (as text, like all else). */
export function articleLink(docId, item) {
  const name = item.document_title || "article";
  const outlet = item.document_source ? ` (${item.document_source})` : "";
  return el("a", { href: `#/article/${encodeURIComponent(docId)}`, class: "article-link" }, name, outlet);
}

/** Reads the hash route: "#/timeline?a=RUS&b=KAZ" → { page: "timeline", rest: [], params }. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || "code", rest: parts.slice(1), params: new URLSearchParams(query || "") };
}
