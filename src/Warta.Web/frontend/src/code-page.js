// The Code page: paste or upload a text, code it through POST /api/code, show the marked article and its events.
import { el, field, message } from "./dom.js";
import { postJson } from "./api.js";
import { renderArticle } from "./article.js";

export function codePage(root) {
  const text = el("textarea", { id: "code-text", rows: 10, required: true, placeholder: "Paste a news article (Indonesian or English)…" });
  const file = el("input", { id: "code-file", type: "file", accept: ".txt,text/plain" });
  const lang = el("select", { id: "code-lang" },
    el("option", { value: "auto" }, "auto"), el("option", { value: "id" }, "Indonesian (id)"), el("option", { value: "en" }, "English (en)"));
  const published = el("input", { id: "code-published", type: "date" });
  const all = el("input", { id: "code-all", type: "checkbox" });
  const result = el("div", { id: "code-result", "aria-live": "polite" });
  const button = el("button", { type: "submit", id: "code-submit" }, "Code");

  file.addEventListener("change", async () => {
    if (file.files && file.files[0]) text.value = await file.files[0].text();
  });

  const form = el("form", { class: "code-form" },
    field("Article", text),
    el("div", { class: "row" },
      field("Or upload a .txt file", file),
      field("Language", lang),
      field("Published", published),
      el("label", { class: "check" }, all, " Show all (negated, hypothetical…)"),
      button));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      result.replaceChildren(message("Paste a text or upload a file first.", "error"));
      return;
    }
    button.disabled = true;
    result.replaceChildren(message("Coding…"));
    try {
      const body = { text: text.value, lang: lang.value, all: all.checked };
      if (published.value) body.published = published.value;
      const article = await postJson("/api/code", body);
      result.replaceChildren(el("p", { class: "meta" }, `Language: ${article.lang}`), renderArticle(article));
    } catch (error) {
      result.replaceChildren(message(error.message, "error"));
    } finally {
      button.disabled = false;
    }
  });

  root.replaceChildren(el("h1", {}, "Code an article"), form, result);
}
