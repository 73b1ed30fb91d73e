import { escapeHtml } from '../util/html-escape.ts';
import type { Translate } from '../i18n/translator.ts';
import { EDGE_COLORS, LEGEND_ORDER, STATUS_GLYPHS } from './edge-style.ts';
import { NODE_SIZE, type TopologyLayout } from './layout-topology.ts';
import { pairEdges, pairLabel, type DrawnPair } from './pair-edges.ts';
import type { EdgeStatus, TopologyEdge, TopologyModel } from './topology-model.ts';

/** The words the drawing needs, in the reader's language. */
export interface SvgLabels {
  title: string;
  role(role: string): string;
  status(status: EdgeStatus): string;
  groupKind(kind: string): string;
  /** The word a line gets when an open log speaks of it. */
  logMark: string;
  /** The word for the dynamic RPC ports in a line's label. */
  dynamicPort: string;
}

/** The labels in a translator's language: the same words the view draws. */
export function svgLabels(t: Translate, title: string): SvgLabels {
  return {
    title,
    role: (role) => t(`roles.${role}`),
    status: (status) => t(`status.${status}`),
    groupKind: (kind) => (kind === 'cloud' ? '' : t(`siteTypes.${kind}`)),
    logMark: t('ui.topology.logMark'),
    dynamicPort: t('format.dynamicPort'),
  };
}

const MARGIN = 24;
const LEGEND_HEIGHT = 40;

/**
 * The diagram as one standalone SVG document: the same groups, systems and coloured links the view
 * draws, with each link's status also written as a glyph and its ports, and a legend. Nothing in it
 * refers outside the file (no fonts, images or styles to fetch), so it can go into a ticket, an
 * e-mail or the offline report as is.
 */
export function renderTopologySvg(model: TopologyModel, layout: TopologyLayout, edges: readonly TopologyEdge[], labels: SvgLabels): string {
  const boxes = absoluteBoxes(model, layout);
  const groupBoxes = Object.values(layout.groups);
  const width = Math.ceil(Math.max(NODE_SIZE.width, ...groupBoxes.map((box) => box.x + box.width)) + 2 * MARGIN);
  const height = Math.ceil(Math.max(NODE_SIZE.height, ...groupBoxes.map((box) => box.y + box.height)) + 2 * MARGIN + LEGEND_HEIGHT);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Segoe UI, Helvetica, Arial, sans-serif" font-size="12" role="img" aria-label="${escapeHtml(labels.title)}">`,
    `<title>${escapeHtml(labels.title)}</title>`,
    '<defs>',
    ...Object.entries(EDGE_COLORS).map(([status, color]) => `<marker id="arrow-${status}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`),
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g transform="translate(${MARGIN},${MARGIN})">`,
  );
  for (const group of model.groups) {
    const box = layout.groups[group.id];
    if (!box) continue;
    const kind = group.kind === 'cloud' ? labels.groupKind('cloud') : labels.groupKind(group.siteType ?? '');
    parts.push(
      `<g class="group" data-id="${escapeHtml(group.id)}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8" fill="#f4f6f9" stroke="#aab2bf"/>`,
      // The site's name, then its kind on the next line when both do not fit (a one-system site is narrow).
      `<text x="${box.x + 12}" y="${box.y + 20}" font-weight="700" fill="#1f2733">${escapeHtml(group.label)}${
        group.label.length + kind.length + 1 <= Math.floor((box.width - 24) / 7.5) ? ` <tspan font-weight="400" fill="#4a5361">${escapeHtml(kind)}</tspan>` : `<tspan x="${box.x + 12}" dy="17" font-weight="400" fill="#4a5361">${escapeHtml(kind)}</tspan>`
      }</text></g>`,
    );
  }
  for (const node of model.nodes) {
    const box = boxes.get(node.id);
    if (!box) continue;
    const [host, ...domain] = node.label.split('.');
    parts.push(
      `<g class="system" data-id="${escapeHtml(node.id)}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="#ffffff" stroke="#5b6470"/>`,
      `<text x="${box.x + 10}" y="${box.y + 22}"><tspan font-weight="700" fill="#1f2733">${escapeHtml(host ?? '')}</tspan><tspan fill="#4a5361">${domain.length > 0 ? escapeHtml(`.${domain.join('.')}`) : ''}</tspan></text>`,
      `<text x="${box.x + 10}" y="${box.y + 40}" fill="#4a5361" font-size="11">${wrapWords(node.roles.map((role) => labels.role(role)).join(' · '), 40, 3)
        .map((line, index) => `<tspan x="${box.x + 10}" dy="${index === 0 ? 0 : 14}">${escapeHtml(line)}</tspan>`)
        .join('')}</text></g>`,
    );
  }
  const pairs = pairEdges(edges);
  // Links over the boxes, so none hides behind a system; failing links last, on top of the others.
  const order = (pair: DrawnPair) => (pair.status === 'fail' ? 2 : pair.status === 'untested' ? 0 : 1);
  for (const pair of [...pairs].sort((a, b) => order(a) - order(b))) parts.push(edgeSvg(pair, boxes, labels));
  parts.push('</g>');
  const legendY = height - LEGEND_HEIGHT + 12;
  let x = MARGIN;
  parts.push('<g class="legend">');
  for (const status of LEGEND_ORDER) {
    const text = `${STATUS_GLYPHS[status]} ${labels.status(status)}`;
    parts.push(`<rect x="${x}" y="${legendY}" width="14" height="14" fill="${EDGE_COLORS[status]}"/><text x="${x + 20}" y="${legendY + 12}" fill="#1f2733">${escapeHtml(text)}</text>`);
    x += 34 + text.length * 6.5;
  }
  parts.push('</g></svg>');
  return `${parts.join('\n')}\n`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Systems' boxes in diagram coordinates (the layout gives them relative to their group). */
