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

/** An actor's code with the words it was read from beside it: "KAZGOV Presiden Kazakhstan". */
export function actorCell(actor) {
  if (!actor) return "—";
  const words = actor.text && actor.text !== actor.code ? actor.text : actor.name;
  return el("span", { class: "actor" }, el("strong", {}, actor.code || "?"), words ? el("span", { class: "actor-words" }, ` ${words}`) : null);
}

/** A link to a stored article's view, named by its title and outlet when the store has them (as text, like all else). */
export function articleLink(docId, item) {
  const name = item.document_title || "article";
  const outlet = item.document_source ? ` (${item.document_source})` : "";
  return el("a", { href: `#/article/${encodeURIComponent(docId)}`, class: "article-link" }, name, outlet);
}

/** The article's original address as a link, when it has an http(s) one (never a javascript: or data: link). */
export function originalLink(url) {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el("a", { href: url, class: "original-link", rel: "noopener noreferrer", target: "_blank" }, "original ↗");
}

/** The message of an empty result: says so and offers to clear the filters. */
export function emptyResult(what, resetHref) {
  return el("div", { class: "empty", role: "status" }, el("p", {}, `No ${what} match these filters.`),
    el("a", { class: "button reset", href: resetHref }, "Reset filters"));
}

/** Reads the hash route: "#/timeline?a=RUS&b=KAZ" → { page: "timeline", rest: [], params }. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { page: parts[0] || "code", rest: parts.slice(1), params: new URLSearchParams(query || "") };
}
