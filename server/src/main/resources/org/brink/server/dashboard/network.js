// Brink dashboard: the actor network as SVG, nodes on a circle (busiest first, clockwise from the
// top), directed edges as curves whose width grows with the event count and whose colour says
// whether the events were mostly conflict (red, mean Goldstein below 0) or cooperation (green).
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attributes) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) {
      node.setAttribute(key, String(value));
    }
    return node;
  }

  function render(container, network, onSelect) {
    container.replaceChildren();
    const nodes = network.nodes.slice().sort((a, b) =>
      (b.as_source + b.as_target) - (a.as_source + a.as_target) || a.id.localeCompare(b.id));
    if (nodes.length === 0) {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = "No events between two actors in the period.";
      container.append(p);
      return;
    }
    const size = 420, centre = size / 2, radius = nodes.length === 1 ? 0 : size / 2 - 40;
    const svg = el("svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "actor network" });
    const defs = el("defs");
    for (const [id, colour] of [["conflict", "#c62828"], ["cooperation", "#2e7d32"]]) {
      const marker = el("marker", { id: "arrow-" + id, viewBox: "0 0 10 10", refX: 10, refY: 5,
        markerUnits: "userSpaceOnUse", markerWidth: 12, markerHeight: 12, orient: "auto-start-reverse" });
      marker.append(el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour }));
      defs.append(marker);
    }
    svg.append(defs);
    const at = new Map();
    nodes.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
      at.set(n.id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) });
    });
    const most = Math.max(...network.edges.map(e => e.events), 1);
    const nodeRadius = 17;
    for (const edge of network.edges) {
      const a = at.get(edge.source), b = at.get(edge.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y, length = Math.hypot(dx, dy) || 1;
      // Bend each direction to its own side, so A→B and B→A do not overlap.
      const bend = 0.18 * length, mx = (a.x + b.x) / 2 - (dy / length) * bend, my = (a.y + b.y) / 2 + (dx / length) * bend;
      const start = { x: a.x + ((mx - a.x) / Math.hypot(mx - a.x, my - a.y)) * nodeRadius, y: a.y + ((my - a.y) / Math.hypot(mx - a.x, my - a.y)) * nodeRadius };
      const end = { x: b.x + ((mx - b.x) / Math.hypot(mx - b.x, my - b.y)) * nodeRadius, y: b.y + ((my - b.y) / Math.hypot(mx - b.x, my - b.y)) * nodeRadius };
      const kind = edge.mean_goldstein < 0 ? "conflict" : "cooperation";
      const path = el("path", {
        class: "edge " + kind,
        d: `M ${start.x} ${start.y} Q ${mx} ${my} ${end.x} ${end.y}`,
        stroke: kind === "conflict" ? "#c62828" : "#2e7d32",
        "stroke-width": 1 + 5 * Math.sqrt(edge.events / most),
        "marker-end": `url(#arrow-${kind})`,
      });
      const title = el("title");
      title.textContent = `${edge.source} → ${edge.target}: ${edge.events} events (${edge.conflict_events} conflict), mean Goldstein ${edge.mean_goldstein}`;
      path.append(title);
      svg.append(path);
    }
    for (const n of nodes) {
      const p = at.get(n.id);
      const g = el("g", { class: "node", "data-id": n.id, transform: `translate(${p.x} ${p.y})` });
      g.append(el("circle", { r: nodeRadius }));
      const label = el("text");
      label.textContent = n.id;
      const title = el("title");
      title.textContent = `${n.id}: ${n.as_source} as source, ${n.as_target} as target`;
      g.append(label, title);
      g.addEventListener("click", () => onSelect(n.id));
      svg.append(g);
    }
    container.append(svg);
  }

  window.BrinkNetwork = { render };
})();
