// The QuadClass colours, short names and patterns, from the one file warta plot reads too (TimelineStyle.json), so a
// colour never carries meaning alone: every QuadClass also has a name, a short code and a fill pattern.
import style from "../../../Warta.Store/TimelineStyle.json";

export const QUADS = style.quads.map((q, i) => ({ ...q, quad: i + 1 }));
export const GOLDSTEIN = style.goldstein;

const SVG = "http://www.w3.org/2000/svg";

/** SVG <pattern>s quad-pattern-1…4: plain, dots, diagonal hatch, cross hatch, over each colour. Add once per <svg>. */
export function quadPatterns(svg) {
  const defs = document.createElementNS(SVG, "defs");
  const marks = [
    "",
    '<circle cx="3" cy="3" r="1.2" fill="#fff" fill-opacity=".8"/>',
    '<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#fff" stroke-width="1.4" stroke-opacity=".85"/>',
    '<path d="M0,0 l6,6 M6,0 l-6,6" stroke="#fff" stroke-width="1.3" stroke-opacity=".85"/>',
  ];
  QUADS.forEach((q, i) => {
    const p = document.createElementNS(SVG, "pattern");
    for (const [k, v] of Object.entries({ id: `quad-pattern-${q.quad}`, width: 6, height: 6, patternUnits: "userSpaceOnUse" })) p.setAttribute(k, v);
    const rect = document.createElementNS(SVG, "rect");
    for (const [k, v] of Object.entries({ width: 6, height: 6, fill: q.color })) rect.setAttribute(k, v);
    p.append(rect);
    // Our own fixed markup (no data in it), parsed as SVG.
    const g = document.createElementNS(SVG, "g");
    g.innerHTML = marks[i];
    p.append(g);
    defs.append(p);
  });
  svg.prepend(defs);
}

export const quadFill = (quad) => `url(#quad-pattern-${quad})`;

/** A legend: each QuadClass as a swatch with its pattern and its name. */
export function quadLegend(extra = []) {
  const box = document.createElement("div");
  box.className = "legend quad-legend";
  for (const q of QUADS) {
    const item = document.createElement("span");
    item.className = "legend-item";
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "18"); svg.setAttribute("height", "12"); svg.setAttribute("aria-hidden", "true");
    quadPatterns(svg);
    const r = document.createElementNS(SVG, "rect");
    r.setAttribute("width", "18"); r.setAttribute("height", "12"); r.setAttribute("fill", quadFill(q.quad));
    svg.append(r);
    item.append(svg, ` ${q.quad} ${q.label} (${q.short})`);
    box.append(item);
  }
  for (const node of extra) box.append(node);
  return box;
}
