// Exports of the current graph: SVG written from the model (node shapes, edges with
// arrows, labels — all text escaped), so it needs no extension and works headless.
// PNG comes from Cytoscape's own renderer (canvas.ts) and JSON from elements.ts.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function shapePath(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width() / 2;
  const h = node.height() / 2;
  const fill = escapeXml(String(node.style('background-color')));
  const stroke = escapeXml(String(node.style('border-color')));
  const strokeWidth = parseFloat(String(node.style('border-width'))) || 0;
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  switch (String(node.style('shape'))) {
    case 'ellipse':
      return `<ellipse cx="${x}" cy="${y}" rx="${w}" ry="${h}" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${x},${y - h} ${x + w},${y} ${x},${y + h} ${x - w},${y}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${x - w},${y} ${x - w / 2},${y - h} ${x + w / 2},${y - h} ${x + w},${y} ${x + w / 2},${y + h} ${x - w / 2},${y + h}" ${paint}/>`;
    case 'octagon': {
      const a = w * 0.41;
      const b = h * 0.41;
      return `<polygon points="${x - a},${y - h} ${x + a},${y - h} ${x + w},${y - b} ${x + w},${y + b} ${x + a},${y + h} ${x - a},${y + h} ${x - w},${y + b} ${x - w},${y - b}" ${paint}/>`;
    }
    case 'round-rectangle':
    case 'barrel':
      return `<rect x="${x - w}" y="${y - h}" width="${2 * w}" height="${2 * h}" rx="${Math.min(w, h) / 2}" ${paint}/>`;
    default:
      return `<rect x="${x - w}" y="${y - h}" width="${2 * w}" height="${2 * h}" ${paint}/>`;
  }
}

function edgeLine(edge: EdgeSingular): string {
  const source = edge.source().position();
  const target = edge.target().position();
  const colour = escapeXml(String(edge.style('line-color')));
  const dash = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : edge.style('line-style') === 'dotted' ? ' stroke-dasharray="2 3"' : '';
  // Stop the line at the target's border (approximated by its half-diagonal) so the arrow shows.
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const inset = Math.min(length / 2, Math.max(edge.target().width(), edge.target().height()) / 2 + 2);
  const ex = target.x - (dx / length) * inset;
  const ey = target.y - (dy / length) * inset;
  return `<line x1="${source.x}" y1="${source.y}" x2="${ex.toFixed(1)}" y2="${ey.toFixed(1)}" stroke="${colour}" stroke-width="1.5"${dash} marker-end="url(#arrow-${colour.replace(/[^a-zA-Z0-9]/g, '')})"/>`;
}

/** The graph as a standalone SVG document. */
export function toSvg(cy: Core, options: { padding?: number; title?: string } = {}): string {
  const padding = options.padding ?? 40;
  const box = cy.elements().boundingBox({});
  const width = Math.max(1, box.w) + 2 * padding;
  const height = Math.max(1, box.h) + 2 * padding;
  const colours = new Set(cy.edges().map((e) => escapeXml(String(e.style('line-color')))));
  const markers = [...colours]
    .map(
      (c) =>
        `<marker id="arrow-${c.replace(/[^a-zA-Z0-9]/g, '')}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
    )
    .join('');
  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height.toFixed(0)}" viewBox="${(box.x1 - padding).toFixed(1)} ${(box.y1 - padding).toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}" font-family="system-ui, sans-serif">`,
  ];
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  parts.push(`<defs>${markers}</defs>`, `<rect x="${box.x1 - padding}" y="${box.y1 - padding}" width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push('<g class="edges">', ...cy.edges().map(edgeLine), '</g>', '<g class="nodes">');
  for (const node of cy.nodes()) {
    parts.push(shapePath(node));
    const label = String(node.data('display') ?? node.data('label') ?? node.id());
    const { x, y } = node.position();
    const size = parseFloat(String(node.style('font-size'))) || 11;
    parts.push(`<text x="${x}" y="${(y + node.height() / 2 + size + 2).toFixed(1)}" font-size="${size}" text-anchor="middle" fill="#1f2933">${escapeXml(label)}</text>`);
  }
  parts.push('</g></svg>');
  return parts.join('\n');
}
