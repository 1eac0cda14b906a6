// A small force-directed layout: nodes repel each other, edges pull their ends together, a weak pull keeps the graph
// centred. Deterministic (nodes start on a circle), so the same network is drawn the same way every time.

export function layout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: width / 2 + (Math.min(width, height) / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: height / 2 + (Math.min(width, height) / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const ideal = Math.sqrt((width * height) / Math.max(1, n)) * 0.6;
  // The pull to the centre must grow as fast as the nodes' summed repulsion (about 0.18·w·h/r on a node at radius r)
  // falls, or small components that share no edge drift to the corners; this balances them near r = min(w, h) / 2.5.
  const radius = Math.min(width, height) / 2.5;
  const gravity = (0.18 * width * height) / (radius * radius);
  for (let step = 0; step < iterations; step++) {
    const heat = 1 - step / iterations;
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (ideal * ideal) / d2;
        move[i].x += dx * f; move[i].y += dy * f;
        move[j].x -= dx * f; move[j].y -= dy * f;
      }
    }
    for (const e of edges) {
      const i = index.get(e.a), j = index.get(e.b);
      if (i === undefined || j === undefined || i === j) continue;
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = d / ideal;
      move[i].x -= dx * f; move[i].y -= dy * f;
      move[j].x += dx * f; move[j].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      move[i].x += (width / 2 - pos[i].x) * gravity;
      move[i].y += (height / 2 - pos[i].y) * gravity;
      const len = Math.max(Math.sqrt(move[i].x ** 2 + move[i].y ** 2), 1e-9);
      const limit = 10 * heat + 0.5;
      pos[i].x = Math.min(width - 30, Math.max(30, pos[i].x + (move[i].x / len) * Math.min(len, limit)));
      pos[i].y = Math.min(height - 30, Math.max(30, pos[i].y + (move[i].y / len) * Math.min(len, limit)));
    }
  }
  return pos;
}
