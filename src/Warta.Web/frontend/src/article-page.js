// The article view of a stored document: its text with the events marked, as on the Code page.
import { el, message } from "./dom.js";
import { getJson } from "./api.js";
import { renderArticle } from "./article.js";

export async function articlePage(root, id) {
  root.replaceChildren(el("h1", {}, `Article ${id}`), message("Loading…"));
  try {
    const doc = await getJson(`/api/documents/${encodeURIComponent(id)}`);
    const meta = [doc.source, doc.published, doc.lang].filter(Boolean).join(" · ");
    root.replaceChildren(
      el("h1", {}, doc.title || `Article ${doc.id}`),
      el("p", { class: "meta" }, meta, doc.url && /^https?:\/\//i.test(doc.url) ? el("span", {}, " · ", el("a", { href: doc.url, rel: "noopener noreferrer" }, "original")) : ""),
      renderArticle(doc));
  } catch (error) {
    root.replaceChildren(el("h1", {}, `Article ${id}`), message(error.message, "error"));
  }
}