function absoluteBoxes(model: TopologyModel, layout: TopologyLayout): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const node of model.nodes) {
    const group = layout.groups[node.group];
    const position = layout.nodes[node.id];
    if (!group || !position) continue;
    boxes.set(node.id, { x: group.x + position.x, y: group.y + position.y, ...NODE_SIZE });
  }
  return boxes;
}

function edgeSvg(pair: DrawnPair, boxes: Map<string, Box>, labels: SvgLabels): string {
  const from = boxes.get(pair.source);
  const to = boxes.get(pair.target);
  if (!from || !to) return '';
  const start = borderPoint(from, to);
  const end = borderPoint(to, from);
  const color = EDGE_COLORS[pair.status];
  const twoWay = pair.directions.length > 1;
  const label = truncate(pairLabel(pair, STATUS_GLYPHS[pair.status], labels) ?? '', 40);
  const midX = (start.x + end.x) / 2;
  const midY = (start.y + end.y) / 2;
  return [
    `<g class="link edge-status-${pair.status}" data-id="${escapeHtml(pair.id)}"><title>${escapeHtml(`${pair.source} ${twoWay ? '⇄' : '→'} ${pair.target}: ${labels.status(pair.status)}`)}</title>`,
    `<line x1="${round(start.x)}" y1="${round(start.y)}" x2="${round(end.x)}" y2="${round(end.y)}" stroke="${color}" stroke-width="${pair.status === 'fail' ? 3 : 1.5}" marker-end="url(#arrow-${pair.status})"${twoWay ? ` marker-start="url(#arrow-${pair.status})"` : ''}/>`,
    label ? `<text x="${round(midX)}" y="${round(midY)}" text-anchor="middle" fill="${color}" font-weight="700" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeHtml(label)}</text>` : '',
    '</g>',
  ].join('');
}

/** Where the line between the boxes' centres leaves this box. */
function borderPoint(box: Box, other: Box): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = other.x + other.width / 2 - cx;
  const dy = other.y + other.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(box.width / 2 / Math.abs(dx || Number.EPSILON), box.height / 2 / Math.abs(dy || Number.EPSILON));
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Words on lines of at most `width` characters, at most `lines` lines (the last one cut with an
 * ellipsis if the text is longer still): SVG text does not wrap by itself, and role names in French
 * or Dutch run longer than a box.
 */
export function wrapWords(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  if (out.length <= lines) return out;
  return [...out.slice(0, lines - 1), truncate(out.slice(lines - 1).join(' '), width)];
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
