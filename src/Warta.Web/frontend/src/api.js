// Calls the JSON API; a problem+json answer becomes an Error carrying its detail.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function answer(response) {
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, detail);
  }
  return body;
}

export async function getJson(path, params) {
  const query = params ? `?${params}` : "";
  return answer(await fetch(`${path}${query}`, { headers: { Accept: "application/json" } }));
}

export async function postJson(path, body) {
  return answer(await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  }));
}

/** Query parameters without the empty ones. */
export function params(values) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== "" && v !== null && v !== undefined && v !== false) p.set(k, String(v));
  return p;
}
