// The single-page app: hash routes to the four pages and the article view; shows whether the server has a store.
import { route, el } from "./dom.js";
import { getJson } from "./api.js";
import { codePage } from "./code-page.js";
import { explorePage } from "./explore-page.js";
import { timelinePage } from "./timeline-page.js";
import { networkPage } from "./network-page.js";
import { articlePage } from "./article-page.js";

function show() {
  const root = document.getElementById("page");
  const { page, rest, params } = route();
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.page === page) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  switch (page) {
    case "explore": explorePage(root); break;
    case "timeline": timelinePage(root, params); break;
    case "network": networkPage(root); break;
    case "article": articlePage(root, rest[0] || ""); break;
    default: codePage(root);
  }
}

async function storeStatus() {
  const status = document.getElementById("store-status");
  try {
    const health = await getJson("/api/health");
    status.replaceChildren(el("span", { class: health.store ? "ok" : "off" }, health.store ? "store connected" : "no store: Code page only"),
      ` · v${health.version}`);
  } catch {
    status.textContent = "server unreachable";
  }
}

window.addEventListener("hashchange", show);
show();
storeStatus();
