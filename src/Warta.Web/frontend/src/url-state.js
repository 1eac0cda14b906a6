// Every page's filters, sort and page live in the address (#/page?k=v…), so a copied link opens the same view and Back
// and Forward step through what was looked at. Pages render from route().params and change the view with go().
import { params } from "./api.js";

/** The filter parameters the API shares across Explore, Network, the map and the timeline. */
export const FILTER_KEYS = ["from", "to", "actor", "dyad", "root", "cameo", "quad", "lang", "outlet", "q", "all", "area"];

/** Goes to a page with these parameters (empty ones dropped): a new history entry, unless it is the current address. */
export function go(page, values) {
  const query = params(values).toString();
  const hash = `#/${page}${query ? `?${query}` : ""}`;
  if (location.hash !== hash) location.hash = hash;
}

/** The filter values of a route's parameters, as an object. */
export function filtersOf(search) {
  const v = {};
  for (const k of FILTER_KEYS) if (search.get(k)) v[k] = search.get(k);
  return v;
}
